"""De-identification placeholders never print.

The de-identifier (``caselog.privacy``) replaces a name with "[name]", a record number with
"[record number]", and so on. A report consumes that output and prints none of them: "Mr.
[name]" becomes "the patient", a parenthesis holding one ("(chart [record number])") goes,
and a sentence that still needs one is left out and listed for the author. Short labels (a
drug, a test, an author line) lose the placeholder itself, never the whole label.

``clean_case`` does this to the de-identified case before any sentence is drafted, so that
a note's sentence never takes its event's sentence with it; ``build`` checks the finished
report once more.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

from caselog.privacy import titles
from caselog.report import clauses
from caselog.report.prose import sentences

LABEL_FIELDS = frozenset(
    [
        "drug",
        "test",
        "unit",
        "name",
        "modality",
        "region",
        "specimen",
        "route",
        "frequency",
        "dose_unit",
        "loinc",
        "condition",
        "cause",
        "reaction",
        "title",
        "label",
        "panel",
        "degrees",
        "affiliation",
        "email",
    ]
)
SKIP_FIELDS = frozenset({"references", "data", "sha256", "filename", "private", "media_type"})

PLACEHOLDER = clauses.PLACEHOLDER


class Part(str):
    """A part of a sentence left out for its placeholder (``clauses``), the rest of the
    sentence printed: ``sentence`` is the whole sentence as the de-identifier left it."""

    sentence: str

    def __new__(cls, part: str, sentence: str) -> Part:
        made = super().__new__(cls, part)
        made.sentence = sentence
        return made

    def __reduce__(self) -> tuple[type[Part], tuple[str, str]]:
        return (Part, (str(self), self.sentence))


# The patient's own recorded name, as a report's de-identifier marks it
# (``Deidentifier(own_mark=OWN)``); anyone else's name is "[name]".
OWN = "[patient]"
_BRACKETED = re.compile(r"\s*\([^()]*\[(?!@)[A-Za-z][A-Za-z ]{0,40}\][^()]*\)")
_TITLE = titles.TITLE
_TITLED_OWN = re.compile(rf"\b({_TITLE})\s+\[patient\]")
# Words for a person's relation or role: "her son [patient]" is someone who shares the
# patient's name; "her daughter [name]" says as much without the name.
_ROLES = (
    r"daughter|son|wife|husband|mother|father|sister|brother|partner|friend|neighbou?r|"
    r"carer|caregiver|nurse|doctor|physician|nephrologist|GP|consultant|colleague|niece|"
    r"nephew|aunt|uncle|grandmother|grandfather|granddaughter|grandson|grandchild|cousin|"
    r"pharmacist|dietitian|surgeon|cardiologist|radiologist|urologist|registrar|resident|"
    r"fiancée?|boyfriend|girlfriend|stepson|stepdaughter|sibling|child|mother-in-law|"
    r"father-in-law|daughter-in-law|son-in-law|sister-in-law|brother-in-law"
)
_COURTESY_OWN = [
    (sex, re.compile(rf"(?<!\w)(?:{courtesy})\.?\s+\[patient\]"))
    for sex, courtesy in clauses.COURTESY.items()
]
_ROLE_OWN = re.compile(rf"(?i)\b((?:{_ROLES}),?\s+(?:{_TITLE}\s+)?)\[patient\]")

# What may end a phrase taken out: punctuation, the sentence's end, or a word that begins
# another phrase or clause.
# A comma ends one only when a new clause follows it: before an appositive ("by Dr.
# [name], his brother") taking out the phrase would leave the appositive hanging.
_END = (
    r"(?=\s*(?:[.;:!?)]|$)|\s+(?:and|or|but|on|in|at|for|with|after|before|since|from|to|"
    r"when|where|who|which|because|while|until|as|during|then)\b|"
    r",\s+(?:and|or|but|then|which|where|when|while|after|before|she|he|they|it|we|"
    r"and\s+then)\b)"
)
_TIME = r"\[(?:date|year|day)\]"
_PLACE = r"\[(?:place|name or place|location|address|postcode|employer)\]"
_NAME = rf"(?:{_TITLE}\s+)?\[name\]"
_SOMEONE = r"\[(?:name|name or place)\]"
# Phrases that can go with their placeholder, leaving a sentence that is still true: a
# time ("on [date]", "since [year]"), a place ("in [place]", "at [name or place]",
# "from [place]"), an agent or companion ("by Dr. [name]", "with [name]"), an appositive
# (", [name],"), a name after a role ("her daughter [name]" -> "her daughter").
_PHRASES = (
    (
        re.compile(
            rf"(?i)\s*\b(?:on|in|since|from|until|till|by|during|around|about)\s+(?:the\s+)?"
            rf"{_TIME}{_END}"
        ),
        "",
    ),
    (
        re.compile(rf"(?i)\s*\b(?:in|at|from|near|to|toward|towards)\s+(?:the\s+)?{_PLACE}{_END}"),
        "",
    ),
    (re.compile(rf"(?i)\s*\b(?:by|with)\s+{_NAME}{_END}"), ""),
    (re.compile(rf",\s*{_NAME}\s*,\s*|,\s*{_NAME}(?=\s*[.;:!?]?$)"), " "),
    (re.compile(rf"(?i)\b({_ROLES})\s+{_NAME}"), r"\1"),
    # the same in the other languages a note is written in: an agent or a place of care
    # with a doctor's title ("kod dr. [name]", "bei Dr. med. [name]", "д-ром [name]"), a
    # relation's name ("Ehefrau [name]", "сын [name]"), an appositive with its article
    # (", η [name],")
    (
        re.compile(
            rf"\s*(?<!\w)(?i:{clauses.AGENT})\s+{clauses.DOCTOR}\s*{_SOMEONE}(?:['’]s)?(?!\w)"
            rf"(?!\s*,\s*{clauses.CONTINUES})"
        ),
        "",
    ),
    (re.compile(rf"(?i)(?<!\w)({clauses.RELATIONS})\s+{_SOMEONE}"), r"\1"),
    (
        re.compile(
            rf",\s*(?:(?:η|ο|the|la|el|il|der|die)\s+)?{_SOMEONE}\s*,\s*|"
            rf",\s*(?:(?:η|ο|the|la|el|il|der|die)\s+)?{_SOMEONE}(?=\s*[.;:!?]?$)"
        ),
        " ",
    ),
)
# Words that make taking out a phrase change what the sentence says: a negation or a
# bound ("no fever in [place]" is not "no fever"; "only in [place]", "never lived in
# [place]").
_GUARDED = re.compile(
    r"(?i)\b(?:no|not|never|without|nor|neither|none|nobody|nothing|nowhere|only|all|every|"
    r"each|always|except|unless|denie[sd]|deny|negative|absent|free|ruled|cannot|first|last|"
    r"same|different|other|another|both|either|also|too|again|whereas|than)\b|n['’]t\b"
)


_GLUED_OWN = re.compile(r"(?<=[\w.@_\-])\[patient\]|\[patient\](?=[\w@_\-]|\.\w|['’](?!s\b)\w)")
_BESIDE = re.compile(r"\[name\]\.?\s+\[patient\](?:['’]s)?|\[patient\]\s+\[name\]")


def _own_name(s: str, sex: str | None) -> str:
    """The patient's own name as "the patient"; a title that does not fit the patient's
    sex ("Mr." of a woman's name: her husband), a doctor's title, or a relation before it
    ("her son [patient]") make it someone else's name, "[name]"."""

    def titled(m: re.Match[str]) -> str:
        return "the patient" if titles.fits(m.group(1), sex) else f"{m.group(1)} [name]"

    # glued to other letters ("[patient].thibodeau arobas ..."): part of something else
    s = _GLUED_OWN.sub("[name]", s)
    s = _TITLED_OWN.sub(titled, s)
    for fits, title in _COURTESY_OWN:  # "Mevrouw [patient]", "Herr [patient]" of a woman
        s = title.sub("the patient" if sex in (fits, None) else "[name]", s)
    s = _ROLE_OWN.sub(lambda m: m.group(1) + "[name]", s)
    s = re.sub(r"^\[patient\]", "The patient", s)
    return s.replace(OWN, "the patient")


# Verbs whose place is part of what they say ("lives in [place]" is not "lives").
_NEEDS_PLACE = re.compile(
    r"(?i)\b(?:live[sd]?|living|reside[sd]?|residing|stay(?:s|ed|ing)?|located|based|born|"
    r"situated|works?|worked|working|moved|moving|relocated|travel(?:l?ed|s)?|went|goes|go|"
    r"comes?|came|coming|originates?|originated|hails?|native|emigrated|immigrated)\s*$"
)


def _needed(s: str, at: int) -> bool:
    """The phrase at ``at`` completes the verb before it (``_NEEDS_PLACE``)."""
    return _NEEDS_PLACE.search(s[:at]) is not None


def _take_out(m: re.Match[str], *, text: str, by: str) -> str:
    """The phrase ``m`` of ``text`` replaced by ``by``, unless the verb before needs it."""
    return m.group(0) if _needed(text, m.start()) else m.expand(by)


def _phrases_out(s: str) -> str:
    """``s`` without the phrases that hold a placeholder and can go (``_PHRASES``), or
    ``s`` unchanged when a word of it makes that untrue (``_GUARDED``)."""
    if _GUARDED.search(PLACEHOLDER.sub(" ", s)) or clauses.negated(s):
        return s
    out = s
    for pat, by in _PHRASES:
        out = pat.sub(functools.partial(_take_out, text=out, by=by), out)
    if out == s:
        return s
    out = re.sub(r"\s+([,.;:!?)])", r"\1", out)
    out = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", out)
    out = re.sub(r"\(\s*\)", "", out)
    out = re.sub(r"\s{2,}", " ", out).strip()
    out = re.sub(r"^[,;:]\s*", "", out)
    return out


# The placeholders of a word the de-identifier only suspected (a capitalised word no list
# knows, a word of a script no list reads): in clinical prose mostly a clinical word it did
# not know, so only its part of the sentence goes. A sentence that held a recognised
# identifier (a name, a place, a date, an address...) goes whole: identifiers come
# together, and what the de-identifier missed beside one would print with the rest.
GUESSES = frozenset({"[name or place]", "[word]"})


def _guesses_only(sentence: str) -> bool:
    return all(mt.group(0) in GUESSES for mt in PLACEHOLDER.finditer(sentence))


def without_placeholders(text: str, sex: str | None = None) -> tuple[str, list[str]]:
    """``text`` with no de-identification placeholder: the patient's own name ("Mrs.
    [patient]") becomes "the patient", a parenthesis holding one ("(chart [record
    number])") goes, so does a phrase that can go without making the sentence untrue ("on
    [date]", "in [place]", "seen by Dr. [name]", ", [name],"); a placeholder still left
    takes out the smallest part of its sentence that holds it (``clauses``: its clause
    between semicolons, its label, its part between commas), and the whole sentence only
    when no part can print alone ("Dr. [name] prescribed tacrolimus", "[name] has
    diabetes"). Each line of a list or a printout is its own. ``sex``: the patient's, which
    a title before the patient's name must fit. Returns the text and what was left out: a
    whole sentence as a ``str``, a part of one as a ``Part``."""
    if not PLACEHOLDER.search(text):
        return text, []
    dropped: list[str] = []
    paragraphs = []
    for para in text.split("\n\n"):
        # the patient's name beside another name ("her husband Mr. Marlowe", the title
        # redacted too; "Marlowe Tom") is someone else's whole name
        para = _BESIDE.sub("[name]", para)
        lines = []
        for line in para.split("\n"):
            kept = []
            for s in sentences(line):
                base = fixed = _BRACKETED.sub("", _own_name(s, sex))
                parts: list[str] = []
                if PLACEHOLDER.search(fixed):
                    fixed = _phrases_out(fixed)
                if PLACEHOLDER.search(fixed) and _guesses_only(fixed):
                    fixed, parts = clauses.take_out(fixed)
                if (
                    PLACEHOLDER.search(fixed)
                    or clauses.too_short(fixed, base)
                    or clauses.unsafe_rest(base, fixed)
                ):
                    dropped.append(s)
                    continue
                dropped += [Part(p, s) for p in parts]
                kept.append(fixed[0].upper() + fixed[1:] if fixed else fixed)
            if kept:
                lines.append(" ".join(kept))
        paragraphs.append("\n".join(lines))
    return "\n\n".join(p for p in paragraphs if p), dropped


def label_without_placeholders(text: str) -> str:
    """A short label (a test or drug name, an author line) with its placeholders taken out
    and the punctuation around them tidied: a label is never dropped whole."""
    if not PLACEHOLDER.search(text):
        return text
    text = _TITLED_OWN.sub("", text).replace(OWN, "")
    text = _BRACKETED.sub("", text)
    text = PLACEHOLDER.sub("", text)
    text = re.sub(r"\s*([,;/:])(?:\s*[,;/:])+", r"\1", text)
    text = re.sub(r"\s+([,;.:])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;/:")


def clean_case(obj: Any, where: str = "", sex: str | None = None) -> list[tuple[str, str]]:
    """Every free text of ``obj`` (a de-identified case, walked in place) without a
    placeholder; returns (where, sentence) for each sentence left out, ``where`` the field's
    path in ``obj`` (``events[8].notes``). ``sex``: the patient's (read from the case itself
    when ``obj`` is one)."""
    dropped: list[tuple[str, str]] = []
    patient = getattr(obj, "patient", None)
    if sex is None and patient is not None and isinstance(getattr(patient, "sex", None), str):
        sex = patient.sex
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            if isinstance(item, str):
                obj[i] = label_without_placeholders(item)
            else:
                dropped += clean_case(item, f"{where}[{i}]", sex)
        return dropped
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return dropped
    for f in dataclasses.fields(obj):
        if f.name in SKIP_FIELDS:
            continue
        value = getattr(obj, f.name)
        at = f"{where}.{f.name}" if where else f.name
        if isinstance(value, str):
            if f.name in LABEL_FIELDS:
                setattr(obj, f.name, label_without_placeholders(value))
            else:
                fixed, out = without_placeholders(value, sex)
                setattr(obj, f.name, fixed or None if value else value)
                dropped += [(at, s) for s in out]
        elif isinstance(value, list) or dataclasses.is_dataclass(value):
            dropped += clean_case(value, at, sex)
    return dropped
