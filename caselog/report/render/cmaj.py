"""The CMAJ clinical-image shape, on one page: title, authors with degrees and numbered
affiliations, one short text, one Figure 1 with lettered panels and one legend, at most
five references (cited as superscript numbers), and the footer block (competing
interests, consent, affiliations, correspondence).

``fit`` lays the report out and says what to cut when it runs past its page.
"""

from __future__ import annotations

import io
import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from caselog.figures import panels as layout
from caselog.report.model import Block, Figure, Report
from caselog.report.render.base import MUTED, ReportRenderer
from caselog.report.render.flowables import panel_rows
from caselog.report.render.text import esc

FIGURE_HEIGHT = layout.CMAJ_PANEL_HEIGHT  # the panels' height: one page holds figure and text
_CITATION = re.compile(r" ?\[(\d[\d,\-]*)\]")


def superscript_citations(markup: str) -> str:
    """``text [1,2].`` -> ``text<super>1,2</super>.`` (CMAJ cites in superscript)."""
    return _CITATION.sub(lambda m: f"<super>{m.group(1)}</super>", markup)


class CmajRenderer(ReportRenderer):
    shape = "CMAJ clinical image format"
    margin = 15 * mm

    def make_styles(self) -> dict[str, ParagraphStyle]:
        """Tighter than a manuscript: the journal prints a clinical image on one page."""
        styles = super().make_styles()
        styles["body"] = ParagraphStyle(
            "body", parent=styles["body"], fontSize=9, leading=11.6, spaceAfter=3
        )
        styles["title"] = ParagraphStyle(
            "title", parent=styles["title"], fontSize=15, leading=18, spaceAfter=6
        )
        styles["ref"] = ParagraphStyle("ref", parent=styles["ref"], fontSize=8, leading=10)
        styles["small"] = ParagraphStyle(
            "small", parent=styles["small"], fontSize=7.5, leading=9.5, spaceAfter=1
        )
        styles["h1"] = ParagraphStyle(
            "h1", parent=styles["h1"], fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2
        )
        return styles

    def __init__(self, report: Report, *, invariant: bool = False) -> None:
        super().__init__(report, invariant=invariant)
        self.pages_of: list[tuple[int, str]] = []  # (page, text) of each paragraph laid out

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(superscript_citations(esc(text)), self.styles[style])

    def block(self, b: Block) -> list[Flowable]:
        if isinstance(b, Figure):
            legend = [f"<b>Figure {b.number}:</b> {esc(b.title)}"]
            for p in b.panels:
                if p.caption:
                    legend.append(
                        f"({esc(p.label)}) {esc(p.caption)}" if p.label else esc(p.caption)
                    )
            grid = panel_rows(b.panels, self.width, max_height=FIGURE_HEIGHT)
            caption = Paragraph(" ".join(legend), self.styles["caption"])
            return [KeepTogether([grid, Spacer(0, 4), caption])]
        return super().block(b)

    def story(self) -> list[Flowable]:
        r = self.report
        out: list[Flowable] = [
            Paragraph(esc(r.label.upper()), self.styles["label"]),
            Paragraph(esc(r.title), self.styles["title"]),
        ]
        if r.authors:
            many = len(r.affiliations) > 1
            names = []
            for a in r.authors:
                name = esc(a.name) + (f" {esc(a.degrees)}" if a.degrees else "")
                if many and a.affiliations:
                    name += f"<super>{','.join(str(n) for n in a.affiliations)}</super>"
                names.append(name)
            out.append(Paragraph(", ".join(names), self.styles["authors"]))
        out.append(
            HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceBefore=2, spaceAfter=8)
        )
        for section in r.sections:
            if section.heading:
                out.append(Paragraph(esc(section.heading), self.styles["h2"]))
            for b in section.blocks:
                out += self.block(b)
        out += self.references()
        if r.footer:
            out.append(Spacer(0, 3))
            out.append(HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=3))
            notes = []  # one run-on block in small type, as CMAJ prints it
            for label, text in r.footer:
                body = esc(text)
                if label == "Affiliations" and len(r.affiliations) > 1:
                    body = "; ".join(
                        f"<super>{n}</super>{esc(a)}" for n, a in enumerate(r.affiliations, 1)
                    )
                notes.append(f"<b>{esc(label)}:</b> {body}")
            out.append(Paragraph("&nbsp;&nbsp; ".join(notes), self.styles["small"]))
        return out

    def after_flowable(self, doc: BaseDocTemplate, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph):
            self.pages_of.append((doc.page, flowable.getPlainText()))


def fit(report: Report) -> list[str]:
    """Lay ``report`` out; when it runs past one page, say how many words are over and
    where the words are, so the author knows what to cut (nothing is cut here)."""
    renderer = CmajRenderer(report, invariant=True)
    pages = renderer.render(io.BytesIO())
    if pages <= 1:
        return []
    over = sum(len(text.split()) for page, text in renderer.pages_of if page > 1)
    sizes = [f"{name} {len(text.split())} words" for name, text in _parts(report) if text]
    return [
        f"the clinical image runs to {pages} pages; CMAJ prints one: cut about {over} words "
        f"or a panel ({'; '.join(sizes)})"
    ]


def _parts(report: Report) -> list[tuple[str, str]]:
    """The running text's paragraphs, each named by its opening words."""
    texts = [b for s in report.sections for b in s.blocks if isinstance(b, str)]
    return [(f"paragraph {n} ({' '.join(t.split()[:4])}...)", t) for n, t in enumerate(texts, 1)]
