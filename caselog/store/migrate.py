"""Schema upgrades on open (Alembic, migrations in the top-level ``db/`` folder)."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from caselog.paths import db_path
from caselog.store import sqlite
from caselog.store.errors import StoreError

log = logging.getLogger(__name__)


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
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, url: str, *, passphrase: str | None = None) -> None:
    """Bring the database to the head revision, refusing one from a newer caselog.

    An existing SQLite database at an older revision is first backed up (verified) into
    its backups folder as ``caselog-<time>-migration.db`` (caselog/store/backup.py).
    """
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current == head:
        return
    if current is None and tables:
        raise StoreError(f"{url} is not a caselog database (it has other tables)")
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise StoreError(
                f"this database was written by a newer caselog (schema revision {current}); "
                "update caselog to open it"
            )
        _backup_before_upgrade(url, passphrase)
    log.info("upgrading %s from %s to %s", url, current, head)
    with engine.connect() as conn:
        conn.execution_options(**{sqlite.WRITE_OPTION: True})  # one upgrader at a time
        with conn.begin():
            if MigrationContext.configure(conn).get_current_revision() != head:
                command.upgrade(alembic_config(conn), "head")


def _backup_before_upgrade(url: str, passphrase: str | None = None) -> Path | None:
    path = sqlite.sqlite_path(url)
    if path is None:
        log.warning("no automatic backup before upgrading %s: back it up yourself", url)
        return None
    from caselog.store.backup import make_backup

    made = make_backup(path, passphrase=passphrase, reason="migration")
    log.info("backed up %s to %s before upgrading", path, made.path)
    return made.path


def new_revision(message: str) -> Path:
    """Autogenerate the next migration (``db/versions/NNNN_*.py``) from the tables' changes.

    Developers run ``python -m caselog.store.migrate "what changed"``, then read and edit
    the generated file (keep it free of caselog imports: a migration is frozen history),
    rebuild no fixture, and add a ``tests/fixtures/revNNNN.db`` once the revision ships.
    """
    import tempfile

    from sqlalchemy import create_engine

    script = ScriptDirectory.from_config(alembic_config())
    rev_id = f"{len(list(script.walk_revisions())) + 1:04d}"
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
    import sys

    if len(sys.argv) != 2:
        sys.exit('usage: python -m caselog.store.migrate "what changed"')
    print(new_revision(sys.argv[1]))
