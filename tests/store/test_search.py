"""Full-text search and filters of the case list (caselog.store.query, .search, .fts)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Case,
    Event,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)
from caselog.store import fts, postgres_fts
from caselog.store import pages as pages_module
from caselog.store import services as sv
from caselog.store.changes import list_row
from caselog.store.engine import Store, open_store
from caselog.store.narrow import parse_words
from caselog.store.query import CaseQuery
from caselog.store.search import search_row
from caselog.store.tables import case_search_t
from tests import pg_server
from tests.examples import EXAMPLE
from tests.pg_server import BACKENDS
from tests.store.factory import example_case, minimal_case

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WORD = "zyxquor"


def titles(store: Store, text: str | None = None, **filters: object) -> list[str]:
    query = CaseQuery(**filters)  # type: ignore[arg-type]
    return sorted(s.title for s in sv.list_cases(store=store, text=text, query=query))


def add(store: Store, title: str, **changes: object) -> Case:
    return sv.create_case(replace(minimal_case(title), **changes), store=store).case  # type: ignore[arg-type]


def med(drug: str, role: str | None = None, action: str = "start", day: int = 1) -> Event:
    return Event(
        kind="medication", date=PartialDate(2024, 2, day), drug=drug, action=action, role=role
    )


# -- folding, fields, ranking -------------------------------------------------------------


def test_case_and_accents_are_ignored_both_ways(store: Store) -> None:
    add(store, "one", events=[Event(kind="note", date=PartialDate(2024, 1), text="Hémodialyse")])
    add(store, "two", events=[Event(kind="note", date=PartialDate(2024, 1), text="hemodialyse")])
    add(store, "three")
    assert titles(store, "hemodialyse") == ["one", "two"]
    assert titles(store, "HÉMODIALYSE") == ["one", "two"]
    assert titles(store, "Hémodialyse") == ["one", "two"]
    assert sv.count_cases(store=store, text="hÉmOdIaLySe") == 2


def _in_event(**fields: object) -> Callable[[Case, str], None]:
    def plant(case: Case, word: str) -> None:
        base: dict[str, object] = {"kind": "note", "date": PartialDate(2024, 3, 1)}
        planted = {k: v.format(w=word) if isinstance(v, str) else v for k, v in fields.items()}
        case.events.append(Event(**{**base, **planted}))  # type: ignore[arg-type]

    return plant


def _caption(case: Case, word: str) -> None:
    image = Image(data=b"\x89PNG fake", media_type="image/png", caption=f"arrow at {word}")
    case.events.append(
        Event(
            kind="imaging", date=PartialDate(2024, 3), modality="CT", findings="x", images=[image]
        )
    )


PLANTS: dict[str, Callable[[Case, str], None]] = {
    "title": lambda c, w: setattr(c, "title", f"Case of {w}"),
    "label": lambda c, w: setattr(c.patient, "label", f"Patient {w}"),
    "keywords": lambda c, w: c.keywords.append(w),
    "history": lambda c, w: c.patient.history.append(HistoryItem(f"{w} disease")),
    "history notes": lambda c, w: c.patient.history.append(HistoryItem("gout", notes=w)),
    "kidney cause": lambda c, w: setattr(c.patient, "kidney", Kidney(cause=f"{w} nephritis")),
    "drug": _in_event(kind="medication", drug="{w}", action="start"),
    "indication": _in_event(kind="medication", drug="x", action="start", indication="{w}"),
    "reason": _in_event(kind="medication", drug="x", action="stop", reason="{w}"),
    "symptom": _in_event(kind="symptom", name="{w} pain"),
    "lab test": _in_event(kind="lab", test="{w}", value=1.0),
    "lab text": _in_event(kind="lab", test="culture", text="grew {w}"),
    "specimen": _in_event(kind="lab", test="culture", text="none", specimen="{w}"),
    "findings": _in_event(kind="imaging", modality="CT", findings="{w} mass"),
    "region": _in_event(kind="imaging", modality="CT", findings="x", region="{w}"),
    "impression": _in_event(kind="imaging", modality="CT", findings="x", impression="{w}"),
    "follow-up": _in_event(kind="follow_up", summary="{w}"),
    "note": _in_event(kind="note", text="{w}"),
    "event notes": _in_event(kind="procedure", name="biopsy", notes="{w}."),
    "caption": _caption,
    "reaction": lambda c, w: setattr(c, "assessment", Assessment(reaction=f"{w} reaction")),
    "introduction": lambda c, w: setattr(c, "report", ReportText(introduction=w)),
    "narrative": lambda c, w: setattr(c, "report", ReportText(case_presentation=w)),
    "discussion": lambda c, w: setattr(c, "report", ReportText(discussion=w)),
    "conclusion": lambda c, w: setattr(c, "report", ReportText(conclusion=w)),
}


def _word(where: str) -> str:
    """The word planted in the field ``where`` alone: WORD and two consonants of the
    field's own, all of one length, so no word is another's prefix (nor a stem's)."""
    i = sorted(PLANTS).index(where)
    return WORD + "bcdfghjkmn"[i // 10] + "bcdfghjkmn"[i % 10]


@pytest.fixture(scope="module", params=BACKENDS)
def planted(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, dict[str, str]]]:
    """A decoy, and a case for each field of PLANTS with that field's own word planted
    in it alone (made once a module on each backend; its tests only search it): the store,
    and each field's case's title."""
    with pg_server.module_store(request, tmp_path_factory) as store:
        add(store, "decoy")
        titles: dict[str, str] = {}
        for where in sorted(PLANTS):
            case = minimal_case(f"target for the {where}")
            PLANTS[where](case, _word(where))
            titles[where] = sv.create_case(case, store=store).case.title
        yield store, titles


@pytest.mark.parametrize("where", sorted(PLANTS))
def test_a_word_is_found_in_every_field(planted: tuple[Store, dict[str, str]], where: str) -> None:
    """The field's word finds its case, and only it: not the decoy, not the cases whose
    word is planted in another field."""
    store, titles = planted
    found = sv.list_cases(store=store, text=_word(where).upper())
    assert [s.title for s in found] == [titles[where]]


def test_a_case_is_found_by_the_patients_name_and_record_number(store: Store) -> None:
    """Private identifiers are kept "so you can find the case": the local search finds them
    (as typed, in part while typing, in any case), but not the birth date."""
    example = sv.create_case(example_case(), store=store).case
    add(store, "decoy", patient=Patient(sex="male", label="Hanako's neighbour"))
    other = add(store, "other", patient=Patient(sex="female"))
    other.patient.private = PrivateIdentifiers(name="José Müller", mrn="A-17")
    sv.update_case(other, store=store)
    assert example.patient.private.name == "Hanako Testcase"
    for typed in ("Hanako Testcase", "testcase", "MRN-0048213", "mrn-0048213", "0048213"):
        assert titles(store, typed) == [example.title], typed
    assert titles(store, "hanako testc") == [example.title]  # the last word as a prefix
    assert titles(store, "jose muller") == ["other"]
    assert titles(store, "A-17") == ["other"]
    assert titles(store, "1949-02-11") == []  # the birth date is not searched
    # ranked with the label: above a case that only mentions the word elsewhere
    add(store, "Hanako in the body", events=[Event(kind="note", date=PartialDate(2024, 1),
                                                   text="Hanako")])  # fmt: skip
    assert titles(store, "hanako")[:2] == ["Hanako in the body", example.title]
    # a new name replaces the old one in the index
    other.patient.private = PrivateIdentifiers(name="Ana Lima")
    sv.update_case(other, store=store)
    assert titles(store, "muller") == [] and titles(store, "lima") == ["other"]


def test_the_patient_column_shows_what_identifies_the_case(store: Store) -> None:
    """Name and record number (this machine's own list), else the label, else nothing: never
    "the patient" for every unlabelled case. The same in every path that makes a row."""
    made = {
        "both": PrivateIdentifiers(name="Zoe Adams", mrn="MRN-9"),
        "name": PrivateIdentifiers(name="bob Brown"),
        "mrn": PrivateIdentifiers(mrn="X-1"),
        "label": PrivateIdentifiers(),
        "none": PrivateIdentifiers(),
    }
    for title, private in made.items():
        label = "Mrs C" if title in ("both", "label") else None
        case = add(store, title, patient=Patient(sex="female", label=label))
        case.patient.private = private
        sv.update_case(case, store=store)
    want = {"both": "Zoe Adams · MRN-9", "name": "bob Brown", "mrn": "X-1", "label": "Mrs C",
            "none": ""}  # fmt: skip
    listed = {s.title: s.patient for s in sv.list_cases(store=store)}
    assert listed == want
    searched = sv.list_cases(store=store, text="clinic")  # the narrowed list's statement
    assert {s.title: s.patient for s in searched} == want
    for summary in sv.list_cases(store=store):  # a write's row (dataChanged) says the same
        assert list_row(sv.get_case(summary.id, store=store)).patient == want[summary.title]
    # ``caselog list`` prints the label as before (no private identifier on its output)
    assert {s.title: s.patient_label for s in sv.list_cases(store=store)}["both"] == "Mrs C"
    assert {s.title: s.patient_label for s in sv.list_cases(store=store)}["none"] == "the patient"
    for words in (None, "clinic"):  # sorted by what the column shows
        by_patient = sv.list_cases(store=store, text=words, order_by="patient", descending=False)
        assert [s.title for s in by_patient] == ["none", "name", "label", "mrn", "both"]


def test_a_hit_in_the_title_ranks_above_one_in_the_body(store: Store) -> None:
    add(store, "body", events=[Event(kind="note", date=PartialDate(2024, 1), text="calciphylaxis")])
    add(store, "Calciphylaxis in the title")
    add(store, "unrelated")
    ranked = [s.title for s in sv.list_cases(store=store, text="calciphylaxis")]
    assert ranked == ["Calciphylaxis in the title", "body"]


def test_relevance_is_title_then_label_then_the_rest_each_latest_first(store: Store) -> None:
    body = [Event(kind="note", date=PartialDate(2024, 1), text="calciphylaxis")]
    add(store, "old body", events=body)
    add(store, "Calciphylaxis old title")
    add(store, "label hit", patient=Patient(sex="female", label="Calciphylaxis patient"))
    add(store, "new body", events=body)
    add(store, "Calciphylaxis new title")
    add(store, "Calciphylaxis both", patient=Patient(sex="male", label="calciphylaxis"))
    ranked = [s.title for s in sv.list_cases(store=store, text="calciphylaxis")]
    assert ranked == [
        "Calciphylaxis both", "Calciphylaxis new title", "Calciphylaxis old title",
        "label hit", "new body", "old body",
    ]  # fmt: skip
    pages = [sv.list_cases(store=store, text="calciphylaxis", offset=o, limit=2) for o in (0, 2, 4)]
    assert [s.title for page in pages for s in page] == ranked  # paged across the tiers


@pytest.fixture(scope="module", params=BACKENDS)
def many(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """60 cases: every one says "renal", one in three "calcium", every fifth is fatal.
    Made once a module on each backend: the tests that take it only read it."""
    with pg_server.module_store(request, tmp_path_factory) as store:
        for i in range(60):
            words = "renal calcium" if i % 3 == 0 else "renal"
            a = Assessment(reaction="x", outcome="fatal" if i % 5 == 0 else "recovered")
            add(store, f"case {i:02d}", keywords=words.split(), assessment=a)
        yield store


@pytest.mark.parametrize(
    "query",
    [
        CaseQuery(text="renal"),
        CaseQuery(text="calcium"),
        CaseQuery(text="renal calc"),
        CaseQuery(text="calcium", outcome="fatal"),
        CaseQuery(outcome="fatal"),
        CaseQuery(outcome="recovered", text="renal"),
    ],
)
@pytest.mark.parametrize("order_by", ["relevance", "updated"])
def test_walking_the_latest_changes_finds_what_sorting_every_match_finds(
    many: Store, monkeypatch: pytest.MonkeyPatch, query: CaseQuery, order_by: str
) -> None:
    def pages(descending: bool) -> list[list[int]]:
        return [
            [s.id for s in sv.list_cases(
                store=many, query=query, order_by=order_by, descending=descending,
                offset=o, limit=7,
            )]
            for o in range(0, 63, 7)
        ]  # fmt: skip

    monkeypatch.setattr(pages_module, "FEW", 10**9)  # every plan sorts every match
    sorted_pages = pages(True), pages(False)
    monkeypatch.setattr(pages_module, "FEW", 0)  # every plan walks: 1 case a row wanted, then more
    monkeypatch.setattr(pages_module, "WALK_FACTOR", 1)
    assert (pages(True), pages(False)) == sorted_pages
    assert any(sorted_pages[0])


def test_the_first_count_stops_at_the_cap(many: Store) -> None:
    assert sv.count_cases(store=many, text="renal") == 60
    assert sv.count_cases(store=many, text="renal", at_most=10) == 11  # more than 10
    assert sv.count_cases(store=many, text="calcium", at_most=20) == 20  # exact: 20
    assert sv.count_cases(store=many, query=CaseQuery(outcome="fatal"), at_most=5) == 6
    assert sv.count_cases(store=many, at_most=59) == 60 and sv.count_cases(store=many) == 60


def test_the_last_word_matches_as_a_prefix_while_typing(store: Store) -> None:
    add(store, "Hemodialysis case")
    assert titles(store, "hemod") == ["Hemodialysis case"]
    assert titles(store, "hemod ") == []  # the word is finished: whole words only
    assert titles(store, "hemodialysis ca") == ["Hemodialysis case"]
    assert titles(store, "hemod case") == []


def test_every_word_must_occur(store: Store) -> None:
    add(store, "calcium low")
    add(store, "calcium high")
    assert titles(store, "calcium") == ["calcium high", "calcium low"]
    assert titles(store, "low calcium") == ["calcium low"]


# -- user text is matched literally ---------------------------------------------------------


AWKWARD = (
    "Alpha 100%", "beta_case", "O'Brien sign", "semi;colon", 'he said "stop"', "plain",
    "calcium near phosphate", "x-ray*star", "back\\slash",
)  # fmt: skip


def shared_store(folder: Path, seed: Callable[[Store], object]) -> Iterator[Store]:
    """A store seeded once for the read-only queries of many tests (a module fixture): at
    the end it must hold exactly what it was seeded with, so a test that wrote fails."""
    store = open_store(str(folder / "shared.db"))
    try:
        seed(store)
        seeded = [(s.id, s.title, s.updated_at) for s in sv.list_cases(store=store)]
        yield store
        assert [(s.id, s.title, s.updated_at) for s in sv.list_cases(store=store)] == seeded
    finally:
        store.close()


def seed_awkward(store: Store) -> Store:
    for title in AWKWARD:
        add(store, title)
    return store


@pytest.fixture
def awkward(store: Store) -> Store:
    return seed_awkward(store)


@pytest.fixture(scope="module")
def awkward_shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from shared_store(tmp_path_factory.mktemp("awkward"), seed_awkward)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("100%", ["Alpha 100%"]),
        ("%", ["Alpha 100%"]),
        ("a_c", ["beta_case"]),
        ("_", ["beta_case"]),
        ("A%", []),
        ("o'brien", ["O'Brien sign"]),
        ("'", ["O'Brien sign"]),
        ("semi;colon", ["semi;colon"]),
        (";", ["semi;colon"]),
        ('"stop"', ['he said "stop"']),
        ('"', ['he said "stop"']),
        ("\\", ["back\\slash"]),
        ("calcium NEAR phosphate", ["calcium near phosphate"]),
        ("calcium OR plain", []),
        ("NEAR(calcium phosphate)", []),
        ("*", ["x-ray*star"]),
        ("-ray", ["x-ray*star"]),
        ("plain -calcium", []),
        ("title:plain", []),
        ("'; DROP TABLE case; --", []),
        ('" OR 1=1 --', []),
    ],
)
def test_metacharacters_are_matched_literally(
    awkward_shared: Store, query: str, expected: list[str]
) -> None:
    assert titles(awkward_shared, query) == expected
    assert sv.count_cases(store=awkward_shared, text=query) == len(expected)


def test_injection_attempts_leave_the_database_whole(awkward: Store) -> None:
    for query in ('\'; DROP TABLE "case"; --', '"); DELETE FROM case_search; --'):
        sv.list_cases(store=awkward, text=query)
    assert sv.count_cases(store=awkward) == 9
    assert titles(awkward, "plain") == ["plain"]


def test_words_are_split_into_fts_tokens_and_literal_substrings() -> None:
    w = parse_words("Hémo 100% o'brien ca")
    assert w.tokens == ["hemo", "ca"] and w.literal == ["100%", "o'brien"] and w.prefix_last
    assert not parse_words("calcium ").prefix_last
    assert fts.match_string(['a"b', "near"], prefix_last=True) == '"a""b" "near"*'


# -- the index follows every write ----------------------------------------------------------


def _integrity(store: Store) -> None:
    """FTS5's own check, or on PostgreSQL: each search row's vector as it is written."""
    with store.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            for table in (fts.FTS_TABLE, fts.HEAD_TABLE):  # both in step with case_search
                conn.execute(
                    text(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
                )
        else:
            rows = conn.execute(select(case_search_t)).mappings().all()
            found = conn.execute(text("SELECT case_id, doc::text FROM case_fts")).all()
            docs = {int(i): str(d) for i, d in found}
            assert docs == {
                r["case_id"]: conn.execute(
                    text("SELECT CAST(:d AS tsvector)::text"),
                    {"d": postgres_fts.document(r["title"], r["label"], r["body"])},
                ).scalar_one()
                for r in rows
            }
        searched = conn.execute(select(case_search_t.c.case_id)).scalars().all()
        cases = conn.execute(text('SELECT id FROM "case"')).scalars().all()
    assert sorted(searched) == sorted(cases)


def test_the_title_and_label_tiers_follow_every_write(store: Store) -> None:
    """The first two tiers are asked of ``case_fts_head`` (title and label only): a rename,
    a new label, an edit of the body alone, a deletion and a restore each move a case
    between tiers as the words now say (db/versions/0014)."""
    note = [Event(kind="note", date=PartialDate(2024, 1), text="calciphylaxis")]
    body = add(store, "Body only", events=note)
    later = add(store, "Later body", events=note)
    assert body.id is not None and later.id is not None

    def ranked() -> list[str]:
        return [s.title for s in sv.list_cases(store=store, text="calciphylaxis")]

    assert ranked() == ["Later body", "Body only"]
    sv.set_title(body.id, "Calciphylaxis now in the title", store=store)
    assert ranked() == ["Calciphylaxis now in the title", "Later body"]
    sv.set_patient(later.id, Patient(sex="male", label="calciphylaxis bed 3", age=60), store=store)
    sv.set_report(later.id, ReportText(discussion="unrelated words"), [], [], store=store)
    assert ranked() == ["Calciphylaxis now in the title", "Later body"]  # label tier: 2nd
    assert [s.title for s in sv.list_cases(store=store, text="bed")] == ["Later body"]
    sv.set_title(body.id, "Renamed again", store=store)
    assert ranked() == ["Later body", "Renamed again"]  # label above body
    deleted = sv.delete_case(later.id, store=store).case
    assert ranked() == ["Renamed again"]
    _integrity(store)
    sv.restore_case(deleted, store=store)
    assert ranked() == ["Later body", "Renamed again"]
    _integrity(store)
    if store.engine.dialect.name != "sqlite":
        return  # PostgreSQL has no title and label index: its tiers are weights (0008)
    with store.engine.begin() as conn:  # a migration updates search rows in place (0007)
        conn.execute(
            text("UPDATE case_search SET title = 'calciphylaxis' WHERE case_id = :i"),
            {"i": body.id},
        )
    assert ranked() == ["Renamed again", "Later body"]  # its search row's title holds it
    _integrity(store)


def test_the_index_follows_every_write(store: Store) -> None:
    case = add(store, "Original title")
    other = add(store, "Other")
    assert case.id is not None and other.id is not None
    assert titles(store, "original") == ["Original title"]

    sv.set_title(case.id, "Renamed", store=store)
    assert titles(store, "original") == [] and titles(store, "renamed") == ["Renamed"]

    event = sv.add_event(
        case.id, Event(kind="symptom", date=PartialDate(2024, 5), name="vertigo"), store=store
    ).event
    assert titles(store, "vertigo") == ["Renamed"]
    sv.update_event(case.id, replace(event, name="tinnitus"), store=store)
    assert titles(store, "vertigo") == [] and titles(store, "tinnitus") == ["Renamed"]
    assert event.id is not None
    sv.delete_event(case.id, event.id, store=store)
    assert titles(store, "tinnitus") == []

    sv.set_patient(case.id, Patient(sex="female", label="Patient Seven", age=70), store=store)
    assert titles(store, "seven") == ["Renamed"]
    sv.set_assessment(case.id, Assessment(reaction="angioedema"), store=store)
    assert titles(store, "angioedema") == ["Renamed"]
    sv.set_assessment(case.id, None, store=store)
    assert titles(store, "angioedema") == []
    sv.set_report(case.id, ReportText(discussion="serendipity"), [], ["keyword"], store=store)
    assert titles(store, "serendipity") == ["Renamed"] and titles(store, "keyword") == ["Renamed"]

    whole = sv.get_case(case.id, store=store)
    whole.title = "Replaced whole"
    sv.update_case(whole, store=store)
    assert titles(store, "renamed") == [] and titles(store, "replaced") == ["Replaced whole"]
    _integrity(store)

    deleted = sv.delete_case(case.id, store=store).case
    assert titles(store, "replaced") == [] and titles(store, "serendipity") == []
    _integrity(store)
    sv.restore_case(deleted, store=store)
    assert titles(store, "serendipity") == ["Replaced whole"]
    sv.set_index_date(case.id, PartialDate(2023, 1, 1), store=store)
    assert titles(store, index_from=PartialDate(2023, 1), index_to=PartialDate(2023, 1)) == [
        "Replaced whole"
    ]
    _integrity(store)


def test_an_import_is_searchable(store: Store, tmp_path: Path) -> None:
    [(case_id, _)] = sv.import_case_file(EXAMPLE, store=store).created
    assert [s.id for s in sv.list_cases(store=store, text="epidural calcification")] == [case_id]
    assert [s.id for s in sv.list_cases(store=store, text="hémodialysis")] == [case_id]


# -- filters ----------------------------------------------------------------------------------


def seed_filtered(store: Store) -> None:
    a = minimal_case("A romo HD")
    a.events += [med("Romosozumab", "suspect"), med("calcitriol", "concomitant")]
    a.patient.kidney = Kidney(ckd_stage="5D", dialysis="hemodialysis")
    a.assessment = Assessment(
        reaction="Epidural calcification", outcome="not_recovered", who_umc="probable",
        seriousness=["hospitalization"], onset_date=PartialDate(2024, 5, 1),
    )  # fmt: skip
    a.index_date = PartialDate(2024, 2, 1)
    b = minimal_case("B deno PD")
    b.events += [med("denosumab", "suspect"), med("romosozumab", "treatment", day=20)]
    b.patient.kidney = Kidney(dialysis="peritoneal")
    b.assessment = Assessment(
        reaction="severe hypocalcaemia", outcome="recovered", who_umc="possible"
    )
    c = minimal_case("C romo no dialysis")
    c.events += [med("ROMOSOZUMAB", "suspect", day=10)]
    c.patient.kidney = Kidney(ckd_stage="3a", dialysis="none")
    c.assessment = Assessment(
        reaction="hypocalcaemia",
        outcome="recovered",
        who_umc="probable",
        seriousness=["other_medically_important"],
    )
    c.events.append(Event(kind="symptom", date=PartialDate(2024, 3, 1), name="cramps"))
    for case in (a, b, c, minimal_case("D nothing")):
        sv.create_case(case, store=store)


@pytest.fixture(scope="module")
def filtered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Four cases for the filters, shared by this module's read-only filter tests."""
    yield from shared_store(tmp_path_factory.mktemp("filtered"), seed_filtered)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"drug": "romosozumab"}, ["A romo HD", "B deno PD", "C romo no dialysis"]),
        ({"drug": "ROMOSOZUMAB"}, ["A romo HD", "B deno PD", "C romo no dialysis"]),
        ({"drug": "romo"}, []),  # a drug name, not a fragment
        ({"suspect_drug": "romosozumab"}, ["A romo HD", "C romo no dialysis"]),
        ({"drug": "calcitriol"}, ["A romo HD"]),
        ({"reaction": "hypocalcaemia"}, ["B deno PD", "C romo no dialysis"]),
        ({"reaction": "Épidural"}, ["A romo HD"]),
        ({"outcome": "recovered"}, ["B deno PD", "C romo no dialysis"]),
        ({"who_umc": "probable"}, ["A romo HD", "C romo no dialysis"]),
        ({"serious": True}, ["A romo HD", "C romo no dialysis"]),
        ({"serious": False}, []),  # B's seriousness is not recorded, not "none met"
        ({"seriousness": "hospitalization"}, ["A romo HD"]),
        ({"dialysis": "hemodialysis"}, ["A romo HD"]),
        ({"dialysis": "any"}, ["A romo HD", "B deno PD"]),
        ({"dialysis": "none"}, ["C romo no dialysis", "D nothing"]),
        ({"index_from": PartialDate(2024, 2, 5)}, ["C romo no dialysis"]),
        ({"index_to": PartialDate(2024, 2, 1)}, ["A romo HD", "B deno PD", "D nothing"]),
        ({"index_from": PartialDate(2024, 1), "index_to": PartialDate(2024, 1)}, ["D nothing"]),
        ({"onset_min_days": 60}, ["A romo HD"]),
        ({"onset_max_days": 30}, ["C romo no dialysis"]),
        ({"drug": "romosozumab", "outcome": "recovered"}, ["B deno PD", "C romo no dialysis"]),
        ({"drug": "romosozumab", "outcome": "recovered", "dialysis": "any"}, ["B deno PD"]),
        ({"drug": "romosozumab", "who_umc": "probable", "serious": True, "dialysis": "none"},
         ["C romo no dialysis"]),
    ],
)  # fmt: skip
def test_filters_combine(filtered: Store, filters: dict[str, object], expected: list[str]) -> None:
    assert titles(filtered, None, **filters) == expected
    assert sv.count_cases(store=filtered, query=CaseQuery(**filters)) == len(expected)  # type: ignore[arg-type]


def test_not_serious_is_recorded_not_assumed(store: Store) -> None:
    """ "Not serious" finds a case assessed as meeting no criterion, never one whose
    seriousness was not recorded (the Assessment tab tells the two apart), with or without
    words; each filter value follows an edit of the assessment."""
    cases: dict[str, int] = {}
    for title, seriousness in (("none met", []), ("not recorded", None), ("met", ["death"])):
        case = minimal_case(f"{title} calcification")
        case.assessment = Assessment(reaction="hypocalcaemia", seriousness=seriousness)
        created = sv.create_case(case, store=store).case_id
        assert created is not None
        cases[title] = created
    for words in (None, "calcification"):
        assert titles(store, words, serious=False) == ["none met calcification"]
        assert sv.count_cases(store=store, query=CaseQuery(text=words, serious=False)) == 1
        assert titles(store, words, serious=True) == ["met calcification"]
    sv.set_assessment(
        cases["not recorded"], Assessment(reaction="hypocalcaemia", seriousness=[]), store=store
    )
    assert titles(store, "calcification", serious=False) == [
        "none met calcification",
        "not recorded calcification",
    ]


def test_words_and_filters_combine(filtered: Store) -> None:
    assert titles(filtered, "romo", suspect_drug="denosumab") == ["B deno PD"]
    assert titles(filtered, "hd", drug="romosozumab") == ["A romo HD"]
    assert titles(filtered, "cramps", outcome="recovered") == ["C romo no dialysis"]
    assert titles(filtered, "cramps", outcome="not_recovered") == []


def test_relative_date_range_counts_back_from_today(filtered: Store) -> None:
    import datetime as dt

    today = dt.date(2024, 2, 15)
    assert titles(filtered, index_within_days=10, today=today) == ["C romo no dialysis"]
    assert titles(filtered, index_within_days=14, today=today) == [
        "A romo HD", "B deno PD", "C romo no dialysis",
    ]  # fmt: skip
    assert titles(filtered, index_within_days=60, today=today) == [
        "A romo HD", "B deno PD", "C romo no dialysis", "D nothing",
    ]  # fmt: skip


def test_bad_filter_values_say_what_is_wrong() -> None:
    with pytest.raises(ValueError, match="unknown outcome 'better'; use one of recovered"):
        CaseQuery(outcome="better")
    with pytest.raises(ValueError, match="unknown dialysis 'HD'"):
        CaseQuery(dialysis="HD")


# -- the plain fallback (databases without FTS5) ------------------------------------------------


@pytest.fixture(scope="module", params=BACKENDS)
def plain(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The example case and three whose titles hold LIKE's and SQL's metacharacters, once
    a module on each backend (its tests only search it)."""
    with pg_server.module_store(request, tmp_path_factory) as store:
        sv.create_case(example_case(), store=store)
        add(store, "Alpha 100%")
        add(store, "beta_case")
        add(store, "O'Brien")
        yield store


@pytest.mark.parametrize(
    "query",
    ["hemodialysis", "HÉMOD", "epidural calcification", "100%", "a_c", "'", "nothing at all"],
)
def test_the_plain_fallback_finds_what_fts_finds(
    plain: Store, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    store = plain
    with_fts = titles(store, query)
    # both back-ends' index checks: PostgreSQL asks postgres_fts, SQLite fts
    monkeypatch.setattr(fts, "available", lambda conn: False)
    monkeypatch.setattr(postgres_fts, "available", lambda conn: False)
    assert titles(store, query) == with_fts


# -- the migration --------------------------------------------------------------------------------


def test_upgrading_a_0001_database_backfills_the_index(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURES / "rev0001.db", copy)
    store = open_store(str(copy))
    try:
        [summary] = sv.list_cases(store=store, text="hemodialysis epidural")
        case = sv.get_case(summary.id, store=store)
        with store.engine.begin() as conn:
            stored = conn.execute(select(case_search_t)).mappings().one()
        assert dict(stored) == search_row(summary.id, case)
        _integrity(store)
    finally:
        store.close()


@pytest.mark.sqlite_only("the FTS5 table's own DDL")
def test_a_four_letter_prefix_has_its_own_index(store: Store, tmp_path: Path) -> None:
    """The word being typed ("pain"*) is read from a prefix index, not merged from every
    term it begins (db/versions/0005): in a new database and in one upgraded from 0001,
    as ``fts.CREATE`` says."""
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURES / "rev0001.db", copy)
    upgraded = open_store(str(copy))
    try:
        for s in (store, upgraded):
            with s.read() as conn:
                made = conn.execute(
                    text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": fts.FTS_TABLE}
                ).scalar_one()
            assert made == fts.CREATE[0] and "prefix='2 3 4'" in made
        assert [x.title for x in sv.list_cases(store=upgraded, text="hemodialysis epid")] != []
    finally:
        upgraded.close()
