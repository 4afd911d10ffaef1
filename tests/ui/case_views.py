"""A case view over a stored case, without the window (for the findings and lab tests)."""

from __future__ import annotations

from typing import Any

from caselog.core.model import Case
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_view import CaseView
from caselog.ui.controller import CaseController
from tests.ui.helpers import ScriptedDialogs


def case_view(
    qtbot: Any, store: Store, case: Case, dialogs: ScriptedDialogs | None = None
) -> tuple[CaseView, Case]:
    """A case view over ``case`` as stored, refreshed after each write like the window's."""
    stored = services.create_case(case, store=store).case
    controller = CaseController(store, dialogs or ScriptedDialogs())
    view = CaseView(controller)
    controller.changed.connect(view.show_change)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_case(stored)
    return view, stored
