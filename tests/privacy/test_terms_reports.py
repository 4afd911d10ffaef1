# ruff: noqa: E501, RUF001  (a table of sentences: one case a line reads best)
"""Clinical terms the printed report keeps of the de-identified text
(``terms_reports.py``: 369 terms, clinical prose in 18 languages and nine Englishes, 19
sentences with one redacted name in a clause), measured through the functions ``caselog
report ... --accept-redactions`` and ``caselog export --anonymise`` call.

Figures (terms kept; identifiers printed), main ec056ca before this change, then after it:

- case file: 362/369, unchanged (the de-identifier is not changed here);
- Cureus PDF: 218/369 (59.1%) -> 302/369 (81.8%); identifiers printed 0/19 -> 0/19;
- CMAJ PDF: 217/369 (58.8%) -> 301/369 (81.6%); 0/19 -> 0/19;
- series PDF: 236/369 (64.0%) -> 301/369 (81.6%); 0/19 -> 0/19;
- then a sentence that held a recognised identifier goes whole again (only a suspected
  word's placeholder, ``placeholders.GUESSES``, takes out just its part; on heldout8 the
  clause rule had printed what the de-identifier missed beside a redacted name: 6 -> 15 of
  584 identifiers in its Cureus PDF, 5 with this): Cureus 278/369 (75.3%), CMAJ and series
  277/369 (75.1%), identifiers 0/19; this corpus's 19 sentences with a redacted name in a
  clause now go whole.

On the development corpora's clinical prose (``produce_direct``, the Cureus and CMAJ
PDFs): heldout5 507/600 and 497/600 -> 568/600 and 565/600; heldout6 487/501 and 487/501
-> 499/501 and 499/501 (its strict xfail lifted).

What is still lost is lost with a clause the de-identifier put a placeholder in (mostly a
sentence's first word of another language read as a name: "[name or place] начат
гемодиализ"), which cannot print without saying more than the record (the word may have
been a negation). The thresholds sit between main's figures and today's.
"""

from __future__ import annotations

import pytest

from caselog.report import clauses, placeholders
from caselog.report.prose import sentences
from tests.privacy import terms_reports as t


@pytest.fixture(scope="module")
def fig() -> t.Figures:
    return t.measure()


@pytest.mark.parametrize("output", ["cureus", "cmaj", "series"])
def test_the_reports_keep_the_clinical_terms_the_case_file_keeps(
    fig: t.Figures, output: str
) -> None:
    assert fig.rate("case file") >= 0.97, fig.table(verbose=True)
    assert fig.rate(output) >= 0.72, fig.table(verbose=True)
    assert fig.rate("case file") - fig.rate(output) <= 0.25, fig.table()


def test_no_identifier_and_no_placeholder_prints(fig: t.Figures) -> None:
    for output in t.OUTPUTS:
        assert fig.planted[output] == 19
        assert fig.leaked[output] == 0, fig.leaks[output]


def test_what_a_report_leaves_out_is_named_for_the_author(fig: t.Figures) -> None:
    for output in ("cureus", "cmaj", "series"):
        parts = [w for w in fig.warnings[output] if "part of a sentence" in w]
        assert parts, output  # a part left out is said, and in its sentence
        assert all("[" in w and " of " in w for w in parts)
    # never the identifier: the warning quotes the redacted form
    assert not any("Adeyemi" in w or "Folake" in w for o in t.OUTPUTS for w in fig.warnings[o])


# -- the sentences ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # a sentence opens with a capital no ASCII has
        (
            "Hidronefrosis bilateral. Él refiere disuria.",
            ["Hidronefrosis bilateral.", "Él refiere disuria."],
        ),
        (
            "Primila ciklofosfamid i.v. Šest pulseva.",
            ["Primila ciklofosfamid i.v.", "Šest pulseva."],
        ),
        (
            "Креатинин 310 мкмоль/л. Экстренно начат гемодиализ.",
            ["Креатинин 310 мкмоль/л.", "Экстренно начат гемодиализ."],
        ),
        (
            "Χορηγήθηκε πατιρομέρη 8,4 g. Ήπια υπασβεστιαιμία.",
            ["Χορηγήθηκε πατιρομέρη 8,4 g.", "Ήπια υπασβεστιαιμία."],
        ),
        # a unit ends one, a title or an abbreviation a sentence goes on after does not
        (
            "Creatinine 3.2 mg/dl. Within 48 hours she was oliguric.",
            ["Creatinine 3.2 mg/dl.", "Within 48 hours she was oliguric."],
        ),
        (
            "Ödeme, z. B. Proteinurie von ca. 3 g. Übernahme.",
            ["Ödeme, z. B. Proteinurie von ca. 3 g.", "Übernahme."],
        ),
        ("Хемоглобин 98 g/l, т.е. Анемија блага.", ["Хемоглобин 98 g/l, т.е. Анемија блага."]),
        ("Υποτροπή, π.χ. Πλήρης ύφεση.", ["Υποτροπή, π.χ. Πλήρης ύφεση."]),
        (
            "Übernahme von Dr. med. Wohlfahrt. Ödeme.",
            ["Übernahme von Dr. med. Wohlfahrt.", "Ödeme."],
        ),
        ("Kontrola kod dr. Jovanović. Žeđ.", ["Kontrola kod dr. Jovanović.", "Žeđ."]),
        ("Sessions: No. 3 of 4. Done.", ["Sessions: No. 3 of 4.", "Done."]),
        # a list's number is no sentence
        (
            "1. Tacrolimus 2 mg b.i.d. 2. Prednisolone 5 mg.",
            ["1. Tacrolimus 2 mg b.i.d.", "2. Prednisolone 5 mg."],
        ),
    ],
)
def test_sentences_are_cut_in_any_script(text: str, cut: list[str]) -> None:
    assert sentences(text) == cut


# -- the smallest part that goes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("placed", "printed"),
    [
        # a part between semicolons, a label, a first part before a clause or a measurement
        (
            "[name or place] niedokrwistość, Hb 9,6 g/dl; włączono darbepoetynę alfa 30 µg.",
            "Hb 9,6 g/dl; włączono darbepoetynę alfa 30 µg.",
        ),
        ("Ecografía [name or place]: hidronefrosis bilateral.", "Hidronefrosis bilateral."),
        ("[name]: diabetes.", None),  # whose?
        (
            "[name or place] 48 hours after vancomycin, the patient was oliguric.",
            "The patient was oliguric.",
        ),
        # a pronoun may stand for the person named in the part that went
        ("[name] 48 hours of starting vancomycin, she developed acute kidney injury.", None),
        ("Creatinine 2.1 mg/dl; [name or place] was tested; she has PKD.", "Creatinine 2.1 mg/dl."),
        (
            "Per Dr. [name or place] note, ischaemic colitis after kayexalate; switched to patiromer.",
            "Ischaemic colitis after kayexalate; switched to patiromer.",
        ),
        ("Creatinine 2.1 mg/dl; [name or place] прати пацијенткињу.", "Creatinine 2.1 mg/dl."),
        (
            "Her daughter [name or place] brings her to every session, and sevelamer 800 mg was "
            "continued.",
            "Sevelamer 800 mg was continued.",
        ),
        # a later part, unless it bounds what went before
        (
            "Tacrolimus was reduced to 2 mg, [name or place] agreed.",
            "Tacrolimus was reduced to 2 mg.",
        ),
        ("Dialysis continues thrice weekly, unless [name] agrees otherwise.", None),
        ("Tacrolimus was held, only at [name or place].", None),
        # the name is the subject, or the part is all the sentence says
        ("Dr. [name] prescribed tacrolimus.", None),
        ("Mr. [name], her neighbour, drove her in.", None),
        ("[name or place] objawów nadciśnienia złośliwego.", None),
        ("Šest pulseva po [name or place] protokolu.", None),
        # a negation or a redacted first word may reach over the list after it
        ("No [name or place], fever or rash.", None),
        ("[name] fever, rash or oedema.", None),
        ("Kein [name or place], Fieber oder Ausschlag.", None),
        # what follows hangs on the part that went
        ("Reviewed with Dr. [name], who agreed to start cinacalcet 30 mg.", None),
        ("[name] am ehesten diabetische Nephropathie, z. B. bei Proteinurie von 3 g.", None),
        # the other languages' relations and doctors go with their name, not the sentence
        ("Ehefrau [name] berichtet über Dyspnoe.", "Ehefrau berichtet über Dyspnoe."),
        ("Её сын [name or place] сообщает об олигурии.", "Её сын сообщает об олигурии."),
        ("Η κόρη της, η [name or place], ανέφερε σύγχυση.", "Η κόρη της ανέφερε σύγχυση."),
        (
            "Übernahme von Dr. med. [name] mit akutem Nierenversagen.",
            "Übernahme mit akutem Nierenversagen.",
        ),
        ("Kontrola kod dr. [name]: kreatinin 188 µmol/l.", "Kontrola: kreatinin 188 µmol/l."),
        ("Nie był badany przez dr. [name].", None),  # a negation: never "he was examined"
    ],
)
def test_only_the_part_holding_a_placeholder_goes(placed: str, printed: str | None) -> None:
    out, dropped = placeholders.without_placeholders(placed, "female")
    assert not placeholders.PLACEHOLDER.search(out)
    if printed is None:
        assert out == "" and dropped == [placed]
    else:
        assert out == printed
        assert all(isinstance(d, placeholders.Part) and d.sentence == placed for d in dropped)


def test_a_list_keeps_its_lines_and_loses_only_the_line_with_a_name() -> None:
    text = "Medications:\n1. Tacrolimus 2 mg b.i.d.\n2. [name] gives the injections\n3. Prednisolone 5 mg."
    out, dropped = placeholders.without_placeholders(text)
    assert out == "Medications:\n1. Tacrolimus 2 mg b.i.d.\n3. Prednisolone 5 mg."
    assert dropped == ["2. [name] gives the injections"]


def test_the_clause_rules_alone() -> None:
    assert clauses.take_out("Na 131; [name] 5.9") == ("Na 131.", ["[name] 5.9"])
    assert clauses.take_out("[name] and [name] visited.") == ("", ["[name] and [name] visited."])
    assert clauses.take_out("No placeholder here.") == ("No placeholder here.", [])
    assert clauses.negated("Kein [name] Fieber") and clauses.negated("без [name]")
    assert not clauses.negated("[name] Fieber, CRP 5 mg/l")


def test_what_cmaj_cuts_for_length_is_told() -> None:
    from caselog.report import build_report
    from tests.examples import load_example

    case = load_example()
    assert case.report is not None
    case.report.case_presentation = None  # the drafted short text
    warned = [
        w for w in build_report(case, "cmaj").warnings if "for the clinical image's length" in w
    ]
    assert len(warned) == 1
    assert "5 results before the onset (Calcium, PTH, intact and Phosphate)" in warned[0]
    assert "1 result within their ranges (white blood cells)" in warned[0]
    # the Cureus report cuts nothing for length, and says nothing of it
    assert not [w for w in build_report(case, "cureus").warnings if "length" in w]


def test_taking_out_less_never_prints_a_place_the_de_identifier_missed() -> None:
    # heldout6's Godelieve: the de-identifier took "Poperinge" and kept "Brussel"; the
    # sentence left out whole hid it, the clause left out alone would print it
    placed = (
        "Hopboerin uit [name or place], nam kruiden met Aristolochia in een kliniek in Brussel."
    )
    assert placeholders.without_placeholders(placed, "female") == ("", [placed])
    # a courtesy title of another language before the patient's own name
    out, _ = placeholders.without_placeholders("Mevrouw [patient], 70 jaar, nam kruiden.", "female")
    assert out == "The patient, 70 jaar, nam kruiden."
    assert placeholders.without_placeholders("Herr [patient] kam.", "female")[0] == ""


@pytest.mark.parametrize(
    "placed",
    [
        "Tacrolimus was reduced to 2 mg, [name] agreed.",
        "Her daughter [name] brings her to every session, and sevelamer 800 mg was continued.",
        "Creatinine 2.1 mg/dl; [place] was where she lived; she has PKD.",
        "Seen on [date], tacrolimus was reduced to 2 mg.",
    ],
)
def test_a_sentence_that_held_a_recognised_identifier_goes_whole(placed: str) -> None:
    """Only a word the de-identifier suspected (``placeholders.GUESSES``: "[name or
    place]", "[word]") takes out just its part: beside a recognised identifier (a name, a
    place, a date) what it missed would print with the rest, so that sentence goes whole."""
    out, dropped = placeholders.without_placeholders(placed, "female")
    assert out == "" and dropped == [placed]
