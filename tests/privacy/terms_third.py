# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""The third over-redaction corpus (2026-12-01): realistic nephrology notes in sixteen
languages whose clinical terms are none of ``heldout4``'s, written before the word lists of
this session were measured on them (figures in ``test_terms_third.py``).

Each note is one free-text field. Clinical terms that must be kept, as known safe (neither
redacted nor suspected), are in braces with a category letter (``heldout4.corpus``'s
``CATEGORIES``); every other word is an ordinary word of the note's language and must be
kept too. Each patient also carries a few planted identifiers, so the identifiers' side is
measured on the same text. Every person, place and number is invented.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note
from tests.privacy.measure_strict import Record

__all__ = ["CATEGORIES", "RECORDS"]


def n(lang: str, text: str) -> Note:
    return Note(lang, text)


RECORDS: list[Record] = [
    Record(
        "Gwendolyn Pryce-Whitaker",
        "RX-440917",
        "1951-06-02",
        [
            n(
                "en",
                "Admitted with {A:paroxysmal atrial flutter}; {S:ORBIT} was 3 and {S:CHADS2} 2, so {D:edoxaban} {X:30 mg} twice daily was chosen.",
            ),
            n(
                "en",
                "Her {S:MELD 3.0} score was 18 and {S:Child-Pugh B}; {L:ammonia} {X:61 µmol/L}.",
            ),
            n(
                "en",
                "On the unit her {S:SAPS II} score rose to 49 and {S:APACHE IV} was 21; {D:noradrenaline} was started.",
            ),
            n(
                "en",
                "Blood cultures grew {O:Kocuria rhizophila} from the tunnelled line, treated with {D:vancomycin}.",
            ),
            n(
                "en",
                "Bronchoscopy found {O:Pneumocystis jirovecii}; {D:trimethoprim-sulfamethoxazole} was given for 21 days.",
            ),
            n(
                "en",
                "She lives with her daughter Morwenna in Llanidloes and calls the ward on 01686 412 903.",
            ),
        ],
        [("name", "Morwenna"), ("geographic", "Llanidloes"), ("telephone", "01686 412 903")],
    ),
    Record(
        "Joachim Brettschneider",
        "KH-20931",
        "1948-11-14",
        [
            n(
                "de",
                "Bei {S:NYHA III} und einer {L:LVEF} von {X:35 %} wurde {D:Dapagliflozin} begonnen.",
            ),
            n(
                "de",
                "Die {A:Nierenbiopsie} zeigte eine {A:IgA-Nephropathie}, {S:Oxford-Klassifikation} {S:M1 E0 S1 T1 C0}.",
            ),
            n(
                "de",
                "Im Verlauf {A:Hyperkaliämie} mit {L:Serumkalium} {X:6,3 mmol/l}; {D:Natriumzirkoniumcyclosilikat} wurde gegeben.",
            ),
            n(
                "de",
                "Nach der {A:Cholezystektomie} eine Komplikation {S:Clavien-Dindo IIIa}, versorgt mit {A:Drainage}.",
            ),
            n("de", "Herr Brettschneider wohnt in Wolfhagen, Kasseler Straße 17."),
        ],
        [
            ("name", "Brettschneider"),
            ("geographic", "Wolfhagen"),
            ("geographic", "Kasseler Straße 17"),
        ],
    ),
    Record(
        "Apolline Vandewalle",
        None,
        None,
        [
            n(
                "fr",
                "Le score {S:MEWS} était à 2 à l'arrivée; {L:lactates} à {X:3,1 mmol/l}, {D:pipéracilline-tazobactam} débuté.",
            ),
            n(
                "fr",
                "La biopsie a montré une {A:néphropathie lupique} classe {S:ISN/RPS IV-G (A)}; {D:azathioprine} et {D:hydroxychloroquine} ont été introduits.",
            ),
            n(
                "fr",
                "L'{M:échographie rénale} retrouve une {A:dilatation des cavités pyélocalicielles} droite.",
            ),
            n(
                "fr",
                "Elle travaille à la boulangerie de Bastogne et son fils Anatole l'accompagne.",
            ),
        ],
        [("geographic", "Bastogne"), ("name", "Anatole")],
    ),
    Record(
        "Remedios Cañete Olmedo",
        "HCU 558213",
        "1957-01-09",
        [
            n(
                "es",
                "Ingresó por {A:peritonitis} con recuento de {L:leucocitos} en el efluente de {X:850/mm³}; se aisló {O:Stenotrophomonas maltophilia}.",
            ),
            n(
                "es",
                "Se ajustó {D:cotrimoxazol} intraperitoneal y se midió la {L:creatinina} de {X:7,6 mg/dl}.",
            ),
            n(
                "es",
                "La {M:tomografía computarizada} mostró {A:calcificaciones vasculares} y una {L:potasemia} normal.",
            ),
            n("es", "Vive en Villanueva de la Serena con su hermana Herminia."),
        ],
        [("geographic", "Villanueva de la Serena"), ("name", "Herminia")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "it",
                "Il paziente presentava una {A:glomerulonefrite membranosa} con {G:anticorpi anti-PLA2R} positivi; avviato {D:ofatumumab} {X:1000 mg}.",
            ),
            n(
                "it",
                "La {L:creatininemia} era {X:2,3 mg/dl} e la {L:proteinuria} {X:6,1 g/die}; {S:KDIGO G3b A3}.",
            ),
            n(
                "pt",
                "A doente iniciou {D:darbepoetina alfa} por {A:anemia} com {L:hematócrito} de {X:27 %} e {L:saturação da transferrina} baixa.",
            ),
            n("pt", "Na {M:ressonância magnética} observou-se {A:hérnia discal} em {V:L2-L3}."),
        ],
    ),
    Record(
        "Marijke Oosterhuis",
        "ZKH 7720114",
        "1962-03-30",
        [
            n(
                "nl",
                "Bij opname een {L:kaliumgehalte} van {X:6,8 mmol/l} en een {A:metabole acidose}; {D:natriumcitraat} werd gestart.",
            ),
            n(
                "nl",
                "De {M:duplexonderzoek} van de {A:shunt} toonde een {A:stenose} bij de anastomose.",
            ),
            n("nl", "Mevrouw Oosterhuis woont in Winschoten en werkt bij de bibliotheek."),
        ],
        [("name", "Oosterhuis"), ("geographic", "Winschoten")],
    ),
    Record(
        "Zdzisław Wróblewski",
        "72051804417",
        "1952-05-18",
        [
            n(
                "pl",
                "Pacjent przyjęty z powodu {A:ostrego uszkodzenia nerek}; stężenie {L:kreatyniny} wynosiło {X:4,2 mg/dl}, a {L:potasu} {X:6,2 mmol/l}.",
            ),
            n(
                "pl",
                "W {M:badaniu ultrasonograficznym} stwierdzono {A:torbiele nerek} i {A:kamicę} w lewej nerce.",
            ),
            n(
                "pl",
                "Z posiewu krwi wyhodowano {O:Enterococcus faecium}; zastosowano {D:linezolid}.",
            ),
            n("pl", "Chory mieszka w Głogówku i codziennie spaceruje z psem."),
        ],
        [("geographic", "Głogówku")],
    ),
    Record(
        "Britt-Marie Lindqvist",
        None,
        None,
        [
            n(
                "sv",
                "Patienten fick {D:ciklosporin} efter {A:njurtransplantation} och {L:P-kreatinin} steg till {X:214 µmol/l}.",
            ),
            n("sv", "{M:Doppler-ultraljud} av {A:transplantatet} visade normalt flöde."),
        ],
    ),
    Record(
        "Hatice Çelikkaya",
        "TC 31874402216",
        "1959-08-21",
        [
            n(
                "tr",
                "Hasta {A:kronik böbrek hastalığı} nedeniyle takip ediliyordu; {L:üre} {X:148 mg/dl} ve {L:sodyum} {X:129 mmol/l} idi.",
            ),
            n("tr", "{D:Siklosporin} düzeyi yüksek bulundu ve doz azaltıldı."),
            n("tr", "Kan kültüründe {O:Serratia marcescens} üredi; {D:ertapenem} başlandı."),
            n("tr", "Hasta Safranbolu'da oturuyor ve kızı Gülizar ile yaşıyor."),
        ],
        [("geographic", "Safranbolu"), ("name", "Gülizar")],
    ),
    Record(
        "Bohumila Vojtíšková",
        None,
        None,
        [
            n(
                "cs",
                "Pacientka byla přijata s {A:akutním selháním ledvin}; hladina {L:kreatininu} byla {X:512 µmol/l}.",
            ),
            n("cs", "Byla zahájena {A:hemodialýza} a podán {D:torasemid}."),
        ],
    ),
    Record(
        "Ildikó Szentgyörgyi",
        None,
        None,
        [
            n(
                "hu",
                "A beteg {A:krónikus vesebetegség} miatt állt gondozásban; a {L:húgysav} {X:520 µmol/l} volt.",
            ),
            n(
                "hu",
                "A {M:vese-ultrahang} során {A:vesekövet} találtunk, és {D:allopurinolt} kapott.",
            ),
        ],
    ),
    Record(
        "Sirkka-Liisa Heikkilä",
        None,
        None,
        [
            n(
                "fi",
                "Potilaalla todettiin {A:akuutti munuaisvaurio}; {L:karbamidi} oli {X:36 mmol/l}.",
            ),
            n("fi", "Hänelle aloitettiin {D:bumetanidi} ja {A:hemodialyysi}."),
        ],
    ),
    Record(
        "Σταυρούλα Κωνσταντινίδου",
        None,
        None,
        [
            n("el", "Η ασθενής είχε {L:ουρία} {X:190 mg/dl} και {L:νάτριο} {X:128 mmol/l}."),
            n("el", "Ξεκίνησε {D:τορασεμίδη} και {A:περιτοναϊκή κάθαρση}."),
        ],
    ),
    Record(
        "Ксения Воробьёва",
        None,
        None,
        [
            n(
                "ru",
                "У пациентки выявлена {A:хроническая болезнь почек}; {L:мочевина} {X:31 ммоль/л}.",
            ),
            n("ru", "Назначен {D:торасемид}, начат {A:гемодиализ}."),
        ],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "en",
                "{S:CURB-65} was 3; {S:PSI} class IV. {O:Legionella pneumophila} urinary antigen was positive.",
            ),
            n(
                "en",
                "{S:Banff 2a} {A:T-cell-mediated rejection} was treated with {D:antithymocyte globulin}.",
            ),
            n(
                "en",
                "The {S:revised Geneva score} was 11 and {M:CT pulmonary angiography} showed a {A:saddle embolus}.",
            ),
            n(
                "en",
                "{S:KDIGO stage 2} {A:acute kidney injury} followed {D:contrast}; {S:AKIN} and {S:RIFLE} agreed.",
            ),
            n(
                "en",
                "{O:Talaromyces marneffei} was grown from the marrow of a patient with advanced {A:HIV}.",
            ),
            n("en", "The {S:ECOG-PS} performance status was 2 and the {S:KPS} 60."),
            n(
                "en",
                "{S:GOLD 3} {A:COPD} and a {S:CAT} score of 24 were recorded; {D:tiotropium} was continued.",
            ),
            n(
                "en",
                "{S:BVAS} was 18 at diagnosis of {A:microscopic polyangiitis}; {D:mepolizumab} was added as in {S:ADVOCATE}.",
            ),
        ],
    ),
]
