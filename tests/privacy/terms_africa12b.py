# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""A second corpus of the ``latinlangs`` helper (2026-12-03), written after
``latin-languages.txt`` and before any measure on it, with no look at the lists while
writing: nephrology notes in the same twelve languages as ``terms_africa12`` on other
subjects (a biopsy, a transplant, potassium, a fistula, follow-up visits), to tell how far
the hand-written lists reach beyond the corpus they were written beside. Terms in braces
(``heldout4.corpus``'s ``CATEGORIES``), every other word an ordinary word; planted names,
towns, dates and phone numbers must stay redacted. Everyone and everything is invented.
"""

from __future__ import annotations

from tests.privacy.measure_strict import Record
from tests.privacy.terms_africa12 import CATEGORIES, notes

__all__ = ["CATEGORIES", "RECORDS"]


RECORDS: list[Record] = [
    Record(
        "Mwanaisha Kombo",
        None,
        "1966-02-17",
        notes(
            "sw",
            "Wiki iliyopita mgonjwa alifanyiwa {A:biopsi} ya {A:figo}; matokeo yalionyesha {A:glomerulonephritis}.",
            "Kesho atarudi kliniki kwa kipimo cha {L:potasiamu}; mumewe Salim Bakari anaishi Tanga, simu 0713 884 209.",
        ),
        [("name", "Salim Bakari"), ("geographic", "Tanga"), ("phone", "0713 884 209")],
    ),
    Record(
        "Lalao Razafy",
        None,
        "1970-08-08",
        notes(
            "mg",
            "Taorian'ny fandidiana dia nahazo {A:voa} vaovao ny marary ary nomena {D:tacrolimus} {X:2 mg} isan'andro.",
            "Rehefa afaka herinandro roa dia hiverina izy; ny rahalahiny Tojo Andrianarivo no miandry azy any Toamasina.",
        ),
        [("name", "Tojo Andrianarivo"), ("geographic", "Toamasina")],
    ),
    Record(
        "Juana Condori",
        None,
        "1959-03-29",
        notes(
            "qu",
            "Paykuna niwanku {A:rurunkuna} manaña allintachu llamk'anku, chayrayku {A:dialisis} ruwakun.",
            "Iskay simanamanta kutimunqa; qusan Eusebio Ccama Puno llaqtapi tiyan.",
        ),
        [("name", "Eusebio Ccama"), ("geographic", "Puno")],
    ),
    Record(
        "Ligaya Santos",
        None,
        "1968-12-01",
        notes(
            "tl",
            "Mataas ang {L:potassium} niya kahapon kaya binigyan siya ng {D:calcium gluconate} at pinayuhang umiwas sa saging.",
            "Babalik siya sa klinika sa susunod na buwan; ang kanyang asawa na si Ernesto Malabanan ay taga-Lipa, 0928 551 7740.",
        ),
        [("name", "Ernesto Malabanan"), ("geographic", "Lipa"), ("phone", "0928 551 7740")],
    ),
    Record(
        "Bolanle Akinwale",
        None,
        "1964-06-12",
        notes(
            "yo",
            "Àyẹ̀wò fi hàn pé {A:kíndìnrín} rẹ̀ kò ṣiṣẹ́ dáadáa, dókítà sì ní kí ó máa mu omi púpọ̀.",
            "Yóò padà wá lọ́sẹ̀ tó ń bọ̀; ọkọ rẹ̀ Oluwaseun Fashola wà ní Abeokuta.",
        ),
        [("name", "Oluwaseun Fashola"), ("geographic", "Abeokuta")],
    ),
    Record(
        "Binta Lawal",
        None,
        "1962-09-30",
        notes(
            "ha",
            "Likitan ya ce {A:koda} tana bukatar {A:dialysis} kullum mako uku; an ba ta {D:erythropoietin} ma.",
            "Za ta dawo asibiti bayan sati biyu; mijinta Musa Garba yana Kano, lamba 0805 662 1198.",
        ),
        [("name", "Musa Garba"), ("geographic", "Kano"), ("phone", "0805 662 1198")],
    ),
    Record(
        "Adaeze Nwosu",
        None,
        "1971-01-15",
        notes(
            "ig",
            "Nyocha gosiri na {A:akụrụ} ya adịghị arụ ọrụ nke ọma, ya mere dọkịta nyere ya {D:furosemide}.",
            "Ọ ga-alọghachi n'izu abụọ; di ya Emeka Obi bi n'Enugu.",
        ),
        [("name", "Emeka Obi"), ("geographic", "Enugu")],
    ),
    Record(
        "Zanele Mthembu",
        None,
        "1967-04-04",
        notes(
            "zu",
            "Udokotela uthe {A:izinso} zakhe azisebenzi kahle, ngakho kufanele aqhubeke {A:nedayalisisi}.",
            "Uzobuya emtholampilo emva kwamasonto amabili; umyeni wakhe Sibusiso Ngcobo uhlala eVryheid.",
        ),
        [("name", "Sibusiso Ngcobo"), ("geographic", "Vryheid")],
    ),
    Record(
        "Nomsa Qwabe",
        None,
        "1965-07-21",
        notes(
            "xh",
            "Ugqirha uthe {A:izintso} zakhe azisebenzi kakuhle, ngoko kufuneka aqhubeke {A:nedayalisisi}.",
            "Uza kubuya ekliniki emva kweeveki ezimbini; umyeni wakhe Mzwandile Sigcau uhlala eMthatha.",
        ),
        [("name", "Mzwandile Sigcau"), ("geographic", "Mthatha")],
    ),
    Record(
        "Sahra Ismaaciil",
        None,
        "1963-10-10",
        notes(
            "so",
            "Baaritaanka ayaa muujiyay in {A:kelyaha} aysan si fiican u shaqeyn, dhakhtarkuna wuxuu siiyay {D:amlodipine}.",
            "Waxay soo laaban doontaa laba toddobaad kadib; ninkeeda Axmed Nuur wuxuu joogaa Hargeysa.",
        ),
        [("name", "Axmed Nuur"), ("geographic", "Hargeysa")],
    ),
    Record(
        "Nadège Étienne",
        None,
        "1969-05-05",
        notes(
            "ht",
            "Egzamen yo montre {A:ren} li pa travay byen, se poutèt sa doktè a ba li {D:furosemide}.",
            "L ap retounen nan de semèn; mari li Wilfrid Desrosiers rete Gonayiv, nimewo 4421 7763.",
        ),
        [("name", "Wilfrid Desrosiers"), ("geographic", "Gonayiv"), ("phone", "4421 7763")],
    ),
    Record(
        "Claudine Uwase",
        None,
        "1972-11-11",
        notes(
            "rw",
            "Ibipimo byerekanye ko {A:impyiko} ze zidakora neza, muganga amuha {D:furosemide}.",
            "Azagaruka nyuma y'ibyumweru bibiri; umugabo we Jean Bosco Habimana atuye i Huye.",
        ),
        [("name", "Jean Bosco Habimana"), ("geographic", "Huye")],
    ),
]
