"""Large synthetic databases for the benchmarks, made quickly and cached between runs.

``database(100_000)`` is the path of a caselog database holding that many cases (no
images), built once and kept in the bench cache folder (``$CASELOG_BENCH_CACHE``, else the
user's cache folder): the next ``make bench`` finds it there. A cached file is named by its
case count, the schema revision and ``VERSION`` below, so a new migration or generator makes
a new file.

How it is made: 1,000 distinct cases from ``bench.generate`` go in through the store's own
bulk insert (search rows and audit included), then ``INSERT ... SELECT`` copies them with
shifted ids, numbers, titles and labels until the count is reached: every case is
distinct where the list and the search look (title, label, key), and the whole takes
seconds instead of minutes. The file is closed cleanly by caselog and backed up once, so
opening it finds no backup due.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import platformdirs

from bench.generate import cases as synthetic_cases

VERSION = 1
BLOCK = 1_000  # distinct cases made by the generator; the rest are shifted copies

# Per table: the columns rewritten in each copy (k = how many blocks along; n = the case's
# number in the copy, 0-based; id columns are shifted by whole blocks of their table).
_TEXT = {
    "case": {
        "title": "'Synthetic case ' || (id - 1 + {case_off}) || substr(title, instr(title, ':'))",
        "file_key": "'case-' || (id - 1 + {case_off})",
    },
    "patient": {"label": "'patient ' || (case_id - 1 + {case_off})"},
    "patient_private": {
        "name": "'Test Person ' || (case_id - 1 + {case_off})",
        "mrn": "printf('SYN-%06d', case_id - 1 + {case_off})",
    },
    "case_search": {
        "title": "'synthetic case ' || (case_id - 1 + {case_off})"
        " || substr(title, instr(title, ':'))",
        # the label, then the private name and record number (caselog.store.search)
        "label": "'patient ' || (case_id - 1 + {case_off}) || ' test person ' || "
        "(case_id - 1 + {case_off}) || printf(' syn-%06d', case_id - 1 + {case_off})",
    },
}
_TABLES = (
    "case", "patient", "patient_private", "history_item", "event", "assessment", "report",
    "reference", "author", "keyword", "case_search", "case_filter", "audit",
)  # fmt: skip


def cache_dir() -> Path:
    chosen = os.environ.get("CASELOG_BENCH_CACHE")
    folder = Path(chosen) if chosen else Path(platformdirs.user_cache_dir("caselog-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database(count: int) -> Path:
    """The cached database of ``count`` cases (a multiple of 1,000), made if missing."""
    from caselog.store.migrate import head_revision

    if count % BLOCK:
        raise ValueError(f"count must be a multiple of {BLOCK}")
    path = cache_dir() / f"cases-{count}-r{head_revision()}-v{VERSION}.db"
    if not path.exists():
        start = time.perf_counter()
        _make(path, count)
        print(f"(made {path}: {count:,} cases in {time.perf_counter() - start:.0f} s)")
    return path


def copy_of(count: int, folder: Path, name: str = "copy.db") -> Path:
    """A private copy of the cached database (for a benchmark that writes to it)."""
    out = folder / name
    shutil.copyfile(database(count), out)
    return out


def _make(path: Path, count: int) -> None:
    from caselog.store import backup
    from caselog.store.engine import open_store
    from caselog.store.files import backup_dir_for
    from caselog.store.services.files import _insert_file

    partial = path.with_name(path.name + ".making")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    shutil.rmtree(partial.with_name(partial.name + ".backups"), ignore_errors=True)
    store = open_store(str(partial))
    try:
        with store.write() as conn:  # the store's bulk path: rows, search rows, audit
            _insert_file(conn, list(synthetic_cases(BLOCK, seed=11, images=0)), [])
    finally:
        store.close()
    _replicate(partial, count // BLOCK)
    _tidy(partial)
    _verify(partial)
    backup.make_backup(partial, reason="manual")
    os.replace(partial, path)
    folder = backup_dir_for(path)
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(backup_dir_for(partial), folder)
    for leftover in partial.parent.glob(partial.name + "*"):  # its -shm, -wal, .lock
        leftover.unlink()
    _verify(path)  # the file renamed: caselog checks it and records it as sound again


def _tidy(path: Path) -> None:
    """The search index merged, as the window merges it a moment after a write (FTS5
    merges nothing inside a write since db/versions/0020: the copies above leave up to 16
    segments a level)."""
    from caselog.store import services
    from caselog.store.engine import open_store

    tidy = getattr(services, "tidy_search_index", None)  # absent before 0020
    if tidy is not None:
        store = open_store(str(path))
        try:
            tidy(store=store)
        finally:
            store.close()


def _verify(path: Path) -> None:
    from caselog.store import durability
    from caselog.store.engine import open_store

    store = open_store(str(path))
    try:
        verify = getattr(durability, "verify", None)  # absent before the check moved
        if verify is not None:
            verify(store)
    finally:
        store.close()


def _first_block_trail(con: sqlite3.Connection) -> list[dict[str, object]]:
    from caselog.store import trail

    return [r for r in trail.raw_rows(con) if r["case_id"] is not None and r["case_id"] <= BLOCK]


def _last_link(con: sqlite3.Connection) -> str:
    from caselog.store import trail

    last = con.execute("SELECT chain FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return str(last[0]) if last else trail.GENESIS


def _copy_trail(
    con: sqlite3.Connection,
    rows: list[dict[str, object]],
    id_off: int,
    case_off: int,
    previous: str,
) -> str:
    """The first block's audit rows again for copy ``k``, each chained to the row before
    (the trail's hash chain, caselog.store.trail), as caselog itself would have written them."""
    from caselog.store import trail

    names = ("id", *trail.COLUMNS, "chain")
    quoted = ", ".join(f'"{c}"' for c in names)
    sql = f"INSERT INTO audit ({quoted}) VALUES ({', '.join('?' * len(names))})"
    for row in rows:
        new = dict(row)
        new["id"] = int(str(row["id"])) + id_off
        new["case_id"] = int(str(row["case_id"])) + case_off
        new["chain"] = previous = trail.link(previous, new)
        con.execute(sql, [new[c] for c in names])
    return previous


def _replicate(path: Path, blocks: int) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = OFF")  # every copied row has its parent copied too
        con.execute("BEGIN")
        columns = {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in _TABLES}
        top = {
            t: con.execute(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0]
            for t in _TABLES
            if "id" in columns[t]
        }
        trail_rows = _first_block_trail(con)
        previous = _last_link(con)
        for k in range(1, blocks):
            offsets = {"case_off": k * BLOCK}
            previous = _copy_trail(con, trail_rows, k * top["audit"], k * BLOCK, previous)
            for table in _TABLES:
                if table == "audit":  # copied above: each copy chained to the one before
                    continue
                cols = columns[table]
                chosen = []
                for c in cols:
                    if c in _TEXT.get(table, {}):
                        chosen.append(_TEXT[table][c].format(**offsets))
                    elif c == "id":
                        chosen.append(f"id + {k * top[table]}")
                    elif c == "case_id":
                        chosen.append(f"case_id + {k * BLOCK}")
                    else:
                        chosen.append(f'"{c}"')
                names = ", ".join(f'"{c}"' for c in cols)
                where = "id <= ?" if table == "case" else "case_id <= ?"
                con.execute(
                    f'INSERT INTO "{table}" ({names}) SELECT {", ".join(chosen)} '
                    f'FROM "{table}" WHERE {where}',
                    (BLOCK,),
                )
        con.execute("COMMIT")
    finally:
        con.close()
