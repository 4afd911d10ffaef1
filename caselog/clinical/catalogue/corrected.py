"""Albumin-corrected calcium: a total calcium adjusted by Payne's formula to the albumin
measured with it (``corrected_calcium`` in ``resources/labs.json`` gives the formula, the
window and the source).

A correction is computed only from what is recorded: a total calcium and an albumin, each
with a value and a unit the catalogue knows, on days that are known to the day and lie
within the window (the same day by default). Anything less and there is no correction: it
is never guessed. The window, the report and the calcium rules all read it from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from caselog.clinical.catalogue.files import CatalogueError, load, norm_unit
from caselog.clinical.catalogue.labs import LabTest, lab_test_of, labs
from caselog.clinical.catalogue.values import reference_range
from caselog.core.dates import Precision
from caselog.core.model import Event

TOTAL = "calcium-total"
ALBUMIN = "albumin"


@dataclass(frozen=True)
class Formula:
    """Payne's formula in one unit system: calcium + coefficient x (reference - albumin)."""

    coefficient: float
    reference_albumin: float
    albumin_unit: str
    text: str


@dataclass(frozen=True)
class Correction:
    """The correction as the catalogue gives it."""

    name: str
    mg_dl: Formula
    mmol_l: Formula
    window_days: int
    source: str
    limits: str
    limits_brief: str


@cache
def correction() -> Correction:
    raw = load("labs.json").get("corrected_calcium")
    try:
        assert isinstance(raw, dict)
        return Correction(
            name=str(raw["formula"]),
            mg_dl=Formula(**raw["mg_dl"]),
            mmol_l=Formula(**raw["mmol_l"]),
            window_days=int(raw["window_days"]),
            source=str(raw["source"]),
            limits=str(raw["limits"]),
            limits_brief=str(raw["limits_brief"]),
        )
    except (AssertionError, KeyError, TypeError, ValueError) as e:
        raise CatalogueError(f"labs.json: corrected_calcium: missing or malformed {e}") from e


def _fmt(x: float, places: int) -> str:
    return f"{x:.{places}f}"


@dataclass(frozen=True)
class CorrectedCalcium:
    """A total calcium with the albumin it was corrected for; ``value`` in the calcium's
    own unit."""

    calcium: Event
    albumin: Event
    value: float
    unit: str
    formula: Formula

    @property
    def places(self) -> int:
        return 2 if norm_unit(self.unit) == "mmol/l" else 1

    @property
    def shown(self) -> str:
        """``9.3 mg/dL``."""
        return f"{_fmt(self.value, self.places)} {self.unit}"

    @property
    def albumin_shown(self) -> str:
        assert self.albumin.value is not None
        return f"{self.albumin.value:g} {self.albumin.unit}"

    def flag(self) -> str | None:
        """``low``, ``high`` or ``normal`` against the calcium's own range, else the typical
        range of total calcium in its unit."""
        rng = reference_range(self.calcium)
        if rng is None or rng == (None, None):
            return None
        low, high = rng
        if low is not None and self.value < low:
            return "low"
        if high is not None and self.value > high:
            return "high"
        return "normal"

    def beside(self) -> str:
        """What the window shows beside the calcium: ``corrected 9.3 mg/dL (albumin 2.9 g/dL,
        Payne)``."""
        mark = {"low": " LOW", "high": " HIGH"}.get(self.flag() or "", "")
        return f"corrected {self.shown}{mark} (albumin {self.albumin_shown}, {correction().name})"

    def phrase(self) -> str:
        """``corrected for albumin 2.5 g/dL by Payne's formula``."""
        return f"corrected for albumin {self.albumin_shown} by {correction().name}'s formula"

    def sentence(self) -> str:
        """How a report says it, the formula included: ``9.3 mg/dL when corrected for
        albumin by Payne's formula (calcium + 0.8 × [4.0 − albumin in g/dL], in mg/dL)``."""
        return (
            f"{self.shown} when corrected for albumin by {correction().name}'s formula "
            f"({self.formula.text})"
        )


def _day_apart(a: Event, b: Event) -> int | None:
    if a.date.precision is not Precision.DAY or b.date.precision is not Precision.DAY:
        return None
    return abs((a.date.first_day() - b.date.first_day()).days)


def _usable(event: Event, test_id: str) -> LabTest | None:
    lab = lab_test_of(event)
    if lab is None or lab.id != test_id or event.value is None or not lab.knows_unit(event.unit):
        return None
    return lab


def corrected_calcium(calcium: Event, events: Iterable[Event]) -> CorrectedCalcium | None:
    """The albumin-corrected value of a total calcium, from the nearest albumin within the
    window among ``events`` (the latest recorded of equally near ones); None when the event
    is no total calcium or no albumin qualifies."""
    ca = _usable(calcium, TOTAL)
    if ca is None or calcium.value is None or calcium.unit is None:
        return None
    rule = correction()
    best: tuple[int, int, Event] | None = None
    for order, e in enumerate(events):
        if e is calcium or _usable(e, ALBUMIN) is None:
            continue
        apart = _day_apart(calcium, e)
        if apart is None or apart > rule.window_days:
            continue
        if best is None or (apart, -order) < (best[0], -best[1]):
            best = (apart, order, e)
    if best is None:
        return None
    albumin = best[2]
    assert albumin.value is not None and albumin.unit is not None
    alb = labs().by_id(ALBUMIN)
    si = norm_unit(calcium.unit) == "mmol/l"
    f = rule.mmol_l if si else rule.mg_dl
    base = "mmol/L" if si else "mg/dL"
    measured = ca.convert(calcium.value, calcium.unit, base)
    albumin_value = alb.convert(albumin.value, albumin.unit, f.albumin_unit)
    adjusted = measured + f.coefficient * (f.reference_albumin - albumin_value)
    return CorrectedCalcium(
        calcium, albumin, ca.convert(adjusted, base, calcium.unit), calcium.unit, f
    )


def corrections(events: Iterable[Event]) -> dict[int, CorrectedCalcium]:
    """Every total calcium of ``events`` that can be corrected, by ``id()`` of its event."""
    pool = [e for e in events if e.kind == "lab"]
    albumins = [e for e in pool if _usable(e, ALBUMIN) is not None]
    out: dict[int, CorrectedCalcium] = {}
    if not albumins:
        return out
    for e in pool:
        if (found := corrected_calcium(e, albumins)) is not None:
            out[id(e)] = found
    return out
