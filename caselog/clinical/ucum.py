"""Laboratory units as UCUM codes (the Unified Code for Units of Measure), for the FHIR
and E2B exports: the units clinicians write that UCUM spells otherwise are translated, the
ones UCUM spells the same pass; any other unit has no UCUM code (the export then carries
the unit as written, without claiming a code for it)."""

from __future__ import annotations

SYSTEM = "http://unitsofmeasure.org"

_SPELT_OTHERWISE = {
    "10^3/uL": "10*3/uL",
    "10^3/µL": "10*3/uL",
    "K/uL": "10*3/uL",
    "10^9/L": "10*9/L",
    "10^6/uL": "10*6/uL",
    "10^12/L": "10*12/L",
    "mEq/L": "meq/L",
    "IU/L": "[IU]/L",
    "IU/mL": "[IU]/mL",
    "mL/min/1.73 m2": "mL/min/{1.73_m2}",
    "mL/min/1.73m2": "mL/min/{1.73_m2}",
    "µmol/L": "umol/L",
    "µg/L": "ug/L",
    "mcg/L": "ug/L",
    "mmHg": "mm[Hg]",
    "g/cm2": "g/cm2",
    "years": "a",
}
_SAME = frozenset(
    {
        "mg/dL", "g/dL", "g/L", "mg/L", "ng/L", "ng/mL", "ug/L", "ug/mL", "pg/mL", "mmol/L",
        "umol/L", "nmol/L", "pmol/L", "mol/L", "U/L", "U/mL", "ukat/L", "/uL", "mL/min", "%",
        "kg", "g", "mg", "cm", "mm", "L", "mL", "s", "min", "h", "d", "fL", "pg", "mm/h",
        "kg/m2", "1",
    }
)  # fmt: skip


def ucum(unit: str | None) -> str | None:
    """The UCUM code of ``unit`` as a clinician writes it, or None when there is none."""
    if unit is None:
        return None
    unit = unit.strip()
    if unit in _SPELT_OTHERWISE:
        return _SPELT_OTHERWISE[unit]
    return unit if unit in _SAME else None
