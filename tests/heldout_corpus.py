# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A small held-out corpus: written before the de-identifier was widened, never tuned on.

``tests/test_deid_measure.py`` measures it once and prints the figure; it is not asserted
below 1% (the figure is reported as it is). Every person, place and number is invented.
Each entry: the patient's recorded name, record number and birth date, free-text notes,
and the planted identifiers (kind, text) that must not survive.
"""

from __future__ import annotations

from tests.deid_corpus import Entry

HELDOUT: list[Entry] = [
    Entry(
        name="Wilhelmina Strazzeri",
        mrn="RX-55120873",
        birth="1951-09-14",
        notes=[
            "Wilhelmina, 72, was brought by her grandson Téodor from Kirkcaldy.",
            "She keeps bees with her neighbour Abernathy on Rue des Tanneurs 14, 69002 Lyon.",
            "Dialysis at Dunfermline Renal Unit since spring; pager 07712 448 391.",
            "Handle on the support forum: beekeeper_willa; blog willabees.co.uk/diary.",
        ],
        planted=[
            ("name", "Wilhelmina"),
            ("name", "Téodor"),
            ("geographic", "Kirkcaldy"),
            ("name", "Abernathy"),
            ("geographic", "Rue des Tanneurs 14"),
            ("geographic", "69002"),
            ("geographic", "Lyon"),
            ("geographic", "Dunfermline"),
            ("telephone", "07712 448 391"),
            ("username", "beekeeper_willa"),
            ("url", "willabees.co.uk/diary"),
        ],
    ),
    Entry(
        name="Oluwaseun Adebanjo-Marsh",
        mrn="004417829",
        birth="1932-02-29",
        notes=[
            "Ninety-two year old retired signalman, known to family as 'Seun'.",
            "Was a driver for Brindlecombe Haulage Ltd until 1997.",
            "Son Kwabena phones on Thursdays; landline 0161 496 0723.",
            "Hospital number 4417829 confirmed. Dr. Halvorsen-Tiede reviewed the CT.",
            "Scar shaped like a horseshoe over left scapula and a tattoo reading 'MAGGIE' on forearm.",
        ],
        planted=[
            ("age over 89", "Ninety-two"),
            ("name", "Seun"),
            ("employer", "Brindlecombe Haulage"),
            ("name", "Kwabena"),
            ("telephone", "0161 496 0723"),
            ("medical record number", "4417829"),
            ("name", "Halvorsen-Tiede"),
            ("unique feature", "MAGGIE"),
        ],
    ),
    Entry(
        name="Marguerite Villeneuve",
        mrn="QC-8812-440",
        birth="1949-05-02",
        notes=[
            "Mme Villeneuve vit au 221, chemin du Lac-Noir, Saint-Adolphe (Québec) J0T 2B0.",
            "Née le 2 mai 1949; hospitalisée le 17 mars 2024 à Sherbrooke.",
            "Numéro d'assurance maladie VILM 4905 0219; courriel m.villeneuve@courrielcourt.ca.",
            "Son petit-fils Étienne Lapointe-Roy l'accompagne le mercredi.",
        ],
        planted=[
            ("name", "Villeneuve"),
            ("geographic", "chemin du Lac-Noir"),
            ("geographic", "Saint-Adolphe"),
            ("geographic", "J0T 2B0"),
            ("date", "2 mai 1949"),
            ("date", "17 mars 2024"),
            ("geographic", "Sherbrooke"),
            ("health plan number", "VILM 4905 0219"),
            ("email", "m.villeneuve@courrielcourt.ca"),
            ("name", "Étienne Lapointe-Roy"),
        ],
    ),
    Entry(
        name="Jörg Brandstätter",
        mrn="KH-30-77154",
        birth="1958-11-30",
        notes=[
            "Herr Brandstätter, wohnhaft Lindenallee 7b, 04109 Leipzig.",
            "Aufnahme am 3. Februar 2024; Entlassung am Montag danach.",
            "Steuer-ID 27 418 305 962; Kennzeichen L-JB 4711.",
            "Hausarzt Dr. med. Kuntzsch in Markkleeberg.",
        ],
        planted=[
            ("name", "Brandstätter"),
            ("geographic", "Lindenallee 7b"),
            ("geographic", "04109"),
            ("geographic", "Leipzig"),
            ("date", "3. Februar 2024"),
            ("id number", "27 418 305 962"),
            ("vehicle identifier", "L-JB 4711"),
            ("name", "Kuntzsch"),
            ("geographic", "Markkleeberg"),
        ],
    ),
    Entry(
        name="Priyanka Raghunathan",
        mrn="MRN 20-448812",
        birth="1967-12-25",
        notes=[
            "P R I Y A N K A presented on Boxing Day with calf pain; her birthday is Christmas Day.",
            "Works as a pharmacist at Coldharbour Pharmacy; colleague Fenwick covered her shift.",
            "Lives at 3/41 Wattle Grove Road, Ballarat VIC 3350.",
            "Medicare card 2953 71846 1; Raghunathans' home phone (03) 5331 2240.",
        ],
        planted=[
            ("name", "P R I Y A N K A"),
            ("date", "Boxing Day"),
            ("date", "Christmas Day"),
            ("employer", "Coldharbour Pharmacy"),
            ("name", "Fenwick"),
            ("geographic", "3/41 Wattle Grove Road"),
            ("geographic", "Ballarat"),
            ("geographic", "3350"),
            ("health plan number", "2953 71846 1"),
            ("name", "Raghunathans"),
            ("telephone", "(03) 5331 2240"),
        ],
    ),
    Entry(
        name="Ton van der Heijden",
        mrn="ZH 7734 1190",
        birth="1944-07-08",
        notes=[
            "Dhr. Van der Heijden woont aan de Prinsengracht 263-2, 1016 GV Amsterdam.",
            "Opname op 12 oktober 2023 via de SEH van het Spaarne Gasthuis.",
            "BSN 1234 56 782 (patient's own). Owns a red Volvo, registration 47-KLT-9.",
            "Sister Griet emails from griet.vdh@webpost.nl; IP 172.20.14.99 on the portal.",
        ],
        planted=[
            ("name", "Van der Heijden"),
            ("geographic", "Prinsengracht 263-2"),
            ("geographic", "1016 GV"),
            ("geographic", "Amsterdam"),
            ("date", "12 oktober 2023"),
            ("facility", "Spaarne Gasthuis"),
            ("id number", "1234 56 782"),
            ("vehicle identifier", "47-KLT-9"),
            ("name", "Griet"),
            ("email", "griet.vdh@webpost.nl"),
            ("ip address", "172.20.14.99"),
        ],
    ),
]
