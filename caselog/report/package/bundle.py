"""``build_package``: one de-identified ``Report`` (and the cases it was built from, for
the CARE checklist) in, the files of a submission package out, in memory; ``zip_bytes``
packs them. Nothing here touches the disk: the service writes the zip in one move."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field

from caselog.clinical.care import checklist
from caselog.core.model import Case, Reference
from caselog.references.ris_out import to_ris
from caselog.report.model import Report
from caselog.report.package import care_sheet, letters, words
from caselog.report.package.pdf import document_pdf, laid_out
from caselog.report.references import as_printed
from caselog.report.render.docx_figures import FigureImage, figure_image
from caselog.report.render.docx_render import DOCX_RENDERERS, DocumentDocx, render_docx

ZIP_DATE = (2000, 1, 1, 0, 0, 0)  # every member's date: the package says nothing of when
CARE_FOOT = "CARE checklist for the manuscript; de-identified"


@dataclass
class Package:
    files: list[tuple[str, bytes]]
    warnings: list[str] = field(default_factory=list)
    counts: list[words.Count] = field(default_factory=list)
    care: list[care_sheet.Coverage] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.files]


def _docx(
    report: Report,
    *,
    foot: str | None = None,
    invariant: bool,
    images: dict[int, FigureImage] | None = None,
) -> bytes:
    out = io.BytesIO()
    if foot is None:
        render_docx(report, out, invariant=invariant, images=images)
    else:
        DocumentDocx(report, foot=foot, invariant=invariant).render(out)
    return out.getvalue()


def build_package(
    report: Report,
    cases: Sequence[Case],
    *,
    invariant: bool = False,
    references: Sequence[Reference] = (),
) -> Package:
    """The package of ``report`` (built from ``cases``; several for a series);
    ``references``: the de-identified case's, for the RIS file's fields (``as_printed``)."""
    laid = laid_out(report, invariant=invariant)
    width = DOCX_RENDERERS[report.template](report).width
    figures = {f.number: figure_image(f, width, report.template) for f in report.figures()}
    items = checklist(cases[0]) if len(cases) == 1 else care_sheet.series_items(cases, report)
    care = care_sheet.coverage(items, report, laid)
    care_report = care_sheet.checklist_report(report, care)
    title = letters.title_page(report)
    letter = letters.cover_letter(report, figures=len(figures))
    files = [
        ("manuscript.docx", _docx(report, invariant=invariant, images=figures)),
        ("manuscript.pdf", laid.pdf),
        ("title-page.docx", _docx(title, foot="Title page; de-identified", invariant=invariant)),
        ("cover-letter.docx", _docx(letter, foot="Cover letter", invariant=invariant)),
        ("care-checklist.pdf", document_pdf(care_report, CARE_FOOT, invariant=invariant)),
        ("care-checklist.docx", _docx(care_report, foot=CARE_FOOT, invariant=invariant)),
    ]
    files += [(f"figure-{n}.png", image.png) for n, image in figures.items()]
    if report.references:
        records = as_printed(list(references), report.template, report.references)
        files.append(("references.ris", to_ris(records).encode("utf-8")))
    notes = list(report.warnings) + words.warnings(report)
    for what in ("funding", "competing interests"):
        said = any(w.startswith(f"{what} not recorded") for w in report.warnings)
        if letters.is_gap(letters.statement(report, what)) and not said:
            note = f"{what} not recorded: the title page and cover letter print a gap to fill"
            notes.append(note)
    return Package(files, notes, words.counts(report), care)


def zip_bytes(package: Package, *, stamp: tuple[int, int, int, int, int, int] = ZIP_DATE) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in package.files:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16  # patient-adjacent: the user's alone
            z.writestr(info, data)
    return out.getvalue()
