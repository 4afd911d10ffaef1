import pytest

from caselog.core.dates import DateError, PartialDate, Precision


def test_parse_keeps_precision() -> None:
    assert PartialDate.parse("2024").precision is Precision.YEAR
    assert PartialDate.parse("2024-06").precision is Precision.MONTH
    assert PartialDate.parse("2024-06-05").isoformat() == "2024-06-05"


@pytest.mark.parametrize(
    "bad", ["2024-02-30", "2023-02-29", "2024-13", "24-01-01", "2024/01/01", ""]
)
def test_impossible_dates_are_refused(bad: str) -> None:
    with pytest.raises(DateError):
        PartialDate.parse(bad)


def test_spans() -> None:
    d = PartialDate.parse("2024-02")
    assert d.first_day().isoformat() == "2024-02-01"
    assert d.last_day().isoformat() == "2024-02-29"
    assert PartialDate.parse("2024").midpoint().isoformat() == "2024-07-01"
