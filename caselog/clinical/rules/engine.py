"""Loading the rule set and running it over a case."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from caselog.clinical import events as ev
from caselog.clinical.catalogue import CatalogueError, drug_key
from caselog.clinical.catalogue.files import load
from caselog.clinical.exposure import Administration, Course, courses
from caselog.clinical.findings import LEVELS, Finding
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event


@dataclass(frozen=True)
class Rule:
    id: str
    drug: str
    check: str
    level: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def finding(
        self, message: str, events: list[Event] | None = None, *, level: str | None = None
    ) -> Finding:
        return Finding(
            level or self.level, self.id, message, ev.ids(events or []), None, self.source
        )


@dataclass
class Context:
    """What every check needs, computed once per case."""

    case: Case
    index: PartialDate
    courses: list[Course]

    @classmethod
    def of(cls, case: Case) -> Context | None:
        index = case.effective_index_date()
        if index is None:
            return None
        return cls(case, index, courses(case))

    def courses_of(self, drug: str) -> list[Course]:
        key = drug_key(drug)
        return [c for c in self.courses if c.key == key]

    def administrations(self, drug: str) -> list[Administration]:
        return [a for c in self.courses_of(drug) for a in c.administrations]

    def ref(self, event: Event) -> str:
        return ev.ref(event, self.index)

    def refs(self, events: list[Event], limit: int = 4) -> str:
        """Events named one after the other; past ``limit``, the rest are counted."""
        named = "; ".join(self.ref(e) for e in events[:limit])
        rest = len(events) - limit
        return f"{named}; and {rest} more" if rest > 0 else named


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
    from caselog.clinical.rules.checks import CHECKS

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


def run_rules(case: Case, rules: tuple[Rule, ...] | None = None) -> list[Finding]:
    """The findings of every rule on ``case``, rule by rule in the order of the rule set."""
    from caselog.clinical.rules.checks import CHECKS

    ctx = Context.of(case)
    if ctx is None:
        return []
    out: list[Finding] = []
    for rule in rules if rules is not None else load_rules():
        if not ctx.courses_of(rule.drug):
            continue
        out.extend(CHECKS[rule.check](ctx, rule))
    return out
