"""The review before a report or an anonymised export, in the window: every redaction and
every possible identifier (redacted by default, or kept), one row per word, in context;
decisions recorded through the service and applied to what is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QDialog

from caselog.core.model import ReportText
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.redaction_review import RedactionReviewDialog
from caselog.ui.redactions_model import AUTOMATIC, KEPT, REDACTED
from tests.store.factory import example_case
from tests.ui.helpers import ScriptedDialogs, make_window

NOTE = "Moved up to Gnarlwood yesterday, then to the Lounge for review."


def _case(store: Store) -> int:
    case = example_case()
    case.report = ReportText(case_presentation=NOTE)
    created = services.create_case(case, store=store)
    assert created.case_id is not None
    return created.case_id


def _dialog(qtbot: Any, store: Store, case_id: int) -> RedactionReviewDialog:
    dialog = RedactionReviewDialog([case_id], store, what="report")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        dialog.show()
    return dialog


def _select(dialog: RedactionReviewDialog, text: str) -> None:
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.item(r).text == text)
    index = dialog.model.index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    dialog.table.selectionModel().select(index, flags)


def test_the_review_shows_redactions_and_kept_words_in_context(qtbot: Any, store: Store) -> None:
    dialog = _dialog(qtbot, store, _case(store))
    items = {
        (i.state, i.text): i for i in (dialog.model.item(r) for r in range(dialog.model.rowCount()))
    }
    # a capitalised word no list knows is redacted by default, and listed to undo
    assert (REDACTED, "Gnarlwood") in items and (AUTOMATIC, "Lounge") in items
    assert "»Lounge«" in items[(AUTOMATIC, "Lounge")].context
    assert items[(AUTOMATIC, "Lounge")].printed == "[name or place]"
    assert "report ▸ case presentation" in dialog.model.data(dialog.model.index(0, 0))
    assert "1 word(s) no list knows are redacted by default and 0 kept" in dialog.note.text()


def test_a_word_in_many_fields_is_one_row_and_one_decision(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    """Forty notes naming the same unknown place and an unknown lower-case word: two rows
    with their counts, not eighty; one "keep" per word undoes every redaction of it."""
    from caselog.core.model import Event

    case = example_case()
    case.report = ReportText(case_presentation=NOTE)
    for n in range(40):
        case.events.append(
            Event(kind="note", date=case.events[0].date, text=f"Visit {n} at the Orchard; grumbix.")
        )
    created = services.create_case(case, store=store)
    assert created.case_id is not None
    dialog = _dialog(qtbot, store, created.case_id)
    rows = [dialog.model.item(r) for r in range(dialog.model.rowCount())]
    place = [i for i in rows if i.text == "Orchard"]
    word = [i for i in rows if i.text == "grumbix"]
    assert len(place) == 1 and place[0].state == AUTOMATIC and place[0].count == 40
    assert len(word) == 1 and word[0].state == KEPT and word[0].count == 40
    assert "… and 28 more" in dialog.model.data(
        dialog.model.index(rows.index(place[0]), 6), Qt.ItemDataRole.ToolTipRole
    )
    _select(dialog, "Orchard")
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        dialog.safe_here.click()
    assert not any(dialog.model.item(r).text == "Orchard" for r in range(dialog.model.rowCount()))
    out = tmp_path / "a.json"
    services.export_cases([created.case_id], out, store=store, anonymise=True)
    assert out.read_text().count("at the Orchard") == 40


def test_marking_safe_is_stored_and_the_review_reads_again(qtbot: Any, store: Store) -> None:
    case_id = _case(store)
    dialog = _dialog(qtbot, store, case_id)
    _select(dialog, "Lounge")
    assert dialog.safe_here.isEnabled() and dialog.redact_here.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        dialog.safe_here.click()
    assert dialog.model.unreviewed() == 0
    assert services.unreviewed_suspicions([case_id], store=store) == []
    assert "Every possible identifier has been reviewed" in dialog.note.text()


def test_redacting_a_typed_word_applies_to_the_export(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    case_id = _case(store)
    dialog = _dialog(qtbot, store, case_id)
    dialog.more.setText("review")
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        dialog.redact_more.click()
    assert any(
        dialog.model.item(r).text == "review" and dialog.model.item(r).state == REDACTED
        for r in range(dialog.model.rowCount())
    )
    out = tmp_path / "a.json"
    services.export_cases([case_id], out, store=store, anonymise=True)
    assert "for review" not in out.read_text() and "for [redacted]" in out.read_text()


def test_anonymised_export_in_the_window_goes_through_the_review(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    case_id = _case(store)
    dialogs = ScriptedDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    window.case_list.select_case(case_id)
    dialogs.review_answers.append(False)  # the author cancels at the review
    dialogs.save_paths.append(tmp_path / "never.json")
    assert window.export_cases(anonymise=True) is None
    assert dialogs.reviews == [([case_id], "anonymised export")]
    assert not (tmp_path / "never.json").exists()
    # a plain export (private fields kept, nothing leaves de-identified) asks no review
    dialogs.save_paths[:] = [tmp_path / "plain.json"]
    assert window.export_cases() is not None and len(dialogs.reviews) == 1


def test_the_report_dialog_asks_for_the_review_before_writing(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    case_id = _case(store)
    dialogs = ScriptedDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    window.case_list.select_case(case_id)
    qtbot.waitUntil(lambda: window.current_case() is not None, timeout=10000)
    dialog = window.open_report()
    assert dialog is not None
    dialogs.review_answers.append(False)
    dialogs.save_paths.append(tmp_path / "r.pdf")
    assert dialog.export_pdf() is None  # cancelled at the review: not even asked where
    assert dialogs.reviews == [([case_id], "report")]
    assert dialogs.save_paths == [tmp_path / "r.pdf"]
    dialog.cancel_preview()
    dialog.close()


def test_continue_waits_for_every_suspicion_or_the_explicit_choice(
    qtbot: Any, store: Store
) -> None:
    # as on the command line: nothing unreviewed leaves by default
    dialog = _dialog(qtbot, store, _case(store))
    assert dialog.model.unreviewed() == 1  # "Lounge", redacted by default
    assert not dialog.continue_button.isEnabled()
    assert dialog.accept_automatic.isEnabled()
    assert dialog.accept_automatic.text().replace("&", "") == "Accept the automatic decisions"
    dialog.continue_button.click()  # disabled: nothing happens
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.accept_automatic.click()  # the author's explicit choice
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.accepted_automatic


def test_continue_is_enabled_once_everything_is_reviewed(qtbot: Any, store: Store) -> None:
    dialog = _dialog(qtbot, store, _case(store))
    _select(dialog, "Lounge")
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        dialog.safe_here.click()
    assert dialog.continue_button.isEnabled() and not dialog.accept_automatic.isEnabled()
    dialog.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.accepted_automatic


def _preview_rows(dialog: Any) -> set[tuple[str, str]]:
    rows = (dialog.redactions.redaction(r) for r in range(dialog.redactions.rowCount()))
    return {(r.original, r.kind) for r in rows}


def test_the_report_preview_applies_the_authors_decisions(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    # the preview's side table shows what the exported PDF will redact, decisions included
    case_id = _case(store)
    services.decide_word(case_id, "review", "redact", store=store)
    dialogs = ScriptedDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    window.case_list.select_case(case_id)
    qtbot.waitUntil(lambda: window.current_case() is not None, timeout=10000)
    with qtbot.waitSignal(window_report_finished(window), timeout=30000):
        pass
    dialog = window.report_dialog
    assert dialog is not None
    assert ("review", "marked by the author") in _preview_rows(dialog)
    # a decision taken at the review shows in the preview drawn again after it
    services.decide_word(case_id, "Lounge", "redact", store=store)
    dialogs.review_answers.append(False)
    dialogs.save_paths.append(Path("never.pdf"))
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000):
        assert dialog.export_pdf() is None
    assert ("Lounge", "marked by the author") in _preview_rows(dialog)
    dialog.close()


def window_report_finished(window: Any) -> Any:
    """Open the report dialog of the open case; its first preview's finished signal."""
    dialog = window.open_report()
    assert dialog is not None
    return dialog.previewFinished
