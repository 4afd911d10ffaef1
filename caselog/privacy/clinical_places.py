"""Place and person words inside a clinical name are clinical (issue 14, classes_names9).

A disease or a virus named after a place ("West Nile virus", "Murray Valley encephalitis",
"Rocky Mountain spotted fever", "Balkan endemic nephropathy", "St. Louis encephalitis",
"Crimean-Congo haemorrhagic fever", "gorączka Zachodniego Nilu", "febbre del Nilo
occidentale") names no one: its place words are read as a place by the finders of
places and as a name by the scanner, and the term was lost. ``clinical_spans`` gives the
spans of such names in a text; the de-identifier leaves the hits and suspicions inside
them alone, as inside a citation marker (the patient's and reporter's recorded names
are still redacted there), and no finder of other people's names looks inside them
("Sin Nombre virus": "sin" is Croatian for a son). A run holding a title ("Mrs Okafor
disease") is none.

The spans are found by their shape, not from a list of diseases:

- one to three capitalised words (a hyphenated one counts as one, "St." too), then at
  most two describing words in lower case ("endemic", "spotted", "haemorrhagic"), then a
  head word of an infection or a disease written in lower case: "virus", "fever",
  "encephalitis", "nephropathy", "disease", "typhus";
- a head word of another language, a linking particle or none, then one to three
  capitalised words, and a compass adjective in lower case ("occidentale") after them;
- one capitalised word that is an infection's own name and a place or a family name too
  ("Zika", "Ebola", "Marburg", "Lassa": ``ALONE``), beside a word of testing or
  infection ("Zika serology", "Ebola PCR", "Marburg was excluded" is not), or before one
  of the head words above.

A place after a cue of living or coming from ("lives in Marburg", "from Lassa") is no
clinical name: the cue's preposition before a run ends the span's search there.
"""

from __future__ import annotations

import re

from caselog.privacy.datewords import find_date_words
from caselog.privacy.patterns import words
from caselog.privacy.titles import TITLES

# Head words after the place words, written in lower case (English, and the languages
# that put them after: Dutch and German compounds are one word and need none).
HEADS_AFTER = frozenset(
    words(
        """
    virus viruses fever fevers encephalitis meningoencephalitis nephropathy disease
    diseases typhus flu influenza borreliosis hantavirus virus-associated arthritis
    """
    )
)
# Describing words between the place words and the head ("Balkan endemic nephropathy",
# "Rocky Mountain spotted fever", "Eastern equine encephalitis", "Kyasanur forest
# disease").
BETWEEN = frozenset(
    words(
        """
    endemic spotted haemorrhagic hemorrhagic equine tick tick-borne forest valley river
    virus viral
    """
    )
)
# Head words before the place words, in the languages of the notes (folded forms and
# the written ones): Italian, Spanish, Portuguese, French, Dutch, Polish, Romanian.
HEADS_BEFORE = frozenset(
    words(
        """
    febbre febre fiebre fièvre fievre gorączka goraczka gorączki goraczki gorączką koorts
    virus vírus wirus wirusa wirusem virusul malattia doença doenca enfermedad maladie
    ziekte choroba choroby encefalite encefalitis encéphalite encephalite nefropatia
    nefropatía néphropathie nephropathie boala boală febra
    """
    )
)
_LINKS = r"(?:del|della|dello|dei|do|da|de|du|des|di|dos|das|van|von|du)"
_COMPASS = r"(?:occidentale|ocidental|occidental|orientale|oriental|occidentalis)"
# Infections named after a place or a person that are written alone too.
ALONE = frozenset(
    words(
        """
    Zika Ebola Marburg Lassa Hendra Nipah Chagas Lyme Coxsackie Norwalk Hantaan Puumala
    Machupo Junin Powassan Chikungunya Usutu Oropouche Mayaro Sindbis Toscana Dobrava
    Sabia Guanarito Lujo Heartland Bourbon Semliki Rocio Ilheus
    """
    )
)
# Words beside an infection's own name that say it is the infection.
_TESTING = (
    r"(?:virus|viruses|serology|serologies|IgM|IgG|PCR|RT-PCR|RNA|DNA|antibody|antibodies|"
    r"antigen|infection|infections|outbreak|vaccine|vaccination|exposure|testing|test|"
    r"tests|screen|screening|myocarditis|carditis|cardiomyopathy|arthritis|gastroenteritis|"
    r"encephalitis|fever|disease|nephropathy|titre|titres|titer|titers|ELISA|NAAT)"
)

_CAP = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’ʻ]*(?:-[A-Z][\w'’ʻ]*)*)"
_RUN = rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
_HEAD_AFTER = "|".join(re.escape(w) for w in sorted(HEADS_AFTER, key=len, reverse=True))
_BETWEEN = "|".join(re.escape(w) for w in sorted(BETWEEN, key=len, reverse=True))
_AFTER = re.compile(
    rf"(?<![\w.'’-])(?P<run>{_RUN})(?:[ \t]+(?:{_BETWEEN})){{0,2}}[ \t]+(?:{_HEAD_AFTER})(?![\w-])"
)
_HEAD_BEFORE = "|".join(re.escape(w) for w in sorted(HEADS_BEFORE, key=len, reverse=True))
_BEFORE = re.compile(
    rf"(?i:(?<![\w-])(?:{_HEAD_BEFORE}))[ \t]+(?:{_LINKS}[ \t]+)?(?P<run>{_RUN})"
    rf"(?:[ \t]+{_COMPASS})?(?![\w-])"
)
_ALONE = "|".join(sorted(ALONE, key=len, reverse=True))
_NAMED = re.compile(
    rf"(?<![\w-])(?:(?:{_ALONE})(?:[ \t]+|-){_TESTING}|{_TESTING}[ \t]+(?:for[ \t]+)?(?:{_ALONE}))"
    rf"(?![\w-])"
)
# Words that make the capitalised run after them a place or a person, never a clinical
# name: the prepositions of living, coming from and going to, and titles.
_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:in|from|to|near|at|of|aus|nach|w|we|z|ze|em|na|no|a|en|di|da|uit|naar|"
    r"Dr|Dra|Mr|Mrs|Ms|Miss|Prof|Sr|Sra)\.?[ \t]+)$"
)
# Run words that begin a sentence or a clause and so name nothing ("The virus", "Her
# fever", "This disease"): a run made only of them is no clinical name.
_NOT_RUN = frozenset(
    words(
        """
    the a an her his their its this that these those no any some which what one other
    acute chronic viral new high low mild severe recurrent persistent prolonged
    """
    )
)


_TITLE_WORDS = frozenset(t.casefold() for t in TITLES) | frozenset(
    words("dra prof doctor professor sr sra mme mlle herr frau dott sig pak bu bi")
)


def clinical_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are clinical names holding a place or a person's name."""
    out: list[tuple[int, int]] = []
    for mt in _AFTER.finditer(text):
        a = _trim(text, mt.start("run"), mt.end("run"))
        if (
            a is not None
            and not _PLACE_BEFORE.search(text, 0, a)
            and not _titled(mt["run"])
            and not _dated(text[a : mt.end("run")])
        ):
            out.append((a, mt.end()))
    for mt in _BEFORE.finditer(text):
        run = mt["run"].split()
        if not all(w.lower() in _NOT_RUN for w in run) and not _titled(mt["run"]):
            out.append(mt.span())
    out += [mt.span() for mt in _NAMED.finditer(text)]
    return sorted(out)


def _dated(run: str) -> bool:
    """The run ends in a date in words ("On Sunday fever", "Since Christmas fever": a day,
    not a place; the clinical names that hold one, "Christmas disease", are
    ``described.clinical_use``'s)."""
    return any(h.end >= len(run.rstrip()) for h in find_date_words(run))


def _titled(run: str) -> bool:
    """A word of the run is a title ("Mrs Okafor disease" is no clinical name)."""
    return any(w.rstrip(".").casefold() in _TITLE_WORDS for w in run.split())


def _trim(text: str, a: int, b: int) -> int | None:
    """The run's start past its leading words that name nothing ("The", "Her"), or None
    when only those are left."""
    for mt in re.finditer(r"\S+", text[a:b]):
        if mt.group().lower() not in _NOT_RUN:
            return a + mt.start()
    return None


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """``start``..``end`` lies within one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
