# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A second corpus of the same classes as ``classes_corpus`` (2026-12-01), written after
the first round of the class work and measured before any change made for it: other
drugs, compounds, eponyms, organisms, symbols, names and places, and some Danish and
Norwegian, which nothing in the code names. Its figures say how far the classes hold on
text they were not written for.

Clinical terms in braces must survive; planted identifiers must not. Every person, place
and number is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


nl, pl, sv, tr, de, en, da = (partial(Note, x) for x in ("nl", "pl", "sv", "tr", "de", "en", "da"))

SECOND: list[Patient] = [
    Patient(
        name="Joost Mulder",
        mrn="AMC-55120",
        birth="1958-05-17",
        notes=[
            nl(
                "Dhr. Mulder uit Apeldoorn kreeg {everolimus} en {azathioprine}; {valganciclovir} werd gestaakt."
            ),
            nl(
                "De {sputumkweek} toonde {Haemophilus influenzae} en de {wondkweek} {Proteus mirabilis}."
            ),
            nl("Er was sprake van een {ziekte van Fabry} met een verhoogd {lyso-Gb3}."),
            nl("De {score van Wells} was laag; het {teken van Homans} was negatief."),
            nl("Zijn zoon Pieter Smit belt vaak; de casus werd besproken met collega Van Dam."),
            nl("Na de operatie werd de patiënt overgeplaatst naar de afdeling nefrologie."),
        ],
        planted=[
            ("name", "Joost Mulder"),
            ("geographic", "Apeldoorn"),
            ("name", "Pieter Smit"),
            ("name", "Dam"),  # "Van Dam": "van" is a Dutch word of every note
        ],
    ),
    Patient(
        name="Zbigniew Kamiński",
        mrn="WR-889012",
        birth="1950-01-09",
        notes=[
            pl("Pan Kamiński z Gniezna był leczony {ewerolimusem} i {azatiopryną}."),
            pl(
                "W posiewie plwociny stwierdzono {Haemophilus influenzae}, a w moczu {Proteus mirabilis}."
            ),
            pl("Rozpoznano {chorobę Fabry'ego} na podstawie aktywności {alfa-galaktozydazy}."),
            pl("Stężenie {kreatyniny} wynosiło {2,4 mg/dl}, a {eGFR} {28 ml/min}."),
            pl("Konsultował go dr hab. Marek Zieliński 5 marca 2024 r."),
        ],
        planted=[
            ("name", "Zbigniew Kamiński"),
            ("geographic", "Gniezna"),
            ("name", "Marek Zieliński"),
            ("date", "5 marca 2024"),
        ],
    ),
    Patient(
        name="Ingrid Holmberg",
        mrn="UPS-22871",
        birth="1944-12-02",
        notes=[
            sv("Patienten från Västerås behandlas med {everolimus} och {azatioprin}."),
            sv(
                "{Sputumodling} visade {Haemophilus influenzae}; {sårodling} visade {Proteus mirabilis}."
            ),
            sv("{Fabrys sjukdom} bekräftades med låg {alfa-galaktosidas}."),
            sv("Hon remitterades av distriktsläkare Lena Berglund den 4 mars 2024."),
        ],
        planted=[
            ("name", "Ingrid Holmberg"),
            ("geographic", "Västerås"),
            ("name", "Lena Berglund"),
            ("date", "4 mars 2024"),
        ],
    ),
    Patient(
        name="Mustafa Demir",
        mrn="IZM-447120",
        birth="1962-08-08",
        notes=[
            tr("Hasta Konya'dan sevk edildi; {everolimus} ve {azatioprin} kullanıyordu."),
            tr("Balgam kültüründe {Haemophilus influenzae}, idrarda {Proteus mirabilis} üredi."),
            tr("{Fabry hastalığı} tanısı {alfa-galaktozidaz} düzeyi ile kondu."),
            tr("Uzm. Dr. Zeynep Arslan 12 Mart 2024 tarihinde hastayı gördü."),
        ],
        planted=[
            ("name", "Mustafa Demir"),
            ("geographic", "Konya'dan"),
            ("name", "Zeynep Arslan"),
            ("date", "12 Mart 2024"),
        ],
    ),
    Patient(
        name="Dagmar Krüger",
        mrn="HH-30917",
        birth="1955-03-30",
        notes=[
            de("Frau Krüger aus Itzehoe erhielt {Everolimus} und {Azathioprin}."),
            de("Im {Sputum} wuchs {Haemophilus influenzae}, im {Urin} {Proteus mirabilis}."),
            de("Der {Wells-Score} war niedrig, das {Homans-Zeichen} negativ."),
            de("Befundet von Oberarzt Schäfer; der Brief ging an Hausarzt Wagner."),
            de("Die Zweitmeinung gab Bäcker aus Bremen."),
        ],
        planted=[
            ("name", "Krüger"),
            ("geographic", "Itzehoe"),
            ("name", "Schäfer"),
            ("name", "Wagner"),
            ("name", "Bäcker"),
            ("geographic", "Bremen"),
        ],
    ),
    Patient(
        name="Colin Fletcher",
        mrn="RX4471",
        birth="1947-10-10",
        notes=[
            en(
                "Mr Fletcher grew {Haemophilus influenzae} from sputum and {P. mirabilis} from urine."
            ),
            en("{Fabry disease} was confirmed; {GLA} sequencing and {lyso-Gb3} were abnormal."),
            en("The {Wells score} was 1 and {Homans sign} negative; {NT-proBNP} was raised."),
            en("He was reviewed by Mason on the ward and by Archer in clinic."),
            en("Letter copied to his GP, Dr Abigail Turner, and to Fletcher's daughter Ivy."),
            en("Patient ID RX4471 was used on the request form."),
        ],
        planted=[
            ("name", "Fletcher"),
            ("name", "Mason"),
            ("name", "Archer"),
            ("name", "Abigail Turner"),
            ("name", "Ivy"),
            ("medical record number", "RX4471"),
        ],
    ),
    Patient(
        name="Karen Søndergaard",
        mrn="DK-120377",
        birth="1953-07-07",
        notes=[
            da("Patienten fra Odense fik {everolimus} og {azathioprin}."),
            da("{Bloddyrkning} viste {Haemophilus influenzae}."),
            da("Hun blev set af overlæge Niels Kristensen."),
        ],
        planted=[
            ("name", "Karen Søndergaard"),
            ("geographic", "Odense"),
            ("name", "Niels Kristensen"),
        ],
    ),
]


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    return measure([entry(p) for p in SECOND]), measure_ordinary(SECOND)
