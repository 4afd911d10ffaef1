# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A tenth held-out corpus (2026-12-03), written by an outside examiner before it was run
against anything, and never shown to the de-identifier's authors.

Ten synthetic nephrology patients (haemodialysis, peritoneal dialysis, transplant, AKI,
glomerular, infectious and inherited disease) from Kisumu, Madurai, Chiang Mai, Arequipa,
Debrecen, Shiraz, Oulu, Can Tho, Toamasina and Daegu, written in Swahili, Tamil (Tamil
script), Thai (Thai script, Thai digits, Buddhist era), Spanish of Peru and Quechua,
Hungarian (family name first, married names in -né, case endings), Persian (Arabic script,
Persian digits, the Solar Hijri calendar), Finnish (inflected names, henkilötunnus) and
Swedish of Finland, Vietnamese, Malagasy and French of Madagascar, Korean (Hangul, particles
glued to names) and the English of Kenya, India, Thailand and Madagascar, in shapes a clinic
writes: a referral, a dialysis run sheet line, a pharmacy label, an insurance card, a
portal log-in, a WhatsApp or LINE or Zalo or KakaoTalk contact, an old chart's spelling.

Every person, number and address is invented (real town and institution names are used as
places, never with a real person). As in heldout9, the large cities (Kisumu, Madurai,
Chiang Mai, Arequipa, Debrecen, Shiraz, Oulu, Can Tho, Toamasina, Daegu) are not planted
on their own; their villages, districts, streets, postcodes and facilities are.

The format is heldout4's to heldout9's (``tests/privacy/heldout4/corpus.py``): each
``Note`` is one free-text field in one language (a language tag, with its country where it
matters: ``en-KE``); clinical terms that must survive are braced with a category letter
(``CATEGORIES``); planted identifiers are listed per patient as ``(kind, text)``, the kind
being ``"<Safe Harbor kind>/<form>"``; a kind marked ``(phrase)`` is measured as a whole (a
name in a script whose vowel signs split heldout4's words into letters, Tamil and Thai; a
name glued to its particles, Korean; a name written in spaced letters). Every other word is
an ordinary word of the note's language and should survive too. ``DESCRIBED`` lists the
words that describe a planted unique feature (part of the identifier, not ordinary words).

The images (``images.py``, written after the text was measured, before the images were) are
part of this corpus.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient
from tests.privacy.heldout7.corpus import _in  # a note in one language

__all__ = ["CATEGORIES", "DESCRIBED", "HELDOUT10", "PARTICLES", "TERM_NOTES", "Note", "Patient"]


sw, ke, ta, inn, th, enth = (_in(x) for x in ("sw", "en-KE", "ta", "en-IN", "th", "en-TH"))
es, qu, hu, fa, fi, sv = (_in(x) for x in ("es-PE", "qu", "hu", "fa", "fi", "sv-FI"))
vi, mg, frmg, enmg, ko = (_in(x) for x in ("vi", "mg", "fr-MG", "en-MG", "ko"))

ZW = "\u200b"  # zero-width space
ZWJ = "\u200d"  # zero-width joiner
SHY = "\u00ad"  # soft hyphen
WJ = "\u2060"  # word joiner

# Name particles: a survival of these alone is counted apart in RESULTS.md (heldout5's rule
# counts any word of three letters or more).
PARTICLES = {"nyar", "ifj", "ra", "ny", "thi", "văn", "mamá", "néni", "ngoc"}  # fmt: skip

DESCRIBED: list[str] = [
    "tatoo ya samaki kwenye kifundo cha mkono wa kulia",
    "வலது முன்கையில் முருகன் வேல் பச்சை குத்தியுள்ளது",
    "รอยสักรูปพญานาคที่หลังส่วนล่าง",
    "แผลเป็นจากไฟไหม้ที่แก้มซ้าย",
    "tatuaje de una cruz andina (chakana) en el dorso de la mano izquierda",
    "cicatriz de quemadura en la mejilla derecha",
    "Az egyetlen nő a hortobágyi csikósok között",
    "bal alkarján horgony alakú tetoválás",
    "خالکوبی سنتی سه خال روی چانه",
    "Ainoa nainen Oulun porokilpa-ajojen tuomarina",
    "oikeassa olkavarressa poron sarvia esittävä tatuointi",
    "nốt ruồi to dưới mắt trái và vết sẹo bỏng hình lá ở cổ tay phải",
    "tombokavatsa sary vorona eo amin'ny soroka havia",
    "Izy irery no vehivavy mpamily taxi-brousse eo amin'ny zotra Toamasina-Foulpointe",
    "오른쪽 뺨의 화상 흉터",
    "왼쪽 손목에 나비 문신",
    "대구에서 유일한 여성 사과 경매사",
]

HELDOUT10: list[Patient] = [
    # 1. Kisumu, Kenya (Swahili; English of Kenya): haemodialysis
    Patient(
        name="Akinyi Ochieng'",
        mrn="JOOTRH/HD/2291/24",
        birth="1932-03-03",
        notes=[
            sw(
                "Bi. Akinyi Ochieng', mwenye umri wa miaka tisini na miwili, alizaliwa tarehe 3 Machi 1932 huko Nyakach; nambari ya faili JOOTRH/HD/2291/24. Ana {ugonjwa sugu wa figo} hatua ya tano na anafanyiwa {M:hemodialisisi} mara mbili kwa wiki."
            ),
            sw(
                "Anaishi Nyalenda B, nyuma ya kanisa la Mtakatifu Yohana, S.L.P. 6623-40100 Kisumu; simu 0722 418 337 au +254 733 902 114 (mjukuu wake, Brian Omondi)."
            ),
            ke(
                "Seen by Dr. Wekesa Barasa (KMPDC reg. A7716) on 12/04/2024 at Lumumba Sub-County Hospital (fax 057-2023317); {D:amlodipine} {X:10 mg} OD, {D:furosemide} {X:80 mg} BD, {D:epoetin alfa} ({D:Eprex}) {X:4000 IU} twice weekly; {L:haemoglobin} {X:8.9 g/dL}, {L:serum potassium} {X:5.9 mmol/L}."
            ),
            sw(
                "Kitambulisho cha taifa nambari 2741 8833, SHA nambari CR-5530-1196-8; analipia dawa kupitia M-Pesa, akaunti 0799417226. Mwanawe anafanya kazi Nyanza Fishnet Traders, Dunga Beach."
            ),
            sw(
                "Alama ya pekee: tatoo ya samaki kwenye kifundo cha mkono wa kulia; alama za vidole zilichukuliwa alipojiandikisha kwa Huduma Namba 3318 0093 21."
            ),
            ke(
                "Brought by boda boda KMEH 417B, lately in her son's Probox KDC 229Q; the Nipro Surdial 55 Plus console, serial 24K81772, alarmed twice. E-mail mamasamaki32@yahoo.com; facebook.com/mama.samaki.ke; portal login from 41.90.64.17."
            ),
            sw(
                "Alilazwa Sikukuu ya Mashujaa, 20 Oktoba, kwa {hyperkalaemia}; {L:kreatinini} {X:812 µmol/L}; {M:ultrasound ya figo}; alipewa {D:calcium gluconate} {X:10 ml} na {D:insulini} {X:10 units} pamoja na {D:dextrose} {X:50%}. Rafiki yake Mama Atieno humleta kila Jumamosi."
            ),
            ke(
                f"Old clinic card reads AKINYI OCH{ZW}IENG; WhatsApp shows her as Akinyi \u039fchieng and the lab slip as Ak&#105;nyi; the nurses call her Nyar Kano. {{D:Sevelamer}} ({{D:Renvela}}) {{X:800 mg}} TDS with meals; {{L:phosphate}} {{X:2.1 mmol/L}}; {{L:PTH}} {{X:88 pmol/L}}; {{V:L4}} {{compression fracture}} on {{M:X-ray}}."
            ),
        ],
        planted=[
            ("name/recorded", "Akinyi Ochieng'"),
            ("age over 89/in Swahili words", "miaka tisini na miwili"),
            ("date/birth in Swahili", "3 Machi 1932"),
            ("geographic/sub-county after huko", "Nyakach"),
            (
                "medical record number/facility, unit, serial and year with slashes",
                "JOOTRH/HD/2291/24",
            ),
            (
                "geographic/estate and landmark in Swahili",
                "Nyalenda B, nyuma ya kanisa la Mtakatifu Yohana",
            ),
            ("geographic/Kenyan post-office box with postcode S.L.P.", "S.L.P. 6623-40100"),
            ("telephone/KE mobile spaced", "0722 418 337"),
            ("telephone/KE mobile international", "+254 733 902 114"),
            ("name/grandson after mjukuu", "Brian Omondi"),
            ("name/doctor after Dr.", "Wekesa Barasa"),
            ("licence number/KMPDC registration", "A7716"),
            ("date/dd/mm/yyyy", "12/04/2024"),
            ("geographic/facility named after a person", "Lumumba Sub-County Hospital"),
            ("fax/KE landline with a dash after the area code", "057-2023317"),
            ("social security number/KE national ID with a space", "2741 8833"),
            ("health plan number/SHA member number", "CR-5530-1196-8"),
            ("account number/M-Pesa account", "0799417226"),
            ("name/employer of the son", "Nyanza Fishnet Traders"),
            ("geographic/beach landing site", "Dunga Beach"),
            (
                "other unique identifier/tattoo in Swahili",
                "tatoo ya samaki kwenye kifundo cha mkono wa kulia",
            ),
            ("biometric identifier/fingerprints in Swahili", "alama za vidole"),
            ("other unique identifier/Huduma Namba grouped", "3318 0093 21"),
            ("vehicle identifier/KE motorbike plate", "KMEH 417B"),
            ("vehicle identifier/KE car plate", "KDC 229Q"),
            ("device identifier/dialysis console serial", "24K81772"),
            ("email/with a nickname and year", "mamasamaki32@yahoo.com"),
            ("url/Facebook without scheme", "facebook.com/mama.samaki.ke"),
            ("ip address/IPv4 KE", "41.90.64.17"),
            ("date/national holiday in Swahili with the date", "Sikukuu ya Mashujaa, 20 Oktoba"),
            ("name/friend after Mama", "Atieno"),
            ("name/recorded with zero-width space, capitals", f"AKINYI OCH{ZW}IENG"),
            ("name/recorded with a Greek homoglyph", "Akinyi \u039fchieng"),
            ("name/HTML numeric entity", "Ak&#105;nyi"),
            ("name/nickname Nyar Kano (daughter of Kano)", "Nyar Kano"),
        ],
    ),
    # 2. Madurai, Tamil Nadu (Tamil in Tamil script; English of India): haemodialysis
    Patient(
        name="Meenakshi Sundaram",
        mrn="MMHRC-0447-2291",
        birth="1934-01-14",
        notes=[
            ta(
                "நோயாளி: திருமதி மீனாட்சி சுந்தரம், வயது தொண்ணூறு, பிறந்த தேதி 14 ஜனவரி 1934 (தைப் பொங்கல்); பதிவு எண் MMHRC-0447-2291. {M:டயாலிசிஸ்} வாரம் மூன்று முறை."
            ),
            ta(
                "முகவரி: 12/4, காமராஜர் சாலை, தல்லாகுளம், மதுரை 625002; கைபேசி 98432 17765; வீட்டு தொலைபேசி 0452-2531447; மகன் கார்த்திகேயன் உடன் வருகிறார்."
            ),
            inn(
                "Aadhaar 4417 9023 6618, ABHA 91-5528-3301-7746, CMCHIS card 0447/MDU/77812; PAN BKRPS4471C on the pension papers. Seen by Dr. K. Rajalakshmi (TNMC Reg. No. 88127) at Vadamalayan Hospital, Chokkikulam."
            ),
            ta(
                "{D:எரித்ரோபொய்டின்} {X:4000 அலகு} வாரம் இருமுறை; {L:ஹீமோகுளோபின்} {X:8.4 g/dL}; {L:கிரியேட்டினின்} {X:7.8 mg/dL}; {D:கால்சியம் அசிடேட்} {X:667 mg}; {M:அல்ட்ராசவுண்ட்} பரிசோதனையில் {சுருங்கிய சிறுநீரகங்கள்}."
            ),
            ta(
                "அடையாளம்: வலது முன்கையில் முருகன் வேல் பச்சை குத்தியுள்ளது; கண் கருவிழி ஸ்கேன் ஆதார் பதிவில் உள்ளது. மின்னஞ்சல் meenu.paati34 அட் gmail டாட் com."
            ),
            inn(
                "Came in her grandson's auto-rickshaw TN 59 AK 4417; Fresenius 4008S machine no. 4008S-IN-62291 and a Dr. Morepen glucometer SN GL0717442. Ninety-year-old patient's selfie for the CMCHIS card: PXL_20240115_063012.jpg. Grandson Arun posts as @madurai_arun_vlogs on Instagram."
            ),
            ta(
                "பொங்கல் கழித்து மூன்றாம் நாள் (17.01.2024) {இரத்த அழுத்தம் குறைவு}; {D:மிடோட்ரைன்} {X:5 mg}; மருமகள் செல்வி தினமும் வேலைக்கு முன் அழைத்து வருகிறார், அவர் Madura Coats ஆலையில் பணிபுரிகிறார்."
            ),
            inn(
                "Romanised in the insurance portal as MEENATCHI SUNDARAM and Meenakshi S-\nundaram on the old discharge; {D:sodium bicarbonate} {X:1 g} TDS, {L:bicarbonate} {X:16 mmol/L}; {E:Kussmaul} breathing absent; {S:Charlson index} {X:7}; {V:C5-C6} {spondylosis} on {M:MRI}."
            ),
        ],
        planted=[
            ("name/recorded in Tamil script after திருமதி (phrase)", "மீனாட்சி சுந்தரம்"),
            ("age over 89/ninety in Tamil words", "வயது தொண்ணூறு"),
            ("date/birth in Tamil with the Pongal holiday", "14 ஜனவரி 1934 (தைப் பொங்கல்)"),
            ("medical record number/hospital prefix", "MMHRC-0447-2291"),
            ("geographic/Tamil door number, street and locality", "12/4, காமராஜர் சாலை, தல்லாகுளம்"),
            ("geographic/Indian PIN code", "625002"),
            ("telephone/IN mobile 5-5", "98432 17765"),
            ("telephone/Madurai landline with STD code", "0452-2531447"),
            ("name/son after மகன் (phrase)", "கார்த்திகேயன்"),
            ("social security number/Aadhaar grouped 4-4-4", "4417 9023 6618"),
            ("health plan number/ABHA", "91-5528-3301-7746"),
            ("health plan number/CMCHIS card", "0447/MDU/77812"),
            ("account number/PAN", "BKRPS4471C"),
            ("name/doctor after an initial", "Rajalakshmi"),
            ("licence number/TNMC registration", "88127"),
            ("geographic/facility", "Vadamalayan Hospital"),
            ("geographic/locality", "Chokkikulam"),
            (
                "other unique identifier/tattoo in Tamil",
                "வலது முன்கையில் முருகன் வேல் பச்சை குத்தியுள்ளது",
            ),
            ("biometric identifier/iris scan in Tamil", "கண் கருவிழி ஸ்கேன்"),
            ("email/spelled out in Tamil அட் டாட்", "meenu.paati34 அட் gmail டாட் com"),
            ("vehicle identifier/IN auto-rickshaw plate", "TN 59 AK 4417"),
            ("device identifier/dialysis machine number", "4008S-IN-62291"),
            ("device identifier/glucometer serial", "GL0717442"),
            ("age over 89/hyphenated English", "Ninety-year-old"),
            ("full-face photograph/Pixel camera file name", "PXL_20240115_063012.jpg"),
            ("name/grandson", "Arun"),
            ("url/Instagram handle with the town", "@madurai_arun_vlogs"),
            ("date/numeric dd.mm.yyyy", "17.01.2024"),
            ("date/days after Pongal in Tamil", "பொங்கல் கழித்து மூன்றாம் நாள்"),
            ("name/daughter-in-law after மருமகள் (phrase)", "செல்வி"),
            ("name/employer a mill", "Madura Coats"),
            ("name/transliteration variant in capitals", "MEENATCHI SUNDARAM"),
            ("name/line-break hyphenation", "Meenakshi S-\nundaram"),
        ],
    ),
    # 3. Chiang Mai, Thailand (Thai in Thai script, Thai digits; English of Thailand): PD
    Patient(
        name="Somsri Kaewmanee",
        mrn="HN 67-004417",
        birth="1933-04-13",
        notes=[
            th(
                "ผู้ป่วยหญิง นางสมศรี แก้วมณี อายุ ๙๑ ปี HN 67-004417 เกิดวันที่ ๑๓ เมษายน ๒๔๗๖ ตรงกับวันสงกรานต์ เป็น{โรคไตเรื้อรังระยะสุดท้าย} ทำ{M:การล้างไตทางช่องท้อง}"
            ),
            th(
                "ที่อยู่ 88/14 หมู่ 3 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ 50200 โทร 053-221-447 มือถือ 081-447-2290 ลูกสาว น.ส.วิไลวรรณ แก้วมณี เป็นผู้ดูแล"
            ),
            th(
                "เลขบัตรประชาชน 3 5099 00417 22 8 ใช้สิทธิบัตรทองที่โรงพยาบาลนครพิงค์ แพทย์ผู้รักษา นพ.ธนากร ศรีสุข ใบอนุญาต ว.44172"
            ),
            enth(
                "Transferred from Nakornping Hospital; {D:icodextrin} ({D:Extraneal}) {X:2 L} long dwell; {L:serum albumin} {X:2.9 g/dL}; {O:Staphylococcus epidermidis} {PD peritonitis} treated with {D:vancomycin} {X:1 g} IP; Baxter HomeChoice Claria cycler SN HCC2241773; LINE ID somsri_cm2476."
            ),
            th(
                "ลักษณะเฉพาะ: รอยสักรูปพญานาคที่หลังส่วนล่าง และแผลเป็นจากไฟไหม้ที่แก้มซ้าย; ลงทะเบียนสแกนใบหน้าในแอปหมอพร้อม"
            ),
            th(
                "{L:โพแทสเซียม} {X:3.1 mmol/L}; {L:ฟอสฟอรัส} {X:5.8 mg/dL}; {D:แคลเซียมคาร์บอเนต} {X:1,000 มก.}; {D:อีริโทรโพอิติน} {X:4,000 ยูนิต}; {M:อัลตราซาวด์}; {V:L3-L4}"
            ),
            enth(
                "Son-in-law Mr. Prasert drives her in a red songthaew, plate 10-4417 Chiang Mai; he works at the Doi Kham food factory. Admitted on Loy Krathong night, 15 Nov 2024, discharged 2567-11-20 (Buddhist-era ISO). Email somsri.k2476@hotmail.co.th; IP 183.88.214.7."
            ),
            th(
                "ชื่อในระบบเก่าเขียนว่า ｓｏｍｓｒｉ และ ส ม ศ รี; {E:กลุ่มอาการคุชชิง} ไม่พบ; {S:Kt/V} {X:1.8}"
            ),
        ],
        planted=[
            ("name/recorded in Thai glued to นาง (phrase)", "สมศรี แก้วมณี"),
            ("age over 89/Thai digits", "อายุ ๙๑ ปี"),
            ("medical record number/HN", "67-004417"),
            ("date/birth in the Buddhist era with Thai digits", "๑๓ เมษายน ๒๔๗๖"),
            ("date/Songkran holiday in Thai", "วันสงกรานต์"),
            ("geographic/Thai house number and moo", "88/14 หมู่ 3"),
            ("geographic/tambon glued to its word", "ตำบลสุเทพ"),
            ("geographic/Thai postcode", "50200"),
            ("telephone/TH landline Chiang Mai", "053-221-447"),
            ("telephone/TH mobile", "081-447-2290"),
            ("name/daughter glued to น.ส. (phrase)", "วิไลวรรณ แก้วมณี"),
            ("social security number/TH 13-digit ID grouped 1-4-5-2-1", "3 5099 00417 22 8"),
            ("geographic/provincial hospital in Thai", "โรงพยาบาลนครพิงค์"),
            ("name/doctor glued to นพ. (phrase)", "ธนากร ศรีสุข"),
            ("licence number/Thai medical licence ว.", "ว.44172"),
            ("geographic/provincial hospital in English", "Nakornping Hospital"),
            ("device identifier/PD cycler serial", "HCC2241773"),
            ("url/LINE ID username", "somsri_cm2476"),
            ("other unique identifier/tattoo in Thai", "รอยสักรูปพญานาคที่หลังส่วนล่าง"),
            ("other unique identifier/burn scar in Thai", "แผลเป็นจากไฟไหม้ที่แก้มซ้าย"),
            ("biometric identifier/face scan in Thai", "สแกนใบหน้า"),
            ("name/son-in-law after Mr.", "Prasert"),
            ("vehicle identifier/songthaew plate", "10-4417"),
            ("name/employer a food factory", "Doi Kham food factory"),
            ("date/Loy Krathong", "Loy Krathong night"),
            ("date/English abbreviated month", "15 Nov 2024"),
            ("date/Buddhist era ISO", "2567-11-20"),
            ("email/Thai", "somsri.k2476@hotmail.co.th"),
            ("ip address/IPv4 TH", "183.88.214.7"),
            ("name/fullwidth Latin lower case", "ｓｏｍｓｒｉ"),
            ("name/spaced Thai letters (phrase)", "ส ม ศ รี"),
        ],
    ),
    # 4. Arequipa, Peru (Spanish of Peru, Quechua): haemodialysis
    Patient(
        name="Eulalia Quispe Mamani",
        mrn="HC 00-447-118",
        birth="1931-08-15",
        notes=[
            es(
                "Paciente: Sra. Eulalia Quispe Mamani, de noventa y tres años, natural de Chivay (Caylloma), nacida el 15 de agosto de 1931, día del aniversario de Arequipa; HC 00-447-118; {enfermedad renal crónica} estadio 5 en {M:hemodiálisis} interdiaria."
            ),
            es(
                "Domicilio: Urb. Selva Alegre Mz. K Lt. 7, Cerro Colorado; referencia: frente a la picantería La Nueva Palomino. Cel. 954 178 223, fijo (054) 21-4478; hija Rosa Luz Huamaní Quispe, DNI 41.772.283."
            ),
            es(
                "DNI de la paciente 29 417 730, seguro SIS n.º 7100418893; atendida por la Dra. Milagros Chávez Zegarra (CMP 38816, RNE 22187) en el Hospital Regional Honorio Delgado (fax (054) 23-3812); {D:eritropoyetina} {X:4000 UI} tres veces por semana, {D:hierro sacarosa} ({D:Venofer}) {X:100 mg}, {L:ferritina} {X:312 ng/mL}."
            ),
            qu(
                "Payqa Yanque llaqtapi tiyan; churinpa sutin Wilber. Runasimillata rimanmi, castellanota pisillata."
            ),
            es(
                "Seña particular: tatuaje de una cruz andina (chakana) en el dorso de la mano izquierda; cicatriz de quemadura en la mejilla derecha por el fogón. Huella dactilar en el consentimiento en lugar de firma (no sabe leer)."
            ),
            es(
                "Llega en la combi de su yerno, placa V2O-417, que trabaja en Leche Gloria; el yerno paga por Yape al 987 221 406. Correo: eulalia.qm31@hotmail.com; TikTok @abuelita_chivay93; IP 190.237.41.18."
            ),
            es(
                "Ingresó el Jueves Santo (28/III/2024) por {edema agudo de pulmón}; {M:radiografía de tórax}; ultrafiltración de {X:3,2 L}; {L:potasio} {X:6,8 mEq/L}; {L:BNP} {X:1450 pg/mL}; alta el 2 de abril; control en Fiestas Patrias. Fístula con {E:maniobra de Allen} normal; {S:índice de Karnofsky} {X:50}."
            ),
            es(
                "Máquina Fresenius 5008S n.º de serie 5VSA4417; marcapasos Medtronic Azure SN RNB661772H. En el sistema antiguo: EULALIA QUISPE MAMAN1, o Qu1spe; la familia le dice Mamá Lali. {D:paricalcitol} ({D:Zemplar}) {X:5 µg}; {L:PTHi} {X:780 pg/mL}; {V:T12-L1} {aplastamiento vertebral}."
            ),
        ],
        planted=[
            ("name/recorded", "Eulalia Quispe Mamani"),
            ("age over 89/Spanish in words", "noventa y tres años"),
            ("geographic/town of birth with its province", "Chivay (Caylloma)"),
            ("date/birth in Spanish", "15 de agosto de 1931"),
            ("date/city anniversary", "día del aniversario de Arequipa"),
            ("medical record number/HC with dashes", "00-447-118"),
            ("geographic/manzana and lote address", "Urb. Selva Alegre Mz. K Lt. 7"),
            ("geographic/district", "Cerro Colorado"),
            ("geographic/landmark reference", "frente a la picantería La Nueva Palomino"),
            ("telephone/PE mobile 3-3-3", "954 178 223"),
            ("telephone/PE landline area code in brackets", "(054) 21-4478"),
            ("name/daughter with two surnames", "Rosa Luz Huamaní Quispe"),
            ("social security number/DNI of the daughter with dots", "41.772.283"),
            ("social security number/DNI with spaces", "29 417 730"),
            ("health plan number/SIS", "7100418893"),
            ("name/doctor after Dra. with two surnames", "Milagros Chávez Zegarra"),
            ("licence number/CMP", "CMP 38816"),
            ("licence number/RNE specialist registry", "RNE 22187"),
            ("geographic/hospital named after a person", "Hospital Regional Honorio Delgado"),
            ("fax/PE area code in brackets", "(054) 23-3812"),
            ("geographic/village in Quechua before llaqtapi", "Yanque"),
            ("name/son in Quechua after sutin", "Wilber"),
            (
                "other unique identifier/tattoo in Spanish",
                "tatuaje de una cruz andina (chakana) en el dorso de la mano izquierda",
            ),
            (
                "other unique identifier/burn scar in Spanish",
                "cicatriz de quemadura en la mejilla derecha",
            ),
            ("biometric identifier/thumbprint in Spanish", "Huella dactilar"),
            ("vehicle identifier/PE plate", "V2O-417"),
            ("name/employer of the son-in-law", "Leche Gloria"),
            ("account number/Yape phone", "987 221 406"),
            ("email/with initials", "eulalia.qm31@hotmail.com"),
            ("url/TikTok handle", "@abuelita_chivay93"),
            ("ip address/IPv4 PE", "190.237.41.18"),
            ("date/Holy Thursday", "Jueves Santo"),
            ("date/Roman numeral month", "28/III/2024"),
            ("date/Spanish day and month", "2 de abril"),
            ("date/national holiday", "Fiestas Patrias"),
            ("device identifier/dialysis machine serial", "5VSA4417"),
            ("device identifier/pacemaker serial", "RNB661772H"),
            ("name/recorded with a digit for a letter", "EULALIA QUISPE MAMAN1"),
            ("name/digit for a letter (phrase)", "Qu1spe"),
            ("name/nickname", "Mamá Lali"),
        ],
    ),
    # 5. Debrecen, Hungary (Hungarian: family name first, -né, case endings): haemodialysis
    Patient(
        name="Szabó Lászlóné",
        mrn="DE-KK 2024/04471",
        birth="1930-10-23",
        notes=[
            hu(
                "Beteg: Szabó Lászlóné (szül. Kiss Erzsébet), 94 éves, született 1930. október 23-án Hajdúszoboszlón; kórlapszám DE-KK 2024/04471. {Krónikus vesebetegség} 5. stádium, {M:hemodialízis} heti háromszor."
            ),
            hu(
                "Lakcím: 4031 Debrecen, Kishatár u. 17. II/5.; telefon: +36 30 417 2281, vezetékes 06-52/411-337, háziorvosi fax: 52/530-118; fia, ifj. Szabó László, és menye, Szabóné Tóth Ildikó gondozzák."
            ),
            hu(
                "TAJ-szám: 044 172 283; személyi igazolvány: 417722AB; adóazonosító jel: 8330412769. Kezelőorvos: dr. Nagy-Bakos Tünde (pecsétszám: 71830), Debreceni Egyetem Klinikai Központ, Belgyógyászati Klinika."
            ),
            hu(
                "{L:Kálium} {X:6,1 mmol/l}; {L:foszfát} {X:2,3 mmol/l}; {L:parathormon} {X:64 pmol/l}; {D:cinakalcet} ({D:Mimpara}) {X:30 mg}; {D:szevelamer-karbonát} {X:800 mg} naponta háromszor; {M:nyaki ultrahang} szerint {mellékpajzsmirigy-hiperplázia}."
            ),
            hu(
                "Felvétel: 2024. III. 15. (nemzeti ünnep), hazabocsátás húsvéthétfőn; kontroll 2024.04.22. Az egyetlen nő a hortobágyi csikósok között volt fiatalon; bal alkarján horgony alakú tetoválás."
            ),
            hu(
                "Unokája, Kovács Bence, a Richter Gedeon gyárában dolgozik; Suzuki Vitarájának rendszáma AA BC-417. E-mail: szabo.laszlone30@freemail.hu; Facebook: facebook.com/mama.hortobagy30; a dializáló gép Fresenius 5008 CorDiax, gyári szám 5CDA77128."
            ),
            hu(
                "A régi rendszerben ékezet nélkül: SZABO LASZLONE, a leletén Szab&oacute; Erzs&eacute;bet; a hozzátartozók Erzsi néninek hívják. {E:Cimino-fisztula} a bal alkaron; {S:Charlson-index} {X:8}; {V:L2-L3} {porckorongsérv}."
            ),
        ],
        planted=[
            ("name/recorded married form in -né", "Szabó Lászlóné"),
            ("name/maiden name after szül.", "Kiss Erzsébet"),
            ("age over 89/Hungarian éves", "94 éves"),
            ("date/Hungarian year first with a case ending", "1930. október 23-án"),
            ("geographic/town in a case ending", "Hajdúszoboszlón"),
            ("medical record number/with a year and slash", "DE-KK 2024/04471"),
            ("geographic/Hungarian postcode before the town", "4031 Debrecen"),
            ("geographic/street with floor and door", "Kishatár u. 17. II/5."),
            ("telephone/HU mobile", "+36 30 417 2281"),
            ("telephone/HU landline with 06 and area code", "06-52/411-337"),
            ("fax/HU area code and slash without 06", "52/530-118"),
            ("name/son after ifj.", "Szabó László"),
            ("name/daughter-in-law in -né with her own name", "Szabóné Tóth Ildikó"),
            ("health plan number/TAJ grouped 3-3-3", "044 172 283"),
            ("social security number/Hungarian identity card", "417722AB"),
            ("social security number/tax identification number", "8330412769"),
            ("name/doctor after lower-case dr., hyphenated family name first", "Nagy-Bakos Tünde"),
            ("licence number/stamp number pecsétszám", "71830"),
            (
                "geographic/university hospital named after the city",
                "Debreceni Egyetem Klinikai Központ",
            ),
            ("date/Hungarian Roman-numeral month", "2024. III. 15."),
            ("date/Easter Monday in Hungarian", "húsvéthétfőn"),
            ("date/dotted year first", "2024.04.22."),
            (
                "other unique identifier/occupation unique in Hungarian",
                "Az egyetlen nő a hortobágyi csikósok között",
            ),
            ("other unique identifier/tattoo in Hungarian", "bal alkarján horgony alakú tetoválás"),
            ("name/grandson family name first", "Kovács Bence"),
            ("name/employer a pharmaceutical factory", "Richter Gedeon"),
            ("vehicle identifier/new Hungarian plate", "AA BC-417"),
            ("email/Hungarian", "szabo.laszlone30@freemail.hu"),
            ("url/Facebook without scheme", "facebook.com/mama.hortobagy30"),
            ("device identifier/dialysis machine serial gyári szám", "5CDA77128"),
            ("name/recorded without accents in capitals", "SZABO LASZLONE"),
            ("name/HTML named entities", "Szab&oacute; Erzs&eacute;bet"),
            ("name/nickname with néni in a case ending", "Erzsi néninek"),
        ],
    ),
    # 6. Shiraz, Iran (Persian in Arabic script, Persian digits, Solar Hijri): haemodialysis
    Patient(
        name="Fatemeh Rezaei",
        mrn="NMZ-1403-04417",
        birth="1932-03-21",
        notes=[
            fa(
                "بیمار: خانم فاطمه رضایی، ۹۲ ساله، متولد ۱ فروردین ۱۳۱۱ (روز نوروز) در مرودشت؛ شماره پرونده NMZ-1403-04417؛ {نارسایی مزمن کلیه} مرحله ۵، {M:همودیالیز} سه بار در هفته."
            ),
            fa(
                "نشانی: شیراز، خیابان زند، کوچه ۱۴، پلاک ۷، واحد ۳؛ کد پستی ۷۱۳۴۸-۶۶۱۷۲؛ تلفن ۰۷۱-۳۲۳۵۴۴۱۷؛ همراه ۰۹۱۷ ۳۱۲ ۸۸۴۰؛ پسرش آقای محمدرضا کشاورز همراه اوست."
            ),
            fa(
                "کد ملی ۲۲۸-۰۴۴۱۷۲-۱؛ بیمه تأمین اجتماعی شماره ۰۸۱۲۴۴۹۱۷۳؛ پزشک معالج: دکتر سیمین دخت افشار، نظام پزشکی ۱۴۴۱۷، بیمارستان نمازی."
            ),
            fa(
                "{L:پتاسیم} {X:۶٫۲ میلی‌مول در لیتر}؛ {L:کراتینین} {X:۸٫۱ میلی‌گرم در دسی‌لیتر}؛ {D:کلسیتریول} {X:۰٫۲۵ میکروگرم}؛ {D:اریتروپویتین} ({D:اپرکس}) {X:۴۰۰۰ واحد}؛ {M:سونوگرافی} {کلیه‌های کوچک} نشان داد."
            ),
            fa(
                "نشانه: خالکوبی سنتی سه خال روی چانه؛ اثر انگشت برای احراز هویت در داروخانه ثبت شده. ایمیل: f.rezaei1311@chmail.ir؛ اینستاگرام instagram.com/mamanjoon_shiraz؛ آی‌پی 5.119.44.201."
            ),
            fa(
                "بستری در شب یلدا ۱۴۰۲ و ترخیص سیزده‌به‌در؛ نوبت بعدی ۱۴۰۳/۰۲/۱۵. نوه‌اش زهرا در پتروشیمی شیراز کار می‌کند و با پژو ۴۰۵ پلاک ۶۳ ب ۴۱۷ ایران ۱۳ او را می‌آورد."
            ),
            fa(
                "دستگاه دیالیز نیپرو سریال NCV-8841773؛ عکس پرسنلی IMG_1403_0412.jpg؛ در سیستم قدیمی با ی عربی: فاطمه رضايي؛ در گذرنامه شماره Z44172281 به صورت FATEMEH REZAEI و در نامه ارجاع Fatima Rezayee. {E:بیماری فابری} رد شد؛ {V:L4-L5}؛ {S:نمره چارلسون} {X:۷}."
            ),
        ],
        planted=[
            ("name/recorded in Persian after خانم", "فاطمه رضایی"),
            ("age over 89/Persian digits ساله", "۹۲ ساله"),
            ("date/birth in the Solar Hijri calendar", "۱ فروردین ۱۳۱۱"),
            ("date/Nowruz in Persian", "روز نوروز"),
            ("geographic/town of birth", "مرودشت"),
            ("medical record number/with the Hijri year", "NMZ-1403-04417"),
            (
                "geographic/street, alley, plaque and unit in Persian",
                "خیابان زند، کوچه ۱۴، پلاک ۷، واحد ۳",
            ),
            ("geographic/Iranian postcode 5-5 in Persian digits", "۷۱۳۴۸-۶۶۱۷۲"),
            ("telephone/IR landline in Persian digits", "۰۷۱-۳۲۳۵۴۴۱۷"),
            ("telephone/IR mobile in Persian digits", "۰۹۱۷ ۳۱۲ ۸۸۴۰"),
            ("name/son after آقای", "محمدرضا کشاورز"),
            ("social security number/Iranian national code in Persian digits", "۲۲۸-۰۴۴۱۷۲-۱"),
            ("health plan number/social security insurance in Persian digits", "۰۸۱۲۴۴۹۱۷۳"),
            ("name/doctor after دکتر", "سیمین دخت افشار"),
            ("licence number/medical council number in Persian digits", "۱۴۴۱۷"),
            ("geographic/hospital in Persian", "بیمارستان نمازی"),
            ("other unique identifier/facial tattoo in Persian", "خالکوبی سنتی سه خال روی چانه"),
            ("biometric identifier/fingerprint in Persian", "اثر انگشت"),
            ("email/Iranian", "f.rezaei1311@chmail.ir"),
            ("url/Instagram without scheme", "instagram.com/mamanjoon_shiraz"),
            ("ip address/IPv4 IR", "5.119.44.201"),
            ("date/Yalda night with the Hijri year", "شب یلدا ۱۴۰۲"),
            ("date/Sizdah Bedar", "سیزده‌به‌در"),
            ("date/Solar Hijri numeric in Persian digits", "۱۴۰۳/۰۲/۱۵"),
            ("name/granddaughter after نوه‌اش", "زهرا"),
            ("name/employer a petrochemical company", "پتروشیمی شیراز"),
            ("vehicle identifier/Iranian plate with letter and region code", "۶۳ ب ۴۱۷ ایران ۱۳"),
            ("device identifier/dialysis machine serial", "NCV-8841773"),
            ("full-face photograph/personnel photo file name", "IMG_1403_0412.jpg"),
            ("name/recorded with Arabic yeh for Persian yeh", "فاطمه رضايي"),
            ("other unique identifier/Iranian passport", "Z44172281"),
            ("name/recorded in Latin capitals (passport)", "FATEMEH REZAEI"),
            ("name/another transliteration", "Fatima Rezayee"),
        ],
    ),
    # 7. Oulu, Finland (Finnish: inflected names, henkilötunnus; Swedish of Finland): home HD
    Patient(
        name="Aino Korhonen",
        mrn="OYS 4417-2290",
        birth="1931-06-21",
        notes=[
            fi(
                "Potilas Aino Korhonen, 93-vuotias, syntynyt 21.6.1931 Kempeleessä, hetu 210631-417K; potilasnumero OYS 4417-2290. {Krooninen munuaisten vajaatoiminta} vaihe 5, {M:kotihemodialyysi}."
            ),
            fi(
                "Osoite: Pohjantie 17 B 22, 90570 Oulu (Kaijonharju); puhelin 040 741 2283, lankapuhelin (08) 315 4470; tyttären Liisa Mäkelän mukaan vävy Jarmo Mäkelä hoitaa asiat."
            ),
            fi(
                "Kela-korvaus päätösnumerolla 7712/883/2024. Hoitava lääkäri LL Timo Heikkinen (Valvira-rekisterinumero 10417722); dosentti Virtasta konsultoitu puhelimitse. Entinen työpaikka: Oulun Puhelin Oy."
            ),
            fi(
                "{L:Kalium} {X:5,8 mmol/l}; {L:P-Krea} {X:684 µmol/l}; {L:Hb} {X:98 g/l}; {D:darbepoetiini} ({D:Aranesp}) {X:40 µg} viikoittain; {D:sinakalseetti} {X:30 mg}; {M:magneettikuvaus}; {V:Th12} {kompressiomurtuma}."
            ),
            fi(
                "Tulotapa: juhannusaattona ambulanssilla, kotiutus vappuna; seuraava kontrolli viikolla 37/2024. Ainoa nainen Oulun porokilpa-ajojen tuomarina; oikeassa olkavarressa poron sarvia esittävä tatuointi."
            ),
            sv(
                "Dottern talar svenska: Aino bodde förr i Karleby (Kokkola), Strandgatan 4; barnbarnet Mikael Korhonen kör henne i en Volvo med registreringsnummer KXL-417. E-post aino.korhonen31@luukku.com."
            ),
            fi(
                "Laitteet: Fresenius 5008S -laite sarjanumero 5FIA22817, insuliinipumppu Medtronic MiniMed 780G SN NG2231774H. Kanta-palveluun kirjautuminen IP-osoitteesta 2001:14ba:4417:2200::1a; ajokorttikuva kuva_aino_2024.jpg."
            ),
            fi(
                f"Vanhassa järjestelmässä nimi muodossa A i n o  K o r h o n e n ja Korho{SHY}nen; {{E:Alportin oireyhtymä}} poissuljettu; {{S:Clinical Frailty Scale}} {{X:6}}; {{D:furosemidi}} ({{D:Furesis}}) {{X:250 mg}}."
            ),
        ],
        planted=[
            ("name/recorded", "Aino Korhonen"),
            ("age over 89/Finnish -vuotias", "93-vuotias"),
            ("date/birth Finnish d.m.yyyy", "21.6.1931"),
            ("geographic/town in the inessive case", "Kempeleessä"),
            ("social security number/henkilötunnus", "210631-417K"),
            ("medical record number/hospital prefix", "OYS 4417-2290"),
            ("geographic/street with stairwell letter and flat", "Pohjantie 17 B 22"),
            ("geographic/Finnish postcode", "90570"),
            ("geographic/district in brackets", "Kaijonharju"),
            ("telephone/FI mobile", "040 741 2283"),
            ("telephone/FI landline with area code in brackets", "(08) 315 4470"),
            ("name/daughter in the genitive", "Liisa Mäkelän"),
            ("name/son-in-law", "Jarmo Mäkelä"),
            ("health plan number/Kela decision number", "7712/883/2024"),
            ("name/doctor after LL", "Timo Heikkinen"),
            ("licence number/Valvira registration", "10417722"),
            ("name/consultant in the partitive after dosentti", "Virtasta"),
            ("name/employer a former company", "Oulun Puhelin Oy"),
            ("date/Midsummer Eve in Finnish", "juhannusaattona"),
            ("date/May Day in Finnish", "vappuna"),
            ("date/week number", "viikolla 37/2024"),
            (
                "other unique identifier/occupation unique in Finnish",
                "Ainoa nainen Oulun porokilpa-ajojen tuomarina",
            ),
            (
                "other unique identifier/tattoo in Finnish",
                "oikeassa olkavarressa poron sarvia esittävä tatuointi",
            ),
            ("geographic/town with its Swedish and Finnish names", "Karleby (Kokkola)"),
            ("geographic/street in Swedish", "Strandgatan 4"),
            ("name/grandson", "Mikael Korhonen"),
            ("vehicle identifier/FI plate", "KXL-417"),
            ("email/with the whole name", "aino.korhonen31@luukku.com"),
            ("device identifier/dialysis machine serial sarjanumero", "5FIA22817"),
            ("device identifier/insulin pump serial", "NG2231774H"),
            ("ip address/IPv6", "2001:14ba:4417:2200::1a"),
            ("full-face photograph/file name for the driving licence", "kuva_aino_2024.jpg"),
            ("name/spaced letters (phrase)", "A i n o  K o r h o n e n"),
            ("name/soft hyphen", f"Korho{SHY}nen"),
        ],
    ),
    # 8. Can Tho, Vietnam (Vietnamese): haemodialysis
    Patient(
        name="Nguyễn Thị Bích Ngọc",
        mrn="BV-CT 24.004417",
        birth="1930-02-06",
        notes=[
            vi(
                "Bệnh nhân: bà Nguyễn Thị Bích Ngọc, 94 tuổi, sinh ngày 06/02/1930 (mùng 8 tháng Giêng năm Canh Ngọ) tại xã Mỹ Khánh, huyện Phong Điền; mã bệnh án BV-CT 24.004417. {Bệnh thận mạn} giai đoạn 5, {M:chạy thận nhân tạo} ba lần mỗi tuần."
            ),
            vi(
                "Địa chỉ: số 47 đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều; điện thoại 0907 441 228, máy bàn (0292) 382 1447; con trai là ông Trần Văn Phúc, con dâu Lê Thị Thu Trang."
            ),
            vi(
                "CCCD số 092 130 004 417, thẻ BHYT HT 3 92 9241772283, cấp ngày 15/3/2021; bác sĩ điều trị: BS.CKII Phạm Minh Khoa, CCHN số 002871/CT-CCHN, Bệnh viện Đa khoa Trung ương Cần Thơ, số fax (0292) 382 0071."
            ),
            vi(
                "{L:Kali máu} {X:6,0 mmol/L}; {L:creatinin} {X:745 µmol/L}; {D:erythropoietin} ({D:Eprex}) {X:2000 UI} ba lần/tuần; {D:calci carbonat} {X:1250 mg}; {M:siêu âm Doppler} cầu nối động tĩnh mạch; {O:Burkholderia pseudomallei} âm tính."
            ),
            vi(
                "Nhập viện đêm Giao thừa Tết Giáp Thìn, ra viện mùng 4 Tết; tái khám ngày 10 tháng 3 âm lịch (Giỗ Tổ Hùng Vương). Đặc điểm nhận dạng: nốt ruồi to dưới mắt trái và vết sẹo bỏng hình lá ở cổ tay phải."
            ),
            vi(
                "Cháu ngoại chở bà bằng xe máy Honda Wave biển số 65B1-417.22; cháu làm ở Công ty Thủy sản Mekong Cần Thơ. Zalo 0939 772 041; email bichngoc1930@gmail.com; Facebook fb.com/ba.ngoai.ninhkieu; IP 14.169.41.72."
            ),
            vi(
                f"Máy lọc máu Nipro NCU-18 số sê-ri 18VN04172; ảnh chân dung chụp thẳng mặt cho thẻ BHYT: z5123447781_anh.jpg. Hồ sơ cũ ghi không dấu NGUYEN THI BICH NGOC, và Bí{ZW}ch Ngọc; {{E:hội chứng Alport}} loại trừ; {{V:C6-C7}}; {{S:điểm Charlson}} {{X:6}}; {{D:sevelamer}} {{X:800 mg}}."
            ),
        ],
        planted=[
            ("name/recorded", "Nguyễn Thị Bích Ngọc"),
            ("age over 89/Vietnamese tuổi", "94 tuổi"),
            ("date/birth dd/mm/yyyy", "06/02/1930"),
            (
                "date/birth in the lunar calendar with the can-chi year",
                "mùng 8 tháng Giêng năm Canh Ngọ",
            ),
            ("geographic/commune and district", "xã Mỹ Khánh, huyện Phong Điền"),
            ("medical record number/with a dot", "BV-CT 24.004417"),
            (
                "geographic/street named after a date, ward and district",
                "số 47 đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều",
            ),
            ("telephone/VN mobile", "0907 441 228"),
            ("telephone/VN landline with area code", "(0292) 382 1447"),
            ("name/son after ông", "Trần Văn Phúc"),
            ("name/daughter-in-law", "Lê Thị Thu Trang"),
            ("social security number/CCCD grouped 3-3-3-3", "092 130 004 417"),
            ("health plan number/BHYT card with letters", "HT 3 92 9241772283"),
            ("date/card issue date d/m/yyyy", "15/3/2021"),
            ("name/doctor after BS.CKII", "Phạm Minh Khoa"),
            ("licence number/CCHN practising certificate", "002871/CT-CCHN"),
            (
                "geographic/central hospital named after the city",
                "Bệnh viện Đa khoa Trung ương Cần Thơ",
            ),
            ("fax/VN area code in brackets", "(0292) 382 0071"),
            ("date/Lunar New Year's Eve with the year", "đêm Giao thừa Tết Giáp Thìn"),
            ("date/fourth day of Tet", "mùng 4 Tết"),
            ("date/lunar date with a holiday", "ngày 10 tháng 3 âm lịch (Giỗ Tổ Hùng Vương)"),
            (
                "other unique identifier/mole and burn scar in Vietnamese",
                "nốt ruồi to dưới mắt trái và vết sẹo bỏng hình lá ở cổ tay phải",
            ),
            ("vehicle identifier/VN motorbike plate with a dot", "65B1-417.22"),
            ("name/employer a seafood company", "Công ty Thủy sản Mekong Cần Thơ"),
            ("telephone/Zalo number", "0939 772 041"),
            ("email/name and birth year", "bichngoc1930@gmail.com"),
            ("url/Facebook short domain without scheme", "fb.com/ba.ngoai.ninhkieu"),
            ("ip address/IPv4 VN", "14.169.41.72"),
            ("device identifier/dialysis machine serial số sê-ri", "18VN04172"),
            ("full-face photograph/Zalo image file name", "z5123447781_anh.jpg"),
            ("name/recorded without diacritics in capitals", "NGUYEN THI BICH NGOC"),
            ("name/zero-width space inside", f"Bí{ZW}ch Ngọc"),
        ],
    ),
    # 9. Toamasina, Madagascar (Malagasy; French and English of Madagascar): haemodialysis
    Patient(
        name="Voahangy Rasoanirina",
        mrn="CHUA-2024-00417",
        birth="1929-06-26",
        notes=[
            mg(
                "Marary: Ramatoa Voahangy Rasoanirina, 95 taona, teraka tamin'ny 26 Jona 1929 tao Fenoarivo Atsinanana; laharana CHUA-2024-00417. {Aretin'ny voa mitaiza} dingana faha-5, {M:dialyse} intelo isan-kerinandro."
            ),
            frmg(
                "Adresse : Lot IVG 117 bis Ambohijafy, Tanambao V, Toamasina 501 ; tél. 034 12 417 73 ou +261 32 41 177 20 ; sa fille, Mme Razafindrakoto Lalao, l'accompagne."
            ),
            frmg(
                "CIN n° 501 212 017 728 délivrée le 03/09/1975 ; carte CNaPS 7701-4482-19 ; OSTIE n° TMV-44817 ; médecin traitant : Dr Andrianasolo Fanja, inscrite à l'Ordre sous le n° 2417/ONM, CHU Analankininina (fax 020 53 317 42)."
            ),
            mg(
                "{L:kaliémie} {X:6,3 mmol/l}; {L:créatinine} {X:910 µmol/l}; {O:Plasmodium falciparum} hita tamin'ny {M:goutte épaisse}; {D:artésunate} {X:2,4 mg/kg}; {D:furosémide} {X:500 mg}; {D:époétine bêta} ({D:NeoRecormon}) {X:2000 UI}."
            ),
            mg(
                "Marika manokana: tombokavatsa sary vorona eo amin'ny soroka havia; ny dian-tanana no nosoniavina tamin'ny fifanarahana. Izy irery no vehivavy mpamily taxi-brousse eo amin'ny zotra Toamasina-Foulpointe taloha."
            ),
            frmg(
                "Hospitalisée le jour de la Fête de l'Indépendance (26 juin), sortie le lundi de Pentecôte ; prochain rendez-vous le 12 août 2024. Son petit-fils Tsiory, employé à la raffinerie de nickel d'Ambatovy, la conduit en taxi-be immatriculé 4417 TBA ; paiement par MVola 034 77 120 44."
            ),
            enmg(
                "Fresenius 4008B machine, serial 4B-MG-55217; Accu-Chek meter SN 92417731. Photo for the hospital card: WhatsApp Image 2024-08-12 at 09.41.22.jpeg. Email rasoa.tamatave29@moov.mg; facebook.com/bebe.tamatave; IP 154.126.41.7. The old chart spells her RAS0ANIRINA, and Rasoanirina's daughter signs for her. {E:Cockcroft-Gault} clearance {X:6 mL/min}; {V:L1} {wedge fracture}."
            ),
        ],
        planted=[
            ("name/recorded after Ramatoa", "Voahangy Rasoanirina"),
            ("age over 89/Malagasy taona", "95 taona"),
            ("date/birth in Malagasy", "26 Jona 1929"),
            ("geographic/town of birth in Malagasy", "Fenoarivo Atsinanana"),
            ("medical record number/year and serial", "CHUA-2024-00417"),
            ("geographic/Malagasy Lot address", "Lot IVG 117 bis Ambohijafy"),
            ("geographic/fokontany", "Tanambao V"),
            ("geographic/three-digit postcode with the city", "Toamasina 501"),
            ("telephone/MG mobile 3-2-3-2", "034 12 417 73"),
            ("telephone/MG international", "+261 32 41 177 20"),
            ("name/daughter after Mme, family name first", "Razafindrakoto Lalao"),
            ("social security number/CIN grouped 3-3-3-3", "501 212 017 728"),
            ("date/ID issue date", "03/09/1975"),
            ("account number/CNaPS", "7701-4482-19"),
            ("health plan number/OSTIE", "TMV-44817"),
            ("name/doctor after Dr, family name first", "Andrianasolo Fanja"),
            ("licence number/Ordre des médecins", "2417/ONM"),
            ("geographic/university hospital named after a district", "CHU Analankininina"),
            ("fax/MG landline 3-2-3-2", "020 53 317 42"),
            (
                "other unique identifier/tattoo in Malagasy",
                "tombokavatsa sary vorona eo amin'ny soroka havia",
            ),
            ("biometric identifier/fingerprint in Malagasy", "dian-tanana"),
            (
                "other unique identifier/occupation unique in Malagasy",
                "Izy irery no vehivavy mpamily taxi-brousse eo amin'ny zotra Toamasina-Foulpointe",
            ),
            ("date/Independence Day in French with the date", "Fête de l'Indépendance (26 juin)"),
            ("date/Whit Monday in French", "lundi de Pentecôte"),
            ("date/French day month year", "12 août 2024"),
            ("name/grandson", "Tsiory"),
            ("name/employer a nickel refinery", "raffinerie de nickel d'Ambatovy"),
            ("vehicle identifier/Malagasy plate", "4417 TBA"),
            ("account number/MVola mobile money", "034 77 120 44"),
            ("device identifier/dialysis machine serial", "4B-MG-55217"),
            ("device identifier/glucose meter serial", "92417731"),
            (
                "full-face photograph/WhatsApp image file name",
                "WhatsApp Image 2024-08-12 at 09.41.22.jpeg",
            ),
            ("email/with the old town name", "rasoa.tamatave29@moov.mg"),
            ("url/Facebook page without scheme", "facebook.com/bebe.tamatave"),
            ("ip address/IPv4 MG", "154.126.41.7"),
            ("name/zero for O in capitals (phrase)", "RAS0ANIRINA"),
            ("name/possessive", "Rasoanirina's"),
        ],
    ),
    # 10. Daegu, Korea (Korean in Hangul, particles glued to names): haemodialysis
    Patient(
        name="Kim Bok-soon",
        mrn="KNUH 24-0041772",
        birth="1930-05-05",
        notes=[
            ko(
                "환자: 김복순 님, 아흔네 살(만 94세), 1930년 5월 5일생, 안동시 풍천면 출생; 등록번호 KNUH 24-0041772. {만성 콩팥병} 5기로 {M:혈액투석} 주 3회."
            ),
            ko(
                "주소: 대구광역시 수성구 달구벌대로 2417, 103동 1504호 (우 42250); 휴대전화 010-4417-2283, 자택 053-741-2290, 팩스 053-741-2299; 보호자는 아들 박정호 씨."
            ),
            ko(
                "주민등록번호 300505-2417728; 건강보험증 번호 5-2081937746; 주치의: 신장내과 이수진 교수 (의사면허 제 88417호), 경북대학교병원 칠곡분원."
            ),
            ko(
                "{L:칼륨} {X:6.4 mmol/L}; {L:크레아티닌} {X:8.9 mg/dL}; {D:세벨라머} ({D:렌벨라}) {X:800 mg} 하루 세 번; {D:다르베포에틴 알파} {X:40 µg}; {M:경동맥 초음파}; {O:황색포도알균} 균혈증; {V:L1} {압박골절}."
            ),
            ko(
                "특징: 오른쪽 뺨의 화상 흉터, 왼쪽 손목에 나비 문신; 정맥 인증으로 투석실 출입. 김복순은 대구에서 유일한 여성 사과 경매사로 일했다."
            ),
            ko(
                "추석 연휴 다음 날 입원, 설날 전날 퇴원; 다음 외래 2024.11.07.(목). 며느리 최은영 씨가 대구은행에 다니며, 쏘나타 27나 4417로 모셔 옵니다. 카카오톡 ID boksoon_1930, 이메일 boksoon30@naver.com, 아이피 211.36.141.72."
            ),
            ko(
                "투석기 Fresenius 5008S 일련번호 5KRA41772; 증명사진 파일 KakaoTalk_20240312_094417.jpg; 여권 영문명 KIM BOKSOON, 옛 차트에는 Kim Pok-sun, 서명란에는 김 복 순; {E:알포트 증후군} 아님; {S:찰슨 동반질환 지수} {X:7}; {G:PKD1} 변이 없음."
            ),
        ],
        planted=[
            ("name/recorded in Hangul before 님 (phrase)", "김복순"),
            ("age over 89/Korean native numerals", "아흔네 살"),
            ("age over 89/Korean 만 NN세", "만 94세"),
            ("date/birth in Korean", "1930년 5월 5일생"),
            ("geographic/city and township of birth", "안동시 풍천면"),
            ("medical record number/hospital prefix", "KNUH 24-0041772"),
            (
                "geographic/road address with apartment dong and ho",
                "수성구 달구벌대로 2417, 103동 1504호",
            ),
            ("geographic/Korean postcode after 우", "우 42250"),
            ("telephone/KR mobile", "010-4417-2283"),
            ("telephone/KR Daegu landline", "053-741-2290"),
            ("fax/KR after 팩스", "053-741-2299"),
            ("name/son before 씨 (phrase)", "박정호"),
            ("social security number/resident registration number", "300505-2417728"),
            ("health plan number/national health insurance card", "5-2081937746"),
            ("name/doctor before 교수 (phrase)", "이수진"),
            ("licence number/Korean medical licence 제 호", "제 88417호"),
            ("geographic/hospital branch named after a district", "경북대학교병원 칠곡분원"),
            ("other unique identifier/burn scar in Korean", "오른쪽 뺨의 화상 흉터"),
            ("other unique identifier/tattoo in Korean", "왼쪽 손목에 나비 문신"),
            ("biometric identifier/vein authentication in Korean", "정맥 인증"),
            (
                "other unique identifier/occupation unique in Korean",
                "대구에서 유일한 여성 사과 경매사",
            ),
            ("date/day after Chuseok in Korean", "추석 연휴 다음 날"),
            ("date/eve of Lunar New Year in Korean", "설날 전날"),
            ("date/dotted with a weekday", "2024.11.07.(목)"),
            ("name/daughter-in-law before 씨 (phrase)", "최은영"),
            ("name/employer a bank glued to a particle", "대구은행"),
            ("vehicle identifier/Korean plate", "27나 4417"),
            ("url/KakaoTalk ID", "boksoon_1930"),
            ("email/Korean portal", "boksoon30@naver.com"),
            ("ip address/IPv4 KR", "211.36.141.72"),
            ("device identifier/dialysis machine serial 일련번호", "5KRA41772"),
            ("full-face photograph/ID photo file name", "KakaoTalk_20240312_094417.jpg"),
            ("name/recorded romanised in capitals", "KIM BOKSOON"),
            ("name/McCune-Reischauer romanisation", "Kim Pok-sun"),
            ("name/spaced Hangul syllables (phrase)", "김 복 순"),
        ],
    ),
]

# Clinical prose with no identifier in it, in every language of the patients: each term
# braced must survive, and every other word is ordinary language.
TERM_NOTES: list[Note] = [
    sw(
        "{E:Ugonjwa wa Fabry} ({G:GLA}): {D:agalsidase beta} ({D:Fabrazyme}) {X:1 mg/kg} kila wiki mbili; {L:protini kwenye mkojo} {X:1.2 g/siku}; {M:MRI ya moyo}; {O:Schistosoma mansoni} hakuna; {V:L5-S1}."
    ),
    sw(
        "{malaria kali} na {AKI}: {O:Plasmodium falciparum} {X:8%}; {D:artesunate} {X:2.4 mg/kg}; {L:bilirubini} {X:96 µmol/L}; {M:hemodialisisi} vikao vitatu; {S:KDIGO} hatua ya tatu."
    ),
    ke(
        "{O:Schistosoma haematobium} with {obstructive uropathy}; {D:praziquantel} ({D:Biltricide}) {X:40 mg/kg}; {L:urine microscopy} ova seen; {M:CT urogram}; {E:Whitaker test} not done; {G:APOL1} G1/G1; {S:CKD-EPI 2021} eGFR {X:24 mL/min/1.73 m²}."
    ),
    ke(
        "{HIV-associated nephropathy}: {D:tenofovir alafenamide} ({D:Vemlidy}) {X:25 mg}; {D:dolutegravir} {X:50 mg}; {L:CD4 count} {X:180 cells/µL}; {O:Cryptococcus neoformans} antigen negative; {V:T11-T12} {spondylodiscitis} on {M:MRI}; {E:Pott disease}."
    ),
    ta(
        "{E:ஆல்போர்ட் நோய்க்குறி} ({G:COL4A5}); {D:ராமிப்ரில்} {X:5 mg}; {L:சிறுநீர் புரதம்} {X:1.5 g/நாள்}; {M:சிறுநீரக திசு ஆய்வு}; {V:L4-L5}."
    ),
    ta(
        "{O:லெப்டோஸ்பைரா} காய்ச்சல் மற்றும் {AKI}; {D:பென்சிலின் ஜி} {X:15 லட்சம் அலகு}; {L:பிலிரூபின்} {X:6.2 mg/dL}; {E:வீல் நோய்}; {M:ஹீமோடயாலிசிஸ்}."
    ),
    inn(
        "{E:Kimmelstiel-Wilson} lesions; {D:dapagliflozin} ({D:Forxiga}) {X:10 mg}; {D:telmisartan} ({D:Telma}) {X:40 mg}; {L:UACR} {X:640 mg/g}; {S:KDIGO G4 A3}; {O:Burkholderia pseudomallei} abscess excluded on {M:ultrasound}."
    ),
    inn(
        "{snake-bite AKI} after {O:Daboia russelii} envenomation: {D:anti-snake venom} {X:10 vials}; {L:20-minute whole blood clotting test} prolonged; {L:LDH} {X:1840 U/L}; {M:haemodialysis}; {E:Virchow triad} absent; {V:C5/C6}."
    ),
    th(
        "{E:กลุ่มอาการอัลพอร์ต}; {D:ลอซาร์แทน} {X:50 มก.}; {L:ครีเอตินิน} {X:2.4 mg/dL}; {M:การตัดชิ้นเนื้อไต}; {O:Burkholderia pseudomallei}; {V:T12}"
    ),
    th(
        "{โรคไตจากเบาหวาน}; {D:เอ็มพาจลิโฟลซิน} ({D:จาร์เดียนซ์}) {X:10 มก.}; {L:HbA1c} {X:8.2%}; {M:อัลตราซาวด์ไต}; {S:KDIGO G3b}"
    ),
    enth(
        "{O:Orientia tsutsugamushi} {scrub typhus} with {AKI}; {D:doxycycline} {X:100 mg} BD; {L:platelets} {X:62 ×10⁹/L}; {E:Weil-Felix} OX-K positive; {G:HLA-B*58:01} positive before {D:allopurinol}; {V:L2}."
    ),
    es(
        "{E:síndrome de Goodpasture}: {L:anti-MBG} {X:180 UI/mL}; {M:plasmaféresis} {X:7 sesiones}; {D:ciclofosfamida} ({D:Endoxan}) {X:2 mg/kg}; {D:metilprednisolona} {X:1 g}; {S:BVAS} {X:16}; {V:D12-L1}."
    ),
    es(
        "{bartonelosis} ({O:Bartonella bacilliformis}, {E:enfermedad de Carrión}) con {lesión renal aguda}; {D:ciprofloxacino} {X:500 mg} cada 12 h; {L:hematocrito} {X:18%}; {M:ecografía renal}; {G:PKD2} sin variantes."
    ),
    qu(
        "{D:Losartan} {X:50 mg} sapa p'unchay; {L:creatinina} {X:2,1 mg/dL}; {M:ecografía}; {O:Leptospira} mana kanchu."
    ),
    hu(
        "{E:Alport-szindróma} ({G:COL4A3}); {D:ramipril} ({D:Tritace}) {X:5 mg}; {L:albuminuria} {X:820 mg/g}; {M:vesebiopszia}; {S:Oxford MEST-C} M1 E0 S1 T1; {V:C6-C7}."
    ),
    hu(
        "{hantavírus-nefropátia}: {O:Puumala-vírus} IgM pozitív; {L:thrombocyta} {X:41 G/l}; {D:ceftriaxon} {X:2 g}; {M:hasi CT}; {E:Henoch-Schönlein purpura} kizárva; {V:Th8}."
    ),
    fa(
        "{E:سندرم آلپورت} ({G:COL4A5})؛ {D:لوزارتان} {X:۵۰ میلی‌گرم}؛ {L:پروتئین ادرار} {X:۱٫۸ گرم در روز}؛ {M:بیوپسی کلیه}؛ {V:L3-L4}."
    ),
    fa(
        "{تب مدیترانه‌ای خانوادگی} ({G:MEFV})؛ {D:کلشی‌سین} {X:۱ میلی‌گرم}؛ {L:آمیلوئید A سرم} بالا؛ {E:رنگ‌آمیزی کنگو رد} مثبت؛ {S:Tel Hashomer} {X:۸}؛ {O:Brucella melitensis} منفی."
    ),
    fi(
        "{E:Alportin oireyhtymä}; {G:NPHS1} ja suomalaistyyppinen {kongenitaalinen nefroosi}; {D:enalapriili} {X:5 mg}; {L:U-Alb/Krea} {X:120 mg/mmol}; {M:munuaisbiopsia}; {V:L1-L2}."
    ),
    fi(
        "{myyräkuume}: {O:Puumala-virus} IgM positiivinen; {L:B-Trom} {X:38 E9/l}; {L:P-Krea} {X:412 µmol/l}; {D:parasetamoli} {X:1 g}; {M:vatsan ultraääni}; {S:SOFA} {X:5}."
    ),
    sv(
        "{sorkfeber} med {akut njurskada}: {O:Puumalavirus}; {L:kreatinin} {X:388 µmol/l}; {D:furosemid} ({D:Furix}) {X:40 mg}; {M:ultraljud}; {E:Fanconis syndrom} uteslutet; {V:Th10}."
    ),
    vi(
        "{E:Hội chứng Alport} ({G:COL4A4}); {D:losartan} {X:50 mg}; {L:protein niệu} {X:2,1 g/24 giờ}; {M:sinh thiết thận}; {O:Leptospira interrogans}; {V:L5-S1}."
    ),
    vi(
        "{sốt xuất huyết Dengue} có {tổn thương thận cấp}; {O:virus Dengue} NS1 dương tính; {L:tiểu cầu} {X:28 G/L}; {D:paracetamol} {X:500 mg}; {M:lọc máu liên tục}; {S:SOFA} {X:7}."
    ),
    mg(
        "{Aretin'ny voa} noho ny {O:Schistosoma haematobium}; {D:praziquantel} {X:40 mg/kg}; {L:créatinine} {X:230 µmol/l}; {M:échographie}; {V:L3}."
    ),
    frmg(
        "{glomérulonéphrite post-streptococcique} : {O:Streptococcus pyogenes} ; {L:ASLO} {X:800 UI/ml} ; {L:C3} {X:0,3 g/l} ; {D:amoxicilline} {X:1 g} ; {D:furosémide} ({D:Lasilix}) {X:40 mg} ; {M:biopsie rénale} ; {E:maladie de Berger} exclue ; {S:score de Glasgow} {X:15} ; {V:T6}."
    ),
    enmg(
        "{plague} suspected: {O:Yersinia pestis} F1 antigen negative; {D:streptomycin} reduced to {X:15 mg/kg}; {L:creatinine clearance} by {E:Cockcroft-Gault} {X:28 mL/min}; {M:chest X-ray}; {G:G6PD} deficiency excluded."
    ),
    ko(
        "{E:알포트 증후군} ({G:COL4A3}); {D:로사르탄} ({D:코자}) {X:50 mg}; {L:단백뇨} {X:1.9 g/일}; {M:신장 조직검사}; {V:L4-L5}."
    ),
    ko(
        "{신증후군 출혈열}: {O:한탄바이러스} IgM 양성; {L:혈소판} {X:35,000/µL}; {D:리바비린} 미사용; {M:지속적 신대체요법}; {S:SOFA} {X:6}; {E:헤노흐-쇤라인 자반증} 배제."
    ),
]
