"""What durability costs: the checks on open, a verified backup, a restore, the audit rows.

``python -m bench bench.bench_durability`` (``--quick``: 1,000 cases instead of 10,000).
Prints one line per measurement; the claims in the durability notes come from here.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.generate import cases as synthetic_cases
from caselog.store import backup, integrity
from caselog.store import services as sv
from caselog.store.engine import open_store


def _timed(label: str, func: object) -> float:
    start = time.perf_counter()
    func()  # type: ignore[operator]
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds * 1000:9.1f} ms", flush=True)
    return seconds


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = open_store(str(db))
        for first in range(0, count, 1_000):
            sv.import_cases(
                list(synthetic_cases(min(1_000, count - first), seed=first)), store=store
            )
        store.close()
        size = db.stat().st_size
        print(f"database: {count:,} cases, {size / 1e6:.1f} MB", flush=True)
        _timed("quick_check + foreign_key_check (after open)", lambda: integrity.check_database(db))
        _timed("open_store (lock, cheap checks, none due)", lambda: open_store(str(db)).close())
        made: list[backup.BackupInfo] = []
        _timed(
            "verified backup (backup API + integrity_check)",
            lambda: made.append(backup.make_backup(db)),
        )
        _timed(
            "restore from that backup (verify, keep current, copy)",
            lambda: backup.restore_file(db, made[0].path),
        )
        store = open_store(str(db))
        try:
            case = sv.get_case(1, store=store)
            n = 200
            start = time.perf_counter()
            for i in range(n):
                sv.set_title(1, f"{case.title} {i}", store=store)
            per = (time.perf_counter() - start) / n
            print(f"{'set_title with its audit row (per call)':<52} {per * 1000:9.1f} ms")
        finally:
            store.close()
