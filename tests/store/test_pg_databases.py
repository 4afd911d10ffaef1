"""The PostgreSQL tests' databases (tests/pg_server.py ``Databases``): one given back after a
test that only wrote cases is, for the next test, what a new copy of the template is; one
whose schema or anything outside the tables' rows changed is dropped, never handed out.

A test that costs about two seconds: every PostgreSQL test of the suite relies on it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import psycopg
import pytest

from caselog.store import services as sv
from caselog.store.engine import open_store
from tests import pg_server
from tests.store.factory import example_case, minimal_case


@pytest.fixture
def databases(pg_cluster: pg_server.Cluster, pg_template: str) -> Iterator[pg_server.Databases]:
    """A pool of its own, so the suite's pool is left as it was."""
    pool = pg_server.Databases(pg_cluster, pg_template)
    yield pool
    for copy in pool.free:
        pool.admin(f"DROP DATABASE {copy.name} WITH (FORCE)")


def _dump(cluster: pg_server.Cluster, database: str) -> list[str]:
    """Schema and rows as pg_dump writes them, less its per-run ``\\restrict`` key."""
    url = cluster.url(database).replace("+psycopg", "")
    out = subprocess.run(
        [str(cluster.bin / "pg_dump"), "--no-owner", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return [line for line in out.splitlines() if not line.startswith(("\\restrict", "\\unres"))]


def test_a_database_given_back_after_writes_is_a_new_copy_again(
    databases: pg_server.Databases, pg_template: str
) -> None:
    name = databases.take()
    store = open_store(databases.cluster.url(name).replace("+psycopg", ""))
    try:
        first = sv.create_case(example_case(), store=store).case_id
        sv.create_case(minimal_case("second"), store=store)
        assert first == 1
    finally:
        store.close()
    left_open = databases._connect(name)  # a session the test did not close, mid-transaction
    left_open.execute("BEGIN")
    left_open.execute('SELECT count(*) FROM "case"')
    databases.give_back(name)
    with pytest.raises(psycopg.OperationalError):  # ended by the reset
        left_open.execute("SELECT 1")
    left_open.close()
    assert (databases.made, databases.reused, databases.dropped) == (1, 1, 0)
    again = databases.take()
    assert again == name
    assert _dump(databases.cluster, again) == _dump(databases.cluster, pg_template)
    store = open_store(databases.cluster.url(again).replace("+psycopg", ""))
    try:
        assert sv.list_cases(store=store) == []
        assert sv.create_case(minimal_case("first again"), store=store).case_id == first
    finally:
        store.close()
    databases.give_back(again)


CHANGES = {  # one of each way a change is seen: a catalog row added, one rewritten, a
    # statistics row, an in-place figure of pg_class, a shared catalog's row, a template row
    "a column": ['ALTER TABLE "case" ADD COLUMN extra int'],
    "a function's body": ["CREATE OR REPLACE FUNCTION caselog_is_admin() RETURNS boolean "
                          "LANGUAGE sql AS 'SELECT true'"],
    "statistics": ["ANALYZE"],
    "a vacuum's figures": ['VACUUM "case"'],
    "a database setting": ["ALTER DATABASE {db} SET work_mem = '8MB'"],
    "a template row": ["UPDATE alembic_version SET version_num = 'other'"],
}  # fmt: skip


def test_a_database_changed_beyond_its_rows_is_dropped(databases: pg_server.Databases) -> None:
    for what, statements in CHANGES.items():
        name = databases.take()
        with psycopg.connect(databases.cluster.url(name).replace("+psycopg", "")) as conn:
            conn.autocommit = True
            for statement in statements:
                conn.execute(statement.format(db=name))
        dropped = databases.dropped
        databases.give_back(name)
        assert databases.dropped == dropped + 1, what
        assert not databases.free, what


def test_a_connection_left_open_is_found_and_one_closed_is_not(
    databases: pg_server.Databases,
) -> None:
    """What the suite's ``pg_url`` fixture fails a test for (tests/conftest.py): a store
    not closed keeps a session, which the giving back names (and ends); a store closed
    leaves none (its backend's exit, a moment after the close, waited for)."""
    url = databases.cluster.url(databases.take()).replace("+psycopg", "")
    name = url.rsplit("/", 1)[1]
    store = open_store(url)
    sv.list_cases(store=store)
    left = databases.give_back(name, wait=0.2)
    assert len(left) == 1 and left[0].startswith(f"{pg_server.SUPERUSER}, idle"), left
    store.close()
    assert databases.take() == name  # emptied and handed out again
    store = open_store(url)
    sv.create_case(minimal_case("closed"), store=store)
    store.close()
    assert databases.give_back(name, wait=5.0) == []
