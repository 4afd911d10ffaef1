"""Turn off PySide6's source scan of every module imported after it.

PySide6 replaces ``builtins.__import__`` with its own ``__feature_import__`` so that a module
may write ``from __feature__ import snake_case``. To learn which modules might, it calls
``inspect.getsource`` on every module imported afterwards, and ``linecache`` keeps each source
it read. For the store's libraries alone that was about 22 MiB held for the life of the
process and 0.3 s of reading at start-up when the tables were SQLModel classes (SQLAlchemy,
SQLModel, pydantic); the tables are plain SQLAlchemy Core now, which loads less, and
``bench.bench_ui`` measures what remains.

caselog never uses ``__feature__`` (a test keeps it so), so the window puts back the import
PySide6 wraps, which PySide6 itself keeps as ``builtins.__orig_import__``. Qt's own lazy
loading of its modules is part of that import and carries on working.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Any

_ORIGINAL = "__orig_import__"  # where PySide6 keeps the import it wrapped
_HOOK = "__feature_import__"  # PySide6's wrapper


def feature_scan_active() -> bool:
    """True while ``builtins.__import__`` is PySide6's scanning wrapper."""
    hook: Callable[..., Any] | None = getattr(builtins, _HOOK, None)
    return hook is not None and builtins.__import__ is hook


def skip_feature_scan() -> bool:
    """Import with the import PySide6 wrapped; True when the scan was on and is now off.

    Safe to call more than once, and does nothing when this PySide6 has no such wrapper.
    """
    original: Callable[..., Any] | None = getattr(builtins, _ORIGINAL, None)
    if original is None or not feature_scan_active():
        return False
    builtins.__import__ = original
    return True
