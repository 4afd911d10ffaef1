"""The synthetic example case, read by the case-file reader: the one loader of the tests.

``resources/example`` is the repository's copy of ``shared/examples/epidural-calcification``
(synthetic; no real patient), shipped for the window's "Open the example case", so the tests
run from any checkout.
"""

from __future__ import annotations

import copy
import datetime as dt
from functools import cache

from caselog.core.model import Case
from caselog.interchange.reader import read_case_file
from caselog.paths import resource_path

EXAMPLE_DIR = resource_path("example")
EXAMPLE = EXAMPLE_DIR / "case.json"
TODAY = dt.date(2026, 1, 1)
"""The reader's "today" for the tests (no date of the example lies after it)."""


@cache
def _read_example() -> Case:
    """The example as the reader reads it, once per process: reading checks and re-encodes
    its images (about 0.1 s), and the suite asks for the example a few hundred times."""
    return read_case_file(EXAMPLE, today=TODAY).cases[0]


def load_example(*, numbered: bool = True) -> Case:
    """The example case, private identifiers and images included; ``numbered`` gives its
    events the ids 1..n in file order, as if stored (rules name events by id).

    Each call gives a new deep copy, so a test may change it freely."""
    case = copy.deepcopy(_read_example())
    if numbered:
        for n, e in enumerate(case.events, start=1):
            e.id = n
    return case
