"""``caselog check-db`` on a PostgreSQL database: what caselog can check through its own
connection, and what it says it cannot.

Checked, in one read-only transaction (nothing is written):

- the audit trail's hash chain (the same code as on SQLite, ``caselog.store.trail``);
- caselog's tables, primary keys and indexes are there, and no index is left invalid (a
  failed ``CREATE INDEX CONCURRENTLY``);
- every foreign key caselog defines exists, is validated and enforced (its triggers not
  disabled by ``ALTER TABLE ... DISABLE TRIGGER ALL``), and no row breaks one (rows loaded
  with ``session_replication_role = replica`` are not checked by the server: each key is
  tested by a query);
- no check or unique constraint is left ``NOT VALID``;
- the audit trail's triggers (append-only, chained) are there and enabled;
- every stored image against its SHA-256;
- with the ``amcheck`` extension installed in the database and the role allowed to run
  it, the structure of every B-tree index of caselog's tables (``bt_index_check``).

Not checked, and said so: the server's own files (its data pages, WAL, checksums) are the
server's job (``pg_amcheck``, ``pg_checksums``, the administrator's backups); ``amcheck``
when it is not installed or not allowed; objects added to the schema beyond caselog's
(SQLite's check compares the whole schema with the migrations').
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from caselog.store import postgres, postgres_fts, trail
from caselog.store.tables import audit_t, metadata

AUDIT_TRIGGERS = ("audit_chained", "audit_no_delete", "audit_no_truncate", "audit_no_update")
LIMIT = 3  # problems said of one kind before "..."
INSUFFICIENT_PRIVILEGE = "42501"


@dataclass
class ServerCheck:
    """What ``check`` found (``problems``, empty when all hold), what it checked and what
    it could not."""

    database: str = ""  # the URL, without its password
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)


def check(conn: Connection, database: str) -> ServerCheck:
    """Every check of the module's docstring, on ``conn`` (a read transaction, made
    read-only here: call it first thing in the transaction) of ``database`` (as shown)."""
    conn.execute(text("SET TRANSACTION READ ONLY"))
    out = ServerCheck(database)
    schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
    rows = conn.execute(select(audit_t).order_by(audit_t.c.id)).mappings()
    out.problems += trail.problems(dict(r) for r in rows)
    out.checked.append("the audit trail's hash chain holds")
    out.problems += _tables(conn, schema)
    out.checked.append("caselog's tables, primary keys and indexes are there and valid")
    out.problems += _foreign_keys(conn, schema)
    out.checked.append("every foreign key is there, enforced, and no row breaks one")
    out.problems += _not_valid(conn, schema)
    out.checked.append("no constraint is left NOT VALID")
    out.problems += _audit_triggers(conn, schema)
    out.checked.append("the audit trail's triggers are there and enabled")
    out.problems += _images(conn)
    out.checked.append("every image matches its SHA-256")
    _amcheck(conn, schema, out)
    checksums = str(conn.execute(text("SHOW data_checksums")).scalar_one())
    out.not_checked.append(
        "the server's own files (data pages, WAL, checksums) are the server's to check, "
        f"with pg_amcheck and pg_checksums (data checksums are {checksums} on this server)"
    )
    out.not_checked.append(
        "objects added to the schema beyond caselog's own (on SQLite the whole schema is "
        "compared with the migrations')"
    )
    return out


def catalog(conn: Connection, schema: str, sql: str) -> list[Any]:
    """The rows of a query of PostgreSQL's catalogue about ``schema`` (bound as ``:s``)."""
    return list(conn.execute(text(sql), {"s": schema}).all())


def _first(found: list[str]) -> list[str]:
    return found[:LIMIT] + ([f"... and {len(found) - LIMIT} more"] if len(found) > LIMIT else [])


def _relations(conn: Connection, schema: str, kinds: str) -> set[str]:
    rows = conn.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relkind = ANY(:k)"
        ),
        {"s": schema, "k": list(kinds)},
    )
    return {str(r[0]) for r in rows}


def _tables(conn: Connection, schema: str) -> list[str]:
    tables = _relations(conn, schema, "rp")
    indexes = _relations(conn, schema, "iI")
    want = {t.name for t in metadata.sorted_tables}
    want |= {"alembic_version", postgres_fts.TABLE, postgres_fts.HEAD_TABLE}
    found = [f"caselog's table {t!r} is missing" for t in sorted(want - tables)]
    for table in metadata.sorted_tables:
        if table.name not in tables:
            continue
        names = [str(i.name) for i in table.indexes]
        if table.primary_key.name is not None:
            names.append(str(table.primary_key.name))
        found += [f"the index {n!r} of {table.name} is missing" for n in names if n not in indexes]
    found += [f"the index {n!r} is missing" for n in sorted(postgres.OWN_INDEXES - indexes)]
    invalid = catalog(
        conn,
        schema,
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = :s AND NOT (i.indisvalid AND i.indisready) ORDER BY 1",
    )
    found += [f"the index {r[0]!r} is invalid (rebuild it: REINDEX)" for r in invalid]
    return _first(found)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _foreign_keys(conn: Connection, schema: str) -> list[str]:
    have = {
        (str(r[0]), str(r[1]), str(r[2]))
        for r in catalog(
            conn,
            schema,
            "SELECT cl.relname, a.attname, ref.relname FROM pg_constraint k "
            "JOIN pg_class cl ON cl.oid = k.conrelid "
            "JOIN pg_class ref ON ref.oid = k.confrelid "
            "JOIN pg_namespace n ON n.oid = k.connamespace "
            "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
            "WHERE k.contype = 'f' AND n.nspname = :s AND cardinality(k.conkey) = 1",
        )
    }
    tables = _relations(conn, schema, "rp")
    found: list[str] = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            child, col = table.name, fk.parent.name
            parent, pcol = fk.column.table.name, fk.column.name
            if child not in tables or parent not in tables:
                continue  # said by _tables
            if (child, col, parent) not in have:
                found.append(f"the foreign key of {child}.{col} to {parent} is missing")
            orphans = conn.execute(
                text(
                    f"SELECT count(*) FROM {_quoted(child)} c WHERE c.{_quoted(col)} IS NOT "
                    f"NULL AND NOT EXISTS (SELECT 1 FROM {_quoted(parent)} p "
                    f"WHERE p.{_quoted(pcol)} = c.{_quoted(col)})"
                )
            ).scalar_one()
            if orphans:
                found.append(
                    f"{orphans} row(s) of {child} name a {parent} that does not exist "
                    f"({child}.{col})"
                )
    disabled = catalog(
        conn,
        schema,
        "SELECT DISTINCT cl.relname FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = cl.relnamespace "
        "WHERE n.nspname = :s AND t.tgisinternal AND t.tgconstraint <> 0 "
        "AND t.tgenabled = 'D' ORDER BY 1",
    )
    off = [
        f"the foreign-key checks of {r[0]} are disabled (ALTER TABLE {r[0]} ENABLE TRIGGER ALL)"
        for r in disabled
    ]
    return _first(found) + _first(off)


def _not_valid(conn: Connection, schema: str) -> list[str]:
    rows = catalog(
        conn,
        schema,
        "SELECT cl.relname, k.conname FROM pg_constraint k "
        "JOIN pg_class cl ON cl.oid = k.conrelid "
        "JOIN pg_namespace n ON n.oid = k.connamespace "
        "WHERE n.nspname = :s AND NOT k.convalidated ORDER BY 1, 2",
    )
    return _first(
        [f"the constraint {r[1]!r} of {r[0]} is NOT VALID: rows before it went unchecked"
         for r in rows]
    )  # fmt: skip


def _audit_triggers(conn: Connection, schema: str) -> list[str]:
    rows = catalog(
        conn,
        schema,
        "SELECT t.tgname, t.tgenabled FROM pg_trigger t "
        "JOIN pg_class cl ON cl.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = cl.relnamespace "
        "WHERE n.nspname = :s AND cl.relname = 'audit' AND NOT t.tgisinternal",
    )
    state = {str(r[0]): str(r[1]) for r in rows}
    found = []
    for name in AUDIT_TRIGGERS:
        if name not in state:
            found.append(f"the audit trail's trigger {name!r} is missing")
        elif state[name] == "D":
            found.append(f"the audit trail's trigger {name!r} is disabled")
    return found


def _images(conn: Connection) -> list[str]:
    found: list[str] = []
    rows = conn.execute(text("SELECT sha256, data FROM blob").execution_options(yield_per=50))
    for sha, data in rows:
        if hashlib.sha256(bytes(data)).hexdigest() != sha:
            found.append(f"image {sha[:12]}… is damaged: its bytes no longer match its SHA-256")
            if len(found) >= LIMIT:
                break
    rows.close()
    return found


def _amcheck(conn: Connection, schema: str, out: ServerCheck) -> None:
    """``bt_index_check`` of every B-tree index of the schema, when it can be run."""
    where = conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'amcheck'"
        )
    ).scalar()
    if where is None:
        offered = conn.execute(
            text("SELECT 1 FROM pg_available_extensions WHERE name = 'amcheck'")
        ).scalar()
        out.not_checked.append(
            "the indexes' structure: amcheck is "
            + (
                "not installed in this database (CREATE EXTENSION amcheck, by a superuser, "
                "lets check-db run it)"
                if offered
                else "not available on this server"
            )
        )
        return
    indexes = catalog(
        conn,
        schema,
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = c.relam "
        "WHERE n.nspname = :s AND am.amname = 'btree' AND i.indisvalid ORDER BY 1",
    )
    function = f"{_quoted(str(where))}.bt_index_check"
    found: list[str] = []
    for (name,) in indexes:
        qualified = f"{_quoted(schema)}.{_quoted(str(name))}"
        try:
            with conn.begin_nested():
                conn.execute(text(f"SELECT {function}(CAST(:i AS regclass))"), {"i": qualified})
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                out.not_checked.append(
                    "the indexes' structure: amcheck is installed, but this role may not "
                    "run bt_index_check"
                )
                return
            found.append(f"the index {name!r} is damaged (amcheck: {_first_line(exc.orig)})")
    out.problems += _first(found)
    if not found:
        out.checked.append(f"amcheck found every B-tree index sound ({len(indexes)} indexes)")


def _first_line(exc: BaseException | None) -> str:
    return str(exc).strip().splitlines()[0] if exc is not None and str(exc).strip() else "?"


__all__ = ["ServerCheck", "check"]
