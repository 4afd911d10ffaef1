"""The CMAJ clinical-image shape: title, authors with degrees, one short text, one
Figure 1 with lettered panels, at most five references, and the footer block (competing
interests, consent, affiliations, correspondence)."""

from __future__ import annotations

from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from caselog.report.render.base import MUTED, ReportRenderer
from caselog.report.render.text import esc


class CmajRenderer(ReportRenderer):
    shape = "CMAJ clinical image format"

    def story(self) -> list[Flowable]:
        r = self.report
        out: list[Flowable] = [
            Paragraph(esc(r.label.upper()), self.styles["label"]),
            Paragraph(esc(r.title), self.styles["title"]),
        ]
        if r.authors:
            names = [esc(a.name) + (f" {esc(a.degrees)}" if a.degrees else "") for a in r.authors]
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
            out.append(Spacer(0, 8))
            out.append(HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=4))
            for label, text in r.footer:
                out.append(Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", self.styles["small"]))
        return out
