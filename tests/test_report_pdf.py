"""The PDFs as a reader gets them (pypdf text extraction): sections in order, numbers,
figures, fonts, no identifier anywhere, markup printed as typed, byte-stable output."""

from __future__ import annotations

import io
import itertools
from collections.abc import Mapping
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, PdfObject, StreamObject

from caselog.core.model import Case
from caselog.report import build_report, render_pdf
from caselog.report.placeholders import PLACEHOLDER
from tests.deid_once import deidentify_once
from tests.report_helpers import (
    date_forms,
    load_example,
    page_texts,
    pdf_text,
    plant,
    pypdf_page_texts,
)


def render(case: Case, template: str, *, invariant: bool = True) -> tuple[bytes, int]:
    buf = io.BytesIO()
    pages = render_pdf(build_report(case, template), buf, invariant=invariant)
    return buf.getvalue(), pages


def pdf_dict(obj: PdfObject) -> DictionaryObject:
    """``obj`` resolved (an indirect reference followed), checked to be a dictionary."""
    found = obj.get_object()
    assert isinstance(found, DictionaryObject), found
    return found


def image_streams(data: bytes) -> list[bytes]:
    """The image XObjects of a PDF, their stream filters (ASCII85, Flate) undone."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = pdf_dict(page["/Resources"]).get("/XObject") if "/Resources" in page else None
        if xobjects:
            xo = pdf_dict(xobjects)
            for k in xo:
                obj = xo[k].get_object()
                if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
                    out.append(obj.get_data())
    return out


def images_in(data: bytes) -> int:
    return len(image_streams(data))


def in_order(text: str, marks: list[str]) -> None:
    at = -1
    for mark in marks:
        found = text.find(mark, at + 1)
        assert found > at, f"{mark!r} missing or out of order"
        at = found


def test_cureus_pdf_sections_numbers_and_figures(tmp_path: Path) -> None:
    out = tmp_path / "cureus.pdf"
    pages = render_pdf(build_report(load_example(), "cureus"), out)
    data = out.read_bytes()
    text = pdf_text(data)
    in_order(text, [
        "CASE REPORT", "Rapidly Progressive Epidural Calcification", "A. Example1",
        "Corresponding author: A. Example, a.example@example.org", "Abstract",
        "Keywords: romosozumab", "Introduction", "Case Presentation", "Table 1:", "Table 2:",
        "Figure 1:", "Figure 2:", "Causality assessment", "Discussion", "Conclusions",
        "Additional Information", "Disclosures", "Human subjects:", "Conflicts of interest:",
        "Funding:", "References", "1. Cosman F",
    ])  # fmt: skip
    facts = [
        "a score of 4 (possible)",
        "The Naranjo score was 4 (possible)",
        "Three months after the first dose of romosozumab (day 91)",
        "Day \u22123",
        "Day 280",
        "8.3 L",
        "Calcium (mg/dL)",
        f"Page 1 of {pages}",
        f"Page {pages} of {pages}",
    ]
    for fact in facts:
        assert fact in text, fact
    assert images_in(data) == 2
    reader = PdfReader(io.BytesIO(data))
    fonts = set()
    for page in reader.pages:
        for f in pdf_dict(pdf_dict(page["/Resources"])["/Font"]).values():
            desc = pdf_dict(f)
            fonts.add(str(desc["/BaseFont"]).split("+")[-1])
            if "/FontDescriptor" in desc:
                assert "/FontFile2" in pdf_dict(desc["/FontDescriptor"])  # embedded TrueType
    assert {"DejaVuSerif", "DejaVuSans", "DejaVuSans-Bold"} <= fonts


def test_cmaj_pdf_is_one_figure_on_one_page() -> None:
    data, pages = render(load_example(), "cmaj")
    assert pages == 1
    text = pdf_text(data)
    in_order(text, [
        "CLINICAL IMAGES", "Rapidly Progressive", "A. Example MD", "The patient was a 75-year-old",
        "Figure 1: CT of the lumbar spine. (A) Day 93", "(B) Day 280", "References",
        "Competing interests: [Not recorded", "Consent: The authors have obtained patient consent.",
        "Affiliations:", "Correspondence to:",
    ])  # fmt: skip
    assert "Figure 2" not in text and "Table 1" not in text
    assert images_in(data) == 2


def test_every_character_a_clinician_types_prints() -> None:
    case = load_example()
    assert case.report is not None
    symbols = "≥ ≤ ± µ ² ³ ° α β γ Δ κ → é è ü ñ ç ø å ß Ł ő € ‰"
    case.report.introduction = f"Symbols: {symbols}."
    text = pdf_text(render(case, "cureus")[0])
    assert f"Symbols: {symbols}." in text


def test_invariant_output_is_byte_stable_and_metadata_carries_nothing_private() -> None:
    a, _ = render(load_example(), "cureus")
    b, _ = render(load_example(), "cureus")
    assert a == b
    meta = PdfReader(io.BytesIO(a)).metadata
    assert meta is not None and meta.title is not None
    assert meta.title.startswith("Rapidly Progressive Epidural Calcification")
    assert meta.author == "A. Example"
    assert meta.subject == "Case Report (Cureus case report format)"
    assert meta.creator == "caselog"
    assert str(meta.get("/CreationDate", "")).startswith("D:2000")  # invariant: no real date


IDENTIFIERS = {
    "name": "Hanako Testcase",
    "first": "Hanako",
    "last": "Testcase",
    "mrn": "MRN-0048213",
    "digits": "0048213",
}
GENERIC = {
    "email": "hanako.t@mailbox.example.com",
    "phone": "(555) 867-5309",
    "fax": "+1 555 867 5310",
    "url": "https://portal.example.org/p/77",
    "ip": "192.168.44.17",
    "ssn": "078-05-1120",
}


def _known_text(case: Case) -> tuple[str, list[str]]:
    """Text planting every known identifier of the case: name, parts, record number, and
    every written form of the birth date and of each date of the timeline."""
    birth = case.patient.private.birth_date
    assert birth is not None
    assert case.patient.kidney is not None and case.patient.kidney.dialysis_since is not None
    dates = {e.date for e in case.events} | {birth, case.patient.kidney.dialysis_since}
    forms = [f for d in sorted(dates, key=lambda d: d.sort_key()) for f in date_forms(d)]
    words = list(IDENTIFIERS.values())
    text = f"{IDENTIFIERS['name']} ({IDENTIFIERS['last']}, {IDENTIFIERS['first']}), " + (
        f"{IDENTIFIERS['mrn']} / {IDENTIFIERS['digits']}; dates: " + "; ".join(forms) + "."
    )
    return text, words + forms


@pytest.mark.parametrize("fill_empty", [False, True])
def test_planted_identifiers_never_reach_the_pdf(
    fill_empty: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = load_example()
    known, known_tokens = _known_text(case)
    generic = "Contact: " + ", ".join(GENERIC.values()) + "."
    # authors and references keep their own e-mail, URLs and publication dates, so they get
    # the patient's identifiers only; every other free-text field gets everything
    others = frozenset({"authors", "references"})
    if not fill_empty:  # every field the example fills: every identifier, every date form
        planted = plant(case, known, skip=others) + plant(case, generic, skip=others)
        for author in case.authors:
            planted += plant(author, known)
        assert case.report is not None
        case.report.references = [f"{r} {known}" for r in case.report.references]
        assert planted > 60
    else:  # each of the 341 fields the example leaves empty, the fields of [False] left as
        # they are: the name, the record number, the generic identifiers and the next two
        # date forms in turn, so that every form is still planted in several of them (all of
        # them in each field made this test 25 s of de-identification, [False] 6 s)
        dates = known_tokens[len(IDENTIFIERS) :]
        forms = itertools.cycle(dates)
        name = f"{IDENTIFIERS['name']} ({IDENTIFIERS['last']}, {IDENTIFIERS['first']})"
        number = f"{IDENTIFIERS['mrn']} / {IDENTIFIERS['digits']}"

        def some() -> str:
            return f"{name}, {number}; seen {next(forms)} and {next(forms)}. {generic}"

        planted = plant(case, some, skip=others, only_empty=True)
        for author in case.authors:
            planted += plant(author, some, only_empty=True)
        assert planted > 300
        assert planted >= len(dates)  # each of the two forms a field: every form twice or more
    once = deidentify_once(monkeypatch)
    for template in ("cureus", "cmaj"):
        report = build_report(case, template)
        out = io.BytesIO()
        render_pdf(report, out)
        data = out.getvalue()
        text = pdf_text(data)
        squeezed = "".join(text.split())
        # the identifiers were replaced, and no placeholder prints: the sentences that
        # needed one are left out and listed for the author
        assert PLACEHOLDER.search(text) is None, template
        left_out = " ".join(w for w in report.warnings if "placeholder" in w)
        # the patient's own name is marked "[patient]" in a report (it prints as "the
        # patient" where a sentence can keep it)
        assert "[patient]" in left_out and "[record number]" in left_out, template
        assert "[email]" in left_out, template
        for token in known_tokens + list(GENERIC.values()):
            assert "".join(token.split()) not in squeezed, (template, token)
            assert token.encode() not in data, (template, token)
        meta: Mapping[str, object] = PdfReader(io.BytesIO(data)).metadata or {}
        blob = " ".join(str(v) for v in meta.values())
        for token in known_tokens + list(GENERIC.values()):
            assert token not in blob, (template, token)
    assert len(once.done) == 1  # one de-identification served both reports


MARKUP = [
    '<img src="/etc/passwd" width="100" height="100"/>',
    "<b>bold</b>",
    "&amp;",
    "&#x41;",
    '<font color="red" size="40">big</font>',
    "<para>",
    "</i>",
    "<super>1</super>",
    "<a href='javascript:x'>link</a>",
]


@pytest.mark.parametrize("template", ["cureus", "cmaj"])
def test_the_fast_text_extraction_sees_what_pypdf_sees(template: str) -> None:
    """pdf_text reads with PDFium; on the example report and on leak-corpus reports (every
    kind of identifier planted in their text) it finds, page by page, the text pypdf finds."""
    from tests.leak_corpus import corpus

    for case in [load_example()] + [leak.case for leak in corpus(count=4)]:
        data, pages = render(case, template)
        fast = [" ".join(t.split()) for t in page_texts(data)]
        assert fast == [" ".join(t.split()) for t in pypdf_page_texts(data)]
        assert len(fast) == pages and all(fast)


@pytest.mark.parametrize("template", ["cureus", "cmaj"])
def test_markup_in_every_field_prints_as_typed(template: str) -> None:
    case = load_example()
    typed = " ".join(MARKUP)
    for e in case.events:
        e.images = []  # no real images: any image in the PDF would come from markup
    plant(case, typed, fill_empty=True)
    data, _ = render(case, template)
    text = pdf_text(data)
    for m in MARKUP:
        assert m in text, m
    assert images_in(data) == 0
    assert b"/URI" not in data and b"javascript" not in data.replace(b"javascript:x'>link", b"")


def test_jpeg_metadata_never_reaches_the_pdf() -> None:
    from PIL import Image as PILImage

    exif = PILImage.Exif()
    exif[0x010E] = "Hanako Testcase portrait"  # ImageDescription
    exif[0x013B] = "Dr Exifauthor"  # Artist
    buf = io.BytesIO()
    PILImage.new("RGB", (64, 48), (90, 90, 90)).save(buf, "JPEG", exif=exif.tobytes())
    case = load_example()
    image = case.events[13].images[0]
    image.data, image.media_type, image.width, image.height = buf.getvalue(), "image/jpeg", 64, 48
    assert b"Exifauthor" in image.data
    data, _ = render(case, "cureus")
    streams = image_streams(data)
    assert len(streams) == 2
    assert not any(b"Exifauthor" in s or b"Hanako" in s for s in streams)


def test_a_table_cell_longer_than_a_page_splits_across_pages() -> None:
    case = load_example()
    case.events[8].name = "pain " * 1500  # a symptom name far longer than one page
    data, pages = render(case, "cureus")
    assert pages > 5
    assert pdf_text(data).count("pain pain pain") > 100
