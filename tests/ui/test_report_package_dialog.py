"""The report dialog writes the Word manuscript (a ``.docx`` name) and the submission
package through the same functions as ``caselog report`` and ``caselog package``, on a
worker, after the author's review of redactions."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.report_dialog import ReportDialog
from tests.docx_helpers import quick_figures
from tests.examples import load_example
from tests.ui.helpers import ScriptedDialogs


@pytest.fixture(autouse=True)
def _quick_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_figures(monkeypatch)


def _dialog(qtbot: Any, store: Store, dialogs: ScriptedDialogs, **kw: Any) -> ReportDialog:
    case = services.create_case(load_example(numbered=False), store=store).case
    assert case.id is not None
    ids = [case.id]
    dialog = ReportDialog(
        case,
        lambda tpl, out: services.write_report(ids, tpl, out, store=store),
        dialogs,
        package=lambda tpl, out: services.write_package(ids, tpl, out, store=store),
        review=lambda: dialogs.review_redactions(ids, store, "report"),
        **kw,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_dialog_writes_the_package_after_the_review(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs()
    dialogs.save_paths = [tmp_path / "submission"]  # the suffix is added
    dialog = _dialog(qtbot, store, dialogs)
    assert dialog.package_button.isEnabled()
    with qtbot.waitSignal(dialog.packageFinished, timeout=60000) as sig:
        assert dialog.export_package() is not None
    out = tmp_path / "submission.zip"
    assert dialogs.errors == []
    assert sig.args == [out]
    assert dialogs.reviews and dialogs.reviews[0][1] == "report"
    with zipfile.ZipFile(out) as z:
        assert {"manuscript.docx", "care-checklist.pdf", "title-page.docx"} <= set(z.namelist())
    assert "Package written" in dialog.status.text()


def test_package_is_not_offered_for_a_regulators_form(qtbot: Any, store: Store) -> None:
    dialog = _dialog(qtbot, store, ScriptedDialogs(), template="cioms")
    assert not dialog.package_button.isEnabled()
    assert dialog.export_package() is None


def test_a_docx_name_exports_the_word_manuscript(qtbot: Any, store: Store, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.save_paths = [tmp_path / "case.docx"]
    dialog = _dialog(qtbot, store, dialogs)
    with qtbot.waitSignal(dialog.exportFinished, timeout=60000) as sig:
        assert dialog.export_pdf() is not None
    assert sig.args == [tmp_path / "case.docx"]
    doc = Document(str(tmp_path / "case.docx"))
    assert any(p.style is not None and p.style.name == "Heading 1" for p in doc.paragraphs)
