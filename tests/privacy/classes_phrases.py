# ruff: noqa: E501  (a corpus: one note a line reads best)
"""The phrases corpus (2026-12-02, issue 14), written before any change made for it.

Identifiers told by their words, not their capitals or digits:

- dates in words: months with a day, weekdays, holidays and named days of many countries
  and religions (national days, saints' days, feasts, eves), ordinal day words ("the
  twelfth of March", "dvanajstega marca", "douze mars"), and phrases that pin a date ("on
  her 80th birthday", "the Tuesday after Easter", "the first Monday of May", "vecka 14"),
  in Latin, Cyrillic and Greek script;
- unique identifying characteristics: tattoos, scars, birthmarks, piercings and
  prostheses described so they single someone out; rare occupations and roles ("the only
  female chimney sweep in the village", "the mayor"); biometrics (fingerprints, voice
  prints, iris and retinal scans, face recognition, DNA profiles, signatures).

A planted string is the part that identifies; the identifier survives when the whole of
it can still be read. ``OVER`` is the other side: clinical sentences that use the same
words (a surgical scar over the graft, retinal examination, anti-dsDNA antibodies, a
fingerprint-like pattern on EM, Saturday night palsy, Christmas disease, March
haemoglobinuria, a week of treatment), the clinical term in braces.

Every person, place and date is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from caselog.privacy.patterns import words
from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary

_LANGS = words(
    "en fr es de it pt nl pl sv da no fi cs sk sl hr sr hu ro tr el ru uk bg lt lv et ga cy is ca mt vi id tl sw"
)
(
    en, fr, es, de, it, pt, nl, pl, sv, da, no, fi, cs, sk, sl, hr, sr, hu, ro, tr, el, ru, uk, bg,
    lt, lv, et, ga, cy, is_, ca, mt, vi, id_, tl, sw,
) = (partial(Note, x) for x in _LANGS)  # fmt: skip

DATES: list[Patient] = [
    Patient(
        name="Rosalind Ashcombe",
        mrn="RA-55120",
        birth="1951-03-12",
        notes=[
            en(
                "She first noticed the ankle swelling on Boxing Day and waited until the twelfth of March to be seen."
            ),
            en(
                "The rash began the Tuesday after Easter, after {ibuprofen 400 mg} three times daily."
            ),
            en("Her daughter drove her in on her 80th birthday; {creatinine 312 µmol/L}."),
            en("She stopped {lisinopril} on Shrove Tuesday and restarted it on Mothering Sunday."),
            en("Admitted on the first Monday of May, discharged the Friday before Whit Monday."),
            en("The biopsy was on Saint Swithin's Day, the results came on Lammas."),
        ],
        planted=[
            ("date/holiday en", "Boxing Day"),
            ("date/ordinal day en", "twelfth of March"),
            ("date/relative to a holiday en", "Tuesday after Easter"),
            ("date/birthday en", "80th birthday"),
            ("date/holiday en", "Shrove Tuesday"),
            ("date/holiday en", "Mothering Sunday"),
            ("date/nth weekday of a month en", "first Monday of May"),
            ("date/relative to a holiday en", "Friday before Whit Monday"),
            ("date/saint's day en", "Saint Swithin's Day"),
            ("date/holiday en", "Lammas"),
        ],
    ),
    Patient(
        name="Gaëlle Pellegrin",
        mrn="GP-80213",
        birth="1949-07-14",
        notes=[
            fr("Elle a été hospitalisée le douze mars après une chute, sous {furosémide 40 mg}."),
            fr(
                "Les œdèmes sont apparus à la Toussaint et la biopsie a eu lieu le lundi de Pentecôte."
            ),
            fr("Sa fille l'a amenée le jour de la Saint-Jean, la veille du quatorze juillet."),
            fr("Elle fêtait la Chandeleur chez son fils quand la {créatinine} a été dosée."),
        ],
        planted=[
            ("date/day in words fr", "douze mars"),
            ("date/holiday fr", "Toussaint"),
            ("date/holiday fr", "lundi de Pentecôte"),
            ("date/saint's day fr", "Saint-Jean"),
            ("date/day in words fr", "quatorze juillet"),
            ("date/holiday fr", "Chandeleur"),
        ],
    ),
    Patient(
        name="Remedios Caballé",
        mrn="RC-41887",
        birth="1938-01-06",
        notes=[
            es("Ingresó el Jueves Santo y fue dada de alta el día de la Hispanidad."),
            es("La nefritis empezó el quince de agosto, día de la Asunción, tras {amoxicilina}."),
            es("Celebró su nonagésimo cumpleaños en la residencia; {urea 180 mg/dL}."),
            es("La vimos el segundo martes de noviembre y otra vez en Nochebuena."),
        ],
        planted=[
            ("date/holiday es", "Jueves Santo"),
            ("date/holiday es", "día de la Hispanidad"),
            ("date/day in words es", "quince de agosto"),
            ("date/holiday es", "Asunción"),
            ("date/birthday es", "nonagésimo cumpleaños"),
            ("date/nth weekday of a month es", "segundo martes de noviembre"),
            ("date/holiday es", "Nochebuena"),
        ],
    ),
    Patient(
        name="Hiltrud Bergmoser",
        mrn="HB-20077",
        birth="1940-11-11",
        notes=[
            de("Am dritten Advent bemerkte sie die Beinödeme; {Torasemid 10 mg} wurde verdoppelt."),
            de(
                "Die Biopsie erfolgte am Tag der Deutschen Einheit, der Befund kam an Allerheiligen."
            ),
            de("Sie wurde an ihrem 85. Geburtstag aufgenommen, am Dienstag nach Ostern."),
            de("In KW 14 stieg das {Kreatinin} auf {3,4 mg/dl}; am Buß- und Bettag sank es."),
        ],
        planted=[
            ("date/holiday de", "dritten Advent"),
            ("date/holiday de", "Tag der Deutschen Einheit"),
            ("date/birthday de", "85. Geburtstag"),
            ("date/relative to a holiday de", "Dienstag nach Ostern"),
            ("date/calendar week de", "KW 14"),
            ("date/holiday de", "Buß- und Bettag"),
        ],
    ),
    Patient(
        name="Ottavia Scarpellini",
        mrn="OS-33104",
        birth="1936-05-02",
        notes=[
            it("È arrivata in pronto soccorso a Ferragosto con {potassio 6,8 mmol/L}."),
            it("La biopsia è stata fatta il giorno di San Giuseppe, il diciannove marzo."),
            it("Ha festeggiato la Festa della Repubblica in reparto, dopo {rituximab}."),
        ],
        planted=[
            ("date/holiday it", "Ferragosto"),
            ("date/saint's day it", "San Giuseppe"),
            ("date/day in words it", "diciannove marzo"),
            ("date/holiday it", "Festa della Repubblica"),
        ],
    ),
    Patient(
        name="Aurélio Quintela",
        mrn="AQ-77023",
        birth="1942-06-13",
        notes=[
            pt("Internado no dia de Santo António, após {gentamicina}; alta no Dia de Portugal."),
            pt("Os sintomas começaram na Quarta-feira de Cinzas e pioraram no Dia de Tiradentes."),
            pt("Voltou no vinte e cinco de abril com {creatinina 3,9 mg/dL}."),
        ],
        planted=[
            ("date/saint's day pt", "Santo António"),
            ("date/holiday pt", "Dia de Portugal"),
            ("date/holiday pt", "Quarta-feira de Cinzas"),
            ("date/holiday pt", "Dia de Tiradentes"),
            ("date/day in words pt", "vinte e cinco de abril"),
        ],
    ),
    Patient(
        name="Femke Oosterhuis",
        mrn="FO-51190",
        birth="1947-04-27",
        notes=[
            nl("Ze werd opgenomen op Koningsdag en ontslagen op Hemelvaartsdag."),
            nl("Op Bevrijdingsdag begon de {prednison}; op tweede paasdag was ze beter."),
            nl("De punctie was op Prinsjesdag, de derde dinsdag van september."),
        ],
        planted=[
            ("date/holiday nl", "Koningsdag"),
            ("date/holiday nl", "Hemelvaartsdag"),
            ("date/holiday nl", "Bevrijdingsdag"),
            ("date/holiday nl", "tweede paasdag"),
            ("date/holiday nl", "Prinsjesdag"),
            ("date/nth weekday of a month nl", "derde dinsdag van september"),
        ],
    ),
    Patient(
        name="Bożenna Wierzchoń",
        mrn="BW-18064",
        birth="1939-11-11",
        notes=[
            pl("Przyjęta w Święto Niepodległości, wypisana w Boże Ciało; {kreatynina 4,1 mg/dl}."),
            pl("Obrzęki pojawiły się w Tłusty Czwartek, a biopsję zrobiono dwunastego marca."),
            pl("Wnuczka przywiozła ją w Zaduszki, w jej dziewięćdziesiąte urodziny."),
        ],
        planted=[
            ("date/holiday pl", "Święto Niepodległości"),
            ("date/holiday pl", "Boże Ciało"),
            ("date/holiday pl", "Tłusty Czwartek"),
            ("date/day in words pl", "dwunastego marca"),
            ("date/holiday pl", "Zaduszki"),
            ("date/birthday pl", "dziewięćdziesiąte urodziny"),
        ],
    ),
    Patient(
        name="Märta Lindqvist",
        mrn="ML-62218",
        birth="1937-12-13",
        notes=[
            sv("Hon insjuknade på Midsommarafton och kom in på Luciadagen med {kalium 6,4}."),
            sv("Biopsin gjordes vecka 14, dagen efter Kristi himmelfärdsdag."),
            sv("På nationaldagen den sjätte juni fick hon {metylprednisolon}."),
        ],
        planted=[
            ("date/holiday sv", "Midsommarafton"),
            ("date/holiday sv", "Luciadagen"),
            ("date/calendar week sv", "vecka 14"),
            ("date/holiday sv", "Kristi himmelfärdsdag"),
            ("date/day in words sv", "sjätte juni"),
        ],
    ),
    Patient(
        name="Ingeborg Tveit",
        mrn="IT-40617",
        birth="1941-05-17",
        notes=[
            no("Hun ble innlagt på syttende mai, etter {ibuprofen}, og skrevet ut uke 22."),
            no("Hun feiret sankthansaften på sykehuset; biopsien var på skjærtorsdag."),
            da("Han blev indlagt på grundlovsdag og udskrevet til Mortensaften."),
            da("Han fik {cyclofosfamid} store bededag."),
        ],
        planted=[
            ("date/holiday no", "syttende mai"),
            ("date/calendar week no", "uke 22"),
            ("date/holiday no", "sankthansaften"),
            ("date/holiday no", "skjærtorsdag"),
            ("date/holiday da", "grundlovsdag"),
            ("date/holiday da", "Mortensaften"),
            ("date/holiday da", "store bededag"),
        ],
    ),
    Patient(
        name="Aune Väisänen",
        mrn="AV-29931",
        birth="1934-12-06",
        notes=[
            fi("Hän tuli päivystykseen itsenäisyyspäivänä; {kreatiniini 410 µmol/l}."),
            fi("Koepala otettiin laskiaistiistaina ja kontrolli oli pitkäperjantaina."),
            fi("Oireet alkoivat kahdestoista maaliskuuta."),
        ],
        planted=[
            ("date/holiday fi", "itsenäisyyspäivänä"),
            ("date/holiday fi", "laskiaistiistaina"),
            ("date/holiday fi", "pitkäperjantaina"),
            ("date/day in words fi", "kahdestoista maaliskuuta"),
        ],
    ),
    Patient(
        name="Vlasta Kučerová",
        mrn="VK-70514",
        birth="1943-07-06",
        notes=[
            cs("Přijata na Štědrý den, propuštěna na svátek Cyrila a Metoděje."),
            cs("Otoky začaly dvanáctého března, po {diklofenaku}."),
            sk("Prijatá na Veľkonočný pondelok, biopsia bola na Deň Ústavy."),
            sl("Sprejeta je bila na Prešernov dan, biopsija je bila dvanajstega marca."),
            sl("Na kresni večer je začela jemati {prednizolon}."),
        ],
        planted=[
            ("date/holiday cs", "Štědrý den"),
            ("date/holiday cs", "Cyrila a Metoděje"),
            ("date/day in words cs", "dvanáctého března"),
            ("date/holiday sk", "Veľkonočný pondelok"),
            ("date/holiday sk", "Deň Ústavy"),
            ("date/holiday sl", "Prešernov dan"),
            ("date/day in words sl", "dvanajstega marca"),
            ("date/holiday sl", "kresni večer"),
        ],
    ),
    Patient(
        name="Zdravka Marinović",
        mrn="ZM-91730",
        birth="1945-08-05",
        notes=[
            hr("Primljena je na Dan pobjede, otpuštena na Tijelovo; {kreatinin 380}."),
            sr("Простирање едема почело је на Видовдан, а биопсија је урађена на Божић."),
            hu("A beteg szenteste került be, és március tizenkettedikén bocsátottuk el."),
            hu("Az ödéma pünkösdhétfőn kezdődött, {furoszemid} mellett."),
            ro("A fost internată de Sfântul Andrei, externată de Ziua Națională."),
            ro("Biopsia s-a făcut pe douăsprezece martie."),
        ],
        planted=[
            ("date/holiday hr", "Dan pobjede"),
            ("date/holiday hr", "Tijelovo"),
            ("date/holiday sr", "Видовдан"),
            ("date/holiday sr", "Божић"),
            ("date/holiday hu", "szenteste"),
            ("date/day in words hu", "március tizenkettedikén"),
            ("date/holiday hu", "pünkösdhétfőn"),
            ("date/saint's day ro", "Sfântul Andrei"),
            ("date/holiday ro", "Ziua Națională"),
            ("date/day in words ro", "douăsprezece martie"),
        ],
    ),
    Patient(
        name="Nazlı Karaosmanoğlu",
        mrn="NK-10388",
        birth="1944-10-29",
        notes=[
            tr(
                "Hasta Cumhuriyet Bayramı'nda yatırıldı, Kurban Bayramı'nın ikinci günü taburcu edildi."
            ),
            tr("Ödemler on iki mart günü başladı; {kreatinin 3,8 mg/dL}."),
            el("Εισήχθη την Καθαρά Δευτέρα και πήρε εξιτήριο τον Δεκαπενταύγουστο."),
            el("Η βιοψία έγινε στις δώδεκα Μαρτίου, μετά από {αμοξικιλλίνη}."),
            el("Τα οιδήματα άρχισαν την Κυριακή του Πάσχα."),
        ],
        planted=[
            ("date/holiday tr", "Cumhuriyet Bayramı"),
            ("date/holiday tr", "Kurban Bayramı"),
            ("date/day in words tr", "on iki mart"),
            ("date/holiday el", "Καθαρά Δευτέρα"),
            ("date/holiday el", "Δεκαπενταύγουστο"),
            ("date/day in words el", "δώδεκα Μαρτίου"),
            ("date/holiday el", "Κυριακή του Πάσχα"),
        ],
    ),
    Patient(
        name="Tamara Voronkova",
        mrn="TV-64471",
        birth="1937-05-09",
        notes=[
            ru("Поступила в День Победы, выписана на Масленицу; {креатинин 420 мкмоль/л}."),
            ru("Отёки появились двенадцатого марта, после {диклофенака}."),
            uk("Госпіталізована на Великдень, біопсія була на День Незалежності."),
            bg("Приета е на Гергьовден, изписана на Трети март."),
        ],
        planted=[
            ("date/holiday ru", "День Победы"),
            ("date/holiday ru", "Масленицу"),
            ("date/day in words ru", "двенадцатого марта"),
            ("date/holiday uk", "Великдень"),
            ("date/holiday uk", "День Незалежності"),
            ("date/holiday bg", "Гергьовден"),
            ("date/holiday bg", "Трети март"),
        ],
    ),
    Patient(
        name="Dalia Žemaitytė",
        mrn="DZ-20519",
        birth="1946-06-24",
        notes=[
            lt("Paguldyta per Jonines, išrašyta per Vėlines; {kreatininas 350}."),
            lv("Slimniecā ievietota Jāņos, izrakstīta Ziemassvētkos."),
            et("Ta toodi sisse jaanipäeval ja lahkus vabariigi aastapäeval."),
            ga("Tháinig sí isteach Lá Fhéile Pádraig agus d'imigh sí Oíche Shamhna."),
            cy("Daeth i mewn ar Ddydd Gŵyl Dewi a gadael ar Noswyl Nadolig."),
            is_("Hún var lögð inn á sumardaginn fyrsta og útskrifuð á Þorláksmessu."),
        ],
        planted=[
            ("date/holiday lt", "Jonines"),
            ("date/holiday lt", "Vėlines"),
            ("date/holiday lv", "Jāņos"),
            ("date/holiday lv", "Ziemassvētkos"),
            ("date/holiday et", "jaanipäeval"),
            ("date/holiday et", "vabariigi aastapäeval"),
            ("date/holiday ga", "Lá Fhéile Pádraig"),
            ("date/holiday ga", "Oíche Shamhna"),
            ("date/holiday cy", "Dydd Gŵyl Dewi"),
            ("date/holiday cy", "Noswyl Nadolig"),
            ("date/holiday is", "sumardaginn fyrsta"),
            ("date/holiday is", "Þorláksmessu"),
        ],
    ),
    Patient(
        name="Priyanka Venkataraman",
        mrn="PV-38812",
        birth="1950-10-24",
        notes=[
            en("Her symptoms began two days before Diwali and she fasted through Navratri."),
            en("He broke his fast on Eid al-Fitr and presented on the eve of Yom Kippur."),
            en("The family visited on Nowruz and again at Tết; {tacrolimus 3 mg} twice daily."),
            en("She was admitted on Raksha Bandhan, after {naproxen}, and went home for Pongal."),
            en("Seen on Vesak and on the Mid-Autumn Festival; he fasted for Lent."),
            vi("Bà nhập viện vào ngày Tết Trung Thu và xuất viện sau Giỗ Tổ Hùng Vương."),
            id_("Pasien masuk pada hari Lebaran dan pulang sebelum Hari Kemerdekaan."),
            tl("Na-admit siya noong Araw ng Kalayaan at umuwi sa Araw ng mga Patay."),
            sw("Alilazwa siku ya Idd el Fitr na akaruhusiwa Siku ya Mashujaa."),
        ],
        planted=[
            ("date/holiday en", "before Diwali"),
            ("date/holiday en", "Navratri"),
            ("date/holiday en", "Eid al-Fitr"),
            ("date/holiday en", "eve of Yom Kippur"),
            ("date/holiday en", "Nowruz"),
            ("date/holiday en", "Tết"),
            ("date/holiday en", "Raksha Bandhan"),
            ("date/holiday en", "Pongal"),
            ("date/holiday en", "Vesak"),
            ("date/holiday en", "Mid-Autumn Festival"),
            ("date/holiday vi", "Tết Trung Thu"),
            ("date/holiday vi", "Giỗ Tổ Hùng Vương"),
            ("date/holiday id", "Lebaran"),
            ("date/holiday id", "Hari Kemerdekaan"),
            ("date/holiday tl", "Araw ng Kalayaan"),
            ("date/holiday tl", "Araw ng mga Patay"),
            ("date/holiday sw", "Idd el Fitr"),
            ("date/holiday sw", "Siku ya Mashujaa"),
        ],
    ),
    Patient(
        name="Montserrat Puigdollers",
        mrn="MP-19922",
        birth="1948-04-23",
        notes=[
            ca("Va ingressar per la Diada de Sant Jordi i va marxar per la Mercè."),
            mt("Daħlet l-isptar f'Jum il-Ħelsien u ħarġet f'Santa Marija."),
            en("He was seen on Waitangi Day and on ANZAC Day, after {gentamicin}."),
            en("She was admitted on the Fourth of July weekend and went home on Labor Day."),
            en("Symptoms began on Juneteenth; follow-up was on Groundhog Day."),
            en("He came in on Burns Night and again on Hogmanay."),
        ],
        planted=[
            ("date/saint's day ca", "Sant Jordi"),
            ("date/holiday ca", "Mercè"),
            ("date/holiday mt", "Jum il-Ħelsien"),
            ("date/holiday mt", "Santa Marija"),
            ("date/holiday en", "Waitangi Day"),
            ("date/holiday en", "ANZAC Day"),
            ("date/holiday en", "Fourth of July"),
            ("date/holiday en", "Labor Day"),
            ("date/holiday en", "Juneteenth"),
            ("date/holiday en", "Groundhog Day"),
            ("date/holiday en", "Burns Night"),
            ("date/holiday en", "Hogmanay"),
        ],
    ),
]

FEATURES: list[Patient] = [
    Patient(
        name="Delphine Marchetti",
        mrn="DM-66301",
        birth="1962-02-02",
        notes=[
            en(
                "She has a tattoo of a rose with 'Maria' on the left forearm; {IV access} was in the right arm."
            ),
            en("A strawberry birthmark the size of a coin sits below her right ear."),
            en("She is the only female chimney sweep in the village and was stung on a roof."),
            en("Her fingerprints were taken by the police in 2019 and are on file."),
            en("She wears a bright red prosthetic leg painted with flames."),
        ],
        planted=[
            ("unique feature/tattoo en", "rose with 'Maria'"),
            ("unique feature/birthmark en", "strawberry birthmark the size of a coin"),
            ("unique feature/rare occupation en", "only female chimney sweep in the village"),
            ("biometric/fingerprint en", "fingerprints were taken by the police"),
            ("unique feature/prosthesis en", "red prosthetic leg painted with flames"),
        ],
    ),
    Patient(
        name="Barnaby Thistlewood",
        mrn="BT-90222",
        birth="1958-09-09",
        notes=[
            en("He is the mayor of the town and was brought in by his driver."),
            en(
                "He has a pierced left eyebrow with three silver rings and a gold tooth engraved with a star."
            ),
            en(
                "A voice print is used to unlock his bank account; he has {dysphonia} since the stroke."
            ),
            en(
                "His iris scan opens the gate at the airport where he works as the head of security."
            ),
            en("A jagged scar runs from his chin to his left ear after a bar fight."),
            en("His DNA profile is held in the national police database."),
            en("He signs his letters 'B.T. the Bold' in green ink."),
        ],
        planted=[
            ("unique feature/role en", "mayor of the town"),
            ("unique feature/piercing en", "pierced left eyebrow with three silver rings"),
            ("unique feature/dental en", "gold tooth engraved with a star"),
            ("biometric/voice en", "voice print is used to unlock his bank account"),
            ("biometric/iris en", "iris scan opens the gate at the airport"),
            ("unique feature/scar en", "jagged scar runs from his chin to his left ear"),
            ("biometric/DNA en", "DNA profile is held in the national police database"),
            ("biometric/signature en", "B.T. the Bold"),
        ],
    ),
    Patient(
        name="Solenn Kerbrat",
        mrn="SK-33018",
        birth="1960-05-05",
        notes=[
            fr("Elle porte un tatouage représentant un dauphin sur la cheville droite."),
            fr(
                "C'est la seule femme maire du canton; elle a une cicatrice en forme d'étoile sur la joue."
            ),
            fr("Ses empreintes digitales ont été relevées par la gendarmerie."),
            es("Es el único herrero del pueblo y tiene un tatuaje de un ancla en el cuello."),
            es("Es el alcalde de la localidad; lleva una prótesis ocular de color azul intenso."),
            es("Su huella dactilar desbloquea la caja fuerte de la farmacia."),
        ],
        planted=[
            ("unique feature/tattoo fr", "un dauphin sur la cheville droite"),
            ("unique feature/role fr", "seule femme maire du canton"),
            ("unique feature/scar fr", "cicatrice en forme d'étoile"),
            ("biometric/fingerprint fr", "empreintes digitales ont été relevées"),
            ("unique feature/rare occupation es", "único herrero del pueblo"),
            ("unique feature/tattoo es", "un ancla en el cuello"),
            ("unique feature/role es", "alcalde de la localidad"),
            ("unique feature/prosthesis es", "prótesis ocular de color azul intenso"),
            ("biometric/fingerprint es", "huella dactilar desbloquea la caja fuerte"),
        ],
    ),
    Patient(
        name="Wendelin Aichbichler",
        mrn="WA-72245",
        birth="1955-03-03",
        notes=[
            de(
                "Er ist der einzige Hufschmied im Tal und hat eine Tätowierung eines Adlers auf dem Rücken."
            ),
            de("Er ist Bürgermeister der Gemeinde; ein Feuermal bedeckt seine linke Wange."),
            de("Sein Fingerabdruck öffnet die Tür der Apotheke."),
            it(
                "È l'unica donna sindaco della valle e ha un tatuaggio con il nome 'Nino' sul polso."
            ),
            it("Le sue impronte digitali sono state prese dai carabinieri."),
            nl(
                "Hij is de enige vrouwelijke dominee van het eiland; hij heeft een litteken in de vorm van een haak."
            ),
        ],
        planted=[
            ("unique feature/rare occupation de", "einzige Hufschmied im Tal"),
            ("unique feature/tattoo de", "Tätowierung eines Adlers auf dem Rücken"),
            ("unique feature/role de", "Bürgermeister der Gemeinde"),
            ("unique feature/birthmark de", "Feuermal bedeckt seine linke Wange"),
            ("biometric/fingerprint de", "Fingerabdruck öffnet die Tür"),
            ("unique feature/role it", "unica donna sindaco della valle"),
            ("unique feature/tattoo it", "con il nome 'Nino' sul polso"),
            ("biometric/fingerprint it", "impronte digitali sono state prese"),
            ("unique feature/rare occupation nl", "enige vrouwelijke dominee van het eiland"),
            ("unique feature/scar nl", "litteken in de vorm van een haak"),
        ],
    ),
    Patient(
        name="Halina Przybylska",
        mrn="HP-55870",
        birth="1957-08-15",
        notes=[
            pl("Jest jedyną kobietą kowalem we wsi i ma tatuaż smoka na łydce."),
            pl("Jest burmistrzem miasta; ma bliznę w kształcie litery Z na czole."),
            sv("Hon är byns enda kvinnliga smed och har en tatuering av en varg på armen."),
            sv("Han är kommunens borgmästare och har ett födelsemärke som en karta över Gotland."),
            fi("Hän on kylän ainoa naisseppä, ja hänellä on lohikäärmetatuointi niskassa."),
            cs("Je jediný kovář v obci a má tetování kotvy na předloktí."),
        ],
        planted=[
            ("unique feature/rare occupation pl", "jedyną kobietą kowalem we wsi"),
            ("unique feature/tattoo pl", "tatuaż smoka na łydce"),
            ("unique feature/role pl", "burmistrzem miasta"),
            ("unique feature/scar pl", "bliznę w kształcie litery Z"),
            ("unique feature/rare occupation sv", "byns enda kvinnliga smed"),
            ("unique feature/tattoo sv", "tatuering av en varg på armen"),
            ("unique feature/role sv", "kommunens borgmästare"),
            ("unique feature/birthmark sv", "födelsemärke som en karta över Gotland"),
            ("unique feature/rare occupation fi", "kylän ainoa naisseppä"),
            ("unique feature/tattoo fi", "lohikäärmetatuointi niskassa"),
            ("unique feature/rare occupation cs", "jediný kovář v obci"),
            ("unique feature/tattoo cs", "tetování kotvy na předloktí"),
        ],
    ),
    Patient(
        name="Anastasia Kourkoulou",
        mrn="AK-81100",
        birth="1959-01-19",
        notes=[
            el("Είναι η δήμαρχος του χωριού και έχει ένα τατουάζ με ένα δελφίνι στον ώμο."),
            el("Τα δακτυλικά της αποτυπώματα είναι καταχωρημένα στην αστυνομία."),
            ru("Он единственный кузнец в деревне, у него татуировка якоря на правой руке."),
            ru("Он глава сельсовета; у него шрам в форме креста на щеке."),
            uk("Вона єдина жінка-коваль у селі, має татуювання троянди на шиї."),
            bg("Той е кметът на селото и има татуировка на орел на гърба."),
        ],
        planted=[
            ("unique feature/role el", "δήμαρχος του χωριού"),
            ("unique feature/tattoo el", "τατουάζ με ένα δελφίνι στον ώμο"),
            ("biometric/fingerprint el", "δακτυλικά της αποτυπώματα είναι καταχωρημένα"),
            ("unique feature/rare occupation ru", "единственный кузнец в деревне"),
            ("unique feature/tattoo ru", "татуировка якоря на правой руке"),
            ("unique feature/role ru", "глава сельсовета"),
            ("unique feature/scar ru", "шрам в форме креста"),
            ("unique feature/rare occupation uk", "єдина жінка-коваль у селі"),
            ("unique feature/tattoo uk", "татуювання троянди на шиї"),
            ("unique feature/role bg", "кметът на селото"),
            ("unique feature/tattoo bg", "татуировка на орел на гърба"),
        ],
    ),
    Patient(
        name="Joaquim Valadares",
        mrn="JV-40025",
        birth="1961-12-01",
        notes=[
            pt("É o único ferreiro da aldeia e tem uma tatuagem de uma sereia no braço esquerdo."),
            pt("É o presidente da câmara; a sua impressão digital abre o cofre da junta."),
            tr("Köyün tek kadın demircisi; sol kolunda bir kartal dövmesi var."),
            tr("Köyün muhtarıdır ve parmak izi ile kasayı açıyor."),
            hu("Ő a falu egyetlen női kovácsa, és egy sas tetoválás van a hátán."),
            ro("Este primarul comunei și are un tatuaj cu un lup pe antebraț."),
        ],
        planted=[
            ("unique feature/rare occupation pt", "único ferreiro da aldeia"),
            ("unique feature/tattoo pt", "uma sereia no braço esquerdo"),
            ("unique feature/role pt", "presidente da câmara"),
            ("biometric/fingerprint pt", "impressão digital abre o cofre"),
            ("unique feature/rare occupation tr", "Köyün tek kadın demircisi"),
            ("unique feature/tattoo tr", "kartal dövmesi"),
            ("unique feature/role tr", "Köyün muhtarıdır"),
            ("biometric/fingerprint tr", "parmak izi ile kasayı açıyor"),
            ("unique feature/rare occupation hu", "falu egyetlen női kovácsa"),
            ("unique feature/tattoo hu", "sas tetoválás van a hátán"),
            ("unique feature/role ro", "primarul comunei"),
            ("unique feature/tattoo ro", "tatuaj cu un lup pe antebraț"),
        ],
    ),
]

# The other side: the same words in clinical use, the term in braces; ordinary words
# around them count too.
OVER: list[Patient] = [
    Patient(
        name=None,
        mrn=None,
        birth=None,
        notes=[
            en("A {surgical scar} over the graft in the right iliac fossa was well healed."),
            en("{Retinal examination} showed no {hypertensive retinopathy}; {iris} normal."),
            en("{Anti-dsDNA antibodies} were raised; {CMV DNA} was undetectable."),
            en("Electron microscopy showed a {fingerprint-like pattern} of the deposits."),
            en("He had {Saturday night palsy} of the radial nerve after the binge."),
            en("{Christmas disease} (haemophilia B) was excluded; {factor IX} was normal."),
            en("{March haemoglobinuria} after a long run, with {haptoglobin} low."),
            en("{May-Thurner syndrome} was seen on the venogram."),
            en("{Holiday heart syndrome} after alcohol, with {atrial fibrillation}."),
            en("She had a {piercing pain} in the flank and a {keloid scar} at the drain site."),
            en("The colonic lesion was {tattooed} with India ink before resection."),
            en("{Radiotherapy tattoo marks} were placed for planning."),
            en("A {mechanical prosthetic valve} and a {total hip prosthesis} were noted."),
            en(
                "{Port-wine stain} of the face with leptomeningeal angioma in {Sturge-Weber syndrome}."
            ),
            en(
                "An {interferon signature} was present; the consent carried the patient's signature."
            ),
            en(
                "{Facial} weakness; {voice} hoarse after intubation; {facial recognition} of objects intact."
            ),
            en("Follow-up at {week 14} of treatment and again at {month 6}; {cycle 3 day 1}."),
            en("{Cyclophosphamide} was given monthly for six months, then every three months."),
            en("{Scarring} of the kidney on DMSA; {renal scars} in the upper pole."),
            en(
                "The first dose was given in the morning; {DNA} was extracted for genetic testing of {PKD1}."
            ),
            en("{Fingerprint body myopathy} was considered on the muscle biopsy."),
            en("{Birthmarks} of {café-au-lait} type, six of them, suggested {neurofibromatosis}."),
            en("She was the only patient on the ward with {C3 glomerulopathy}."),
            fr(
                "{Cicatrice chirurgicale} propre; {examen du fond d'œil} normal; {anticorps anti-ADN} positifs."
            ),
            fr("{Empreinte} de la lésion sur la lame; {semaine 12} du traitement."),
            de(
                "{Operationsnarbe} reizlos; {Augenhintergrund} unauffällig; {ds-DNA-Antikörper} erhöht."
            ),
            de("Kontrolle in {Woche 14} der Therapie; {Narbe} nach {Nephrektomie}."),
            es("{Cicatriz quirúrgica} sin signos de infección; {fondo de ojo} normal."),
            es("{Anticuerpos anti-ADN} positivos; {semana 14} de tratamiento."),
            it(
                "{Cicatrice chirurgica} in ordine; {esame del fundus} negativo; {anti-DNA} positivi."
            ),
            nl("{Operatielitteken} rustig; {fundoscopie} normaal; {anti-dsDNA} verhoogd."),
            pl("{Blizna pooperacyjna} bez cech zapalenia; {badanie dna oka} prawidłowe."),
            sv("{Operationsärr} utan anmärkning; kontroll {vecka 14} av behandlingen."),
            ru("{Послеоперационный рубец} без особенностей; {глазное дно} в норме."),
            el("{Χειρουργική ουλή} καθαρή; {βυθοσκόπηση} φυσιολογική."),
        ],
    ),
]


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    everything = DATES + FEATURES + OVER
    return measure([entry(p) for p in everything]), measure_ordinary(everything)


if __name__ == "__main__":
    import sys

    fig, ordinary = figures()
    print(fig.table("phrases corpus (tests/privacy/classes_phrases.py)"))
    print(ordinary.table("ordinary words of the phrases corpus"))
    if "-v" in sys.argv:
        print("\n".join(fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
