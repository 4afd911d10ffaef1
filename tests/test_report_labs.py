"""A day's results told as data (``labs.ToldResult``) before any sentence is made of them:
the sentences come from the data, and what a sentence said is asked of the data, so a test
name or a unit with brackets or line breaks in it cannot be read back wrong."""

from __future__ import annotations

from caselog.core.model import Event
from caselog.report import labs
from caselog.report._context import Context
from caselog.report.draft import narrative
from tests.clinical_cases import calcium, case, event, med


def _places(day: list[Event]) -> dict[int, int | None]:
    """The decimal places of each result, as the report counts them (``Context.places``)."""
    return {id(e): Context.of(case(*day), None).places(e) for e in day}


def _lab(date: str, test: str, value: float | None, **fields: object) -> Event:
    return event("lab", date, test=test, value=value, **fields)


def test_each_result_is_told_as_data() -> None:
    day = [
        calcium("2024-01-01", 8.3),
        _lab("2024-01-01", "PTH, intact", 310, unit="pg/mL", ref_low=15, ref_high=65),
        _lab("2024-01-01", "Phosphate", 3.2, unit="mg/dL", ref_low=2.5, ref_high=4.5),
        _lab("2024-01-01", "Spherocytes", 6.8, unit="10^3/uL"),
        _lab("2024-01-01", "Culture of drained fluid", None, text="No growth."),
    ]
    told = labs.told(day, _places(day))
    assert [(r.test, r.value, r.unit, r.range, r.within, r.numeric) for r in told] == [
        ("calcium", "8.3 mg/dL", " mg/dL", "8.5\u201310.5", False, True),
        ("intact PTH", "310 pg/mL", " pg/mL", "15\u201365", False, True),
        ("phosphate", "3.2 mg/dL", " mg/dL", "2.5\u20134.5", True, True),
        ("spherocytes", "6.8 \u00d7 10\u00b3/\u00b5L", "", "", None, True),
        ("culture of drained fluid", "no growth", "", "", None, False),
    ]
    assert [r.phrase() for r in told] == [
        "calcium was 8.3 mg/dL (reference 8.5\u201310.5 mg/dL)",
        "intact PTH was 310 pg/mL (reference 15\u201365 pg/mL)",
        "phosphate (3.2 mg/dL)",
        "spherocytes were 6.8 \u00d7 10\u00b3/\u00b5L",
        "culture of drained fluid showed no growth",
    ]
    # the verb once for the abnormal ones, then the others, then the normal ones
    assert labs.lab_sentence(day, _places(day), brief=False) == (
        "calcium was 8.3 mg/dL (reference 8.5\u201310.5 mg/dL) and intact PTH 310 pg/mL "
        "(reference 15\u201365 pg/mL); spherocytes were 6.8 \u00d7 10\u00b3/\u00b5L; culture of "
        "drained fluid showed no growth; phosphate (3.2 mg/dL) was within the reference range"
    )
    assert labs.within_only(day, _places(day)) is None  # not all within


def test_a_corrected_calcium_is_told_apart_whatever_its_flags() -> None:
    day = [
        calcium("2024-01-01", 8.7),  # within its range, but corrected for a low albumin
        _lab("2024-01-01", "Albumin", 2.9, unit="g/dL", ref_low=3.5, ref_high=5.0),
    ]
    first = labs.told(day, _places(day), dialysis=True)[0]
    assert first.within is True and first.corrected and first.apart and not first.normal
    assert first.phrase().startswith(
        "calcium was 8.7 mg/dL (reference 8.5\u201310.5 mg/dL), " + first.corrected
    )
    assert labs.within_only(day, _places(day)) is None


def test_a_day_within_range_is_returned_as_its_results() -> None:
    # brackets and a line break in the names and units: the old reading of the sentence
    # back with a regular expression split "(9.2 mg (total))" at the wrong bracket and
    # gave up on a name with a line break
    day = [
        _lab("2024-01-01", "Calcium", 9.2, unit="mg (total)", ref_low=8.5, ref_high=10.5),
        _lab("2024-01-01", "Troponins (high\nsensitivity)", 5, unit="ng/L", ref_high=14),
    ]
    told = labs.within_only(day, _places(day))
    assert told is not None
    assert [(r.test, r.value) for r in told] == [
        ("calcium", "9.2 mg (total)"),
        ("troponins (high\nsensitivity)", "5 ng/L"),
    ]
    later = [("on day 30", told), ("on day 60", told[:1] + told[1:])]
    assert labs.within_again(later) == (
        "calcium and troponins (high\nsensitivity) were within their reference ranges "
        "on day 30 (9.2 mg (total) and 5 ng/L) and on day 60 (9.2 mg (total) and 5 ng/L)"
    )
    noted = [*day[:1], _lab("2024-01-01", "Phosphate", 3.0, ref_low=2.5, ref_high=4.5)]
    noted[1].notes = "haemolysed"
    assert labs.within_only(noted, _places(noted)) is None


def test_the_verb_follows_the_head_noun_before_a_bracket_everywhere() -> None:
    one = [_lab("2024-01-01", "Troponins (hs)", 5, unit="ng/L", ref_high=14)]
    high = [_lab("2024-01-01", "Troponins (hs)", 50, unit="ng/L", ref_high=14)]
    assert labs.lab_sentence(one, _places(one), brief=False).endswith(
        "were within the reference range"
    )
    assert labs.lab_sentence(high, _places(high), brief=False).startswith(
        "troponins (hs) were 50 ng/L"
    )
    told = labs.within_only(one, _places(one))
    assert told is not None
    assert labs.within_again([("on day 3", told)]).startswith("troponins (hs) were within")
    assert labs.told([_lab("2024-01-01", "Calcium (ionised)", 1.1)], {})[0].phrase() == (
        "calcium (ionised) was 1.1"
    )


def test_days_of_the_same_tests_within_range_are_told_once_in_the_narrative() -> None:
    c = case(
        med("2024-01-01", "start"),
        calcium("2024-01-15", 9.0),
        calcium("2024-02-15", 8.7),
        calcium("2024-03-15", 8.1),
        calcium("2024-04-15", 9.4),
    )
    text = " ".join(narrative(Context.of(c, "70")))
    assert "Calcium was within the reference range" in text
    assert "(9.0 mg/dL) and" in text and "(8.7 mg/dL)" in text
    assert text.count("within the reference range") == 2  # the run broken by the low one
    assert "calcium was 8.1 mg/dL (reference 8.5\u201310.5 mg/dL)" in text
