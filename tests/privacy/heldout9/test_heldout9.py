"""Issue 14's targets on the ninth held-out corpus (``tests/privacy/heldout9``): at most 1%
of planted identifiers survive any output, at least 99% of clinical terms survive, and no
image carries its patient's name out, in its bytes or its pixels.

The corpus and its images were written and committed before they were run against
anything. The full measurement (every record and image through ``caselog import``,
``export --anonymise`` and ``caselog report``, series included) is ``python -m
tests.privacy.heldout9.measure``; these tests are the quick subset, within the suite's time:
the case files of a fixed subset of records, one patient's Cureus PDF and the clinical
prose's, and the images (each in a case of its own, one Cureus PDF each), written by the
functions the command line calls, once a module.

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
from tests.privacy.heldout7.measure import image_groups
from tests.privacy.heldout9.corpus import CATEGORIES, DESCRIBED, HELDOUT9, TERM_NOTES, Patient
from tests.privacy.heldout9.images import planted_images
from tests.privacy.heldout9.measure import (
    TITLE,
    by_language,
    figures,
    language_of,
    measure_images_direct,
    particle_only,
    records,
    terms_by_language,
)

PROSE = len(HELDOUT9)
# chosen after the first measurement, so that each can see a regression: records whose case
# files kept identifiers on main (Armenian, Kazakh, Azerbaijani, Fiji English: a vCard), one
# whose case file kept none (Trinidad English: a run sheet, a fax cover sheet), and every
# third note of the clinical prose (13 of 37; the full measurement has them all)
CASE_FILE_SUBSET = [4, 5, 6, 14, 16, PROSE]
QUICK_PROSE = TERM_NOTES[::3]
# a patient whose Cureus report printed an identifier on main (Zambia) and those 13 notes of
# clinical prose, which have no identifier, so their report prints every sentence
PDF_SUBSET = {"cureus": [15, PROSE]}


MAIN = "main ec056ca"
NOW = "main 2ddc178"
MAIN_CASE_FILE_LEAKS = (
    f"{MAIN}: 25/419 planted identifiers (6.0%) survive caselog export --anonymise over "
    "the whole corpus, on this test's subset (written by write_case_file) 11/108 (10.2%); "
    f"{NOW}: 15/419 (3.6%), the subset 7/108 (6.5%)"
)
MAIN_CASE_FILE_TERMS = (
    f"{MAIN}: 797/955 clinical terms (83.5%) kept in the case files (Japanese, Urdu, "
    "Amharic, Khmer, Punjabi, Burmese and Sinhala notes lose most), on this test's subset "
    f"250/285 (87.7%); {NOW}: 768/955 (80.4%; Armenian notes now redacted nearly whole), "
    "the subset 214/285 (75.1%)"
)
MAIN_PDFS = (
    f"{MAIN}: 1/419 identifiers (0.2%) survive the Cureus and 1/419 the CMAJ PDFs of all "
    f"records; {NOW}: 5/419 (1.2%) each; on this test's subset (a Zambian patient whose "
    "brother-in-law is called Given) Cureus 1/23 (4.3%) on both"
)
MAIN_PDF_TERMS = (
    f"{MAIN}: the clinical prose's Cureus PDF keeps 190/378 terms (50.3%), the rest in "
    f"sentences left out for a placeholder, this test's 13 notes of it 77/133 (57.9%); "
    f"{NOW}: 263/378 (69.6%), the 13 notes 90/133 (67.7%)"
)


# -- the corpus is what it says ------------------------------------------------------------


def test_the_corpus_is_as_large_and_as_broad_as_the_brief() -> None:
    notes = [n for p in HELDOUT9 for n in p.notes]
    planted = [k for p in HELDOUT9 for k, _ in p.planted]
    all_terms = [t for n in [*notes, *TERM_NOTES] for t in terms(n.text)]
    assert len(HELDOUT9) >= 20 and len(TERM_NOTES) >= 35
    assert len(planted) >= 400
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert len(all_terms) >= 800
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    langs = {n.lang for n in notes}
    assert langs >= {"ja", "ur", "en-PK", "pa", "en-IN", "am", "hy", "kk", "az", "mk", "my",
                     "en-MM", "km", "si", "en-LK", "tl", "so", "en-SO", "ht", "en-TT",
                     "en-ZM", "en-FJ", "fj", "en-BH", "en-JE", "en-BW", "tn"}  # fmt: skip
    # every language of the patients also has clinical prose with no identifier in it
    assert {n.lang for n in TERM_NOTES} >= langs
    forms = " ".join(planted)
    for form in ("kanji", "katakana", "full-width Latin", "Shōwa era", "Reiwa era", "〒",
                 "chōme", "My Number", "卒寿", "kanji numerals", "先生", "Urdu digits",
                 "CNIC", "Sehat Card", "JazzCash", "PMDC", "From: header", "Subject line",
                 "Gurmukhi", "Nanakshahi", "Gurpurab", "Baisakhi", "ABHA", "Ge'ez",
                 "Ethiopian calendar", "Timket", "Fayda", "telebirr", "Armenian script",
                 "Vardavar", "ՀԾՀ", "KZ IIN", "Nauryz", "Kaspi", "Egov", "FIN code",
                 "Novruz", "müəllim", "EMBG", "Ilinden", "Велигден", "Burmese", "NRC",
                 "Thingyan", "Tazaungmon", "KBZPay", "Khmer", "Pchum Ben", "IDPoor",
                 "Sinhala", "Vesak", "NIC LK", "SLMC", "PhilHealth", "SSS", "UMID",
                 "GCash", "hashtag", "SMS", "Tagalog in words", "name chain", "Somali in words",
                 "ZAAD", "NN-year-old", "CDA", "NIF", "MonCash", "Carnival", "run sheet",
                 "lightpole", "Tanty", "maxi-taxi", "Divali", "Corpus Christi", "MBTT",
                 "fax cover", "WhatsApp click-to-chat", "NRC", "NHIMA", "Airtel Money",
                 "teknonym", "iCalendar", "Heroes Day", "Farmers' Day", "HPCZ", "Adi",
                 "Ratu", "yavusa", "Fiji Day", "vCard", "FNPF", "CPR",
                 "flat, building, road, block", "Hajji",
                 "Eid al-Fitr", "NHRA", "Jersey", "nonagenarian", "Liberation Day",
                 "Battle of Flowers", "GMC", "handwriting biometrics", "Omang",
                 "Sir Seretse Khama Day", "BOMaid", "Orange Money", "Mma", "Rra",
                 "ordinary word", "palm vein", "thumbprint", "face recognition",
                 "fingerprints", "IPv4", "Instagram", "Telegram", "TikTok", "Facebook",
                 "IBAN", "plate", "motorbike", "three-wheeler", "tractor", "serial",
                 "tattoo", "scar", "birthmark", "polydactyly", "scarification",
                 "occupation", "possessive", "initials", "nickname", "(phrase)", "fax",
                 "landmark", "postcode", "PIN", "ZIP"):  # fmt: skip
        assert form in forms, form


@pytest.mark.parametrize("p", HELDOUT9, ids=lambda p: p.name or "")
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
    for p in HELDOUT9:
        numbers = [(k, t) for k, t in p.planted if not k.startswith("name")]
        for kind, needle in numbers:
            others = [t for _, t in p.planted if t != needle]
            assert [t for t in others if leaked(kind, needle, t)] == [], (p.name, needle)


def test_every_described_phrase_is_in_the_corpus() -> None:
    text = " ".join(plain(n.text) for p in HELDOUT9 for n in p.notes)
    assert [d for d in DESCRIBED if d not in text] == []


def test_every_image_hides_its_name_where_the_measure_reads_it() -> None:
    """The eXIf PNG carries the name in its bytes; a burned-in name is pixels only."""
    for im in planted_images():
        if im.text is not None:
            assert readable(im, [im.data]) == [], im.key
        else:
            assert readable(im, [im.data]) == im.needles, im.key


def test_the_burned_in_names_are_bright_where_they_say(tmp_path: Path) -> None:
    images = {im.key: im for im in planted_images() if im.text}
    assert sorted(images) == ["burned-banner", "burned-faint", "burned-tiny-red",
                              "burned-upside-down"]  # fmt: skip
    for im in images.values():
        assert im.text is not None and im.redact is None
        with PILImage.open(io.BytesIO(im.data)) as src:
            path = tmp_path / f"{im.key}.png"
            src.save(path)
            grey = src.convert("L")
        assert not dark_under(path, im.text), im.key
        x0, y0, x1, y1 = im.text
        w, h = grey.size
        box = grey.crop((int(x0 * w), int(y0 * h), int(x1 * w), int(y1 * h)))
        extrema: tuple[int, int] = box.getextrema()  # type: ignore[assignment]
        low, high = extrema
        assert high - low >= 10, im.key  # letters that differ from their ground
    upside = images["burned-upside-down"].text
    assert upside and upside[3] == 1.0 and upside[1] > 0.95  # on the bottom edge
    faint = images["burned-faint"].text
    assert faint and faint[0] > 0.2 and faint[2] < 0.9 and 0.3 < faint[1] < faint[3] < 0.7
    assert [len(g) for g in image_groups(planted_images())] == [1, 1, 1, 1, 1]


# -- the measuring sees the obfuscations and is not fooled by their removal ----------------


@pytest.mark.parametrize(
    ("kind", "needle", "output", "leak"),
    [
        ("name/x (phrase)", "森田 春子", "患者氏名：森田 春子様", True),
        ("name/x (phrase)", "森田 春子", "患者氏名：[name]様", False),
        ("name/full-width", "ＭＯＲＩＴＡ　ＨＡＲＵＫＯ", "old chart: MORITA HARUKO", True),
        ("name/x (phrase)", "ခင်မြတ်နိုး", "ဒေါ်ခင်မြတ်နိုး ၊", True),
        ("social security number/x", "۳۵۲۰۲-۴۴۱۷۷۱۲-۴", "کارڈ ۳۵۲۰۲۴۴۱۷۷۱۲۴", True),
        ("telephone/x", "੯੮੧੪੪-੧੭੭੨੦", "ਫ਼ੋਨ [phone]", False),
        ("email/x", "anahit.sargsyan31 շնիկ mail.am", "[email]", False),
        ("name/x", "Dieula Pierre-Louis", "<given>Dieula</given>", True),
        ("name/x (phrase)", "<given>Dieula</given>", "<given>[name]</given>", False),
    ],
)  # fmt: skip
def test_a_leak_is_seen_in_any_form(kind: str, needle: str, output: str, leak: bool) -> None:
    assert leaked(kind, needle, output) is leak


def test_a_particle_alone_is_counted_apart() -> None:
    name = "Ratu Josaia Nawaqa"
    assert particle_only("name/son-in-law", name, "[name] Ratu [name]")
    assert not particle_only("name/son-in-law", name, "Ratu Josaia [name]")
    assert not particle_only("name/x (phrase)", "森田 春子", "森田 春子")


def test_an_unrelated_output_leaks_nothing_and_keeps_nothing() -> None:
    recs = records()[::7]
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


# words glued to a planted span or a braced term in Japanese, which writes no spaces:
# heldout4's word count takes the glued part for a word of its own, which the output
# (rightly) never holds alone (RESULTS.md); '大阪府大阪市北区' (prefecture, city and ward,
# unplanted like every city named in the corpus) is one of them
GLUED = ["ja 'による'", "ja '大阪府大阪市北区'", "ja 'キーパーソンは長男の'", "ja 'さん'",
         "ja '本年'", "ja 'は透析室で行った'", "ja 'で入院'", "ja '施行'", "ja 'に退院'",
         "ja 'あり'", "ja 'ブラッドアクセス'", "ja '嫁の'", "ja 'さんが付き添い'", "ja 'から'",
         "ja '継続'", "ja '登録済み'", "ja '病変なし'", "ja 'ではなく'", "ja '隔日'",
         "ja 'の鑑別'"]  # fmt: skip


def test_the_notes_themselves_leak_every_identifier_and_keep_every_term() -> None:
    recs = records()
    notes = [[plain(n.text) for n in r.notes] for r in recs]
    out = Outputs(case_files=[" ".join(n) for n in notes], events=notes)
    fig = figures(recs, out)
    assert fig.count("case file", "leaked") == fig.count("case file") >= 400
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
    assert case_files.count("case file") == sum(len(r.planted) for r in _subset()) >= 90
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


@pytest.mark.xfail(strict=True, reason=MAIN_PDFS)
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
        "burned-faint",
        "burned-upside-down",
        "burned-banner",
        "burned-tiny-red",
    ],
)
def test_a_burned_in_name_no_box_covers_is_refused_or_dark(images: ImageFigures, key: str) -> None:
    """A name burned faint, upside down on the bottom edge, on a coloured banner, in small
    red letters: refused, or its letters dark in every output."""
    for output in ("case file", "cureus"):
        refused = (key, output) in images.refused
        assert refused or images.pixels[(key, output)], images.table(verbose=True)
