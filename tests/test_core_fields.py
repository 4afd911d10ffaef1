"""The one description of the event fields (caselog.core.fields) holds the dataclass, and
everything derived from it reaches every described field.

A field added to ``Event`` but not described (or described but not on ``Event``, or with
another type) fails here; a described field that the store, the case file or the search
text would drop fails in the round trips below, which build their events from the
description itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Any

import pytest

from caselog.core import fields, vocab
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient
from caselog.interchange.encode import Encoder, event_to_dict
from caselog.interchange.validation import event_from_dict
from caselog.store import mapping
from caselog.store.search import body_text
from caselog.store.tables import event_t

TODAY = dt.date(2026, 1, 1)


def sample(field: fields.EventField, kind: str) -> Any:
    """A valid value of ``field`` for an event of ``kind``, unique to the field."""
    if field.read == fields.CHOICE:
        return field.vocabulary[0]
    if field.read in (fields.NUMBER, fields.AMOUNT):
        return float(len(field.name))  # ref_low (7) <= ref_high (8)
    if field.read == fields.IMAGES:
        return []
    return f"{field.name} words of {kind}"


def full_event(kind: str) -> Event:
    """An event of ``kind`` with every described field of its kind set."""
    values = {f.name: sample(f, kind) for f in fields.VALUE_FIELDS if kind in f.uses}
    return Event(kind=kind, date=PartialDate(2025, 3, 4), **values)


def valid_full_events(kind: str) -> list[Event]:
    """``full_event`` as the case file takes it: a lab has a value or a text, not both, so
    a lab is given once with each."""
    event = full_event(kind)
    if kind != "lab":
        return [event]
    return [dataclasses.replace(event, text=None), dataclasses.replace(event, value=None)]


def test_every_field_of_event_is_described_with_its_type() -> None:
    hints = typing.get_type_hints(Event)
    attributes = {f.name for f in dataclasses.fields(Event)}
    described = {f.name: f.type for f in fields.VALUE_FIELDS} | dict(fields.FRAME_FIELDS)
    assert set(described) == attributes
    assert described == {name: hints[name] for name in attributes}


def test_names_are_unique_and_every_kind_has_the_common_fields() -> None:
    names = [f.name for f in fields.VALUE_FIELDS]
    assert len(names) == len(set(names))
    assert not set(names) & set(fields.FRAME_FIELDS)
    assert [f.name for f in fields.COMMON] == ["notes"]
    assert set(fields.EVENT_FIELDS) == set(vocab.EVENT_KINDS)
    for kind, (required, optional) in fields.EVENT_FIELDS.items():
        assert required, f"{kind} has no required field"
        assert "notes" not in required + optional


def test_a_description_that_contradicts_itself_is_refused() -> None:
    with pytest.raises(ValueError, match="vocabulary"):
        fields.EventField("x", str | None, fields.CHOICE)
    with pytest.raises(ValueError, match="unknown kinds"):
        fields.EventField("x", str | None, fields.TEXT, {"surgery": fields.Use("X")})
    with pytest.raises(ValueError, match="unknown read"):
        fields.EventField("x", str | None, "date")


def test_the_event_table_has_a_column_for_each_stored_field_of_its_type() -> None:
    frame = ["id", "case_id", "position", "kind", "date", "date_key"]
    stored = [f for f in fields.VALUE_FIELDS if f.stored]
    assert [c.name for c in event_t.c] == frame + [f.name for f in stored]
    python = {"VARCHAR": str, "FLOAT": float, "INTEGER": int, "BOOLEAN": bool}
    for f in stored:
        column = event_t.c[f.name]
        assert f.type == python[str(column.type)] | None
        assert column.nullable
    assert [f.name for f in fields.VALUE_FIELDS if not f.stored] == ["images"]


@pytest.mark.parametrize("kind", vocab.EVENT_KINDS)
def test_the_row_mapping_keeps_every_described_field(kind: str) -> None:
    event = full_event(kind)
    row = mapping.event_row(7, 0, event)
    row["id"] = 11
    back = mapping.event_of(row, [])
    assert back == dataclasses.replace(event, id=11)
    assert all(row[f.name] is not None for f in fields.own_fields(kind) if f.stored)


@pytest.mark.parametrize("kind", vocab.EVENT_KINDS)
def test_the_case_file_writes_and_reads_every_described_field(kind: str) -> None:
    required, optional = fields.EVENT_FIELDS[kind]
    written = [k for k in (*required, *optional) if k != "images"]
    seen: set[str] = set()
    for event in valid_full_events(kind):
        raw = event_to_dict(event, Encoder(lambda image: "unused.png"))
        assert [k for k in written if k in raw] == [k for k in raw if k in written]  # order
        assert event_from_dict(raw, today=TODAY) == event
        seen |= set(raw)
    assert seen == {"kind", "date", *written, "notes"}  # every field, in one event or other


@pytest.mark.parametrize("kind", vocab.EVENT_KINDS)
def test_search_text_holds_the_searchable_fields_and_no_other(kind: str) -> None:
    event = full_event(kind)
    case = Case(title="t", patient=Patient(sex="female", age=50), events=[event])
    body = body_text(case).splitlines()
    for f in fields.VALUE_FIELDS:
        if kind not in f.uses or f.read == fields.IMAGES:
            continue
        value = getattr(event, f.name)
        if f.searchable:
            assert value in body, f.name
        elif isinstance(value, str) and f.read == fields.TEXT:
            assert value not in body, f.name
