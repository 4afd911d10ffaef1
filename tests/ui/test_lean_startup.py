"""Start-up loads what the case list needs and no more.

- PySide6's source scan of every later import is off once the application exists.
- The first paint loads neither the store, the list, the dialogs nor the task runner; the
  list then fills from the file without SQLAlchemy.
- Opening a plain database, attaching it and showing the list loads neither SQLCipher,
  Pillow, the case-file reader, the de-identifier, the clinical rules nor the case view.
- The case view is built when a case is first shown, with its splitters as they were left.
"""

from __future__ import annotations

import builtins
import json
import linecache
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

import caselog
from caselog.core.model import Case, Patient
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.app import make_application
from caselog.ui.feature_scan import feature_scan_active, skip_feature_scan
from tests.ui.helpers import make_window


def _import_fresh(tmp_path: Path, name: str) -> Path:
    """Write a module ``name`` and import it with an ``import`` statement (which goes
    through ``builtins.__import__``, as the application's own imports do)."""
    source = tmp_path / f"{name}.py"
    source.write_text("VALUE = 1\n" * 200, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        exec(f"import {name}", {})
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)
    return source


def test_the_application_turns_off_pysides_source_scan(tmp_path: Path) -> None:
    make_application()
    assert not feature_scan_active()
    plain = _import_fresh(tmp_path, "caselog_lean_plain")
    assert str(plain) not in linecache.cache

    # the control: with PySide6's wrapper put back, the same kind of import is read and kept
    wrapper = builtins.__feature_import__  # type: ignore[attr-defined]
    ours = builtins.__import__
    builtins.__import__ = wrapper
    try:
        assert feature_scan_active()
        scanned = _import_fresh(tmp_path, "caselog_lean_scanned")
    finally:
        builtins.__import__ = ours
    assert str(scanned) in linecache.cache
    linecache.checkcache(str(scanned))
    assert not skip_feature_scan()  # already off: nothing to do


def test_no_caselog_module_asks_for_a_pyside_feature() -> None:
    """``from __feature__ import ...`` would need the scan that the window turns off."""
    package = Path(caselog.__file__).parent
    users = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "__feature__" in p.read_text(encoding="utf-8")
        and p.name != "feature_scan.py"  # the module that explains why
    ]
    assert users == []


CHILD = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from caselog.ui.app import make_application
app = make_application()
from PySide6.QtCore import QSettings
from caselog.ui.main_window import MainWindow
db = sys.argv[1]
window = MainWindow(settings=QSettings(db + ".ini", QSettings.Format.IniFormat), chrome_later=True)
window.show()
app.processEvents()
painted = sorted(m for m in sys.modules if m.startswith(("caselog", "sqlalchemy")))
early = window.show_file_list(db)  # as caselog.ui.app.main: the list from the file first,
window.build_chrome()  # then the menus
early_rows = window.list_model.rowCount() if early else 0
sqlalchemy_early = any(m.startswith("sqlalchemy") for m in sys.modules)
from caselog.ui.startup import open_and_preload
store = open_and_preload(db, None)  # the work caselog.ui.app.main runs on a worker
before = set(sys.modules)
window.attach_store(store)
on_gui_thread = sorted(m for m in set(sys.modules) - before if m.startswith("caselog"))
app.processEvents()
window.grab()
watched = json.loads(sys.argv[2])
listed = [m for m in watched if m in sys.modules]
rows = window.list_model.rowCount()
window.case_list.select_case(int(sys.argv[3]))
app.processEvents()
opened = [m for m in watched if m in sys.modules]
print(json.dumps({"rows": rows, "listed": listed, "opened": opened,
                  "on_gui_thread": on_gui_thread, "early_rows": early_rows,
                  "sqlalchemy_early": sqlalchemy_early, "painted": painted}))
window.close()
window.store.close()
"""

NOT_FOR_THE_LIST = [
    "sqlcipher3",
    "PIL",
    "reportlab",
    "alembic",
    "caselog.interchange.reader",
    "caselog.privacy",
    "caselog.clinical",
    "caselog.ui.case_view",
]


def test_the_case_list_loads_nothing_it_does_not_need(tmp_path: Path, store: Store) -> None:
    first = services.create_case(
        Case(title="Lean one", patient=Patient(sex="female", label="A")), store=store
    ).case
    services.create_case(
        Case(title="Lean two", patient=Patient(sex="female", label="B")), store=store
    )
    assert store.path is not None and first.id is not None
    db = str(store.path)
    store.close()  # one writer at a time: the child opens it
    out = subprocess.run(
        [sys.executable, "-c", CHILD, db, json.dumps(NOT_FOR_THE_LIST), str(first.id)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["rows"] == 2
    assert seen["listed"] == []
    # the list filled from the file before the store, without SQLAlchemy
    assert seen["early_rows"] == 2 and not seen["sqlalchemy_early"]
    # the first paint needs no store, no list, no dialogs, no task runner
    for later in ("caselog.store.services", "caselog.ui.case_list", "caselog.ui.dialogs",
                  "caselog.ui.taskman", "caselog.ui.startup", "sqlalchemy"):  # fmt: skip
        assert later not in seen["painted"], later
    # attach_store finds its modules loaded off the GUI thread (declared ``with_store``)
    assert seen["on_gui_thread"] == []
    # opening a case brings in its view and the clinical rules behind its findings
    assert "caselog.ui.case_view" in seen["opened"]
    assert "caselog.clinical" in seen["opened"]


def test_the_case_view_is_built_when_a_case_is_first_shown(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    case = services.create_case(
        Case(title="Lazy view", patient=Patient(sex="female", label="C")), store=store
    ).case
    assert case.id is not None
    window, _ = make_window(qtbot, store, settings)
    assert window._case_view is None
    assert window.current_case() is None
    window.save_settings()  # with no case view: its splitters' saved states are left alone
    window.open_case(case.id)
    view = window._case_view
    assert view is not None and window.current_case() is not None
    view.timeline.splitter.setSizes([120, 480])
    sizes = view.timeline.splitter.sizes()
    window.close()

    again, _ = make_window(qtbot, store, settings, size=None)
    assert again._case_view is not None  # the last open case is shown again
    assert again.case_view.timeline.splitter.sizes() == sizes
    again._show_no_case()
    again.save_settings()
    third, _ = make_window(qtbot, store, settings, size=None)
    assert third._case_view is None  # no case was open: nothing built
    assert third.case_view.timeline.splitter.sizes() == sizes  # built on demand, restored


def test_the_case_list_asks_the_store_once_to_fill(qtbot: Any, store: Store) -> None:
    """The view announcing its sort order before the first fill costs no queries."""
    from caselog.ui.case_list import CaseListPane
    from caselog.ui.case_list_model import CaseListModel

    services.create_case(Case(title="Counted", patient=Patient(sex="male")), store=store)
    calls: list[str] = []

    def page(offset: int, limit: int, query: Any, order_by: str, descending: bool) -> Any:
        calls.append("page")
        return services.list_cases(
            store=store,
            query=query,
            offset=offset,
            limit=limit,
            order_by=order_by,
            descending=descending,
        )

    def count(query: Any) -> int:
        calls.append("count")
        return services.count_cases(store=store, query=query)

    model = CaseListModel(page, count)
    pane = CaseListPane(model)
    qtbot.addWidget(pane)
    assert calls == []  # sorting switched on, nothing fetched yet
    model.refresh()
    assert calls == ["count", "page"] and model.rowCount() == 1
    model.sort(0)  # the user sorts by title: fetched again, in that order
    assert calls == ["count", "page", "count", "page"]
