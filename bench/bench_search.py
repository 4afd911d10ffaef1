"""Search and filtering of the case list on 10,000 cases (``bench.bench_scale``: 100,000)
against the bare index answering the same question in the same run.

Measured: one keystroke of the window's search box, i.e. ``list_cases`` (the first page of
100 summary rows, best match first) plus ``count_cases`` as the list counts
(``at_most=LIST_COUNT_CAP``: "more than 1,000 cases" beyond it), through the services.
Baseline: the least any list could do on the same file in sqlite3: the first 100 ids the
bare FTS5 index yields for the words, in no order (for filters without words: the same
filter hand-written in SQL), and the same capped count. Target: under 50 ms (what a
keystroke may cost). The ratio to the baseline is reported; it has no target: the
baseline orders nothing, joins nothing and reads no summary, so a fixed ratio to it would
measure the summary rows, not the search.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.common import Result, best_of_pair
from bench.generate import cases as synthetic_cases
from caselog.store import fts
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.narrow import parse_words
from caselog.store.query import CaseQuery
from caselog.store.sqlite import PRAGMAS

TARGET_SECONDS = 0.050
PAGE = 100

QUERIES: list[tuple[str, CaseQuery]] = [
    ("one rare word", CaseQuery(text="424")),
    ("a word in every case", CaseQuery(text="calcification")),
    ("a prefix while typing", CaseQuery(text="hypocalc")),
    ("two words", CaseQuery(text="epidural calcification")),
    ("accented words", CaseQuery(text="Épidural CALCIFICATION")),
    (
        "words + drug + outcome",
        CaseQuery(text="back pain", drug="Romosozumab", outcome="recovered"),
    ),
    ("drug + outcome + WHO-UMC", CaseQuery(drug="denosumab", outcome="fatal", who_umc="probable")),
]


@dataclass
class SearchResult(Result):
    """Passes under ``limit_seconds``; the ratio to the bare index is reported."""

    limit_seconds: float = TARGET_SECONDS

    @property
    def passed(self) -> bool:
        return self.seconds <= self.limit_seconds

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        measured = super().line().replace("(no target)", "(reported)")
        return measured + f", target < {self.limit_seconds * 1000:g} ms  {verdict}"


def _fill(store: Store, count: int) -> None:
    batch = 1_000
    for start in range(0, count, batch):
        chunk = list(synthetic_cases(min(batch, count - start), seed=start + 7, images=0))
        sv.import_cases(chunk, store=store)


FILTER_SQL = (  # the filter row of each case (caselog.store.search, db/versions/0015)
    "SELECT {what} FROM case_filter f WHERE f.drugs LIKE ? AND f.outcome = ? AND f.who_umc = ?"
)
CAPPED = "SELECT count(*) FROM ({hits} LIMIT ?)"


def _baseline(con: sqlite3.Connection, q: CaseQuery) -> Callable[[], object]:
    """The bare query for the same thing: FTS5 for words, else hand-written SQL; the first
    page in whatever order the index gives, and the count capped as the list caps it."""
    cap = sv.LIST_COUNT_CAP + 1
    if not q.text:
        args = (f"%|{(q.drug or '').lower()}|%", q.outcome, q.who_umc)
        hits = FILTER_SQL.format(what="f.case_id")

        def plain() -> object:
            rows = con.execute(hits + " LIMIT ?", (*args, PAGE)).fetchall()
            return rows, con.execute(CAPPED.format(hits=hits), (*args, cap)).fetchone()

        return plain
    words = parse_words(q.text)
    match = fts.match_string(words.tokens, prefix_last=words.prefix_last)
    fts_hits = "SELECT rowid FROM case_fts WHERE case_fts MATCH ?"

    def fts5() -> object:
        rows = con.execute(fts_hits + " LIMIT ?", (match, PAGE)).fetchall()
        return rows, con.execute(CAPPED.format(hits=fts_hits), (match, cap)).fetchone()

    return fts5


def measure_queries(store: Store, path: Path, repeat: int) -> list[Result]:
    """Every query of QUERIES through the services against the plain FTS5/SQL statement
    on the same file (``bench.bench_scale`` runs these at 100,000 cases)."""
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        con.execute(pragma)
    try:
        count = sv.count_cases(store=store)
        results: list[Result] = []
        for name, q in QUERIES:

            def measured(q: CaseQuery = q) -> object:
                rows = sv.list_cases(store=store, query=q, limit=PAGE)
                return rows, sv.count_cases(store=store, query=q, at_most=sv.LIST_COUNT_CAP)

            found = sv.count_cases(store=store, query=q)
            seconds, base = best_of_pair(repeat, measured, _baseline(con, q))
            label = f"search {count:,}: {name} ({found:,} hits)"
            results.append(SearchResult(label, seconds, base, None))
        return results
    finally:
        con.close()


def run(quick: bool = False) -> list[Result]:
    count, repeat = (2_000, 3) if quick else (10_000, 7)
    with tempfile.TemporaryDirectory(prefix="caselog-bench-") as tmp:
        path = Path(tmp) / "search.db"
        store = open_store(str(path))
        try:
            _fill(store, count)
            return measure_queries(store, path, repeat)
        finally:
            store.close()


if __name__ == "__main__":
    for r in run():
        print(r.line())
