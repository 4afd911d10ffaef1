"""One promise for a multi-file import, kept alike by the window and ``caselog import``
(docs/cli.md): each file in its own transaction, whole or not at all, in the order given; a
file that cannot be imported is named with what is wrong, and the files before and after
it are still imported."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from caselog import cli
from caselog.store import services
from caselog.store.engine import open_store
from tests.interchange_helpers import document, minimal_case, write
from tests.ui.helpers import make_window


@dataclass
class Outcome:
    created: list[tuple[int, str]]  # what the caller was told was created, in order
    failures: str  # everything said about the files not imported
    stored: list[str]  # the titles in the database afterwards, by id


def _files(tmp_path: Path) -> tuple[list[Path], Path, Path]:
    first = write(tmp_path, document(minimal_case(title="First file")), "first.json")
    bad = write(tmp_path, document(minimal_case(title=3)), "bad.json")
    missing = tmp_path / "missing.json"
    two = document(minimal_case(title="Second file"), minimal_case(id="b", title="Its second"))
    second = write(tmp_path, two, "second.json")
    return [first, bad, second, missing], bad, missing


def _stored(db: Path) -> list[str]:
    store = open_store(str(db))
    try:
        return [s.title for s in services.list_cases(store=store, order_by="id", descending=False)]
    finally:
        store.close()


def through_the_command_line(
    paths: list[Path], db: Path, capsys: pytest.CaptureFixture[str], **_: Any
) -> Outcome:
    code = cli.main(["--db", str(db), "import", *map(str, paths)])
    out, err = capsys.readouterr()
    assert code == cli.BAD_INPUT  # bad files, and nothing else, failed
    assert "Traceback" not in err
    created = [(int(i), t) for i, t in (line.split("\t") for line in out.splitlines())]
    return Outcome(created, err, _stored(db))


def through_the_window(
    paths: list[Path], db: Path, qtbot: Any, settings: QSettings, **_: Any
) -> Outcome:
    store = open_store(str(db))
    try:
        window, dialogs = make_window(qtbot, store, settings)
        with qtbot.waitSignal(window.importFinished, timeout=30000) as done:
            window.start_import(paths)
        window.close()
    finally:
        store.close()
    return Outcome(list(done.args[0]), "\n".join(dialogs.errors), _stored(db))


@pytest.mark.parametrize("run", [through_the_command_line, through_the_window])
def test_a_bad_file_among_good_ones_is_named_and_the_others_are_imported(
    run: Any,
    tmp_path: Path,
    qtbot: Any,
    settings: QSettings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths, bad, missing = _files(tmp_path)
    got = run(paths, tmp_path / "c.db", qtbot=qtbot, settings=settings, capsys=capsys)
    expected = ["First file", "Second file", "Its second"]
    assert got.stored == expected  # in file order; nothing of the bad file
    assert got.created == [(1, "First file"), (2, "Second file"), (3, "Its second")]
    assert f"{bad}: cases[0].title" in got.failures  # the file, the place, what is wrong
    assert str(missing) in got.failures
    assert "First file" not in got.failures and "second.json" not in got.failures


def test_the_service_reports_every_file_and_stops_when_asked(tmp_path: Path) -> None:
    paths, bad, missing = _files(tmp_path)
    store = open_store(str(tmp_path / "c.db"))
    try:
        results = services.import_case_files(paths, store=store)
        assert [r.path for r in results] == paths
        assert [r.imported for r in results] == [True, False, True, False]
        assert [r.bad_input for r in results] == [False, True, False, True]
        assert [len(r.created) for r in results] == [1, 0, 2, 0]
        seen: list[str] = []
        stopped = services.import_case_files(
            paths,
            store=store,
            progress=lambda done, total, name: seen.append(name),
            stop=lambda: len(seen) == 1,
        )
        assert [r.path for r in stopped] == paths[:1]  # the next file was never started
        assert services.count_cases(store=store) == 4
    finally:
        store.close()
