"""Two clinicians at once: a write on a stale version of a case is refused.

Every case carries a version (``case.version``, migration 0012): the id of the audit row of
its last change, set in the writing transaction (``caselog.store.audit``). A service given
the version its caller holds (``Case.version`` as read, or ``version=``) compares it with
the stored one inside its own writing transaction, which holds the write lock (SQLite's
``BEGIN IMMEDIATE``, PostgreSQL's advisory lock), so no other change can come between the
check and the write. When they differ nothing is written, and ``StaleCase`` names the
changes made since, from the trail: who, when and what.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, select

from caselog.core.model import Case
from caselog.store.audit import NOT_CHANGES, AuditEntry
from caselog.store.errors import StaleCase
from caselog.store.tables import audit_t, case_t

_SHOWN = 5


def current(conn: Connection, case_id: int) -> int | None:
    """The stored version of the case (None: no such case)."""
    found = conn.execute(select(case_t.c.version).where(case_t.c.id == case_id)).scalar()
    return None if found is None else int(found)


def check(conn: Connection, case_id: int, version: int | None) -> None:
    """Refuse the write (``StaleCase``) when ``version`` is not the stored one; None: the
    caller holds no version (a script, an import), so nothing is compared."""
    if version is None:
        return
    now = current(conn, case_id)
    if now is None or now == version:
        return  # a missing case is the read's NotFound
    raise StaleCase(_message(conn, case_id, version), case_id=case_id, version=version, current=now)


def stamped(conn: Connection, case: Case) -> Case:
    """``case`` with its stored version (after the write's trail rows)."""
    assert case.id is not None
    return replace(case, version=current(conn, case.id))


def since(conn: Connection, case_id: int, version: int) -> list[AuditEntry]:
    """The trail rows that changed the case after ``version``, oldest first."""
    rows = conn.execute(
        select(audit_t)
        .where(
            audit_t.c.case_id == case_id,
            audit_t.c.id > version,
            audit_t.c.action.not_in(NOT_CHANGES),
        )
        .order_by(audit_t.c.id)
    ).mappings()
    return [AuditEntry(**{k: v for k, v in r.items() if k != "chain"}) for r in rows]


def _message(conn: Connection, case_id: int, version: int) -> str:
    entries = since(conn, case_id, version)
    head = f"case {case_id} was changed by someone else since you opened it"
    if entries:
        who = ", ".join(dict.fromkeys(e.user for e in entries))
        when = max(e.at for e in entries).strftime("%Y-%m-%d %H:%M:%S UTC")
        what = "; ".join(e.what() for e in entries[:_SHOWN])
        more = len(entries) - _SHOWN
        if more > 0:
            what += f"; and {more} more change{'s' if more > 1 else ''}"
        head = f"case {case_id} was changed by {who} at {when} since you opened it ({what})"
    return head + ". Nothing was saved: reload the case and make your change again."
