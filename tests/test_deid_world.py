"""De-identification measured on both sides: the broad leak corpus (identifiers that must
not survive) and the over-redaction corpus (clinical terms that must), by kind; and the
held-out corpus, measured and printed, never tuned on."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
from caselog.privacy.normalize import normalise
from tests.clinical_corpus import ENTRIES, example_terms
from tests.deid_corpus import measure, measure_terms
from tests.heldout_corpus import HELDOUT
from tests.leak_corpus_world import WORLD


def test_world_corpus_leaks_at_most_one_percent(capsys: pytest.CaptureFixture[str]) -> None:
    fig = measure(WORLD)
    with capsys.disabled():
        print("\n" + fig.table("broad leak corpus (tests/leak_corpus_world.py)"))
    assert sum(fig.planted.values()) >= 100 and len(fig.planted) >= 15
    assert fig.leak_rate <= 0.01, fig.table("leaks")


def test_clinical_terms_survive(capsys: pytest.CaptureFixture[str]) -> None:
    notes = measure(ENTRIES)
    example = measure_terms(*example_terms())
    with capsys.disabled():
        print("\n" + notes.table("over-redaction corpus (tests/clinical_corpus.py)"))
        print(example.table("the example case's free text"))
    assert sum(notes.terms.values()) >= 200
    assert notes.keep_rate >= 0.99, notes.table("lost")
    assert example.keep_rate >= 0.99, example.table("lost")


def test_heldout_corpus_is_measured(capsys: pytest.CaptureFixture[str]) -> None:
    fig = measure(HELDOUT)
    with capsys.disabled():
        print("\n" + fig.table("held-out corpus (not tuned on; reported, not asserted)"))
    assert sum(fig.planted.values()) == 60


def _engine(name: str | None = None, mrn: str | None = None) -> Deidentifier:
    return Deidentifier(
        Case(
            title="", patient=Patient(sex="female", private=PrivateIdentifiers(name=name, mrn=mrn))
        )
    )


@pytest.mark.parametrize(
    "written",
    [
        "Qu\u200billfeather",  # zero-width space
        "Quill\u00adfeather",  # soft hyphen
        "Quіllfeather",  # Cyrillic i
        "ＱＵＩＬＬＦＥＡＴＨＥＲ",  # fullwidth
        "Q u i l l f e a t h e r",  # spaced out
        "Quillfeathers",
        "Quillfeather's",
    ],
)
def test_the_patients_name_is_caught_however_disguised(written: str) -> None:
    out, done = _engine("Brigid Quillfeather").redact(f"seen with {written} today")
    assert out == "seen with [name] today", out
    assert done[0].original == written


def test_record_number_with_no_separator() -> None:
    out, _ = _engine(mrn="KX-03751").redact("chart KX03751 and kx 03751")
    assert "03751" not in out


def test_normal_form_maps_back_to_the_original() -> None:
    n = normalise("a Ｊｏ\u200bhn b")
    assert n.text == "a John b"
    assert n.span(2, 6) == (2, 7)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Call 0161 496 0723.", "496"),
        ("Seen on Thursday morning.", "Thursday"),
        ("on her birthday", "birthday"),
        ("admitted on Boxing Day", "Boxing"),
        ("Aufnahme am 3. Februar 2024", "Februar"),
        ("le 17 mars 2024", "mars"),
        ("el 3 de mayo de 2024", "mayo"),
        ("op 12 oktober 2023", "oktober"),
        ("Lindenallee 7b, 04109 Leipzig", "04109"),
        ("Prinsengracht 263-2, 1016 GV Amsterdam", "1016 GV"),
        ("Ballarat VIC 3350", "3350"),
        ("Montreal H2J 2L1", "2L1"),
        ("London SW1A 1AA", "1AA"),
        ("Sherbrooke", "Sherbrooke"),
        ("Dunfermline Renal Unit", "Dunfermline"),
        ("Herr Kuntzsch", "Kuntzsch"),
        ("Dra. Arrieta", "Arrieta"),
        ("known as 'Bobby'", "Bobby"),
        ("a tattoo reading MAGGIE on the forearm", "MAGGIE"),
        ("Wilhelmina, 93, lives alone", "93"),
        ("ninety-two years old", "ninety"),
        ("handle beekeeper_willa", "beekeeper_willa"),
        ("blog willabees.co.uk/diary", "willabees"),
        ("j.doe at mailbox dot org", "mailbox"),
        ("Steuer-ID 27 418 305 962", "305"),
        ("Kennzeichen L-JB 4711", "4711"),
        ("works at Brindlecombe Haulage", "Brindlecombe"),
        ("lives in district 8, street 4, caravan 117", "117"),
        ("House No. 12, Road 5, Sector 7", "Sector 7"),
        ("Plot 23, Block B, Phase 2", "Block B"),
        ("moved to erf 1182 last year", "1182"),
        ("Patient aged (94) lives alone", "94"),
        ("Her mother (97) still drives", "97"),
        ("Pt is a 94F with CKD 4", "94"),
        ("Bed 4: F/93, dialysis", "93"),
        ("seen as 96/M on the ward", "96"),
        ("Seen on National Day 2023 again", "National"),
        ("admitted on Umuganda Day", "Umuganda"),
        ("She attends Green Valley Renal Unit.", "Green"),
        ("Transferred to Klinikum Fulda.", "Fulda"),
        ("John Hope: called back.", "Hope"),
        ("discharged after Heroes Day weekend", "Heroes"),
    ],
)
def test_world_recognisers(text: str, gone: str) -> None:
    out, _ = _engine().redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "MRI showed L2-L3 and C5/C6 stenosis; T12-L1 wedge fracture.",
        "Paget disease, Cushing syndrome, Fanconi syndrome, Alport syndrome.",
        "Henoch-Schönlein purpura; Baker's cyst; Wilson disease; Kimmelstiel-Wilson nodules.",
        "Romosozumab 210 mg monthly; calcium 2.1 mmol/L; PTH 310 pg/mL; eGFR 12 mL/min/1.73m2.",
        "Spiked a 101F fever; temp 99.1F; T 101 F overnight; a 14F catheter.",
        "ST 2 mm depression; block 2 of the trial; phase 2 trial; zone 3 of the acinus.",
        "Dialysis on Day 3; she went to Same Day Emergency Care; Day 14 of the cycle.",
        "Hospital Day 3: afebrile. Post-op day 2, stable.",
        "Discharge Medications: none new.\nHistory of Presenting Complaint: back pain.",
        "Hospital Course: uneventful.\nSocial History - lives alone.",
        "She was seen in the Day Surgery Unit, then the Acute Medical Unit.",
        "She attended the Renal Day Unit for her infusion.",
    ],
)
def test_clinical_prose_is_kept(text: str) -> None:
    assert _engine().redact(text) == (text, [])


def test_a_capitalised_suspicion_is_redacted_by_default_and_listed() -> None:
    engine = _engine()
    clean = engine.text(
        "Moved up to Gnarlwood yesterday, then to the Lounge for review.", "events[0].notes"
    )
    assert "Gnarlwood" not in clean and "Lounge" not in clean
    assert [(s.text, s.redacted) for s in engine.suspicions] == [("Lounge", True)]
    assert engine.suspicions[0].field == "events[0].notes"


@pytest.mark.parametrize("template", ["cureus", "cmaj"])
def test_world_corpus_pdfs_leak_at_most_one_percent(
    tmp_path: Path, template: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from caselog.report import build_report, render_pdf
    from tests.deid_corpus import to_case
    from tests.test_leaks import _pdf_text

    outputs = []
    for i, entry in enumerate(WORLD):
        out = tmp_path / f"{i}.pdf"
        render_pdf(build_report(to_case(entry), template), out)
        outputs.append(_pdf_text(out))
    fig = measure(WORLD, outputs)
    with capsys.disabled():
        print("\n" + fig.table(f"broad leak corpus, {template} PDFs (text and metadata)"))
    assert fig.leak_rate <= 0.01, fig.table("leaks")
