"""Backup and restore of a caselog database on a PostgreSQL server, by PostgreSQL's own
programs (``caselog backup -o FILE``, ``caselog restore FILE`` with a ``postgresql://``
``--db``).

- A backup is ``pg_dump --format=custom`` of caselog's schema (the connection's
  ``current_schema()``: its tables, rows, indexes, triggers and policies; not the server's
  roles, which are the server's own, ``pg_dumpall --roles-only``). It is written whole to
  a temporary file beside ``FILE``, then checked by listing it with ``pg_restore --list``
  (every caselog table's rows must be in it), and only then renamed to ``FILE`` (0600).
- A restore goes into an **empty** database only (``createdb NAME`` makes one): a
  database holding any table, view or sequence is refused, and nothing is dropped, ever.
  The archive is checked first (a ``pg_dump`` archive holding caselog's tables, of a
  schema revision this caselog knows), then ``pg_restore --single-transaction
  --exit-on-error --no-owner``: on any error nothing of it stays. The audit trail's
  triggers are made after its rows are loaded, so the rows come back as they were
  chained.

The programs are found on the ``PATH``, else in Debian's ``/usr/lib/postgresql/N/bin``
(the newest); without them the command refuses, naming what is missing. The password of
the URL, if any, is passed in ``PGPASSWORD``, never on a command line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from caselog.interchange import outputs
from caselog.store.backup import BackupError
from caselog.store.errors import StoreError

MAGIC = b"PGDMP"  # the first bytes of a pg_dump archive in custom format
TIMEOUT_S = 3600
# what every caselog backup must hold the rows of (a schema of any revision has them)
REQUIRED = ("alembic_version", "case", "audit")
CLIENTS = "PostgreSQL's client programs (Debian: apt-get install postgresql-client)"
_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA (\S+) (\S+) ")


def display(url: str) -> str:
    """The URL as it may be shown (no password)."""
    return make_url(url).render_as_string(hide_password=True)


def not_here(url: str) -> str:
    """Why a SQLite file's backups folder does not apply to a database on a server."""
    return (
        f"{display(url)} is on a PostgreSQL server: it has no backups folder. Back it up with "
        "`caselog backup -o FILE` (pg_dump) and restore one into an empty database with "
        "`caselog restore FILE` (docs/cli.md, On PostgreSQL)"
    )


def find_tool(name: str) -> Path | None:
    """``pg_dump`` or ``pg_restore``: on the PATH, else the newest of Debian's."""
    found = shutil.which(name)
    if found:
        return Path(found)
    versions = []
    for d in Path("/usr/lib/postgresql").glob("*/bin"):
        if d.parent.name.isdigit() and (d / name).is_file():
            versions.append((int(d.parent.name), d / name))
    return max(versions)[1] if versions else None


def _tool(name: str, doing: str) -> Path:
    found = find_tool(name)
    if found is None:
        raise BackupError(
            f"cannot {doing}: {name} was not found ({CLIENTS}, or put {name} on the PATH); "
            "nothing was written"
        )
    return found


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The URL as libpq takes it (``postgresql://``, no password) and the environment
    carrying the password."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupError(f"{Path(command[0]).name} could not run: {exc}") from None


def _said(done: subprocess.CompletedProcess[str]) -> str:
    """What the program said on failure: its last lines, without its own name."""
    lines = [ln.strip() for ln in done.stderr.splitlines() if ln.strip()]
    said = "; ".join(lines[-2:]) if lines else f"exit status {done.returncode}"
    return re.sub(r"^(pg_dump|pg_restore): (error: )?", "", said)


@dataclass(frozen=True)
class Archive:
    """What ``pg_restore --list`` says a dump holds: the tables whose rows are in it,
    by schema."""

    data: dict[str, frozenset[str]]

    def schema_with(self, tables: tuple[str, ...]) -> str | None:
        """The one schema holding the rows of every table named, if any."""
        found = [s for s, names in self.data.items() if set(tables) <= names]
        return found[0] if len(found) == 1 else None


def list_archive(path: Path) -> Archive:
    """``pg_restore --list`` of ``path``; ``BackupError`` when it is not an archive it reads."""
    pg_restore = _tool("pg_restore", f"read {path}")
    done = _run([str(pg_restore), "--list", str(path)])
    if done.returncode != 0:
        raise BackupError(f"{path} is not a pg_dump archive pg_restore can read: {_said(done)}")
    data: dict[str, set[str]] = {}
    for line in done.stdout.splitlines():
        m = _DATA.match(line)
        if m:
            data.setdefault(m.group(1), set()).add(m.group(2))
    return Archive({s: frozenset(t) for s, t in data.items()})


def current_schema(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_schema()")).scalar_one())


def tables_of(conn: Connection, schema: str) -> frozenset[str]:
    """The tables of ``schema`` (each must have its rows in a dump of it)."""
    rows = conn.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relkind = 'r'"
        ),
        {"s": schema},
    )
    return frozenset(str(r[0]) for r in rows)


def dump(url: str, out: Path, *, schema: str, tables: frozenset[str]) -> Path:
    """``pg_dump`` of ``schema`` to ``out``, verified by listing it: the rows of every one
    of ``tables`` (the schema's, read before) must be in it. Returns ``out``."""
    pg_dump = _tool("pg_dump", f"back up {display(url)}")
    conninfo, env = _libpq(url)
    out = Path(out)
    with outputs.written(out) as tmp:
        done = _run(
            [str(pg_dump), "--format=custom", f"--schema={schema}", f"--file={tmp}",
             f"--dbname={conninfo}"],
            env,
        )  # fmt: skip
        if done.returncode != 0:
            raise BackupError(f"pg_dump could not back up {display(url)}: {_said(done)}")
        listed = list_archive(tmp).data.get(schema, frozenset())
        missing = sorted(tables - listed)
        if missing:
            raise BackupError(
                f"the dump of {display(url)} does not hold the rows of "
                f"{', '.join(missing)}; nothing was written"
            )
        os.chmod(tmp, 0o600)
    return out


def check_archive(source: Path, known: frozenset[str]) -> str:
    """That ``source`` is a caselog backup made by ``dump``, of a revision in ``known``:
    the schema it was dumped from. ``BackupError`` says what is wrong."""
    if not source.is_file():
        raise BackupError(f"{source} does not exist")
    with open(source, "rb") as f:
        head = f.read(len(MAGIC))
    if head != MAGIC:
        sqlite = head == b"SQLit"
        raise BackupError(
            f"{source} is not a pg_dump archive (custom format)"
            + (": it is a SQLite database; restore it into a SQLite file" if sqlite else "")
        )
    schema = list_archive(source).schema_with(REQUIRED)
    if schema is None:
        raise BackupError(f"{source} is a pg_dump archive, but not of a caselog database")
    revision = _revision(source, schema)
    if revision not in known:
        raise BackupError(
            f"{source} was written by a newer caselog (schema revision {revision}); update "
            "caselog to restore it"
        )
    return schema


def _revision(source: Path, schema: str) -> str:
    """The schema revision in the archive's ``alembic_version`` rows."""
    pg_restore = _tool("pg_restore", f"read {source}")
    done = _run(
        [str(pg_restore), "--data-only", f"--schema={schema}", "--table=alembic_version",
         "--file=-", str(source)]
    )  # fmt: skip
    if done.returncode != 0:
        raise BackupError(f"{source}: its schema revision could not be read: {_said(done)}")
    lines = done.stdout.splitlines()
    starts = [i for i, ln in enumerate(lines) if ln.startswith("COPY ")]
    rows = []
    if starts:
        for ln in lines[starts[0] + 1 :]:
            if ln == "\\.":
                break
            rows.append(ln.strip())
    if len(rows) != 1:
        raise BackupError(f"{source} is not a good caselog backup: no schema revision")
    return rows[0]


def occupied(conn: Connection) -> list[str]:
    """The tables, views and sequences a database holds outside PostgreSQL's own schemas
    (empty: a database ``createdb`` just made)."""
    rows = conn.execute(
        text(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
            "ORDER BY 1"
        )
    )
    return [str(r[0]) for r in rows]


def refuse_occupied(url: str, found: list[str]) -> None:
    if found:
        shown = ", ".join(found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
        raise StoreError(
            f"{display(url)} is not empty (it holds {shown}): caselog restores a backup into "
            "an empty database only and never drops one. Make a new database (createdb "
            "NAME), restore into it, then point caselog at it. Nothing was changed."
        )


def schema_exists(conn: Connection, schema: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :s"), {"s": schema})
    return found.first() is not None


def restore(url: str, source: Path, *, schema: str, exists: bool) -> None:
    """``pg_restore`` of ``source`` into the empty database at ``url``, whole or not at
    all (the caller has checked the archive and that the database is empty). ``exists``:
    the archive's ``schema`` is in the database already (``public``, as ``createdb``
    makes it): its ``CREATE SCHEMA`` is left out."""
    pg_restore = _tool("pg_restore", f"restore {source}")
    conninfo, env = _libpq(url)
    command = [str(pg_restore), "--single-transaction", "--exit-on-error", "--no-owner",
               f"--dbname={conninfo}"]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        if exists:
            listed = _run([str(pg_restore), "--list", str(source)])
            if listed.returncode != 0:
                raise BackupError(f"{source} could not be read: {_said(listed)}")
            creates = re.compile(rf"^\d+; \d+ \d+ SCHEMA - {re.escape(schema)} ")
            kept = [ln for ln in listed.stdout.splitlines() if not creates.match(ln)]
            use = Path(tmp) / "entries"
            use.write_text("\n".join(kept) + "\n")
            command.append(f"--use-list={use}")
        done = _run([*command, str(source)], env)
    if done.returncode != 0:
        raise StoreError(
            f"pg_restore could not restore {source} into {display(url)}: {_said(done)}. "
            "Nothing of it was kept."
        )


__all__ = [
    "Archive",
    "check_archive",
    "current_schema",
    "display",
    "dump",
    "find_tool",
    "list_archive",
    "not_here",
    "occupied",
    "refuse_occupied",
    "restore",
    "schema_exists",
    "tables_of",
]
