"""Delete from the case list on a stale version (caselog/ui/main_window.py ``delete_cases``,
caselog/ui/controller.py): the delete carries the version the window holds (the open
case's, else its list row's) and is refused like any stale write, with the same dialog
naming who changed what; nothing is deleted. On SQLite two stores on one file stand for
the two clinicians; on PostgreSQL two roles of one team (tests/pg_server.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from sqlalchemy.engine import make_url

from caselog.store import audit
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.errors import NotFound
from caselog.ui.main_window import MainWindow
from caselog.ui.stale_dialog import Choice, Notice, headline, reassurance
from tests.pg_server import BACKENDS
from tests.store.factory import minimal_case
from tests.ui.helpers import ScriptedDialogs, make_window


@pytest.fixture(scope="module")
def roles(request: pytest.FixtureRequest) -> dict[str, str]:
    """A served database with two authors of one team (made once for the module)."""
    url = str(request.getfixturevalue("pg_module_url"))
    sv.server_init(url)
    for name in ("del_ann", "del_bob"):
        sv.add_user(url, name, team="d1", role="author", password=None)
    return {
        n: make_url(url).set(username=n).render_as_string(hide_password=False)
        for n in ("del_ann", "del_bob")
    }


@pytest.fixture(params=BACKENDS)
def pair(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Store, Store, str]]:
    """The window's store, the other clinician's, and the other's name in the trail."""
    if request.param == "postgresql":
        urls = request.getfixturevalue("roles")
        mine, theirs = open_store(urls["del_ann"]), open_store(urls["del_bob"])
        name = "del_bob"
    else:
        mine = request.getfixturevalue("store")
        theirs = open_store(str(tmp_path / "caselog.db"))
        name = "bob"
    yield mine, theirs, name
    theirs.close()
    if request.param == "postgresql":
        mine.close()


def as_other(monkeypatch: pytest.MonkeyPatch, name: str, store: Store) -> None:
    """SQLite's trail names the OS user: the other clinician is "bob" while they write."""
    if store.engine.dialect.name == "sqlite":
        monkeypatch.setattr(audit, "current_user", lambda: name)


def window_over(qtbot: Any, store: Store, settings: QSettings) -> tuple[MainWindow, Script]:
    window, dialogs = make_window(qtbot, store, settings)
    window.watcher.stop()  # the list does not follow the other's change: it is stale
    return window, Script(window, dialogs)


class Script:
    def __init__(self, window: MainWindow, dialogs: ScriptedDialogs) -> None:
        self.dialogs = dialogs
        self.choices: list[Choice] = []
        self.notices: list[Notice] = []
        window.stale.choose = self.choose

    def choose(self, notice: Notice) -> Choice:
        self.notices.append(notice)
        return self.choices.pop(0) if self.choices else Choice.CANCEL


def select(window: MainWindow, case_ids: list[int]) -> None:
    window.case_list.select_case(case_ids[0])
    model = window.case_list.table.selectionModel()
    for case_id in case_ids[1:]:
        row = window.list_model.row_of(case_id)
        assert row is not None
        model.select(
            window.list_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert sorted(window.selected_case_ids()) == sorted(case_ids)


def test_a_stale_delete_is_refused_naming_who_changed_what_and_deletes_nothing(
    qtbot: Any,
    pair: tuple[Store, Store, str],
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine, theirs, name = pair
    opened = sv.create_case(minimal_case("Calcium after denosumab"), store=mine).case
    listed = sv.create_case(minimal_case("Fracture after romosozumab"), store=mine).case
    assert opened.id is not None and listed.id is not None
    window, script = window_over(qtbot, mine, settings)
    window.list_model.refresh()
    select(window, [listed.id, opened.id])  # the open one's version is the view's
    qtbot.waitUntil(lambda: window.current_case() is not None)
    assert window.current_case().id == listed.id  # type: ignore[union-attr]
    with monkeypatch.context() as m:
        as_other(m, name, mine)
        for case in (opened, listed):
            assert case.id is not None
            sv.set_patient(case.id, replace(case.patient, sex="female"), store=theirs)
    script.dialogs.confirm_answers.append(True)
    steps = window.undo_stack.count()
    window.delete_cases()
    assert len(script.notices) == 2  # each case refused, the same dialog as for an edit
    for notice in script.notices:
        assert notice.edit is None and notice.theirs is not None
        assert [e.user for e in notice.entries] == [name]
        assert "sex" in notice.entries[0].what() and "female" in notice.entries[0].what()
        assert headline(notice).startswith("Not done (Delete “")
        assert name in headline(notice) and "deleted" in reassurance(notice)
    for case in (opened, listed):  # nothing deleted, theirs kept
        assert case.id is not None
        assert sv.get_case(case.id, store=theirs).patient.sex == "female"
    assert window.undo_stack.count() == steps  # no delete step to undo
    assert script.dialogs.errors == []


def test_a_delete_on_the_version_shown_goes_through_and_undo_brings_it_back(
    qtbot: Any,
    pair: tuple[Store, Store, str],
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine, theirs, name = pair
    case = sv.create_case(minimal_case("Calcium after denosumab"), store=mine).case
    assert case.id is not None
    with monkeypatch.context() as m:  # changed by the other before the window read it
        as_other(m, name, mine)
        sv.set_title(case.id, "Retitled", store=theirs)
    window, script = window_over(qtbot, mine, settings)
    window.list_model.refresh()
    select(window, [case.id])
    script.dialogs.confirm_answers.append(True)
    window.delete_cases()
    assert script.notices == [] and script.dialogs.errors == []
    with pytest.raises(NotFound):
        sv.get_case(case.id, store=theirs)
    window.undo_stack.undo()
    assert sv.get_case(case.id, store=theirs).title == "Retitled"
    with monkeypatch.context() as m:  # redo the delete after the other changed it again
        as_other(m, name, mine)
        sv.set_title(case.id, "Changed again", store=theirs)
    window.undo_stack.redo()
    [notice] = script.notices
    assert notice.what.startswith("Delete") and [e.user for e in notice.entries] == [name]
    assert sv.get_case(case.id, store=theirs).title == "Changed again"  # not deleted
