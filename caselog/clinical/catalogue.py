"""The drug and laboratory catalogues (``resources/drugs.json``, ``resources/labs.json``).

Knowledge lives in the JSON files, with sources; this module loads it once and answers:
which drug is "Evenity"?, which test is "iCa"?, what is 9.1 mg/dL in mmol/L?, is this result
low?, is this value believable at all?
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from caselog.core.model import Event

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


class CatalogueError(ValueError):
    """A catalogue file that cannot be read; the message names the file and the entry."""


class UnitError(ValueError):
    """A unit the catalogue cannot convert for that test."""


def _norm(text: str) -> str:
    """Lower case, accents and trade marks dropped, spaces collapsed: how names are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("®", "").replace("™", "").lower()
    return re.sub(r"\s+", " ", text).strip()


@cache
def norm_unit(unit: str) -> str:
    """Units compared without case, spaces or the micro sign's spelling (µ, μ, u, mc)."""
    u = unit.replace("µ", "u").replace("μ", "u").replace("²", "2").replace("×", "x")
    u = re.sub(r"\s+", "", u).lower()
    u = u.replace("mcg", "ug").replace("micromol", "umol").replace("x10^", "10^")
    return u


def _load(name: str) -> dict[str, Any]:
    path = RESOURCES / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CatalogueError(f"{path}: cannot read the catalogue: {e.strerror}") from e
    except json.JSONDecodeError as e:
        raise CatalogueError(f"{path}: line {e.lineno}: {e.msg}") from e
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}: expected a JSON object at the top level")
    return data


# ---------------------------------------------------------------- drugs


@dataclass(frozen=True)
class Regimen:
    text: str
    dose: float | None = None
    unit: str | None = None
    route: str | None = None
    interval_days: int | None = None
    max_doses: int | None = None


@dataclass(frozen=True)
class Drug:
    name: str
    synonyms: tuple[str, ...]
    brands: tuple[str, ...]
    drug_class: str
    atc: str
    antiresorptive: bool
    regimen: Regimen
    sources: tuple[str, ...]

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.synonyms, *self.brands)


@dataclass(frozen=True)
class DrugCatalogue:
    drugs: tuple[Drug, ...]
    sources: dict[str, str]

    def find(self, text: str | None) -> Drug | None:
        """The drug a name, synonym or brand names, case-insensitively.

        An exact name wins; otherwise a catalogue name appearing as whole words in ``text``
        ("Evenity 105 mg x 2", "denosumab-bbdz") is recognised.
        """
        if not text:
            return None
        key = _norm(text)
        for drug in self.drugs:
            if key in (_norm(n) for n in drug.all_names):
                return drug
        for drug in self.drugs:
            for n in drug.all_names:
                if re.search(rf"(?<![\w-]){re.escape(_norm(n))}(?![\w])", key):
                    return drug
        return None

    def get(self, name: str) -> Drug:
        drug = self.find(name)
        if drug is None:
            raise KeyError(f"no drug named {name!r} in the catalogue")
        return drug

    def source_text(self, drug: Drug) -> str:
        return "; ".join(self.sources.get(s, s) for s in drug.sources)


def _drug_from(raw: dict[str, Any], where: str) -> Drug:
    try:
        reg = raw["regimen"]
        return Drug(
            name=raw["name"],
            synonyms=tuple(raw.get("synonyms", ())),
            brands=tuple(raw.get("brands", ())),
            drug_class=raw["class"],
            atc=raw["atc"],
            antiresorptive=bool(raw["antiresorptive"]),
            regimen=Regimen(
                text=reg["text"],
                dose=reg.get("dose"),
                unit=reg.get("unit"),
                route=reg.get("route"),
                interval_days=reg.get("interval_days"),
                max_doses=reg.get("max_doses"),
            ),
            sources=tuple(raw.get("sources", ())),
        )
    except (KeyError, TypeError) as e:
        raise CatalogueError(f"{where}: missing or malformed field {e}") from e


@cache
def drugs() -> DrugCatalogue:
    data = _load("drugs.json")
    items = [_drug_from(d, f"drugs.json: drugs[{i}]") for i, d in enumerate(data.get("drugs", []))]
    return DrugCatalogue(tuple(items), dict(data.get("sources", {})))


@cache
def find_drug(text: str | None) -> Drug | None:
    """The catalogue drug named by ``text`` (name, synonym or brand), or None."""
    return drugs().find(text)


def drug_key(text: str | None) -> str:
    """A stable key for grouping events by drug: the catalogue name, else the normalised text."""
    drug = find_drug(text)
    return drug.name if drug else _norm(text or "")


# ---------------------------------------------------------------- labs


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

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.synonyms)

    def knows_unit(self, unit: str | None) -> bool:
        return unit is not None and norm_unit(unit) in self.factors

    def convert(self, value: float, from_unit: str, to_unit: str) -> float:
        """``value`` in ``from_unit`` expressed in ``to_unit``; UnitError if either is unknown."""
        for u in (from_unit, to_unit):
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

    def find(self, name: str | None = None, loinc: str | None = None) -> LabTest | None:
        """The test with this LOINC code, else the one this name or synonym names."""
        if loinc:
            for t in self.tests:
                if t.loinc == loinc.strip():
                    return t
        if name:
            key = _norm(name)
            for t in self.tests:
                if key in (_norm(n) for n in t.all_names):
                    return t
        return None

    def by_id(self, test_id: str) -> LabTest:
        for t in self.tests:
            if t.id == test_id:
                return t
        raise KeyError(f"no laboratory test {test_id!r} in the catalogue")

    def complete(self, prefix: str) -> list[LabTest]:
        """Tests for lab-name completion: names, then synonyms, then any word, starting with
        ``prefix`` (case-insensitive)."""
        p = _norm(prefix)
        if not p:
            return list(self.tests)
        ranked: list[tuple[int, int, LabTest]] = []
        for order, t in enumerate(self.tests):
            if _norm(t.name).startswith(p):
                rank = 0
            elif any(_norm(s).startswith(p) for s in t.synonyms):
                rank = 1
            elif any(
                w.startswith(p) for n in t.all_names for w in re.split(r"[\s,()/-]+", _norm(n))
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
        )
    except (KeyError, TypeError, ValueError) as e:
        if isinstance(e, CatalogueError):
            raise
        raise CatalogueError(f"{where}: missing or malformed field {e}") from e


@cache
def labs() -> LabCatalogue:
    data = _load("labs.json")
    tests = [_test_from(t, f"labs.json: tests[{i}]") for i, t in enumerate(data.get("tests", []))]
    return LabCatalogue(
        tuple(tests), str(data.get("attribution", "")), dict(data.get("sources", {}))
    )


@cache
def find_test(name: str | None = None, loinc: str | None = None) -> LabTest | None:
    """The catalogue test with this LOINC code, else the one this name or synonym names."""
    return labs().find(name, loinc)


def lab_test_of(event: Event) -> LabTest | None:
    """The catalogue test of a lab event (by its LOINC code, else its name)."""
    if event.kind != "lab":
        return None
    return find_test(event.test, event.loinc)


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
    if value < 0:
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
    known = ", ".join(lab.unit_labels.values())
    return (
        f"{lab.name}: unit {event.unit!r} is not one the catalogue knows ({known}); "
        "the value cannot be converted or checked."
    )
