"""Loading the rule set and running it over a case."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from caselog.clinical.catalogue import CatalogueError, drug_key
from caselog.clinical.catalogue.files import load
from caselog.clinical.findings import LEVELS, Finding
from caselog.clinical.rules.checks import CHECKS as DOSE_AND_LAB_CHECKS
from caselog.clinical.rules.conditions import CHECKS as CONDITION_CHECKS
from caselog.clinical.rules.context import Context, Rule
from caselog.clinical.rules.followon import CHECKS as FOLLOWON_CHECKS
from caselog.clinical.therapy import Dosing
from caselog.core.model import Case

CHECKS = {**DOSE_AND_LAB_CHECKS, **CONDITION_CHECKS, **FOLLOWON_CHECKS}
"""Every check a rule may name, by name (each module keeps its own)."""

__all__ = ["Context", "Rule", "load_dosing", "load_rules", "run_rules"]


def _terms(params: dict[str, Any], terms: dict[str, Any], where: str) -> dict[str, Any]:
    """Resolve a ``terms`` reference into the ``patterns`` and ``exclude`` it names."""
    name = params.get("terms")
    if name is None:
        return params
    if name not in terms:
        raise CatalogueError(f"{where}: unknown terms {name!r}")
    resolved = {**params, "patterns": list(terms[name]["patterns"])}
    resolved["exclude"] = list(terms[name].get("exclude", []))
    for pattern in resolved["patterns"] + resolved["exclude"]:
        try:
            re.compile(pattern)
        except re.error as e:
            raise CatalogueError(f"{where}: terms {name!r}: bad pattern {pattern!r}: {e}") from e
    return resolved


def _rule_from(raw: dict[str, Any], terms: dict[str, Any], where: str) -> Rule:
    try:
        rule = Rule(
            id=raw["id"],
            drug=raw["drug"],
            check=raw["check"],
            level=raw["level"],
            source=raw["source"],
            params=_terms(dict(raw.get("params", {})), terms, where),
        )
    except (KeyError, TypeError) as e:
        raise CatalogueError(f"{where}: missing or malformed field {e}") from e
    if rule.check not in CHECKS:
        raise CatalogueError(f"{where}: unknown check {rule.check!r}")
    if rule.level not in LEVELS:
        raise CatalogueError(f"{where}: unknown level {rule.level!r}")
    return rule


@cache
def load_rules() -> tuple[Rule, ...]:
    data = load("rules.json")
    terms = dict(data.get("terms", {}))
    rules = tuple(
        _rule_from(r, terms, f"rules.json: rules[{i}]") for i, r in enumerate(data.get("rules", []))
    )
    ids = [r.id for r in rules]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise CatalogueError(f"rules.json: duplicate rule ids: {', '.join(sorted(dupes))}")
    return rules


@cache
def load_dosing() -> dict[str, Dosing]:
    """How each drug is dosed, for inferring stops from missed doses (rules.json ``dosing``),
    by the drug's catalogue key."""
    out: dict[str, Dosing] = {}
    for drug, raw in load("rules.json").get("dosing", {}).items():
        if drug == "about":
            continue
        try:
            out[drug_key(drug)] = Dosing.from_json(raw)
        except (KeyError, TypeError, ValueError) as e:
            raise CatalogueError(f"rules.json: dosing[{drug!r}]: missing or malformed {e}") from e
    return out


def run_rules(case: Case, rules: tuple[Rule, ...] | None = None) -> list[Finding]:
    """The findings of every rule on ``case``, rule by rule in the order of the rule set."""
    ctx = Context.of(case, load_dosing())
    if ctx is None:
        return []
    out: list[Finding] = []
    for rule in rules if rules is not None else load_rules():
        if not ctx.courses_of(rule.drug):
            continue
        out.extend(CHECKS[rule.check](ctx, rule))
    return out
