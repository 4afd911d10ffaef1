"""The whole suite: new databases are copies of one migrated template; hypothesis profiles.

Opening a new database runs every Alembic migration, about a tenth of a second each time
and close to a minute over the suite. So a plain database file is migrated once per
session (per xdist worker), and ``open_store`` on a new, empty, unencrypted file gets a
copy of it through SQLite's backup API (``_template_upgrade``). Everything else still
migrates for real: an existing database at an older revision, an encrypted one, a
non-SQLite URL, a head that is not the template's (a test with its own migrations), and
every test marked ``migrations`` (tests/store/test_engine.py), which checks what the
migrations themselves create. tests/store/test_template.py holds the template to what Alembic makes.

Encrypted databases: SQLCipher derives each connection's key with 256,000 PBKDF2 rounds,
a quarter of a second, and an encrypted test opens dozens of connections. Unless a test is
marked ``real_kdf``, ``_quick_key_derivation`` sets the process's default to 1,000 rounds
for the test (same cipher, same file format; a file made one way does not open the other,
so a test mixing them fails loudly). tests/test_crypto.py keeps real-KDF tests.

Hypothesis: the ``ci`` profile is the default (``make test``: 25 examples for a property
that does not set its own number); ``make soak`` runs every property test again under
``soak`` (``HYPOTHESIS_PROFILE=soak``: 1,000 examples), besides the ``soak`` tests.

Word lists: ``CASELOG_WORD_CACHE`` is set here, once a session, to the per-user cache
folder resolved before any test moves HOME, so every worker and every subprocess reads the
de-identifier's word lists from one cache (caselog/privacy/wordcache.py) instead of
building them again (about 2 s CPU each).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import sqlcipher3
from hypothesis import HealthCheck, settings
from sqlalchemy import Engine, create_engine, inspect

from caselog.privacy import wordcache
from caselog.store import migrate, sqlite
from tests import pg_server

_words_folder = wordcache.directory()
os.environ.setdefault(wordcache.ENV, "" if _words_folder is None else str(_words_folder))

_SLOW_OK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", _SLOW_OK, max_examples=25)
settings.register_profile("soak", _SLOW_OK, max_examples=1_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

QUICK_KDF_ITER = 1_000

Upgrade = Callable[..., None]
REAL_UPGRADE: Upgrade = migrate.upgrade


@dataclass(frozen=True)
class Template:
    """A plain database file migrated to ``revision`` by the real migrations."""

    path: Path
    revision: str

    @classmethod
    def make(cls, path: Path, upgrade: Upgrade) -> Template:
        url = f"sqlite:///{path}"
        engine = create_engine(url)
        sqlite.configure(engine)
        try:
            upgrade(engine, url)
            revision = migrate.current_revision(engine)
        finally:
            engine.dispose()
        leftovers = [p.name for p in path.parent.iterdir() if p != path]
        assert not leftovers, f"the template was not checkpointed: {leftovers}"
        assert revision is not None
        return cls(path, revision)

    def copy_to(self, target: Path) -> None:
        """Write the template into the database ``target`` through SQLite's backup API
        (safe beside its journal); the file keeps its inode and mode (0600, as
        ``open_store`` created it)."""
        sqlite.backup(self.path, target)


def is_new_database(engine: Engine) -> bool:
    """No revision and no table: what ``open_store`` has made of a new path so far."""
    if migrate.current_revision(engine) is not None:
        return False
    with engine.connect() as conn:
        return not inspect(conn).get_table_names()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """Made before any test runs, so no test's own migrations folder can shape it."""
    return Template.make(tmp_path_factory.mktemp("template") / "template.db", REAL_UPGRADE)


@pytest.fixture(autouse=True)
def _template_upgrade(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, migrated_template: Template
) -> Iterator[None]:
    """New plain databases are copies of the template (see the module's docstring)."""
    if request.node.get_closest_marker("migrations") is not None:
        yield
        return

    def upgrade(engine: Engine, url: str, *, passphrase: str | None = None) -> None:
        path = sqlite.sqlite_path(url)
        if (
            passphrase is None
            and path is not None
            and migrated_template.revision == migrate.head_revision()
            and is_new_database(engine)
        ):
            engine.dispose()  # no pooled connection on the file while it is written
            migrated_template.copy_to(path)
            return
        REAL_UPGRADE(engine, url, passphrase=passphrase)

    monkeypatch.setattr(migrate, "upgrade", upgrade)
    yield


@pytest.fixture(autouse=True)
def _quick_key_derivation(request: pytest.FixtureRequest) -> Iterator[None]:
    """SQLCipher keys new connections with QUICK_KDF_ITER rounds (see the docstring)."""
    if request.node.get_closest_marker("real_kdf") is not None:
        yield
        return
    conn = sqlcipher3.connect(":memory:")
    [(default,)] = conn.execute("PRAGMA cipher_default_kdf_iter").fetchall()
    conn.execute(f"PRAGMA cipher_default_kdf_iter = {QUICK_KDF_ITER}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(default)}")
        conn.close()


# -- PostgreSQL (tests/pg_server.py) ---------------------------------------------------------
#
# One throwaway server a test session (an xdist worker), its schema migrated once into a
# template database; each test that asks for ``pg_url`` gets a database of its own, copied
# from the template (``CREATE DATABASE ... TEMPLATE``, a fraction of a second) or one an
# earlier test gave back and that is again what such a copy would be (``pg_server.Databases``
# says how that is known; tests/store/test_pg_databases.py holds it to that). In CI
# (``CI`` set) a missing server fails the tests that need one; elsewhere they skip.


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg_server.Cluster]:
    try:
        cluster = pg_server.Cluster.start()
    except pg_server.NoServer as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    try:
        yield cluster
    finally:
        cluster.stop()


PG_TEMPLATE = "caselog_template"


def pg_admin(cluster: pg_server.Cluster, sql: str, database: str = "postgres") -> None:
    """Run ``sql`` as the cluster's superuser, outside a transaction (CREATE DATABASE)."""
    with psycopg.connect(cluster.url(database).replace("+psycopg", ""), autocommit=True) as c:
        c.execute(sql)


@pytest.fixture(scope="session")
def pg_template(pg_cluster: pg_server.Cluster) -> str:
    """The template database, at the head revision by the real migrations."""
    pg_admin(pg_cluster, f"CREATE DATABASE {PG_TEMPLATE}")
    url = pg_cluster.url(PG_TEMPLATE)
    engine = create_engine(url)
    try:
        REAL_UPGRADE(engine, url)
    finally:
        engine.dispose()
    return PG_TEMPLATE


@pytest.fixture(scope="session")
def pg_databases(pg_cluster: pg_server.Cluster, pg_template: str) -> pg_server.Databases:
    """Copies of the template, each given back after its test (``pg_server.Databases``)."""
    return pg_server.Databases(pg_cluster, pg_template)


@pytest.fixture
def pg_url(pg_databases: pg_server.Databases) -> Iterator[str]:
    """A fresh caselog database on the test server, as ``--db`` takes it."""
    yield from pg_server.database(pg_databases)


@pytest.fixture(scope="module")
def pg_module_url(pg_databases: pg_server.Databases) -> Iterator[str]:
    """One caselog database for a module's tests that only read what it holds."""
    yield from pg_server.database(pg_databases)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked ``sqlite_only(reason)`` runs on SQLite alone (deselected, not skipped,
    on PostgreSQL: the reason is in the mark)."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_pg = callspec is not None and "postgresql" in callspec.params.values()
        if on_pg and item.get_closest_marker("sqlite_only") is not None:
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
