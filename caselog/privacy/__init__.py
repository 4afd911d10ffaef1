"""De-identification of everything that leaves the machine (HIPAA Safe Harbor, ICMJE)."""

from caselog.privacy.deidentify import Deidentifier, Redaction, deidentify
from caselog.privacy.patterns import age_text

__all__ = ["Deidentifier", "Redaction", "age_text", "deidentify"]
