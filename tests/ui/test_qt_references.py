"""The pinned Qt binding keeps Python's reference counts: PySide6 6.12.0 took one reference
from ``True`` on every ``Signal.emit()`` made from Python, and one from ``None`` on every
``QCoreApplication.postEvent``, until the interpreter aborted ("bool_dealloc") after about
a thousand emits: in the window, an hour's editing. Every signal of the window is emitted
from Python, so the binding itself is held to it here."""

from __future__ import annotations

import gc
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal


class _Emitter(QObject):
    value = Signal(object)
    plain = Signal()


def test_emitting_a_signal_leaves_true_and_none_counted(qtbot: Any) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    emitter.plain.connect(lambda: received.append(None))
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(200):
        emitter.value.emit(i)
        emitter.plain.emit()
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert len(received) == 400
    # 200 lost references (one an emit) would show; what the loop itself holds, a few
    assert after[0] >= before[0] - 20 and after[1] >= before[1] - 20, (before, after)


def test_posting_events_leaves_none_counted(qtbot: Any) -> None:
    target = QObject()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(200):
        QCoreApplication.postEvent(target, QEvent(QEvent.Type.User))
    QCoreApplication.processEvents()
    gc.collect()
    assert sys.getrefcount(None) >= before - 20, (before, sys.getrefcount(None))
