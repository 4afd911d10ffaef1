"""Short forms of the patient's recorded name (issue 14): what a message pasted in calls
the patient, and the initials the name gives.

- A shortened given name, in any case (messages are written in lower case): its head or
  its tail of four letters or more ("Nokuthula": "nokuthu", "thula"), or a diminutive, a
  head or tail stem (three letters or more) with a diminutive ending of one of many
  languages ("Grażyna": "grażynka"; "Květoslava": "slávka"; "Friederike": "friedi";
  "Dolores": "doloritas"; "Ileana": "ileanuța"; "Ausma": "ausmiņa"), or the whole name
  with one. A form that is an ordinary word of English, of the case's language or of the
  clinical lists is never one ("Dolores": "dolor" is pain in Spanish).
- The initials, when no initials are recorded: those of every part and of the first and
  last ("Benedita Aparecida Fontoura": "BAF", "BF").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from caselog.privacy.normalize import fold_word, normalise
from caselog.privacy.patterns import Hit, words

# Diminutive and familiar endings, folded: English (-ie, -y), Spanish and Italian (-ita,
# -ito, -itas, -ina, -ino, -uccia, -etta), Portuguese (-inha, -inho, -zinha, -zinho),
# French (-ette, -ou, -ot), German (-i, -chen, -le, -el), Dutch (-tje, -je, -ke), Polish
# (-ka, -sia, -unia, -ynka, -eczka, -ek), Czech and Slovak (-ka, -ička, -inka, -uška),
# Russian romanised (-sha, -ya, -ochka), Romanian (-uța, -ica, -ița), Latvian and
# Lithuanian (-iņa, -ele, -ute), Hungarian (-ka, -ke, -i, and the possessive -m), Turkish
# (-cik, -cim), Zulu and Xhosa (-ana), Afrikaans (-tjie, -kie).
DIMINUTIVES = words(
    """
    ie y i a o ita ito itas itos ina ino uccia uccio etta etto ella ello
    inha inho zinha zinho ette ou ot chen le el li tje je ke ka ko ek ik sia sio unia
    ynka inka eczka usia uska icka sha ya ochka enka uta ica ele ute ite ukas
    cik cim ana tjie kie m
    """
)
_MIN_HEAD = 4  # a head or tail alone
_MIN_STEM = 3  # a stem before a diminutive ending
_PART = re.compile(r"[^\W\d_]+")


def given_names(name: str | None) -> list[str]:
    """The recorded name's given names, folded: every part but the last of a name of
    several (the family name), and a name of one part."""
    parts = [fold_word(p) for p in _PART.findall(normalise(name or "").text)]
    parts = [p for p in parts if len(p) >= 2]
    return parts[:-1] if len(parts) > 1 else parts


def short_forms(name: str | None, known: Callable[[str], bool]) -> frozenset[str]:
    """The folded short forms of the recorded name's given names (the module says which),
    none of which ``known`` calls an ordinary word."""
    out: set[str] = set()
    for p in given_names(name):
        if len(p) <= _MIN_HEAD:
            continue
        heads = [p[:k] for k in range(_MIN_HEAD, len(p))]
        tails = [p[k:] for k in range(1, len(p) - _MIN_HEAD + 1)]
        out.update(heads + tails)
        stems = {p[:k] for k in range(_MIN_STEM, len(p) + 1)}
        stems |= {t for t in tails} | {t[:-1] for t in tails if t[-1] in "aeiouy"}
        stems |= {p[:-1]} if p[-1] in "aeiouy" else set()
        out.update(s + d for s in stems for d in DIMINUTIVES if len(s + d) >= _MIN_HEAD)
        out.discard(p)  # the name itself is the recorded name's own pattern
    return frozenset(w for w in out if not known(w))


def short_form_hits(text: str, forms: frozenset[str]) -> Iterator[Hit]:
    """Each word of ``text`` (the normal form) that is one of ``forms``."""
    if not forms:
        return
    for mt in _PART.finditer(text):
        if fold_word(mt.group()) in forms:
            yield Hit(mt.start(), mt.end(), "name", "[name]")


def derived_initials(name: str | None) -> list[str]:
    """The initials the recorded name gives, in capitals: of every part, and of the first
    and the last part of a name of three or more; none for a name of one part."""
    parts = [p for p in _PART.findall(normalise(name or "").text) if len(p) >= 2]
    if len(parts) < 2:
        return []
    every = "".join(p[0].upper() for p in parts)
    out = [every]
    if len(parts) >= 3:
        out.append(parts[0][0].upper() + parts[-1][0].upper())
    return out


# Words beside the patient's initials that make them a signature or a label ("signed by
# MM", "MM initialled", "Gez. FL", "podpisał GŁ", "firmado por DI"), folded.
SIGNING_WORDS = frozenset(
    fold_word(w)
    for w in words(
        """
    signed initialled initialed initials signature sign by off gez gezeichnet signiert
    unterschrieben unterschrift paraphe signe signé firma firmado firmada
    assinado assinada assinatura firmato firmata sigla podpisal podpisała podpisał podpis
    ondertekend paraaf getekend imza imzaladi imzalayan parakstija parakstīja
    pasirase pasirašė alairta alairás semnat semnata
    """
    )
)


def signed(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a signature or a table's cell: a signing word stands within
    three words before it or just after it, or it stands alone on its line or between a
    line's edge, "|" and tabs."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    left, right = text[a:start].rstrip(" "), text[end : b if b >= 0 else len(text)].lstrip(" ")
    if left in ("", "|") or left.endswith(("|", "\t")):
        if right in ("", "|") or right.startswith(("|", "\t")):
            return True
    lead = text[max(0, start - 40) : start]
    last = [fold_word(w) for w in _PART.findall(lead)][-1:]  # "Gez. FL"
    before = [fold_word(w) for w in _PART.findall(re.split(r"[.!?;\n]", lead)[-1])][-3:]
    after = [fold_word(w) for w in _PART.findall(text[end : end + 20])][:1]
    return any(w in SIGNING_WORDS for w in last + before + after)
