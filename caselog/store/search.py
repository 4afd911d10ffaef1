"""The search rows of a case, rewritten in the same transaction as every write of the case:
its words folded (no case, no accents) in ``case_search``, and the derived columns the
filters read in ``case_filter`` (one narrow row: the filters test a full-text hit with one
small look-up, db/versions/0015).

``case_search`` is portable; on SQLite the full-text index
``case_fts`` (``caselog.store.fts``) follows it by triggers, on PostgreSQL ``refresh``
writes its ``tsvector`` (``caselog.store.postgres_fts``). The patient's name and record
number (private identifiers, kept "so you can find the case") are searched with the label:
the index is part of this machine's database, like the identifiers themselves, and nothing
exported, reported or anonymised reads it. The birth date is not searched.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete

from caselog import lazy
from caselog.core import fields
from caselog.core import parts as described
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient
from caselog.store import bulk, postgres_fts
from caselog.store.tables import case_filter_t, case_search_t

if TYPE_CHECKING:
    from caselog.review import onset
else:  # the clinical rules load with the first write (see caselog/lazy.py)
    onset = lazy.module("caselog.review.onset")

_CHUNK = 500
# case_search rows in one INSERT (caselog.store.bulk): on SQLite its triggers write the
# FTS5 indexes, which write out a segment at the end of each statement; one statement a
# row made 1,000 imported cases cost 0.8 s of index work, 0.2 s in groups of 100 or more
ROWS_PER_STATEMENT = 200
# Fields that hold words a clinician may search for (caselog.core.fields and .parts).
EVENT_TEXT = fields.SEARCHED
IMAGE_TEXT = described.IMAGE.searched()
KIDNEY_TEXT = described.KIDNEY.searched()
HISTORY_TEXT = described.HISTORY.searched()
ASSESSMENT_TEXT = described.ASSESSMENT.searched()
REPORT_TEXT = described.REPORT.searched()
OUTCOME_TEXT = described.OUTCOME.searched()
CONSENT_TEXT = described.CONSENT.searched()
DIALYSIS_WORDS = {"hemodialysis": "hemodialysis", "peritoneal": "peritoneal dialysis"}


_SURROGATE = re.compile("[\ud800-\udfff]")


def fold(text: str) -> str:
    """Lower case without accents: ``Hémodialyse`` -> ``hemodialyse`` (the form stored
    and searched, so that both sides of a match fold the same way). A lone surrogate
    (from an argument that was not UTF-8; SQLite cannot take one) becomes U+FFFD."""
    if text.isascii():  # no accent, no compatibility form, no surrogate: case alone
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", _SURROGATE.sub("\ufffd", text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def names_key(names: Iterable[str]) -> str:
    """``|denosumab|romosozumab|``: folded names, each between bars, for exact matching."""
    kept = sorted({fold(n).replace("|", " ").strip() for n in names if n and n.strip()})
    return "|" + "|".join(kept) + "|" if kept else ""


def day_number(d: PartialDate | None) -> int | None:
    """YYYYMMDD of the date's midpoint (a partial date counts from its middle)."""
    if d is None:
        return None
    m = d.midpoint()
    return m.year * 10000 + m.month * 100 + m.day


def _words(obj: object, names: Iterable[str]) -> Iterable[str]:
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, str):
            yield value


def _event_words(e: Event) -> Iterable[str]:
    yield from _words(e, EVENT_TEXT)
    for im in e.images:
        yield from _words(im, IMAGE_TEXT)


def body_text(case: Case) -> str:
    """Every searchable word of the case but its title and label, one part a line."""
    parts: list[str] = list(case.keywords)
    p = case.patient
    if p.kidney is not None:
        parts += _words(p.kidney, KIDNEY_TEXT)
        parts.append(DIALYSIS_WORDS.get(p.kidney.dialysis or "", ""))
    for h in p.history:
        parts += _words(h, HISTORY_TEXT)
    for e in case.events:
        parts += _event_words(e)
    if case.assessment is not None:
        parts += _words(case.assessment, ASSESSMENT_TEXT)
    if case.outcome is not None:
        parts += _words(case.outcome, OUTCOME_TEXT)
    r = case.report
    if r is not None:
        parts += _words(r, REPORT_TEXT)
        if r.consent is not None:
            parts += _words(r.consent, CONSENT_TEXT)
    return "\n".join(x.strip() for x in parts if x and x.strip())


def label_words(patient: Patient) -> str:
    """The words the patient is found by: the label, then the name and the record number."""
    private = patient.private
    return " ".join(x for x in (patient.display_label, private.name, private.mrn) if x)


def search_row(case_id: int, case: Case) -> dict[str, object]:
    """The row of ``case_search``: the words, the full-text index's content."""
    return {
        "case_id": case_id,
        "title": fold(case.title),
        "label": fold(label_words(case.patient)),
        "body": fold(body_text(case)),
    }


def filter_row(case_id: int, case: Case) -> dict[str, object]:
    """The row of ``case_filter``: every value the case list's filters read
    (``caselog.store.narrow``); None where the case records none."""
    drugs = [e.drug for e in case.events if e.kind == "medication" and e.drug]
    a = case.assessment
    kidney = case.patient.kidney
    seriousness = None if a is None or a.seriousness is None else json.dumps(list(a.seriousness))
    return {
        "case_id": case_id,
        "drugs": names_key(drugs),
        "suspects": names_key(case.suspect_drugs()),
        "reaction": fold(a.reaction) if a else None,
        "outcome": a.outcome if a else None,
        "who_umc": a.who_umc if a else None,
        "seriousness": seriousness,
        "dialysis": kidney.dialysis if kidney else None,
        "index_day": day_number(case.effective_index_date()),
        "onset_days": onset.onset_days(case),
    }


def refresh(conn: Connection, pairs: Sequence[tuple[int, Case]]) -> None:
    """Rewrite the search rows of the cases ``(id, case)`` inside the caller's transaction."""
    ids = [i for i, _ in pairs]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for t in (case_search_t, case_filter_t):
            conn.execute(delete(t).where(t.c.case_id.in_(chunk)))
    if pairs:
        rows = [search_row(i, c) for i, c in pairs]
        bulk.insert_many(conn, case_search_t, rows, per_statement=ROWS_PER_STATEMENT)
        bulk.insert_many(conn, case_filter_t, [filter_row(i, c) for i, c in pairs])
        if conn.dialect.name == "postgresql":
            postgres_fts.refresh(conn, rows)
