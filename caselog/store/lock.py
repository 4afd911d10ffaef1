"""One writer per database: an exclusive lock file beside it, held while caselog has it open.

The lock is ``fcntl.flock`` on ``<db>.lock``: the operating system drops it when the
process ends, however it ends, so a crash never leaves a stale lock. The file holds the
pid and host of the holder so a second caselog can say who has it. Within one process the
lock is shared (counted), so the store and a restore running beside it do not collide.
"""

from __future__ import annotations

import fcntl
import os
import socket
import threading
from pathlib import Path

from caselog.store.errors import StoreError


class DatabaseInUse(StoreError):
    """Another caselog process has this database open."""

    def __init__(self, db_path: Path, pid: int | None, host: str | None) -> None:
        who = f"pid {pid}" if pid is not None else "another process"
        if host and host != socket.gethostname():
            who += f" on {host}"
        super().__init__(
            f"caselog is already open on this database ({who}): {db_path}. "
            "Close the other caselog first; only one may write to a database at a time."
        )
        self.db_path = db_path
        self.pid = pid
        self.host = host


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """The process's hold on one database; release it with ``release()``."""

    def __init__(self, db_path: Path, fd: int) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._fd = fd
        self._count = 1

    @property
    def held(self) -> bool:
        return self._count > 0

    def release(self) -> None:
        with _registry_lock:
            if self._count == 0:
                return
            self._count -= 1
            if self._count > 0:
                return
            _held.pop(_key(self.db_path), None)
            # Unlock before close; the file itself stays (removing it would race with a
            # process that just opened it and is about to lock it).
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)


_registry_lock = threading.Lock()
_held: dict[str, WriterLock] = {}


def _key(db_path: Path) -> str:
    return os.path.realpath(db_path)


def _read_holder(fd: int) -> tuple[int | None, str | None]:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace")
    except OSError:
        return None, None
    fields = dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line
    )  # "pid=123\nhost=name\n"
    pid_text = fields.get("pid", "")
    return (int(pid_text) if pid_text.isdigit() else None), fields.get("host")


def acquire(db_path: Path, *, create: bool = True) -> WriterLock:
    """Take the writer lock of ``db_path`` or raise ``DatabaseInUse`` at once (no waiting).
    ``create=False``: only an existing lock file (``FileNotFoundError`` else), for a
    read-only database, beside which caselog creates nothing."""
    key = _key(db_path)
    with _registry_lock:
        existing = _held.get(key)
        if existing is not None and existing.held:
            existing._count += 1
            return existing
        path = lock_path_for(Path(key))
        fd = os.open(path, os.O_RDWR | (os.O_CREAT if create else 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid, host = _read_holder(fd)
            os.close(fd)
            raise DatabaseInUse(Path(db_path), pid, host) from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid={os.getpid()}\nhost={socket.gethostname()}\n".encode(), 0)
        lock = WriterLock(Path(key), fd)
        _held[key] = lock
        return lock
