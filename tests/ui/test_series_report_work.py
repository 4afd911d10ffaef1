"""The series report from the window goes through ``services.write_report``: the audit
trail names the file the user chose, and a cancel leaves neither a file nor a record."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselog.interchange.outputs import leftovers
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.series_report import series_report_work
from caselog.ui.taskman import Cancelled, TaskContext
from tests.store.factory import minimal_case


def _two_cases(store: Store) -> list[int]:
    ids = []
    for title in ("Series one", "Series two"):
        case = services.create_case(minimal_case(title), store=store).case
        assert case.id is not None
        ids.append(case.id)
    return ids


def _reports(case_id: int, store: Store) -> list[str]:
    return [e.what() for e in services.case_history(case_id, store=store) if e.action == "report"]


def test_the_trail_names_the_chosen_file(store: Store, tmp_path: Path) -> None:
    ids = _two_cases(store)
    out = tmp_path / "series.pdf"
    written, _warnings = series_report_work(ids, out, store=store)(TaskContext(lambda *_: None))
    assert written == out and out.read_bytes().startswith(b"%PDF")
    for case_id in ids:
        [entry] = _reports(case_id, store)
        assert str(out) in entry and ".caselog-" not in entry
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".caselog")] == []


def test_a_cancel_while_saving_leaves_nothing(store: Store, tmp_path: Path) -> None:
    ids = _two_cases(store)
    out = tmp_path / "series.pdf"

    def emit(done: int, total: int, text: str) -> None:
        if text == "Saving…":
            ctx.cancel()

    ctx = TaskContext(emit)
    with pytest.raises(Cancelled):
        series_report_work(ids, out, store=store)(ctx)
    assert list(tmp_path.glob("*.pdf")) == [] and leftovers(tmp_path) == []
    assert _reports(ids[0], store) == []
