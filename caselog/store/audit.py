"""The audit trail: who changed what, when, from which value to which.

Each service function that writes calls one of the ``record_*`` helpers with its own
connection, so the audit rows commit or roll back with the change itself. The table is
append-only (triggers in migration 0002 refuse UPDATE and DELETE). Times are UTC; on
SQLite the user is the operating-system account (``getpass.getuser()``) and the rows are
chained here; on PostgreSQL the server's trigger (migration 0009) sets the id, the time,
the user (the database role, ``current_user``) and the chain of each row.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, insert, select, update

from caselog.core.model import Case, Event, Series
from caselog.store import postgres, server, trail
from caselog.store.audit_diff import Change, case_content, diff_cases, flatten, render
from caselog.store.engine import Store
from caselog.store.tables import audit_t, case_t
from caselog.store.types import utcnow


@dataclass(frozen=True)
class AuditEntry:
    """One row of the trail, as ``history`` returns it."""

    id: int
    at: dt.datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    case_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None
    team: str | None = None  # PostgreSQL: the team of the case (migration 0019)

    def what(self) -> str:
        """One line saying what changed: ``event 12 dose: 210.0 -> 105.0``."""
        subject = self.entity if self.entity_id is None else f"{self.entity} {self.entity_id}"
        if self.entity == "case" and self.entity_id == self.case_id:
            subject = "case"
        if self.field:
            subject += f" {self.field}"
        if self.action == "update":
            return f"{subject}: {_show(self.old_value)} -> {_show(self.new_value)}"
        value = self.new_value if self.new_value is not None else self.old_value
        return f"{subject}: {_show(value)}" if value is not None else subject


def _show(value: str | None) -> str:
    if value is None:
        return "(none)"
    one_line = " ".join(value.split())
    return one_line if len(one_line) <= 200 else one_line[:199] + "…"


current_user = trail.current_user


def _rows(
    changes: Iterable[Change], case_id: int | None, at: dt.datetime
) -> list[dict[str, object]]:
    user = current_user()
    return [
        {
            "at": at,
            "user": user,
            "action": c.action,
            "entity": c.entity,
            "entity_id": c.entity_id,
            "case_id": case_id,
            "field": c.field,
            "old_value": c.old,
            "new_value": c.new,
        }
        for c in changes
    ]


NOT_CHANGES = ("export", "report")  # trail rows that leave the case as it was
_CHUNK = 500


def _insert(conn: Connection, rows: list[dict[str, object]]) -> None:
    """Append ``rows``, each chained to the one before (caselog/store/trail.py), and give
    each case they change the id of its last row as its version (migration 0012). The
    writing transaction holds the write lock, so the last row read here stays the last."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(insert(audit_t), rows)  # the trigger chains them (module docstring)
    else:
        _chain(conn, rows)
        conn.execute(insert(audit_t), rows)
    changed = sorted(
        {
            int(str(r["case_id"]))
            for r in rows
            if r["case_id"] is not None and r["action"] not in NOT_CHANGES
        }
    )
    if conn.dialect.name == "postgresql":
        postgres.changed(conn, changed)
    last = select(func.max(audit_t.c.id)).where(audit_t.c.case_id == case_t.c.id).scalar_subquery()
    for start in range(0, len(changed), _CHUNK):
        chunk = changed[start : start + _CHUNK]
        conn.execute(update(case_t).where(case_t.c.id.in_(chunk)).values(version=last))


def _chain(conn: Connection, rows: list[dict[str, object]]) -> None:
    last = conn.execute(
        select(audit_t.c.id, audit_t.c.chain).order_by(audit_t.c.id.desc()).limit(1)
    ).first()
    next_id, previous = (last.id + 1, last.chain or trail.GENESIS) if last else (1, trail.GENESIS)
    for row in rows:
        row["id"] = next_id
        row["chain"] = previous = trail.link(previous, row)
        next_id += 1


def chain_problems(*, store: Store) -> list[str]:
    """Where the trail's hash chain breaks (empty: every row is as caselog wrote it)."""
    with store.read() as conn:
        if server.served(conn):  # the server checks every row, also those hidden here
            return [trail.broken(i) for i in server.chain_breaks(conn, trail.LIMIT)]
        rows = conn.execute(select(audit_t).order_by(audit_t.c.id)).mappings()
        return trail.problems(dict(r) for r in rows)


def record(
    conn: Connection,
    action: str,
    entity: str,
    *,
    entity_id: int | None = None,
    case_id: int | None = None,
    field: str | None = None,
    old: str | None = None,
    new: str | None = None,
) -> None:
    """One row, in the caller's transaction."""
    change = Change(action, entity, entity_id, field, old, new)
    _insert(conn, _rows([change], case_id, utcnow()))


def record_created(conn: Connection, created: Sequence[tuple[int, str]], action: str) -> None:
    """Cases created (``action``: ``create``, ``import`` or ``restore``): one row each
    naming the case by its title."""
    at = utcnow()
    rows = [
        _rows([Change(action, "case", case_id, None, None, title)], case_id, at)[0]
        for case_id, title in created
    ]
    _insert(conn, rows)


def record_deleted(conn: Connection, case: Case) -> None:
    """A deleted case: its whole content (image bytes by SHA-256) stays in the trail."""
    record(conn, "delete", "case", entity_id=case.id, case_id=case.id, old=case_content(case))


def record_case_change(conn: Connection, before: Case, after: Case) -> None:
    """Every field that differs between the stored case before and after a change."""
    _insert(conn, _rows(diff_cases(before, after), after.id, utcnow()))


def record_event(conn: Connection, case_id: int, before: Event | None, after: Event | None) -> None:
    """An event added (``before`` None), removed (``after`` None) or edited."""
    if before is None and after is not None:
        changes = [Change("add", "event", after.id, None, None, render(_fields(after)))]
    elif after is None and before is not None:
        changes = [Change("remove", "event", before.id, None, render(_fields(before)), None)]
    elif before is not None and after is not None:
        old, new = _fields(before), _fields(after)
        changes = [
            Change("update", "event", after.id, key, old.get(key), new.get(key))
            for key in sorted(old.keys() | new.keys())
            if old.get(key) != new.get(key)
        ]
    else:
        changes = []
    _insert(conn, _rows(changes, case_id, utcnow()))


def _fields(event: Event) -> dict[str, str]:
    fields = flatten(event)
    fields.pop("id", None)
    return fields


def record_series(
    conn: Connection, action: str, series_id: int, before: Series | None, after: Series | None
) -> None:
    """A series created, changed or deleted (not tied to one case)."""
    old = flatten(before) if before is not None else {}
    new = flatten(after) if after is not None else {}
    for d in (old, new):
        for key in ("id", "created_at", "updated_at"):
            d.pop(key, None)
    if action == "update":
        changes = [
            Change("update", "series", series_id, key, old.get(key), new.get(key))
            for key in sorted(old.keys() | new.keys())
            if old.get(key) != new.get(key)
        ]
    else:
        changes = [
            Change(
                action,
                "series",
                series_id,
                None,
                render(old) if old else None,
                render(new) if new else None,
            )
        ]
    _insert(conn, _rows(changes, None, utcnow()))


def record_export(
    case_ids: Sequence[int],
    out: Path,
    *,
    store: Store,
    kind: str = "export",
    anonymised: bool = False,
    template: str | None = None,
    shared: Sequence[int] = (),
) -> None:
    """Record that cases left caselog (``kind``: ``export`` or ``report``) and where to.
    ``shared``: other teams' cases whose anonymised copies went with them (a series on a
    department server): a row each about the copy (``case_shared``, its case's id), about
    no case of the role's, so every department role reads it and the server takes it."""
    detail = {"to": os.path.abspath(out), "anonymised": anonymised}
    if template is not None:
        detail["template"] = template
    with store.write(trail_only=True) as conn:
        at = utcnow()
        rows = [
            _rows([Change(kind, "case", cid, None, None, render(detail))], cid, at)[0]
            for cid in case_ids
        ]
        rows += [
            _rows([Change(kind, server.SHARED, cid, None, None, render(detail))], None, at)[0]
            for cid in shared
        ]
        _insert(conn, rows)


def history(case_id: int, *, store: Store) -> list[AuditEntry]:
    """The trail of one case, oldest first (also after the case was deleted)."""
    with store.read() as conn:
        rows = conn.execute(
            select(audit_t).where(audit_t.c.case_id == case_id).order_by(audit_t.c.id)
        ).mappings()
        return [AuditEntry(**{k: v for k, v in r.items() if k != "chain"}) for r in rows]
