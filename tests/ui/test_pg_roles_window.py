"""The window connected to a department server as a clinician's own role
(caselog/store/server.py): an author lists, opens and edits its team's cases only; a
reviewer gets the read-only window (title, notice, writes refused with the server's
reason); the policies, not the window, decide."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy.engine import make_url

from caselog.store import services
from caselog.store.engine import Store, open_store
from tests.store.factory import minimal_case
from tests.ui.helpers import make_window, type_into

pytestmark = pytest.mark.usefixtures("pg_cluster")


@pytest.fixture(scope="module")
def served(pg_module_url: str) -> Iterator[dict[str, str]]:
    services.server_init(pg_module_url)
    for name, team, role in (("win_ada", "w1", "author"), ("win_rex", "w1", "reviewer"),
                             ("win_otto", "w2", "author")):  # fmt: skip
        services.add_user(pg_module_url, name, team=team, role=role, password=None)
    urls = {
        n: make_url(pg_module_url).set(username=n).render_as_string(hide_password=False)
        for n in ("win_ada", "win_rex", "win_otto")
    }
    for user, title in (("win_ada", "Team one's case"), ("win_otto", "Team two's case")):
        s = open_store(urls[user])
        try:
            services.create_case(minimal_case(title), store=s)
        finally:
            s.close()
    yield urls


def _store(served: dict[str, str], user: str) -> Iterator[Store]:
    s = open_store(served[user])
    yield s
    s.close()


@pytest.fixture
def author(served: dict[str, str]) -> Iterator[Store]:
    yield from _store(served, "win_ada")


@pytest.fixture
def reviewer(served: dict[str, str]) -> Iterator[Store]:
    yield from _store(served, "win_rex")


def _only_case(store: Store) -> int:
    [summary] = services.list_cases(store=store)
    return summary.id


def test_an_author_lists_opens_and_edits_its_teams_case(
    qtbot: Any, author: Store, settings: QSettings
) -> None:
    window, dialogs = make_window(qtbot, author, settings)
    assert window.windowTitle() == "caselog"
    case_id = _only_case(author)  # team two's case is not among them
    window.case_list.select_case(case_id)
    qtbot.waitUntil(lambda: window.current_case() is not None)
    assert window.windowTitle() == "Team one's case — caselog"
    view = window.case_view
    view.tabs.setCurrentIndex(view.PATIENT)
    weight = view.patient.main.widget("weight_kg")
    assert isinstance(weight, QLineEdit)
    type_into(qtbot, weight, "61")
    qtbot.waitUntil(lambda: services.get_case(case_id, store=author).patient.weight_kg == 61)
    assert dialogs.errors == []


def test_a_reviewer_gets_the_read_only_window(
    qtbot: Any, reviewer: Store, settings: QSettings
) -> None:
    window, dialogs = make_window(qtbot, reviewer, settings)
    assert window.windowTitle() == "Read-only — caselog"
    notice = window.statusBar().findChild(QLabel, "readOnlyNotice")
    assert notice is not None and "reviewer" in notice.text()
    case_id = _only_case(reviewer)
    window.case_list.select_case(case_id)
    qtbot.waitUntil(lambda: window.current_case() is not None)
    assert window.windowTitle().startswith("Read-only — Team one's case")
    assert not window.new_action.isEnabled() and not window.delete_action.isEnabled()
    view = window.case_view
    view.tabs.setCurrentIndex(view.PATIENT)
    weight = view.patient.main.widget("weight_kg")
    assert isinstance(weight, QLineEdit)
    type_into(qtbot, weight, "72")
    [message] = dialogs.errors
    assert message.startswith("Edit patient failed: ") and "reviewer" in message
    assert "Traceback" not in message and "psycopg" not in message.lower()
    assert services.get_case(case_id, store=reviewer).patient.weight_kg != 72
