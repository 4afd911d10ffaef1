# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A twelfth held-out corpus (2026-12-03), written by an outside examiner before it was
run against anything, and never shown to the de-identifier's authors.

Eight synthetic nephrology patients (haemodialysis, peritoneal dialysis, transplant, AKI,
glomerular disease, drug reactions: lithium, NSAIDs, contrast, vancomycin, tenofovir,
checkpoint inhibitors, aminoglycosides, romosozumab) from the Faroe Islands (Klaksvík),
Luxembourg (Ettelbruck), Sicily (Caltanissetta), Belarus (Hrodna), Tajikistan (Khujand),
Laos (Luang Prabang), Papua New Guinea (Lae) and Sierra Leone (Bo), written in Faroese,
Luxembourgish, Sicilian, Belarusian (Cyrillic and Łacinka), Tajik (Cyrillic), Lao (Lao
script, Lao digits, the Buddhist era), Tok Pisin and Krio, and the English of the Faroes,
Luxembourg, Papua New Guinea and Sierra Leone, in shapes a clinic writes: a referral
letter, a discharge summary, a run sheet, a pharmacy label, an SMS or WhatsApp or Viber
message, an e-mail header and signature, an insurance card, a portal log, pasted HL7, CSV
and JSON, OCR noise.

Every person, number and address is invented (real town and street names are used as
places, never with a real person).

The format is heldout4's to heldout11's (``tests/privacy/heldout4/corpus.py``): each
``Note`` is one free-text field in one language; clinical terms that must survive are
braced with a category letter (``CATEGORIES``); planted identifiers are listed per patient
as ``(kind, text)``, the kind being ``"<Safe Harbor kind>/<form>"``; a kind marked
``(phrase)`` is measured as a whole. Every other word is an ordinary word of the note's
language. ``DESCRIBED`` lists the words that describe a planted unique feature;
``PARTICLES`` the particles of names, whose survival alone is counted apart.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient
from tests.privacy.heldout7.corpus import _in  # a note in one language

__all__ = ["CATEGORIES", "DESCRIBED", "HELDOUT12", "PARTICLES", "TERM_NOTES", "Note", "Patient"]

fo, enfo = (_in(x) for x in ("fo", "en-FO"))
lb, enlu = (_in(x) for x in ("lb", "en-LU"))
scn = _in("scn")
be, bel = (_in(x) for x in ("be", "be-Latn"))
tg = _in("tg")
lo = _in("lo")
tpi, pg = (_in(x) for x in ("tpi", "en-PG"))
kri, sl = (_in(x) for x in ("kri", "en-SL"))

ZW = "\u200b"
SHY = "\u00ad"

PARTICLES = {"di", "la", "van", "bin", "pa", "ma", "tonton", "aunty", "mammy", "pupu"}

DESCRIBED: list[str] = [
    "einasta kvinnuliga skipari á línubáti í Norðoyggjum",
    "tatoveraður seglbátur á vinstra handlegg",
    "déi eenzeg Fra déi d'Stengeforger vum Kanton dirigéiert",
    "na spadda di muntagna tatuata supra u pettu",
    "адзіная жанчына-кавалёр у Гродне",
    "ягона ягодаи ягона ранги тира дар рухсора",
    "ສັກຮູບນາກຢູ່ຫຼັງແຂນຂວາ",
    "wanpela meri tasol i stap kepten long PMV ples Lae i go Nadzab",
    "mak bilong sik long pes",
    "di wan wɔman we de drayv bɔs na Bo",
]

HELDOUT12: list[Patient] = [
    # 1. Klaksvík, Faroe Islands (Faroese, English of the Faroes): lithium and NSAID AKI
    Patient(
        name="Rannvá Joensen",
        mrn="LSH-2024-00431",
        birth="1931-06-29",
        notes=[
            fo(
                "Sjúklingur: Rannvá Joensen, níggjuti og tvey ár gomul, fødd ólavsøkudag 1931; journalnr. LSH-2024-00431; P-tal 290631-118. Innløgd við {bráðari nýrnaskaða} og {lithiumeitran}; {L:lithium í blóði} {X:3,1 mmol/L}, {L:kreatinin} {X:388 µmol/L}."
            ),
            fo(
                "Býr á Biskupsstøðgøtu 14, FO-700 Klaksvík; telefon 45 72 19, fartelefon +298 21 88 44. Dóttirin Bjørk kemur hvønn morgun; hon arbeiðir hjá Bakkafrost á Glyvrum. Grannin, Tróndur á Heygum, hevur lykil."
            ),
            enfo(
                "Referred by Dr Sunnvá Hansen (FLS 2213) from Klaksvíkar Sjúkrahús on Monday 04/03/2024: {D:lithium carbonate} {X:600 mg} daily for {bipolar disorder}, {D:ibuprofen} {X:400 mg} TDS for gout; {L:serum sodium} {X:149 mmol/L}; {nephrogenic diabetes insipidus}; two sessions of {M:haemodialysis}."
            ),
            fo(
                "Hon er einasta kvinnuliga skipari á línubáti í Norðoyggjum og hevur tatoveraður seglbátur á vinstra handlegg. Fingramerki á samtykkisskjalinum. {D:Furosemid} steðgað; {L:kalium} {X:5,9 mmol/L}; {M:ultraljóð av nýrum} vísti einki {hydronephrosis}."
            ),
            enfo(
                "SMS from grandson Rógvi (+298 59 31 07): Omma Rannsa is sleepy again. E-mail rannva.j31@olivant.fo; Messenger user klaksvik_rannva; bank Betri 9181 0044 7725; car OY 2417; Fresenius 5008S serial 5SA8H2201; photo uploaded from 88.85.42.117."
            ),
            fo(
                "Útskrivað 2. jóladag 2024 (26.12.); {L:hemoglobin} {X:96 g/L}; {D:erythropoietin} {X:4000 IE} vikuliga; {S:KDIGO stig 3} {AKI}; heilsutrygging Heilsutrygd nr. HT-77120-3. Gamla journalin skrivaði R a n n v á og RANN"
                + ZW
                + "VÁ JOENSEN."
            ),
        ],
        planted=[
            ("name/recorded", "Rannvá Joensen"),
            ("age over 89/in Faroese words", "níggjuti og tvey ár"),
            ("date/birth on Ólavsøka with the year", "ólavsøkudag 1931"),
            ("medical record number/hospital and year", "LSH-2024-00431"),
            ("social security number/Faroese P-tal", "290631-118"),
            ("geographic/street and house", "Biskupsstøðgøtu 14"),
            ("geographic/postcode and town", "FO-700 Klaksvík"),
            ("telephone/Faroese landline, six digits spaced", "45 72 19"),
            ("telephone/Faroese mobile international", "+298 21 88 44"),
            ("name/daughter, an ordinary word (birch), no title", "Bjørk"),
            ("name/employer of the daughter", "Bakkafrost"),
            ("geographic/village after á, no cue", "Glyvrum"),
            ("name/neighbour with a farm name", "Tróndur á Heygum"),
            ("name/doctor after Dr", "Sunnvá Hansen"),
            ("licence number/medical association", "FLS 2213"),
            ("geographic/facility named after a town", "Klaksvíkar Sjúkrahús"),
            ("date/weekday and slashed date", "Monday 04/03/2024"),
            (
                "other unique identifier/occupation unique in the islands",
                "einasta kvinnuliga skipari á línubáti í Norðoyggjum",
            ),
            ("other unique identifier/tattoo", "tatoveraður seglbátur á vinstra handlegg"),
            ("biometric identifier/fingerprint in Faroese", "Fingramerki"),
            ("name/grandson after grandson", "Rógvi"),
            ("telephone/grandson's mobile", "+298 59 31 07"),
            ("name/nickname", "Omma Rannsa"),
            ("email/with the recorded name", "rannva.j31@olivant.fo"),
            ("url/Messenger username", "klaksvik_rannva"),
            ("account number/bank account grouped", "9181 0044 7725"),
            ("vehicle identifier/Faroese plate", "OY 2417"),
            ("device identifier/dialysis machine serial", "5SA8H2201"),
            ("ip address/IPv4", "88.85.42.117"),
            ("date/second day of Christmas in Faroese", "2. jóladag 2024 (26.12.)"),
            ("health plan number/insurer", "HT-77120-3"),
            ("name/recorded in spaced letters (phrase)", "R a n n v á"),
            ("name/recorded in capitals with a zero-width space", "RANN" + ZW + "VÁ JOENSEN"),
        ],
    ),
    # 2. Ettelbruck, Luxembourg (Luxembourgish, English of Luxembourg): contrast nephropathy
    Patient(
        name="Marie-Josée Wagner",
        mrn="CHdN-88213047",
        birth="1958-11-11",
        notes=[
            lb(
                "Patientin: Marie-Josée Wagner, gebuer um Kiermesdag 1958, wunnt an der Rue du Deich 27, L-9012 Ettelbréck. Matricule 1958 1111 482 17. Si koum no enger {M:Koronarangiographie} mat {D:Iodixanol} {X:180 mL} mat {kontrastinduzéierter Nephropathie}; {L:Kreatinin} {X:2,8 mg/dL}."
            ),
            lb(
                "Hire Mann Jhemp schafft bei der Goodyear zu Colmer-Bierg; d'Duechter Sonnenschäin rifft all Dag un: GSM 621 448 903. Den Här Doktor Kieffer (Code médecin 2418-77) huet se vum Spidol Wolz iwwerwisen."
            ),
            enlu(
                "E-mail header — From: mj.wagner58@pt.lu  To: nephro@chdn.lu  Date: Wed, 13 Mar 2024 09:14 +0100. Patient portal login mjwagner_ettel from 158.64.77.21; CNS card 1958111148217; {D:metformin} {X:1000 mg} BD stopped 48 h before; {L:bicarbonate} {X:17 mmol/L}; {lactic acidosis} excluded."
            ),
            lb(
                "Si ass déi eenzeg Fra déi d'Stengeforger vum Kanton dirigéiert. Um Péngschtmonteg 2024 (20. Mee) erëm opgeholl; {D:Prednisolon} {X:40 mg}; {L:Eosinophilen} {X:1,2 G/L}; {E:Hollenhorst-Placken} am Fundus; {cholesterol embolism} no {M:Herzkatheter}."
            ),
            enlu(
                "WhatsApp from neighbour Fern Schmit +352 691 228 441: Mimi Wagner's car LUX ZT 5518 is at the Ettelbruck Park & Ride again. Health insurance CMCM member 40-228815; IBAN LU28 0019 4006 4475 0000; ward fax +352 8166 2291; portrait photo IMG_20240313_0941.jpg."
            ),
        ],
        planted=[
            ("name/recorded", "Marie-Josée Wagner"),
            ("date/birth on the Kermis day with the year", "Kiermesdag 1958"),
            ("geographic/street in French with the house", "Rue du Deich 27"),
            ("geographic/postcode and town in Luxembourgish", "L-9012 Ettelbréck"),
            ("social security number/Luxembourg matricule spaced", "1958 1111 482 17"),
            ("name/husband, Luxembourgish nickname of Jean-Pierre", "Jhemp"),
            ("name/employer of the husband", "Goodyear"),
            ("geographic/village after zu, no cue", "Colmer-Bierg"),
            ("name/daughter, an ordinary word (sunshine)", "Sonnenschäin"),
            ("telephone/Luxembourg GSM", "621 448 903"),
            ("name/doctor after Här Doktor", "Kieffer"),
            ("licence number/code médecin", "2418-77"),
            ("geographic/facility named after a town", "Spidol Wolz"),
            ("email/with the recorded name", "mj.wagner58@pt.lu"),
            ("date/e-mail header date", "Wed, 13 Mar 2024 09:14 +0100"),
            ("url/portal username", "mjwagner_ettel"),
            ("ip address/IPv4", "158.64.77.21"),
            ("social security number/CNS card without separator", "1958111148217"),
            (
                "other unique identifier/unique role",
                "déi eenzeg Fra déi d'Stengeforger vum Kanton dirigéiert",
            ),
            ("date/Whit Monday in Luxembourgish with the date", "Péngschtmonteg 2024 (20. Mee)"),
            ("name/neighbour, an ordinary English word", "Fern Schmit"),
            ("telephone/international", "+352 691 228 441"),
            ("name/nickname with the family name", "Mimi Wagner"),
            ("vehicle identifier/Luxembourg plate", "LUX ZT 5518"),
            ("health plan number/mutual insurer", "40-228815"),
            ("account number/IBAN", "LU28 0019 4006 4475 0000"),
            ("fax/ward fax international", "+352 8166 2291"),
            ("full-face photograph/photo file name", "IMG_20240313_0941.jpg"),
        ],
    ),
    # 3. Caltanissetta, Sicily (Sicilian): vancomycin AKI after a kidney transplant
    Patient(
        name="Calogero Lo Presti",
        mrn="ASP-CL-2023-99814",
        birth="1928-07-14",
        notes=[
            scn(
                "Malatu: Calogero Lo Presti, di novantasei anni, natu a Serradifarcu u jornu di Santa Rusulia du 1928; cartella ASP-CL-2023-99814; codici fiscali LPRCLG28L14I644K. Trapiantatu di {rini} nnô 2009, ora cu {D:vancomicina} {X:1 g} ogni dudici uri e {danno renali acutu}; {L:vancomicinemia} {X:38 mg/L}."
            ),
            scn(
                "Abbita nnâ Via Re d'Italia 41, 93100 Caltanissetta, nzemmula a so niputi Turiddu; u cellulari 338 412 7719. U figghiu Carmelo travagghia â Raffineria di Gela. U Dutturi Giacomu Cammarata (Ordini 2217) u visitau ô Sant'Elia."
            ),
            scn(
                "Iddu è l'ultimu zuccaru di zolfu ancora vivu di Trabia-Tallarita e havi na spadda di muntagna tatuata supra u pettu. {D:Tacrolimus} {X:2 mg} a matina; {L:tacrolinemia} {X:11 ng/mL}; {M:ecografia renali} cu {E:doppler}; {S:Banff 1B} nnâ {M:biopsia}."
            ),
            scn(
                "Missaggiu di WhatsApp dâ niputi Minica +39 347 118 2034: u Zu Lillo nun mancia. Targa dâ machina EF 482 KX; pazienti dû portali calogero.lp28; indirizzu ciuzzu.lopresti@libero.it; tessera sanitaria 80380 00008 12345678; u lunniri di Pasquetta 2024 turnau a casa."
            ),
            scn(
                "Macchina di dialisi Bellco Formula serial BF-22019-3; {D:eritropoietina} {X:6000 UI}; {L:emoglobina} {X:9,4 g/dL}; {L:potassiemia} {X:6,1 mmol/L}; {D:resina a scambiu ionicu} {X:15 g}; {V:L3-L4} {frattura vertebrali}."
            ),
        ],
        planted=[
            ("name/recorded", "Calogero Lo Presti"),
            ("age over 89/in Sicilian words", "novantasei anni"),
            ("geographic/birth town without cue, no space", "Serradifarcu"),
            (
                "date/birth on the feast of Santa Rosalia with the year",
                "jornu di Santa Rusulia du 1928",
            ),
            ("medical record number/ASP", "ASP-CL-2023-99814"),
            ("social security number/codice fiscale", "LPRCLG28L14I644K"),
            ("geographic/street and house", "Via Re d'Italia 41"),
            ("geographic/postcode and city", "93100 Caltanissetta"),
            ("name/nephew, Sicilian nickname", "Turiddu"),
            ("telephone/Italian mobile", "338 412 7719"),
            ("name/son, no title", "Carmelo"),
            ("name/employer", "Raffineria di Gela"),
            ("name/doctor after Dutturi", "Giacomu Cammarata"),
            ("licence number/Ordine", "Ordini 2217"),
            ("geographic/facility named after a saint", "Sant'Elia"),
            (
                "other unique identifier/last sulphur miner of a mine",
                "l'ultimu zuccaru di zolfu ancora vivu di Trabia-Tallarita",
            ),
            ("other unique identifier/tattoo", "na spadda di muntagna tatuata supra u pettu"),
            ("name/niece", "Minica"),
            ("telephone/international", "+39 347 118 2034"),
            ("name/nickname after Zu", "Zu Lillo"),
            ("vehicle identifier/Italian plate", "EF 482 KX"),
            ("url/portal username with the name", "calogero.lp28"),
            ("email/nickname", "ciuzzu.lopresti@libero.it"),
            ("health plan number/tessera sanitaria", "80380 00008 12345678"),
            ("date/Easter Monday 2024 in Sicilian", "lunniri di Pasquetta 2024"),
            ("device identifier/dialysis machine serial", "BF-22019-3"),
        ],
    ),
    # 4. Hrodna, Belarus (Belarusian, Cyrillic and Łacinka): membranous nephropathy
    Patient(
        name="Алесь Цвірка",
        mrn="ГОКБ-2024-015572",
        birth="1930-01-07",
        notes=[
            be(
                "Пацыент: Алесь Цвірка, дзевяноста чатыры гады, нарадзіўся на Каляды 1930 г.; медкарта ГОКБ-2024-015572; асабісты нумар 3070130A041PB7. {Мембранозная нефрапатыя}: {L:бялок у мачы} {X:8,2 г/суткі}, {L:альбумін} {X:21 г/л}, {G:анты-PLA2R} {X:180 RU/mL}."
            ),
            be(
                "Адрас: вул. Ажэшкі, д. 22, кв. 9, 230023 Гродна; тэл. +375 29 781 44 02. Унучка Надзея працуе на «Гродна Азот»; сусед Васіль з Каробчыцаў мае ключ. Накіраваў доктар Міхась Лойка (ліцэнзія 02-1187)."
            ),
            bel(
                "Aleś Cvirka, jaho ŭnučka Nadzieja piša ŭ Viber z numara +375 33 604 12 88; Alesieva žonka памерла. Jon adzinaja žančyna-kavalior? Nie: ён адзіная жанчына-кавалёр у Гродне — хаця гэта пра яго сястру. {D:Rytuksimab} {X:1 g}; {M:bijopsija nyrki}."
            ),
            be(
                "Выпісаны ў Вялікдзень (5 мая 2024); {D:такролімус} {X:0,05 мг/кг}; {L:крэатынін} {X:148 мкмоль/л}; {M:УГД нырак}; {E:сіндром Кушынга} няма; страхавы поліс БРУСП-88120441; аўтамабіль 4521 AM-4; e-mail ales.cvirka30@tut.by; IP 93.84.118.6."
            ),
        ],
        planted=[
            ("name/recorded in Cyrillic", "Алесь Цвірка"),
            ("age over 89/in Belarusian words", "дзевяноста чатыры гады"),
            ("date/birth on Orthodox Christmas with the year", "Каляды 1930"),
            ("medical record number/regional hospital", "ГОКБ-2024-015572"),
            ("social security number/Belarusian personal number", "3070130A041PB7"),
            ("geographic/street, house and flat", "вул. Ажэшкі, д. 22, кв. 9"),
            ("geographic/postcode and city", "230023 Гродна"),
            ("telephone/Belarusian mobile", "+375 29 781 44 02"),
            ("name/granddaughter, an ordinary word (hope)", "Надзея"),
            ("name/employer", "Гродна Азот"),
            ("name/neighbour", "Васіль"),
            ("geographic/village in the genitive", "Каробчыцаў"),
            ("name/doctor", "Міхась Лойка"),
            ("licence number/doctor", "02-1187"),
            ("name/recorded in Łacinka", "Aleś Cvirka"),
            ("name/granddaughter in Łacinka", "Nadzieja"),
            ("telephone/Viber number", "+375 33 604 12 88"),
            ("name/possessive adjective of the recorded name in Łacinka", "Alesieva"),
            ("other unique identifier/unique role", "адзіная жанчына-кавалёр у Гродне"),
            ("date/Easter with the date", "Вялікдзень (5 мая 2024)"),
            ("health plan number/insurer policy", "БРУСП-88120441"),
            ("vehicle identifier/Belarusian plate", "4521 AM-4"),
            ("email/with the recorded name", "ales.cvirka30@tut.by"),
            ("ip address/IPv4", "93.84.118.6"),
        ],
    ),
    # 5. Khujand, Tajikistan (Tajik Cyrillic): tenofovir Fanconi syndrome
    Patient(
        name="Зарина Раҳимова",
        mrn="ВКБ-С-2024-3318",
        birth="1934-03-21",
        notes=[
            tg(
                "Бемор: Зарина Раҳимова, навад сола, дар Наврӯзи 1934 таваллуд шудааст; корти тиббӣ ВКБ-С-2024-3318; ИНН 480113772. {синдроми Фанкони} аз {D:тенофовир} {X:300 мг}; {L:фосфати хун} {X:0,6 ммол/л}; {L:глюкозурия} бо {L:қанди хуни муқаррарӣ}."
            ),
            tg(
                "Суроға: кӯчаи Исмоили Сомонӣ 48, х. 12, 735700 Хуҷанд; тел. +992 92 771 30 45. Писараш Баҳодур дар «Тоҷиккоинот» кор мекунад; духтараш Гулчеҳра аз деҳаи Ғафуров меояд. Духтур Фарҳод Сафаров (иҷозатнома ТҶ-4471)."
            ),
            tg(
                "Ӯ ягона ягодаи ягона ранги тира дар рухсора дорад ва дар бозори Панҷшанбе қолинфурӯш аст. Хабар дар Telegram @zarina_khujand34; шиносномаи 401558812; рақами суғурта СТ-2024-55192; мошин 4418 АА 02; суратҳисоб 2020 8972 0000 1144."
            ),
            tg(
                "Рӯзи Иди Қурбон (16 июни 2024) ба хона рафт; {D:калий цитрат} {X:20 мЭкв}; {L:креатинин} {X:2,1 мг/дл}; {M:ултрасадои гурда}; {остеомаляция} дар {V:L2}; {S:CKD-EPI} {X:28 мл/дақ}."
            ),
        ],
        planted=[
            ("name/recorded in Cyrillic", "Зарина Раҳимова"),
            ("age over 89/in Tajik words", "навад сола"),
            ("date/birth on Navruz with the year", "Наврӯзи 1934"),
            ("medical record number/regional hospital", "ВКБ-С-2024-3318"),
            ("social security number/taxpayer number", "480113772"),
            (
                "geographic/street named after a person, house and flat",
                "кӯчаи Исмоили Сомонӣ 48, х. 12",
            ),
            ("geographic/postcode and city", "735700 Хуҷанд"),
            ("telephone/Tajik mobile", "+992 92 771 30 45"),
            ("name/son, no title", "Баҳодур"),
            ("name/employer", "Тоҷиккоинот"),
            ("name/daughter", "Гулчеҳра"),
            ("geographic/village", "Ғафуров"),
            ("name/doctor after Духтур", "Фарҳод Сафаров"),
            ("licence number/doctor", "ТҶ-4471"),
            ("other unique identifier/birthmark", "ягона ягодаи ягона ранги тира дар рухсора"),
            ("geographic/market named after a weekday", "бозори Панҷшанбе"),
            ("url/Telegram username", "@zarina_khujand34"),
            ("other unique identifier/passport number", "401558812"),
            ("health plan number/insurer", "СТ-2024-55192"),
            ("vehicle identifier/Tajik plate", "4418 АА 02"),
            ("account number/bank account", "2020 8972 0000 1144"),
            ("date/Eid al-Adha with the date in Tajik", "Иди Қурбон (16 июни 2024)"),
        ],
    ),
    # 6. Luang Prabang, Laos (Lao script, Lao digits, Buddhist era): snakebite AKI
    Patient(
        name="ບຸນມີ ພົມມະວົງ",
        mrn="LPB-2567-00871",
        birth="1933-04-14",
        notes=[
            lo(
                "ຄົນເຈັບ: ບຸນມີ ພົມມະວົງ, ອາຍຸ ໙໑ ປີ, ເກີດວັນປີໃໝ່ລາວ ພ.ສ. ໒໔໗໖; ເລກບັດ LPB-2567-00871. ຖືກ{ງູແມວເຊົາກັດ}ແລ້ວເກີດ{ໄຕວາຍສ້ຽບພັນ}; {L:creatinine} {X:6.2 mg/dL}; {M:haemodialysis} ສາມເທື່ອ; {D:antivenom} {X:10 vials}."
            ),
            lo(
                "ທີ່ຢູ່: ບ້ານຊຽງມ່ວນ, ເມືອງຫຼວງພະບາງ; ໂທ ໐໒໐ ໕໕໔໑ ໒໘໗໗. ລູກສາວ ນາງ ແສງເດືອນ ເຮັດວຽກຢູ່ ໂຮງແຮມ ອາມັນຕາກາ; ທ່ານໝໍ ສົມພອນ ແກ້ວມະນີ ຈາກໂຮງໝໍແຂວງຫຼວງພະບາງ ສົ່ງຕໍ່."
            ),
            lo(
                "ລາວມີ ສັກຮູບນາກຢູ່ຫຼັງແຂນຂວາ. ອອກໂຮງໝໍ ວັນບຸນຫໍ່ເຂົ້າສະລາກ (໒໓/໐໙/໒໕໖໗); WhatsApp +856 20 9912 4410; Facebook fb.com/bounmy.lpb33; ບັດປະກັນສຸຂະພາບ NHI-LPB-448120; ລົດ ກພ 7713."
            ),
            lo(
                "{L:potassium} {X:6.4 mmol/L}; {L:fibrinogen} {X:0.4 g/L}; {venom-induced consumption coagulopathy}; {D:calcium gluconate} {X:10 mL}; {M:ultrasound} ໝາກໄຂ່ຫຼັງ ປົກກະຕິ."
            ),
        ],
        planted=[
            ("name/recorded in Lao script (phrase)", "ບຸນມີ ພົມມະວົງ"),
            ("age over 89/in Lao digits", "ອາຍຸ ໙໑ ປີ"),
            ("date/birth on Lao New Year in the Buddhist era", "ວັນປີໃໝ່ລາວ ພ.ສ. ໒໔໗໖"),
            ("medical record number/provincial hospital", "LPB-2567-00871"),
            ("geographic/village (ban) (phrase)", "ບ້ານຊຽງມ່ວນ"),
            ("telephone/Lao mobile in Lao digits", "໐໒໐ ໕໕໔໑ ໒໘໗໗"),
            ("name/daughter (phrase)", "ແສງເດືອນ"),
            ("name/employer, a hotel (phrase)", "ໂຮງແຮມ ອາມັນຕາກາ"),
            ("name/doctor (phrase)", "ສົມພອນ ແກ້ວມະນີ"),
            ("geographic/facility named after the province (phrase)", "ໂຮງໝໍແຂວງຫຼວງພະບາງ"),
            ("other unique identifier/tattoo (phrase)", "ສັກຮູບນາກຢູ່ຫຼັງແຂນຂວາ"),
            ("date/a Buddhist festival with the date", "ວັນບຸນຫໍ່ເຂົ້າສະລາກ (໒໓/໐໙/໒໕໖໗)"),
            ("telephone/WhatsApp international", "+856 20 9912 4410"),
            ("url/Facebook without scheme", "fb.com/bounmy.lpb33"),
            ("health plan number/national health insurance", "NHI-LPB-448120"),
            ("vehicle identifier/Lao plate", "ກພ 7713"),
        ],
    ),
    # 7. Lae, Papua New Guinea (Tok Pisin, English of PNG): aminoglycoside AKI, PD
    Patient(
        name="Kila Nawasio",
        mrn="ANGAU-24-118340",
        birth="1975-09-16",
        notes=[
            tpi(
                "Sikman: Kila Nawasio, em i bon long De Bilong Indipendens 1975 long ples Butibam; namba bilong buk ANGAU-24-118340. Em i kisim {D:gentamicin} {X:240 mg} long olgeta de na {kidni i bagarap}; {L:creatinine} {X:612 µmol/L}; {M:peritoneal dialysis} i stat."
            ),
            tpi(
                "Meri bilong em, Gwen, i wok long Lae Biscuit Company; brata Smol Boi i save kam long PMV. Fon 7241 8830. Em i stap long Section 12 Lot 9, Eriku, Lae 411. Dokta Wanpis Tau (PNGMC 2091) i salim em."
            ),
            pg(
                "Discharge summary: admitted Good Friday 29 March 2024, discharged the second Tuesday after Easter. He has mak bilong sik long pes. His sister is wanpela meri tasol i stap kepten long PMV ples Lae i go Nadzab. {D:vancomycin} {X:1 g}; {peritonitis} with {O:Staphylococcus aureus}; {L:PD effluent white cells} {X:820/µL}; {S:ISPD 2022} criteria."
            ),
            pg(
                "SMS 16/04/24 from +675 7098 2214: 'Kila pls kam bek tumora.' Email k.nawasio@gmail.com; Digicel account 4400-1871-22; NASFUND member 10448871; vehicle LBA 446; Baxter HomeChoice cycler SN HC9R0021477; portal log 2024-04-16 07:41 user kila.n75 from 202.1.38.14; face photo PXL_20240416_074102.jpg; clinic fax 472 1190."
            ),
            tpi(
                "{D:Icodextrin} {X:2 L} long nait; {L:albumin} {X:28 g/L}; {L:haemoglobin} {X:88 g/L}; {M:ultrasound} i soim {hydronephrosis} nogat; {E:Tenckhoff catheter} i orait."
            ),
        ],
        planted=[
            ("name/recorded", "Kila Nawasio"),
            (
                "date/birth on Independence Day in Tok Pisin with the year",
                "De Bilong Indipendens 1975",
            ),
            ("geographic/village after ples", "Butibam"),
            ("medical record number/hospital and year", "ANGAU-24-118340"),
            ("name/wife", "Gwen"),
            ("name/employer", "Lae Biscuit Company"),
            ("name/brother, nickname of ordinary words", "Smol Boi"),
            ("telephone/PNG mobile", "7241 8830"),
            ("geographic/section and lot", "Section 12 Lot 9"),
            ("geographic/suburb, town and postcode", "Eriku, Lae 411"),
            ("name/doctor, an ordinary Tok Pisin word (one piece)", "Wanpis Tau"),
            ("licence number/medical council", "PNGMC 2091"),
            ("date/Good Friday with the date", "Good Friday 29 March 2024"),
            ("date/weekday phrase after Easter", "the second Tuesday after Easter"),
            ("other unique identifier/facial scar in Tok Pisin", "mak bilong sik long pes"),
            (
                "other unique identifier/sister's unique role",
                "wanpela meri tasol i stap kepten long PMV ples Lae i go Nadzab",
            ),
            ("date/SMS date", "16/04/24"),
            ("telephone/international", "+675 7098 2214"),
            ("email/with the recorded name", "k.nawasio@gmail.com"),
            ("account number/phone account", "4400-1871-22"),
            ("health plan number/superannuation fund member", "10448871"),
            ("vehicle identifier/PNG plate", "LBA 446"),
            ("device identifier/cycler serial", "HC9R0021477"),
            ("url/portal username", "kila.n75"),
            ("ip address/IPv4", "202.1.38.14"),
            ("full-face photograph/phone photo file name", "PXL_20240416_074102.jpg"),
            ("fax/clinic fax, PNG landline", "472 1190"),
        ],
    ),
    # 8. Bo, Sierra Leone (Krio, English of Sierra Leone): lupus nephritis
    Patient(
        name="Fatmata Kamara",
        mrn="BGH/2024/07719",
        birth="1929-04-27",
        notes=[
            kri(
                "Sikman: Fatmata Kamara, i ol nayntin-fayv ia, dɛn bɔn am Indipɛndɛns De 1929; nɔmba na buk BGH/2024/07719. I gɛt {lupus nefrayt}; {L:protin na pipi} {X:4,1 g/de}; {G:anti-dsDNA} {X:320 IU/mL}; {L:C3} lɔw."
            ),
            kri(
                "I de na 14 Tikonko Rod, Bo; fon 076 448 120. In pikin Blessing de wok na Sierra Rutile; in brɔda Pa Sorie de na Gerihun. Dɔkta Abu Bakarr Sesay (SLMDC 1187) na Bo Gɔvmɛnt Ɔspitul bin sɛn am."
            ),
            sl(
                "Fatmata's daughter says she is di wan wɔman we de drayv bɔs na Bo. Discharged Eid-ul-Fitr 2024 (10/4/2024); {D:mycophenolate mofetil} {X:1 g} BD; {D:hydroxychloroquine} {X:200 mg}; {S:ISN/RPS class IV}; {M:renal biopsy}; {L:complement C4} {X:0.06 g/L}."
            ),
            sl(
                "HL7: PID|1||BGH/2024/07719^^^BGH||KAMARA^FATMATA^^^Mammy||19290427|F|||14 Tikonko Road^^Bo^^^SL||+232 76 448 120|||||NIN 7HQ22-K41B|| ; NHIS card SL-NHI-0042817; Orange Money account 88120044; e-mail fatmatak29@yahoo.co.uk; motorbike plate BO 5417 M."
            ),
            kri(
                "{D:Prednisolone} {X:60 mg}; {L:kreatinin} {X:2,4 mg/dL}; {M:ultrasound} fɔ di kidni dɛn; {E:Raynaud} nɔ de; {O:Plasmodium falciparum} nɔ de na di blɔd."
            ),
        ],
        planted=[
            ("name/recorded", "Fatmata Kamara"),
            ("age over 89/in Krio words", "nayntin-fayv ia"),
            ("date/birth on Independence Day in Krio with the year", "Indipɛndɛns De 1929"),
            ("medical record number/hospital with slashes", "BGH/2024/07719"),
            ("geographic/street and town in Krio", "14 Tikonko Rod, Bo"),
            ("telephone/Sierra Leone mobile", "076 448 120"),
            ("name/daughter, an ordinary word", "Blessing"),
            ("name/employer", "Sierra Rutile"),
            ("name/brother after Pa", "Pa Sorie"),
            ("geographic/village, no cue", "Gerihun"),
            ("name/doctor", "Abu Bakarr Sesay"),
            ("licence number/medical council", "SLMDC 1187"),
            ("geographic/facility named after a town in Krio", "Bo Gɔvmɛnt Ɔspitul"),
            ("name/recorded possessive", "Fatmata's"),
            ("other unique identifier/unique role in Krio", "di wan wɔman we de drayv bɔs na Bo"),
            ("date/Eid with the date", "Eid-ul-Fitr 2024 (10/4/2024)"),
            ("name/recorded in HL7 upper case", "KAMARA^FATMATA"),
            ("date/birth in HL7", "19290427"),
            ("geographic/street in HL7", "14 Tikonko Road"),
            ("telephone/HL7 international", "+232 76 448 120"),
            ("social security number/national identity number", "7HQ22-K41B"),
            ("health plan number/insurer", "SL-NHI-0042817"),
            ("account number/mobile money", "88120044"),
            ("email/with the recorded name", "fatmatak29@yahoo.co.uk"),
            ("vehicle identifier/motorbike plate", "BO 5417 M"),
        ],
    ),
]

# Clinical prose with no identifier in it, in every language of the patients.
TERM_NOTES: list[Note] = [
    fo(
        "{nýrnasvikan} av {D:lithium}: {L:kreatinin} {X:210 µmol/L}; {M:ultraljóð}; {D:amilorid} {X:5 mg}; {S:KDIGO G3b}; {V:L4-L5} {slitgigt}."
    ),
    fo(
        "{nefrotiskt syndrom}: {D:prednisolon} {X:60 mg}; {L:albumin} {X:19 g/L}; {M:nýrnavevsroynd}; {E:Alport} útilokað; {G:COL4A5} kannað."
    ),
    enfo(
        "{Lithium-induced nephrogenic diabetes insipidus}: {D:amiloride} {X:5 mg} BD; {L:urine osmolality} {X:160 mOsm/kg}; {M:water deprivation test}; {D:desmopressin} {X:2 mcg}; {V:C5/C6} {spondylosis}."
    ),
    lb(
        "{Nierestee} an {Hydronephros}: {D:Tamsulosin} {X:0,4 mg}; {L:Harnsaier} {X:8,1 mg/dL}; {M:CT}; {O:Proteus mirabilis}; {V:L2-L3}; {S:KDIGO G2}."
    ),
    lb(
        "{IgA-Nephropathie}: {D:Ramipril} {X:5 mg}; {L:Proteinurie} {X:1,4 g/24h}; {M:Nierebiopsie}; {S:Oxford MEST-C}; {E:Henoch-Schönlein} ausgeschloss."
    ),
    enlu(
        "{Contrast-associated AKI}: {D:iodixanol} {X:120 mL}; {L:creatinine} {X:1.9 mg/dL}; {D:sodium bicarbonate} {X:3 mL/kg/h}; {M:coronary angiography}; {S:Mehran score} {X:11}."
    ),
    scn(
        "{sindromi nefrosica}: {D:prednisoni} {X:1 mg/kg}; {L:albumina} {X:2,0 g/dL}; {L:colesterolu} {X:380 mg/dL}; {M:biopsia renali}; {E:Alport} nun c'è; {G:NPHS2}."
    ),
    scn(
        "{ricettu di trapiantu}: {D:ciclosporina} {X:150 mg}; {L:ciclosporinemia} {X:180 ng/mL}; {O:citomegalovirus} negativu; {M:ecografia} cu {E:doppler}; {V:T12-L1} {frattura}."
    ),
    be(
        "{Гламерулянефрыт}: {D:метылпрэднізалон} {X:500 мг}; {L:крэатынін} {X:210 мкмоль/л}; {M:біяпсія ныркі}; {S:ISN/RPS III}; {G:PLA2R}; {V:L4-L5}."
    ),
    bel(
        "{Nefrotyčny syndrom}: {D:prednizalon} {X:60 mh}; {L:aĺbumin} {X:22 h/l}; {M:UHD nyrak}; {E:Kušynh} niama."
    ),
    tg(
        "{Нефропатияи диабетӣ}: {D:метформин} қатъ шуд; {D:эмпаглифлозин} {X:10 мг}; {L:HbA1c} {X:8,9%}; {L:албумин дар пешоб} {X:480 мг/г}; {M:ултрасадо}; {S:KDIGO A3}; {V:L5-S1}."
    ),
    tg(
        "{Санги гурда}: {D:тамсулозин} {X:0,4 мг}; {L:кислотаи пешоб} {X:9,0 мг/дл}; {M:КТ}; {O:Escherichia coli} дар пешоб; {E:аломати Пастернатский} мусбат."
    ),
    lo(
        "{ໂຣກໄຕອັກເສບ}: {D:prednisolone} {X:60 mg}; {L:creatinine} {X:2.4 mg/dL}; {M:ultrasound}; {O:Burkholderia pseudomallei} ບໍ່ພົບ; {S:KDIGO G4}; {V:T11}."
    ),
    lo(
        "{ໄຂ້ເລືອດອອກ} ກັບ {AKI}: {O:dengue virus}; {L:platelets} {X:22 ×10⁹/L}; {L:haematocrit} {X:48%}; {M:haemodialysis}; {D:paracetamol} {X:500 mg}."
    ),
    tpi(
        "{Sik suga} na {kidni i bagarap}: {D:metformin} i stop; {D:insulin glargine} {X:20 units}; {L:HbA1c} {X:10.2%}; {M:ultrasound}; {S:KDIGO G4 A3}."
    ),
    tpi(
        "{Malaria} wantaim {AKI}: {O:Plasmodium falciparum}; {D:artesunate} {X:2.4 mg/kg}; {L:creatinine} {X:480 µmol/L}; {M:haemodialysis}; {E:Kussmaul breathing}."
    ),
    pg(
        "{Post-streptococcal glomerulonephritis}: {O:Streptococcus pyogenes}; {L:ASO titre} {X:800 IU/mL}; {L:C3} {X:0.3 g/L}; {D:furosemide} {X:40 mg}; {M:renal ultrasound}; {V:L1-L2}."
    ),
    kri(
        "{Sikul sɛl} wit {kidni prɔblɛm}: {D:hydroxyurea} {X:15 mg/kg}; {L:haemoglobin} {X:7,2 g/dL}; {M:ultrasound}; {E:Howell-Jolly bodies}; {G:HBB}."
    ),
    sl(
        "{Lassa fever} with {AKI}: {O:Lassa virus}; {D:ribavirin} {X:30 mg/kg}; {L:AST} {X:420 U/L}; {M:haemodialysis}; {S:SOFA} {X:8}; {V:T10}."
    ),
    sl(
        "{HIV-associated nephropathy}: {D:dolutegravir} {X:50 mg}; {L:CD4 count} {X:180 cells/µL}; {L:urine protein-creatinine ratio} {X:3.1 g/g}; {M:renal biopsy}; {G:APOL1}; {S:ISN/RPS}."
    ),
]
