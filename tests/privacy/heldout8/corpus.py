# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""An eighth held-out corpus (2026-12-02), written by an outside examiner before it was run
against anything, and never shown to the de-identifier's authors.

Synthetic nephrology patients (dialysis, transplant, AKI, glomerular, infectious and
inherited disease) from Seville, Hamburg, Malmö, Plovdiv, Ljubljana, Prishtina, Tbilisi,
Haifa, Cairo, Dubai, Amman, Tehran, Lucknow, Chennai, Dhaka, Seoul, Chengdu, Chiang Mai,
Hanoi, Kampala, Ulaanbaatar, Tulsa and Belfast, written in the Spanish of Spain, German,
Swedish, Bulgarian, Slovene, Albanian of Kosovo, Georgian (its own script), Hebrew, Egyptian
Arabic (Arabic script), the English of the Emirates, Jordanian Arabic in Arabizi (Latin
letters and digits), Persian (its own script and digits), Hindi (Devanagari), the English
of India, Bengali (its own script and digits), Korean (Hangul), Mandarin (hanzi and pinyin),
Thai, Vietnamese, the English of Uganda (and Luganda), Mongolian (Cyrillic), and the English
of the US and of Northern Ireland, in shapes heldout4-7 did not use (an HL7 v2 message, a
patient-portal thread, CSV rows, a JSON fragment, a WeChat and a KakaoTalk chat, a LINE
message, a transfer form with tick boxes, a ward handover list, a hyphenated line break, a
PDF copy with ligatures, mojibake, an HTML paste).

Every person, number and address is invented (real town and institution names are used as
places, never with a real person).

The format is heldout4's to heldout7's (``tests/privacy/heldout4/corpus.py``): each
``Note`` is one free-text field in one language (a language tag, with its country or
script where it matters: ``es-ES``, ``ar-Latn-JO``); clinical terms that must survive are
braced with a category letter (``CATEGORIES``); planted identifiers are listed per patient
as ``(kind, text)``, the kind being ``"<Safe Harbor kind>/<form>"``; a kind marked
``(phrase)`` is measured as a whole (a name glued to its script's particles or written in
a script with no spaces between words). Every other word is an ordinary word of the note's
language and should survive too. ``DESCRIBED`` lists the words that describe a planted
unique feature (part of the identifier, not ordinary words).

The images (``images.py``) are part of this corpus.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient
from tests.privacy.heldout7.corpus import _in  # a note in one language

__all__ = ["CATEGORIES", "DESCRIBED", "HELDOUT8", "PARTICLES", "TERM_NOTES", "Note", "Patient"]


es, de, sv, bg, sl, sq = (_in(x) for x in ("es-ES", "de-DE", "sv-SE", "bg", "sl", "sq-XK"))
ka, he, arz, ae, jo, fa = (_in(x) for x in ("ka", "he", "arz", "en-AE", "ar-Latn-JO", "fa"))
hi, inn, bn, ko, zh, zhl = (_in(x) for x in ("hi", "en-IN", "bn-BD", "ko", "zh-CN", "zh-Latn"))
th, vi, ug, lg, mn = (_in(x) for x in ("th", "vi", "en-UG", "lg", "mn"))
us, nir, tr, en_jo = (_in(x) for x in ("en-US", "en-GB-NIR", "tr-DE", "en-JO"))

# Name particles: a survival of these alone is counted apart in RESULTS.md (heldout5's rule
# counts any word of three letters or more).
PARTICLES = {"bin", "bint", "abu", "umm", "ibn", "al", "el", "von", "van", "de", "del",
             "oğlu", "kyzy", "uulu", "binti", "bte", "s/o", "d/o"}  # fmt: skip

DESCRIBED: list[str] = [
    "la única mujer costalera de la Hermandad del Gran Poder en diálisis peritoneal",
    "ein tätowierter Anker mit dem Namen KEMAL am linken Unterarm",
    "den enda kvinnliga fyrvaktaren på Falsterbo",
    "единствената жена гайдарка в Асеновград",
    "edina ženska dimnikarka v Kamniku",
    "e vetmja grua mjeshtre e qeleshes në Prizren",
    "ერთადერთი ქალი მესაყვირე თელავში",
    "קעקוע של רימון עם השם נועה על הכתף הימנית",
    "وشم صليب قبطي صغير على المعصم الأيمن",
    "the only Emirati woman falconer registered at the Dubai dialysis centre",
    "the only woman oud teacher at the camp",
    "خالکوبی یک پرستو با نام «آرش» روی مچ دست چپ",
    "बाएँ गाल पर जन्म से सिक्के जितना काला मस्सा",
    "the only woman nadaswaram player of Mylapore",
    "ডান হাতে ছয়টি আঙুল",
    "한쪽 귀가 없는 해녀",
    "唯一一位做透析的川剧变脸女演员",
    "รอยสักยันต์ห้าแถวที่หลัง",
    "vết bớt hình con bướm trên cổ",
    "the only woman boda-boda rider in Nakawa",
    "тэмээний уралдааны цорын ганц эмэгтэй уяач",
    "a tattoo of the Tulsa skyline across the left shoulder",
    "the only woman lambeg drummer in the Ballymena lodge",
]

HELDOUT8: list[Patient] = [
    # 1. Seville, Spain (Spanish of Spain): peritoneal dialysis, a transfer form with tick boxes
    Patient(
        name="Macarena Jiménez de la Rosa",
        mrn="NHC 2093117",
        birth="1961-04-09",
        notes=[
            es(
                "HOJA DE TRASLADO [x] urgente [ ] programado. Paciente: JIMÉNEZ DE LA ROSA, Macarena; NHC 2093117; NUHSA AN0412773190; DNI 28765432-K. {diálisis peritoneal automatizada} desde 2019; {peritonitis} por {O:Staphylococcus epidermidis}."
            ),
            es(
                "Domicilio: C/ Feria, 87, 3.º B, 41003 Sevilla; tlf. 954 21 87 63 y móvil 655 31 44 90; persona de contacto: su hija Lucía Morales Jiménez."
            ),
            es(
                "Es la única mujer costalera de la Hermandad del Gran Poder en diálisis peritoneal; lleva la cicladora {M:HomeChoice Claria} nº de serie 5CB21H0447 y el módem Sharesource ID SH-77120-ES."
            ),
            es(
                "{L:Kt/V semanal} {X:1,9}; {L:aclaramiento de creatinina} {X:48 l/semana/1,73 m²}; {D:icodextrina} ({D:Extraneal}) {X:2 l} en la permanencia larga; {D:Nutrineal} {X:1 bolsa/día}; {L:albúmina} {X:3,1 g/dl}."
            ),
            es(
                "Ingresó el Jueves Santo de 2024 (la madrugá) y salió el día de la Feria, martes de farolillos; el doce de abril de dos mil veinticuatro vino de nuevo a consulta."
            ),
            es(
                "Firma: Dra. Inmaculada Castaño Peral, nº colegiado 41/4108877, Nefrología, Hospital Universitario Virgen del Rocío; enfermera Reyes, UGC de Nefrología."
            ),
            es(
                "Matrícula del coche de su yerno 4417 KZT; tarjeta sanitaria europea 80724000120433897712; cuenta para el reembolso ES91 2100 0418 4502 0005 1332."
            ),
            es(
                "Correo: macarena.jrosa (arroba) telefonica (punto) net; fax del centro de salud 955 01 22 41; la paciente llama a su marido Curro y a su nieta la Chiqui."
            ),
            es(
                "{peritonitis} tratada con {D:vancomicina} {X:2 g} intraperitoneal y {D:ceftazidima} {X:1 g}; {L:recuento celular del efluente} {X:1.250 células/µl}; {M:radiografía de tórax} normal; {dolor lumbar} por {V:L4-L5}."
            ),
            es(
                "{L:potasio} {X:3,2 mEq/l}, {D:cloruro potásico} {X:20 mEq}; {L:fósforo} {X:5,8 mg/dl}, {D:Velphoro} {X:500 mg} con comidas; {L:PTHi} {X:520 pg/ml}, {D:etelcalcetida} no procede, {D:Mimpara} {X:30 mg}."
            ),
            es(
                "Consentimiento con firma biométrica capturada en la tableta del mostrador; foto de frente para el carné de diálisis DSC_0447.JPG; trabaja por las mañanas en el puesto 14 del Mercado de Triana; {D:Zemplar} ({D:paricalcitol}) {X:1 µg} tres veces por semana; {L:calcio} {X:9,1 mg/dl}."
            ),
        ],
        planted=[
            ("name/recorded SURNAME, Given with de la", "JIMÉNEZ DE LA ROSA, Macarena"),
            ("medical record number/NHC", "NHC 2093117"),
            ("health plan number/NUHSA Andalucía", "AN0412773190"),
            ("social security number/DNI with letter", "28765432-K"),
            ("geographic/street ES C/ with floor and door", "C/ Feria, 87, 3.º B"),
            ("geographic/postcode ES with city", "41003 Sevilla"),
            ("telephone/ES landline grouped 3-2-2-2", "954 21 87 63"),
            ("telephone/ES mobile", "655 31 44 90"),
            ("name/daughter with two surnames", "Lucía Morales Jiménez"),
            (
                "other unique identifier/role in a brotherhood",
                "la única mujer costalera de la Hermandad del Gran Poder en diálisis peritoneal",
            ),
            ("device identifier/PD cycler serial", "5CB21H0447"),
            ("device identifier/remote monitoring modem id", "SH-77120-ES"),
            ("date/holiday ES Jueves Santo with year", "Jueves Santo de 2024"),
            ("date/holiday ES feria day", "el día de la Feria, martes de farolillos"),
            ("date/written out in words es-ES", "el doce de abril de dos mil veinticuatro"),
            ("name/after Dra. with two surnames", "Inmaculada Castaño Peral"),
            ("licence number/nº colegiado", "41/4108877"),
            ("geographic/facility named after a person", "Hospital Universitario Virgen del Rocío"),
            ("name/nurse given name that is an ordinary word", "Reyes"),
            ("vehicle identifier/plate ES", "4417 KZT"),
            ("health plan number/European health insurance card", "80724000120433897712"),
            ("account number/IBAN ES", "ES91 2100 0418 4502 0005 1332"),
            (
                "email/obfuscated es (arroba) (punto)",
                "macarena.jrosa (arroba) telefonica (punto) net",
            ),
            ("fax/ES health centre", "955 01 22 41"),
            ("name/nickname hypocoristic Curro", "Curro"),
            ("name/nickname with article la Chiqui", "la Chiqui"),
            (
                "biometric identifier/biometric signature on a tablet",
                "firma biométrica capturada en la tableta del mostrador",
            ),
            ("full-face photograph/camera file name", "DSC_0447.JPG"),
            ("geographic/market stall", "puesto 14 del Mercado de Triana"),
        ],
    ),
    # 2. Hamburg, Germany (German, with Turkish): ADPKD on tolvaptan, a ward handover list
    Patient(
        name="Emine Yıldırım-Sommer",
        mrn="Fall-Nr. 0047112358",
        birth="1972-08-30",
        notes=[
            de(
                "Übergabe Station N4, Zi. 12/Bett 2: Fr. Yıldırım-Sommer (geb. Yıldırım), 52 J., {autosomal-dominante polyzystische Nierenerkrankung}, {S:Mayo-Klasse 1D}; {D:Tolvaptan} ({D:Jinarc}) {X:90/30 mg}."
            ),
            de(
                "Wohnhaft Osterstraße 114, Hinterhaus 2. OG links, 20259 Hamburg-Eimsbüttel; Tel. 040/49 21 77-3, Handy 0171 5523 918; Ehemann Jörg Sommer, Tochter Leyla."
            ),
            de(
                "Krankenversichertennummer M447120935, TK; Steuer-ID 47 112 358 903; Rentenversicherungsnummer 53 300872 Y 012; Fall-Nr. 0047112358 im Universitätsklinikum Hamburg-Eppendorf."
            ),
            de(
                "{L:eGFR} {X:38 ml/min/1,73 m²}, {L:Harnosmolalität} {X:180 mosmol/kg}; {L:GPT} {X:31 U/l} unter {D:Tolvaptan}; {M:MRT Abdomen} mit {L:Gesamtnierenvolumen} {X:1.460 ml}; {V:BWK 12} und {V:LWK 1} ohne Befund."
            ),
            de(
                "Sie hat ein tätowierter Anker mit dem Namen KEMAL am linken Unterarm, wie sie sagt: vom ersten Mann; sie arbeitet bei der Hamburger Hochbahn als Busfahrerin auf der Linie 5."
            ),
            de(
                "Aufnahme am Rosenmontag 2024, Entlassung am Tag der Deutschen Einheit, nächste Kontrolle in der KW 17/2025; geboren am dreißigsten August zweiundsiebzig."
            ),
            de(
                "Arztbrief an Dr. med. Friederike Brandt-Ohlsen, LANR 871234501, BSNR 027711500, Hausarztpraxis am Hoheluftchaussee; cc: PD Dr. Hauke Petersen, Nephrologie."
            ),
            de(
                "E-Mail: emine.sommer72 (at) web (Punkt) de; Kennzeichen des eigenen Autos HH-EY 2207E (Elektro); Konto IBAN DE44 2005 0550 1234 5678 90."
            ),
            tr(
                "Kızı Leyla ile Türkçe konuşuldu: annesi Emine Hanım, dayısı Mehmet Ali Yıldırım Ankara Keçiören'de yaşıyor; {D:tolvaptan} ile {poliüri} ve {noktüri} var."
            ),
            de(
                "{Zystenblutung} mit {Makrohämaturie}; {D:Paracetamol} {X:1 g} bis {X:4x/Tag}, kein {D:Ibuprofen}; {L:Hämoglobin} {X:11,2 g/dl}; {M:Sonographie} ohne {Harnstau}; {E:Tamm-Horsfall-Protein} normal."
            ),
            de(
                "Fax der Praxis 040/4711 0934; Port-System Seriennummer SN 4F7-220931; Kleingarten im Verein Eimsbüttel-Nord, Parzelle 117; {D:Torem} ({D:Torasemid}) {X:10 mg}; {L:Natrium} {X:134 mmol/l}; {V:LWK 2/3} {Osteochondrose}."
            ),
        ],
        planted=[
            ("name/recorded with Turkish dotless ı and married double name", "Yıldırım-Sommer"),
            ("name/maiden name after geb.", "Yıldırım"),
            (
                "geographic/street DE with Hinterhaus and floor",
                "Osterstraße 114, Hinterhaus 2. OG links",
            ),
            ("geographic/postcode DE with city district", "20259 Hamburg-Eimsbüttel"),
            ("telephone/DE landline with slash and extension dash", "040/49 21 77-3"),
            ("telephone/DE mobile", "0171 5523 918"),
            ("name/husband whose surname is an ordinary word", "Jörg Sommer"),
            ("name/daughter given name", "Leyla"),
            ("health plan number/Krankenversichertennummer", "M447120935"),
            ("social security number/Steuer-ID", "47 112 358 903"),
            ("social security number/Rentenversicherungsnummer with birth date", "53 300872 Y 012"),
            ("medical record number/Fall-Nr.", "0047112358"),
            ("geographic/facility", "Universitätsklinikum Hamburg-Eppendorf"),
            (
                "other unique identifier/tattoo",
                "ein tätowierter Anker mit dem Namen KEMAL am linken Unterarm",
            ),
            ("name/employer", "Hamburger Hochbahn"),
            ("other unique identifier/occupation with route", "Busfahrerin auf der Linie 5"),
            ("date/holiday DE Rosenmontag with year", "Rosenmontag 2024"),
            ("date/holiday DE Tag der Deutschen Einheit", "Tag der Deutschen Einheit"),
            ("date/ISO calendar week KW", "KW 17/2025"),
            ("date/birth date in words de", "dreißigsten August zweiundsiebzig"),
            ("name/after Dr. med. with double surname", "Friederike Brandt-Ohlsen"),
            ("licence number/LANR", "871234501"),
            ("licence number/BSNR practice number", "027711500"),
            ("geographic/practice named after a street", "Hausarztpraxis am Hoheluftchaussee"),
            ("name/after PD Dr.", "Hauke Petersen"),
            ("email/obfuscated de (at) (Punkt)", "emine.sommer72 (at) web (Punkt) de"),
            ("vehicle identifier/plate DE electric E", "HH-EY 2207E"),
            ("account number/IBAN DE", "DE44 2005 0550 1234 5678 90"),
            ("name/recorded given name before Hanım", "Emine"),
            ("name/uncle with double given name", "Mehmet Ali Yıldırım"),
            ("geographic/district with Turkish locative suffix", "Ankara Keçiören'de"),
            ("fax/DE with slash", "040/4711 0934"),
            ("device identifier/port serial", "SN 4F7-220931"),
            ("geographic/allotment garden plot", "Verein Eimsbüttel-Nord, Parzelle 117"),
        ],
    ),
    # 3. Malmö, Sweden (Swedish): AKI on CKD in a woman of 101, personnummer with a plus sign
    Patient(
        name="Sara Lindqvist",
        mrn="19221231-0442",
        birth="1922-12-31",
        notes=[
            sv(
                "Sara Lind-\nqvist, 101 år, pnr 221231+0442, inkommer från Sankt Lukas äldreboende via ambulans; {akut njurskada} på {kronisk njursjukdom} {S:stadium 4}, {S:KDIGO 2}."
            ),
            sv(
                "Hon är etthundraett år och bor ensam i lägenhet 1102, Möllevångsgatan 38, 214 20 Malmö; dottern Birgitta Lindqvists telefon 070-812 44 19, sonen heter Björn."
            ),
            sv(
                "Hemtjänsten ringer på noll fyra noll, tolv trettiofyra femtiosex; {L:kreatinin} {X:312 µmol/l} från {X:180 µmol/l}; {L:kalium} {X:6,1 mmol/l}; {D:Lokelma} {X:10 g} x 3."
            ),
            sv(
                "Hon var den enda kvinnliga fyrvaktaren på Falsterbo och har ett ärr efter en brännskada på hakan; hon kallas Mormor Sassa av personalen."
            ),
            sv(
                "{D:Furosemid} {X:40 mg} iv; {D:Metformin} och {D:Losartan} utsatta; {M:ultraljud njurar} utan {hydronefros}; {kotkompression} {V:Th12}, {V:L1–L2}; {D:Alvedon} {X:1 g} vid behov."
            ),
            sv(
                "Inskriven midsommarafton 2024, utskriven på Luciadagen; återbesök vecka 3, onsdag; samordningsnummer för hennes systerdotter från Åland: 620891-0117."
            ),
            sv(
                "Ansvarig läkare: ST-läkare Johan Ekström, HSA-id SE2321000016-7X3K, förskrivarkod 5830917; sjuksköterska Agneta på avdelning 5, Skånes universitetssjukhus."
            ),
            sv(
                "Mejl till dottern: birgitta.lq snabel a telia punkt com; Swish 123 447 12 08 för färdtjänsten; bilen (dotterns) har reg.nr. MLB 44F."
            ),
            sv(
                "{L:Hb} {X:102 g/l}, {L:CRP} {X:48 mg/l}; {O:Escherichia coli} i {L:urinodling}; {D:Selexid} ({D:pivmecillinam}) {X:200 mg} x 3 i 5 dagar; {D:Fragmin} {X:2500 E}."
            ),
            sv(
                "Trygghetslarm nr 7731-0442-SE i lägenheten; foto till journalen IMG_0442.HEIC; sommarstugan ligger i Skanör, Mellangatan 9; {D:Behepan} ({D:cyanokobalamin}) {X:1 mg}; {L:B12} {X:118 pmol/l}."
            ),
        ],
        planted=[
            ("name/recorded hyphenated across a line break", "Sara Lind-\nqvist"),
            ("age over 89/number with år", "101 år"),
            (
                "social security number/recorded personnummer in its short form with plus for over 100",
                "221231+0442",
            ),
            ("geographic/care home named after a saint", "Sankt Lukas äldreboende"),
            ("age over 89/word sv", "etthundraett år"),
            ("geographic/street SE with flat number", "lägenhet 1102, Möllevångsgatan 38"),
            ("geographic/postcode SE", "214 20 Malmö"),
            ("name/daughter with genitive s", "Birgitta Lindqvists"),
            ("telephone/SE mobile", "070-812 44 19"),
            ("name/son given name that is an ordinary word", "Björn"),
            ("telephone/in words sv", "noll fyra noll, tolv trettiofyra femtiosex"),
            ("other unique identifier/occupation", "den enda kvinnliga fyrvaktaren på Falsterbo"),
            ("other unique identifier/scar", "ärr efter en brännskada på hakan"),
            ("name/nickname after a kinship word", "Sassa"),
            ("date/holiday SE midsommarafton with year", "midsommarafton 2024"),
            ("date/holiday SE Luciadagen", "Luciadagen"),
            ("date/week number and weekday", "vecka 3, onsdag"),
            ("social security number/samordningsnummer", "620891-0117"),
            ("name/after ST-läkare", "Johan Ekström"),
            ("licence number/HSA-id", "SE2321000016-7X3K"),
            ("licence number/förskrivarkod", "5830917"),
            ("name/nurse given name", "Agneta"),
            ("geographic/facility", "Skånes universitetssjukhus"),
            ("email/obfuscated sv snabel a punkt", "birgitta.lq snabel a telia punkt com"),
            ("account number/Swish number", "123 447 12 08"),
            ("vehicle identifier/plate SE new format", "MLB 44F"),
            ("device identifier/personal alarm number", "7731-0442-SE"),
            ("full-face photograph/phone file name", "IMG_0442.HEIC"),
            ("geographic/summer house address", "Skanör, Mellangatan 9"),
        ],
    ),
    # 4. Plovdiv, Bulgaria (Bulgarian, Cyrillic): Balkan endemic nephropathy, urothelial carcinoma
    Patient(
        name="Стойна Георгиева Петкова",
        mrn="ИЗ № 11477/2024",
        birth="1931-03-01",
        notes=[
            bg(
                "Пациентката Стойна Георгиева Петкова, на деветдесет и три години, ЕГН 3103014412, от с. Брестовица, общ. Родопи; {балканска ендемична нефропатия} и {уротелен карцином} на {горните пикочни пътища}."
            ),
            bg(
                "Адрес: гр. Пловдив 4002, ж.к. Тракия, бл. 117, вх. Б, ет. 6, ап. 38; тел. 032/64 21 90 и GSM 0888 417 223; синът ѝ Георги Петков, снахата Мариела."
            ),
            bg(
                "Приета на Баба Марта, изписана на Гергьовден; роденa на 1.III.1931 г.; контролен преглед на 14.XI.2024 г. при д-р Васил Кирилов Тодоров, УИН 1600012874."
            ),
            bg(
                "{L:креатинин} {X:286 µmol/l}, {L:урея} {X:19,4 mmol/l}; {L:хемоглобин} {X:94 g/l}; {D:еритропоетин бета} ({D:NeoRecormon}) {X:4000 UI} седмично; {M:КТ урография} с {дефект в изпълването}."
            ),
            bg(
                "Тя е единствената жена гайдарка в Асеновград; има белег от изгаряне на лявата буза; мейл stoyna.petkova маймунка abv точка bg."
            ),
            bg(
                "Здравноосигурителен номер по НЗОК 3103014412-02; лекарска рецептурна книжка № 004471; IBAN BG80 BNBG 9661 1020 3456 78; кола на сина: РВ 4417 КХ."
            ),
            bg(
                "{D:алопуринол} {X:100 mg}; {D:натриев бикарбонат} {X:1 g} три пъти; {L:бикарбонат} {X:19 mmol/l}; {M:цистоскопия} без {рецидив}; {E:синдром на Фанкони} изключен; {V:L3–L4} {спондилоза}."
            ),
            bg(
                "Наричат я баба Стойна; съседката Цветанка Илиева звъни на номера в думи: нула осем осем осем, четиристотин и седемнадесет, двеста двадесет и три."
            ),
            bg(
                "Факс на отделението 032/60 22 17; вилата ѝ е в местността Червената стена, парцел 44; личната ѝ карта е сканирана с лицево разпознаване в аптеката; {D:Кетостерил} {X:4 табл.} три пъти дневно; {L:албумин} {X:34 g/l}."
            ),
        ],
        planted=[
            ("name/recorded with patronymic Cyrillic", "Стойна Георгиева Петкова"),
            ("age over 89/word bg", "деветдесет и три години"),
            ("social security number/ЕГН", "3103014412"),
            ("geographic/village with municipality", "с. Брестовица, общ. Родопи"),
            ("geographic/city with postcode BG", "гр. Пловдив 4002"),
            (
                "geographic/housing estate block entrance floor flat",
                "ж.к. Тракия, бл. 117, вх. Б, ет. 6, ап. 38",
            ),
            ("telephone/BG landline with slash", "032/64 21 90"),
            ("telephone/BG mobile GSM", "0888 417 223"),
            ("name/son with patronymic surname", "Георги Петков"),
            ("name/daughter-in-law given name", "Мариела"),
            ("date/holiday BG Baba Marta", "Баба Марта"),
            ("date/holiday BG St George's Day", "Гергьовден"),
            ("date/Roman numeral month", "1.III.1931"),
            ("date/Roman numeral month follow-up", "14.XI.2024"),
            ("name/after д-р with patronymic", "Васил Кирилов Тодоров"),
            ("licence number/УИН", "1600012874"),
            ("other unique identifier/occupation", "единствената жена гайдарка в Асеновград"),
            ("other unique identifier/scar", "белег от изгаряне на лявата буза"),
            ("email/obfuscated bg маймунка точка", "stoyna.petkova маймунка abv точка bg"),
            ("health plan number/НЗОК", "3103014412-02"),
            ("licence number/prescription book number", "004471"),
            ("account number/IBAN BG", "BG80 BNBG 9661 1020 3456 78"),
            ("vehicle identifier/plate BG Cyrillic", "РВ 4417 КХ"),
            ("name/recorded given name after баба", "Стойна"),
            ("name/neighbour", "Цветанка Илиева"),
            (
                "telephone/in words bg",
                "нула осем осем осем, четиристотин и седемнадесет, двеста двадесет и три",
            ),
            ("fax/BG", "032/60 22 17"),
            ("geographic/locality and plot", "местността Червената стена, парцел 44"),
            (
                "biometric identifier/face recognition at a pharmacy",
                "лицево разпознаване в аптеката",
            ),
        ],
    ),
    # 5. Ljubljana, Slovenia (Slovene): IgA nephropathy, an e-referral with a PDF copy's ligatures
    Patient(
        name="Živa Zupančič",
        mrn="MBO 24/118830",
        birth="1988-02-08",
        notes=[
            sl(
                "Napotnica (eNapotnica št. 7701-2241-0091): ga. Živa Zupanč⁣ič, EMŠO 0802988505123, ZZZS 012447120; {IgA nefropatija}, {S:Oxford MEST-C M1 E0 S1 T0 C0}; {L:proteinurija} {X:1,8 g/dan}."
            ),
            sl(
                "Stanuje na Trubarjevi cesti 41, 1000 Ljubljana, tel. 01 431 22 87, GSM 041 552 018; sestra Nuša Zupančič, mož Tilen Kos."
            ),
            sl(
                "{D:budezonid} ({D:Kinpeygo}) {X:16 mg}; {D:ramipril} {X:10 mg}; {D:dapagliflozin} ({D:Forxiga}) {X:10 mg}; {L:eGFR} {X:62 ml/min/1,73 m²}; {M:biopsija ledvice} pod {M:UZ} vodstvom; {bolečina v križu} pri {V:L4/L5}."
            ),
            sl(
                "Sprejeta na Prešernov dan 2024, odpuščena dvanajstega marca dva tisoč štiriindvajset; kontrola pri asist. dr. Mateji Koritnik, dr. med., številka zdravnika 13377."
            ),
            sl(
                "Je edina ženska dimnikarka v Kamniku; e-pošta ziva.zupancic afna siol pika net; IBAN SI56 0201 0025 4471 208; avtomobil LJ 12-NZK."
            ),
            sl(
                "Kopija iz PDF izvida: Pacientka Živa Zupančič; Odpustnica: dr. Griﬃth Novak svetuje {D:metilprednizolon}; {L:hematurija} {X:25 E/µl}."
            ),
            sl(
                "{D:hidroklorotiazid} {X:12,5 mg}; {L:sečna kislina} {X:410 µmol/l}; {D:alopurinol} {X:100 mg}; {M:UZ ledvic} normalne velikosti; {E:Bergerjeva bolezen} je drugo ime."
            ),
        ],
        planted=[
            (
                "name/recorded with an invisible separator U+2063 inside the surname",
                "Živa Zupanč\u2063ič",
            ),
            ("name/recorded", "Živa Zupančič"),
            ("licence number/eNapotnica referral number", "7701-2241-0091"),
            ("social security number/EMŠO", "0802988505123"),
            ("health plan number/ZZZS", "012447120"),
            ("geographic/street SI in locative", "Trubarjevi cesti 41"),
            ("geographic/postcode SI", "1000 Ljubljana"),
            ("telephone/SI landline", "01 431 22 87"),
            ("telephone/SI mobile", "041 552 018"),
            ("name/sister given name with recorded surname", "Nuša Zupančič"),
            ("name/husband whose surname is an ordinary word", "Tilen Kos"),
            ("date/holiday SI Prešernov dan with year", "Prešernov dan 2024"),
            ("date/written out in words sl genitive", "dvanajstega marca dva tisoč štiriindvajset"),
            ("name/after asist. dr. in dative", "Mateji Koritnik"),
            ("licence number/številka zdravnika", "13377"),
            ("other unique identifier/occupation", "edina ženska dimnikarka v Kamniku"),
            ("email/obfuscated sl afna pika", "ziva.zupancic afna siol pika net"),
            ("account number/IBAN SI", "SI56 0201 0025 4471 208"),
            ("vehicle identifier/plate SI", "LJ 12-NZK"),
            ("name/clinician with a PDF ligature ﬃ", "Griﬃth Novak"),
        ],
    ),
    # 6. Prishtina, Kosovo (Albanian): FSGS, names that are ordinary words
    Patient(
        name="Shpresa Krasniqi",
        mrn="QKUK-NEF-2024/0771",
        birth="1979-06-12",
        notes=[
            sq(
                "Pacientja Shpresa Krasniqi, 45 vjeç, nr. personal 1124478890, nga fshati Sllatinë e Madhe, komuna e Fushë Kosovës; {glomeruloskleroza fokale segmentale}, {G:NPHS2} negativ."
            ),
            sq(
                "Adresa: Rr. Agim Ramadani nr. 23, hyrja 2, banesa 7, 10000 Prishtinë; tel. +383 44 217 880; e bija Drita dhe i biri Flamur; burri Besim Gashi punon në Gjermani."
            ),
            sq(
                "{L:proteinuria} {X:6,2 g/24 orë}, {L:albumina} {X:2,4 g/dl}; {D:prednizolon} {X:60 mg} në ditë; {D:takrolimus} {X:2 mg} dy herë; {D:furosemid} {X:40 mg}; {M:biopsi renale} me {lezion majë}."
            ),
            sq(
                "E shtruar në Ditën e Flamurit, e dalë më nëntë dhjetor dy mijë e njëzet e katër; Bajrami i Vogël i vitit 2024 e gjeti në dializë."
            ),
            sq(
                "Mjekja: Dr. Flutura Berisha-Hoxha, licenca e OMK nr. 04417; infermierja Lule; Qendra Klinike Universitare e Kosovës, klinika e nefrologjisë."
            ),
            sq(
                "Ajo është e vetmja grua mjeshtre e qeleshes në Prizren; email shpresa.kr79 et gmail pikë com; targa e makinës 01-417-KS; IBAN XK05 1212 0123 4567 8906."
            ),
            sq(
                "{D:rituksimab} ({D:MabThera}) {X:1 g}; {L:antitrupa anti-PLA2R} negative; {O:Pneumocystis jirovecii} profilaksë me {D:Bactrim} {X:480 mg}; {dhimbje} në {V:L5–S1}; kartela QKUK-NEF-2024/0771."
            ),
            sq(
                "Pasaporta biometrike me shenja gishtash u skanua në kufi; shtëpia e prindërve në Drenas, lagjja Qendër, rruga Skënderbeu 4; {D:Ramipril} {X:5 mg}; {L:kaliumi} {X:5,2 mmol/L}."
            ),
        ],
        planted=[
            ("name/recorded given name that is an ordinary word (hope)", "Shpresa Krasniqi"),
            ("social security number/Kosovo personal number", "1124478890"),
            ("geographic/village", "Sllatinë e Madhe"),
            ("geographic/municipality in genitive", "Fushë Kosovës"),
            (
                "geographic/street named after a person with entrance and flat",
                "Rr. Agim Ramadani nr. 23, hyrja 2, banesa 7",
            ),
            ("geographic/postcode XK", "10000 Prishtinë"),
            ("telephone/XK international", "+383 44 217 880"),
            ("name/daughter given name that is an ordinary word (light)", "Drita"),
            ("name/son given name that is an ordinary word (flag)", "Flamur"),
            ("name/husband", "Besim Gashi"),
            ("date/holiday XK Dita e Flamurit", "Ditën e Flamurit"),
            ("date/written out in words sq", "nëntë dhjetor dy mijë e njëzet e katër"),
            ("date/feast with year", "Bajrami i Vogël i vitit 2024"),
            (
                "name/after Dr. given name that is an ordinary word (butterfly)",
                "Flutura Berisha-Hoxha",
            ),
            ("licence number/OMK", "04417"),
            ("name/nurse given name that is an ordinary word (flower)", "Lule"),
            ("geographic/facility", "Qendra Klinike Universitare e Kosovës"),
            ("other unique identifier/occupation", "e vetmja grua mjeshtre e qeleshes në Prizren"),
            ("email/obfuscated sq et pikë", "shpresa.kr79 et gmail pikë com"),
            ("vehicle identifier/plate XK", "01-417-KS"),
            ("account number/IBAN XK", "XK05 1212 0123 4567 8906"),
            ("medical record number/clinic file number", "QKUK-NEF-2024/0771"),
            (
                "biometric identifier/fingerprints scanned at the border",
                "shenja gishtash u skanua në kufi",
            ),
            (
                "geographic/parents' house town quarter street",
                "Drenas, lagjja Qendër, rruga Skënderbeu 4",
            ),
        ],
    ),
    # 7. Tbilisi, Georgia (Georgian, its own script): lupus nephritis, case endings on names
    Patient(
        name="Nino Beridze",
        mrn="TSMU-1-2024-04471",
        birth="1990-02-01",
        notes=[
            ka(
                "პაციენტი ნინო ბერიძე, 34 წლის, პირადი ნომერი 01024078815, ცხოვრობს თბილისში, ვაკის რაიონში, ჭავჭავაძის გამზირი 37, ბინა 12; {M:თირკმლის ბიოფსია}: {ლუპუს ნეფრიტი} {S:ISN/RPS IV კლასი}."
            ),
            ka(
                "{L:კრეატინინი} {X:1,9 მგ/დლ}, {L:პროტეინურია} {X:3,4 გ/დღე}; {L:anti-dsDNA} {X:240 IU/ml}; {L:C3} {X:0,52 g/l}; {D:მიკოფენოლატ მოფეტილი} {X:1 გ} დღეში ორჯერ; {D:ჰიდროქსიქლოროქინი} {X:200 მგ}."
            ),
            ka(
                "ტელეფონი: 599 41 22 87; დედა მზია ბერიძე, ქალიშვილობის გვარით კაპანაძე; ქმარი გიორგი ლომიძე; ნინოს ძმა ლევანი დედის სახლში ცხოვრობს."
            ),
            ka(
                "ექიმი: ქალბატონი თამარ ჯაფარიძე, ნეფროლოგი, სერტიფიკატი №01-1187; თბილისის სახელმწიფო სამედიცინო უნივერსიტეტის პირველი საუნივერსიტეტო კლინიკა; ისტორიის ნომერი TSMU-1-2024-04471."
            ),
            ka(
                "შემოვიდა მარიამობაზე, 2024 წლის 28 აგვისტოს; გაეწერა თბილისობის დღეებში; შემდეგი ვიზიტი ოცდაათ ოქტომბერს."
            ),
            ka(
                "ის არის ერთადერთი ქალი მესაყვირე თელავში; ელფოსტა nino.beridze90 ძაღლუკა mail.ge; მანქანის ნომერი GN-417-BE; ანგარიში GE29 NB00 0000 0101 9049 17; პოლისი № GPI-2024-558213."
            ),
            ka(
                "{E:ლიბმან-საქსის ენდოკარდიტი} გამოირიცხა; {M:ექოკარდიოგრაფია} ნორმაშია; {D:პრედნიზოლონი} {X:0,5 მგ/კგ}; {O:Toxoplasma gondii} IgG დადებითი; {D:ციკლოფოსფამიდი} {S:Euro-Lupus} სქემით."
            ),
            ka(
                "ბერიძის ოჯახი ექიმს ურეკავს; {L:ჰემოგლობინი} {X:9,8 გ/დლ}; {D:ფუროსემიდი} {X:40 მგ}; {ართრალგია} და {ალოპეცია}."
            ),
            ka(
                "პორტალში შესვლა IP მისამართიდან 188.129.44.201; აგარაკი ბაკურიანში, დიდველის ქუჩა 5; {D:ბელიმუმაბი} ({D:Benlysta}) {X:10 მგ/კგ}; {L:C4} {X:0,08 გ/ლ}."
            ),
        ],
        planted=[
            ("name/recorded in Georgian script", "ნინო ბერიძე"),
            ("social security number/Georgian personal number", "01024078815"),
            ("geographic/city with locative suffix", "თბილისში"),
            ("geographic/district with genitive and locative", "ვაკის რაიონში"),
            ("geographic/avenue named after a person with flat", "ჭავჭავაძის გამზირი 37, ბინა 12"),
            ("telephone/GE mobile", "599 41 22 87"),
            ("name/mother given name that is an ordinary word (sunshine)", "მზია ბერიძე"),
            ("name/mother's maiden name", "კაპანაძე"),
            ("name/husband", "გიორგი ლომიძე"),
            ("name/recorded given name with genitive ending", "ნინოს"),
            ("name/brother with nominative -ი", "ლევანი"),
            ("name/after ქალბატონი", "თამარ ჯაფარიძე"),
            ("licence number/GE certificate", "01-1187"),
            (
                "geographic/facility",
                "თბილისის სახელმწიფო სამედიცინო უნივერსიტეტის პირველი საუნივერსიტეტო კლინიკა",
            ),
            ("medical record number/case history number", "TSMU-1-2024-04471"),
            ("date/holiday GE Mariamoba", "მარიამობაზე"),
            ("date/Georgian date with case ending", "2024 წლის 28 აგვისტოს"),
            ("date/festival GE Tbilisoba", "თბილისობის დღეებში"),
            ("date/in words ka", "ოცდაათ ოქტომბერს"),
            ("other unique identifier/occupation", "ერთადერთი ქალი მესაყვირე თელავში"),
            ("email/obfuscated ka ძაღლუკა", "nino.beridze90 ძაღლუკა mail.ge"),
            ("vehicle identifier/plate GE", "GN-417-BE"),
            ("account number/IBAN GE", "GE29 NB00 0000 0101 9049 17"),
            ("health plan number/private policy", "GPI-2024-558213"),
            ("name/recorded surname in genitive", "ბერიძის"),
            ("ip address/IPv4", "188.129.44.201"),
            ("geographic/country house with street", "ბაკურიანში, დიდველის ქუჩა 5"),
        ],
    ),
    # 8. Haifa, Israel (Hebrew): FMF with AA amyloidosis; prefixes glued to names, the Hebrew calendar
    Patient(
        name="Shira Ben-Ami",
        mrn="RMB-24-0558213",
        birth="1983-05-19",
        notes=[
            he(
                "המטופלת שירה בן-עמי, בת 41, ת״ז 038744126, מתגוררת ברח׳ הנביאים 17, דירה 4, חיפה 3310401; {קדחת ים תיכונית משפחתית} עם {עמילואידוזיס AA} בכליה."
            ),
            he(
                "{G:MEFV} M694V הומוזיגוטית; {D:קולכיצין} {X:2 מ״ג} ליום; {D:Ilaris} ({D:קנאקינומאב}) {X:150 מ״ג} כל 4 שבועות; {L:SAA} {X:38 מ״ג/ל׳}; {L:חלבון בשתן} {X:4.2 גרם/יממה}."
            ),
            he(
                "טלפון נייד 054-7712093, בבית 04-8541277; בעלה אורי מגיע עם הילדים; ההודעות נשלחות לאורי ולאמה, גב׳ רחל בן-עמי."
            ),
            he("אושפזה בערב פסח, י״ד בניסן תשפ״ד, ושוחררה במוצאי יום כיפור; ביקור הבא בט״ו בשבט."),
            he(
                'רופאה מטפלת: ד"ר מיכל אזולאי-פרץ, מ.ר. 1174420, מחלקת נפרולוגיה, הקריה הרפואית רמב״ם; אחות: דבורה.'
            ),
            he(
                "קופת חולים כללית, מספר חבר 55-8821307; מספר תיק RMB-24-0558213; דוא״ל shira.benami שטרודל walla נקודה co נקודה il; רכב 123-45-678."
            ),
            he(
                "יש לה קעקוע של רימון עם השם נועה על הכתף הימנית; מספר אישי בצה״ל 7412236; {M:ביופסיית כליה} עם {L:צביעת קונגו אדום} חיובית."
            ),
            he(
                "{L:קריאטינין} {X:1.6 מ״ג/ד״ל}; {D:פורוסמיד} {X:40 מ״ג}; {D:אנלפריל} {X:10 מ״ג}; {M:אקו לב} ללא {עמילואידוזיס לבבית}; {כאבי בטן} בהתקפים."
            ),
            he(
                "צילום פנים לכרטיס הנכה נשמר כקובץ IMG-20240422-WA0017.jpg; היא גרה בקיץ במושב עין איילה; {D:Colchicine} {X:0.5 מ״ג} שלוש פעמים; {L:CRP} {X:62 מ״ג/ל׳}."
            ),
        ],
        planted=[
            ("name/recorded in Hebrew script", "שירה בן-עמי"),
            ("social security number/teudat zehut", "038744126"),
            ("geographic/street IL with flat", "רח׳ הנביאים 17, דירה 4"),
            ("geographic/city and 7-digit postcode", "חיפה 3310401"),
            ("telephone/IL mobile", "054-7712093"),
            ("telephone/IL landline", "04-8541277"),
            ("name/husband given name that is an ordinary word (my light)", "אורי"),
            ("name/husband with prefix lamed glued (phrase)", "לאורי"),
            ("name/mother-in-law after גב׳", "רחל בן-עמי"),
            ("date/holiday IL Erev Pesach", "ערב פסח"),
            ("date/Hebrew calendar", "י״ד בניסן תשפ״ד"),
            ("date/holiday IL Motzei Yom Kippur", "מוצאי יום כיפור"),
            ("date/Hebrew calendar Tu Bishvat", "ט״ו בשבט"),
            ('name/after ד"ר typed with an ASCII quote', "מיכל אזולאי-פרץ"),
            ("licence number/IL מ.ר.", "1174420"),
            ("geographic/facility named after a person (acronym)", "הקריה הרפואית רמב״ם"),
            ("name/nurse given name that is an ordinary word (bee)", "דבורה"),
            ("health plan number/kupat holim member", "55-8821307"),
            ("medical record number/תיק", "RMB-24-0558213"),
            ("email/obfuscated he שטרודל נקודה", "shira.benami שטרודל walla נקודה co נקודה il"),
            ("vehicle identifier/plate IL", "123-45-678"),
            ("other unique identifier/tattoo", "קעקוע של רימון עם השם נועה על הכתף הימנית"),
            ("other unique identifier/army personal number", "7412236"),
            ("full-face photograph/WhatsApp file name", "IMG-20240422-WA0017.jpg"),
            ("geographic/moshav", "מושב עין איילה"),
        ],
    ),
    # 9. Cairo, Egypt (Egyptian Arabic, Arabic script and digits): schistosomal nephropathy and HCV
    Patient(
        name="Marian Fayez Guirguis",
        mrn="QEA-٢٠٢٤-٤٤١٧٠",
        birth="1985-03-12",
        notes=[
            arz(
                "المريضة ماريان فايز جرجس، ٣٩ سنة، الرقم القومي ٢٨٥٠٣١٢٠١٠٤٤٧٢، ساكنة في ١٢ شارع الشيخ ريحان، الدور الرابع، شقة ٨، عابدين، القاهرة ١١٥١١؛ {التهاب كبيبات الكلى الغشائي التكاثري} مع {البلهارسيا}."
            ),
            arz(
                "{O:Schistosoma mansoni} في {L:تحليل البراز}؛ {D:برازيكوانتيل} {X:٤٠ مجم/كجم}؛ {L:HCV RNA} {X:١٫٢ مليون وحدة/مل}؛ {D:سوفوسبوفير} {X:٤٠٠ مجم} مع {D:داكلاتاسفير} {X:٦٠ مجم}."
            ),
            arz(
                "موبايل ٠١٠٠ ٤٤٧ ٢٢٨٩ وتليفون البيت ٠٢ ٢٣٩٠ ١٧٧٦؛ جوزها مينا عادل شنودة ومعاه خالتها سعاد؛ لصق المعمل مكتوب عليه: Marian F. Girgis."
            ),
            arz(
                "دخلت يوم شم النسيم سنة ٢٠٢٤ وخرجت ٢٢ برمهات ١٧٤١ للشهداء؛ الزيارة الجاية ١٥ رمضان ١٤٤٦."
            ),
            arz(
                "الطبيب المعالج د. هشام الشناوي، رقم القيد بنقابة الأطباء ١٤٧٢٢٣، قسم الكلى، مستشفى قصر العيني؛ الممرضة أمل."
            ),
            arz(
                "عندها وشم صليب قبطي صغير على المعصم الأيمن؛ التأمين الصحي رقم ٠٠٥٥٨٢١٣٩؛ رقم الملف QEA-٢٠٢٤-٤٤١٧٠؛ إيميلها marian.fayez آت yahoo دوت com؛ عربية جوزها نمرة ق ص ر ٤٥١٧."
            ),
            arz(
                "{L:الكرياتينين} {X:٢٫٤ مجم/دسل}؛ {L:الزلال في البول} {X:٣ جم/يوم}؛ {M:سونار على الكلى}: حجم طبيعي؛ {D:لازيكس} {X:٤٠ مجم}؛ {دوالي المريء} من {تليف الكبد}."
            ),
        ],
        planted=[
            ("name/recorded in Arabic script", "ماريان فايز جرجس"),
            ("social security number/EG national id in Eastern Arabic digits", "٢٨٥٠٣١٢٠١٠٤٤٧٢"),
            (
                "geographic/street EG with floor and flat, Arabic digits",
                "١٢ شارع الشيخ ريحان، الدور الرابع، شقة ٨",
            ),
            ("geographic/district", "عابدين"),
            ("geographic/city and postcode in Arabic digits", "القاهرة ١١٥١١"),
            ("telephone/EG mobile in Arabic digits", "٠١٠٠ ٤٤٧ ٢٢٨٩"),
            ("telephone/EG landline in Arabic digits", "٠٢ ٢٣٩٠ ١٧٧٦"),
            ("name/husband after colloquial جوزها", "مينا عادل شنودة"),
            ("name/maternal aunt after خالتها", "سعاد"),
            (
                "name/recorded in a transliteration variant (Girgis for Guirguis)",
                "Marian F. Girgis",
            ),
            ("date/holiday EG Sham el-Nessim with year", "شم النسيم سنة ٢٠٢٤"),
            ("date/Coptic calendar", "٢٢ برمهات ١٧٤١"),
            ("date/Hijri in Arabic digits", "١٥ رمضان ١٤٤٦"),
            ("name/after د.", "هشام الشناوي"),
            ("licence number/EG syndicate registration", "١٤٧٢٢٣"),
            ("geographic/facility", "مستشفى قصر العيني"),
            ("name/nurse given name that is an ordinary word (hope)", "أمل"),
            ("other unique identifier/tattoo", "وشم صليب قبطي صغير على المعصم الأيمن"),
            ("health plan number/EG health insurance", "٠٠٥٥٨٢١٣٩"),
            ("medical record number/file number with Arabic digits", "QEA-٢٠٢٤-٤٤١٧٠"),
            ("email/obfuscated arz آت دوت", "marian.fayez آت yahoo دوت com"),
            ("vehicle identifier/plate EG Arabic letters and digits", "ق ص ر ٤٥١٧"),
        ],
    ),
    # 10. Dubai, UAE (English of the Emirates): diabetic kidney disease, a name chain
    Patient(
        name="Maitha Saeed Obaid Al Ketbi",
        mrn="DHA-RH-0558213",
        birth="1966-12-02",
        notes=[
            ae(
                "Ms. Maitha S. O. Al Ketbi (Emirati, 57), EID 784-1966-5582130-4, Makani 30452 88912, Villa 23, Street 14B, Al Mizhar 1, Dubai; {diabetic kidney disease} {S:G4 A3}."
            ),
            ae(
                "Mobile +971 50 558 2130, home 04 289 1177; WhatsApp link wa.me/971505582130 for the dietitian; her son Hamdan bin Khalifa Al Ketbi and the family driver Rahim."
            ),
            ae(
                "{L:HbA1c} {X:8.4%}, {L:UACR} {X:880 mg/g}; {D:Rybelsus} ({D:oral semaglutide}) {X:14 mg}; {D:Jardiance} {X:10 mg}; {D:insulin glargine} ({D:Toujeo}) {X:22 units}; {E:Charcot foot} on the right."
            ),
            ae(
                "Admitted on National Day 2023, discharged on the second day of Eid al-Adha; she is the only Emirati woman falconer registered at the Dubai dialysis centre, and her falcon passport UAE-FP-0044712 hangs in the majlis."
            ),
            ae(
                "Seen by Dr. Reem Al Shamsi, DHA licence DHA-P-0074412, Rashid Hospital nephrology; charge nurse Sister Joy Dela Cruz; Thiqa card 1001 558 213 0."
            ),
            ae(
                "Her father, Saeed Obaid Al Ketbi, is ninety-six and lives with them; IBAN AE07 0331 2345 6789 0123 456; Land Cruiser plate Dubai R 58213; portal login from 5.195.44.12."
            ),
            ae(
                "{L:potassium} {X:5.8 mmol/L}; {D:patiromer} ({D:Veltassa}) {X:8.4 g}; {M:renal ultrasound} with {increased echogenicity}; {M:AV fistula mapping}: {cephalic vein} {X:3.1 mm}; {V:L5-S1} {disc bulge} on {M:MRI}."
            ),
            ae(
                "UAE PASS face verification done at the kiosk; Libre sensor serial 0M00LK4471QX; she winters at the family farm in Al Khawaneej, plot 77; {D:Tresiba} {X:18 units}; {L:fructosamine} {X:410 µmol/L}."
            ),
        ],
        planted=[
            ("name/recorded with initials of the name chain", "Maitha S. O. Al Ketbi"),
            ("social security number/Emirates ID", "784-1966-5582130-4"),
            ("geographic/Makani number", "30452 88912"),
            ("geographic/villa street community", "Villa 23, Street 14B, Al Mizhar 1"),
            ("telephone/AE mobile", "+971 50 558 2130"),
            ("telephone/AE landline", "04 289 1177"),
            ("url/WhatsApp link with the phone", "wa.me/971505582130"),
            ("name/son with bin", "Hamdan bin Khalifa Al Ketbi"),
            ("name/driver given name", "Rahim"),
            ("date/holiday AE National Day with year", "National Day 2023"),
            ("date/second day of Eid", "the second day of Eid al-Adha"),
            (
                "other unique identifier/occupation",
                "the only Emirati woman falconer registered at the Dubai dialysis centre",
            ),
            ("other unique identifier/falcon passport", "UAE-FP-0044712"),
            ("name/after Dr. with Al", "Reem Al Shamsi"),
            ("licence number/DHA", "DHA-P-0074412"),
            ("geographic/facility named after a person", "Rashid Hospital"),
            ("name/after Sister, given name that is an ordinary word", "Joy Dela Cruz"),
            ("health plan number/Thiqa", "1001 558 213 0"),
            ("name/father chain without bin", "Saeed Obaid Al Ketbi"),
            ("age over 89/word en", "ninety-six"),
            ("account number/IBAN AE", "AE07 0331 2345 6789 0123 456"),
            ("vehicle identifier/plate AE emirate letter number", "Dubai R 58213"),
            ("ip address/IPv4", "5.195.44.12"),
            ("biometric identifier/face verification", "UAE PASS face verification"),
            ("device identifier/CGM sensor serial", "0M00LK4471QX"),
            ("geographic/farm plot", "Al Khawaneej, plot 77"),
        ],
    ),
    # 11. Amman, Jordan (Arabizi messages and English): a refugee child with cystinosis
    Patient(
        name="Rahaf Khaled Al-Hamwi",
        mrn="JUH-PED-771203",
        birth="2012-09-14",
        notes=[
            jo(
                "salam doktor, ana em Ra7af, ra2mi el jdeed 0791 447 208; Ra7af 3amalat el ta7leel mbare7 w el creatinine tele3 shway, bs 7amdillah mnee7a."
            ),
            jo(
                "e7na hal2 sakneen b mukhayyam el Za3tari, district 8, street 4, caravan 117; abu Ra7af, Khaled, bishtghel b Mafraq."
            ),
            jo(
                "doktora Lina bt2ool nzeed el {D:cysteamine} la {X:450 mg}; w el {D:Cystadrops} 3al 3yoon arba3 marrat; ana ba3ref ennu {E:Fanconi} marad sa3b."
            ),
            en_jo(
                "Rahaf K. Al-Hamwi, 12, {nephropathic cystinosis} ({G:CTNS} 57-kb deletion); UNHCR case 945-23C18803, MOI service card 1207-448-220; {L:WBC cystine} {X:1.8 nmol half-cystine/mg protein}."
            ),
            en_jo(
                "{E:Fanconi syndrome}: {D:potassium citrate} {X:2 mEq/kg}, {D:phosphate} {X:40 mg/kg}, {D:calcitriol} ({D:Rocaltrol}) {X:0.25 mcg}; {L:eGFR} {X:41 mL/min/1.73 m2}; {D:Procysbi} {X:450 mg} twice daily."
            ),
            en_jo(
                "Followed by Dr. Lina Haddad, JMC reg. 22871, Jordan University Hospital, file JUH-PED-771203; admitted on Independence Day, 25 May 2024; mother's mobile +962 79 144 7208."
            ),
            en_jo(
                "Her mother is the only woman oud teacher at the camp; Telegram t.me/umm_rahaf_hm; the family's Jordanian sponsor, Abu Yazan, national number 9851044712, drives the pick-up 21-58309."
            ),
            jo(
                "yislamu ya doktor, Ra7oofa 3ayyatat lamma shafat el {M:echo}; ba3ateelkom el sowar 3ala el Telegram."
            ),
        ],
        planted=[
            ("name/recorded in Arabizi with digits for letters (phrase)", "Ra7af"),
            ("telephone/JO mobile local", "0791 447 208"),
            ("geographic/refugee camp in Arabizi", "mukhayyam el Za3tari"),
            ("geographic/camp district street caravan", "district 8, street 4, caravan 117"),
            ("name/father teknonym in Arabizi (phrase)", "abu Ra7af, Khaled"),
            ("geographic/town", "Mafraq"),
            ("name/after doktora", "Lina"),
            ("name/recorded initial form", "Rahaf K. Al-Hamwi"),
            ("other unique identifier/UNHCR case number", "945-23C18803"),
            ("social security number/MOI service card", "1207-448-220"),
            ("name/after Dr.", "Lina Haddad"),
            ("licence number/Jordan Medical Council", "22871"),
            ("geographic/facility", "Jordan University Hospital"),
            ("medical record number/hospital file", "JUH-PED-771203"),
            ("date/holiday JO Independence Day", "Independence Day, 25 May 2024"),
            ("telephone/JO mobile international", "+962 79 144 7208"),
            (
                "other unique identifier/occupation of the mother",
                "the only woman oud teacher at the camp",
            ),
            ("url/Telegram link", "t.me/umm_rahaf_hm"),
            ("name/sponsor kunya", "Abu Yazan"),
            ("social security number/JO national number", "9851044712"),
            ("vehicle identifier/plate JO", "21-58309"),
            ("name/recorded diminutive in Arabizi (phrase)", "Ra7oofa"),
        ],
    ),
    # 12. Tehran, Iran (Persian, its own script and digits): kidney transplant, the Solar Hijri calendar
    Patient(
        name="Parisa Rezaei",
        mrn="LNH-۱۴۰۳-۵۵۸۲۱",
        birth="1986-01-21",
        notes=[
            fa(
                "خانم پریسا رضایی، ۳۸ ساله، کد ملی ۰۰۷۴۴۷۱۲۸۹، ساکن تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، واحد ۴، کد پستی ۱۵۸۷۶-۳۳۹۰۵؛ {پیوند کلیه} از دهنده زنده غیرخویشاوند."
            ),
            fa(
                "{D:تاکرولیموس} {X:۳ میلی‌گرم} دو بار در روز؛ {D:مایکوفنولات موفتیل} {X:۵۰۰ میلی‌گرم}؛ {L:کراتینین} {X:۱٫۴ mg/dL}؛ {L:سطح تاکرولیموس} {X:۷٫۲ ng/mL}؛ {O:BK ویروس} منفی."
            ),
            fa(
                "تلفن همراه ۰۹۱۲ ۵۵۸ ۲۱۳۰؛ همسرش آقای بهرام کریمی؛ مادرشوهر، حاج‌خانم طاهره، همراه است؛ دهنده کلیه: سعید نوروزی."
            ),
            fa(
                "بستری در سیزده‌بدر ۱۴۰۳، ترخیص ۲۱ فروردین ۱۴۰۳؛ ویزیت بعدی شب یلدا؛ تاریخ تولد: یکم بهمن یک‌هزار و سیصد و شصت و چهار."
            ),
            fa(
                "پزشک معالج: دکتر علیرضا محمدی، شماره نظام پزشکی ۸۷۴۲۱؛ بیمارستان لبافی‌نژاد؛ پرستار: نرگس."
            ),
            fa(
                "بیمه تأمین اجتماعی شماره ۴۴۷۱۲۰۹۸۳؛ شبا IR06 0170 0000 0012 3456 7890 01؛ پلاک خودرو ۲۲ ج ۴۱۷ ایران ۱۱؛ ایمیل parisa.rezaei ات gmail دات com."
            ),
            fa(
                "خالکوبی یک پرستو با نام «آرش» روی مچ دست چپ دارد؛ شماره پرونده LNH-۱۴۰۳-۵۵۸۲۱؛ {M:سونوگرافی داپلر پیوند}: {L:شاخص مقاومت} {X:۰٫۶۸}؛ {درد کمر} در {V:L4-L5}."
            ),
            fa(
                "فکس بخش پیوند ۰۲۱ ۲۲۷۱ ۹۰۴۴؛ ویلای خانواده در رامسر، خیابان مطهری، کوچه ۸؛ {D:والگانسیکلوویر} {X:۴۵۰ میلی‌گرم}؛ {O:CMV} منفی."
            ),
        ],
        planted=[
            ("name/recorded in Persian script", "پریسا رضایی"),
            ("social security number/کد ملی in Persian digits", "۰۰۷۴۴۷۱۲۸۹"),
            ("geographic/street alley plaque unit", "خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، واحد ۴"),
            ("geographic/postcode IR", "۱۵۸۷۶-۳۳۹۰۵"),
            ("telephone/IR mobile in Persian digits", "۰۹۱۲ ۵۵۸ ۲۱۳۰"),
            ("name/husband after آقای", "بهرام کریمی"),
            ("name/mother-in-law after حاج‌خانم (ZWNJ)", "طاهره"),
            ("name/living donor", "سعید نوروزی"),
            ("date/holiday IR Sizdah Bedar with year", "سیزده‌بدر ۱۴۰۳"),
            ("date/Solar Hijri in Persian digits", "۲۱ فروردین ۱۴۰۳"),
            ("date/holiday IR Yalda", "شب یلدا"),
            ("date/birth date in words fa", "یکم بهمن یک‌هزار و سیصد و شصت و چهار"),
            ("name/after دکتر", "علیرضا محمدی"),
            ("licence number/IR Medical Council", "۸۷۴۲۱"),
            ("geographic/facility named after a person", "بیمارستان لبافی‌نژاد"),
            ("name/nurse given name that is an ordinary word (narcissus)", "نرگس"),
            ("health plan number/IR social security insurance", "۴۴۷۱۲۰۹۸۳"),
            ("account number/Sheba", "IR06 0170 0000 0012 3456 7890 01"),
            ("vehicle identifier/plate IR Persian", "۲۲ ج ۴۱۷ ایران ۱۱"),
            ("email/obfuscated fa ات دات", "parisa.rezaei ات gmail دات com"),
            ("other unique identifier/tattoo", "خالکوبی یک پرستو با نام «آرش» روی مچ دست چپ"),
            ("medical record number/file in Persian digits", "LNH-۱۴۰۳-۵۵۸۲۱"),
            ("fax/IR in Persian digits", "۰۲۱ ۲۲۷۱ ۹۰۴۴"),
            ("geographic/holiday villa town and street", "رامسر، خیابان مطهری، کوچه ۸"),
        ],
    ),
    # 13. Lucknow, India (Hindi, Devanagari): AKI after a Russell's viper bite; Devanagari digits
    Patient(
        name="Pooja Yadav",
        mrn="CR No. 2024-118830",
        birth="1990-07-04",
        notes=[
            hi(
                "मरीज़ा श्रीमती पूजा यादव, उम्र 34 वर्ष, पत्नी श्री रामनरेश यादव, ग्राम मोहनलालगंज, ज़िला लखनऊ, पिन 226301; {सर्पदंश} ({O:रसेल्स वाइपर}) के बाद {तीव्र गुर्दा क्षति}।"
            ),
            hi(
                "{L:20 मिनट संपूर्ण रक्त थक्का परीक्षण} असामान्य; {D:एंटी-स्नेक वेनम} {X:10 शीशी}; {L:क्रिएटिनिन} {X:6.8 mg/dL}; {M:हीमोडायलिसिस} {X:4 सत्र}; {L:पोटैशियम} {X:6.2 mEq/L}।"
            ),
            hi(
                "आधार संख्या ४४७१ २०५५ ८२१३; आभा संख्या 91-5582-1307-4419; मोबाइल 94150 12233; पड़ोसी का नंबर नौ चार एक पाँच शून्य, छह सात आठ नौ शून्य।"
            ),
            hi(
                "भर्ती चैत्र शुक्ल नवमी, विक्रम संवत 2081 को; छुट्टी होली के दूसरे दिन; अगली जाँच छठ पूजा के बाद, १७ नवंबर २०२४ को।"
            ),
            hi(
                "इलाज: डॉ. अनुराधा त्रिपाठी, उत्तर प्रदेश मेडिकल काउंसिल पंजीकरण संख्या 58213, संजय गांधी स्नातकोत्तर आयुर्विज्ञान संस्थान; CR No. 2024-118830।"
            ),
            hi(
                "सास कमला देवी 92 वर्ष की हैं और साथ रहती हैं; देवर सुनील गाड़ी UP 32 KT 4471 चलाते हैं; ईमेल pooja.yadav91 at the rate gmail dot com; UPI pooja.yadav91@okhdfcbank।"
            ),
            hi(
                "बाएँ गाल पर जन्म से सिक्के जितना काला मस्सा है; {D:फ्यूरोसेमाइड} {X:40 mg}; {D:कैल्शियम ग्लूकोनेट} {X:10 ml}; {M:अल्ट्रासाउंड} में {गुर्दे का आकार सामान्य}; {कमर दर्द} {V:L4-L5}।"
            ),
        ],
        planted=[
            ("name/recorded in Devanagari after श्रीमती (phrase)", "पूजा यादव"),
            ("name/husband after पत्नी श्री, wife-of form (phrase)", "रामनरेश यादव"),
            ("geographic/village (phrase)", "ग्राम मोहनलालगंज"),
            ("geographic/district and PIN (phrase)", "ज़िला लखनऊ, पिन 226301"),
            ("social security number/Aadhaar in Devanagari digits", "४४७१ २०५५ ८२१३"),
            ("health plan number/ABHA", "91-5582-1307-4419"),
            ("telephone/IN mobile", "94150 12233"),
            ("telephone/in words hi (phrase)", "नौ चार एक पाँच शून्य, छह सात आठ नौ शून्य"),
            ("date/Vikram Samvat (phrase)", "चैत्र शुक्ल नवमी, विक्रम संवत 2081"),
            ("date/holiday IN day after Holi (phrase)", "होली के दूसरे दिन"),
            ("date/Devanagari digits with festival (phrase)", "छठ पूजा के बाद, १७ नवंबर २०२४"),
            ("name/after डॉ. (phrase)", "अनुराधा त्रिपाठी"),
            ("licence number/UP Medical Council", "58213"),
            (
                "geographic/facility named after a person (phrase)",
                "संजय गांधी स्नातकोत्तर आयुर्विज्ञान संस्थान",
            ),
            ("medical record number/CR No.", "2024-118830"),
            ("name/mother-in-law after सास (phrase)", "कमला देवी"),
            ("age over 89/number with वर्ष (phrase)", "92 वर्ष"),
            ("name/brother-in-law after देवर (phrase)", "सुनील"),
            ("vehicle identifier/plate IN UP", "UP 32 KT 4471"),
            ("email/obfuscated at the rate dot", "pooja.yadav91 at the rate gmail dot com"),
            ("account number/UPI id", "pooja.yadav91@okhdfcbank"),
            ("other unique identifier/birthmark (phrase)", "बाएँ गाल पर जन्म से सिक्के जितना काला मस्सा"),
        ],
    ),
    # 14. Chennai, India (English of India, Tamil names): leptospirosis, initials before the name
    Patient(
        name="Selvi Kanagaraj",
        mrn="IP No. 24/55821",
        birth="1977-01-15",
        notes=[
            inn(
                "Mrs. K. Selvi, 47/F, D/o Kanagaraj, W/o Murugan, k/c/o {T2DM}, c/o her brother Ilango, No. 14, 2nd Cross Street, Kamarajar Salai, Mylapore, Chennai - 600 004, opp. Kapaleeshwarar temple tank."
            ),
            inn(
                "Presented with {fever}, {myalgia} and {oliguria} after the floods; {L:MAT} positive for {O:Leptospira interrogans} serovar {O:Icterohaemorrhagiae}; {E:Weil's disease} with {AKI} {S:KDIGO stage 3}."
            ),
            inn(
                "{D:Inj. Crystalline Penicillin} {X:15 lakh units} 6th hrly; {D:Tab. Doxycycline} {X:100 mg} BD; {L:S. creatinine} {X:4.2 mg%}, {L:S. bilirubin} {X:6.8 mg%}; {M:USG KUB} normal; {V:D11-D12} {wedge collapse} old."
            ),
            inn(
                "IP No. 24/55821, Govt. Stanley Medical College Hospital; unit chief Dr. (Mrs.) Lakshmi Narayanan, TNMC Reg. No. 104471; duty PG Dr. Arun."
            ),
            inn(
                "Mobile +91 98401 55821 (husband), EPIC XKT5582130, PAN BKSPS4471K, CMCHIS card 22 4471 2055; Pulsar TN 09 BX 4471 in her brother's name."
            ),
            inn(
                "Admitted on Bhogi, the day before Pongal 2024; discharged on Chithirai 1; review on Aadi Perukku; Paati (grandmother), aged 94, lives with them."
            ),
            inn(
                "She is the only woman nadaswaram player of Mylapore; her concerts are on youtube.com/@SelviNadaswaram; email selvi.kanagaraj at the rate yahoo dot co dot in; name in Tamil on the ration card: செல்வி கனகராஜ்."
            ),
            inn(
                "{D:Inj. Piperacillin-Tazobactam} {X:4.5 g} q8h; {thrombocytopenia} ({L:platelets} {X:42,000/cmm}); {M:SLED} {X:2 sessions}; {L:CPK} {X:3,400 U/L}; {D:Tab. Pan} {X:40 mg} OD."
            ),
        ],
        planted=[
            ("name/recorded with the father's initial first", "K. Selvi"),
            ("name/recorded father after D/o", "Kanagaraj"),
            ("name/husband after W/o", "Murugan"),
            ("name/brother after c/o", "Ilango"),
            (
                "geographic/street IN with cross street and salai",
                "No. 14, 2nd Cross Street, Kamarajar Salai",
            ),
            ("geographic/neighbourhood", "Mylapore"),
            ("geographic/city with PIN spaced", "Chennai - 600 004"),
            ("geographic/landmark", "opp. Kapaleeshwarar temple tank"),
            ("medical record number/IP No.", "24/55821"),
            ("geographic/facility named after a person", "Govt. Stanley Medical College Hospital"),
            ("name/after Dr. (Mrs.)", "Lakshmi Narayanan"),
            ("licence number/TNMC", "104471"),
            ("name/PG after Dr. given name only", "Arun"),
            ("telephone/IN mobile international", "+91 98401 55821"),
            ("social security number/EPIC voter id", "XKT5582130"),
            ("social security number/PAN", "BKSPS4471K"),
            ("health plan number/CMCHIS", "22 4471 2055"),
            ("vehicle identifier/plate IN TN", "TN 09 BX 4471"),
            ("date/holiday IN Bhogi", "Bhogi, the day before Pongal 2024"),
            ("date/Tamil calendar Chithirai 1", "Chithirai 1"),
            ("date/Tamil festival Aadi Perukku", "Aadi Perukku"),
            ("age over 89/number aged", "aged 94"),
            ("other unique identifier/occupation", "the only woman nadaswaram player of Mylapore"),
            ("url/YouTube handle with the name", "youtube.com/@SelviNadaswaram"),
            (
                "email/obfuscated at the rate dot co dot in",
                "selvi.kanagaraj at the rate yahoo dot co dot in",
            ),
            ("name/recorded in Tamil script (phrase)", "செல்வி கனகராஜ்"),
        ],
    ),
    # 15. Dhaka, Bangladesh (Bengali, its own script and digits): arsenicosis and CKD
    Patient(
        name="Rokeya Akter",
        mrn="BSMMU-২০২৪-৫৫৮২",
        birth="1986-09-26",
        notes=[
            bn(
                "রোগী মোসাম্মৎ রোকেয়া আক্তার, বয়স ৩৮, স্বামী আব্দুল করিম, বাড়ি ২৭, রোড ৫, ধানমন্ডি, ঢাকা-১২০৫; গ্রামের বাড়ি চাঁদপুরের হাজীগঞ্জে; {আর্সেনিকোসিস} ও {দীর্ঘমেয়াদি কিডনি রোগ}।"
            ),
            bn(
                "জাতীয় পরিচয়পত্র নং ১৯৮৬২৬৯৪৪৭১২০৫৫৮৩; মোবাইল ০১৭১১-৫৫৮২১৩; বিকাশ ০১৮১৯-৪৪৭১২০; মেয়ে তাসলিমা ফোন ধরে।"
            ),
            bn(
                "{L:ক্রিয়েটিনিন} {X:৩.২ মিগ্রা/ডেসিলি}; {L:হিমোগ্লোবিন} {X:৮.৯ গ্রা/ডেসিলি}; {D:ফুরোসেমাইড} {X:৪০ মিগ্রা}; {D:সোডিয়াম বাইকার্বোনেট} {X:৬০০ মিগ্রা}; {হাইপারকেরাটোসিস} হাতের তালুতে।"
            ),
            bn("ভর্তি ১লা বৈশাখ ১৪৩১, ছুটি ঈদুল ফিতরের পরদিন; পরের সাক্ষাৎ একুশে ফেব্রুয়ারির আগের দিন।"),
            bn(
                "চিকিৎসক: ডা. শাহানা পারভীন, বিএমডিসি রেজি. নং এ-৪৪৭১২; বঙ্গবন্ধু শেখ মুজিব মেডিকেল বিশ্ববিদ্যালয়; ফাইল BSMMU-২০২৪-৫৫৮২।"
            ),
            bn(
                "তাঁর ডান হাতে ছয়টি আঙুল; ইমেইল rokeya.akter86 এট gmail ডট com; ছেলের মোটরসাইকেল ঢাকা মেট্রো-হ ১৪-৫৫৮২।"
            ),
            bn(
                "{M:আল্ট্রাসনোগ্রাম}: {কিডনির আকার ছোট}; {L:প্রস্রাবে আমিষ} {X:১.৮ গ্রাম/দিন}; {D:অ্যামলোডিপিন} {X:৫ মিগ্রা}; {V:L3-L4} {অস্টিওপোরোসিস}।"
            ),
        ],
        planted=[
            ("name/recorded in Bengali after মোসাম্মৎ (phrase)", "রোকেয়া আক্তার"),
            ("name/husband (phrase)", "আব্দুল করিম"),
            ("geographic/house road area city-postcode (phrase)", "বাড়ি ২৭, রোড ৫, ধানমন্ডি, ঢাকা-১২০৫"),
            ("geographic/home village with genitive and locative (phrase)", "চাঁদপুরের হাজীগঞ্জে"),
            ("social security number/BD NID in Bengali digits", "১৯৮৬২৬৯৪৪৭১২০৫৫৮৩"),
            ("telephone/BD mobile in Bengali digits", "০১৭১১-৫৫৮২১৩"),
            ("account number/bKash mobile money", "০১৮১৯-৪৪৭১২০"),
            ("name/daughter (phrase)", "তাসলিমা"),
            ("date/Bangla calendar (phrase)", "১লা বৈশাখ ১৪৩১"),
            ("date/day after Eid (phrase)", "ঈদুল ফিতরের পরদিন"),
            ("date/relative to Ekushey (phrase)", "একুশে ফেব্রুয়ারির আগের দিন"),
            ("name/after ডা. (phrase)", "শাহানা পারভীন"),
            ("licence number/BMDC", "এ-৪৪৭১২"),
            (
                "geographic/facility named after a person (phrase)",
                "বঙ্গবন্ধু শেখ মুজিব মেডিকেল বিশ্ববিদ্যালয়",
            ),
            ("medical record number/file with Bengali digits", "BSMMU-২০২৪-৫৫৮২"),
            ("other unique identifier/polydactyly (phrase)", "ডান হাতে ছয়টি আঙুল"),
            ("email/obfuscated bn এট ডট", "rokeya.akter86 এট gmail ডট com"),
            ("vehicle identifier/plate BD Bengali (phrase)", "ঢাকা মেট্রো-হ ১৪-৫৫৮২"),
        ],
    ),
    # 16. Seoul, Korea (Korean, Hangul): haemorrhagic fever with renal syndrome; a KakaoTalk chat
    Patient(
        name="Kim Min-ji",
        mrn="등록번호 11477203",
        birth="1985-04-12",
        notes=[
            ko(
                "환자 김민지(金敏智), 여, 39세, 주민등록번호 850412-2558213; 서울특별시 마포구 월드컵북로12길 34, 501호 (우편번호 03987) 거주; {신증후군출혈열} 의심."
            ),
            ko(
                "{O:한탄바이러스} {L:IgM} 양성; {L:혈소판} {X:4.2만/µL}; {L:크레아티닌} {X:5.1 mg/dL}; {M:지속적 신대체요법} 시행; {D:리바비린} 투여하지 않음; {V:L4-5} 통증 호소."
            ),
            ko(
                "[카카오톡] 민지 씨 남편 이동현: 교수님 안녕하세요, 제 번호는 공일공 오오팔이 일삼공칠 입니다. 김민지는 오늘 소변이 좀 나왔어요."
            ),
            ko(
                "휴대전화 010-5582-1307; 어머니 박순자 여사 (91세); 건강보험증 번호 5-1447120558; 등록번호 11477203; 카카오 ID minji_0412."
            ),
            ko("담당: 신장내과 이준호 교수님, 의사 면허번호 제58213호, 세브란스병원; 간호사 은비."),
            ko(
                "음력 8월 15일 추석 연휴에 입원, 설날 전날 퇴원; 다음 외래 2025년 3월 둘째 주 화요일."
            ),
            ko(
                "제주 출신으로 한쪽 귀가 없는 해녀; 이메일 minji.kim 골뱅이 naver 점 com; 차량번호 12가 3456; 계좌 신한 110-447-558213."
            ),
            ko(
                "{L:알부민뇨} {X:2.3 g/g}; {D:푸로세미드} {X:40 mg}; {M:복부 CT} {신장 비대}; {L:AST} {X:182 U/L}; {O:Hantaan virus} 외 {O:Seoul virus} 감별."
            ),
            ko(
                "접속 IP 211.234.10.77; 실종가족 찾기 DNA 유전자 프로필 등록; 부산 해운대구 우동 1407-2 친정집; {D:엔테카비르} {X:0.5 mg}; {L:HBV DNA} 음성."
            ),
        ],
        planted=[
            ("name/recorded in Hangul with particles glued (phrase)", "김민지"),
            ("name/recorded in Hanja (phrase)", "金敏智"),
            ("social security number/RRN", "850412-2558213"),
            (
                "geographic/road-name address KR with unit",
                "서울특별시 마포구 월드컵북로12길 34, 501호",
            ),
            ("geographic/postcode KR", "03987"),
            ("name/recorded given name with 씨 (phrase)", "민지"),
            ("name/husband (phrase)", "이동현"),
            ("telephone/in Sino-Korean digit words", "공일공 오오팔이 일삼공칠"),
            ("telephone/KR mobile", "010-5582-1307"),
            ("name/mother after 여사 (phrase)", "박순자"),
            ("age over 89/number with 세", "91세"),
            ("health plan number/KR health insurance card", "5-1447120558"),
            ("medical record number/등록번호", "11477203"),
            ("name/handle KakaoTalk (phrase)", "minji_0412"),
            ("name/after 교수님 (phrase)", "이준호"),
            ("licence number/KR licence", "제58213호"),
            ("geographic/facility named after a person", "세브란스병원"),
            ("name/nurse (phrase)", "은비"),
            ("date/lunar calendar KR Chuseok", "음력 8월 15일 추석"),
            ("date/day before Seollal", "설날 전날"),
            ("date/week of a month and weekday", "2025년 3월 둘째 주 화요일"),
            ("geographic/home island", "제주"),
            ("other unique identifier/occupation and feature", "한쪽 귀가 없는 해녀"),
            ("email/obfuscated ko 골뱅이 점", "minji.kim 골뱅이 naver 점 com"),
            ("vehicle identifier/plate KR", "12가 3456"),
            ("account number/KR bank account", "110-447-558213"),
            ("ip address/IPv4 KR", "211.234.10.77"),
            (
                "biometric identifier/DNA profile in a registry",
                "실종가족 찾기 DNA 유전자 프로필 등록",
            ),
            ("geographic/parents' house (phrase)", "부산 해운대구 우동 1407-2"),
        ],
    ),
    # 17. Chengdu, China (Mandarin: hanzi and pinyin): aristolochic acid nephropathy; a WeChat note
    Patient(
        name="王秀英",
        mrn="住院号 ZY2024055821",
        birth="1962-03-15",
        notes=[
            zh(
                "患者王秀英，女，62岁，身份证号51010419620315442X，住四川省成都市锦江区红星路三段12号5栋2单元801室，邮编610021；{马兜铃酸肾病}。"
            ),
            zh(
                "长期服用{D:龙胆泻肝丸}；{L:血肌酐} {X:356 μmol/L}；{L:尿β2微球蛋白} 升高；{M:肾穿刺活检}：{间质纤维化}；{尿路上皮癌} 待排；{D:百令胶囊} {X:2 g} 每日三次。"
            ),
            zh(
                "联系电话 138 0813 5582，女儿说号码是幺三八零八幺三五五八二；儿子 刘建军；邻居都叫她 王阿姨。"
            ),
            zh(
                "主管医生 李建国主任医师，执业证书编码 110510000058213，四川大学华西医院肾脏内科；护士 小张。"
            ),
            zh(
                "二〇二四年三月十二日入院，农历正月十五出院；复诊在春节前三天；老母亲今年九十三岁，与她同住。"
            ),
            zh(
                "她是唯一一位做透析的川剧变脸女演员；微信号 wangxiuying_cd；邮箱 xiuying.wang 艾特 163 点 com；车牌 川A·5K821；医保卡号 S5101000447120；住院号 ZY2024055821。"
            ),
            zhl(
                "Pinyin on the transfer form: huanzhe WANG XIU YING, nü, 62 sui; Wang Xiuying from Chengdu, Jinjiang qu; {L:eGFR} {X:14 ml/min/1.73m2}; {D:sevelamer} {X:800 mg} tid."
            ),
            zh(
                "{L:血红蛋白} {X:86 g/L}；{D:罗沙司他} {X:100 mg} 每周三次；{L:血钾} {X:5.6 mmol/L}；{M:泌尿系CT} 未见{肾积水}；{腰痛} {V:L3/L4}。"
            ),
            zh(
                "支付宝刷脸认证已开通；头像照片 mmexport1710210447120.jpg；老家在 眉山市东坡区太和镇 五组；{D:碳酸镧} {X:500 mg}；{L:血磷} {X:2.1 mmol/L}。"
            ),
        ],
        planted=[
            ("name/recorded in hanzi glued (phrase)", "王秀英"),
            ("social security number/身份证 with X", "51010419620315442X"),
            (
                "geographic/address CN province to room (phrase)",
                "四川省成都市锦江区红星路三段12号5栋2单元801室",
            ),
            ("geographic/postcode CN", "610021"),
            ("telephone/CN mobile", "138 0813 5582"),
            ("telephone/in hanzi digits with yao for one (phrase)", "幺三八零八幺三五五八二"),
            ("name/son (phrase)", "刘建军"),
            ("name/recorded surname with 阿姨 (phrase)", "王阿姨"),
            ("name/with title glued after it (phrase)", "李建国"),
            ("licence number/CN practising certificate", "110510000058213"),
            ("geographic/facility (phrase)", "四川大学华西医院"),
            ("name/nurse 小 plus surname (phrase)", "小张"),
            ("date/in hanzi numerals (phrase)", "二〇二四年三月十二日"),
            ("date/lunar calendar (phrase)", "农历正月十五"),
            ("date/relative to Spring Festival (phrase)", "春节前三天"),
            ("age over 89/hanzi (phrase)", "九十三岁"),
            ("other unique identifier/occupation (phrase)", "唯一一位做透析的川剧变脸女演员"),
            ("name/WeChat id with the name (phrase)", "wangxiuying_cd"),
            ("email/obfuscated zh 艾特 点", "xiuying.wang 艾特 163 点 com"),
            ("vehicle identifier/plate CN", "川A·5K821"),
            ("health plan number/医保卡号", "S5101000447120"),
            ("name/recorded in pinyin syllables in capitals", "WANG XIU YING"),
            ("name/recorded in pinyin", "Wang Xiuying"),
            ("geographic/city and district in pinyin", "Chengdu, Jinjiang qu"),
            ("medical record number/住院号", "ZY2024055821"),
            ("biometric identifier/face payment enrolment (phrase)", "支付宝刷脸认证"),
            ("full-face photograph/WeChat export file name", "mmexport1710210447120.jpg"),
            ("geographic/home town village group (phrase)", "眉山市东坡区太和镇 五组"),
        ],
    ),
    # 18. Chiang Mai, Thailand (Thai): melioidosis and kidney stones; the Buddhist Era, Thai digits
    Patient(
        name="Somsri Kaewmanee",
        mrn="HN 67-055821",
        birth="1968-10-05",
        notes=[
            th(
                "ผู้ป่วย นางสมศรี แก้วมณี อายุ 56 ปี เลขประจำตัวประชาชน 3 5099 00447 12 0 ที่อยู่ บ้านเลขที่ 99/12 หมู่ 4 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200"
            ),
            th(
                "วินิจฉัย {โรคเมลิออยโดสิส} จาก {O:Burkholderia pseudomallei} ใน {L:เพาะเชื้อในเลือด} และ {นิ่วในไต} ทั้งสองข้าง; {D:เซฟตาซิดีม} {X:2 กรัม} ทุก 8 ชั่วโมง; {L:ครีเอตินิน} {X:2.8 มก./ดล.}"
            ),
            th(
                "โทร 081-558-2130 หรือ ๐๕๓ ๙๔๔ ๗๑๒ (บ้าน); ชื่อเล่น ป้าน้อย; ลูกสาว สุภาพร โทรมาทุกวัน; LINE ID noi_cm2511"
            ),
            th(
                "แพทย์ผู้รักษา พญ. วิภาวดี ศรีวงศ์ เลขที่ใบอนุญาต ว.44712 โรงพยาบาลมหาราชนครเชียงใหม่ HN 67-055821"
            ),
            th(
                "เข้ารับการรักษาวันสงกรานต์ 13 เมษายน 2567 ออกจากโรงพยาบาลวันลอยกระทง นัดครั้งต่อไป ๑๕ มกราคม ๒๕๖๘"
            ),
            th(
                "มีรอยสักยันต์ห้าแถวที่หลัง; อีเมล somsri.k แอท hotmail ดอท com; ทะเบียนรถ กข 4471 เชียงใหม่; บัญชีพร้อมเพย์ 081-558-2130"
            ),
            th(
                "{D:โคไตรม็อกซาโซล} {X:960 มก.} วันละสองครั้ง; {M:อัลตราซาวด์} พบ {ไตบวมน้ำ}; {D:โพแทสเซียมซิเตรต} {X:30 mEq}; {M:ส่องกล้องสลายนิ่ว}; {ปวดหลัง} {V:L2-L3}"
            ),
            th(
                "รูปถ่ายหน้าตรง LINE_ALBUM_2567_0413.jpg; บ้านสวนที่ อำเภอแม่ริม; แฟกซ์ 053-935-447; {D:โซเดียมไบคาร์บอเนต} {X:600 มก.}; {L:ไบคาร์บอเนต} {X:18 mmol/L}"
            ),
        ],
        planted=[
            ("name/recorded in Thai with นาง glued (phrase)", "สมศรี แก้วมณี"),
            ("social security number/Thai ID grouped 1-4-5-2-1", "3 5099 00447 12 0"),
            (
                "geographic/house moo tambon amphoe (phrase)",
                "บ้านเลขที่ 99/12 หมู่ 4 ตำบลสุเทพ อำเภอเมืองเชียงใหม่",
            ),
            ("geographic/province and postcode (phrase)", "จังหวัดเชียงใหม่ 50200"),
            ("telephone/TH mobile", "081-558-2130"),
            ("telephone/TH landline in Thai digits", "๐๕๓ ๙๔๔ ๗๑๒"),
            ("name/nickname with ป้า (phrase)", "ป้าน้อย"),
            ("name/daughter (phrase)", "สุภาพร"),
            ("name/LINE id (phrase)", "noi_cm2511"),
            ("name/after พญ. (phrase)", "วิภาวดี ศรีวงศ์"),
            ("licence number/TH ว.", "ว.44712"),
            ("geographic/facility (phrase)", "โรงพยาบาลมหาราชนครเชียงใหม่"),
            ("medical record number/HN", "67-055821"),
            ("date/Songkran with Buddhist Era (phrase)", "วันสงกรานต์ 13 เมษายน 2567"),
            ("date/holiday TH Loy Krathong (phrase)", "วันลอยกระทง"),
            ("date/Thai digits Buddhist Era (phrase)", "๑๕ มกราคม ๒๕๖๘"),
            ("other unique identifier/sak yant tattoo (phrase)", "รอยสักยันต์ห้าแถวที่หลัง"),
            ("email/obfuscated th แอท ดอท", "somsri.k แอท hotmail ดอท com"),
            ("vehicle identifier/plate TH with province (phrase)", "กข 4471 เชียงใหม่"),
            ("full-face photograph/LINE album file name", "LINE_ALBUM_2567_0413.jpg"),
            ("geographic/orchard house district (phrase)", "อำเภอแม่ริม"),
            ("fax/TH", "053-935-447"),
        ],
    ),
    # 19. Hanoi, Vietnam (Vietnamese): minimal change disease; a name typed with VNI tone digits
    Patient(
        name="Phạm Thị Hương",
        mrn="BM-24-0558213",
        birth="1997-05-05",
        notes=[
            vi(
                "Bệnh nhân Phạm Thị Hương, nữ, 27 tuổi, CCCD 001197044712, địa chỉ: số 12, ngõ 34, phố Hào Nam, phường Ô Chợ Dừa, quận Đống Đa, Hà Nội; {hội chứng thận hư}, {bệnh cầu thận thay đổi tối thiểu}."
            ),
            vi(
                "{L:protein niệu} {X:8,2 g/24 giờ}; {L:albumin máu} {X:18 g/L}; {D:prednisolon} {X:60 mg}/ngày; {D:Medrol} {X:16 mg}; {M:sinh thiết thận}; {L:cholesterol} {X:9,4 mmol/L}; {D:atorvastatin} {X:20 mg}."
            ),
            vi(
                "Tin nhắn Zalo của chồng (gõ kiểu VNI, không bật bộ gõ): vo75 em la2 Pha5m Thi5 Hu7o7ng, em bi5 phu2 la5i; chồng là anh Lê Minh Tuấn, mẹ là bà Phạm Thị Lan."
            ),
            vi(
                "Điện thoại 0912 558 213; thẻ BHYT HC4013355821077; mã bệnh án BM-24-0558213; Zalo zalo.me/huongpham97; email huong.pham97 a còng gmail chấm com."
            ),
            vi(
                "Nhập viện đúng ngày Giỗ Tổ Hùng Vương, mùng 10 tháng 3 âm lịch; ra viện ngày hai mươi ba tháng Chạp; tái khám sau Rằm tháng Bảy."
            ),
            vi(
                "Bác sĩ điều trị: BS. CKII Nguyễn Văn Thành, CCHN 004471/HNO-CCHN, khoa Thận - Tiết niệu, Bệnh viện Bạch Mai; điều dưỡng Hồng."
            ),
            vi(
                "Có vết bớt hình con bướm trên cổ; xe máy biển số 30H-558.21; {phù} hai chân; {D:furosemid} {X:40 mg}; {D:enalapril} {X:5 mg}; {đau lưng} vùng {V:L1–L2}; {M:siêu âm} {thận to nhẹ}."
            ),
            vi(
                "Nhà bố mẹ đẻ ở xã Tam Sơn, thị xã Từ Sơn, Bắc Ninh; ảnh chân dung chụp thẻ bệnh nhân IMG_2024_0505_huong.jpg bị gửi nhầm qua Zalo; {D:tacrolimus} {X:1 mg}; {L:nồng độ tacrolimus} {X:5,8 ng/mL}."
            ),
        ],
        planted=[
            ("name/recorded", "Phạm Thị Hương"),
            ("social security number/CCCD", "001197044712"),
            ("geographic/house lane street VN", "số 12, ngõ 34, phố Hào Nam"),
            ("geographic/ward district city VN", "phường Ô Chợ Dừa, quận Đống Đa, Hà Nội"),
            ("name/recorded typed with VNI tone digits (phrase)", "Pha5m Thi5 Hu7o7ng"),
            ("name/husband after anh", "Lê Minh Tuấn"),
            ("name/mother after bà, given name that is an ordinary word (orchid)", "Phạm Thị Lan"),
            ("telephone/VN mobile", "0912 558 213"),
            ("health plan number/BHYT", "HC4013355821077"),
            ("medical record number/mã bệnh án", "BM-24-0558213"),
            ("url/Zalo link with the name", "zalo.me/huongpham97"),
            ("email/obfuscated vi a còng chấm", "huong.pham97 a còng gmail chấm com"),
            (
                "date/holiday VN Hung Kings with lunar date",
                "Giỗ Tổ Hùng Vương, mùng 10 tháng 3 âm lịch",
            ),
            ("date/lunar in words", "ngày hai mươi ba tháng Chạp"),
            ("date/lunar festival", "Rằm tháng Bảy"),
            ("name/after BS. CKII", "Nguyễn Văn Thành"),
            ("licence number/CCHN", "004471/HNO-CCHN"),
            ("geographic/facility named after a place", "Bệnh viện Bạch Mai"),
            ("name/nurse given name that is an ordinary word (pink)", "Hồng"),
            ("other unique identifier/birthmark", "vết bớt hình con bướm trên cổ"),
            ("vehicle identifier/plate VN motorbike", "30H-558.21"),
            ("geographic/commune town province VN", "xã Tam Sơn, thị xã Từ Sơn, Bắc Ninh"),
            ("full-face photograph/file name with the given name", "IMG_2024_0505_huong.jpg"),
        ],
    ),
    # 20. Kampala, Uganda (English of Uganda, Luganda): HIVAN and sickle cell disease; twin names
    Patient(
        name="Prossy Nakato",
        mrn="MNRH/IP/2024/55821",
        birth="1994-03-03",
        notes=[
            ug(
                "NAKATO Prossy, 30 yrs, F, NIN CF94030101XKQD, of Kisugu zone, Namuwongo parish, Makindye division, Kampala; LC1 chairman Mr. Kizito; {HIV-associated nephropathy} with {collapsing FSGS} on {M:renal biopsy}."
            ),
            ug(
                "{D:TLD} ({D:tenofovir/lamivudine/dolutegravir}) changed to {D:abacavir} for {L:eGFR} {X:34}; {L:CD4} {X:180 cells/µL}; {L:viral load} {X:<50 copies/mL}; {sickle cell nephropathy}, {L:HbS} {X:82%}; {D:hydroxyurea} {X:15 mg/kg}."
            ),
            ug(
                "Contacts: MTN 0772 558 213, Airtel +256 701 447120; twin sister Babirye Nantongo; Jjajja, her grandmother, is 97 and stays in Masaka; Maama Nakato brings food."
            ),
            ug(
                "Seen by Dr. Ssekitoleko Moses, UMDPC reg. 14712, Mulago National Referral Hospital, IP No. MNRH/IP/2024/55821; nurse Sr. Gift Achieng."
            ),
            ug(
                "Admitted on Martyrs' Day 2024, discharged on Janan Luwum Day; review on the Heroes Day weekend; she is the only woman boda-boda rider in Nakawa, bike UFB 447K."
            ),
            ug(
                "Email prossy_nakato[@]gmail[.]com; MoMo merchant code 830917; she sells at Owino, Plot 14, Ggaba Road stall; {O:Plasmodium falciparum} {L:mRDT} positive; {D:artesunate} {X:2.4 mg/kg}."
            ),
            lg(
                "Nnyabo Nakato, olina okumira eddagala lyo buli lunaku; {D:dolutegravir} {X:50 mg} ku makya; jjangu ku ddwaliro ku Lwokubiri; {L:omusaayi} gujja kukeberwa."
            ),
            ug(
                "{O:Cryptococcus neoformans} {L:CrAg} negative; {D:cotrimoxazole} {X:960 mg} OD; {M:bedside ultrasound}: {enlarged echogenic kidneys}; {E:Burkitt lymphoma} ruled out; {back pain} at {V:T12-L1}."
            ),
            ug(
                "Glucometer serial GX-447120-UG issued by the clinic; her church is St. Luke Namuwongo; {D:Glibenclamide} {X:5 mg}; {L:RBS} {X:11.2 mmol/L}; {M:fundoscopy} with {background retinopathy}."
            ),
        ],
        planted=[
            ("name/recorded surname first in capitals, birth-order name", "NAKATO Prossy"),
            ("social security number/UG NIN", "CF94030101XKQD"),
            (
                "geographic/zone parish division UG",
                "Kisugu zone, Namuwongo parish, Makindye division",
            ),
            ("name/LC1 chairman after Mr.", "Kizito"),
            ("telephone/UG MTN", "0772 558 213"),
            ("telephone/UG Airtel international", "+256 701 447120"),
            ("name/twin sister birth-order name", "Babirye Nantongo"),
            ("age over 89/number is", "is 97"),
            ("geographic/town", "Masaka"),
            ("name/recorded surname after Maama and Nnyabo", "Nakato"),
            ("name/after Dr. surname first", "Ssekitoleko Moses"),
            ("licence number/UMDPC", "14712"),
            ("geographic/facility named after a place", "Mulago National Referral Hospital"),
            ("medical record number/IP No. with slashes", "MNRH/IP/2024/55821"),
            ("name/nurse after Sr., given name that is an ordinary word", "Gift Achieng"),
            ("date/holiday UG Martyrs' Day with year", "Martyrs' Day 2024"),
            ("date/holiday named after a person", "Janan Luwum Day"),
            ("date/holiday weekend", "the Heroes Day weekend"),
            ("other unique identifier/occupation", "the only woman boda-boda rider in Nakawa"),
            ("vehicle identifier/plate UG motorcycle", "UFB 447K"),
            ("email/obfuscated [@] [.]", "prossy_nakato[@]gmail[.]com"),
            ("account number/mobile money merchant code", "830917"),
            ("geographic/market stall address", "Owino, Plot 14, Ggaba Road stall"),
            ("device identifier/glucometer serial", "GX-447120-UG"),
            ("geographic/church named after a saint and a place", "St. Luke Namuwongo"),
        ],
    ),
    # 21. Ulaanbaatar, Mongolia (Mongolian, Cyrillic): brucellosis and stones; patronymic initials
    Patient(
        name="Батболдын Сарантуяа",
        mrn="УНТЭ-2024-558213",
        birth="1980-04-12",
        notes=[
            mn(
                "Өвчтөн Б. Сарантуяа, эмэгтэй, 44 настай, регистрийн дугаар УБ80041225, Баянзүрх дүүрэг, 26-р хороо, 13-р хороолол, 42-р байр, 58 тоот; {бруцеллёз} ба {бөөрний чулуу}."
            ),
            mn(
                "{O:Brucella melitensis} {L:Райт-Хеддельсоны урвал} эерэг; {D:доксициклин} {X:100 мг} өдөрт 2 удаа; {D:рифампицин} {X:600 мг}; {L:креатинин} {X:168 мкмоль/л}; {L:шээсний хүчил} {X:520 мкмоль/л}."
            ),
            mn(
                "Утас 9911-4471, гэрийн 7015-5821; нөхөр нь Ганбат; хүү Тэмүүлэн; Сарантуяагийн ээж Должин эмээ 95 настай."
            ),
            mn(
                "Эмчлэгч эмч Г. Энхжаргал, мэргэжлийн үнэмлэх №04471, Улсын Нэгдүгээр Төв Эмнэлэг; сувилагч Алтанцэцэг."
            ),
            mn(
                "Цагаан сарын шинийн нэгэнд хэвтэж, Наадмын үеэр гарсан; дараагийн үзлэг 2024 оны 10 сарын 15-нд."
            ),
            mn(
                "Тэр бол тэмээний уралдааны цорын ганц эмэгтэй уяач; и-мэйл saraa.b80 собака mail точка ru; машины дугаар 4471 УБА; ЭМД-ийн дугаар 558213-ЭМ."
            ),
            mn(
                "{D:аллопуринол} {X:100 мг}; {D:калийн цитрат} {X:20 мэкв}; {M:хэт авиан шинжилгээ}: {гидронефроз} баруун талд; {нурууны өвдөлт} {V:L4–L5}; {M:литотрипси}."
            ),
        ],
        planted=[
            ("name/recorded with patronymic initial", "Б. Сарантуяа"),
            ("social security number/MN register number", "УБ80041225"),
            (
                "geographic/district khoroo block flat MN",
                "Баянзүрх дүүрэг, 26-р хороо, 13-р хороолол, 42-р байр, 58 тоот",
            ),
            ("telephone/MN mobile", "9911-4471"),
            ("telephone/MN landline", "7015-5821"),
            ("name/husband given name only", "Ганбат"),
            ("name/son", "Тэмүүлэн"),
            ("name/recorded in genitive", "Сарантуяагийн"),
            ("name/mother with эмээ", "Должин"),
            ("age over 89/number with настай", "95 настай"),
            ("name/after эмч with patronymic initial", "Г. Энхжаргал"),
            ("licence number/MN licence", "04471"),
            ("geographic/facility", "Улсын Нэгдүгээр Төв Эмнэлэг"),
            ("name/nurse given name that is an ordinary compound (gold flower)", "Алтанцэцэг"),
            ("date/Tsagaan Sar first day", "Цагаан сарын шинийн нэгэнд"),
            ("date/during Naadam", "Наадмын үеэр"),
            ("date/MN date format", "2024 оны 10 сарын 15-нд"),
            ("other unique identifier/occupation", "тэмээний уралдааны цорын ганц эмэгтэй уяач"),
            ("email/obfuscated собака точка", "saraa.b80 собака mail точка ru"),
            ("vehicle identifier/plate MN", "4471 УБА"),
            ("health plan number/ЭМД", "558213-ЭМ"),
        ],
    ),
    # 22. Tulsa, Oklahoma (English of the US): hyperkalaemia on haemodialysis at 94; HL7, CSV, JSON, a portal thread
    Patient(
        name="Ada Mae Bighorse",
        mrn="TMC4471203",
        birth="1930-06-02",
        notes=[
            us(
                "MSH|^~\\&|EPIC|TULSAMC|||202406190812||ADT^A01|MSG00447|P|2.5 PID|1||TMC4471203^^^TULSAMC^MR||BIGHORSE^ADA^MAE||19300602|F|||1417 N Osage Dr^^Tulsa^OK^74106||(918)555-0142|||W||ACCT55821307|440-71-2055"
            ),
            us(
                "CSV export row: mrn,last,first,dob,zip | TMC4471203,Bighorse,Ada,06/02/1930,74106 | {L:K} {X:6.9 mmol/L} pre-dialysis; {D:sodium zirconium cyclosilicate} ({D:Lokelma}) {X:10 g}; {M:ECG}: {peaked T waves}."
            ),
            us(
                'JSON array from the registry feed: [["name", "Bighorse, Ada M."], ["tribal_citizen_id", "CN-0447120"], ["medicare_mbi", "1EG4-TE5-MK73"], ["age", "94 y/o"]]'
            ),
            us(
                "Portal message from ada's granddaughter Kaylee Bighorse-Wolfe: hi, grandma (94) missed tuesday's run bc of the Juneteenth closure, her ride is my truck VIN 1FTEW1EP5JKE55821, can she come thursday?"
            ),
            us(
                "Reply by Dr. Raymond Two Crows, MD, Oklahoma license 31447, Hillcrest Medical Center nephrology; fax 918.555.0199; RN Destiny; pacemaker UDI (01)00643169007222(21)PM2558213."
            ),
            us(
                "She has a tattoo of the Tulsa skyline across the left shoulder; retinal scan enrolment for the VA clinic door; portal photo selfie_bighorse_2024.heic; portal IP 68.97.44.120."
            ),
            us(
                "Email ada.bighorse1930 at sign gmail period com; admitted the Fourth of July weekend, discharged Thanksgiving 2024; {D:Renvela} {X:1600 mg} tid; {L:phosphorus} {X:6.4 mg/dL}; {D:Sensipar} {X:30 mg}."
            ),
            us(
                "{M:AV fistula} left {brachiocephalic}; {L:Kt/V} {X:1.38}; {L:URR} {X:71%}; {D:heparin} {X:1000 units} bolus; {D:Epogen} {X:4000 units}; {lumbar stenosis} {V:L3-L4}, {V:L4-L5}; {E:Baker's cyst} right knee."
            ),
            us(
                "Her allotment is in Pawhuska, near the old roundhouse at 300 E Main St; her old PIV card from the VA job reads 4471-2055-9930; {D:Veltassa} {X:8.4 g}; {L:bicarbonate} {X:19 mmol/L}."
            ),
        ],
        planted=[
            ("medical record number/HL7 PID-3", "TMC4471203"),
            ("name/HL7 PID-5 with carets", "BIGHORSE^ADA^MAE"),
            ("date/HL7 PID-7 birth date", "19300602"),
            ("geographic/HL7 PID-11 address with carets", "1417 N Osage Dr^^Tulsa^OK^74106"),
            ("telephone/US in HL7 PID-13", "(918)555-0142"),
            ("account number/HL7 PID-18", "ACCT55821307"),
            ("social security number/HL7 PID-19", "440-71-2055"),
            ("name/recorded surname in a CSV row", "Bighorse,Ada"),
            ("date/birth date in a CSV row", "06/02/1930"),
            ("geographic/ZIP code in a CSV row (and in HL7 PID-11)", "74106"),
            ("name/recorded in a JSON array, surname comma given initial", "Bighorse, Ada M."),
            ("other unique identifier/tribal citizenship id", "CN-0447120"),
            ("health plan number/Medicare MBI", "1EG4-TE5-MK73"),
            ("age over 89/number with y/o", "94 y/o"),
            ("name/recorded given name lower-case possessive", "ada's"),
            ("name/granddaughter with hyphenated surname", "Kaylee Bighorse-Wolfe"),
            ("age over 89/number in parentheses", "(94)"),
            ("date/holiday US Juneteenth", "Juneteenth"),
            ("vehicle identifier/VIN", "1FTEW1EP5JKE55821"),
            ("name/after Dr., surname of ordinary words", "Raymond Two Crows"),
            ("licence number/OK state licence", "31447"),
            ("geographic/facility", "Hillcrest Medical Center"),
            ("fax/US dotted", "918.555.0199"),
            ("name/after RN, given name that is an ordinary word", "Destiny"),
            ("device identifier/pacemaker UDI GS1", "(01)00643169007222(21)PM2558213"),
            (
                "other unique identifier/tattoo",
                "a tattoo of the Tulsa skyline across the left shoulder",
            ),
            (
                "biometric identifier/retinal scan enrolment",
                "retinal scan enrolment for the VA clinic door",
            ),
            ("full-face photograph/portal selfie file name", "selfie_bighorse_2024.heic"),
            ("ip address/IPv4", "68.97.44.120"),
            ("email/obfuscated at sign period", "ada.bighorse1930 at sign gmail period com"),
            ("date/holiday weekend US", "the Fourth of July weekend"),
            ("date/holiday US with year", "Thanksgiving 2024"),
            ("geographic/town and street", "Pawhuska, near the old roundhouse at 300 E Main St"),
            ("other unique identifier/PIV card number", "4471-2055-9930"),
        ],
    ),
    # 23. Belfast, Northern Ireland (English): a transplant clinic letter, what3words, mojibake, an HTML paste
    Patient(
        name="Hazel Ferguson",
        mrn="BCH-RTU-330917",
        birth="1958-11-03",
        notes=[
            nir(
                "Re: Mrs Hazel FERGUSON, DOB 03/11/1958, H&C 320 447 1205, 14 Ravenhill Avenue, Belfast BT6 8EA (what3words ///crowns.slick.poppy for the patient transport). Dictated but not verified."
            ),
            nir(
                "Dear Dr Fionnuala Quinn, Ormeau Health Centre: Hazel attended the Regional Transplant Unit, Belfast City Hospital, 8 months after a {DBD kidney transplant}; {D:Envarsus} {X:5 mg}, {D:mycophenolate mofetil} {X:500 mg} bd, {D:prednisolone} {X:5 mg}."
            ),
            nir(
                "{L:tacrolimus trough} {X:6.1 µg/L}; {L:creatinine} {X:118 µmol/L}; {O:BK virus} {L:PCR} {X:3.2 log copies/mL}; {S:Banff 2019} {borderline changes}; {D:valganciclovir} stopped; {E:Kaposi sarcoma} screen clear."
            ),
            nir(
                "Phone 028 9045 5821, mobile 07712 558213; her daughter's name came through the referral system as SiobhÃ¡n Ferguson; her son-in-law, Seán O&#39;Hare, drives her in the Audi AXZ 4471."
            ),
            nir(
                "She was the only woman lambeg drummer in the Ballymena lodge and worked for Harland and Wolff as a tracer; transplanted the night before the Twelfth, reviewed on Easter Monday 2025."
            ),
            nir(
                "Email hazel.ferguson58 at btinternet full stop com; hospital no. BCH-RTU-330917; GMC of the registrar 7455821; {M:transplant ultrasound} with {L:resistive index} {X:0.72}; {V:C5/C6} {cervical spondylosis}."
            ),
            nir(
                "Home BP monitor serial 20240447LG on loan; fax to the practice 028 9026 3317; caravan at Portstewart, Juniper Hill park, pitch 41; {D:amlodipine} {X:5 mg}; {L:eGFR} {X:47 mL/min/1.73m²}."
            ),
        ],
        planted=[
            ("name/recorded SURNAME in capitals after Mrs", "Hazel FERGUSON"),
            ("date/birth date DD/MM/YYYY", "03/11/1958"),
            ("health plan number/H&C number", "320 447 1205"),
            ("geographic/street NI", "14 Ravenhill Avenue"),
            ("geographic/postcode NI", "Belfast BT6 8EA"),
            ("geographic/what3words", "///crowns.slick.poppy"),
            ("name/after Dr, Irish given name", "Fionnuala Quinn"),
            ("geographic/practice named after a district", "Ormeau Health Centre"),
            ("name/recorded given name alone, an ordinary word", "Hazel"),
            ("geographic/facility", "Belfast City Hospital"),
            ("telephone/NI landline", "028 9045 5821"),
            ("telephone/UK mobile", "07712 558213"),
            ("name/daughter in mojibake", "SiobhÃ¡n Ferguson"),
            ("name/son-in-law with an HTML entity apostrophe", "Seán O&#39;Hare"),
            ("vehicle identifier/plate NI", "AXZ 4471"),
            (
                "other unique identifier/occupation",
                "the only woman lambeg drummer in the Ballymena lodge",
            ),
            ("name/employer named after people", "Harland and Wolff"),
            ("date/the Twelfth, relative", "the night before the Twelfth"),
            ("date/holiday with year", "Easter Monday 2025"),
            ("email/obfuscated at full stop", "hazel.ferguson58 at btinternet full stop com"),
            ("medical record number/hospital no.", "BCH-RTU-330917"),
            ("licence number/GMC", "7455821"),
            ("device identifier/BP monitor serial", "20240447LG"),
            ("fax/NI", "028 9026 3317"),
            ("geographic/caravan pitch", "Portstewart, Juniper Hill park, pitch 41"),
        ],
    ),
]

# Clinical prose with no identifier in it, in every language of the patients: eponyms,
# organisms and drugs that look like names or places, vertebral levels, values and doses.
TERM_NOTES: list[Note] = [
    es(
        "{síndrome de Alport} ligado al X ({G:COL4A5}): {hematuria} persistente, {hipoacusia neurosensorial} y {lenticono anterior}; {D:ramipril} {X:5 mg}; {L:cociente albúmina/creatinina} {X:640 mg/g}; {M:audiometría}."
    ),
    es(
        "{E:síndrome de Goodpasture}: {L:anticuerpos anti-MBG} {X:180 UI/ml}; {M:plasmaféresis} {X:14 sesiones}; {D:ciclofosfamida} {X:2 mg/kg}; {D:Dacortín} {X:60 mg}; {hemorragia alveolar} en la {M:TC de tórax}; {V:D12-L1} sin fractura."
    ),
    de(
        "{E:Bartter-Syndrom} Typ 3 ({G:CLCNKB}): {L:Kalium} {X:2,8 mmol/l}, {L:Chlorid im Urin} {X:60 mmol/l}; {D:Kalinor} {X:40 mmol}; {D:Indometacin} {X:1 mg/kg}; {Nephrokalzinose} im {M:Ultraschall}."
    ),
    de(
        "{E:Morbus Ormond} ({retroperitoneale Fibrose}) mit {Harnstau} beidseits; {M:Doppel-J-Katheter}; {D:Prednisolon} {X:1 mg/kg}; {L:IgG4} {X:3,1 g/l}; {V:LWK 3} bis {V:LWK 5} ummauert; {M:FDG-PET/CT}."
    ),
    sv(
        "{E:Senior-Lokens syndrom} ({G:NPHP1}): {nefronoftis} med {retinitis pigmentosa}; {L:kreatinin} {X:420 µmol/l}; {D:Aranesp} {X:40 µg} varannan vecka; {M:MR njurar} med {kortikomedullära cystor}."
    ),
    sv(
        "{O:Puumalavirus} ({sorkfeber}): {trombocytopeni} {X:38 x 10⁹/l}, {L:kreatinin} {X:512 µmol/l}; {M:hemodialys} {X:3 gånger}; {smärta} i ländryggen {V:L3–L4}; {D:Alvedon} {X:1 g}."
    ),
    bg(
        "{E:болест на Фабри}: {D:агалсидаза алфа} ({D:Replagal}) {X:0,2 mg/kg}; {L:лизо-Gb3} {X:22 nmol/l}; {ангиокератоми} по кожата; {M:ЯМР на сърцето} с {късно усилване}."
    ),
    bg(
        "{O:Leptospira interrogans}: {D:пеницилин G} {X:1,5 млн. Е} на 6 часа; {L:билирубин} {X:180 µmol/l}; {E:болест на Вайл}; {M:хемодиализа}; {V:Th12} без промени."
    ),
    sl(
        "{E:Henoch-Schönleinova purpura} z {nefritisom}: {L:proteinurija} {X:2,4 g/dan}; {D:metilprednizolon} {X:500 mg} tri dni; {D:mikofenolat} {X:1 g}; {purpura} na spodnjih okončinah."
    ),
    sl(
        "{O:hantavirus Dobrava}: {akutna ledvična okvara}, {L:kreatinin} {X:690 µmol/l}; {M:hemodializa}; {D:paracetamol} {X:1 g}; {bolečina} v ledvenem delu {V:L2-L3}."
    ),
    sq(
        "{sindroma nefrotike kongjenitale e tipit finlandez} ({G:NPHS1}): {L:albumina} {X:1,2 g/dl}; {D:albumina 20%} {X:1 g/kg}; {D:kaptopril} {X:0,5 mg/kg}; {M:ekografi renale}."
    ),
    sq(
        "{O:Brucella abortus} me {glomerulonefrit}; {D:doksiciklinë} {X:100 mg} dy herë në ditë; {D:streptomicinë} {X:1 g}; {L:testi Wright} {X:1:320}; {spondilit} në {V:L4-L5}."
    ),
    ka(
        "{E:ალპორტის სინდრომი}: {L:ჰემატურია}, {სმენის დაქვეითება}; {D:ლოზარტანი} {X:50 მგ}; {L:კრეატინინი} {X:1,4 მგ/დლ}; {M:თირკმლის ბიოფსია} {G:COL4A3}."
    ),
    ka(
        "{O:Crimean-Congo haemorrhagic fever virus}: {თრომბოციტოპენია}, {L:კრეატინინი} {X:3,8 მგ/დლ}; {D:რიბავირინი} {X:30 მგ/კგ}; {M:ჰემოდიალიზი}; {V:L1-L2} ტკივილი."
    ),
    he(
        "{E:תסמונת גיטלמן}: {L:מגנזיום} {X:0.55 מ״מול/ל׳}; {D:מגנזיום ציטראט} {X:600 מ״ג}; {D:Aldactone} {X:25 מ״ג}; {L:אשלגן} {X:3.0 מ״מול/ל׳}; {M:אולטרסאונד כליות} תקין."
    ),
    he(
        "{O:West Nile virus} עם {דלקת קרום המוח}; {L:קריאטינין} {X:2.1 מ״ג/ד״ל}; {M:MRI} של עמוד השדרה {V:C5-C6}; {D:אציקלוביר} הופסק."
    ),
    arz(
        "{متلازمة ألبورت}: {L:البيلة الدموية} المستمرة؛ {D:راميبريل} {X:٥ مجم}؛ {M:تخطيط السمع}؛ {L:الكرياتينين} {X:١٫٦ مجم/دسل}؛ {G:COL4A5}."
    ),
    arz(
        "{O:Schistosoma haematobium} في {L:تحليل البول}؛ {تكلس المثانة} في {M:أشعة عادية على البطن}؛ {D:برازيكوانتيل} {X:٤٠ مجم/كجم}؛ {سرطان المثانة} مستبعد؛ {V:L5-S1}."
    ),
    ae(
        "{O:MERS coronavirus} {L:PCR} negative; {acute tubular necrosis} after {rhabdomyolysis} from {exertional heat stroke}; {L:CK} {X:48,000 U/L}; {D:sodium bicarbonate} {X:150 mEq/L}; {M:CRRT}."
    ),
    ae(
        "{E:Bardet-Biedl syndrome} ({G:BBS10}): {polydactyly}, {obesity}, {retinal dystrophy}; {L:eGFR} {X:28 mL/min/1.73 m2}; {D:Imcivree} ({D:setmelanotide}) {X:2 mg}; {M:MRI kidneys}."
    ),
    jo(
        "el doktor 2al el {L:creatinine} {X:1.9} w el {L:potassium} {X:5.6}; lazem {D:Lokelma} {X:5 g} kol yom w {M:ultrasound} ba3d usbo3."
    ),
    en_jo(
        "{E:Fanconi syndrome} from {D:tenofovir} is not the cause here; {nephropathic cystinosis} with {corneal crystals} on {M:slit-lamp examination}; {D:Cystagon} {X:50 mg/kg/day}; {L:phosphate} {X:0.7 mmol/L}."
    ),
    fa(
        "{E:سندرم آلپورت}: {L:کراتینین} {X:۲٫۱ mg/dL}؛ {D:لوزارتان} {X:۵۰ میلی‌گرم}؛ {M:بیوپسی کلیه} با {نازک شدن غشای پایه}؛ {G:COL4A3}."
    ),
    fa(
        "{O:Brucella melitensis} با {گلومرولونفریت}؛ {D:داکسی‌سایکلین} {X:۱۰۰ میلی‌گرم}؛ {D:ریفامپین} {X:۶۰۰ میلی‌گرم}؛ {L:رایت} {X:1:640}؛ {کمردرد} در {V:L3-L4}."
    ),
    hi(
        "{E:अल्पोर्ट सिंड्रोम}: {L:पेशाब में खून}, {सुनने में कमी}; {D:रामिप्रिल} {X:5 mg}; {L:क्रिएटिनिन} {X:1.8 mg/dL}; {M:गुर्दे की बायोप्सी}।"
    ),
    hi(
        "{O:प्लाज़्मोडियम फाल्सीपेरम} मलेरिया से {तीव्र गुर्दा क्षति}; {D:आर्टीसुनेट} {X:2.4 mg/kg}; {L:बिलीरुबिन} {X:8.2 mg/dL}; {M:डायलिसिस}; {कमर दर्द} {V:L5-S1}।"
    ),
    inn(
        "{Uddanam nephropathy} suspected in a coconut farmer; {L:S. creatinine} {X:2.9 mg%}; {L:urine protein} {X:trace}; {D:Tab. Nodosis} {X:500 mg} BD; {M:USG KUB}: {small kidneys}; {V:D12} {wedge compression}."
    ),
    inn(
        "{O:Scrub typhus} ({O:Orientia tsutsugamushi}) with {AKI}; {L:Weil-Felix} {X:OX-K 1:320}; {D:Inj. Doxycycline} {X:100 mg} BD; {D:Tab. Azithromycin} {X:500 mg} OD; {M:HRCT chest}."
    ),
    bn(
        "{E:অ্যালপোর্ট সিনড্রোম}: {L:প্রস্রাবে রক্ত}; {D:লোসারটান} {X:৫০ মিগ্রা}; {L:ক্রিয়েটিনিন} {X:১.৬ মিগ্রা/ডেসিলি}; {M:কিডনি বায়োপসি}।"
    ),
    bn(
        "{O:Vibrio cholerae} থেকে {তীব্র কিডনি আঘাত}; {D:ওআরএস} {X:৪ লিটার}; {D:ডক্সিসাইক্লিন} {X:৩০০ মিগ্রা}; {L:পটাসিয়াম} {X:২.৯ mmol/L}; {M:ডায়ালাইসিস} লাগেনি।"
    ),
    ko(
        "{E:알포트 증후군}: {L:혈뇨} 지속; {D:로사르탄} {X:50 mg}; {L:크레아티닌} {X:1.7 mg/dL}; {M:신장 조직검사}에서 {사구체 기저막 분열}; {G:COL4A5} 변이."
    ),
    ko(
        "{E:가와사키병} 병력; {O:쯔쯔가무시} 감염 후 {급성 신손상}; {D:독시사이클린} {X:100 mg}; {L:크레아티닌} {X:3.1 mg/dL}; {M:흉부 X선}; {V:T12-L1} 압박골절."
    ),
    zh(
        "{E:Alport综合征}：{L:镜下血尿}，{感音神经性耳聋}；{D:氯沙坦} {X:50 mg}；{L:血肌酐} {X:142 μmol/L}；{M:电镜} 见 {基底膜分层}；{G:COL4A5}。"
    ),
    zh(
        "{O:汉坦病毒} 感染 {肾综合征出血热}：{L:血小板} {X:32×10⁹/L}；{M:连续性肾脏替代治疗}；{D:利巴韦林}；{腰痛} {V:L4-5}；{D:黄葵胶囊} {X:2.5 g}。"
    ),
    zhl(
        "Pinyin summary: {Mayo classification 1C}, {D:tolvaptan} {X:60 mg/30 mg}; {L:total kidney volume} {X:1,650 mL}; {G:PKD1} truncating variant."
    ),
    th(
        "{E:กลุ่มอาการอัลพอร์ต} {L:ปัสสาวะมีเลือด} {D:โลซาร์แทน} {X:50 มก.} {L:ครีเอตินิน} {X:1.5 มก./ดล.} {M:ตัดชิ้นเนื้อไต}"
    ),
    th(
        "{O:Leptospira} ทำให้ {ไตวายเฉียบพลัน} {D:เพนิซิลลินจี} {X:1.5 ล้านยูนิต} ทุก 6 ชั่วโมง {L:ครีเอตินิน} {X:4.6 มก./ดล.} {M:ฟอกเลือด} {X:2 ครั้ง} {V:L4-L5}"
    ),
    vi(
        "{E:hội chứng Alport}: {L:đái máu vi thể}; {D:losartan} {X:50 mg}; {L:creatinin} {X:132 µmol/L}; {M:sinh thiết thận} có {màng đáy cầu thận tách lớp}; {G:COL4A5}."
    ),
    vi(
        "{O:Streptococcus suis} gây {sốc nhiễm khuẩn} và {tổn thương thận cấp}; {D:ceftriaxon} {X:2 g}; {L:creatinin} {X:420 µmol/L}; {M:lọc máu liên tục}; {V:C6-C7}."
    ),
    ug(
        "{O:Rift Valley fever virus} {L:IgM} positive with {AKI}; {L:creatinine} {X:389 µmol/L}; {M:haemodialysis} {X:3 sessions}; {E:Kaposi sarcoma} not seen; {D:ceftriaxone} {X:2 g} OD."
    ),
    ug(
        "{sickle cell nephropathy} with {papillary necrosis}; {D:hydroxyurea} {X:20 mg/kg}; {L:HbF} {X:14%}; {D:folic acid} {X:5 mg}; {M:CT urogram}; {avascular necrosis} at {V:L2}."
    ),
    lg(
        "{D:Amlodipine} {X:10 mg} buli lunaku; {L:omusaayi} gwali {X:160/100 mmHg}; {M:ultrasound} yalaga {ensigo ennene}."
    ),
    mn(
        "{E:Альпортын хам шинж}: {L:гематури}; {D:лозартан} {X:50 мг}; {L:креатинин} {X:150 мкмоль/л}; {M:бөөрний биопси}; {G:COL4A5}."
    ),
    mn(
        "{O:Yersinia pestis} сэжиг үгүйсгэгдсэн; {O:Brucella abortus} эерэг; {D:гентамицин} {X:5 мг/кг}; {L:креатинин} {X:210 мкмоль/л}; {V:Th12–L1} өвдөлт."
    ),
    us(
        "{Mesoamerican nephropathy} in a sugarcane cutter; {L:serum creatinine} {X:2.4 mg/dL}; {hypokalemia} {X:3.1 mEq/L}; {D:Klor-Con} {X:20 mEq}; {M:renal ultrasound}; {V:L5-S1} {radiculopathy}."
    ),
    us(
        "{Page kidney} after a {subcapsular hematoma}; {D:Lupkynis} ({D:voclosporin}) held; {D:Benlysta} {X:10 mg/kg}; {S:NYHA class II}; {E:Libman-Sacks endocarditis} on {M:TEE}; {O:Coxiella burnetii} serology negative."
    ),
    nir(
        "{E:Birt-Hogg-Dubé syndrome} ({G:FLCN}): {chromophobe renal cell carcinoma}, {S:Bosniak IIF} cysts; {M:MRI kidneys} yearly; {D:Votubia} not indicated; {pneumothorax} history; {V:T6} {haemangioma}."
    ),
    nir(
        "{E:von Hippel-Lindau disease}: {M:partial nephrectomy}; {D:Welireg} ({D:belzutifan}) {X:120 mg}; {L:haemoglobin} {X:98 g/L}; {S:Clavien-Dindo II}; {O:Enterococcus faecalis} in the urine."
    ),
    tr(
        "{Ailesel Akdeniz ateşi}: {D:kolşisin} {X:1,5 mg}; {L:SAA} {X:42 mg/l}; {amiloidoz} şüphesi; {M:böbrek biyopsisi} {L:Kongo kırmızısı} ile; {G:MEFV}."
    ),
]
