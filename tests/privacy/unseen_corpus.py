# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A third held-out corpus (2026-12-01), written before the vocabulary and language work
and measured on the code as it stood first: nephrology case-report prose in English,
French, Spanish, German, Italian and Portuguese.

Each ``Note`` is one free-text field in one language. Clinical terms that must survive are
written in braces (``{Chvostek sign}``); planted identifiers that must not survive are
listed with their Safe Harbor kind. Every other word is an ordinary word of the note's
language and should survive too (``tests/privacy/measure.py`` counts them).

Every person, place and number is invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Note:
    lang: str
    text: str


@dataclass
class Patient:
    name: str | None
    mrn: str | None
    birth: str | None
    notes: list[Note]
    planted: list[tuple[str, str]] = field(default_factory=list)


def en(t: str) -> Note:
    return Note("en", t)


def fr(t: str) -> Note:
    return Note("fr", t)


def es(t: str) -> Note:
    return Note("es", t)


def de(t: str) -> Note:
    return Note("de", t)


def it(t: str) -> Note:
    return Note("it", t)


def pt(t: str) -> Note:
    return Note("pt", t)


UNSEEN: list[Patient] = [
    Patient(
        name="Thorvald Ekwueme",
        mrn="NR-0048813",
        birth="1956-07-19",
        notes=[
            en(
                "Mr Ekwueme, a retired ferry mechanic from Oban, has been on {HD} through a left brachiocephalic {AVF} since 2019."
            ),
            en(
                "Tophaceous deposits were noted over both olecranons. {Tophaceous gout} had been treated with {febuxostat} {80 mg} daily and {colchicine} {500 micrograms}."
            ),
            en(
                "Ekwueme's wife, Ingrid, reported perioral tingling; {Chvostek sign} and {Trousseau sign} were both positive after {parathyroidectomy}."
            ),
            en(
                "Labs: {iPTH} {1840 pg/mL}, {ALP} {412 U/L}, {corrected calcium} {1.91 mmol/L}, {phosphate} {2.6 mmol/L}, consistent with {hungry bone syndrome}."
            ),
            en(
                "He was admitted on 14 March 2023 and discharged on 29 March 2023 to his flat at 17 Corran Esplanade, Oban PA34 5AQ."
            ),
            en("Contact: mobile 07700 914 262, fax 01631 570 118, e-mail t.ekwueme@seamail.scot."),
            en(
                "{CT} of the head showed {basal ganglia calcification} ({Fahr} pattern) without {hydrocephalus}."
            ),
            en(
                "Dialysis unit access log recorded his fingerprint template FP-22-91044 for the weighing-scale kiosk."
            ),
        ],
        planted=[
            ("name", "Ekwueme"),
            ("name", "Ingrid"),
            ("geographic", "Oban"),
            ("date", "14 March 2023"),
            ("date", "29 March 2023"),
            ("geographic", "17 Corran Esplanade"),
            ("geographic", "PA34 5AQ"),
            ("telephone", "07700 914 262"),
            ("fax", "01631 570 118"),
            ("email", "t.ekwueme@seamail.scot"),
            ("biometric identifier", "FP-22-91044"),
        ],
    ),
    Patient(
        name="Maribel Quintanilla Orozco",
        mrn="40021977",
        birth="1961-02-03",
        notes=[
            en(
                "Ms Quintanilla Orozco (MRN 40021977, SSN 512-44-0938) presented with painful violaceous plaques on both thighs."
            ),
            en(
                "Skin biopsy confirmed {calciphylaxis} ({calcific uremic arteriolopathy}) with {von Kossa} staining of medial calcification."
            ),
            en(
                "She received {sodium thiosulfate} {25 g} {IV} three times weekly after each session of {HDF}, and {Mimpara} was switched to {Parsabiv} ({etelcalcetide})."
            ),
            en(
                "Wound swabs grew {Staphylococcus aureus} ({MSSA}) and {Pseudomonas aeruginosa}; {cefazolin} and {ciprofloxacin} were given."
            ),
            en(
                "Her Medicare beneficiary number is 1EG4-TE5-MK73 and her Blue Horizon member ID is BHX 7710 3392."
            ),
            en("Her son Alejandro drives her from Paso Robles in a grey pickup, plate 8TRX417."),
            en(
                "Her daughter-in-law posts updates on healingmaribel.org and her IP address 203.0.113.87 appeared in the portal log."
            ),
            en(
                "{Matrix Gla protein} ({MGP}) and {fetuin-A} were measured for the {CKD-MBD} research panel."
            ),
        ],
        planted=[
            ("name", "Quintanilla"),
            ("name", "Orozco"),
            ("medical record number", "40021977"),
            ("social security number", "512-44-0938"),
            ("health plan number", "1EG4-TE5-MK73"),
            ("health plan number", "BHX 7710 3392"),
            ("name", "Alejandro"),
            ("geographic", "Paso Robles"),
            ("vehicle identifier", "8TRX417"),
            ("url", "healingmaribel.org"),
            ("ip address", "203.0.113.87"),
        ],
    ),
    Patient(
        name="Bartholomew Nakagawa-Price",
        mrn="GH/7719/03",
        birth="1930-10-01",
        notes=[
            en(
                "A 94-year-old man with {ADPKD} and {ESKD} on {CAPD} was reviewed by Dr Oyelaran-Whitcombe at Tamarind Bay Hospital."
            ),
            en(
                "Nakagawa-Price had an {Tenckhoff catheter} inserted; {peritonitis} with {Corynebacterium} and {Enterococcus faecalis} followed."
            ),
            en(
                "His pacemaker (serial PM-4471-B92X) and his insulin pump (device ID MMT-780G-NG2210844) were checked before {MRI}."
            ),
            en("Account number 004-558812-7 was billed; his driving licence is NAKAG403108B99XY."),
            en(
                "Born on 1 October 1930, he lives at 42 Wren Hollow Road, Tamarind Bay, Norfolk County."
            ),
            en(
                "{Paget disease of bone} was excluded; {bone-specific ALP} and {P1NP} were normal, and {DXA} was deferred."
            ),
            en(
                "{Kimmelstiel-Wilson} nodules were absent on the old biopsy; {Tamm-Horsfall protein} casts were seen."
            ),
            en(
                "He has a Maori ta moko on the left cheek and writes to the team from bart.np@kiwimail.co.nz."
            ),
        ],
        planted=[
            ("age over 89", "94-year-old"),
            ("name", "Oyelaran-Whitcombe"),
            ("geographic", "Tamarind Bay"),
            ("name", "Nakagawa-Price"),
            ("device identifier", "PM-4471-B92X"),
            ("device identifier", "MMT-780G-NG2210844"),
            ("account number", "004-558812-7"),
            ("licence number", "NAKAG403108B99XY"),
            ("date", "1 October 1930"),
            ("geographic", "42 Wren Hollow Road"),
            ("geographic", "Norfolk County"),
            ("unique feature", "ta moko on the left cheek"),
            ("email", "bart.np@kiwimail.co.nz"),
        ],
    ),
    Patient(
        name="Sunniva Haldorsen",
        mrn="770-41-882",
        birth="1983-04-22",
        notes=[
            en(
                "Haldorsen, a 41-year-old veterinary surgeon, received a deceased-donor kidney transplant on 6 January 2024 at St Brigid's in Tromsø."
            ),
            en(
                "Induction with {basiliximab} ({Simulect}) and maintenance {Advagraf}, {CellCept} and {prednisolone}; {BK virus} viraemia rose at week 10."
            ),
            en(
                "{Pneumocystis jirovecii} prophylaxis with {co-trimoxazole}; {valganciclovir} for {CMV} D+/R-."
            ),
            en(
                "Her partner Eirik Solbakken asked for letters to be sent to Storgata 118, 9008 Tromsø."
            ),
            en(
                "Voiceprint enrolment for the telephone clinic (VP-ID 5521-0098-AH) was completed on 2 February 2024."
            ),
            en(
                "{Alport syndrome} was suspected in her mother; {COL4A5} testing was negative and {Fabry disease} was excluded by {alpha-galactosidase A} activity."
            ),
            en(
                "Photographs of her face taken for the transplant passport (file haldorsen_face_2024.jpg) were removed from the record."
            ),
        ],
        planted=[
            ("name", "Haldorsen"),
            ("date", "6 January 2024"),
            ("geographic", "Tromsø"),
            ("name", "Eirik Solbakken"),
            ("geographic", "Storgata 118"),
            ("geographic", "9008"),
            ("biometric identifier", "5521-0098-AH"),
            ("date", "2 February 2024"),
            ("full-face photograph", "haldorsen_face_2024.jpg"),
        ],
    ),
    Patient(
        name="Gwenaëlle Kerhervé",
        mrn="CHU-2231-0045",
        birth="1948-12-08",
        notes=[
            fr(
                "Mme Kerhervé, 76 ans, est suivie pour une {insuffisance rénale chronique} de stade 5 en {hémodialyse} depuis 2017."
            ),
            fr("Elle habite 9 rue de la Tour d'Auvergne, 35000 Rennes, avec son mari Yannick."),
            fr(
                "Le Dr Le Goff, néphrologue à Quimperlé, a noté des {calcifications vasculaires} étendues et un score d'{Agatston} élevé."
            ),
            fr(
                "Traitement: {carbonate de sevelamer} ({Renvela}) {800 mg} trois fois par jour, {cinacalcet} {30 mg} et {alfacalcidol} ({Un-Alfa})."
            ),
            fr(
                "Hospitalisée le 12 février 2024 pour une {péritonite}? Non: une {bactériémie} à {Staphylococcus epidermidis} sur {cathéter tunnellisé}."
            ),
            fr("Numéro de sécurité sociale 2 48 12 35 238 071 42; téléphone 02 99 63 41 57."),
            fr("Sa fille Soizic écrit à soizic.kerherve@orange-bretagne.fr pour les rendez-vous."),
            fr(
                "Signes de {Chvostek} et de {Trousseau} négatifs; {PTH} à {612 pg/mL} et {25-OH vitamine D} à {18 ng/mL}."
            ),
            fr(
                "Mme Dubois, infirmière libérale à Rennes, passe chaque matin pour les soins du pied."
            ),
        ],
        planted=[
            ("name", "Kerhervé"),
            ("geographic", "9 rue de la Tour d'Auvergne"),
            ("geographic", "35000"),
            ("geographic", "Rennes"),
            ("name", "Yannick"),
            ("name", "Le Goff"),
            ("geographic", "Quimperlé"),
            ("date", "12 février 2024"),
            ("social security number", "2 48 12 35 238 071 42"),
            ("telephone", "02 99 63 41 57"),
            ("name", "Soizic"),
            ("email", "soizic.kerherve@orange-bretagne.fr"),
            ("name", "Dubois"),
        ],
    ),
    Patient(
        name="Aurélien Dubois",
        mrn="0611-88340",
        birth="1972-05-30",
        notes=[
            fr(
                "Monsieur Dubois, originaire de Saint-Brieuc, présente une {néphropathie à IgA} confirmée par {biopsie rénale}."
            ),
            fr(
                "La {protéinurie} était de {2,4 g/24 h} malgré le {ramipril}; le {Tarpeyo} ({budésonide}) a été proposé."
            ),
            fr(
                "Mme Dubois, son épouse, a signalé des {œdèmes} des membres inférieurs et une {hématurie} macroscopique."
            ),
            fr(
                "Classification d'{Oxford} {M1 E0 S1 T1 C0}; pas de {croissants}; {C3} et {C4} normaux."
            ),
            fr("Adresse: 27 avenue Jean Jaurès, 22000 Saint-Brieuc. Mutuelle n° MGX-40917733."),
        ],
        planted=[
            ("name", "Dubois"),
            ("geographic", "Saint-Brieuc"),
            ("geographic", "27 avenue Jean Jaurès"),
            ("geographic", "22000"),
            ("health plan number", "MGX-40917733"),
        ],
    ),
    Patient(
        name="Itziar Goikoetxea Larrañaga",
        mrn="HC 3390217",
        birth="1959-09-11",
        notes=[
            es(
                "La paciente, de 65 años, natural de Azpeitia, ingresó el 3 de marzo de 2024 por {hipercalcemia} grave."
            ),
            es(
                "Presentaba {enfermedad renal crónica} estadio 4 y {mieloma múltiple} con {cadenas ligeras} {kappa} elevadas; la {proteína de Bence Jones} fue positiva."
            ),
            es(
                "Su hijo Unai Goikoetxea vive en la calle Nagusia 14, 20730 Azpeitia, y su teléfono es 943 81 22 67."
            ),
            es(
                "Recibió {zoledronato} {4 mg}, {hidratación} con {suero salino} y {denosumab} ({Xgeva}); la {calcemia} bajó a {10,1 mg/dL}."
            ),
            es(
                "La Dra. Etxeberria, de Osakidetza, solicitó una {tomografía} y una {resonancia magnética} de columna."
            ),
            es("Tarjeta sanitaria BI-0917-3348-22; DNI 72 450 913 K."),
            es(
                "Se aisló {Klebsiella pneumoniae} productora de {BLEE} en el {urocultivo}; se trató con {meropenem}."
            ),
        ],
        planted=[
            ("name", "Goikoetxea"),
            ("geographic", "Azpeitia"),
            ("date", "3 de marzo de 2024"),
            ("name", "Unai"),
            ("geographic", "calle Nagusia 14"),
            ("geographic", "20730"),
            ("telephone", "943 81 22 67"),
            ("name", "Etxeberria"),
            ("health plan number", "BI-0917-3348-22"),
            ("id number", "72 450 913 K"),
        ],
    ),
    Patient(
        name="Ramón Villaseñor",
        mrn="MX-55-190043",
        birth="1945-01-27",
        notes=[
            es(
                "Villaseñor es un agricultor jubilado de Jerez de la Frontera con {nefropatía diabética} y {retinopatía}."
            ),
            es(
                "Desde el lunes 8 de abril refiere {prurito}, {dolor óseo} y {debilidad muscular} proximal."
            ),
            es(
                "Se inició {diálisis peritoneal} ({DPCA}) con {icodextrina} ({Extraneal}); el {Kt/V} semanal fue {1,9}."
            ),
            es(
                "Su correo es ramon.vsenor@correo-jerez.es y su cuenta bancaria ES91 2100 0418 4502 0005 1332."
            ),
            es(
                "El {ecocardiograma} mostró {hipertrofia ventricular izquierda} y {calcificación} de la {válvula mitral}."
            ),
        ],
        planted=[
            ("name", "Villaseñor"),
            ("geographic", "Jerez de la Frontera"),
            ("date", "8 de abril"),
            ("email", "ramon.vsenor@correo-jerez.es"),
            ("account number", "ES91 2100 0418 4502 0005 1332"),
        ],
    ),
    Patient(
        name="Hildegard Wohlfahrt",
        mrn="KL-004417-9",
        birth="1938-06-02",
        notes=[
            de(
                "Frau Wohlfahrt, 86 Jahre, wird seit 2020 wegen einer {chronischen Niereninsuffizienz} im Stadium G5 mit {Hämodialyse} behandelt."
            ),
            de(
                "Sie wohnt in der Kastanienweg 12, 73033 Göppingen, zusammen mit ihrem Sohn Matthias."
            ),
            de(
                "Die Patientin klagte über {Knochenschmerzen} und {Juckreiz}; das {Parathormon} lag bei {980 pg/ml}."
            ),
            de(
                "Unter {Calcitriol} ({Rocaltrol}) und {Cinacalcet} sank das {iPTH}; eine {Parathyreoidektomie} wurde abgelehnt."
            ),
            de(
                "Am 5. Mai 2024 wurde sie im Klinikum am Eichert stationär aufgenommen; Dr. Kesselring stellte einen {Shuntverschluss} fest."
            ),
            de("Versichertennummer T 482 619 305; Telefon 07161 98 44 21; Fax 07161 98 44 29."),
            de(
                "Im {Röntgen} zeigten sich {subperiostale Resorptionen} und ein {braunes Tumor} am Kiefer, typisch für {Ostitis fibrosa cystica}."
            ),
            de(
                "Im Blut wurden {Enterococcus faecium} und {Candida albicans} nachgewiesen; sie erhielt {Vancomycin} und {Caspofungin}."
            ),
        ],
        planted=[
            ("name", "Wohlfahrt"),
            ("geographic", "Kastanienweg 12"),
            ("geographic", "73033"),
            ("geographic", "Göppingen"),
            ("name", "Matthias"),
            ("date", "5. Mai 2024"),
            ("geographic", "Eichert"),
            ("name", "Kesselring"),
            ("health plan number", "T 482 619 305"),
            ("telephone", "07161 98 44 21"),
            ("fax", "07161 98 44 29"),
        ],
    ),
    Patient(
        name="Friedemann Oberholzer",
        mrn="3108772",
        birth="1966-03-15",
        notes=[
            de(
                "Herr Oberholzer aus Rapperswil wurde nach einer {Nierentransplantation} mit {Tacrolimus} ({Prograf}) und {Mycophenolat} behandelt."
            ),
            de(
                "Seine Frau Beatrice berichtete über Fieber; die {Urinkultur} ergab {Escherichia coli} und {Proteus mirabilis}."
            ),
            de(
                "Oberholzers Hausärztin, Frau Dr. Imhof, überwies ihn mit Verdacht auf {Pyelonephritis} des Transplantats."
            ),
            de(
                "Die {Duplexsonographie} zeigte einen erhöhten {Resistance-Index}; die {Biopsie} ergab eine {Banff}-Klassifikation ohne {Abstoßung}."
            ),
            de(
                "AHV-Nummer 756.3390.8812.47; Kennzeichen SG 418 22; E-Mail f.oberholzer@seepost.ch."
            ),
        ],
        planted=[
            ("name", "Oberholzer"),
            ("geographic", "Rapperswil"),
            ("name", "Beatrice"),
            ("name", "Imhof"),
            ("id number", "756.3390.8812.47"),
            ("vehicle identifier", "SG 418 22"),
            ("email", "f.oberholzer@seepost.ch"),
        ],
    ),
    Patient(
        name="Assunta Ruggiero",
        mrn="PZ-88130",
        birth="1952-08-17",
        notes=[
            it(
                "La signora Ruggiero, 72 anni, residente a Nocera Inferiore, è in {emodialisi} trisettimanale per {insufficienza renale cronica}."
            ),
            it(
                "Il dott. Scarpellini ha documentato una {calcifilassi} con {necrosi cutanea} e ha avviato il {tiosolfato di sodio}."
            ),
            it(
                "Sua figlia Carmela abita in via Tommaso Fiore 23, 84014 Nocera Inferiore; cellulare 339 712 4408."
            ),
            it(
                "Il {paratormone} era {1120 pg/mL}; si è iniziato {etelcalcetide} ({Parsabiv}) dopo ogni seduta."
            ),
            it("Codice fiscale RGGSNT52M57F912X; tessera sanitaria 80380 0001 2345 6789."),
            it(
                "L'{ecografia} ha mostrato {reni} piccoli e iperecogeni, senza {idronefrosi}; l'{emocoltura} era positiva per {Staphylococcus aureus} {meticillino-resistente}."
            ),
            it("Ricoverata il 21 settembre 2024; dimessa la settimana successiva."),
        ],
        planted=[
            ("name", "Ruggiero"),
            ("geographic", "Nocera Inferiore"),
            ("name", "Scarpellini"),
            ("name", "Carmela"),
            ("geographic", "via Tommaso Fiore 23"),
            ("geographic", "84014"),
            ("telephone", "339 712 4408"),
            ("id number", "RGGSNT52M57F912X"),
            ("health plan number", "80380 0001 2345 6789"),
            ("date", "21 settembre 2024"),
        ],
    ),
    Patient(
        name="Lorenzo Rossi",
        mrn="SAN-41190",
        birth="1977-11-04",
        notes=[
            it(
                "Rossi, ingegnere di Bergamo, ha una {glomerulosclerosi focale segmentale} ({FSGS}) resistente agli {steroidi}."
            ),
            it(
                "Suo fratello Davide è stato valutato come donatore presso il Policlinico di Pavia."
            ),
            it(
                "La {biopsia} ha mostrato {podociti} con fusione dei {pedicelli}; gli {anticorpi anti-PLA2R} erano negativi."
            ),
            it(
                "È stato trattato con {rituximab} ({MabThera}) e {sparsentan}; la {proteinuria} è scesa a {1,1 g/die}."
            ),
        ],
        planted=[
            ("name", "Rossi"),
            ("geographic", "Bergamo"),
            ("name", "Davide"),
            ("geographic", "Pavia"),
        ],
    ),
    Patient(
        name="Conceição Figueiredo Brandão",
        mrn="ULS-2209341",
        birth="1950-03-09",
        notes=[
            pt(
                "A doente, de 74 anos, natural de Vila Real, faz {hemodiálise} há seis anos por {nefropatia diabética}."
            ),
            pt("O seu filho Tiago acompanha-a; vivem na Rua do Souto 45, 5000-612 Vila Real."),
            pt(
                "Apresentou {prurido} intenso e {calcificações} arteriais; a {PTH} era de {890 pg/mL} e o {fósforo} de {6,8 mg/dL}."
            ),
            pt(
                "A Dra. Alvarenga iniciou {carbonato de lantânio} ({Fosrenol}) e {paricalcitol} ({Zemplar})."
            ),
            pt(
                "Número de utente 287 441 903; telemóvel 912 440 718; email cfbrandao@sapo-norte.pt."
            ),
            pt(
                "Internada a 14 de outubro de 2024 com {bacteriemia} por {Staphylococcus aureus} associada ao {cateter venoso central}."
            ),
            pt("Figueiredo Brandão referiu que a neta Matilde a visita aos domingos."),
        ],
        planted=[
            ("name", "Figueiredo"),
            ("name", "Brandão"),
            ("geographic", "Vila Real"),
            ("name", "Tiago"),
            ("geographic", "Rua do Souto 45"),
            ("geographic", "5000-612"),
            ("name", "Alvarenga"),
            ("health plan number", "287 441 903"),
            ("telephone", "912 440 718"),
            ("email", "cfbrandao@sapo-norte.pt"),
            ("date", "14 de outubro de 2024"),
            ("name", "Matilde"),
        ],
    ),
    Patient(
        name="Joaquim Costa",
        mrn="HSJ-776120",
        birth="1962-06-26",
        notes=[
            pt(
                "Costa, professor em Braga, foi submetido a {transplante renal} de dador vivo em 2022."
            ),
            pt(
                "Recebeu {belatacept} ({Nulojix}) após {nefrotoxicidade} por {ciclosporina}; a {creatinina} estabilizou em {1,4 mg/dL}."
            ),
            pt(
                "A {biópsia} mostrou {nefropatia por vírus BK}; a {carga viral} era {4,2 log cópias/mL}."
            ),
            pt("A mulher, Leonor, telefonou do Hospital de Braga a pedir a carta de alta."),
        ],
        planted=[
            ("name", "Costa"),
            ("geographic", "Braga"),
            ("name", "Leonor"),
        ],
    ),
]


# Clinical terms that appear in no note above but must survive when they do: one sentence
# each, in English report prose (eponyms, organisms, brands, abbreviations, anatomy,
# laboratory and imaging words).
TERM_SENTENCES: list[str] = [
    "{Monckeberg sclerosis} of the {tibial arteries} was seen on the plain film.",
    "{Cockcroft-Gault} and {CKD-EPI} estimates differed by {12 mL/min}.",
    "{Gitelman syndrome} and {Bartter syndrome} were considered for the {hypokalaemia}.",
    "{Liddle syndrome} was excluded; {amiloride} corrected the {alkalosis}.",
    "{Goodpasture disease} with {anti-GBM} antibodies required {plasma exchange}.",
    "{Sjögren syndrome} with {distal RTA} and {nephrocalcinosis} was diagnosed.",
    "{Kussmaul breathing} accompanied the {metabolic acidosis}; {bicarbonate} was {9 mmol/L}.",
    "{Cheyne-Stokes respiration} was noted overnight.",
    "{Henle} loop dysfunction was suspected, and {Bowman capsule} rupture was seen on the biopsy.",
    "{Brescia-Cimino fistula} creation was planned after {vein mapping}.",
    "A {Quinton catheter} was replaced by a {tunnelled cuffed catheter}.",
    "{Foley catheter} drainage relieved the {hydronephrosis}.",
    "{Gram stain} showed {Gram-positive cocci} in clusters.",
    "{Ziehl-Neelsen} staining was negative for {acid-fast bacilli}.",
    "{Friedewald} {LDL} was {2.1 mmol/L}.",
    "{Virchow triad} was met; {apixaban} ({Eliquis}) was started.",
    "{Valsalva manoeuvre} terminated the {SVT}.",
    "{Korotkoff sounds} were faint.",
    "{Waldenström macroglobulinaemia} with {IgM} paraprotein was found.",
    "{Castleman disease} and {Kaposi sarcoma} were ruled out.",
    "{Wilms tumour} in childhood had required {nephrectomy}.",
    "{Behçet disease} and {Takayasu arteritis} were considered.",
    "{Addison disease} was excluded by a {synacthen test}.",
    "{Conn syndrome}: {aldosterone-renin ratio} was raised.",
    "{Hashimoto thyroiditis} was treated with {levothyroxine}.",
    "{Graves disease} had been treated with {carbimazole}.",
    "{Crohn disease} explained the {oxalate nephropathy}.",
    "{Whipple procedure} had been done for a {pancreatic} mass.",
    "{Hodgkin lymphoma} had been treated with {ABVD}.",
    "{Raynaud phenomenon} preceded the {scleroderma renal crisis}.",
    "{Aspergillus fumigatus} grew from the {bronchoalveolar lavage}.",
    "{Cryptococcus neoformans} antigen was positive in the {CSF}.",
    "{Mycobacterium tuberculosis} was isolated from early-morning urine.",
    "{Clostridioides difficile} toxin was detected.",
    "{Stenotrophomonas maltophilia} and {Acinetobacter baumannii} colonised the line.",
    "{Burkholderia cepacia} was cultured from the {dialysate}.",
    "{Legionella} urinary antigen and {Listeria} blood cultures were negative.",
    "{Serratia marcescens} was treated with {meropenem}.",
    "{Nocardia} infection followed {rituximab}.",
    "{Streptococcus pneumoniae} bacteraemia preceded the {aHUS}.",
    "{Sensipar} {60 mg} was taken with the evening meal.",
    "{Renagel} was replaced by {Velphoro} ({sucroferric oxyhydroxide}).",
    "{Aranesp} {40 micrograms} weekly and {Mircera} monthly were compared.",
    "{Eprex} had been stopped for {pure red cell aplasia}.",
    "{Prolia} was given six-monthly, then {Evenity} monthly, then {Aclasta}.",
    "{Forteo} ({teriparatide}) was not used because of {adynamic bone disease}.",
    "{Lasix} {80 mg} and {Aldactone} {25 mg} were held.",
    "{Xarelto} was switched to {Clexane} ({enoxaparin}).",
    "{Soliris} ({eculizumab}) then {Ultomiris} ({ravulizumab}) for {aHUS}.",
    "{Jardiance}, {Forxiga} and {Kerendia} ({finerenone}) were discussed.",
    "{Lokelma} ({sodium zirconium cyclosilicate}) and {Veltassa} ({patiromer}) for {hyperkalaemia}.",
    "{Ferinject} ({ferric carboxymaltose}) caused {hypophosphataemia}; {Monofer} did not.",
    "{Venofer} {200 mg} was given with each session.",
    "{Thymoglobulin} induction was followed by {Myfortic}.",
    "{Zyloric} was replaced by {Uloric} after {rasburicase}.",
    "{Keflex} was given for the {UTI}.",
    "{PD} with {APD} overnight achieved {ultrafiltration} of {900 mL}.",
    "{AVG} thrombosis required {thrombectomy}; the {CVC} was removed.",
    "{ESRD}, {ESKD} and {AKI} stage 3 ({KDIGO}) were recorded.",
    "{uPCR} {340 mg/mmol} and {uACR} {210 mg/mmol}.",
    "{URR} {72%}, {spKt/V} {1.5}, {nPCR} {1.1 g/kg/day}.",
    "{FGF23} and {Klotho} were research measures.",
    "{BAP}, {TRAP5b}, {CTX} and {P1NP} were raised.",
    "{25(OH)D} {32 nmol/L} and {1,25(OH)2D} {18 pg/mL}.",
    "{GGT}, {CRP} and {ESR} were normal.",
    "{ANCA} ({MPO}) positive {crescentic glomerulonephritis}.",
    "{ASO} titre was raised; {C3} was low.",
    "{TSAT} {14%} and {ferritin} {95 ng/mL} on {ESA} therapy.",
    "{ACEi}, {ARB}, {MRA} and {SGLT2i} were continued; {NSAID} and {PPI} stopped.",
    "{TTE} and {TOE} showed no vegetation; {CTPA} was negative.",
    "{HRCT} showed fibrosis; {HR-pQCT} showed cortical porosity.",
    "{SPECT}, {DWI}, {STIR} and {FLAIR} sequences were reviewed.",
    "{T1-weighted} and {T2-weighted} images showed {signal change} at {L3}.",
    "{CPPD} crystals were seen in the aspirate; {MGUS} was known.",
    "{AL amyloidosis} and {AA amyloidosis} were excluded by {Congo red} staining.",
    "{MCD}, {MN} and {IgAN} were in the differential with {TMA}.",
    "{TTP} with {ADAMTS13} below {10%} was excluded.",
    "{ARPKD}, {SIADH} and {RTA} type 4 were listed.",
    "{HLA} mismatch 2-2-1; {DSA} negative; {cPRA} {85%}.",
    "{MRSA}, {VRE}, {ESBL} and {CRE} screens were negative.",
    "{MIC} of {vancomycin} was {1 mg/L}.",
    "{Rugger-jersey spine} and {osteitis fibrosa cystica} on radiographs.",
    "{Agatston score}, {Kauppila score} and {Adragao score} were recorded.",
    "{Livedo reticularis} preceded the {calciphylaxis}.",
    "{Corticomedullary differentiation} was lost and {echogenicity} increased.",
    "{Hyaline arteriolosclerosis} and {mesangial} expansion were seen.",
    "{Cystatin C}, {beta-2 microglobulin} and {haptoglobin} were measured.",
    "{Schistocytes} on the film and raised {LDH} suggested {TMA}.",
    "{Procalcitonin}, {troponin} and {NT-proBNP} were raised.",
    "{Anion gap} {22}, {osmolality} {310 mOsm/kg}, {fractional excretion of sodium} {0.4%}.",
    "{Lanthanum carbonate} and {ferric citrate} were alternatives to {calcium acetate}.",
    "{Calcifediol} and {doxercalciferol} were considered.",
    "{Abaloparatide} and {ibandronate} were not available.",
    "{Piperacillin-tazobactam}, {daptomycin} and {linezolid} were given in turn.",
    "{Rifampicin} induced {tacrolimus} metabolism.",
    "{Fluconazole} then {micafungin} for {candidaemia}.",
    "{Argatroban} replaced {heparin} for {HIT}; {alteplase} locks were used.",
    "{Swan-Ganz catheter} pressures were recorded in {ICU}.",
    "{Seldinger technique} was used for the {femoral} line.",
    "{Hickman line} infection with {Candida parapsilosis}.",
    "{Westergren} {ESR} was {88 mm/h}.",
    "{Jaffe} creatinine overestimated the value in {ketoacidosis}.",
    "{MDRD} and {Schwartz} formulas were compared.",
    "{Starling} forces explain the {oedema}.",
    "{Charcot joint} and {Trendelenburg gait} were noted.",
    "{Babinski sign} was absent; {Romberg test} was negative.",
    "{Lasègue sign} was positive on the left.",
    "{Murphy sign} was negative.",
    "{Tinel sign} and {Phalen test} suggested {carpal tunnel syndrome} from {beta-2 microglobulin amyloid}.",
    "{Horner syndrome} followed the {jugular} line.",
    "{Bell palsy} resolved.",
    "{Cushing syndrome} from exogenous {prednisolone}.",
    "{Kawasaki disease} in childhood.",
    "{Fanconi syndrome} after {ifosfamide}.",
    "{Wegener granulomatosis} (now {GPA}) was the old diagnosis.",
    "{Sjogren} and {Behcet} written without accents must survive too.",
]
