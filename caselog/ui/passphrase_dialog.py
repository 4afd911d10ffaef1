"""Asking for a database passphrase: once to open, twice (matching) to encrypt."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

WRONG = "Wrong passphrase"


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, *, new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.new = new
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        if title == WRONG:  # the second try says so where the eye is, in red
            self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName("Passphrase")
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName("Passphrase again")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow("&Passphrase:", self.first)
        if new:
            form.addRow("&Again:", self.second)
        else:
            self.second.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def problem_with(self) -> str | None:
        """What is wrong with what was typed, or None."""
        if not self.first.text():
            return "Type a passphrase."
        if self.new and self.first.text() != self.second.text():
            return "The two passphrases differ."
        return None

    def _accept(self) -> None:
        problem = self.problem_with()
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, new: bool = False) -> str | None:
        dialog = cls(parent, title, text, new=new)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.first.text()
        finally:
            dialog.deleteLater()
