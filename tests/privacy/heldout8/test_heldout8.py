"""Issue 14's targets on the eighth held-out corpus (``tests/privacy/heldout8``): at most
1% of planted identifiers survive any output, at least 99% of clinical terms survive, and
no image carries its patient's name out, in its bytes or its pixels.

The corpus and its images were written and committed before they were run against
anything. The full measurement (every record and image through ``caselog import``,
``export --anonymise`` and ``caselog report``, series included) is ``python -m
tests.privacy.heldout8.measure``; these tests are the quick subset, within the suite's time:
the case files of a fixed subset of records, one patient's Cureus PDF and the clinical
prose's, and the images (three cases, one Cureus PDF each), written by the functions the
command line calls, once a module.

While main misses a target its test is marked ``xfail(strict=True)`` with the figures
measured on main; remove the mark when the figures meet the target.
"""

from __future__ import annotations

import io
import struct
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
from tests.privacy.heldout8.corpus import CATEGORIES, DESCRIBED, HELDOUT8, TERM_NOTES, Patient
from tests.privacy.heldout8.images import planted_images, raw_inflated
from tests.privacy.heldout8.measure import (
    TITLE,
    by_language,
    figures,
    language_of,
    measure_images_direct,
    particle_only,
    records,
    terms_by_language,
)

PROSE = len(HELDOUT8)
# chosen after the first measurement, so that each can see a regression: records whose case
# files kept identifiers on main (Swedish, Georgian, US English: an HL7 message, a CSV row),
# one whose case file kept none (Spanish of Spain), and every fourth note of the clinical
# prose (13 of 49; the full measurement has them all)
CASE_FILE_SUBSET = [0, 2, 6, 21, PROSE]
QUICK_PROSE = TERM_NOTES[::4]
# a patient whose Cureus report printed identifiers on main (Georgia) and those 13 notes of
# clinical prose, which have no identifier, so their report prints every sentence
PDF_SUBSET = {"cureus": [6, PROSE]}


MAIN = "main ae1070c"
MAIN_CASE_FILE_LEAKS = (
    f"{MAIN}: 75/584 planted identifiers (12.8%) survive caselog export --anonymise over "
    "the whole corpus; on this test's subset (written by write_case_file) 32/119 (26.9%)"
)
MAIN_CASE_FILE_TERMS = (
    f"{MAIN}: 836/1092 clinical terms (76.6%) kept in the case files (Arabic, Persian, "
    "Hebrew, Chinese, Thai, Korean, Hindi and Bengali notes redacted nearly whole); on this "
    "test's subset 222/262 (84.7%)"
)
MAIN_PDF_TERMS = (
    f"{MAIN}: the clinical prose's Cureus PDF keeps 215/447 terms (48.1%), the rest in "
    "sentences left out for a placeholder; this test's 13 notes of it 68/117 (58.1%)"
)


# -- the corpus is what it says ------------------------------------------------------------


def test_the_corpus_is_as_large_and_as_broad_as_the_brief() -> None:
    notes = [n for p in HELDOUT8 for n in p.notes]
    planted = [k for p in HELDOUT8 for k, _ in p.planted]
    all_terms = [t for n in [*notes, *TERM_NOTES] for t in terms(n.text)]
    assert len(HELDOUT8) >= 20 and len(TERM_NOTES) >= 40
    assert len(planted) >= 450
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert len(all_terms) >= 800
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    langs = {n.lang for n in notes}
    assert langs >= {"es-ES", "de-DE", "tr-DE", "sv-SE", "bg", "sl", "sq-XK", "ka", "he",
                     "arz", "en-AE", "ar-Latn-JO", "en-JO", "fa", "hi", "en-IN", "bn-BD",
                     "ko", "zh-CN", "zh-Latn", "th", "vi", "en-UG", "lg", "mn", "en-US",
                     "en-GB-NIR"}  # fmt: skip
    # every language of the patients also has clinical prose with no identifier in it
    assert {n.lang for n in TERM_NOTES} >= langs
    forms = " ".join(planted)
    for form in ("line break", "U+2063", "ligature", "mojibake", "HTML entity", "VNI",
                 "Arabizi", "Hangul", "Hanja", "hanzi", "pinyin", "Thai", "Devanagari",
                 "Bengali", "Tamil script", "Georgian script", "Hebrew script",
                 "Arabic script", "Persian script", "transliteration variant", "patronymic",
                 "genitive", "locative", "prefix lamed glued", "particles glued",
                 "title glued", "father's initial first", "D/o", "W/o", "c/o",
                 "surname first", "birth-order name", "name chain", "ordinary word",
                 "nickname", "teknonym", "kunya", "maiden name", "HL7", "CSV row",
                 "JSON array", "possessive", "Hebrew calendar", "Coptic calendar",
                 "Hijri", "Solar Hijri", "Bangla calendar", "Vikram Samvat", "Buddhist Era",
                 "lunar", "Tamil calendar", "Roman numeral month", "ISO calendar week",
                 "week number", "in words", "hanzi numerals", "Eastern Arabic digits",
                 "Persian digits", "Bengali digits", "Devanagari digits", "Thai digits",
                 "Sino-Korean digit words", "yao for one", "holiday", "festival",
                 "age over 89/word", "age over 89/number", "plus for over 100", "DNI",
                 "Steuer-ID", "personnummer", "samordningsnummer", "ЕГН", "EMŠO",
                 "Kosovo personal number", "Georgian personal number", "teudat zehut",
                 "EG national id", "Emirates ID", "JO national number", "کد ملی",
                 "Aadhaar", "PAN", "EPIC", "BD NID", "RRN", "身份证", "Thai ID", "CCCD",
                 "UG NIN", "MN register number", "UNHCR", "Makani", "what3words",
                 "refugee camp", "landmark", "market stall", "PIN", "ZIP code", "IBAN",
                 "Swish", "UPI", "bKash", "Sheba", "mobile money", "nº colegiado",
                 "LANR", "HSA-id", "УИН", "DHA", "Jordan Medical Council", "Medical Council",
                 "TNMC", "BMDC", "ว.", "CCHN", "UMDPC", "GMC", "arroba", "(at) (Punkt)",
                 "snabel a", "маймунка", "afna", "et pikë", "ძაღლუკა", "שטרודל", "آت دوت",
                 "ات دات", "at the rate", "এট ডট", "골뱅이", "艾特", "แอท", "a còng",
                 "[@] [.]", "собака", "at sign period", "at full stop", "IPv4", "url",
                 "WhatsApp link", "Telegram", "YouTube", "Zalo", "VIN",
                 "plate", "motorbike", "motorcycle", "electric", "serial", "UDI",
                 "modem", "biometric signature", "face verification", "DNA profile",
                 "retinal scan", "fingerprints", "face recognition", "face payment",
                 "file name", "tattoo", "scar", "birthmark", "polydactyly",
                 "occupation", "falcon passport", "army personal number", "PIV card",
                 "tribal citizenship", "employer", "fax"):  # fmt: skip
        assert form in forms, form


@pytest.mark.parametrize("p", HELDOUT8, ids=lambda p: p.name or "")
def test_each_identifier_is_planted_and_found_nowhere_else(p: Patient) -> None:
    """Every planted identifier is in the notes; outside the planted spans (and the words
    describing a unique feature) none of them can be read, so a survival is a leak."""
    text = " ".join(plain(n.text) for n in p.notes)
    assert [t for _, t in p.planted if t not in text] == []
    assert found_elsewhere(p, DESCRIBED) == []
    assert all(language_of(p, t) for _, t in p.planted)
    assert len({t for _, t in p.planted}) == len(p.planted)


def test_every_described_phrase_is_in_the_corpus() -> None:
    text = " ".join(plain(n.text) for p in HELDOUT8 for n in p.notes)
    assert [d for d in DESCRIBED if d not in text] == []


def _dicom_data_set(data: bytes) -> bytes:
    """The data set of a deflated DICOM: the raw deflate stream after the file meta."""
    (meta_length,) = struct.unpack("<I", data[140:144])
    return raw_inflated(data, 144 + meta_length)


def test_every_image_hides_its_name_where_the_measure_reads_it() -> None:
    """Each source file carries the name in its bytes (the deflated DICOM in its inflated
    data set only); a burned-in name is pixels only."""
    for im in planted_images():
        if im.text is not None:
            assert readable(im, [im.data]) == [], im.key
        elif im.key == "dicom-deflated":
            assert readable(im, [im.data]) == []
            assert readable(im, [_dicom_data_set(im.data)]) == im.needles
        else:
            assert readable(im, [im.data]) == im.needles, im.key


def test_the_burned_in_names_are_bright_where_they_say(tmp_path: Path) -> None:
    images = {im.key: im for im in planted_images() if im.text}
    assert sorted(images) == ["burned-vertical", "burned-watermark"]
    for im in images.values():
        assert im.text is not None and im.redact is None
        with PILImage.open(io.BytesIO(im.data)) as src:
            path = tmp_path / f"{im.key}.png"
            src.save(path)
        assert not dark_under(path, im.text), im.key
    vertical = images["burned-vertical"].text
    assert vertical and 0.6 < vertical[0] < vertical[2] < 0.8  # clear of the right border
    assert vertical[3] - vertical[1] > 5 * (vertical[2] - vertical[0])  # upright, not across
    assert [len(g) for g in image_groups(planted_images())] == [3, 1, 1]


# -- the measuring sees the obfuscations and is not fooled by their removal ----------------


@pytest.mark.parametrize(
    ("kind", "needle", "output", "leak"),
    [
        ("name/recorded in Arabizi (phrase)", "Ra7af", "w Ra7af 3amalat", True),
        ("name/recorded in Arabizi (phrase)", "Ra7af", "w [name] 3amalat", False),
        ("name/x (phrase)", "पूजा यादव", "श्रीमती पूजा यादव, उम्र", True),
        ("name/x (phrase)", "김민지", "김민지는 오늘", True),
        ("name/x (phrase)", "김민지", "[name]는 오늘", False),
        ("name/hyphenated across a line break", "Sara Lind-\nqvist", "Lind- qvist", True),
        ("name/with U+2063", "Živa Zupanč\u2063ič", "ga. Zupanč\u2063ič", True),
        ("name/ligature", "Griﬃth Novak", "dr. Griffith svetuje", True),
        ("name/mojibake", "SiobhÃ¡n Ferguson", "as SiobhÃ¡n came", True),
        ("social security number/x", "٢٨٥٠٣١٢٠١٠٤٤٧٢", "الرقم ٢٨٥٠٣١٢٠١٠٤٤٧٢،", True),
        ("email/x", "nino.beridze90 ძაღლუკა mail.ge", "[email]", False),
    ],
)
def test_a_leak_is_seen_in_any_form(kind: str, needle: str, output: str, leak: bool) -> None:
    assert leaked(kind, needle, output) is leak


def test_a_particle_alone_is_counted_apart() -> None:
    name = "Hamdan bin Khalifa Al Ketbi"
    assert particle_only("name/son with bin", name, "[name] bin [name] Al [name]")
    assert not particle_only("name/son with bin", name, "[name] bin Khalifa Al [name]")
    assert not particle_only("name/son with bin", name, "nothing of it")
    assert not particle_only("name/x (phrase)", "Ra7af", "Ra7af")
    assert not particle_only("geographic/x", "Abu", "Abu")


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


# words glued to a planted span or a braced term in scripts that write no spaces (Chinese,
# Thai) or glue particles (Korean): heldout4's word count takes the glued part for a word of
# its own, which the output (rightly) never holds alone (RESULTS.md)
GLUED = ["zh-CN '患者'", "zh-CN '长期服用'", "zh-CN '女儿说号码是'", "zh-CN '主任医师'",
         "zh-CN '肾脏内科'", "zh-CN '入院'", "zh-CN '出院'", "zh-CN '复诊在'",
         "zh-CN '老母亲今年'", "zh-CN '她是'", "zh-CN '未见'", "zh-CN '已开通'", "th 'นาง'",
         "th 'กษา'", "th 'ออกจากโรงพยาบาล'", "ko '에서'"]  # fmt: skip


def test_the_notes_themselves_leak_every_identifier_and_keep_every_term() -> None:
    recs = records()
    notes = [[plain(n.text) for n in r.notes] for r in recs]
    out = Outputs(case_files=[" ".join(n) for n in notes], events=notes)
    fig = figures(recs, out)
    assert fig.count("case file", "leaked") == fig.count("case file") > 450
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
    assert case_files.count("case file") == sum(len(r.planted) for r in _subset()) >= 100
    assert case_files.count("case file", "terms") > 200


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
    ["burned-watermark", "burned-vertical"],
)
def test_a_burned_in_name_no_box_covers_is_refused_or_dark(images: ImageFigures, key: str) -> None:
    """A watermark tiled across the image (only a refusal keeps it in), a name burned
    vertically clear of the border: refused, or its letters dark in every output."""
    for output in ("case file", "cureus"):
        refused = (key, output) in images.refused
        assert refused or images.pixels[(key, output)], images.table(verbose=True)
