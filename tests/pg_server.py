"""A throwaway PostgreSQL server for the tests: ``initdb`` in a temporary folder, started
with ``pg_ctl`` on a free port of 127.0.0.1, stopped and removed at the end.

The binaries come from ``$CASELOG_PG_BIN``, else the newest ``/usr/lib/postgresql/N/bin``
(Debian's ``postgresql`` package), else ``pg_ctl`` on the PATH. PostgreSQL refuses to run
as root: as root the server runs as the ``postgres`` account (made by Debian's package)
through ``runuser``, its folder owned by that account. Local connections are trusted
(``-A trust``): the tests connect as any role they create, without passwords.

The cluster is made for speed, not durability (``fsync=off``, ``--no-sync``): it lives
for one test session.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from caselog.store.engine import Store, open_store

SUPERUSER = "caselog_test"
MIN_VERSION = 15


class NoServer(Exception):
    """PostgreSQL's binaries or the account to run them are missing (the reason why)."""


def find_bin() -> Path:
    env = os.environ.get("CASELOG_PG_BIN")
    if env:
        return Path(env)
    found = []
    for d in Path("/usr/lib/postgresql").glob("*/bin"):
        if d.parent.name.isdigit() and (d / "pg_ctl").is_file():
            found.append((int(d.parent.name), d))
    if found:
        version, newest = max(found)
        if version < MIN_VERSION:
            raise NoServer(f"PostgreSQL {version} found; caselog needs {MIN_VERSION} or later")
        return newest
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise NoServer(
        "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: "
        "apt-get install postgresql, or set CASELOG_PG_BIN"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """A running server; ``url(db, user)`` is a SQLAlchemy URL for one of its databases."""

    root: Path
    bin: Path
    port: int
    run_as: str | None  # the account the server runs as when we are root

    @classmethod
    def start(cls) -> Cluster:
        bindir = find_bin()
        run_as = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise NoServer("running as root and there is no postgres account") from None
            run_as = "postgres"
        root = Path(tempfile.mkdtemp(prefix="caselog-pg-"))
        os.chmod(root, 0o755)
        if run_as is not None:
            shutil.chown(root, run_as)
        cluster = cls(root, bindir, _free_port(), run_as)
        try:
            cluster._run(
                "initdb", "-D", str(root / "data"), "-A", "trust", "-U", SUPERUSER,
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
            )  # fmt: skip
            options = (
                f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -F "
                "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
            )
            cluster._run(
                "pg_ctl", "-D", str(root / "data"), "-l", str(root / "log"), "-w",
                "-t", "60", "-o", options, "start",
            )  # fmt: skip
        except BaseException:
            cluster._remove()
            raise
        return cluster

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            log = self.root / "log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed: {done.stderr.strip()} {tail}")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def ident(name: str) -> str:
    """A database or role name the tests make (lower-case letters, digits, underscores)."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a plain identifier: {name!r}")
    return name


BACKENDS = ("sqlite", "postgresql")


def database_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The ``--db`` of a test's database on the backend of its ``backend`` parameter:
    a file under ``tmp_path``, or a fresh database on the test server."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "test.db")


# -- databases copied from a template, handed back clean -------------------------------------
#
# ``CREATE DATABASE ... TEMPLATE`` costs about 140 ms here (it copies the 7 MB of system
# catalogs every database has, whatever the template) and ``DROP DATABASE`` 40 ms more: a
# fifth of a second for each of the suite's ~200 PostgreSQL tests. So a test's database is
# given back after it instead, and the next test gets it again once it is, again, what a new
# copy of the template would be: every table as the template had it (emptied, its few
# template rows unchanged), every sequence where the template left it, the statistics
# counters reset. A database whose schema or anything else the tables do not hold may have
# changed is dropped, as before, and the next test gets a new copy: a row written, changed or
# deleted in any of the database's own catalogs since it was copied (tables, columns,
# indexes, triggers, functions, policies, grants, statistics gathered by ANALYZE, large
# objects, temporary schemas), a VACUUM's figures in pg_class, the database's own row,
# settings, comments or role dependencies in the shared catalogs. A database is used at
# most ``MAX_USES`` times, so the dead rows the emptied tables keep stay few.

MAX_USES = 10
# copies' numbers, one count for every pool of the process (tests/store/test_pg_databases.py
# makes pools of its own beside the suite's): two pools never pick the same name
_NUMBERS = itertools.count(1)


@dataclass
class _Copy:
    """A copy of the template and what it held when it was made."""

    name: str
    xid: str  # a transaction id taken just after the copy: any later catalog write is newer
    catalogs: tuple[tuple[str, int], ...]  # each own catalog's row count
    classes: str  # pg_class's in-place figures (VACUUM, ANALYZE), as one digest
    tables: tuple[str, ...]  # every user table, quoted
    kept: tuple[tuple[str, str], ...]  # tables with rows in the template: (table, digest)
    sequences: tuple[tuple[str, int, bool], ...]  # (sequence, last_value, is_called)
    uses: int = 0


_OWN_CATALOGS = (
    "SELECT c.oid::regclass::text FROM pg_class c WHERE c.relnamespace = "
    "'pg_catalog'::regnamespace AND c.relkind = 'r' AND NOT c.relisshared ORDER BY 1"
)
_USER = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"
_CLASSES = (
    "SELECT md5(string_agg(row(c.oid, c.relpages, c.reltuples, c.relallvisible, "
    "c.relfrozenxid)::text, ',' ORDER BY c.oid)) FROM pg_class c"
)
_SHARED_SINCE = (  # rows of the shared catalogs about this database written since the copy
    "SELECT (SELECT count(*) FROM pg_database WHERE datname = current_database() "
    "AND age(xmin) < age(%(xid)s::xid)) + (SELECT count(*) FROM pg_shdepend WHERE dbid = "
    "(SELECT oid FROM pg_database WHERE datname = current_database()) AND age(xmin) < "
    "age(%(xid)s::xid)) + (SELECT count(*) FROM pg_db_role_setting WHERE setdatabase = "
    "(SELECT oid FROM pg_database WHERE datname = current_database())) + (SELECT count(*) "
    "FROM pg_shdescription WHERE classoid = 'pg_database'::regclass AND objoid = "
    "(SELECT oid FROM pg_database WHERE datname = current_database()))"
)


class Databases:
    """Copies of ``template`` on ``cluster``: ``take()`` one, ``give_back()`` it after."""

    def __init__(self, cluster: Cluster, template: str) -> None:
        self.cluster = cluster
        self.template = template
        self.free: list[_Copy] = []
        self.out: dict[str, _Copy] = {}
        self.made = self.reused = self.dropped = 0

    def _connect(self, name: str) -> psycopg.Connection[Any]:
        return psycopg.connect(self.cluster.url(name).replace("+psycopg", ""), autocommit=True)

    def admin(self, sql: str) -> None:
        with self._connect("postgres") as c:
            c.execute(sql)

    def take(self) -> str:
        """The name of a database that is, as far as any test can see, a new copy."""
        copy = self.free.pop() if self.free else self._make()
        copy.uses += 1
        self.out[copy.name] = copy
        return copy.name

    def _make(self) -> _Copy:
        name = ident(f"test_{os.getpid()}_{next(_NUMBERS)}")
        self.admin(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        self.made += 1
        with self._connect(name) as c:
            [(xid,)] = c.execute("SELECT pg_current_xact_id()::text").fetchall()
            catalogs = tuple(
                (str(cat), int(c.execute(f"SELECT count(*) FROM {cat}").fetchall()[0][0]))
                for (cat,) in c.execute(_OWN_CATALOGS).fetchall()
            )
            [(classes,)] = c.execute(_CLASSES).fetchall()
            tables = tuple(
                str(t)
                for (t,) in c.execute(
                    "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON "
                    f"n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND {_USER} "
                    "ORDER BY 1"
                ).fetchall()
            )
            kept = tuple((t, digest) for t in tables if (digest := self._content(c, t)) is not None)
            sequences = tuple(
                (str(s), int(last), bool(called))
                for (s,) in c.execute(
                    "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON "
                    f"n.oid = c.relnamespace WHERE c.relkind = 'S' AND {_USER} ORDER BY 1"
                ).fetchall()
                for last, called in c.execute(f"SELECT last_value, is_called FROM {s}")
            )
        return _Copy(name, str(xid), catalogs, str(classes), tables, kept, sequences)

    @staticmethod
    def _content(c: psycopg.Connection[Any], table: str) -> str | None:
        [(digest,)] = c.execute(
            f"SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {table} t"
        ).fetchall()
        return None if digest is None else str(digest)

    def give_back(self, name: str, *, wait: float = 0.0) -> list[str]:
        """After the test: emptied for the next one if nothing but the tables' rows and
        the sequences changed (see above), else dropped. Returns the sessions the test left
        connected to it (ended here), each as "user, state, last statement": a backend
        outlives its client's close by a few milliseconds, so one is counted only if it is
        still there after ``wait`` seconds."""
        copy = self.out.pop(name)
        left: list[str] = []
        clean = False
        try:
            with self._connect(name) as c:
                left = self._sessions(c, wait)
                clean = copy.uses < MAX_USES and self._reset(c, copy)
        except psycopg.Error:
            clean = False  # whatever went wrong, a new copy is the safe answer
        if clean:
            self.free.append(copy)
            self.reused += 1
        else:
            self.dropped += 1
            self.admin(f"DROP DATABASE {name} WITH (FORCE)")
        return left

    @staticmethod
    def _sessions(c: psycopg.Connection[Any], wait: float) -> list[str]:
        deadline = time.monotonic() + wait
        while True:
            rows = c.execute(
                "SELECT usename, state, left(query, 60) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() ORDER BY pid"
            ).fetchall()
            if not rows or time.monotonic() >= deadline:
                return [", ".join(str(v) for v in row) for row in rows]
            time.sleep(0.02)

    def _reset(self, c: psycopg.Connection[Any], copy: _Copy) -> bool:
        c.execute(  # the test's own sessions, rolled back, their locks let go
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        if not self._unchanged(c, copy):
            return False
        with c.transaction():
            c.execute("SET LOCAL session_replication_role = replica")  # no trigger
            for table in copy.tables:
                if table not in dict(copy.kept):
                    c.execute(f"DELETE FROM {table}")
            for sequence, last, called in copy.sequences:
                c.execute("SELECT setval(%s::regclass, %s, %s)", (sequence, last, called))
        c.execute("SELECT pg_stat_reset()")
        return True

    def _unchanged(self, c: psycopg.Connection[Any], copy: _Copy) -> bool:
        """Nothing but rows of the user tables and the sequences changed since the copy."""
        own = " UNION ALL ".join(
            f"SELECT {i}, count(*), count(*) FILTER (WHERE age(xmin) < age(%(xid)s::xid)) "
            f"FROM {catalog}"
            for i, (catalog, _) in enumerate(copy.catalogs)
        )
        counts = sorted(c.execute(own, {"xid": copy.xid}).fetchall())
        if [(n, newer) for _, n, newer in counts] != [(n, 0) for _, n in copy.catalogs]:
            return False
        [(shared,)] = c.execute(_SHARED_SINCE, {"xid": copy.xid}).fetchall()
        [(classes,)] = c.execute(_CLASSES).fetchall()
        if shared or classes != copy.classes:
            return False
        return all(self._content(c, table) == digest for table, digest in copy.kept)


def database(databases: Databases) -> Iterator[str]:
    """A database of ``databases`` (its URL) for one test or one module's tests, given
    back after. A test (or the product) that left a connection to it open fails: a store or
    window not closed, a worker that connected after its store closed. Such a connection
    would otherwise be ended here unseen, or met later by the garbage collector, whose
    psycopg ResourceWarning fails whichever test runs then."""
    name = databases.take()
    yield databases.cluster.url(name).replace("+psycopg", "")
    left = databases.give_back(name, wait=5.0)
    if left:
        pytest.fail(f"connections to the test's database left open: {'; '.join(left)}")


@contextmanager
def module_store(
    request: pytest.FixtureRequest, factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """An open store on a database of its own, for a module-scoped fixture (``params=
    BACKENDS``) whose tests only read it: a file under ``factory``'s folder, or a database
    on the test server given back as the ``pg_url`` fixture's is."""
    with ExitStack() as stack:
        if request.param == "postgresql":
            databases = request.getfixturevalue("pg_databases")
            target = stack.enter_context(contextmanager(database)(databases))
        else:
            target = str(factory.mktemp("module") / "module.db")
        store = open_store(target, backup_when_due=False)
        stack.callback(store.close)
        yield store
