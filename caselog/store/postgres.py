"""What is PostgreSQL's own in the store: its URL, and one writer at a time.

``--db postgresql://user@host/dbname`` (or ``postgresql+psycopg://``) opens a database on a
PostgreSQL server (15 or later) through psycopg 3. Its schema comes from the same Alembic
migrations as SQLite's, with PostgreSQL's branches where the two differ: the full-text
index (``caselog.store.postgres_fts``) and the audit trail's triggers (migrations 0002 and
0009: append-only, each row chained and its actor set to ``current_user`` by the server).

A writing transaction first takes one transaction-scoped advisory lock (``WRITE_LOCK``),
as SQLite's ``BEGIN IMMEDIATE`` takes the file's write lock: a read-then-write service
never interleaves with another writer. The audit trigger takes the same lock, so rows
written by hand (``psql``) are chained in turn too.

The cases a writing transaction changed (``changed``, from its audit rows) are handed to
``BEFORE_COMMIT``'s functions just before it commits, in the same transaction; the cases
they ask a follow-up for (``follow_up``) are handed to ``AFTER_COMMIT``'s functions with
the store once it has committed, outside any transaction. The department's shared,
anonymised copies use both (``caselog.store.services.shared``, caselog/store/server.py):
the write only marks the copies behind, the copies are made again after the commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.engine import URL, make_url

if TYPE_CHECKING:
    from caselog.store.engine import Store

# pg_advisory_xact_lock's key for "a caselog write": the bytes "caselog\0" as a bigint
WRITE_LOCK = int.from_bytes(b"caselog\x00", "big") - 2**63
DEFAULT_DRIVER = "postgresql+psycopg"
# PostgreSQL's own indexes, made by migrations and named by no model (db/versions/0018):
# left out of Alembic's comparison of the models with a database
OWN_INDEXES = frozenset({"ix_case_updated_at_id"})
# a window stays open for hours: a pooled connection the server has since closed (a
# restart, an idle timeout) is found out and replaced before a read or a write uses it.
# No JIT compilation: the case list's statements take milliseconds, and a plan the planner
# costs high (a walk testing each case by key) was compiled for a second and more first
# (PostgreSQL's jit_above_cost); the server's own default is left to other clients.
ENGINE_OPTIONS: dict[str, object] = {
    "pool_pre_ping": True,
    "connect_args": {"options": "-c jit=off -c plan_cache_mode=force_custom_plan"},
}


def is_own_index(name: str | None, type_: str) -> bool:
    """An index of PostgreSQL's alone (``OWN_INDEXES``), for Alembic's ``include_name``."""
    return type_ == "index" and name in OWN_INDEXES


def is_postgres_url(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def engine_url(url: str) -> URL:
    """``postgresql://`` as psycopg 3's URL (SQLAlchemy's default driver is psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername=DEFAULT_DRIVER)
    return parsed


def lock_writers(conn: Connection) -> None:
    """Wait for the other writers (until this transaction ends)."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


CHANGED = "caselog.changed_cases"
FOLLOW_UP = "caselog.follow_up"
BEFORE_COMMIT: list[Callable[[Connection, list[int]], None]] = []
AFTER_COMMIT: list[Callable[[Store, list[int]], None]] = []


def changed(conn: Connection, case_ids: Iterable[int]) -> None:
    """Note cases this writing transaction changed (``before_commit`` gets them)."""
    if conn.dialect.name == "postgresql":
        conn.info.setdefault(CHANGED, set()).update(case_ids)


def follow_up(conn: Connection, case_ids: Iterable[int]) -> None:
    """Ask for ``AFTER_COMMIT``'s functions once this transaction has committed."""
    conn.info.setdefault(FOLLOW_UP, set()).update(case_ids)


def forget_changes(conn: Connection) -> None:
    conn.info.pop(CHANGED, None)
    conn.info.pop(FOLLOW_UP, None)


def before_commit(conn: Connection) -> list[int]:
    """Hand the cases changed to each of ``BEFORE_COMMIT``, in this transaction; returns
    the cases to hand to ``after_commit`` once it has committed."""
    ids = sorted(conn.info.pop(CHANGED, ()))
    if ids:
        for hook in BEFORE_COMMIT:
            hook(conn, ids)
    return sorted(conn.info.pop(FOLLOW_UP, ()))


def after_commit(store: Store, case_ids: list[int]) -> None:
    """Hand the cases of a committed write to each of ``AFTER_COMMIT``."""
    for hook in AFTER_COMMIT:
        hook(store, case_ids)
