"""The store against plain sqlite3 on the same schema, rows and pragmas.

- import: 1,000 synthetic cases (about 26 events, two small images each) through the
  service's bulk path, vs sqlite3 ``executemany`` of the same rows in one transaction.
- list: 10,000 cases through ``list_cases`` (all at once, and paged 100 at a time as the
  window fetches lazily) vs the same SELECT in sqlite3.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.common import Result, best_of_pair
from bench.generate import cases as synthetic_cases
from caselog.core.model import Case
from caselog.store import services as sv
from caselog.store.engine import open_store
from caselog.store.mapping import EVENT_COLUMNS, date_key, iso, sha256_of, suspect_drug
from caselog.store.sqlite import PRAGMAS
from caselog.store.tables import NARANJO_COLUMNS

TARGET = 3.0

LIST_SQL = """
SELECT c.id, c.title, coalesce(p.label, 'the patient'), c.suspect_drug, a.reaction, a.outcome,
       c.updated_at
FROM "case" c LEFT JOIN patient p ON p.case_id = c.id LEFT JOIN assessment a ON a.case_id = c.id
ORDER BY c.updated_at DESC, c.id DESC
"""


def _fresh_db(folder: Path, name: str) -> Path:
    """A new database file created at head by the store (same schema for both sides)."""
    path = folder / name
    open_store(str(path)).close()
    return path


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        con.execute(pragma)
    return con


def _insert(con: sqlite3.Connection, table: str, columns: Sequence[str], rows: list[Any]) -> None:
    if rows:
        marks = ", ".join("?" * len(columns))
        names = ", ".join(columns)
        con.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


COLUMNS: dict[str, tuple[str, ...]] = {
    "case": ("id", "title", "file_key", "index_date", "suspect_drug", "created_at", "updated_at"),
    "patient": (
        "case_id", "sex", "label", "age", "weight_kg", "height_cm", "has_kidney", "ckd_stage",
        "dialysis", "dialysis_since", "kidney_cause",
    ),
    "patient_private": ("case_id", "name", "mrn", "birth_date"),
    "history_item": ("case_id", "position", "condition", "since", "ongoing", "notes"),
    "event": ("id", "case_id", "position", "kind", "date", "date_key", *EVENT_COLUMNS),
    "image": (
        "event_id", "position", "sha256", "media_type", "filename", "caption", "panel", "width",
        "height",
    ),
    "assessment": (
        "case_id", "reaction", "onset_date", "seriousness", "outcome", "dechallenge",
        "rechallenge", "who_umc", *NARANJO_COLUMNS.values(),
    ),
    "report": (
        "case_id", "introduction", "case_presentation", "discussion", "conclusion",
        "patient_perspective", "acknowledgments", "has_consent", "consent_obtained",
        "consent_notes",
    ),
    "reference": ("case_id", "position", "text"),
    "author": ("case_id", "position", "name", "degrees", "affiliation", "email", "corresponding"),
    "keyword": ("case_id", "position", "text"),
}  # fmt: skip


def _case_tuples(t: dict[str, list[Any]], c: Case, case_id: int, event_id: int, now: str) -> int:
    """Append the rows of one case to ``t`` (table -> tuples); return the last event id."""
    p, k, q = c.patient, c.patient.kidney, c.patient.private
    t["case"].append((case_id, c.title, c.key, iso(c.index_date), suspect_drug(c), now, now))
    t["patient"].append(
        (case_id, p.sex, p.label, p.age, p.weight_kg, p.height_cm, k is not None,
         k and k.ckd_stage, k and k.dialysis, k and iso(k.dialysis_since), k and k.cause)
    )  # fmt: skip
    t["patient_private"].append((case_id, q.name, q.mrn, iso(q.birth_date)))
    for i, h in enumerate(p.history):
        t["history_item"].append((case_id, i, h.condition, iso(h.since), h.ongoing, h.notes))
    for pos, e in enumerate(c.events):
        event_id += 1
        values = [getattr(e, col) for col in EVENT_COLUMNS]
        t["event"].append(
            (event_id, case_id, pos, e.kind, e.date.isoformat(), date_key(e.date), *values)
        )
        for i, img in enumerate(e.images):
            sha = sha256_of(img)
            t["blob"].append((sha, len(img.data), img.data))
            t["image"].append(
                (event_id, i, sha, img.media_type, img.filename, img.caption, img.panel,
                 img.width, img.height)
            )  # fmt: skip
    if (a := c.assessment) is not None:
        naranjo = [a.naranjo.get(key) for key in NARANJO_COLUMNS]
        t["assessment"].append(
            (case_id, a.reaction, iso(a.onset_date), json.dumps(a.seriousness), a.outcome,
             a.dechallenge, a.rechallenge, a.who_umc, *naranjo)
        )  # fmt: skip
    if (r := c.report) is not None:
        consent = r.consent
        t["report"].append(
            (case_id, r.introduction, r.case_presentation, r.discussion, r.conclusion,
             r.patient_perspective, r.acknowledgments, consent is not None,
             consent and consent.obtained, consent and consent.notes)
        )  # fmt: skip
        t["reference"] += [(case_id, i, text) for i, text in enumerate(r.references)]
    t["author"] += [
        (case_id, i, au.name, au.degrees, au.affiliation, au.email, au.corresponding)
        for i, au in enumerate(c.authors)
    ]
    t["keyword"] += [(case_id, i, w) for i, w in enumerate(c.keywords)]
    return event_id


def baseline_import(path: Path, cases: Sequence[Case]) -> None:
    """Plain sqlite3: the same rows, explicit ids, one transaction, executemany per table."""
    con = _connect(path)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    con.execute("BEGIN")
    case_id = con.execute('SELECT coalesce(max(id), 0) FROM "case"').fetchone()[0]
    event_id = con.execute("SELECT coalesce(max(id), 0) FROM event").fetchone()[0]
    t: dict[str, list[Any]] = {name: [] for name in [*COLUMNS, "blob"]}
    for c in cases:
        case_id += 1
        event_id = _case_tuples(t, c, case_id, event_id, now)
    for table, columns in COLUMNS.items():
        if table == "image":
            con.executemany("INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)",
                            t["blob"])  # fmt: skip
        _insert(con, table, columns, t[table])
    con.execute("COMMIT")
    con.close()


def bench_import(folder: Path, count: int, repeat: int) -> Result:
    """Only the import is timed; creating the empty databases is not."""
    cases = list(synthetic_cases(count))
    service, baseline = float("inf"), float("inf")
    for n in range(repeat):
        store = open_store(str(_fresh_db(folder, f"svc-{n}.db")))
        try:
            start = time.perf_counter()
            sv.import_cases(cases, store=store)
            service = min(service, time.perf_counter() - start)
        finally:
            store.close()
        path = _fresh_db(folder, f"raw-{n}.db")
        start = time.perf_counter()
        baseline_import(path, cases)
        baseline = min(baseline, time.perf_counter() - start)
    _check_same_rows(folder / "svc-0.db", folder / "raw-0.db")
    return Result(f"import {count:,} cases (service vs sqlite3)", service, baseline, TARGET)


def _check_same_rows(a: Path, b: Path) -> None:
    """Both sides wrote the same number of rows to every table (the comparison is fair)."""
    counts = []
    for path in (a, b):
        con = sqlite3.connect(path)
        counts.append({t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                       for t in [*COLUMNS, "blob"]})  # fmt: skip
        con.close()
    assert counts[0] == counts[1], f"service and baseline rows differ: {counts}"


def bench_list(folder: Path, count: int, repeat: int) -> list[Result]:
    path = _fresh_db(folder, "list.db")
    store = open_store(str(path))
    try:
        batch = 1_000
        for start in range(0, count, batch):
            sv.import_cases(list(synthetic_cases(min(batch, count - start), seed=start,
                                                 images=0)), store=store)  # fmt: skip
        con = _connect(path)
        assert len(sv.list_cases(store=store)) == len(con.execute(LIST_SQL).fetchall()) == count
        page = 100
        pages = range(0, count, page)
        everything = best_of_pair(
            repeat, lambda: sv.list_cases(store=store), lambda: con.execute(LIST_SQL).fetchall()
        )
        paged = best_of_pair(
            repeat,
            lambda: [sv.list_cases(store=store, offset=o, limit=page) for o in pages],
            lambda: [con.execute(f"{LIST_SQL} LIMIT ? OFFSET ?", (page, o)).fetchall()
                     for o in pages],
        )  # fmt: skip
        results = [
            Result(f"list {count:,} cases at once", *everything, TARGET),
            Result(f"list {count:,} cases in pages of {page}", *paged, TARGET),
        ]
        con.close()
        return results
    finally:
        store.close()


def run(quick: bool = False) -> list[Result]:
    imports, listed, repeat = (200, 2_000, 2) if quick else (1_000, 10_000, 5)
    with tempfile.TemporaryDirectory(prefix="caselog-bench-") as tmp:
        folder = Path(tmp)
        return [bench_import(folder, imports, repeat), *bench_list(folder, listed, repeat)]
