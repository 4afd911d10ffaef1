"""``check_case``: everything caselog has to say about a case, for ``caselog check`` and the
window's findings panel: label-rule findings, WHO-UMC hints and CARE gaps."""

from __future__ import annotations

from collections.abc import Iterable

from caselog.clinical import care, consistency, who_umc
from caselog.clinical.findings import Finding, level_rank
from caselog.clinical.rules import run_rules
from caselog.core.model import Case


def check_case(case: Case) -> list[Finding]:
    """All findings on ``case``: warnings first, then information, then CARE gaps
    (``missing``); within a level, label rules, lab values, WHO-UMC, Naranjo, CARE, each in
    its own order (timeline order within a rule)."""
    found = [
        *run_rules(case),
        *consistency.lab_findings(case),
        *who_umc.hints(case),
        *consistency.naranjo_findings(case),
        *care.gaps(case),
    ]
    return sorted(found, key=lambda f: level_rank(f.level))  # stable: keeps the order within


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def format_findings(findings: Iterable[Finding]) -> str:
    """``LEVEL<TAB>RULE<TAB>MESSAGE`` lines (docs/cli.md ``caselog check``), newline-ended."""
    lines = [f"{f.level}\t{f.rule}\t{_one_line(f.message)}" for f in findings]
    return "".join(line + "\n" for line in lines)
