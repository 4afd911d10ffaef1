"""The Cureus case-report shape: label, title, authors with numbered affiliations,
corresponding author, abstract, keywords, then the sections (Introduction, Case
Presentation, Discussion, Conclusions), Additional Information with the Disclosures (human
subjects, conflicts of interest, funding) and the numbered references, cited in the text
as [1]."""

from __future__ import annotations

from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from caselog.report.render.base import MUTED, ReportRenderer
from caselog.report.render.text import esc


class CureusRenderer(ReportRenderer):
    shape = "Cureus case report format"

    def front(self) -> list[Flowable]:
        r = self.report
        out: list[Flowable] = [
            Paragraph(esc(r.label.upper()), self.styles["label"]),
            Paragraph(esc(r.title), self.styles["title"]),
        ]
        if r.authors:
            names = []
            for a in r.authors:
                marks = ",".join(str(n) for n in a.affiliations)
                names.append(esc(a.name) + (f"<super>{marks}</super>" if marks else ""))
            out.append(Paragraph(", ".join(names), self.styles["authors"]))
        for n, aff in enumerate(r.affiliations, 1):
            out.append(Paragraph(f"<super>{n}</super>&nbsp;{esc(aff)}", self.styles["small"]))
        if r.correspondence:
            out.append(Spacer(0, 2))
            out.append(
                Paragraph(
                    f"<b>Corresponding author:</b> {esc(r.correspondence)}", self.styles["small"]
                )
            )
        out.append(Spacer(0, 6))
        out.append(HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=4))
        if r.abstract:
            out.append(Paragraph("Abstract", self.styles["h1"]))
            out.append(self.para(r.abstract))
        if r.keywords:
            kw = ", ".join(esc(k) for k in r.keywords)
            out.append(Paragraph(f"<b>Keywords:</b> {kw}", self.styles["small"]))
        out.append(
            HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceBefore=6, spaceAfter=2)
        )
        return out

    def story(self) -> list[Flowable]:
        out = self.front()
        for section in self.report.sections:
            style = "h1" if section.level == 1 else "h2"
            out.append(Paragraph(esc(section.heading), self.styles[style]))
            for b in section.blocks:
                out += self.block(b)
        if self.report.footer:  # as Cureus prints it: Additional Information, before References
            out.append(Paragraph("Additional Information", self.styles["h1"]))
            out.append(Paragraph("Disclosures", self.styles["h2"]))
            for label, text in self.report.footer:
                out.append(Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", self.styles["body"]))
        out += self.references()
        return out
