"""Two clinicians at once: every case carries a version; a write on a stale one is refused
with who changed what and when, and nothing is written (caselog/store/services/_versions.py).
On both backends; concurrent writers on PostgreSQL (SQLite takes one writer at a time)."""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, CaseOutcome, Event
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.tables import audit_t
from tests.store.factory import minimal_case


def _trail_rows(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(audit_t)).scalar_one())


def _note() -> Event:
    return Event(kind="note", date=PartialDate(2024, 3), text="seen again")


Write = Callable[[Store, Case, int], sv.Change]
WRITES: dict[str, Write] = {
    "update_case": lambda s, c, v: sv.update_case(replace(c, title="Mine"), store=s, version=v),
    "set_title": lambda s, c, v: sv.set_title(c.id or 0, "Mine", store=s, version=v),
    "set_patient": lambda s, c, v: sv.set_patient(
        c.id or 0, replace(c.patient, age=61), store=s, version=v
    ),
    "set_assessment": lambda s, c, v: sv.set_assessment(
        c.id or 0, Assessment(reaction="rash"), store=s, version=v
    ),
    "set_index_date": lambda s, c, v: sv.set_index_date(
        c.id or 0, PartialDate(2024, 2), store=s, version=v
    ),
    "add_event": lambda s, c, v: sv.add_event(c.id or 0, _note(), store=s, version=v),
    "update_event": lambda s, c, v: sv.update_event(
        c.id or 0, replace(c.events[0], text="edited"), store=s, version=v
    ),
    "delete_event": lambda s, c, v: sv.delete_event(
        c.id or 0, c.events[0].id or 0, store=s, version=v
    ),
    "add_lab_panel": lambda s, c, v: sv.add_lab_panel(
        c.id or 0,
        [Event(kind="lab", date=PartialDate(2024, 3, 1), test="Calcium", value=2.1)],
        store=s,
        version=v,
    ),
    "set_outcome": lambda s, c, v: sv.set_outcome(
        c.id or 0, CaseOutcome(follow_up="seen at 3 months"), store=s, version=v
    ),
    "delete_case": lambda s, c, v: sv.delete_case(c.id or 0, store=s, version=v),
}


def test_a_case_carries_its_version_and_each_change_moves_it(store: Store) -> None:
    case = sv.create_case(minimal_case("one"), store=store).case
    assert case.version is not None and case.version > 0
    assert sv.get_case(case.id or 0, store=store).version == case.version
    after = sv.set_title(case.id or 0, "two", store=store, version=case.version).after
    assert after is not None and after.version is not None and after.version > case.version
    assert sv.get_case(case.id or 0, store=store).version == after.version
    # a change that changes nothing leaves the version
    same = sv.set_title(case.id or 0, "two", store=store, version=after.version).after
    assert same is not None and same.version == after.version


@pytest.mark.parametrize("name", sorted(WRITES))
def test_a_write_on_a_stale_version_is_refused_and_names_who_what_when(
    store: Store, name: str
) -> None:
    mine = sv.create_case(minimal_case("Original"), store=store).case
    assert mine.version is not None
    theirs = sv.set_title(mine.id or 0, "Their title", store=store).after  # someone else
    assert theirs is not None
    rows = _trail_rows(store)
    with pytest.raises(sv.StaleCase) as info:
        WRITES[name](store, mine, mine.version)
    message = str(info.value)
    who = sv.case_history(mine.id or 0, store=store)[-1].user
    assert f"changed by {who} at " in message
    assert re.search(r"at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", message)
    assert "title: Original -> Their title" in message and "Nothing was saved" in message
    assert info.value.current == theirs.version and info.value.version == mine.version
    stored = sv.get_case(mine.id or 0, store=store)
    assert stored == theirs and stored.version == theirs.version  # nothing written
    assert _trail_rows(store) == rows
    WRITES[name](store, stored, theirs.version or 0)  # on the current version it goes


def test_no_version_given_means_no_comparison(store: Store) -> None:
    case = sv.create_case(minimal_case("one"), store=store).case
    sv.set_title(case.id or 0, "two", store=store)
    assert sv.set_title(case.id or 0, "three", store=store).after is not None


def test_an_export_does_not_make_a_holder_stale(store: Store, tmp_path: Path) -> None:
    case = sv.create_case(minimal_case("one"), store=store).case
    sv.export_cases([case.id or 0], tmp_path / "out.json", store=store)
    assert sv.get_case(case.id or 0, store=store).version == case.version
    assert sv.set_title(case.id or 0, "two", store=store, version=case.version).after


def test_the_message_lists_at_most_five_changes(store: Store) -> None:
    case = sv.create_case(minimal_case("t0"), store=store).case
    for i in range(1, 8):
        sv.set_title(case.id or 0, f"t{i}", store=store)
    with pytest.raises(sv.StaleCase, match=r"t4 -> t5; and 2 more changes\)"):
        sv.set_title(case.id or 0, "mine", store=store, version=case.version)


def _clinician(url: str, case_id: int, version: int, title: str, go: object, out: object) -> None:
    s = open_store(url)
    try:
        go.wait()  # type: ignore[attr-defined]
        try:
            sv.set_title(case_id, title, store=s, version=version)
            out.put(("saved", title))  # type: ignore[attr-defined]
        except sv.StaleCase as exc:
            out.put(("stale", str(exc)))  # type: ignore[attr-defined]
    finally:
        s.close()


@pytest.mark.usefixtures("pg_cluster")
def test_two_clinicians_at_once_one_wins_none_is_lost(pg_url: str) -> None:
    """Two processes, two connections, both on the same version at the same moment: one
    write is saved, the other refused naming it; repeated, no update is ever lost."""
    s = open_store(pg_url)
    try:
        case = sv.create_case(minimal_case("start"), store=s).case
    finally:
        s.close()
    ctx = multiprocessing.get_context("fork")  # no engine is open in this process
    for round_ in range(3):
        s = open_store(pg_url)
        try:
            held = sv.get_case(case.id or 0, store=s)
        finally:
            s.close()
        go, out = ctx.Barrier(2), ctx.Queue()
        titles = [f"A{round_}", f"B{round_}"]
        procs = [
            ctx.Process(target=_clinician, args=(pg_url, case.id, held.version, t, go, out))
            for t in titles
        ]
        for p in procs:
            p.start()
        results = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join(60)
            assert p.exitcode == 0
        saved = [r for kind, r in results if kind == "saved"]
        stale = [r for kind, r in results if kind == "stale"]
        assert len(saved) == 1 and len(stale) == 1
        assert f"-> {saved[0]}" in stale[0]
        s = open_store(pg_url)
        try:
            assert sv.get_case(case.id or 0, store=s).title == saved[0]
            assert sv.trail_problems(store=s) == []
        finally:
            s.close()
