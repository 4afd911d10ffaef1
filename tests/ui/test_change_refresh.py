"""One write, one signal, one refresh: the window shows a change by the parts it names.

The case list updates the edited row (``dataChanged``, no reset), the tabs a change does
not touch are not rebuilt, the checks rerun only for parts they read, and undo/redo put
back exactly the case before and after, images included, from the Change's snapshots.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings

from bench.sql_count import SqlCount
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.store import services
from caselog.store.changes import Change, Part
from caselog.store.engine import Store
from caselog.ui.case_list_model import CaseListModel
from caselog.ui.main_window import MainWindow
from tests.store.factory import example_case, minimal_case
from tests.ui.helpers import make_window


def lab() -> Event:
    return Event(kind="lab", date=PartialDate(2024, 7, 1), test="Calcium", value=9.0)


def open_example(qtbot: Any, store: Store, settings: QSettings) -> tuple[MainWindow, int]:
    services.create_case(minimal_case("Other"), store=store)  # no images: none shared
    case_id = services.create_case(example_case(), store=store).case.id or 0
    window, _ = make_window(qtbot, store, settings)
    window.open_case(case_id)
    return window, case_id


def spy(obj: Any, name: str, calls: Counter[str]) -> None:
    """Count the calls of ``obj.name`` (still calling it)."""
    real = getattr(obj, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return real(*args, **kwargs)

    setattr(obj, name, counted)


def model_signals(model: CaseListModel) -> list[tuple[str, int, int]]:
    seen: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: seen.append(("reset", -1, -1)))
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
    model.dataChanged.connect(
        lambda top, bottom, *_r: seen.append(("changed", top.row(), bottom.row()))
    )
    return seen


def test_one_signal_per_write_one_transaction_no_image_bytes(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, case_id = open_example(qtbot, store, settings)
    changes: list[Change] = []
    window.controller.changed.connect(changes.append)
    count = SqlCount(store)
    with count.recording():
        window.case_view._add_event(lab())
    assert len(changes) == 1 and changes[0].parts == {Part.ROW, Part.TIMELINE}
    assert count.begins == 1
    assert count.blob_bytes == 0
    assert window.case_view.case == changes[0].after
    assert window.case_view.timeline.model.row_of(changes[0].event_id) is not None


def test_an_edit_changes_one_list_row_without_a_reset(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, case_id = open_example(qtbot, store, settings)
    row = window.list_model.row_of(case_id)
    assert row is not None and window.list_model.rowCount() == 2
    seen = model_signals(window.list_model)
    window.controller.set_title(case_id, "A new title")
    assert seen == [("changed", row, row)]
    assert window.list_model.index(row, CaseListModel.TITLE).data() == "A new title"
    assert window.windowTitle().startswith("A new title")
    assert window.case_list.current_case_id() == case_id
    # undo is an edit like any other: the row again, no reset
    seen.clear()
    window.undo_stack.undo()
    assert seen == [("changed", row, row)]
    assert window.list_model.index(row, CaseListModel.TITLE).data() == example_case().title


def test_deleting_a_case_removes_its_row_and_undo_brings_it_back(
    qtbot: Any, store: Store, settings: QSettings, qtmodeltester: Any
) -> None:
    window, case_id = open_example(qtbot, store, settings)
    row = window.list_model.row_of(case_id)
    seen = model_signals(window.list_model)
    window.controller.delete_case(case_id)
    assert seen == [("removed", row, row)]
    assert window.list_model.total == 1 and window.list_model.row_of(case_id) is None
    assert window.current_case() is None
    qtmodeltester.check(window.list_model)
    window.undo_stack.undo()
    assert window.list_model.row_of(case_id) is not None and window.list_model.total == 2
    assert window.current_case() is not None and window.current_case().id == case_id  # type: ignore[union-attr]
    qtmodeltester.check(window.list_model)


def test_case_list_model_update_and_remove_rows(qtmodeltester: Any) -> None:
    from tests.ui.factory import summaries

    rows = summaries(30)
    model = CaseListModel(lambda o, n, *_a: rows[o : o + n], lambda _q: len(rows), page_size=10)
    model.refresh()
    first = model.summary(0)
    assert model.update_row(replace(first, title="Renamed"))
    assert model.index(0, CaseListModel.TITLE).data() == "Renamed"
    assert not model.update_row(replace(first, id=10_000))  # not loaded: nothing to show
    del rows[0]
    assert model.remove_case(first.id)
    assert model.rowCount() == 9 and model.total == 29
    model.fetchMore(QModelIndex())
    assert [model.summary(r).id for r in range(model.rowCount())] == [r.id for r in rows[:19]]
    qtmodeltester.check(model)


def test_a_lab_rebuilds_the_timeline_not_the_patient_or_report(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, case_id = open_example(qtbot, store, settings)
    view = window.case_view
    view.tabs.setCurrentIndex(view.TIMELINE)
    calls: Counter[str] = Counter()
    for obj, name in (
        (view.patient, "set_patient"),
        (view.timeline, "set_case"),
        (view.assessment, "set_case"),
        (view.report, "set_report"),
        (view, "_check"),
    ):
        spy(obj, name, calls)
    view._add_event(lab())
    assert calls == Counter({"set_case": 1, "_check": 1})  # the timeline, then the checks
    assert view._assessment_stale  # hidden, it refreshes once shown
    view.tabs.setCurrentIndex(view.ASSESSMENT)
    assert calls["set_case"] == 2 and not view._assessment_stale
    calls.clear()
    # 75: the age her birth date gives at day 0 (another is refused since issue 15)
    window.controller.set_patient(case_id, replace(view.case.patient, age=75))
    assert calls == Counter({"set_patient": 1, "_check": 1})
    assert view.patient._patient.age == 75
    calls.clear()
    window.controller.set_index_date(case_id, PartialDate(2024, 2, 1))
    # day 0 moves: the relative days, the age hint and the exposure all follow it
    assert calls == Counter({"set_patient": 1, "set_case": 2, "_check": 1})


def test_checks_rerun_only_for_parts_they_read(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, case_id = open_example(qtbot, store, settings)
    view = window.case_view
    calls: Counter[str] = Counter()
    spy(view, "_check", calls)
    case = view.case
    assert case is not None
    view.show_change(Change(parts=frozenset({Part.ROW}), case_id=case_id, after=case))
    view.show_change(Change(parts=frozenset({Part.SERIES})))
    assert calls["_check"] == 0
    view.show_change(Change(parts=frozenset({Part.REPORT, Part.ROW}), case_id=case_id, after=case))
    assert calls["_check"] == 1  # CARE completeness reads the report


def full(store: Store, case_id: int) -> Case:
    return replace(services.get_case(case_id, store=store), updated_at=None)


def test_undo_redo_restore_before_and_after_with_images(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, case_id = open_example(qtbot, store, settings)
    original = full(store, case_id)
    imaging = next(e for e in original.events if e.kind == "imaging")
    assert imaging.images and imaging.images[0].data
    window.controller.delete_event(case_id, imaging.id or 0)
    deleted = full(store, case_id)
    assert imaging.id not in [e.id for e in deleted.events]
    assert services.image_data([imaging.images[0].sha256], store=store) == {}  # blob gone
    window.controller.add_event(case_id, lab())
    after_both = full(store, case_id)
    count = SqlCount(store)
    for _ in range(2):  # twice: the snapshots each step keeps still hold the bytes
        with count.recording():
            window.undo_stack.undo()
            window.undo_stack.undo()
        assert count.begins == 2  # one transaction per step, no read around it
        assert full(store, case_id) == original
        window.undo_stack.redo()
        assert full(store, case_id) == deleted
        window.undo_stack.redo()
        assert full(store, case_id) == replace(after_both, events=full(store, case_id).events)
        assert [e.id for e in full(store, case_id).events] == [e.id for e in after_both.events]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert full(store, case_id) == original
    assert window.case_view.case is not None
    assert len(window.case_view.case.events) == len(original.events)
