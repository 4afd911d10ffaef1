# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A thirteenth held-out corpus (2026-12-03), written by an outside examiner (branch
``examiner13``) before it was run against anything, and never shown to the de-identifier's
authors.

Ten synthetic nephrology patients (AKI from vancomycin and piperacillin-tazobactam,
methotrexate with trimethoprim, herbal remedies and diclofenac, zoledronic acid,
metformin and contrast, a gentamicin course for brucellosis, NSAID and ACE inhibitor
hyperkalaemia with rhabdomyolysis, leptospirosis, tacrolimus toxicity after a transplant,
a Gujarati patient's NSAIDs and ayurvedic powders).

Part A (the settings most users write in): Dayton, Ohio (en-US); Galway (en-IE, with an
en-GB letter); Ibadan (en-NG); Granada (es); Freiburg im Breisgau (de, with a French
letter from Strasbourg).

Part B (regions and languages no earlier held-out corpus used): Surat, Gujarat (Gujarati
script and Gujarati digits, the Vikram Samvat calendar, and the English of Gujarat); Osh,
Kyrgyzstan (Kyrgyz in Cyrillic, and the English of Kyrgyzstan); Willemstad, Curaçao
(Papiamentu, a creole, and the Dutch of Curaçao); Curepipe, Mauritius (Mauritian Creole
and the French of Mauritius); Dokkum, Friesland (West Frisian, a minority language).

Shapes: discharge summaries, referral letters, patient-portal and WhatsApp messages,
transcribed phone calls, pasted lab reports, e-mail headers, insurance lines, audit logs.

Every person, number and address is invented (real town and street names are used as
places, never with a real person; 555 telephone numbers where a country has them).

The format is heldout4's to heldout12's: each ``Note`` is one free-text field in one
language; clinical terms that must survive are braced with a category letter
(``CATEGORIES``); planted identifiers are listed per patient as ``(kind, text)``, the kind
being ``"<Safe Harbor kind>/<form>"``; a kind marked ``(phrase)`` is measured as a whole.
Every other word is an ordinary word of the note's language. ``DESCRIBED`` lists the words
that describe a planted unique feature; ``PARTICLES`` the particles of names, whose
survival alone is counted apart. ``PART_A`` and ``PART_B`` are the patients' indices.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient
from tests.privacy.heldout7.corpus import _in  # a note in one language

__all__ = [
    "CATEGORIES",
    "DESCRIBED",
    "HELDOUT13",
    "PARTICLES",
    "PART_A",
    "PART_B",
    "TERM_NOTES",
    "Note",
    "Patient",
]

us = _in("en-US")
ie, gb = (_in(x) for x in ("en-IE", "en-GB"))
ng = _in("en-NG")
es = _in("es")
de, fr = (_in(x) for x in ("de", "fr"))
gu, engj = (_in(x) for x in ("gu", "en-IN-GJ"))
ky, enkg = (_in(x) for x in ("ky", "en-KG"))
pap, nlcw = (_in(x) for x in ("pap", "nl-CW"))
mfe, frmu = (_in(x) for x in ("mfe", "fr-MU"))
fy, nl = (_in(x) for x in ("fy", "nl"))

ZW = "\u200b"

PARTICLES = {"ní", "mac", "de", "van", "der", "ben", "la", "del"}

DESCRIBED: list[str] = [
    "hummingbird tattoo over the left ankle with the name of her late husband",
    "the only woman who has raced a currach at the Ballyvaughan regatta",
    "port-wine birthmark across the right side of her neck",
    "three vertical pele tribal marks on each cheek",
    "tatuaje de la Virgen de las Angustias en el antebrazo derecho",
    "lunar grande en forma de fresa en la frente",
    "Feuermal über dem linken Auge",
    "ડાબા હાથ પર ૐ નું છૂંદણું",
    "сол бетинде чоң кара кал",
    "un tatuahe di un barku di piska riba su skouder drechi",
    "enn gran sikatris lor so lazou gos",
    "in tatoeaazje fan in Fryske flagge mei pompeblêden op it skouder",
]

HELDOUT13: list[Patient] = [
    # 1. Dayton, Ohio (en-US): vancomycin and piperacillin-tazobactam AKI after cellulitis
    Patient(
        name="Ivy Summers",
        mrn="00-481-2297",
        birth="1930-02-14",
        notes=[
            us(
                "DISCHARGE SUMMARY | Patient: SUMMERS, IVY M. | MRN 00-481-2297 | DOB 02/14/1930 | Age: 94 y | Admit 3/2/2024, discharge 3/9/2024 | Attending: Gerald Okonkwo-Price, MD | Medicare MBI 4TW8-JK3-QX71 | Acct# 7730019284. Admitted with {A:cellulitis} of the left leg, treated with {D:vancomycin} {X:1.25 g} IV q12h and {D:piperacillin-tazobactam} {X:4.5 g} q6h; {L:serum creatinine} rose to {X:3.4 mg/dL} from a baseline of {X:0.9 mg/dL}; {L:vancomycin trough} {X:31 mcg/mL}; {S:KDIGO stage 3} {A:acute kidney injury}."
            ),
            us(
                "Portal message from ivy.summers1930 (at) gmail (dot) com, sent 03/15/24 8:42 PM: hi its Ivy, my granddaughter Brooklynn Rae is typing this for me. can i still take my {D:Lasix} {X:40 mg}? my feet are swelling again. call me at (937) 555-0148 or her cell 937.555.0193. we are at 2218 Salem Ave Apt 3B, Dayton OH 45406."
            ),
            us(
                "Nephrology consult: ninety-four year old woman, retired after 38 years on the payroll desk of the Mead paper mill, widowed, drives her own Buick (Ohio plate HJX 4471). SSN 512 44 9037; Ohio driver license RT448812. {M:Renal ultrasound}: {A:bilateral echogenic kidneys}, no {A:hydronephrosis}. {L:Potassium} {X:5.8 mEq/L}, {L:BUN} {X:62 mg/dL}. Known {V:L4-L5} {A:spinal stenosis} on {D:gabapentin} {X:300 mg} at night, renally dosed. Dual-chamber pacemaker, Medtronic serial PJN612884H."
            ),
            us(
                "Phone call 03/20/2024 10:05, transcribed: daughter-in-law Consuelo Ybarra-Summers (health care POA) called from her desk at the Kettering Health billing office; asked us to fax the MOLST to 937-555-0177. She says the patient has a hummingbird tattoo over the left ankle with the name of her late husband, Harold, in case she wanders again. Discussed {A:hyperkalemia}, started {D:patiromer} {X:8.4 g} daily; family declines {M:hemodialysis}."
            ),
            us(
                "LAB REPORT — Specimen 24-067-00812, collected 03/22/2024 06:10. Ordering provider: Priya Venkataraman DO, NPI 1730284459. {L:Creatinine} {X:2.1 mg/dL} (H); {L:eGFR} {X:21 mL/min/1.73m2}; {L:Sodium} {X:134 mmol/L}; {L:Bicarbonate} {X:18 mmol/L}; {L:Hemoglobin} {X:9.8 g/dL}; {L:urine protein/creatinine ratio} {X:0.6 g/g}; {A:granular casts} on {M:urine microscopy}."
            ),
            us(
                "Audit: chart opened from 10.42.118.7 by user pvenkat; patient photo sum_ivy_face_2024.jpg attached to the banner; portal link https://mychart.example-dayton.org/patient/isummers30 sent. Right index fingerprint template FP-OH-220931 enrolled at the pharmacy kiosk. Plan: hold {D:lisinopril}, avoid {D:NSAIDs}, {D:cefazolin} {X:1 g} q24h if the infection recurs, repeat {L:creatinine} in one week."
            ),
        ],
        planted=[
            ("name/recorded inverted, capitals", "SUMMERS, IVY M."),
            ("medical record number/header", "00-481-2297"),
            ("date/birth US", "02/14/1930"),
            ("age over 89/digits and y", "Age: 94 y"),
            ("date/admission", "3/2/2024"),
            ("date/discharge", "3/9/2024"),
            ("name/clinician with MD", "Gerald Okonkwo-Price"),
            ("health plan number/Medicare MBI", "4TW8-JK3-QX71"),
            ("account number/hospital", "7730019284"),
            ("email/obfuscated (at) (dot)", "ivy.summers1930 (at) gmail (dot) com"),
            ("date/short US", "03/15/24"),
            ("name/given alone, ordinary word", "Ivy"),
            ("name/relative, granddaughter", "Brooklynn Rae"),
            ("telephone/US parentheses", "(937) 555-0148"),
            ("telephone/US dots", "937.555.0193"),
            ("geographic/street address", "2218 Salem Ave Apt 3B"),
            ("geographic/city", "Dayton"),
            ("geographic/ZIP", "45406"),
            ("age over 89/words", "ninety-four year old"),
            ("other unique identifier/employer (phrase)", "payroll desk of the Mead paper mill"),
            ("vehicle identifier/plate", "HJX 4471"),
            ("social security number/spaced", "512 44 9037"),
            ("licence number/driver", "RT448812"),
            ("device identifier/pacemaker serial", "PJN612884H"),
            ("date/phone call", "03/20/2024"),
            ("name/relative, daughter-in-law", "Consuelo Ybarra-Summers"),
            (
                "other unique identifier/employer of relative (phrase)",
                "Kettering Health billing office",
            ),
            ("fax/US", "937-555-0177"),
            ("other unique identifier/tattoo (phrase)", "hummingbird tattoo over the left ankle"),
            ("name/late husband", "Harold"),
            ("other unique identifier/specimen accession", "24-067-00812"),
            ("date/collected", "03/22/2024"),
            ("name/clinician DO", "Priya Venkataraman"),
            ("licence number/NPI", "1730284459"),
            ("ip address/audit", "10.42.118.7"),
            ("name/clinician login", "pvenkat"),
            ("full-face photograph/banner photo file", "sum_ivy_face_2024.jpg"),
            ("url/portal", "https://mychart.example-dayton.org/patient/isummers30"),
            ("biometric identifier/fingerprint template", "FP-OH-220931"),
        ],
    ),
    # 2. Galway (en-IE) with a letter from Belfast (en-GB): methotrexate with trimethoprim
    Patient(
        name="Síle Ní Fhlatharta",
        mrn="GUH 0448127",
        birth="1933-02-01",
        notes=[
            ie(
                "Re: Síle Ní Fhlatharta, DOB 01/02/1933, MRN GUH 0448127, 14 Bóthar na Trá, Knocknacarra, Galway H91 E2K7. Ninety-one years young and still sharp. Referred by her GP Fergal Mac Giolla Phádraig (IMC 40871) with {A:pancytopenia} and {A:acute kidney injury} on {D:methotrexate} {X:15 mg} weekly for {A:rheumatoid arthritis}, after a course of {D:trimethoprim} {X:200 mg} BD for a {A:urinary tract infection}; {O:Escherichia coli} in the MSU."
            ),
            ie(
                "Bloods on the 3rd of March: {L:creatinine} {X:289 µmol/L}, {L:WCC} {X:1.2 x10^9/L}, {L:platelets} {X:38 x10^9/L}, {L:methotrexate level} {X:0.9 µmol/L} at 72 h. Given {D:folinic acid} {X:15 mg} 6-hourly and {D:glucarpidase} was discussed with the National Poisons Information Centre. Medical card (GMS) 0412877L; PPSN 7654321WA."
            ),
            ie(
                "Social: widowed, lives alone since her son Pádraic moved to Boston; her niece, Sheila Flaherty-Joyce, the district nurse, calls daily on 087 219 4406 (landline 091 524 883). Known locally as the only woman who has raced a currach at the Ballyvaughan regatta. Drives a 2013 Yaris, reg 132-G-1487. Worked 40 years in the ticket office of the Aran Island ferries."
            ),
            gb(
                "Letter from the Belfast City Hospital renal unit, 12 March 2024, Dr Oonagh McCaughey, GMC 7049913: we saw Mrs Sheila Flaherty (sic, the name on our system) when she was visiting family in 2019; she had {A:minimal change disease} treated with {D:prednisolone} {X:60 mg}; {M:renal biopsy} at that time showed normal glomeruli on {M:light microscopy} and {A:foot process effacement} on {M:electron microscopy}. H&C number 332 190 4471."
            ),
            ie(
                "Email from sile.niflatharta[at]eircom[.]net to renal.unit@hse.example.ie, Tue 19/03/2024 07:14: 'Doctor, I have the tablets in the blister pack now, my neighbour Bríd Uí Chonghaile fills it on a Sunday. The bruises on my arms are better.' Photo of her face for the pack: photo_sile_nif.jpeg. Her blog is at www.facebook.com/sile.currach.knock."
            ),
            ie(
                "Clinic review: {L:creatinine} {X:142 µmol/L}, {L:neutrophils} {X:2.8 x10^9/L}; {D:methotrexate} stopped for good, {D:hydroxychloroquine} {X:200 mg} daily instead; {M:DEXA} and {A:osteoporosis} review; {D:alendronic acid} held while {L:eGFR} is below {X:35 mL/min}."
            ),
        ],
        planted=[
            ("name/recorded, Irish with particle", "Síle Ní Fhlatharta"),
            ("date/birth, day first", "01/02/1933"),
            ("medical record number/hospital", "GUH 0448127"),
            ("geographic/street in Irish", "14 Bóthar na Trá"),
            ("geographic/suburb", "Knocknacarra"),
            ("geographic/city", "Galway"),
            ("geographic/Eircode", "H91 E2K7"),
            ("age over 89/words, sentence start", "Ninety-one years young"),
            ("name/clinician GP, Irish", "Fergal Mac Giolla Phádraig"),
            ("licence number/IMC", "IMC 40871"),
            ("date/ordinal", "3rd of March"),
            ("health plan number/medical card", "0412877L"),
            ("social security number/PPSN", "7654321WA"),
            ("name/son", "Pádraic"),
            ("name/niece", "Sheila Flaherty-Joyce"),
            ("telephone/Irish mobile", "087 219 4406"),
            ("telephone/Irish landline", "091 524 883"),
            (
                "other unique identifier/currach racer (phrase)",
                "only woman who has raced a currach at the Ballyvaughan regatta",
            ),
            ("vehicle identifier/Irish registration", "132-G-1487"),
            (
                "other unique identifier/employer (phrase)",
                "ticket office of the Aran Island ferries",
            ),
            ("date/letter", "12 March 2024"),
            ("name/clinician UK", "Oonagh McCaughey"),
            ("licence number/GMC", "GMC 7049913"),
            ("name/recorded anglicised, misspelt", "Sheila Flaherty"),
            ("health plan number/H&C number", "332 190 4471"),
            ("email/obfuscated brackets", "sile.niflatharta[at]eircom[.]net"),
            ("date/email header", "19/03/2024"),
            ("name/neighbour, married Irish form", "Bríd Uí Chonghaile"),
            ("full-face photograph/file", "photo_sile_nif.jpeg"),
            ("url/social", "www.facebook.com/sile.currach.knock"),
        ],
    ),
    # 3. Ibadan (en-NG): herbal remedy and diclofenac AKI
    Patient(
        name="Comfort Oyelaran",
        mrn="UCH/NEP/2024/00871",
        birth="1931-06-17",
        notes=[
            ng(
                "UNIVERSITY COLLEGE HOSPITAL, RENAL UNIT. Name: Mrs Comfort Oyelaran (née Adegoke). Hosp No: UCH/NEP/2024/00871. Age: 92yrs. Address: Plot 14, Ring Road, Oluyole Estate, Ibadan, Oyo State. NOK: son, Gift Oyelaran, 0803 412 7789. Presented with {A:oliguria} and vomiting after taking {A:agbo jedi} bitters and {D:diclofenac} {X:75 mg} twice daily from a patent medicine store for knee pain."
            ),
            ng(
                "On examination: three vertical pele tribal marks on each cheek, {A:pedal oedema}, BP {X:180/100 mmHg}. {L:Serum creatinine} {X:612 µmol/L}, {L:urea} {X:31 mmol/L}, {L:potassium} {X:6.4 mmol/L}; {M:abdominal ultrasound}: kidneys {X:9.8 cm} bilaterally. {O:Plasmodium falciparum} on {M:thick film}; {D:artesunate} {X:2.4 mg/kg} IV given. Plan {M:haemodialysis} via right {A:internal jugular catheter}."
            ),
            ng(
                "WhatsApp from +234 (0)705 118 2290 on 14/3/2024: 'Good morning Doc, this is Ronke, Mama's grand-daughter. Mama's NIN is 201 8473 6625 and her NHIS number is NHIS/OYO/22/004518, the HMO is asking. The driver that brought her, his car is IBD 482 XY. God bless you sir.'"
            ),
            ng(
                "Seen by Ayodeji Fashola (SR, MDCN/R/41822) with Prof. Folake Adebanjo-Ige on ward round, Thursday 21-03-2024. Mama Comfort retired from the Cocoa House typing pool in 1987. Her old pastor, Ebenezer Ajala, visited. {L:Creatinine} improving to {X:214 µmol/L} off dialysis; {A:acute interstitial nephritis} suspected; {D:prednisolone} {X:40 mg} started; {L:urine eosinophils} positive."
            ),
            ng(
                "Discharge note: account 2210-4471-09 settled by transfer from Zenith account 1004871236. Follow up in the renal clinic. Send summary by e-mail to gift.oyelaran AT yahoo DOT co DOT uk. Her photograph for the clinic card: IMG_COYEL_0321.jpg. Tablet {D:amlodipine} {X:10 mg}, {D:calcium carbonate} {X:500 mg} TDS, avoid {D:NSAIDs} and herbal mixtures."
            ),
            ng(
                "Nurse's note: BP machine serial OM-HEM7156-48821 lent to family. Biometric check-in at the HMO office by left thumbprint, template ID TPL-88412-OY. She speaks Yoruba and says she was born on the day of the Ileya festival in 1931. {L:Haemoglobin} {X:8.1 g/dL}, {D:erythropoietin} {X:4000 IU} weekly."
            ),
        ],
        planted=[
            ("name/recorded, ordinary word given name", "Comfort Oyelaran"),
            ("name/maiden", "Adegoke"),
            ("medical record number/hospital number", "UCH/NEP/2024/00871"),
            ("age over 89/digits yrs", "92yrs"),
            ("geographic/plot address", "Plot 14, Ring Road"),
            ("geographic/estate", "Oluyole Estate"),
            ("geographic/city", "Ibadan"),
            ("name/son, ordinary word", "Gift Oyelaran"),
            ("telephone/Nigerian mobile", "0803 412 7789"),
            (
                "other unique identifier/pele marks (phrase)",
                "three vertical pele tribal marks on each cheek",
            ),
            ("telephone/international with (0)", "+234 (0)705 118 2290"),
            ("date/day first, no zero", "14/3/2024"),
            ("name/granddaughter", "Ronke"),
            ("social security number/NIN spaced", "201 8473 6625"),
            ("health plan number/NHIS", "NHIS/OYO/22/004518"),
            ("vehicle identifier/Oyo plate", "IBD 482 XY"),
            ("name/clinician senior registrar", "Ayodeji Fashola"),
            ("licence number/MDCN", "MDCN/R/41822"),
            ("name/professor", "Folake Adebanjo-Ige"),
            ("date/dashes", "21-03-2024"),
            ("name/given alone after a kinship word", "Comfort"),
            ("other unique identifier/employer (phrase)", "Cocoa House typing pool"),
            ("name/pastor", "Ebenezer Ajala"),
            ("account number/hospital bill", "2210-4471-09"),
            ("account number/bank", "1004871236"),
            ("email/obfuscated AT DOT", "gift.oyelaran AT yahoo DOT co DOT uk"),
            ("full-face photograph/file", "IMG_COYEL_0321.jpg"),
            ("device identifier/BP monitor serial", "OM-HEM7156-48821"),
            ("biometric identifier/thumbprint template", "TPL-88412-OY"),
            ("date/birth by festival (phrase)", "born on the day of the Ileya festival in 1931"),
        ],
    ),
    # 4. Granada (es): zoledronic acid and dexketoprofen AKI
    Patient(
        name="María Dolores Puerta Sol",
        mrn="NUHSA AN0418812297",
        birth="1930-08-15",
        notes=[
            es(
                "INFORME DE ALTA. Paciente: Puerta Sol, María Dolores. NUHSA AN0418812297. DNI 44.582.913-K. Fecha de nacimiento: 15-VIII-1930 (noventa y tres años). Domicilio: C/ Recogidas, 27, 3.º B, 18005 Granada. Ingresa el 3 de marzo de 2024 por {A:fracaso renal agudo} tras la infusión de {D:ácido zoledrónico} {X:5 mg} por {A:osteoporosis} y {D:dexketoprofeno} {X:25 mg} cada 8 horas por dolor lumbar ({A:aplastamiento vertebral} de {V:L1})."
            ),
            es(
                "Analítica: {L:creatinina} {X:3,8 mg/dl} (basal {X:1,1 mg/dl}), {L:calcio corregido} {X:7,6 mg/dl}, {L:fósforo} {X:2,1 mg/dl}, {L:proteinuria} {X:1,4 g/24 h}. {M:Ecografía renal}: riñones de tamaño normal, sin {A:hidronefrosis}. Se sospecha {A:necrosis tubular aguda} por {A:bifosfonatos}. Seguridad Social n.º 18/04412783/55."
            ),
            es(
                "Llamada telefónica (transcrita), 7/3/24: su hija Amparo, que trabaja en la fábrica de Cervezas Alhambra de la avenida de Murcia, pregunta por la medicación. Teléfono fijo 958 21 44 80, móvil 655 41 22 09. Dice que a su madre la reconocen todos en el Realejo por el lunar grande en forma de fresa en la frente y que es la última pregonera viva de la Semana Santa del barrio."
            ),
            es(
                "Interconsulta a Nefrología firmada por Rafael Ocaña Moreno (n.º colegiado 181804455) el 05/03/2024: {M:biopsia renal} no indicada; {D:sueroterapia} con {D:suero fisiológico} {X:1500 ml/día}; suspender {D:omeprazol}; {D:calcitriol} {X:0,25 µg} al día. Portadora de marcapasos Boston Scientific, n.º de serie 718224. Tatuaje de la Virgen de las Angustias en el antebrazo derecho."
            ),
            es(
                "Correo de mdpuerta arroba telefonica punto net (IP 83.44.201.19), 12 mar 2024: «Soy Lola, la de la cama 14. ¿Me pueden mandar el informe? Mi nieto Hugo Puerta pasa a recogerlo en el coche, matrícula 4471 KMB». Foto de la tarjeta: foto_cara_mdpuerta.png. Cuenta bancaria para el copago ES21 0049 1820 4427 1066 3318."
            ),
            es(
                "Revisión en consulta: {L:creatinina} {X:1,6 mg/dl}, {L:filtrado glomerular} {X:29 ml/min/1,73 m²} ({S:CKD-EPI}); {L:PTH} {X:88 pg/ml}; {L:25-OH vitamina D} {X:14 ng/ml}. Se sustituye el {D:ácido zoledrónico} por {D:denosumab} {X:60 mg} semestral con {D:colecalciferol} {X:25.000 UI} mensual; control de {L:calcemia} a la semana."
            ),
        ],
        planted=[
            ("name/recorded surname first, ordinary words", "Puerta Sol, María Dolores"),
            ("medical record number/NUHSA", "AN0418812297"),
            ("social security number/DNI", "44.582.913-K"),
            ("date/birth Roman month", "15-VIII-1930"),
            ("age over 89/words", "noventa y tres años"),
            ("geographic/street", "C/ Recogidas, 27, 3.º B"),
            ("geographic/postcode", "18005"),
            ("geographic/city", "Granada"),
            ("date/admission in words", "3 de marzo de 2024"),
            ("health plan number/Seguridad Social", "18/04412783/55"),
            ("date/short", "7/3/24"),
            ("name/daughter, ordinary word", "Amparo"),
            ("other unique identifier/employer (phrase)", "fábrica de Cervezas Alhambra"),
            ("telephone/Spanish landline", "958 21 44 80"),
            ("telephone/Spanish mobile", "655 41 22 09"),
            ("geographic/neighbourhood", "Realejo"),
            (
                "other unique identifier/birthmark (phrase)",
                "lunar grande en forma de fresa en la frente",
            ),
            (
                "other unique identifier/role (phrase)",
                "última pregonera viva de la Semana Santa del barrio",
            ),
            ("name/clinician", "Rafael Ocaña Moreno"),
            ("licence number/colegiado", "181804455"),
            ("date/day first", "05/03/2024"),
            ("device identifier/pacemaker serial", "n.º de serie 718224"),
            ("other unique identifier/tattoo (phrase)", "Tatuaje de la Virgen de las Angustias"),
            ("email/arroba punto", "mdpuerta arroba telefonica punto net"),
            ("ip address/e-mail header", "83.44.201.19"),
            ("date/abbreviated month", "12 mar 2024"),
            ("name/nickname of given name", "Lola"),
            ("name/grandson", "Hugo Puerta"),
            ("vehicle identifier/Spanish plate", "4471 KMB"),
            ("full-face photograph/file", "foto_cara_mdpuerta.png"),
            ("account number/IBAN", "ES21 0049 1820 4427 1066 3318"),
        ],
    ),
    # 5. Freiburg im Breisgau (de) with a letter from Strasbourg (fr): metformin and contrast
    Patient(
        name="Hildegard Vogel",
        mrn="UKF-2024-118723",
        birth="1932-11-09",
        notes=[
            de(
                "Arztbrief Nephrologie. Patientin: Vogel, Hildegard, geb. 09.11.1932 (einundneunzig Jahre), Fallnr. UKF-2024-118723, wohnhaft Habsburgerstraße 112, 79104 Freiburg im Breisgau. Aufnahme am 4. März 2024 mit {A:Laktatazidose} unter {D:Metformin} {X:1000 mg} 1-0-1 nach {M:CT-Angiographie} mit {D:Iomeprol} {X:100 ml}; {L:Laktat} {X:9,2 mmol/l}, {L:pH} {X:7,08}, {L:Kreatinin} {X:4,1 mg/dl}."
            ),
            de(
                "Versichertennr. M482119907 (AOK Baden-Württemberg), Tel. 0761 4471902, Handy 0171 5528 341. Tochter Gisela Kiefer-Vogel ist Bevollmächtigte. Frau Vogels Enkel fährt sie im Auto (Kennzeichen FR-HV 912) zur Dialyse. Früher Setzerin bei der Druckerei der Badischen Zeitung."
            ),
            de(
                "Verlauf: {M:Hämodialyse} über {A:Shaldon-Katheter} an drei Tagen; danach {L:Kreatinin} {X:1,9 mg/dl}, {L:eGFR} {X:24 ml/min/1,73 m²}. {A:Diabetes mellitus Typ 2} jetzt mit {D:Insulin glargin} {X:10 IE} abends; {L:HbA1c} {X:7,4 %}. Bekannte {A:Spinalkanalstenose} {V:L3/L4}. Insulinpumpe nicht vorhanden; Hörgerät rechts, Seriennr. 5518-ACX-03. Feuermal über dem linken Auge."
            ),
            fr(
                "Courrier des Hôpitaux Universitaires de Strasbourg, le 28/02/2024, Dr Élodie Schaeffer (RPPS 10003456789) : nous avons vu Mme Vogel Hildegard, née Kiefer, en consultation de {A:néphropathie diabétique} ; {L:débit de filtration glomérulaire} {X:38 ml/min}, {L:microalbuminurie} {X:240 mg/g} ; nous avions conseillé de réduire la {D:metformine} à {X:500 mg} par jour."
            ),
            de(
                "E-Mail-Kopf: Von: g.kiefer-vogel(ät)web(punkt)de An: nephro-station@uniklinik.example.de Datum: Mi, 13.03.2024 18:22 IP 192.168.40.17. 'Liebe Station, anbei das Passbild von Mutti (passbild_hvogel.jpg) für den Dialyseausweis. Hausarzt ist Matthias Brenneisen, LANR 418732601.'"
            ),
            de(
                "Entlassung: {D:Metformin} abgesetzt, {D:Empagliflozin} erst ab {L:eGFR} über {X:30 ml/min}; {D:Ramipril} {X:2,5 mg} pausiert; Kontrolle von {L:Kalium} und {L:Bikarbonat} in einer Woche beim Hausarzt. Kontonummer für die Zuzahlung DE44 6805 0101 0012 4471 90."
            ),
        ],
        planted=[
            ("name/recorded inverted, ordinary word surname", "Vogel, Hildegard"),
            ("date/birth German", "09.11.1932"),
            ("age over 89/words", "einundneunzig Jahre"),
            ("medical record number/Fallnummer", "UKF-2024-118723"),
            ("geographic/street", "Habsburgerstraße 112"),
            ("geographic/postcode", "79104"),
            ("geographic/city", "Freiburg im Breisgau"),
            ("date/admission German words", "4. März 2024"),
            ("health plan number/KVNR", "M482119907"),
            ("telephone/German landline", "0761 4471902"),
            ("telephone/German mobile", "0171 5528 341"),
            ("name/daughter, double surname", "Gisela Kiefer-Vogel"),
            ("name/recorded possessive genitive", "Vogels"),
            ("vehicle identifier/German plate", "FR-HV 912"),
            ("other unique identifier/employer (phrase)", "Druckerei der Badischen Zeitung"),
            ("device identifier/hearing aid serial", "5518-ACX-03"),
            ("other unique identifier/port-wine stain (phrase)", "Feuermal über dem linken Auge"),
            ("date/French letter", "28/02/2024"),
            ("name/clinician French", "Élodie Schaeffer"),
            ("licence number/RPPS", "10003456789"),
            ("name/recorded French order", "Vogel Hildegard"),
            ("name/maiden, ordinary word", "Kiefer"),
            ("email/obfuscated ät punkt", "g.kiefer-vogel(ät)web(punkt)de"),
            ("date/e-mail header", "13.03.2024"),
            ("ip address/e-mail header", "192.168.40.17"),
            ("full-face photograph/passport photo file", "passbild_hvogel.jpg"),
            ("name/GP", "Matthias Brenneisen"),
            ("licence number/LANR", "LANR 418732601"),
            ("account number/IBAN", "DE44 6805 0101 0012 4471 90"),
        ],
    ),
    # 6. Surat, Gujarat (gu, en-IN-GJ): diclofenac and an ayurvedic bhasma
    Patient(
        name="Bhavnaben Desai",
        mrn="SMIMER/24/031187",
        birth="1931-09-16",
        notes=[
            gu(
                "દર્દી: ભાવનાબેન દેસાઈ, ઉંમર ૯૨ વર્ષ, રહેઠાણ: ૧૨, સરદાર સોસાયટી, અડાજણ, સુરત ૩૯૫૦૦૯. દાખલ તારીખ ૦૪/૦૩/૨૦૨૪. ઘૂંટણના દુખાવા માટે {D:ડાઇક્લોફેનાક} {X:૫૦ મિ.ગ્રા.} દિવસમાં બે વાર અને આયુર્વેદિક {A:રસ ભસ્મ} લીધા પછી {A:કિડની ફેલ્યોર}; {L:ક્રિએટિનિન} {X:5.6 mg/dL}, {L:પોટેશિયમ} {X:6.1 mEq/L}. {M:ડાયાલિસિસ} શરૂ."
            ),
            engj(
                "Referral from Nirav Shah, MD (GMC Reg. G-41872), Adajan, 05-Mar-2024: Mrs. Bhavnaben Desai, 92 yr old widow, Aadhaar 4821 7730 5196, PM-JAY ID GJ-PMJAY-4471-2290-18. {A:Acute kidney injury} on {A:chronic kidney disease} after {D:diclofenac} {X:50 mg} BD and {A:ras bhasma}; {L:blood lead level} {X:48 µg/dL}; {D:calcium disodium EDTA} considered. {M:USG KUB}: right kidney {X:8.9 cm}, {A:raised cortical echogenicity}."
            ),
            gu(
                "વોટ્સએપ સંદેશ: નમસ્તે ડૉક્ટર સાહેબ, હું હિતેશ દેસાઈ, બાનો દીકરો. મારો નંબર ૯૮૨૫૦ ૪૧૧૭૬ છે. બા બાણું વર્ષના છે, બાનો જન્મ વિ.સં. ૧૯૮૭ ના ભાદરવા સુદ પાંચમે થયો હતો. ઓળખ માટે: ડાબા હાથ પર ૐ નું છૂંદણું છે. બાને {D:ઇન્સ્યુલિન} કેટલું આપવું? {L:સુગર} {X:240 mg/dL} આવી."
            ),
            engj(
                "LAB REPORT | Lab ID L24-031187-SR | Patient: BHAVNABEN H DESAI | 92Y/F | Ref: Dr. Nirav Shah | Collected 06/03/2024 | Contact 0261-2478 315. {L:Serum Creatinine} {X:4.2 mg/dL}; {L:Blood Urea} {X:142 mg/dL}; {L:Serum Potassium} {X:5.4 mEq/L}; {L:Uric Acid} {X:9.1 mg/dL}; {L:Hb} {X:8.6 g/dL}; {L:urine albumin} {X:2+}; {O:Klebsiella pneumoniae} in {L:urine culture}, sensitive to {D:nitrofurantoin}."
            ),
            gu(
                "રજા સારાંશ: {L:ક્રિએટિનિન} {X:2.2 mg/dL} સુધી ઘટ્યું. {D:એમ્લોડિપિન} {X:૫ મિ.ગ્રા.} રોજ, {D:સોડિયમ બાયકાર્બોનેટ} {X:૫૦૦ મિ.ગ્રા.} દિવસમાં ત્રણ વાર. વાહન નંબર GJ-05-KP-4471. પુત્રનો ઈમેલ hitesh.desai82 at rediffmail dot com. ફોટો: bhavna_mukh_photo.jpg. બા પહેલાં વરાછાના હીરા કારખાનામાં કામ કરતાં."
            ),
            engj(
                "Portal log: report viewed from 117.203.44.18 via https://reports.example-surat.in/p/bhavnaben-desai-1931. Aadhaar face authentication token FA-GJ-7730-51 recorded at billing. Glucometer serial ACCU-GB-33190-7 issued. Refund to SBI a/c 30418827715. Plan: stop {D:diclofenac}, no {A:bhasma}, {D:paracetamol} {X:500 mg} SOS, {L:creatinine} and {L:potassium} weekly, {S:KDIGO} review in a month."
            ),
        ],
        planted=[
            ("name/recorded in Gujarati script (phrase)", "ભાવનાબેન દેસાઈ"),
            ("age over 89/Gujarati digits", "૯૨ વર્ષ"),
            ("geographic/society address, Gujarati digits", "૧૨, સરદાર સોસાયટી"),
            ("geographic/area in Gujarati", "અડાજણ"),
            ("geographic/city in Gujarati", "સુરત"),
            ("geographic/PIN in Gujarati digits", "૩૯૫૦૦૯"),
            ("date/admission in Gujarati digits", "૦૪/૦૩/૨૦૨૪"),
            ("name/clinician", "Nirav Shah"),
            ("licence number/GMC", "G-41872"),
            ("geographic/area in Latin", "Adajan"),
            ("date/abbreviated month", "05-Mar-2024"),
            ("name/recorded with Mrs.", "Bhavnaben Desai"),
            ("age over 89/yr old", "92 yr old"),
            ("social security number/Aadhaar spaced", "4821 7730 5196"),
            ("health plan number/PM-JAY", "GJ-PMJAY-4471-2290-18"),
            ("name/son in Gujarati (phrase)", "હિતેશ દેસાઈ"),
            ("telephone/Gujarati digits", "૯૮૨૫૦ ૪૧૧૭૬"),
            ("age over 89/Gujarati words", "બાણું વર્ષના"),
            ("date/birth Vikram Samvat (phrase)", "વિ.સં. ૧૯૮૭ ના ભાદરવા સુદ પાંચમે"),
            ("other unique identifier/tattoo in Gujarati (phrase)", "ડાબા હાથ પર ૐ નું છૂંદણું"),
            ("medical record number/lab ID", "L24-031187-SR"),
            ("name/recorded capitals with initial", "BHAVNABEN H DESAI"),
            ("age over 89/Y/F", "92Y/F"),
            ("date/collected", "06/03/2024"),
            ("telephone/landline STD code", "0261-2478 315"),
            ("vehicle identifier/Gujarat plate", "GJ-05-KP-4471"),
            ("email/obfuscated at dot", "hitesh.desai82 at rediffmail dot com"),
            ("full-face photograph/file", "bhavna_mukh_photo.jpg"),
            ("other unique identifier/employer in Gujarati (phrase)", "વરાછાના હીરા કારખાનામાં"),
            ("ip address/portal", "117.203.44.18"),
            ("url/portal with name", "https://reports.example-surat.in/p/bhavnaben-desai-1931"),
            ("biometric identifier/face authentication token", "FA-GJ-7730-51"),
            ("device identifier/glucometer serial", "ACCU-GB-33190-7"),
            ("account number/bank", "30418827715"),
        ],
    ),
    # 7. Osh, Kyrgyzstan (ky, en-KG): gentamicin for brucellosis
    Patient(
        name="Айгүл Токтосунова",
        mrn="ОБКБ-2024-004471",
        birth="1930-02-12",
        notes=[
            ky(
                "Бейтап: Токтосунова Айгүл Бакировна, туулган күнү 12.02.1930, 94 жашта. Медициналык карта № ОБКБ-2024-004471. Дареги: Ош шаары, Ленин көчөсү, 214-үй, 17-батир. Телефону: +996 (3222) 5-47-81, уюлдук 0772 41 88 09. ПИН 2 1202 1930 00417. Кабыл алынган күнү: 2024-жылдын 4-марты. Диагноз: {O:Brucella melitensis} козгогон {A:бруцеллёз}, {D:гентамицин} {X:240 мг} күнүнө бир жолу; {A:курч бөйрөк жетишсиздиги}; {L:креатинин} {X:356 мкмоль/л}."
            ),
            ky(
                "Кызы Жылдыз Токтосунова телефон аркылуу айтты: апасы токсон төрт жашта, отуз жыл Кара-Суу базарында кымыз саткан. Айгүлдүн сол бетинде чоң кара кал бар, аны бардыгы тааныйт. {L:калий} {X:5,9 ммоль/л}, {L:мочевина} {X:24 ммоль/л}; {M:гемодиализ} эки жолу; {D:доксициклин} {X:100 мг} менен {D:рифампицин} {X:600 мг} уланды."
            ),
            enkg(
                "Dear colleague, re: Aigul Toktosunova (Toktosunova A.B.), 94 years, mandatory health insurance policy FOMS No. 0419-228817. Treating physician Bakyt Zhumabaev, licence KG-MZ-04418. {A:Gentamicin ototoxicity} with bilateral {A:sensorineural hearing loss} on {M:pure-tone audiometry}; hearing aid (Signia) serial 21C44817 fitted. {L:Serum creatinine} peaked at {X:412 µmol/L}; {A:non-oliguric acute tubular injury}."
            ),
            ky(
                "Чыгаруу: {L:креатинин} {X:148 мкмоль/л}, {L:гемоглобин} {X:96 г/л}, {L:СОЭ} {X:38 мм/саат}; {M:бөйрөктүн УЗИси}: {A:гидронефроз} жок. Дарыгер Бакыт Жумабаев. Небереси аны 05 482 AВН номерлүү унаа менен алып кетти. Электрондук почта: aigul.tok1930 собака mail точка ru. Сүрөтү: aigul_bet_suroto.jpg."
            ),
            enkg(
                "E-mail from jyldyz.toktosunova at gmail.com, 18/03/2024, IP 212.42.101.33: 'My mother's page with her photos is https://ok.ru/profile/aigul.osh1930. Please refund to Optima Bank account 1090 0004 4817 2231.' Biometric passport record GRS-KG-448120 (fingerprints and face). Plan: {L:audiogram} in three months, {D:streptomycin} and {D:gentamicin} contraindicated, {D:ciprofloxacin} {X:250 mg} BD if {A:brucellosis} relapses, with {L:Wright agglutination test} titre."
            ),
        ],
        planted=[
            ("name/recorded Cyrillic with patronymic", "Токтосунова Айгүл Бакировна"),
            ("date/birth", "12.02.1930"),
            ("age over 89/digits and the Kyrgyz age word", "94 жашта"),
            ("medical record number/card", "ОБКБ-2024-004471"),
            ("geographic/city", "Ош шаары"),
            ("geographic/street, house and flat", "Ленин көчөсү, 214-үй, 17-батир"),
            ("telephone/landline with city code", "+996 (3222) 5-47-81"),
            ("telephone/mobile", "0772 41 88 09"),
            ("social security number/PIN spaced", "2 1202 1930 00417"),
            ("date/admission Kyrgyz words", "2024-жылдын 4-марты"),
            ("name/daughter", "Жылдыз Токтосунова"),
            ("age over 89/Kyrgyz number words", "токсон төрт жашта"),
            ("other unique identifier/employer (phrase)", "Кара-Суу базарында кымыз саткан"),
            ("name/recorded given name genitive", "Айгүлдүн"),
            ("other unique identifier/mole (phrase)", "сол бетинде чоң кара кал"),
            ("name/recorded in Latin", "Aigul Toktosunova"),
            ("name/surname with initials", "Toktosunova A.B."),
            ("age over 89/digits years", "94 years"),
            ("health plan number/FOMS", "0419-228817"),
            ("name/clinician Latin", "Bakyt Zhumabaev"),
            ("licence number/ministry", "KG-MZ-04418"),
            ("device identifier/hearing aid serial", "21C44817"),
            ("name/clinician Cyrillic", "Бакыт Жумабаев"),
            ("vehicle identifier/Kyrgyz plate, mixed scripts", "05 482 AВН"),
            ("email/собака точка", "aigul.tok1930 собака mail точка ru"),
            ("full-face photograph/file", "aigul_bet_suroto.jpg"),
            ("email/at", "jyldyz.toktosunova at gmail.com"),
            ("date/e-mail", "18/03/2024"),
            ("ip address/e-mail", "212.42.101.33"),
            ("url/social", "https://ok.ru/profile/aigul.osh1930"),
            ("account number/bank", "1090 0004 4817 2231"),
            ("biometric identifier/passport record", "GRS-KG-448120"),
        ],
    ),
    # 8. Willemstad, Curaçao (pap, nl-CW): diclofenac, lisinopril and simvastatin
    Patient(
        name="Yolanda Martina",
        mrn="CMC-0041871",
        birth="1931-02-12",
        notes=[
            pap(
                "Pashènt: Yolanda Martina, 93 aña, nasé 12 di febrüari 1931. Adrès: Kaya Flamboyan 27, Santa Maria. Sédula 1931.02.12.44. Telefòn +599 9 461 2283, selular 9 512 4470. El a drenta dia 2 di mart 2024 ku {A:rabdomiolisis} i {A:hiperkalemia} despues di tuma {D:diclofenac} {X:50 mg} tres biaha pa dia huntu ku {D:lisinopril} {X:20 mg} i {D:simvastatina} {X:40 mg}; {L:CK} {X:48.000 U/L}, {L:potasio} {X:7,1 mmol/L}, {L:kreatinina} {X:5,2 mg/dL}."
            ),
            pap(
                "Mensahe di WhatsApp: Bon dia dòkter, ami ta Chichi, e yu muhé mayó di Yolanda. Mi mama tin nobentitres aña ainda. El a traha trinta aña den kantina di Refineria Isla. E tin un tatuahe di un barku di piska riba su skouder drechi, p'esei tur hende na bario konosé. Mi e-mail ta chichi.martina59 na hotmail pa com. Mi outo ta A-48127."
            ),
            nlcw(
                "Curaçao Medical Center, afdeling Nefrologie, 6 maart 2024. Betreft: mevrouw Y. Martina, geb. 12-02-1931, dossiernr. CMC-0041871. Behandelend arts Ruthmilda Pieternella (BIG 49044871201). SVB-nr. BVZ 448 120 7. {M:Hemodialyse} via een {A:femoraliskatheter}; {L:kreatinine} {X:460 µmol/l}, {L:myoglobine} {X:9800 µg/l}; {D:natriumbicarbonaat} {X:8,4%} en {D:calciumgluconaat} {X:10 ml} gegeven; {A:statine-geïnduceerde myopathie}."
            ),
            pap(
                "Nota di enfermera: {L:kreatinina} a baha na {X:2,4 mg/dL}; {A:insufisiensia renal akuta} ta mehorando. Glukometro serial GLK-5512-0348 entregá na famia. Impreshon di dede registrá pa farmasia, ID BIO-CW-77120. Su bisiña, Shirley Koeiman, ta bin buska su mama dia djadumingu. Foto di kara pa e karchi: yolanda_kara_foto.jpg."
            ),
            nlcw(
                "Labuitslag d.d. 09-03-2024, patiëntrekening 554-2190-77: {L:kalium} {X:4,6 mmol/l}, {L:natrium} {X:138 mmol/l}, {L:CK} {X:3200 U/l}, {L:eGFR} {X:22 ml/min/1,73m2} ({S:CKD-EPI}). Portaal geopend vanaf 190.112.244.19; link https://www.facebook.com/yoli.martina.santamaria in het dossier. Beleid: {D:lisinopril} en {D:simvastatine} gestopt; {D:amlodipine} {X:5 mg}; {D:rosuvastatine} later overwegen."
            ),
            pap(
                "Yamada di telefòn 11/3/2024: Chichi ta puntra si Yolanda por tuma {D:paracetamol} {X:500 mg} pa doló. Nan ta biba huntu ku su ñetu Jurick, ku ta traha na Aqualectra. Sita na polikliniko di nefrologia dia 25 di mart 2024 ku {L:potasio} i {L:kreatinina}."
            ),
        ],
        planted=[
            ("name/recorded", "Yolanda Martina"),
            ("age over 89/digits and the Papiamentu word", "93 aña"),
            ("date/birth Papiamentu", "12 di febrüari 1931"),
            ("geographic/street", "Kaya Flamboyan 27"),
            ("geographic/neighbourhood", "Santa Maria"),
            ("social security number/sédula", "1931.02.12.44"),
            ("telephone/international", "+599 9 461 2283"),
            ("telephone/local", "9 512 4470"),
            ("date/admission Papiamentu", "2 di mart 2024"),
            ("name/daughter's nickname, ordinary word", "Chichi"),
            ("name/given alone", "Yolanda"),
            ("age over 89/Papiamentu words", "nobentitres aña"),
            ("other unique identifier/employer (phrase)", "kantina di Refineria Isla"),
            (
                "other unique identifier/tattoo in Papiamentu (phrase)",
                "tatuahe di un barku di piska riba su skouder drechi",
            ),
            ("email/na pa", "chichi.martina59 na hotmail pa com"),
            ("vehicle identifier/Curaçao plate", "A-48127"),
            ("date/letter Dutch", "6 maart 2024"),
            ("name/initial and surname", "Y. Martina"),
            ("date/birth Dutch", "12-02-1931"),
            ("medical record number/dossier", "CMC-0041871"),
            ("name/clinician", "Ruthmilda Pieternella"),
            ("licence number/BIG", "BIG 49044871201"),
            ("health plan number/SVB", "BVZ 448 120 7"),
            ("device identifier/glucometer serial", "GLK-5512-0348"),
            ("biometric identifier/fingerprint record", "BIO-CW-77120"),
            ("name/neighbour", "Shirley Koeiman"),
            ("full-face photograph/file", "yolanda_kara_foto.jpg"),
            ("date/lab", "09-03-2024"),
            ("account number/patient account", "554-2190-77"),
            ("ip address/portal", "190.112.244.19"),
            ("url/social", "https://www.facebook.com/yoli.martina.santamaria"),
            ("date/phone call", "11/3/2024"),
            ("name/grandson", "Jurick"),
            ("other unique identifier/employer of grandson (phrase)", "traha na Aqualectra"),
            ("date/appointment Papiamentu", "25 di mart 2024"),
        ],
    ),
    # 9. Curepipe, Mauritius (fr-MU, mfe): leptospirosis
    Patient(
        name="Marie-Claire Bonheur",
        mrn="VH/REN/24/1187",
        birth="1928-02-12",
        notes=[
            frmu(
                "Service de néphrologie. Patiente : Marie-Claire Bonheur, 96 ans, née le 12/02/1928, NIC B120228440123D, dossier VH/REN/24/1187, domiciliée 22, avenue des Flamboyants, Curepipe. Admise le 02/03/2024 pour {A:leptospirose} avec {A:insuffisance rénale aiguë} ; {O:Leptospira interrogans} ; {L:créatinine} {X:540 µmol/L} ; {D:pénicilline G} {X:1,5 MUI} toutes les 6 heures ; trois séances d'{M:hémodialyse}."
            ),
            mfe(
                "Mesaz WhatsApp: Bonzour dokter, mo Jean-Noël, garson Madam Bonheur. Mo mama ena katrvin-sez an me li ankor for. Li ti travay karant an dan lakour lizinn disik Mon Trésor. Mo nimero 5 748 2291. Pou rekonet li: li ena enn gran sikatris lor so lazou gos. Eski li kapav pran so {D:paracetamol} {X:1 g}? So lipie ankor anfle."
            ),
            frmu(
                "Résultats du 05/03/2024 : {L:créatinine} {X:210 µmol/L}, {L:CPK} {X:3 200 UI/L}, {L:bilirubine totale} {X:88 µmol/L}, {L:plaquettes} {X:62 G/L}, {L:ALAT} {X:74 UI/L}. {M:Échographie rénale} : reins de taille normale. Relais par {D:doxycycline} {X:100 mg} deux fois par jour. Médecin : Vikash Dookhun, Medical Council MCM 05127, tél. 670 4418."
            ),
            mfe(
                "Apel telefonik 08/03/2024: so tifi Anne-Sophie, ki enfirmier dan Lopital Jawaharlal Nehru, dir ki zot gard so kart pansion nimero 44-1871-203. Zot vinn lakaz ar loto plak 2271 ZR 09. Marie-Claire kontan gramatin; {A:lazonis} inn diminye, {L:kreatinin} pe bese, pa bizin {M:dializ} ankor."
            ),
            frmu(
                "De : jnbonheur arobase intnet point mu ; IP 196.27.88.140 ; lien https://photos.example.mu/bonheur-mc-1928 ; photo d'identité : mcbonheur_visage.jpg. Empreintes digitales enregistrées au bureau de la carte d'identité, réf. BIO-MU-55120. Concentrateur d'oxygène, n° de série OXC-2219-MU. Assurance santé : police n° SW-HLT-0041877. {S:Score de Spiegel} à l'admission ; {A:syndrome de Weil} ; {L:protéinurie} {X:0,4 g/24 h} au contrôle."
            ),
            frmu(
                "Consultation de suivi le 26 mars 2024 : {L:créatinine} {X:112 µmol/L}, {L:kaliémie} {X:4,1 mmol/L} ; {A:sérologie de leptospirose} ({L:MAT}) positive au {X:1/800} ; conseils sur l'eau des ravines après les pluies ; {D:amlodipine} {X:5 mg} poursuivie."
            ),
        ],
        planted=[
            ("name/recorded, ordinary word surname", "Marie-Claire Bonheur"),
            ("age over 89/digits ans", "96 ans"),
            ("date/birth", "12/02/1928"),
            ("social security number/NIC", "B120228440123D"),
            ("medical record number/dossier", "VH/REN/24/1187"),
            ("geographic/street", "22, avenue des Flamboyants"),
            ("geographic/town", "Curepipe"),
            ("date/admission", "02/03/2024"),
            ("name/son", "Jean-Noël"),
            ("name/surname after the Creole title", "Bonheur"),
            ("age over 89/Mauritian Creole words", "katrvin-sez an"),
            ("other unique identifier/employer (phrase)", "lizinn disik Mon Trésor"),
            ("telephone/Mauritian mobile", "5 748 2291"),
            ("other unique identifier/scar in Creole (phrase)", "gran sikatris lor so lazou gos"),
            ("date/results", "05/03/2024"),
            ("name/clinician", "Vikash Dookhun"),
            ("licence number/Medical Council", "MCM 05127"),
            ("telephone/landline", "670 4418"),
            ("date/phone call", "08/03/2024"),
            ("name/daughter", "Anne-Sophie"),
            ("other unique identifier/employer of daughter (phrase)", "Lopital Jawaharlal Nehru"),
            ("account number/pension", "44-1871-203"),
            ("vehicle identifier/Mauritian plate", "2271 ZR 09"),
            ("name/given alone", "Marie-Claire"),
            ("email/arobase point", "jnbonheur arobase intnet point mu"),
            ("ip address/e-mail", "196.27.88.140"),
            ("url/photos", "https://photos.example.mu/bonheur-mc-1928"),
            ("full-face photograph/file", "mcbonheur_visage.jpg"),
            ("biometric identifier/fingerprint record", "BIO-MU-55120"),
            ("device identifier/oxygen concentrator serial", "OXC-2219-MU"),
            ("health plan number/policy", "SW-HLT-0041877"),
            ("date/follow-up", "26 mars 2024"),
        ],
    ),
    # 10. Dokkum, Friesland (fy, nl): tacrolimus toxicity with clarithromycin
    Patient(
        name="Baukje Visser-de Boer",
        mrn="MCL-7710448",
        birth="1929-05-01",
        notes=[
            fy(
                "Pasjint: Baukje Visser-de Boer, berne 1 maaie 1929, fjouwerennjoggentich jier, Tsjerkestrjitte 14, 9101 LS Dokkum. BSN 2345.67.890, pasjintnûmer MCL-7710448. Opnommen op 4 maart 2024 mei in {A:niertransplantaat} en {A:tacrolimus-toksisiteit}: {D:tacrolimus} {X:4 mg} twa kear deis, {L:tacrolimusspegel} {X:21 µg/l}, {L:kreatinine} {X:312 µmol/l}, nei in kuer {D:klaritromysine} {X:500 mg} fan de húsdokter."
            ),
            fy(
                "Telefoan 0519-29 44 81, mobyl 06-41 88 20 17. Har dochter Wytske wurket by de Frysk Suvelfabryk yn Ljouwert. Baukje har soan Durk rydt de auto, kenteken 12-KXH-4. Se hat in tatoeaazje fan in Fryske flagge mei pompeblêden op it skouder. {L:Kalium} {X:6,0 mmol/l}, {L:magnesium} {X:0,58 mmol/l}; {A:trilling} fan de hannen en {A:hypertinsje}."
            ),
            nl(
                "Brief van de afdeling transplantatie, 1 maart 2024, Wybren Kuipers, internist-nefroloog (BIG 19044871201): mevrouw B. Visser-de Boer, {M:niertransplantatie} in 2003 ({A:postmortale donor}); {M:nierbiopsie}: {A:arteriolaire hyalinose} en {A:interstitiële fibrose}, {S:Banff ci1 ct1}, geen {A:rejectie}; {A:calcineurineremmer-nefrotoxiciteit}. Zorgverzekering polisnr. 448120773."
            ),
            fy(
                "Fan: durk.visser(by)ziggo(punt)nl, 13-03-2024 08:40, IP 62.194.33.80. 'Hjir is de pasfoto fan mem: pasfoto_baukje_v.jpg. Har side is https://www.facebook.com/baukje.dokkum.30.' Bankrekken foar de eigen bydrage NL91 ABNA 0417 1643 00."
            ),
            fy(
                "Ferrin: {D:tacrolimus} nei {X:1,5 mg} twa kear deis, {L:spegel} {X:6,8 µg/l}; {D:mycofenolaatmofetil} {X:500 mg}; {D:prednisolon} {X:5 mg}; {D:klaritromysine} op de list mei {A:ynteraksjes}. Gehoarapparaat searjenûmer GH-3310-FY. Fingerôfdruk-sjabloan FP-NL-44120 by de apotheek. {M:Echografy} fan it transplantaat: gjin {A:hydronefroaze}."
            ),
            fy(
                "Húsdokter Sjoerd Hoekstra (UZI 900021447) skriuwt op 20-03-2024: se giet wer te fuotten nei de tsjerke, {L:kreatinine} {X:168 µmol/l}, {L:eGFR} {X:24 ml/min/1,73m²}; {D:sotrimoksazol} {X:480 mg} trochgean as {A:Pneumocystis-profylaxe}, {O:Pneumocystis jirovecii}."
            ),
        ],
        planted=[
            ("name/recorded, ordinary word surnames with particle", "Baukje Visser-de Boer"),
            ("date/birth Frisian month", "1 maaie 1929"),
            ("age over 89/Frisian words", "fjouwerennjoggentich jier"),
            ("geographic/street in Frisian", "Tsjerkestrjitte 14"),
            ("geographic/postcode", "9101 LS"),
            ("geographic/town", "Dokkum"),
            ("social security number/BSN with dots", "2345.67.890"),
            ("medical record number/patient number", "MCL-7710448"),
            ("date/admission", "4 maart 2024"),
            ("telephone/landline", "0519-29 44 81"),
            ("telephone/mobile", "06-41 88 20 17"),
            ("name/daughter", "Wytske"),
            ("other unique identifier/employer (phrase)", "Frysk Suvelfabryk"),
            ("geographic/city in Frisian", "Ljouwert"),
            ("name/given alone before the Frisian possessive", "Baukje"),
            ("name/son", "Durk"),
            ("vehicle identifier/Dutch plate", "12-KXH-4"),
            (
                "other unique identifier/tattoo in Frisian (phrase)",
                "tatoeaazje fan in Fryske flagge mei pompeblêden",
            ),
            ("date/letter", "1 maart 2024"),
            ("name/clinician, ordinary word surname", "Wybren Kuipers"),
            ("licence number/BIG", "BIG 19044871201"),
            ("name/initial and surname", "B. Visser-de Boer"),
            ("health plan number/policy", "448120773"),
            ("email/by punt", "durk.visser(by)ziggo(punt)nl"),
            ("date/e-mail", "13-03-2024"),
            ("ip address/e-mail", "62.194.33.80"),
            ("full-face photograph/passport photo file", "pasfoto_baukje_v.jpg"),
            ("url/social", "https://www.facebook.com/baukje.dokkum.30"),
            ("account number/IBAN", "NL91 ABNA 0417 1643 00"),
            ("device identifier/hearing aid serial", "GH-3310-FY"),
            ("biometric identifier/fingerprint template", "FP-NL-44120"),
            ("name/GP", "Sjoerd Hoekstra"),
            ("licence number/UZI", "UZI 900021447"),
            ("date/GP letter", "20-03-2024"),
        ],
    ),
]

PART_A = (0, 1, 2, 3, 4)
PART_B = (5, 6, 7, 8, 9)


TERM_NOTES: list[Note] = [
    us(
        "Teaching note: {A:vancomycin-associated acute kidney injury} is more likely with {D:piperacillin-tazobactam} than with {D:cefepime} or {D:meropenem}; {L:AUC-guided dosing} aims at {X:400-600 mg·h/L}. {A:Cast nephropathy} from {G:free light chains} needs {L:serum free light chain ratio} and {M:serum protein electrophoresis}. {E:Fanconi syndrome} with {D:tenofovir disoproxil} shows {A:glycosuria} with a normal {L:glucose} of {X:95 mg/dL}; check {L:urine beta-2 microglobulin}. {M:Lumbar puncture} at {V:L3-L4} is safe with {L:platelets} above {X:50,000/µL}."
    ),
    us(
        "{A:Contrast-associated AKI} after {M:coronary angiography} with {D:iohexol} {X:150 mL}: hold {D:metformin} for {X:48 hours} if {L:eGFR} is below {X:30 mL/min/1.73m2}. {A:Hyperkalemia} protocol: {D:calcium gluconate} {X:10 mL of 10%}, {D:insulin regular} {X:10 units} with {D:dextrose 50%} {X:25 g}, {D:sodium zirconium cyclosilicate} {X:10 g} TID; {M:ECG} for {A:peaked T waves}. {S:CKD G4 A3} per {S:KDIGO 2024}."
    ),
    ie(
        "{A:Methotrexate toxicity} is precipitated by {D:trimethoprim}, {D:co-trimoxazole}, {D:proton pump inhibitors} and {A:dehydration}; {D:folinic acid} rescue {X:15 mg} every 6 hours until the {L:methotrexate level} falls below {X:0.05 µmol/L}. {E:Stevens-Johnson syndrome} and {A:mucositis} mark severe cases; {G:HLA-B*58:01} matters for {D:allopurinol} instead. {M:Renal biopsy} in {E:Goodpasture disease} shows {G:anti-GBM antibodies} in a linear pattern on {M:immunofluorescence}."
    ),
    gb(
        "{E:Alport syndrome} ({G:COL4A5}) presents with {A:haematuria}, {A:sensorineural deafness} and {A:anterior lenticonus}; {D:ramipril} {X:2.5 mg} slows progression. {E:Henoch-Schönlein purpura} ({A:IgA vasculitis}) in adults: {L:urine ACR} {X:45 mg/mmol}, {M:renal biopsy} with {S:Oxford MEST-C score}. {E:Tenckhoff catheter} exit-site infection with {O:Staphylococcus aureus}: {D:flucloxacillin} {X:500 mg} QDS."
    ),
    ng(
        "{A:Sickle cell nephropathy} ({G:HbSS}) gives {A:hyposthenuria}, {A:papillary necrosis} and {L:albuminuria} above {X:300 mg/g}; {D:hydroxyurea} {X:15 mg/kg} daily. {A:Lassa fever} AKI: {O:Lassa virus} PCR, {D:ribavirin} {X:30 mg/kg} loading, {M:haemodialysis} in {A:oliguric} cases. {A:HIV-associated nephropathy} ({G:APOL1} risk alleles) with {A:collapsing FSGS}; {D:dolutegravir} raises {L:serum creatinine} by about {X:10 µmol/L} without true loss of {L:GFR}."
    ),
    es(
        "{A:Nefropatía por bifosfonatos}: {D:ácido zoledrónico} {X:4 mg} en {X:15 minutos}, ajustar si el {L:aclaramiento de creatinina} es menor de {X:60 ml/min} ({E:fórmula de Cockcroft-Gault}); {D:pamidronato} se asocia a {A:glomeruloesclerosis focal y segmentaria colapsante}. {A:Hipocalcemia} con {E:signo de Chvostek} y {E:signo de Trousseau}: {D:gluconato cálcico} {X:10 ml al 10 %}. {M:Resonancia magnética} de columna: {A:fractura osteoporótica} de {V:D12} y {V:L2}."
    ),
    de(
        "{A:Kontrastmittel-assoziierte Nephropathie}: Hydrierung mit {D:Natriumchlorid 0,9 %} {X:1 ml/kg/h}, {D:N-Acetylcystein} ohne Nutzen. {A:Metformin-assoziierte Laktatazidose} mit {L:Anionenlücke} über {X:20 mmol/l}; {M:Hämodiafiltration}. {E:Morbus Fabry} ({G:GLA}, {L:alpha-Galaktosidase A} erniedrigt) mit {A:Zebrakörperchen} in der {M:Elektronenmikroskopie}; {D:Agalsidase beta} {X:1 mg/kg}. {A:Bandscheibenvorfall} {V:C5/C6} und {V:L5/S1}."
    ),
    fr(
        "{A:Néphropathie diabétique} : {D:dapagliflozine} {X:10 mg} et {D:finérénone} {X:10 mg} si {L:rapport albumine/créatinine} supérieur à {X:30 mg/g}. {E:Syndrome de Bartter} et {E:syndrome de Gitelman} ({G:SLC12A3}) : {A:hypokaliémie}, {A:alcalose métabolique}, {L:magnésémie} basse à {X:0,5 mmol/l}. {E:Maladie de Berger} ({A:néphropathie à IgA}) : {S:score MEST-C}, {D:budésonide à libération ciblée} {X:16 mg}. {M:Scintigraphie au DMSA} pour les {A:cicatrices corticales}."
    ),
    gu(
        "{A:ડાયાબિટીક નેફ્રોપથી} માં {L:યુરિન આલ્બ્યુમિન} {X:300 mg/g} થી વધુ હોય તો {D:ટેલ્મિસાર્ટન} {X:40 mg} અપાય છે. {A:કિડનીમાં પથરી} માટે {M:સોનોગ્રાફી} અને {M:સીટી સ્કેન} કરાય છે; {L:યુરિક એસિડ} {X:8.5 mg/dL}. {O:ઈ. કોલાઈ} થી {A:પેશાબનો ચેપ} હોય તો {D:નાઇટ્રોફ્યુરેન્ટોઇન} {X:100 mg} આપવું. {L:હિમોગ્લોબિન} {X:8 g/dL} થી ઓછું હોય તો {D:એરિથ્રોપોએટિન} શરૂ કરવું."
    ),
    engj(
        "{A:Heavy metal nephropathy} from {A:ayurvedic bhasma}: {L:blood lead} above {X:45 µg/dL} needs {D:succimer} {X:10 mg/kg} or {D:calcium disodium EDTA} {X:1 g/m2}; {L:urinary mercury} and {L:blood arsenic} too. {A:Snake-bite AKI} after {O:Daboia russelii} envenomation: {D:anti-snake venom} {X:10 vials}, {L:20-minute whole blood clotting test}, {M:peritoneal dialysis} where {M:haemodialysis} is not available. {A:Leptospirosis} in the monsoon: {D:doxycycline} {X:100 mg} BD. {E:Kimmelstiel-Wilson nodules} on biopsy."
    ),
    ky(
        "{A:Бруцеллёз} учурунда {D:доксициклин} {X:100 мг} күнүнө эки жолу алты жума, {D:рифампицин} {X:600 мг} же {D:стрептомицин} {X:1 г} менен; {O:Brucella abortus} жана {O:Brucella melitensis}. {D:Гентамицин} {A:нефроуулуулугу} жана {A:ототоксичдүүлүгү}: {L:креатинин} жана {L:гентамициндин концентрациясы} {X:1 мкг/мл} дан төмөн болушу керек. {M:Ультрадыбыштык текшерүү} менен {A:гидронефроз} текшерилет. {A:Эхинококкоз} ({O:Echinococcus granulosus}) бөйрөктө сейрек."
    ),
    enkg(
        "{A:Brucellosis} relapse is lower with {D:doxycycline} plus {D:gentamicin} {X:5 mg/kg} for {X:7 days} than with {D:rifampicin} alone; monitor {L:trough gentamicin} below {X:1 mg/L} and {M:audiometry}. {A:Cystic echinococcosis} of the kidney: {M:CT urography}, {D:albendazole} {X:400 mg} BD, {S:WHO-IWGE classification} CE1 to CE5. {A:Crimean-Congo haemorrhagic fever} causes AKI with {A:thrombocytopenia}; {D:ribavirin}. {E:Wright agglutination test} titre {X:1:160}."
    ),
    pap(
        "{A:Rabdomiolisis} ta kousa {A:insufisiensia renal akuta} ora {L:CK} subi riba {X:5000 U/L}; tratamentu ku {D:solushon salino} {X:200 ml pa ora}. {D:Simvastatina} huntu ku {D:klaritromisina} ta aumentá e riesgo. {A:Diabetis tipo 2} ku {A:nefropatia diabétiko}: {D:empagliflozin} {X:10 mg}, {L:HbA1c} bou di {X:7%}. {A:Dengue} ({O:virus di dengue}) tambe por duna {A:daño renal}. {M:Ekografia di rene} pa wak {A:hidronefrosis}."
    ),
    nlcw(
        "{A:Hyperkaliëmie} door {D:ACE-remmers} met {D:NSAID's}: {D:natriumpolystyreensulfonaat} {X:15 g} of {D:patiromeer} {X:8,4 g}; {M:ECG} bij {L:kalium} boven {X:6,5 mmol/l}. {A:Ciguatera} na het eten van {A:barracuda} geeft geen nierschade. {E:Ziekte van Kahler} ({A:multipel myeloom}) met {A:cast-nefropathie}; {L:vrije lichte ketens} en {M:beenmergpunctie}. {S:CKD-EPI} voor {L:eGFR}; {A:sikkelcelziekte} ({G:HbS}) komt op het eiland voor."
    ),
    mfe(
        "{A:Leptospiroz} ({O:Leptospira}) kapav donn {A:lazonis} ek {A:insifizans renal}; tretman ar {D:penisilinn} ouswa {D:doxysyklinn} {X:100 mg}. {A:Chikungunya} ({O:viris chikungunya}) donn doler lartikilasion, pa pran {D:ibuprofenn}. {A:Diabet} ek {A:tansion} se koz prinsipal {M:dializ} dan Moris; {L:kreatinin} ek {L:sik dan disan} {X:7 mmol/L} bizin kontrol. {A:Dengi} ({O:viris dengi}) osi."
    ),
    frmu(
        "{A:Leptospirose} sévère ({E:maladie de Weil}) : {A:insuffisance rénale aiguë} à {L:kaliémie} normale ou basse, {L:bilirubine} élevée, {L:thrombopénie} ; {D:ceftriaxone} {X:1 g} par jour ou {D:pénicilline G} ; {M:hémodialyse} précoce. {A:Néphropathie lupique} classe IV ({S:classification ISN/RPS}) : {D:mycophénolate mofétil} {X:2 g/j}, {D:hydroxychloroquine} {X:400 mg}, {L:anticorps anti-ADN natif} ; {G:C3} et {G:C4} bas. {M:Biopsie rénale} sous {M:échographie}."
    ),
    fy(
        "{A:Tacrolimus-toksisiteit} troch {D:klaritromysine}, {D:flukonazol} of {D:diltiazem} (remming fan {G:CYP3A4}); {L:tacrolimusspegel} boppe {X:15 µg/l} jout {A:trilling}, {A:hyperkaliëmy} en {A:hypomagnesiëmy}. {A:BK-virusnefropaty} ({O:BK-polyomavirus}) mei {L:BK-PCR} yn it bloed boppe {X:10.000 kopyen/ml}; minder {D:mycofenolaatmofetil}. {E:Pneumocystis-pneumony} foarkomme mei {D:sotrimoksazol}. {M:Echografy} mei {M:doppler} fan de {A:transplantaatierre}."
    ),
    nl(
        "{A:Calcineurineremmer-nefrotoxiciteit} met {A:streptiforme fibrose} en {A:arteriolaire hyalinose} ({S:Banff-classificatie}); {D:belatacept} {X:5 mg/kg} als alternatief. {E:Ziekte van Fabry}, {E:syndroom van Alport} en {E:ziekte van Berger} in de differentiaaldiagnose van {A:hematurie}. {O:Klebsiella pneumoniae} {A:urineweginfectie} in het transplantaat: {D:fosfomycine} {X:3 g}. {E:Lis van Henle} en {E:kapsel van Bowman}. {V:Th12} en {V:L1} inzakking bij {A:steroïd-osteoporose}."
    ),
]
