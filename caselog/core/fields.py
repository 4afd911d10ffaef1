"""The one description of the event fields: everything else about them is derived from it.

Each :class:`EventField` says, for one attribute of :class:`caselog.core.model.Event`, its
Python type, how the case file reads it (docs/case-format.md, EVENT), its vocabulary, which
event kinds carry it and how each kind labels it in the window, whether its words are
searchable and whether it is a column. From this one table come:

- the case file's keys per kind and how each is read (``caselog.interchange.schema``),
- the columns of the ``event`` table and the row mapping (``caselog.store.tables``,
  ``caselog.store.mapping``),
- the searched words of an event (``caselog.store.search``),
- the fields of each event form (``caselog.ui.forms.event_form``).

Adding an event field: one line in ``VALUE_FIELDS`` (in column order: new ones at the end),
the attribute on ``Event``, and an Alembic migration adding its column
(``db/README.md``). ``tests/test_core_fields.py`` holds the dataclass to this table.

Plain Python: no Qt, no SQL. The column *type* follows from the Python type (``str`` text,
``float`` real, ``int`` integer, ``bool`` boolean); the store makes the SQL of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from caselog.core import vocab
from caselog.core.dates import PartialDate
from caselog.core.model import Image

# How the case file reads a value (caselog.interchange.events)
TEXT: Final = "text"
NUMBER: Final = "number"  # any finite number
AMOUNT: Final = "amount"  # finite and not negative
CHOICE: Final = "choice"  # one word of ``vocabulary``
IMAGES: Final = "images"  # a list of IMAGE objects
READS = (TEXT, NUMBER, AMOUNT, CHOICE, IMAGES)


@dataclass(frozen=True)
class Use:
    """How one event kind carries a field: required or not, and its field in the form."""

    label: str  # with an & before the mnemonic letter
    required: bool = False
    placeholder: str = ""
    blank: str = "—"  # how an unset choice reads
    long: bool = False  # a multi-line text box rather than one line


@dataclass(frozen=True)
class EventField:
    """One attribute of ``Event`` that holds a value of the event (not its kind or date)."""

    name: str  # the attribute, the case-file key and the column: one word for all three
    type: object  # the attribute's annotation on the dataclass, e.g. ``str | None``
    read: str  # one of READS
    uses: Mapping[str, Use] = field(default_factory=dict)  # event kind -> how it carries it
    vocabulary: tuple[str, ...] = ()  # for CHOICE (a closed list of the spec)
    searchable: bool = False  # its words go into the case's search text
    stored: bool = True  # a column of the ``event`` table (images have their own table)

    def __post_init__(self) -> None:
        if self.read not in READS:
            raise ValueError(f"{self.name}: unknown read {self.read!r}")
        if (self.read == CHOICE) != bool(self.vocabulary):
            raise ValueError(f"{self.name}: a choice, and only a choice, has a vocabulary")
        unknown = set(self.uses) - set(vocab.EVENT_KINDS)
        if unknown:
            raise ValueError(f"{self.name}: unknown kinds {sorted(unknown)}")


def _every_kind(use: Use) -> Mapping[str, Use]:
    return MappingProxyType({kind: use for kind in vocab.EVENT_KINDS})


def _f(name: str, type_: object, read: str, vocabulary: tuple[str, ...] = (), *,
       search: bool = False, stored: bool = True, **uses: Use) -> EventField:  # fmt: skip
    return EventField(name, type_, read, MappingProxyType(uses), vocabulary, search,
                      stored=stored)  # fmt: skip


R = True  # required: ``Use("Dru&g", R)``

# The table: in the order of the ``event`` table's columns (a new field goes at the end).
# Within a kind, the case file writes its required keys first, then the optional ones, in
# this order; the form asks them in this order too (one exception: see event_form).
# fmt: off
VALUE_FIELDS: tuple[EventField, ...] = (
    EventField("notes", str | None, TEXT, _every_kind(Use("N&otes", long=True)),
               searchable=True),
    _f("drug", str | None, TEXT, search=True,
       medication=Use("Dru&g", R, placeholder="e.g. romosozumab")),
    _f("action", str | None, CHOICE, vocab.MED_ACTIONS, medication=Use("Actio&n", R)),
    _f("role", str | None, CHOICE, vocab.MED_ROLES,
       medication=Use("Ro&le", blank="concomitant (default)")),
    _f("dose", float | None, AMOUNT, medication=Use("Dose", placeholder="e.g. 210")),
    _f("dose_unit", str | None, TEXT, medication=Use("Dose uni&t", placeholder="e.g. mg")),
    _f("route", str | None, TEXT, search=True,
       medication=Use("&Route", placeholder="e.g. subcutaneous")),
    _f("frequency", str | None, TEXT, search=True,
       medication=Use("Fre&quency", placeholder="e.g. monthly")),
    _f("indication", str | None, TEXT, search=True, medication=Use("Indication")),
    _f("reason", str | None, TEXT, search=True,
       medication=Use("Reason (for a change or stop)")),
    _f("name", str | None, TEXT, search=True,
       symptom=Use("S&ymptom", R), finding=Use("Fi&nding", R),
       procedure=Use("P&rocedure", R), diagnosis=Use("Dia&gnosis", R)),
    _f("severity", str | None, CHOICE, vocab.SEVERITIES, symptom=Use("Seve&rity")),
    _f("status", str | None, CHOICE, vocab.DIAGNOSIS_STATUS,
       diagnosis=Use("S&tatus", blank="confirmed (default)")),
    _f("test", str | None, TEXT, search=True,
       lab=Use("&Test", R, placeholder="e.g. Calcium")),
    _f("value", float | None, NUMBER,
       lab=Use("Va&lue", placeholder="a number, or fill Text result")),
    _f("text", str | None, TEXT, search=True,
       lab=Use("Te&xt result", placeholder="e.g. no growth"), note=Use("&Text", R, long=True)),
    _f("unit", str | None, TEXT, lab=Use("U&nit", placeholder="e.g. mg/dL")),
    _f("ref_low", float | None, NUMBER, lab=Use("Reference lo&w")),
    _f("ref_high", float | None, NUMBER, lab=Use("Reference hi&gh")),
    _f("loinc", str | None, TEXT, lab=Use("LOINC code", placeholder="e.g. 17861-6")),
    _f("specimen", str | None, TEXT, search=True, lab=Use("Speci&men")),
    _f("modality", str | None, CHOICE, vocab.MODALITIES, search=True,
       imaging=Use("Modalit&y", R)),
    _f("findings", str | None, TEXT, search=True, imaging=Use("Findin&gs", R, long=True)),
    _f("region", str | None, TEXT, search=True,
       imaging=Use("&Region", placeholder="e.g. lumbar spine")),
    _f("impression", str | None, TEXT, search=True, imaging=Use("Impressio&n", long=True)),
    _f("images", list[Image], IMAGES, stored=False, imaging=Use("Images")),
    _f("summary", str | None, TEXT, search=True, follow_up=Use("Su&mmary", R, long=True)),
    _f("batch", str | None, TEXT,
       medication=Use("Batch / lot", placeholder="for a regulator's report")),
    _f("manufacturer", str | None, TEXT,
       medication=Use("Manufacturer", placeholder="for a regulator's report")),
)
# fmt: on

# The frame of every event: how the timeline places it, not a value of it.
FRAME_FIELDS: Mapping[str, object] = MappingProxyType(
    {
        "kind": str,  # one of vocab.EVENT_KINDS
        "date": PartialDate,  # stored as ISO text with a sortable day number beside it
        "id": int | None,  # the database id (not in the case file)
    }
)
DATE_LABEL = "&Date"

BY_NAME: Mapping[str, EventField] = MappingProxyType({f.name: f for f in VALUE_FIELDS})
COMMON: tuple[EventField, ...] = tuple(
    f for f in VALUE_FIELDS if set(f.uses) == set(vocab.EVENT_KINDS)
)
COLUMNS: tuple[str, ...] = tuple(f.name for f in VALUE_FIELDS if f.stored)


def own_fields(kind: str) -> tuple[EventField, ...]:
    """The fields of one kind beyond those every event has, in the table's order."""
    return tuple(f for f in VALUE_FIELDS if kind in f.uses and f not in COMMON)


# The searched fields: those of the kinds, then those every event has (as the form asks).
SEARCHED: tuple[str, ...] = tuple(
    f.name for f in (*(f for f in VALUE_FIELDS if f not in COMMON), *COMMON) if f.searchable
)


def _required_optional(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    own = own_fields(kind)
    return (
        tuple(f.name for f in own if f.uses[kind].required),
        tuple(f.name for f in own if not f.uses[kind].required),
    )


# Per event kind: (required keys, optional keys), beyond kind/date/notes, in the order the
# case file writes them. The lab kind needs one of value/text: that rule lives in the
# validator.
EVENT_FIELDS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = MappingProxyType(
    {kind: _required_optional(kind) for kind in vocab.EVENT_KINDS}
)
