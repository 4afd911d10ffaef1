"""Schema upgrades on open (Alembic, migrations in the top-level ``db/`` folder).

Alembic is imported only when a database needs creating or upgrading: opening a database
that is already at the newest revision reads the revision chain from the migration files
(``revision = ...`` / ``down_revision = ...`` lines) and one row of ``alembic_version``, which
keeps about 15 MiB and a third of a second off every start-up (bench/bench_ui.py).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from caselog import lazy
from caselog.paths import db_path
from caselog.store import sqlite
from caselog.store.backup import make_backup
from caselog.store.errors import StoreError
from caselog.version import version

if TYPE_CHECKING:
    from alembic import command
    from alembic import config as alembic_cfg
    from alembic.config import Config
    from alembic.runtime import migration
else:  # only when a database needs creating or upgrading (see caselog/lazy.py)
    command = lazy.module("alembic.command")
    alembic_cfg = lazy.module("alembic.config")
    migration = lazy.module("alembic.runtime.migration")

log = logging.getLogger(__name__)

_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M
)


def migrations_dir() -> Path:
    """The Alembic folder (``caselog.paths.db_path``: a checkout's ``db/`` or a wheel's)."""
    try:
        here = db_path()
    except FileNotFoundError as e:
        raise StoreError(f"the database migrations are missing: {e}") from e
    if not (here / "env.py").is_file():
        raise StoreError(f"the database migrations are missing (looked in {here})")
    return here


def alembic_config(connection: Connection | None = None) -> Config:
    config = alembic_cfg.Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def revision_chain() -> tuple[str, ...]:
    """The known revisions, oldest first, read from the migration files without Alembic.

    A test checks this against Alembic's own reading (tests/store/test_engine.py)."""
    return _chain_in(migrations_dir())


@cache
def _chain_in(folder: Path) -> tuple[str, ...]:
    parents: dict[str, str | None] = {}
    for path in sorted((folder / "versions").glob("*.py")):
        found = dict((m.group(1), m.group(2)) for m in _REVISION_LINE.finditer(path.read_text()))
        if found.get("revision"):
            parents[found["revision"]] = found.get("down_revision")
    children: dict[str | None, str] = {parent: rev for rev, parent in parents.items()}
    chain: list[str] = []
    rev = children.get(None)
    while rev is not None:
        chain.append(rev)
        rev = children.get(rev)
    if len(chain) != len(parents):
        raise StoreError("the database migrations do not form one chain (db/versions)")
    return tuple(chain)


def head_revision() -> str:
    return revision_chain()[-1]


def known_revisions() -> frozenset[str]:
    return frozenset(revision_chain())


def current_revision(engine: Engine) -> str | None:
    """The database's revision: one plain query, no Alembic (None for a new database)."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:
            return None


def upgrade(engine: Engine, url: str, *, passphrase: str | None = None) -> None:
    """Bring the database to the head revision, refusing one from a newer caselog.

    An existing SQLite database at an older revision is first backed up (verified) into
    its backups folder as ``caselog-<time>-migration.db`` (caselog/store/backup.py).
    """
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    if current is None and tables:
        raise StoreError(f"{url} is not a caselog database (it has other tables)")
    if current is not None:
        if current not in known_revisions():
            raise StoreError(
                f"this database was written by a newer caselog (schema revision {current}) "
                f"than this caselog {version()}; update caselog to open it"
            )
        _backup_before_upgrade(url, passphrase)
    log.info("upgrading %s from %s to %s", url, current, head)
    with engine.connect() as conn:
        conn.execution_options(**{sqlite.WRITE_OPTION: True})  # one upgrader at a time
        with conn.begin():
            if migration.MigrationContext.configure(conn).get_current_revision() != head:
                command.upgrade(alembic_config(conn), "head")


def _backup_before_upgrade(url: str, passphrase: str | None = None) -> Path | None:
    path = sqlite.sqlite_path(url)
    if path is None:
        log.warning("no automatic backup before upgrading %s: back it up yourself", url)
        return None

    made = make_backup(path, passphrase=passphrase, reason="migration")
    log.info("backed up %s to %s before upgrading", path, made.path)
    return made.path


SCHEMA_QUERY = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master "
    "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"
)


def schema_of(conn: object) -> frozenset[tuple[str, str, str, str]]:
    """Every table, index, trigger and view of a DB-API connection, its SQL normalised."""
    rows = conn.execute(SCHEMA_QUERY).fetchall()  # type: ignore[attr-defined]
    return frozenset(
        (str(t), str(n), str(tbl), " ".join(str(sql).split()) if sql else "")
        for t, n, tbl, sql in rows
    )


@cache
def expected_schema(revision: str) -> frozenset[tuple[str, str, str, str]]:
    """The schema caselog's migrations make at ``revision`` (built once, in a temporary
    database): what a caselog database of that revision holds, and nothing else."""
    if revision not in known_revisions():
        raise StoreError(f"unknown schema revision {revision}")
    with tempfile.TemporaryDirectory() as tmp:
        ref = Path(tmp) / "reference.db"
        engine = create_engine(f"sqlite:///{ref}")
        sqlite.configure(engine)
        try:
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), revision)
        finally:
            engine.dispose()
        with sqlite3.connect(ref) as conn:
            return schema_of(conn)


def schema_problems(conn: object, revision: str) -> list[str]:
    """What a database of ``revision`` holds beyond, or lacks of, caselog's own schema: a
    foreign trigger, view, table or index, or a dropped audit trigger."""
    have, want = schema_of(conn), expected_schema(revision)
    by_name = {(t, n) for t, n, _, _ in want}
    problems = []
    for t, n, _, _ in sorted(have - want):
        if (t, n) in by_name:
            problems.append(f"its {t} {n!r} is not as caselog defines it")
        else:
            problems.append(f"it has a {t} {n!r} that caselog does not make")
    have_names = {(t, n) for t, n, _, _ in have}
    for t, n, _, _ in sorted(want - have):
        if (t, n) not in have_names:
            problems.append(f"it lacks caselog's {t} {n!r}")
    return problems


def new_revision(message: str) -> Path:
    """Autogenerate the next migration (``db/versions/NNNN_*.py``) from the tables' changes.

    Developers run ``python -m caselog.store.migrate "what changed"``, then read and edit
    the generated file (keep it free of caselog imports: a migration is frozen history),
    rebuild no fixture, and add a ``tests/fixtures/revNNNN.db`` once the revision ships.
    """
    rev_id = f"{len(revision_chain()) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'head.db'}")
        sqlite.configure(engine)
        try:
            with engine.begin() as conn:
                config = alembic_config(conn)
                command.upgrade(config, "head")
                command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        finally:
            engine.dispose()
    [made] = migrations_dir().glob(f"versions/{rev_id}_*.py")
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit('usage: python -m caselog.store.migrate "what changed"')
    print(new_revision(sys.argv[1]))
