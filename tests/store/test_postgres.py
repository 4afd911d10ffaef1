"""PostgreSQL's own behaviour: the server it runs on, the audit trail its triggers write
(append-only, chained, the role as actor, also under concurrent writers), and the
full-text index (accents, case, prefixes, hostile words) against SQLite's answers."""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from caselog import cli
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.store import postgres, postgres_fts, trail
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from tests.pg_server import Cluster
from tests.store.factory import minimal_case

pytestmark = pytest.mark.usefixtures("pg_cluster")


@pytest.fixture
def pg(pg_url: str) -> Iterator[Store]:
    s = open_store(pg_url)
    yield s
    s.close()


def _raw(url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(url, autocommit=True)


def test_the_server_is_postgresql_15_or_later(pg: Store) -> None:
    with pg.read() as conn:
        assert int(conn.execute(text("SHOW server_version_num")).scalar_one()) >= 150000
    assert pg.engine.dialect.driver == "psycopg"


def test_a_plain_postgresql_url_opens_with_psycopg_3() -> None:
    assert postgres.engine_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert postgres.engine_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"


def test_the_trail_refuses_update_delete_and_truncate_even_to_its_owner(pg_url: str) -> None:
    s = open_store(pg_url)
    try:
        sv.create_case(minimal_case("one"), store=s)
    finally:
        s.close()
    with _raw(pg_url) as conn:
        for sql in ("UPDATE audit SET action = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(sql)
        assert conn.execute("SELECT count(*) FROM audit").fetchone() == (1,)


def test_the_server_names_the_role_and_chains_rows_a_client_forged(pg_url: str) -> None:
    """Whatever a client sends for id, time, user and chain, the trigger replaces it; the
    chain verifies with the same code as SQLite's (caselog/store/trail.py)."""
    s = open_store(pg_url)
    try:
        case = sv.create_case(minimal_case("one"), store=s).case
        with _raw(pg_url) as conn:
            conn.execute(
                'INSERT INTO audit (id, at, "user", action, entity, chain) VALUES '
                "(999, '2000-01-01', 'someone else', 'note', 'case', 'forged')"
            )
            conn.execute(
                'INSERT INTO audit (at, "user", action, entity, old_value, new_value) VALUES '
                "(now(), 'x', 'note', 'case', E'tab\\there \"quoted\" \\\\ é 日本', NULL)"
            )
        note = Event(kind="note", date=PartialDate(2024, 1, 3), text="two\nlines, «é» 日本")
        sv.add_event(case.id or 0, note, store=s)  # a multi-line text in the chained row
        with s.read() as conn:
            found = conn.execute(text("SELECT * FROM audit ORDER BY id")).mappings()
            rows = [dict(r) for r in found]
        assert [r["id"] for r in rows] == list(range(1, len(rows) + 1))
        assert {r["user"] for r in rows} == {"caselog_test"}
        assert trail.problems(rows) == [] and sv.trail_problems(store=s) == []
        rows[2]["old_value"] = "tampered"
        assert trail.problems(rows)  # the check can fail
    finally:
        s.close()


def _writer(url: str, title: str, n: int) -> None:
    s = open_store(url)
    try:
        for i in range(n):
            sv.create_case(minimal_case(f"{title} {i}"), store=s)
    finally:
        s.close()


def test_concurrent_writers_leave_one_unbroken_chain(pg_url: str) -> None:
    ctx = multiprocessing.get_context("fork")  # no engine is open in this process yet
    procs = [ctx.Process(target=_writer, args=(pg_url, name, 8)) for name in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    s = open_store(pg_url)
    try:
        assert sv.count_cases(store=s) == 16
        assert sv.trail_problems(store=s) == []
        with s.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit")).scalar_one() == 16
    finally:
        s.close()


def _add(store: Store, title: str, *, label: str | None = None, note: str = "") -> None:
    case = sv.create_case(minimal_case(title, label), store=store).case
    if note:
        event = Event(kind="note", date=PartialDate(2024, 1), text=note)
        sv.add_event(case.id or 0, event, store=store)


@pytest.fixture(scope="module")
def both(
    pg_module_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, Store]]:
    """The same cases on both backends (read only by the tests)."""
    pg = open_store(pg_module_url)
    lite = open_store(str(tmp_path_factory.mktemp("both") / "lite.db"))
    for s in (pg, lite):
        _add(s, "Hémodialyse et calciphylaxie", note="calcium 2.5 mmol/L")
        _add(s, "Other", label="Mme Éloïse Ørsted", note="warfarin, co-trimoxazole")
        _add(s, "Body only", note="CALCIPHYLAXIS suspected; user@example.org; x_y")
        _add(s, "Calcium and warfarin", note="100% o'brien")
    yield pg, lite
    lite.close()
    pg.close()


@pytest.mark.parametrize(
    "words",
    [
        "calci", "HEMODIALYSE", "hémodialyse", "2 5", "2.5", "eloise", "ørsted", "orsted",
        "calciphylaxis", "warf calc", "co trimoxazole", "example org", "x_y", "100%",
        "o'brien", "calcium ", "nothing", "'; DROP TABLE audit; --", "a:* & !b", "\\",
    ],
)  # fmt: skip
def test_search_finds_what_sqlite_finds_in_the_same_order(
    both: tuple[Store, Store], words: str
) -> None:
    pg, lite = both
    for order in ("relevance", "updated", "title"):
        found = [c.title for c in sv.list_cases(store=pg, text=words, order_by=order)]
        assert found == [c.title for c in sv.list_cases(store=lite, text=words, order_by=order)]
        assert sv.count_cases(store=pg, text=words) == len(found)


def test_search_goes_through_the_index_not_like(pg: Store) -> None:
    """The words are a tsquery on the GIN-indexed vector (a LIKE would find "calcium"
    inside "hypercalcium" too, which a word search does not)."""
    _add(pg, "hypercalcium")
    _add(pg, "calcium")
    assert [c.title for c in sv.list_cases(store=pg, text="calcium ")] == ["calcium"]
    with pg.read() as conn:
        plan = "\n".join(
            conn.execute(
                text("EXPLAIN SELECT case_id FROM case_fts WHERE doc @@ CAST(:q AS tsquery)"),
                {"q": postgres_fts.query(["calcium"], prefix_last=False)},
            ).scalars()
        )
    assert "case_fts" in plan


def test_a_document_keeps_each_word_once_with_its_columns_weights() -> None:
    doc = postgres_fts.document("calcium level", "mrs a", "calcium again " + "x" * 3000)
    assert doc == "'calcium':1A,2D 'level':1A 'mrs':1B 'a':1B 'again':1D"
    assert postgres_fts.query(["it's", "b"], prefix_last=True, weight="A") == "'it''s':A & 'b':*A"


def test_the_label_tier_ranks_a_patient_hit_above_a_body_hit(pg: Store) -> None:
    _add(pg, "first", note="renal")
    sv.create_case(minimal_case("second", "renal transplant"), store=pg)
    _add(pg, "renal in the title")
    got = [c.title for c in sv.list_cases(store=pg, text="renal")]
    assert got == ["renal in the title", "second", "first"]


README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_sql() -> list[str]:
    """The SQL blocks of the README's section on a department's server, in order."""
    text_ = README.read_text()
    section = text_.split("## A department's server", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def test_the_readme_recipe(pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's recipe on a test server: the owner's first open creates the schema;
    two clinicians work as themselves, a stale write is refused naming the other, the
    trail names each and its chain verifies, and neither can alter the trail."""
    admin, grants = _readme_sql()
    with psycopg.connect(pg_cluster.url().replace("+psycopg", ""), autocommit=True) as conn:
        for statement in admin.split(";"):
            if statement.strip():
                conn.execute(statement)
    try:
        owner = pg_cluster.url("caselog", "caselog_owner").replace("+psycopg", "")
        assert cli.main(["--db", owner, "list"]) == 0  # creates the schema
        with psycopg.connect(owner, autocommit=True) as conn:
            for statement in grants.split(";"):
                if statement.strip():
                    conn.execute(statement)
        alice_url, bob_url = (owner.replace("caselog_owner@", f"{n}@") for n in ("alice", "bob"))
        alice, bob = open_store(alice_url), open_store(bob_url)
        try:
            case = sv.create_case(minimal_case("Shared"), store=alice).case
            held = sv.get_case(case.id or 0, store=bob)
            sv.set_title(case.id or 0, "Alice's title", store=alice, version=case.version)
            with pytest.raises(sv.StaleCase, match="changed by alice at .*Alice's title"):
                sv.set_title(case.id or 0, "Bob's title", store=bob, version=held.version)
            fresh = sv.get_case(case.id or 0, store=bob)
            sv.set_title(case.id or 0, "Bob's title", store=bob, version=fresh.version)
            history = sv.case_history(case.id or 0, store=bob)
            assert [e.user for e in history] == ["alice", "alice", "bob"]
            assert sv.trail_problems(store=alice) == []
        finally:
            alice.close()
            bob.close()
        with psycopg.connect(alice_url, autocommit=True) as conn:
            for sql in (
                "UPDATE audit SET \"user\" = 'bob'",
                "DELETE FROM audit",
                "ALTER TABLE audit DISABLE TRIGGER audit_no_update",
                "DROP TRIGGER audit_chained ON audit",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(sql)
        assert cli.main(["--db", alice_url, "history", str(case.id)]) == 0
        assert [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()] == [
            "alice", "alice", "bob",
        ]  # fmt: skip
    finally:
        with psycopg.connect(pg_cluster.url().replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS caselog WITH (FORCE)")
            for role in ("alice", "bob", "caselog_clinician", "caselog_owner"):
                conn.execute(f"DROP ROLE IF EXISTS {role}")
