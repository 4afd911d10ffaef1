"""Issue 14's targets on the tenth held-out corpus (``tests/privacy/heldout10``): at most 1%
of planted identifiers survive any output, at least 99% of clinical terms survive.

The corpus was written and committed before it was run against anything. The full
measurement (every record through ``caselog export --anonymise`` and ``caselog report``,
series included) is ``python -m tests.privacy.heldout10.measure``; these tests are the quick
subset, within the suite's time: the case files of a fixed subset of records, one
patient's Cureus PDF and the clinical prose's, and the images (each in a case of its own,
one Cureus PDF each), written by the functions the command line calls, once a module.

While main misses a target its test is marked ``xfail(strict=True)`` with the figures
measured on main; remove the mark when the figures meet the target.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image as PILImage

from tests.privacy.heldout4.measure import (
    Figures,
    Outputs,
    found_elsewhere,
    leaked,
    plain,
    produce_direct,
    terms,
)
from tests.privacy.heldout4.test_heldout4 import SAFE_HARBOR
from tests.privacy.heldout5.measure import ImageFigures, dark_under, readable
from tests.privacy.heldout10.corpus import (
    CATEGORIES,
    DESCRIBED,
    HELDOUT10,
    TERM_NOTES,
    Patient,
)
from tests.privacy.heldout10.images import planted_images
from tests.privacy.heldout10.measure import (
    TITLE,
    by_language,
    figures,
    language_of,
    measure_images_direct,
    particle_only,
    records,
    terms_by_language,
)

PROSE = len(HELDOUT10)
# chosen after the first measurement, so that each can see a regression: records whose case
# files kept identifiers on main (Kenya, Hungary, Madagascar), one whose case file kept
# none (Finland), and every third note of the clinical prose (10 of 28; the full
# measurement has them all)
CASE_FILE_SUBSET = [0, 4, 6, 8, PROSE]
QUICK_PROSE = TERM_NOTES[::3]
# a patient whose Cureus report printed an identifier on main up to 68efad4 (Madagascar; on
# 33bfa80 none) and those 10
# notes of clinical prose, which have no identifier, so their report prints every sentence
PDF_SUBSET = {"cureus": [8, PROSE]}


MAIN = "main 435ba7d"
MAIN_CASE_FILE_LEAKS = (
    f"{MAIN}: 8/343 planted identifiers (2.3%; 68efad4 11/343, de3ad71 13/343) survive "
    "caselog export --anonymise over the whole corpus, on this test's subset (written by "
    "write_case_file) 6/139 (4.3%; 68efad4 8/139)"
)
MAIN_CASE_FILE_TERMS = (
    f"{MAIN}: 445/498 clinical terms (89.4%; 67b13a4 423) kept in the case files (Korean, "
    "Tamil, Persian and Thai notes lose most), on this test's subset 190/199 (95.5%; "
    "67b13a4 187)"
)
MAIN_PDF_TERMS = (
    f"{MAIN}: the clinical prose's Cureus PDF keeps 206/275 terms (74.9%; 50a0f9b 193), "
    "the CMAJ PDF 155/275 (56.4%; 50a0f9b 135), the rest in sentences left out for a "
    "placeholder; this test's 10 notes of it in the Cureus PDF 90/105 (85.7%; 67b13a4 83)"
)


# -- the corpus is what it says ------------------------------------------------------------


def test_the_corpus_is_as_large_and_as_broad_as_the_brief() -> None:
    notes = [n for p in HELDOUT10 for n in p.notes]
    planted = [k for p in HELDOUT10 for k, _ in p.planted]
    all_terms = [t for n in [*notes, *TERM_NOTES] for t in terms(n.text)]
    assert len(HELDOUT10) == 10 and 60 <= len(notes) <= 90 and len(TERM_NOTES) >= 25
    assert len(planted) >= 250
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert len(all_terms) >= 450 and len([t for n in TERM_NOTES for t in terms(n.text)]) >= 150
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    langs = {n.lang for n in notes}
    assert langs >= {"sw", "en-KE", "ta", "en-IN", "th", "en-TH", "es-PE", "qu", "hu", "fa",
                     "fi", "sv-FI", "vi", "mg", "fr-MG", "en-MG", "ko"}  # fmt: skip
    assert len({lang.split("-")[0] for lang in langs} - {"en"}) >= 10
    # every language of the patients also has clinical prose with no identifier in it
    assert {n.lang for n in TERM_NOTES} >= langs
    forms = " ".join(planted)
    for form in ("Swahili", "Tamil", "Thai digits", "Buddhist era", "Songkran", "Pongal",
                 "Persian digits", "Solar Hijri", "Nowruz", "Yalda", "Sizdah Bedar",
                 "Finnish", "henkilötunnus", "inessive", "genitive", "partitive", "-né",
                 "case ending", "Roman-numeral month", "Roman numeral month", "lunar calendar",
                 "can-chi", "Tet", "Malagasy", "Lot address", "fokontany", "Hangul",
                 "resident registration", "dong and ho", "Quechua", "manzana and lote",
                 "DNI", "Aadhaar", "ABHA", "PAN", "CCCD", "BHYT", "CIN", "TAJ", "SHA",
                 "M-Pesa", "Yape", "MVola", "KakaoTalk", "Zalo", "LINE", "TikTok",
                 "Instagram", "Facebook", "IPv4", "IPv6", "plate", "serial", "tattoo",
                 "scar", "occupation unique", "fingerprint", "iris", "face scan",
                 "vein", "thumbprint", "file name", "employer", "zero-width", "homoglyph",
                 "HTML", "line-break hyphenation", "soft hyphen", "spaced", "fullwidth",
                 "transliteration", "romanisation", "without diacritics", "Arabic yeh",
                 "digit for a letter", "zero for O", "possessive", "nickname",
                 "(phrase)", "fax", "postcode", "PIN code", "landmark", "holiday",
                 "week number", "in words", "native numerals"):  # fmt: skip
        assert form in forms, form


@pytest.mark.parametrize("p", HELDOUT10, ids=lambda p: p.name or "")
def test_each_identifier_is_planted_and_found_nowhere_else(p: Patient) -> None:
    """Every planted identifier is in the notes; outside the planted spans (and the words
    describing a unique feature) none of them can be read, so a survival is a leak."""
    text = " ".join(plain(n.text) for n in p.notes)
    assert [t for _, t in p.planted if t not in text] == []
    assert found_elsewhere(p, DESCRIBED) == []
    assert all(language_of(p, t) for _, t in p.planted)
    assert len({t for _, t in p.planted}) == len(p.planted)


def test_no_number_identifier_is_read_inside_another() -> None:
    """A survival of one identifier in digits is not counted for another of its patient."""
    for p in HELDOUT10:
        numbers = [(k, t) for k, t in p.planted if not k.startswith("name")]
        for kind, needle in numbers:
            others = [t for _, t in p.planted if t != needle]
            assert [t for t in others if leaked(kind, needle, t)] == [], (p.name, needle)


def test_every_described_phrase_is_in_the_corpus() -> None:
    text = " ".join(plain(n.text) for p in HELDOUT10 for n in p.notes)
    assert [d for d in DESCRIBED if d not in text] == []


def test_every_image_hides_its_name_in_its_pixels_alone() -> None:
    """No byte of an image names its patient; its name is burned in."""
    for im in planted_images():
        assert im.text is not None and im.redact is None, im.key
        assert readable(im, [im.data]) == [], im.key


def test_the_burned_in_names_are_bright_where_they_say(tmp_path: Path) -> None:
    images = {im.key: im for im in planted_images()}
    assert sorted(images) == ["burned-angled", "burned-hollow", "burned-persian",
                              "burned-vietnamese"]  # fmt: skip
    for im in images.values():
        assert im.text is not None
        with PILImage.open(io.BytesIO(im.data)) as src:
            path = tmp_path / f"{im.key}.png"
            src.save(path)
            grey = src.convert("L")
        assert not dark_under(path, im.text), im.key
        x0, y0, x1, y1 = im.text
        w, h = grey.size
        box = grey.crop((int(x0 * w), int(y0 * h), int(x1 * w), int(y1 * h)))
        extrema: tuple[int, int] = box.getextrema()  # type: ignore[assignment]
        assert extrema[1] == 255 and extrema[1] - extrema[0] >= 100, im.key  # white letters
        assert 0 < x0 < x1 < 1 and 0 < y0 < y1 < 1, im.key  # clear of every border
    assert "فاطمه" in images["burned-persian"].needles  # searched in its own script too


# -- the measuring sees the obfuscations and is not fooled by their removal ----------------


@pytest.mark.parametrize(
    ("kind", "needle", "output", "leak"),
    [
        ("name/x (phrase)", "김복순", "환자: 김복순은 입원", True),
        ("name/x (phrase)", "김복순", "환자: [name]은 입원", False),
        ("name/x (phrase)", "สมศรี แก้วมณี", "นางสมศรี แก้วมณี อายุ", True),
        ("name/x", "AKINYI OCH\u200bIENG", "card: Akinyi [name]", True),
        ("name/x", "AKINYI OCH\u200bIENG", "card: [name]", False),
        ("name/x", "Akinyi \u039fchieng", "as Akinyi Ochieng", True),
        ("name/x", "Korho\u00adnen", "nimi Korhonen", True),
        ("name/x (phrase)", "A i n o  K o r h o n e n", "nimi A i n o K o r h o n e n ja", True),
        ("name/x (phrase)", "A i n o  K o r h o n e n", "nimi [name] ja", False),
        ("name/x (phrase)", "Qu1spe", "o Qu1spe;", True),
        ("name/x", "Meenakshi S-\nundaram", "and [name] S-\nundaram on", True),
        ("name/x", "ｓｏｍｓｒｉ", "old name somsri here", True),
        ("social security number/x", "092 130 004 417", "CCCD 092130004417", True),
        ("telephone/x", "۰۹۱۷ ۳۱۲ ۸۸۴۰", "همراه ۰۹۱۷۳۱۲۸۸۴۰", True),
        ("telephone/x", "۰۹۱۷ ۳۱۲ ۸۸۴۰", "همراه [phone]", False),
        ("name/employer", "raffinerie de nickel d'Ambatovy", "à la raffinerie de [name]", False),
    ],
)  # fmt: skip
def test_a_leak_is_seen_in_any_form(kind: str, needle: str, output: str, leak: bool) -> None:
    assert leaked(kind, needle, output) is leak


def test_a_particle_alone_is_counted_apart() -> None:
    name = "Nyar Kano"
    assert particle_only("name/nickname", name, "call her Nyar [name]")
    assert not particle_only("name/nickname", name, "call her Nyar Kano")
    assert particle_only("name/x", "Trần Văn Phúc", "ông [name] Văn [name]")
    assert not particle_only("name/x", "Trần Văn Phúc", "ông Trần Văn [name]")
    assert not particle_only("name/x (phrase)", "김복순", "김복순")


def test_an_unrelated_output_leaks_nothing_and_keeps_nothing() -> None:
    recs = records()[::3]
    blank = Outputs(case_files=["nothing here"] * len(recs),
                    events=[[""] * len(r.notes) for r in recs])  # fmt: skip
    fig = figures(recs, blank)
    assert fig.title == TITLE and fig.described == DESCRIBED
    assert fig.count("case file") == sum(len(r.planted) for r in recs)
    assert fig.count("case file", "leaked") == 0
    assert fig.keep_rate() == 0.0
    assert fig.words_rate() == 0.0
    langs = by_language(recs, blank)
    assert sum(langs.planted.values()) == fig.count("case file")
    assert sum(langs.leaked.values()) == 0
    by_lang = terms_by_language(recs, blank)
    assert sum(by_lang.terms.values()) == sum(by_lang.lost.values()) > 0


# words glued to a planted span or a braced term in Thai, which writes no spaces between
# words, or split by heldout4's word pattern at a Thai vowel sign, and a Korean particle
# glued to a planted name: heldout4's word count takes the glued part for a word of its
# own, which the output (rightly) never holds alone
GLUED = ["th 'นาง'", "th 'ทำ'", "th 'และ'", "th 'ยน'", "th 'ในแอปหมอพร'", "ko '으로'"]


def test_the_notes_themselves_leak_every_identifier_and_keep_every_term() -> None:
    recs = records()
    notes = [[plain(n.text) for n in r.notes] for r in recs]
    out = Outputs(case_files=[" ".join(n) for n in notes], events=notes)
    fig = figures(recs, out)
    assert fig.count("case file", "leaked") == fig.count("case file") >= 250
    assert fig.keep_rate() == 1.0
    assert fig.lost_words == GLUED
    langs = by_language(recs, out)
    assert sum(langs.leaked.values()) == fig.count("case file")
    assert langs.particles["case file"] == 0
    assert sum(terms_by_language(recs, out).lost.values()) == 0


# -- the targets ---------------------------------------------------------------------------


def quick_records() -> list[Patient]:
    """``records()``, the clinical prose cut to ``QUICK_PROSE``."""
    recs = records()
    recs[PROSE] = Patient(name=None, mrn=None, birth=None, notes=list(QUICK_PROSE))
    return recs


def _subset() -> list[Patient]:
    recs = quick_records()
    return [recs[i] for i in CASE_FILE_SUBSET]


@pytest.fixture(scope="module")
def case_files(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    recs = _subset()
    return figures(recs, produce_direct(recs, tmp_path_factory.mktemp("case-files")))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    recs = quick_records()
    work = tmp_path_factory.mktemp("pdfs")
    return figures(recs, produce_direct(recs, work, PDF_SUBSET, case_files=False))


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> ImageFigures:
    return measure_images_direct(tmp_path_factory.mktemp("images"))


def _table(fig: Figures, capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + fig.table())


def test_the_subset_has_identifiers_and_terms_to_measure(case_files: Figures) -> None:
    assert case_files.count("case file") == sum(len(r.planted) for r in _subset()) >= 120
    assert case_files.count("case file", "terms") > 150


@pytest.mark.xfail(strict=True, reason=MAIN_CASE_FILE_LEAKS)
def test_at_most_one_percent_of_identifiers_survive_the_case_files(
    case_files: Figures, capsys: pytest.CaptureFixture[str]
) -> None:
    _table(case_files, capsys)
    assert case_files.leak_rate("case file") <= 0.01, case_files.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_CASE_FILE_TERMS)
def test_at_least_99_percent_of_terms_survive_the_case_files(case_files: Figures) -> None:
    assert case_files.keep_rate("case file") >= 0.99, case_files.summary()


def test_at_most_one_percent_of_identifiers_survive_the_journal_pdfs(
    pdfs: Figures, capsys: pytest.CaptureFixture[str]
) -> None:
    recs = quick_records()
    assert all(recs[i].planted for ids in PDF_SUBSET.values() for i in ids if i != PROSE)
    _table(pdfs, capsys)
    worst = max(pdfs.leak_rate(t) for t in PDF_SUBSET)
    assert worst <= 0.01, pdfs.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_PDF_TERMS)
def test_at_least_99_percent_of_terms_survive_the_journal_pdf(pdfs: Figures) -> None:
    """The clinical prose's Cureus report: a sentence de-identification put a placeholder
    in is left out whole, so a false alarm there costs every term of its sentence."""
    assert pdfs.count("cureus", "terms") == len([t for n in QUICK_PROSE for t in terms(n.text)])
    assert pdfs.keep_rate("cureus") >= 0.99, pdfs.summary()


def test_no_image_carries_its_name_out_in_its_bytes(images: ImageFigures) -> None:
    """Stored, exported and printed, no image keeps its patient's name in any byte."""
    assert images.count("stored") == len(images.images)
    for output in ("case file", "cureus"):
        refused = sum(1 for _, o in images.refused if o == output)
        assert images.count(output) == len(images.images) - refused
    assert images.survived() == 0, images.table(verbose=True)


@pytest.mark.parametrize(
    "key",
    [
        "burned-vietnamese",
        "burned-persian",
        "burned-angled",  # found since the detector turns the image every 15 degrees
        "burned-hollow",
    ],
)
def test_a_burned_in_name_no_box_covers_is_refused_or_dark(images: ImageFigures, key: str) -> None:
    """A name in Vietnamese capitals with their diacritics, in Persian script, turned 30
    degrees, in outline letters: refused, or its letters dark in every output."""
    for output in ("case file", "cureus"):
        refused = (key, output) in images.refused
        assert refused or images.pixels[(key, output)], images.table(verbose=True)
