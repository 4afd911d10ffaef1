"""Truth by construction: each drafting function, walked with empty, partial and full cases
and with cases the report was never shaped on, says only what the case records."""

from __future__ import annotations

import copy
import io
import re

import pytest

from caselog.clinical.relative import duration_words
from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, Consent, Event, Patient, ReportText
from caselog.interchange.encode import _PLAIN, assessment_to_dict, report_to_dict
from caselog.interchange.validation import report_from_dict
from caselog.report import abstract, build_report, draft, render_pdf, statements
from caselog.report._context import Context
from tests.report_cases import UNSEEN, prose_of, texts, unrecorded
from tests.report_helpers import load_example, pdf_text

d = PartialDate.parse


def empty() -> Case:
    return Case(title="A case", patient=Patient("female"))


def partial() -> Case:
    """A drug, a symptom, a reaction named and nothing else assessed."""
    return Case(
        title="Partial",
        patient=Patient("male", age=70),
        events=[
            Event(
                "medication", d("2024-01-01"), drug="alendronate", action="start", role="suspect"
            ),  # fmt: skip
            Event("symptom", d("2024-02-01"), name="thigh pain"),
        ],
        assessment=Assessment("atypical femoral fracture"),
    )


CASES = {"empty": empty, "partial": partial, "full": load_example, **UNSEEN}


def ctx_of(case: Case) -> Context:
    return Context.of(case, str(case.patient.age) if case.patient.age else None)


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("template", ["cureus", "cmaj"])
def test_the_report_states_nothing_the_case_does_not_record(name: str, template: str) -> None:
    case = CASES[name]()
    report = build_report(copy.deepcopy(case), template)
    assert unrecorded(report, case) == []


@pytest.mark.parametrize("name", list(CASES))
def test_each_drafting_function_states_nothing_unrecorded(name: str) -> None:
    case = CASES[name]()
    ctx = ctx_of(case)
    said = [draft.patient_paragraph(ctx), abstract.abstract(ctx)]
    said += draft.narrative(ctx) + draft.narrative(ctx, brief=True)
    said += [x for x in (draft.causality(ctx), draft.causality(ctx, brief=True)) if x]
    rt = case.report
    made = (
        statements.consent,
        statements.competing_interests,
        statements.funding,
        statements.ethics,
    )
    said += [make(rt).text for make in made]
    text = " ".join(said)
    a = case.assessment
    answered = a is not None and any(v in ("yes", "no") for v in a.naranjo.values())
    if not answered:
        assert not re.search(r"Naranjo score (?:was|of)|score of \d|doubtful", text)
    if a is None or a.seriousness != []:
        assert "not serious" not in text
    if a is None or a.seriousness is None:
        assert "was serious" not in text
    if not (case.report and case.report.competing_interests):
        assert "None declared" not in text
    if a is None or not a.outcome:
        assert "had recovered" not in text and "outcome was" not in text


def test_no_answers_no_score_and_no_seriousness_said_not_recorded() -> None:
    case = UNSEEN["label_rules_no_answers"]()
    ctx = ctx_of(case)
    cause = draft.causality(ctx)
    assert cause is not None
    assert "no Naranjo question was answered, so no Naranjo score is given" in cause
    assert "Seriousness was not recorded." in cause
    assert draft.causality(ctx, brief=True) is None  # nothing scored: nothing to say briefly
    case.assessment.seriousness = []  # type: ignore[union-attr]
    assert "The reaction was recorded as not serious." in (draft.causality(ctx_of(case)) or "")


def test_statements_only_the_authors_make_print_as_recorded_or_as_a_gap() -> None:
    bare = build_report(UNSEEN["bare_statements"](), "cmaj")
    footer = dict(bare.footer)
    assert footer["Competing interests"].startswith("[Not recorded: competing interests")
    assert footer["Consent"].startswith("[Not recorded: consent")
    assert any(w.startswith("competing interests not recorded") for w in bare.warnings)
    full = build_report(UNSEEN["clinical_image"](), "cmaj")
    footer = dict(full.footer)
    assert footer["Competing interests"] == "None declared."
    assert footer["Funding"] == "No funding was received."
    assert footer["Consent"] == "The authors have obtained patient consent."
    assert not any("not recorded" in w for w in full.warnings if "ethics" not in w)
    cureus = build_report(UNSEEN["clinical_image"](), "cureus")
    assert dict(cureus.footer)["Conflicts of interest"] == "None declared."


def test_consent_is_said_once() -> None:
    case = load_example()
    r = build_report(case, "cureus")
    human = dict(r.footer)["Human subjects"]
    assert human == "Written consent for publication was obtained."
    assert case.report is not None
    case.report.consent = Consent(True, "The patient agreed to share her images.")
    human = dict(build_report(case, "cureus").footer)["Human subjects"]
    assert human == (
        "Informed consent for publication of this case report was obtained from the patient. "
        "The patient agreed to share her images."
    )


def test_a_note_stays_in_its_own_events_sentence() -> None:
    case = load_example()
    drainage = next(e for e in case.events if e.kind == "procedure")
    drainage.notes = "Provided symptomatic relief of back pain."
    stop = next(e for e in case.events if e.action == "stop")
    stop.date = drainage.date  # the stop and the drainage on one day
    narrative = " ".join(draft.narrative(Context.of(case, "75")))
    assert (
        "CT-guided drainage of the epidural collection was performed, which provided symptomatic "
        "relief of back pain." in narrative
    )
    assert "Provided" not in narrative  # never a sentence of its own after the stop


@pytest.mark.parametrize(
    ("test", "specimen", "prose", "row"),
    [
        (
            "Culture of drained fluid",
            "epidural fluid",
            "culture of drained epidural fluid showed no growth",
            "Culture of drained epidural fluid: no growth",
        ),
        ("Fluid culture", "pleural fluid", "pleural fluid culture", "Pleural fluid culture: no"),
        ("Urine culture", "urine", "urine culture showed no growth", "Urine culture: no growth"),
        ("Culture", "blood", "culture (blood) showed no growth", "Culture (blood): no growth"),
    ],
)
def test_a_specimen_the_tests_name_already_names_is_said_once(
    test: str, specimen: str, prose: str, row: str
) -> None:
    case = load_example()
    culture = next(e for e in case.events if e.kind == "lab" and e.value is None)
    culture.test, culture.specimen = test, specimen
    r = build_report(case, "cureus")
    text = " ".join(texts(r))
    assert prose in text
    assert row in text  # the timeline's row
    assert f"({specimen})" not in text or specimen == "blood"


def test_placeholders_never_print_and_are_listed() -> None:
    case = UNSEEN["clinical_image"]()
    for template in ("cureus", "cmaj"):
        r = build_report(copy.deepcopy(case), template)
        body = " ".join(texts(r))
        assert "[name]" not in body and "[record number]" not in body
        assert (
            "he developed painful violaceous plaques on both thighs; he walked with a cane" in body
        )
        assert "chart" not in body
    [figure] = build_report(copy.deepcopy(case), "cmaj").figures()
    assert figure.legend.startswith("Figure 1: X-ray of the thighs and imaging of the skin. (A)")


def test_a_sentence_that_needs_a_placeholder_is_left_out_and_warned() -> None:
    case = load_example()
    # the birth date is "[date]"; "on [date]" can go, a date that is the subject cannot
    case.events[0].notes = "Seen on 1949-02-11 in clinic. 1949-02-11 was confirmed by the registry."
    r = build_report(case, "cureus")
    printed = " ".join(texts(r))
    assert "[date]" not in printed and "1949" not in printed
    assert any("left out a sentence" in w and "[date] was confirmed" in w for w in r.warnings)
    assert not any("Seen on [date]" in w for w in r.warnings)


def test_citations_are_numbered_in_order_and_checked() -> None:
    r = build_report(UNSEEN["clinical_image"](), "cureus")
    intro = r.sections[0].blocks[0]
    assert intro == "Warfarin is a known risk factor for calciphylaxis [1]."
    discussion = next(s for s in r.sections if s.heading == "Discussion").blocks[0]
    assert isinstance(discussion, str) and "matrix Gla protein [1,2]." in discussion
    assert r.references[0].startswith("Nigwekar SU")
    assert r.references[1].startswith("Galloway PA")  # its [@galloway] label is not printed
    assert r.references[2].startswith("Uncited Author")
    assert any("is never cited" in w and "Uncited Author" in w for w in r.warnings)
    case = UNSEEN["clinical_image"]()
    assert case.report is not None
    case.report.introduction = "A claim [@nobody2020]."
    r = build_report(case, "cureus")
    assert r.sections[0].blocks[0] == "A claim [?]."
    assert any("[@nobody2020]" in w for w in r.warnings)
    cmaj = io.BytesIO()
    render_pdf(build_report(UNSEEN["clinical_image"](), "cmaj"), cmaj)
    assert "[1,2]" not in pdf_text(cmaj.getvalue())  # superscript in CMAJ


def test_gout_dual_energy_ct_reads_as_one_sentence() -> None:
    r = build_report(UNSEEN["gout_dect"](), "cureus")
    body = " ".join(prose_of(r))
    assert (
        "dual-energy CT of the right foot showed no urate deposits; tophaceous gout was ruled out."
        in body
    )
    assert body.count("ophaceous gout was ruled out") == 2  # once in the abstract, once after
    assert "hemodialysis was intensified to five sessions a week." in body
    assert "About 4 years before the first dose of febuxostat, uric acid was 9.4 mg/dL" in body
    assert "there was no fever, and pain limited walking" in body
    assert (
        "calcium was 8.3 mg/dL (reference 8.5\u201310.5 mg/dL), C-reactive protein 1.9 mg/dL"
        in body
    )
    assert "intact PTH 540 pg/mL" in body


def test_cmaj_prints_on_one_page_and_says_what_to_cut_when_it_cannot() -> None:
    case = load_example()
    r = build_report(case, "cmaj")
    out = io.BytesIO()
    assert render_pdf(r, out) == 1
    assert not any("runs to" in w for w in r.warnings)
    assert any("have no introduction" in w and "not printed" in w for w in r.warnings)
    assert case.report is not None
    case.report.discussion = "A long discussion of mineral metabolism. " * 60
    long = build_report(case, "cmaj")
    [fit] = [w for w in long.warnings if "runs to" in w]
    assert "CMAJ prints one: cut about" in fit and "paragraph" in fit


def test_cmaj_byline_carries_affiliation_numbers() -> None:
    r = build_report(UNSEEN["clinical_image"](), "cmaj")
    assert [a.affiliations for a in r.authors] == [[1], [2]]
    out = io.BytesIO()
    render_pdf(r, out)
    text = pdf_text(out.getvalue())
    assert re.search(r"B\. Writer MD\s?1\s?,\s?C\. Reader MD PhD\s?2", text), text[:300]
    assert re.search(r"Affiliations: \s?1\s?Division of Nephrology", text)


def test_spelling_follows_the_journal() -> None:
    case = load_example()
    assert case.report is not None
    case.report.discussion = "Hospitalisation was avoided; the tumour centre agreed."
    us = build_report(case, "cureus")
    causality = next(s for s in us.sections if s.heading == "Causality assessment").blocks[0]
    assert isinstance(causality, str) and "hospitalization" in causality
    assert any("Hospitalisation" in w and "US English" in w for w in us.warnings)
    ca = build_report(case, "cmaj")
    assert any("Hospitalisation" in w and "Canadian" in w for w in ca.warnings)
    assert not any("tumour" in w for w in ca.warnings)  # Canadian spelling keeps -our


def test_durations_round_half_up() -> None:
    assert duration_words(d("2020-01"), d("2023-07")) == "about 4 years"  # 42 months
    assert duration_words(d("2020-01"), d("2024-07")) == "about 5 years"  # 54 months


def test_outcome_is_told_at_the_last_follow_up_after_the_improvement() -> None:
    r = build_report(load_example(), "cureus")
    assert r.abstract is not None
    assert "recovered by day" not in r.abstract
    regression = r.abstract.index("Six months after stopping romosozumab, CT")
    assert r.abstract.index("At the last follow-up") > regression


def test_the_abstract_picks_the_imaging_of_the_reaction_and_names_the_drug() -> None:
    case = Case(
        title="Myelopathy",
        patient=Patient("female", age=80),
        events=[
            Event(
                "medication",
                d("2024-01-01"),
                drug="teriparatide",
                action="start",
                role="suspect",
                dose=20,
                dose_unit="ug",
                frequency="daily",
            ),  # fmt: skip
            Event("symptom", d("2024-03-01"), name="weakness of both hands"),
            Event(
                "imaging",
                d("2024-03-02"),
                modality="X-ray",
                region="left wrist",
                findings="Old distal radius fracture.",
            ),  # fmt: skip
            Event(
                "imaging",
                d("2024-03-03"),
                modality="CT",
                region="cervical spine",
                findings="Calcification of the ligamentum flavum at C5/C6 compressing the cord.",
            ),  # fmt: skip
            Event("lab", d("2024-03-02"), test="P1NP", value=98, unit="ug/L", ref_high=60),
            Event("lab", d("2024-03-20"), test="P1NP", value=160, unit="ug/L", ref_high=60),
            Event("lab", d("2024-03-28"), test="P1NP", value=120, unit="ug/L", ref_high=60),
        ],
        assessment=Assessment("cervical myelopathy from ligamentum flavum calcification at C5/C6"),
    )
    text = abstract.abstract(ctx_of(case))
    assert "CT of the cervical spine showed calcification" in text
    assert "wrist" not in text
    assert "teriparatide 20 ug daily" in text
    assert text.count("P1NP") == 1


def test_an_old_file_without_the_new_keys_still_reads_and_the_new_keys_round_trip() -> None:
    assert "seriousness" not in assessment_to_dict(Assessment("r"), _PLAIN)
    assert assessment_to_dict(Assessment("r", seriousness=[]), _PLAIN)["seriousness"] == []
    rt = ReportText(competing_interests="None declared.", funding="None.", ethics="Exempt.")
    raw = report_to_dict(rt, _PLAIN)
    assert raw == {"competing_interests": "None declared.", "funding": "None.", "ethics": "Exempt."}
    assert report_from_dict(raw, where="report") == rt


def test_repeated_doses_and_results_are_all_told() -> None:
    case = UNSEEN["label_rules_no_answers"]()
    narrative = " ".join(draft.narrative(ctx_of(case)))
    assert "A first dose of romosozumab 210 mg subcutaneously was given; 12 further doses" in (
        narrative
    )
    assert "the last on day 365" in narrative
    # 5 January to 20 September: 8 calendar months and 15 of September's 30 days, 8.5,
    # rounded half up (issue 16; day 258 / 30.44 made it 8.48, "about 8")
    assert "About 9 months after the first dose of romosozumab (day 258)" in narrative
    assert "High-sensitivity troponin T was 412 ng/L (reference \u2264 14 ng/L)" in narrative
    same = load_example()
    for e in same.events:
        if e.kind == "lab" and e.test == "Calcium" and e.date == d("2024-05-02"):
            e.value = 9.0  # the same result as four weeks before: told again, not dropped
    told = " ".join(draft.narrative(Context.of(same, "75")))
    # days running of the same tests all within range are one sentence, each day's value kept
    assert "Calcium was within the reference range 4 weeks later (9.0 mg/dL) and on day 59 " in (
        told
    )
    assert "on day 59 (9.0 mg/dL)." in told


def _calcium(date: str, value: float, notes: str | None = None) -> Event:
    return Event(
        "lab", d(date), test="Calcium", value=value, unit="mg/dL", ref_low=8.5, ref_high=10.5,
        notes=notes,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("days", "sentences"),
    [
        # three normal days running: one sentence, every value in it, in order
        (
            [("2024-03-20", 9.2), ("2024-03-27", 9.4), ("2024-04-03", 9.1)],
            [
                "Calcium was within the reference range about 2 weeks later (9.2 mg/dL), on day"
                " 23 (9.4 mg/dL) and on day 30 (9.1 mg/dL)."
            ],
        ),
        # an abnormal day breaks the run: told on its own, with its range
        (
            [("2024-03-20", 9.2), ("2024-03-27", 8.1), ("2024-04-03", 9.1)],
            [
                "calcium (9.2 mg/dL) was within the reference range.",
                "calcium was 8.1 mg/dL (reference 8.5–10.5 mg/dL).",
                "calcium (9.1 mg/dL) was within the reference range.",
            ],
        ),
    ],
)
def test_normal_results_running_are_told_once(
    days: list[tuple[str, float]], sentences: list[str]
) -> None:
    case = load_example()
    case.events = [e for e in case.events if not (e.kind == "lab" and e.test == "Calcium")]
    case.events += [_calcium(day, value) for day, value in days]
    told = " ".join(draft.narrative(Context.of(case, "75")))
    at = [told.find(s) for s in sentences]
    assert all(i >= 0 for i in at), (sentences, told)
    assert at == sorted(at)
    for _, value in days:
        assert told.count(f"{value} mg/dL") == 1


def test_a_normal_result_with_notes_is_told_with_them() -> None:
    case = load_example()
    case.events = [e for e in case.events if not (e.kind == "lab" and e.test == "Calcium")]
    case.events += [
        _calcium("2024-03-20", 9.2),
        _calcium("2024-03-27", 9.4, notes="drawn before dialysis"),
    ]
    told = " ".join(draft.narrative(Context.of(case, "75")))
    assert "drawn before dialysis" in told
    assert "calcium (9.2 mg/dL) was within the reference range." in told


@pytest.mark.parametrize(
    ("note", "said", "never"),
    [
        # the patient: the whole name, or a part of it after a title of the patient's sex
        ("Mr. Sample walked with a cane.", "he walked with a cane", None),
        ("Kenji Sample's wife drove him in.", "the patient's wife drove him in", None),
        ("Sample, Kenji walked in.", "he walked in", None),
        # anyone else, a relative sharing a part of the name included: never "the patient"
        ("He was seen by Dr Marchetti in clinic.", None, "seen by the patient"),
        ("Okonkwo reviewed the films.", None, "the patient reviewed the films"),
        ("His son Taro Sample drove him in.", None, "son the patient"),
        ("Mrs Sample, his wife, drove him in.", None, "the patient, his wife"),
        ("Sample drove him in.", None, "the patient drove him in"),
        ("Kenji drove him in.", None, "the patient drove him in"),
        # a phrase taken out never leaves its appositive hanging
        ("Kenji was seen by Dr Sample, his brother.", None, "seen, his brother"),
    ],
)
def test_only_the_patients_own_name_is_said_as_the_patient(
    note: str, said: str | None, never: str | None
) -> None:
    case = UNSEEN["clinical_image"]()  # Kenji Sample, a man
    symptom = next(e for e in case.events if e.kind == "symptom")
    symptom.notes = note
    body = " ".join(texts(build_report(case, "cureus")))
    if said is not None:
        assert said in body
    if never is not None:
        assert never not in body.lower()
    assert not re.search(r"(?i)sample|marchetti|okonkwo|kenji|taro", body)
