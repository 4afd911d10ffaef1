# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; other scripts are planted)
"""The second, smaller batch of the fourth held-out corpus (2026-12-01), written after the
first batch was measured and before this one was run against anything.

Other forms still: notes in the case's structured fields (title, patient label, cause of
kidney disease, history, a drug's indication and reason, a lab's text result and specimen,
imaging impression and region, diagnosis and procedure names, the reaction, the outcome,
the report's other sections, the consent note) as well as in events; Finnish, Czech,
Hungarian, Icelandic, Greek and Russian, in their own scripts; names written surname first,
in capitals, in lower case, misspelt, decomposed (NFD), with a soft hyphen or a no-break
space, declined by case, with particles and patronymics; people named like towns, months or
eponyms; coordinates, map codes, wards and beds; week numbers and dates in CJK form; IPv6,
MAC, IMEI, DICOM UIDs, accession, NPI and passport numbers, IBANs and card numbers; handles
on federated networks and short links. The clinical side: brands with ® and ™, abbreviated
binomials, possessive eponyms, HGVS variants, trial names, TNM and KDIGO staging, Greek
letters, and drug and lab names in Finnish, Czech, Hungarian, Icelandic, Greek and Russian.

Every person, place and number is invented. The format is that of ``corpus.py``; a note's
``where`` names the field it is written in (``event`` when it is an event's text).
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.privacy.heldout4.corpus import Note, Patient

SHY = "\u00ad"  # soft hyphen
NBSP = "\u00a0"


@dataclass
class Placed(Note):
    where: str = "event"


def fi(t: str, where: str = "event") -> Placed:
    return Placed("fi", t, where)


def cs(t: str, where: str = "event") -> Placed:
    return Placed("cs", t, where)


def hu(t: str, where: str = "event") -> Placed:
    return Placed("hu", t, where)


def is_(t: str, where: str = "event") -> Placed:
    return Placed("is", t, where)


def el(t: str, where: str = "event") -> Placed:
    return Placed("el", t, where)


def ru(t: str, where: str = "event") -> Placed:
    return Placed("ru", t, where)


def en(t: str, where: str = "event") -> Placed:
    return Placed("en", t, where)


# Where a note may be written (``measure.to_case2`` puts it there).
WHERE = (
    "event",
    "title",
    "label",
    "kidney.cause",
    "history.condition",
    "history.notes",
    "medication.indication",
    "medication.reason",
    "medication.notes",
    "lab.text",
    "lab.specimen",
    "imaging.impression",
    "imaging.region",
    "diagnosis.name",
    "procedure.name",
    "assessment.reaction",
    "outcome.follow_up",
    "report.introduction",
    "report.discussion",
    "report.conclusion",
    "report.patient_perspective",
    "report.acknowledgments",
    "consent.notes",
)

DESCRIBED2: list[str] = [
    "the only woman reindeer herder on the Sodankylä council",
    "former goalkeeper of the national handball team",
]

BATCH2: list[Patient] = [
    Patient(
        name="Aila Koski",
        mrn="LKS-2211-0934",
        birth="1932-06-23",
        notes=[
            en("Calciphylaxis in a nonagenarian from Sodankylä", "title"),
            fi(
                "Aila Koski, 92-vuotias, asuu Vuotsossa ja käy {hemodialyysissä} Lapin keskussairaalassa kolmesti viikossa."
            ),
            fi(
                "Koskella todettiin {kalsifylaksia} reisissä; {D:natriumtiosulfaatti} {X:12,5 g} aloitettiin juhannuksena."
            ),
            fi("Osoite: Tankavaarantie 41, 99695 Tankavaara; puhelin 040 718 2293 (ext. 12)."),
            fi("Henkilötunnus 230632-918R on tarkistettu, ja Kela-kortin numero on 8877 1102 4."),
            en(
                "She is the only woman reindeer herder on the Sodankylä council and still drives a snowmobile.",
                "report.patient_perspective",
            ),
            fi(
                "Ylilääkäri Hannula-Rautio arvioi {L:PTH}:n {X:74 pmol/l} ja {L:fosfaatin} {X:2,1 mmol/l}; {D:Mimpara®} {X:30 mg} jatkui.",
            ),
            fi(
                "Tytär Sanni kirjoittaa osoitteeseen sanni (at) lappimail (dot) fi.",
                "history.notes",
            ),
            fi(
                "{M:Tietokonetomografia}: {V:L1} {kompressiomurtuma} ja {verisuonikalkit}; {M:luuntiheysmittaus} {L:T-score} {X:−3,4}.",
                "imaging.impression",
            ),
            en("koski a. (lower-case in the referral header), ward 4B bed 12", "label"),
            fi("Koskien perhe on asunut Tankavaarassa vuodesta 1954."),
            en(
                "Location for the air ambulance: 67.7969° N, 27.5072° E; map code ///kettle.frozen.ridge.",
                "event",
            ),
            fi(
                "{O:E. coli} ja {O:S. aureus} kasvoivat {L:veriviljelyssä}; {D:kefuroksiimi} {X:1,5 g} annettiin.",
                "lab.text",
            ),
            en(
                "Discussed at the weekly MDT in week 2024-W25 and again on 2024年7月3日.",
                "report.discussion",
            ),
            fi(
                "Sydämentahdistimen sarjanumero PX7-331-90442 ja modeemin MAC-osoite 00:1B:44:11:3A:B7.",
                "event",
            ),
        ],
        planted=[
            ("age over 89/word", "nonagenarian"),
            ("geographic/town in title", "Sodankylä"),
            ("name/recorded", "Aila Koski"),
            ("age over 89/Finnish", "92-vuotias"),
            ("geographic/village inflected", "Vuotsossa"),
            ("name/declined", "Koskella"),
            ("date/holiday in Finnish", "juhannuksena"),
            ("geographic/street FI", "Tankavaarantie 41"),
            ("geographic/postcode FI", "99695"),
            ("geographic/village", "Tankavaara"),
            ("telephone/with extension", "040 718 2293"),
            ("social security number/henkilötunnus", "230632-918R"),
            ("health plan number/Kela", "8877 1102 4"),
            ("other unique identifier/role", "only woman reindeer herder"),
            ("name/after non-English title", "Hannula-Rautio"),
            ("name/no title", "Sanni"),
            ("email/spelled out", "sanni (at) lappimail (dot) fi"),
            ("name/lower case", "koski a."),
            ("geographic/ward and bed", "ward 4B bed 12"),
            ("name/declined plural", "Koskien"),
            ("geographic/coordinates", "67.7969° N, 27.5072° E"),
            ("geographic/map code", "///kettle.frozen.ridge"),
            ("date/ISO week", "2024-W25"),
            ("date/CJK", "2024年7月3日"),
            ("device identifier/pacemaker", "PX7-331-90442"),
            ("device identifier/MAC address", "00:1B:44:11:3A:B7"),
        ],
    ),
    Patient(
        name="Libuše Holubová",
        mrn="UH 4471/2024",
        birth="1938-05-11",
        notes=[
            cs(
                "Paní Holubová, 86 let, z Uherského Hradiště, je léčena {hemodialýzou} pro {diabetickou nefropatii}.",
                "kidney.cause",
            ),
            cs(
                "S paní Holubovou přišel syn Radim; bydlí na Masarykově náměstí 19, 686 01 Uherské Hradiště."
            ),
            cs("Rodné číslo 385511/0417, číslo pojištěnce VZP 3855 110 417."),
            cs(
                "Na Štědrý den byla přijata s {horečkou}; {L:CRP} {X:231 mg/l}, {L:prokalcitonin} {X:8,4 µg/l}.",
                "history.condition",
            ),
            cs(
                "MUDr. Šťastná-Vrbová nasadila {D:vankomycin} {X:1 g} po dialýze a {D:meropenem} {X:500 mg} denně.",
                "medication.indication",
            ),
            cs(
                "Holubovi, jak jí říká soused Dvořák, se dýchá hůř; {M:RTG hrudníku} ukázal {fluidothorax}.",
            ),
            cs(
                "Laboratoř: {L:kreatinin} {X:612 µmol/l}, {L:draslík} {X:6,1 mmol/l}, {L:hemoglobin} {X:92 g/l}, {L:albumin} {X:28 g/l}.",
                "lab.specimen",
            ),
            cs(
                "Pracovala v Slováckých strojírnách; telefon 572 541 903, fax 572 541 909.",
                "report.acknowledgments",
            ),
            en(
                "HOLUBOVÁ, Libuše — transfer from Kroměříž, IBAN CZ65 0800 0000 1920 0014 5399.",
                "event",
            ),
            cs(
                "{M:Magnetická rezonance} páteře: {spondylodiscitida} {V:Th11–Th12} a {V:L2/3}; {O:K. pneumoniae} v {L:hemokultuře}.",
                "imaging.region",
            ),
            cs(
                "Vnučka Bára sdílí fotky na @barabara@mastodon.social a na bit.ly/3xHolub9.",
                "consent.notes",
            ),
            en("Cardiac device IMEI 35-209900-176148-1 was logged at the clinic.", "event"),
            cs(
                "{E:Cushingův syndrom} byl vyloučen; {D:prednison} {X:5 mg} pokračuje, {D:takrolimus} ne.",
                "diagnosis.name",
            ),
        ],
        planted=[
            ("name/recorded", "Holubová"),
            ("geographic/town inflected", "Uherského Hradiště"),
            ("name/declined", "Holubovou"),
            ("name/no title", "Radim"),
            ("geographic/street CZ", "Masarykově náměstí 19"),
            ("geographic/postcode CZ", "686 01"),
            ("geographic/town", "Uherské Hradiště"),
            ("social security number/rodné číslo", "385511/0417"),
            ("health plan number/VZP with spaces", "3855 110 417"),
            ("date/holiday in Czech", "Štědrý den"),
            ("name/after non-English title", "Šťastná-Vrbová"),
            ("name/declined", "Holubovi"),
            ("name/dictionary word", "Dvořák"),
            ("name/employer", "Slováckých strojírnách"),
            ("telephone/CZ", "572 541 903"),
            ("fax/sentence end", "572 541 909"),
            ("name/capitals surname first", "HOLUBOVÁ, Libuše"),
            ("geographic/town no cue", "Kroměříž"),
            ("account number/IBAN with spaces", "CZ65 0800 0000 1920 0014 5399"),
            ("name/nickname", "Bára"),
            ("other unique identifier/federated handle", "@barabara@mastodon.social"),
            ("url/short link", "bit.ly/3xHolub9"),
            ("device identifier/IMEI", "35-209900-176148-1"),
        ],
    ),
    Patient(
        name="Fekete Ilona",
        mrn="DE-KK-558201",
        birth="1931-03-15",
        notes=[
            hu(
                "Fekete Ilona 93 éves, Hajdúszoboszlón él, és {peritoneális dialízist} kap a debreceni klinikán.",
                "report.introduction",
            ),
            hu(
                "Március 15-én vették fel {hasi fájdalommal}; a {L:dializátum} {L:sejtszáma} {X:1200/µl} volt.",
            ),
            hu(
                "Lakcím: H-4200 Hajdúszoboszló, Hősök tere 7. fszt. 2.; telefon +36 52 411 716.",
                "medication.reason",
            ),
            hu("TAJ-szám 031 552 817; adóazonosító 8312 0466 51.", "event"),
            hu(
                "Dr. Szőke-Barta Gábor {D:intraperitoneális vankomicint} és {D:ceftazidimet} rendelt.",
                "procedure.name",
            ),
            hu(
                "Feketéné, ahogy a szomszédok hívják, unokájával, Zsófival jár kontrollra.",
                "outcome.follow_up",
            ),
            hu(
                "{L:Kreatinin} {X:704 µmol/l}, {L:karbamid} {X:24 mmol/l}, {L:kálium} {X:4,1 mmol/l}, {L:Kt/V} {X:1,8}.",
            ),
            en(
                "The eldest daughter, Fekete Júlia, emails ilona.nagymama@citromail-hb.hu and is a former goalkeeper of the national handball team.",
                "report.conclusion",
            ),
            hu(
                "{M:Hasi ultrahang}: {ascites} nincs; {M:CT}: {V:L4-L5} {porckorongsérv}; {D:Fosrenol™} {X:750 mg} étkezéskor.",
                "imaging.impression",
            ),
            en(
                "Passport number HU 4417209 and the 1998 Opel plate JKL-417 are in the social file.",
                "event",
            ),
            en(
                "DICOM Study Instance UID 1.2.348.0.7230010.3.1.4.8323329.4471.1718 was removed from the images.",
                "event",
            ),
            en(
                "She was seen by the ward team at 2001:db8:85a3::8a2e:370:7334 through the remote console.",
                "event",
            ),
        ],
        planted=[
            ("name/surname first", "Fekete Ilona"),
            ("age over 89/Hungarian", "93 éves"),
            ("geographic/town inflected", "Hajdúszoboszlón"),
            ("geographic/city adjective", "debreceni"),
            ("date/holiday in Hungarian", "Március 15-én"),
            ("geographic/postcode HU", "H-4200"),
            ("geographic/town", "Hajdúszoboszló"),
            ("geographic/street HU", "Hősök tere 7"),
            ("telephone/sentence end", "+36 52 411 716"),
            ("health plan number/TAJ with spaces", "031 552 817"),
            ("other unique identifier/tax number", "8312 0466 51"),
            ("name/after title", "Szőke-Barta Gábor"),
            ("name/derived form", "Feketéné"),
            ("name/declined", "Zsófival"),
            ("name/surname first", "Fekete Júlia"),
            ("email/plain", "ilona.nagymama@citromail-hb.hu"),
            (
                "other unique identifier/former athlete",
                "former goalkeeper of the national handball team",
            ),
            ("licence number/passport", "HU 4417209"),
            ("vehicle identifier/HU plate", "JKL-417"),
            ("device identifier/DICOM UID", "1.2.348.0.7230010.3.1.4.8323329.4471.1718"),
            ("ip address/IPv6", "2001:db8:85a3::8a2e:370:7334"),
        ],
    ),
    Patient(
        name="Guðrún Sigurðardóttir",
        mrn="SAK-0335-19",
        birth="1935-03-12",
        notes=[
            is_(
                "Guðrún Sigurðardóttir, 89 ára, frá Húsavík, er í {blóðskilun} á Sjúkrahúsinu á Akureyri.",
                "event",
            ),
            is_(
                "Kennitala 120335-4419; heimilisfang Garðarsbraut 62, 640 Húsavík.",
                "label",
            ),
            en(
                "Gudrun Sigurdardottir (as the English letter spelt it) and her son Jón Guðrúnarson came on Sumardagurinn fyrsti.",
            ),
            is_(
                "Læknir: Þórdís Ragnheiðardóttir; {D:tacrolimus} var stöðvað og {D:belatacept} hafið.",
                "medication.notes",
            ),
            is_(
                "{L:Kreatínín} {X:488 µmól/l}, {L:kalíum} {X:5,8 mmól/l}, {L:blóðrauði} {X:96 g/l}.",
                "lab.text",
            ),
            en("Her fishing boat, registration ÞH-417, is named after her mother.", "event"),
            en(
                f"Siguðardóttir (sic) was written on the blood bottles; Sigurðar{SHY}dóttir on the ward list.",
                "event",
            ),
            is_(
                "{M:Segulómun} sýndi {V:C5/C6} {brjósklos} og {V:Th12} {samfallsbrot}.",
                "imaging.impression",
            ),
            en(
                f"Phone 464{NBSP}1220; her grandson sends photos from gudrun.amma@simnet-nord.is.",
                "event",
            ),
            en("Born on 12 March 1935; she turns ninety next spring.", "report.acknowledgments"),
        ],
        planted=[
            ("name/patronymic", "Guðrún Sigurðardóttir"),
            ("geographic/town no cue", "Húsavík"),
            ("geographic/facility named after a town", "Akureyri"),
            ("social security number/kennitala", "120335-4419"),
            ("geographic/street IS", "Garðarsbraut 62"),
            ("geographic/postcode IS", "640"),
            ("name/transliterated", "Gudrun Sigurdardottir"),
            ("name/matronymic", "Jón Guðrúnarson"),
            ("date/holiday in Icelandic", "Sumardagurinn fyrsti"),
            ("name/after non-English title", "Þórdís Ragnheiðardóttir"),
            ("vehicle identifier/boat", "ÞH-417"),
            ("name/misspelt", "Siguðardóttir"),
            ("name/soft hyphen", f"Sigurðar{SHY}dóttir"),
            ("telephone/no-break space", f"464{NBSP}1220"),
            ("email/plain", "gudrun.amma@simnet-nord.is"),
            ("date/birth", "12 March 1935"),
        ],
    ),
    Patient(
        name="Eleni Georgiou",
        mrn="AHEPA-77120",
        birth="1929-08-15",
        notes=[
            el(
                "Η κυρία Ελένη Γεωργίου, 95 ετών, από την Καβάλα, υποβάλλεται σε {αιμοκάθαρση} τρεις φορές την εβδομάδα.",
                "report.introduction",
            ),
            el(
                "Διεύθυνση: Ομονοίας 44, ΤΚ 654 03 Καβάλα· τηλέφωνο 2510 224 719.",
                "event",
            ),
            el(
                "ΑΜΚΑ 15082904417· νοσηλεύτηκε τον Δεκαπενταύγουστο με {πυρετό}.",
                "history.notes",
            ),
            el(
                "Ο Δρ. Καραμανλίδης χορήγησε {D:βανκομυκίνη} {X:1 g} και {D:κεφταζιδίμη}.",
                "medication.indication",
            ),
            en(
                "Mrs Georgiou's daughter Despina lives in Xanthi; Eleni's grandson works for Kavala Tobacco Warehouses.",
            ),
            ru(
                "Её сиделка, Ольга Петренко из Одессы, звонит по номеру +380 48 725 1190.",
                "event",
            ),
            ru(
                "{L:Креатинин} {X:540 мкмоль/л}, {L:калий} {X:5,6 ммоль/л}; назначен {D:такролимус} и {D:преднизолон}.",
                "lab.text",
            ),
            el(
                "{L:Κρεατινίνη} {X:6,1 mg/dl} και {L:κάλιο} {X:5,9 mmol/l}· {M:αξονική τομογραφία} χωρίς ευρήματα.",
                "imaging.impression",
            ),
            en("GEORGIOU E., bed 7, 3rd floor, AHEPA77120 on the label.", "label"),
            en(
                "Her NPI-registered GP, Dr Addison, noted no {E:Addison's disease} and no {E:Paget's disease}.",
                "assessment.reaction",
            ),
            en(
                "Card 4532 7719 2083 4471 was used for the pharmacy; her account number is 0082-114-77291.",
                "event",
            ),
        ],
        planted=[
            ("name/Greek script", "Ελένη Γεωργίου"),
            ("age over 89/Greek", "95 ετών"),
            ("geographic/town Greek script", "Καβάλα"),
            ("geographic/street Greek script", "Ομονοίας 44"),
            ("geographic/postcode GR", "654 03"),
            ("telephone/GR", "2510 224 719"),
            ("social security number/AMKA", "15082904417"),
            ("date/holiday in Greek", "Δεκαπενταύγουστο"),
            ("name/after Greek title", "Καραμανλίδης"),
            ("name/recorded possessive", "Georgiou's"),
            ("name/no title", "Despina"),
            ("geographic/town no cue", "Xanthi"),
            ("name/employer", "Kavala Tobacco Warehouses"),
            ("name/Cyrillic script", "Ольга Петренко"),
            ("geographic/city Cyrillic", "Одессы"),
            ("telephone/international", "+380 48 725 1190"),
            ("name/capitals", "GEORGIOU E."),
            ("medical record number/no separator", "AHEPA77120"),
            ("name/eponym as a person (phrase)", "Dr Addison"),
            ("other unique identifier/card number", "4532 7719 2083 4471"),
            ("account number/plain", "0082-114-77291"),
        ],
    ),
    Patient(
        name="June Florence Lincoln",
        mrn="MH-00-441982",
        birth="1933-06-01",
        notes=[
            en("June Lincoln, 91, of Adelaide Street, Lincoln, Nebraska", "title"),
            en(
                "Mrs Lincoln presented with {calciphylaxis} after starting {D:warfarin} for {atrial fibrillation}.",
                "assessment.reaction",
            ),
            en(
                "Her sister April and her nurse, Adelaide, were present; Florence visited from Omaha in May.",
                "event",
            ),
            en(
                "Dr Cushing, her endocrinologist at Bryan Medical Center, excluded {E:Cushing's syndrome} with a {L:dexamethasone suppression test}.",
                "outcome.follow_up",
            ),
            en(
                "NPI of her nephrologist 1457392810; her DEA-licensed GP is Dr Oakes (DEA BO4471928).",
                "event",
            ),
            en(
                "Lincolnʼs grandson runs linc0ln-family.org and posts as @junebug33.",
                "report.discussion",
            ),
            en(
                "Accession number RAD-24-0093114 for the {M:CT}; the hospital-issued tablet has serial TAB-7F41-22.",
                "event",
            ),
            en(
                "Phone 402-555-0187 ext 3; she is in her tenth decade and a centenarian in spirit.",
                "event",
            ),
            en(
                "Mar. 5th '24: {D:sodium thiosulfate} started; 5.3.24 in the German locum's note.",
                "medication.reason",
            ),
            en(
                "{S:KDIGO G5A3}, {S:TNM T1aN0M0} renal mass; {G:PKD1} {G:c.12682C>T (p.Arg4228Trp)} in {G:NM_001009944.3}.",
                "report.conclusion",
            ),
            en(
                "J. F. L. signed the consent on the fourth of March with her initials only.",
                "consent.notes",
            ),
            en(
                "Her palm-vein ID PV-88-44120 unlocks the home dialysis chair; the portrait portrait_jfl_2024.heic was deleted."
            ),
        ],
        planted=[
            ("name/recorded", "June Lincoln"),
            ("age over 89/bare number", "Lincoln, 91"),
            ("geographic/street named like a person", "Adelaide Street"),
            ("geographic/city named like the patient", "Lincoln, Nebraska"),
            ("name/month", "April"),
            ("name/town", "Adelaide"),
            ("name/town as first name", "Florence"),
            ("geographic/city no cue", "Omaha"),
            ("name/eponym as a person (phrase)", "Dr Cushing"),
            ("geographic/facility", "Bryan Medical Center"),
            ("licence number/NPI", "1457392810"),
            ("name/after title", "Oakes"),
            ("licence number/DEA", "BO4471928"),
            ("name/modifier apostrophe possessive", "Lincolnʼs"),
            ("url/leetspeak no scheme", "linc0ln-family.org"),
            ("other unique identifier/username", "@junebug33"),
            ("other unique identifier/accession", "RAD-24-0093114"),
            ("device identifier/tablet", "TAB-7F41-22"),
            ("telephone/with extension", "402-555-0187"),
            ("age over 89/decade", "tenth decade"),
            ("date/abbreviated", "Mar. 5th '24"),
            ("date/short German", "5.3.24"),
            ("name/initials", "J. F. L."),
            ("date/words", "fourth of March"),
            ("biometric identifier/palm vein", "PV-88-44120"),
            ("full-face photograph/file name", "portrait_jfl_2024.heic"),
        ],
    ),
]


# Clinical prose in the new forms, with no identifier in it.
TERM_NOTES2: list[Placed] = [
    en("{D:Prograf®} and {D:Advagraf®} troughs were compared; {D:Envarsus XR™} was not available."),
    en("{O:E. coli}, {O:K. pneumoniae}, {O:P. aeruginosa} and {O:C. difficile} were screened for."),
    en("{E:Cushing's syndrome}, {E:Addison's disease} and {E:Wilms' tumour} were in the history."),
    en("{E:Bowman's capsule}, the {E:loop of Henle} and {E:Gerota's fascia} were described."),
    en("{E:Morison's pouch} held fluid; the {E:columns of Bertin} mimicked a mass."),
    en("{G:COL4A5} {G:c.1871G>A (p.Gly624Asp)}; {G:NPHS2} {G:p.Arg229Gln} in trans."),
    en("{G:HIF-2α}, {G:TNF-α}, {G:IL-6} and {G:anti-C1q} were measured."),
    en("{S:CREDENCE}, {S:DAPA-CKD} and {S:EMPA-KIDNEY} support {D:SGLT2 inhibitors}."),
    en("{S:FIDELIO-DKD} and {S:FLOW} were cited; {S:PROTECT} and {S:DUPLEX} for {D:sparsentan}."),
    en("{S:Oxford MEST-C M1E1S1T1-C1}; {S:Banff 2019} {S:ABMR}; {S:ISUP grade 2}."),
    en("{S:CKD G3b A2}, {S:TNM T2N0M0}, {S:Fuhrman grade 3}."),
    en("{D:Tacrolimus} {X:0.15 mg/kg/day}, {D:rATG} {X:1.5 mg/kg} ×3, {D:IVIG} {X:2 g/kg}."),
    en(
        "{L:platelets} {X:45 ×10⁹/L}, {L:WBC} {X:1.2 × 10^9/L}, {L:osmolality} {X:298 mOsm/kg H2O}."
    ),
    en("{V:T12–L1}, {V:L2/3}, {V:C1-C2} and {V:S1–S2} were imaged."),
    en("{S:Naranjo} {X:7} (probable), {S:WHO-UMC} probable, {S:RUCAM} {X:6}."),
    fi("{D:Takrolimuusi} ja {D:mykofenolaatti} jatkuivat; {L:kreatiniini} {X:180 µmol/l}."),
    fi("{M:Magneettikuvaus} osoitti {V:L4-L5} {välilevytyrän}; {D:parasetamoli} riitti."),
    cs(
        "{D:Takrolimus} a {D:mykofenolát mofetil}; {L:kreatinin} {X:210 µmol/l}, {L:eGFR} {X:24 ml/min/1,73 m²}."
    ),
    cs("{M:Sonografie} ledvin bez {hydronefrózy}; {E:Alportův syndrom} vyloučen."),
    hu("{D:Takrolimusz} és {D:mikofenolát-mofetil}; {L:kreatinin} {X:190 µmol/l}."),
    hu("{M:Mágneses rezonancia} vizsgálat: {V:L3-L4} {porckorongsérv}."),
    is_("{D:Takrólímus} og {D:prednisólón}; {L:kreatínín} {X:150 µmól/l}."),
    el("{D:Τακρόλιμους} και {D:πρεδνιζολόνη}· {L:κρεατινίνη} {X:1,9 mg/dl}."),
    el("Η {M:μαγνητική τομογραφία} έδειξε {κήλη μεσοσπονδύλιου δίσκου} {V:L4-L5}."),
    ru("{D:Такролимус} и {D:микофенолата мофетил}; {L:креатинин} {X:190 мкмоль/л}."),
    ru("{M:МРТ} показала {грыжу диска} {V:L5-S1}; {O:Escherichia coli} в {L:посеве мочи}."),
]
