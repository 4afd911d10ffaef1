# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A names classes corpus (2026-12-02, issue 14, branch deidnames), written before any change
made for it and measured on main ec056ca first: NAMES, PLACES and other unique identifiers
in forms the recognisers had not been shown, and clinical terms that hold a place or a
person's name.

Classes (the planted kind's word after the slash says which):

- ``name``: people not in the record: a surname alone before a verb ("Marchetti reviewed
  the films"), after a verb of speech ("according to", "per Okafor", "said Kowalczyk"),
  in a list of people, in a table, in a signature ("— T. Nwosu"), initials with a family
  name, hyphenated and double surnames, a local title (Italian "geom.", Tagalog "Aling",
  Yoruba "Alhaja", Indonesian "Bu", Swahili "Bi", Maori "Whaea", Vietnamese "chị", Turkish
  "Hanım"), and given names that are ordinary words (Hazel, Joy, Gift, Destiny, Reyes,
  Sommer) where the context says a person;
- ``place``: towns and villages, districts, streets in local order with their number
  ("Via Roma 12", "ul. Lipowa 7", "Rua das Flores, 45", "Jl. Melati No. 8"), facilities
  named after places, a town with a locative ending (Turkish "Ürgüp'te", Polish "w
  Bochni");
- ``id``: local registration, certificate and insurance numbers in forms not yet handled;
- ``email``: an e-mail written out in words ("jan dot smit at gmail dot com");
- ``plate``: a vehicle registration plate.

The other side (in braces, must survive): diseases named after places (West Nile, Lyme,
Ross River, Chagas, Marburg, Ebola, Murray Valley, Balkan nephropathy), eponyms (Alport,
Fabry, Goodpasture, Wegener, Bence Jones), cell names ("nTreg"), drugs, doses, levels and
lab values, and whole clinical sentences.

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


en, it, pt, nl, pl, tr, sw, tl, vi, id_, yo, mi = (
    partial(Note, x) for x in words("en it pt nl pl tr sw tl vi id yo mi")
)

NAMES: list[Patient] = [
    Patient(
        name="Graziella Fontanesi",
        mrn="PRM-88213",
        birth="1957-05-02",
        notes=[
            en(
                "Marchetti reviewed the films and agreed that the {L4-L5} disc was not the cause of her pain."
            ),
            en(
                "Per Okafor, the {renal biopsy} showed {thin basement membranes} consistent with {Alport syndrome}."
            ),
            it(
                "La paziente abita in Via dei Mille 14 a Casalpusterlengo; la figlia lavora a Borgo Val di Taro."
            ),
            it(
                "Il geom. Bertolazzi, vicino di casa, l'ha accompagnata in pronto soccorso con {edema} e {creatinina 3,4 mg/dl}."
            ),
            en("— T. Nwosu, nephrology registrar"),
        ],
        planted=[
            ("name/surname subject", "Marchetti"),
            ("name/per", "Okafor"),
            ("place/street local order", "Via dei Mille 14"),
            ("place/town", "Casalpusterlengo"),
            ("place/town", "Borgo Val di Taro"),
            ("name/local title", "Bertolazzi"),
            ("name/signature", "Nwosu"),
        ],
    ),
    Patient(
        name="Hendrika Stoltenberg",
        mrn="UMC-40177",
        birth="1962-08-19",
        notes=[
            en(
                "Hazel phoned on Tuesday to say her mother had stopped the {tacrolimus 3 mg} twice daily."
            ),
            en("Present at the family meeting: Joy, Destiny Okonkwo, Reyes and the ward sister."),
            nl(
                "Mevrouw woont aan de Kerkstraat 22 in Oosterwolde en wordt gebracht door haar buurvrouw Sommer."
            ),
            nl(
                "Zij werd eerder opgenomen in het Martiniziekenhuis; {Fabry disease} werd uitgesloten met {alfa-galactosidase A} activiteit."
            ),
            en(
                "Her e-mail is hendrika dot stolt at ziggo dot nl and her husband drives a car with plate 87-KTB-4."
            ),
        ],
        planted=[
            ("name/ordinary word subject", "Hazel"),
            ("name/ordinary word list", "Joy,"),
            ("name/ordinary word list", "Destiny"),
            ("name/list", "Okonkwo"),
            ("name/ordinary word list", "Reyes"),
            ("place/street local order", "Kerkstraat 22"),
            ("place/town", "Oosterwolde"),
            ("name/ordinary word after relation", "Sommer"),
            ("place/facility", "Martiniziekenhuis"),
            ("email/words", "dot stolt at ziggo"),
            ("plate/vehicle", "87-KTB-4"),
        ],
    ),
    Patient(
        name="Rosimeire Albuquerque",
        mrn="HCPA-61520",
        birth="1970-03-11",
        notes=[
            pt(
                "Paciente reside na Rua das Acácias, 451, bairro Petrópolis, em Canguçu; é acompanhada pela irmã Gracinda."
            ),
            pt(
                "Foi atendida no Hospital Regional de Itapecerica antes da transferência; {doença de Chagas} em tratamento com {benznidazol}."
            ),
            en(
                "Her CPF 482.117.903-55 and SUS card 708 2041 5573 9916 were copied to the referral by Dr Tavares-Lins."
            ),
            en(
                "Seen with Vasconcelos Moreira, her son-in-law, who says {Chagas cardiomyopathy} was diagnosed in 2011."
            ),
        ],
        planted=[
            ("place/street local order", "Rua das Acácias, 451"),
            ("place/district", "Petrópolis"),
            ("place/town", "Canguçu"),
            ("name/after relation", "Gracinda"),
            ("place/facility", "Itapecerica"),
            ("id/local", "482.117.903-55"),
            ("id/local", "708 2041 5573 9916"),
            ("name/hyphenated", "Tavares-Lins"),
            ("name/double surname", "Vasconcelos Moreira"),
        ],
    ),
    Patient(
        name="Zbigniew Kołodziejczyk",
        mrn="WSS-22841",
        birth="1951-12-30",
        notes=[
            pl("Pacjent mieszka przy ul. Lipowej 7 m. 3 w Bochni; córka dojeżdża z Wieliczki."),
            pl(
                "Konsultowany przez dr. hab. Sobieraja; {nefropatia bałkańska} wykluczona, {białkomocz 2,1 g/d}."
            ),
            en(
                "Said Kowalczyk: the {kidney biopsy} slides go back to the pathology lab on Monday."
            ),
            en("His PESEL is not on file; ID card ABX 482913, driving licence 04815/12/1203."),
        ],
        planted=[
            ("place/street local order", "Lipowej 7"),
            ("place/locative", "Bochni"),
            ("place/locative", "Wieliczki"),
            ("name/local title", "Sobieraja"),
            ("name/speech verb", "Kowalczyk"),
            ("id/local", "ABX 482913"),
            ("id/local", "04815/12/1203"),
        ],
    ),
    Patient(
        name="Emine Karaosmanoğlu",
        mrn="CTF-70351",
        birth="1964-06-07",
        notes=[
            tr("Hasta Ürgüp'te yaşıyor; kızı Ayşe Hanım her hafta Nevşehir'den geliyor."),
            tr("Adres: Atatürk Mahallesi, Gül Sokak No: 9, Avanos."),
            en(
                "Her nephrologist in Kayseri, Dr. Öztürk-Şahin, wrote that {Balkan nephropathy} was unlikely and {AA amyloidosis} was found."
            ),
            en("Kemal drove her in; the car's plate is 50 ABC 718."),
        ],
        planted=[
            ("place/locative", "Ürgüp"),
            ("name/local title", "Ayşe"),
            ("place/locative", "Nevşehir"),
            ("place/district", "Atatürk Mahallesi"),
            ("place/street local order", "Gül Sokak No: 9"),
            ("place/town", "Avanos"),
            ("place/town", "Kayseri"),
            ("name/hyphenated", "Öztürk-Şahin"),
            ("name/bare subject", "Kemal"),
            ("plate/vehicle", "50 ABC 718"),
        ],
    ),
    Patient(
        name="Mwanaisha Kiprotich",
        mrn="MOI-14409",
        birth="1968-09-25",
        notes=[
            sw("Mgonjwa anaishi Kijiji cha Kapsabet, Wilaya ya Nandi; Bi Chebet ni jirani yake."),
            en("She travelled from Eldoret with Gift, her grandson, who translated for her."),
            en("Her NHIF number is 3318-0042-77 and her national ID 28814407."),
            en(
                "{Ebola virus disease} and {Marburg virus disease} were excluded by {PCR}; {malaria} film negative."
            ),
            en("Wanjala and Kiplagat from the outreach team will visit her at home."),
        ],
        planted=[
            ("place/town", "Kapsabet"),
            ("place/district", "Nandi"),
            ("name/local title", "Chebet"),
            ("place/town", "Eldoret"),
            ("name/ordinary word after relation", "Gift"),
            ("id/local", "3318-0042-77"),
            ("id/local", "28814407"),
            ("name/list", "Wanjala"),
            ("name/list", "Kiplagat"),
        ],
    ),
    Patient(
        name="Corazon Dimaculangan",
        mrn="PGH-30982",
        birth="1959-02-14",
        notes=[
            tl(
                "Nakatira si Aling Corazon sa Barangay San Isidro, Tanauan; kasama niya si Mang Ramil."
            ),
            en("Address: 17 Mabini St., Brgy. Poblacion, Lipa City, Batangas."),
            en(
                "Seen by Dra. Macaraeg, who noted {Bence Jones proteinuria} and {lambda light chains} on {immunofixation}."
            ),
            en("Her PhilHealth number 12-050334871-9 was checked by Reyes-Tolentino at admission."),
        ],
        planted=[
            ("place/district", "San Isidro"),
            ("place/town", "Tanauan"),
            ("name/local title", "Ramil"),
            ("place/street local order", "17 Mabini St."),
            ("place/district", "Poblacion"),
            ("place/town", "Lipa City"),
            ("name/local title", "Macaraeg"),
            ("id/local", "12-050334871-9"),
            ("name/hyphenated", "Reyes-Tolentino"),
        ],
    ),
    Patient(
        name="Nguyễn Thị Lan",
        mrn="BVC-55720",
        birth="1966-10-03",
        notes=[
            vi("Bệnh nhân sống ở phường Bến Nghé, quận 1; chị Hằng là con gái."),
            en("She lives at 24 Lê Lợi, Huế, and her son Trần Văn Bảo is the contact."),
            en("{Japanese encephalitis} serology was negative; {dengue NS1} was negative."),
        ],
        planted=[
            ("place/district", "Bến Nghé"),
            ("name/local title", "Hằng"),
            ("place/street local order", "24 Lê Lợi"),
            ("place/town", "Huế"),
            ("name/after relation", "Trần Văn Bảo"),
        ],
    ),
    Patient(
        name="Sri Wahyuningsih",
        mrn="RSCM-71034",
        birth="1972-01-29",
        notes=[
            id_(
                "Pasien tinggal di Jl. Melati No. 8, Kelurahan Sukajadi, Bandung; Bu Ratna yang mengantar."
            ),
            en(
                "Her NIK 3273014501720003 is on the insurance form; Pak Hartono, her husband, signed."
            ),
            en("{Leptospirosis} was excluded; {Hantaan virus} serology was negative."),
        ],
        planted=[
            ("place/street local order", "Jl. Melati No. 8"),
            ("place/district", "Sukajadi"),
            ("place/town", "Bandung"),
            ("name/local title", "Ratna"),
            ("id/local", "3273014501720003"),
            ("name/local title", "Hartono"),
        ],
    ),
    Patient(
        name="Adeola Ogunleye",
        mrn="LUTH-20388",
        birth="1960-04-17",
        notes=[
            yo("Alhaja Mojisola ni iya re; o ngbe ni Ikorodu, Lagos."),
            en(
                "Reviewed by Prof. Adebayo-Williams and Dr Nnamdi; plan agreed with Funmilayo (daughter)."
            ),
            en("Contact: adeola underscore o at yahoo dot com, or her son via the ward."),
            en(
                "{Lassa fever} was considered and excluded; {Goodpasture} antibodies and {ANCA} were negative."
            ),
        ],
        planted=[
            ("name/local title", "Mojisola"),
            ("place/town", "Ikorodu"),
            ("name/hyphenated", "Adebayo-Williams"),
            ("name/after title", "Nnamdi"),
            ("name/before relation", "Funmilayo"),
            ("email/words", "adeola underscore o at yahoo"),
        ],
    ),
    Patient(
        name="Mereana Tūhoe-Walker",
        mrn="ADHB-91002",
        birth="1958-07-21",
        notes=[
            mi("Kei Ōtaki a Mereana e noho ana; ko Whaea Huia tōna tuahine."),
            en("She lives at 12 Kōwhai Grove, Ōtaki, and attends Te Awakairangi Health."),
            en("Aroha and Wiremu, her mokopuna, help with the {peritoneal dialysis} exchanges."),
            en(
                "{Ross River virus} and {Murray Valley encephalitis} were on the differential after her trip."
            ),
            en("Her NHI is ZAC4821 and the van's plate is KRT482."),
        ],
        planted=[
            ("place/town", "Ōtaki"),
            ("name/local title", "Huia"),
            ("place/street local order", "12 Kōwhai Grove"),
            ("place/facility", "Te Awakairangi"),
            ("name/list", "Aroha"),
            ("name/list", "Wiremu"),
            ("id/local", "ZAC4821"),
            ("plate/vehicle", "KRT482"),
        ],
    ),
    Patient(
        name="Dorothea Blackwood",
        mrn="MGH-66120",
        birth="1948-11-05",
        notes=[
            en(
                "Discussed with Lindqvist and Abernethy-Price, who agreed to restart {apixaban 2.5 mg}."
            ),
            en(
                "Lives on a farm outside Tumbarumba with her partner Marguerite; {Lyme disease} serology was negative."
            ),
            en(
                "Staff on the ward round:\nR. Okoye (registrar)\nP. Szymanski (pharmacist)\nJ. Delacroix-Mbeki (charge nurse)"
            ),
            en(
                "Her Medicare number 2951 48317 2 and her pension card 604-118-227A are in the chart."
            ),
            en(
                "{West Nile virus} IgM was negative; {Wegener granulomatosis} had been suspected in 2019."
            ),
        ],
        planted=[
            ("name/list", "Lindqvist"),
            ("name/hyphenated", "Abernethy-Price"),
            ("place/town", "Tumbarumba"),
            ("name/after relation", "Marguerite"),
            ("name/initials list", "Okoye"),
            ("name/initials list", "Szymanski"),
            ("name/initials list", "Delacroix-Mbeki"),
            ("id/local", "2951 48317 2"),
            ("id/local", "604-118-227A"),
        ],
    ),
    Patient(
        name="Giacomo Sbarbaro",
        mrn="OSG-33019",
        birth="1955-03-27",
        notes=[
            it(
                "Secondo Ferraresi il quadro è compatibile con {sindrome di Alport}; la moglie Speranza è d'accordo."
            ),
            it("Codice fiscale SBRGCM55C27D969K; tessera sanitaria 80380 00012 34567 8901."),
            it("Ricoverato all'Ospedale di Sestri Levante, poi trasferito a Chiavari."),
            en("Amadori told the family that {nTreg} and {Th17} counts were being studied."),
        ],
        planted=[
            ("name/speech verb", "Ferraresi"),
            ("name/ordinary word after relation", "Speranza"),
            ("id/local", "SBRGCM55C27D969K"),
            ("id/local", "80380 00012 34567 8901"),
            ("place/facility", "Sestri Levante"),
            ("place/town", "Chiavari"),
            ("name/surname subject", "Amadori"),
        ],
    ),
    Patient(
        name="Bartholomew Osei",
        mrn="KBTH-10045",
        birth="1963-08-08",
        notes=[
            en(
                "Mensah-Bonsu examined him in the clinic at Korle Bu and found {pitting oedema} to the knees."
            ),
            en("He farms near Nkawkaw and attends church in Asamankese with Comfort and Blessing."),
            en("Write to bart dot osei at gmail dot com or call his brother."),
            en("Signed,\nAma Owusu-Ansah\nRenal nurse"),
            en("His Ghana Card GHA-718204937-3 was seen at registration."),
        ],
        planted=[
            ("name/surname subject", "Mensah-Bonsu"),
            ("place/facility", "Korle Bu"),
            ("place/town", "Nkawkaw"),
            ("place/town", "Asamankese"),
            ("name/ordinary word list", "Comfort"),
            ("name/ordinary word list", "Blessing"),
            ("email/words", "bart dot osei at gmail"),
            ("name/signature", "Owusu-Ansah"),
            ("id/local", "GHA-718204937-3"),
        ],
    ),
    Patient(
        name="Philippa Harcourt",
        mrn="RBH-50213",
        birth="1954-02-09",
        notes=[
            en(
                "Young reviewed her on the ward; Price and Hill from the renal team disagreed about the {prednisolone} taper."
            ),
            en(
                "She moved from Reading to a cottage near Bath, then to Hope Valley, where she keeps bees."
            ),
            en(
                "Her carer, Faith, and her nephew Rowan Marsh visit; Grace Whitlock is her solicitor."
            ),
            en("Email: pippa(at)harcourt-home(dot)co(dot)uk; landline on the front sheet."),
            en(
                "Her NHS number is 943 476 5919; her blue badge BB-0042187 and car DX19 KFG are registered to her daughter."
            ),
            en("— Dr K. Adeyemi-Lawson, ST5 renal; cc: Mr O. Fairweather, GP, Wolverton Surgery"),
        ],
        planted=[
            ("name/ordinary word subject", "Young reviewed"),
            ("name/ordinary word list", "Price and"),
            ("name/ordinary word list", "and Hill"),
            ("place/town", "from Reading"),
            ("place/town", "near Bath"),
            ("place/district", "Hope Valley"),
            ("name/ordinary word after relation", "Faith"),
            ("name/after relation", "Rowan Marsh"),
            ("name/ordinary word list", "Grace Whitlock"),
            ("email/words", "harcourt-home(dot)co"),
            ("id/local", "943 476 5919"),
            ("id/local", "BB-0042187"),
            ("plate/vehicle", "DX19 KFG"),
            ("name/signature", "Adeyemi-Lawson"),
            ("name/signature", "Fairweather"),
            ("place/facility", "Wolverton"),
        ],
    ),
    Patient(
        name="Ananya Raghunathan",
        mrn="AIIMS-20731",
        birth="1969-12-12",
        notes=[
            en(
                "Lives at Flat 3B, Shanti Kunj Apartments, 14th Cross, Jayanagar 4th Block, Bengaluru 560011."
            ),
            en(
                "Her Aadhaar 4821 7733 9012 and PAN ABCPR1234K were photocopied by Mrs Iyer at the desk."
            ),
            en(
                "Srinivasan agreed to the {renal biopsy}; Lakshmi, her sister-in-law, will stay with her."
            ),
            en(
                "Per Bhattacharya the {kala-azar} test and {Kyasanur Forest disease} serology were negative."
            ),
            en("Her vehicle KA 05 MN 4821 was parked outside casualty."),
        ],
        planted=[
            ("place/district", "Shanti Kunj"),
            ("place/district", "Jayanagar"),
            ("place/town", "Bengaluru"),
            ("id/local", "4821 7733 9012"),
            ("id/local", "ABCPR1234K"),
            ("name/after title", "Iyer"),
            ("name/surname subject", "Srinivasan"),
            ("name/before relation", "Lakshmi"),
            ("name/per", "Bhattacharya"),
            ("plate/vehicle", "KA 05 MN 4821"),
        ],
    ),
    Patient(
        name="Siosaia Fifita",
        mrn="VAI-70022",
        birth="1961-05-30",
        notes=[
            en(
                "He said Lose and Mele had driven him from Kolonga to Nukuʻalofa for the {haemodialysis} session."
            ),
            en(
                "Dr Fonua, Sister Taufa and Ofa were present; {Ross River virus} serology came back negative."
            ),
            en("Reported by: Tevita Havili (nurse aide), 2 Taufaʻahau Road."),
        ],
        planted=[
            ("name/list", "Lose and"),
            ("name/list", "Mele"),
            ("place/town", "Kolonga"),
            ("place/town", "Nukuʻalofa"),
            ("name/after title", "Fonua"),
            ("name/after title", "Taufa and"),
            ("name/list", "Ofa"),
            ("name/list", "Tevita Havili"),
            ("place/street", "2 Taufaʻahau Road"),
        ],
    ),
]

# The other side: sentences whose every clinical term (in braces) must survive whole.
TERMS: list[Patient] = [
    Patient(
        name="Leontine Vermaak",
        mrn="TBH-00007",
        birth="1966-01-01",
        notes=[
            en(
                "{West Nile virus} and {St. Louis encephalitis} were excluded; {Murray Valley encephalitis} is endemic in the north."
            ),
            en(
                "{Lyme disease}, {Rocky Mountain spotted fever} and {Chagas disease} were considered."
            ),
            en("{Ross River virus} arthritis, {Marburg virus} and {Ebola virus} were not tested."),
            en(
                "{Balkan endemic nephropathy} and {Mesoamerican nephropathy} are chronic interstitial diseases."
            ),
            en(
                "{Alport syndrome}, {Fabry disease}, {Goodpasture syndrome} and {Bence Jones protein} were discussed."
            ),
            en(
                "{nTreg} and {iTreg} subsets, {CD4} counts and {Th17} cells were measured by {flow cytometry}."
            ),
            en("{Wegener} granulomatosis is now {granulomatosis with polyangiitis}."),
            en(
                "{Coxsackie B} myocarditis and {Norwalk virus} gastroenteritis were ruled out; {Zika} serology was negative."
            ),
            en(
                "{Puumala virus} causes {nephropathia epidemica}; {Hantaan virus} causes {haemorrhagic fever with renal syndrome}."
            ),
            en(
                "{Japanese encephalitis} vaccine and {yellow fever} vaccine were given before travel."
            ),
            en("{Lassa fever} and {Crimean-Congo haemorrhagic fever} were excluded by {RT-PCR}."),
            en(
                "{Kimmelstiel-Wilson} nodules; {Henoch-Schönlein purpura}; {Tamm-Horsfall protein} casts."
            ),
        ],
    ),
    Patient(
        name="Ingeborg Thorsdottir",
        mrn="LSH-00008",
        birth="1959-01-01",
        notes=[
            en("Reviewed the films and agreed: {L4-L5} and {C5/C6} levels unchanged."),
            en("Hope this helps. Grace period for the {iron sucrose} order ended on Friday."),
            en("Joy and relief were evident when the {creatinine} fell to {1.4 mg/dL}."),
            en(
                "Destiny is not a clinical concept, but {adherence} is; {tacrolimus} trough {6.1 ng/mL}."
            ),
            en(
                "Summer admissions rose; {heat stroke} and {rhabdomyolysis} with {CK 48000 U/L} were seen."
            ),
            en(
                "Per protocol, {vancomycin} trough was checked; {piperacillin-tazobactam} was continued."
            ),
            en("Signed consent was obtained for the {kidney biopsy} and {blood transfusion}."),
            it(
                "Secondo le linee guida {KDIGO}, la {sindrome nefrosica} richiede {albumina} e {diuretici}."
            ),
            pt("A {doença de Chagas} e a {febre amarela} são endêmicas na região."),
            nl("De {ziekte van Fabry} en het {syndroom van Alport} zijn erfelijk."),
            pl("{Nefropatia bałkańska} i {gorączka Zachodniego Nilu} zostały wykluczone."),
            en(
                "Gift aid forms were left at reception; {erythropoietin} {4000 IU} weekly continued."
            ),
        ],
    ),
]


# A second batch (17:05 UTC), written after the first fixes and before any change for it:
# the same classes in forms neither batch nor the fixes were built on.
NAMES2: list[Patient] = [
    Patient(
        name="Olusegun Adewale",
        mrn="UCH-40917",
        birth="1953-03-19",
        notes=[
            en(
                "We asked Okonjo to review the {renal biopsy}, then handed over to Castellanos for the night."
            ),
            en("The consultant (Ferreira) agreed; cc: Abara, Attn: Nakamura-Lindgren."),
            en("Name: ADEWALE, Olusegun | Ward: Tygerberg 4B | Next of kin: Precious (niece)"),
            en("Dictated by: M. Kaczmarek / typed by: jl"),
            en(
                "He was seen in Okonjo's clinic at Groote Schuur and lives on Calle Mayor 5, 3º B, in Alcalá de Henares."
            ),
            en("Email j.okafor [at] unilag [dot] edu [dot] ng, or okonjo arroba correo punto es."),
        ],
        planted=[
            ("name/object of a verb", "Okonjo"),
            ("name/object of a verb", "Castellanos"),
            ("name/in parentheses", "Ferreira"),
            ("name/cc line", "Abara"),
            ("name/cc line", "Nakamura-Lindgren"),
            ("name/ordinary word before relation", "Precious"),
            ("name/signature", "Kaczmarek"),
            ("place/facility", "Tygerberg"),
            ("place/facility", "Groote Schuur"),
            ("place/street local order", "Calle Mayor 5"),
            ("place/town", "Alcalá de Henares"),
            ("email/words", "unilag [dot] edu"),
            ("email/words", "arroba correo"),
        ],
    ),
    Patient(
        name="Krystyna Wawrzyniak",
        mrn="SZP-71102",
        birth="1950-10-10",
        notes=[
            pl(
                "Pacjentka przebywała w Sanoku, potem u córki w Krośnie; samochód WA 12345, PESEL w karcie."
            ),
            en(
                "Her daughter Memory and son-in-law Honour Banda visit; Memory called on the ward phone."
            ),
            en("She holds a Spanish NIE X1234567L and a DNI 12345678Z from her years in Málaga."),
            en("Honour phoned the pharmacy about the {ciclosporin} levels."),
        ],
        planted=[
            ("place/locative", "Sanoku"),
            ("place/locative", "Krośnie"),
            ("plate/vehicle", "WA 12345"),
            ("name/ordinary word after relation", "Memory"),
            ("name/ordinary word after relation", "Honour Banda"),
            ("id/local", "X1234567L"),
            ("id/local", "12345678Z"),
            ("place/town", "Málaga"),
        ],
    ),
    Patient(
        name="Thandiwe Nkosi",
        mrn="CHB-22087",
        birth="1967-06-16",
        notes=[
            en(
                "Her SA ID 6706160512083 and Singapore NRIC S8234567D (from her nursing years) were recorded."
            ),
            en(
                "She drives a Toyota, plate GP 482-913, from Soweto to Chris Hani Baragwanath each week."
            ),
            en("Lerato and Sipho, her children, and Sunday, her brother, are the carers."),
            en(
                "Per Mthembu-Dlamini the {Kaposi sarcoma} lesions were biopsied; {Epstein-Barr virus} PCR negative."
            ),
        ],
        planted=[
            ("id/local", "6706160512083"),
            ("id/local", "S8234567D"),
            ("plate/vehicle", "GP 482-913"),
            ("place/town", "Soweto"),
            ("place/facility", "Chris Hani Baragwanath"),
            ("name/list", "Lerato"),
            ("name/list", "Sipho"),
            ("name/ordinary word before relation", "Sunday, her"),
            ("name/per", "Mthembu-Dlamini"),
        ],
    ),
    Patient(
        name="Le Van Thanh",
        mrn="CR-55019",
        birth="1958-12-01",
        notes=[
            en(
                "Address: số 12 ngõ 34 phố Hàng Bạc, Hoàn Kiếm, Hà Nội; his motorbike 29-B1 234.56."
            ),
            en("His Korean residence number 581201-1234567 dates from work in Ulsan."),
            en(
                "Khoa and Minh Anh (grandchildren) translate; Dr. Phạm agreed to the {Tenckhoff catheter}."
            ),
        ],
        planted=[
            ("place/street local order", "Hàng Bạc"),
            ("place/district", "Hoàn Kiếm"),
            ("plate/vehicle", "29-B1 234.56"),
            ("id/local", "581201-1234567"),
            ("place/town", "Ulsan"),
            ("name/list", "Khoa"),
            ("name/list", "Minh Anh"),
            ("name/after title", "Phạm"),
        ],
    ),
    Patient(
        name="Yusuf Demirtaş",
        mrn="HAC-66310",
        birth="1962-04-23",
        notes=[
            tr("Hasta Bodrum'da oturuyor; oğlu Emre Bey ve gelini Zeynep Hanım ilgileniyor."),
            en("His car 48 DE 371 is registered in Muğla; his TC kimlik is in the chart."),
            en("Talked to Yıldırım about {familial Mediterranean fever} and {colchicine 1 mg}."),
        ],
        planted=[
            ("place/locative", "Bodrum"),
            ("name/local title", "Emre"),
            ("name/local title", "Zeynep"),
            ("plate/vehicle", "48 DE 371"),
            ("place/town", "Muğla"),
            ("name/object of a verb", "Yıldırım"),
        ],
    ),
]

TERMS2: list[Patient] = [
    Patient(
        name="Augusta Ferrand",
        mrn="TST-00009",
        birth="1961-01-01",
        notes=[
            en(
                "{Legionnaires' disease} and {Pontiac fever} were excluded; {Bornholm disease} was the working diagnosis."
            ),
            en(
                "{Rift Valley fever}, {Barmah Forest virus} and {Kyasanur Forest disease} were on the travel list."
            ),
            en(
                "{Hendra virus} and {Nipah virus} are bat-borne; {Omsk haemorrhagic fever} is rare."
            ),
            en(
                "{Queensland tick typhus} and {Mediterranean spotted fever} respond to {doxycycline}."
            ),
            en(
                "{Seoul virus} and {Sin Nombre virus} are hantaviruses; {Usutu virus} and {Toscana virus} are arboviruses."
            ),
            en(
                "{Minamata disease} and {Kawasaki disease} were discussed; {Dent disease} and {Bartter syndrome} are tubulopathies."
            ),
            en(
                "{BK virus} nephropathy and {JC virus} viraemia were monitored after {basiliximab}."
            ),
            en(
                "{Kupffer cells}, {Langerhans cells}, {Reed-Sternberg cells} and {NK cells} were described."
            ),
            en("{Denys-Drash syndrome}, {Pearson syndrome} and {Fanconi syndrome} were excluded."),
            en("Asked to review the {Bence Jones} result; handed over the {Tenckhoff} care plan."),
            pt("A {febre do Nilo Ocidental} e a {doença de Lyme} foram excluídas."),
            it("Escluse la {febbre del Nilo occidentale} e la {malattia di Lyme}."),
        ],
    ),
]


ALL = NAMES + TERMS + NAMES2 + TERMS2


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    return measure([entry(p) for p in ALL]), measure_ordinary(ALL)


def figures_second() -> tuple[Figures, Ordinary]:
    """The second batch alone."""
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    return measure([entry(p) for p in NAMES2 + TERMS2]), measure_ordinary(NAMES2 + TERMS2)


def by_class(fig: Figures) -> dict[str, tuple[int, int]]:
    """Planted and leaked by class (the kind's part before the slash: "name", "place",
    "id", "email", "plate")."""
    out: dict[str, tuple[int, int]] = {}
    for kind, n in fig.planted.items():
        cls = kind.split("/", 1)[0]
        planted, leaked = out.get(cls, (0, 0))
        out[cls] = (planted + n, leaked + fig.leaked[kind])
    return out


if __name__ == "__main__":
    import sys

    fig, ordinary = figures_second() if "--second" in sys.argv else figures()
    print(fig.table("names classes corpus (tests/privacy/classes_names9.py)"))
    for cls, (n, k) in sorted(by_class(fig).items()):
        print(f"  class {cls:8} {k}/{n} survive")
    print(ordinary.table("ordinary words of the names classes corpus"))
    if "-v" in sys.argv:
        print("\n".join(fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
