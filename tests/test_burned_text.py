"""Text burned into pixels outside the border detector's reach (issue 14, images): a watermark
tiled across the whole image, a name at 45 degrees, a name tiled as a pattern are found and
said where they are; the images of ``tests/burned_corpus`` with no identifier gain no
refusal; the command line refuses such an image with status 2, and with
``--accept-redactions`` leaves it out of the report with a warning, never prints it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdf
import pytest
from PIL import Image as PILImage

from caselog import cli
from caselog.core.figure import Annotation
from caselog.figures import burned_text, marks, ocr
from caselog.figures.compose import base_pixels
from caselog.interchange.images import load_image
from caselog.report.pixels import open_stored
from tests import burned_corpus as B
from tests import marks_corpus as M

PLANTED = {p.name: p for p in B.planted()}
FOUND_FORMS = ("watermark", "diagonal", "tiled pattern", "inverted", "small corner")


def _base(image: object) -> PILImage.Image:
    with open_stored(image.data) as img:  # type: ignore[attr-defined]
        return base_pixels(img, image.window, image.source)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", [n for n, p in PLANTED.items() if p.form in FOUND_FORMS])
def test_a_name_burned_in_each_form_is_found_where_it_is(name: str) -> None:
    p = PLANTED[name]
    found = marks.image_marks(p.image)
    assert found, f"{p.form}: {p.text!r} not found"
    if p.at is not None:
        x, y = p.at
        assert any(m.left <= x <= m.right and m.top <= y <= m.bottom for m in found)


@pytest.mark.parametrize("name", ["watermark-0", "watermark-1", "watermark-2", "tiled-0"])
def test_a_tiled_watermark_is_a_lattice_and_said_to_cover_the_whole_image(name: str) -> None:
    image = PLANTED[name].image
    assert burned_text.tiled(_base(image).convert("L"))
    found = marks.image_marks(image)
    assert any(m.where == "whole image" for m in found)
    assert "across the whole image" in marks.warning(image, found)


@pytest.mark.parametrize("name", ["angled-3", "angled-4"])  # -60 and 70 degrees
def test_a_name_turned_near_a_multiple_of_15_degrees_is_found_where_it_is(name: str) -> None:
    p = {q.name: q for q in B.planted_angles()}[name]
    base = _base(p.image)
    assert marks.find_marks(base) == []  # upright: missed
    found = marks.image_marks(p.image)
    assert p.at is not None
    x, y = p.at
    assert any(m.left - 0.02 <= x <= m.right + 0.02 and m.top <= y <= m.bottom for m in found)


def test_a_name_at_45_degrees_is_missed_upright_and_found_turned() -> None:
    p = PLANTED["diag-0"]
    base = _base(p.image)
    assert marks.find_marks(base) == []  # the border detector alone: missed
    found = burned_text.find(base, [], marks.find_marks)
    assert p.at is not None
    x, y = p.at
    assert any(m.left <= x <= m.right and m.top <= y <= m.bottom for m in found)


def test_a_box_found_on_a_turned_image_is_turned_back_onto_the_text() -> None:
    size = (300, 200)
    mask = B.turned_mask(size, "OYELARAN ADEBAYO", 14, (0.4, 0.6), 45)
    img = PILImage.fromarray((mask * 255).astype(np.uint8), "L")
    turned = [
        burned_text.turned_back(m, size, 45) for m in marks.find_marks(burned_text._turn(img, 45))
    ]
    ys, xs = np.nonzero(mask > 0.5)
    assert turned
    box = turned[0]
    assert box.left * 300 <= xs.min() + 3 and box.right * 300 >= xs.max() - 3
    assert box.top * 200 <= ys.min() + 3 and box.bottom * 200 >= ys.max() - 3


def test_anatomy_that_repeats_along_one_direction_is_no_lattice() -> None:
    """Two lungs (one shift), ribs and a ruler's ticks (shifts in one direction) repeat;
    only a lattice in two directions is a tiled pattern."""
    for seed in range(3):
        assert not burned_text.tiled(PILImage.fromarray(B.ct_grey(seed).astype(np.uint8)))
    ruler = B.ultrasound(201)
    B.markers(ruler, ruler=True)
    assert not burned_text.tiled(PILImage.fromarray(ruler.astype(np.uint8)))
    ribs = M.xray_grey(384, 384, 300)
    assert not burned_text.tiled(PILImage.fromarray(ribs.astype(np.uint8)))


def test_images_without_an_identifier_gain_no_refusal() -> None:
    """What the border detector refuses on the clean corpus (scale bars, side markers) is
    the author's to accept; the new checks add no image and no place to it (a box may
    grow where a turned variant sees the same scale bar)."""
    for c in B.clean():
        base = _base(c.image)
        known = marks.find_marks(base)
        for m in burned_text.find(base, known, marks.find_marks):
            assert any(_overlap(m, k) for k in known), (c.name, m.where)
    for case in M.clean_corpus(320):
        assert marks.image_marks(case.image) == [], case.name


def _overlap(a: marks.Mark, b: marks.Mark) -> bool:
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom


# -- the command line -----------------------------------------------------------------------


def _case_file(folder: Path, data: bytes, name: str, **image: object) -> Path:
    (folder / name).write_bytes(data)
    doc = {
        "format": "caselog",
        "version": 1,
        "cases": [
            {
                "title": "Calciphylaxis on warfarin",
                "patient": {"sex": "female", "age": 64, "name": "Ingrid Halvorsen"},
                "events": [
                    {
                        "kind": "imaging",
                        "date": "2025-03-02",
                        "modality": "CT",
                        "findings": "vascular calcification",
                        "images": [{"path": name, "caption": "axial CT", **image}],
                    }
                ],
            }
        ],
    }
    path = folder / "case.json"
    path.write_text(json.dumps(doc))
    return path


def _pdf_images(pdf: Path) -> int:
    return sum(len(page.images) for page in pypdf.PdfReader(pdf).pages)


def test_a_watermarked_image_is_refused_then_left_out_with_accept_redactions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = PLANTED["watermark-0"]
    db = str(tmp_path / "c.db")
    assert cli.main(["--db", db, "import", str(_case_file(tmp_path, p.image.data, "ct.png"))]) == 0
    out = tmp_path / "r.pdf"
    report = ["--db", db, "report", "1", "--template", "cureus", "-o", str(out)]
    assert cli.main(report) == 2
    err = capsys.readouterr().err
    assert "ct.png shows text-like marks across the whole image" in err
    assert not out.exists()
    anon = tmp_path / "a.json"
    export = ["--db", db, "export", "1", "--anonymise", "-o", str(anon), "--accept-redactions"]
    assert cli.main([*report, "--accept-redactions"]) == 0
    err = capsys.readouterr().err
    assert "across the whole image" in err and "left out" in err
    assert _pdf_images(out) == 0  # the report has no figure: the watermark is not printed
    assert cli.main(export) == 0
    assert "left out" in capsys.readouterr().err
    assert json.loads(anon.read_text())["cases"][0]["events"][0].get("images", []) == []


def test_an_image_marked_checked_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = PLANTED["watermark-0"]
    db = str(tmp_path / "c.db")
    case = _case_file(tmp_path, p.image.data, "ct.png", marks_accepted=True)
    assert cli.main(["--db", db, "import", str(case)]) == 0
    out = tmp_path / "r.pdf"
    argv = [
        "--db",
        db,
        "report",
        "1",
        "--template",
        "cureus",
        "-o",
        str(out),
        "--accept-redactions",
    ]
    assert cli.main(argv) == 0
    assert "left out" not in capsys.readouterr().err
    assert _pdf_images(out) == 1


def test_the_examples_images_are_not_refused() -> None:
    example = Path(__file__).resolve().parent / "fixtures" / "epidural-calcification"
    for name in ("ct-initial.png", "ct-regression.png"):
        image = load_image((example / name).read_bytes(), name=name)
        found = marks.image_marks(replace(image, marks_accepted=True))
        # its one line, "SYNTHETIC IMAGE - NOT A PATIENT", is accepted in its case file
        assert [m.where for m in found] == ["bottom left corner"]


@pytest.mark.parametrize(
    ("text", "at", "px"),
    [("SEBELE-MOKOENA THANDI", (0.3, 0.04), 14), ("MARKOVIC 12.03.1950", (0.25, 0.06), 16),
     ("ADEBAYO O.", (0.15, 0.05), 18)],
)  # fmt: skip
def test_a_name_its_author_boxed_tightly_is_not_found_again_on_the_turned_image(
    text: str, at: tuple[float, float], px: int
) -> None:
    """The turned variants read the image with its redaction boxes painted over: a line
    found turned and turned back is a box wider than the line, so, read unpainted, a name
    its author boxed tightly came back half outside the box and the image was refused."""
    g = B.ct_grey(3).astype(float)
    mask = B.turned_mask((g.shape[1], g.shape[0]), text, px, at, 0)
    g = np.clip(g * (1 - mask) + 250 * mask, 0, 255).astype(np.uint8)
    image = load_image(M.png(g), name="boxed.png")
    assert marks.image_marks(image)  # uncovered: found
    ys, xs = np.nonzero(mask > 0.3)
    h, w = mask.shape
    box = Annotation(
        "redact", ((xs.min() - 2) / w, (ys.min() - 2) / h), ((xs.max() + 2) / w, (ys.max() + 2) / h)
    )
    assert marks.image_marks(replace(image, annotations=[box])) == []


# -- OCR: the record's names read are certain -------------------------------------------------

needs_ocr = pytest.mark.skipif(
    not ocr.available(), reason="Tesseract (tesseract-ocr) is not installed"
)


@needs_ocr
@pytest.mark.parametrize("name", ["vertical-0", "corner-0", "inverted-0", "tiled-0"])
def test_ocr_reads_the_planted_name(name: str) -> None:
    p = PLANTED[name]
    words = ocr.figure_words(p.image, marks.image_marks(p.image))
    assert ocr.recorded(words, [p.text]), (p.text, words)
    assert ocr.recorded(words, ["Wilhelmina Okonkwo-Barraclough"]) == []  # no other name


@needs_ocr
def test_ocr_reads_nothing_of_a_record_in_images_without_text() -> None:
    names = ["HALVORSEN INGRID", "Kowalczyk Tomasz", "O'Connell Maeve", "MRN 0048213"]
    for c in B.clean():
        assert ocr.recorded(ocr.figure_words(c.image, marks.image_marks(c.image)), names) == []


def test_a_name_matches_folded_or_one_letter_off_and_a_number_by_its_digits() -> None:
    assert ocr.recorded(["O'CONNELL", "MAEVE"], ["Maeve O'Connell"]) == ["maeve", "oconnell"]
    assert ocr.recorded(["HALVORSFN"], ["Ingrid Halvorsen"]) == ["halvorsen"]
    assert ocr.recorded(["Sørensen"], ["Mette Sorensen"]) == ["sorensen"]
    assert ocr.recorded(["1D7731904"], ["ID 7731904"]) == ["7731904"]
    assert ocr.recorded(["Halvor", "cm", "5"], ["Ingrid Halvorsen", "MRN 48"]) == []


def _imported(tmp_path: Path, name: str, patient: str, **image: object) -> str:
    p = PLANTED[name]
    path = _case_file(tmp_path, p.image.data, "ct.png", **image)
    doc = json.loads(path.read_text())
    doc["cases"][0]["patient"]["name"] = patient
    path.write_text(json.dumps(doc))
    db = str(tmp_path / "c.db")
    assert cli.main(["--db", db, "import", str(path)]) == 0
    return db


@needs_ocr
def test_the_recorded_name_read_refuses_even_an_image_marked_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _imported(tmp_path, "vertical-0", "Rosario Vasquez", marks_accepted=True)
    out = tmp_path / "r.pdf"
    report = ["--db", db, "report", "1", "--template", "cureus", "-o", str(out)]
    assert cli.main(report) == 2
    err = capsys.readouterr().err
    assert (
        "of the record's names or numbers in it" in err  # one of them, or 2 of them
        and "OCR reads" in err
        and "Vasquez" not in err
        and not out.exists()
    )
    assert cli.main([*report, "--accept-redactions"]) == 0
    assert "left out" in capsys.readouterr().err
    assert _pdf_images(out) == 0


@needs_ocr
def test_a_name_covered_by_a_redaction_box_is_not_read(tmp_path: Path) -> None:
    p = PLANTED["vertical-0"]
    box = marks.cover(p.image, marks.image_marks(p.image))
    assert box
    covered = replace(p.image, annotations=box)
    assert marks.image_marks(covered) == []
    words = ocr.figure_words(covered, [])
    assert ocr.recorded(words, ["Rosario Vasquez 1949"]) == []


@pytest.mark.parametrize(("name", "angle"), [("diag-0", 45), ("diag-1", -45)])
def test_the_boxes_over_a_diagonal_name_cover_all_its_letters(name: str, angle: int) -> None:
    """A turn blurs a line's first and last letters; "Cover with redaction boxes" must
    leave none of them."""
    p = PLANTED[name]
    assert p.at is not None
    found = marks.image_marks(p.image)
    letters = B.turned_mask((B.SIZE, B.SIZE), p.text, 16, p.at, angle) > 0.3
    covered = np.zeros(letters.shape, bool)
    for a in marks.cover(p.image, found):
        assert a.start is not None and a.end is not None
        (x0, y0), (x1, y1) = a.start, a.end
        covered[
            round(y0 * B.SIZE) : round(y1 * B.SIZE) + 1, round(x0 * B.SIZE) : round(x1 * B.SIZE) + 1
        ] = True
    assert covered[letters].all(), f"{(~covered[letters]).sum()} letter pixels left uncovered"


def test_the_anonymised_export_writes_the_crop_not_what_it_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name in a corner the crop leaves out is not in the figure, so it is not refused;
    the anonymised export then writes the cropped pixels, never the whole stored image."""
    p = PLANTED["corner-0"]  # "PETROV A 03/1962" in the top left corner
    crop = [0.0, 0.1, 1.0, 1.0]  # left, top, right, bottom: the top tenth cut away
    db = str(tmp_path / "c.db")
    path = _case_file(tmp_path, p.image.data, "ct.png", crop=crop)
    assert cli.main(["--db", db, "import", str(path)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    argv = ["--db", db, "export", "1", "--anonymise", "-o", str(out / "a.json")]
    assert cli.main([*argv, "--accept-redactions"]) == 0
    doc = json.loads((out / "a.json").read_text())
    [image] = doc["cases"][0]["events"][0]["images"]
    assert "crop" not in image or image["crop"] is None
    with PILImage.open(out / image["path"]) as written:
        assert written.size == (B.SIZE, round(B.SIZE * 0.9))
        shown = load_image((out / image["path"]).read_bytes(), name="x.png")
    words = ocr.figure_words(shown, marks.image_marks(shown)) if ocr.available() else []
    assert marks.image_marks(shown) == [] and ocr.recorded(words, [p.text]) == []
