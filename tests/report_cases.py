"""Cases the report was never shaped on (synthetic): a CMAJ-style clinical image, a
label-rules case whose assessment has no answers, a gout case with dual-energy CT, and a
case with no seriousness and no authors' statements; plus ``unrecorded`` — the sentences a
report must never print unless the case records them."""

from __future__ import annotations

import io
import re

from PIL import Image as PILImage

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    Consent,
    Event,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)
from caselog.report.model import Figure, Report, Table, TrendFigure
from caselog.report.placeholders import PLACEHOLDER
from caselog.report.prose import sentences

d = PartialDate.parse


def png(shade: int = 90, size: tuple[int, int] = (320, 240)) -> Image:
    im = PILImage.new("L", size, shade)
    for x in range(40, 120):
        for y in range(60, 140):
            im.putpixel((x, y), 240)
    out = io.BytesIO()
    im.save(out, "PNG")
    return Image(out.getvalue(), "image/png", width=size[0], height=size[1])


def clinical_image() -> Case:
    """Calciphylaxis on peritoneal dialysis, told as a CMAJ clinical image: two panels, two
    affiliations, cited references, every statement recorded."""
    ulcer, biopsy = png(70), png(150)
    ulcer.caption, ulcer.panel = "Necrotic ulcers of both thighs with livedo.", "A"
    biopsy.caption, biopsy.panel = "Biopsy: medial calcification of small arterioles.", "B"
    return Case(
        title="Calciphylaxis on the Thighs of a Man on Peritoneal Dialysis",
        patient=Patient(
            "male",
            age=58,
            kidney=Kidney("5D", "peritoneal", d("2021-02"), "IgA nephropathy"),
            private=PrivateIdentifiers("Kenji Sample", "H-55120", d("1966-08-09")),
        ),
        authors=[
            Author(
                "B. Writer",
                "MD",
                "Division of Nephrology, North Hospital",
                corresponding=True,
                email="b.writer@example.org",
            ),  # fmt: skip
            Author("C. Reader", "MD PhD", "Department of Pathology, South University"),
        ],
        keywords=["calciphylaxis", "peritoneal dialysis", "warfarin"],
        events=[
            Event(
                "medication",
                d("2024-01-10"),
                drug="warfarin",
                action="start",
                role="suspect",
                dose=3,
                dose_unit="mg",
                route="oral",
                frequency="daily",
                indication="atrial fibrillation",
            ),  # fmt: skip
            Event(
                "symptom",
                d("2024-05-02"),
                name="painful violaceous plaques on both thighs",
                notes="Mr. Sample walked with a cane (chart H-55120).",
            ),  # fmt: skip
            Event("finding", d("2024-05-02"), name="erosive calcified mass on the left thigh"),
            Event(
                "lab",
                d("2024-05-03"),
                test="Phosphate",
                value=7.1,
                unit="mg/dL",
                ref_low=2.5,
                ref_high=4.5,
            ),  # fmt: skip
            Event(
                "lab",
                d("2024-05-03"),
                test="White blood cells",
                value=6.8,
                unit="10^3/uL",
                ref_low=3.5,
                ref_high=9.0,
            ),  # fmt: skip
            Event(
                "imaging",
                d("2024-05-04"),
                modality="X-ray",
                region="thighs",
                findings="Net-like calcification of small vessels.",
                images=[ulcer],
            ),  # fmt: skip
            Event(
                "procedure",
                d("2024-05-06"),
                name="skin biopsy of the left thigh",
                notes="Provided the diagnosis.",
            ),  # fmt: skip
            Event(
                "imaging",
                d("2024-05-06"),
                modality="other",
                region="skin",
                findings="Medial calcification of arterioles.",
                images=[biopsy],
            ),  # fmt: skip
            Event("diagnosis", d("2024-05-08"), name="calciphylaxis"),
            Event(
                "medication",
                d("2024-05-08"),
                drug="warfarin",
                action="stop",
                role="suspect",
                reason="calciphylaxis",
            ),  # fmt: skip
            Event(
                "medication",
                d("2024-05-08"),
                drug="sodium thiosulfate",
                action="start",
                dose=25,
                dose_unit="g",
                route="intravenous",
                frequency="three times weekly",
            ),  # fmt: skip
            Event("follow_up", d("2024-09-01"), summary="Ulcers healing; pain controlled."),
        ],
        assessment=Assessment(
            "calciphylaxis",
            seriousness=["hospitalization"],
            outcome="recovering",
            naranjo={"previous_reports": "yes", "after_drug": "yes", "objective_evidence": "yes"},
            who_umc="probable",
        ),  # fmt: skip
        report=ReportText(
            introduction="Warfarin is a known risk factor for calciphylaxis [@nigwekar2018].",
            discussion=(
                "Vitamin K antagonism impairs matrix Gla protein [@nigwekar2018; @2]. "
                "Warfarin was replaced by apixaban."
            ),
            conclusion="Consider calciphylaxis in a patient on dialysis taking warfarin.",
            references=[
                "Nigwekar SU, Thadhani R, Brandenburg VM. Calciphylaxis. N Engl J Med. "
                "2018;378:1704-14.",
                "[@galloway] Galloway PA, et al. Warfarin and calciphylaxis. 2015.",
                "Uncited Author. A reference nobody cites. 2001.",
            ],
            consent=Consent(True),
            competing_interests="None declared.",
            funding="No funding was received.",
        ),
    )


def label_rules_no_answers() -> Case:
    """Romosozumab past the label: 13 monthly doses (the label allows 12) and a myocardial
    infarction on treatment (the label's warning), with an assessment that names the
    reaction and nothing else (no Naranjo answer, no seriousness, no outcome)."""
    doses = [
        Event("medication", PartialDate(2023 + (m // 12), m % 12 + 1, 5), drug="romosozumab",
              action="dose", role="suspect", dose=210, dose_unit="mg", route="subcutaneous")
        for m in range(13)
    ]  # fmt: skip
    return Case(
        title="Myocardial Infarction During a Long Course of Romosozumab",
        patient=Patient(
            "female",
            age=77,
            kidney=Kidney("3b"),
            history=[HistoryItem("hypertension", d("2010"), True)],
        ),  # fmt: skip
        events=[
            *doses,
            Event(
                "symptom",
                d("2023-09-20"),
                name="chest pain",
                severity="severe",
                notes="Pain at rest, 40 min.",
            ),  # fmt: skip
            Event(
                "lab",
                d("2023-09-20"),
                test="Troponin T, high-sensitivity",
                value=412,
                unit="ng/L",
                ref_high=14,
            ),  # fmt: skip
            Event("diagnosis", d("2023-09-20"), name="non-ST-elevation myocardial infarction"),
            Event("procedure", d("2023-09-21"), name="coronary angiography"),
        ],
        assessment=Assessment("myocardial infarction"),
    )


def gout_dect() -> Case:
    """Gout suspected on dialysis: dual-energy CT rules out tophi; labs grouped by day; an
    event years before day 0; notes typed as fragments."""
    return Case(
        title="Erosive Arthritis on Hemodialysis Without Urate Deposits",
        patient=Patient(
            "male",
            age=67,
            kidney=Kidney("5D", "hemodialysis", d("2019-06")),
            private=PrivateIdentifiers("Ichiro Example", "MR-7", d("1957-01-02")),
        ),  # fmt: skip
        index_date=d("2024-04-01"),
        events=[
            Event(
                "lab",
                d("2020-01-01"),
                test="Uric acid",
                value=9.4,
                unit="mg/dL",
                ref_low=3.5,
                ref_high=7.2,
            ),  # fmt: skip
            Event(
                "medication",
                d("2024-04-01"),
                drug="febuxostat",
                action="start",
                role="suspect",
                dose=10,
                dose_unit="mg",
                route="oral",
                frequency="daily",
                indication="hyperuricemia",
            ),  # fmt: skip
            Event(
                "symptom",
                d("2024-05-20"),
                name="swelling of the right first toe",
                notes="No fever. Pain limited walking.",
            ),  # fmt: skip
            Event(
                "lab",
                d("2024-05-21"),
                test="Calcium",
                value=8.3,
                unit="mg/dL",
                ref_low=8.5,
                ref_high=10.5,
            ),  # fmt: skip
            Event(
                "lab",
                d("2024-05-21"),
                test="C-reactive protein",
                value=1.9,
                unit="mg/dL",
                ref_low=0,
                ref_high=0.3,
            ),  # fmt: skip
            Event(
                "lab",
                d("2024-05-21"),
                test="PTH, intact",
                value=540,
                unit="pg/mL",
                ref_low=15,
                ref_high=65,
            ),  # fmt: skip
            Event(
                "imaging",
                d("2024-05-22"),
                modality="CT",
                region="right foot",
                findings="Dual-energy CT: no urate deposits.",
                impression="Tophaceous gout ruled out.",
            ),  # fmt: skip
            Event("diagnosis", d("2024-05-22"), name="tophaceous gout", status="ruled_out"),
            Event(
                "procedure",
                d("2024-05-25"),
                name="Hemodialysis intensified to five sessions a week",
            ),  # fmt: skip
            Event("follow_up", d("2024-08-01"), summary="Asymptomatic."),
        ],
        assessment=Assessment(
            "erosive arthritis",
            seriousness=[],
            outcome="recovered",
            naranjo={"after_drug": "yes", "alternative_causes": "no"},
        ),  # fmt: skip
    )


def bare_statements() -> Case:
    """No seriousness, no outcome, no consent, no competing interests, funding or ethics."""
    return Case(
        title="Hypocalcemia After Denosumab",
        patient=Patient("female", age=81, kidney=Kidney("4")),
        events=[
            Event(
                "medication",
                d("2024-01-05"),
                drug="denosumab",
                action="dose",
                role="suspect",
                dose=60,
                dose_unit="mg",
                route="subcutaneous",
            ),  # fmt: skip
            Event(
                "lab",
                d("2024-01-19"),
                test="Calcium",
                value=6.9,
                unit="mg/dL",
                ref_low=8.5,
                ref_high=10.5,
            ),  # fmt: skip
        ],
        assessment=Assessment(
            "symptomatic hypocalcemia", naranjo={"after_drug": "unknown"}
        ),  # fmt: skip
        report=ReportText(introduction="Denosumab lowers serum calcium."),
    )


UNSEEN = {
    "clinical_image": clinical_image,
    "label_rules_no_answers": label_rules_no_answers,
    "gout_dect": gout_dect,
    "bare_statements": bare_statements,
}


def texts(report: Report) -> list[str]:
    """Every printed text of the report (``Report.texts`` and the trend charts' labels)."""
    out = list(report.texts())
    for f in report.figures():
        if isinstance(f, Figure):
            out += [p.caption or "" for p in f.panels]
        elif isinstance(f, TrendFigure):
            out += [t.test for t in f.trends] + [x.drug for x in f.exposures]
    return out


def prose_of(report: Report) -> list[str]:
    """The running text (abstract and paragraphs), not the tables."""
    out = [report.abstract or ""]
    out += [b for s in report.sections for b in s.blocks if isinstance(b, str)]
    return [t for t in out if t]


def unrecorded(report: Report, case: Case) -> list[str]:
    """The sentences of ``report`` that assert what ``case`` does not record, or that an
    editor sends back; empty when the report says only what was recorded."""
    problems: list[str] = []
    a, rt = case.assessment, case.report
    every = texts(report)
    whole = "\n".join(every)
    answered = a is not None and any(v in ("yes", "no") for v in a.naranjo.values())
    rules: list[tuple[bool, str, str]] = [
        (not answered, r"Naranjo score was|score of \d+", "a Naranjo score nobody gave"),
        (not answered, r"\bdoubtful\b", "a Naranjo band nobody gave"),
        (a is None or a.seriousness != [], r"\bnot serious\b", "'not serious' unrecorded"),
        (a is None or not a.seriousness, r"\bwas serious\b", "'serious' unrecorded"),
        (not (rt and rt.competing_interests), r"None declared", "competing interests invented"),
        (not (rt and rt.funding), r"[Nn]o funding", "funding invented"),
        (
            not (rt and rt.consent and rt.consent.obtained),
            r"consent (?:for publication )?(?:was|has been|have) obtained|obtained patient consent",
            "consent invented",
        ),
        (a is None or a.outcome is None, r"had recovered|was recovering", "outcome invented"),
        (True, PLACEHOLDER.pattern, "a de-identification placeholder prints"),
        (True, r"\d \d+\u00b3|\d 10[\u00b2\u00b3\u2076\u2079]", "a power of ten as a unit"),
    ]
    for applies, pattern, why in rules:
        if applies:
            for m in re.finditer(pattern, whole):
                problems.append(f"{why}: ...{whole[max(0, m.start() - 40) : m.end() + 20]}...")
    for t in prose_of(report):
        for pattern, why in [
            (r"\b[Dd]ay [\u2212-]\d", "a negative day count in prose"),
            (r"Impression:", "an impression pasted, not told"),
            (r"laboratory results were", "results as a list, not a sentence"),
            (
                r"\b\w+(?:ied|ed) (?:to|by|from|with) [^.;,]* was performed",
                "a verb, then 'was performed'",
            ),
            (
                r"showed [a-z]+ [a-z]+ (?:mass|lesion|nodule|ulcer)\b",
                "a count noun without article",
            ),
        ]:
            if re.search(pattern, t):
                problems.append(f"{why}: {t[:120]}")
    if report.template == "cureus" and re.search(r"\b\w+isation\b|\b\w+aemia\b", whole):
        problems.append("British spelling in a US-spelled report")
    # no sentence twice in the abstract, nor twice in the body (the gaps aside)
    parts = [[report.abstract or ""], prose_of(report)[1:] if report.abstract else prose_of(report)]
    for part in parts:
        seen: set[str] = set()
        for t in part:
            for s in sentences(t):
                key = re.sub(r"\W+", " ", s.casefold()).strip()
                if len(key.split()) > 3 and key in seen and not s.startswith("["):
                    problems.append(f"said twice: {s}")
                seen.add(key)
    return problems


__all__ = ["UNSEEN", "Table", "png", "prose_of", "texts", "unrecorded"]
