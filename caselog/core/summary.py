"""One row of the case list, in a module of its own: the window fills the list before it
loads the rest of the model (``caselog.core.model`` re-exports it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class CaseSummary:
    """One row of the case list: cheap to fetch for 10,000 cases."""

    id: int
    title: str
    patient_label: str
    suspect_drug: str | None
    reaction: str | None
    outcome: str | None
    updated_at: dt.datetime
    # what identifies the case to its clinician, in the window's Patient column: the name
    # and record number (private: this machine's own list), else the label, else nothing
    # (``patient_label`` stays the label, or "the patient", as ``caselog list`` prints it)
    patient: str = ""
    # the case's version as this row was read (``Case.version``): a delete from the list
    # is made on it, and refused as stale when the case changed since (None: not known)
    version: int | None = None
