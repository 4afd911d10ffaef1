"""The bar above an open case that someone else changed while the user had unsaved edits:
"Changed by X at HH:MM — Reload / Compare", instead of overwriting the form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class StaleBar(QFrame):
    reloadClicked = Signal()
    compareClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleBar")
        self.setStyleSheet(
            "#staleBar { background: #fff3cd; border: 1px solid #c9a227; border-radius: 4px; }"
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName("Changed by someone else")
        self.reload = QPushButton("Reload", self)
        self.reload.setToolTip("Show their version; what you typed is dropped")
        self.compare = QPushButton("Compare…", self)
        self.compare.setToolTip("Your change beside theirs, field by field")
        for button in (self.reload, self.compare):  # the field being typed in keeps the focus
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reload.clicked.connect(self.reloadClicked)
        self.compare.clicked.connect(self.compareClicked)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.reload)  # first: in view however narrow the case pane is
        lay.addWidget(self.compare)
        lay.addWidget(self.text, 1)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.show()
