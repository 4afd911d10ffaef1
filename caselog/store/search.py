"""The search row of a case: its words folded (no case, no accents) and the derived columns
the filters read, rewritten in the same transaction as every write of the case.

The row lives in the portable table ``case_search``; on SQLite the full-text index
``case_fts`` (``caselog.store.fts``) follows it by triggers. Private identifiers (name,
record number, birth date) are never copied here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, delete, insert

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.store.tables import case_search_t

_CHUNK = 500
# Event fields that hold words a clinician may search for (closed vocabularies aside).
EVENT_TEXT = (
    "drug", "route", "frequency", "indication", "reason", "name", "test", "text", "specimen",
    "modality", "findings", "region", "impression", "summary", "notes",
)  # fmt: skip
REPORT_TEXT = (
    "introduction", "case_presentation", "discussion", "conclusion", "patient_perspective",
    "acknowledgments",
)  # fmt: skip
DIALYSIS_WORDS = {"hemodialysis": "hemodialysis", "peritoneal": "peritoneal dialysis"}


_SURROGATE = re.compile("[\ud800-\udfff]")


def fold(text: str) -> str:
    """Lower case without accents: ``Hémodialyse`` -> ``hemodialyse`` (the form stored
    and searched, so that both sides of a match fold the same way). A lone surrogate
    (from an argument that was not UTF-8; SQLite cannot take one) becomes U+FFFD."""
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


def _event_words(e: Event) -> Iterable[str]:
    for name in EVENT_TEXT:
        value = getattr(e, name)
        if isinstance(value, str):
            yield value
    for im in e.images:
        if im.caption:
            yield im.caption


def body_text(case: Case) -> str:
    """Every searchable word of the case but its title and label, one part a line."""
    parts: list[str] = list(case.keywords)
    p = case.patient
    if p.kidney is not None:
        k = p.kidney
        parts += [x for x in (k.cause, DIALYSIS_WORDS.get(k.dialysis or "")) if x]
    for h in p.history:
        parts += [x for x in (h.condition, h.notes) if x]
    for e in case.events:
        parts += _event_words(e)
    if case.assessment is not None:
        parts.append(case.assessment.reaction)
    r = case.report
    if r is not None:
        parts += [v for v in (getattr(r, n) for n in REPORT_TEXT) if v]
        if r.consent is not None and r.consent.notes:
            parts.append(r.consent.notes)
    return "\n".join(x.strip() for x in parts if x and x.strip())


def search_row(case_id: int, case: Case) -> dict[str, object]:
    from caselog.review.onset import onset_days  # the clinical rules load with the first write

    drugs = [e.drug for e in case.events if e.kind == "medication" and e.drug]
    return {
        "case_id": case_id,
        "title": fold(case.title),
        "label": fold(case.patient.display_label),
        "body": fold(body_text(case)),
        "reaction": fold(case.assessment.reaction) if case.assessment else None,
        "drugs": names_key(drugs),
        "suspects": names_key(case.suspect_drugs()),
        "index_day": day_number(case.effective_index_date()),
        "onset_days": onset_days(case),
    }


def refresh(conn: Connection, pairs: Sequence[tuple[int, Case]]) -> None:
    """Rewrite the search rows of the cases ``(id, case)`` inside the caller's transaction."""
    ids = [i for i, _ in pairs]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        conn.execute(delete(case_search_t).where(case_search_t.c.case_id.in_(chunk)))
    if pairs:
        conn.execute(insert(case_search_t), [search_row(i, c) for i, c in pairs])
