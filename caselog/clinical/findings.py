"""What the clinical checks report: one ``Finding`` per thing worth the clinician's eye."""

from __future__ import annotations

from dataclasses import dataclass, field

LEVELS = ("warning", "info", "missing")
"""Finding levels, most urgent first: ``missing`` is a CARE checklist item not yet covered."""


@dataclass(frozen=True)
class Finding:
    """One finding of ``check_case``.

    ``rule`` is a stable identifier (``romosozumab.max-doses``, ``care.timeline``);
    ``event_ids`` name the timeline events concerned (the window selects them);
    ``field`` is the place in the window that fills a gap (``report.introduction``);
    ``source`` says where the rule comes from (a label section, a guideline).

    Field paths used: ``title``, ``keywords``, ``patient``, ``patient.history``, ``timeline``,
    ``assessment.reaction``, ``assessment.outcome``, ``assessment.who_umc``,
    ``assessment.naranjo.<question key>``, ``report.<introduction|discussion|conclusion|
    references|patient_perspective|consent>``, ``outcome``, ``outcome.<category|follow_up>``.
    Label-rule findings have no field: they point at their events.
    """

    level: str
    rule: str
    message: str
    event_ids: list[int] = field(default_factory=list)
    field: str | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(
                f"finding level must be one of {', '.join(LEVELS)}, not {self.level!r}"
            )


def level_rank(level: str) -> int:
    return LEVELS.index(level)
