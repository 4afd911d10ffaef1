"""One writer: a second caselog process on the same database is told so, by pid."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from caselog.store import lock
from caselog.store.lock import DatabaseInUse

HOLD = """
import sys, time
from pathlib import Path
from caselog.store.lock import acquire
acquire(Path(sys.argv[1]))
print("held", flush=True)
time.sleep(60)
"""


def _holder(db: Path) -> subprocess.Popen[str]:
    """A child process holding the lock of ``db`` until killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    proc.stdout.close()
    assert line == "held"
    return proc


def test_second_process_is_refused_with_the_holders_pid(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    proc = _holder(db)
    try:
        with pytest.raises(DatabaseInUse) as info:
            lock.acquire(db)
        assert info.value.pid == proc.pid
        assert f"caselog is already open on this database (pid {proc.pid})" in str(info.value)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # the holder died without cleaning up: the lock is free again at once
    held = lock.acquire(db)
    assert held.held
    assert (tmp_path / "c.db.lock").read_text().startswith(f"pid={os.getpid()}\n")
    assert oct((tmp_path / "c.db.lock").stat().st_mode & 0o777) == "0o600"
    held.release()


def test_lock_is_shared_within_one_process(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = lock.acquire(db)
    second = lock.acquire(tmp_path / "." / "c.db")  # same file, other spelling
    assert second is first
    first.release()
    assert first.held  # still held by the second user
    second.release()
    assert not first.held
    # released: another process can now take it
    proc = _holder(db)
    proc.kill()
    proc.wait()
