"""One list of the English titles before a name (``caselog.privacy.titles``), read alike by
the de-identifier, the report's placeholders, the finder of other people's names and the
report's sentence splitter: in any case, with or without a full stop."""

from __future__ import annotations

import re

import pytest

from caselog.core.model import Event
from caselog.privacy import Deidentifier, titles
from caselog.privacy.persons import find_persons
from caselog.report import placeholders
from caselog.report.prose import sentences
from tests.examples import load_example

# every title as it is typed: its own form, lower case (an abbreviation with its full
# stop), capitals
FORMS = [
    form
    for t in titles.TITLES
    for form in (t, t.lower() + ("." if t in titles.ABBREVIATED else ""), t.upper())
]


def _cleaned(sex: str) -> dict[str, str | None]:
    """Each form's note ("<form> Testcase was seen today.": the patient's family name alone
    after it) as the report reads it, the patient of ``sex``; the de-identifier's own mark
    checked on the way."""
    case = load_example()  # the patient is Hanako Testcase
    case.patient.sex = sex
    first = len(case.events)
    for form in FORMS:
        note = f"{form} Testcase was seen today."
        case.events.append(Event(kind="note", date=case.events[0].date, text=note))
    source = Deidentifier(case, own_mark=placeholders.OWN).case_copy()
    titled = {}
    for form, e in zip(FORMS, source.events[first:], strict=True):
        # the de-identifier: a part of the patient's name alone after a title is the
        # patient's own mark, whatever the title's case
        assert e.text is not None and e.text.endswith(f" {placeholders.OWN} was seen today.")
        # (the scanner takes a few title words themselves for a name: "mrs.", "Sister")
        if e.text.startswith(f"{form} "):
            titled[form] = e
    assert len(titled) >= len(FORMS) - 4, sorted(set(FORMS) - set(titled))
    placeholders.clean_case(source)
    return {form: e.text for form, e in titled.items()}


@pytest.mark.parametrize("sex", ["female", "male"])
def test_the_report_holds_every_title_to_the_patients_sex_in_any_case(sex: str) -> None:
    cleaned = _cleaned(sex)
    for form, text in cleaned.items():
        if titles.fits(form, sex):
            assert text == "The patient was seen today.", form
        else:  # someone else: the sentence goes, or keeps the title without the name
            kept = f"{form.rstrip('.')} was seen today.".casefold()
            assert text is None or text.casefold() == kept, (form, text)
        # never "mr the patient" (the report read only capitalised titles)
        assert not re.search(rf"(?i)\b{re.escape(form)}\s+the patient", text or ""), form
    told = {f for f, t in cleaned.items() if t == "The patient was seen today."}
    courtesy = {"female": {"mrs", "ms", "miss", "mx"}, "male": {"mr", "mx"}}[sex]
    assert {f.rstrip(".").casefold() for f in told} == courtesy


def test_a_courtesy_title_fits_without_a_recorded_sex_a_professional_one_never() -> None:
    assert all(titles.fits(t, None) for t in ("Mr", "mrs.", "MS", "Miss", "mx"))
    professional = ("Dr", "prof.", "Nurse", "SISTER")
    assert not any(titles.fits(t, s) for t in professional for s in ("female", "male", None))
    assert not titles.fits("Mr.", "female") and not titles.fits("Mrs", "male")


@pytest.mark.parametrize("title", titles.TITLES)
def test_the_finder_of_other_peoples_names_knows_every_title(title: str) -> None:
    text = f"The dose was checked by {title} Okonkwo before the session."
    found = [text[h.start : h.end] for h in find_persons(text)]
    assert any("Okonkwo" in f for f in found), (title, found)


def test_no_sentence_ends_at_a_titles_full_stop_in_any_case() -> None:
    for title in titles.ABBREVIATED:
        for form in (title, title.lower(), title.upper()):
            if form == "MS":
                continue  # multiple sclerosis: below
            text = f"She was seen by {form}. Roe on the ward. Then she went home."
            assert sentences(text) == [
                f"She was seen by {form}. Roe on the ward.",
                "Then she went home.",
            ], form
    # "ms." after a number is milliseconds, "MS." multiple sclerosis: sentences end there
    assert sentences("The QT interval was 480 ms. The potassium was 3.1 mmol/L.") == [
        "The QT interval was 480 ms.",
        "The potassium was 3.1 mmol/L.",
    ]
    assert sentences("She has MS. Romosozumab was started.") == [
        "She has MS.",
        "Romosozumab was started.",
    ]
    assert sentences("QT 480ms. Then 450 ms. Then.") == ["QT 480ms.", "Then 450 ms.", "Then."]
    assert sentences("Ms. Roe came. Then she left.") == ["Ms. Roe came.", "Then she left."]
