"""Reports to a regulator on paper: the CIOMS I form and the FDA's MedWatch 3500
(voluntary, health professional), drawn from the plain facts of a case
(``caselog.clinical.regulatory``); no session inside, so they are tested without a store.

Unlike a journal report, these are identified: they print the patient's initials, the
birth date the form asks, calendar dates and the reporter's contact, as the forms do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from caselog.clinical.regulatory import Facts
from caselog.core.vocab import REGULATORY_FORMS
from caselog.report.regulatory.cioms import cioms_form
from caselog.report.regulatory.form import Form, FormRenderer
from caselog.report.regulatory.medwatch import medwatch_form

FORMS: dict[str, Callable[[Facts], Form]] = {"cioms": cioms_form, "medwatch": medwatch_form}
assert tuple(FORMS) == REGULATORY_FORMS

__all__ = ["FORMS", "render_form"]


def render_form(facts: Facts, template: str, out: Path | IO[bytes], *,
                invariant: bool = False) -> int:  # fmt: skip
    """Write the form ``template`` (``cioms`` or ``medwatch``) of ``facts``; return its pages."""
    return FormRenderer(FORMS[template](facts), invariant=invariant).render(out)
