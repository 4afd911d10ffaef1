# ruff: noqa: E501  (a table of sentences: one case a line reads best)
"""A sentence need not be lost for a placeholder (issue 14): a phrase that can go without
making the sentence untrue goes with its placeholder; a sentence that cannot be said
truthfully without the identifier is still left out, and only the patient's own name
ever becomes "the patient".

Each case is a sentence as the report's de-identifier leaves it (``[patient]`` is the
patient's own recorded name, ``[name]`` anyone else's), then what prints (None: left out).
Most are written to break the rules: negations, bounds, a place a verb needs, a name that
is the subject, a relative who shares the patient's name, a title that does not fit.
"""

from __future__ import annotations

import pytest

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
from caselog.privacy.review import Decisions
from caselog.report.placeholders import OWN, PLACEHOLDER, without_placeholders

CASES = [
    # phrases that can go
    ("She was seen by Dr. [name] on day 3.", "She was seen on day 3."),
    ("Seen on [date] in clinic.", "Seen in clinic."),
    ("She has been on dialysis since [year].", "She has been on dialysis."),
    ("She was admitted to [place] in [name or place] on [date].", "She was admitted."),
    ("Her daughter, [name], called the ward.", "Her daughter called the ward."),
    (
        "Her mother, [name], and her son visited on day 4.",
        "Her mother and her son visited on day 4.",
    ),
    ("Her son [name] drove her to dialysis.", "Her son drove her to dialysis."),
    (
        "The biopsy was read by Dr. [name] and showed IgA nephropathy.",
        "The biopsy was read and showed IgA nephropathy.",
    ),
    (
        "Tacrolimus was stopped at [name or place] after a rise in creatinine.",
        "Tacrolimus was stopped after a rise in creatinine.",
    ),
    (
        "Mrs. [patient] was admitted with hyperkalaemia.",
        "The patient was admitted with hyperkalaemia.",
    ),
    ("[patient]'s creatinine rose to 412 µmol/L.", "The patient's creatinine rose to 412 µmol/L."),
    ("Creatinine rose (chart [record number]) on day 2.", "Creatinine rose on day 2."),
    # the identifier is what the sentence says: left out
    ("Dr. [name] prescribed tacrolimus.", None),
    ("[name] has diabetes.", None),
    ("[name] and [name] visited.", None),
    ("She was started on [name or place].", None),
    ("A mutation in [name or place] gene was found.", None),
    ("[date] was confirmed by the registry.", None),
    # a negation or a bound makes the shorter sentence untrue
    ("No fever was recorded in [name or place].", None),
    ("She has never been treated at [place].", None),
    ("Hyperkalaemia occurred only on [date].", None),
    ("She was not seen by Dr. [name].", None),
    ("Every sample sent from [place] was haemolysed.", None),
    ("It had resolved by [date], the first time since [year].", None),
    ("She didn't go to [place] for dialysis.", None),
    # the place completes the verb
    ("Her daughter lives in [place].", None),
    ("She moved from [place] in 2019.", None),
    ("She works at [employer].", None),
    # the patient's name as someone else's: a relative, a title that does not fit
    ("Mr. [patient] brought her in.", None),
    ("Her husband [name]. [patient] called the ward.", "Her husband called the ward."),
    ("Dr. [patient] reviewed the biopsy.", None),
    ("Her son [patient] called.", "Her son called."),
    # the patient's name inside something else: an e-mail, a handle, a file name
    ("E-mail [patient].thibodeau at videotron.", None),
    ("Her handle is @[patient]_bakes.", None),
    ("See scan_[patient].png for the lesion.", None),
]


@pytest.mark.parametrize(("placed", "printed"), CASES)
def test_a_phrase_goes_only_where_the_sentence_stays_true(placed: str, printed: str | None) -> None:
    out, dropped = without_placeholders(placed, "female")
    assert PLACEHOLDER.search(out) is None
    if printed is None:
        assert out == "" and dropped == [placed]
    else:
        assert out == printed and dropped == []


def test_a_title_of_either_sex_fits_when_the_sex_is_unknown() -> None:
    assert without_placeholders("Mr. [patient] was admitted.")[0] == "The patient was admitted."
    assert without_placeholders("Mr. [patient] was admitted.", "male")[0] == (
        "The patient was admitted."
    )
    assert without_placeholders("Mrs. [patient] was admitted.", "male")[0] == ""


def _case() -> Case:
    return Case(
        title="t",
        patient=Patient(sex="female", private=PrivateIdentifiers(name="Jane Marlowe")),
        events=[Event(kind="note", date=PartialDate.parse("2024-03-01"), text="x")],
    )


@pytest.mark.parametrize(
    ("note", "printed"),
    [
        ("Mrs. Marlowe was admitted.", "The patient was admitted."),
        ("Jane Marlowe's potassium was 6.8 mmol/L.", "The patient's potassium was 6.8 mmol/L."),
        ("Her son Tom Marlowe called.", "Her son called."),  # shares her name: not her
        ("Dr. Okonkwo started vancomycin.", ""),  # never "the patient started vancomycin"
        ("She was seen by Dr. Okonkwo on day 3.", "She was seen on day 3."),
        ("Mr. Smith, her neighbour, drove her in.", ""),
    ],
)
def test_only_the_patients_own_name_becomes_the_patient(note: str, printed: str) -> None:
    d = Deidentifier(_case(), Decisions(), own_mark=OWN)
    assert without_placeholders(d.text(note), "female")[0] == printed


def test_other_outputs_keep_the_name_placeholder() -> None:
    # the anonymised case file and the review keep "[name]" for every name
    d = Deidentifier(_case(), Decisions())
    assert d.text("Mrs. Marlowe was admitted.") == "Mrs. [name] was admitted."
