"""The WHO-UMC hints of issue 16 (item 4), each where it must fire and where it must not."""

from caselog.clinical import who_umc
from caselog.core.model import Assessment, Case, Event, Kidney, Patient
from tests.clinical_cases import case, event, load_example, med, symptom

ALL_NO = {  # a Naranjo set that scores 7 ('probable') with alternative causes answered no
    "previous_reports": "yes",
    "after_drug": "yes",
    "improved_on_stop": "yes",
    "alternative_causes": "no",
    "objective_evidence": "yes",
}


def _case(who: str | None, reaction: str = "rash", **assessment: object) -> Case:
    c = case(med("2024-01-01", "start"), symptom("2024-02-15"), med("2024-02-20", "stop"))
    c.assessment = Assessment(reaction=reaction, who_umc=who, **assessment)  # type: ignore[arg-type]
    return c


def rules(c: Case) -> dict[str, str]:
    return {f.rule: f.level for f in who_umc.hints(c)}


def test_objective_evidence_alone_is_not_definitive_for_certain() -> None:
    c = _case("certain", dechallenge="positive", naranjo=dict(ALL_NO))
    got = who_umc.hints(c)
    (f,) = [h for h in got if h.rule == "who_umc.certain-without-definitive"]
    assert f.level == "warning" and "Naranjo question 10" in f.message
    ok = _case("certain", dechallenge="positive", rechallenge="positive", naranjo=dict(ALL_NO))
    assert "who_umc.certain-without-definitive" not in rules(ok)
    toxic = _case("certain", dechallenge="positive",
                  naranjo={**ALL_NO, "toxic_concentration": "yes"})  # fmt: skip
    assert "who_umc.certain-without-definitive" not in rules(toxic)


def test_alternative_causes_dont_know_under_certain_or_probable() -> None:
    answers = {**ALL_NO, "alternative_causes": "unknown", "reappeared_on_readministration": "yes"}
    probable = _case("probable", dechallenge="positive", naranjo=answers)
    assert rules(probable)["who_umc.alternative-causes-unknown"] == "info"
    certain = _case("certain", dechallenge="positive", rechallenge="positive", naranjo=answers)
    assert rules(certain)["who_umc.alternative-causes-unknown"] == "warning"
    # silent: answered no; not answered at all (WHO-UMC without Naranjo); under 'possible'
    assert "who_umc.alternative-causes-unknown" not in rules(
        _case("probable", dechallenge="positive", naranjo=dict(ALL_NO))
    )
    assert rules(_case("probable", dechallenge="positive")) == {}
    assert "who_umc.alternative-causes-unknown" not in rules(
        _case("possible", naranjo={**ALL_NO, "alternative_causes": "unknown"})
    )


def test_probable_beside_a_naranjo_possible_is_queried() -> None:
    for total_answers in (
        {"after_drug": "yes", "improved_on_stop": "yes", "previous_reports": "yes"},  # 4
        {"after_drug": "yes"},  # 2
    ):
        c = _case("probable", dechallenge="positive", naranjo=total_answers)
        assert rules(c) == {"who_umc.naranjo-discordant": "info"}
    (f,) = who_umc.hints(_case("probable", dechallenge="positive", naranjo={"after_drug": "yes"}))
    assert "Naranjo score of 2 ('possible')" in f.message and "5 to 8" in f.message
    # concordant, or no score to compare (nothing answered yes or no)
    assert rules(_case("probable", dechallenge="positive", naranjo=dict(ALL_NO))) == {}
    assert rules(_case("possible", naranjo={"after_drug": "yes"})) == {}
    assert rules(_case("probable", dechallenge="positive",
                       naranjo={"after_drug": "unknown"})) == {}  # fmt: skip


def _ckd_mbd(who: str, reaction: str, *labs: Event) -> Case:
    c = case(
        *labs,
        med("2024-03-04", "start"),
        symptom("2024-06-03", "back pain"),
        med("2024-06-06", "stop"),
        patient=Patient(
            sex="female", age=75, kidney=Kidney(ckd_stage="5D", dialysis="hemodialysis")
        ),
    )
    c.assessment = Assessment(reaction, who_umc=who, dechallenge="positive", rechallenge="positive")
    return c


def _pth(date: str, value: float) -> Event:
    return event(
        "lab", date, test="PTH, intact", value=value, unit="pg/mL", ref_low=15, ref_high=65
    )


def _phos(date: str, value: float, **more: object) -> Event:
    more.setdefault("ref_low", 2.5)
    more.setdefault("ref_high", 4.5)
    return event("lab", date, test="Phosphate", value=value, unit="mg/dL", **more)


def test_a_mineral_disease_cause_is_raised_under_certain() -> None:
    pth, phos = _pth("2024-03-01", 310), _phos("2024-03-01", 5.2)
    c = _ckd_mbd("certain", "epidural calcification", pth, phos)
    (f,) = [h for h in who_umc.hints(c) if h.rule == "who_umc.certain-disease-cause"]
    assert f.level == "warning" and f.event_ids == [phos.id, pth.id]
    assert "CKD-mineral and bone disorder (on hemodialysis)" in f.message
    assert "Phosphate 5.2 mg/dL (above its upper limit, 4.5)" in f.message
    assert "KDIGO" in f.source
    # the catalogue's range applies when the result carries none (phosphate 4.5 mg/dL)
    bare = _ckd_mbd("certain", "vertebral fracture", _phos("2024-03-01", 5.0, ref_low=None,
                                                           ref_high=None))  # fmt: skip
    assert "who_umc.certain-disease-cause" in rules(bare)


def test_the_mineral_disease_cause_is_silent_where_it_must_be() -> None:
    high = (_pth("2024-03-01", 310), _phos("2024-03-01", 5.2))
    silent = [
        _ckd_mbd("probable", "epidural calcification", *high),  # only under certain
        _ckd_mbd("certain", "maculopapular rash", *high),  # not a cause of a rash
        _ckd_mbd(
            "certain", "epidural calcification", _pth("2024-03-01", 60), _phos("2024-03-01", 4.1)
        ),  # in range  # fmt: skip
        # high only after the onset; the latest before it is in range
        _ckd_mbd(
            "certain", "epidural calcification", _phos("2024-02-01", 4.0), _phos("2024-06-10", 6.0)
        ),  # fmt: skip
        # high long ago, normal since
        _ckd_mbd(
            "certain", "epidural calcification", _phos("2023-01-01", 6.2), _phos("2024-03-01", 4.0)
        ),  # fmt: skip
    ]
    for c in silent:
        assert "who_umc.certain-disease-cause" not in rules(c)


def test_the_example_marked_certain_raises_its_ckd_mbd() -> None:
    c = load_example()
    assert c.assessment is not None
    c.assessment.who_umc = "certain"
    got = rules(c)
    assert got["who_umc.certain-disease-cause"] == "warning"
    assert got["who_umc.certain-without-definitive"] == "warning"  # imaging is not definitive


def test_causality_not_assessed() -> None:
    (f,) = who_umc.hints(_case(None))
    assert (f.rule, f.level, f.field) == ("who_umc.not-assessed", "info", "assessment.who_umc")
    assert rules(_case(None, naranjo={"after_drug": "unknown"})) == {}  # a Naranjo answer
    assert "who_umc.not-assessed" not in rules(_case("unassessable"))
    assert who_umc.hints(case(med("2024-01-01", "start"))) == []  # no reaction under assessment
