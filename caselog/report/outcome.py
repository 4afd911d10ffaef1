"""The case's outcome and follow-up as a report prints it (CARE item 10): only what was
recorded, nothing when nothing was.

A drug reaction's outcome category is the reaction's (``Assessment.outcome``), which the
causality paragraph already states; here it is left to that paragraph, and the recorded
date and follow-up are told. Any other case's category is told here."""

from __future__ import annotations

from caselog.core.vocab import label
from caselog.report import prose
from caselog.report._context import Context


def drafted(ctx: Context) -> str | None:
    """``The outcome was recorded as recovered at the last follow-up, 6 months after the
    first dose of ...``: the sentence the report writes from the recorded category and date;
    None when neither is recorded (or the category is the reaction's)."""
    c = ctx.case
    o = c.outcome
    if o is None:
        return None
    when = ctx.relative(o.date) if o.date is not None else None
    own = o.category if c.assessment is None else None
    if own is not None:
        said = f"The outcome was recorded as {label(own).lower()}"
        return said + (f" at the last follow-up, {when}." if when else ".")
    if when:
        return prose.opening(f"the last follow-up was {when}.")
    return None


def follow_up(ctx: Context) -> str | None:
    """The follow-up in the clinician's own words, as recorded."""
    o = ctx.case.outcome
    text = o.follow_up.strip() if o is not None and o.follow_up else ""
    return text or None
