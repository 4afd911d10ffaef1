"""Reports of one case in two templates from one de-identification (for the slow tests).

``build_report`` de-identifies the case it is given before it knows the template, so the
Cureus and the CMAJ report of one case start from the same de-identified copy. On a case
with identifiers planted in every field that is most of a test's time; a test that
builds both reports of the same cases calls ``deidentify_once(monkeypatch)`` first.
"""

from __future__ import annotations

import copy
from typing import ClassVar

import pytest

from caselog.core.model import Case
from caselog.privacy import Deidentifier
from caselog.privacy.deidentify import Redaction
from caselog.privacy.review import Suspicion
from caselog.report import build as build_module


class DeidentifiedOnce(Deidentifier):
    """The real de-identifier, whose work on one case is done once for both templates.

    ``build_report`` de-identifies the case it is given before it knows the template, so
    the Cureus and the CMAJ report of one planted case start from the same de-identified
    copy; on a case with identifiers planted in every field that is about 15 s a copy. The
    second build gets a fresh deep copy of the first one's result (and its redactions),
    and only for the very same case, unchanged since (checked)."""

    # by id of the case (held in the entry, so that no other case takes its id): the case,
    # a copy of it as first seen, the de-identified copy, the redactions and suspicions
    done: ClassVar[dict[int, tuple[Case, Case, Case, list[Redaction], list[Suspicion]]]] = {}

    def case_copy(self) -> Case:
        key = id(self.case)
        if key not in self.done:
            before = copy.deepcopy(self.case)
            made = super().case_copy()
            self.done[key] = (self.case, before, made, list(self.redactions), list(self.suspicions))
        _, before, made, redactions, suspicions = self.done[key]
        assert self.case == before, "the case changed between the two reports"
        self.redactions, self.suspicions = list(redactions), list(suspicions)
        return copy.deepcopy(made)


def deidentify_once(monkeypatch: pytest.MonkeyPatch) -> type[DeidentifiedOnce]:
    """``build_report`` de-identifies each case once for the rest of the test."""
    monkeypatch.setattr(build_module, "Deidentifier", DeidentifiedOnce)
    monkeypatch.setattr(DeidentifiedOnce, "done", {})
    return DeidentifiedOnce
