"""Whether an open store's file is known to be sound, and the full check that decides it.

Opening a database does only cheap checks; the full check (``quick_check`` and
``foreign_key_check``, ``caselog.store.integrity``) grows with the file, so it runs later:
in the window after the case list shows (off the GUI thread), on demand (``caselog verify``,
File > Verify database), and at the latest before the store's first write. Until the file is
known sound the store's connections are read-only, so nothing is written to a damaged file:
not a write, a migration, a checkpoint of a leftover WAL, a journal-mode switch or the
automatic backup.

A file caselog checked or closed cleanly is recorded in ``<db>.verified`` (its size, time,
inode and first page, with no WAL or journal beside it). An open that finds the file exactly
so knows it sound at once and skips the wait; the full check still runs in the background
in the window. The record is removed before a session's first write and written again when
the store closes cleanly, so a crash (a WAL left behind, a changed file) always means a
full check before the next write.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from caselog.store import dbfile, integrity
from caselog.store.backup import BackupInfo
from caselog.store.errors import StoreError

log = logging.getLogger(__name__)

PAGE = 4096
_SUFFIXES = ("-wal", "-journal")


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".verified")


def fingerprint(db_path: Path) -> dict[str, object] | None:
    """What identifies the file as it is now, or None while a WAL or journal holds part of
    it (then only a full check can say it is sound)."""
    try:
        for suffix in _SUFFIXES:
            companion = db_path.with_name(db_path.name + suffix)
            if companion.exists() and companion.stat().st_size > 0:
                return None
        st = db_path.stat()
        with open(db_path, "rb") as f:
            head = f.read(PAGE)
    except OSError:
        return None
    return {
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "inode": st.st_ino,
        "head": hashlib.sha256(head).hexdigest(),
    }


def is_known_sound(db_path: Path) -> bool:
    """True when the record says caselog left this very file sound (O(1): a stat, a page)."""
    try:
        recorded = json.loads(marker_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    now = fingerprint(db_path)
    return now is not None and recorded == now


def record_sound(db_path: Path) -> None:
    """Write the record for the file as it is now (nothing when a WAL is left over)."""
    now = fingerprint(db_path)
    if now is None:
        return
    marker = marker_path(db_path)
    tmp = marker.with_name(marker.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(now, f)
        os.replace(tmp, marker)
    except OSError as exc:  # a read-only folder: the next open checks again, no harm
        log.warning("could not record %s as sound: %s", db_path, exc)


def forget(db_path: Path) -> None:
    """Remove the record (the file is about to change)."""
    try:
        marker_path(db_path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove %s: %s", marker_path(db_path), exc)


UNKNOWN, SOUND, DAMAGED = "unknown", "sound", "damaged"


class Soundness:
    """The state of one open store's file: ``unknown`` until checked (or known from the
    record), then ``sound`` or ``damaged``. Thread-safe: a write waits for a check that is
    running on another thread rather than starting its own."""

    def __init__(self, path: Path | None, passphrase: str | None, *, known: bool) -> None:
        self.path = path
        self._passphrase = passphrase
        self.state = SOUND if known or path is None else UNKNOWN
        self.checked = path is None  # the full check ran in this session
        self.problems: list[str] = []
        self._lock = threading.Lock()
        self._written = False
        self._active: dbfile.Connection | None = None  # the running check's connection
        self._good: tuple[BackupInfo | None] | None = None  # the newest good backup, once found
        self._store_closed = False  # after the store closes, the file may be another's
        self.on_sound: list[Callable[[], object]] = []  # run once, when it turns sound

    @property
    def sound(self) -> bool:
        return self.state == SOUND

    def ensure(self) -> None:
        """Return when the file is sound, checking it first if that is not known yet;
        ``DamagedDatabase`` (nothing written) when it is not."""
        if self.state == UNKNOWN:
            with self._lock:
                if self.state == UNKNOWN:
                    self._run_check()
        if self.state == DAMAGED:
            self._raise()

    def check(self) -> list[str]:
        """The full check now, whatever is known (the background check, ``caselog verify``).
        Returns the problems (empty: sound); a damaged file refuses every later write."""
        with self._lock:
            self._run_check()
        return list(self.problems)

    def before_write(self) -> None:
        """Called by ``Store.write``: sound, or ``DamagedDatabase``; then the record goes
        (once per session) since the file is about to change."""
        self.ensure()
        if not self._written and self.path is not None:
            self._written = True
            forget(self.path)

    def mark_sound(self) -> None:
        """The file was just replaced by one that passed its check (a restore)."""
        with self._lock:
            turned = self.state != SOUND
            self.state, self.problems, self.checked = SOUND, [], True
            if turned:
                for hook in self.on_sound:
                    hook()

    def interrupt(self) -> None:
        """Stop a check running on another thread (the store is closing): it ends with
        ``StoreError`` and the file stays unknown, never called damaged for it."""
        self._store_closed = True
        active = self._active
        if active is not None:
            try:
                active.interrupt()
            except dbfile.database_errors():  # the check closed it meanwhile: nothing to stop
                pass

    def closed(self) -> None:
        """The store closed cleanly: record the file as sound when it is known to be."""
        if self.path is not None and self.state == SOUND:
            record_sound(self.path)

    def damaged_error(self) -> integrity.DamagedDatabase:
        """The error to raise, with the newest backup that passes its check (looked for
        once: each backup is checked whole, so every refused write must not repeat it)."""
        assert self.path is not None
        if self._good is None:
            self._good = (integrity.newest_good_backup(self.path, passphrase=self._passphrase),)
        return integrity.DamagedDatabase(self.path, self.problems, self._good[0])

    def _raise(self) -> None:
        raise self.damaged_error()

    def _run_check(self) -> None:
        if self.path is None:
            return
        if self._store_closed:  # the file may be being encrypted or restored under it
            raise StoreError(f"{self.path}: the store is closed; nothing was checked")

        def started(conn: dbfile.Connection) -> None:
            self._active = conn

        try:
            problems = integrity.find_problems(
                self.path, passphrase=self._passphrase, started=started
            )
        finally:
            self._active = None
        self.checked = True
        self.problems = problems
        if problems:
            self.state = DAMAGED
            forget(self.path)
            log.error("%s failed its check: %s", self.path, "; ".join(problems[:3]))
            return
        turned = self.state != SOUND
        self.state = SOUND
        if turned:
            for hook in self.on_sound:
                hook()
