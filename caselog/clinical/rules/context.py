"""What a label-rule check is given: the rule (with its parameters) and the case context.

Its own module so that the checks (``checks.py``) and the runner (``engine.py``) both
import it and neither imports the other back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from caselog.clinical import events as ev
from caselog.clinical.catalogue import drug_key
from caselog.clinical.exposure import Administration, Course, courses
from caselog.clinical.findings import Finding
from caselog.clinical.therapy import Dosing, Treatment, horizon, treatments
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
    dosing: dict[str, Dosing] = field(default_factory=dict)  # by drug key

    @classmethod
    def of(cls, case: Case, dosing: dict[str, Dosing] | None = None) -> Context | None:
        index = case.effective_index_date()
        if index is None:
            return None
        return cls(case, index, courses(case), dict(dosing or {}))

    def courses_of(self, drug: str) -> list[Course]:
        key = drug_key(drug)
        return [c for c in self.courses if c.key == key]

    def treatments_of(self, drug: str) -> list[Treatment]:
        """The drug's courses split at missed doses (``caselog.clinical.therapy``), in order."""
        key = drug_key(drug)
        until = horizon(self.case)
        dosing = self.dosing.get(key)
        return [t for c in self.courses_of(drug) for t in treatments(c, dosing, until)]

    def administrations(self, drug: str) -> list[Administration]:
        """Every dose of the drug, course after course (as ``treatments_of`` reads them)."""
        return [a for t in self.treatments_of(drug) for a in t.administrations]

    def ref(self, event: Event) -> str:
        return ev.ref(event, self.index)

    def refs(self, events: list[Event], limit: int = 4) -> str:
        """Events named one after the other; past ``limit``, the rest are counted."""
        named = "; ".join(self.ref(e) for e in events[:limit])
        rest = len(events) - limit
        return f"{named}; and {rest} more" if rest > 0 else named
