"""Changes others made: what the window asks to show them (``caselog.ui.stale_watch``).

Every change of a case writes audit rows, and the id of its last row is the case's version
(``_versions``), so "did anyone write since I last looked" is one question: the newest
trail row's id (a primary-key maximum, one index lookup on either backend). When it has
moved, ``changed_since`` names the cases changed after the row the window last saw, with
their versions now, and the window refreshes those alone.

On PostgreSQL the window need not ask at all: migration 0016 has the server NOTIFY
``caselog_case`` at the end of every statement that writes a case (one notification per
transaction), and ``listen`` hands out a connection that hears it, whose socket the window
watches (a ``QSocketNotifier``), so nothing blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.pool import PoolProxiedConnection

from caselog.store.audit import NOT_CHANGES, AuditEntry
from caselog.store.engine import Store
from caselog.store.services import _versions
from caselog.store.tables import audit_t, case_t

__all__ = ["CHANNEL", "Changed", "Listener", "changed_since", "changes_since", "latest_change"]

CHANNEL = "caselog_case"  # migration 0016's NOTIFY channel
MANY = 50  # more changed cases than this: the window fetches its list again
CREATING = ("create", "restore", "import")  # the trail's actions that add a case


@dataclass(frozen=True)
class Changed:
    """What changed after trail row ``seen``: ``latest`` is the newest row now (pass it
    back next time); ``cases`` each changed case's version now (None: deleted since);
    ``created``: those of them added since (created, restored, imported); ``many``: more
    than ``MANY`` cases changed (``cases`` left empty: fetch everything again)."""

    latest: int
    cases: dict[int, int | None] = field(default_factory=dict)
    created: frozenset[int] = frozenset()
    many: bool = False


def latest_change(*, store: Store) -> int:
    """The id of the newest trail row (0: none): it moves with every change of any case."""
    with store.read() as conn:
        return int(conn.execute(select(func.coalesce(func.max(audit_t.c.id), 0))).scalar_one())


def changed_since(seen: int, *, store: Store) -> Changed:
    """The cases changed after trail row ``seen`` (one read: nothing when nothing did)."""
    with store.read() as conn:
        latest = int(conn.execute(select(func.coalesce(func.max(audit_t.c.id), 0))).scalar_one())
        if latest <= seen:
            return Changed(latest)
        found = conn.execute(
            select(audit_t.c.case_id, audit_t.c.action)
            .where(
                audit_t.c.id > seen,
                audit_t.c.case_id.is_not(None),
                audit_t.c.action.not_in(NOT_CHANGES),
            )
            .distinct()
            .limit(MANY * 4)
        ).all()
        cases: dict[int, int | None] = {int(r.case_id): None for r in found}
        if len(cases) > MANY or len(found) == MANY * 4:
            return Changed(latest, many=True)
        created = frozenset(int(r.case_id) for r in found if r.action in CREATING)
        if cases:
            rows = conn.execute(
                select(case_t.c.id, case_t.c.version).where(case_t.c.id.in_(list(cases)))
            )
            cases.update({int(r.id): int(r.version) for r in rows})
        return Changed(latest, cases, created)


def changes_since(case_id: int, version: int, *, store: Store) -> list[AuditEntry]:
    """What changed the case after ``version`` (a ``StaleCase``'s ``version``), oldest
    first: who, when and what, for the window to say."""
    with store.read() as conn:
        return _versions.since(conn, case_id, version)


class Listener:
    """A PostgreSQL connection listening on ``CHANNEL``: watch ``fileno()`` for reading,
    then call ``heard()`` (never blocks) to learn whether a change was announced."""

    def __init__(self, raw: PoolProxiedConnection) -> None:
        conn = raw.driver_connection
        assert conn is not None
        self._raw = raw
        self._conn: Any = conn  # psycopg's Connection
        self._conn.autocommit = True
        self._conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return int(self._conn.fileno())

    def heard(self) -> bool:
        """Whether any notification arrived since the last call (read without waiting)."""
        found = False
        for _note in self._conn.notifies(timeout=0):
            found = True
        return found

    def close(self) -> None:
        self._raw.invalidate()  # its LISTEN dies with it: never handed to another caller


def listen(*, store: Store) -> Listener | None:
    """A listener for changes announced by the server (PostgreSQL), else None: on SQLite
    the window asks ``changed_since`` when it regains the focus and on a light timer."""
    if store.engine.dialect.name != "postgresql":
        return None
    return Listener(store.engine.raw_connection())
