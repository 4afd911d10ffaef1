"""Report rendering against a plain ReportLab document of the same content.

Measured: ``build_report`` + ``render_pdf`` (de-identification, drafting, layout, fonts,
page x of y). Baseline, built in the same run: a ``SimpleDocTemplate`` with the same
paragraphs, tables, images and charts, the same embedded fonts, nothing else. Cases: the
example, and a large generated case (200 events, 6 images, 300 lab values).
Target: within 2x.
"""

from __future__ import annotations

import io
import random
import sys

from PIL import Image as PILImage
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable

from bench.common import Result, best_of_pair
from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Case,
    Event,
    Patient,
    PrivateIdentifiers,
    ReportText,
)
from caselog.core.model import (
    Image as CaseImage,
)
from caselog.interchange.reader import read_case_file
from caselog.paths import resource_path
from caselog.report import build_report, render_pdf
from caselog.report.model import Figure, Report, Table, TrendFigure
from caselog.report.render.chart import day_span, trend_drawing
from caselog.report.render.fonts import SANS, SERIF, register_fonts
from caselog.report.render.text import esc

TARGET = 2.0
EXAMPLE = resource_path("example", "case.json")
TESTS = [
    ("Calcium", "mg/dL", 8.5, 10.5),
    ("Phosphate", "mg/dL", 2.5, 4.5),
    ("PTH, intact", "pg/mL", 15, 65),
    ("Alkaline phosphatase", "U/L", 35, 104),
    ("C-reactive protein", "mg/dL", 0, 0.3),
    ("White blood cells", "10^3/uL", 3.5, 9.0),
    ("Creatinine", "mg/dL", 0.5, 1.1),
    ("Albumin", "g/dL", 3.5, 5.0),
    ("Hemoglobin", "g/dL", 12, 16),
    ("Potassium", "mmol/L", 3.5, 5.1),
]


def _png(seed: int, size: int = 512) -> bytes:
    rng = random.Random(seed)
    im = PILImage.new("L", (size, size))
    im.putdata([(x * y + rng.randrange(40)) % 256 for y in range(size) for x in range(size)])
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def large_case() -> Case:
    """200 events (6 images on 3 imaging events) and 300 lab values over about two years."""
    rng = random.Random(7)
    start = PartialDate(2023, 1, 2)
    events: list[Event] = []
    for n in range(24):
        action = "start" if n == 0 else "dose"
        events.append(
            Event(
                kind="medication",
                date=start.shifted(30 * n),
                drug="romosozumab",
                action=action,
                role="suspect",
                dose=210,
                dose_unit="mg",
                route="subcutaneous",
                frequency="monthly",
            )
        )
    events.append(
        Event(
            kind="medication",
            date=start.shifted(725),
            drug="romosozumab",
            action="stop",
            role="suspect",
        )
    )
    for n in range(3):
        images = [
            CaseImage(
                data=_png(2 * n + k),
                media_type="image/png",
                caption=f"Series {n}, view {k}.",
                panel=chr(ord("A") + 2 * n + k),
                width=512,
                height=512,
            )
            for k in range(2)
        ]
        events.append(
            Event(
                kind="imaging",
                date=start.shifted(100 + 200 * n),
                modality="CT",
                region="lumbar spine",
                findings="Calcification " * 12,
                impression="Stable.",
                images=images,
            )
        )
    kinds = ["symptom", "finding", "procedure", "diagnosis", "follow_up", "note"]
    while len(events) < 200:
        kind = kinds[len(events) % len(kinds)]
        e = Event(
            kind=kind,
            date=start.shifted(rng.randrange(-60, 760)),
            notes="Seen in clinic; stable. " * 3,
        )
        if kind == "note":
            e.text = "Telephone review; no new complaints. " * 2
        elif kind == "follow_up":
            e.summary = "Doing well, no new fractures."
        else:
            e.name = f"{kind} number {len(events)}"
        events.append(e)
    for n in range(30):
        for test, unit, lo, hi in TESTS:
            events.append(
                Event(
                    kind="lab",
                    date=start.shifted(25 * n - 10),
                    test=test,
                    unit=unit,
                    ref_low=lo,
                    ref_high=hi,
                    value=round(rng.uniform(lo * 0.8, hi * 1.2), 1),
                )
            )
    return Case(
        title="A large case: two years of romosozumab on hemodialysis",
        patient=Patient(
            sex="female", age=71, private=PrivateIdentifiers(name="Test Person", mrn="X-1")
        ),
        events=events,
        assessment=Assessment(
            reaction="calcification", naranjo={"after_drug": "yes"}, outcome="recovering"
        ),
        report=ReportText(
            introduction="Introduction. " * 80,
            discussion="Discussion. " * 200,
            references=["Ref."] * 5,
        ),
    )


def plain_document(report: Report, out: io.BytesIO) -> None:
    """The same paragraphs, tables, images and charts in a plain SimpleDocTemplate."""
    register_fonts()
    body = ParagraphStyle("b", fontName=SERIF, fontSize=9.5, leading=13.5)
    cell = ParagraphStyle("c", fontName=SANS, fontSize=7.5, leading=9.5)
    width = LETTER[0] - 144
    story: list[Flowable] = [
        Paragraph(esc(report.title), body),
        Paragraph(esc(report.abstract or ""), body),
    ]
    for section in report.sections:
        story.append(Paragraph(esc(section.heading), body))
        for b in section.blocks:
            if isinstance(b, str):
                story.append(Paragraph(esc(b), body))
            elif isinstance(b, Table):
                rows = [[Paragraph(esc(h), cell) for h in b.header]]
                rows += [[Paragraph(esc(c.text), cell) for c in r] for r in b.rows]
                story.append(
                    RLTable(
                        rows,
                        repeatRows=1,
                        splitInRow=1,
                        colWidths=[w * width for w in b.widths] if b.widths else None,
                    )
                )
            elif isinstance(b, Figure):
                for p in b.panels:
                    story.append(
                        Image(io.BytesIO(p.data), width=200, height=200 * p.height / p.width)
                    )
                story.append(Paragraph(esc(b.legend), cell))
            elif isinstance(b, TrendFigure):
                span = day_span(b.trends, b.exposures)
                story += [trend_drawing(t, b.exposures, width / 2, 160, span) for t in b.trends]
            story.append(Spacer(0, 4))
    story += [Paragraph(esc(r), body) for r in report.references]
    SimpleDocTemplate(out, pagesize=LETTER, invariant=1).build(story)


def _example() -> Case:
    """The synthetic example case (the repository's copy, read by the case-file reader)."""
    return read_case_file(EXAMPLE).cases[0]


def run(quick: bool = False) -> list[Result]:
    repeat = 1 if quick else 3
    example, large = _example(), large_case()
    cases = [
        ("example", example, "cureus"),
        ("example", example, "cmaj"),
        ("large case", large, "cureus"),
    ]
    results = []
    for name, case, template in cases:
        report = build_report(case, template)

        def measured(case: Case = case, template: str = template) -> None:
            render_pdf(build_report(case, template), io.BytesIO(), invariant=True)

        def baseline(report: Report = report) -> None:
            plain_document(report, io.BytesIO())

        seconds, base = best_of_pair(repeat, measured, baseline)
        results.append(Result(f"report: {name} ({template})", seconds, base, TARGET))
    return results


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        print(r.line())
