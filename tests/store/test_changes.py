"""Every service write: one transaction, the case read at most once, no image bytes read
unless an image goes, and a Change naming exactly the parts it changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from bench.sql_count import SqlCount
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Series
from caselog.store import services as sv
from caselog.store.changes import CASE_PARTS, Change, Part, list_row
from caselog.store.engine import Store
from caselog.store.errors import StoreError
from tests.store.factory import example_case, minimal_case

R, T, P, TL, IX, A, REP = (
    Part.ROW,
    Part.TITLE,
    Part.PATIENT,
    Part.TIMELINE,
    Part.INDEX_DATE,
    Part.ASSESSMENT,
    Part.REPORT,
)


def lab(value: float = 9.1) -> Event:
    return Event(kind="lab", date=PartialDate(2024, 7, 1), test="Calcium", value=value)


def earlier_start() -> Event:
    return Event(
        kind="medication",
        date=PartialDate(2024, 1, 2),
        drug="denosumab",
        action="start",
        role="suspect",
    )


def first(case: Case, kind: str) -> Event:
    return next(e for e in case.events if e.kind == kind)


Write = Callable[[Store, Case], Change]
EDITS: dict[str, tuple[Write, set[Part]]] = {
    "set_title": (lambda s, c: sv.set_title(c.id or 0, "Retitled", store=s), {R, T}),
    "set_patient": (
        lambda s, c: sv.set_patient(c.id or 0, replace(c.patient, weight_kg=71.0), store=s),
        {R, P},
    ),
    "set_assessment": (
        lambda s, c: sv.set_assessment(
            c.id or 0, replace(c.assessment, outcome="fatal") if c.assessment else None, store=s
        ),
        {R, A},
    ),
    "set_report": (
        lambda s, c: sv.set_report(c.id or 0, c.report, c.authors, ["new word"], store=s),
        {R, REP},
    ),
    "set_index_date": (
        lambda s, c: sv.set_index_date(c.id or 0, PartialDate(2024, 1, 1), store=s),
        {R, IX},
    ),
    "add_event": (lambda s, c: sv.add_event(c.id or 0, lab(), store=s), {R, TL}),
    # day 0 is the first start of a suspect drug (the example sets none): an earlier one
    "add_event moving day 0": (
        lambda s, c: sv.add_event(c.id or 0, earlier_start(), store=s),
        {R, TL, IX},
    ),
    "update_event": (
        lambda s, c: sv.update_event(c.id or 0, replace(first(c, "lab"), value=1.0), store=s),
        {R, TL},
    ),
    "update_event caption": (
        lambda s, c: sv.update_event(
            c.id or 0,
            replace(
                first(c, "imaging"),
                images=[replace(first(c, "imaging").images[0], caption="Recaptioned")],
            ),
            store=s,
        ),
        {R, TL},
    ),
    "delete_event": (
        lambda s, c: sv.delete_event(c.id or 0, first(c, "symptom").id or 0, store=s),
        {R, TL},
    ),
    "update_case": (lambda s, c: sv.update_case(replace(c, title="Whole"), store=s), {R, T}),
}


@pytest.fixture
def stored(store: Store) -> Case:
    case = sv.create_case(example_case(), store=store).case
    assert case.index_date is None  # day 0 by the default rule (see "add_event moving day 0")
    return case


@pytest.mark.sqlite_only("counts statements through a SQLite cursor (bench/sql_count.py)")
@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_edit_is_one_transaction_one_read_no_image_bytes(
    store: Store, stored: Case, name: str
) -> None:
    write, parts = EDITS[name]
    count = SqlCount(store)
    with count.recording():
        change = write(store, stored)
    assert count.begins == 1, count.statements
    assert count.case_reads() == 1
    assert count.blob_bytes == 0
    assert change.parts == parts
    assert change.case_id == stored.id and change.before is not None
    # the case in hand after the write is the case as stored (image bytes aside)
    again = sv.get_case(stored.id or 0, store=store, image_bytes=False)
    assert change.after is not None and plain(change.after) == again
    assert plain(change.before) == plain(stored)


def plain(case: Case) -> Case:
    """The case with its images' bytes left out (as the window reads it)."""
    strip = [replace(e, images=[replace(im, data=b"") for im in e.images]) for e in case.events]
    return replace(case, events=strip)


def test_an_edit_that_changes_nothing_has_no_parts(store: Store, stored: Case) -> None:
    change = sv.set_title(stored.id or 0, stored.title, store=store)
    assert change.parts == frozenset()


def test_the_event_of_an_event_write(store: Store, stored: Case) -> None:
    added = sv.add_event(stored.id or 0, lab(7.7), store=store)
    assert added.event.id == added.event_id and added.event.value == 7.7
    assert added.event in added.case.events
    gone = sv.delete_event(stored.id or 0, added.event_id or 0, store=store)
    assert gone.event.value == 7.7 and gone.event not in gone.case.events


@pytest.mark.sqlite_only("counts statements through a SQLite cursor (bench/sql_count.py)")
def test_a_lab_added_to_a_case_with_images_reads_no_blob(store: Store, stored: Case) -> None:
    count = SqlCount(store)
    with count.recording():
        sv.add_event(stored.id or 0, lab(), store=store)
    assert not [s for s in count.statements if "blob" in s]
    assert count.blob_bytes == 0
    # the search row was rewritten from the case in hand: the new word is found
    found = sv.list_cases(store=store, text="Calcium")
    assert [s.id for s in found] == [stored.id]


@pytest.mark.sqlite_only("counts statements through a SQLite cursor (bench/sql_count.py)")
def test_deleting_an_imaging_event_keeps_its_bytes_for_undo(store: Store, stored: Case) -> None:
    full = sv.get_case(stored.id or 0, store=store)
    imaging = first(full, "imaging")
    count = SqlCount(store)
    with count.recording():
        change = sv.delete_event(stored.id or 0, imaging.id or 0, store=store)
    assert count.begins == 1
    assert count.blob_bytes == len(imaging.images[0].data)  # the dropped blob, no other
    assert change.event.images[0].data == imaging.images[0].data
    assert sv.image_data([imaging.images[0].sha256], store=store) == {}
    undo = sv.update_case(change.before or stored, store=store)
    restored = sv.get_case(stored.id or 0, store=store)
    assert replace(restored, updated_at=None) == replace(full, updated_at=None)
    assert undo.parts == {R, TL}


def test_an_image_without_bytes_must_name_a_stored_blob(store: Store, stored: Case) -> None:
    change = sv.delete_event(stored.id or 0, first(stored, "imaging").id or 0, store=store)
    assert change.before is not None
    stale = change.before
    for e in stale.events:
        for im in e.images:
            im.data = b""  # as if read without bytes, after the blob went
    with pytest.raises(StoreError, match="not stored any more"):
        sv.update_case(stale, store=store)
    assert len(sv.get_case(stored.id or 0, store=store).events) == len(stored.events) - 1


@pytest.mark.sqlite_only("counts statements through a SQLite cursor (bench/sql_count.py)")
def test_create_delete_restore_name_the_cases_added_and_removed(store: Store) -> None:
    count = SqlCount(store)
    with count.recording():
        created = sv.create_case(example_case(), store=store)
    assert count.begins == 1 and count.blob_bytes == 0
    case_id = created.case.id or 0
    assert created.parts == CASE_PARTS | {Part.CASES} and created.added == (case_id,)
    assert created.before is None and created.created == ((case_id, created.case.title),)
    with count.recording():
        deleted = sv.delete_case(case_id, store=store)
    assert count.begins == 1 and count.case_reads() == 1
    assert deleted.removed == (case_id,) and deleted.after is None
    with count.recording():
        restored = sv.restore_case(deleted.case, store=store)
    assert count.begins == 1
    assert restored.added == (case_id,)
    assert sv.get_case(case_id, store=store).events[13].images[0].data  # bytes came back


@pytest.mark.sqlite_only("counts statements through a SQLite cursor (bench/sql_count.py)")
def test_import_and_series_writes(store: Store) -> None:
    count = SqlCount(store)
    with count.recording():
        imported = sv.import_cases([minimal_case("One"), minimal_case("Two")], store=store)
    assert count.begins == 1
    assert imported.parts == {Part.CASES} and [t for _, t in imported.created] == ["One", "Two"]
    ids = list(imported.added)
    with count.recording():
        made = sv.create_series(Series(title="S", case_ids=ids), store=store)
    assert count.begins == 1
    assert made.parts == {Part.SERIES} and made.series == sv.get_series(
        made.series.id or 0, store=store
    )
    changed = sv.update_series(replace(made.series, title="S2"), store=store)
    assert changed.series_before == made.series and changed.series.title == "S2"
    assert changed.series == sv.get_series(made.series.id or 0, store=store)
    gone = sv.delete_series(made.series.id or 0, store=store)
    assert gone.series.title == "S2" and gone.series_after is None


def test_list_row_is_the_row_list_cases_reads(store: Store, stored: Case) -> None:
    change = sv.add_event(stored.id or 0, lab(), store=store)
    [row] = sv.list_cases(store=store)
    assert list_row(change.case) == row
