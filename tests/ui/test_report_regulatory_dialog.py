"""The report dialog offers the regulator's forms: previewed off the GUI thread, said to be
identified, exported through ``caselog report``'s function and recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.report_dialog import IDENTIFIED
from tests.regulatory_cases import unseen_case
from tests.ui.helpers import ScriptedDialogs
from tests.ui.test_report_dialog import make_dialog


def test_a_cioms_form_is_previewed_said_identified_and_exported(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    case = services.create_case(unseen_case(), store=store).case
    dialogs = ScriptedDialogs()
    dialogs.save_paths.append(tmp_path / "cioms")
    dialog = make_dialog(qtbot, store, case, template="cioms", dialogs=dialogs)
    with qtbot.waitSignal(dialog.previewFinished, timeout=30000) as sig:
        dialog.start_preview()
    assert sig.args == [False]
    assert len(dialog.pages.pages) >= 1 and dialog.report is None
    assert dialog.warnings.text() == IDENTIFIED
    assert "identified, for the regulator" in dialog.status.text()
    with qtbot.waitSignal(dialog.exportFinished, timeout=30000) as done:
        assert dialog.export_pdf() is not None
    written = done.args[0]
    assert written == tmp_path / "cioms.pdf"
    text = " ".join("".join(p.extract_text() for p in PdfReader(written).pages).split())
    assert "CIOMS FORM" in text and "K.M." in text
    assert case.id is not None
    trail = [e for e in services.case_history(case.id, store=store) if e.action == "regulatory"]
    assert len(trail) == 1 and str(written) in (trail[0].new_value or "")


def test_the_dialog_lists_both_forms(qtbot: Any, store: Store) -> None:
    dialog = make_dialog(qtbot, store)
    keys = [dialog.template.itemData(i) for i in range(dialog.template.count())]
    assert keys == ["cureus", "cmaj", "cioms", "medwatch"]
