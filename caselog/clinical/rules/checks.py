"""The checks label rules are built from. Each takes the case context and one rule (with its
parameters from ``resources/rules.json``) and returns findings.

Dates known only to the month or year are handled conservatively: a check warns when a
coarse date *may* break the rule only where missing the problem would be unsafe (an MI
possibly within the year), and otherwise stays silent rather than claim what it cannot know.
"""

from __future__ import annotations

from collections.abc import Callable

from caselog.clinical.exposure import Administration
from caselog.clinical.findings import Finding
from caselog.clinical.relative import relative_days
from caselog.clinical.rules.calcium import lab_near_dose, low_lab_before_dose
from caselog.clinical.rules.context import Context, Rule
from caselog.core.model import Event

Check = Callable[[Context, Rule], list[Finding]]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _first(a: Administration) -> Event:
    return a.events[0]


def max_doses(ctx: Context, rule: Rule) -> list[Finding]:
    limit = int(rule.params["max"])
    given = ctx.administrations(rule.drug)
    if len(given) <= limit:
        return []
    extra = [_first(a) for a in given[limit:]]
    return [
        rule.finding(
            f"{len(given)} doses of {rule.drug} recorded, more than the {limit} the label allows; "
            f"after the {_ordinal(limit)}: {ctx.refs(extra)}.",
            extra,
        )
    ]


def dose_interval(ctx: Context, rule: Rule) -> list[Finding]:
    min_days = int(rule.params["min_days"])
    usual = rule.params.get("usual", f"at least {min_days} days apart")
    given = ctx.administrations(rule.drug)
    out = []
    for a, b in zip(given, given[1:], strict=False):
        days = relative_days(b.date, a.date)
        if days is None or days >= min_days:
            continue  # a coarse date cannot show the interval: say nothing rather than guess
        pair = [_first(a), _first(b)]
        out.append(
            rule.finding(
                f"Doses of {rule.drug} {days} days apart ({ctx.refs(pair)}); "
                f"the label gives it {usual}.",
                pair,
            )
        )
    return out


CHECKS: dict[str, Check] = {
    "max_doses": max_doses,
    "dose_interval": dose_interval,
    "low_lab_before_dose": low_lab_before_dose,
    "lab_near_dose": lab_near_dose,
}
