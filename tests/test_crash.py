"""A confirmed save survives a crash: a child saving in a loop is killed with SIGKILL.

After each kill: ``PRAGMA integrity_check`` is ok, every save the child acknowledged is
there, whole (all its events and images, image bytes matching their SHA-256), and any
case found that was not acknowledged is whole too (a transaction is all or nothing).
``make test`` runs 8 kills (each after one to three acknowledged saves, so each lands in
real work); ``make soak`` (``-m soak``) runs 500.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("crash_child.py")
TITLE = re.compile(r"^crash s(\d+) n(\d+) ev(\d+) im(\d+)$")


@dataclass
class Tally:
    kills: int = 0
    acknowledged: set[int] = field(default_factory=set)
    found: int = 0
    cases_checked: int = 0
    hashed: set[int] = field(default_factory=set)


def _run_child(db: Path, seed: int, rng: random.Random) -> list[int]:
    """Start the child, let it acknowledge one to three saves and then work on for a random
    while (into the middle of the next save, mostly), SIGKILL it; the ids it reported.

    Waiting for saves rather than for a fixed time keeps every kill a kill during real work
    however slow a loaded machine makes the child's start."""
    env = dict(os.environ, PYTHONPATH=str(CHILD.parent.parent))
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    ready = threading.Event()
    worked = threading.Event()
    saves_before_kill = rng.randint(1, 3)

    def read() -> None:
        assert proc.stdout is not None
        saves = 0
        for line in proc.stdout:
            if line.strip() == "ready":
                ready.set()
            lines.append(line)
            if line.startswith("saved "):
                saves += 1
                if saves >= saves_before_kill:
                    worked.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    for event, what in ((ready, "opened the store"), (worked, "acknowledged a save")):
        if not event.wait(60):
            proc.kill()
            proc.wait()
            raise AssertionError(f"the crash child never {what}: " + proc.stderr.read())
    time.sleep(rng.uniform(0.0, 0.1))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(10)
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, err
    return [int(line.split()[1]) for line in lines if line.startswith("saved ")]


def _check(db: Path, tally: Tally) -> None:
    """After a kill: the file is sound, every acknowledged save is there, and every case
    has all its events and images (image bytes hashed once per case, when first seen)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute('SELECT id, title FROM "case"').fetchall()
        present = {int(i) for i, _ in rows}
        missing = tally.acknowledged - present
        assert not missing, f"acknowledged saves lost: {sorted(missing)}"
        events = dict(conn.execute("SELECT case_id, count(*) FROM event GROUP BY case_id"))
        images = dict(
            conn.execute(
                "SELECT event.case_id, count(*) FROM image JOIN event ON image.event_id = "
                "event.id JOIN blob ON blob.sha256 = image.sha256 GROUP BY event.case_id"
            )
        )
        for case_id, title in rows:
            m = TITLE.match(title)
            assert m, title
            n_events, n_images = int(m.group(3)), int(m.group(4))
            got = events.get(case_id, 0)
            assert got == n_events, f"case {case_id} has {got} of {n_events} events"
            got = images.get(case_id, 0)
            assert got == n_images, f"case {case_id} has {got} of {n_images} images"
            if case_id in tally.hashed:
                continue
            blobs = conn.execute(
                "SELECT blob.sha256, blob.data FROM image JOIN event ON image.event_id = event.id "
                "JOIN blob ON blob.sha256 = image.sha256 WHERE event.case_id = ?",
                (case_id,),
            ).fetchall()
            for sha, data in blobs:
                assert hashlib.sha256(data).hexdigest() == sha, f"case {case_id}: image damaged"
            tally.hashed.add(case_id)
        tally.found = len(present & tally.acknowledged)
        tally.cases_checked += len(rows)
    finally:
        conn.close()


def crash_loop(db: Path, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    for k in range(kills):
        acked = _run_child(db, seed * 10_000 + k, rng)
        tally.kills += 1
        tally.acknowledged.update(acked)
        _check(db, tally)
    return tally


def _report(tally: Tally) -> str:
    return (
        f"crash test: {tally.kills} kills, {len(tally.acknowledged)} acknowledged saves, "
        f"{tally.found} found whole, {tally.cases_checked} case checks"
    )


def test_saves_survive_sigkill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tally = crash_loop(tmp_path / "crash.db", kills=8, seed=1)
    assert tally.kills == 8
    assert len(tally.acknowledged) >= 8  # each child acknowledged a save before its kill
    assert tally.found == len(tally.acknowledged)
    with capsys.disabled():
        print("\n" + _report(tally))


@pytest.mark.soak
def test_saves_survive_500_sigkills(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tally = crash_loop(tmp_path / "crash.db", kills=500, seed=2)
    assert tally.kills == 500
    assert tally.found == len(tally.acknowledged)
    with capsys.disabled():
        print("\n" + _report(tally))
