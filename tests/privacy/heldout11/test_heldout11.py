"""Issue 14's targets on the eleventh held-out corpus (``tests/privacy/heldout11``): at most
1% of planted identifiers survive any output, at least 99% of clinical terms survive.

The corpus was written and committed before it was run against anything. The full
measurement (every record through ``caselog export --anonymise`` and ``caselog report``,
series included, for all records, part A and the sealed part B) is ``python -m
tests.privacy.heldout11.measure``; these tests are the quick subset, within the suite's
time: the case files of a subset of part A's records and of a third of the clinical prose,
one patient's Cureus PDF and the prose's, and the images (each in a case of its own, one
Cureus PDF each), written by the functions the command line calls, once a module. Part B
(``SEALED``) is never in the quick subset: its survivors are not printed anywhere.

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
from tests.privacy.heldout11.corpus import (
    CATEGORIES,
    DESCRIBED,
    HELDOUT11,
    PART_A,
    SEALED,
    TERM_NOTES,
    Patient,
)
from tests.privacy.heldout11.images import METADATA_KEY, measure_images_direct, planted_images
from tests.privacy.heldout11.measure import (
    PROSE,
    TITLE,
    by_language,
    figures,
    language_of,
    part,
    particle_only,
    records,
    terms_by_language,
)

# chosen after the first measurement, from part A only, so that each can see a regression:
# records whose case files kept identifiers on main (Erbil, Surakarta, Samoa, Kumasi), one
# whose case file kept none and lost terms (Nashik, Marathi), one in Ge'ez script
# (Mekelle), and every third note of the clinical prose (15 of 44)
CASE_FILE_SUBSET = [0, 3, 4, 6, 7, 9, PROSE]
QUICK_PROSE = TERM_NOTES[::3]
# a patient whose Cureus report printed a planted unique feature on main (Samoa) and those
# 15 notes of clinical prose, which have no identifier, so their report prints every sentence
PDF_SUBSET = {"cureus": [6, PROSE]}

MAIN = "main f87bcce"
MAIN_CASE_FILE_LEAKS = (
    f"{MAIN}: 18/411 planted identifiers (4.4%; 5e8311a 19/411) survive caselog export "
    "--anonymise over the whole corpus (part A 11/277, part B 7/134; 5e8311a 11 and 8), on "
    "this test's subset (written by write_case_file) 10/209 (4.8%; 5e8311a 10/209)"
)
MAIN_CASE_FILE_TERMS = (
    f"{MAIN}: 818/987 clinical terms (82.9%; 5e8311a 810) kept in the case files (Sorani, "
    "Pashto, Marathi, Nepali, Tigrinya, Uyghur and Chinese notes lose most), on this test's "
    "subset 347/411 (84.4%; 5e8311a 344)"
)
MAIN_PDF_TERMS = (
    f"{MAIN}: the clinical prose's Cureus PDF keeps 334/487 terms (68.6%; 5e8311a 333), the "
    "CMAJ PDF 314/487 (64.5%; 5e8311a 307), the rest in sentences left out for a "
    "placeholder; this test's 15 notes of it in the Cureus PDF 110/160 (68.8%; 5e8311a 109)"
)
# the journal PDFs' identifiers: on main f87bcce (as 5e8311a) 3/411 survived the Cureus
# PDFs of the whole corpus, 3/411 the CMAJ PDFs (part A 2/277 each), among them a Samoan
# tattoo described in words; this test's subset, the Samoan patient's Cureus PDF, 1/32
# (3.1%); none since the Samoan tattoo word (main after f87bcce), so the mark is gone


# -- the corpus is what it says ------------------------------------------------------------


def test_the_corpus_is_as_large_and_as_broad_as_the_brief() -> None:
    notes = [n for p in HELDOUT11 for n in p.notes]
    planted = [k for p in HELDOUT11 for k, _ in p.planted]
    all_terms = [t for n in [*notes, *TERM_NOTES] for t in terms(n.text)]
    assert len(HELDOUT11) == 12 and all(6 <= len(p.notes) <= 9 for p in HELDOUT11)
    assert len(planted) >= 400 and len(TERM_NOTES) >= 40
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert len(all_terms) >= 800 and len([t for n in TERM_NOTES for t in terms(n.text)]) >= 400
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    langs = {n.lang for n in notes}
    assert langs >= {"ckb", "kmr", "ps", "ne", "mr", "jv", "id", "ceb", "sm", "tw", "ln",
                     "fr-CD", "ti", "ug", "ug-Latn", "zh-Hans", "zh-Hant", "nan-Latn",
                     "en-IQ", "en-AF", "en-NP", "en-IN", "en-PH", "en-WS", "en-GH",
                     "en-ET"}  # fmt: skip
    assert len({lang.split("-")[0] for lang in langs} - {"en"}) >= 15
    # every language of the patients also has clinical prose with no identifier in it
    assert {n.lang for n in TERM_NOTES} >= langs
    forms = " ".join(planted)
    for form in ("Sorani", "Kurmanji", "Kurdish calendar", "Newroz", "Eastern Arabic digits",
                 "Pashto", "Persian digits", "Solar Hijri", "Eid al-Adha", "Eid al-Fitr",
                 "Bikram Sambat", "Nepali digits", "Dashain", "Tihar", "Devanagari",
                 "Marathi", "Shaka", "tithi", "Gudi Padwa", "Ganesh", "pasaran", "Lebaran",
                 "Javanese calendar", "Hijri", "Sinulog", "Good Friday", "Simbang Gabi",
                 "White Monday", "Easter", "Akan weekday", "Farmers' Day", "Akwasidae",
                 "Ghana Post GPS", "Independence Day", "Ethiopian calendar", "Ge'ez",
                 "Ashenda", "Timket", "Qurban", "Minguo", "Qingming", "lunar month",
                 "Dragon Boat", "Pe̍h-ōe-jī", "oblique", "genitive", "locative",
                 "possessive", "zero-width", "homoglyph", "spaced", "leetspeak",
                 "OCR errors", "line-break hyphenation", "old Dutch-era spelling",
                 "transliterated", "pinyin", "capitals", "nickname", "ordinary",
                 "no cue", "sentence start", "after Dr", "employer", "facility named",
                 "landmark", "postcode", "PIN", "village", "IPv4", "IPv6", "username",
                 "without scheme", "obfuscated with at and dot", "file name", "plate",
                 "serial", "tattoo", "scar", "occupation unique", "fame", "fingerprint",
                 "thumbprint", "iris", " words", "in digits", "of the mother",
                 "of the father", "of the grandmother", "Aadhaar", "e-Tazkira", "NIK",
                 "BPJS", "PhilHealth", "PhilSys", "Ghana Card", "NHIS", "Fayda",
                 "resident ID", "ROC national ID", "NHI card", "UPI", "M-Pesa", "GCash",
                 "MTCN", "telebirr", "eSewa", "fax", "matai title", "(phrase)"):  # fmt: skip
        assert form in forms, form


def test_the_sealed_part_is_a_third_of_the_patients() -> None:
    assert sorted(SEALED + PART_A) == list(range(len(HELDOUT11)))
    assert set(SEALED).isdisjoint(PART_A) and len(SEALED) == 4
    assert not set(SEALED) & set(CASE_FILE_SUBSET + [i for v in PDF_SUBSET.values() for i in v])


@pytest.mark.parametrize("p", HELDOUT11, ids=lambda p: p.mrn or "")
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
    for p in HELDOUT11:
        numbers = [(k, t) for k, t in p.planted if not k.startswith("name")]
        for kind, needle in numbers:
            others = [t for _, t in p.planted if t != needle]
            assert [t for t in others if leaked(kind, needle, t)] == [], (p.mrn, needle)


def test_every_described_phrase_is_planted_in_the_corpus() -> None:
    planted = {t for p in HELDOUT11 for _, t in p.planted}
    assert [d for d in DESCRIBED if d not in planted] == []


def test_every_image_hides_its_name_in_its_pixels_and_one_in_its_metadata() -> None:
    """No byte of an image names its patient but the one whose metadata does, in Latin
    letters and in Sorani script; every name is burned in, no box over it."""
    for im in planted_images():
        assert im.text is not None and im.redact is None, im.key
        found = readable(im, [im.data])
        if im.key == METADATA_KEY:
            assert sorted(found) == sorted(im.needles), found
        else:
            assert found == [], im.key


def test_the_burned_in_names_are_bright_where_they_say(tmp_path: Path) -> None:
    images = {im.key: im for im in planted_images()}
    assert sorted(images) == ["burned-exif-xmp", "burned-mirrored", "burned-uyghur",
                              "burned-vertical"]  # fmt: skip
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
        assert extrema[1] >= 250 and extrema[1] - extrema[0] >= 80, im.key  # white letters
        assert 0 < x0 < x1 < 1 and 0 < y0 < y1 < 1, im.key  # clear of every border
    assert "تۇرسۇن" in images["burned-uyghur"].needles  # searched in its own script too
    assert "شیلان" in images[METADATA_KEY].needles


# -- the measuring sees the obfuscations and is not fooled by their removal ----------------


@pytest.mark.parametrize(
    ("kind", "needle", "output", "leak"),
    [
        ("name/x", "SHILAN QA\u200bDIR", "card: Shilan [name]", True),
        ("name/x", "SHILAN QA\u200bDIR", "card: [name]", False),
        ("name/x", "Sh\u0456lan", "as Shilan and", True),
        ("name/x (phrase)", "S h i l a n", "chart as S h i l a n;", True),
        ("name/x (phrase)", "S h i l a n", "chart as [name];", False),
        ("name/x", "Şîlanê", "Silane got ku", True),
        ("name/x", "Gulalai Shin-\nwari", "label Gulalai [name]", True),
        ("name/x", "Gulalai Shin-\nwari", "label [name] Shin-\nwari", True),
        ("name/x (phrase)", "Tentr3m R4hayu", "SMS Tentr3m R4hayu,", True),
        ("name/x (phrase)", "Tentr3m R4hayu", "SMS [name],", False),
        ("name/x (phrase)", "सखुबाई दत्तात्रय जाधव", "रुग्ण: सखुबाई दत्तात्रय जाधव, वय", True),
        ("name/x (phrase)", "阿依仙木·吐尔逊", "患者阿依仙木·吐尔逊，", True),
        ("name/x (phrase)", "阿依仙木·吐尔逊", "患者[name]，", False),
        ("name/x (phrase)", "ፀጋ", "ፀጋ ጓላ", True),
        ("name/x", "መብራት ሓጎስ ገብረማርያም", "ወ/ሮ [name] ገብረማርያም፡", True),
        ("telephone/x", "٠٧٥٠ ٤١٢ ٨٨٧٣", "مۆبایل ٠٧٥٠٤١٢٨٨٧٣", True),
        ("telephone/x", "٠٧٥٠ ٤١٢ ٨٨٧٣", "مۆبایل [phone]", False),
        ("social security number/x", "3372 0452 0234 0002", "NIK 3372045202340002;", True),
        ("name/employer", "Batik Danar Hadi", "bekerja di Batik Danar Hadi ikut", True),
        ("name/employer", "Batik Danar Hadi", "bekerja di [name] Danar Hadi", False),
    ],
)  # fmt: skip
def test_a_leak_is_seen_in_any_form(kind: str, needle: str, output: str, leak: bool) -> None:
    assert leaked(kind, needle, output) is leak


def test_a_particle_alone_is_counted_apart() -> None:
    assert particle_only("name/nickname", "Nana Gulê", "Nana [name] is drowsy")
    assert not particle_only("name/nickname", "Nana Gulê", "Nana Gulê is drowsy")
    assert particle_only("name/x", "Mas Joko", "[WA] Mas [name]:")
    assert not particle_only("name/x", "Mas Joko", "[WA] [name] Joko:")
    assert not particle_only("name/x (phrase)", "陳美玉", "陳美玉")


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


# words glued in Chinese, which writes no spaces, to a planted span or a braced term:
# heldout4's word count takes the glued run for a word of its own, which the notes
# themselves hold only with the span or term attached
GLUED = ["zh-Hans '肾内科会诊记录'", "zh-Hans '患者'", "zh-Hans '治疗后出现'",
         "zh-Hans '逐渐减量'", "zh-Hans '停用'", "zh-Hans '已排除'", "zh-Hans '家属车牌'",
         "zh-Hant '病人'", "zh-Hant '女士'", "zh-Hant '早年服用含'", "zh-Hant '酸之中草藥'",
         "zh-Hant '診斷為'", "zh-Hant '每週三次'", "zh-Hant '兒子在'", "zh-Hant '上班'",
         "zh-Hant '媳婦'", "zh-Hant '每天陪同'", "zh-Hant '她是'",
         "zh-Hant '已登錄於透析室門禁'", "zh-Hant '檢查'", "zh-Hant '已排除'",
         "zh-Hant '開立'", "zh-Hant '三餐隨餐'", "zh-Hant '病變陰性'", "zh-Hans '每日一次'",
         "zh-Hans '已排除'", "zh-Hans '升高'", "zh-Hans '水化'", "zh-Hans '阴性'"]  # fmt: skip


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


def test_the_parts_split_the_patients_and_their_outputs() -> None:
    recs = records()
    notes = [[plain(n.text) for n in r.notes] for r in recs]
    leaky = [" ".join(n) for n in notes]
    # part A's outputs leak everything, part B's nothing: each part sees its own
    cases = [t if i in PART_A else "nothing" for i, t in enumerate(leaky)]
    out = Outputs(case_files=cases, events=notes, pdfs={"cureus": dict(enumerate(cases))},
                  series=[([0, 1, 2], leaky[0]), ([8], "nothing")])  # fmt: skip
    a_recs, a_out = part(recs, out, PART_A)
    b_recs, b_out = part(recs, out, SEALED)
    fa, fb = figures(a_recs, a_out), figures(b_recs, b_out)
    n_a, n_b = (sum(len(recs[i].planted) for i in x) for x in (PART_A, SEALED))
    assert fa.count("case file") == fa.count("case file", "leaked") == n_a
    assert fb.count("case file") == n_b and fb.count("case file", "leaked") == 0
    assert fa.count("cureus", "leaked") == n_a and fb.count("cureus", "leaked") == 0
    assert a_out.series == [([0, 1], leaky[0])]
    assert b_out.series == [([0], leaky[0]), ([2], "nothing")]
    assert n_a + n_b == sum(len(r.planted) for r in recs)


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
    assert case_files.count("case file") == sum(len(r.planted) for r in _subset()) >= 200
    assert case_files.count("case file", "terms") > 300


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
    """Stored, exported and printed, no image keeps its patient's name in any byte (the
    metadata one's EXIF and XMP included)."""
    assert images.count("stored") == len(images.images)
    for output in ("case file", "cureus"):
        refused = sum(1 for _, o in images.refused if o == output)
        assert images.count(output) == len(images.images) - refused
    assert images.survived() == 0, images.table(verbose=True)


@pytest.mark.parametrize("key", ["burned-mirrored", "burned-vertical", "burned-uyghur",
                                 METADATA_KEY])  # fmt: skip
def test_a_burned_in_name_no_box_covers_is_refused_or_dark(images: ImageFigures, key: str) -> None:
    """A name mirrored, one letter under another, small in Uyghur script, in capitals
    with the metadata: refused, or its letters dark in every output."""
    for output in ("case file", "cureus"):
        refused = (key, output) in images.refused
        assert refused or images.pixels[(key, output)], images.table(verbose=True)
