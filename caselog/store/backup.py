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
import hashlib
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from caselog.interchange import outputs
from caselog.store import dbfile, trail
from caselog.store.errors import OUTSIDE, StorageError, StoreError, explain
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


log = logging.getLogger(__name__)


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
    path: Path,
    *,
    passphrase: str | None = None,
    required: Iterable[str] = REQUIRED_TABLES,
    strict: bool = False,
) -> list[str]:
    """What is wrong with the database file at ``path`` (empty: it opens, passes
    ``integrity_check``, has the ``required`` tables, every stored image still matches its
    SHA-256 and the audit trail its hash chain). ``strict``: a cause outside the file (a
    full disk, a lock, a read-only folder) is raised (``StorageError``), not listed."""
    if not path.is_file():
        return [f"{path} does not exist"]
    try:
        with dbfile.connection(path, passphrase=passphrase, readonly=True) as conn:
            problems = dbfile.integrity_check(conn)
            tables = dbfile.table_names(conn)
            missing = sorted(set(required) - tables)
            if not problems:
                problems += image_problems(conn) + trail.file_problems(conn)
    except dbfile.database_errors() as exc:
        why = explain(exc, path, f"read {path}")
        if strict and isinstance(why, StorageError) and why.kind in OUTSIDE:
            raise why from None
        return [str(why)]
    if missing:
        problems.append("not a caselog database: no table " + ", ".join(missing))
    return problems


def image_problems(conn: dbfile.Connection, *, limit: int = 3) -> list[str]:
    """Stored images whose bytes no longer match the SHA-256 they are stored under (damage
    inside a blob passes SQLite's own checks)."""
    if "blob" not in dbfile.table_names(conn):
        return []
    found: list[str] = []
    for sha, data in conn.execute("SELECT sha256, data FROM blob"):
        if hashlib.sha256(bytes(data)).hexdigest() != sha:
            found.append(f"image {sha[:12]}… is damaged: its bytes no longer match its SHA-256")
            if len(found) >= limit:
                break
    return found


_fsync = outputs.fsync_path  # a name of its own here: the crash tests replace it


PARTIAL = ".partial"


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def partials_path(db_path: Path) -> Path:
    """Where ``db_path`` notes the partial files it is writing elsewhere (``backup -o``)."""
    return db_path.with_name(db_path.name + ".unfinished")


def _note_partial(db_path: Path, tmp: Path) -> None:
    with open(partials_path(db_path), "a", encoding="utf-8") as f:
        os.chmod(partials_path(db_path), 0o600)
        f.write(os.path.abspath(tmp) + "\n")


def _forget_partial(db_path: Path, tmp: Path) -> None:
    notes = partials_path(db_path)
    try:
        lines = notes.read_text(encoding="utf-8").splitlines()
        rest = [line for line in lines if line != os.path.abspath(tmp)]
        if rest:
            notes.write_text("".join(line + "\n" for line in rest), encoding="utf-8")
        else:
            notes.unlink()
    except OSError as exc:  # the next open removes what it names, if anything is left
        log.warning("could not update %s: %s", notes, exc)


class OutputNotes:
    """The live database's list of the output files being written (``outputs.Notes``):
    its next open removes what an interrupted export, report or backup left."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path

    def started(self, tmp: Path) -> None:
        _note_partial(self.db_path, tmp)

    def finished(self, tmp: Path) -> None:
        _forget_partial(self.db_path, tmp)


def output_notes(path: Path | None) -> OutputNotes | None:
    """The notes of the database file at ``path`` (None: not a file, nothing to note)."""
    return None if path is None else OutputNotes(path)


def remove_partials(db_path: Path) -> list[Path]:
    """Remove what an interrupted backup, restore, encryption or output left (caselog holds
    the writer lock, so none is still being written): ``*.partial`` and their journals in the
    backups folder and wherever ``backup -o`` wrote, a restore's ``<db>.restoring``, an
    encryption's ``<db>.encrypting``, the temporary file of an export, report, form or
    overview (``caselog.interchange.outputs``) wherever it was written. Returns what was
    removed."""
    found: list[Path] = []
    folder = backup_dir_for(db_path)
    if folder.is_dir():
        ends = tuple(PARTIAL + s for s in ("", "-journal", "-wal", "-shm"))
        found += [p for p in folder.iterdir() if p.name.endswith(ends)]
    for suffix in (".restoring", ".restoring" + PARTIAL, ".encrypting"):
        found += _with_companions(db_path.with_name(db_path.name + suffix))
    notes = partials_path(db_path)
    try:
        listed = notes.read_text(encoding="utf-8").splitlines()
    except OSError:
        listed = []
    for line in listed:
        if line.endswith(PARTIAL):
            found += _with_companions(Path(line))
        elif outputs.is_temp(Path(line)):  # an export, report or form (outputs.written)
            found.append(Path(line))
    removed = []
    for p in found:
        try:
            p.unlink()
            removed.append(p)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove the partial file %s: %s", p, exc)
    notes.unlink(missing_ok=True)
    return removed


def copy_database(
    db_path: Path, out: Path, *, passphrase: str | None = None, note: Path | None = None
) -> None:
    """Write a consistent copy of ``db_path`` to ``out`` through the backup API (0600,
    written beside ``out`` first and renamed into place, so ``out`` is never half a file).
    ``note``: the live database that records the partial file, so that its next open
    removes it if this is interrupted (``remove_partials``).
    """
    tmp = out.with_name(out.name + PARTIAL)
    tmp.unlink(missing_ok=True)
    if note is not None:
        _note_partial(note, tmp)
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
        for p in _with_companions(tmp):
            p.unlink(missing_ok=True)
        raise
    finally:
        if note is not None:
            _forget_partial(note, tmp)


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
    try:
        out = _new_backup_path(db_path, reason, now)
        with dbfile.connection(db_path, passphrase=passphrase, readonly=True) as conn:
            required = dbfile.table_names(conn)
        copy_database(db_path, out, passphrase=passphrase)
    except (OSError, *dbfile.database_errors()) as exc:  # type: ignore[misc]
        log.error("the backup of %s failed", db_path, exc_info=True)
        raise explain(exc, db_path, f"back up {db_path}") from None
    try:
        problems = verify(out, passphrase=passphrase, required=required, strict=True)
    except StoreError:
        out.unlink(missing_ok=True)
        raise
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
        copy_database(db_path, out, passphrase=passphrase, note=db_path)
    except (OSError, *dbfile.database_errors()) as exc:  # type: ignore[misc]
        log.error("the backup of %s to %s failed", db_path, out, exc_info=True)
        raise explain(exc, out, f"back up {db_path} to {out}") from None
    try:
        problems = verify(out, passphrase=passphrase, strict=True)
    except StoreError:
        out.unlink(missing_ok=True)
        raise
    if problems:
        out.unlink(missing_ok=True)
        raise BackupError(f"the backup written to {out} failed its check: " + "; ".join(problems))
    return out


def restore_file(
    db_path: Path,
    backup: Path,
    *,
    passphrase: str | None = None,
    damaged: bool = False,
    prepare: Callable[[Path], None] | None = None,
) -> BackupInfo | None:
    """Replace the database at ``db_path`` by the backup at ``backup``.

    Nothing of the live database moves until its replacement is complete and checked in
    place: the backup is verified, copied beside the database as ``<db>.restoring``,
    ``prepare(staged)`` runs on the copy (the audit trail carried over, the restore
    recorded), and the copy is checked again. Then the current state is kept: backed up
    (verified) when sound, or, when ``damaged``, kept whole as ``damaged-<time>.db`` in the
    backups folder. Last the copy goes live: through SQLite's backup API (one transaction,
    all or nothing) into a sound database, by one rename over a damaged one. Any failure
    before that (a full disk at any step) leaves the live database where and as it was.
    Returns the backup of the state before the restore, if one was made.
    """
    backup = Path(backup)
    problems = verify(backup, passphrase=passphrase, strict=True)
    if problems:
        raise BackupError(f"{backup} is not a good caselog backup: " + "; ".join(problems))
    lock = acquire(db_path)
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        doing = f"restore {backup} (the database was not changed)"
        try:
            copy_database(backup, staged, passphrase=passphrase)
            if prepare is not None:
                prepare(staged)
            with dbfile.connection(staged, passphrase=passphrase) as conn:
                conn.execute("PRAGMA journal_mode = WAL")  # closed: no WAL left beside it
            problems = verify(staged, passphrase=passphrase, strict=True)
            if problems:
                raise BackupError(f"the restored copy failed its check: {problems[0]}")
            if damaged or not db_path.exists():
                _keep_damaged_and_replace(db_path, staged)
                return None
            before = backup_if_changed(
                db_path, reason="restore", passphrase=passphrase, protect=[backup]
            )
            with (
                dbfile.connection(staged, passphrase=passphrase, readonly=True) as src,
                dbfile.connection(db_path, passphrase=passphrase) as dst,
            ):
                src.backup(dst)
                after = dbfile.integrity_check(dst)
        except (OSError, *dbfile.database_errors()) as exc:  # type: ignore[misc]
            log.error("the restore of %s from %s failed", db_path, backup, exc_info=True)
            raise explain(exc, db_path, doing) from None
        if after:
            raise BackupError(f"{db_path} failed its check after the restore: {after[0]}")
        return before
    finally:
        for p in _with_companions(staged):
            p.unlink(missing_ok=True)
        lock.release()


def _with_companions(path: Path) -> list[Path]:
    return [path] + [path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm")]


def _keep_damaged_and_replace(db_path: Path, staged: Path) -> None:
    """Keep the damaged database (and its WAL) whole in the backups folder, then rename the
    staged replacement over it. The old file gets its second name (a hard link, else a
    copy) before anything moves; its WAL is moved aside before the rename, so it can never
    be replayed into the new file."""
    wal = staged.with_name(staged.name + "-wal")
    if wal.exists() and wal.stat().st_size:  # never rename a file away from its WAL
        raise BackupError(f"the restored copy {staged} could not be finished; nothing changed")
    if not db_path.exists():
        os.replace(staged, db_path)
        return
    folder = secure_dir(backup_dir_for(db_path))
    stamp = _utcnow().strftime(_STAMP)
    kept = folder / f"damaged-{stamp}.db"
    for suffix in ("", "-wal", "-journal"):
        src = db_path.with_name(db_path.name + suffix)
        if src.exists():
            dst = kept.with_name(kept.name + suffix)
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)
            _fsync(dst)
    _fsync(folder)
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)
    _fsync(db_path.parent)
