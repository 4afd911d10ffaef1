"""The window on a department server makes the shared, anonymised copy of what it saves on
a worker thread, after the save's commit (caselog/store/services/shared.py): the save on
the window's thread never de-identifies, and the copy is current soon after."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from caselog.store import services
from caselog.store.engine import Store, open_store
from caselog.store.services import shared
from caselog.ui.taskman import taskman
from tests.store.factory import minimal_case
from tests.ui.helpers import make_window, type_weight

pytestmark = pytest.mark.usefixtures("pg_cluster")


@pytest.fixture(scope="module")
def served(pg_module_url: str) -> dict[str, str]:
    services.server_init(pg_module_url)
    for name, team in (("shw_ada", "s1"), ("shw_bob", "s2")):
        services.add_user(pg_module_url, name, team=team, role="author", password=None)
    return {
        n: make_url(pg_module_url).set(username=n).render_as_string(hide_password=False)
        for n in ("shw_ada", "shw_bob")
    }


@pytest.fixture
def stores(served: dict[str, str]) -> Iterator[tuple[Store, Store]]:
    ada, bob = open_store(served["shw_ada"]), open_store(served["shw_bob"])
    yield ada, bob
    ada.close()
    bob.close()


def test_the_windows_save_makes_the_shared_copy_on_a_worker(
    qtbot: Any,
    stores: tuple[Store, Store],
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ada, bob = stores
    case_id = services.create_case(minimal_case("Saved in the window"), store=ada).case.id
    assert case_id is not None
    made_on: list[threading.Thread] = []
    real = shared._made

    def made(snapshot: Any) -> Any:
        made_on.append(threading.current_thread())
        return real(snapshot)

    monkeypatch.setattr(shared, "_made", made)
    window, dialogs = make_window(qtbot, ada, settings)
    type_weight(qtbot, window, case_id, "61")
    qtbot.waitUntil(lambda: services.get_case(case_id, store=ada).patient.weight_kg == 61)

    def current() -> bool:
        return bool(services.shared_case(case_id, store=bob)["patient"].get("weight_kg") == 61)

    qtbot.waitUntil(current, timeout=30_000)
    qtbot.waitUntil(lambda: not [t for t in taskman().tasks if t.name == "shared copies"])
    assert made_on and all(t is not threading.main_thread() for t in made_on), made_on
    assert not any(s.behind_since for s in services.shared_cases(store=bob) if s.id == case_id)
    assert dialogs.errors == []
