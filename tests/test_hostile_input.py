"""Hostile input, with hypothesis, over the case-file importer and the form validators.

Every example either gives a clear ``CaseFileError`` (every issue with its place and a
message) or is read; anything else (a crash) fails. Imported into a store, an accepted
file is stored faithfully and a refused one writes nothing. ``make test`` tries a few
dozen examples per importer; ``-m soak`` 10,000.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import hostile

reader = pytest.importorskip("caselog.interchange.reader", reason="importer not on this branch")
validation = pytest.importorskip("caselog.interchange.validation")
errors = pytest.importorskip("caselog.interchange.errors")

TODAY = dt.date(2026, 11, 22)
QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOAK = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TALLY: dict[str, dict[str, int]] = {}


@pytest.fixture(scope="module", autouse=True)
def tally(pytestconfig: pytest.Config) -> Any:
    """At the end of the module, print how many examples each importer saw and how each
    ended (the figures the soak run reports)."""
    yield TALLY
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        for name, counts in sorted(TALLY.items()):
            print(f"\nhostile input: {name}: {sum(counts.values())} examples, {counts}")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile")
    hostile.write_image_folder(path)
    return path


def _count(name: str, outcome: str) -> None:
    TALLY.setdefault(name, {}).setdefault(outcome, 0)
    TALLY[name][outcome] += 1


def check_refusal(error: Exception, file: str = "") -> None:
    """A refusal is a CaseFileError whose every issue says where and what."""
    assert isinstance(error, errors.CaseFileError), repr(error)
    assert error.issues, "a CaseFileError without issues"
    for issue in error.issues:
        assert issue.message.strip(), issue
        if file:
            assert issue.file == file, issue
    assert str(error).strip()


def read_outcome(path: Path, data: bytes) -> Any:
    path.write_bytes(data)
    try:
        return reader.read_case_file(path, today=TODAY)
    except errors.CaseFileError as exc:
        check_refusal(exc, str(path))
        return exc


def _case_file(folder: Path, doc: dict[str, Any], bom: bool) -> None:
    outcome = read_outcome(folder / "case.json", hostile.encode_document(doc, bom=bom))
    _count("read_case_file", "refused" if isinstance(outcome, Exception) else "read")


@QUICK
@given(doc=hostile.mutated_document(), bom=st.booleans())
def test_case_file_importer(folder: Path, doc: dict[str, Any], bom: bool) -> None:
    _case_file(folder, doc, bom)


@pytest.mark.soak
@SOAK
@given(doc=hostile.mutated_document(), bom=st.booleans())
def test_case_file_importer_soak(folder: Path, doc: dict[str, Any], bom: bool) -> None:
    _case_file(folder, doc, bom)


def _raw_bytes(folder: Path, data: bytes) -> None:
    outcome = read_outcome(folder / "raw.json", data)
    _count("read_case_file(bytes)", "refused" if isinstance(outcome, Exception) else "read")


raw_documents = st.one_of(
    st.binary(max_size=400),
    st.builds(
        lambda doc, cut: hostile.encode_document(doc)[:cut],
        hostile.mutated_document(),
        st.integers(0, 5000),
    ),
    st.sampled_from(
        [
            b"",
            b"\xff\xfe",
            b"[" * 100_000,
            b'{"format": "caselog", "version": 1e999}',
            b'{"a": 1, "a": 2}',
            b"1" * 10_000,
            b"null",
            b"[]",
            b'"\\ud800"',
        ]
    ),
)


@QUICK
@given(data=raw_documents)
def test_truncated_and_garbage_files(folder: Path, data: bytes) -> None:
    _raw_bytes(folder, data)


@pytest.mark.soak
@SOAK
@given(data=raw_documents)
def test_truncated_and_garbage_files_soak(folder: Path, data: bytes) -> None:
    _raw_bytes(folder, data)


hostile_event_dicts = st.fixed_dictionaries(
    {
        "kind": st.one_of(
            st.sampled_from(["medication", "lab", "symptom", "note", "imaging"]),
            hostile.hostile_text,
        ),
        "date": hostile.hostile_date,
    },
    optional={
        "drug": hostile.hostile_text,
        "action": st.sampled_from(["start", "stop", "x"]),
        "dose": hostile.hostile_number,
        "value": hostile.hostile_number,
        "test": hostile.hostile_text,
        "text": hostile.hostile_text,
        "name": hostile.hostile_text,
        "notes": hostile.hostile_text,
        "modality": hostile.hostile_text,
        "findings": hostile.hostile_text,
        "ref_low": hostile.hostile_number,
        "images": hostile.hostile_any,
        hostile.NASTY_TEXT[4]: hostile.hostile_any,
    },
)
# events that are well formed but for one hostile text or number, so that forms get
# accepted too (a hostile date or kind alone gets nearly every event refused)
plausible_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=TODAY).map(dt.date.isoformat)
plausible_event_dicts = st.one_of(
    st.fixed_dictionaries(
        {"kind": st.just("note"), "date": plausible_dates, "text": hostile.hostile_text},
        optional={"notes": hostile.hostile_text},
    ),
    st.fixed_dictionaries(
        {
            "kind": st.just("lab"),
            "date": plausible_dates,
            "test": hostile.hostile_text,
            "value": hostile.hostile_number,
        },
        optional={"unit": hostile.hostile_text, "ref_low": hostile.hostile_number},
    ),
    st.fixed_dictionaries(
        {
            "kind": st.just("medication"),
            "date": plausible_dates,
            "drug": hostile.hostile_text,
            "action": st.just("start"),
        },
        optional={"dose": hostile.hostile_number, "dose_unit": hostile.hostile_text},
    ),
)
event_dicts = st.one_of(hostile_event_dicts, plausible_event_dicts)
patient_dicts = st.fixed_dictionaries(
    {"sex": st.one_of(st.sampled_from(["female", "male"]), hostile.hostile_text)},
    optional={
        "age": hostile.hostile_number,
        "birth_date": hostile.hostile_date,
        "name": hostile.hostile_text,
        "mrn": hostile.hostile_text,
        "weight_kg": hostile.hostile_number,
        "height_cm": hostile.hostile_number,
        "kidney": hostile.hostile_any,
        "history": hostile.hostile_any,
    },
)


def _form(name: str, build: Any) -> None:
    try:
        build()
    except errors.ValidationError as exc:
        check_refusal(exc)
        _count(name, "refused")
    else:
        _count(name, "accepted")


def _forms(event: dict[str, Any], patient: dict[str, Any], report: dict[str, Any]) -> None:
    _form("event_from_dict", lambda: validation.event_from_dict(event, today=TODAY))
    _form("patient_from_dict", lambda: validation.patient_from_dict(patient, today=TODAY))
    _form("report_from_dict", lambda: validation.report_from_dict(report))


report_dicts = st.dictionaries(
    st.sampled_from(["introduction", "discussion", "references", "consent", "bogus"]),
    hostile.hostile_any,
    max_size=4,
)


@QUICK
@given(event=event_dicts, patient=patient_dicts, report=report_dicts)
def test_form_validators(
    event: dict[str, Any], patient: dict[str, Any], report: dict[str, Any]
) -> None:
    _forms(event, patient, report)


@pytest.mark.soak
@SOAK
@given(event=event_dicts, patient=patient_dicts, report=report_dicts)
def test_form_validators_soak(
    event: dict[str, Any], patient: dict[str, Any], report: dict[str, Any]
) -> None:
    _forms(event, patient, report)


@pytest.mark.parametrize("name", [p for p in hostile.NASTY_PATHS if p != "ct-initial.png"])
def test_every_bad_image_path_is_refused_with_its_place(folder: Path, name: str) -> None:
    doc = hostile.base_document()
    imaging = next(e for e in doc["cases"][0]["events"] if e["kind"] == "imaging")
    imaging["images"] = [{"path": name}]
    outcome = read_outcome(folder / "case.json", hostile.encode_document(doc))
    if name == "mislabelled.jpg":  # a PNG named .jpg: judged by its content, accepted
        assert not isinstance(outcome, Exception), outcome
        return
    assert isinstance(outcome, errors.CaseFileError), f"{name!r} was accepted"
    assert any("images[0]" in issue.where for issue in outcome.issues), str(outcome)


def test_oversized_images_name_the_limit(folder: Path) -> None:
    for name, limit in (("huge-bytes.png", "25 MiB"), ("bomb.png", "pixels")):
        doc = hostile.base_document()
        imaging = next(e for e in doc["cases"][0]["events"] if e["kind"] == "imaging")
        imaging["images"] = [{"path": name}]
        outcome = read_outcome(folder / "case.json", hostile.encode_document(doc))
        assert isinstance(outcome, errors.CaseFileError)
        assert limit in str(outcome), str(outcome)


# ---- into the store: stored faithfully, or nothing written --------------------------


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from caselog.store.engine import open_store
    from caselog.store.services import files

    with pytest.MonkeyPatch.context() as mp:
        # the property here is the importer; a backup before each of thousands of
        # imports would only slow it down (backups before import: test_store_durability)
        mp.setattr(files, "backup_before", lambda store, reason: None)
        store = open_store(str(tmp_path_factory.mktemp("hostile-store") / "h.db"))
        yield store
        store.close()


def _bare(case: Any) -> Any:
    """A case without what the store assigns (ids, timestamps)."""
    events = [dataclasses.replace(e, id=None) for e in case.events]
    return dataclasses.replace(case, id=None, created_at=None, updated_at=None, events=events)


def _import(folder: Path, store: Any, doc: dict[str, Any]) -> None:
    from caselog.store import services as sv
    from caselog.store.backup import data_signal

    path = folder / "case.json"
    path.write_bytes(hostile.encode_document(doc))
    before = data_signal(store.path)
    try:
        read = reader.read_case_file(path, today=TODAY)
    except errors.CaseFileError:
        read = None
    try:
        created = sv.import_case_file(path, store=store).created
    except errors.CaseFileError as exc:
        check_refusal(exc, str(path))
        assert read is None, "the importer refused what the reader accepted"
        assert data_signal(store.path) == before, "a refused import wrote something"
        _count("import_case_file", "refused, nothing written")
        return
    assert read is not None
    assert len(created) == len(read.cases)
    for (case_id, title), expected in zip(created, read.cases, strict=True):
        stored = sv.get_case(case_id, store=store)
        assert title == expected.title
        assert _bare(stored) == _bare(expected), "the store changed what it was given"
    _count("import_case_file", "stored faithfully")


@QUICK
@given(doc=hostile.mutated_document())
def test_import_stores_faithfully_or_writes_nothing(
    folder: Path, hostile_store: Any, doc: dict[str, Any]
) -> None:
    _import(folder, hostile_store, doc)


@pytest.mark.soak
@SOAK
@given(doc=hostile.mutated_document())
def test_import_stores_faithfully_or_writes_nothing_soak(
    folder: Path, hostile_store: Any, doc: dict[str, Any]
) -> None:
    _import(folder, hostile_store, doc)


search_text = st.one_of(hostile.hostile_text, st.sampled_from(["%", "_", "%_%", "'", '"', ";"]))


@QUICK
@given(text=search_text)
def test_search_never_fails(hostile_store: Any, text: str) -> None:
    from caselog.store import services as sv

    assert isinstance(sv.list_cases(store=hostile_store, text=text, limit=5), list)
    assert sv.count_cases(store=hostile_store, text=text) >= 0
    _count("list_cases(text=...)", "answered")


@pytest.fixture(scope="module")
def search_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from caselog.store import services as sv
    from caselog.store.engine import open_store
    from tests.store.factory import minimal_case

    store = open_store(str(tmp_path_factory.mktemp("search") / "s.db"))
    for title in ["100% sure", "a_b case", "plain", "caf\u00e9 au lait", "O'Brien; said"]:
        sv.create_case(minimal_case(title), store=store)
    yield store
    store.close()


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("%", ["100% sure"]),
        ("_", ["a_b case"]),
        ("'", ["O'Brien; said"]),
        (";", ["O'Brien; said"]),
        ('"', []),
        ("%_%", []),
        ("caf\u00e9", ["caf\u00e9 au lait"]),
    ],
)
def test_search_takes_wildcards_and_quotes_literally(
    search_store: Any, text: str, titles: list[str]
) -> None:
    from caselog.store import services as sv

    assert sorted(c.title for c in sv.list_cases(store=search_store, text=text)) == titles


@pytest.mark.parametrize("text", ["cafe\u0301", "CAFE", "cafe"])
def test_search_ignores_accents_and_normal_form(search_store: Any, text: str) -> None:
    from caselog.store import services as sv

    assert [c.title for c in sv.list_cases(store=search_store, text=text)] == ["caf\u00e9 au lait"]


@pytest.mark.parametrize("value", [2**53 + 1, -(2**60), 10**300])
def test_integers_a_float_cannot_hold_are_refused_not_rounded(folder: Path, value: int) -> None:
    doc = hostile.base_document()
    lab = next(e for e in doc["cases"][0]["events"] if e["kind"] == "lab")
    lab["value"] = value
    outcome = read_outcome(folder / "case.json", hostile.encode_document(doc))
    assert isinstance(outcome, errors.CaseFileError)
    assert "value" in outcome.issues[0].where
