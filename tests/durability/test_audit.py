"""The audit trail: every change, in the change's own transaction, append-only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import json
import sqlite3
from pathlib import Path

import pytest

from caselog import cli
from caselog.core.dates import PartialDate
from caselog.core.model import Event, Series
from caselog.store import audit
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.errors import NotFound
from tests.store.factory import example_case, minimal_case


def actor(store: Store) -> str:
    """Who the trail names: the operating-system account, or on PostgreSQL the role."""
    if store.engine.dialect.name == "postgresql":
        return str(store.engine.url.username)
    return getpass.getuser()


def _actions(store: Store, case_id: int) -> list[tuple[str, str, str | None]]:
    return [(e.action, e.entity, e.field) for e in audit.history(case_id, store=store)]


def test_every_service_write_leaves_its_trail(store: Store) -> None:
    start = dt.datetime.now(dt.UTC)
    case = sv.create_case(example_case(), store=store).case
    assert case.id is not None
    cid = case.id
    sv.set_title(cid, "A new title", store=store)
    ev = sv.add_event(
        cid, Event(kind="note", date=PartialDate(2024, 5, 1), text="seen"), store=store
    ).event
    dose = next(e for e in case.events if e.dose is not None)
    sv.update_event(cid, dataclasses.replace(dose, dose=105.0), store=store)
    assert ev.id is not None
    sv.delete_event(cid, ev.id, store=store)
    patient = sv.get_case(cid, store=store).patient
    patient.private.name = "Hanako B. Testcase"
    sv.set_patient(cid, patient, store=store)
    sv.set_assessment(cid, None, store=store)
    entries = audit.history(cid, store=store)
    assert [(e.action, e.entity, e.field) for e in entries] == [
        ("create", "case", None),
        ("update", "case", "title"),
        ("add", "event", None),
        ("update", "event", "dose"),
        ("remove", "event", None),
        ("update", "patient", "private.name"),
        ("remove", "assessment", None),
    ]
    assert entries[1].old_value == example_case().title
    assert entries[1].new_value == "A new title"
    assert (entries[3].entity_id, entries[3].new_value) == (dose.id, "105.0")
    assert entries[5].old_value == "Hanako Testcase"
    assert json.loads(entries[6].old_value or "")["reaction"]
    for e in entries:
        assert e.user == actor(store)
        assert e.at.tzinfo is not None and e.at.utcoffset() == dt.timedelta(0)
        assert start - dt.timedelta(seconds=1) <= e.at <= dt.datetime.now(dt.UTC)
    assert [e.id for e in entries] == sorted(e.id for e in entries)


def test_delete_keeps_the_content_and_restore_is_recorded(store: Store) -> None:
    case = sv.create_case(minimal_case("Doomed"), store=store).case
    assert case.id is not None
    deleted = sv.delete_case(case.id, store=store).case
    sv.restore_case(deleted, store=store)
    entries = audit.history(case.id, store=store)
    assert [e.action for e in entries] == ["create", "delete", "restore"]
    assert json.loads(entries[1].old_value or "")["title"] == "Doomed"


def test_import_export_and_series_are_recorded(store: Store, tmp_path: Path) -> None:
    from tests.store.factory import example_dir

    [(cid, _)] = sv.import_case_file(example_dir() / "case.json", store=store).created
    out = sv.export_cases([cid], tmp_path / "out" / "case.json", store=store, anonymise=True)
    entries = audit.history(cid, store=store)
    assert [e.action for e in entries] == ["import", "export"]
    assert json.loads(entries[1].new_value or "") == {"to": str(out), "anonymised": True}
    other = sv.create_case(minimal_case("Other"), store=store).case
    assert other.id is not None
    series = sv.create_series(Series(title="Two", case_ids=[cid, other.id]), store=store).series
    assert series.id is not None
    sv.delete_series(series.id, store=store)
    with store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT action, entity, entity_id FROM audit WHERE entity = 'series' ORDER BY id"
        ).all()
    assert [tuple(r) for r in rows] == [
        ("create", "series", series.id),
        ("delete", "series", series.id),
    ]


def test_audit_row_is_in_the_same_transaction_as_the_change(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = sv.create_case(minimal_case("Before"), store=store).case
    assert case.id is not None

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full while writing the audit trail")

    monkeypatch.setattr(audit, "_insert", broken)
    with pytest.raises(RuntimeError):
        sv.set_title(case.id, "After", store=store)
    monkeypatch.undo()
    # the audit row could not be written, so the change itself was rolled back
    assert sv.get_case(case.id, store=store).title == "Before"
    assert _actions(store, case.id) == [("create", "case", None)]
    # and a change that fails leaves no audit row
    with pytest.raises(NotFound):
        sv.set_title(9999, "nobody", store=store)
    assert audit.history(9999, store=store) == []


def test_the_trail_refuses_updates_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    store = open_store(str(path))
    sv.create_case(minimal_case("x"), store=store)
    store.close()
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE audit SET user = 'someone else'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit")
        assert conn.execute("SELECT count(*) FROM audit").fetchone() == (1,)
    finally:
        conn.close()


def test_rev0001_database_gains_the_audit_table_and_its_triggers(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "old.db"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "rev0001.db", copy)
    open_store(str(copy)).close()
    conn = sqlite3.connect(copy)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert {"audit", "audit_no_update", "audit_no_delete", "ix_audit_case_id"} <= names


def test_cli_history_prints_the_trail_oldest_first(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    case = sv.create_case(minimal_case("First title"), store=store).case
    assert case.id is not None
    # a tab in a title: refused as typed since issue 15, still in older databases
    sv.update_case(dataclasses.replace(case, title="Second\ttitle"), store=store)
    store.close()
    assert cli.main(["--db", store.url, "history", str(case.id)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    fields = [line.split("\t") for line in lines]
    assert all(len(f) == 4 for f in fields)
    times = [dt.datetime.fromisoformat(f[0]) for f in fields]
    assert times == sorted(times) and all(t.utcoffset() == dt.timedelta(0) for t in times)
    assert [f[1] for f in fields] == [actor(store)] * 2
    assert [f[2] for f in fields] == ["create", "update"]
    assert fields[0][3] == "case: First title"
    assert fields[1][3] == "case title: First title -> Second title"


def test_cli_history_of_an_unknown_case_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(tmp_path / "c.db"), "history", "42"]) == 2
    assert "42" in capsys.readouterr().err


def test_a_report_is_recorded_in_the_trail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    case = sv.create_case(example_case(), store=store).case
    store.close()
    out = tmp_path / "report.pdf"
    args = ["--db", str(db), "report", str(case.id), "--template", "cureus", "-o", str(out)]
    assert cli.main(args) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(db), "history", str(case.id)]) == 0
    last = capsys.readouterr().out.splitlines()[-1].split("\t")
    assert last[2] == "report"
    assert json.loads(last[3].split(": ", 1)[1]) == {
        "to": str(out),
        "anonymised": True,
        "template": "cureus",
    }
