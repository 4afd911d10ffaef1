"""Taking cases along in a laptop file and bringing the changes back
(caselog/store/services/takeaway.py, bringing.py): from a department database on SQLite and on
PostgreSQL (the ``store`` fixture) into a SQLite laptop file, plain or encrypted."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from sqlalchemy import select

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, ReportText
from caselog.interchange.images import load_image
from caselog.interchange.merge import changed_fields
from caselog.store import services as sv
from caselog.store.crypto import is_encrypted
from caselog.store.engine import Store, open_store
from caselog.store.errors import NotFound
from caselog.store.services.takeaway import server_doc
from caselog.store.tables import takeaway_t
from tests.store.factory import example_case, minimal_case


def _png(shade: int) -> bytes:
    out = io.BytesIO()
    PILImage.new("L", (8, 8), shade).save(out, format="PNG")
    return out.getvalue()


def server_case() -> Case:
    image = replace(load_image(_png(90), name="ct.png"), caption="axial")
    return replace(
        minimal_case("Calcification after romosozumab"),
        events=[
            Event(
                kind="medication",
                date=PartialDate(2024, 1, 2),
                drug="romosozumab",
                action="start",
                dose=210.0,
                dose_unit="mg",
            ),  # fmt: skip
            Event(
                kind="lab", date=PartialDate(2024, 2, 1), test="Calcium", value=8.1, unit="mg/dL"
            ),  # fmt: skip
            Event(
                kind="imaging",
                date=PartialDate(2024, 3, 1),
                modality="CT",
                findings="epidural calcification",
                images=[image],
            ),  # fmt: skip
            Event(kind="note", date=PartialDate(2024, 3, 2), text="seen in clinic"),
        ],
        report=ReportText(discussion="Old text.", references=["[@a1] First ref."]),
    )


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Store]:
    s = open_store(str(tmp_path / "laptop.db"))
    yield s
    s.close()


def take(store: Store, laptop: Store, *cases: Case) -> list[tuple[int, int]]:
    """Store ``cases`` on the server and take them: ``(server id, laptop id)`` each."""
    ids = [sv.create_case(c, store=store).case.id or 0 for c in cases]
    change = sv.take_cases(ids, store=store, laptop=laptop)
    return list(zip(ids, change.added, strict=True))


def bring(store: Store, laptop: Store, take_: str | None = None) -> list[sv.Brought]:
    plan = sv.plan_bring(laptop=laptop, store=store)
    return sv.bring_back(plan, laptop=laptop, store=store, decide=lambda _i, _c: take_)  # type: ignore[arg-type, return-value]


def event_of(case: Case, kind: str) -> Event:
    return next(e for e in case.events if e.kind == kind)


def edit_event(s: Store, case_id: int, kind: str, **values: Any) -> None:
    case = sv.get_case(case_id, store=s, image_bytes=False)
    sv.update_event(case_id, replace(event_of(case, kind), **values), store=s)


def rows(laptop: Store) -> list[dict[str, object]]:
    with laptop.read() as conn:
        return [dict(r) for r in conn.execute(select(takeaway_t)).mappings()]


def test_take_copies_the_cases_with_their_provenance(store: Store, laptop: Store) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    mine = sv.get_case(lid, store=laptop)
    theirs = sv.get_case(sid, store=store)
    assert mine.title == theirs.title and len(mine.events) == 4
    assert event_of(mine, "imaging").images[0].data == _png_bytes_of(theirs)
    [row] = rows(laptop)
    assert row["source_case_id"] == sid and row["base_version"] == theirs.version
    assert row["state"] == "open" and row["source"] == sv.source_name(store)
    base = json.loads(str(row["base"]))
    assert base["title"] == theirs.title
    assert [e["_key"] for e in base["events"]] == [f"#{e.id}" for e in theirs.events]
    assert [a.action for a in sv.case_history(sid, store=store)][-1] == "export"
    with pytest.raises(sv.TakeError, match="already holds case"):
        sv.take_cases([sid], store=store, laptop=laptop)


def _png_bytes_of(case: Case) -> bytes:
    return event_of(case, "imaging").images[0].data


def test_one_sided_edits_on_both_sides_are_both_kept(store: Store, laptop: Store) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    sv.set_title(sid, "Epidural calcification after romosozumab", store=store)
    edit_event(laptop, lid, "medication", dose=105.0)
    mine = sv.get_case(lid, store=laptop)
    sv.set_patient(lid, replace(mine.patient, age=61), store=laptop)
    backups = [] if store.path is None else sv.list_backups(store=store)
    [done] = bring(store, laptop)
    assert done.what == "merged" and done.server_id == sid
    if store.path is not None:  # a SQLite file is backed up before the bring writes
        assert len(sv.list_backups(store=store)) == len(backups) + 1
    dose_id = event_of(sv.get_case(sid, store=store), "medication").id
    assert set(done.detail.split(", ")) == {f"events[#{dose_id}].dose", "patient.age"}
    theirs = sv.get_case(sid, store=store)
    assert theirs.title == "Epidural calcification after romosozumab"
    assert event_of(theirs, "medication").dose == 105.0 and theirs.patient.age == 61
    assert [e.id for e in theirs.events] == [e.id for e in sv.get_case(sid, store=store).events]
    trail = sv.case_history(sid, store=store)
    merge = [e for e in trail if e.action == "merge"]
    assert len(merge) == 1 and merge[0].user == trail[0].user  # the user, as any change
    assert theirs.version == merge[0].id  # the merge row is the case's last change
    assert {e.field for e in trail if e.action == "update" and e.id > merge[0].id - 9} >= {"title"}
    assert "version" not in {e.field for e in trail}  # the version is no field of the case
    # the laptop now holds the merged case and a new base: nothing more to bring
    assert sv.get_case(lid, store=laptop).title == theirs.title
    [again] = bring(store, laptop)
    assert again.what == "unchanged"
    assert sv.get_case(sid, store=store).version == theirs.version


def test_the_same_edit_on_both_sides_is_taken_once(store: Store, laptop: Store) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    for s, i in ((store, sid), (laptop, lid)):
        edit_event(s, i, "lab", value=7.9)
    plan = sv.plan_bring(laptop=laptop, store=store)
    assert plan.conflicts() == []
    [done] = sv.bring_back(plan, laptop=laptop, store=store)
    assert done.what == "unchanged"
    theirs = sv.get_case(sid, store=store)
    assert [e.value for e in theirs.events if e.kind == "lab"] == [7.9]


def test_a_conflict_refuses_the_bring_until_settled(store: Store, laptop: Store) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    edit_event(store, sid, "medication", dose=140.0, notes="server note")
    edit_event(laptop, lid, "medication", dose=105.0)
    version = sv.get_case(sid, store=store).version
    eid = event_of(sv.get_case(sid, store=store), "medication").id
    plan = sv.plan_bring(laptop=laptop, store=store)
    with pytest.raises(sv.Unsettled) as refused:
        sv.bring_back(plan, laptop=laptop, store=store)
    [(local_id, _title, conflict)] = refused.value.conflicts
    assert (local_id, conflict.path) == (lid, f"events[#{eid}].dose")
    assert (conflict.base, conflict.local, conflict.server) == (210.0, 105.0, 140.0)
    assert sv.get_case(sid, store=store).version == version  # nothing written
    [done] = sv.bring_back(plan, laptop=laptop, store=store, decide=lambda _i, _c: "local")
    theirs = event_of(sv.get_case(sid, store=store), "medication")
    assert (theirs.dose, theirs.notes) == (105.0, "server note")
    assert event_of(sv.get_case(lid, store=laptop), "medication").notes == "server note"


@pytest.mark.sqlite_only("the merge rule is the backend's neither: its cases above run on both")
def test_a_conflict_settled_for_the_server_refreshes_the_laptop(
    store: Store, laptop: Store
) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    edit_event(store, sid, "medication", dose=140.0)
    edit_event(laptop, lid, "medication", dose=105.0)
    version = sv.get_case(sid, store=store).version
    [done] = bring(store, laptop, "server")
    assert done.what == "unchanged"
    assert sv.get_case(sid, store=store).version == version
    assert event_of(sv.get_case(lid, store=laptop), "medication").dose == 140.0


def test_events_images_and_references_merge_by_identity(store: Store, laptop: Store) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    mine = sv.get_case(lid, store=laptop, image_bytes=False)
    # laptop: a lab added, the note removed, the image's caption edited, a second image
    sv.add_event(lid, Event(kind="lab", date=PartialDate(2024, 4, 1), test="PTH", value=80.0,
                            unit="pg/mL"), store=laptop)  # fmt: skip
    sv.delete_event(lid, event_of(mine, "note").id or 0, store=laptop)
    imaging = event_of(sv.get_case(lid, store=laptop, image_bytes=False), "imaging")
    second = replace(load_image(_png(200), name="mri.png"), caption="sagittal")
    edited = [replace(imaging.images[0], caption="axial, bone window"), second]
    sv.update_event(lid, replace(imaging, images=edited), store=laptop)
    # server: the calcium edited, a reference added
    edit_event(store, sid, "lab", notes="repeat in a week")
    theirs = sv.get_case(sid, store=store)
    assert theirs.report is not None
    refs = [*theirs.report.references, "[@b2] Second ref."]
    sv.set_report(sid, replace(theirs.report, references=refs), [], [], store=store)
    [done] = bring(store, laptop)
    assert done.what == "merged"
    after = sv.get_case(sid, store=store)
    assert [e.kind for e in after.events] == ["medication", "lab", "imaging", "lab"]
    calcium = next(e for e in after.events if e.test == "Calcium")
    assert calcium.id == event_of(theirs, "lab").id and calcium.notes == "repeat in a week"
    assert next(e for e in after.events if e.test == "PTH").value == 80.0
    images = event_of(after, "imaging").images
    assert [(i.caption, i.data) for i in images] == [
        ("axial, bone window", _png_bytes_of(theirs)),
        ("sagittal", second.data),
    ]
    assert after.report is not None and after.report.references == refs
    # the laptop copy is the merged case, its events mapped to the server's anew
    [row] = rows(laptop)
    mapped = json.loads(str(row["event_map"]))
    local_events = sv.get_case(lid, store=laptop).events
    assert [mapped[str(e.id)] for e in local_events] == [e.id for e in after.events]


@pytest.mark.sqlite_only("the merge rule is the backend's neither: its cases above run on both")
def test_removed_on_one_side_and_edited_on_the_other(store: Store, laptop: Store) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    sv.delete_event(lid, event_of(sv.get_case(lid, store=laptop), "note").id or 0, store=laptop)
    edit_event(store, sid, "note", text="seen again")
    [(_, _, conflict)] = sv.plan_bring(laptop=laptop, store=store).conflicts()
    note_id = event_of(sv.get_case(sid, store=store), "note").id
    assert conflict.path == f"events[#{note_id}]" and conflict.local is None
    bring(store, laptop, "local")
    assert [e.kind for e in sv.get_case(sid, store=store).events] == [
        "medication", "lab", "imaging"
    ]  # fmt: skip


def test_deleted_on_the_server_while_edited_on_the_laptop(store: Store, laptop: Store) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    sv.delete_case(sid, store=store)
    sv.set_title(lid, "Kept on the laptop", store=laptop)
    [(_, _, conflict)] = sv.plan_bring(laptop=laptop, store=store).conflicts()
    assert conflict.path == "(case)" and conflict.server is None
    assert conflict.local["title"] == "Kept on the laptop"
    [done] = bring(store, laptop, "local")
    assert done.what == "added" and done.server_id not in (None, sid)
    assert sv.get_case(done.server_id or 0, store=store).title == "Kept on the laptop"
    [row] = rows(laptop)
    assert row["source_case_id"] == done.server_id and row["state"] == "open"


@pytest.mark.sqlite_only("the merge rule is the backend's neither: its cases above run on both")
def test_deleted_on_the_server_kept_there_leaves_the_laptop_copy(
    store: Store, laptop: Store
) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    sv.delete_case(sid, store=store)
    sv.set_title(lid, "Edited on the laptop", store=laptop)
    [done] = bring(store, laptop, "server")
    assert done.what == "kept"
    assert sv.get_case(lid, store=laptop).title == "Edited on the laptop"  # nothing lost
    [row] = rows(laptop)
    assert row["state"] == "closed" and "deleted on the server" in str(row["last"])
    assert sv.plan_bring(laptop=laptop, store=store).cases == []


@pytest.mark.sqlite_only("the merge rule is the backend's neither: its cases above run on both")
def test_deleted_on_the_laptop_deletes_an_unchanged_server_case(
    store: Store, laptop: Store
) -> None:
    [(sid, lid), (sid2, lid2)] = take(store, laptop, server_case(), minimal_case("Second"))
    sv.delete_case(lid, store=laptop)
    sv.delete_case(lid2, store=laptop)
    sv.set_title(sid2, "Changed on the server", store=store)
    assert [c.path for _, _, c in sv.plan_bring(laptop=laptop, store=store).conflicts()] == [
        "(case)"
    ]
    done = bring(store, laptop, "server")
    assert [d.what for d in done] == ["deleted", "kept"]
    with pytest.raises(NotFound):
        sv.get_case(sid, store=store)
    assert sv.get_case(sid2, store=store).title == "Changed on the server"


def test_a_case_created_on_the_laptop_is_added(store: Store, laptop: Store) -> None:
    take(store, laptop, server_case())
    created = sv.create_case(minimal_case("Written on the train"), store=laptop).case
    done = {d.local_id: d for d in bring(store, laptop)}
    new = done[created.id or 0]
    assert new.what == "added"
    theirs = sv.get_case(new.server_id or 0, store=store)
    assert theirs.title == "Written on the train"
    assert "merge" in [e.action for e in sv.case_history(theirs.id or 0, store=store)]
    # linked now: a later edit on the laptop merges into the same server case
    sv.set_title(created.id or 0, "Written on the train, revised", store=laptop)
    again = {d.local_id: d for d in bring(store, laptop)}[created.id or 0]
    assert again.what == "merged" and again.server_id == theirs.id
    assert sv.get_case(theirs.id or 0, store=store).title == "Written on the train, revised"


def test_a_server_change_during_the_bring_is_refused_not_overwritten(
    store: Store, laptop: Store
) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    sv.set_title(lid, "From the laptop", store=laptop)
    plan = sv.plan_bring(laptop=laptop, store=store)
    sv.set_title(sid, "Changed meanwhile", store=store)  # between the plan and the write
    [done] = sv.bring_back(plan, laptop=laptop, store=store)
    assert done.what == "refused" and "changed on the server" in done.detail
    assert sv.get_case(sid, store=store).title == "Changed meanwhile"
    [row] = rows(laptop)
    assert row["state"] == "open" and str(row["last"]).startswith("not brought")
    assert sv.get_case(lid, store=laptop).title == "From the laptop"  # kept, to bring again
    [(_, _, conflict)] = sv.plan_bring(laptop=laptop, store=store).conflicts()
    assert (conflict.path, conflict.local, conflict.server) == (
        "title", "From the laptop", "Changed meanwhile"
    )  # fmt: skip


@pytest.mark.sqlite_only("the merge rule is the backend's neither: its cases above run on both")
def test_a_merge_that_makes_an_invalid_case_is_refused(store: Store, laptop: Store) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    mine = sv.get_case(lid, store=laptop)
    born = replace(mine.patient.private, birth_date=PartialDate(1964, 1, 1))
    sv.set_patient(lid, replace(mine.patient, private=born), store=laptop)  # 60 at day 0
    sv.set_patient(sid, replace(mine.patient, age=65), store=store)
    version = sv.get_case(sid, store=store).version
    # merged: the laptop's birth date beside the server's age, which it contradicts
    [done] = bring(store, laptop)
    assert done.what == "refused" and "not valid" in done.detail and "age" in done.detail
    assert sv.get_case(sid, store=store).version == version
    [row] = rows(laptop)
    assert row["state"] == "open" and "not valid" in str(row["last"])


def test_an_encrypted_laptop_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    laptop = open_store(str(path), passphrase="horse battery")
    try:
        [(sid, lid)] = take(store, laptop, server_case())
        sv.set_title(lid, "Edited on the encrypted laptop", store=laptop)
    finally:
        laptop.close()
    assert is_encrypted(path)
    assert b"Edited on the encrypted laptop" not in path.read_bytes()
    with pytest.raises(sv.PassphraseNeeded):
        open_store(str(path))
    laptop = open_store(str(path), passphrase="horse battery")
    try:
        [done] = bring(store, laptop)
    finally:
        laptop.close()
    assert done.what == "merged"
    assert sv.get_case(sid, store=store).title == "Edited on the encrypted laptop"


@pytest.mark.sqlite_only("which database a case came from is the backend's neither")
def test_cases_taken_from_another_database_are_left_alone(
    store: Store, laptop: Store, tmp_path: Path
) -> None:
    [(sid, lid)] = take(store, laptop, server_case())
    sv.set_title(lid, "Edited on the laptop", store=laptop)
    other = open_store(str(tmp_path / "other.db"))
    try:
        plan = sv.plan_bring(laptop=laptop, store=other)
        assert plan.cases == [] and plan.elsewhere == [
            (lid, "Edited on the laptop", f"taken from {sv.source_name(store)}")
        ]
        assert sv.bring_back(plan, laptop=laptop, store=other) == []
        assert sv.list_cases(store=other) == []
    finally:
        other.close()
    [row] = rows(laptop)
    assert row["state"] == "open" and row["last"] is None  # still to bring to its source
    assert [d.what for d in bring(store, laptop)] == ["merged"]


@pytest.mark.sqlite_only("which database a case came from is the backend's neither")
def test_cases_the_laptop_file_held_before_it_took_any_stay_on_it(
    store: Store, laptop: Store
) -> None:
    own = sv.create_case(minimal_case("My own notes"), store=laptop).case.id or 0
    assert sv.plan_bring(laptop=laptop, store=store).cases == []  # nothing taken from here
    take(store, laptop, server_case())
    plan = sv.plan_bring(laptop=laptop, store=store)
    assert [p.kind for p in plan.cases] == ["merge"]
    assert plan.elsewhere == [
        (own, "My own notes", "in the laptop file before it took cases from here")
    ]
    bring(store, laptop)
    assert "My own notes" not in {s.title for s in sv.list_cases(store=store)}


@pytest.mark.sqlite_only("the case file's round trip is the backend's neither")
def test_a_merge_of_the_example_changes_only_what_the_laptop_changed(
    store: Store, laptop: Store
) -> None:
    [(sid, lid)] = take(store, laptop, example_case())
    before = sv.get_case(sid, store=store, image_bytes=False)
    first = sv.get_case(lid, store=laptop, image_bytes=False).events[0]
    sv.update_event(lid, replace(first, notes="seen on the ward round"), store=laptop)
    [done] = bring(store, laptop)
    after = sv.get_case(sid, store=store, image_bytes=False)
    key = f"events[#{before.events[0].id}].notes"
    assert done.detail == key
    assert changed_fields(server_doc(before), server_doc(after)) == [key]
    assert [(e.field, e.action) for e in sv.case_history(sid, store=store)][-2:] == [
        ("notes", "update"),
        (None, "merge"),
    ]
    images = [(i.sha256, i.width, i.filename) for e in after.events for i in e.images]
    assert images == [(i.sha256, i.width, i.filename) for e in before.events for i in e.images]
