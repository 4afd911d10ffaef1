"""Verified backups through SQLite's backup API, thinned to 7 daily, 4 weekly, 12 monthly.

A backup is never a file copy of the live database: ``sqlite3.Connection.backup`` reads a
consistent snapshot even while caselog writes (WAL). Each new backup is reopened and
checked (``PRAGMA integrity_check``, the caselog tables present) before older ones are
thinned, so a bad backup never costs a good one. An encrypted database is backed up with
the same key: its backups stay encrypted.

Backups live in ``backups/`` of the data folder (``<db>.backups/`` beside any other
database file), as ``caselog-<UTC time>-<reason>.db``, files 0600 in a 0700 folder.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from caselog.store import dbfile
from caselog.store.errors import StoreError
from caselog.store.files import backup_dir_for, secure_dir, secure_file
from caselog.store.lock import acquire

REQUIRED_TABLES = frozenset({"alembic_version", "case"})
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
AUTO_INTERVAL = dt.timedelta(days=1)
REASONS = ("open", "migration", "import", "restore", "manual", "encrypt")

_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^caselog-(\d{8}T\d{12}Z)-([a-z]+)\.db$")


class BackupError(StoreError):
    """A backup could not be made, or a file is not a good backup (message says why)."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    taken_at: dt.datetime  # UTC, aware
    reason: str  # one of REASONS
    size: int


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_backup_name(path: Path) -> BackupInfo | None:
    """The backup a file name describes, or None for any other file."""
    m = _NAME.match(path.name)
    if m is None:
        return None
    taken = dt.datetime.strptime(m.group(1), _STAMP).replace(tzinfo=dt.UTC)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path=path, taken_at=taken, reason=m.group(2), size=size)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first (not opened: see ``verify``)."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = (parse_backup_name(p) for p in folder.iterdir())
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def select_to_keep(backups: Iterable[BackupInfo], now: dt.datetime) -> list[BackupInfo]:
    """The backups thinning keeps, newest first: the newest of each of the 7 latest days,
    4 latest ISO weeks and 12 latest months that have a backup (UTC), the newest one,
    and any dated after ``now`` (a clock set back must not delete what it cannot place).
    """
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: dict[Path, BackupInfo] = {b.path: b for b in ordered if b.taken_at > now}
    past = [b for b in ordered if b.taken_at <= now]
    if past:
        keep.setdefault(past[0].path, past[0])
    rules = (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    )
    for count, period in rules:
        seen: set[object] = set()
        for b in past:
            p = period(b.taken_at.astimezone(dt.UTC))
            if p in seen:
                continue
            if len(seen) == count:
                break
            seen.add(p)
            keep.setdefault(b.path, b)
    return sorted(keep.values(), key=lambda b: b.taken_at, reverse=True)


def verify(
    path: Path, *, passphrase: str | None = None, required: Iterable[str] = REQUIRED_TABLES
) -> list[str]:
    """What is wrong with the database file at ``path`` (empty: it opens, passes
    ``integrity_check`` and has the ``required`` tables)."""
    if not path.is_file():
        return [f"{path} does not exist"]
    try:
        with dbfile.connection(path, passphrase=passphrase, readonly=True) as conn:
            problems = dbfile.integrity_check(conn)
            missing = sorted(set(required) - dbfile.table_names(conn))
    except dbfile.database_errors() as exc:
        return [str(exc)]
    if missing:
        problems.append("not a caselog database: no table " + ", ".join(missing))
    return problems


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(db_path: Path, out: Path, *, passphrase: str | None = None) -> None:
    """Write a consistent copy of ``db_path`` to ``out`` through the backup API (0600,
    written beside ``out`` first and renamed into place, so ``out`` is never half a file).
    """
    tmp = out.with_name(out.name + ".partial")
    tmp.unlink(missing_ok=True)
    secure_file(tmp)
    try:
        with (
            dbfile.connection(db_path, passphrase=passphrase, readonly=True) as src,
            dbfile.connection(tmp, passphrase=passphrase) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        _fsync(tmp)
        os.replace(tmp, out)
        _fsync(out.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _new_backup_path(db_path: Path, reason: str, now: dt.datetime) -> Path:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = secure_dir(backup_dir_for(db_path))
    while True:
        path = folder / f"caselog-{now.astimezone(dt.UTC).strftime(_STAMP)}-{reason}.db"
        if not path.exists():
            return path
        now += dt.timedelta(microseconds=1)


def make_backup(
    db_path: Path,
    *,
    passphrase: str | None = None,
    reason: str = "manual",
    now: dt.datetime | None = None,
    protect: Iterable[Path] = (),
) -> BackupInfo:
    """Back ``db_path`` up into its backups folder, verify the backup, then thin the
    folder (never deleting a path in ``protect``). Raises ``BackupError`` when the new
    backup does not verify; nothing is thinned then."""
    now = now or _utcnow()
    out = _new_backup_path(db_path, reason, now)
    with dbfile.connection(db_path, passphrase=passphrase, readonly=True) as conn:
        required = dbfile.table_names(conn)
    try:
        copy_database(db_path, out, passphrase=passphrase)
    except dbfile.database_errors() as exc:
        raise BackupError(f"could not back up {db_path}: {exc}") from exc
    problems = verify(out, passphrase=passphrase, required=required)
    if problems:
        out.unlink(missing_ok=True)
        raise BackupError(f"the backup of {db_path} failed its check: " + "; ".join(problems))
    info = parse_backup_name(out)
    assert info is not None
    thin(db_path, now=now, protect=protect)
    return info


def thin(db_path: Path, *, now: dt.datetime | None = None, protect: Iterable[Path] = ()) -> None:
    """Delete the backups ``select_to_keep`` does not keep."""
    backups = list_backups(db_path)
    kept = {b.path.resolve() for b in select_to_keep(backups, now or _utcnow())}
    kept.update(Path(p).resolve() for p in protect)
    for b in backups:
        if b.path.resolve() not in kept:
            b.path.unlink(missing_ok=True)


def data_signal(path: Path, *, passphrase: str | None = None) -> tuple[object, ...]:
    """A cheap fingerprint of the data, the same in a backup as in the database it copies
    until either changes: the data version every store write sets (``PRAGMA
    user_version``), the newest audit row (every change appends one), the newest case and
    update, the schema revision. Each is one header read or one index lookup: O(1) in the
    size of the database, so deciding that a backup is current costs the same at 100,000
    cases as at 1,000."""
    with dbfile.connection(path, passphrase=passphrase, readonly=True) as conn:
        tables = dbfile.table_names(conn)
        version = conn.execute("PRAGMA user_version").fetchone()
        audit = conn.execute("SELECT max(id) FROM audit").fetchone() if "audit" in tables else ()
        cases = (  # one max() per query: SQLite answers each from its index
            (
                conn.execute('SELECT max(id) FROM "case"').fetchone()[0],
                conn.execute('SELECT max(updated_at) FROM "case"').fetchone()[0],
            )
            if "case" in tables
            else ()
        )
        revision = (
            conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if "alembic_version" in tables
            else ()
        )
    return (tuple(version), tuple(audit), tuple(cases), tuple(revision))


def has_data(path: Path, *, passphrase: str | None = None) -> bool:
    with dbfile.connection(path, passphrase=passphrase, readonly=True) as conn:
        tables = dbfile.table_names(conn)
        if "case" not in tables:
            return False
        return conn.execute('SELECT EXISTS (SELECT 1 FROM "case")').fetchone()[0] > 0 or (
            "audit" in tables and conn.execute("SELECT EXISTS (SELECT 1 FROM audit)").fetchone()[0]
        )


def changed_since(
    db_path: Path, backup: BackupInfo | None, *, passphrase: str | None = None
) -> bool:
    """True when ``db_path`` holds data that ``backup`` (the newest) does not."""
    if backup is None:
        return has_data(db_path, passphrase=passphrase)
    try:
        before = data_signal(backup.path, passphrase=passphrase)
    except dbfile.database_errors():
        return True
    return data_signal(db_path, passphrase=passphrase) != before


def backup_if_due(
    db_path: Path, *, passphrase: str | None = None, now: dt.datetime | None = None
) -> BackupInfo | None:
    """The automatic backup on open: made when the data changed since the newest backup
    and that backup is more than a day old."""
    now = now or _utcnow()
    backups = list_backups(db_path)
    newest = backups[0] if backups else None
    if newest is not None and now - newest.taken_at < AUTO_INTERVAL:
        return None
    if not changed_since(db_path, newest, passphrase=passphrase):
        return None
    return make_backup(db_path, passphrase=passphrase, reason="open", now=now)


def backup_if_changed(
    db_path: Path, *, reason: str, passphrase: str | None = None, protect: Iterable[Path] = ()
) -> BackupInfo | None:
    """The backup before an import, a migration or a restore: made unless the newest
    backup already holds exactly this data."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    backups = list_backups(db_path)
    if not changed_since(db_path, backups[0] if backups else None, passphrase=passphrase):
        return None
    return make_backup(db_path, passphrase=passphrase, reason=reason, protect=protect)


def backup_file_to(db_path: Path, out: Path, *, passphrase: str | None = None) -> Path:
    """``caselog backup -o OUT``: a verified copy at ``out`` (not thinned, not listed)."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise BackupError(f"{out} is a folder; give the name of the backup file to write")
    if not out.parent.is_dir():
        raise BackupError(f"the folder {out.parent} does not exist")
    if os.path.abspath(out) == os.path.abspath(db_path):
        raise BackupError(f"{out} is the database itself; choose another file")
    try:
        copy_database(db_path, out, passphrase=passphrase)
    except dbfile.database_errors() as exc:
        raise BackupError(f"could not back up {db_path}: {exc}") from exc
    problems = verify(out, passphrase=passphrase)
    if problems:
        out.unlink(missing_ok=True)
        raise BackupError(f"the backup written to {out} failed its check: " + "; ".join(problems))
    return out


def restore_file(
    db_path: Path, backup: Path, *, passphrase: str | None = None, damaged: bool = False
) -> BackupInfo | None:
    """Replace the database at ``db_path`` by the backup at ``backup``.

    The backup is verified first (nothing changes when it fails). The current state is
    then kept: backed up (verified) when sound, or, when ``damaged``, moved whole into the
    backups folder as ``damaged-<time>.db`` (never thinned). The live database is then
    overwritten through the backup API (a damaged one is rebuilt beside it and renamed into
    place). Returns the backup of the state before the restore, if one was made.
    """
    backup = Path(backup)
    problems = verify(backup, passphrase=passphrase)
    if problems:
        raise BackupError(f"{backup} is not a good caselog backup: " + "; ".join(problems))
    lock = acquire(db_path)
    try:
        if damaged or not db_path.exists():
            _retire_damaged(db_path)
            copy_database(backup, db_path, passphrase=passphrase)
            with dbfile.connection(db_path, passphrase=passphrase) as conn:
                conn.execute("PRAGMA journal_mode = WAL")
            return None
        before = backup_if_changed(
            db_path, reason="restore", passphrase=passphrase, protect=[backup]
        )
        with (
            dbfile.connection(backup, passphrase=passphrase, readonly=True) as src,
            dbfile.connection(db_path, passphrase=passphrase) as dst,
        ):
            src.backup(dst)
            after = dbfile.integrity_check(dst)
        if after:
            raise BackupError(f"{db_path} failed its check after the restore: {after[0]}")
        return before
    finally:
        lock.release()


def _retire_damaged(db_path: Path) -> None:
    if not db_path.exists():
        return
    folder = secure_dir(backup_dir_for(db_path))
    stamp = _utcnow().strftime(_STAMP)
    for suffix in ("", "-wal", "-shm", "-journal"):
        src = db_path.with_name(db_path.name + suffix)
        if src.exists():
            os.replace(src, folder / f"damaged-{stamp}.db{suffix}")
