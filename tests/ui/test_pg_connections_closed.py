"""A window on a department server leaves no PostgreSQL connection open once it and its
store are closed: not the watcher's LISTEN connection, not one the shared copies' worker
was using or opens after the store closed (caselog/store/services/shared.py). A
connection left open stays a session on the server and, once the garbage collector meets
it, psycopg's ResourceWarning "... was deleted while still open" in whichever test runs
then."""

from __future__ import annotations

import gc
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from caselog.store import services
from caselog.store.engine import open_store
from caselog.store.services import shared
from caselog.ui.taskman import taskman
from tests import pg_server
from tests.store.factory import minimal_case
from tests.ui.helpers import make_window, type_weight

pytestmark = pytest.mark.usefixtures("pg_cluster")


def _sessions(cluster: pg_server.Cluster, role: str) -> int:
    """How many sessions the server has for ``role`` (asked as the superuser)."""
    with psycopg.connect(cluster.url().replace("+psycopg", ""), autocommit=True) as c:
        [(n,)] = c.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (role,)
        ).fetchall()
    return int(n)


def _no_leak_after(qtbot: Any, cluster: pg_server.Cluster, role: str) -> None:
    """Once the shared copies' worker has ended: no session of ``role`` on the server,
    and no connection for the garbage collector to find open."""
    qtbot.waitUntil(lambda: not [t for t in taskman().tasks if t.name == "shared copies"])
    for task in list(taskman().tasks):
        task.wait(30)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        gc.collect()  # a connection left open: pytest's unraisable-exception error
    # a closed connection's backend ends a few milliseconds after: waited for
    deadline = time.monotonic() + 5
    while (left := _sessions(cluster, role)) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert left == 0, f"{left} session(s) of {role} still open after its window and store closed"


@pytest.mark.parametrize("when", ["while the copy is made", "before the copy is written"])
def test_closing_the_window_and_store_mid_copy_leaves_no_connection(
    qtbot: Any,
    pg_cluster: pg_server.Cluster,
    pg_url: str,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    when: str,
) -> None:
    services.server_init(pg_url)
    services.add_user(pg_url, "leak_ada", team="l1", role="author", password=None)
    url = make_url(pg_url).set(username="leak_ada").render_as_string(hide_password=False)
    # the copy's document is not what is tested here: made without the de-identifier
    monkeypatch.setattr(shared, "_made", _plain_copy)
    store = open_store(url)
    case_id = services.create_case(minimal_case("Closed mid-copy"), store=store).case.id
    assert case_id is not None
    # the worker is held at the chosen point until the window and the store are closed
    closed = threading.Event()
    reached = threading.Event()

    def held(real: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            reached.set()
            closed.wait(30)
            return real(*args)

        return run

    step = "_made" if when == "while the copy is made" else "_write"
    monkeypatch.setattr(shared, step, held(getattr(shared, step)))
    window, _dialogs = make_window(qtbot, store, settings)
    type_weight(qtbot, window, case_id, "61")
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    window.close()
    store.close()
    closed.set()
    _no_leak_after(qtbot, pg_cluster, "leak_ada")
    again = open_store(url)  # nothing lost: the copy is still marked, for the next client
    try:
        with again.read() as conn:
            assert list(conn.execute(shared._BEHIND).scalars()) == [case_id]
    finally:
        again.close()


def _plain_copy(snapshot: Any) -> Any:
    """A shared copy of the snapshot's title alone (the real one de-identifies the case)."""
    return shared._Copy(
        snapshot.case_id, snapshot.mark, snapshot.team, {"title": snapshot.case.title}, ""
    )
