"""Case series in the window: a new series from two selected cases, edited and stored at
once, members added and removed, and the series report PDF written in the background."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QPushButton

from caselog.core.model import Series
from caselog.interchange.outputs import leftovers
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_list_model import CaseListModel
from caselog.ui.series_editor import parse_authors
from caselog.ui.series_report import Cancelled, series_report_work
from caselog.ui.series_window import SeriesWindow
from caselog.ui.taskman import TaskContext
from tests.series_helpers import four_patients
from tests.ui.helpers import make_window, type_into
from tests.ui.review_helpers import ReviewDialogs, seed


def select_rows(window: Any, case_ids: list[int]) -> None:
    pane = window.case_list
    selection = pane.table.selectionModel()
    selection.clear()
    for case_id in case_ids:
        row = pane.model.row_of(case_id)
        selection.select(
            pane.model.index(row, CaseListModel.TITLE),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_new_series_from_two_selected_cases_then_edits_persist(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    ids = seed(store)
    dialogs = ReviewDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    select_rows(window, [ids["romo"], ids["romo2"]])
    assert window.review.new_series_action.isEnabled()
    # a blank title is refused: nothing stored
    dialogs.text_answers = ["   "]
    window.review.new_series_action.trigger()
    assert services.list_series(store=store) == []
    assert dialogs.errors[-1] == "A series needs a title; nothing was created."
    dialogs.text_answers = ["Romosozumab in CKD"]
    window.review.new_series_action.trigger()
    [stored] = services.list_series(store=store)
    assert stored.title == "Romosozumab in CKD"
    assert sorted(stored.case_ids) == sorted([ids["romo"], ids["romo2"]])
    editor = window.review.series_window.editor  # type: ignore[union-attr]
    assert editor.series is not None and editor.series.id == stored.id
    assert editor.members.count() == 2
    assert editor.members.item(0).text().startswith("Patient 1: Romosozumab")

    type_into(qtbot, editor.title, "Romosozumab after denosumab in CKD")
    assert services.get_series(stored.id, store=store).title == (  # type: ignore[arg-type]
        "Romosozumab after denosumab in CKD"
    )
    editor.sections["discussion"].setPlainText("Both patients recovered.")
    editor.authors.setPlainText("A. Example *; MD; Nephrology, Example Hospital; a@example.org")
    editor.references.setPlainText("Ref one.\n\nRef two.")
    qtbot.waitUntil(lambda: not editor.timer.isActive(), timeout=3000)
    again = services.get_series(stored.id, store=store)  # type: ignore[arg-type]
    assert again.discussion == "Both patients recovered."
    assert again.references == ["Ref one.", "Ref two."]
    assert [(a.name, a.affiliation, a.corresponding) for a in again.authors] == [
        ("A. Example", "Nephrology, Example Hospital", True)
    ]
    # an emptied title is not stored: the old one stays, and the user is told
    type_into(qtbot, editor.title, "")
    assert services.get_series(stored.id, store=store).title.startswith("Romosozumab after")  # type: ignore[arg-type]
    assert editor.title_problem.isVisible()

    # add a third case from the list's selection, remove the first member
    select_rows(window, [ids["lith"]])
    editor.add_button.click()
    assert services.get_series(stored.id, store=store).case_ids[-1] == ids["lith"]  # type: ignore[arg-type]
    editor.members.item(0).setSelected(True)
    editor.remove_button.click()
    final = services.get_series(stored.id, store=store)  # type: ignore[arg-type]
    assert len(final.case_ids) == 2 and ids["lith"] in final.case_ids
    assert window.review.series_window.model.index(0, 1).data() == "2"  # type: ignore[union-attr]


def test_one_selected_case_is_not_a_series(qtbot: Any, store: Store, settings: QSettings) -> None:
    ids = seed(store)
    dialogs = ReviewDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    select_rows(window, [ids["romo"]])
    assert not window.review.new_series_action.isEnabled()
    assert window.review.new_series() is None
    assert "two or more" in dialogs.errors[-1]


def series_window(qtbot: Any, store: Store, out: Path) -> tuple[SeriesWindow, ReviewDialogs]:
    """The series window on the four patients' series, its report to be saved at ``out``."""
    cases, series = four_patients()
    ids = [services.create_case(c, store=store).case.id for c in cases]
    stored = services.create_series(
        Series(**{**series.__dict__, "case_ids": ids}), store=store
    ).series
    dialogs = ReviewDialogs()
    dialogs.save_paths = [out]
    win = SeriesWindow(store, dialogs, lambda: [])
    qtbot.addWidget(win)
    win.reload(select=stored.id)
    return win, dialogs


def test_series_report_is_written_in_the_background_without_identifiers(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "series"
    win, dialogs = series_window(qtbot, store, out)
    assert win.report_button.isEnabled()
    task = win.write_report()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    pdf = tmp_path / "series.pdf"  # ".pdf" added to a name without it
    assert pdf.is_file() and not out.exists()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "a case series" in text.lower()
    assert "Patient 1" in text and "Patient 4" in text
    assert "Oyelaran" not in text and "MRN-5512001" not in text
    assert dialogs.infos and str(pdf) in dialogs.infos[-1]
    assert not leftovers(tmp_path)  # no temporary file left


def test_series_package_is_written_in_the_background_without_identifiers(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    win, dialogs = series_window(qtbot, store, tmp_path / "series")
    assert win.package_button.isEnabled()
    task = win.write_package()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=120000):
        pass
    zipped = tmp_path / "series.zip"  # ".zip" added to a name without it
    assert zipped.is_file() and dialogs.infos and str(zipped) in dialogs.infos[-1]
    assert "Warnings:" in dialogs.infos[-1]  # the package's own (a statement not recorded)
    with zipfile.ZipFile(zipped) as z:
        names = z.namelist()
        assert {"manuscript.docx", "manuscript.pdf", "care-checklist.pdf"} <= set(names)
        text = z.read("manuscript.pdf")
    words = "".join(p.extract_text() for p in PdfReader(io.BytesIO(text)).pages)
    assert "Patient 1" in words and "Oyelaran" not in words and "MRN-5512001" not in words
    assert not leftovers(tmp_path)  # no temporary file left


def test_a_series_report_cancelled_writes_nothing_and_says_nothing(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    win, dialogs = series_window(qtbot, store, tmp_path / "series.pdf")
    task = win.write_report()
    assert task is not None and task.dialog is not None
    assert [b for b in task.dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    task.cancel()  # before the worker's first check, or while it renders
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    assert task.done is not None and task.done.cancelled
    assert not (tmp_path / "series.pdf").exists() and not leftovers(tmp_path)
    assert dialogs.infos == [] and dialogs.errors == [] and win.task is None


def test_a_report_cancelled_while_rendering_leaves_no_file(store: Store, tmp_path: Path) -> None:
    cases, _ = four_patients()
    ids = [services.create_case(c, store=store).case.id or 0 for c in cases[:2]]
    folder = tmp_path / "out"
    folder.mkdir()
    steps: list[str] = []

    def progress(done: int, total: int, text: str) -> None:
        steps.append(text)
        if done == 1:  # the PDF is rendered: the user presses Cancel now
            ctx.cancel()

    ctx = TaskContext(progress)
    work = series_report_work(ids, folder / "cancelled.pdf", store=store)
    try:
        work(ctx)
    except Cancelled:
        pass
    else:
        raise AssertionError("a cancelled report went on")
    assert steps[-1] == "Saving…"
    assert list(folder.iterdir()) == []


def test_authors_lines_parse_and_round_trip() -> None:
    from caselog.ui.series_editor import authors_text

    authors = parse_authors("B. Sample; MD, PhD\n\n A. Example * ;;; a@x.org")
    assert [(a.name, a.degrees, a.email, a.corresponding) for a in authors] == [
        ("B. Sample", "MD, PhD", None, False),
        ("A. Example", None, "a@x.org", True),
    ]
    assert parse_authors(authors_text(authors)) == authors
