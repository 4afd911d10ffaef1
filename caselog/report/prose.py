"""The sentence planner's grammar: how one recorded fact becomes clinical English.

Every function here words what it is given and adds nothing: a fragment typed as a note
("No fever. Pain limited walking.") becomes a clause of its own event's sentence ("...;
there was no fever, and pain limited walking"); a finding gets its article ("an erosive
calcified mass"); a procedure typed as a clause ("Hemodialysis intensified to daily
sessions") keeps its verb ("Hemodialysis was intensified ..."); a lab result reads
"calcium was 8.3 mg/dL (reference 8.5–10.5 mg/dL)". Sentences are split, compared
(``said_before``) so none is told twice. Results are worded in ``labs``, spelling in
``spelling``.
"""

from __future__ import annotations

import re

from caselog.privacy import titles
from caselog.report._context import lower_first, sentence

# -- sentences -------------------------------------------------------------------------

# No sentence ends at the full stop of a title, in any case ("dr. Roe": typed as it comes),
# but "MS." (multiple sclerosis) and "ms." after a number (milliseconds: "a QT of 480 ms.
# The ...") may end one; nor at an abbreviation a sentence goes on after, in any of the
# languages a note is written in ("e.g.", "z. B.", "т.е.", "π.χ.", "npr."), nor at a lone
# lower-case letter ("z.", "d."): what follows them may open with a capital (a German noun,
# a name). A unit or a route ("mg/dl.", "i.v.", "b.i.d.") may end a sentence.
_ABBREVIATIONS = (
    "e.g", "eg", "i.e", "ie", "z.B", "d.h", "u.a", "p.ej", "t.ex", "т.е", "π.χ", "vs", "al",
    "approx", "St", "cf", "viz", "ca", "cca", "aprox", "bzw", "ggf", "evtl", "inkl", "vgl",
    "sog", "med", "Hr", "Fr",
    "Sr", "Sra", "Dra", "Dott", "Sig", "Mme", "Mlle", "ej", "bl.a", "s.k",
    "npr", "tj", "tzv", "tzn", "np", "przyb", "dr", "prim", "doc", "mag", "ing", "dipl",
    "т.к", "др", "д-р", "проф", "напр", "тж", "см", "г-жа", "г-н", "δηλ",
    "Δρ", "κ", "κα",
)  # fmt: skip
_NO_END = re.compile(
    r"(?:^|(?<=[\s(]))(?:(?i:"
    + "|".join(t for t in titles.ABBREVIATED if t != "Ms")
    + r")|Ms|(?<!\d )ms|(?i:"
    + "|".join(re.escape(a).replace(r"\.", r"\.\s?") for a in _ABBREVIATIONS)
    + r")|(?<!\d )[^\W\d_A-ZÀ-ÞА-ЯΑ-Ω])\.$"
)
# a list's number or bullet ("2.", "b)"), "No." or "Nr." before a number: no sentence
_NUMBERED = re.compile(r"^(?:\d{1,3}|[a-z])[.)]$")
_BEFORE_NUMBER = re.compile(r"(?:^|\s)(?i:no|nr|núm|num|br)\.$")
# The full stops and question marks of the scripts that write their own: Chinese and
# Japanese (no space after them), the danda of the Indian scripts, Burmese, Khmer, Tibetan,
# Arabic and Urdu, Ethiopic. A sentence ends at one wherever it stands.
_SCRIPT_ENDS = "。！？।॥။។།؟۔።"
_END = re.compile(rf"(?:[.!?…][)\]\"'»”’]*\s+|[{_SCRIPT_ENDS}][)\]\"'»”’」』]*\s*)")
_OPENS = "\"'“‘«「『([0123456789"


def _opens_sentence(c: str) -> bool:
    """A sentence may open with ``c``: a capital of any script ("Ž", "Д", "Ω"), a letter
    of a script with no capitals (Arabic, Hebrew, Hangul, Devanagari, Thai, hanzi: "...
    بود. همودیالیز"), a digit, a quotation mark or a bracket."""
    return c.isupper() or c in _OPENS or c.isdigit() or (c.isalpha() and c.lower() == c.upper())


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences at a full stop, question or exclamation mark before a
    capital of any script or a digit; not after "Mr.", "dr.", "e.g.", "et al.", "z. B.",
    "т.е.", a list's number ("2."), nor "No." before a number."""
    text = text.strip()
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if not nxt or not (_opens_sentence(nxt) or m.group()[0] in _SCRIPT_ENDS):
            continue
        piece = text[start : m.end()].strip()
        if _NO_END.search(piece) or _NUMBERED.match(piece):
            continue
        if nxt.isdigit() and _BEFORE_NUMBER.search(piece):
            continue
        out.append(piece)
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def normal(text: str) -> str:
    """What two sentences share when they say the same: letters and digits, case folded."""
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


def said_before(text: str, said: set[str]) -> bool:
    """True when ``text`` was said already, alone or inside a longer sentence ("tophaceous
    gout was ruled out" after "... no urate deposits; tophaceous gout was ruled out");
    else remember it."""
    key = normal(text)
    if not key:
        return False
    if key in said or any(f" {key} " in f" {earlier} " for earlier in said):
        return True
    said.add(key)
    return False


_NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
         80: "eighty", 90: "ninety"}  # fmt: skip


def number_word(n: int) -> str | None:
    if 0 <= n <= 20:
        return _NUMBER_WORDS[n]
    if 20 < n < 100:
        tens, rest = divmod(n, 10)
        return _TENS[tens * 10] + (f"-{_NUMBER_WORDS[rest]}" if rest else "")
    return None


def opening(text: str) -> str:
    """A sentence as a journal prints it: capitalised, a full stop, and a number that opens
    it spelled out ("Three months after ...")."""
    found = re.match(r"(\d+)(?=\s)", text.strip())
    if found:
        word = number_word(int(found.group(1)))
        if word is not None:
            text = word + text.strip()[found.end() :]
    return sentence(text)


# -- phrases ---------------------------------------------------------------------------

_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "no",
        "some",
        "several",
        "multiple",
        "many",
        "few",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "any",
        "each",
        "both",
        "bilateral",
        "diffuse",
    ]
)
_MASS = frozenset(
    [
        "edema",
        "oedema",
        "fluid",
        "thickening",
        "enhancement",
        "calcification",
        "sclerosis",
        "fibrosis",
        "atrophy",
        "swelling",
        "tenderness",
        "erythema",
        "uptake",
        "deposition",
        "air",
        "gas",
        "blood",
        "pain",
        "weakness",
        "fever",
        "regression",
        "progression",
        "resolution",
        "improvement",
        "destruction",
        "narrowing",
        "stenosis",
        "inflammation",
        "osteopenia",
        "osteoporosis",
        "hyperostosis",
        "ossification",
        "necrosis",
        "ischemia",
        "hemorrhage",
        "bleeding",
        "evidence",
        "growth",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "at",
        "on",
        "with",
        "from",
        "to",
        "involving",
        "extending",
        "along",
        "over",
        "around",
        "within",
        "without",
        "by",
        "into",
        "through",
        "between",
        "beneath",
        "under",
        "above",
        "below",
        "near",
        "versus",
    ]
)
_VOWEL_LETTERS = "FHLMNRSX"  # an MRI, an X-ray, an L4 fracture


def with_article(phrase: str) -> str:
    """A finding as a sentence's object: ``erosive calcified mass`` -> ``an erosive calcified
    mass``; plural and mass nouns (``calcification``, ``urate deposits``) stay bare."""
    phrase = phrase.strip().rstrip(".")
    words = phrase.split()
    if not words or words[0].casefold() in _DETERMINERS or words[0][0].isdigit():
        return phrase
    head = words[0]
    for w in words[1:]:
        if w.casefold().strip(",;") in _PREPOSITIONS:
            break
        head = w
    h = head.casefold().strip(",;:")
    if (h.endswith("s") and not h.endswith(("ss", "us"))) or h.endswith(("sis", "tion", "ing")):
        return phrase
    if h in _MASS or h.split("-")[-1] in _MASS:
        return phrase
    first = words[0]
    acronym = len(first) > 1 and first[:2].isupper()
    vowel = first[0] in _VOWEL_LETTERS if acronym else first[0].lower() in "aeio"
    return ("an " if vowel else "a ") + phrase


_FINITE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|did|does|do|showed|shows|revealed|remained|limited|"
    r"improved|resolved|persisted|developed|reported|denied|received|required|underwent|"
    r"became|returned|recurred|occurred|started|stopped|continued|walked|complained|felt|"
    r"could|would|can|will)\b",
    re.I,
)
_PARTICIPLE = re.compile(
    r"^(?P<subject>.*\S)\s+(?P<verb>\w+(?:ed|en)|given|seen|done|drawn|begun)$"
)
_ADJECTIVE_START = re.compile(  # an adjective alone, or before a comma: "Asymptomatic, ..."
    r"^(?:asymptomatic|afebrile|stable|well|alive|ambulatory|pain-free|symptom-free|"
    r"independent|\w+(?:ic|ous|ive|ful|less|able))(?:$|,|\s+and\b)",
    re.I,
)


def soft_lower(text: str) -> str:
    """``lower_first`` unless the text opens with a name ("Hanako Testcase reported ..."):
    two capitalised words running."""
    words = text.split()
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and not words[1].isupper()
    ):
        return text
    return lower_first(text)


_ADJECTIVE_ED = frozenset(
    [
        "marked",
        "repeated",
        "increased",
        "decreased",
        "elevated",
        "reduced",
        "raised",
        "enlarged",
        "localized",
        "localised",
        "generalized",
        "generalised",
        "associated",
        "suspected",
        "limited",
        "prolonged",
        "sustained",
        "mixed",
        "advanced",
        "isolated",
    ]
)


def fragment_clause(fragment: str, subject: str = "she") -> str:
    """One note fragment as a clause that reads in a sentence: ``No fever`` -> ``there was
    no fever``; ``Chalky white fluid aspirated`` -> ``chalky white fluid was aspirated``;
    ``symptomatic relief`` -> ``with symptomatic relief``; ``Asymptomatic`` -> ``she was
    asymptomatic``; a clause with its own verb stays as written."""
    text = fragment.strip().rstrip(".;,")
    if not text:
        return ""
    low = soft_lower(text)
    if re.match(r"no\b", low, re.I):
        return "there was " + low
    first = text.split()[0].casefold()
    if re.fullmatch(r"[a-z]+(?:ed|ied)", first) and first not in _ADJECTIVE_ED:
        return "which " + lower_first(text)  # "Provided relief" tells of its own event
    if _FINITE.search(text):
        if low.startswith("the patient ") and subject != "the patient":
            return subject + low[len("the patient") :]  # "he walked", not "the patient walked"
        return low
    ing = re.match(r"^(?P<subject>.*\S)\s+(?P<verb>\w+ing)$", text)
    if (
        ing
        and len(text.split()) <= 4
        and ing.group("subject").split()[-1].casefold() not in _PREPOSITIONS
    ):
        subj = ing.group("subject")
        plural = subj.casefold().endswith("s") and not subj.casefold().endswith("ss")
        return f"{soft_lower(subj)} {'were' if plural else 'was'} {ing.group('verb')}"
    m = _PARTICIPLE.match(text)
    if (
        m
        and len(text.split()) <= 8
        and m.group("subject").split()[-1].casefold() not in _PREPOSITIONS
    ):
        subj = m.group("subject")
        plural = subj.split()[-1].casefold().endswith("s") and not subj.casefold().endswith("ss")
        return f"{soft_lower(subj)} {'were' if plural else 'was'} {m.group('verb')}"
    if _ADJECTIVE_START.match(text):
        return f"{subject} was {low}"
    if len(text.split()) <= 4:
        return "with " + low
    return low


def note_clauses(note: str | None, subject: str = "she") -> str:
    """A note as the tail of its own event's sentence: fragments become clauses, joined."""
    if not note or not note.strip():
        return ""
    pieces = [p for s in sentences(note.strip()) for p in re.split(r";\s*", s) if p.strip(" .;")]
    clauses = [fragment_clause(p, subject) for p in pieces]
    clauses = [c for c in clauses if c]
    if not clauses:
        return ""
    out = clauses[0]
    for c in clauses[1:]:
        glue = ", " if c.startswith(("with ", "which ")) else ", and " if c is clauses[-1] else "; "
        out += glue + c
    return out


def attach(clause: str, note: str | None, subject: str = "she") -> str:
    """An event's clause with its note in the same sentence (never a sentence of its own
    that a reader could take for a consequence of the sentence before)."""
    tail = note_clauses(note, subject)
    if not tail:
        return clause
    return clause + (", " if tail.startswith(("with ", "which ")) else "; ") + tail


_VERB_INSIDE = re.compile(
    r"^(?P<subject>\S.*?\S)\s+(?P<verb>(?!\w*-)\w+(?:ied|ed|en))\b(?P<rest>.*)$"
)


def procedure_clause(name: str) -> str:
    """``CT-guided drainage`` -> ``CT-guided drainage was performed``; a name typed as a
    clause keeps its own verb: ``Hemodialysis intensified to daily sessions`` ->
    ``Hemodialysis was intensified to daily sessions``."""
    name = name.strip().rstrip(".")
    if _FINITE.search(name):
        return name
    m = _VERB_INSIDE.match(name)
    if m and m.group("subject").split()[-1].casefold() not in _PREPOSITIONS | _DETERMINERS:
        rest = m.group("rest")
        if not rest or rest[0] == " ":
            return f"{m.group('subject')} was {m.group('verb')}{rest}"
    return f"{name} was performed"


def strip_label(findings: str, name: str, modality: str | None = None) -> tuple[str, str]:
    """(name, findings): ``Dual-energy CT: no urate deposits`` of a CT of the right foot is
    told "dual-energy CT of the right foot showed no urate deposits": the label names the
    study (it keeps its own words), and is not pasted before the findings."""
    m = re.match(r"^\s*([^:.]{1,40}):\s*(\S.*)$", findings, re.S)
    if not m:
        return name, findings
    label, rest = m.group(1).strip(), m.group(2)
    words = set(normal(label).split())
    if modality and normal(modality) in words and " of the " in name:
        return label + name[name.index(" of the ") :], rest
    if modality and normal(modality) in words:
        return label, rest
    if words & set(normal(name).split()):
        return name, rest
    return name, findings


_VERDICT = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:was|is)\s+)?(?P<verdict>ruled out|excluded|confirmed|suspected|"
    r"likely|unlikely|not excluded)\.?$",
    re.I,
)


def impression_clause(impression: str) -> str:
    """``Tophaceous gout ruled out`` -> ``tophaceous gout was ruled out``; else ``the
    impression was recurrent spondylodiscitis versus ectopic calcification``."""
    text = impression.strip().rstrip(".")
    m = _VERDICT.match(text)
    if m and not _FINITE.search(m.group("what")):
        verdict = m.group("verdict").lower()
        verb = "was considered" if verdict in ("likely", "unlikely") else "was"
        return f"{lower_first(m.group('what'))} {verb} {verdict}"
    return "the impression was " + lower_first(text)


def listed(items: list[str], last: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]
