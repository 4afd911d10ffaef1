"""Quick add: one typed line read as an event or a course, or refused with what to write."""

from __future__ import annotations

import pytest

from caselog.clinical import quick_add
from caselog.clinical.quick_add import QuickAddError, parse
from caselog.core.dates import PartialDate
from caselog.core.vocab import MODALITIES

D = PartialDate.parse
DAY0 = D("2024-03-04")


def one(line: str, anchor: PartialDate | None = DAY0):  # type: ignore[no-untyped-def]
    reading = parse(line, anchor=anchor)
    assert len(reading.events) == 1
    return reading, reading.events[0]


@pytest.mark.parametrize(
    ("line", "kind", "date", "values"),
    [
        ("2024-04-08 severe low back pain", "symptom", "2024-04-08",
         {"name": "severe low back pain", "severity": "severe"}),
        ("2024-4-8 mild nausea", "symptom", "2024-04-08", {"severity": "mild"}),
        ("+2 weeks rash", "symptom", "2024-03-18", {"name": "rash", "severity": None}),
        ("8 Apr 2024 fever", "symptom", "2024-04-08", {"name": "fever"}),
        ("+3 months CT lumbar spine: epidural calcification", "imaging", "2024-06-04",
         {"modality": "CT", "region": "lumbar spine", "findings": "epidural calcification"}),
        ("2024-06 MRI: no abscess", "imaging", "2024-06", {"region": None, "modality": "MRI"}),
        ("-1 year DXA lumbar spine: T-score -3.1", "imaging", "2023-03-04", {"modality": "DXA"}),
        ("day 12 CT-guided drainage", "procedure", "2024-03-16", {"name": "CT-guided drainage"}),
        ("day -3 bone biopsy", "procedure", "2024-03-01", {"name": "bone biopsy"}),
        ("2024-06-14 culture: no growth", "lab", "2024-06-14",
         {"test": "culture", "text": "no growth", "value": None}),
        ("2024-06-14 negative blood cultures", "lab", "2024-06-14",
         {"test": "blood cultures", "text": "negative"}),
        ("2024-06-04 calcium 8.3 mg/dL", "lab", "2024-06-04",
         {"test": "calcium", "value": 8.3, "unit": "mg/dL", "loinc": "17861-6"}),
        ("2024-06-04 ALP 412 U/L 40-130", "lab", "2024-06-04",
         {"value": 412, "ref_low": 40, "ref_high": 130, "loinc": "6768-6"}),
        ("2024-06-04 phosphate 5.2", "lab", "2024-06-04", {"unit": "mg/dL"}),  # catalogue unit
        ("2024-06-14 recurrent spondylodiscitis ruled out", "diagnosis", "2024-06-14",
         {"name": "recurrent spondylodiscitis", "status": "ruled_out"}),
        ("2024-06-14 suspected drug-induced calcification", "diagnosis", "2024-06-14",
         {"status": "suspected"}),
        ("2025-06-02 follow-up: asymptomatic", "follow_up", "2025-06-02",
         {"summary": "asymptomatic"}),
        ("2025-06-02 note: phoned the patient", "note", "2025-06-02",
         {"text": "phoned the patient"}),
        ("2024-06-03 finding: tender L2 spinous process", "finding", "2024-06-03",
         {"name": "tender L2 spinous process"}),
        ("2024-06-06 stop romosozumab: suspected adverse reaction", "medication",
         "2024-06-06", {"action": "stop", "reason": "suspected adverse reaction"}),
        ("2024-06-06 stopped suspect romosozumab because of the calcification", "medication",
         "2024-06-06", {"action": "stop", "role": "suspect", "reason": "the calcification"}),
        ("2024-03-04 start denosumab 60 mg sc every 6 months for osteoporosis", "medication",
         "2024-03-04", {"action": "start", "dose": 60, "route": "subcutaneous",
                        "frequency": "every 6 months", "indication": "osteoporosis"}),
        ("2024-04-01 Evenity 210 mg", "medication", "2024-04-01",
         {"action": "dose", "drug": "Evenity", "dose_unit": "mg"}),
    ],
)  # fmt: skip
def test_lines_it_reads(line: str, kind: str, date: str, values: dict[str, object]) -> None:
    reading, event = one(line)
    assert (event.kind, str(event.date)) == (kind, date)
    for key, value in values.items():
        assert getattr(event, key) == value, key
    assert reading.describe().startswith(reading.describe().split(" on ")[0])
    assert str(event.date) in reading.describe()


def test_a_course_becomes_its_doses() -> None:
    reading = parse("romosozumab 210 mg monthly x3 from 2024-01-10 suspect")
    assert reading.kind == "course" and reading.course is not None
    assert [(str(e.date), e.action) for e in reading.events] == [
        ("2024-01-10", "start"), ("2024-02-10", "dose"), ("2024-03-10", "dose"),
    ]  # fmt: skip
    assert {e.role for e in reading.events} == {"suspect"}
    assert {e.dose for e in reading.events} == {210}
    assert "doses: 3" in reading.describe()
    by_last = parse(
        "suspect romosozumab 210 mg sc monthly until 2024-05-10 from day 0", anchor=DAY0
    )
    assert [str(e.date) for e in by_last.events] == ["2024-03-04", "2024-04-04", "2024-05-04"]
    assert by_last.events[0].route == "subcutaneous"
    month_end = parse("2024-01-31 romosozumab 210 mg monthly, 3 doses")
    assert [str(e.date) for e in month_end.events] == ["2024-01-31", "2024-02-29", "2024-03-31"]


def test_relative_dates_say_how_they_were_counted() -> None:
    reading = parse("+3 months CT lumbar spine: calcification", anchor=DAY0)
    assert "3 months after the index date" in reading.describe()
    # a month-only index date counts in months, never in days
    assert str(parse("+2 months pain", anchor=D("2024-03")).date) == "2024-05"


@pytest.mark.parametrize(
    ("line", "anchor", "message"),
    [
        ("", DAY0, "nothing typed"),
        ("severe low back pain", DAY0, "no date"),
        ("03/04/2024 pain", DAY0, "ambiguous"),
        ("2024-13-01 pain", DAY0, "no month 13"),
        ("2024-02-30 pain", DAY0, "February 2024 has 29 days"),
        ("day 12 CT-guided drainage", None, "no index date"),
        ("+3 days pain", D("2024-03"), "not known to the day"),
        ("2024-06-05 CT lumbar spine", DAY0, "findings after a colon"),
        ("2024-06-01 blorp", DAY0, "could not tell what kind"),
        ("2024-06-01", DAY0, "what happened"),
        ("2024-03-04 romosozumab", DAY0, "start, stop or a dose"),
        ("2024-03-04 start foozumab 3 mg", DAY0, "not a drug in the catalogue"),
        ("2024-03-04 romosozumab 210 mg daily x500", DAY0, "500 doses"),
        ("2024-03 romosozumab 210 mg monthly x3", DAY0, "full date"),
        ("romosozumab 210 mg monthly x3", DAY0, "when was it given"),
        ("2024-03-04 romosozumab 210 mg monthly x3 from 2024-03-05", DAY0, "two dates"),
        ("2024-03-04 romosozumab 210 mg x0", DAY0, "at least one dose"),
        ("2024-06-06 stop romosozumab soon-ish", DAY0, "could not read"),
        ("2024-03-04 romosozumab 210 mg blue", DAY0, "could not read 'blue'"),
        ("2024-06-04 lab: sodium high", DAY0, "lab:"),
    ],
)
def test_lines_it_refuses_with_a_clear_message(
    line: str, anchor: PartialDate | None, message: str
) -> None:
    with pytest.raises(QuickAddError, match=message):
        parse(line, anchor=anchor)


def test_a_drug_the_case_has_keeps_its_role() -> None:
    roles = {"romosozumab": "suspect"}
    stop = parse("2024-06-06 stop Evenity: suspected adverse reaction", roles=roles)
    assert stop.events[0].role == "suspect" and "as in the case" in stop.describe()
    own = parse("2024-06-06 stop concomitant romosozumab", roles=roles)
    assert own.events[0].role == "concomitant"
    assert parse("2024-06-06 stop denosumab", roles=roles).events[0].role is None


def test_every_modality_synonym_names_a_modality_of_the_case_file() -> None:
    """quick add's words for a modality map only onto the case file's own values
    (core.vocab.MODALITIES): a synonym added with a new spelling must not invent one."""
    assert set(quick_add._MODALITIES.values()) <= set(MODALITIES)
