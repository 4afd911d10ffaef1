"""PostgreSQL's own behaviour: the server it runs on, the audit trail its triggers write
(append-only, chained, the role as actor, also under concurrent writers), and the
full-text index (accents, case, prefixes, hostile words) against SQLite's answers."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.store import postgres, postgres_fts, trail
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
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
        sv.set_title(case.id or 0, "Renamed\nwith a newline", store=s)
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
