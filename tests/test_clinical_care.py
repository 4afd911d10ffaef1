from caselog.clinical import care
from caselog.core.model import Assessment, Consent, HistoryItem, Patient, ReportText
from tests.clinical_cases import case, event, med, symptom


def status(c: object, key: str) -> tuple[str, str]:
    item = next(i for i in care.checklist(c) if i.key == key)  # type: ignore[arg-type]
    return item.status, item.field


def test_thirteen_items_in_order_with_stable_rule_ids() -> None:
    items = care.checklist(case())
    assert [i.number for i in items] == list(range(1, 14))
    assert [i.rule for i in items] == [
        "care.title",
        "care.keywords",
        "care.abstract",
        "care.introduction",
        "care.patient-information",
        "care.clinical-findings",
        "care.timeline",
        "care.diagnostic-assessment",
        "care.therapeutic-intervention",
        "care.follow-up",
        "care.discussion",
        "care.patient-perspective",
        "care.consent",
    ]


def test_an_empty_case_misses_almost_everything() -> None:
    c = case(title="")
    got = {i.key: i.status for i in care.checklist(c)}
    assert got["title"] == "missing"
    assert got["patient-information"] == "partial"  # sex and age are always known
    assert [k for k, s in got.items() if s == "reported"] == []


def test_title_keywords() -> None:
    assert status(case(title="Rash after X: a case report"), "title") == ("reported", "title")
    assert status(case(title="Rash after X"), "title")[0] == "partial"
    assert status(case(title="A case report"), "title")[0] == "partial"
    assert status(case(keywords=["a", "b"]), "keywords")[0] == "reported"
    assert status(case(keywords=["a"]), "keywords")[0] == "partial"
    assert status(case(keywords=list("abcdef")), "keywords")[0] == "partial"


def test_introduction_and_discussion_need_references() -> None:
    c = case(report=ReportText(introduction="Background.", discussion="Why."))
    assert status(c, "introduction") == ("partial", "report.references")
    assert status(c, "discussion") == ("partial", "report.references")
    c.report.references.append("Ref 1.")  # type: ignore[union-attr]
    assert status(c, "introduction")[0] == "reported"
    assert status(c, "discussion") == ("partial", "report.conclusion")
    c.report.conclusion = "Lesson."  # type: ignore[union-attr]
    assert status(c, "discussion")[0] == "reported"


def test_abstract_is_written_from_reaction_outcome_and_conclusion() -> None:
    c = case(report=ReportText(conclusion="Lesson."))
    c.assessment = Assessment(reaction="")
    assert status(c, "abstract") == ("partial", "assessment.reaction")
    c.assessment = Assessment(reaction="rash", outcome="recovered")
    assert status(c, "abstract")[0] == "reported"
    c.report = None
    assert status(c, "abstract") == ("partial", "report.conclusion")


def test_the_drafted_abstract_is_never_missing_and_says_what_it_lacks() -> None:
    [item] = [i for i in care.checklist(case()) if i.key == "abstract"]
    assert item.status == "partial"  # the report drafts one from the timeline
    assert item.note == (
        "the report drafts it, but it lacks a diagnosis, a follow-up, "
        "a conclusion (take-away lesson)"
    )


def test_abstract_of_a_case_that_is_not_a_drug_reaction() -> None:
    c = case(
        event("diagnosis", "2024-02-01", name="calciphylaxis"),
        event("follow_up", "2024-05-01", summary="healed"),
        report=ReportText(conclusion="Lesson."),
    )
    assert status(c, "abstract")[0] == "reported"
    c.events[0].status = "ruled_out"
    assert status(c, "abstract") == ("partial", "timeline")


def test_patient_information_findings_diagnostics_and_intervention() -> None:
    p = Patient(sex="male", age=60, history=[HistoryItem("gout")])
    c = case(symptom("2024-02-01"), patient=p)
    assert status(c, "patient-information")[0] == "reported"
    assert status(c, "clinical-findings")[0] == "partial"
    c.events.append(event("finding", "2024-02-01", name="tender wrist"))
    assert status(c, "clinical-findings")[0] == "reported"
    assert status(c, "diagnostic-assessment")[0] == "missing"
    c.events.append(event("lab", "2024-02-02", test="CRP", value=1.0))
    assert status(c, "diagnostic-assessment")[0] == "partial"
    c.events.append(event("diagnosis", "2024-02-03", name="gout flare", status="ruled_out"))
    assert status(c, "diagnostic-assessment")[0] == "reported"
    assert status(c, "therapeutic-intervention")[0] == "missing"
    c.events.append(med("2024-01-01", "start", route="subcutaneous"))
    c.events.append(med("2024-02-05", "stop"))
    assert status(c, "therapeutic-intervention")[0] == "partial"  # the stop has no reason
    c.events[-1].reason = "rash"
    assert status(c, "therapeutic-intervention")[0] == "reported"


def test_follow_up_perspective_and_consent() -> None:
    c = case()
    assert status(c, "follow-up")[0] == "missing"
    c.events.append(event("follow_up", "2024-05-01", summary="Well."))
    # not a drug reaction (yet): the case's own outcome is asked for
    assert status(c, "follow-up") == ("partial", "outcome.category")
    c.assessment = Assessment(reaction="rash", outcome="recovered")
    assert status(c, "follow-up")[0] == "reported"
    assert status(c, "patient-perspective") == ("missing", "report.patient_perspective")
    c.report = ReportText(patient_perspective="I was relieved.", consent=Consent(obtained=False))
    assert status(c, "patient-perspective")[0] == "reported"
    assert status(c, "consent") == ("missing", "report.consent")
    c.report.consent = Consent(obtained=None, notes="asked by phone")
    assert status(c, "consent")[0] == "partial"
    c.report.consent = Consent(obtained=True)
    assert status(c, "consent")[0] == "reported"


def test_gaps_are_missing_level_findings_with_their_field() -> None:
    found = care.gaps(case(title="Rash", keywords=["a", "b"]))
    assert all(f.level == "missing" and f.field for f in found)
    assert "care.keywords" not in {f.rule for f in found}
    assert "care.title" in {f.rule for f in found}
