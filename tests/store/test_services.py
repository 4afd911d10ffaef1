from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.store import services as sv
from caselog.store.engine import Store
from caselog.store.errors import NotFound
from caselog.store.tables import blob_t, case_t, event_t
from tests.store.factory import example_case, minimal_case


def _strip(case: Case) -> Case:
    """The case without what the store assigns (ids, timestamps)."""
    events = [dataclasses.replace(e, id=None) for e in case.events]
    return dataclasses.replace(case, id=None, events=events, created_at=None, updated_at=None)


def _rows(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_round_trip_keeps_every_field(store: Store) -> None:
    original = example_case()
    stored = sv.create_case(original, store=store).case
    assert stored.id is not None
    back = sv.get_case(stored.id, store=store)
    assert _strip(back) == _strip(original)
    assert back.patient.private.mrn == "MRN-0048213"
    imaging = [e for e in back.events if e.images]
    assert [e.images[0].data for e in imaging] == [
        e.images[0].data for e in original.events if e.images
    ]
    assert back.updated_at is not None and back.updated_at.tzinfo is not None


def test_identical_images_are_stored_once(store: Store) -> None:
    sv.create_case(example_case(), store=store)
    sv.create_case(example_case(), store=store)
    assert _rows(store, blob_t) == 2


def test_get_unknown_case_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="no case with id 99"):
        sv.get_case(99, store=store)


def test_delete_then_restore_gives_back_the_same_case(store: Store) -> None:
    stored = sv.create_case(example_case(), store=store).case
    assert stored.id is not None
    deleted = sv.delete_case(stored.id, store=store).case
    assert _rows(store, event_t) == 0 and _rows(store, blob_t) == 0
    restored = sv.restore_case(deleted, store=store).case
    assert restored.id == stored.id
    assert [e.id for e in restored.events] == [e.id for e in stored.events]
    assert _strip(restored) == _strip(stored)


def test_event_services_update_the_suspect_drug(store: Store) -> None:
    case = sv.create_case(minimal_case(), store=store).case
    assert case.id is not None
    med = Event(
        kind="medication", date=PartialDate(2024, 2), drug="denosumab", action="start",
        role="suspect",
    )  # fmt: skip
    added = sv.add_event(case.id, med, store=store).event
    assert added.id is not None
    assert sv.list_cases(store=store)[0].suspect_drug == "denosumab"
    added.drug = "romosozumab"
    assert sv.update_event(case.id, added, store=store).event.drug == "romosozumab"
    assert sv.list_cases(store=store)[0].suspect_drug == "romosozumab"
    assert sv.delete_event(case.id, added.id, store=store).event.drug == "romosozumab"
    assert sv.list_cases(store=store)[0].suspect_drug is None
    with pytest.raises(NotFound):
        sv.delete_event(case.id, added.id, store=store)


def test_update_case_replaces_everything(store: Store) -> None:
    stored = sv.create_case(example_case(), store=store).case
    stored.title = "New title"
    stored.events = stored.events[:2]
    stored.assessment = None
    back = sv.update_case(stored, store=store).case
    assert back.title == "New title" and len(back.events) == 2 and back.assessment is None
    assert _rows(store, blob_t) == 0  # images of removed events are gone


def test_setters_write_their_part(store: Store) -> None:
    case = sv.create_case(minimal_case(), store=store).case
    assert case.id is not None
    full = example_case()
    assert sv.set_patient(case.id, full.patient, store=store).case.patient == full.patient
    assert (
        sv.set_assessment(case.id, full.assessment, store=store).case.assessment == full.assessment
    )
    assert sv.set_assessment(case.id, None, store=store).case.assessment is None
    after = sv.set_report(case.id, full.report, full.authors, full.keywords, store=store).case
    assert (after.report, after.authors, after.keywords) == (
        full.report, full.authors, full.keywords,
    )  # fmt: skip
    assert sv.set_title(case.id, "T", store=store).case.title == "T"
    assert sv.set_index_date(
        case.id, PartialDate(2024), store=store
    ).case.index_date == PartialDate(2024)
    with pytest.raises(NotFound):
        sv.set_title(12345, "x", store=store)


def test_a_failing_write_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from caselog.store.services import _input

    monkeypatch.setattr(_input, "check_case", lambda *_a, **_k: None)  # the database refuses
    good = minimal_case("good")
    bad = minimal_case("bad")
    bad.patient.sex = None  # type: ignore[assignment]  # NOT NULL violated after the case row
    with pytest.raises(sv.StorageError, match="NOTNULL|NotNullViolation") as info:
        sv.create_case(bad, store=store)
    assert "INSERT" not in str(info.value) and "bad" not in str(info.value)  # no SQL, no data
    assert _rows(store, case_t) == 0
    stored = sv.create_case(good, store=store).case
    assert stored.id is not None
    stored.patient.sex = None  # type: ignore[assignment]
    stored.title = "changed"
    with pytest.raises(sv.StorageError, match="NOTNULL|NotNullViolation"):
        sv.update_case(stored, store=store)
    assert sv.get_case(stored.id, store=store).title == "good"
    assert len(sv.get_case(stored.id, store=store).events) == 1


def test_list_filters_orders_and_pages(store: Store) -> None:
    for title, label in [("Alpha 100%", "Mrs A"), ("beta_case", None), ("Gamma", "Mr Ã")]:
        sv.create_case(minimal_case(title, label), store=store)
    assert [s.title for s in sv.list_cases(store=store, order_by="title", descending=False)] == [
        "Alpha 100%", "beta_case", "Gamma",
    ]  # fmt: skip
    assert [s.title for s in sv.list_cases(store=store, text="100%")] == ["Alpha 100%"]
    assert [s.title for s in sv.list_cases(store=store, text="a_c")] == ["beta_case"]
    assert [s.title for s in sv.list_cases(store=store, text="A%")] == []
    assert [s.patient_label for s in sv.list_cases(store=store, text="THE PATIENT")] == [
        "the patient"
    ]
    assert sv.count_cases(store=store, text="mrs") == 1
    assert sv.count_cases(store=store) == 3
    page = sv.list_cases(store=store, order_by="id", descending=False, offset=1, limit=1)
    assert [s.title for s in page] == ["beta_case"]
    with pytest.raises(ValueError, match="cannot order"):
        sv.list_cases(store=store, order_by="nope")


def test_series_crud(store: Store) -> None:
    from caselog.core.model import Series

    a = sv.create_case(minimal_case("a"), store=store).case
    b = sv.create_case(minimal_case("b"), store=store).case
    assert a.id and b.id
    s = sv.create_series(
        Series(title="Two", case_ids=[b.id, a.id], references=["ref 1"]), store=store
    ).series
    assert s.id is not None and s.case_ids == [b.id, a.id]
    s.title = "Two cases"
    assert sv.update_series(s, store=store).series.title == "Two cases"
    assert [x.title for x in sv.list_series(store=store)] == ["Two cases"]
    sv.delete_case(a.id, store=store)
    assert sv.get_series(s.id, store=store).case_ids == [b.id]
    assert sv.delete_series(s.id, store=store).series.references == ["ref 1"]
    with pytest.raises(NotFound):
        sv.get_series(s.id, store=store)
    with pytest.raises(NotFound, match="no case with id 777"):
        sv.create_series(Series(title="x", case_ids=[777]), store=store)


def test_a_failing_event_write_leaves_the_case_untouched(store: Store) -> None:
    from caselog.core.model import Image

    case = sv.create_case(minimal_case(), store=store).case
    assert case.id is not None
    broken = Event(
        kind="imaging", date=PartialDate(2024, 3, 1), modality="CT", findings="x",
        images=[Image(data=b"png", media_type=None)],  # type: ignore[arg-type]
    )  # fmt: skip
    with pytest.raises(sv.StorageError, match="NOTNULL|NotNullViolation"):
        sv.add_event(case.id, broken, store=store)
    after = sv.get_case(case.id, store=store)
    assert len(after.events) == 1 and after.updated_at == case.updated_at
    assert _rows(store, blob_t) == 0


def test_import_cases_links_series_by_file_key(store: Store) -> None:
    from caselog.core.model import Series

    a, b = minimal_case("a"), minimal_case("b")
    a.key, b.key = "first", "second"
    series = Series(title="Both", case_keys=["second", "first"])
    created = sv.import_cases([a, b], [series], store=store).created
    assert [t for _, t in created] == ["a", "b"]
    [stored] = sv.list_series(store=store)
    assert stored.case_ids == [created[1][0], created[0][0]]
    assert sv.get_case(created[0][0], store=store).key == "first"


def test_list_orders_by_summary_columns(store: Store) -> None:
    for drug in ("zoledronate", "Denosumab"):
        case = minimal_case(drug)
        case.events.append(
            Event(kind="medication", date=PartialDate(2024, 1), drug=drug, action="start",
                  role="suspect")
        )  # fmt: skip
        sv.create_case(case, store=store)
    by_drug = sv.list_cases(store=store, order_by="drug", descending=False)
    assert [s.suspect_drug for s in by_drug] == ["Denosumab", "zoledronate"]
    assert [s.suspect_drug for s in sv.list_cases(store=store, text="DENO")] == ["Denosumab"]


def test_the_example_file_imports_and_reads_back_equal(store: Store) -> None:
    from caselog.interchange.reader import read_case_file
    from tests.store.factory import example_dir

    path = example_dir() / "case.json"
    [(case_id, title)] = sv.import_case_file(path, store=store).created
    [expected] = read_case_file(path).cases
    back = sv.get_case(case_id, store=store)
    assert title == expected.title
    assert _strip(back) == _strip(expected)
    assert back.patient.private.birth_date == PartialDate(1949, 2, 11)
    assert [i.data for e in back.events for i in e.images] == [
        i.data for e in expected.events for i in e.images
    ]


def test_export_keeps_series_made_only_of_exported_cases(store: Store, tmp_path: Path) -> None:
    import json

    from caselog.core.model import Series

    a, b, c = (sv.create_case(minimal_case(t), store=store).case for t in "abc")
    assert a.id and b.id and c.id
    sv.create_series(Series(title="ab", case_ids=[a.id, b.id]), store=store)
    sv.create_series(Series(title="ac", case_ids=[a.id, c.id]), store=store)
    out = sv.export_cases([a.id, b.id], tmp_path / "out.json", store=store)
    doc = json.loads(out.read_text())
    assert [x["title"] for x in doc["cases"]] == ["a", "b"]
    assert [x["title"] for x in doc["series"]] == ["ab"]


def test_an_event_of_another_case_is_not_found(store: Store) -> None:
    a = sv.create_case(minimal_case("a"), store=store).case
    b = sv.create_case(minimal_case("b"), store=store).case
    assert a.id and b.id
    foreign = b.events[0]
    assert foreign.id is not None
    foreign.text = "overwritten through the wrong case"
    with pytest.raises(NotFound, match="no event"):
        sv.update_event(a.id, foreign, store=store)
    with pytest.raises(NotFound, match="no event"):
        sv.delete_event(a.id, foreign.id, store=store)
    assert sv.get_case(b.id, store=store).events[0].text == "seen in clinic"


def test_ids_are_never_reused_so_undo_can_restore(store: Store) -> None:
    first = sv.create_case(minimal_case("first"), store=store).case
    assert first.id is not None
    deleted = sv.delete_case(first.id, store=store).case
    second = sv.create_case(minimal_case("second"), store=store).case
    assert second.id != first.id
    assert second.events[0].id not in {e.id for e in deleted.events}
    assert sv.restore_case(deleted, store=store).case.title == "first"
    assert sv.count_cases(store=store) == 2
