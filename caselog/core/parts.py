"""The one description of the case's other parts: patient, kidney, history, private
identifiers, author, assessment, report text, consent and image (the event fields have theirs
in ``caselog.core.fields``).

Each :class:`Part` lists, for one dataclass of ``caselog.core.model``, every attribute as a
:class:`Field`: its Python type, what kind of value it holds, its case-file key (or none), its
column (or none), its vocabulary, whether it is required, searched, and how the window labels
it. The fields come in the order of the part's columns (the migrations fixed it); ``keys`` is
the order the case file writes its keys in (docs/case-format.md), which differs where the
spec groups them otherwise (the patient's private identifiers after its age, the Naranjo
answers before the WHO-UMC category). From this come:

- the columns of the tables (``caselog.store.tables``) and the row mapping
  (``caselog.store.mapping``),
- the case file's key sets and the writer's order (``caselog.interchange.schema``, ``encode``),
- the searched words (``caselog.store.search``) and the forms of the patient, assessment and
  report tabs (``caselog.ui.forms.parts``).

``tests/test_core_parts.py`` holds each dataclass to its description. Plain Python: no Qt, no
SQL; a column's SQL type follows from the Python type in the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from caselog.core import vocab
from caselog.core.dates import PartialDate
from caselog.core.figure import Annotation, Crop, PixelSource, Window
from caselog.core.model import (
    Assessment,
    Author,
    CaseOutcome,
    Consent,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    PrivateIdentifiers,
    Reference,
    Regulatory,
    Reporter,
    ReportText,
)

# What a field holds (and so how the case file reads it and the form asks it)
TEXT: Final = "text"
NUMBER: Final = "number"  # finite and above zero
INTEGER: Final = "integer"
CHOICE: Final = "choice"  # one word of ``vocabulary``
CHOICES: Final = "choices"  # a list of words of ``vocabulary``
DATE: Final = "date"  # a partial date; a column holds its ISO text
FLAG: Final = "flag"  # true or false
TEXTS: Final = "texts"  # a list of texts
REFERENCES: Final = "references"  # a list of references: texts or CSL-JSON items
ANSWERS: Final = "answers"  # one word of ``vocabulary`` per question; a column per question
PART: Final = "part"  # one object of another part; a column flags its presence
PARTS: Final = "parts"  # a list of objects of another part (rows of its own table)
BYTES: Final = "bytes"
SHAPE: Final = "shape"  # a value of the figure (caselog.core.figure): one JSON column
HOLDS = (
    TEXT,
    NUMBER,
    INTEGER,
    CHOICE,
    CHOICES,
    DATE,
    FLAG,
    TEXTS,
    REFERENCES,
    ANSWERS,
    PART,
    PARTS,
    BYTES,
    SHAPE,
)

SAME: Final = "="  # the key or column is the field's name


@dataclass(frozen=True)
class Form:
    """How the window asks a field."""

    label: str  # with an & before the mnemonic letter
    placeholder: str = ""
    long: bool = False  # a multi-line text box rather than one line


@dataclass(frozen=True)
class Field:
    """One attribute of a part's dataclass."""

    name: str
    type: object  # the attribute's annotation, e.g. ``str | None``
    holds: str  # one of HOLDS
    vocabulary: tuple[str, ...] = ()  # for CHOICE, CHOICES and ANSWERS
    key: str | None = SAME  # its case-file key; None: not in the case file
    column: str | None = SAME  # its column (the presence flag for a PART); None: no column
    required: bool = False
    searchable: bool = False  # its words go into the case's search text
    form: Form | None = None
    part: Part | None = None  # for PART and PARTS
    questions: tuple[str, ...] = ()  # for ANSWERS: column ``<column>_<question>`` each

    def __post_init__(self) -> None:
        if self.key == SAME:
            object.__setattr__(self, "key", self.name)
        if self.column == SAME:
            object.__setattr__(self, "column", self.name)
        if self.holds not in HOLDS:
            raise ValueError(f"{self.name}: holds an unknown {self.holds!r}")
        if (self.holds in (CHOICE, CHOICES, ANSWERS)) != bool(self.vocabulary):
            raise ValueError(f"{self.name}: a choice, and only a choice, has a vocabulary")
        if (self.holds in (PART, PARTS)) != (self.part is not None):
            raise ValueError(f"{self.name}: a part, and only a part, has a description")
        if (self.holds == ANSWERS) != bool(self.questions):
            raise ValueError(f"{self.name}: answers, and only answers, have questions")


@dataclass(frozen=True, eq=False)  # one object per part: hashed and compared by identity
class Part:
    """The fields of one dataclass, in column order, and its case-file keys in the spec's."""

    cls: type
    fields: tuple[Field, ...]
    keys: tuple[str, ...] = ()  # default: the fields' keys in column order
    table: str | None = None  # its own table; None: its columns sit in its owner's
    made: tuple[str, ...] = ()  # keys written from no one field (an image's ``path``)
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})
        own = [f.key for f in self.fields if f.key is not None]
        inline = [k for f in self.fields if f.key is None and f.part for k in f.part.keys]
        if not self.keys:
            object.__setattr__(self, "keys", tuple(own))
        expected = [*own, *inline, *self.made]
        if sorted(self.keys) != sorted(expected) or len(set(expected)) != len(expected):
            raise ValueError(f"{self.cls.__name__}: keys {self.keys} are not {expected}")

    def searched(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.searchable)

    def formed(self) -> Iterator[Field]:
        """The fields the window asks, in the case file's order."""
        for key in self.keys:
            f = next((f for f in self.fields if f.key == key), None)
            if f is not None and f.form is not None:
                yield f


def _text(
    name: str,
    label: str = "",
    placeholder: str = "",
    *,
    key: str | None = SAME,
    column: str | None = SAME,
    searchable: bool = False,
) -> Field:
    form = Form(label, placeholder) if label else None
    return Field(name, str | None, TEXT, key=key, column=column, searchable=searchable, form=form)


def _choice(name: str, words: tuple[str, ...], label: str = "") -> Field:
    return Field(name, str | None, CHOICE, words, form=Form(label) if label else None)


def _date(name: str, label: str = "", placeholder: str = "") -> Field:
    return Field(name, PartialDate | None, DATE, form=Form(label, placeholder) if label else None)


def _long(name: str, label: str, placeholder: str = "") -> Field:
    return Field(name, str | None, TEXT, searchable=True, form=Form(label, placeholder, long=True))


def _statement(name: str, label: str, example: str) -> Field:
    """A statement only the authors can make: printed as written, never defaulted."""
    hint = f"{example} Printed only when written; left empty, the report shows a gap."
    return Field(name, str | None, TEXT, form=Form(label, hint, long=True))


AUTHOR = Part(
    Author,
    (
        Field("name", str, TEXT, required=True),
        _text("degrees"),
        _text("affiliation"),
        _text("email"),
        Field("corresponding", bool, FLAG),  # written only when true
    ),
    table="author",
)

KIDNEY = Part(  # its columns sit in ``patient``
    Kidney,
    (
        _choice("ckd_stage", vocab.CKD_STAGES, "C&KD stage"),
        _choice("dialysis", vocab.DIALYSIS, "&Dialysis"),
        _date("dialysis_since", "Dialysis si&nce"),
        _text(
            "cause",
            "Ca&use of kidney disease",
            "e.g. lupus nephritis",
            column="kidney_cause",
            searchable=True,
        ),
    ),
)

HISTORY = Part(
    HistoryItem,
    (
        Field("condition", str, TEXT, required=True, searchable=True),
        _date("since"),
        Field("ongoing", bool | None, FLAG),
        _text("notes", searchable=True),
    ),
    table="history_item",
)

PRIVATE = Part(  # written inside the patient's object of the case file, never in a report
    PrivateIdentifiers,
    (
        _text("name", "Na&me"),
        _text("mrn", "&Record number"),
        _date("birth_date", "&Birth date"),
        _text("initials", "Initials f&or regulators", "for a regulator's form, e.g. H.T."),
    ),
    table="patient_private",
)

PATIENT = Part(
    Patient,
    (
        Field("sex", str, CHOICE, vocab.SEXES, required=True, form=Form("Se&x")),
        _text("label", "&Label in reports", "the patient"),
        Field(
            "age",
            int | None,
            INTEGER,
            form=Form("&Age (years)", "at the index date, or give a birth date"),
        ),
        Field("weight_kg", float | None, NUMBER, form=Form("&Weight (kg)")),
        Field("height_cm", float | None, NUMBER, form=Form("Hei&ght (cm)")),
        Field("kidney", Kidney | None, PART, column="has_kidney", part=KIDNEY),
        Field("history", list[HistoryItem], PARTS, column=None, part=HISTORY),
        Field("private", PrivateIdentifiers, PART, key=None, column=None, part=PRIVATE),
    ),
    keys=(
        "label",
        "sex",
        "age",
        "birth_date",
        "name",
        "mrn",
        "initials",
        "weight_kg",
        "height_cm",
        "kidney",
        "history",
    ),
    table="patient",
)

IMAGE = Part(  # the bytes sit in ``blob``, addressed by ``sha256``
    Image,
    (
        Field("sha256", str, TEXT, key=None),
        Field("media_type", str, TEXT, key=None),
        _text("filename", key=None),
        _text("caption", searchable=True),
        _text("panel"),  # a single letter
        Field("width", int | None, INTEGER, key=None),
        Field("height", int | None, INTEGER, key=None),
        Field("data", bytes, BYTES, key=None, column=None),
        Field("window", Window | None, SHAPE),
        Field("crop", Crop | None, SHAPE),
        Field("annotations", list[Annotation], SHAPE),
        Field("source", PixelSource | None, SHAPE),
        Field("marks_accepted", bool, FLAG),
    ),
    keys=("path", "caption", "panel", "window", "crop", "annotations", "source", "marks_accepted"),
    made=("path",),
    table="image",
)

ASSESSMENT = Part(
    Assessment,
    (
        Field(
            "reaction",
            str,
            TEXT,
            required=True,
            searchable=True,
            form=Form("&Reaction", "the reaction, as you word it"),
        ),
        _date("onset_date", "&Onset", "default: first symptom from day 0 on"),
        Field("seriousness", list[str] | None, CHOICES, vocab.SERIOUSNESS),  # None: not recorded
        _choice("outcome", vocab.OUTCOMES, "O&utcome"),
        _choice("dechallenge", vocab.DECHALLENGE, "&Dechallenge"),
        _choice("rechallenge", vocab.RECHALLENGE, "Rechallen&ge"),
        _choice("who_umc", vocab.WHO_UMC),
        Field(
            "naranjo", dict[str, str], ANSWERS, vocab.NARANJO_ANSWERS, questions=vocab.NARANJO_KEYS
        ),
    ),
    keys=(
        "reaction",
        "onset_date",
        "seriousness",
        "outcome",
        "dechallenge",
        "rechallenge",
        "naranjo",
        "who_umc",
    ),
    table="assessment",
)

CONSENT = Part(  # its columns sit in ``report``
    Consent,
    (
        Field(
            "obtained",
            bool | None,
            FLAG,
            column="consent_obtained",
            form=Form("Consent for publication o&btained"),
        ),
        _text("notes", "Consent n&otes", column="consent_notes", searchable=True),
    ),
)

REPORT = Part(
    ReportText,
    (
        _long("introduction", "I&ntroduction"),
        _long(
            "case_presentation",
            "Case presen&tation",
            "Leave empty and the report writes it from the patient and the timeline.",
        ),
        _long("discussion", "&Discussion"),
        _long("conclusion", "Conc&lusion"),
        _long("patient_perspective", "Patient perspecti&ve"),
        _long("acknowledgments", "Ac&knowledgments"),
        Field("consent", Consent | None, PART, column="has_consent", part=CONSENT),
        Field(
            "references",
            list[Reference],
            REFERENCES,
            column=None,  # rows of ``reference``
            form=Form("&References", "One formatted reference a line", long=True),
        ),
        _statement("competing_interests", "Competin&g interests", "e.g. None declared."),
        _statement("funding", "F&unding", "e.g. No funding was received."),
        _statement(
            "ethics", "Ethics approval or e&xemption", "approval or exemption, as you word it"
        ),
    ),
    keys=(
        "introduction",
        "case_presentation",
        "discussion",
        "conclusion",
        "patient_perspective",
        "acknowledgments",
        "references",
        "consent",
        "competing_interests",
        "funding",
        "ethics",
    ),
    table="report",
)


def _reporter(name: str, label: str, placeholder: str = "") -> Field:
    return _text(name, label, placeholder, column=f"reporter_{name}")


REPORTER = Part(  # its columns sit in ``regulatory``, each named ``reporter_<field>``
    Reporter,
    (
        Field(
            "qualification",
            str | None,
            CHOICE,
            vocab.QUALIFICATIONS,
            column="reporter_qualification",
            form=Form("&Qualification"),
        ),
        _reporter("country", "Reporter's countr&y", "ISO 3166 code, e.g. JP"),
        _reporter("name", "Reporter's na&me"),
        _reporter("organisation", "&Organisation"),
        _reporter("department", "Depa&rtment"),
        _reporter("street", "Street &address"),
        _reporter("city", "City or to&wn"),
        _reporter("postcode", "Postco&de"),
        _reporter("phone", "Phone n&umber"),
        _reporter("email", "E-mai&l"),
    ),
)
# The reporter's identity and contact: printed on a regulator's form only (docs/case-format.md)
REPORTER_PRIVATE: Final = (
    "name",
    "organisation",
    "department",
    "street",
    "city",
    "postcode",
    "phone",
    "email",
)

REGULATORY = Part(
    Regulatory,
    (
        Field(
            "report_type",
            str | None,
            CHOICE,
            vocab.REPORT_TYPES,
            form=Form("Report &type"),
        ),
        _choice("submission", vocab.SUBMISSIONS, "Su&bmission (initial or follow-up)"),
        _text("country", "Cou&ntry of the reaction", "ISO 3166 code, e.g. JP"),
        _date("received_date", "First recei&ved", "when the reporter learned of it"),
        Field("reporter", Reporter | None, PART, column="has_reporter", part=REPORTER),
    ),
    table="regulatory",
)

OUTCOME = Part(  # a case's own table; for a drug reaction the category is the assessment's
    CaseOutcome,
    (
        _choice("category", vocab.OUTCOMES, "Ou&tcome"),
        _date("date", "Outco&me date", "the last follow-up"),
        Field(
            "follow_up",
            str | None,
            TEXT,
            searchable=True,
            form=Form(
                "Follo&w-up",
                "key follow-up tests, adherence and tolerability, as you would word them",
                long=True,
            ),
        ),
    ),
    table="case_outcome",
)

ALL: tuple[Part, ...] = (
    AUTHOR,
    KIDNEY,
    HISTORY,
    PRIVATE,
    PATIENT,
    IMAGE,
    ASSESSMENT,
    CONSENT,
    REPORT,
    REPORTER,
    REGULATORY,
    OUTCOME,
)


def columns(part: Part) -> tuple[str, ...]:
    """The part's columns in its table's order (a PART's presence flag, then its columns)."""
    out: list[str] = []
    for f in part.fields:
        if f.column is None:
            continue
        if f.holds == ANSWERS:
            out += [f"{f.column}_{q}" for q in f.questions]
            continue
        out.append(f.column)
        if f.holds == PART and f.part is not None:
            out += columns(f.part)
    return tuple(out)
