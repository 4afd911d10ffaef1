"""A case's audit trail (History of this case…, ``caselog history ID``)."""

from __future__ import annotations

from caselog.store import audit
from caselog.store.audit import AuditEntry
from caselog.store.engine import Store
from caselog.store.services.cases import get_case

__all__ = ["AuditEntry", "case_history", "trail_problems"]


def case_history(case_id: int, *, store: Store) -> list[AuditEntry]:
    """Every recorded change of the case, oldest first; a deleted case keeps its trail.
    ``NotFound`` when no case of that id ever existed."""
    entries = audit.history(case_id, store=store)
    if not entries:
        get_case(case_id, store=store)  # NotFound naming the id; else a case with no trail
    return entries


def trail_problems(*, store: Store) -> list[str]:
    """Where the audit trail's hash chain breaks: a row inserted, edited or removed outside
    caselog (empty: every row is as caselog wrote it). ``caselog history`` and the History
    window say so above the trail."""
    return audit.chain_problems(store=store)
