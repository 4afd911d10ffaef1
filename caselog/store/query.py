"""What the case list is narrowed to: words to search for and filters, combined with AND.

``CaseQuery`` is plain data, with no SQL in this module (the window's search box and filter
bar fill one in before the store, SQLAlchemy included, has loaded; so does ``caselog
list``). ``caselog.store.narrow`` turns it into SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from caselog.core.vocab import DIALYSIS, OUTCOMES, SERIOUSNESS, WHO_UMC

if TYPE_CHECKING:  # a type only: the list's modules load no dates (calendar, locale)
    from caselog.core.dates import PartialDate

DIALYSIS_FILTERS = (*DIALYSIS, "any")


@dataclass(frozen=True)
class CaseQuery:
    """Words and filters; every field left None does not narrow.

    - ``text``: words found anywhere in the case (title, patient label, events, notes,
      narrative, captions, reaction), ignoring case and accents; every word must occur.
    - ``drug``: a medication event of that drug in any role (case and accents ignored);
      ``suspect_drug``: one in the suspect role.
    - ``reaction``: words within the assessment's reaction.
    - ``outcome``, ``who_umc``, ``seriousness``: one value of the case-file vocabulary;
      ``serious``: True for any seriousness criterion, False for a seriousness recorded
      as meeting none (a seriousness not recorded is neither).
    - ``dialysis``: ``none``, ``hemodialysis``, ``peritoneal`` or ``any`` (either kind).
    - ``index_from`` / ``index_to``: day 0 of the case within calendar dates (inclusive;
      a partial date counts from its middle); ``index_within_days``: day 0 within the
      last N days before ``today``.
    - ``onset_min_days`` / ``onset_max_days``: the reaction began that many days after
      day 0 (inclusive).
    """

    text: str | None = None
    drug: str | None = None
    suspect_drug: str | None = None
    reaction: str | None = None
    outcome: str | None = None
    who_umc: str | None = None
    serious: bool | None = None
    seriousness: str | None = None
    dialysis: str | None = None
    index_from: PartialDate | None = None
    index_to: PartialDate | None = None
    index_within_days: int | None = None
    onset_min_days: int | None = None
    onset_max_days: int | None = None
    today: dt.date | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        for name, value, allowed in (
            ("outcome", self.outcome, OUTCOMES),
            ("WHO-UMC category", self.who_umc, WHO_UMC),
            ("seriousness", self.seriousness, SERIOUSNESS),
            ("dialysis", self.dialysis, DIALYSIS_FILTERS),
        ):
            if value is not None and value not in allowed:
                raise ValueError(f"unknown {name} {value!r}; use one of {', '.join(allowed)}")
        if self.index_within_days is not None and self.index_within_days < 0:
            raise ValueError("index_within_days must be 0 or more")

    def merged(self, text: str | None) -> CaseQuery:
        """This query with ``text`` (the older ``text=`` argument) added to its words."""
        if not text:
            return self
        words = " ".join(x for x in (self.text, text) if x)
        return replace(self, text=words)

    def has_words(self) -> bool:
        return bool(self.text and self.text.strip())


__all__ = ["DIALYSIS_FILTERS", "CaseQuery"]
