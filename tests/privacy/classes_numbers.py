# ruff: noqa: E501  (a corpus: one note a line reads best)
"""The numbers corpus (2026-12-02, issue 14), written before any change made for it.

Identifiers made of digits that no recogniser knows the cue word of, in the language they
are written in: a licence number after a professional body's name, a registration after an
abbreviation no list has, an insurance card's symbol and number, a car plate in a letter
group and a digit group, a landline in groups of two and three with an extension word, a
mobile written with a slash, a record number with its year and ward letters; and numbers
written in words: an age over 89 (in words of 23 languages, with and without an age word),
digits dictated one word at a time (a phone, a postcode, a house number), a birth date or a
date of admission written out in words.

``OVER`` is the other side: clinical use of numbers (lab tables pasted as text, doses,
cycles and days of treatment, blood pressures, eGFR with its unit, Kt/V, platelet counts
with thousands separators and spaces, vertebral levels, stages, classes and scores, ICD-10
and ATC codes, years of treatment) that must survive, in braces.

Every person, place and number is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from caselog.privacy.patterns import words
from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary

_LANGS = words("en pt es fr it de nl pl sv da no fi cs hu tr ro hr el ru mi ga ja zh")
en, pt, es, fr, it, de, nl, pl, sv, da, no, fi, cs, hu, tr, ro, hr, el, ru, mi, ga, ja, zh = (
    partial(Note, x) for x in _LANGS
)

NUMBERS: list[Patient] = [
    Patient(
        name="Iracema Bettencourt Lobo",
        mrn="HSJ-773104",
        birth="1934-02-11",
        notes=[
            pt("Seguida pela enfermeira Dulce, inscrita na Ordem dos Enfermeiros sob o 61927."),
            pt("Contacto da filha: 21 847 30 19, extensão 4418 no trabalho."),
            pt("A doente tem noventa e sete anos e toma {furosemida} {40 mg} por dia."),
            pt("Processo clínico 2023/NF/009217 aberto na admissão."),
        ],
        planted=[
            ("licence/after a body's name", "61927"),
            ("phone/landline in groups", "21 847 30 19"),
            ("phone/extension", "4418"),
            ("age over 89/in words pt", "noventa e sete"),
            ("record number/year ward number", "2023/NF/009217"),
        ],
    ),
    Patient(
        name="Maximino Orduña Peral",
        mrn="HUMV-22817",
        birth="1935-06-02",
        notes=[
            es("El farmacéutico, colegiado COFC 3318, revisó la pauta de {tacrolimus}."),
            es("Teléfono del hijo 942 31 88 07, interno 3124."),
            es("Vive en el portal número cuatro siete dos de su calle."),
            es("Nació el veintiocho de octubre de mil novecientos treinta y cinco."),
        ],
        planted=[
            ("licence/abbreviation unknown", "3318"),
            ("phone/landline in groups", "942 31 88 07"),
            ("phone/extension", "3124"),
            ("house number/dictated", "cuatro siete dos"),
            ("date/in words es", "veintiocho de octubre de mil novecientos treinta y cinco"),
        ],
    ),
    Patient(
        name="Gilberte Roumagnac",
        mrn="CHU-RN-44172",
        birth="1932-09-14",
        notes=[
            fr("Infirmière libérale référencée ADELI 5517 auprès de l'ARS."),
            fr("Joindre le fils au 04 73 28 15 poste 218, ou au portable 06/71 44 82 19."),
            fr("Madame a quatre-vingt-seize ans et vit seule."),
            fr("Code postal dicté : six trois zéro zéro un."),
        ],
        planted=[
            ("licence/abbreviation unknown", "5517"),
            ("phone/landline in groups", "04 73 28 15"),
            ("phone/mobile with a slash", "06/71 44 82 19"),
            ("age over 89/in words fr", "quatre-vingt-seize"),
            ("postcode/dictated", "six trois zéro zéro un"),
        ],
    ),
    Patient(
        name="Ornella Scapaticci",
        mrn="ASL-TO-88217",
        birth="1931-01-30",
        notes=[
            it("Visitata dal fisioterapista, albo AIFI 2291, che consiglia {camminata}."),
            it("Numero del nipote: zero tre nove uno otto quattro."),
            it("La signora ha novantaquattro anni; {creatinina} {1,9 mg/dL}."),
            it("Targa della vettura del figlio: FR 731 PK."),
        ],
        planted=[
            ("licence/after a body's name", "2291"),
            ("phone/dictated", "zero tre nove uno otto quattro"),
            ("age over 89/in words it", "novantaquattro"),
            ("vehicle/plate in groups", "FR 731 PK"),
        ],
    ),
    Patient(
        name="Hiltrud Wernersbach",
        mrn="KLH-558102",
        birth="1929-11-05",
        notes=[
            de("Die Hausärztin ist bei der KVNO unter 38817 eingetragen."),
            de("Tochter erreichbar unter 0221 / 48 17 93, Durchwahl 277."),
            de("Frau Wernersbach ist sechsundneunzig und lebt im Heim."),
            de("Handy des Sohnes 0171/5528314."),
            de("Geboren am elften Mai neunzehnhundertneunundzwanzig."),
        ],
        planted=[
            ("licence/abbreviation unknown", "38817"),
            ("phone/landline in groups", "48 17 93"),
            ("phone/extension", "Durchwahl 277"),
            ("age over 89/in words de", "sechsundneunzig"),
            ("phone/mobile with a slash", "0171/5528314"),
            ("date/in words de", "elften Mai neunzehnhundertneunundzwanzig"),
        ],
    ),
    Patient(
        name="Geertruida Hoogendijk",
        mrn="UMCG-207714",
        birth="1931-03-19",
        notes=[
            nl("Haar apotheker, AGB-code 06 40 2281, stuurde de medicatielijst."),
            nl("Mevrouw is vierennegentig jaar en woont zelfstandig."),
            nl("Kenmerk van de verwijzing: 2022/INT/017733."),
            nl("Huisnummer voluit gespeld: twee acht negen."),
        ],
        planted=[
            ("licence/grouped after a code name", "06 40 2281"),
            ("age over 89/in words nl", "vierennegentig"),
            ("record number/year ward number", "2022/INT/017733"),
            ("house number/dictated", "twee acht negen"),
        ],
    ),
    Patient(
        name="Leokadia Szczygieł",
        mrn="WSS-4410-27",
        birth="1930-07-07",
        notes=[
            pl("Pielęgniarka środowiskowa, NIPiP 4471028, prowadzi opatrunki."),
            pl("Pani Leokadia ma dziewięćdziesiąt sześć lat."),
            pl("Telefon stacjonarny 12 634 71 88 wew. 314."),
            pl("Numer legitymacji emeryta: 418/KR/2291."),
        ],
        planted=[
            ("licence/abbreviation unknown", "4471028"),
            ("age over 89/in words pl", "dziewięćdziesiąt sześć"),
            ("phone/landline in groups", "12 634 71 88"),
            ("phone/extension", "314"),
            ("record number/with a region's letters", "418/KR/2291"),
        ],
    ),
    Patient(
        name="Ingegerd Wahlström",
        mrn="SU-6621-04",
        birth="1933-05-23",
        notes=[
            sv("Distriktssköterskan har HOSP-id 551 207 enligt remissen."),
            sv("Hon är nittiofem år och bor kvar i sitt hus."),
            sv("Född den tjugotredje maj nittonhundratrettiotre."),
            sv("Sonens bil, en grå Saab, har nummer KRT 418."),
        ],
        planted=[
            ("licence/abbreviation unknown", "551 207"),
            ("age over 89/in words sv", "nittiofem"),
            ("date/in words sv", "tjugotredje maj nittonhundratrettiotre"),
            ("vehicle/plate in groups", "KRT 418"),
        ],
    ),
    Patient(
        name="Bodil Kjærsgaard",
        mrn="RH-19-33817",
        birth="1931-12-01",
        notes=[
            da("Sygeplejersken har autorisations-ID 7HQ2K fra Styrelsen."),
            da("Fru Kjærsgaard er treoghalvfems år."),
            da("Telefon hjemme 86 14 22 97 lokal 41."),
        ],
        planted=[
            ("licence/alphanumeric", "7HQ2K"),
            ("age over 89/in words da", "treoghalvfems"),
            ("phone/landline in groups", "86 14 22 97"),
        ],
    ),
    Patient(
        name="Solveig Bratterud",
        mrn="OUS-7781024",
        birth="1932-08-16",
        notes=[
            no("Fastlegen, HPR 8815520, la til {amlodipin} {5 mg}."),
            no("Hun er nittiseks år gammel."),
            no("Postnummer opplest: fire fem null seks."),
        ],
        planted=[
            ("licence/abbreviation unknown", "8815520"),
            ("age over 89/in words no", "nittiseks"),
            ("postcode/dictated", "fire fem null seks"),
        ],
    ),
    Patient(
        name="Aili Hämäläinen",
        mrn="TAYS-440182",
        birth="1930-04-04",
        notes=[
            fi("Kotisairaanhoitaja, Valvira 104 4821, käy päivittäin."),
            fi("Potilas on yhdeksänkymmentäseitsemän vuotta vanha."),
            fi("Tyttären numero 040 718 2295."),
        ],
        planted=[
            ("licence/grouped after a body", "104 4821"),
            ("age over 89/in words fi", "yhdeksänkymmentäseitsemän"),
            ("phone/mobile in groups", "040 718 2295"),
        ],
    ),
    Patient(
        name="Božena Kratochvílová",
        mrn="FNKV-33-1207",
        birth="1931-10-10",
        notes=[
            cs("Ošetřující sestra, ČAS 22817, měří tlak."),
            cs("Paní je devadesát pět let a chodí o holi."),
            cs("Pojištěnec číslo 315 1010/4417 dle průkazu."),
            cs("Syn jezdí autem 2AK 4471."),
        ],
        planted=[
            ("licence/abbreviation unknown", "22817"),
            ("age over 89/in words cs", "devadesát pět"),
            ("insurance/card symbol and number", "315 1010/4417"),
            ("vehicle/plate in groups", "2AK 4471"),
        ],
    ),
    Patient(
        name="Etelka Borsodi",
        mrn="SE-ITK-40177",
        birth="1929-03-03",
        notes=[
            hu("Háziorvosa pecsét 61482, a rendelő mellék 215."),
            hu("A beteg kilencvenhét éves, egyedül él."),
            hu("Telefonja 06 46 312 447."),
        ],
        planted=[
            ("licence/abbreviation unknown", "61482"),
            ("phone/extension", "mellék 215"),
            ("age over 89/in words hu", "kilencvenhét"),
            ("phone/landline in groups", "06 46 312 447"),
        ],
    ),
    Patient(
        name="Hatice Gündoğdu",
        mrn="ANK-2291733",
        birth="1932-06-15",
        notes=[
            tr("Aile hekimi, diploma no yerine TTB sicil 44182 ile kayıtlı."),
            tr("Hasta doksan dört yaşında ve kızıyla yaşıyor."),
            tr("Ev telefonu 0312 417 22 90, dahili 18."),
        ],
        planted=[
            ("licence/abbreviation unknown", "44182"),
            ("age over 89/in words tr", "doksan dört"),
            ("phone/landline in groups", "0312 417 22 90"),
        ],
    ),
    Patient(
        name="Veturia Dumitrașcu",
        mrn="SCUB-518822",
        birth="1930-11-21",
        notes=[
            ro("Asistenta medicală, OAMGMAMR 7731, face pansamentul."),
            ro("Pacienta are nouăzeci și șase de ani."),
            ro("Telefon fix 0264 59 31 48, interior 120."),
        ],
        planted=[
            ("licence/abbreviation unknown", "7731"),
            ("age over 89/in words ro", "nouăzeci și șase"),
            ("phone/landline in groups", "0264 59 31 48"),
        ],
    ),
    Patient(
        name="Zdravka Vukelić",
        mrn="KBC-ST-40018",
        birth="1931-02-27",
        notes=[
            hr("Medicinska sestra, HKMS 3391, dolazi kući."),
            hr("Bolesnica ima devedeset osam godina."),
            hr("Broj mobitela 091/447 2810."),
        ],
        planted=[
            ("licence/abbreviation unknown", "3391"),
            ("age over 89/in words hr", "devedeset osam"),
            ("phone/mobile with a slash", "091/447 2810"),
        ],
    ),
    Patient(
        name="Kalliopi Stathopoulou",
        mrn="EKPA-771204",
        birth="1933-01-09",
        notes=[
            el("Η νοσηλεύτρια, ΕΝΕ 44817, την παρακολουθεί."),
            el("Η ασθενής είναι ενενήντα τεσσάρων ετών."),
            el("Τηλέφωνο 2610 44 71 82."),
        ],
        planted=[
            ("licence/abbreviation unknown", "44817"),
            ("age over 89/in words el", "ενενήντα τεσσάρων"),
            ("phone/landline in groups", "2610 44 71 82"),
        ],
    ),
    Patient(
        name="Agrippina Seliverstova",
        mrn="GKB-52-88017",
        birth="1930-05-30",
        notes=[
            ru("Медсестра, свидетельство 7718, приходит на дом."),
            ru("Пациентке девяносто пять лет."),
            ru("Домашний телефон 8 (4852) 31-47-90."),
        ],
        planted=[
            ("licence/after a document word", "7718"),
            ("age over 89/in words ru", "девяносто пять"),
            ("phone/landline in groups", "31-47-90"),
        ],
    ),
    Patient(
        name="Mere Tūhoe-Parata",
        mrn="WDHB-44172",
        birth="1932-10-02",
        notes=[
            mi("Kua iwa tekau mā whā ōna tau, ā, kei te noho ia me tana mokopuna."),
            en("The whaea is on {dialysis} three times a week; nurse APC 44-8817."),
        ],
        planted=[
            ("age over 89/in words mi", "iwa tekau mā whā"),
            ("licence/grouped", "44-8817"),
        ],
    ),
    Patient(
        name="Nóra Ní Bhriain",
        mrn="UHG-330172",
        birth="1931-08-08",
        notes=[
            ga("Tá sí sé bliana is nócha d'aois."),
            en("Her nurse, NMBI PIN 117204, calls on Tuesdays; extension 4412 at the surgery."),
        ],
        planted=[
            ("age over 89/in words ga", "sé bliana is nócha"),
            ("licence/abbreviation unknown", "117204"),
            ("phone/extension", "4412"),
        ],
    ),
    Patient(
        name="Sato Haruko",
        mrn="KUH-0047712",
        birth="1930-01-17",
        notes=[
            ja("患者は九十六歳で、娘と同居。"),
            ja("保険証 記号 4471 番号 28 を確認した。"),
        ],
        planted=[
            ("age over 89/in words ja", "九十六"),
            ("insurance/card symbol and number", "記号 4471"),
        ],
    ),
    Patient(
        name="Liang Meifang",
        mrn="PUMCH-881724",
        birth="1929-12-12",
        notes=[
            zh("患者九十七岁，与儿子同住。"),
            zh("医保卡号 3301 7718 2291。"),
        ],
        planted=[
            ("age over 89/in words zh", "九十七"),
            ("insurance/card number in groups", "3301 7718 2291"),
        ],
    ),
    Patient(
        name="Winifred Axtell",
        mrn="RBH-5520173",
        birth="1931-04-21",
        notes=[
            en("She is ninety-six and still walks to the shop."),
            en("Her grandson's number is oh seven nine four one, then three three eight."),
            en("She was born on the fourth of April, nineteen thirty-one."),
            en("Pharmacist GPhC 2081177 checked the {warfarin} {3 mg} dose."),
            en("The hospital file 2021/RN/004471 was sent with her."),
            en("Her son's landline is 01632 96 04 71, ext. 28."),
        ],
        planted=[
            ("age over 89/in words en", "ninety-six"),
            ("phone/dictated", "oh seven nine four one"),
            ("phone/dictated", "three three eight"),
            ("date/in words en", "fourth of April, nineteen thirty-one"),
            ("licence/abbreviation unknown", "2081177"),
            ("record number/year ward number", "2021/RN/004471"),
            ("phone/landline in groups", "01632 96 04 71"),
        ],
    ),
]


# The clinical side: numbers in clinical use, each in braces, in several languages.
OVER: list[Patient] = [
    Patient(
        name=None,
        mrn=None,
        birth=None,
        notes=[
            en(
                "Bloods: {Na 138} {K 5.9} {Cl 104} {HCO3 17} {urea 31.4} {creatinine 612} {eGFR 6 mL/min/1.73 m²} {Hb 84 g/L} {WCC 11.2} {plt 412}."
            ),
            en("Creatinine (µmol/L): {245} / {231} / {198} over three days."),
            en("{Platelets 1,250,000/µL} at presentation, {platelets 148 000} after."),
            en("{Ferritin 1120} ug/L; {TSAT 12%}; {PTH 84.2 pmol/L}; {25-OH vitamin D 21 nmol/L}."),
            en("{BP 168/94} on arrival, {142/88 mmHg} the next morning at {08:30}."),
            en("{Tacrolimus 2 mg} bd, trough {7.4 ng/mL}; {MMF 500 mg} bd; {prednisolone 5 mg}."),
            en("{Rituximab 375 mg/m2} weekly for {4 doses}; {cyclophosphamide 15 mg/kg}."),
            en("Cycle {3 day 8} of R-CHOP; {C4D1} was delayed by {7 days}."),
            en("{Kt/V 1.32}, {URR 71%}, {blood flow 350 mL/min}, {dialysate flow 500 mL/min}."),
            en("MRI: disc protrusion at {L4-L5} and {L5-S1}; {C5/C6} stenosis; {T12} fracture."),
            en("{CKD stage G3a}/{A2}; {NYHA II}; {Banff 2019} borderline; {ISN/RPS class IV}."),
            en("Coded {N18.5}, {I12.0} and {Z99.2}; {E11.22} for the diabetes."),
            en("{ATC L04AA06} and {ATC H05BX01} were entered."),
            en("Treated with {ciclosporin} from {2014} to {2019}, then {belatacept} since {2020}."),
            en("{24-hour urine protein 3.4 g}; {uPCR 412 mg/mmol}; {ACR 280 mg/mmol}."),
            en("{HbA1c 58 mmol/mol}; {LDL 2.1 mmol/L}; {CRP 145 mg/L}; {procalcitonin 4.2}."),
            en("Weight {72.4 kg}, height {168 cm}, {BMI 25.7}; {SpO2 94%} on {2 L/min}."),
            en("{Heart rate 112}, {temperature 38.9}, {respiratory rate 24}."),
            en("Given {1000 mg} methylprednisolone for {3 days}, then {60 mg} daily."),
            en("{Vancomycin 1.5 g} loading, level {18.4 mg/L} before the {third dose}."),
            en("{Hemoglobin 9.8 g/dL} after {4000 IU} epoetin weekly for {6 weeks}."),
            en("{Phosphate 2.41 mmol/L}, {calcium 2.08}, {albumin 31 g/L}, {magnesium 0.62}."),
            en("{Urine output 1450 mL} over {24 h}; fluid balance {+2300 mL}."),
            en("{eGFR 44} in {2021}, {eGFR 31} in {2023}: a fall of {6.5 mL/min} a year."),
            en("{Clavien-Dindo IIIa}; {KDIGO stage 3}; {Gleason 3+4}; {ECOG 1}; {GCS 14}."),
            en("Biopsy: {22 glomeruli}, {4 globally sclerosed}, {IFTA 25%}, {Banff i1 t2 v0}."),
            en("{HLA mismatch 2-2-1}; {cRF 87%}; {DSA MFI 4200}."),
            en(
                "{Hepatitis B surface antibody 12 IU/L}; {CD4 count 180}; {viral load 40 copies/mL}."
            ),
            en("Follow-up at {week 12} and {month 6}; {POD 3} drain removed."),
            en("{Pulse 48} and {QTc 512 ms} on {amiodarone 200 mg}."),
            en("{Lot} numbers were recorded on the vaccine sheet."),
            en("{AKI stage 2} after {contrast 120 mL}; {creatinine peak 389}."),
        ],
    ),
    Patient(
        name=None,
        mrn=None,
        birth=None,
        notes=[
            de(
                "{Kreatinin 3,4 mg/dl}, {Harnstoff 142 mg/dl}, {Kalium 6,1 mmol/l}, {Thrombozyten 212 000/µl}."
            ),
            de("{RR 150/90 mmHg}; {Puls 88/min}; um {14:20 Uhr} {Furosemid 80 mg} i.v."),
            de("{Tacrolimus-Spiegel 6,8 ng/ml}; {Zyklus 2} ab {Tag 15}."),
            de("Bandscheibe {LWK 4/5}; {HWK 6}; {BWK 11} frakturiert."),
            fr("{Créatinine 412 µmol/L}, {DFG 11 mL/min/1,73 m²}, {plaquettes 98 000/mm³}."),
            fr("{TA 135/82}; {cure 3 jour 1} le matin; {CKD stade 4}."),
            fr("{Hémoglobine 10,2 g/dL} sous {darbépoétine 40 µg} par semaine."),
            es(
                "{Creatinina 2,8 mg/dL}; {filtrado glomerular 24 ml/min/1,73 m2}; {plaquetas 145.000/mm3}."
            ),
            es("{TA 160/95 mmHg}; {ciclo 2 día 8}; {semana 4} del tratamiento."),
            it("{Creatinina 3,1 mg/dL}, {piastrine 180.000/mm³}, {PA 140/85}."),
            it("{Emoglobina 9,4 g/dL} dopo {ciclo 3}; {stadio IV}."),
            pt("{Creatinina 4,2 mg/dL}, {ureia 180 mg/dL}, {plaquetas 210 000/µL}, {PA 150/100}."),
            pt("{Micofenolato 720 mg} duas vezes ao dia desde {2018}."),
            nl("{Kreatinine 512 µmol/l}, {eGFR 8 ml/min/1,73 m2}, {trombocyten 176 x 10^9/l}."),
            nl("{Tensie 155/92}; {kuur 4 dag 1}; {hernia L3-L4}."),
            pl("{Kreatynina 5,6 mg/dl}, {płytki krwi 95 tys./µl}, {ciśnienie 170/100 mmHg}."),
            pl("{Cykl 5} {dzień 1}; {stadium G4}."),
            sv("{Kreatinin 389 µmol/l}, {eGFR 12}, {blodtryck 145/85}, {TPK 210 x 10^9/l}."),
            ru("{Креатинин 480 мкмоль/л}, {СКФ 9 мл/мин/1,73 м²}, {АД 160/100 мм рт. ст.}"),
            ru("{Гемоглобин 86 г/л}; {тромбоциты 190 × 10^9/л}."),
            tr("{Kreatinin 4,8 mg/dL}, {trombosit 201.000}, {tansiyon 150/90 mmHg}."),
            cs("{Kreatinin 410 µmol/l}, {trombocyty 230 × 10^9/l}, {TK 140/80}."),
            hu("{Kreatinin 380 µmol/l}, {vérnyomás 150/90 Hgmm}, {thrombocyta 180 G/l}."),
            el("{Κρεατινίνη 3,2 mg/dl}, {αιμοπετάλια 200.000/μl}, {ΑΠ 140/90}."),
            da("{Kreatinin 350 µmol/l}, {eGFR 14}, {blodtryk 150/85}."),
            fi("{Kreatiniini 420 µmol/l}, {verenpaine 160/95}, {trombosyytit 190}."),
        ],
    ),
]


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    everything = NUMBERS + OVER
    return measure([entry(p) for p in everything]), measure_ordinary(everything)


if __name__ == "__main__":
    import sys

    fig, ordinary = figures()
    print(fig.table("numbers corpus (tests/privacy/classes_numbers.py)"))
    print(ordinary.table("ordinary words of the numbers corpus"))
    if "-v" in sys.argv:
        print("\n".join(fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
