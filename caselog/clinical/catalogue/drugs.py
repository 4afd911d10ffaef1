"""The drug catalogue: names, synonyms, brands, class, ATC code, regimen."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from caselog.clinical.catalogue.files import CatalogueError, load, norm


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
        key = norm(text)
        for drug in self.drugs:
            if key in (norm(n) for n in drug.all_names):
                return drug
        for drug in self.drugs:
            for n in drug.all_names:
                if re.search(rf"(?<![\w-]){re.escape(norm(n))}(?![\w])", key):
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
    data = load("drugs.json")
    items = [_drug_from(d, f"drugs.json: drugs[{i}]") for i, d in enumerate(data.get("drugs", []))]
    return DrugCatalogue(tuple(items), dict(data.get("sources", {})))


@cache
def find_drug(text: str | None) -> Drug | None:
    """The catalogue drug named by ``text`` (name, synonym or brand), or None."""
    return drugs().find(text)


def drug_key(text: str | None) -> str:
    """A stable key for grouping events by drug: the catalogue name, else the normalised text."""
    drug = find_drug(text)
    return drug.name if drug else norm(text or "")
