"""What an empty database shows: three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    newCase = Signal()
    importFile = Signal()
    openExample = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Welcome")
        title = QLabel("Welcome to caselog", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            "Record suspected adverse drug reactions and instructive cases, keep each "
            "patient's timeline, and write de-identified case reports.\n"
            "Everything you enter is saved as you go.",
            self,
        )
        intro.setWordWrap(True)
        self.new_button = QCommandLinkButton(
            "&New case", "Start an empty case and fill it in.", self
        )
        self.import_button = QCommandLinkButton(
            "&Import a case file…", "Bring in cases from a caselog case file (.json).", self
        )
        self.example_button = QCommandLinkButton(
            "Open the e&xample case",
            "A synthetic case: epidural calcification after romosozumab on hemodialysis.",
            self,
        )
        for button, name in (
            (self.new_button, "New case"),
            (self.import_button, "Import a case file"),
            (self.example_button, "Open the example case"),
        ):
            button.setAccessibleName(name)
            # room for the description line (Fusion sizes it too tight otherwise)
            button.setMinimumHeight(button.fontMetrics().height() * 4 + 8)
        self.new_button.clicked.connect(self.newCase)
        self.import_button.clicked.connect(self.importFile)
        self.example_button.clicked.connect(self.openExample)

        box = QWidget(self)
        box.setFixedWidth(600)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addWidget(self.new_button)
        inner.addWidget(self.import_button)
        inner.addWidget(self.example_button)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
