"""Employers named in the languages beside English (issue 14): ``world`` reads "works at"
and "nurse at" in English only, so "arbeitet bei Hubers", "travaille chez Dufour" and "in
der Druckerei des Freiburger Kuriers" kept the employer's name.

Two shapes, in German, Dutch, French, Spanish, Portuguese and Italian:

- a verb of working and its preposition, then the employer's capitalised words ("arbeitet
  bei der Firma Hubers", "trabaja en Transportes Ruiz");
- a workplace's noun and the genitive or "of" after it, then capitalised words ("in der
  Druckerei des Alemannischen Boten", "à l'imprimerie du Petit Courrier").

A run of words every one of which is an ordinary or clinical word of the language, none
an adjective with a capital (German writes adjectives small unless in a name: "der
Badischen Rundschau"), is a place of work, no one's name: "arbeitet in der Pflege",
"travaille à l'Hôpital".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import Hit
from caselog.privacy.vocab import function_word, vocabulary

# a capitalised word; a full stop inside it ("St.Gallen") or after an abbreviation of up to
# three letters ("Dr. Oetker"), never the one that ends a sentence ("... der Badischen
# Zeitung. Referral from ..." names a newspaper, not "Zeitung. Referral")
_CAP = r"(?:[A-ZÄÖÜÀ-ÞŒ][\w&'’-]{0,2}\.(?=\s+[A-ZÄÖÜÀ-ÞŒ])|[A-ZÄÖÜÀ-ÞŒ](?:[\w&'’-]|\.(?=\w))*)"
# the employer's words: capitalised, with the particles of a name between
_ORG = (
    rf"(?P<org>{_CAP}(?:\s+(?:(?:de|du|des|der|van|von|di|da|do|y|e|&|und|et)\s+)?{_CAP}){{0,4}})"
)
_VERB = {
    "de": r"arbeitet|arbeitete|beschäftigt|beschaftigt|tätig|tatig|angestellt|"
    r"Mitarbeiterin|Mitarbeiter|Angestellte|Angestellter",
    "nl": r"werkt|werkte|werkzaam|in\s+dienst",
    "fr": r"travaille|travaillait|travaillé|employée?|salariée?|embauchée?",
    "es": r"trabaja|trabajaba|trabajó|empleada?|labora|laboraba",
    "pt": r"trabalha|trabalhava|trabalhou|empregada?",
    "it": r"lavora|lavorava|impiegata?|dipendente",
}
_PREPOSITION = {
    "de": r"(?:bei|beim|in|im|für|fur|von|vom)(?:\s+(?:der|dem|den|des|einer|einem))?",
    "nl": r"(?:bij|voor|in|op)(?:\s+(?:de|het|een))?",
    "fr": r"(?:chez|à|a|au|aux|pour|dans)(?:\s+(?:la|le|les|l['’]|une?))?",
    "es": r"(?:en|para|con|de)(?:\s+(?:la|el|los|las|una?))?",
    "pt": r"(?:na|no|nas|nos|em|para|com)(?:\s+(?:a|o|uma?))?",
    "it": r"(?:presso|alla|al|allo|alle|ai|per|in|da|nella|nel)(?:\s+(?:la|il|lo|l['’]))?",
}
_WORKPLACE = {
    "de": r"Druckerei|Firma|Verlag|Redaktion|Werk|Fabrik|Brauerei|Bäckerei|Backerei|"
    r"Metzgerei|Molkerei|Kanzlei|Betrieb|Filiale|Zentrale|Niederlassung|Gärtnerei|"
    r"Schreinerei|Werkstatt|Autohaus|Spedition|Gaststätte|Zeitung|Verwaltung",
    "fr": r"imprimerie|entreprise|société|usine|boulangerie|boucherie|cabinet|agence|"
    r"rédaction|journal|garage|ferme|atelier",
    "es": r"imprenta|empresa|fábrica|panadería|carnicería|taller|redacción|periódico",
    "pt": r"gráfica|empresa|fábrica|padaria|oficina|redação|jornal",
    "it": r"tipografia|ditta|azienda|fabbrica|panetteria|officina|redazione|giornale",
    "nl": r"drukkerij|firma|fabriek|bakkerij|slagerij|redactie|krant|garage",
}
_GENITIVE = {
    "de": r"(?:des|der|vom|von\s+der|von\s+dem|von)",
    "fr": r"(?:du|de\s+la|de\s+l['’]|des|de)",
    "es": r"(?:del|de\s+la|de\s+los|de)",
    "pt": r"(?:do|da|dos|das|de)",
    "it": r"(?:del|della|dello|dei|di)",
    "nl": r"(?:van\s+de|van\s+het|van)",
}
_FINDERS = [
    (lang, re.compile(rf"\b(?i:{_VERB[lang]})\s+(?i:{_PREPOSITION[lang]})\s*{_ORG}"))
    for lang in _VERB
] + [
    (lang, re.compile(rf"\b(?i:{_WORKPLACE[lang]})\s+(?i:{_GENITIVE[lang]})\s*{_ORG}"))
    for lang in _WORKPLACE
]
# a company's name right after the word for a firm ("bei der Firma Hubers", "la ditta
# Rossi", "Fa. Keller"): whatever its words
_FIRM = re.compile(rf"\b(?:[Ff]irma|Fa\.|[Dd]itta|[Ss]ociété|[Ee]mpresa)\s+{_ORG}")
# an adjective's ending: a capital on it, mid-sentence, is a name's (German)
_ADJECTIVE = re.compile(r"(?:er|en|em|es|e|ischen|ische|ischer)$")


def find_employers(text: str) -> Iterator[Hit]:
    v = vocabulary()
    for mt in _FIRM.finditer(text):
        org = mt["org"].rstrip(".,'’")
        if fold_word(org.split()[0]) not in v.clinical:
            yield Hit(mt.start("org"), mt.start("org") + len(org), "employer", "[employer]")
    for lang, pat in _FINDERS:
        for mt in pat.finditer(text):
            org = mt["org"].rstrip(".,'’")
            if _a_place_of_work(org, lang):
                continue
            yield Hit(mt.start("org"), mt.start("org") + len(org), "employer", "[employer]")


def _a_place_of_work(org: str, lang: str) -> bool:
    """Every word of ``org`` ordinary or clinical in ``lang`` and none a capitalised
    adjective before another word (German)."""
    v = vocabulary()
    parts = [w for w in re.split(r"[\s'’-]+", org) if w and not function_word(fold_word(w))]
    if not parts:
        return True
    last = fold_word(parts[-1])
    if lang == "de" and len(parts) > 1 and _ADJECTIVE.search(parts[0]):
        # "Badischen Rundschau", "Freiburger Kuriers"; "Inneren Medizin" is a ward's
        return last in v.clinical or v.ordinary(last)
    return all(
        (f := fold_word(w)) in v.clinical or v.foreign(f, lang) or f in v.english for w in parts
    )
