"""The de-identification engine: known identifiers in every written form, Safe Harbor
patterns, what must stay, and the record of what was redacted."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier, age_text, deidentify
from tests.report_helpers import date_forms, load_example

EXAMPLE = load_example()


@pytest.fixture
def engine() -> Deidentifier:
    return Deidentifier(load_example())


@pytest.mark.parametrize("written", date_forms(PartialDate(2024, 6, 5)))
def test_every_written_form_of_a_timeline_date_becomes_its_day(
    engine: Deidentifier, written: str
) -> None:
    # index date 2024-03-04 (first dose): 2024-06-05 is day 93
    out = engine.text(f"CT done {written}, read later.")
    assert out == "CT done day 93, read later."


@pytest.mark.parametrize(
    "written", ["June 5", "5 June", "Jun 5th", "5th of June", "the 5th of June 2024"]
)
def test_day_and_month_without_a_year_is_recognised(engine: Deidentifier, written: str) -> None:
    assert "day 93" in engine.text(f"seen {written}")
    assert "June" not in engine.text(f"seen {written}")


def test_ambiguous_numeric_date_matches_either_reading(engine: Deidentifier) -> None:
    # 2024-03-01 (day -3) written day-first and month-first
    assert engine.text("03/01/2024") == "day \u22123"
    assert engine.text("01/03/2024") == "day \u22123"


def test_month_precision_date_becomes_a_relative_phrase(engine: Deidentifier) -> None:
    # dialysis since 2016-05, index 2024-03-04
    for written in date_forms(PartialDate(2016, 5)):
        out = engine.text(f"on dialysis since {written}")
        assert out == "on dialysis since about 8 years before the index date", written


def test_birth_date_in_any_form_is_a_placeholder(engine: Deidentifier) -> None:
    for written in date_forms(PartialDate(1949, 2, 11)):
        assert engine.text(f"born {written}") == "born [date]", written


def test_unknown_full_dates_are_removed_too(engine: Deidentifier) -> None:
    assert engine.text("letter of 3 January 2019 and 2019-01-03") == ("letter of [date] and [date]")


def test_name_and_its_parts_record_number_and_initials(engine: Deidentifier) -> None:
    text, done = engine.redact(
        "Hanako Testcase (Testcase, Hanako; TESTCASE; H. T.) chart MRN-0048213 / 0048213 / 48213",
        "report.introduction",
    )
    assert "Hanako" not in text and "TESTCASE" not in text.upper()
    assert "0048213" not in text and "48213" not in text and "H. T." not in text
    assert {r.kind for r in done} == {"name", "record number"}
    assert all(r.field == "report.introduction" for r in done)
    assert done[0].original == "Hanako Testcase" and done[0].replacement == "[name]"


def test_accented_spelling_of_the_name_is_found() -> None:
    case = Case(
        title="t",
        patient=Patient(sex="male", age=50, private=PrivateIdentifiers(name="José Müller")),
    )
    assert Deidentifier(case).text("Jose Muller and José Müller") == "[name] and [name]"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("write to jane.doe+x@clinic.example.com please", "email"),
        ("call (555) 123-4567 today", "phone"),
        ("call +1 555 123 4567 today", "phone"),
        ("fax: 555.123.4567", "phone"),
        ("Tel. 0612345678", "phone"),
        ("SSN 123-45-6789", "id number"),
        ("see https://hospital.example.org/patient?id=9 now", "url"),
        ("see www.example.org now", "url"),
        ("from 192.168.10.24 at night", "ip address"),
        ("from fe80::1ff:fe23:4567:890a at night", "ip address"),
        ("hospital number: AB12345", "record number"),
        ("a 93-year-old man", "age"),
        ("aged 95, frail", "age"),
    ],
)
def test_safe_harbor_patterns(engine: Deidentifier, text: str, kind: str) -> None:
    out, done = engine.redact(text)
    assert [r.kind for r in done] == [kind], out
    assert done[0].original not in out


@pytest.mark.parametrize(
    "text",
    [
        "Calcium 8.3 mg/dL (8.5-10.5), 210 mg monthly, 10^3/uL",
        "L2-L3 destruction, T-score -3.1, eGFR 12 mL/min/1.73 m2",
        "N Engl J Med. 2016;375:1532-43. doi:10.1056/NEJMoa1607948",
        "dialysis at 10:30, 3 times a week; PTH 310 pg/mL in 2019",
        "may 5 patients benefit; a 45-year-old woman; aged 60",
    ],
)
def test_clinical_text_is_left_alone(engine: Deidentifier, text: str) -> None:
    assert engine.redact(text) == (text, [])


def test_references_keep_publication_dates_and_urls_but_not_the_patient(
    engine: Deidentifier,
) -> None:
    ref = "Doe J. Title. Cureus. 2023 Jun 5;15(6):e1. https://doi.org/10.1/x Hanako 2024-06-05"
    out = engine.text(ref, "report.references[0]", known_only=True)
    assert out.startswith("Doe J. Title. Cureus. 2023 Jun 5;15(6):e1. https://doi.org/10.1/x")
    assert out.endswith("[name] day 93")


def test_ages_over_89() -> None:
    assert age_text(89) == "89" and age_text(90) == "90 or older" and age_text(104) == "90 or older"
    case = Case(
        title="t",
        patient=Patient(
            sex="female", private=PrivateIdentifiers(birth_date=PartialDate(1930, 1, 2))
        ),
        events=[Event(kind="note", date=PartialDate(2024, 6, 1), text="x")],
    )
    engine = Deidentifier(case)
    assert engine.age() == 94 and engine.age_text() == "90 or older"
    # the birth year gives the age away when it is over 89
    assert engine.text("born in 1930") == "born in [year]"


def test_case_copy_drops_private_fields_and_redacts_every_text() -> None:
    case = load_example()
    case.events[8].notes = "Hanako said it started June 3, 2024."
    case.events[13].images[0].caption = "CT of MRN-0048213"
    clean, redactions = deidentify(case)
    assert clean.patient.private.is_empty()
    assert clean.events[8].notes == "[name] said it started day 91."
    assert clean.events[13].images[0].caption == "CT of [record number]"
    assert clean.events[13].images[0].filename is None
    assert {r.field for r in redactions} == {"events[8].notes", "events[13].images[0].caption"}
    # the original is untouched, dates stay (reports tell them relative to day 0)
    assert case.patient.private.name == "Hanako Testcase"
    assert clean.events[8].date == case.events[8].date
    # authors keep their own e-mail
    assert clean.authors[0].email == "a.example@example.org"


KNOWN_TOKENS = [
    "Hanako Testcase",
    "Hanako",
    "Testcase",
    "MRN-0048213",
    "0048213",
    *date_forms(PartialDate(2024, 6, 5)),
    *date_forms(PartialDate(1949, 2, 11)),
    *date_forms(PartialDate(2016, 5)),
]


@settings(max_examples=300, deadline=None)
@given(
    before=st.text(max_size=30),
    token=st.sampled_from(KNOWN_TOKENS),
    after=st.text(max_size=30),
)
def test_a_known_identifier_between_any_texts_is_removed(
    before: str, token: str, after: str
) -> None:
    engine = Deidentifier(EXAMPLE)
    out, done = engine.redact(f"{before} {token} {after}")
    assert token not in out
    assert done and all(r.original in f"{before} {token} {after}" for r in done)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_redacted_without_error(text: str) -> None:
    out, done = Deidentifier(EXAMPLE).redact(text)
    if not done:
        assert out == text


# -- one recogniser at a time: it fires on the identifier, and only on it ------------------


@pytest.mark.parametrize(
    ("text", "kind", "original"),
    [
        # labelled identifiers
        ("MRN: 00482131 on the chart", "record number", "00482131"),
        ("medical record no. AB-77123", "record number", "AB-77123"),
        ("health plan ID HPB-964017572", "health plan number", "HPB-964017572"),
        ("member ID 8812-4471", "health plan number", "8812-4471"),
        ("policy # 44120938", "health plan number", "44120938"),
        ("account number 2846428926", "account number", "2846428926"),
        ("ACCT 2846428926.", "account number", "2846428926"),
        ("driver's license DL-D71955627", "licence number", "DL-D71955627"),
        ("DEA AB1234563", "licence number", "AB1234563"),
        ("NPI 1234567893", "licence number", "1234567893"),
        ("car plate ZXV-9556 outside", "vehicle identifier", "ZXV-9556"),
        ("plate ABC 1234", "vehicle identifier", "ABC 1234"),
        ("VIN 1HGCM806362246141", "vehicle identifier", "1HGCM806362246141"),
        ("pacemaker serial SN-627-Y373262", "device identifier", "SN-627-Y373262"),
        ("implant ID 7781-22", "device identifier", "7781-22"),
        ("SSN 123-45-6789", "id number", "123-45-6789"),
        ("social security number 123456789", "id number", "123456789"),
        ("fingerprint template FP41341163 on file", "biometric", "FP41341163"),
        ("voiceprint ID VP-118273", "biometric", "VP-118273"),
        ("retinal scan ID 88120413", "biometric", "88120413"),
        ("study subject code KX-03751", "other code", "KX-03751"),
        # shapes with no label
        ("the car 1HGCM806362246141 was towed", "vehicle identifier", "1HGCM806362246141"),
        ("code QZ-1188203 given", "other code", "QZ-1188203"),
        ("number 48213377 given", "other code", "48213377"),
        # network and contact
        ("from 10.59.219.248.", "ip address", "10.59.219.248"),
        ("mail ann@example.org.", "email", "ann@example.org"),
        ("tel 555-123-4567", "phone", "555-123-4567"),
    ],
)
def test_identifier_recognisers(engine: Deidentifier, text: str, kind: str, original: str) -> None:
    out, done = engine.redact(text)
    assert [(r.kind, r.original) for r in done] == [(kind, original)], out
    assert original not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lives at 3539 Harbourview Terrace, Glenhaven, Tamarack County 59296. Phone",
         "Lives at [address]. Phone"),
        ("12 Main St, Springfield, IL 62704", "[address]"),
        ("123 Old Mill Road.", "[address]."),
        ("PO Box 4411", "[address]"),
        ("moved from Tamarack County", "moved from [address]"),
        ("Springfield, IL 62704", "[address]"),
        ("zip code 02139", "zip code [address]"),
        ("she lives in Port Ambrose with", "she lives in [place] with"),
        ("a resident of Eastwick Harbor since", "a resident of [place] since"),
        ("seen in Glenhaven", "seen in [place]"),
        ("admitted to Saint Mary Hospital;", "admitted to [place];"),
    ],
)  # fmt: skip
def test_place_recognisers(engine: Deidentifier, text: str, expected: str) -> None:
    out, done = engine.redact(text)
    assert out == expected
    assert {r.kind for r in done} == {"geographic"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her daughter Mary Smith came", "her daughter [name] came"),
        ("husband John said", "husband [name] said"),
        ("Dr. Jane Roe reviewed the CT", "Dr. [name] reviewed the CT"),
        ("Mrs McAllister-Pike called", "Mrs [name] called"),
        ("seen with Marcellus O'Flannery (daughter).", "seen with [name] (daughter)."),
        ("Mary Smith, her sister, said", "[name], her sister, said"),
        ("patient J.S. was", "patient [initials] was"),
    ],
)
def test_person_recognisers(engine: Deidentifier, text: str, expected: str) -> None:
    out, done = engine.redact(text)
    assert out == expected
    assert {r.kind for r in done} == {"name"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 93-year-old woman", "a woman aged 90 or older"),
        ("An 92 year old man", "A man aged 90 or older"),
        ("The patient, a 103-year-old, said", "The patient, a person aged 90 or older, said"),
        ("93 yo, frail", "aged 90 or older, frail"),
        ("93 years of age", "aged 90 or older"),
        ("aged 95, frail", "aged 90 or older, frail"),
        ("age: 91", "age: 90 or older"),
    ],
)
def test_ages_over_89_read_as_90_or_older(engine: Deidentifier, text: str, expected: str) -> None:
    out, done = engine.redact(text)
    assert out == expected
    assert [r.kind for r in done] == ["age"]


@pytest.mark.parametrize(
    "written",
    ["JUN-30-2022", "Jun/30/2022", "20220630", "died 20220630.", "June 2022", "30-Jun-2022"],
)
def test_unknown_dates_in_every_form_are_removed(engine: Deidentifier, written: str) -> None:
    out, done = engine.redact(written)
    assert "30" not in out and "Jun" not in out
    assert [r.kind for r in done] == ["date"]


@pytest.mark.parametrize(
    "text",
    [
        "Platelets 250000/uL and 150000 /uL; vitamin D 50000 IU weekly; epoetin 10000 units",
        "HbA1c 7.2%, CYP3A4 inhibitor, COVID-19, SARS-CoV-2, IgG4-related disease, HLA-B*5801",
        "CKD stage 5D, day 95, L2-L3, 24-hour urine 1200 mL, Kt/V 1.4",
        "Her husband reported pain. Her daughter, who lives nearby, helped. His son said so.",
        "Seen in clinic and in the ICU; from L1 to L4; transferred from the ED",
        # (a weekday is a date element now: "from Monday" is redacted, tests/test_deid_world.py)
        "moved to Nephrology; seen at Dialysis Unit 3; treated from Day 3",
        "Record reviewed. Plan: stop the drug. Plan 2 weeks. Account for 30% of cases.",
        "Serial CT scans showed regression. Device interrogation was normal.",
        "Vitamin D. Calcium was normal. Hepatitis B. The serology was negative.",
        "Reference range 8.5-10.5. Study drug discontinued. Sample 3 clotted.",
        "Parkinson disease, Crohn disease; ATC M05BX06; LOINC 17861-6; NCT01234567",
        "a 75-year-old woman aged 75; 89 yo; born in 1950; 100 years ago",
    ],
)
def test_recognisers_leave_clinical_text_alone(engine: Deidentifier, text: str) -> None:
    assert engine.redact(text) == (text, [])


def test_citation_markers_are_kept_but_hide_no_identifier(engine: Deidentifier) -> None:
    """A ``[@key]`` marker (docs/case-format.md) names a reference: its key is no username
    and no name; but the patient's own name inside one is still redacted, and free text in
    brackets after an @ is no marker."""
    text = "Warfarin is a risk factor [@nigwekar2018; @2]. MGP needs vitamin K [@Cosman_2016]."
    assert engine.text(text) == text
    name = engine.case.patient.private.name
    assert name is not None
    family = name.split()[-1]
    assert family not in engine.text(f"As before [@{family}2020].")
    assert "12 Elm" not in engine.text("See [@ her nephew at 12 Elm Street, Springfield].")


def test_clinical_words_written_capitalised_are_not_names(engine: Deidentifier) -> None:
    """Over-redaction: a Latin adjective opening a sentence, a protein's name."""
    text = "Tophaceous gout was ruled out. Matrix Gla protein was low."
    assert engine.text(text) == text


def test_each_half_of_a_double_barrelled_name_is_the_patients() -> None:
    """A relative or an e-mail carries one half of "Brâncoveanu-Pop"; a half of three
    letters ("Pop") is also a word, and is redacted only inside the whole name."""

    def engine() -> Deidentifier:
        private = PrivateIdentifiers(name="Aurelia Brâncoveanu-Pop")
        return Deidentifier(Case(title="t", patient=Patient(sex="female", age=31, private=private)))

    assert "brancoveanu" not in engine().text("mail: aurel.brancoveanu la gmail punct com")
    assert "Brâncoveanu" not in engine().text("Sora ei, Maria Brâncoveanu, a sunat.")
    assert engine().text("Brâncoveanu-Pop a fost internată.") == "[name] a fost internată."
    assert engine().text("Pop music at night.") == "Pop music at night."
