"""The fifth classes corpus (``classes_fifth.py``): the classes heldout6 still leaked
(licences after national labels, plates, ages over 89 in words and with other languages'
age words, holidays and seasons with a year, spelt-out e-mails, URLs without a scheme,
roles that single a person out, demonyms), in languages heldout6 does not use, measured on
both sides once for the module; then single cases of each class and the clinical text
beside them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from caselog.privacy import Deidentifier
from tests.privacy.measure import leak_lines, lost_lines, plain_engine

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


@pytest.fixture(scope="module")
def measured() -> tuple[Figures, Ordinary]:
    from tests.privacy import classes_fifth

    return classes_fifth.figures()


def test_at_most_one_percent_of_the_class_identifiers_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    # written before the fixes: 35/200 survived on main a086b00
    fig, _ = measured
    assert fig.leak_rate <= 0.01, leak_lines(fig)


def test_the_clinical_terms_and_ordinary_words_beside_them_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    fig, ordinary = measured
    assert fig.keep_rate >= 0.99, lost_lines(fig)
    assert ordinary.rate() >= 0.85, ordinary.table("lost")


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return plain_engine()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # licences after labels of other countries, dotted, slashed, after "n°" or capitals
        ("La atiende la Dra. Sosa, M.P. 13.724, en el hospital.", "13.724"),
        ("Lo valoró el Dr. Restrepo, registro médico RM 5-1473-09.", "1473"),
        ("Rat lit-Tabib Dr. Azzopardi, reġistru MC 4172.", "4172"),
        ("Την παρακολουθεί η Δρ. Τσιρογιάννη, αρ. μητρώου ΙΣΙ 48172.", "48172"),
        ("Dr. Akbaba (diploma tescil 60317) takip ediyor.", "60317"),
        ("Kezelőorvosa dr. Kerekes (pecsétszám: 48317).", "48317"),
        ("Læknir: Kristjánsdóttir, leyfisnúmer 7418.", "7418"),
        ("le Dr Thiam (Ordre des médecins n° 2718) a prescrit.", "2718"),
        ("seen by Dr Boateng (MDC/RN/4182), who added it.", "4182"),
        ("Seguita dal dott. Amato, iscrizione all'Ordine n. 14472.", "14472"),
        # plates after a make or a car word, in Greek and Cyrillic letters too
        ("Her son's Peugeot RZX 417 was parked outside.", "RZX 417"),
        ("Αυτοκίνητο ΡΖΧ-4127. Την παρακολουθεί.", "4127"),
        ("Autója RKT-418. Pünkösdkor jött.", "RKT-418"),
        ("Bíllinn YD-417.", "YD-417"),
        ("Drives a Toyota GR 4182-19 to work.", "4182-19"),
        ("Сын ездит на машине А123ВС 69.", "123"),
        ("Oğlunun arabası 35 ABC 418, beyaz.", "ABC 418"),
        ("Sønnen kjører en Volvo med skilt ZE 41872.", "41872"),
        # ages over 89: words, compounds, other languages' age words, beside a relative
        ("osaba Joxe Inazio laurogeita hamabi urte ditu.", "hamabi"),
        ("η μητέρα της, ενενήντα ενός ετών, μένει μαζί της.", "ενενήντα"),
        ("faðir hans er níutíu og tveggja ára.", "níutíu"),
        ("ihr Bruder, dreiundneunzigjährig, lebt allein.", "dreiundneunzig"),
        ("sa mère, nonante-trois ans, vit à Ypres.", "nonante"),
        ("sa mère, quatre-vingt-quatorze ans, habite seule.", "quatorze"),
        ("Édesanyja kilencvenkét éves.", "kilencven"),
        ("його мати, 92 роки, лишилась.", "92"),
        ("祖母は92歳で一人暮らし。", "92"),
        ("Her Dadi ji is 95 saal ki and lives with them.", "95"),
        ("her grandmother, Nana Yaa, now 97, still lives there.", "97"),
        ("Her mother-in-law, Ah Ma, is 98; they visited.", "98"),
        # holidays and seasons with a year, a Roman month after the year, other calendars
        ("besökte sin bror på självständighetsdagen 2022.", "2022"),
        ("Á sumardaginn fyrsta 2023 fékk hann útbrot.", "2023"),
        ("v létě 2021 prodělala infekci.", "2021"),
        ("Latem 2019 przeszła zapalenie płuc.", "2019"),
        ("Зимой 2020 перенесла пневмонию.", "2020"),
        ("2023. IV. 12-én görcsroham.", "12-én"),
        ("geboren am ۱۳۳۵/۱۲/۳۰ laut Pass.", "۱۳۳۵"),
        # e-mails spelt out in more languages, URLs without a scheme
        ("Posta: mjarrizabalaga a bildua euskaltel puntu eus.", "mjarrizabalaga"),
        ("Netfang thorgrimur hjá simnet punktur is.", "simnet"),
        ("Courriel solange.thibodeau arobas videotron point ca.", "videotron"),
        ("El blog és farmaciarupia.cat/consells i res més.", "farmaciarupia"),
        # roles that single a person out, the place before or after; tribal marks
        ("Fue la única bandoneonista mujer del club.", "bandoneonista"),
        ("bahar hanım köyün tek kemençe ustası.", "kemençe"),
        ("Ő a város egyetlen harangöntő mestere.", "harangöntő"),
        ("Він єдиний бандурист у селі.", "бандурист"),
        ("Elle a une cicatrice de scarification tribale sur la joue.", "tribale"),
        # probes of other languages, written after the fixes, that the same rules take
        ("Баба му е на деветдесет и две години.", "деветдесет"),
        ("Дядо му е на 94 години.", "94"),
        ("Ouma is drie-en-negentig jaar oud.", "negentig"),
        ("Jeho babička má deväťdesiatdva rokov.", "deväťdesiat"),
        ("matrícula 12.345 del Colegio Médico.", "12.345"),
        ("Ärztekammer-Nr. 73/4412 laut Stempel.", "4412"),
        ("Mail mij op piet punt jansen apenstaartje ziggo punt nl.", "piet"),
        ("Je jediný kovář v obci Štramberk.", "kovář"),
        ("Hij is de enige dorpsdokter van Ameland.", "dorpsdokter"),
        # a day of the month in words, an age by its decade
        ("Il a été hospitalisé le vingt-trois mars 2022.", "vingt-trois"),
        ("Ingresó el doce de mayo de 2021.", "doce"),
        ("Sie kam am dritten März 2022.", "dritten"),
        ("Foi internada em vinte e três de março de 2022.", "vinte e três"),
        ("Her mother is in her late nineties.", "nineties"),
        # a landmark a place is told by
        ("Her taxi is parked by the clock tower; her son plays.", "clock tower"),
        ("Elle habite près de la mairie.", "mairie"),
        ("Sie wohnt neben der Kirche.", "Kirche"),
        # an office one person holds in a place
        ("Her father was the mayor of the town for years.", "mayor"),
        ("Er ist der Bürgermeister von Tiana.", "Bürgermeister"),
        ("Elle est la maire du village.", "maire"),
        ("Jej mąż jest sołtysem wsi Brenna.", "sołtysem"),
        # places as words of their own: demonyms, postcodes beside a town
        ("Kormos, 57 éves, hajdúszoboszlói lakos.", "hajdúszoboszlói"),
        ("Onni, 44 v, kauhavalainen, sai diagnoosin.", "kauhavalainen"),
        ("Hun er tromsøværing.", "tromsøværing"),
        ("Tgħix fi Triq il-Kbira, ZBG 1412, ħdejn il-knisja.", "1412"),
        ("Διεύθυνση: οδός Βενιζέλου 23, 481 00 Πρέβεζα.", "481 00"),
        ("Bydliště: Údolní 53, 602 00 Brno.", "Údolní 53"),
        ("She lives in Kanazawa-shi, Ishikawa 920-0865.", "920-0865"),
    ],
)
def test_a_class_identifier_goes(engine: Deidentifier, text: str, gone: str) -> None:
    out, _ = engine.redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("eritropoyetina alfa 4000 UI semanal.", "4000 UI"),
        ("Her son's heart rate is 96, and his SpO2 is 95.", "is 96"),
        ("Her daughter's eGFR is 92 today.", "is 92"),
        ("Ninety minutes of dialysis; ninety patients were seen.", "Ninety minutes"),
        ("IMC 31.2 kg/m2 at the visit.", "31.2"),
        ("The licence was issued in 2019.", "2019"),
        ("On the car journey, CRP 145 mg/L was found.", "CRP 145 mg/L"),
        ("Enzymes, ALT 1250 and AST 980, were high.", "ALT 1250"),
        ("Dose 250-1000 mg daily.", "250-1000 mg"),
        ("Interferon alfa 3 MIU three times a week.", "alfa 3 MIU"),
        ("Ramipril 5 mg; her father is a retired teacher.", "5 mg"),
        ("Proteinuria 3.2 g/day in the summer months.", "3.2 g/day"),
        ("Filtration was 0.5 mL/min per kg.", "mL/min"),
        ("The cure of the disease was slow.", "cure of the disease"),
        ("Due compresse a marzo; tres dosis en mayo.", "Due compresse"),
        ("In the nineties she had a transplant.", "nineties"),
        ("He had pain near the umbilicus and by the bridge of the nose.", "bridge of the nose"),
    ],
)
def test_clinical_text_beside_the_classes_is_kept(
    engine: Deidentifier, text: str, kept: str
) -> None:
    out, _ = engine.redact(text)
    assert kept in out, out


def test_a_licence_after_a_regional_register_is_told_as_a_licence(engine: Deidentifier) -> None:
    """'CRM-SP 118.472' is a licence number with its register's letters, not a plate (a
    plate finder read 'CRM-SP 118' as one, and its placeholder said so)."""
    out, _ = engine.redact("Acompanhada pelo Dr. Caio Prudente, CRM-SP 118.472, que iniciou.")
    assert "[licence number]" in out and "vehicle" not in out and "118" not in out, out
