"""The laboratory catalogue: tests, LOINC codes, units and conversions, ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from caselog.clinical.catalogue.files import CatalogueError, load, norm, norm_unit
from caselog.core.model import Event


class UnitError(ValueError):
    """A unit the catalogue cannot convert for that test."""


@dataclass(frozen=True)
class LabTest:
    id: str
    loinc: str | None
    name: str
    synonyms: tuple[str, ...]
    unit: str
    factors: dict[str, float]  # normalised unit -> value in that unit per 1 canonical unit
    unit_labels: dict[str, str]  # normalised unit -> as written in the catalogue
    typical_low: float | None
    typical_high: float | None
    plausible_low: float | None
    plausible_high: float | None
    sources: tuple[str, ...] = ()
    loinc_unconfirmed: bool = False
    notes: str | None = None
    # normalised unit -> why it is not this test's (eGFR in mL/min is a creatinine clearance)
    refused_units: dict[str, str] = field(default_factory=dict)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.synonyms)

    def knows_unit(self, unit: str | None) -> bool:
        return unit is not None and norm_unit(unit) in self.factors

    def refusal(self, unit: str | None) -> str | None:
        """Why ``unit`` is not a unit of this test though it looks close (eGFR in mL/min is a
        creatinine clearance), or None."""
        return self.refused_units.get(norm_unit(unit)) if unit else None

    def convert(self, value: float, from_unit: str, to_unit: str) -> float:
        """``value`` in ``from_unit`` expressed in ``to_unit``; UnitError if either is unknown."""
        for u in (from_unit, to_unit):
            if (why := self.refusal(u)) is not None:
                raise UnitError(f"{self.name}: cannot convert unit {u!r}: {why}")
            if not self.knows_unit(u):
                known = ", ".join(self.unit_labels.values())
                raise UnitError(f"{self.name}: cannot convert unit {u!r} (known: {known})")
        a, b = self.factors[norm_unit(from_unit)], self.factors[norm_unit(to_unit)]
        if a == b:
            return value
        return value / a * b

    def typical_in(self, unit: str | None) -> tuple[float | None, float | None] | None:
        """The typical range in ``unit`` (None when the unit is not convertible)."""
        if unit is None:
            unit = self.unit
        if not self.knows_unit(unit):
            return None
        low = None if self.typical_low is None else self.convert(self.typical_low, self.unit, unit)
        high = (
            None if self.typical_high is None else self.convert(self.typical_high, self.unit, unit)
        )
        return low, high


@dataclass(frozen=True)
class LabCatalogue:
    tests: tuple[LabTest, ...]
    attribution: str
    sources: dict[str, str] = field(default_factory=dict)

    def find(
        self, name: str | None = None, loinc: str | None = None, unit: str | None = None
    ) -> LabTest | None:
        """The test with this LOINC code, else the one this name or synonym names.

        Where a name fits several tests (BALP by mass or by activity) the one that knows
        ``unit`` wins. A name that says what the code cannot (``Total P1NP`` under the one
        P1NP code) names a test without a code of its own: that test wins over the code's.
        """
        named = self._named(name, unit)
        if loinc:
            for t in self.tests:
                if t.loinc == loinc.strip():
                    return named if named is not None and named.loinc is None else t
        return named

    def _named(self, name: str | None, unit: str | None) -> LabTest | None:
        if not name:
            return None
        key = norm(name)
        found = [t for t in self.tests if key in (norm(n) for n in t.all_names)]
        if unit and len(found) > 1:
            return next((t for t in found if t.knows_unit(unit)), found[0])
        return found[0] if found else None

    def by_id(self, test_id: str) -> LabTest:
        for t in self.tests:
            if t.id == test_id:
                return t
        raise KeyError(f"no laboratory test {test_id!r} in the catalogue")

    def complete(self, prefix: str) -> list[LabTest]:
        """Tests for lab-name completion: names, then synonyms, then any word, starting with
        ``prefix`` (case-insensitive)."""
        p = norm(prefix)
        if not p:
            return list(self.tests)
        ranked: list[tuple[int, int, LabTest]] = []
        for order, t in enumerate(self.tests):
            if norm(t.name).startswith(p):
                rank = 0
            elif any(norm(s).startswith(p) for s in t.synonyms):
                rank = 1
            elif any(
                w.startswith(p) for n in t.all_names for w in re.split(r"[\s,()/-]+", norm(n))
            ):
                rank = 2
            else:
                continue
            ranked.append((rank, order, t))
        return [t for _, _, t in sorted(ranked, key=lambda r: (r[0], r[1]))]


def _test_from(raw: dict[str, Any], where: str) -> LabTest:
    try:
        unit = raw["unit"]
        factors = {norm_unit(unit): 1.0}
        labels = {norm_unit(unit): unit}
        for u in raw.get("units", []):
            factor = float(u["factor"])
            if factor <= 0:
                raise CatalogueError(f"{where}: unit {u['unit']!r} has a factor <= 0")
            factors[norm_unit(u["unit"])] = factor
            labels[norm_unit(u["unit"])] = u["unit"]
        typical = raw.get("typical", {})
        plausible = raw.get("plausible", {})
        return LabTest(
            id=raw["id"],
            loinc=raw.get("loinc"),
            name=raw["name"],
            synonyms=tuple(raw.get("synonyms", ())),
            unit=unit,
            factors=factors,
            unit_labels=labels,
            typical_low=typical.get("low"),
            typical_high=typical.get("high"),
            plausible_low=plausible.get("low"),
            plausible_high=plausible.get("high"),
            sources=tuple(raw.get("sources", ())),
            loinc_unconfirmed=bool(raw.get("loinc_unconfirmed", False)),
            notes=raw.get("notes"),
            refused_units={
                norm_unit(u): str(why) for u, why in raw.get("refused_units", {}).items()
            },
        )
    except (KeyError, TypeError, ValueError) as e:
        if isinstance(e, CatalogueError):
            raise
        raise CatalogueError(f"{where}: missing or malformed field {e}") from e


@cache
def labs() -> LabCatalogue:
    data = load("labs.json")
    tests = [_test_from(t, f"labs.json: tests[{i}]") for i, t in enumerate(data.get("tests", []))]
    return LabCatalogue(
        tuple(tests), str(data.get("attribution", "")), dict(data.get("sources", {}))
    )


@cache
def find_test(
    name: str | None = None, loinc: str | None = None, unit: str | None = None
) -> LabTest | None:
    """The catalogue test with this LOINC code, else the one this name or synonym names
    (among several, the one that knows ``unit``)."""
    return labs().find(name, loinc, unit)


def lab_test_of(event: Event) -> LabTest | None:
    """The catalogue test of a lab event (by its LOINC code, else its name and unit)."""
    if event.kind != "lab":
        return None
    return find_test(event.test, event.loinc, event.unit)


def complete(prefix: str) -> list[LabTest]:
    """Lab tests whose name or a synonym starts with ``prefix``: for lab-name completion."""
    return labs().complete(prefix)


def convert(value: float, from_unit: str, to_unit: str, test: str | LabTest) -> float:
    """Convert a result between units of one test (e.g. calcium mg/dL -> mmol/L).

    ``test`` is a LabTest, or a name, synonym or LOINC code. Raises UnitError (unknown test or
    unit, with a message saying which)."""
    lab = test if isinstance(test, LabTest) else (find_test(test) or find_test(loinc=test))
    if lab is None:
        raise UnitError(f"unknown laboratory test {test!r}")
    return lab.convert(value, from_unit, to_unit)
