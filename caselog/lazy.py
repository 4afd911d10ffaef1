"""The one seam where a caselog module is loaded later than the module that uses it.

Everywhere else, imports sit at the top of the module. A few modules are boundaries that
start-up must not cross, because what they load is heavy and the case list needs none
of it; a module that reaches across one names it here instead of importing it:

    if TYPE_CHECKING:
        from caselog.ui import case_view          # what mypy and the scanners read
    else:
        case_view = lazy.module("caselog.ui.case_view")

``case_view.CaseView(...)`` then imports the module on first use (``importlib``'s own lock
makes that safe from any thread). Two kinds:

- ``with_store=True``: the store (SQLAlchemy) and the modules the case list is built from.
  The window is shown without them; ``caselog.ui.startup`` loads every one so marked on
  the worker that opens the database (``load_with_store``), so the GUI thread finds them
  loaded. Nothing to keep in step by hand: marking is declaring.
- on demand (the default): the case view, the report renderer and its preview, the series,
  overview, backups and history windows, the case-file reader and writer, the clinical
  rules, Alembic, and the whole store for the command line. Loaded when first needed.

``tests/ui/test_lean_startup.py`` proves that opening the list loads none of the on-demand
ones and that the GUI thread imports nothing of caselog while filling the list. The store's
services keep their own on-demand set (``caselog.store.services._LAZY``) for the services
whose modules load the clinical rules, ReportLab or the review. docs/CONTRIBUTING.md says
when to add a boundary.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType
from typing import Any

_with_store: dict[str, None] = {}  # ordered, and set-like
_registered = threading.Lock()


class LazyModule:
    """A module named now and imported on first attribute access."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def module(name: str, *, with_store: bool = False) -> Any:
    """``name``, imported when first used; ``with_store``: loaded with the store at start-up."""
    if with_store:
        with _registered:
            _with_store[name] = None
    return LazyModule(name)


def with_store() -> tuple[str, ...]:
    """The modules declared ``with_store`` so far (by the modules imported so far)."""
    with _registered:
        return tuple(_with_store)


def load_with_store() -> list[ModuleType]:
    """Import every module declared ``with_store`` (on the worker that opens the database);
    one that declares more while it loads has those loaded too."""
    loaded: dict[str, ModuleType] = {}
    while pending := [n for n in with_store() if n not in loaded]:
        for name in pending:
            loaded[name] = importlib.import_module(name)
    return list(loaded.values())
