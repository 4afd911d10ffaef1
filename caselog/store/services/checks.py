"""Reading a stored case through the clinical rules (``caselog check``, the findings panel)."""

from __future__ import annotations

from caselog.clinical import Finding, check_case
from caselog.clinical.findings import level_rank
from caselog.report.reference_checks import reference_findings
from caselog.store.engine import Store
from caselog.store.services.cases import get_case


def case_findings(case_id: int, *, store: Store) -> list[Finding]:
    """What caselog has to say about the stored case ``case_id`` (NotFound if none): label
    rule warnings, lab and causality information, the references (cited but absent, never
    cited, details needed), and CARE items not yet covered."""
    case = get_case(case_id, store=store)
    found = [*check_case(case), *reference_findings(case)]
    return sorted(found, key=lambda f: level_rank(f.level))  # stable: each its own order
