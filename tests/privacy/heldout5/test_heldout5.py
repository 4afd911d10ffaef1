"""Issue 14's targets on the fifth held-out corpus (``tests/privacy/heldout5``): at most 1%
of planted identifiers survive any output, at least 99% of clinical terms survive, and no
image carries its patient's name out.

The corpus was written and committed before it was run against anything. The full
measurement (every output through ``caselog import``, ``export --anonymise`` and ``caselog
report``, series included) is ``python -m tests.privacy.heldout5.measure``; these tests
measure the case file of every record, the journal PDFs of a fixed subset and the images
(in two cases, one Cureus PDF each) through the same reader, writer and renderer the
command line calls, once a module, so they stay quick.

While main misses a target its test is marked ``xfail(strict=True)`` with the figures
measured on main; remove the mark when the figures meet the target.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

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
from tests.privacy.heldout5.corpus import CATEGORIES, DESCRIBED, HELDOUT5, TERM_NOTES, Patient
from tests.privacy.heldout5.images import planted_images
from tests.privacy.heldout5.measure import (
    TITLE,
    ImageFigures,
    dark_under,
    figures,
    measure_images_direct,
    readable,
    records,
)

# the journal PDFs of a fixed subset, the templates in turn (case files: every record); the
# last record, the clinical prose, has no identifier, so its report prints every sentence
PROSE = len(HELDOUT5)
PDF_SUBSET = {"cureus": [1, 13, PROSE], "cmaj": [5, 17]}

MAIN_CASE_FILE_LEAKS = (
    "main 0b32dfd: 78/486 planted identifiers (16.0%) survive the anonymised case files "
    "(a name counts when any word of it of three letters or more survives; 2 of the 78 are "
    "a particle alone)"
)
MAIN_CASE_FILE_TERMS = "main 0b32dfd: 1154/1210 clinical terms (95.4%) kept in the case files"
MAIN_PDFS = (
    "main 0b32dfd: 8/486 identifiers (1.6%) survive the Cureus and 8/486 the CMAJ PDFs of "
    "all records; on this test's subset Cureus 1/45 (2.2%), CMAJ 0/49"
)
MAIN_PDF_TERMS = (
    "main 0b32dfd: the clinical prose's Cureus PDF keeps 457/600 terms (76.2%), the rest "
    "in sentences left out for a placeholder; main ec056ca 507/600, reportterms 568/600 "
    "(94.7%: only the part of a sentence holding a placeholder is left out)"
)


# -- the corpus is what it says ------------------------------------------------------------


def test_the_corpus_is_as_large_and_as_broad_as_the_brief() -> None:
    notes = [n for p in HELDOUT5 for n in p.notes]
    planted = [k for p in HELDOUT5 for k, _ in p.planted]
    all_terms = [t for n in [*notes, *TERM_NOTES] for t in terms(n.text)]
    assert len(HELDOUT5) >= 12 and len(planted) >= 300
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert len(all_terms) >= 900
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    langs = Counter(n.lang for n in notes)
    assert set(langs) >= {"pt", "it", "ro", "hr", "sk", "lt", "lv", "et", "no", "da", "af",
                          "ms", "id", "en"}  # fmt: skip
    forms = " ".join(planted)
    for form in ("zero-width space", "zero-width joiner", "soft hyphens", "homoglyph",
                 "fullwidth", "spaced letters", "plural", "possessive", "lower case",
                 "no separator", "nickname", "non-English title", "employer", "holiday",
                 "sentence end", "no scheme", "obfuscated", "handle", "tattoo", "scar",
                 "occupation", "Islamic calendar", "Hebrew calendar", "era Japanese",
                 "roman month", "ISO", "weekday", "season", "ordinal", "postcode BR CEP",
                 "Eircode", "PIN", "postcode JP", "postcode AU", "postcode UK", "CPF",
                 "Aadhaar", "CHI", "Medicare", "IBAN", "with ibn", "with bin", "with Mac",
                 "with particle", "dictionary word", "facility named after a person",
                 "age over 89/word", "serial", "plate", "fingerprint", "file name"):  # fmt: skip
        assert form in forms, form


@pytest.mark.parametrize("p", HELDOUT5, ids=lambda p: p.name)
def test_each_identifier_is_planted_and_found_nowhere_else(p: Patient) -> None:
    """Every planted identifier is in the notes; outside the planted spans (and the words
    describing a unique feature) none of them can be read, so a survival is a leak."""
    text = " ".join(plain(n.text) for n in p.notes)
    assert [t for _, t in p.planted if t not in text] == []
    assert found_elsewhere(p, DESCRIBED) == []


def test_every_described_phrase_is_in_the_corpus() -> None:
    text = " ".join(plain(n.text) for p in HELDOUT5 for n in p.notes)
    assert [d for d in DESCRIBED if d not in text] == []


def test_every_image_hides_its_name_where_the_measure_reads_it() -> None:
    """Each source file carries the name (but the burned-in one, whose name is pixels,
    bright under its redact box): the measure reads what a careless copy would keep."""
    for im in planted_images():
        if im.redact:
            assert readable(im, [im.data]) == []
        else:
            assert readable(im, [im.data]) == im.needles, im.key


def test_the_burned_in_name_is_seen_in_pixels_left_in_the_file(tmp_path: Path) -> None:
    [burned] = [im for im in planted_images() if im.redact]
    assert burned.redact is not None and burned.text is not None
    (tmp_path / "b.png").write_bytes(burned.data)
    assert not dark_under(tmp_path / "b.png", burned.redact)
    assert not dark_under(tmp_path / "b.png", burned.text)
    # the letters run past the box: its right edge is short of theirs
    assert burned.text[2] > burned.redact[2]


# -- the measuring sees the obfuscations and is not fooled by their removal ----------------


@pytest.mark.parametrize(
    ("kind", "needle", "output", "leak"),
    [
        ("name/soft hyphens", "Rim\u00adkū\u00adnas", "pavardė Rimkunas.", True),
        ("name/soft hyphens", "Rim\u00adkū\u00adnas", "pavardė [name].", False),
        ("name/zero-width joiner", "Swane\u200dpoel", "staan Swanepoel op", True),
        ("name/fullwidth", "ＷＡＨＹＵＮＩＮＧＳＩＨ", "tertulis Wahyuningsih dalam", True),
        ("name/spaced letters", "T R A N", "navnet TRAN på", True),
        ("name/homoglyph", "Gr\u0430ziella", "compare anche «Graziella»", True),
        ("telephone/sentence end", "0412 558 276", "Mobile 0412558276.", True),
        ("telephone/sentence end", "0412 558 276", "Mobile [phone].", False),
        ("name/employer", "Golden Lotus Bakery", "runs the [name] Bakery", False),
        ("geographic/postcode IE Eircode", "H71 XK52", "Co. [place], h71 xk52.", True),
    ],
)
def test_a_leak_is_seen_in_any_form(kind: str, needle: str, output: str, leak: bool) -> None:
    assert leaked(kind, needle, output) is leak


def test_an_unrelated_output_leaks_nothing_and_keeps_nothing() -> None:
    recs = records()
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


def test_the_notes_themselves_leak_every_identifier_and_keep_every_term() -> None:
    recs = records()
    notes = [[plain(n.text) for n in r.notes] for r in recs]
    fig = figures(recs, Outputs(case_files=[" ".join(n) for n in notes], events=notes))
    assert fig.count("case file", "leaked") == fig.count("case file") > 0
    assert fig.keep_rate() == 1.0
    assert fig.words_rate() == 1.0


# -- the targets ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def case_files(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    recs = records()
    return figures(recs, produce_direct(recs, tmp_path_factory.mktemp("case-files")))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    recs = records()
    work = tmp_path_factory.mktemp("pdfs")
    return figures(recs, produce_direct(recs, work, PDF_SUBSET, case_files=False))


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> ImageFigures:
    return measure_images_direct(tmp_path_factory.mktemp("images"))


def _table(fig: Figures, capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + fig.table())


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
    recs = records()
    assert all(recs[i].planted for ids in PDF_SUBSET.values() for i in ids if i != PROSE)
    _table(pdfs, capsys)
    worst = max(pdfs.leak_rate(t) for t in PDF_SUBSET)
    assert worst <= 0.01, pdfs.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_PDF_TERMS)
def test_at_least_99_percent_of_terms_survive_the_journal_pdf(pdfs: Figures) -> None:
    """The clinical prose's Cureus report: a sentence de-identification put a placeholder
    in is left out whole, so a false alarm there costs every term of its sentence."""
    assert pdfs.count("cureus", "terms") == len([t for n in TERM_NOTES for t in terms(n.text)])
    assert pdfs.keep_rate("cureus") >= 0.99, pdfs.summary()


def test_no_image_carries_its_name_out_in_its_bytes(images: ImageFigures) -> None:
    """Stored, exported and printed, no image keeps its patient's name in any byte."""
    assert images.count("stored") == len(images.images)
    # only an image with a burned-in name left uncovered may refuse an output (the test
    # below); every other image goes out and is read
    burned = {im.key for im in images.images if im.redact}
    assert {key for key, _ in images.refused} <= burned
    for output in ("case file", "cureus"):
        refused = sum(1 for _, o in images.refused if o == output)
        assert images.count(output) == len(images.images) - refused
    assert images.survived() == 0, images.table(verbose=True)


def test_no_burned_in_name_leaves_in_the_pixels(images: ImageFigures) -> None:
    """The letters of a burned-in name are dark in every output that holds the image, or
    the output is refused (naming the marks) while some are uncovered."""
    [burned] = [im for im in images.images if im.redact]
    printed = [o for o in ("case file", "cureus") if (burned.key, o) not in images.refused]
    assert sorted(o for (_, o) in images.pixels) == sorted(printed)
    assert images.pixels_leaked() == [], images.table()
