from caselog.clinical import who_umc
from caselog.core.model import Assessment, Case
from tests.clinical_cases import case, d, event, med, symptom


def _case(who: str, **assessment: object) -> Case:
    c = case(
        med("2024-01-01", "start"),
        symptom("2024-02-15"),
        med("2024-02-20", "stop"),
    )
    c.assessment = Assessment(reaction="rash", who_umc=who, **assessment)  # type: ignore[arg-type]
    return c


def rules(c: Case) -> dict[str, str]:
    return {f.rule: f.level for f in who_umc.hints(c)}


def test_every_category_has_criteria_text() -> None:
    assert [c.key for c in who_umc.CATEGORIES] == [
        "certain",
        "probable",
        "possible",
        "unlikely",
        "conditional",
        "unassessable",
    ]
    assert all(c.criteria and c.label for c in who_umc.CATEGORIES)


def test_certain_without_definitive_finding_or_rechallenge() -> None:
    c = _case("certain", dechallenge="positive", rechallenge="not_done")
    assert rules(c) == {"who_umc.certain-without-definitive": "warning"}
    ok = _case("certain", dechallenge="positive", rechallenge="positive")
    assert rules(ok) == {}
    ok2 = _case("certain", dechallenge="positive", naranjo={"toxic_concentration": "yes"})
    assert rules(ok2) == {"who_umc.naranjo-discordant": "info"}  # a score of 1: 'possible'
    # objective evidence of the event (Naranjo 10) is not definitive (issue 16)
    imaged = _case("certain", dechallenge="positive", naranjo={"objective_evidence": "yes"})
    assert "who_umc.certain-without-definitive" in rules(imaged)


def test_probable_without_positive_dechallenge() -> None:
    assert rules(_case("probable", dechallenge="negative")) == {
        "who_umc.probable-without-dechallenge": "warning"
    }
    assert rules(_case("probable", dechallenge="unknown")) == {
        "who_umc.probable-without-dechallenge": "info"
    }
    assert rules(_case("probable", dechallenge="positive")) == {}


def test_improvement_after_stop_counts_as_a_positive_dechallenge() -> None:
    for recorded in (None, "unknown"):
        c = _case("probable", dechallenge=recorded)
        c.events.append(event("follow_up", "2024-04-01", summary="Rash resolved."))
        assert rules(c) == {}
    negative = _case("probable", dechallenge="negative")
    negative.events.append(event("follow_up", "2024-04-01", summary="Rash resolved."))
    assert rules(negative) == {"who_umc.probable-without-dechallenge": "warning"}


def test_alternative_causes_contradict_probable() -> None:
    c = _case("probable", dechallenge="positive", naranjo={"alternative_causes": "yes"})
    assert rules(c) == {
        "who_umc.alternative-causes": "warning",
        "who_umc.naranjo-discordant": "info",  # a score of -1: 'doubtful'
    }


def test_onset_before_the_drug_contradicts_a_time_relationship() -> None:
    c = _case("possible", onset_date=d("2023-12-01"))
    assert rules(c) == {"who_umc.time-relationship": "warning"}


def test_unlikely_although_onset_follows_closely_and_dechallenge_positive() -> None:
    assert rules(_case("unlikely", dechallenge="positive")) == {
        "who_umc.unlikely-contradicted": "warning"
    }
    assert rules(_case("unlikely", dechallenge="negative")) == {}


def test_possible_that_may_be_probable_is_information() -> None:
    c = _case("possible", dechallenge="positive", naranjo={"alternative_causes": "no"})
    assert rules(c) == {"who_umc.possible-may-be-probable": "info"}
    assert rules(_case("possible", dechallenge="positive")) == {}


def test_no_hints_without_a_category() -> None:
    assert who_umc.hints(case()) == []
    assert rules(_case("conditional")) == {}
    assert rules(_case("unassessable")) == {}
    assert all(f.field == "assessment.who_umc" for f in who_umc.hints(_case("certain")))


def test_certain_with_a_negative_rechallenge_or_no_dechallenge() -> None:
    c = _case("certain", dechallenge="positive", rechallenge="negative")
    assert rules(c) == {
        "who_umc.certain-without-definitive": "warning",
        "who_umc.certain-negative-rechallenge": "warning",
    }
    d2 = _case("certain", rechallenge="positive")
    assert rules(d2) == {"who_umc.certain-without-dechallenge": "info"}
