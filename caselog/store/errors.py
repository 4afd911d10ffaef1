"""Errors of the store, each with a message fit to show the user.

A database call can fail for reasons that have nothing to do with the database itself: a
full disk, a read-only file or folder, missing permission, another program holding a lock,
a failing drive. ``explain`` turns what SQLite (or the operating system) raised into one of
the errors below, saying the cause plainly and what helps, and never the SQL statement or
its bound parameters (the log keeps the detail). Only ``DamagedDatabase``
(caselog/store/integrity.py) says a file is damaged, and only it offers a restore.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """The database cannot be opened or written (message says why)."""


class NotFound(StoreError):
    """No case (or series, or event) with the given id."""

    def __init__(self, what: str, ident: int, *, note: str = "") -> None:
        super().__init__(f"there is no {what} with id {ident}" + (f" {note}" if note else ""))
        self.what = what
        self.ident = ident


class StaleCase(StoreError):
    """A write made on a version of the case that another change has replaced: nothing
    was saved; the message says who changed what, and when (``services._versions``)."""

    def __init__(self, message: str, *, case_id: int, version: int, current: int) -> None:
        super().__init__(message)
        self.case_id = case_id
        self.version = version
        self.current = current


class StorageError(StoreError):
    """A cause outside the database: the disk, the file's modes, another program.

    ``kind`` is one of ``disk-full``, ``permission``, ``read-only``, ``locked``, ``io``,
    ``not-caselog``, ``damaged`` (found in use; ``caselog check-db`` says more) or
    ``database`` (any other SQLite error, said by its code only)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class DiskFull(StorageError):
    def __init__(self, message: str) -> None:
        super().__init__("disk-full", message)


class ReadOnlyDatabase(StorageError):
    """The file, its folder or its disk is read-only: caselog reads it and writes nothing."""

    def __init__(self, message: str) -> None:
        super().__init__("read-only", message)


class LockedByOther(StorageError):
    def __init__(self, message: str) -> None:
        super().__init__("locked", message)


class NotCaselogDatabase(StorageError):
    def __init__(self, message: str) -> None:
        super().__init__("not-caselog", message)


# the kinds that say nothing about the file itself
OUTSIDE = frozenset({"disk-full", "permission", "read-only", "locked", "io"})

# how much free space below which a failed write is put down to a full disk: a write
# that fails on a disk with less than this left (its WAL, its shared memory and the pages
# of a migration or an index rebuild need a few MiB at once) is a full disk, not damage
LOW_SPACE = 4 << 20

_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
_PERM_ERRNOS = {errno.EACCES, errno.EPERM}


def free_space(path: Path) -> int | None:
    """Bytes free to the user on the disk holding ``path`` (its nearest existing folder)."""
    here = Path(os.path.abspath(path))
    while not here.exists() and here != here.parent:
        here = here.parent
    try:
        st = os.statvfs(here)
    except OSError:
        return None
    return st.f_bavail * st.f_frsize


def _mounted_read_only(path: Path) -> bool:
    here = Path(os.path.abspath(path))
    while not here.exists() and here != here.parent:
        here = here.parent
    try:
        return bool(os.statvfs(here).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_reason(db_path: Path) -> str | None:
    """Why the database at ``db_path`` must be opened read-only, or None when caselog may
    write it. The file's own write bits count even for root (a user who made the file
    read-only meant it); the folder must take the journal files beside it."""
    if _mounted_read_only(db_path):
        return f"the disk holding {db_path} is mounted read-only"
    if db_path.exists():
        mode = db_path.stat().st_mode
        if not mode & 0o200 or not os.access(db_path, os.W_OK):
            return f"the file {db_path} is read-only"
    folder = db_path.parent
    if folder.exists() and (not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o200):
        return f"the folder {folder} is read-only"
    return None


def _disk_full_message(path: Path, doing: str) -> str:
    free = free_space(path)
    shown = f" ({free // 1024} KiB free)" if free is not None else ""
    return (
        f"could not {doing}: the disk holding {path.parent} is full{shown}. "
        "Free some space and try again. The database is not damaged and needs no restore."
    )


def _code_name(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", None)
    return str(name) if name else ""


def explain(exc: BaseException, path: Path | None, doing: str) -> StoreError:
    """The error to show for ``exc`` raised while ``doing`` something (``"save the
    change"``) to the database at ``path``. Already-explained errors pass through."""
    if isinstance(exc, StoreError):
        return exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if isinstance(orig, BaseException):
        exc = orig
    where = path if path is not None else Path("the database")
    code = _code_name(exc)
    text = str(exc).lower()
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno in _FULL_ERRNOS:
            return DiskFull(_disk_full_message(where, doing))
        if exc.errno == errno.EROFS:
            return ReadOnlyDatabase(f"could not {doing}: the disk holding {where} is read-only")
        if exc.errno in _PERM_ERRNOS:
            return StorageError(
                "permission",
                f"could not {doing}: permission denied for {exc.filename or where}. "
                "Check the owner and permissions of the file and its folder.",
            )
        return StorageError("io", f"could not {doing}: {exc.strerror or exc}")
    sqlstate = getattr(exc, "sqlstate", None)  # psycopg's: the server's error class
    if isinstance(sqlstate, str) or type(exc).__module__.startswith("psycopg"):
        return _server_error(exc, sqlstate, doing)
    low = path is not None and (free_space(path) or 0) < LOW_SPACE
    if code.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFull(_disk_full_message(where, doing))
    if code.startswith("SQLITE_BUSY") or code.startswith("SQLITE_LOCKED") or "locked" in text:
        return LockedByOther(
            f"could not {doing}: {where} is locked by another program (a database tool, "
            "or a sync or backup program). Close it and try again; nothing was changed."
        )
    reason = read_only_reason(path) if path is not None else None
    if code.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(
            f"could not {doing}: {reason or f'{where} is read-only'}. "
            "Make it writable and open it again to change cases."
        )
    if (
        code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN"))
        or "i/o error" in text
        or ("unable to open" in text)
    ):
        if low:
            return DiskFull(_disk_full_message(where, doing))
        if reason is not None:
            return ReadOnlyDatabase(f"could not {doing}: {reason}")
        if path is not None and path.exists() and not os.access(path, os.R_OK):
            return StorageError(
                "permission",
                f"could not {doing}: permission denied for {path}. "
                "Check the owner and permissions of the file and its folder.",
            )
        return StorageError(
            "io",
            f"could not {doing}: the disk holding {where} could not be read or written "
            "(input/output error). Check the drive; this says nothing about the database.",
        )
    if code.startswith("SQLITE_PERM") or code.startswith("SQLITE_AUTH"):
        return StorageError("permission", f"could not {doing}: permission denied for {where}")
    if code.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return StorageError(
            "damaged",
            f"could not {doing}: the database file {where} is damaged (SQLite found a "
            "malformed page). Run `caselog check-db` (File > Check database) to see what is "
            "wrong and which backup to restore.",
        )
    if code.startswith("SQLITE_NOTADB") or "not a database" in text:
        return NotCaselogDatabase(
            f"could not {doing}: {where} is not a caselog database, or its header is damaged"
        )
    missing = _MISSING.search(str(exc))
    if missing is not None:  # names of caselog's own tables and columns: no patient data
        name = missing.group("name") or missing.group("col")
        return _schema_mismatch(doing, where, missing.group("kind"), name)
    # anything else: by its code, never the statement or its parameters
    shown = code or type(exc).__name__
    return StorageError("database", f"could not {doing}: the database refused ({shown})")


# SQLite's words for a table or column the statement names and the file lacks
_MISSING = re.compile(
    r"no such (?P<kind>table|column): (?P<name>[\w.]+)|has no column named (?P<col>\w+)"
)


def _schema_mismatch(doing: str, where: object, kind: str | None, name: str | None) -> StoreError:
    """A table or column caselog's statements need is missing: the schema is not the one
    its revision says (edited by another tool, or a damaged migration), not a damaged file."""
    return StorageError(
        "schema",
        f"could not {doing}: {where} lacks caselog's {kind or 'column'} '{name}', so its "
        "schema is not the one its revision says (changed by another program?). Nothing "
        "was changed. Run `caselog check-db` (File > Check database) for the whole list, "
        "and restore a backup if the schema cannot be mended.",
    )


# PostgreSQL's error classes (SQLSTATE's first two characters) said plainly
_SERVER_CLASSES = {
    "08": "the connection to the database server failed",
    "28": "the database server did not accept the user or password",
    "3D": "the database does not exist on the server",
    "53": "the database server is out of resources (disk, memory or connections)",
    "57": "the database server is shutting down or cancelled the statement",
}


def _server_error(exc: BaseException, sqlstate: str | None, doing: str) -> StoreError:
    """A PostgreSQL error: by its class, or by the server's own name for it (never the
    statement or its values). ``sqlstate`` None: the server could not be reached."""
    if sqlstate is None and type(exc).__name__ == "OperationalError":
        return StorageError(
            "io",
            f"could not {doing}: the database server could not be reached. Check that it "
            "is running and that the URL (host, port, database, user) is right.",
        )
    primary = str(getattr(getattr(exc, "diag", None), "message_primary", None) or "")
    if sqlstate == "42501" and "row-level security" in primary:
        return StorageError(
            "permission",
            f"could not {doing}: the case is not one of your teams' cases, and the database "
            "server keeps each team's cases to the team (nothing was changed)",
        )
    if sqlstate == "42501":
        return StorageError(
            "permission",
            f"could not {doing}: the database server refused it to this user (permission "
            "denied); ask the department's database administrator",
        )
    if sqlstate in ("40001", "40P01", "55P03"):
        return LockedByOther(
            f"could not {doing}: another user was changing the same data at the same time. "
            "Nothing was changed; try again."
        )
    if sqlstate is None:
        return StorageError("database", f"could not {doing}: {type(exc).__name__}")
    if sqlstate in ("42P01", "42703"):  # undefined table, undefined column
        said = str(getattr(getattr(exc, "diag", None), "message_primary", None) or "")
        found = re.search(r'"([^"]+)"', said)
        kind = "table" if sqlstate == "42P01" else "column"
        return _schema_mismatch(doing, "the database", kind, found.group(1) if found else "?")
    if sqlstate[:2] in _SERVER_CLASSES:
        return StorageError("database", f"could not {doing}: {_SERVER_CLASSES[sqlstate[:2]]}")
    if sqlstate == "P0001":  # raised by caselog's own triggers (e.g. the append-only trail)
        return StorageError("database", f"could not {doing}: {primary or 'refused'}")
    return StorageError(
        "database", f"could not {doing}: the database refused ({type(exc).__name__} {sqlstate})"
    )
