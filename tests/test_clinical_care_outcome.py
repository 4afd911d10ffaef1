"""CARE item 10 (follow-up and outcomes) for any case, and the report's outcome section
(issue 16 item 6): met by a case that is no drug reaction once its outcome and follow-up are
recorded; printed only when recorded; a drug reaction's category said once."""

from caselog.clinical import care
from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, CaseOutcome
from caselog.report.build import build_report
from tests.clinical_cases import case, event
from tests.report_cases import texts


def item(c: Case, key: str) -> care.CareItem:
    return next(i for i in care.checklist(c) if i.key == key)


def gout() -> Case:
    return case(
        event("diagnosis", "2024-03-01", name="tophaceous gout"),
        event("procedure", "2024-03-05", name="joint aspiration"),
        title="Tophaceous gout of the wrist in a patient on haemodialysis: a case report",
    )


def test_a_case_that_is_no_drug_reaction_meets_item_10_with_its_outcome() -> None:
    c = gout()
    assert item(c, "follow-up").status == "missing"
    assert item(c, "follow-up").field == "outcome.category"
    c.outcome = CaseOutcome(category="recovered")
    assert (item(c, "follow-up").status, item(c, "follow-up").field) == (
        "partial",
        "outcome.follow_up",
    )
    c.outcome = CaseOutcome(
        category="recovered", date=PartialDate(2024, 6, 1), follow_up="No flare at 3 months."
    )
    assert item(c, "follow-up").status == "reported"
    assert not [g for g in care.gaps(c) if g.rule == "care.follow-up"]
    # "unknown" is no outcome
    c.outcome = CaseOutcome(category="unknown", follow_up="Lost to follow-up.")
    assert item(c, "follow-up").status == "partial"


def test_a_drug_reaction_meets_it_with_the_reactions_outcome_and_the_follow_up() -> None:
    c = gout()
    c.assessment = Assessment(reaction="gout flare", outcome="recovering")
    assert item(c, "follow-up").status == "partial"
    c.outcome = CaseOutcome(follow_up="Flare settled on colchicine.")
    assert item(c, "follow-up").status == "reported"


def test_the_report_prints_the_outcome_only_when_recorded() -> None:
    c = gout()
    bare = "\n".join(texts(build_report(c, "cureus")))
    assert "Outcome and follow-up" not in bare and "outcome was recorded" not in bare
    c.outcome = CaseOutcome(
        category="recovered_with_sequelae",
        date=PartialDate(2024, 6, 1),
        follow_up="Wrist stiff but painless at 3 months.",
    )
    for template in ("cureus", "cmaj"):
        report = build_report(c, template)
        printed = "\n".join(texts(report))
        assert (
            "The outcome was recorded as recovered with sequelae at the last follow-up" in printed
        )
        assert "Wrist stiff but painless at 3 months." in printed
    headings = [s.heading for s in build_report(c, "cureus").sections]
    assert "Outcome and follow-up" in headings


def test_a_drug_reactions_category_is_printed_once() -> None:
    c = gout()
    c.assessment = Assessment(reaction="gout flare", outcome="recovering")
    c.outcome = CaseOutcome(date=PartialDate(2024, 6, 1), follow_up="Flare settled.")
    printed = "\n".join(texts(build_report(c, "cureus")))
    assert printed.count("The outcome was recorded as recovering") == 1
    assert "The last follow-up was" in printed and "Flare settled." in printed
