"""Issue 14's targets on the sixth held-out corpus (``tests/privacy/heldout6``): at most 1%
of planted identifiers survive any output, at least 99% of clinical terms survive, and no
image carries its patient's name out, in its bytes or its pixels.

The corpus was written and committed before it was run against anything. The full
measurement (every output through ``caselog import``, ``export --anonymise`` and ``caselog
report``, series included) is ``python -m tests.privacy.heldout6.measure``; these tests
measure the case file of every record, the journal PDFs of a fixed subset and the images
(in three cases, one Cureus PDF each) through the same reader, writer and renderer the
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
from tests.privacy.heldout5.measure import ImageFigures, dark_under, readable
from tests.privacy.heldout6.corpus import CATEGORIES, DESCRIBED, HELDOUT6, TERM_NOTES, Patient
from tests.privacy.heldout6.images import planted_images
from tests.privacy.heldout6.measure import (
    TITLE,
    by_language,
    figures,
    image_groups,
    language_of,
    measure_images_direct,
    particle_only,
    records,
)

# the journal PDFs of a fixed subset (case files: every record): a patient whose Cureus
# report printed identifiers on main (Hungary; chosen after the first measurement, so the test
# can see a regression) and the last record, the clinical prose, which has no identifier, so
# its report prints every sentence; the full measurement writes every record's Cureus and
# CMAJ reports
PROSE = len(HELDOUT6)
PDF_SUBSET = {"cureus": [13, PROSE]}

# Met on branch deidleaks (2026-12-02): the case files 111/741 on main fa3a325, 51/741 on
# main a086b00, 2/741 (0.3%) after; the Cureus and CMAJ PDFs 19/741 and 16/741 on fa3a325,
# 5/741 and 3/741 on a086b00, 0/741 after (the Hungarian subset 2/27 -> 0/27).
MAIN_CASE_FILE_TERMS = "main fa3a325: 1368/1412 clinical terms (96.9%) kept in the case files"
MAIN_PDF_TERMS = (
    "main 2026-12-02: the clinical prose's Cureus PDF keeps 493/501 terms (98.4%): a "
    "sentence that held a recognised identifier's placeholder goes whole (reportterms' "
    "clause rule had reached 499/501, and printed on heldout8 what the de-identifier missed "
    "beside a redacted name)"
)


# -- the corpus is what it says ------------------------------------------------------------


def test_the_corpus_is_as_large_and_as_broad_as_the_brief() -> None:
    notes = [n for p in HELDOUT6 for n in p.notes]
    planted = [k for p in HELDOUT6 for k, _ in p.planted]
    all_terms = [t for n in [*notes, *TERM_NOTES] for t in terms(n.text)]
    assert len(HELDOUT6) >= 16 and len(planted) >= 400
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert len(all_terms) >= 1000
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    langs = {n.lang for n in notes}
    assert langs >= {"es-MX", "es-AR", "es-CO", "es-PE", "ca", "gl", "eu", "cy", "gd", "mt",
                     "el", "tr", "cs", "hu", "fi", "sv-FI", "is", "de-CH", "it-CH", "de-AT",
                     "nl-BE", "fr-BE", "fr-CA", "fr-SN", "uk", "ru", "sw", "tl", "en-KE",
                     "en-GH", "en-PK", "en-LK", "en-SG", "en-JM", "en-CA"}  # fmt: skip
    # every language of the patients also has clinical prose with no identifier in it
    assert {n.lang for n in TERM_NOTES} >= langs - {"en-MT"}
    forms = " ".join(planted)
    for form in ("after Dra.", "after Lic.", "after Dr. med.", "dott.ssa", "prof. MUDr.",
                 "after Mgr.", "Uzm. Dr.", "Doç. Dr.", "Prim. Univ.-Prof. Dr.", "OA Dr.",
                 "after LL", "lower-case dr.", "after д-р", "after Δρ.", "W/ro", "Tmt.",
                 "after Khun", "after Agha", "after Chief", "d/o", "w/o", "with De",
                 "with particle", "with i between", "Gaelic Nic", "hyphenated",
                 "ordinary word", "lower case", "ALL CAPS", "nickname", "teknonym",
                 "case ending", "possessive", "plural", "transliterated", "Greek script",
                 "Cyrillic", "initial", "handle", "employer", "named after a person",
                 "named after a saint", "named after an event", "named after a number",
                 "landmark", "no cue", "street no number", "postcode", "post box",
                 "roman month", "holiday", "feast", "festival", "weekday", "season",
                 "name day", "birthday", "relative to a", "Persian calendar", "Islamic year",
                 "written out", "ordinal", "age over 89/word", "age over 89/number",
                 "sentence end", "CURP", "CUIL", "DNI", "NUSS", "TC kimlik", "rodné číslo",
                 "TAJ", "henkilötunnus", "kennitala", "AHV", "SVNR", "rijksregisternummer",
                 "NAS SIN", "RNOKPP", "CNIC", "NRIC", "NIC old", "Ghana Card", "AMKA",
                 "IBAN", "CLABE", "CBU", "mobile money", "M-Pesa", "colegiada", "GMC",
                 "NMC", "CMQ", "PMDC", "INAMI", "GLN", "arroba", "arrova", "a bildua",
                 "παπάκι", "kukac", "zavináč", "ät", "hjá", "apenstaartje", "arobas",
                 "собачка", "at the rate", "[at]", "(at)", "et nokta", "IPv4", "IPv6",
                 "no scheme", "serial", "plate", "fishing boat", "fingerprint", "voiceprint",
                 "palm vein", "retina", "face", "file name", "tattoo", "scar", "birthmark",
                 "scarification", "occupation", "role", "traditional office"):  # fmt: skip
        assert form in forms, form


@pytest.mark.parametrize("p", HELDOUT6, ids=lambda p: p.name)
def test_each_identifier_is_planted_and_found_nowhere_else(p: Patient) -> None:
    """Every planted identifier is in the notes; outside the planted spans (and the words
    describing a unique feature) none of them can be read, so a survival is a leak."""
    text = " ".join(plain(n.text) for n in p.notes)
    assert [t for _, t in p.planted if t not in text] == []
    assert found_elsewhere(p, DESCRIBED) == []
    assert all(language_of(p, t) for _, t in p.planted)


def test_every_described_phrase_is_in_the_corpus() -> None:
    text = " ".join(plain(n.text) for p in HELDOUT6 for n in p.notes)
    assert [d for d in DESCRIBED if d not in text] == []


def test_every_image_hides_its_name_where_the_measure_reads_it() -> None:
    """Each source file carries the name in its bytes, or the figure's caption and label
    do; a burned-in name is pixels only, bright in the source file."""
    for im in planted_images():
        if im.caption or im.label:
            assert readable(im, [im.data]) == []
            assert readable(im, [f"{im.caption} {im.label}".encode()]) == im.needles
        elif im.text is None:
            assert readable(im, [im.data]) == im.needles, im.key
        else:
            assert readable(im, [im.data]) == []


def test_the_burned_in_names_are_wholly_boxed_or_not_boxed_at_all(tmp_path: Path) -> None:
    images = {im.key: im for im in planted_images()}
    boxed, bare = images["burned-boxed"], images["burned-nobox"]
    assert boxed.redact and boxed.text and bare.text and not bare.redact
    # the box covers every letter, with room to spare on each side
    assert all(boxed.redact[i] < boxed.text[i] for i in (0, 1) if boxed.text[i] > 0)
    assert all(boxed.redact[i] > boxed.text[i] for i in (2, 3))
    for im in (boxed, bare):
        assert im.text is not None
        path = tmp_path / im.filename
        path.write_bytes(im.data)
        assert not dark_under(path, im.text), im.key  # the letters are bright in the source
    assert [len(g) for g in image_groups(planted_images())] == [7, 1, 1]


# -- the measuring sees the obfuscations and is not fooled by their removal ----------------


@pytest.mark.parametrize(
    ("kind", "needle", "output", "leak"),
    [
        ("name/case ending", "Mäkirannalle", "lähete Mäkirannalle.", True),
        ("name/case ending", "Mäkirannalle", "lähete [name]lle.", False),
        ("name/Greek script", "Παρασκευή Κεχαγιά-Μπουρνάζου", "η κ. Κεχαγια", True),
        ("name/lower case", "veselá", "paní Vesela je", True),
        ("telephone/HU", "+36 30 418 2735", "számon +36304182735.", True),
        ("vehicle identifier/plate GR", "ΡΖΧ-4127", "αυτοκίνητο PΖX-4127.", True),
        ("vehicle identifier/plate UA", "ВС 4182 КТ", "авто BC 4182 KT.", True),
        ("name/employer", "mezcalera Los Siete Magueyes", "en la [name] Los Siete", False),
        ("date/Persian calendar", "۱۳۳۵/۱۲/۳۰", "geboren ۱۳۳۵/۱۲/۳۰ laut", True),
        ("email/obfuscated", "khady.sene arobase orange point sn", "[email]", False),
    ],
)
def test_a_leak_is_seen_in_any_form(kind: str, needle: str, output: str, leak: bool) -> None:
    assert leaked(kind, needle, output) is leak


def test_a_particle_alone_is_counted_apart() -> None:
    name = "Marites Dela Peña Bautista"
    assert particle_only("name/carer", name, "Ate [name] Dela [name]")
    assert not particle_only("name/carer", name, "Ate [name] Dela Peña [name]")
    assert not particle_only("name/carer", name, "nothing of it")
    assert not particle_only("geographic/x", "Dela", "Dela")
    assert not particle_only("name/handle (phrase)", "@baharkdz61", "x @baharkdz61 y")


def test_an_unrelated_output_leaks_nothing_and_keeps_nothing() -> None:
    recs = records()[::7]  # a few records suffice to check the counting (and cost 0.3 s)
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


# words glued to a planted span or a braced term ("fil-festa", "Hastanesi'nde",
# "norovirus-infektio", "BCG-spoelingen"): heldout4's word count takes the glued part for a
# word of its own, which the output (rightly) never holds alone (see RESULTS.md, errata)
GLUED = ["mt 'fil'", "tr 'nde'", "fi 'infektio'", "nl-BE 'spoelingen'"]


def test_the_notes_themselves_leak_every_identifier_and_keep_every_term() -> None:
    recs = records()
    notes = [[plain(n.text) for n in r.notes] for r in recs]
    out = Outputs(case_files=[" ".join(n) for n in notes], events=notes)
    fig = figures(recs, out)
    assert fig.count("case file", "leaked") == fig.count("case file") > 0
    assert fig.keep_rate() == 1.0
    assert fig.lost_words == GLUED
    langs = by_language(recs, out)
    assert sum(langs.leaked.values()) == fig.count("case file")
    assert langs.particles["case file"] == 0


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


def test_at_least_99_percent_of_terms_survive_the_case_files(case_files: Figures) -> None:
    # MAIN_CASE_FILE_TERMS until deidterms (2026-12-02): 1402/1412 (99.3%) since
    assert case_files.keep_rate("case file") >= 0.99, case_files.summary()


def test_at_most_one_percent_of_identifiers_survive_the_journal_pdfs(
    pdfs: Figures, capsys: pytest.CaptureFixture[str]
) -> None:
    recs = records()
    assert all(recs[i].planted for ids in PDF_SUBSET.values() for i in ids if i != PROSE)
    _table(pdfs, capsys)
    worst = max(pdfs.leak_rate(t) for t in PDF_SUBSET)
    assert worst <= 0.01, pdfs.summary()


def test_at_least_99_percent_of_terms_survive_the_journal_pdf(pdfs: Figures) -> None:
    """The clinical prose's Cureus report: a false alarm of de-identification costs the
    part of its sentence that holds the placeholder. MAIN_PDF_TERMS until scriptterms
    (2026-12-03: 499/501, identifiers 0/27; main ec056ca 487/501, reportterms 499/501: a
    placeholder takes out the smallest part of its sentence, no longer the sentence)."""
    assert pdfs.count("cureus", "terms") == len([t for n in TERM_NOTES for t in terms(n.text)])
    assert pdfs.keep_rate("cureus") >= 0.99, pdfs.summary()


def test_no_image_carries_its_name_out_in_its_bytes(images: ImageFigures) -> None:
    """Stored, exported and printed, no image keeps its patient's name in any byte (the
    figure's caption and label included)."""
    assert images.count("stored") == len(images.images)
    # only the image whose burned-in name no box covers may refuse an output, and it must
    assert {key for key, _ in images.refused} <= {"burned-nobox"}
    for output in ("case file", "cureus"):
        refused = sum(1 for _, o in images.refused if o == output)
        assert images.count(output) == len(images.images) - refused
    assert images.survived() == 0, images.table(verbose=True)


def test_a_burned_in_name_leaves_neither_in_the_pixels_nor_unrefused(
    images: ImageFigures,
) -> None:
    """The boxed name's letters are dark in every output that holds the image; the name no
    box covers makes the export and the report refuse, naming the marks."""
    assert ("burned-nobox", "case file") in images.refused, images.table(verbose=True)
    assert ("burned-nobox", "cureus") in images.refused, images.table(verbose=True)
    assert ("burned-boxed", "case file") not in images.refused
    assert images.pixels_leaked() == [], images.table()
    assert sorted(k for k in images.pixels) == [("burned-boxed", "case file"),
                                                ("burned-boxed", "cureus")]  # fmt: skip
    assert Counter(o for _, o in images.refused) == Counter({"case file": 1, "cureus": 1})
