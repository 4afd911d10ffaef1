"""Small widgets of the review and durability parts, without a window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from caselog.ui.filter_bar import SERIOUS, FilterBar
from caselog.ui.passphrase_dialog import PassphraseDialog


def test_a_new_passphrase_must_be_typed_twice_alike(qtbot: Any) -> None:
    dialog = PassphraseDialog(None, "Encrypt database", "Choose a passphrase", new=True)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.problem.text() == "Type a passphrase." and dialog.result() == 0
    dialog.first.setText("one")
    dialog.second.setText("two")
    dialog.buttons.accepted.emit()
    assert dialog.problem.text() == "The two passphrases differ."
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.second.setText("one")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_filter_bar_builds_one_query_and_counts_what_narrows(qtbot: Any) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    assert bar.active_count() == 0 and not bar.active()
    with qtbot.waitSignal(bar.changed):
        bar.seriousness.setCurrentIndex(bar.seriousness.findData(SERIOUS))
    bar.drug.setText("  Denosumab ")
    bar.index_to.setText("2024-02")
    q = bar.query("  calcium  ")
    assert (q.text, q.suspect_drug, q.serious, q.seriousness) == (
        "calcium",
        "Denosumab",
        True,
        None,
    )
    assert q.index_to is not None and q.index_to.isoformat() == "2024-02"
    assert bar.active_count() == 3
    bar.clear()
    assert bar.active_count() == 0 and bar.drug.text() == ""
