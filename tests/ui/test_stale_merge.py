"""The compare view's arithmetic (caselog/ui/stale_merge.py, plain Python): the user's edit
set field by field beside the version it was made on and the one saved since, and their
version with the fields the user keeps from theirs put back."""

from __future__ import annotations

from dataclasses import replace

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, Event, Patient, PrivateIdentifiers
from caselog.ui.stale_merge import compare, default_keep, event_of, field_name, merged, show

BASE = Patient(sex="male", age=60, private=PrivateIdentifiers(name="A. Patient", mrn="1"))


def test_each_side_s_fields_and_the_clashes_are_found_and_merged_by_field() -> None:
    mine = replace(BASE, age=71, private=replace(BASE.private, name="A. Mine"))
    theirs = replace(BASE, sex="female", private=replace(BASE.private, name="A. Theirs"))
    rows = {r.path: r for r in compare(BASE, mine, theirs)}
    assert set(rows) == {"sex", "age", "private.name"}  # mrn and the rest: nobody changed
    assert rows["age"].mine_changed and not rows["age"].theirs_changed
    assert rows["sex"].theirs_changed and not rows["sex"].mine_changed
    assert rows["private.name"].conflict and not rows["age"].conflict
    keep = default_keep(rows.values())
    assert keep == {"age", "private.name"}  # every field I changed; theirs elsewhere
    both = merged(theirs, rows.values(), keep)
    assert (both.sex, both.age, both.private.name, both.private.mrn) == (
        "female",
        71,
        "A. Mine",
        "1",
    )
    theirs_name = merged(theirs, rows.values(), {"age"})
    assert (theirs_name.age, theirs_name.private.name) == (71, "A. Theirs")
    assert merged(theirs, rows.values(), set()) == theirs


def test_a_part_one_side_added_or_removed_is_compared_whole() -> None:
    mine = Assessment(reaction="hypocalcaemia")
    [row] = compare(None, mine, None)
    assert (row.path, row.mine, row.theirs, row.conflict) == ("", mine, None, False)
    assert merged(None, [row], {""}) == mine
    assert merged(None, [row], set()) is None
    # an event they deleted while I edited it: the whole event, mine or none
    event = Event(id=7, kind="note", date=PartialDate(2024, 1, 2), text="seen")
    case = Case(title="t", patient=BASE, events=[event])
    gone = replace(case, events=[])
    part = event_of(7)
    [row] = compare(part(case), replace(event, text="seen again"), part(gone))
    assert row.path == "" and row.conflict and row.theirs is None


def test_what_the_store_sets_is_never_offered_and_values_print_plainly() -> None:
    base = Case(title="t", patient=BASE, id=1, version=3)
    theirs = replace(base, version=9, title="theirs")
    assert [r.path for r in compare(base, base, theirs)] == ["title"]
    assert show(PartialDate(2024, 3)) == "2024-03"
    assert show(None) == "" and show(True) == "yes" and show(2.50) == "2.5"
    assert show(["a", None, "b"]) == "a; b"
    assert show(PrivateIdentifiers(name="A. Patient")) == "name: A. Patient"
    assert field_name("Patient", "private.birth_date") == "Patient › private › birth date"
