"""Issue 15, finding 11: the files the issue found accepted are refused, with what and
where, and nothing imported; the services refuse the same values from the window or a
script; a new case with no event yet still works; every file caselog writes reads back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caselog import cli
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient, PrivateIdentifiers
from caselog.interchange.errors import CaseFileError, ValidationError
from caselog.interchange.limits import MAX_LINE, MAX_TEXT
from caselog.interchange.reader import read_case_file
from caselog.store import services as sv
from caselog.store.engine import Store
from tests.examples import EXAMPLE, EXAMPLE_DIR
from tests.store.factory import minimal_case

Change = Callable[[dict[str, Any]], None]


def _file(tmp_path: Path, change: Change) -> Path:
    """The example case file (with its images) changed by ``change``."""
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    change(raw["cases"][0])
    folder = tmp_path / "case"
    shutil.copytree(EXAMPLE_DIR, folder)
    path = folder / "case.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _issues(tmp_path: Path, change: Change) -> list[str]:
    with pytest.raises(CaseFileError) as info:
        read_case_file(_file(tmp_path, change))
    return [f"{i.where}: {i.message}" for i in info.value.issues]


def _event(i: int, **values: Any) -> Change:
    return lambda case: case["events"][i].update(values)


def _patient(**values: Any) -> Change:
    return lambda case: case["patient"].update(values)


def _set(key: str, value: Any) -> Change:
    return lambda case: case.__setitem__(key, value)


ARABIC = "\u0662\u0660\u0662\u0664-\u0660\u0663-\u0660\u0664"  # 2024-03-04


@pytest.mark.parametrize(
    ("change", "where", "said"),
    [
        (_set("index_date", ARABIC), "cases[0].index_date", "digit U+0662"),
        (_event(8, date=ARABIC), "cases[0].events[8].date", "ASCII digits 0-9 only"),
        (_patient(birth_date="\u0967\u096f\u096a\u096f"), "cases[0].patient.birth_date", "U+0967"),
        (_event(8, date="\uff12\uff10\uff12\uff14-06-03"), "cases[0].events[8].date", "U+FF12"),
        (_event(8, date="\u09e8\u09e6\u09e8\u09ea"), "cases[0].events[8].date", "U+09E8"),
        (_event(8, date="2024-06-03\n"), "cases[0].events[8].date", "is not a date"),
    ],
    ids=["arabic-indic index", "arabic-indic event", "devanagari", "fullwidth", "bengali", "nl"],
)
def test_a_date_in_other_digits_is_refused_naming_its_field(
    change: Change, where: str, said: str, tmp_path: Path
) -> None:
    [issue] = _issues(tmp_path, change)
    assert issue.startswith(where + ": ") and said in issue


def test_a_case_with_no_event_is_refused(tmp_path: Path) -> None:
    assert _issues(tmp_path, _set("events", [])) == [
        "cases[0].events: must hold at least one event"
    ]


def test_a_lab_with_both_value_and_text_is_refused(tmp_path: Path) -> None:
    both = _event(0, text="high")  # events[0] is a lab with a value
    assert _issues(tmp_path, both) == [
        "cases[0].events[0]: a lab result has `value` (a number) or `text`, not both"
    ]


# The example: born 1949-02-11; day 0 is the first romosozumab dose, 2024-03-04, when she
# was 75 (her birthday a month before).
@pytest.mark.parametrize(
    ("patient", "accepted"),
    [
        ({"age": 75}, True),
        ({"age": 74}, False),  # a year short: the birth date and day 0 give 75
        ({"age": 76}, False),
        ({"age": 80, "birth_date": "1990-01-01"}, False),  # the issue's: older than alive
        ({"age": 75, "birth_date": "1948"}, True),  # born in 1948: 75 or 76 then
        ({"age": 76, "birth_date": "1948"}, True),
        ({"age": 77, "birth_date": "1948"}, False),
        ({"age": 74, "birth_date": "1949-03"}, True),  # born March 1949: 74 on 4 March
        ({"age": 75, "birth_date": "1949-03"}, True),  # ... or 75
        ({"age": 73, "birth_date": "1949-03"}, False),
    ],
)
def test_an_age_must_be_one_the_birth_date_gives_at_day_0(
    patient: dict[str, Any], accepted: bool, tmp_path: Path
) -> None:
    path = _file(tmp_path, _patient(**patient))
    if accepted:
        assert read_case_file(path).cases[0].patient.age == patient["age"]
        return
    with pytest.raises(CaseFileError) as info:
        read_case_file(path)
    [issue] = info.value.issues
    assert issue.where == "cases[0].patient.age"
    assert issue.message.startswith(f"{patient['age']} does not agree with the birth date")


def test_the_age_is_held_to_the_explicit_index_date_when_there_is_one(tmp_path: Path) -> None:
    def day_0_in_june(age: int) -> Change:
        return lambda case: case.update(
            index_date="2024-06-03", patient={**case["patient"], "age": age}
        )

    assert read_case_file(_file(tmp_path, day_0_in_june(75))).cases
    [issue] = _issues(tmp_path / "b", day_0_in_june(76))
    assert "at the index date 2024-06-03 the patient was 75" in issue


@pytest.mark.parametrize(
    ("change", "where", "said"),
    [
        (_set("title", "x" * (MAX_LINE + 1)), "cases[0].title", "at most 2,000"),
        (_patient(name="x" * (MAX_LINE + 1)), "cases[0].patient.name", "at most 2,000"),
        (_event(5, route="subcutaneous\x1b[2J"), "cases[0].events[5].route", "U+001B"),
        (_event(0, test="Calcium\x07"), "cases[0].events[0].test", "U+0007"),
        (_event(0, unit="mg/dL\u202e"), "cases[0].events[0].unit", "U+202E"),
        (_event(8, name="pain\nand more"), "cases[0].events[8].name", "U+000A"),
        (_set("keywords", ["tab\there"]), "cases[0].keywords[0]", "U+0009"),
        (_event(13, notes="n" * (MAX_TEXT + 1)), "cases[0].events[13].notes", "at most 100,000"),
    ],
    ids=[
        "title",
        "name",
        "drug ESC",
        "test BEL",
        "unit RLO",
        "symptom newline",
        "keyword",
        "notes",
    ],  # fmt: skip
)
def test_limits_and_single_line_values(
    change: Change, where: str, said: str, tmp_path: Path
) -> None:
    [issue] = _issues(tmp_path, change)
    assert issue.startswith(where + ": ") and said in issue


def test_multi_line_texts_keep_their_line_breaks(tmp_path: Path) -> None:
    text = "first line\nsecond line\twith a tab"
    [case] = read_case_file(_file(tmp_path, _event(13, notes=text, findings=text))).cases
    assert case.events[13].notes == text and case.events[13].findings == text


# the command's time and peak memory, measured from a small process of its own (a child of
# the test process itself would count the test process's memory, copied when it forks)
MEASURED = """
import resource, subprocess, sys, time
started = time.monotonic()
done = subprocess.run(sys.argv[1:])
took = time.monotonic() - started
print(done.returncode, took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_a_50_mb_title_is_refused_quickly_without_the_memory_it_took(tmp_path: Path) -> None:
    """The issue's: a 50 MB title took 611 MB and the report never finished. Refused now
    before anything is stored, in a few seconds and without a copy of it per check."""
    path = _file(tmp_path, _set("title", "x" * 50_000_000))
    command = [sys.executable, "-m", "caselog.cli", "--db", str(tmp_path / "c.db"), "import"]
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, *command, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    code, took, peak_kb = done.stdout.split()
    peak_mb = int(peak_kb) / 1024
    print(f"50 MB title refused in {float(took):.2f} s, peak {peak_mb:.0f} MB")
    assert int(code) == 2
    assert done.stderr.splitlines()[0] == (
        f"{path}: cases[0].title: is 50,000,000 characters long; text may have at most 100,000"
    )
    assert peak_mb < 300, f"{peak_mb:.0f} MB"  # was 611 MB
    assert float(took) < 30, f"{took} s"  # 9.5 s before on an idle machine (a scan per character)
    assert cli.main(["--db", str(tmp_path / "c.db"), "list"]) == 0


def test_the_reader_refuses_a_50_mb_title_in_a_second(tmp_path: Path) -> None:
    """The reader alone (no start-up, no database): a scan per character took 9.5 s."""
    path = _file(tmp_path, _set("title", "x" * 50_000_000))
    started = time.monotonic()
    with pytest.raises(CaseFileError, match="cases\\[0\\].title: is 50,000,000 characters"):
        read_case_file(path)
    assert time.monotonic() - started < 4


# ---- the services: what the window or a script hands them ----


def test_a_new_case_with_no_event_and_no_age_yet_is_stored(store: Store) -> None:
    """The window's New case: a title, a patient of unknown sex, nothing else yet."""
    change = sv.create_case(Case(title="New case", patient=Patient(sex="unknown")), store=store)
    assert change.case.id is not None and change.case.events == []


def _stored(store: Store) -> Case:
    return sv.create_case(minimal_case("Stored"), store=store).case


BIRTH = PrivateIdentifiers(birth_date=PartialDate(1950, 6, 15))


@pytest.mark.parametrize(
    ("write", "said"),
    [
        (
            lambda s, c: sv.set_title(c.id, "bad\x1b]0;owned\x07", store=s),
            "case.title: contains the control character U+001B",
        ),
        (
            lambda s, c: sv.set_patient(c.id, Patient(sex="male", age=20, private=BIRTH), store=s),
            "patient.age: 20 does not agree with the birth date 1950-06-15: at the index date "
            "2024-01-02 the patient was 73",
        ),
        (
            lambda s, c: sv.add_event(
                c.id,
                Event(kind="lab", date=PartialDate(2024), test="Ca", value=1.0, text="x"),
                store=s,
            ),
            "event: a lab result has `value` (a number) or `text`, not both",
        ),
        (
            lambda s, c: sv.update_event(
                c.id,
                Event(kind="note", date=PartialDate(2024), text="x" * 100_001, id=c.events[0].id),
                store=s,
            ),
            "event.text: is 100,001 characters long",
        ),
        (
            lambda s, c: sv.create_case(minimal_case("x" * 2001), store=s),
            "case.title: is 2,001 characters long",
        ),
        (
            lambda s, c: sv.add_event(
                c.id, Event(kind="symptom", date=PartialDate(2024), name="pain\u202e"), store=s
            ),
            "event.name: contains the control character U+202E",
        ),
    ],
    ids=["title", "age", "lab", "size", "new case", "override"],
)
def test_the_services_refuse_what_a_case_file_refuses_and_write_nothing(
    write: Callable[[Store, Any], Any], said: str, store: Store
) -> None:
    case = _stored(store)
    with pytest.raises(ValidationError) as info:
        write(store, case)
    assert str(info.value).startswith(said)
    assert [c.id for c in sv.list_cases(store=store)] == [case.id]
    assert sv.get_case(case.id or 0, store=store) == case


def test_an_export_is_a_file_that_imports_back_or_is_refused(store: Store, tmp_path: Path) -> None:
    """A case still without an event cannot be written as a case file: the export says so
    and writes nothing; with its first event it exports and imports back."""
    new = sv.create_case(Case(title="New case", patient=Patient(sex="female", age=40)), store=store)
    case_id = new.case.id or 0
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "out.json"
    with pytest.raises(ValidationError, match=rf"case {case_id}\.events: must hold at least one"):
        sv.export_cases([case_id], out, store=store)
    assert list(folder.iterdir()) == []
    sv.add_event(case_id, Event(kind="note", date=PartialDate(2024), text="seen"), store=store)
    sv.export_cases([case_id], out, store=store)
    assert read_case_file(out).cases[0].title == "New case"
