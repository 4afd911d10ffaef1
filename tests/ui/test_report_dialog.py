"""The report dialog: preview drawn off the GUI thread, redactions and warnings shown, the
PDF exported through the same function as ``caselog report``."""

from __future__ import annotations

import copy
import pickle
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from caselog.privacy.deidentify import Redaction
from caselog.report import build_report
from caselog.report.model import FieldWarning
from caselog.store import services
from caselog.store.engine import Store
from caselog.store.services import write_report
from caselog.ui import report_preview
from caselog.ui.redactions_model import RedactionsModel, where_label
from caselog.ui.report_dialog import ReportDialog, readable, suggested_name
from caselog.ui.report_preview import PreviewFailed, preview_work
from caselog.ui.taskman import TaskContext
from tests.examples import load_example
from tests.ui.helpers import ScriptedDialogs, make_window


def stored_example(store: Store) -> Any:
    return services.create_case(load_example(numbered=False), store=store).case


def make_dialog(qtbot: Any, store: Store, case: Any = None, **kw: Any) -> ReportDialog:
    case = case or stored_example(store)
    dialogs = kw.pop("dialogs", ScriptedDialogs())
    dialog = ReportDialog(
        case,
        lambda tpl, out: write_report([case.id], tpl, out, store=store),
        dialogs,
        **kw,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_draws_pages_on_a_worker_thread(
    qtbot: Any, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, store)
    threads: list[QThread] = []
    real_page_image = report_preview._page_image

    def page_image(page: object, scale: float) -> Any:
        threads.append(QThread.currentThread())
        return real_page_image(page, scale)

    monkeypatch.setattr(report_preview, "_page_image", page_image)
    job = dialog.start_preview()
    assert job is not None
    assert dialog.busy  # returned at once: the GUI thread was not held
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000) as sig:
        pass
    assert sig.args == [False]
    pages = dialog.pages.pages
    assert len(pages) >= 2  # the example's Cureus report runs over several pages
    pane = dialog.pages.viewport().width()  # the dialog fits the (800 px offscreen) screen
    for label in pages:
        pixmap = label.pixmap()
        assert not pixmap.isNull() and pixmap.width() > pane / 2
        assert 1.25 < pixmap.height() / pixmap.width() < 1.45  # a whole A4 or Letter page
    app_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    assert len(threads) == len(pages) and all(t is not app_thread for t in threads)
    assert dialog.report is not None and dialog.report.template == "cureus"
    assert "page" in dialog.status.text()


def test_cmaj_preview_shows_its_warnings(qtbot: Any, store: Store) -> None:
    case = stored_example(store)
    assert case.report is not None
    long_text = " ".join(["word"] * 600)
    refs = [f"Reference {i}." for i in range(1, 8)]
    case = replace(case, report=replace(case.report, discussion=long_text, references=refs))
    dialog = make_dialog(qtbot, store, case, template="cmaj")
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000):
        dialog.start_preview()
    assert dialog.report is not None and dialog.report.template == "cmaj"
    text = dialog.warnings.text()
    assert "300-500 words" in text  # past the 500 words a clinical image allows
    assert "7 references; CMAJ clinical images take at most 5: cut 2" in text
    assert "competing interests not recorded" in text.lower()
    assert "runs to" in text and "CMAJ prints one: cut about" in text  # the fit check
    assert 1 <= len(dialog.pages.pages) <= 3


def test_redactions_listed_with_what_was_typed(qtbot: Any, store: Store) -> None:
    case = stored_example(store)
    assert case.report is not None
    name = case.patient.private.name
    assert name
    planted = replace(case.report, discussion=f"{name} was seen on 2024-06-05 in our unit.")
    case = replace(case, report=planted)
    dialog = make_dialog(qtbot, store, case)
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000):
        dialog.start_preview()
    model = dialog.redactions
    rows = [model.redaction(r) for r in range(model.rowCount())]
    assert any(r.kind == "name" and r.original == name for r in rows)
    assert any(r.kind == "date" and "2024-06-05" in r.original for r in rows)
    shown = {model.index(r, RedactionsModel.ORIGINAL).data() for r in range(model.rowCount())}
    assert name in shown
    assert model.index(0, RedactionsModel.FIELD).data() == "report ▸ discussion"
    assert "replaced" in dialog.redaction_note.text()


def test_cancel_stops_the_preview(qtbot: Any, store: Store) -> None:
    dialog = make_dialog(qtbot, store)
    job = dialog.start_preview()
    assert job is not None
    dialog.cancel_preview()  # before the worker has drawn anything
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000) as sig:
        pass
    assert sig.args == [True]
    assert job.cancelled and not dialog.busy
    assert dialog.pages.pages == []
    assert "stopped" in dialog.status.text()
    # a new preview after a cancel works
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000):
        dialog.start_preview()
    assert dialog.pages.pages


def test_switching_template_mid_preview_drops_the_old_pages(qtbot: Any, store: Store) -> None:
    dialog = make_dialog(qtbot, store)
    first = dialog.start_preview()
    assert first is not None
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000) as sig:
        dialog.template.setCurrentIndex(dialog.template.findData("cmaj"))
        assert dialog.job is first and first.cancelled  # stopped, not waited for
    assert sig.args == [False]
    assert dialog.report is not None and dialog.report.template == "cmaj"
    assert 1 <= len(dialog.pages.pages) <= 3


def test_closing_mid_preview_stops_the_worker_without_waiting_for_it(
    qtbot: Any, store: Store
) -> None:
    dialog = make_dialog(qtbot, store)
    finished: list[bool] = []
    dialog.previewFinished.connect(finished.append)
    job = dialog.start_preview()
    assert job is not None
    dialog.reject()
    assert job.cancelled and dialog.job is None  # told to stop; the dialog did not wait
    assert job.wait(30)  # the worker ends at its next check
    qtbot.waitUntil(lambda: not job.running, timeout=10000)
    assert job.done is not None and job.done.cancelled
    assert finished == [] and dialog.pages.pages == []  # nothing reached the closed dialog


def test_a_dialog_deleted_mid_preview_gets_no_callback(qtbot: Any, store: Store) -> None:
    case = stored_example(store)
    dialog = ReportDialog(
        case, lambda tpl, out: write_report([case.id], tpl, out, store=store), ScriptedDialogs()
    )
    dialog.show()
    job = dialog.start_preview()
    assert job is not None
    dialog.deleteLater()  # as WA_DeleteOnClose does when the user closes it
    qtbot.waitUntil(lambda: job.cancelled, timeout=10000)
    assert job.wait(30)
    qtbot.waitUntil(lambda: not job.running, timeout=10000)  # no error from a dead widget


def test_export_writes_the_pdf_through_the_shared_function(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs()
    out = tmp_path / "report"  # no suffix: .pdf is added
    dialogs.save_paths.append(out)
    dialog = make_dialog(qtbot, store, dialogs=dialogs)
    with qtbot.waitSignal(dialog.exportFinished, timeout=30000) as sig:
        assert dialog.export_pdf() is not None
    written = sig.args[0]
    assert written == tmp_path / "report.pdf"
    text = "".join(p.extract_text() for p in PdfReader(written).pages)
    assert " ".join(dialog.case.title.split()[:4]) in " ".join(text.split())
    assert not dialogs.errors
    assert "Exported" in dialog.status.text()


def test_export_failure_is_a_message(qtbot: Any, store: Store, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.save_paths.append(tmp_path / "missing" / "r.pdf")
    dialog = make_dialog(qtbot, store, dialogs=dialogs)
    with qtbot.waitSignal(dialog.exportFinished, timeout=30000) as sig:
        dialog.export_pdf()
    assert sig.args == [None]
    assert dialogs.errors and "no such folder" in dialogs.errors[0]


def test_export_declined_writes_nothing(qtbot: Any, store: Store, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, store)  # save_file answers None
    assert dialog.export_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_preview_failure_is_a_message(qtbot: Any, store: Store) -> None:
    work = preview_work(load_example(), "no-such-template")
    with pytest.raises(PreviewFailed, match="could not be laid out"):
        work(TaskContext())  # on this thread: the work itself
    case = stored_example(store)
    dialog = make_dialog(qtbot, store, replace(case, report=None), template="cmaj")
    dialog.template.addItem("No such template", "no-such-template")
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000) as sig:
        dialog.template.setCurrentIndex(dialog.template.findData("no-such-template"))
    assert sig.args == [False]
    assert dialog.status.text().startswith("The report could not be laid out: ")
    assert dialog.pages.pages == [] and not dialog.busy


def test_suggested_name() -> None:
    assert suggested_name("Epidural calcification: a case!", "cmaj") == (
        "epidural-calcification-a-case-cmaj.pdf"
    )
    assert suggested_name("???", "cureus") == "case-cureus.pdf"


def test_redactions_model_passes_the_tester(qtmodeltester: Any) -> None:
    model = RedactionsModel()
    model.set_redactions(
        [
            Redaction("report.discussion", "name", "Jane Doe", "[name]"),
            Redaction("events[3].notes", "date", "5 Jun 2024", "day 95"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, RedactionsModel.REPLACEMENT).data() == "day 95"


def test_where_a_redaction_was() -> None:
    case = load_example()
    assert case.events[3].kind == "medication"
    assert where_label("events[3].notes", case) == "Timeline 2024-03-04 medication ▸ notes"
    assert where_label("report.patient_perspective") == "report ▸ patient perspective"
    assert where_label("events[99].notes", case) == "events[99] ▸ notes"


def test_a_warnings_field_is_said_as_the_review_table_says_it() -> None:
    case = load_example()
    case.events[3].notes = "Seen on 1949-02-11. 1949-02-11 was confirmed by the registry."
    report = build_report(case, "cureus")
    [warning] = [w for w in report.warnings if isinstance(w, FieldWarning)]
    # the report names its place as data; the command line's line is made of the same
    assert (warning.field, warning.message) == (
        "events[3].notes",
        "left out a sentence that would print a de-identification placeholder (rephrase it "
        "without the identifier): '[date] was confirmed by the registry.'",
    )
    assert warning == f"case.events[3].notes: {warning.message}"
    said = readable(warning, case)
    assert said == f"Timeline 2024-03-04 medication ▸ notes: {warning.message}"
    # the place is read from the data, never from the words: a warning that merely looks
    # like one about a field is shown as it is
    look_alike = f"case.events[3].notes: {warning.message}"
    assert readable(look_alike, case) == look_alike
    other = "funding not recorded: the report prints a gap for the authors to fill"
    assert readable(other, case) == other
    # and it stays one across the worker's hand-over and a copy
    for kept in (pickle.loads(pickle.dumps(warning)), copy.deepcopy(warning)):
        assert isinstance(kept, FieldWarning) and readable(kept, case) == said


def test_report_menu_opens_the_dialog(qtbot: Any, store: Store, settings: Any) -> None:
    case = stored_example(store)
    window, _ = make_window(qtbot, store, settings)
    window.open_case(case.id)
    assert window.report_action.isEnabled()
    assert window.report_action.shortcut().toString() == "Ctrl+R"
    assert window.report_action in window.report_menu.actions()
    window.report_action.trigger()
    dialog = window.report_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000):
        pass
    assert dialog.pages.pages
    dialog.reject()


def test_report_action_needs_a_case(qtbot: Any, store: Store, settings: Any) -> None:
    window, _ = make_window(qtbot, store, settings)
    assert not window.report_action.isEnabled()
    assert window.open_report() is None
