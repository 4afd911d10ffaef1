"""Tab and Shift+Tab that stay inside a form: from its last field to its first (and back),
never out to the search box or the table behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def _takes_tab(w: QWidget) -> bool:
    return (
        not isinstance(w, QScrollArea)  # the pane's scroller: not a field
        and w.isVisible()
        and w.isEnabled()
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None
    )


def ring(container: QWidget) -> list[QWidget]:
    """The widgets of ``container`` that Tab visits, in Qt's focus-chain order."""
    out: list[QWidget] = []
    w = container.nextInFocusChain()
    while w is not container and w is not None and len(out) < 2000:
        if container.isAncestorOf(w) and _takes_tab(w):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def step(container: QWidget, forward: bool) -> bool:
    """Move the focus to the next (previous) widget of ``container``'s ring, wrapping.
    Returns False when the focus is not inside ``container`` (Qt's own rule applies)."""
    focus: QWidget | None = QApplication.focusWidget()
    widgets = ring(container)
    if focus is None or not widgets or not container.isAncestorOf(focus):
        return False
    # a widget inside a compound one (a spin box's line) stands for its owner
    while focus is not None and focus not in widgets and focus is not container:
        focus = focus.parentWidget()
    if focus is None or focus not in widgets:
        return False
    i = widgets.index(focus)
    target = widgets[(i + (1 if forward else -1)) % len(widgets)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    return True


def scrolled(body: QWidget, parent: QWidget) -> QScrollArea:
    """``body`` in a vertical scroller without a frame: a tall form never makes the window
    taller than the screen, and the buttons outside it stay in view."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll
