"""The services that took over from below them: history, backups, the review overview."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient
from caselog.store import services
from caselog.store.engine import Store
from caselog.store.errors import NotFound


def _suspect_case(title: str) -> Case:
    start = Event(
        kind="medication", date=PartialDate(2024, 1, 10), drug="romosozumab", action="start",
        role="suspect",
    )  # fmt: skip
    return Case(title=title, patient=Patient(sex="female", label=title), events=[start])


def test_history_names_an_unknown_case_and_keeps_a_deleted_ones(store: Store) -> None:
    with pytest.raises(NotFound, match="no case with id 9"):
        services.case_history(9, store=store)
    case = services.create_case(_suspect_case("Kept trail"), store=store).case
    assert case.id is not None
    services.delete_case(case.id, store=store)
    actions = [e.action for e in services.case_history(case.id, store=store)]
    assert actions[0] == "create" and actions[-1] == "delete"


@pytest.mark.sqlite_only("backups of the SQLite file (a server is backed up with its own tools)")
def test_back_up_now_is_listed_and_verifies(store: Store) -> None:
    services.create_case(_suspect_case("Backed up"), store=store)
    made = services.back_up_now(store=store)
    assert made.path in [b.path for b in services.list_backups(store=store)]
    assert services.verify_backup(made) == []
    made.path.write_bytes(b"not a database")
    assert services.verify_backup(made) != []


def test_the_overview_and_its_csv_are_recorded(store: Store, tmp_path: Path) -> None:
    ids = [services.create_case(_suspect_case(t), store=store).case.id for t in ("One", "Two")]
    rows = services.case_overview(store=store)
    assert [r.case_id for r in rows] == ids
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OSError):
        services.export_overview_csv(rows, folder / "no" / "such.csv", store=store)
    out = services.export_overview_csv(rows, folder / "overview.csv", store=store)
    assert out.read_text(encoding="utf-8").count("\n") == 3  # header and two rows
    assert [p.name for p in folder.iterdir()] == ["overview.csv"]  # no temporary left
    for case_id in ids:
        assert case_id is not None
        trail = services.case_history(case_id, store=store)
        assert any(e.action == "export" and str(out) in e.what() for e in trail)


def test_an_overview_export_the_trail_missed_says_the_file_is_written(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caselog.store import audit

    services.create_case(_suspect_case("Unrecorded"), store=store)
    rows = [replace(r) for r in services.case_overview(store=store)]

    def fail(*_: object, **__: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(audit, "record_export", fail)
    with pytest.raises(services.ExportNotRecorded, match="is written, but the audit trail"):
        services.export_overview_csv(rows, tmp_path / "o.csv", store=store)
    assert (tmp_path / "o.csv").is_file()


@pytest.mark.sqlite_only("backups of the SQLite file (a server is backed up with its own tools)")
def test_a_batch_import_takes_one_backup_and_a_single_file_raises_its_error(
    store: Store, tmp_path: Path
) -> None:
    from caselog.interchange.errors import CaseFileError
    from tests.store.factory import example_dir

    example = example_dir() / "case.json"
    services.create_case(_suspect_case("Already here"), store=store)
    results = services.import_case_files([example, example], store=store)
    assert [r.imported for r in results] == [True, True]
    assert [b.reason for b in services.list_backups(store=store)] == ["import"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "caselog", "version": 1, "cases": [{"title": 3}]}')
    with pytest.raises(CaseFileError, match=r"bad\.json: cases\[0\]\.title"):
        services.import_case_file(bad, store=store)
    assert services.count_cases(store=store) == 3
