"""Issue 14's targets on the seventh held-out corpus (``tests/privacy/heldout7``): at most
1% of planted identifiers survive any output, at least 99% of clinical terms survive, and
no image carries its patient's name out, in its bytes or its pixels.

The corpus and its images were written and committed before they were run against
anything. The full measurement (every record and image through ``caselog import``,
``export --anonymise`` and ``caselog report``, series included) is ``python -m
tests.privacy.heldout7.measure``; these tests are the quick subset, within the suite's time:
the case files of a fixed subset of records, one patient's Cureus PDF and the clinical
prose's, and the images (five cases, one Cureus PDF each), written by the functions the
command line calls, once a module.

While main misses a target its test is marked ``xfail(strict=True)`` with the figures
measured on main; remove the mark when the figures meet the target.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PIL import ImageOps

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
from tests.privacy.heldout7.corpus import CATEGORIES, DESCRIBED, HELDOUT7, TERM_NOTES, Patient
from tests.privacy.heldout7.images import SUBFOLDER, planted_images
from tests.privacy.heldout7.measure import (
    TITLE,
    by_language,
    figures,
    image_groups,
    language_of,
    measure_images_direct,
    particle_only,
    records,
    terms_by_language,
)

PROSE = len(HELDOUT7)
# chosen after the first measurement, so that each can see a regression: records whose case
# files kept identifiers on main (Italian, Serbian, Nigerian, South African), one whose case
# file kept none (Hong Kong), and every fourth note of the clinical prose (17 of 65; the
# full measurement has them all)
CASE_FILE_SUBSET = [4, 8, 17, 18, 19, PROSE]
QUICK_PROSE = TERM_NOTES[::4]
# a patient whose Cureus report printed identifiers on main (Italy) and those 17 notes of
# clinical prose, which have no identifier, so their report prints every sentence
PDF_SUBSET = {"cureus": [4, PROSE]}

MAIN_CASE_FILE_LEAKS = (
    "main a086b00: 68/769 planted identifiers (8.8%) survive caselog export --anonymise "
    "over the whole corpus; on this test's subset (written by write_case_file) 24/150 (16.0%)"
)
MAIN_CASE_FILE_TERMS = (
    "main a086b00: 1393/1424 clinical terms (97.8%) kept in the case files; "
    "on this test's subset 292/296 (98.6%)"
)
MAIN_PDFS = (
    "main a086b00: 4/769 identifiers (0.5%) survive the Cureus and 4/769 (0.5%) the CMAJ "
    "PDFs of all records; on this test's subset (an Italian patient) Cureus 1/29 (3.4%)"
)
MAIN_PDF_TERMS = (
    "main a086b00: the clinical prose's Cureus PDF keeps 451/622 terms (72.5%), the rest "
    "in sentences left out for a placeholder; this test's 17 notes of it 124/156 (79.5%)"
)
MAIN_BURNED_CENTRE = (
    "main a086b00: a name burned into the middle of an image, clear of every border, is "
    "neither refused nor covered: its pixels are kept in the case file and the Cureus PDF"
)


# -- the corpus is what it says ------------------------------------------------------------


def test_the_corpus_is_as_large_and_as_broad_as_the_brief() -> None:
    notes = [n for p in HELDOUT7 for n in p.notes]
    planted = [k for p in HELDOUT7 for k, _ in p.planted]
    all_terms = [t for n in [*notes, *TERM_NOTES] for t in terms(n.text)]
    assert len(HELDOUT7) >= 25 and len(notes) + len(TERM_NOTES) >= 250
    assert len(planted) >= 600
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert len(all_terms) >= 1200
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    langs = {n.lang for n in notes}
    assert langs >= {"pt-BR", "pt-PT", "pt-AO", "pt-MZ", "it", "sc", "pl", "ro", "hr",
                     "sr-Latn", "sr-Cyrl", "nl-SR", "srn", "nb", "se", "da", "fr", "ary",
                     "es-US", "en-GB", "en-IE", "en-AU", "en-US-HI", "en-JP", "en-HK",
                     "en-NG", "en-ZA", "en-ET", "en-NZ", "en-CA", "en-US", "af", "zu",
                     "mi", "ga"}  # fmt: skip
    # every language of the patients also has clinical prose with no identifier in it
    assert {n.lang for n in TERM_NOTES} >= langs
    forms = " ".join(planted)
    for form in ("mathematical bold", "OCR errors", "surname comma given",
                 "cedilla", "đ as dj", "Serbian Cyrillic", "without diacritics",
                 "aa written å", "Arabic script", "kunya", "Telex", "family name first",
                 "ʻokina", "kanji", "katakana", "-san", "Chinese characters",
                 "Mandarin romanisation", "tone marks", "Zulu u- prefix", "clan praise",
                 "Ge'ez", "double vowels for macrons", "syllabics", "anglicised", "Uí",
                 "dictated", "e-mail header", "pasted table", "SMS", "capitals",
                 "ordinary word", "hyphenated", "possessive", "nickname", "diminutive",
                 "teknonym", "employer", "Ma- prefix", "Kwa- prefix", "locative",
                 "genitive", "Japanese era", "Ethiopian calendar", "Persian calendar",
                 "Hijri", "written out", "in words", "relative to", "festival", "feast",
                 "holiday", "birthday", "age over 89/word", "age over 89/number",
                 "CPF", "NIF", "Cartão de Cidadão", "codice fiscale", "PESEL", "CNP", "OIB",
                 "JMBG", "fødselsnummer", "CPR", "NIR", "NI number", "SSN", "My Number",
                 "HKID", "NIN", "SA ID", "Fayda", "IRD", "PPSN", "NTI", "IBAN", "BSB",
                 "NUBAN", "BVN", "mobile money", "CRM", "COREN", "Ordem dos Médicos",
                 "PWZ", "cod parafă", "HLK", "LKS", "HPR", "STPS", "RPPS", "GMC", "GPhC",
                 "AHPRA", "NPI", "DEA", "MCHK", "MDCN", "HPCSA", "MCNZ", "IMC", "passport",
                 "driving licence", "arroba", "chiocciola", "małpa", "coadă de maimuță",
                 "(et)", "majmunče", "apenstaartje", "krøllalfa", "snabel-a", "arobase",
                 "at dot", "[at] [dot]", "IPv4", "IPv6", "no scheme", "serial", "plate",
                 "snowmobile", "Mercosul", "fingerprint", "voiceprint", "palm-vein", "face",
                 "file name", "tattoo", "scar", "scarification", "irezumi", "tā moko",
                 "heterochromia", "occupation", "role", "Eircode", "CEP", "CAP", "kebele",
                 "jo-chome", "estate", "post box", "Gaeltacht", "iwi", "pepeha",
                 "named after a", "that is an ordinary word", "fax"):  # fmt: skip
        assert form in forms, form


@pytest.mark.parametrize("p", HELDOUT7, ids=lambda p: p.name)
def test_each_identifier_is_planted_and_found_nowhere_else(p: Patient) -> None:
    """Every planted identifier is in the notes; outside the planted spans (and the words
    describing a unique feature) none of them can be read, so a survival is a leak."""
    text = " ".join(plain(n.text) for n in p.notes)
    assert [t for _, t in p.planted if t not in text] == []
    assert found_elsewhere(p, DESCRIBED) == []
    assert all(language_of(p, t) for _, t in p.planted)


def test_every_described_phrase_is_in_the_corpus() -> None:
    text = " ".join(plain(n.text) for p in HELDOUT7 for n in p.notes)
    assert [d for d in DESCRIBED if d not in text] == []


def test_every_image_hides_its_name_where_the_measure_reads_it() -> None:
    """Each source file carries the name in its bytes, or its folder, or the figure's
    caption and label do; a burned-in name is pixels only."""
    for im in planted_images():
        folder = im.filename.rpartition("/")[0]
        if im.caption or im.label:
            assert readable(im, [im.data]) == []
            assert readable(im, [f"{im.caption} {im.label}".encode()]) == im.needles
        elif folder:
            assert folder == SUBFOLDER
            assert readable(im, [im.data]) == []
            assert readable(im, [folder.encode()]) == im.needles
        elif im.text is None:
            assert readable(im, [im.data]) == im.needles, im.key
        else:
            assert readable(im, [im.data]) == []


def test_the_burned_in_names_are_bright_and_boxed_where_they_say(tmp_path: Path) -> None:
    """Upright (the EXIF orientation applied), the letters are bright in every source file;
    a box covers the letters it is for, with room to spare, and no other."""
    images = {im.key: im for im in planted_images() if im.text}
    assert sorted(images) == ["burned-centre", "burned-light", "burned-rotated",
                              "burned-two-places"]  # fmt: skip
    for im in images.values():
        assert im.text is not None
        with PILImage.open(io.BytesIO(im.data)) as src:
            upright = ImageOps.exif_transpose(src)
        path = tmp_path / f"{im.key}.png"
        upright.save(path)
        assert not dark_under(path, im.text), im.key
    rotated = images["burned-rotated"]
    with PILImage.open(io.BytesIO(rotated.data)) as src:
        assert src.getexif()[0x0112] == 6 and src.size == (384, 512)
    assert rotated.redact and rotated.text
    assert all(rotated.redact[i] < rotated.text[i] for i in (0, 1))
    assert all(rotated.redact[i] > rotated.text[i] for i in (2, 3))
    two = images["burned-two-places"]
    assert two.redact and two.text and two.redact[2] < two.text[0]  # the box stops short
    centre = images["burned-centre"].text
    assert centre and centre[0] > 0.2 and centre[2] < 0.8 and 0.4 < centre[1] < centre[3] < 0.6
    assert not images["burned-centre"].redact and not images["burned-light"].redact
    assert [len(g) for g in image_groups(planted_images())] == [5, 1, 1, 1, 1]


# -- the measuring sees the obfuscations and is not fooled by their removal ----------------


@pytest.mark.parametrize(
    ("kind", "needle", "output", "leak"),
    [
        ("name/mathematical bold letters", "𝐒𝐨𝐮𝐬𝐚 𝐌𝐚𝐠𝐚𝐥𝐡ã𝐞𝐬", "a Sousa trabalha", True),
        ("name/mathematical bold letters", "𝐒𝐨𝐮𝐬𝐚 𝐌𝐚𝐠𝐚𝐥𝐡ã𝐞𝐬", "a [name] trabalha", False),
        ("name/recorded", "Ștefania Ioana Mureșan-Pop", "stefi.muresan la yahoo", True),
        ("name/recorded in kanji (phrase)", "山本 恵子", "患者 山本 恵子 様", True),
        ("name/recorded in kanji (phrase)", "山本 恵子", "患者 [name] 様", False),
        ("vehicle identifier/plate RS Cyrillic", "НС 418-ЂК", "аутомобил НС 418-ЂК;", True),
        ("geographic/town that is an ordinary word", "Reading RG1 8HG", "in [place]", False),
        ("age over 89/word mi", "iwa tekau mā whā", "(iwa tekau mā whā)", True),
        ("email/obfuscated", "chuygarza64 arroba hotmail punto com", "[email]", False),
    ],
)
def test_a_leak_is_seen_in_any_form(kind: str, needle: str, output: str, leak: bool) -> None:
    assert leaked(kind, needle, output) is leak


def test_a_particle_alone_is_counted_apart() -> None:
    name = "Annelie van der Merwe"
    assert particle_only("name/after mev.", name, "mev. [name] van der [name]")
    assert not particle_only("name/after mev.", name, "mev. [name] van der Merwe")
    assert not particle_only("name/after mev.", name, "nothing of it")
    assert not particle_only("geographic/x", "Abu", "Abu")
    assert not particle_only("name/handle (phrase)", "@segunsound", "x @segunsound y")


def test_an_unrelated_output_leaks_nothing_and_keeps_nothing() -> None:
    recs = records()[::9]  # a few records suffice to check the counting
    blank = Outputs(
        case_files=["nothing here"] * len(recs),
        events=[[""] * len(r.notes) for r in recs],
    )
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


# words glued to a planted span or a braced term: heldout4's word count takes the glued
# part for a word of its own, which the output (rightly) never holds alone (RESULTS.md)
GLUED = ['en-JP "san\'s"', "da 'variant'"]


def test_the_notes_themselves_leak_every_identifier_and_keep_every_term() -> None:
    recs = records()
    notes = [[plain(n.text) for n in r.notes] for r in recs]
    out = Outputs(case_files=[" ".join(n) for n in notes], events=notes)
    fig = figures(recs, out)
    assert fig.count("case file", "leaked") == fig.count("case file") > 600
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
    assert case_files.count("case file") == sum(len(r.planted) for r in _subset()) >= 150
    assert case_files.count("case file", "terms") > 250


@pytest.mark.xfail(strict=True, reason=MAIN_CASE_FILE_LEAKS)
def test_at_most_one_percent_of_identifiers_survive_the_case_files(
    case_files: Figures, capsys: pytest.CaptureFixture[str]
) -> None:
    _table(case_files, capsys)
    assert case_files.leak_rate("case file") <= 0.01, case_files.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_CASE_FILE_TERMS)
def test_at_least_99_percent_of_terms_survive_the_case_files(case_files: Figures) -> None:
    assert case_files.keep_rate("case file") >= 0.99, case_files.summary()


# met since the session's merges (main, 2026-12-02: Cureus and CMAJ 2/769 each over the
# whole corpus, none on this subset); MAIN_PDFS was main a086b00's figure
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
    """Stored, exported and printed, no image keeps its patient's name in any byte (its
    folder, the figure's caption and label included)."""
    assert images.count("stored") == len(images.images)
    for output in ("case file", "cureus"):
        refused = sum(1 for _, o in images.refused if o == output)
        assert images.count(output) == len(images.images) - refused
    assert images.survived() == 0, images.table(verbose=True)


def test_a_burned_in_name_under_a_box_comes_out_dark(images: ImageFigures) -> None:
    """The name the EXIF orientation turns under its box: not refused, its letters dark in
    the export and the report."""
    for output in ("case file", "cureus"):
        assert ("burned-rotated", output) not in images.refused, images.table(verbose=True)
        assert images.pixels[("burned-rotated", output)], images.table()


@pytest.mark.parametrize("key", ["burned-light", "burned-two-places"])
def test_a_burned_in_name_no_box_covers_is_refused(images: ImageFigures, key: str) -> None:
    """A name on a light label in a corner, or outside the box in the other corner: the
    export and the report refuse, naming the marks."""
    for output in ("case file", "cureus"):
        assert "text-like marks" in images.refused[(key, output)], images.table(verbose=True)


# met since main merged deidimage (the detector reads the whole image; that helper never
# read this corpus): MAIN_BURNED_CENTRE was main a086b00's figure
def test_a_name_burned_into_the_middle_is_refused_or_dark(images: ImageFigures) -> None:
    for output in ("case file", "cureus"):
        refused = ("burned-centre", output) in images.refused
        assert refused or images.pixels[("burned-centre", output)], images.table()
