# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A fourteenth held-out corpus (2026-12-04), written by an outside examiner before it was
run against anything, and never shown to the de-identifier's authors.

Ten synthetic nephrology patients. Part A (patients 1-7), the settings most users write
in: a veteran between a VA hospital and a community dialysis unit in Wisconsin (en-US); a
woman moving from Lancashire to Dumfriesshire (en-GB, then the English of Scotland); an
Ontario patient with a letter from Québec (en-CA, fr-CA); Queensland (en-AU); Kerala and
Chennai (en-IN); the Eastern Cape (en-ZA); an Italo-Brazilian from Campinas referred to
Bologna (pt-BR, it). Part B (patients 8-10), languages no earlier held-out corpus used:
Malagasy (Antsirabe), Icelandic (Akureyri) and Georgian in Georgian script (Kutaisi).
Every person, number and address is invented; real town and street names are used as
places, never with a real person.

The marking is heldout4's: clinical terms that must survive are braced with a category
letter (``{D:tacrolimus}``, see ``CATEGORIES``; no letter means ``A``); planted identifiers
that must not survive are listed per patient as ``(kind, text)``, the kind being
``"<Safe Harbor kind>/<form>"``. Every other word is an ordinary word of the note's
language and should survive too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient

__all__ = [
    "CATEGORIES",
    "DESCRIBED",
    "HELDOUT14",
    "PARTICLES",
    "PART_A",
    "PART_B",
    "TERM_NOTES",
    "Note",
    "Patient",
]

ZW = "\u200b"  # zero-width space


def _in(lang: str) -> Callable[[str], Note]:
    def note(t: str) -> Note:
        return Note(lang, t)

    return note


us, gb, sct, ca, qc = (_in(x) for x in ("en-US", "en-GB", "en-GB-SCT", "en-CA", "fr-CA"))
au, ind, za, br, it = (_in(x) for x in ("en-AU", "en-IN", "en-ZA", "pt-BR", "it"))
mg, is_, ka = (_in(x) for x in ("mg", "is", "ka"))

# Name particles: a survival of these alone is counted apart in RESULTS.md.
PARTICLES = {"de", "da", "dos", "das", "di", "del", "van", "der", "le"}

# Words that describe a planted unique feature (or belong to a planted nickname) are part of
# the identifier, not ordinary words: a redaction that takes them all is not over-redaction.
DESCRIBED: list[str] = [
    "eagle, globe and anchor over the name MAE, left forearm",
    "tattoo of a barramundi with the word TOWNSVILLE down his right calf",
    "a keloid scar shaped like a crescent on the right cheek",
    "tatuagem de uma carpa com o nome BENEDITA na panturrilha esquerda",
    "una voglia color caffè sulla tempia sinistra",
    "tombokavatsa misy anarana TOKY eo amin'ny sandry havia",
    "húðflúr af hrafni með nafninu ÁSDÍS á vinstri upphandlegg",
    "ნაიარევი მარცხენა ლოყაზე",
]

HELDOUT14: list[Patient] = [
    # 1. Wisconsin: a VA medical centre and a community dialysis unit (en-US)
    Patient(
        name="Walter Bishop",
        mrn="6204471902",
        birth="1934-02-11",
        notes=[
            us(
                "TOMAH VA MEDICAL CENTER - Renal Section\nDISCHARGE SUMMARY\nVeteran: BISHOP, WALTER E   ICN 1008524417V330981   SSN 391-44-0827   Chart 6204471902\nDOB Feb 11 (91 y/o M, USMC, Korea)\nAdmitted 03/04/25 with {hyperkalemia} ({L:K} {X:7.1 mmol/L}) after missing two {M:HD} runs over the Presidents' Day weekend; {L:ECG} with {peaked T waves}. Given {D:calcium gluconate} {X:1 g} IV, {D:insulin regular} {X:10 units} with {D:dextrose 50%}, then {D:sodium zirconium cyclosilicate} {X:10 g} TID. Urgent {M:hemodialysis} via his {right brachiocephalic AV fistula}. Lives at 1187 Sunnyside Rd, Norwalk, WI 54648 with his daughter Hope. Discharged to the Sparta unit, MWF second shift."
            ),
            us(
                "SPARTA KIDNEY CARE - HD treatment record 2025-03-10T06:45\nPt: Bishop, W. ('Skip')   chair 7   machine Fresenius 2008T s/n 2T7HX04415\nRx: {X:4 h}, {X:Qb 400 mL/min}, {X:Qd 600 mL/min}, {D:Optiflux F180NR}, {X:2K/2.5Ca} bath, {D:heparin} {X:2000 units} bolus then {X:1000 units/h}.\nPre wt {X:81.4 kg}, EDW {X:79.0 kg}, UF goal {X:2.6 L}. {L:spKt/V} {X:1.41}, {L:URR} {X:72%}. {AVF}: good {thrill} and {bruit}, {buttonhole cannulation}, no {steal syndrome}. {D:epoetin alfa} {X:6000 units} IV TIW for {L:Hgb} {X:9.4 g/dL}; {L:TSAT} {X:18%}, {L:ferritin} {X:410 ng/mL}, so {D:iron sucrose} {X:100 mg} x10. Daughter drove him in the silver 2014 Buick LaCrosse, WI plate AKR-6604. RN: Deb Street."
            ),
            us(
                "From: Hope Lindqvist <hope.lindqvist74@gmail.com>\nSent: Tuesday, March 18, 2025 9:12 PM\nTo: Sparta Dialysis Nursing\nSubject: dad\n\nhi deb - dad's {L:potassium} was high again, he admits he's been putting {D:NoSalt} on everything since Thanksgiving. also his fistula arm is sore right under the tattoo (eagle, globe and anchor over the name MAE, left forearm). can someone look at it monday? best number is my cell 608-555-0143, i work nights at Mayo Clinic Health System in La Crosse. thanks, hope"
            ),
            us(
                "ALLERGIES/ADVERSE REACTIONS - entered 01/21/2025 14:02 by MOKONKWOHALE\nAgent: {D:cinacalcet} {X:30 mg} PO daily (started Jan 14) - {nausea}, {vomiting} x3 days; stopped. Observed, moderate.\n{CKD-MBD}: {L:iPTH} {X:812 pg/mL}, {L:Ca} {X:9.8 mg/dL}, {L:phos} {X:6.9 mg/dL}, {L:alk phos} {X:188 U/L}. Plan {D:etelcalcetide} {X:5 mg} IV TIW post-HD, {D:sevelamer carbonate} {X:1600 mg} TID with meals.\nSigned: Marisol Okonkwo-Hale, MD, Nephrology, NPI 1639204417. Pager 608-372-3971 x 6148.\nMedicare MBI 1EG4-TE5-MK73; VA copay account 7700331820."
            ),
            us(
                "RADIOLOGY: CT abdomen/pelvis without contrast, 11/29/2024. Pleasant ninety-one-year-old veteran. Bilateral {atrophic kidneys} (R {X:8.1 cm}, L {X:8.4 cm}) with {cortical thinning}; two {simple renal cysts} ({S:Bosniak I}); no {hydronephrosis}. Old {compression fracture} of {V:L1}, {degenerative disc disease} at {V:L4-L5}, dense {aortic calcification}. Device leads noted: {D:Medtronic} Azure XT DR, serial RNZ604218S. Hx: 2011 biopsy showed {nodular glomerulosclerosis} with {E:Kimmelstiel-Wilson} nodules, {S:Tervaert class III}, {IFTA} about 30%. VHIC photo on file (VHIC_6620_front.jpg). He reads his results at myhealth.va.gov/mhv-portal-web/secure-messaging?thread=88213047 (last login 73.162.48.201)."
            ),
            us(
                "Phone note 3/21 - daughter called: missed run last Tuesday because the DAV van did not come. SW faxing the transport form to the Monroe County ADRC (fax 608-269-8251). {L:pre-HD K} today {X:5.9 mmol/L}; reinforced {low-potassium diet}, stop {D:NoSalt}. Consider {D:patiromer} {X:8.4 g} daily. {IDWG} {X:3.1 kg}. For {intradialytic hypotension} lower UF, {D:midodrine} {X:10 mg} pre-HD. WI driver license B215-4470-2211-04 copied for the transport form. Family meeting with the Bishops next week; note the chart label misprints him as B\u0456shop."
            ),
        ],
        planted=[
            ("geographic/facility named after a town, capitals", "TOMAH VA MEDICAL CENTER"),
            ("name/recorded, capitals, surname first", "BISHOP, WALTER E"),
            ("other unique identifier/VA integration control number", "1008524417V330981"),
            ("social security number/dashes", "391-44-0827"),
            ("medical record number/chart", "6204471902"),
            ("date/birthday, month abbreviated", "Feb 11"),
            ("age over 89/digits y/o", "91 y/o"),
            ("date/slashes, two-digit year", "03/04/25"),
            ("date/holiday", "Presidents' Day"),
            ("geographic/street address", "1187 Sunnyside Rd"),
            ("geographic/town", "Norwalk"),
            ("geographic/ZIP code", "54648"),
            ("name/daughter, an ordinary word", "Hope"),
            ("geographic/unit named after a town", "Sparta unit"),
            ("geographic/clinic named after a town, capitals", "SPARTA KIDNEY CARE"),
            ("date/ISO with time", "2025-03-10T06:45"),
            ("name/surname and initial", "Bishop, W."),
            ("name/nickname", "Skip"),
            ("device identifier/dialysis machine serial", "2T7HX04415"),
            ("vehicle identifier/licence plate", "AKR-6604"),
            ("name/nurse, surname an ordinary word", "Deb Street"),
            ("name/relative, full", "Hope Lindqvist"),
            ("email/relative's", "hope.lindqvist74@gmail.com"),
            ("date/e-mail header", "Tuesday, March 18, 2025 9:12 PM"),
            ("name/lower-case first name after a greeting", "hi deb"),
            ("date/holiday", "Thanksgiving"),
            (
                "biometric identifier/tattoo",
                "eagle, globe and anchor over the name MAE, left forearm",
            ),
            ("date/weekday, lower case", "monday"),
            ("telephone/relative's cell", "608-555-0143"),
            ("other unique identifier/employer", "Mayo Clinic Health System"),
            ("geographic/city", "La Crosse"),
            ("name/lower-case signature", "hope"),
            ("date/slashes with time", "01/21/2025 14:02"),
            ("other unique identifier/username", "MOKONKWOHALE"),
            ("date/month and day", "Jan 14"),
            ("name/clinician, hyphenated surname", "Marisol Okonkwo-Hale"),
            ("licence number/NPI", "1639204417"),
            ("telephone/pager with extension", "608-372-3971 x 6148"),
            ("health plan number/Medicare beneficiary identifier", "1EG4-TE5-MK73"),
            ("account number/copay account", "7700331820"),
            ("date/slashes", "11/29/2024"),
            ("age over 89/words, hyphenated", "ninety-one-year-old"),
            ("device identifier/pacemaker serial", "RNZ604218S"),
            ("full-face photograph/identity card photo file", "VHIC_6620_front.jpg"),
            (
                "url/no scheme, with a thread number",
                "myhealth.va.gov/mhv-portal-web/secure-messaging?thread=88213047",
            ),
            ("ip address/IPv4", "73.162.48.201"),
            ("date/month and day, no year", "3/21"),
            ("date/weekday phrase", "last Tuesday"),
            ("geographic/county", "Monroe County"),
            ("fax/US", "608-269-8251"),
            ("licence number/driver license", "B215-4470-2211-04"),
            ("name/plural", "Bishops"),
            ("name/homoglyph (Cyrillic i)", "B\u0456shop"),
        ],
    ),
    # 2. Lancashire, then Dumfriesshire (en-GB, then the English of Scotland)
    Patient(
        name="Margaret Ashworth",
        mrn="RPH0982231",
        birth="1959-07-14",
        notes=[
            gb(
                'Renal Unit, Royal Preston Hospital, Sharoe Green Lane, Preston PR2 8QW\nTel 01772 716505   Fax 01772 522180\nDictated 4th March 2025, typed 06.03.25\n\nDear Dr Entwistle,\n\nRe: Mrs Margaret Rose ASHWORTH ("Peggy"), DOB 14/07/1959, NHS No 485 777 3456, Hosp No RPH0982231\n14 Ribble Bank Terrace, Longton, PR4 5ZA\n\nI saw Peggy in the {low clearance clinic}. Her {IgA nephropathy} (biopsy 2017: {S:Oxford MEST-C M1 E0 S1 T1 C0}) has progressed: {L:eGFR} {X:9 mL/min/1.73 m²} ({S:CKD G5A3}), {L:uACR} {X:212 mg/mmol}, {L:potassium} {X:5.8 mmol/L}, {L:bicarbonate} {X:17 mmol/L}, {L:haemoglobin} {X:96 g/L}. She has chosen {M:peritoneal dialysis}; a {Tenckhoff catheter} is booked for Mar-17 under Mr Baker. Continue {D:sodium bicarbonate} {X:1 g} TDS, {D:furosemide} {X:80 mg} BD, {D:darbepoetin alfa} {X:40 micrograms} fortnightly. Her mother, who is 93, lives with her.\n\nYours sincerely,\nDr Anjali Raman, Consultant Nephrologist (GMC 7023418)'
            ),
            gb(
                "PD unit, Royal Preston - 28/04/2025. Peggy started {M:CAPD}, four {X:2 L} exchanges ({D:Dianeal} {X:1.36%} x3, {D:Extraneal} overnight). {PET}: {S:high-average transporter}, {L:D/P creatinine} {X:0.71}. {L:weekly Kt/V} {X:1.9}, {L:creatinine clearance} {X:58 L/week/1.73 m²}. Exit site clean, no {erythema}; {D:mupirocin} to the exit site. Bag labels printed A S H W O R T H, hospital no. RPH09\n82231. Supplies delivered to the Longton address, patient account BX-UK-00417725. Husband Geoff drives her in (Vauxhall Corsa, reg PK19 XWE)."
            ),
            gb(
                "From: anjali.raman@lthtr.nhs.uk\nSent: 26 December 2025 08:14\nSubject: Boxing Day peritonitis - M. Ashworth\n\nPeggy presented on Boxing Day with cloudy effluent: {L:PD fluid white cell count} {X:1,850/µL}, {X:86% neutrophils}; grew {O:Staphylococcus aureus} ({O:MSSA}). {D:cefazolin} {X:20 mg/kg} IP once daily for three weeks; nasal swab positive, so {D:mupirocin} nasally too. Her sister Hilary Duckworth (07700 900461) is staying with her at 14 Ribble Bank Terrace."
            ),
            sct(
                "Renal Transplant Unit, Queen Elizabeth University Hospital, Glasgow G51 4QX - discharge letter 11 Feb 2026. CHI 1407594428.\nMrs Ashworth, now of 27 Kirkgate, Lockerbie DG11 2AQ, received a {living donor kidney transplant} from her daughter Lorna on 2026-02-03. Induction {D:basiliximab} {X:20 mg} days 0 and 4 with {D:methylprednisolone}; maintenance {D:tacrolimus} ({D:Adoport}) {X:4 mg} BD, {L:tacrolimus trough} target {X:8-10 µg/L} (day 7 {X:11.2 µg/L}, dose reduced), {D:mycophenolate mofetil} {X:750 mg} BD, {D:prednisolone} {X:20 mg} tapering. {L:creatinine} {X:412 → 138 µmol/L}. {CMV} {S:D+/R-}: {D:valganciclovir} {X:450 mg} daily for 200 days; {D:co-trimoxazole} {X:480 mg} daily against {O:Pneumocystis jirovecii}. Follow-up at the Dumfries and Galloway Royal Infirmary satellite clinic. Dr Fraser McTaggart, SpR, bleep 4471."
            ),
            sct(
                "Histopathology, NHS Greater Glasgow and Clyde - transplant biopsy, specimen 26-RB-00317, received 3rd March 2026 (Ashworth M, CHI as above). Two cores, {X:18 glomeruli}, {X:2 arteries}. {S:Banff 2022}: {S:i1 t2 v0 g0 ptc0}, {S:ci1 ct1 cv1 ah0}; {L:C4d} negative; {L:SV40} stain negative for {O:BK polyomavirus}. Conclusion: {borderline changes suspicious for TCMR}. {L:DSA} negative on {L:Luminex single antigen} beads. Pulsed {D:methylprednisolone} {X:500 mg} x3. Reported by Dr Isla Menzies (GMC 6198830)."
            ),
            sct(
                "Portal message 14/03/26 21:47 from user peggyash59: 'my tacro level's come back at 6.1, is that ok? I've sent a selfie of the rash on my face, IMG_20260314_2140.jpg'. Reply: {L:tacrolimus trough} {X:6.1 µg/L} is fine; the rash looks like {seborrhoeic dermatitis}, try {D:ketoconazole} {X:2%} cream. Link: https://portal.nhsggc-renal.scot/patient/ASH-59-0714 (session from 81.104.227.19)."
            ),
        ],
        planted=[
            ("geographic/hospital named after a town", "Royal Preston Hospital"),
            ("geographic/street", "Sharoe Green Lane"),
            ("geographic/postcode, UK", "PR2 8QW"),
            ("telephone/UK landline", "01772 716505"),
            ("fax/UK", "01772 522180"),
            ("date/ordinal, written out", "4th March 2025"),
            ("date/dotted, two-digit year", "06.03.25"),
            ("name/GP", "Dr Entwistle"),
            ("name/recorded, with a middle name an ordinary word", "Margaret Rose ASHWORTH"),
            ("name/nickname", "Peggy"),
            ("date/birth", "14/07/1959"),
            ("social security number/NHS number with spaces", "485 777 3456"),
            ("medical record number/hospital number", "RPH0982231"),
            ("geographic/street address", "14 Ribble Bank Terrace"),
            ("geographic/village", "Longton"),
            ("geographic/postcode, UK", "PR4 5ZA"),
            ("date/Mon-day", "Mar-17"),
            ("name/surgeon, an ordinary word", "Mr Baker"),
            ("age over 89/relative, digits", "who is 93"),
            ("name/clinician", "Dr Anjali Raman"),
            ("licence number/GMC", "GMC 7023418"),
            ("geographic/hospital, short form", "Royal Preston"),
            ("date/slashes", "28/04/2025"),
            ("account number/supplier account", "BX-UK-00417725"),
            ("name/husband", "Geoff"),
            ("name/spaced-out letters", "A S H W O R T H"),
            ("medical record number/split across a line break", "RPH09\n82231"),
            ("vehicle identifier/UK registration", "PK19 XWE"),
            ("email/clinician's", "anjali.raman@lthtr.nhs.uk"),
            ("date/e-mail header", "26 December 2025 08:14"),
            ("date/holiday", "Boxing Day"),
            ("name/initial and surname", "M. Ashworth"),
            ("name/sister", "Hilary Duckworth"),
            ("telephone/UK mobile with a space", "07700 900461"),
            ("geographic/city", "Glasgow"),
            ("geographic/postcode, Scotland", "G51 4QX"),
            ("date/day, abbreviated month, year", "11 Feb 2026"),
            ("social security number/CHI number", "1407594428"),
            ("name/surname alone", "Ashworth"),
            ("geographic/street address, Scotland", "27 Kirkgate"),
            ("geographic/town, Scotland", "Lockerbie"),
            ("geographic/postcode, Scotland", "DG11 2AQ"),
            ("name/daughter", "Lorna"),
            ("date/ISO", "2026-02-03"),
            ("geographic/hospital named after a region", "Dumfries and Galloway Royal Infirmary"),
            ("name/registrar", "Dr Fraser McTaggart"),
            ("telephone/bleep", "bleep 4471"),
            ("other unique identifier/specimen number", "26-RB-00317"),
            ("date/ordinal, written out", "3rd March 2026"),
            ("name/surname and initial, reversed", "Ashworth M"),
            ("name/pathologist", "Dr Isla Menzies"),
            ("licence number/GMC", "6198830"),
            ("date/slashes with time", "14/03/26 21:47"),
            ("other unique identifier/portal username", "peggyash59"),
            ("full-face photograph/selfie file", "IMG_20260314_2140.jpg"),
            (
                "url/portal with a patient key",
                "https://portal.nhsggc-renal.scot/patient/ASH-59-0714",
            ),
            ("ip address/IPv4", "81.104.227.19"),
        ],
    ),
    # 3. Eastern Ontario, with a letter from Québec (en-CA, fr-CA)
    Patient(
        name="Denise Lalonde",
        mrn="40118723",
        birth="1991-05-23",
        notes=[
            ca(
                "The Ottawa Hospital - Riverside Campus, Division of Nephrology\nCONSULT NOTE 2025-01-06\nPt: LALONDE, Denise   MRN 40118723   OHIP 5584-113-207-KT   DOB 1991-05-23\nLives at 318 rue Main Est, Hawkesbury ON K6A 1A5; cashier at Giant Tiger.\nRFR: {active urine sediment}, {L:UPCR} {X:3.4 g/g}, {L:creatinine} {X:148 µmol/L}, {L:C3} {X:0.42 g/L}, {L:anti-dsDNA} {X:>300 IU/mL}. {systemic lupus erythematosus} since 2019 on {D:hydroxychloroquine} {X:200 mg} BID. Kidney biopsy: {S:ISN/RPS class IV-G (A/C) + V}, {S:activity index 11/24}, {S:chronicity index 3/12}. Plan {D:methylprednisolone} {X:500 mg} IV x3 then {D:prednisone} {X:0.5 mg/kg}, {D:mycophenolate mofetil} {X:1.5 g} BID, add {D:belimumab} {X:10 mg/kg}.\nDr. Priya Venkataraman (CPSO #98432)"
            ),
            qc(
                "CISSS de Chaudière-Appalaches - Hôtel-Dieu de Lévis, Service de néphrologie, 143 rue Wolfe, G6V 3Z1\nLévis, le 14 février 2025 (jour de la Saint-Valentin)\n\nCher confrère,\n\nVotre patiente, Mme Denise Lalonde (RAMQ LALD 9155 2318), a été hospitalisée du 9 au 14 février pour une {poussée lupique} avec {insuffisance rénale aiguë} ({L:créatinine} {X:312 µmol/L}), {hyperkaliémie} et {surcharge volémique}. Trois séances d'{M:hémodialyse} ont été faites par un {cathéter veineux central tunnelisé} jugulaire interne droit, la pointe à la {jonction cavo-atriale} au niveau de {V:T6}. Nous avons débuté le {D:cyclophosphamide} {X:500 mg} IV aux deux semaines selon le protocole {E:Euro-Lupus}, avec {D:mesna} et {D:ondansétron}. Elle séjournait chez sa mère, Mme Thérèse Lalonde, 92 ans, au 58 avenue Bégin (tél. 418 835-2291).\n\nDre Geneviève Bouchard-Roy, néphrologue, permis CMQ 1-09344\nTélécopieur : 418 835-7125"
            ),
            ca(
                "Riverside HD unit, run sheet Jan-27-2026. Denise's second month of {M:in-centre hemodialysis} ({S:ESKD} from {lupus nephritis}). Access: {tunnelled dialysis catheter} R IJ ({D:Palindrome}, REF 8888145019, lot 24K118733), locked with {D:citrate 4%}. {catheter-related bacteremia} in December grew {O:Staphylococcus epidermidis}, treated with {D:vancomycin}. {left radiocephalic AVF} created 2025-12-02 by Dr. Hamish Leblanc, maturing: {L:access flow} {X:620 mL/min} on {M:duplex ultrasound}. Rx {X:3.5 h}, {X:Qb 350 mL/min}, {D:Revaclear 400}, {L:eKt/V} {X:1.32}. SIN 271 905 884 on the ODSP form; ODSP member ID 7734-2205. Her brother Sylvain picks her up (Ontario plate CKRP 418)."
            ),
            ca(
                "From: denise.lalonde91@videotron.ca\nTo: riverside.hd@toh.ca\nSent: July 1, 2025 (Canada Day)\nSubject: FW: bloodwork portal\n\nBonjour, I can't get into MyChart, my username is dlalonde_91 and it says the account is locked: https://mychart.toh.ca/MyChart/Authentication/Login?user=dlalonde_91 (I tried from home, 174.112.9.250). Can I get my {L:phosphate} results? I take the {D:Renvela} with meals now. Attached the selfie for the hospital card, photo_carte_DL.jpg.\nMerci! Denise (613) 632-4410\n[quoted] &lt;p&gt;Patient: Denise&nbsp;Lalonde, 318&nbsp;rue&nbsp;Main&nbsp;Est&lt;/p&gt;"
            ),
            ca(
                "LAB (Dynacare, Hawkesbury PSC)  collected 04-Mar-2026 07:12  req 2026-0304-88817\nTest | Result | Flag | Ref\n{L:Sodium} | {X:138 mmol/L} | | 135-145\n{L:Potassium} | {X:5.6 mmol/L} | H | 3.5-5.0\n{L:Urea} | {X:24.1 mmol/L} | H | 2.5-8.0\n{L:Creatinine} | {X:702 µmol/L} | H | 50-98\n{L:Albumin} | {X:31 g/L} | L | 35-50\n{L:PTH} | {X:48 pmol/L} | H | 1.6-6.9\n{L:25-OH vitamin D} | {X:41 nmol/L} | L | 75-250\n{L:anti-dsDNA} | {X:46 IU/mL} | H | <10\nOrdering MD: Venkataraman P (billing 021447)"
            ),
        ],
        planted=[
            ("geographic/hospital named after a city", "The Ottawa Hospital"),
            ("geographic/campus named after a place", "Riverside"),
            ("date/ISO", "2025-01-06"),
            ("name/recorded, surname first, capitals", "LALONDE, Denise"),
            ("medical record number/MRN", "40118723"),
            ("health plan number/OHIP with version code", "5584-113-207-KT"),
            ("date/birth, ISO", "1991-05-23"),
            ("geographic/street address, French", "318 rue Main Est"),
            ("geographic/town", "Hawkesbury"),
            ("geographic/postcode, Canada", "K6A 1A5"),
            ("other unique identifier/employer", "Giant Tiger"),
            ("name/clinician", "Dr. Priya Venkataraman"),
            ("licence number/CPSO", "CPSO #98432"),
            ("geographic/hospital named after a town", "Hôtel-Dieu de Lévis"),
            ("geographic/street address", "143 rue Wolfe"),
            ("geographic/postcode, Québec", "G6V 3Z1"),
            ("geographic/town, with an accent", "Lévis"),
            ("date/French, written out", "le 14 février 2025"),
            ("date/holiday, French", "Saint-Valentin"),
            ("name/after a French title", "Denise Lalonde"),
            ("health plan number/RAMQ with spaces", "LALD 9155 2318"),
            ("date/French range", "du 9 au 14 février"),
            ("name/mother", "Thérèse Lalonde"),
            ("age over 89/French digits", "92 ans"),
            ("geographic/street address, French", "58 avenue Bégin"),
            ("telephone/Québec", "418 835-2291"),
            ("name/clinician, French, hyphenated", "Geneviève Bouchard-Roy"),
            ("licence number/CMQ", "1-09344"),
            ("fax/Québec, French label", "418 835-7125"),
            ("date/Mon-DD-YYYY", "Jan-27-2026"),
            ("name/possessive", "Denise's"),
            ("device identifier/catheter lot", "24K118733"),
            ("date/ISO", "2025-12-02"),
            ("name/surgeon", "Dr. Hamish Leblanc"),
            ("social security number/SIN with spaces", "271 905 884"),
            ("health plan number/ODSP member", "7734-2205"),
            ("name/brother", "Sylvain"),
            ("vehicle identifier/Ontario plate", "CKRP 418"),
            ("email/patient's", "denise.lalonde91@videotron.ca"),
            ("email/unit, a place in it", "riverside.hd@toh.ca"),
            ("date/written out", "July 1, 2025"),
            ("date/holiday", "Canada Day"),
            ("other unique identifier/username", "dlalonde_91"),
            (
                "url/username inside",
                "https://mychart.toh.ca/MyChart/Authentication/Login?user=dlalonde_91",
            ),
            ("ip address/IPv4", "174.112.9.250"),
            ("full-face photograph/selfie file", "photo_carte_DL.jpg"),
            ("name/signature, first name", "Denise"),
            ("telephone/North American, brackets", "(613) 632-4410"),
            ("name/HTML entity between the names (phrase)", "Denise&nbsp;Lalonde"),
            ("geographic/street address with HTML entities", "318&nbsp;rue&nbsp;Main&nbsp;Est"),
            ("date/DD-Mon-YYYY with time", "04-Mar-2026 07:12"),
            ("other unique identifier/lab requisition", "2026-0304-88817"),
            ("name/surname and initial", "Venkataraman P"),
            ("licence number/OHIP billing number", "billing 021447"),
        ],
    ),
    # 4. North Queensland (en-AU)
    Patient(
        name="Lachlan Wood",
        mrn="1193357",
        birth="1996-10-09",
        notes=[
            au(
                "Townsville University Hospital - Kidney Health Service\nAngus Smith Drive, Douglas QLD 4814   Ph (07) 4433 0917\nMon 3 Mar 2025\nRe: Lachlan WOOD ('Bluey')   DOB 09/10/1996   URN 1193357   Medicare 2953 41768 1\nAddress: 7 Mango Ave, Mundingburra QLD 4812\n\nDear Dr Anderson,\n\nThank you for seeing Lachlan, who has {E:Alport syndrome} ({G:COL4A5} {X:c.1871G>A}, {X-linked}) with {sensorineural hearing loss} and {anterior lenticonus}. {L:eGFR} {X:11 mL/min/1.73m2}, {L:creatinine} {X:598 umol/L}, {L:urine ACR} {X:145 mg/mmol}, {L:bicarbonate} {X:18 mmol/L}. He is starting {M:home haemodialysis} (nocturnal, {X:8 h} three and a half nights a week). {D:ramipril} {X:10 mg} ceased; {D:calcium carbonate} {X:600 mg} with meals; {D:calcitriol} {X:0.25 microg} daily."
            ),
            au(
                "Home HD training, Kirwan Health Campus - 25/04/25 (Anzac Day, unit open for training). Machine NxStage System One, serial NX1-448120. Access {left brachiocephalic AVF}, {rope-ladder cannulation}, self-needling well. {X:Qb 300 mL/min}, dialysate {X:40 L}, {L:standard Kt/V} {X:2.4}; {L:phosphate} {X:1.1 mmol/L} off binders; {D:heparin} {X:3000 units}. Mum (Sharon Wood, 0417 552 908) is his home HD partner and keeps Lachie's run sheets. Noted on exam: tattoo of a barramundi with the word TOWNSVILLE down his right calf."
            ),
            au(
                "Renal transplant assessment, 12 June 2025: {L:blood group} {X:O positive}, {L:cPRA} {X:0%}, {L:CMV IgG} negative, {L:EBV IgG} positive, {M:echocardiogram} normal, {L:coronary artery calcium score} {X:0}. Listed, OrganMatch ID OM-QLD-0047721. Possible donor: his grandfather is ninety-four, so no; an uncle in Charters Towers will be worked up. Centrelink CRN 207 448 913X. QLD driver licence 084 551 239; drives a Toyota HiLux, rego 614-KPZ."
            ),
            au(
                "SMS from 0412 806 337, Sat 5/7 9:40pm: 'hey its bluey, machine alarming on arterial pressure, -260, what do i do'. Advised: {arterial pressure alarm} - check the {arterial needle} position and the clamps, reduce {X:Qb} to {X:250}, call back. Resolved. Follow-up e-mail to lachie.wood96@bigpond.com; he posts about his dialysis as @bluey.on.the.machine and on facebook.com/groups/HomeHDNorthQld/posts/99120544."
            ),
            au(
                "Imaging 2025-08-19: US renal tract, small echogenic kidneys (R {X:8.9 cm}, L {X:8.6 cm}), no {hydronephrosis}. {M:DEXA}: {L:T-score} {X:-2.1} at {V:L2-L4}, {X:-1.6} at the {femoral neck}; consistent with {renal osteodystrophy}. {L:PTH} {X:52 pmol/L}: {D:cinacalcet} {X:30 mg} daily. Reported by Dr Mei-Ling Kwok, radiologist (AHPRA MED0001839512), Townsville."
            ),
        ],
        planted=[
            ("geographic/hospital named after a city", "Townsville University Hospital"),
            ("geographic/suburb and postcode", "Douglas QLD 4814"),
            ("telephone/Australian landline", "(07) 4433 0917"),
            ("date/weekday, day, month abbreviated", "Mon 3 Mar 2025"),
            ("name/recorded, surname an ordinary word in capitals", "Lachlan WOOD"),
            ("name/nickname", "Bluey"),
            ("date/birth", "09/10/1996"),
            ("medical record number/URN", "1193357"),
            ("health plan number/Medicare with spaces", "2953 41768 1"),
            ("geographic/street address", "7 Mango Ave"),
            ("geographic/suburb and postcode", "Mundingburra QLD 4812"),
            ("name/GP", "Dr Anderson"),
            ("name/first name", "Lachlan"),
            ("geographic/campus named after a suburb", "Kirwan Health Campus"),
            ("date/slashes, two-digit year", "25/04/25"),
            ("date/holiday", "Anzac Day"),
            ("device identifier/home HD machine serial", "NX1-448120"),
            ("name/mother", "Sharon Wood"),
            ("telephone/Australian mobile", "0417 552 908"),
            ("name/pet name, possessive", "Lachie's"),
            (
                "biometric identifier/tattoo",
                "tattoo of a barramundi with the word TOWNSVILLE down his right calf",
            ),
            ("date/day, month written out", "12 June 2025"),
            ("other unique identifier/OrganMatch listing", "OM-QLD-0047721"),
            ("age over 89/words", "ninety-four"),
            ("geographic/town", "Charters Towers"),
            ("other unique identifier/Centrelink customer reference", "207 448 913X"),
            ("licence number/driver licence with spaces", "084 551 239"),
            ("vehicle identifier/registration", "614-KPZ"),
            ("telephone/Australian mobile", "0412 806 337"),
            ("date/weekday and day/month", "Sat 5/7 9:40pm"),
            ("name/nickname, lower case", "bluey"),
            ("email/patient's", "lachie.wood96@bigpond.com"),
            ("other unique identifier/social handle", "@bluey.on.the.machine"),
            ("url/no scheme", "facebook.com/groups/HomeHDNorthQld/posts/99120544"),
            ("date/ISO", "2025-08-19"),
            ("name/radiologist", "Dr Mei-Ling Kwok"),
            ("licence number/AHPRA", "MED0001839512"),
            ("geographic/city", "Townsville"),
        ],
    ),
    # 5. Kochi, then Chennai (the English of India)
    Patient(
        name="Joseph Mathew Kurian",
        mrn="VKI/2024/117845",
        birth="1972-04-30",
        notes=[
            ind(
                "VYTTILA KIDNEY INSTITUTE, NH Bypass, Kochi - 682019   Ph: 0484-2304417\nDISCHARGE SUMMARY\nName: Mr. Joseph Mathew Kurian   Age/Sex: 52/M   UHID: VKI/2024/117845   IP No: 24-09-0331\nDOA: 15-08-2024 (Independence Day)   DOD: 22/08/2024\nAddress: Kurian Villa, TC 14/882, Kadavanthra, Ernakulam, Kerala 682020\nDiagnosis: {diabetic kidney disease}, {S:CKD stage 5}, {hypertension}, {fluid overload}.\nCourse: Pt k/c/o {T2DM} x 18 yrs on {D:insulin glargine}, admitted with {breathlessness} and {pedal edema}. {L:S. creatinine} {X:8.9 mg/dL}, {L:blood urea} {X:186 mg/dL}, {L:Hb} {X:8.2 g/dL}, {L:HbA1c} {X:7.9%}, {L:S. potassium} {X:6.1 mEq/L}. Right {temporary dialysis catheter} in the {M:IJV} inserted and 3 sessions of {M:HD} done.\nAdvice: Tab. {D:Nicardia Retard} {X:20 mg} BD, Tab. {D:Metoprolol XL} {X:50 mg} OD, Inj. {D:Erythropoietin} {X:4000 IU} SC twice weekly, Tab. {D:Sevelamer} {X:800 mg} TDS. Review in Nephrology OPD on Monday 2/9/2024 with reports.\nDr. K. R. Suresh, MD DM (Nephro), TCMC Reg No 31742"
            ),
            ind(
                "Adyar Renal Transplant Centre, Chennai - TRANSPLANT SUMMARY. {living related renal transplant} (spousal) done on 06/11/2024, just after Diwali. Donor: wife Mrs. Annamma Joseph, 48 yrs, {L:blood group} {X:B positive}, {L:HLA mismatch} {X:3/6}, {L:CDC crossmatch} negative, {L:flow crossmatch} negative. Induction Inj. {D:Basiliximab} {X:20 mg} D0 and D4. Maintenance Tab. {D:Tacrolimus} {X:3 mg} BD, Tab. {D:mycophenolate sodium} {X:720 mg} BD, Tab. {D:Prednisolone} {X:20 mg} OD. {L:Tac trough} day 5 {X:9.8 ng/mL}. Prophylaxis Tab. {D:Valganciclovir} {X:450 mg} OD, Tab. {D:Cotrimoxazole} {X:480 mg} OD, Tab. {D:Isoniazid} {X:300 mg} with {D:Pyridoxine} for 6 months ({latent TB}). {L:S. creatinine} nadir {X:1.1 mg/dL}. Transplant coordinator Revathi Sundaram, 044-2441 9087, revathi.s@adyarrenal.in. Aadhaar copy on file: 4829 1175 6630. Authorisation Committee approval ACTN/2024/0883."
            ),
            ind(
                "Graft biopsy, Dept of Pathology, report HP-25-4412, received 2nd Jan 2025: 2 cores, {X:14 glomeruli}. {S:Banff}: {S:i2 t2 v0 g0}; {L:SV40} positive nuclei in the tubules, {BK polyomavirus nephropathy} ({S:Banff BKPyVN class 2}); intratubular casts of {E:Tamm-Horsfall} protein. {L:plasma BK PCR} {X:4.2 × 10^5 copies/mL}. MMF withdrawn, tacrolimus target reduced to {X:4-6 ng/mL}, {D:IVIG} considered. Reported by Dr. Lakshmi Narayanan."
            ),
            ind(
                "[12/11/25, 8:14 PM] Sunny Kurian: Good evening doctor, appa's tac level came 11.4, sheet attached. He is having {tremors} and {headache}. Ammachi (96 years) is asking if Joy can come home to Kuri\u200ban house for Christmas. Call me on +91 98470 22316.\n[12/11/25, 8:31 PM] Dr Revathi (coord): Reduce {D:tacrolimus} to {X:2.5 mg} BD, repeat level Monday. Consultation fee can be paid to UPI sunnykurian@okhdfcbank. Star Health policy P/181214/01/2025/004417 is active. Car KL-07-CQ-4471 can use the staff parking."
            ),
            ind(
                "USG Graft Kidney 2025-03-04T10:15: graft in RIF {X:11.2 x 5.4 cm}, {L:resistive index} {X:0.68}, no {perigraft collection}, no {hydroureteronephrosis}; {M:Doppler} shows no {transplant renal artery stenosis}. X-ray LS spine: {lumbar spondylosis} at {V:L3-L4} and {V:L4-L5}, {osteopenia}.\nParameter | Value\n{L:Hb} | {X:10.9 g/dL}\n{L:TLC} | {X:5,200 /cumm}\n{L:S. Creatinine} | {X:1.6 mg/dL}\n{L:Tacrolimus (C0)} | {X:5.2 ng/mL}\n{L:Urine routine} | {X:pus cells 2-3/hpf}\nPatient ID: ARTC-TX-0291   ABHA: 91-4417-2290-5538   Signed: Dr. Farhana Begum, Radiologist"
            ),
        ],
        planted=[
            ("geographic/institute named after a locality, capitals", "VYTTILA KIDNEY INSTITUTE"),
            ("geographic/city", "Kochi"),
            ("geographic/PIN code", "682019"),
            ("telephone/Indian landline with STD code", "0484-2304417"),
            ("name/recorded with title", "Mr. Joseph Mathew Kurian"),
            ("medical record number/UHID", "VKI/2024/117845"),
            ("account number/in-patient number", "24-09-0331"),
            ("date/dashes", "15-08-2024"),
            ("date/holiday", "Independence Day"),
            ("date/slashes", "22/08/2024"),
            ("geographic/house name and number", "Kurian Villa, TC 14/882"),
            ("geographic/locality", "Kadavanthra"),
            ("geographic/district", "Ernakulam"),
            ("geographic/PIN code", "682020"),
            ("date/weekday and date", "Monday 2/9/2024"),
            ("name/clinician with initials", "Dr. K. R. Suresh"),
            ("licence number/council registration", "TCMC Reg No 31742"),
            ("geographic/centre named after a locality", "Adyar Renal Transplant Centre"),
            ("geographic/city", "Chennai"),
            ("date/slashes", "06/11/2024"),
            ("date/holiday", "Diwali"),
            ("name/wife", "Annamma Joseph"),
            ("name/coordinator", "Revathi Sundaram"),
            ("telephone/Indian landline", "044-2441 9087"),
            ("email/coordinator's", "revathi.s@adyarrenal.in"),
            ("social security number/Aadhaar with spaces", "4829 1175 6630"),
            ("other unique identifier/authorisation approval number", "ACTN/2024/0883"),
            ("other unique identifier/pathology report number", "HP-25-4412"),
            ("date/ordinal, abbreviated month", "2nd Jan 2025"),
            ("name/pathologist", "Dr. Lakshmi Narayanan"),
            ("date/WhatsApp stamp", "12/11/25, 8:14 PM"),
            ("name/son, an ordinary word", "Sunny Kurian"),
            ("age over 89/digits and years", "96 years"),
            ("name/nickname, an ordinary word", "Joy"),
            ("name/zero-width space inside", "Kuri\u200ban"),
            ("date/holiday", "Christmas"),
            ("telephone/Indian mobile, international", "+91 98470 22316"),
            ("date/WhatsApp stamp", "12/11/25, 8:31 PM"),
            ("name/first name in a chat", "Dr Revathi"),
            ("account number/UPI payment address", "sunnykurian@okhdfcbank"),
            ("health plan number/insurance policy", "P/181214/01/2025/004417"),
            ("vehicle identifier/Kerala registration", "KL-07-CQ-4471"),
            ("date/ISO with time", "2025-03-04T10:15"),
            ("medical record number/transplant patient ID", "ARTC-TX-0291"),
            ("health plan number/ABHA", "91-4417-2290-5538"),
            ("name/radiologist", "Dr. Farhana Begum"),
        ],
    ),
    # 6. The Eastern Cape (the English of South Africa)
    Patient(
        name="Luthando Gqirana",
        mrn="MRH 0044719",
        birth="1985-03-12",
        notes=[
            za(
                "MTHATHA REGIONAL HOSPITAL - Internal Medicine\nReferral to the Renal Unit, 04/03/2025\nPatient: Mr Luthando GQIRANA   Folder no. MRH 0044719   SA ID 850312 5823 08 4\nAddress: Stand 112, Ngangelizwe, Mthatha 5099. NOK: wife Nomsa, 073 118 6620.\n39yo M, {HIV} on {D:TLD} ({D:tenofovir disoproxil fumarate}, {D:lamivudine}, {D:dolutegravir}) since 2016, {L:CD4} {X:412 cells/µL}, {L:viral load} {X:<50 copies/mL}. Presents with {nephrotic syndrome}: {L:UPCR} {X:0.62 g/mmol}, {L:serum albumin} {X:19 g/L}, {L:creatinine} {X:356 µmol/L}, {glycosuria} with a normal glucose and {hypophosphataemia}, ?{Fanconi syndrome} from {D:TDF}. TDF stopped, switched to {D:abacavir}. Kindly see re {kidney biopsy}.\nDr T. Mahlangu (MP 0671442)"
            ),
            za(
                "NHLS Histopathology, report S25-018834 (Mr L. Gqirana), received 28 April 2025, the day after Freedom Day. {FSGS}, {S:collapsing variant} ({S:Columbia classification}), {microcystic tubular dilatation}, {tubuloreticular inclusions} on {M:electron microscopy}. {L:APOL1 genotyping}: {G:APOL1} {S:G1/G2}, high-risk. Consistent with {HIV-associated nephropathy} ({HIVAN}). Dr Kavitha Pillay, anatomical pathologist."
            ),
            za(
                "Mthatha Renal Unit, PD training 2025-06-16 (Youth Day). {M:CAPD} four {X:2 L} exchanges of {D:Dianeal} {X:1.5%}; {Tenckhoff catheter} inserted laparoscopically; {L:weekly Kt/V} {X:1.8}. Home visit to Ngangelizwe: no indoor tap, exchanges done in the bedroom with a basin. Baxter patient no. ZA-PD-22817. PD nurse Sister Nomvula Dlamini, 047 502 4471 ext 228. Known on the ward as Captain; drives the shuttle for Ikhwezi Transport."
            ),
            za(
                "Admitted 24 Sept (Heritage Day) with {PD peritonitis}: effluent {X:2,300 cells/mm³}, {L:AFB} seen, {L:GeneXpert MTB/RIF Ultra} positive, {O:Mycobacterium tuberculosis}: {TB peritonitis}. Started {D:RHZE} ({D:rifampicin}, {D:isoniazid}, {D:pyrazinamide}, {D:ethambutol}) renally dosed, {D:ethambutol} {X:15 mg/kg} three times weekly; {D:dolutegravir} to {X:50 mg} BD with the rifampicin. Converted to {M:HD} through a {tunnelled cuffed catheter} in the left IJ. On examination a keloid scar shaped like a crescent on the right cheek. His umakhulu, aged 97, lives in Ngcobo."
            ),
            za(
                "From: lgqirana85@gmail.com\nTo: renal.mthatha@echealth.gov.za\nSent: Sun, 12 Oct 2025 18:22\n\nMolo Dr, I can't come Thursday, the taxi (Toyota Quantum, reg HHM 447 EC) is booked for a funeral. GEMS member no 004417726. Photo of my face for the clinic card attached, WA_IMG_20251012.jpg. Scanned as ＧＱＩＲＡＮＡ to /mnt/pacs/2025/GQIRANA_LUTHANDO/cxr_0412.dcm.\n\nReply: images from PACS workstation 10.14.2.77 at http://10.14.2.77/pacs/viewer?patient=GQIRANA_L show the {tunnelled catheter} tip at the {cavoatrial junction}, {V:T7}. {L:pre-dialysis urea} {X:28 mmol/L}, {L:haemoglobin} {X:8.9 g/dL}: {D:epoetin beta} {X:4000 IU} twice weekly."
            ),
        ],
        planted=[
            ("geographic/hospital named after a town, capitals", "MTHATHA REGIONAL HOSPITAL"),
            ("date/slashes", "04/03/2025"),
            ("name/recorded, surname in capitals", "Mr Luthando GQIRANA"),
            ("medical record number/folder number", "MRH 0044719"),
            ("social security number/SA identity number with spaces", "850312 5823 08 4"),
            ("geographic/stand number", "Stand 112"),
            ("geographic/township", "Ngangelizwe"),
            ("geographic/town and postcode", "Mthatha 5099"),
            ("name/wife", "Nomsa"),
            ("telephone/South African mobile", "073 118 6620"),
            ("name/clinician, initial", "Dr T. Mahlangu"),
            ("licence number/HPCSA", "MP 0671442"),
            ("other unique identifier/pathology report number", "S25-018834"),
            ("name/title, initial, surname", "Mr L. Gqirana"),
            ("date/day, month written out", "28 April 2025"),
            ("date/holiday", "Freedom Day"),
            ("name/pathologist", "Dr Kavitha Pillay"),
            ("geographic/unit named after a town", "Mthatha Renal Unit"),
            ("date/ISO", "2025-06-16"),
            ("date/holiday", "Youth Day"),
            ("account number/supplier patient number", "ZA-PD-22817"),
            ("name/nurse", "Nomvula Dlamini"),
            ("telephone/landline with extension", "047 502 4471 ext 228"),
            ("name/nickname, an ordinary word", "Captain"),
            ("other unique identifier/employer", "Ikhwezi Transport"),
            ("date/day and abbreviated month", "24 Sept"),
            ("date/holiday", "Heritage Day"),
            (
                "biometric identifier/scar",
                "a keloid scar shaped like a crescent on the right cheek",
            ),
            ("age over 89/digits after aged", "aged 97"),
            ("geographic/village", "Ngcobo"),
            ("email/patient's", "lgqirana85@gmail.com"),
            ("email/unit, a town in it", "renal.mthatha@echealth.gov.za"),
            ("date/e-mail header", "Sun, 12 Oct 2025 18:22"),
            ("vehicle identifier/registration", "HHM 447 EC"),
            ("health plan number/medical scheme member", "004417726"),
            ("full-face photograph/photo file", "WA_IMG_20251012.jpg"),
            ("name/fullwidth letters", "ＧＱＩＲＡＮＡ"),
            (
                "other unique identifier/file path with the name",
                "/mnt/pacs/2025/GQIRANA_LUTHANDO/cxr_0412.dcm",
            ),
            ("ip address/private IPv4", "10.14.2.77"),
            ("url/name inside the query", "http://10.14.2.77/pacs/viewer?patient=GQIRANA_L"),
        ],
    ),
    # 7. Campinas, then Bologna (pt-BR, it)
    Patient(
        name="Giovana Bortolotto",
        mrn="2208817-3",
        birth="1988-04-12",
        notes=[
            br(
                "SANTA CASA DE CAMPINAS - Ambulatório de Nefrologia\nEvolução 04/03/2025 10h20\nPaciente: Giovana Aparecida BORTOLOTTO   Prontuário 2208817-3   CNS 898 0043 2216 7745   CPF 284.551.937-06\nEndereço: Rua Barão de Jaguara, 1187, ap. 42, Campinas-SP, CEP 13015-002\nPaciente de 36 anos com {E:doença de Fabry} (variante {G:GLA} {X:c.644A>G}), {L:lyso-Gb3} {X:18 nmol/L}, {acroparestesias}, {córnea verticilata} e {angioqueratomas} periumbilicais. {L:TFGe} {X:52 mL/min/1,73 m²} ({S:CKD-EPI 2021}), {L:relação albumina/creatinina} {X:480 mg/g}. Biópsia renal de 2024 com {inclusões lamelares} ({corpos de zebra}) nos {podócitos} à {M:microscopia eletrônica}. Em uso de {D:alfagalsidase beta} {X:1 mg/kg} EV a cada 14 dias e {D:losartana} {X:50 mg} de 12/12h.\nDra. Renata Figueiredo Lopes - CRM-SP 148.227"
            ),
            br(
                "Intercorrência na infusão de 18/02/2025 (terça-feira de Carnaval): {reação infusional} com {urticária}, {calafrios} e {febre} de {X:38,4 °C} 40 minutos após o início da {D:alfagalsidase beta}; infusão suspensa, feitos {D:difenidramina} {X:50 mg} EV e {D:hidrocortisona} {X:100 mg} EV. Nas próximas, pré-medicação com {D:paracetamol} {X:750 mg} e {D:loratadina} {X:10 mg}, velocidade de {X:0,25 mg/min}; {L:anticorpos antidroga} solicitados. Acompanhante: a mãe, Benedita Bortolotto, (19) 99812-4407. Ao exame, tatuagem de uma carpa com o nome BENEDITA na panturrilha esquerda."
            ),
            br(
                "De: gigi.bortolotto@uol.com.br\nAssunto: mudança para a Itália\n\nOi doutora, sou eu, a Gigi! Vamos morar em Bolonha a partir de agosto, o Renato conseguiu emprego na Ducati em Borgo Panigale. Preciso do relatório para o centro de Fabry de lá ({L:lyso-Gb3}, {M:ressonância cardíaca}, tudo). Meu Instagram é @gigi.fabry.warrior se quiser ver as fotos. Acesso pelo portal https://portal.santacasacampinas.org.br/paciente/2208817-3 (IP 177.92.14.208). Placa do carro, para o estacionamento: FZK-4E17."
            ),
            it(
                "AZIENDA USL DI BOLOGNA - Ospedale Maggiore, UO Nefrologia e Dialisi, Largo Nigrisoli 2, 40133. Tel. 051 647 8821 - Fax 051 647 8830\nBologna, 3 ottobre 2025\n\nGentile Collega,\nho visitato la Sig.ra Bortolotto Giovana (nata a Campinas il 12/04/1988, C.F. BRTGVN88D52Z602K, tessera sanitaria 80380000 1204 4417 7712), affetta da {E:malattia di Fabry} con {S:malattia renale cronica stadio G3aA3}: {L:creatinina} {X:1,28 mg/dL}, {L:eGFR} {X:50 mL/min/1,73 m²}, {L:proteinuria delle 24 ore} {X:0,9 g/24h}. All'{M:ecocardiogramma} {ipertrofia ventricolare sinistra} ({X:setto 14 mm}); alla {M:risonanza magnetica cardiaca} {late gadolinium enhancement} della {parete infero-laterale}. Proseguiamo {D:agalsidasi beta} {X:1 mg/kg} ogni due settimane con premedicazione; valutiamo il passaggio a {D:pegunigalsidasi alfa}. Residente in Via del Pratello 41/B, 40122. Segni particolari: una voglia color caffè sulla tempia sinistra.\n\nDott.ssa Chiara Malaguti, Ordine dei Medici n. 17734"
            ),
            it(
                "PS, 15/08/2025 (Ferragosto) ore 23:40: {colica renale} sinistra; {M:TC addome senza mdc}: {calcolo} di {X:6 mm} al {giunto pielo-ureterale} con {idronefrosi} lieve. Evitato il {D:ketorolac} per la {MRC}: {D:paracetamolo} {X:1 g} EV e {D:tamsulosina} {X:0,4 mg}. Accompagnata dal marito Renato (cell. 347 118 2290), auto a noleggio targata GK 441 PZ. Referto firmato dal dr. Pasquale Esposito."
            ),
        ],
        planted=[
            ("geographic/hospital named after a city, capitals", "SANTA CASA DE CAMPINAS"),
            ("date/slashes with time, Brazilian", "04/03/2025 10h20"),
            (
                "name/recorded with a second given name, surname in capitals",
                "Giovana Aparecida BORTOLOTTO",
            ),
            ("medical record number/prontuário", "2208817-3"),
            ("health plan number/CNS with spaces", "898 0043 2216 7745"),
            ("social security number/CPF", "284.551.937-06"),
            ("geographic/street address", "Rua Barão de Jaguara, 1187, ap. 42"),
            ("geographic/city", "Campinas"),
            ("geographic/CEP", "13015-002"),
            ("name/clinician", "Renata Figueiredo Lopes"),
            ("licence number/CRM", "CRM-SP 148.227"),
            ("date/slashes", "18/02/2025"),
            ("date/holiday with weekday", "terça-feira de Carnaval"),
            ("name/mother", "Benedita Bortolotto"),
            ("telephone/Brazilian mobile", "(19) 99812-4407"),
            (
                "biometric identifier/tattoo",
                "tatuagem de uma carpa com o nome BENEDITA na panturrilha esquerda",
            ),
            ("email/patient's", "gigi.bortolotto@uol.com.br"),
            ("name/nickname", "Gigi"),
            ("geographic/city, Portuguese form", "Bolonha"),
            ("name/husband", "Renato"),
            ("other unique identifier/employer", "Ducati"),
            ("geographic/district", "Borgo Panigale"),
            ("other unique identifier/social handle", "@gigi.fabry.warrior"),
            (
                "url/record number inside",
                "https://portal.santacasacampinas.org.br/paciente/2208817-3",
            ),
            ("ip address/IPv4", "177.92.14.208"),
            ("vehicle identifier/Mercosur plate", "FZK-4E17"),
            ("geographic/health authority named after a city, capitals", "AZIENDA USL DI BOLOGNA"),
            ("geographic/street address", "Largo Nigrisoli 2"),
            ("geographic/CAP", "40133"),
            ("telephone/Italian landline", "051 647 8821"),
            ("fax/Italian", "051 647 8830"),
            ("geographic/city", "Bologna"),
            ("date/Italian, written out", "3 ottobre 2025"),
            ("name/after an Italian title, surname first", "Bortolotto Giovana"),
            ("date/birth", "12/04/1988"),
            ("social security number/codice fiscale", "BRTGVN88D52Z602K"),
            ("health plan number/tessera sanitaria", "80380000 1204 4417 7712"),
            ("geographic/street address", "Via del Pratello 41/B"),
            ("geographic/CAP", "40122"),
            ("biometric identifier/birthmark", "una voglia color caffè sulla tempia sinistra"),
            ("name/clinician", "Chiara Malaguti"),
            ("licence number/Ordine dei Medici", "n. 17734"),
            ("date/slashes", "15/08/2025"),
            ("date/holiday", "Ferragosto"),
            ("telephone/Italian mobile", "347 118 2290"),
            ("vehicle identifier/Italian plate", "GK 441 PZ"),
            ("name/clinician, lower-case title", "dr. Pasquale Esposito"),
        ],
    ),
    # 8. Antsirabe, Vakinankaratra (Malagasy, with the French loanwords of its clinics)
    Patient(
        name="Rasoanirina Voahangy",
        mrn="CHUA-25-00871",
        birth="1961-06-17",
        notes=[
            mg(
                "CHU ANTSIRABE - Sampana Nefrolojia\nTaratasy fivoahana, 04 Martsa 2025\nAnarana: RASOANIRINA Voahangy Lalao   Laharana: CHUA-25-00871   CIN 101 231 004 417\nTeraka tamin'ny 17 Jona 1961 tao Betafo. Adiresy: Lot IVB 47 Mahazoarivo, Antsirabe 110. Finday: 034 22 418 07.\nNiditra hopitaly izy noho ny {tsy fahampian'ny voa maranitra} ({AKI}) taorian'ny {tazomoka} ({O:Plasmodium falciparum}, {L:TDR} tsara). {L:kreatinina} {X:845 µmol/L}, {L:ure} {X:32 mmol/L}, {L:potasioma} {X:6,4 mmol/L}. Nomena {D:artésunate} {X:2,4 mg/kg} IV izy, ary natao {M:hemodialyzy} in-telo tamin'ny alalan'ny {katetera femoraly}.\nDr Andriamanantena Fanja, nefrology (ONM 2281)"
            ),
            mg(
                "Fanasana ra - Alarobia 12 Martsa 2025, 07:30. Milina Nipro Surdial X, laharana SDX-19-04418. {X:4 ora}, {X:Qb 250 mL/min}, {D:héparine} {X:2500 UI}. Lanja alohan'ny fanasana {X:58,2 kg}, aoriany {X:56,0 kg}. {L:tosidra} {X:168/94 mmHg}: {D:amlodipine} {X:10 mg} isan'andro. {L:Kt/V} {X:1,12}, tsy ampy. Mpitsabo mpanampy: Rakotomalala Hery."
            ),
            mg(
                "Ny renibeny, 93 taona, no miandry azy any Betafo. Ny zanany lahy, Toky Andrianirina (032 11 570 86), no mitondra azy amin'ny taxi-be. Hita teo amin'ny vatany: tombokavatsa misy anarana TOKY eo amin'ny sandry havia. Nody izy ny 26 Jona (Fetin'ny Fahaleovantena). {L:hémoglobine} {X:7,8 g/dL}: {D:érythropoïétine} {X:4000 UI} in-droa isan-kerinandro. {L:AgHBs} tsara: {hépatite B}, {D:ténofovir} {X:245 mg} isaky ny fito andro."
            ),
            mg(
                "Nalefa: Zoma 21 Martsa 2025 14:05\nAvy amin'i: voahangy.rasoanirina61@yahoo.fr\nHo an'i: nefro.antsirabe@chu.mg\n\nMiarahaba dokotera, mba alefaso amin'ny OSTIE ny taratasy, laharana mpikambana OST-447-1902. Ity ny sarin'ny tavako ho an'ny karatra: sary_Voahangy_2025.jpg. Mpampianatra ao amin'ny EPP Mahazoarivo aho.\n\nValiny: {L:fosfora} {X:2,1 mmol/L}, {D:carbonate de calcium} {X:1 g} isaky ny sakafo. Ny valin'ny fitiliana ao amin'ny www.chu-antsirabe.mg/marary/CHUA-25-00871 (IP 41.207.49.118)."
            ),
            mg(
                "Échographie ny voa, 2025-04-02: {voa kely} ({X:8,2 cm} sy {X:8,5 cm}), {hyperéchogène}, tsy misy {hydronéphrose}. {M:Radiographie} ny tratra: {cardiomégalie}. {aretin'ny voa mitaiza} dingana faha-5 ({S:CKD G5}). {fistule artério-veineuse} natao teo amin'ny sandry havanana ny 14 Aprily 2025; nody tany Betafo izy ny Alatsinainy Paska. Mpandidy: Dr Razafindrabe Tojo. Fiaran'ny zanany: 4417 TBH. Kaonty BNI 00005 00012 21744190100 32."
            ),
        ],
        planted=[
            ("geographic/hospital named after a town, capitals", "CHU ANTSIRABE"),
            ("date/Malagasy, written out", "04 Martsa 2025"),
            (
                "name/recorded, surname first in capitals, with a nickname",
                "RASOANIRINA Voahangy Lalao",
            ),
            ("name/nickname, an ordinary word", "Lalao"),
            ("medical record number/hospital number", "CHUA-25-00871"),
            ("social security number/CIN with spaces", "101 231 004 417"),
            ("date/birth, Malagasy", "17 Jona 1961"),
            ("geographic/town", "Betafo"),
            ("geographic/street address", "Lot IVB 47 Mahazoarivo"),
            ("geographic/town and postcode", "Antsirabe 110"),
            ("telephone/Malagasy mobile", "034 22 418 07"),
            ("name/clinician, surname first", "Dr Andriamanantena Fanja"),
            ("licence number/Ordre des médecins", "ONM 2281"),
            ("date/weekday, Malagasy, with time", "Alarobia 12 Martsa 2025, 07:30"),
            ("device identifier/dialysis machine number", "SDX-19-04418"),
            ("name/nurse, given name an ordinary word", "Rakotomalala Hery"),
            ("age over 89/digits and the Malagasy word for years", "93 taona"),
            ("name/son, given name an ordinary word", "Toky Andrianirina"),
            ("telephone/Malagasy mobile", "032 11 570 86"),
            (
                "biometric identifier/tattoo",
                "tombokavatsa misy anarana TOKY eo amin'ny sandry havia",
            ),
            ("date/day and month, Malagasy", "26 Jona"),
            ("date/holiday, Malagasy", "Fetin'ny Fahaleovantena"),
            ("date/e-mail header, Malagasy weekday", "Zoma 21 Martsa 2025 14:05"),
            ("email/patient's", "voahangy.rasoanirina61@yahoo.fr"),
            ("email/unit, a town in it", "nefro.antsirabe@chu.mg"),
            ("health plan number/OSTIE member", "OST-447-1902"),
            ("full-face photograph/photo file with the name", "sary_Voahangy_2025.jpg"),
            ("other unique identifier/employer", "EPP Mahazoarivo"),
            ("url/no scheme, record number inside", "www.chu-antsirabe.mg/marary/CHUA-25-00871"),
            ("ip address/IPv4", "41.207.49.118"),
            ("date/ISO", "2025-04-02"),
            ("date/Malagasy, written out", "14 Aprily 2025"),
            ("date/holiday, Malagasy", "Alatsinainy Paska"),
            ("name/surgeon, surname first", "Dr Razafindrabe Tojo"),
            ("vehicle identifier/Malagasy plate", "4417 TBH"),
            ("account number/bank account (RIB)", "00005 00012 21744190100 32"),
        ],
    ),
    # 9. Akureyri and Reykjavík (Icelandic)
    Patient(
        name="Guðmundur Þór Hallgrímsson",
        mrn="SAK-0559127",
        birth="1957-05-12",
        notes=[
            is_(
                'SJÚKRAHÚSIÐ Á AKUREYRI - Lyflækningadeild, nýrnaeining   sjúkraskrárnr. SAK-0559127\nÚtskriftarbréf 4. mars 2025\nSjúklingur: Guðmundur Þór Hallgrímsson ("Gummi"), kt. 120557-3319\nHeimili: Hafnarstræti 84, 600 Akureyri. Sími 862 4417.\nHeimilislæknir: Bryndís Ólafsdóttir.\n\nGuðmundur er 67 ára karlmaður með {arfgengan fjölblöðrunýrnasjúkdóm} ({ADPKD}, {G:PKD1}), {S:Mayo flokkur 1D}, og {háþrýsting}. {L:Kreatínín} {X:482 µmól/L}, {L:eGFR} {X:11 mL/mín/1,73 m²}, {L:kalíum} {X:5,7 mmól/L}, {L:blóðrauði} {X:98 g/L}. Meðferð með {D:tolvaptan} ({D:Jinarc}) {X:90 mg + 30 mg} var hætt í janúar vegna hækkunar á {L:ALAT} ({X:142 U/L}). {M:Blóðskilun} hafin um {tímabundinn miðbláæðalegg}. Lyf: {D:amlódipín} {X:10 mg} x1, {D:fúrósemíð} {X:40 mg} x2, {D:natríumbíkarbónat} {X:1 g} x3.\n\nIngólfur Sigurðsson, sérfræðilæknir í nýrnalækningum'
            ),
            is_(
                "Landspítali, Hringbraut, 101 Reykjavík - nýrnaígræðsla 2025-09-17. Guðmundi var grætt nýra úr látnum gjafa (Scandiatransplant nr. ST-IS-2025-0193). Innleiðsla með {D:basilixímabi} {X:20 mg}; viðhaldsmeðferð {D:takrólímus} ({D:Envarsus}) {X:8 mg} x1, {L:takrólímusþéttni} {X:9,4 µg/L}, {D:mýkófenólat mófetíl} {X:1 g} x2 og {D:prednisólón} {X:20 mg}. {seinkuð starfsemi ígræðlings} ({DGF}): tvær {M:blóðskilanir} eftir aðgerð. {L:CMV} {S:D+/R+}. Kona Guðmundar, Ásdís Kristjánsdóttir, gisti á sjúkrahótelinu."
            ),
            is_(
                "Vefjasýni úr ígræðlingi (sýni V25-11873), tekið þriðjudaginn 14. október: {S:Banff} {S:i0 t0 v0 g2 ptc2}, {L:C4d} jákvætt; {L:DSA} gegn {G:HLA-DQ7} ({X:MFI 8400}). Niðurstaða: {mótefnamiðluð höfnun} ({AMR}). Meðferð: {M:blóðvökvaskipti} x5, {D:IVIG} {X:2 g/kg} og {D:rítúximab} {X:375 mg/m²}. Meinafræðingur: Þórunn Helgadóttir. Sjúklingur: G. Hallgríms-\nson."
            ),
            is_(
                "Símtal 23. desember (Þorláksmessa): Ásdís hringdi úr farsíma 699 2083. Móðir hans, níutíu og fjögurra ára, er komin á Hlíð. Gummi keyrir sjálfur frá Akureyri á bláum Subaru Forester, skráningarnúmer YT 482. Við skoðun sést húðflúr af hrafni með nafninu ÁSDÍS á vinstri upphandlegg. Netfang: gummi.hallgrims@simnet.is. Vinnur enn hálfan daginn hjá Samherja á Dalvík. {L:Kalíum} {X:5,9 mmól/L}: {D:patíromer} {X:8,4 g} x1."
            ),
            is_(
                "Heilsuvera, skilaboð 17. júní 2026 kl. 10:12, á þjóðhátíðardaginn. Notandi gummih57, tengdur frá 157.157.88.21; mynd fylgir: andlitsmynd_GTH.png. https://www.heilsuvera.is/mittsvaedi/skilabod/448213\nRannsókn | Niðurstaða\n{L:Kreatínín} | {X:132 µmól/L}\n{L:Takrólímus} | {X:7,1 µg/L}\n{L:Blóðrauði} | {X:124 g/L}\n{L:Prótein/kreatínín í þvagi} | {X:28 mg/mmól}\nSykurnemi FreeStyle Libre 3, raðnúmer 3MH0094417A, vegna {sykursýki eftir ígræðslu}."
            ),
        ],
        planted=[
            ("geographic/hospital named after a town, capitals", "SJÚKRAHÚSIÐ Á AKUREYRI"),
            ("medical record number/record number", "SAK-0559127"),
            ("date/Icelandic, written out", "4. mars 2025"),
            ("name/recorded, patronymic", "Guðmundur Þór Hallgrímsson"),
            ("name/nickname", "Gummi"),
            ("social security number/kennitala", "120557-3319"),
            ("geographic/street address", "Hafnarstræti 84"),
            ("geographic/postcode and town", "600 Akureyri"),
            ("telephone/Icelandic", "862 4417"),
            ("name/GP, matronymic form", "Bryndís Ólafsdóttir"),
            ("name/given name alone", "Guðmundur"),
            ("name/nephrologist", "Ingólfur Sigurðsson"),
            ("geographic/street", "Hringbraut"),
            ("geographic/postcode and city", "101 Reykjavík"),
            ("date/ISO", "2025-09-17"),
            ("name/given name in the dative", "Guðmundi"),
            ("other unique identifier/organ exchange number", "ST-IS-2025-0193"),
            ("name/given name in the genitive", "Guðmundar"),
            ("name/wife", "Ásdís Kristjánsdóttir"),
            ("other unique identifier/pathology specimen number", "V25-11873"),
            ("date/weekday in the accusative, day and month", "þriðjudaginn 14. október"),
            ("name/pathologist", "Þórunn Helgadóttir"),
            ("name/surname split across a line break", "Hallgríms-\nson"),
            ("date/day and month", "23. desember"),
            ("date/holiday", "Þorláksmessa"),
            ("name/wife, given name alone", "Ásdís"),
            ("telephone/Icelandic mobile", "699 2083"),
            ("age over 89/words", "níutíu og fjögurra ára"),
            ("geographic/nursing home, an ordinary word", "Hlíð"),
            ("geographic/town", "Akureyri"),
            ("vehicle identifier/registration", "YT 482"),
            (
                "biometric identifier/tattoo",
                "húðflúr af hrafni með nafninu ÁSDÍS á vinstri upphandlegg",
            ),
            ("email/patient's", "gummi.hallgrims@simnet.is"),
            ("other unique identifier/employer, inflected", "Samherja"),
            ("geographic/town", "Dalvík"),
            ("date/Icelandic with time", "17. júní 2026 kl. 10:12"),
            ("date/holiday, inflected", "þjóðhátíðardaginn"),
            ("other unique identifier/username", "gummih57"),
            ("ip address/IPv4", "157.157.88.21"),
            ("full-face photograph/face photo file", "andlitsmynd_GTH.png"),
            ("url/message number", "https://www.heilsuvera.is/mittsvaedi/skilabod/448213"),
            ("device identifier/glucose sensor serial", "3MH0094417A"),
        ],
    ),
    # 10. Kutaisi, Imereti (Georgian, in Georgian script)
    Patient(
        name="ნინო ბერიძე",
        mrn="KRH-25-1187",
        birth="1966-09-12",
        notes=[
            ka(
                "ქუთაისის რეფერალური ჰოსპიტალი - ნეფროლოგიის განყოფილება\nგაწერის ეპიკრიზი, 2025 წლის 4 მარტი\nპაციენტი: ნინო ბერიძე („ნინუცა“), პ/ნ 01019035427, ისტორია № KRH-25-1187\nდაბადების თარიღი: 12.09.1966\nმისამართი: ქ. ქუთაისი, თამარ მეფის ქ. 27, ბინა 5, 4600\nტელ.: +995 577 41 82 09\n\nდიაგნოზი: {ხმელთაშუა ზღვის ოჯახური ცხელება} ({G:MEFV} {X:M694V/M694V}), {AA ამილოიდოზი} თირკმლის დაზიანებით, {ნეფროზული სინდრომი}, {S:CKD G5}.\n{L:კრეატინინი} {X:5,8 მგ/დლ}, {L:შარდოვანა} {X:142 მგ/დლ}, {L:კალიუმი} {X:5,9 მმოლ/ლ}, {L:ჰემოგლობინი} {X:9,1 გ/დლ}, {L:ცილა შარდში} {X:4,2 გ/დღე}. {თირკმლის ბიოფსია}: {L:კონგოს წითელი} დადებითი, {L:ამილოიდი A} იმუნოჰისტოქიმიით.\nმკურნალობა: {D:კოლხიცინი} {X:1,5 მგ} დღეში, {D:კანაკინუმაბი} {X:150 მგ} ყოველ 4 კვირაში, {D:ფუროსემიდი} {X:80 მგ}. დაწყებულია {M:ჰემოდიალიზი}.\nმკურნალი ექიმი: ქეთევან ჯაფარიძე"
            ),
            ka(
                "ქუთაისის დიალიზის ცენტრი, სეანსი 11.03.2025, სამშაბათი. აპარატი Fresenius 4008S, სერიული № 4008S-V10-22917. {X:4 სთ}, {X:Qb 300 მლ/წთ}, {D:ჰეპარინი} {X:5000 ერთ.}. წონა სეანსამდე {X:64,5 კგ}, სეანსის შემდეგ {X:62,3 კგ}. {L:Kt/V} {X:1,31}. სისხლძარღვოვანი მისადგომი: {დროებითი ცენტრალური ვენური კათეტერი} მარჯვენა შიგნითა საუღლე ვენაში. {D:ერითროპოეტინი} {X:4000 ერთ.} კვირაში ორჯერ. მედდა: მაკა გელაშვილი."
            ),
            ka(
                "დედამისი, 92 წლის, ცხოვრობს ბაღდათში. მეუღლე, ზურაბ ბერიძე (ტელ. 0431 24 55 17), ყოველ სეანსზე მოჰყავს Toyota Prius-ით, სახელმწიფო ნომერი KT-417-BB. ნინო 2019 წლამდე მუშაობდა ქუთაისის №5 საჯარო სკოლაში მასწავლებლად. გასინჯვისას: ნაიარევი მარცხენა ლოყაზე. შობას (7 იანვარს) ჰქონდა {ცხელების შეტევა} და {მუცლის ტკივილი}; {L:C-რეაქტიული ცილა} {X:86 მგ/ლ}, {L:შრატის ამილოიდი A} მომატებული."
            ),
            ka(
                "გამგზავნი: ninutsa.beridze@gmail.com\nთარიღი: ორშაბათი, 14 აპრილი 2025, 09:17\nთემა: დაზღვევა\n\nგამარჯობა, ექიმო! ალდაგის პოლისის ნომერია ALD-HI-2025-447190. სახის ფოტო პირადობის მოწმობისთვის: nino_saxe.jpg. ანალიზები აქ ვნახე: https://emr.krh.ge/patient/01019035427/labs (IP 212.72.133.46). {L:ფოსფორი} {X:2,1 მმოლ/ლ} - რა ვქნა?\n\nპასუხი: {D:სეველამერი} {X:800 მგ} ჭამასთან ერთად, {დაბალფოსფორიანი დიეტა}."
            ),
            ka(
                "ოპერაცია 2025-05-06: {მარცხენა რადიოცეფალური არტერიოვენური ფისტულა}. ქირურგი: დავით ლომიძე (სამედიცინო ლიცენზია № 01-2241). {M:კომპიუტერული ტომოგრაფია}: {თირკმლები გადიდებული} ({X:13,2 სმ}), {V:L1} მალის {კომპრესიული მოტეხილობა}. {M:ექოკარდიოგრაფია}: {გულის ამილოიდოზი} არ გამოვლინდა. შემდეგი ვიზიტი: ხუთშაბათს, 22 მაისს."
            ),
        ],
        planted=[
            ("geographic/hospital named after a city, genitive", "ქუთაისის რეფერალური ჰოსპიტალი"),
            ("date/Georgian, written out", "2025 წლის 4 მარტი"),
            ("name/recorded", "ნინო ბერიძე"),
            ("name/nickname", "ნინუცა"),
            ("social security number/personal number", "01019035427"),
            ("medical record number/history number", "KRH-25-1187"),
            ("date/birth, dotted", "12.09.1966"),
            ("geographic/city", "ქუთაისი"),
            ("geographic/street address", "თამარ მეფის ქ. 27, ბინა 5"),
            ("geographic/postcode", "4600"),
            ("telephone/Georgian mobile, international", "+995 577 41 82 09"),
            ("name/clinician", "ქეთევან ჯაფარიძე"),
            ("geographic/centre named after a city, genitive", "ქუთაისის დიალიზის ცენტრი"),
            ("date/dotted with weekday", "11.03.2025, სამშაბათი"),
            ("device identifier/dialysis machine serial", "4008S-V10-22917"),
            ("name/nurse", "მაკა გელაშვილი"),
            ("age over 89/digits and the word for years", "92 წლის"),
            ("geographic/town, locative", "ბაღდათში"),
            ("name/husband", "ზურაბ ბერიძე"),
            ("telephone/Georgian landline", "0431 24 55 17"),
            ("vehicle identifier/registration", "KT-417-BB"),
            ("name/given name alone", "ნინო"),
            ("other unique identifier/employer", "ქუთაისის №5 საჯარო სკოლაში"),
            ("biometric identifier/scar", "ნაიარევი მარცხენა ლოყაზე"),
            ("date/holiday", "შობას"),
            ("date/day and month, Georgian", "7 იანვარს"),
            ("email/patient's, a nickname in it", "ninutsa.beridze@gmail.com"),
            ("date/e-mail header with weekday", "ორშაბათი, 14 აპრილი 2025, 09:17"),
            ("health plan number/insurance policy", "ALD-HI-2025-447190"),
            ("full-face photograph/face photo file", "nino_saxe.jpg"),
            ("url/personal number inside", "https://emr.krh.ge/patient/01019035427/labs"),
            ("ip address/IPv4", "212.72.133.46"),
            ("date/ISO", "2025-05-06"),
            ("name/surgeon", "დავით ლომიძე"),
            ("licence number/medical licence", "01-2241"),
            ("date/weekday and day, Georgian", "ხუთშაბათს, 22 მაისს"),
        ],
    ),
]

PART_A = (0, 1, 2, 3, 4, 5, 6)
PART_B = (7, 8, 9)

# Clinical prose with no identifier in it, in every language of the patients' notes.
TERM_NOTES: list[Note] = [
    us(
        "Teaching note, {CKD-MBD}: in {S:CKD G4} and {S:CKD G5D} follow {L:calcium}, {L:phosphorus}, {L:intact PTH} and {L:alkaline phosphatase}; keep {L:phosphate} toward normal with {D:sevelamer carbonate} {X:800 mg} TID, {D:lanthanum carbonate} {X:500 mg} TID or {D:ferric citrate} {X:1 g} TID, avoid {D:calcium acetate} when {vascular calcification} is present. {secondary hyperparathyroidism} with {L:PTH} above {X:9 times the upper limit} responds to {D:calcitriol} {X:0.25 mcg}, {D:paricalcitol} {X:2 mcg} or {D:cinacalcet} {X:30 mg} daily; refractory disease goes to {subtotal parathyroidectomy}. {calciphylaxis} is treated with {D:sodium thiosulfate} {X:25 g} IV after each {M:HD} session. {L:25-hydroxyvitamin D} below {X:30 ng/mL} is repleted with {D:ergocalciferol} {X:50,000 units} weekly."
    ),
    us(
        "Dialysis adequacy: target {L:single-pool Kt/V} at least {X:1.2} (prescribe {X:1.4}) and {L:URR} at least {X:65%} for thrice-weekly {M:hemodialysis}; {L:standard Kt/V} {X:2.1} for {M:home hemodialysis}. Measure {L:recirculation} if {L:Kt/V} falls unexpectedly. {intradialytic hypotension}: cool the {X:dialysate to 35.5 °C}, reassess the {dry weight}, limit {L:UF rate} to {X:13 mL/kg/h}, consider {D:midodrine}. In {M:CRRT}, {M:CVVHDF} at an effluent dose of {X:20-25 mL/kg/h} with {D:regional citrate anticoagulation}; watch {L:ionized calcium} and the {L:total to ionized calcium ratio} above {X:2.5} for {citrate accumulation}. {M:SLED} for {X:8-10 h} suits the unstable patient. {E:Cockcroft-Gault} overestimates clearance in {sarcopenia}."
    ),
    gb(
        "Glomerular disease round: {IgA nephropathy} ({E:Berger disease}) is scored by the {S:Oxford classification} {S:MEST-C}: {S:M1} mesangial hypercellularity, {S:E1} endocapillary hypercellularity, {S:S1} segmental sclerosis, {S:T2} tubular atrophy over 50%, {S:C1} crescents. Give {D:ramipril} or {D:losartan} to maximum tolerated dose, add {D:dapagliflozin} {X:10 mg} when {L:eGFR} is above {X:25 mL/min/1.73 m²}, consider {D:sparsentan} or targeted-release {D:budesonide} ({D:Kinpeygo}) {X:16 mg} daily for nine months if {L:proteinuria} stays above {X:1 g/day}. {E:Henoch-Schönlein purpura} ({IgA vasculitis}) shares the histology. Check {L:urine protein:creatinine ratio} in mg/mmol, {L:haematuria} by {L:urine microscopy} for {dysmorphic red cells} and {red cell casts}."
    ),
    gb(
        "Anti-GBM disease: {E:Goodpasture syndrome} presents with {pulmonary haemorrhage} and {rapidly progressive glomerulonephritis}; {L:anti-GBM antibodies} against the {G:alpha-3 chain of type IV collagen} ({G:COL4A3}), {linear IgG deposition} on {M:immunofluorescence}, {crescentic glomerulonephritis} on light microscopy. Treat with {M:plasma exchange} daily for {X:14 days} ({X:4% human albumin solution}, {X:1-1.5 plasma volumes}), {D:cyclophosphamide} {X:2 mg/kg/day} orally and {D:prednisolone} {X:1 mg/kg}. Double positivity with {L:ANCA} ({L:MPO}) relapses like {ANCA-associated vasculitis}; give {D:rituximab} {X:1 g} twice and check {L:CD19 count}. {E:Alport syndrome} patients can develop {post-transplant anti-GBM disease}."
    ),
    sct(
        "Renal transplant clinic notes: {D:tacrolimus} trough {X:8-10 µg/L} in the first three months, then {X:5-8 µg/L}; {D:mycophenolate mofetil} {X:1 g} twice daily, {D:azathioprine} {X:1.5 mg/kg} if intolerant. Watch for {calcineurin inhibitor nephrotoxicity} ({striped interstitial fibrosis}, {arteriolar hyalinosis}), {post-transplant diabetes mellitus}, {BK viraemia} ({L:BK PCR} above {X:10,000 copies/mL}) and {O:cytomegalovirus} ({L:CMV PCR}). The {S:Banff} lesion scores {S:i}, {S:t}, {S:v}, {S:g}, {S:ptc}, {S:cg} grade {T cell-mediated rejection} and {antibody-mediated rejection}; {L:C4d} staining and {L:donor-specific antibodies} by {L:single antigen bead} assay complete the picture. {D:belatacept} {X:5 mg/kg} monthly is an option for {S:EBV-seropositive} recipients."
    ),
    ca(
        "Lupus nephritis primer: the {S:ISN/RPS 2018} revision grades {S:class III} and {S:class IV} with an {S:activity index} (maximum {X:24}) and a {S:chronicity index} (maximum {X:12}); {S:class V} {membranous lupus nephritis} shows {subepithelial deposits}. Induction with {D:mycophenolate mofetil} {X:2-3 g/day} or low-dose {D:cyclophosphamide} {X:500 mg} every two weeks for six doses ({S:Euro-Lupus}), with {D:hydroxychloroquine} {X:5 mg/kg/day} for all and {M:retinal screening} yearly after five years. Add {D:voclosporin} {X:23.7 mg} twice daily or {D:belimumab} {X:10 mg/kg}. Follow {L:complement C3}, {L:C4}, {L:anti-dsDNA}, {L:UPCR} in g/g and {L:serum creatinine} in µmol/L. {E:Libman-Sacks endocarditis} and {antiphospholipid syndrome nephropathy} complicate the course."
    ),
    qc(
        "Note d'enseignement : le {syndrome néphrotique} associe une {protéinurie} supérieure à {X:3,5 g/24 h}, une {hypoalbuminémie} inférieure à {X:30 g/L} et des {œdèmes}. Chez l'adulte, la {néphropathie extramembraneuse} avec {L:anticorps anti-PLA2R} positifs se traite par {D:rituximab} {X:1 g} à deux reprises; la {hyalinose segmentaire et focale} répond aux {D:corticostéroïdes} à {X:1 mg/kg/j}, puis au {D:tacrolimus} si {corticorésistance}. Anticoaguler par {D:héparine de bas poids moléculaire} lorsque l'{L:albuminémie} est sous {X:20 g/L}. Le {D:furosémide} {X:80 mg} IV avec l'{D:albumine} {X:20 %} aide en cas d'{anasarque}. La {maladie de Fabry} se dépiste par l'{L:activité alpha-galactosidase A} et le {L:lyso-Gb3}."
    ),
    au(
        "Peritoneal dialysis notes: the {PET} (peritoneal equilibration test) classes membranes as {S:high}, {S:high-average}, {S:low-average} or {S:low transporter} by the {L:D/P creatinine} at {X:4 h}; high transporters do better on {M:APD} with {D:icodextrin} ({D:Extraneal}) for the long dwell. Target {L:total weekly Kt/V urea} of {X:1.7} or more. {PD peritonitis}: effluent {L:white cell count} above {X:100/µL} with over {X:50% neutrophils}; cover with {D:intraperitoneal vancomycin} {X:30 mg/kg} and {D:gentamicin} {X:0.6 mg/kg}, then narrow. {O:Pseudomonas aeruginosa} and {fungal peritonitis} ({O:Candida albicans}) mean {catheter removal}. {encapsulating peritoneal sclerosis} follows long PD. {exit-site infection} is treated with {D:flucloxacillin} {X:500 mg} QID."
    ),
    ind(
        "CKD of unknown aetiology ({CKDu}) in agricultural workers: {chronic tubulointerstitial nephritis} on biopsy, low-grade {L:proteinuria} under {X:1 g/day}, {hyperuricaemia} and {hypokalaemia}; avoid {D:NSAIDs} like {D:diclofenac}, check {L:urine beta-2 microglobulin} and {L:heavy metals}. {snake envenomation} ({O:Daboia russelii}) causes {acute kidney injury} with {disseminated intravascular coagulation}: give {D:anti-snake venom} {X:10 vials}, check {L:20-minute whole blood clotting test}, start {M:haemodialysis} if {anuria}. {O:Leptospira} causes {Weil disease} with {thrombocytopenia}; treat with {D:ceftriaxone} {X:1 g} OD or {D:doxycycline} {X:100 mg} BD. Tab. {D:Febuxostat} {X:40 mg} OD for {gout} in {S:CKD stage 3b}."
    ),
    za(
        "HIV and the kidney: {HIVAN} is a {collapsing glomerulopathy} with {microcystic tubular dilatation}, commonest with {G:APOL1} high-risk genotypes; {HIV immune complex kidney disease} and {D:tenofovir disoproxil fumarate}-related {proximal tubulopathy} ({Fanconi syndrome}, {phosphaturia}, {normoglycaemic glycosuria}) are the differentials. Switch to {D:tenofovir alafenamide} or {D:abacavir} when {L:creatinine clearance} is below {X:50 mL/min}. {D:dolutegravir} and {D:cobicistat} inhibit {G:OCT2} and raise {L:serum creatinine} by about {X:10-15 µmol/L} without true loss of {L:GFR}. {tuberculosis} of the urinary tract gives {sterile pyuria}; {D:rifampicin} lowers {D:tacrolimus} levels markedly. {O:Schistosoma haematobium} causes {urinary schistosomiasis} and {obstructive uropathy}; treat with {D:praziquantel} {X:40 mg/kg}."
    ),
    br(
        "Nota didática: na {doença renal do diabetes} ({E:lesões de Kimmelstiel-Wilson}, {espessamento da membrana basal glomerular}), a {relação albumina/creatinina urinária} acima de {X:30 mg/g} define {albuminúria}. Use {D:empagliflozina} {X:10 mg} ao dia, {D:finerenona} {X:10 mg} se {L:potássio} abaixo de {X:4,8 mmol/L}, e {D:semaglutida} {X:1 mg} por semana. A {L:TFGe} pela {S:CKD-EPI 2021} em {X:mL/min/1,73 m²}. Na {lesão renal aguda} por {O:Leptospira interrogans}, a {hipocalemia} é típica. {M:hemodiálise} pela {fístula arteriovenosa} braquiocefálica, {L:Kt/V} acima de {X:1,2}. A {nefrite intersticial aguda} por {D:omeprazol} responde à {D:prednisona} {X:1 mg/kg}."
    ),
    it(
        "Nota didattica: la {glomerulonefrite membranoproliferativa} si distingue oggi in {glomerulopatia C3} e forme da {immunocomplessi}; nella {crioglobulinemia mista} da {O:virus dell'epatite C} trattare con {D:sofosbuvir/velpatasvir} e, se grave, {D:rituximab} {X:375 mg/m²}. La {nefropatia da cilindri} del {mieloma multiplo} mostra {cilindri} di {L:proteina di Bence Jones} e {E:Tamm-Horsfall}; dosare le {L:catene leggere libere sieriche} e il {L:rapporto kappa/lambda}, iniziare {D:bortezomib} con {D:desametasone} {X:40 mg}. La {sindrome emolitico-uremica atipica} risponde all'{D:eculizumab} {X:900 mg}; {L:aptoglobina} bassa, {L:LDH} alta, {schistociti} allo striscio. {L:creatinina} in {X:mg/dL}, {L:azotemia} e {L:potassiemia} in {X:mmol/L}."
    ),
    mg(
        "Fanamarihana momba ny fitsaboana: ny {aretin'ny voa mitaiza} dia arahina amin'ny {L:kreatinina}, {L:ure} ary {L:potasioma}. Ny {tosidra ambony} dia tsaboina amin'ny {D:amlodipine} {X:5 mg} na {D:énalapril} {X:10 mg}. Raha misy {tazomoka mahery} ({O:Plasmodium falciparum}) sy {tsy fahampian'ny voa maranitra}, omena {D:artésunate} {X:2,4 mg/kg} ary atao {M:hemodialyzy} raha {anurie}. Ny {bilharziose} ({O:Schistosoma haematobium}) dia mety hiteraka {hématurie}; omena {D:praziquantel} {X:40 mg/kg}. Ny {anémie} amin'ny aretin'ny voa dia tsaboina amin'ny {D:érythropoïétine} sy {D:fer injectable}; {L:hémoglobine} tokony ho {X:10-11,5 g/dL}."
    ),
    is_(
        "Fræðsla: {langvinnur nýrnasjúkdómur} er flokkaður eftir {L:gaukulsíunarhraða} ({L:eGFR}, {X:mL/mín/1,73 m²}) og {L:albúmíni í þvagi}. Við {arfgengan fjölblöðrunýrnasjúkdóm} má gefa {D:tolvaptan} ef {S:Mayo flokkur 1C-1E}; fylgjast þarf með {L:ALAT} mánaðarlega. {Goodpasture-heilkenni} er meðhöndlað með {M:blóðvökvaskiptum}, {D:sýklófosfamíði} og {D:sterum}. Eftir {nýrnaígræðslu} er {D:takrólímus} gefið og {L:takrólímusþéttni} mæld; {höfnun} er metin eftir {S:Banff}-flokkun. {M:Kviðskilun} og {M:blóðskilun} eru valkostir við {lokastigsnýrnabilun}. {L:Kalíum} yfir {X:6,0 mmól/L} krefst meðferðar með {D:kalsíumglúkónati} og {D:insúlíni}."
    ),
    ka(
        "სასწავლო ჩანაწერი: {თირკმლის ქრონიკული დაავადება} ფასდება {L:გორგლოვანი ფილტრაციის სიჩქარით} ({L:eGFR}, {X:მლ/წთ/1,73 მ²}) და {L:ალბუმინურიით}. {AA ამილოიდოზის} დროს, {ხმელთაშუა ზღვის ოჯახური ცხელების} ფონზე, ინიშნება {D:კოლხიცინი} {X:1-2 მგ} დღეში; რეზისტენტობისას {D:კანაკინუმაბი} ან {D:ანაკინრა}. {L:შრატის ამილოიდი A} და {L:C-რეაქტიული ცილა} უნდა იყოს ნორმაში. {ნეფროზული სინდრომის} დროს {D:ფუროსემიდი} და {D:ალბუმინი}. {M:ჰემოდიალიზისთვის} საუკეთესო მისადგომია {არტერიოვენური ფისტულა}; {L:Kt/V} არანაკლებ {X:1,2}. {D:ერითროპოეტინი} ინიშნება, როცა {L:ჰემოგლობინი} {X:10 გ/დლ}-ზე დაბალია."
    ),
]
