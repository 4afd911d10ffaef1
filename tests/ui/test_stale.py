"""Two clinicians at once, in the window (caselog/ui/stale*.py): the window's writes pass the
version of the case it shows, a stale one is refused with who changed what and when, and
the user reloads, compares (and saves theirs on top) or keeps their edit; nothing is lost
silently. Two stores on one SQLite file stand for the two clinicians: the window over one,
the other written through the services as "bob"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from caselog.core.model import Case
from caselog.store import audit
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.ui.main_window import MainWindow
from caselog.ui.stale_compare import Action, Outcome
from caselog.ui.stale_dialog import Choice, Notice
from caselog.ui.stale_merge import Row
from tests.store.factory import minimal_case
from tests.ui.helpers import focus, make_window, type_into


@pytest.fixture
def other(tmp_path: Path, store: Store) -> Iterator[Store]:
    """A second store on the same file: the other clinician (one process shares the lock)."""
    s = open_store(str(tmp_path / "caselog.db"))
    yield s
    s.close()


class Script:
    """The stale questions answered by script; records what was asked."""

    def __init__(self, window: MainWindow) -> None:
        self.choices: list[Choice] = []
        self.outcomes: list[Outcome] = []
        self.notices: list[Notice] = []
        self.rows: list[list[Row]] = []
        window.stale.choose = self.choose
        window.stale.compare = self.compare

    def choose(self, notice: Notice) -> Choice:
        self.notices.append(notice)
        return self.choices.pop(0)

    def compare(self, notice: Notice, rows: Sequence[Row]) -> Outcome:
        self.notices.append(notice)
        self.rows.append(list(rows))
        return self.outcomes.pop(0)


def as_bob(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "current_user", lambda: "bob")


def opened(qtbot: Any, store: Store, settings: QSettings) -> tuple[MainWindow, Case, Script]:
    case = sv.create_case(minimal_case("Calcium after denosumab"), store=store).case
    window, _dialogs = make_window(qtbot, store, settings)
    window.watcher.timer.stop()  # the tests ask for changes themselves
    assert case.id is not None
    window.open_case(case.id)
    return window, case, Script(window)


def age_field(window: MainWindow) -> QLineEdit:
    edit = window.case_view.patient.main.widget("age")
    assert isinstance(edit, QLineEdit)
    return edit


def bob_sets_sex(other: Store, case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        as_bob(m)
        assert case.id is not None
        sv.set_patient(case.id, replace(case.patient, sex="female"), store=other)


def test_a_stale_edit_is_refused_naming_who_what_when_and_reload_shows_theirs(
    qtbot: Any, store: Store, other: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, case, script = opened(qtbot, store, settings)
    bob_sets_sex(other, case, monkeypatch)
    script.choices.append(Choice.RELOAD)
    type_into(qtbot, age_field(window), "71")
    [notice] = script.notices
    assert [e.user for e in notice.entries] == ["bob"]
    assert "sex" in notice.entries[0].what() and "female" in notice.entries[0].what()
    stored = sv.get_case(case.id or 0, store=store)
    assert (stored.patient.sex, stored.patient.age) == ("female", 60)  # theirs, not mine
    shown = window.case_view.case
    assert shown is not None and shown.version == stored.version
    assert age_field(window).text() == "60"  # my edit dropped
    assert not window.case_view.stale_bar.isVisible()


def test_cancel_keeps_the_typed_value_and_the_bar_says_who(
    qtbot: Any, store: Store, other: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, case, script = opened(qtbot, store, settings)
    bob_sets_sex(other, case, monkeypatch)
    script.choices.append(Choice.CANCEL)
    age = age_field(window)
    type_into(qtbot, age, "71")
    assert age.text() == "71"  # what I typed survives
    bar = window.case_view.stale_bar
    assert bar.isVisible() and "bob" in bar.text.text()
    assert sv.get_case(case.id or 0, store=store).patient.age == 60
    # a change of theirs found later leaves the form alone while my edit is kept
    with monkeypatch.context() as m:
        as_bob(m)
        sv.set_title(case.id or 0, "Bob's title", store=other)
    window.watcher.poll()
    assert age.text() == "71"
    assert window.case_view.title.text() == "Calcium after denosumab"
    assert "bob" in bar.text.text()


def test_compare_saves_mine_on_top_of_theirs_field_by_field(
    qtbot: Any, store: Store, other: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, case, script = opened(qtbot, store, settings)
    bob_sets_sex(other, case, monkeypatch)
    script.choices.append(Choice.COMPARE)
    script.outcomes.append(Outcome(Action.SAVE, {"age"}))
    type_into(qtbot, age_field(window), "71")
    [rows] = script.rows
    by_path = {r.path: r for r in rows}
    assert set(by_path) == {"age", "sex"}
    assert (by_path["age"].mine, by_path["age"].theirs) == (71, 60)
    assert by_path["sex"].theirs == "female" and not by_path["sex"].mine_changed
    stored = sv.get_case(case.id or 0, store=store)
    assert (stored.patient.sex, stored.patient.age) == ("female", 71)  # both kept
    assert age_field(window).text() == "71"
    shown = window.case_view.case
    assert shown is not None and shown.version == stored.version
    # the re-applied edit is one undo step, made on their version
    window.undo_stack.undo()
    back = sv.get_case(case.id or 0, store=store)
    assert (back.patient.sex, back.patient.age) == ("female", 60)


def test_a_change_elsewhere_refreshes_the_open_case_and_its_row(
    qtbot: Any, store: Store, other: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, case, _script = opened(qtbot, store, settings)
    with monkeypatch.context() as m:
        as_bob(m)
        sv.set_title(case.id or 0, "Bob's title", store=other)
    window.watcher.poll()
    assert window.case_view.title.text() == "Bob's title"
    assert window.list_model.summary(0).title == "Bob's title"
    assert "bob" in window.statusBar().currentMessage()
    # my next edit is made on their version: saved
    type_into(qtbot, age_field(window), "71")
    stored = sv.get_case(case.id or 0, store=store)
    assert (stored.title, stored.patient.age) == ("Bob's title", 71)


def test_a_change_elsewhere_while_typing_shows_the_bar_not_theirs(
    qtbot: Any, store: Store, other: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, case, script = opened(qtbot, store, settings)
    title = window.case_view.title
    focus(qtbot, title)
    title.selectAll()
    qtbot.keyClicks(title, "My title")  # typed, not yet saved
    with monkeypatch.context() as m:
        as_bob(m)
        sv.set_title(case.id or 0, "Bob's title", store=other)
    window.watcher.poll()
    bar = window.case_view.stale_bar
    assert bar.isVisible() and "bob" in bar.text.text()
    assert title.text() == "My title"
    # Compare from the bar: my typed title beside theirs, mine saved on top
    script.outcomes.append(Outcome(Action.SAVE, {""}))
    qtbot.mouseClick(bar.compare, Qt.MouseButton.LeftButton)
    [rows] = script.rows
    assert [(r.mine, r.theirs) for r in rows] == [("My title", "Bob's title")]
    assert sv.get_case(case.id or 0, store=store).title == "My title"
    assert not bar.isVisible()


def test_an_undo_made_stale_by_someone_else_is_refused_and_leaves_the_history(
    qtbot: Any, store: Store, other: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, case, script = opened(qtbot, store, settings)
    type_into(qtbot, window.case_view.title, "Mine")
    assert window.undo_stack.count() == 1
    with monkeypatch.context() as m:
        as_bob(m)
        sv.set_title(case.id or 0, "Bob's title", store=other)
    script.choices.append(Choice.CANCEL)
    window.undo_stack.undo()
    assert sv.get_case(case.id or 0, store=store).title == "Bob's title"  # not overwritten
    assert [e.user for e in script.notices[0].entries] == ["bob"]
    assert window.undo_stack.count() == 0  # the stale step is gone, not half-undone


def test_an_older_step_is_dropped_once_mine_is_saved_on_top_of_theirs(
    qtbot: Any, store: Store, other: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, case, script = opened(qtbot, store, settings)
    type_into(qtbot, window.case_view.title, "Mine first")  # an undo step before theirs
    bob_sets_sex(other, case, monkeypatch)
    script.choices.append(Choice.COMPARE)
    script.outcomes.append(Outcome(Action.SAVE, {"age"}))
    type_into(qtbot, age_field(window), "71")
    window.undo_stack.undo()  # my age, re-applied on their version
    window.undo_stack.undo()  # the title step's snapshot predates bob's sex: dropped
    stored = sv.get_case(case.id or 0, store=store)
    assert (stored.title, stored.patient.sex, stored.patient.age) == ("Mine first", "female", 60)
    assert (window.undo_stack.count(), window.undo_stack.index()) == (1, 0)  # age: redoable
    window.undo_stack.redo()
    stored = sv.get_case(case.id or 0, store=store)
    assert (stored.title, stored.patient.sex, stored.patient.age) == ("Mine first", "female", 71)


def test_postgresql_announces_a_change_and_the_window_shows_it(
    qtbot: Any, pg_url: str, settings: QSettings
) -> None:
    mine, theirs = open_store(pg_url), open_store(pg_url)  # two clinicians, two connections
    try:
        case = sv.create_case(minimal_case("On the server"), store=mine).case
        window, _dialogs = make_window(qtbot, mine, settings)
        window.watcher.timer.stop()  # only the server's NOTIFY can tell the window
        assert window.watcher.listener is not None
        window.open_case(case.id)
        sv.set_title(case.id or 0, "Changed on the server", store=theirs)
        qtbot.waitUntil(lambda: window.case_view.title.text() == "Changed on the server")
        window.close()
    finally:
        theirs.close()
        mine.close()


def test_while_the_question_is_open_the_watcher_leaves_the_form_alone(
    qtbot: Any, store: Store, other: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, case, script = opened(qtbot, store, settings)
    with monkeypatch.context() as m:
        as_bob(m)
        sv.set_title(case.id or 0, "Bob's title", store=other)

    def choose(notice: Notice) -> Choice:
        window.watcher.poll()  # the window regains the focus behind the dialog
        assert window.case_view.title.text() == "Mine"
        return Choice.CANCEL

    window.stale.choose = choose
    type_into(qtbot, window.case_view.title, "Mine")  # saved as typed: refused as stale
    assert window.case_view.title.text() == "Mine"
    assert sv.get_case(case.id or 0, store=store).title == "Bob's title"
    window.watcher.poll()  # later: the kept edit still holds the form
    assert window.case_view.title.text() == "Mine"
    assert window.case_view.stale_bar.isVisible()
