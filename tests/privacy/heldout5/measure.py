"""Measure de-identification on ``tests/privacy/heldout5`` through the real output paths.

The text is measured as heldout4 measures its corpus, by heldout4's own code
(``tests/privacy/heldout4/measure.py``, given this corpus's records, title and described
words): each patient (and the clinical prose of ``TERM_NOTES``) a stored case whose notes
are events, history and case presentation; two series; then ``caselog export --anonymise
--accept-redactions`` and ``caselog report --template cureus|cmaj|series
--accept-redactions``, the PDFs read by pdftotext with their document info and XMP.
Identifiers are counted by Safe Harbor kind, clinical terms by category, ordinary words by
language.

The images (``images.py``) are measured apart, one case an image, imported by ``caselog
import`` from a case file on disk as a user would: each planted name's words (four letters
or more) are looked for in every byte, as UTF-8, Latin-1 and UTF-16 (either order), in any
case, with and without accents, also inside every zlib stream that inflates (PNG text and
profile chunks, PDF streams), in

- ``stored``: the image as the store holds it (what every later output starts from);
- ``case file``: every file ``export --anonymise`` writes (the JSON, the image files and
  their names);
- ``cureus``, ``cmaj``: the PDF file itself, its text and metadata, and every image
  ``pdfimages -all`` extracts from it.

For the image whose name is burned into its pixels (a ``redact`` box over most of it), the
pixels where the letters are must be dark in the exported image and in every image the PDF
holds: a box drawn over the figure that leaves the pixels under it in the file is a leak,
and so are letters the box does not cover (an output refused, naming the marks, is not).

``python -m tests.privacy.heldout5.measure [-v]`` prints every figure (``--pdf N``: the
text PDFs of the first N records only).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.privacy.heldout4 import measure as h4
from tests.privacy.heldout4.measure import Figures, Outputs, pdf_text
from tests.privacy.heldout5.corpus import DESCRIBED, HELDOUT5, TERM_NOTES
from tests.privacy.heldout5.corpus import Patient as Record
from tests.privacy.heldout5.images import PlantedImage, inflated, planted_images, search_variants

TITLE = "heldout5 corpus (tests/privacy/heldout5)"
IMAGE_OUTPUTS = ("stored", "case file", "cureus", "cmaj")
DARK = 24  # the brightest value a pixel of a burned-in name may keep


def records() -> list[Record]:
    """The patients, then the clinical prose as one more (nameless) record."""
    return [*HELDOUT5, Record(name=None, mrn=None, birth=None, notes=list(TERM_NOTES))]


def figures(recs: Sequence[Record], out: Outputs) -> Figures:
    return h4.figures(recs, out, title=TITLE, described=DESCRIBED)


# -- the images ----------------------------------------------------------------------------


def image_case_file(images: Sequence[PlantedImage], folder: Path) -> Path:
    """A case file in ``folder`` holding ``images`` (by their file names), an imaging event
    each; the patient is the first image's."""
    folder.mkdir(parents=True, exist_ok=True)
    events = []
    for n, im in enumerate(images):
        (folder / im.filename).write_bytes(im.data)
        # an image may carry its own caption and label text (heldout6's do)
        caption = getattr(im, "caption", None) or "Axial slice at the graft"
        entry: dict[str, object] = {"path": im.filename, "caption": caption}
        notes: list[dict[str, object]] = []
        if im.redact:
            x0, y0, x1, y1 = im.redact
            notes.append({"kind": "redact", "from": [x0, y0], "to": [x1, y1]})
        if label := getattr(im, "label", None):
            notes.append({"kind": "label", "at": [0.05, 0.85], "text": label})
        if notes:
            entry["annotations"] = notes
        events.append(
            {
                "kind": "imaging",
                "date": f"2024-02-{n + 1:02}",
                "modality": "CT",
                "findings": "Calcified plaque of the transplant renal artery.",
                "images": [entry],
            }
        )
    key = images[0].key if len(images) == 1 else "all-images"
    doc = {
        "format": "caselog",
        "version": 1,
        "cases": [
            {
                "id": key,
                "title": f"Imaging case {key}",
                "patient": {
                    "sex": "male",
                    "birth_date": "1952-06-01",
                    "name": images[0].name,
                    "mrn": images[0].mrn,
                    "kidney": {"ckd_stage": "3b"},
                },
                "events": events,
                "report": {"case_presentation": "A calcified plaque was seen on CT."},
            }
        ],
    }
    path = folder / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def readable(im: PlantedImage, blobs: Iterable[bytes], *, expanded: bool = False) -> list[str]:
    """The words of ``im``'s name that can be read in any of ``blobs`` (each already with
    its inflated streams, when ``expanded``)."""
    inside = list(blobs) if expanded else [b for blob in blobs for b in inflated(blob)]
    return [w for w in im.needles if any(v in b for b in inside for v in search_variants(w))]


def folder_blobs(folder: Path) -> list[tuple[str, bytes]]:
    """(what, bytes) for every file under ``folder`` and every file's name."""
    out = []
    for p in sorted(folder.rglob("*")):
        out.append((f"file name {p.name}", p.name.encode("utf-8")))
        if p.is_file():
            out.append((p.name, p.read_bytes()))
    return out


def pdf_blobs(pdf: Path, work: Path) -> list[tuple[str, bytes]]:
    """(what, bytes): the PDF file, its text and metadata, each image pdfimages extracts."""
    out = [("pdf file", pdf.read_bytes()), ("pdf text", pdf_text(pdf).encode("utf-8"))]
    for img in extracted_images(pdf, work):
        out.append((f"pdf image {img.name}", img.read_bytes()))
    return out


def extracted_images(pdf: Path, work: Path) -> list[Path]:
    folder = work / f"{pdf.stem}-images"
    folder.mkdir(exist_ok=True)
    subprocess.run(["pdfimages", "-all", str(pdf), str(folder / "img")], check=True)
    return sorted(folder.iterdir())


def dark_under(path: Path, box: tuple[float, float, float, float]) -> bool:
    """Whether every pixel of the image file ``path`` under ``box`` (fractions, a pixel in
    from each edge) is dark, or the file is no image with that much area (a mask)."""
    from PIL import Image as PILImage

    with PILImage.open(path) as img:
        grey = img.convert("L")
    w, h = grey.size
    if w < 16 or h < 16:
        return True
    x0, y0, x1, y1 = box
    region = grey.crop((int(x0 * w) + 1, int(y0 * h) + 1, int(x1 * w) - 1, int(y1 * h) - 1))
    extrema: tuple[int, int] = region.getextrema()  # type: ignore[assignment]
    return extrema[1] <= DARK


@dataclass
class ImageFigures:
    images: list[PlantedImage]
    measured: set[tuple[str, str]] = field(default_factory=set)  # (image key, output)
    leaks: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # -> where: words
    refused: dict[tuple[str, str], str] = field(default_factory=dict)  # nothing written
    pixels: dict[tuple[str, str], bool] = field(default_factory=dict)  # burned-in name dark

    def see(self, im: PlantedImage, output: str, blobs: Sequence[tuple[str, bytes]]) -> None:
        self.see_all([im], output, blobs)

    def see_all(
        self, images: Sequence[PlantedImage], output: str, blobs: Sequence[tuple[str, bytes]]
    ) -> None:
        """Record where each of ``images`` can be read in ``output`` (the ``blobs``)."""
        expanded = [(what, inflated(b)) for what, b in blobs]
        for im in images:
            self.measured.add((im.key, output))
            found = [
                f"{what}: {', '.join(words)}"
                for what, parts in expanded
                if (words := readable(im, parts, expanded=True))
            ]
            if found:
                self.leaks[(im.key, output)] = found

    def survived(self, output: str | None = None) -> int:
        """Images whose name (a word of it) can be read in ``output`` (any output)."""
        return len({k for k, o in self.leaks if output in (None, o)})

    def count(self, output: str) -> int:
        return len({k for k, o in self.measured if o == output})

    def pixels_leaked(self) -> list[tuple[str, str]]:
        return sorted(k for k, dark in self.pixels.items() if not dark)

    def table(self, verbose: bool = False) -> str:
        lines = [f"  images: a name readable in {self.survived()}/{len(self.images)} images"]
        for o in IMAGE_OUTPUTS:
            if self.count(o):
                lines.append(f"    {o:32} {self.survived(o)}/{self.count(o)}")
        for im in self.images:
            outs = [o for o in IMAGE_OUTPUTS if (im.key, o) in self.leaks]
            refused = [o for o in IMAGE_OUTPUTS if (im.key, o) in self.refused]
            status = ("read in " + ", ".join(outs)) if outs else "not read anywhere"
            if refused:
                status += "; refused: " + ", ".join(refused)
            dark = [o for (k, o), ok in self.pixels.items() if k == im.key]
            if dark:
                bad = [o for o in dark if not self.pixels[(im.key, o)]]
                status += "; pixels of the burned-in name " + (
                    "kept in " + ", ".join(bad) if bad else "dark in " + ", ".join(dark)
                )
            lines.append(f"    {im.key:18} ({'; '.join(im.places)}): {status}")
            if verbose:
                for o in outs:
                    lines += [f"      {o}: {x}" for x in self.leaks[(im.key, o)]]
                for o in refused:
                    lines.append(f"      {o} refused: {self.refused[(im.key, o)]}")
        return "\n".join(lines)


Report = Callable[[str, Path], None]  # (template, pdf path): write the report


@dataclass
class ImageCase:
    """A stored case holding ``images``: what it stored and how to write its outputs."""

    key: str
    images: Sequence[PlantedImage]
    stored: Sequence[bytes]  # each image's stored bytes
    export: Callable[[Path], None]  # write the anonymised case file at the path
    report: Report


# An output written without its image (``--accept-redactions`` leaves out an image whose
# burned-in text no box covers, since main b19c771): the image is left out, as by a
# refusal; read as "no dark pixels" it was counted as the name's pixels kept.
LEFT_OUT = "left out of the output (no image in it): --accept-redactions left it out"


def _measure_case(fig: ImageFigures, c: ImageCase, work: Path, templates: Sequence[str]) -> None:
    """Every output of ``c``; the pixels of a burned-in name when it holds one image only."""
    for im, data in zip(c.images, c.stored, strict=True):
        fig.see(im, "stored", [("stored image", data)])
    boxed = c.images[0].text if len(c.images) == 1 else None
    folder = work / f"{c.key}-export"
    folder.mkdir()
    try:
        c.export(folder / "case.json")
    except Exception as exc:  # a refusal writes nothing: nothing leaves
        for im in c.images:
            fig.refused[(im.key, "case file")] = str(exc)
    else:
        fig.see_all(c.images, "case file", folder_blobs(folder))
        if boxed:
            files = [p for p in folder.rglob("*") if p.is_file() and p.suffix != ".json"]
            if files:
                fig.pixels[(c.images[0].key, "case file")] = all(
                    dark_under(p, boxed) for p in files
                )
            else:  # written without the image: left out, as a refusal leaves it
                fig.refused[(c.images[0].key, "case file")] = LEFT_OUT
    for template in templates:
        pdf = work / f"{c.key}-{template}.pdf"
        try:
            c.report(template, pdf)
        except Exception as exc:
            for im in c.images:
                fig.refused[(im.key, template)] = str(exc)
            continue
        fig.see_all(c.images, template, pdf_blobs(pdf, work))
        if boxed:
            imgs = extracted_images(pdf, work)
            if imgs:
                fig.pixels[(c.images[0].key, template)] = all(dark_under(p, boxed) for p in imgs)
            else:
                fig.refused[(c.images[0].key, template)] = LEFT_OUT


def measure_images(
    work: Path,
    templates: Sequence[str] = ("cureus", "cmaj"),
    images: Sequence[PlantedImage] | None = None,
) -> ImageFigures:
    """Every image (this corpus's unless ``images`` are given) in a case of its own through
    ``caselog import``, ``export --anonymise`` and ``report``."""
    from caselog.store import services
    from caselog.store.engine import open_store

    images = list(images) if images is not None else planted_images()
    fig = ImageFigures(images)
    db = str(work / "images.db")
    h4._cli("--db", db, "import", *[str(image_case_file([im], work / im.key)) for im in images])
    store = open_store(db)
    try:
        ids = {s.title: s.id for s in services.list_cases(store=store)}
        cases = {
            im.key: services.get_case(ids[f"Imaging case {im.key}"], store=store) for im in images
        }
    finally:
        store.close()
    for im in images:
        cid = str(ids[f"Imaging case {im.key}"])

        def export(out: Path, cid: str = cid) -> None:
            h4._cli("--db", db, "export", cid, "-o", str(out), "--anonymise", "--accept-redactions")

        def report(template: str, pdf: Path, cid: str = cid) -> None:
            h4._cli("--db", db, "report", cid, "--template", template, "-o", str(pdf),
                    "--accept-redactions")  # fmt: skip

        stored = [i.data for e in cases[im.key].events for i in e.images]
        _measure_case(fig, ImageCase(im.key, [im], stored, export, report), work, templates)
    return fig


def measure_images_direct(
    work: Path,
    templates: Sequence[str] = ("cureus",),
    groups: Sequence[Sequence[PlantedImage]] | None = None,
) -> ImageFigures:
    """The same, quicker and without a database: the images but the burned-in one in one
    case, that one in another (or the cases ``groups`` of another corpus's images), each
    case file read as ``caselog import`` reads it
    (``read_case_file``) and written by the functions ``export --anonymise`` and ``report``
    call (``write_case_file``, ``build_report`` and ``render_pdf``), after the check both
    make before an image leaves (``check_burned_in``: a burned-in name no box covers refuses
    the output)."""
    from caselog.core.model import Case
    from caselog.interchange.reader import read_case_file
    from caselog.interchange.writer import write_case_file
    from caselog.report import build_report, render_pdf
    from caselog.store.services._blobs import check_burned_in

    if groups is None:
        images = planted_images()
        groups = [[im for im in images if not im.redact], [im for im in images if im.redact]]
    else:
        images = [im for group in groups for im in group]
    fig = ImageFigures(images)
    for n, group in enumerate(groups):
        [case] = read_case_file(image_case_file(group, work / f"group{n}")).cases

        def export(out: Path, case: Case = case) -> None:
            check_burned_in([case])
            write_case_file([case], [], out, anonymise=True)

        def report(template: str, pdf: Path, case: Case = case) -> None:
            check_burned_in([case])
            render_pdf(build_report(case, template), pdf)

        stored = [i.data for e in case.events for i in e.images]
        _measure_case(fig, ImageCase(f"group{n}", group, stored, export, report), work, templates)
    return fig


# -- the whole measurement -----------------------------------------------------------------


def run(pdfs: int | None = None) -> tuple[Figures, ImageFigures]:
    recs = records()
    with tempfile.TemporaryDirectory(prefix="heldout5-") as tmp:
        (Path(tmp) / "text").mkdir()
        text = figures(recs, h4.produce(recs, Path(tmp) / "text", pdfs=pdfs))
        images_dir = Path(tmp) / "images"
        images_dir.mkdir()
        return text, measure_images(images_dir)


def main(argv: Sequence[str]) -> None:
    limit = int(argv[argv.index("--pdf") + 1]) if "--pdf" in argv else None
    text, images = run(limit)
    print(text.table(verbose="-v" in argv))
    print(images.table(verbose="-v" in argv))
    print(text.summary())
    print(
        f"images: a name readable in {images.survived()}/{len(images.images)}; pixels of a "
        f"burned-in name kept in {len(images.pixels_leaked())} outputs"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
