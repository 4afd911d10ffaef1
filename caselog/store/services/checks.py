"""Reading a stored case through the clinical rules (``caselog check``, the findings panel)."""

from __future__ import annotations

from caselog.clinical import Finding, check_case
from caselog.store.engine import Store
from caselog.store.services.cases import get_case


def case_findings(case_id: int, *, store: Store) -> list[Finding]:
    """What caselog has to say about the stored case ``case_id`` (NotFound if none): label
    rule warnings, lab and causality information, and CARE items not yet covered."""
    return check_case(get_case(case_id, store=store))
