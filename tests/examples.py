"""The synthetic example case, read by the case-file reader: the one loader of the tests.

``resources/example`` is the repository's copy of ``shared/examples/epidural-calcification``
(synthetic; no real patient), shipped for the window's "Open the example case", so the tests
run from any checkout.
"""

from __future__ import annotations

import datetime as dt

from caselog.core.model import Case
from caselog.interchange.reader import read_case_file
from caselog.paths import resource_path

EXAMPLE_DIR = resource_path("example")
EXAMPLE = EXAMPLE_DIR / "case.json"
TODAY = dt.date(2026, 1, 1)
"""The reader's "today" for the tests (no date of the example lies after it)."""


def load_example(*, numbered: bool = True) -> Case:
    """The example case, private identifiers and images included; ``numbered`` gives its
    events the ids 1..n in file order, as if stored (rules name events by id)."""
    case = read_case_file(EXAMPLE, today=TODAY).cases[0]
    if numbered:
        for n, e in enumerate(case.events, start=1):
            e.id = n
    return case
