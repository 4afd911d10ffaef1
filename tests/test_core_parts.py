"""The one description of the case's parts (caselog.core.parts) holds each dataclass, and
the tables, the row mapping, the case file and the search text reach every described field.

An attribute added to a dataclass but not described (or described with another type) fails
the first test; a described field that a table, the mapping or the case file would drop fails
the round trips below, which build their objects from the description itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Any

import pytest
from sqlalchemy import Table

from caselog.core import figure, parts
from caselog.core.dates import PartialDate
from caselog.core.model import Case, CslItem, Event
from caselog.interchange import encode, validation
from caselog.interchange.errors import ValidationError
from caselog.store import mapping, tables
from caselog.store.search import body_text

TODAY = dt.date(2026, 1, 1)


def sample(f: parts.Field) -> Any:
    """A valid value of ``f``, unique to the field where it is text."""
    match f.holds:
        case parts.TEXT:
            return "B" if f.name == "panel" else f"{f.name} words"
        case parts.NUMBER:
            return float(len(f.name))
        case parts.INTEGER:
            return len(f.name)
        case parts.CHOICE:
            return f.vocabulary[-1]
        case parts.CHOICES:
            return list(f.vocabulary[:2])
        case parts.DATE:
            return PartialDate(2001, 2, 3)
        case parts.FLAG:
            return True
        case parts.TEXTS:
            return [f"{f.name} one", f"{f.name} two"]
        case parts.REFERENCES:  # a typed reference and a CSL-JSON item
            item = {"id": "item1", "type": "article-journal", "title": f"{f.name} item"}
            return [f"{f.name} one", CslItem(item)]
        case parts.ANSWERS:
            return {q: f.vocabulary[i % len(f.vocabulary)] for i, q in enumerate(f.questions)}
        case parts.PART:
            assert f.part is not None
            return full(f.part)
        case parts.PARTS:
            assert f.part is not None
            return [full(f.part), full(f.part)]
        case parts.SHAPE:
            return SHAPES[f.name]
    return b"\x89PNG bytes"


SHAPES: dict[str, Any] = {  # a figure value of each kind (caselog.core.figure)
    "window": figure.Window(40.0, 400.0),
    "crop": figure.Crop(0.1, 0.2, 0.9, 0.8),
    "annotations": [
        figure.Annotation("arrow", start=(0.1, 0.2), end=(0.5, 0.5), color="yellow"),
        figure.Annotation("label", at=(0.3, 0.4), text="L3", color="black"),
    ],
    "source": figure.PixelSource(1.0, -1024.0, "CT", "LSPINE", (0.7, 0.7)),
}


def full(part: parts.Part) -> Any:
    """An object of ``part`` with every described field set."""
    return part.cls(**{f.name: sample(f) for f in part.fields})


@pytest.mark.parametrize("part", parts.ALL, ids=lambda p: p.cls.__name__)
def test_every_attribute_is_described_with_its_type(part: parts.Part) -> None:
    hints = typing.get_type_hints(part.cls)
    attributes = [f.name for f in dataclasses.fields(part.cls)]
    described = {f.name: f.type for f in part.fields}
    assert sorted(described) == sorted(attributes)
    assert len(described) == len(part.fields)
    assert described == {name: hints[name] for name in attributes}


def test_a_description_that_contradicts_itself_is_refused() -> None:
    with pytest.raises(ValueError, match="vocabulary"):
        parts.Field("x", str | None, parts.CHOICE)
    with pytest.raises(ValueError, match="description"):
        parts.Field("x", str | None, parts.PART)
    with pytest.raises(ValueError, match="questions"):
        parts.Field("x", dict[str, str], parts.ANSWERS, ("yes",))
    with pytest.raises(ValueError, match="unknown"):
        parts.Field("x", str | None, "json")
    x, y = parts.Field("x", str | None, parts.TEXT), parts.Field("y", str | None, parts.TEXT)
    with pytest.raises(ValueError, match="keys"):
        parts.Part(Case, (x, y), keys=("x",))
    with pytest.raises(ValueError, match="keys"):
        parts.Part(Case, (x, y), keys=("x", "y", "z"))


TABLES: list[tuple[Table, parts.Part, list[str]]] = [
    (tables.patient_t, parts.PATIENT, ["case_id"]),
    (tables.private_t, parts.PRIVATE, ["case_id"]),
    (tables.history_t, parts.HISTORY, ["id", "case_id", "position"]),
    (tables.image_t, parts.IMAGE, ["id", "event_id", "position"]),
    (tables.assessment_t, parts.ASSESSMENT, ["case_id"]),
    (tables.report_t, parts.REPORT, ["case_id"]),
    (tables.author_t, parts.AUTHOR, ["id", "case_id", "series_id", "position"]),
    (tables.outcome_t, parts.OUTCOME, ["case_id"]),
]


@pytest.mark.parametrize(("table", "part", "frame"), TABLES, ids=[t.name for t, _, _ in TABLES])
def test_each_table_has_the_described_columns_in_order(
    table: Table, part: parts.Part, frame: list[str]
) -> None:
    assert [c.name for c in table.c] == frame + list(parts.columns(part))
    assert part.table == table.name


def test_a_column_admits_null_exactly_when_its_field_admits_none() -> None:
    for table, part, _ in TABLES:
        for f in part.fields:
            if f.column is None or f.holds in (parts.PART, parts.ANSWERS):
                continue
            admits_none = type(None) in typing.get_args(f.type)
            assert table.c[f.column].nullable == admits_none, f"{table.name}.{f.column}"
    assert not tables.patient_t.c.has_kidney.nullable  # a part's presence is never unknown
    assert tables.assessment_t.c.naranjo_after_drug.nullable


def test_the_row_mapping_keeps_every_described_field() -> None:
    patient = full(parts.PATIENT)
    row = mapping.patient_row(3, patient)
    assert all(v is not None for v in row.values())
    history = mapping.history_rows(3, patient.history)
    private = mapping.private_row(3, patient.private)
    assert mapping.patient_of(row, private, history) == patient

    assessment = full(parts.ASSESSMENT)
    assert mapping.assessment_of(mapping.assessment_row(3, assessment)) == assessment
    report = full(parts.REPORT)
    assert mapping.report_of(mapping.report_row(3, report), report.references) == report
    author = full(parts.AUTHOR)
    assert mapping.author_of(mapping.author_rows([author], case_id=3)[0]) == author
    image = full(parts.IMAGE)
    [image_row] = mapping.image_rows(5, [image])
    assert mapping.image_of(image_row, image.data) == image
    outcome = full(parts.OUTCOME)
    assert mapping.outcome_of(mapping.outcome_row(3, outcome)) == outcome


def test_an_absent_kidney_and_consent_come_back_absent() -> None:
    patient = dataclasses.replace(full(parts.PATIENT), kidney=None, history=[])
    row = mapping.patient_row(3, patient)
    assert row["has_kidney"] is False and row["kidney_cause"] is None
    assert mapping.patient_of(row, None, []).kidney is None
    report = dataclasses.replace(full(parts.REPORT), consent=None)
    assert mapping.report_of(mapping.report_row(3, report), report.references) == report


def plain() -> encode.Encoder:
    return encode.Encoder(lambda image: "unused.png")


def test_the_case_file_writes_every_key_in_the_spec_order_and_reads_it_back() -> None:
    patient = full(parts.PATIENT)
    raw = encode.patient_to_dict(patient, plain())
    assert tuple(raw) == parts.PATIENT.keys
    assert tuple(raw["kidney"]) == parts.KIDNEY.keys
    assert tuple(raw["history"][0]) == parts.HISTORY.keys
    assert validation.patient_from_dict(raw, today=TODAY) == patient

    assessment = full(parts.ASSESSMENT)
    raw = encode.assessment_to_dict(assessment, plain())
    assert tuple(raw) == parts.ASSESSMENT.keys
    assert validation.assessment_from_dict(raw, today=TODAY) == assessment

    report = full(parts.REPORT)
    raw = encode.report_to_dict(report, plain())
    assert tuple(raw) == parts.REPORT.keys
    assert tuple(raw["consent"]) == parts.CONSENT.keys
    assert validation.report_from_dict(raw) == report

    author = full(parts.AUTHOR)
    raw = encode.author_to_dict(author)
    assert tuple(raw) == parts.AUTHOR.keys
    assert validation.author_from_dict(raw) == author

    image = full(parts.IMAGE)
    assert tuple(encode.image_to_dict(image, plain())) == parts.IMAGE.keys


def test_the_reader_refuses_a_key_the_description_does_not_name() -> None:
    raw = encode.patient_to_dict(full(parts.PATIENT), plain())
    raw["kidney"]["kidney_cause"] = "a column, not a key"
    with pytest.raises(ValidationError, match="patient.kidney.kidney_cause"):
        validation.patient_from_dict(raw, today=TODAY)


def test_search_text_holds_the_searchable_fields_and_no_other() -> None:
    image = full(parts.IMAGE)
    case = Case(
        title="t",
        patient=full(parts.PATIENT),
        authors=[full(parts.AUTHOR)],
        events=[Event(kind="imaging", date=PartialDate(2002), modality="CT", images=[image])],
        assessment=full(parts.ASSESSMENT),
        report=full(parts.REPORT),
        outcome=full(parts.OUTCOME),
    )
    body = body_text(case).splitlines()
    for part in parts.ALL:
        for f in part.fields:
            if f.holds != parts.TEXT or f.name == "panel":
                continue
            if f.searchable:
                assert f"{f.name} words" in body, f"{part.cls.__name__}.{f.name}"
            elif part is not parts.PATIENT:  # the label is searched in a column of its own
                assert f"{f.name} words" not in body, f"{part.cls.__name__}.{f.name}"
