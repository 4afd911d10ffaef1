"""The case as plain Python: no Qt, no SQL."""

from caselog.core.dates import DateError, PartialDate, Precision
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    CaseSummary,
    Consent,
    Event,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
    Series,
)

__all__ = [
    "Assessment",
    "Author",
    "Case",
    "CaseSummary",
    "Consent",
    "DateError",
    "Event",
    "HistoryItem",
    "Image",
    "Kidney",
    "Patient",
    "PartialDate",
    "Precision",
    "PrivateIdentifiers",
    "ReportText",
    "Series",
]
