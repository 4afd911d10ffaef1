"""The same cases on PostgreSQL and on SQLite: the list, search and import through the
services, PostgreSQL's time against SQLite's measured in the same run (the ratio is
reported; it has no target: the aim is 3 times SQLite's or less).

``python -m bench bench.bench_postgres`` (``make bench``: 100,000 cases; ``--quick``:
10,000). The cases are ``bench.bigdb``'s SQLite file, copied table by table into a
PostgreSQL database made by the same migrations (``COPY``; the audit trail as it is,
triggers held off; the full-text vectors, the whole and the title-and-label one, written as
the store writes them), then ``VACUUM (ANALYZE)`` as autovacuum would. The server: a throwaway one
started as the tests start theirs (``tests/pg_server.py``, in a checkout with PostgreSQL
installed), else none and a line saying so. Both sides run on this machine, the server
over TCP on 127.0.0.1 with ``fsync`` off (as the tests run it): a department's server on
its own disks, across a network, is another measurement. Every case of the file has the
same ``updated_at`` (the generator's copies), which is what a bulk import makes too.

Each line is one keystroke of the window: a page of 100 and the count up to 1,000. The
import on SQLite includes the verified backup caselog makes of the file before every
import (``durability.backup_before``); on PostgreSQL the server's backups are its own, so
there is none: the two import lines are not the same work.

The saves on a department server (``caselog server init``; two small databases of the
same server, one generated case each): a title saved as the window saves it, its
shared copy handed to a worker (``services.rebuild_in_background``), against the same
save on a database that keeps no shared copies; the same save with the copy made on the
saving thread (the command line's way, and what the window's thread paid before the
copies moved after the commit); and the window's save until its copy is current.
"""

from __future__ import annotations

import itertools
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from bench import bigdb
from bench.common import Result, best_of_pair
from bench.generate import cases as synthetic_cases
from caselog.store import postgres_fts
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.query import CaseQuery
from caselog.store.tables import metadata

IMPORTED = 100
PAGE = 100
QUERIES: list[tuple[str, CaseQuery]] = [
    ("the whole list", CaseQuery()),
    ("one rare word", CaseQuery(text="424")),
    ("a word in every case", CaseQuery(text="calcification")),
    ("a prefix while typing", CaseQuery(text="hypocalc")),
    (
        "words + drug + outcome",
        CaseQuery(text="back pain", drug="Romosozumab", outcome="recovered"),
    ),
]


def _copy(sqlite_file: Path, url: str) -> None:
    """Every row of the SQLite file into the migrated PostgreSQL database at ``url``."""
    import sqlite3

    import psycopg

    src = sqlite3.connect(sqlite_file)
    try:
        with psycopg.connect(url) as dst:
            dst.execute("SET TimeZone = 'UTC'")
            dst.execute("SET session_replication_role = replica")  # the trail as it is
            for table in metadata.sorted_tables:
                names = [c.name for c in table.columns]
                have = {r[1] for r in src.execute(f'PRAGMA table_info("{table.name}")')}
                names = [n for n in names if n in have]
                cols = ", ".join(f'"{n}"' for n in names)
                rows = src.execute(f'SELECT {cols} FROM "{table.name}"')
                with dst.cursor().copy(f'COPY "{table.name}" ({cols}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
            search = src.execute("SELECT case_id, title, label, body FROM case_search")
            with dst.cursor().copy("COPY case_fts (case_id, doc) FROM STDIN") as copy:
                for case_id, title, label, body in search:
                    copy.write_row((case_id, postgres_fts.document(title, label, body)))
            heads = src.execute("SELECT case_id, title, label FROM case_search")
            with dst.cursor().copy("COPY case_fts_head (case_id, doc) FROM STDIN") as copy:
                for case_id, title, label in heads:
                    copy.write_row((case_id, postgres_fts.head_document(title, label)))
            serials = dst.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE column_default LIKE 'nextval(%'"
            ).fetchall()
            for table_name, column in serials:
                dst.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table_name}\"', '{column}'), "
                    f'coalesce((SELECT max("{column}") FROM "{table_name}"), 0) + 1, false)'
                )
    finally:
        src.close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")  # as autovacuum leaves a server between imports


def _server() -> Any:
    try:
        from tests import pg_server
    except ImportError:
        return None
    try:
        return pg_server.Cluster.start()
    except pg_server.NoServer as exc:
        print(f"(no PostgreSQL server: {exc})")
        return None


def _keystroke(store: Store, q: CaseQuery) -> Callable[[], object]:
    def run() -> object:
        rows = sv.list_cases(store=store, query=q, limit=PAGE)
        return rows, sv.count_cases(store=store, query=q, at_most=sv.LIST_COUNT_CAP)

    return run


def _import(store: Store, seed: int) -> float:
    cases = list(synthetic_cases(IMPORTED, seed=seed, images=0))
    start = time.perf_counter()
    sv.import_cases(cases, store=store)
    return time.perf_counter() - start


def _saves(cluster: Any, repeat: int) -> Iterator[Result]:
    """The window's save on a served database against a save with no shared copies."""
    import psycopg

    with psycopg.connect(cluster.url().replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE bench_plain")
        c.execute("CREATE DATABASE bench_served")
    plain_url = cluster.url("bench_plain").replace("+psycopg", "")
    served_url = cluster.url("bench_served").replace("+psycopg", "")
    open_store(plain_url).close()
    sv.server_init(served_url)
    sv.add_user(served_url, "bench_author", team="bench", role="author", password=None)
    author = make_url(served_url).set(username="bench_author")
    author_url = author.render_as_string(hide_password=False)
    plain, window, command = (open_store(u) for u in (plain_url, author_url, author_url))
    jobs: list[Callable[[Callable[[], bool]], None]] = []

    def copies() -> None:  # the window's worker, run here
        while jobs:
            jobs.pop()(lambda: False)

    try:
        sv.rebuild_in_background(window, jobs.append)
        copies()
        [case] = synthetic_cases(1, seed=7, images=0)
        ids = {id(s): sv.create_case(case, store=s).case.id for s in (plain, window, command)}
        copies()  # the first copy also loads the de-identifier's word lists
        n = itertools.count()

        def save(s: Store) -> Callable[[], object]:
            case_id = ids[id(s)]
            assert case_id is not None
            return lambda: sv.set_title(case_id, f"Renamed {next(n)}", store=s)

        window_s, command_s = best_of_pair(repeat, save(window), save(command))
        copies()
        # the copy made in the save is what the window's thread paid before: now a worker's
        yield Result("window save vs save making its copy (served)", window_s, command_s, 0.6)
        window_s, plain_s = best_of_pair(repeat, save(window), save(plain))
        copies()
        # the rest: row-level security on every statement, the owner's trigger, the mark
        yield Result("window save, served vs no shared copies", window_s, plain_s, None)

        def saved_and_current() -> None:
            save(window)()
            copies()

        current_s, plain_s = best_of_pair(repeat, saved_and_current, save(plain))
        yield Result("window save until its copy is current", current_s, plain_s, None)
    finally:
        for s in (plain, window, command):
            s.close()


def run(quick: bool = False) -> Iterator[Result]:
    count, repeat = (10_000, 2) if quick else (100_000, 7)  # a keystroke takes milliseconds
    cluster = _server()
    if cluster is None:
        return
    try:
        yield from _saves(cluster, 3 if quick else 7)
        with tempfile.TemporaryDirectory() as tmp:
            lite_file = bigdb.copy_of(count, Path(tmp), "lite.db")
            url = cluster.url("bench").replace("+psycopg", "")
            import psycopg

            with psycopg.connect(cluster.url().replace("+psycopg", ""), autocommit=True) as c:
                c.execute("CREATE DATABASE bench")
            open_store(url).close()  # the schema, by the migrations
            start = time.perf_counter()
            _copy(lite_file, url)
            took = time.perf_counter() - start
            print(f"(copied {count:,} cases into PostgreSQL in {took:.0f} s)")
            pg, lite = open_store(url), open_store(str(lite_file), backup_when_due=False)
            try:
                assert sv.count_cases(store=pg) == sv.count_cases(store=lite) == count
                for name, q in QUERIES:
                    a, b = _keystroke(pg, q), _keystroke(lite, q)
                    assert a() == b(), name  # the same rows and count on both
                    pg_s, lite_s = best_of_pair(repeat, a, b)
                    yield Result(f"{name} at {count:,} (PostgreSQL vs SQLite)", pg_s, lite_s, None)
                imports = 3  # each SQLite import first backs the whole file up
                pg_s = min(_import(pg, seed=n) for n in range(imports))
                lite_s = min(_import(lite, seed=n) for n in range(imports))
                name = f"import {IMPORTED} into {count:,} (PostgreSQL vs SQLite)"
                yield Result(name, pg_s, lite_s, None)
            finally:
                pg.close()
                lite.close()
    finally:
        cluster.stop()
