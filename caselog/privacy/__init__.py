"""De-identification of everything that leaves the machine (HIPAA Safe Harbor, ICMJE)."""

from caselog.privacy.age import OLDEST_AGE_SHOWN, age_at, age_text, shown_age
from caselog.privacy.deidentify import Deidentifier, Redaction, deidentify

__all__ = [
    "OLDEST_AGE_SHOWN",
    "Deidentifier",
    "Redaction",
    "age_at",
    "age_text",
    "deidentify",
    "shown_age",
]
