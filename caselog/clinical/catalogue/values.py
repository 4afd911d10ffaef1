"""Judging a lab result: its flag against a range, and whether it is believable."""

from __future__ import annotations

from caselog.clinical.catalogue.labs import lab_test_of
from caselog.core.model import Event


def reference_range(event: Event) -> tuple[float | None, float | None] | None:
    """The range a lab result is judged by: its own if it has one, else the catalogue's in its
    unit; None when neither is available."""
    if event.ref_low is not None or event.ref_high is not None:
        return event.ref_low, event.ref_high
    lab = lab_test_of(event)
    if lab is None:
        return None
    return lab.typical_in(event.unit)


def flag(event: Event) -> str | None:
    """``low``, ``high`` or ``normal`` against the result's own range, else the catalogue's;
    None for text results or when no range applies."""
    if event.kind != "lab" or event.value is None:
        return None
    rng = reference_range(event)
    if rng is None:
        return None
    low, high = rng
    if low is None and high is None:
        return None
    if low is not None and event.value < low:
        return "low"
    if high is not None and event.value > high:
        return "high"
    return "normal"


def _fmt(x: float) -> str:
    return f"{x:g}"


def implausible(event: Event) -> str | None:
    """A message when a lab value is not believable (a unit or typing slip, a negative
    count) so the form asks the user to confirm it; None when it is plausible, or when the
    test or its unit is not catalogued (see ``unit_problem``)."""
    if event.kind != "lab" or event.value is None:
        return None
    lab = lab_test_of(event)
    if lab is None:
        return None
    value = event.value
    # a negative value is a slip, except for a test whose plausible range goes below 0 (T-score)
    if value < 0 and (lab.plausible_low is None or lab.plausible_low >= 0):
        return f"{lab.name}: a negative value ({_fmt(value)}) is not possible; check the entry."
    unit = event.unit or lab.unit
    if not lab.knows_unit(unit):
        return None
    low = None if lab.plausible_low is None else lab.convert(lab.plausible_low, lab.unit, unit)
    high = None if lab.plausible_high is None else lab.convert(lab.plausible_high, lab.unit, unit)
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"{_fmt(round(low or 0, 3))}-{_fmt(round(high or 0, 3))} {unit}"
        return (
            f"{lab.name} {_fmt(value)} {unit} is outside what is physiologically plausible "
            f"({span}); check the value and the unit."
        )
    return None


def unit_problem(event: Event) -> str | None:
    """A message when a catalogued test carries a unit the catalogue cannot convert."""
    if event.kind != "lab" or event.value is None or not event.unit:
        return None
    lab = lab_test_of(event)
    if lab is None or lab.knows_unit(event.unit):
        return None
    if (why := lab.refusal(event.unit)) is not None:
        return f"{lab.name}: {why}; the value cannot be converted or checked."
    known = ", ".join(lab.unit_labels.values())
    return (
        f"{lab.name}: unit {event.unit!r} is not one the catalogue knows ({known}); "
        "the value cannot be converted or checked."
    )
