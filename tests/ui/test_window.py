"""The main window: the case list, delete with undo, import, export, settings, help."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, Event, Patient, PrivateIdentifiers
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_list import FILTER_DELAY_MS
from caselog.ui.case_list_model import CaseListModel
from caselog.ui.resources import example_case_file
from tests.ui.helpers import focus, make_window


def add_cases(store: Store, n: int) -> list[int]:
    ids = []
    for i in range(n):
        drug = "romosozumab" if i % 5 == 0 else "denosumab"
        case = Case(
            title=f"Case {i:03d}",
            patient=Patient(sex="female", age=70, label=f"woman {i}"),
            events=[
                Event(
                    "medication", PartialDate(2024, 1, 1), drug=drug, action="start", role="suspect"
                )
            ],
            assessment=Assessment(
                reaction="calcification" if i % 5 == 0 else "hypocalcaemia", outcome="recovered"
            ),
        )
        stored = services.create_case(case, store=store).case
        assert stored.id is not None
        ids.append(stored.id)
    return ids


def test_the_list_narrows_as_you_type(qtbot: Any, store: Store, settings: QSettings) -> None:
    add_cases(store, 30)
    window, _ = make_window(qtbot, store, settings)
    pane = window.case_list
    assert window.stack.currentWidget() is window.splitter
    assert pane.model.total == 30
    assert pane.model.index(0, CaseListModel.DRUG).data() in ("romosozumab", "denosumab")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.filter.hasFocus()
    qtbot.keyClicks(pane.filter, "romo")
    assert pane.model.total == 30  # debounced: not yet
    qtbot.waitUntil(lambda: pane.model.total == 6, timeout=FILTER_DELAY_MS * 10)
    assert {pane.model.index(r, CaseListModel.DRUG).data() for r in range(6)} == {"romosozumab"}
    assert "6 cases matching" in pane.count_label.text()
    # sorting by title through the header asks the store, newest-first no more
    pane.table.sortByColumn(CaseListModel.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [pane.model.index(r, 0).data() for r in range(6)]
    assert titles == sorted(titles)
    pane.filter.clear()
    qtbot.waitUntil(lambda: pane.model.total == 30, timeout=FILTER_DELAY_MS * 10)


def test_the_list_model_over_the_store_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, store: Store, settings: QSettings
) -> None:
    add_cases(store, 25)
    window, _ = make_window(qtbot, store, settings)
    model = window.list_model
    qtmodeltester.check(model)
    model.set_filter("hypo")
    assert model.total == 20
    model.sort(CaseListModel.OUTCOME)
    qtmodeltester.check(model)
    window.case_view.timeline.model.set_events([], None)
    qtmodeltester.check(window.case_view.timeline.model)


def test_delete_a_case_after_confirming_and_undo_it(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    ids = add_cases(store, 3)
    window, dialogs = make_window(qtbot, store, settings)
    window.open_case(ids[1])
    pane = window.case_list
    focus(qtbot, pane.table)
    # saying no deletes nothing
    dialogs.confirm_answers.append(False)
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert "Case 001" in dialogs.confirmations[-1]
    assert services.count_cases(store=store) == 3
    dialogs.confirm_answers.append(True)
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert services.count_cases(store=store) == 2
    assert window.current_case() is None
    assert pane.model.row_of(ids[1]) is None
    window.undo_action.trigger()
    restored = services.get_case(ids[1], store=store)
    assert restored.title == "Case 001" and restored.patient.label == "woman 1"
    assert window.current_case() is not None and window.current_case().id == ids[1]  # type: ignore[union-attr]
    assert pane.current_case_id() == ids[1]
    window.redo_action.trigger()
    assert services.count_cases(store=store) == 2


def test_deleting_the_last_case_shows_the_welcome_view_and_undo_brings_it_back(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    [case_id] = add_cases(store, 1)
    window, dialogs = make_window(qtbot, store, settings)
    window.case_list.select_case(case_id)
    dialogs.confirm_answers.append(True)
    window.delete_action.trigger()
    assert window.stack.currentWidget() is window.welcome
    window.undo_action.trigger()
    assert window.stack.currentWidget() is window.splitter


def test_import_a_case_file_in_the_background(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, dialogs = make_window(qtbot, store, settings)
    dialogs.files_to_open.append([example_case_file()])
    with qtbot.waitSignal(window.importFinished, timeout=20000) as done:
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    [(case_id, title)] = done.args[0]
    assert title.startswith("Rapidly Progressive Epidural Calcification")
    assert window.current_case() is not None and window.current_case().id == case_id  # type: ignore[union-attr]
    case = services.get_case(case_id, store=store)
    expected = json.loads(example_case_file().read_text())["cases"][0]["events"]
    assert len(case.events) == len(expected) and sum(len(e.images) for e in case.events) == 2


def test_a_bad_case_file_is_reported_with_its_place_and_nothing_imported(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    raw = json.loads(example_case_file().read_text())
    raw["cases"][0]["events"][3]["date"] = "2024-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(raw))
    # the images sit beside the example: copy them so only the date is wrong
    for png in example_case_file().parent.glob("*.png"):
        (tmp_path / png.name).write_bytes(png.read_bytes())
    window, dialogs = make_window(qtbot, store, settings)
    with qtbot.waitSignal(window.importFinished, timeout=20000) as done:
        window.start_import([bad])
    assert done.args[0] == []
    assert services.count_cases(store=store) == 0
    [message] = dialogs.errors
    assert "bad.json" in message and "cases[0].events[3].date" in message
    assert "February 2024 has 29 days" in message


def test_cancelling_an_import_stops_before_the_next_file(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    task = window.start_import([example_case_file()] * 3)
    assert task is not None
    assert window.start_import([example_case_file()]) is None  # one import at a time
    task.progressed.connect(lambda done, total, name: task.cancel())
    with qtbot.waitSignal(window.importFinished, timeout=20000) as done:
        pass
    # the first file was already running when cancel came; no later file was started
    assert len(done.args[0]) <= 1
    assert services.count_cases(store=store) == len(done.args[0])


def test_export_writes_a_case_file_that_imports_again(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    ids = add_cases(store, 2)
    window, dialogs = make_window(qtbot, store, settings)
    window.case_list.select_case(ids[0])
    out = tmp_path / "out" / "cases.json"
    out.parent.mkdir()
    dialogs.save_paths.append(out)
    written = window.export_cases()
    assert written is not None and written.exists()
    doc = json.loads(written.read_text())
    assert [c["title"] for c in doc["cases"]] == ["Case 000"]
    # the anonymised export leaves the private identifiers out
    services.set_patient(
        ids[0],
        Patient(sex="female", age=70, private=PrivateIdentifiers(name="Secret Name")),
        store=store,
    )
    anon = tmp_path / "out" / "anon.json"
    dialogs.save_paths.append(anon)
    window.export_anonymised_action.trigger()
    assert anon.exists() and "Secret Name" not in anon.read_text()
    assert dialogs.reviews == [([ids[0]], "anonymised export")]  # reviewed before it left
    assert "Secret Name" in json.dumps(services.get_case(ids[0], store=store).patient.private.name)


def test_the_window_remembers_size_splitters_and_last_case(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    ids = add_cases(store, 2)
    window, _ = make_window(qtbot, store, settings)
    window.open_case(ids[0])
    # within the offscreen screen (800 px), and no narrower than the case view allows
    window.resize(790, 540)
    qtbot.wait(10)
    size = (window.width(), window.height())
    window.splitter.setSizes([94, 690])
    sizes = window.splitter.sizes()
    window.close()
    again, _ = make_window(qtbot, store, settings, size=None)
    assert again.current_case() is not None and again.current_case().id == ids[0]  # type: ignore[union-attr]
    assert (again.width(), again.height()) == size
    assert again.splitter.sizes() == sizes


def test_f1_shows_help_and_menus_name_the_shortcuts(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, dialogs = make_window(qtbot, store, settings)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert dialogs.infos and "Ctrl+N" in dialogs.infos[-1]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Case", "Re&port", "&Series", "&Help"]
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.import_action.shortcut().toString() == "Ctrl+O"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    assert window.delete_action.shortcut().toString() == "Del"
    # the report part's menu sits before Help, through the hook
    assert window.report_menu.actions() == [window.report_action]
    assert window.report_action.shortcut().toString() == "Ctrl+R"


def test_keyboard_only_new_case_and_first_event(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.case_view
    assert view.title.hasFocus()
    qtbot.keyClicks(view.title, "Keyboard case")
    qtbot.keyClick(view.title, Qt.Key.Key_Tab)  # leaving the title saves it
    assert services.list_cases(store=store)[0].title == "Keyboard case"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.add_event("note")
    editor = view.timeline.editor
    date = editor.form("note").fields.widget("date")
    assert date.hasFocus()
    qtbot.keyClicks(date, "2024-01-02")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    text = editor.form("note").fields.widget("text")
    assert text.hasFocus()
    qtbot.keyClicks(text, "seen in clinic")
    # Ctrl+Enter adds the event, committing the field being typed in
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [case] = [services.get_case(s.id, store=store) for s in services.list_cases(store=store)]
    assert [(e.kind, e.text) for e in case.events] == [("note", "seen in clinic")]
    assert not QModelIndex().isValid()


def test_closing_the_window_saves_the_field_being_typed_in(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    [case_id] = add_cases(store, 1)
    window, _ = make_window(qtbot, store, settings)
    window.open_case(case_id)
    window.show_tab(3)
    box = window.case_view.report.text.widget("discussion")
    focus(qtbot, box)
    qtbot.keyClicks(box, "Typed just before closing.")
    window.close()
    report = services.get_case(case_id, store=store).report
    assert report is not None and report.discussion == "Typed just before closing."
