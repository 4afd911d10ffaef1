"""Clinical reasoning on the timeline, in plain Python (no Qt, no database).

- ``relative``: time relative to the index date, honouring date precision.
- ``exposure``: drug courses, doses, cumulative dose, time to onset, dechallenge interval.
- ``naranjo``: the Naranjo scale, score, band and timeline-based suggestions.
- ``who_umc``: WHO-UMC categories and hints where the case contradicts the chosen one.
- ``catalogue``: drugs and laboratory tests (``resources/``), unit conversion, flags.
- ``rules``: label rules as data; ``care``: CARE completeness;
- ``check``: ``check_case`` and ``format_findings`` for ``caselog check``.
"""

from caselog.clinical.check import check_case, format_findings
from caselog.clinical.findings import Finding

__all__ = ["Finding", "check_case", "format_findings"]
