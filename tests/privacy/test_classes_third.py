"""Issue 14's leak classes (``caselog/privacy/regional.py``, ``slots.py``), each on forms
and languages the heldout4 corpus does not use, and the clinical text beside them."""

from __future__ import annotations

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return Deidentifier(
        Case(title="t", patient=Patient(sex="female", private=PrivateIdentifiers(name="Ada Q")))
    )


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # holidays, name days, weekday compounds
        ("Hun blev indlagt juleaften med feber.", "juleaften"),
        ("Sie kam am Ostermontag in die Notaufnahme.", "Ostermontag"),
        ("Admitted on Shrove Tuesday with fluid overload.", "Shrove"),
        ("Sønnen kommer onsdagskveld med bilen.", "onsdagskveld"),
        ("Ricoverata il giorno di Pasquetta per iperkaliemia.", "Pasquetta"),
        ("Na Štedrý deň mala horúčku.", "Štedrý"),
        ("Hij belt zaterdagochtend naar de afdeling.", "zaterdagochtend"),
        # dates written out
        ("Externată pe 14 martie 2024.", "martie"),
        ("Otpuštena je 5. svibnja 2024. uz terapiju.", "svibnja"),
        ("Seen on the twenty-third of May.", "twenty-third"),
        ("Entlassung am 3.IV.2022 nach Hause.", "3.IV.2022"),
        ("Erikoislääkäri 5. maaliskuuta 2024.", "maaliskuuta"),
        # ages over 89
        ("Hun fyldte 92 år i sommer.", "92"),
        ("Pacienta, în vârstă de 94 de ani, face dializă.", "94"),
        ("Gospođa ima 92 godine.", "92"),
        ("Ha compiuto 93 anni.", "93"),
        ("She celebrated her hundredth in the spring.", "hundredth"),
        ("She is in her tenth decade.", "tenth decade"),
        # unique features
        ("Tem uma tatuagem de uma andorinha no pulso.", "andorinha"),
        ("Ha una cicatrice a forma di stella sulla fronte.", "stella"),
        ("Ima ožiljak u obliku slova V na bradi.", "slova V"),
        ("Are un semn din naștere în formă de inimă.", "inimă"),
        # nicknames
        ("Hun kaldes Mormor Bitte af hele afsnittet.", "Bitte"),
        ("La chiamano tutti Pina.", "Pina"),
        ("Her lodger, known to the staff as Bunny, keeps the key.", "Bunny"),
        # numbers a few words after their label
        ("La targa dell'auto del figlio è GE 447 KP.", "GE 447 KP"),
        ("CPR-nummer 110332 4418 blev tjekket.", "110332 4418"),
        ("NIF 231 447 902; cartão de utente 5190 4471 22.", "5190 4471 22"),
        ("Numărul de înmatriculare CJ 12 FLM.", "CJ 12 FLM"),
        ("Policy AXA-PL 3390 221 was checked.", "3390 221"),
        ("Rodné číslo 305220/4417 bolo overené.", "305220/4417"),
        # addresses and postcodes
        ("Morada: Rua das Flores 118, 2.º esq., 4050-262; vive com a filha.", "4050-262"),
        ("Adresse: Skovbrynet 9, 5700; hun bor alene.", "5700"),
        ("Hun bor på Lyngveien 4, 4370, sammen med sønnen.", "4370"),
        ("Abita in via del Fosso 12, 55100, con la nuora.", "55100"),
        ("GPS 58.4521° N, 6.0012° E at the cabin.", "58.4521"),
        # place slots and suspicions decided
        ("The patient lives near Rothbury with her son.", "Rothbury"),
        ("Abita a Lucca con la nuora.", "Lucca"),
        ("Pacienta din Turda face dializă.", "Turda"),
        ("Grace brought the medication list.", "Grace"),
        ("Her grandson Søren flies in every spring.", "Søren"),
        # a capitalised word ending like a genus before a word ending like a species, in
        # mid-sentence, is no organism in a language with such endings
        ("Perhe on asunut Rovaniemellä vuodesta 1960.", "Rovaniemel"),
    ],
)
def test_a_class_identifier_goes(engine: Deidentifier, text: str, gone: str) -> None:
    out, _ = engine.redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The eGFR was 9 ml/min in Tacrolimus-treated recipients.", "Tacrolimus-treated"),
        ("Seen in Alport syndrome and in Sjögren syndrome.", "Alport syndrome"),
        ("Seen in Alport syndrome and in Sjögren syndrome.", "Sjögren syndrome"),
        ("She scored 7 on the Clinical Frailty Scale.", "Clinical Frailty Scale"),
        ("Also known as Goodpasture syndrome.", "Goodpasture syndrome"),
        ("The ninety-fifth percentile was reached.", "ninety-fifth percentile"),
        ("On Day 3 the catheter was removed.", "catheter"),
        ("Since Tuesday she has had dialysis.", "Since"),
        ("A surgical scar over the left flank; scar tissue at the exit site.", "left flank"),
        ("Iris was normal; Hope was lost.", "Iris"),
        ("Volume 90 ml; 95 mg; 100 years ago.", "100 years ago"),
        ("The platelet count was 150; blood card 4 times.", "platelet count was 150"),
        ("El paciente recibió tacrolimus en Urgencias.", "tacrolimus"),
        ("Nach Gabe von Tacrolimus in Narkose.", "in Narkose"),
        ("CD4 350 cells; PTH 96 pmol/L; Kt/V 1.38 on 12 sessions.", "PTH 96 pmol/L"),
        ("Blood cultures grew Kocuria kristinae and Rothia mucilaginosa.", "Kocuria kristinae"),
        ("Blood cultures grew Kocuria kristinae and Rothia mucilaginosa.", "Rothia mucilaginosa"),
    ],
)
def test_clinical_text_beside_the_classes_is_kept(
    engine: Deidentifier, text: str, kept: str
) -> None:
    out, _ = engine.redact(text)
    assert kept in out, out


def test_a_name_like_word_at_a_sentences_start_before_a_verb_is_no_longer_silent(
    engine: Deidentifier,
) -> None:
    """On main, "Heather phoned" was kept and not even listed for review."""
    out, done, _ = engine.review("Heather phoned from the farm.")
    assert "Heather" not in out
    assert [r.original for r in done] == ["Heather"]


def test_a_redacted_suspicion_stays_undoable_by_the_author() -> None:
    """A suspicion the rules now redact is a ``Redaction`` the review lists; the author's
    "safe" decision keeps it."""
    from caselog.privacy.review import Decisions

    case = Case(title="t", patient=Patient(sex="female"))
    out, done = Deidentifier(case).redact("Abita a Lucca con la nuora.")
    assert "Lucca" not in out and any(r.original == "Lucca" for r in done)
    kept, _ = Deidentifier(case, Decisions(safe=frozenset({"lucca"}))).redact(
        "Abita a Lucca con la nuora."
    )
    assert "Lucca" in kept


def test_third_classes_corpus_both_sides(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.privacy import classes_third

    fig, ordinary = classes_third.figures()
    with capsys.disabled():
        print("\n" + fig.table("third classes corpus (tests/privacy/classes_third.py)"))
        print(ordinary.table("ordinary words of the third classes corpus"))
    # measured after the fix (written before it: 36/85 survived then)
    assert fig.leak_rate <= 0.02, fig.table("leaks")
    assert fig.keep_rate >= 0.99, fig.table("lost")
    assert ordinary.rate() >= 0.80, ordinary.table("lost")


def test_a_clinical_names_field_holding_a_sentence_is_free_text(engine: Deidentifier) -> None:
    """An indication is one clinical name (an unknown word there is only reported), but an
    indication written as a sentence is prose: its names go as in a note."""
    one, done, suspects = engine.review("Kalziphylaxie", "events[0].indication")
    assert one == "Kalziphylaxie" and not done
    out, _, _ = engine.review(
        "Wrzosekowa gave vancomycin after dialysis for calciphylaxis.", "events[0].indication"
    )
    assert "Wrzosekowa" not in out
    out, _, _ = engine.review(
        "Brambillona ha prescritto vancomicina dopo la dialisi.", "events[0].reason"
    )
    assert "Brambillona" not in out


@pytest.mark.parametrize(
    ("name", "text", "gone"),
    [
        ("Jan Kowalski", "Rozmowa z Kowalskim i jego żoną.", "Kowalskim"),
        ("Jan Kowalski", "List do pani KOWALSKIEJ.", "KOWALSKIEJ"),
        ("Libuše Holubová", "Paní Holubovou navštívil syn.", "Holubovou"),
        ("Ilona Fekete", "Feketét a lánya kísérte.", "Feketét"),
        ("Joost Jansen", "Met vriendelijke groet,\nJOOST JANSEN", "JANSEN"),
        ("Joost Jansen", "Jansens dochter belde.", "Jansens"),
    ],
)
def test_a_recorded_name_goes_in_its_case_endings(name: str, text: str, gone: str) -> None:
    case = Case(title="t", patient=Patient(sex="male", private=PrivateIdentifiers(name=name)))
    out, done = Deidentifier(case).redact(text)
    assert gone not in out and any(r.kind == "name" for r in done), out


def test_an_ordinary_word_starting_with_a_recorded_name_is_kept() -> None:
    case = Case(title="t", patient=Patient(sex="male", private=PrivateIdentifiers(name="C Baker")))
    out, _ = Deidentifier(case).redact("The bakery delivered bread.")
    assert "bakery" in out
