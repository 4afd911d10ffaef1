"""The names classes corpus (``classes_names9.py``): people not in the record, places and
local identifiers in forms not handled before, and clinical names that hold a place or a
person's name, measured on both sides once for the module; then single cases of each
class fixed, and the clinical words of the same shapes that must stay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
from caselog.privacy.clinical_places import clinical_spans
from caselog.privacy.patterns import Hit
from caselog.privacy.person_context import coordinated
from tests.privacy.measure import leak_lines, lost_lines, plain_engine

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


@pytest.fixture(scope="module")
def measured() -> tuple[Figures, Ordinary]:
    from tests.privacy import classes_names9

    return classes_names9.figures()


def test_at_most_two_percent_of_the_class_identifiers_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    # both batches, each written before its fixes: 3/191 survive on main ec056ca, 0/191
    # after (the first batch's three: "Marchetti reviewed", "Price and Hill", "Huế")
    fig, _ = measured
    assert fig.leak_rate <= 0.02, leak_lines(fig)


def test_the_clinical_names_that_hold_a_place_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    # 130/155 on main ec056ca (West Nile, Murray Valley, Balkan, nTreg, Omsk, Sin Nombre...
    # lost); 155/155 after; ordinary words 905/986 on both
    fig, ordinary = measured
    assert fig.keep_rate >= 0.99, lost_lines(fig)
    assert ordinary.rate() >= 0.91, ordinary.table("lost")


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return plain_engine()


def _fresh() -> Deidentifier:
    return plain_engine()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("West Nile virus IgM was negative.", "West Nile virus"),
        ("St. Louis encephalitis was excluded.", "St. Louis encephalitis"),
        ("Murray Valley encephalitis is endemic in the north.", "Murray Valley encephalitis"),
        ("Rocky Mountain spotted fever was considered.", "Rocky Mountain spotted fever"),
        ("Balkan endemic nephropathy is chronic.", "Balkan endemic nephropathy"),
        ("Japanese encephalitis vaccine was given.", "Japanese encephalitis"),
        ("Lassa fever was excluded by RT-PCR.", "Lassa fever"),
        ("Crimean-Congo haemorrhagic fever was excluded.", "Crimean-Congo haemorrhagic fever"),
        ("Zika serology was negative.", "Zika serology"),
        ("Marburg virus disease was excluded.", "Marburg virus"),
        ("Nefropatia bałkańska i gorączka Zachodniego Nilu wykluczone.", "Zachodniego Nilu"),
        ("Escluse la febbre del Nilo occidentale e la malattia di Lyme.", "Nilo occidentale"),
        ("nTreg and iTreg subsets and pTreg cells were counted.", "nTreg and iTreg"),
        # a relation word of another language in a clinical name ("sin": Croatian son)
        ("Seoul virus and Sin Nombre virus are hantaviruses.", "Sin Nombre virus"),
        ("Omsk haemorrhagic fever is rare; Queensland tick typhus too.", "Queensland tick"),
    ],
)
def test_a_clinical_name_that_holds_a_place_is_kept(text: str, kept: str) -> None:
    out, _ = _fresh().redact(text)
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a place after a cue of living or coming from is a place, whatever it names
        ("She lives in Marburg with her son.", "Marburg"),
        ("Her daughter came from Lassa on Friday.", "Lassa"),
        # a person met in the text stays redacted, the clinical name beside it kept
        ("Dr Murray saw her; Murray Valley encephalitis was excluded.", "Dr Murray"),
        # a run holding a title is a person's name, whatever follows it
        ("Mrs Okafor disease notes were filed.", "Okafor"),
    ],
)
def test_a_place_or_person_outside_a_clinical_name_goes(text: str, gone: str) -> None:
    out, _ = _fresh().redact(text)
    assert gone not in out, out


def test_clinical_spans_cover_the_place_words_and_the_head() -> None:
    text = "Murray Valley encephalitis; Her fever settled; She lives in Kapsabet."
    spans = clinical_spans(text)
    assert [text[a:b] for a, b in spans] == ["Murray Valley encephalitis"]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a medical capital or eponym-in-context that is a family name, as a person
        ("Marchetti reviewed the films and agreed.", "Marchetti"),
        ("Later Jones phoned the ward about the potassium.", "Jones"),
        # before a relative pronoun of a person
        ("Seen with Marchetti, who drove her from the farm.", "Marchetti"),
        # a name-like word in a list with a person's name
        ("Price and Hill from the renal team disagreed.", "Price"),
        ("Okafor, Price and Jones reviewed the biopsy.", "Price"),
    ],
)
def test_a_name_known_to_a_medical_list_goes_where_a_person_stands(text: str, gone: str) -> None:
    out, _ = _fresh().redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Doppler confirmed the stenosis.", "Doppler confirmed"),
        ("Sister agreed to stay overnight.", "Sister agreed"),
        ("Mother said she was fine.", "Mother said"),
        ("Alport and Fabry were discussed; CT and Doppler were done.", "Alport and Fabry"),
        ("Bence Jones protein and Tamm-Horsfall protein were found.", "Bence Jones protein"),
        ("Nephrology reviewed the films.", "Nephrology reviewed"),
        ("Doppler, which was normal, and Alport, whose gene was found.", "Alport, whose"),
        ("Born at Ōkato on Friday, she moved to the city.", "Born at"),
    ],
)
def test_clinical_and_person_words_before_a_verb_are_kept(text: str, kept: str) -> None:
    out, _ = _fresh().redact(text)
    assert kept in out, out


def test_coordinated_follows_a_chain_of_names() -> None:
    text = "Okafor, Price and Hill"
    spans = [(8, 13), (18, 22)]  # Price, Hill
    assert coordinated(text, spans, [(0, 6)]) == [0, 1]
    assert coordinated(text, spans, []) == []
    # a preposition joins no list ("at" is Tagalog "and" too): "Born at [place]"
    assert coordinated("Born at Okato", [(0, 4)], [(8, 13)]) == []


def test_the_accented_capitals_leave_the_callers_lists_alone() -> None:
    case = Case(title="t", patient=Patient(sex="female", private=PrivateIdentifiers(name="A Q")))
    d = Deidentifier(case)
    taken: list[Hit] = []
    found = d._capitals("Lista: HRUŠKOVÁ Bohdana i GÁL Ede.", "text", taken)
    assert taken == []
    sure, guessed, listed = found
    assert sure and guessed and len(listed) == len(guessed)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # a local title taken in with the name is left out of the redaction
        ("Her NIK is on file; Pak Hartono, her husband, signed.", "Pak [name]", "Hartono"),
        ("Kasama niya si Mang Ramil sa bahay.", "Mang [name]", "Ramil"),
        ("Kızı Zeynep Hanım her hafta geliyor.", "Hanım", "Zeynep"),
        # a title that is a given name too stays in the name
        ("Don Bradman came with his daughter.", "came", "Don"),
    ],
)
def test_titles_at_a_names_ends_stay(text: str, kept: str, gone: str) -> None:
    out, _ = _fresh().redact(text)
    assert kept in out and gone not in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a word with a modifier letter (the okina) is one word of Latin script, redacted
        # whole: the scripts' finder cut "Nukuʻalofa" at it, the place finder "Hawaiʻi"
        ("He was driven from Kolonga to Nukuʻalofa for dialysis.", "alofa"),
        ("She lives in Hawaiʻi with her son.", "ʻi with"),
        ("Her brother lives in Māʻohi now.", "ohi"),
    ],
)
def test_a_name_with_a_modifier_letter_goes_whole(text: str, gone: str) -> None:
    out, _ = _fresh().redact(text)
    assert gone not in out, out
