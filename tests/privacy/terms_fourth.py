# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""The fourth over-redaction corpus (2026-12-02): realistic nephrology notes in 26
languages, written before any change of this session was measured on them, around the
classes of clinical term that heldout6's clinical prose lost (each class with other words
than heldout6's; figures in ``test_terms_fourth.py``):

1. eponyms before a head word of their language, in its inflected form (Czech "-ova
   choroba", Finnish "-in tauti", Hungarian "-kór", Croatian "-ova bolest", Turkish
   "hastalığı", Greek "νόσος", Russian "болезнь", Ukrainian "хвороба");
2. eponyms and strains after a head word ("Morbus Addison", "toxina X", "virus Puumala");
3. double eponyms joined by hyphens before a head word ("Birt-Hogg-Dubé syndrome");
4. named scales whose first word is a place or a family name ("Glasgow Coma Scale");
5. score grades written as letters and digits ("Banff i2 t2 v0");
6. drug brands in parentheses after the generic ("patiromer ({D:Veltassa})");
7. dialysis, glucose and blood-pressure devices by brand and model;
8. mixed-case abbreviations ("TFGe", "LDLc", "MenC", "aHUS");
9. lab names with Greek letters ("α1-microglobulin", "γ-GT");
10. units in Cyrillic and Greek script ("мкмоль/л", "Ед/л");
11. German clinical nouns no list knows, capitalised as German writes them;
12. the short function words of languages with no word list (Basque, Catalan, Galician,
    Icelandic, Maltese, Welsh, Swahili, Tagalog);
13. percentages and values after a word that is an identifier's cue in English ("no 40 %"
    is Galician and Portuguese "in the 40 %").

Terms are in braces with a category letter (``heldout4.corpus``'s ``CATEGORIES``); every
other word is an ordinary word of the note's language. A few planted identifiers per
patient measure the identifiers' side on the same text. Every person, place and number is
invented.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note
from tests.privacy.measure_strict import Record

__all__ = ["CATEGORIES", "RECORDS"]


def n(lang: str, text: str) -> Note:
    return Note(lang, text)


RECORDS: list[Record] = [
    Record(
        "Bohumila Štěpánková",
        "FN-5520418",
        "1949-08-21",
        [
            n(
                "cs",
                "Pro {E:Addisonovu chorobu} užívá {D:hydrokortison} {X:20 mg} denně; {L:natrium} {X:128 mmol/l}.",
            ),
            n(
                "cs",
                "Biopsie ledviny: {E:Wegenerova granulomatóza}, {S:Berdenova klasifikace} smíšená; zahájen {D:rituximab}.",
            ),
            n(
                "cs",
                "{M:Denzitometrie} ukázala {A:osteoporózu}, {S:T-skóre} {X:-3,1}; {D:denosumab} {X:60 mg}.",
            ),
            n("cs", "Bydlí v Hořicích a dcera Vendula ji vozí na dialýzu."),
        ],
        [("geographic", "Hořicích"), ("name", "Vendula")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "sk",
                "{E:Wilsonova choroba} s {A:tubulopatiou}; {L:meď v moči} {X:210 µg/24 h}, liečba {D:penicilamín}.",
            ),
            n(
                "hr",
                "{E:Gitelmanov sindrom}: {L:kalij} {X:2,6 mmol/l}, {L:magnezij} {X:0,5 mmol/l}; {D:spironolakton} {X:50 mg}.",
            ),
            n(
                "pl",
                "Rozpoznano {E:zespół Bartera} i {A:nefrokalcynozę}; {L:potas} {X:2,9 mmol/l}, {D:indometacyna} {X:25 mg}.",
            ),
        ],
    ),
    Record(
        "Aino-Kaisa Heikkilä",
        None,
        "1958-02-11",
        [
            n(
                "fi",
                "Potilaalla on {E:Fabryn tauti}; {L:lyso-Gb3} {X:24 nmol/l} ja {D:agalsidaasi beeta} {X:1 mg/kg} kahden viikon välein.",
            ),
            n(
                "fi",
                "{O:Puumala}-viruksen aiheuttama {A:myyräkuume}: {L:trombosyytit} {X:38 × 10⁹/l}, {L:krea} {X:412 µmol/l}.",
            ),
            n(
                "fi",
                "{E:Sjögrenin oireyhtymä} ja {A:distaalinen tubulaarinen asidoosi}; {L:B-pH} {X:7,29}.",
            ),
            n("fi", "Hän asuu Kannuksessa, puhelin 040 718 2294."),
        ],
        [("geographic", "Kannuksessa"), ("telephone", "040 718 2294")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "hu",
                "{E:Goodpasture-szindróma}: {L:anti-GBM} {X:180 U/ml}, {A:plazmaferézis} és {D:ciklofoszfamid}.",
            ),
            n(
                "hu",
                "{E:Alport-kór} miatt {A:vesetranszplantáció}; {L:vérnyomás} {X:142/88 Hgmm}, {D:ramipril} {X:5 mg}.",
            ),
            n(
                "tr",
                "{E:Behçet hastalığı} ve {A:AA amiloidoz}; {L:proteinüri} {X:4,2 g/gün}, {D:kolşisin} {X:1,5 mg}.",
            ),
            n(
                "tr",
                "{E:Ailesel Akdeniz ateşi} tanısıyla {D:kanakinumab} başlandı; {L:serum amiloid A} {X:86 mg/l}.",
            ),
        ],
    ),
    Record(
        "Evangelia Papadopoulou",
        None,
        None,
        [
            n(
                "el",
                "Διάγνωση {E:νόσος Fabry} με {L:λευκωματουρία} {X:1,8 g/24ωρο}· {D:μιγκαλαστάτη} {X:123 mg}.",
            ),
            n(
                "el",
                "Η {L:κρεατινίνη} ήταν {X:2,4 mg/dl} και το {L:κάλιο} {X:6,1 mmol/l}· χορηγήθηκε {D:φουροσεμίδη}.",
            ),
            n("el", "Μένει στη Νάουσα με τον γιο της Στέλιο."),
        ],
        [("geographic", "Νάουσα"), ("name", "Στέλιο")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "ru",
                "{E:Болезнь Берже}: {L:креатинин} {X:186 мкмоль/л}, {L:белок в моче} {X:2,1 г/сут}; {D:будесонид} {X:16 мг}.",
            ),
            n(
                "ru",
                "{A:Рабдомиолиз}: {L:КФК} {X:38 000 Ед/л}, {L:миоглобин} {X:4200 нг/мл}; начат {A:гемодиализ}.",
            ),
            n(
                "uk",
                "{E:Хвороба Фабрі}; {L:креатинін} {X:154 мкмоль/л}, {L:ШКФ} {X:38 мл/хв}; {D:агалсидаза альфа} {X:0,2 мг/кг}.",
            ),
        ],
    ),
    Record(
        "Walburga Niederkofler",
        "LKH-8841207",
        "1944-10-03",
        [
            n(
                "de",
                "Bei {A:Nephrokalzinose} und {A:Hyperparathyreoidismus} wurde {D:Cinacalcet} {X:30 mg} begonnen.",
            ),
            n(
                "de",
                "Im Verlauf {A:Rhabdomyolyse} mit {A:Perikarderguss}; {L:Myoglobin} {X:2300 µg/l}, {A:Hämodiafiltration} eingeleitet.",
            ),
            n(
                "de",
                "Die {E:Morbus Addison}-Krise besserte sich unter {D:Hydrocortison}; {S:Karnofsky-Index} {X:60 %}.",
            ),
            n(
                "de",
                "{M:Röntgen Thorax} ohne {A:Fraktur}; {A:Vorhofflattern} mit {L:NT-proBNP} {X:8400 ng/l}.",
            ),
            n("de", "Frau Niederkofler wohnt in Lienz und ihr Sohn Florian besucht sie."),
        ],
        [("name", "Niederkofler"), ("geographic", "Lienz"), ("name", "Florian")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "en",
                "Skin biopsy confirmed {E:Birt-Hogg-Dubé syndrome}; CT showed {A:bilateral renal oncocytomas}.",
            ),
            n(
                "en",
                "Lymph node histology suggested {E:Rosai-Dorfman disease}; {L:ferritin} was {X:1840 µg/L}.",
            ),
            n(
                "en",
                "On admission her {S:Glasgow Coma Scale} was 9 and {S:Clinical Frailty Scale} 6; {A:uraemic encephalopathy} was suspected.",
            ),
            n(
                "en",
                "The {S:Charlson Comorbidity Index} was 7 and the {S:Karnofsky Performance Status} 50 %.",
            ),
            n(
                "en",
                "Graft biopsy: {S:Banff i2 t2 v0}, {L:C4d} negative; {D:methylprednisolone} {X:500 mg} for three days.",
            ),
            n(
                "en",
                "Potassium was lowered with {D:patiromer} ({D:Veltassa}) and later {D:sodium zirconium cyclosilicate} ({D:Lokelma}).",
            ),
            n(
                "en",
                "{D:Finerenone} ({D:Kerendia}) {X:10 mg} was added for {A:diabetic kidney disease}; {L:UACR} {X:88 mg/mmol}.",
            ),
            n(
                "en",
                "She uses a {A:Dexcom G7} sensor and an {A:Omnipod 5} pump; home dialysis on an {A:NxStage} cycler.",
            ),
            n(
                "en",
                "Tubular markers: {L:α1-microglobulin} {X:48 mg/L}, {L:β2-microglobulin} {X:12 mg/L}, {L:γ-GT} {X:96 U/L}.",
            ),
            n(
                "en",
                "This pattern is called {A:CKDu}; {L:LDLc} {X:3.1 mmol/L} and {L:eGFR} {X:24 mL/min/1.73 m²}.",
            ),
            n(
                "en",
                "Before {D:eculizumab} she received {D:MenACWY} and {D:MenB} vaccines for {A:aHUS}.",
            ),
        ],
    ),
    Record(
        "Kwabena Osei-Tutu",
        None,
        "1960-07-14",
        [
            n(
                "en",
                "Mr Osei-Tutu has {E:Kimmelstiel-Wilson nodules} on biopsy; {D:dapagliflozin} {X:10 mg} was started.",
            ),
            n("en", "He farms near Techiman and his wife Abena calls on 024 418 7730."),
        ],
        [
            ("name", "Osei-Tutu"),
            ("geographic", "Techiman"),
            ("name", "Abena"),
            ("telephone", "024 418 7730"),
        ],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "fr",
                "Une {E:maladie de Castleman} multicentrique avec {A:amylose AA}; {D:tocilizumab} {X:8 mg/kg}.",
            ),
            n(
                "fr",
                "Le {S:score de Glasgow} était à 12; {L:ammoniémie} {X:142 µmol/l} et {D:lactulose} débuté.",
            ),
            n(
                "es",
                "El {D:tacrolimus} ({D:Advagraf}) se ajustó a {X:5 mg}; {L:TFGe} {X:42 ml/min/1,73 m²}.",
            ),
            n(
                "es",
                "Hantavirus ({O:Andes}) con {A:síndrome cardiopulmonar} y {A:insuficiencia renal aguda}.",
            ),
            n(
                "es",
                "Se sospechó {E:enfermedad de Kawasaki}; {M:ecocardiograma} con {A:aneurismas coronarios}.",
            ),
            n(
                "it",
                "{E:Morbo di Cushing} con {A:ipokaliemia} {X:2,8 mmol/l}; {D:metirapone} {X:250 mg}.",
            ),
            n(
                "pt",
                "A {E:doença de Dent} explicava a {A:nefrocalcinose}; {L:beta-2-microglobulina} urinária {X:38 mg/l}.",
            ),
        ],
    ),
    Record(
        "Jordi Puigdemunt Serrat",
        None,
        None,
        [
            n(
                "ca",
                "La {L:creatinina} era de {X:2,1 mg/dl} i la {L:proteïnúria} {X:3,4 g/24 h}; es va iniciar {D:tacròlimus}.",
            ),
            n(
                "ca",
                "No es va fer {M:biòpsia renal} per la {A:trombocitopènia}; el {L:complement C3} era baix.",
            ),
            n("ca", "Viu a Olot amb la seva germana Roser."),
        ],
        [("geographic", "Olot"), ("name", "Roser")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "gl",
                "Na {M:biopsia renal} había {A:crecentes} no {X:40 %} dos glomérulos; iniciouse {D:rituximab}.",
            ),
            n(
                "gl",
                "A {L:hemoglobina} baixou a {X:8,1 g/dl} e recibiu {D:ferro intravenoso} {X:500 mg}.",
            ),
            n(
                "pt",
                "Foi observada {A:fibrose intersticial} no {X:30 %} do córtex; {L:creatinina} {X:2,6 mg/dl}.",
            ),
            n(
                "eu",
                "Gaixoak {A:giltzurrun-gutxiegitasun kronikoa} du; ez zuen {D:ibuprofenoa} hartu, baizik eta {D:parazetamola}.",
            ),
            n(
                "eu",
                "{L:Kreatinina} {X:2,8 mg/dl} zen eta {L:potasioa} {X:5,9 mmol/l}; {D:furosemida} eman zitzaion.",
            ),
        ],
    ),
    Record(
        "Sigurlaug Ásgeirsdóttir",
        None,
        "1950-12-02",
        [
            n(
                "is",
                "Hún er á {D:takrólímus} eftir {A:nýrnaígræðslu}; {L:kreatínín} {X:165 µmól/l} af {A:höfnun} var grunað.",
            ),
            n("is", "Hún býr á Hvolsvelli og dóttir hennar Ásdís kemur með henni."),
        ],
        [("geographic", "Hvolsvelli"), ("name", "Ásdís")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "mt",
                "Il-pazjent għandu {A:insuffiċjenza renali kronika}; il-{L:kreatinina} kienet {X:310 µmol/L} u ngħata {D:furosemide}.",
            ),
            n(
                "cy",
                "Mae ganddo {A:clefyd yr arennau cronig}; roedd y {L:creatinin} yn {X:240 µmol/L} ac fe gafodd {D:ramipril}.",
            ),
            n(
                "sw",
                "Mgonjwa ana {A:ugonjwa sugu wa figo}; {L:kreatinini} ni {X:420 µmol/L} na alipewa {D:furosemide}.",
            ),
            n(
                "tl",
                "Ang pasyente ay may {A:chronic kidney disease}; ang {L:creatinine} ay {X:3.4 mg/dL} at binigyan ng {D:amlodipine}.",
            ),
        ],
    ),
    Record(
        "Ingeborg Wallenius",
        None,
        None,
        [
            n(
                "sv",
                "{E:Sjögrens syndrom} med {A:tubulointerstitiell nefrit}; {L:P-kalium} {X:3,0 mmol/l}, {D:kaliumklorid} gavs.",
            ),
            n(
                "da",
                "Patienten har {E:Alports syndrom}; {L:eGFR} {X:28 ml/min}, {D:losartan} {X:50 mg} dagligt.",
            ),
            n(
                "nl",
                "De {E:ziekte van Wegener} werd behandeld met {D:rituximab} ({D:MabThera}) {X:1000 mg}.",
            ),
            n(
                "ro",
                "Pacientul are {E:boala Fabry}; {L:creatinina} {X:1,9 mg/dl}, {D:agalsidază beta} la două săptămâni.",
            ),
        ],
    ),
]
