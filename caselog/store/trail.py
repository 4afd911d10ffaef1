"""The audit trail's hash chain: each row carries the SHA-256 of the row before it and of
itself, so a row inserted, edited or removed by hand breaks the chain from there on.

``chain`` of row *n* is ``sha256(chain of row n-1 + canonical(row n))`` (64 zeros before
the first row). The service layer computes it in the writing transaction (caselog/store/
audit.py); ``problems`` recomputes it (``caselog history``, ``caselog check-db``, every
backup's check, a restore). Plain DB-API (no SQLAlchemy): it runs on backup files too.

What it cannot see: rows removed from the end of the trail, or rows appended by someone
who computes the chain the same way (the chain is not keyed). A restore still carries the
trail of the database it replaces (``carry``), so older backups cannot erase it.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

GENESIS = "0" * 64
COLUMNS = (
    "id",
    "at",
    "user",
    "action",
    "entity",
    "entity_id",
    "case_id",
    "field",
    "old_value",
    "new_value",
)


def _at(value: object) -> str:
    """The time as UTC text, whether read through SQLAlchemy (aware) or raw (stored text)."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def link(previous: str, row: Mapping[str, Any]) -> str:
    """The chain value of ``row`` (a mapping of ``COLUMNS``) after ``previous``."""
    values = [row[c] for c in COLUMNS]
    values[1] = _at(values[1])
    canonical = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((previous + canonical).encode("utf-8")).hexdigest()


LIMIT = 3  # the breaks named


def broken(row_id: object) -> str:
    return (
        f"audit row {row_id} does not match the trail's hash chain: it was "
        "changed, or a row before it was removed or inserted, outside caselog"
    )


def problems(rows: Iterable[Mapping[str, Any]], *, limit: int = LIMIT) -> list[str]:
    """Where the chain of ``rows`` (every audit row, by id, with ``chain``) breaks."""
    found: list[str] = []
    previous = GENESIS
    for row in rows:
        expected = link(previous, row)
        if row.get("chain") != expected:
            found.append(broken(row["id"]))
            if len(found) >= limit:
                break
        previous = str(row.get("chain") or expected)
    return found


SELECT_ALL = (
    "SELECT " + ", ".join(f'"{c}"' for c in (*COLUMNS, "chain")) + " FROM audit ORDER BY id"
)


def raw_rows(conn: Any) -> list[dict[str, Any]]:
    """Every audit row of a DB-API connection, by id."""
    cur = conn.execute(SELECT_ALL)
    return [dict(zip((*COLUMNS, "chain"), r, strict=True)) for r in cur.fetchall()]


def raw_rows_any(conn: Any) -> list[dict[str, Any]]:
    """Every audit row by id, ``chain`` None when the schema predates it (revision 0004)."""
    if has_chain(conn):
        return raw_rows(conn)
    cur = conn.execute("SELECT " + ", ".join(f'"{c}"' for c in COLUMNS) + " FROM audit ORDER BY id")
    return [{**dict(zip(COLUMNS, r, strict=True)), "chain": None} for r in cur.fetchall()]


def identity(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """What makes two audit rows the same record (the chain aside)."""
    return tuple(_at(row[c]) if c == "at" else row[c] for c in COLUMNS)


@functools.cache
def current_user() -> str:
    """The operating-system account running caselog."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment or the password database
        return "unknown"


def row(
    at: dt.datetime,
    user: str,
    action: str,
    entity: str,
    entity_id: int | None,
    case_id: int | None,
    old: str | None,
    new: str | None,
) -> dict[str, Any]:
    """An audit row (without id and chain) for ``append_raw``."""
    return {
        "at": at,
        "user": user,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "case_id": case_id,
        "field": None,
        "old_value": old,
        "new_value": new,
    }


def has_chain(conn: Any) -> bool:
    cols = {str(r[1]) for r in conn.execute("PRAGMA table_info(audit)").fetchall()}
    return "chain" in cols


def file_problems(conn: Any) -> list[str]:
    """The chain's problems in a database file (nothing to check before migration 0004)."""
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master").fetchall()}
    if "audit" not in tables or not has_chain(conn):
        return []
    return problems(raw_rows(conn))


def append_raw(conn: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """Append ``rows`` (without ids) to the trail of a DB-API connection, chained (plain
    when the schema predates the chain: its migration chains them)."""
    chained = has_chain(conn)
    last = conn.execute(
        "SELECT id, " + ("chain" if chained else "NULL") + " FROM audit ORDER BY id DESC LIMIT 1"
    ).fetchone()
    next_id, previous = (int(last[0]) + 1, str(last[1] or GENESIS)) if last else (1, GENESIS)
    for item in rows:
        full = dict(item)
        full["id"] = next_id
        full["at"] = _at(full["at"]).replace("T", " ")
        full["chain"] = link(previous, full)
        names = (*COLUMNS, "chain") if chained else COLUMNS
        conn.execute(
            "INSERT INTO audit ("
            + ", ".join(f'"{c}"' for c in names)
            + ") VALUES ("
            + ", ".join("?" for _ in names)
            + ")",
            [full[c] for c in names],
        )
        previous = full["chain"]
        next_id += 1
