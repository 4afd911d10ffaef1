"""caselog at 100,000 cases, each figure against a plain baseline measured in the same run.

``python -m bench bench.bench_scale`` (``--quick``: 10,000 cases). The databases come from
``bench.bigdb`` (made once, then cached). Targets (issue 11):

- open: ``open_store`` + ``close`` at 100,000 cases within 1.2x the same at 1,000; also
  with the file not known sound (its full check deferred), reported;
- window shown within 1.5x a bare PySide6 window, case list filled within 2x it;
- search: every query of ``bench.bench_search`` under 50 ms (the first page and the list's
  capped count; the ratio to the bare index, which orders and joins nothing, reported);
- import: 1,000 cases into the 100,000 within 3x plain sqlite3 inserting the same rows;
- the backup before an import, at 100,000 against 1,000: when the newest verified backup
  holds the data (within 1.5x), and when it does not (a new verified backup: reported);
- the full integrity check the open no longer waits for (reported).
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench import bench_search, bench_store, bench_ui
from bench.bigdb import copy_of, database
from bench.common import Result, best_of_pair
from bench.generate import cases as synthetic_cases

OPEN_RATIO = 1.2
SHOWN_RATIO = 1.5
FILLED_RATIO = 2.0
IMPORT_RATIO = 3.0
UNCHANGED_BACKUP_RATIO = 1.5
SMALL = 1_000


def _open_close(db: Path) -> None:
    from caselog.store.engine import open_store

    open_store(str(db)).close()


def _marker(db: Path) -> Path:
    return db.with_name(db.name + ".verified")


def _not_known_sound(db: Path) -> Callable[[], float]:
    """Open and close with the file's known-sound record taken away for the open (the
    record is removed and put back outside the time measured)."""
    marker = _marker(db)
    saved = marker.read_bytes() if marker.exists() else None

    def run() -> float:
        marker.unlink(missing_ok=True)
        try:
            start = time.perf_counter()
            _open_close(db)
            return time.perf_counter() - start
        finally:
            if saved is not None:
                marker.write_bytes(saved)

    return run


def _timed(func: Callable[[], object]) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        func()
        return time.perf_counter() - start

    return run


OPEN_ROUNDS = 300  # a few milliseconds an open: many rounds, so that load elsewhere on the
# machine does not decide a 1.2x target (by step, an open at 100,000 cases does what one at
# 1,000 does: the same statements, the same pages read, see the report of issue 11)


def best_alternating(
    rounds: int, big: Callable[[], float], small: Callable[[], float]
) -> tuple[float, float]:
    """The best time of each side over ``rounds`` rounds, the order swapped every round
    (big first, then small first), so that neither always follows the other."""
    best = [float("inf"), float("inf")]
    for n in range(rounds):
        order = ((0, big), (1, small)) if n % 2 == 0 else ((1, small), (0, big))
        for i, func in order:
            best[i] = min(best[i], func())
    return best[0], best[1]


def bench_open(big: Path, small: Path, count: int, repeat: int) -> list[Result]:
    _open_close(big)  # warm the page cache and the modules for both sides
    _open_close(small)
    rounds = max(repeat, OPEN_ROUNDS)
    known = best_alternating(
        rounds, _timed(lambda: _open_close(big)), _timed(lambda: _open_close(small))
    )
    unknown = best_alternating(rounds, _not_known_sound(big), _not_known_sound(small))
    return [
        Result(f"open {count:,} cases (vs open {SMALL:,})", *known, OPEN_RATIO),
        Result(f"  same, file not known sound (vs {SMALL:,})", *unknown, OPEN_RATIO),
    ]


def bench_full_check(big: Path, small: Path, count: int) -> Result:
    from caselog.store import integrity

    seconds, base = best_of_pair(
        1, lambda: integrity.find_problems(big), lambda: integrity.find_problems(small)
    )
    return Result(f"full check, off the open now ({count:,} vs {SMALL:,})", seconds, base, None)


WINDOW_ROUNDS = 7  # about a second a child: the best of 7 interleaved rounds of 3 children


def bench_window(big: Path, count: int, repeat: int) -> list[Result | bench_ui.MemoryResult]:
    # start-up varies by tens of percent run to run on a shared machine: more rounds than
    # the other figures, so that a 1.5x target is not decided by one disturbed run
    return bench_ui.bench_startup(
        big, count, max(repeat, WINDOW_ROUNDS), shown_ratio=SHOWN_RATIO, filled_ratio=FILLED_RATIO
    )


def bench_searches(big: Path, repeat: int) -> list[Result]:
    from caselog.store.engine import open_store

    store = open_store(str(big))
    try:
        return bench_search.measure_queries(store, big, repeat)
    finally:
        store.close()


def _with_backups(count: int, folder: Path, name: str) -> Path:
    """A copy of the cached database with its (verified, current) backup linked beside it."""
    from caselog.store.files import backup_dir_for

    db = copy_of(count, folder, name)
    source = backup_dir_for(database(count))
    target = backup_dir_for(db)
    target.mkdir(mode=0o700, exist_ok=True)
    for b in source.glob("caselog-*.db"):
        os.link(b, target / b.name)
    return db


def _verified_store(db: Path) -> object:
    """The store open, its full check done (as the window does after the list shows)."""
    from caselog.store import durability
    from caselog.store.engine import open_store

    store = open_store(str(db))
    verify = getattr(durability, "verify", None)
    if verify is not None:
        verify(store)
    return store


IMPORT_ROUNDS = 5  # a few seconds a side at 100,000: the best of 5 interleaved rounds


def _synced(path: Path) -> Path:
    """``path`` with its bytes on disk: the 600 MB copy made for a round is written back
    before the round is timed, not during one side's import."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def bench_import(count: int, folder: Path, rounds: int = IMPORT_ROUNDS) -> list[Result]:
    """The service's import and plain sqlite3's, each into its own fresh copy of the
    database, in alternating order (the service first in even rounds, sqlite3 first in
    odd ones); the best time of each side. Then, reported, the merge of the search index
    that the window runs a moment after an import (``services.tidy_search_index``), off
    the import's write path since db/versions/0020."""
    from caselog.store import services as sv

    cases = list(synthetic_cases(SMALL, seed=count + 3))
    best = {"service": float("inf"), "baseline": float("inf"), "merge": float("inf")}
    for n in range(rounds):
        db = _synced(_with_backups(count, folder, f"svc-{n}.db"))
        raw = _synced(copy_of(count, folder, f"raw-{n}.db"))
        store = _verified_store(db)
        try:
            sides: list[tuple[str, Callable[[], object]]] = [
                ("service", functools.partial(sv.import_cases, cases, store=store)),  # type: ignore[arg-type]
                ("baseline", functools.partial(bench_store.baseline_import, raw, cases)),
            ]
            for name, func in sides if n % 2 == 0 else sides[::-1]:
                start = time.perf_counter()
                func()
                best[name] = min(best[name], time.perf_counter() - start)
            tidy = getattr(sv, "tidy_search_index", None)  # absent before db/versions/0020
            if tidy is not None:  # the merge the window runs a moment after the import
                start = time.perf_counter()
                tidy(store=store)
                best["merge"] = min(best["merge"], time.perf_counter() - start)
        finally:
            store.close()  # type: ignore[attr-defined]
        for p in folder.glob("*"):
            if p.name.startswith((f"raw-{n}", f"svc-{n}")):
                shutil.rmtree(p) if p.is_dir() else p.unlink()
    results = [
        Result(
            f"import {SMALL:,} into {count:,} (vs sqlite3)",
            best["service"],
            best["baseline"],
            IMPORT_RATIO,
        )
    ]
    if best["merge"] < float("inf"):  # off the write path: reported
        results.append(
            Result("  the search index merged after it", best["merge"], best["baseline"], None)
        )
    return results


def bench_backup_before(count: int, folder: Path) -> list[Result]:
    """``backup_before`` at ``count`` against at 1,000: nothing changed since the newest
    backup (skipped), then one case changed (a new verified backup)."""
    from caselog.core.model import Case, Patient
    from caselog.store import durability
    from caselog.store import services as sv

    stores = [_verified_store(_with_backups(n, folder, f"bb-{n}.db")) for n in (count, SMALL)]
    try:

        def unchanged(store: object) -> Callable[[], None]:
            def run() -> None:
                made = durability.backup_before(store, "import")  # type: ignore[arg-type]
                assert made is None, "the unchanged database was backed up again"

            return run

        timed = best_of_pair(5, unchanged(stores[0]), unchanged(stores[1]))
        changed: list[float] = []
        for store in stores:
            sv.create_case(Case(title="one more", patient=Patient(sex="female")), store=store)  # type: ignore[arg-type]
            start = time.perf_counter()
            made = durability.backup_before(store, "import")  # type: ignore[arg-type]
            changed.append(time.perf_counter() - start)
            assert made is not None, "a change since the newest backup was not backed up"
    finally:
        for store in stores:
            store.close()  # type: ignore[attr-defined]
    return [
        Result(
            f"backup before import, unchanged, {count:,} (vs {SMALL:,})",
            timed[0],
            timed[1],
            UNCHANGED_BACKUP_RATIO,
        ),
        Result(f"  same, one case changed, {count:,} (vs {SMALL:,})", changed[0], changed[1], None),
    ]


def run(quick: bool = False) -> Iterator[Result | bench_ui.MemoryResult]:
    """Each result as soon as it is measured (a later failure keeps the earlier lines)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    count, repeat = (10_000, 2) if quick else (100_000, 3)
    big, small = database(count), database(SMALL)
    yield from bench_open(big, small, count, repeat)
    yield bench_full_check(big, small, count)
    yield from bench_window(big, count, repeat)
    yield from bench_searches(big, repeat)
    with tempfile.TemporaryDirectory(prefix="caselog-bench-scale-") as tmp:
        yield from bench_import(count, Path(tmp), 3 if quick else IMPORT_ROUNDS)
    with tempfile.TemporaryDirectory(prefix="caselog-bench-scale-") as tmp:
        yield from bench_backup_before(count, Path(tmp))


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        print(r.line(), flush=True)
