# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""The Latin- and Cyrillic-script term corpus of the ``latinterms`` helper (2026-12-02):
realistic nephrology notes in English and 13 European and Central Asian languages, written
before any change was measured on them, around six classes of clinical term that unseen
corpora lose:

1. brand names no list knows, in a prescription context (before a dose or a frequency,
   after a dosage-form abbreviation, in parentheses after the generic);
2. dosage-form abbreviations themselves ("Inj.", "Tab.", "Cap.", "табл.");
3. Cyrillic transliterations of Latin-script drugs, labs and eponyms;
4. eponyms in the syntax of their language (case endings, adjective suffixes);
5. Title-Case names of tools, scores, trials and classifications; serovars and strains;
6. compounds and local lab abbreviations and units.

Terms are in braces with a category letter (``heldout4.corpus``'s ``CATEGORIES``); every
other word is an ordinary word of the note's language. Planted identifiers (names, places,
dates, numbers) sit beside the terms, often in the same prescription slots, and must stay
redacted. Every person, place and number is invented.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note
from tests.privacy.measure_strict import Record

__all__ = ["CATEGORIES", "RECORDS"]


def n(lang: str, text: str) -> Note:
    return Note(lang, text)


RECORDS: list[Record] = [
    Record(
        "Gwendolyn Ashcroft",
        "MRN 4471902",
        "1961-03-14",
        [
            n(
                "en",
                "Discharged on {D:Tab.} {D:Prograftel} {X:2 mg} {X:BD} and {D:Cap.} {D:Mycofenix} {X:500 mg} {X:1-0-1}.",
            ),
            n(
                "en",
                "Potassium was low, so {D:Kalorex} {X:600 mg} {X:TDS} was started with {D:Inj.} {D:Ferrovena} {X:200 mg} weekly.",
            ),
            n(
                "en",
                "Proteinuria persisted on {D:sparsentan} ({D:Filsparo}) and {D:dapagliflozin} ({D:Forxima}).",
            ),
            n(
                "en",
                "She was given {D:Inj.} {D:Ceftrazone} {X:1 g} {X:OD}; her daughter Rosalind Pemberton signed the consent at Whitchurch on 14 March 2024.",
            ),
            n(
                "en",
                "The {S:International IgAN Prediction Tool} gave {X:38 %} and the {S:Kidney Failure Risk Equation} {X:21 %} at five years.",
            ),
        ],
        [("name", "Rosalind Pemberton"), ("geographic", "Whitchurch"), ("date", "14 March 2024")],
    ),
    Record(
        "Thaddeus Okonkwo-Reilly",
        None,
        "1955-11-02",
        [
            n(
                "en",
                "Biopsy scored {S:Oxford MEST-C} {X:M1 E0 S1 T1 C0} and the graft biopsy {S:Banff 2019} {X:t2 i2}.",
            ),
            n(
                "en",
                "Blood cultures grew {O:Salmonella Typhi}; {L:Widal} {O:Paratyphi A} titre {X:1:160}, and stool {O:E. coli O157:H7}.",
            ),
            n(
                "en",
                "On dialysis with {L:Qb} {X:300 ml/min}, {L:Post-weight} {X:61.2 kg}, {L:CrAg} negative and {L:MFI} {X:1800} for the DSA.",
            ),
            n(
                "en",
                "Platelets {X:42,000/cmm}, {L:OX-K} {X:1:320} suggesting {A:scrub typhus}; Mr Okonkwo-Reilly lives in Ballymena.",
            ),
            n(
                "en",
                "Started {D:Tab. Nodosis} {X:500 mg} {X:x 2/day} and {D:Syr.} {D:Lactulin} {X:15 ml} at night.",
            ),
        ],
        [("name", "Okonkwo-Reilly"), ("geographic", "Ballymena")],
    ),
    Record(
        "Ingrid Halvorsen",
        None,
        None,
        [
            n(
                "sv",
                "Behandlas med {D:Alvedon} {X:1 g} {X:x 3} och {D:Kalinor} {X:1 g} {X:2 x 1} mot {A:hypokalemi}.",
            ),
            n("sv", "Hon bor i Kiruna och dottern Solveig ringer varje fredag."),
            n(
                "no",
                "Pasienten fikk {D:Envarsus} {X:4 mg} {X:1 x 1} og {D:Votubia} {X:10 mg} for {E:tuberøs sklerose}.",
            ),
        ],
        [("geographic", "Kiruna"), ("name", "Solveig")],
    ),
    Record(
        "Reinhold Baumgartner",
        "KIS-7730215",
        "1950-06-09",
        [
            n(
                "de",
                "Bei {A:Harnstau} und {A:Nierenerkrankung} erhielt er {D:Torem} {X:10 mg} {X:1-0-0} und {D:Tbl.} {D:Kaliozid} {X:2-0-2}.",
            ),
            n(
                "de",
                "Die {S:Mayo-Klasse 1D} spricht für raschen Verlauf; {D:tolvaptan} ({D:Jinarc}) wurde begonnen.",
            ),
            n("de", "Herr Baumgartner wohnt in Wolfsberg, seine Frau Hildegard begleitet ihn."),
        ],
        [("name", "Baumgartner"), ("geographic", "Wolfsberg"), ("name", "Hildegard")],
    ),
    Record(
        "Mojca Kranjc",
        None,
        None,
        [
            n(
                "sl",
                "Diagnoza {E:Bergerjeva bolezen}; {D:Cystadrops} {X:4 x dnevno} zaradi {A:cistinoze} očes.",
            ),
            n("sl", "Živi v Kranju s sinom Urošem."),
            n("hr", "Potvrđena {E:Fabryjeva bolest}; {D:Galafold} {X:123 mg} svaki drugi dan."),
        ],
        [("geographic", "Kranju"), ("name", "Urošem")],
    ),
    Record(
        "Валентина Кузнецова",
        None,
        "1958-01-23",
        [
            n(
                "ru",
                "Назначен {D:Цинакальцет} {X:30 мг} и {D:Кетостерил} {X:4 табл.} {X:3 раза в день}; {L:Калий} {X:5,9 ммоль/л}.",
            ),
            n("ru", "Положителен {E:симптом Хвостека}, {L:белок Бенс-Джонса} в моче не найден."),
            n(
                "ru",
                "{D:Эпрекс} {X:4000 МЕ} подкожно, {D:гепарин} {X:5000 ЕД}; живёт в Кинешме с внучкой Дарьей.",
            ),
            n("ru", "{E:Синдром Гудпасчера}: {L:анти-БМК} {X:240 ЕД/мл}, начат {A:плазмаферез}."),
        ],
        [("geographic", "Кинешме"), ("name", "Дарьей")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "uk",
                "{E:Хвороба Фабрі} підтверджена; {D:Реплагал} {X:0,2 мг/кг} кожні два тижні, {L:Калій} {X:4,8 ммоль/л}.",
            ),
            n("uk", "Призначено {D:табл.} {D:Торасемід} {X:10 мг} зранку; мешкає у Коломиї."),
        ],
        [("geographic", "Коломиї")],
    ),
    Record(
        "Стоянка Георгиева",
        None,
        None,
        [
            n(
                "bg",
                "Потвърдена {E:болест на Фабри}; {L:лизо-Gb3} {X:18 nmol/l}, лечение с {D:Фабразим} {X:1 мг/кг}.",
            ),
            n("bg", "{E:Синдром на Гудпасчър} с {L:креатинин} {X:540 мкмол/л}; живее в Габрово."),
        ],
        [("geographic", "Габрово")],
    ),
    Record(
        None,
        None,
        None,
        [
            n("sr", "Дијагноза {E:Фабријева болест}; {L:протеинурија} {X:1,2 г/дан}."),
            n(
                "mk",
                "Утврден {E:Бенс Џонс} протеин и {E:Гудпасчер синдром}; {D:Ритуксимаб} {X:375 мг/м2}.",
            ),
            n(
                "sr",
                "{E:Хантаан} вирус потврђен, {A:акутна бубрежна инсуфицијенција}; пацијент из Ужица.",
            ),
        ],
        [("geographic", "Ужица")],
    ),
    Record(
        "Айгерим Сейткали",
        None,
        None,
        [
            n(
                "kk",
                "{E:Гудпасчер синдромы} анықталды; {L:креатинин} {X:410 мкмоль/л}, {D:Преднизолон} {X:60 мг}.",
            ),
            n("kk", "Ол Түркістанда тұрады, қызы Жанар күтеді."),
            n("mn", "{E:Альпортын хам шинж} оношлогдсон; {L:Калий} {X:5,4 ммоль/л}."),
        ],
        [("geographic", "Түркістанда"), ("name", "Жанар")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "az",
                "{E:Krım-Konqo hemorragik qızdırması} təsdiqləndi; {L:trombositlər} {X:28 000}.",
            ),
            n(
                "vi",
                "Bệnh nhân có {E:hội chứng Alport} và {A:hội chứng thận hư}; {A:bệnh cầu thận} tiến triển.",
            ),
            n("ht", "Li gen {E:Sendwòm Alport} ak {A:pwoteyinuri}; li rete Jakmèl."),
            n(
                "sq",
                "{L:testi Wright} pozitiv për {O:Brucella}; {D:Doksiciklinë} {X:100 mg} {X:2 herë në ditë}.",
            ),
        ],
        [("geographic", "Jakmèl")],
    ),
    Record(
        "Pierre-Étienne Lachance",
        None,
        "1966-09-30",
        [
            n(
                "fr",
                "Traité par {D:Nutrineal} {X:1 poche/jour} et {D:Cp.} {D:Kayexalor} {X:15 g} {X:3 x/j}.",
            ),
            n("fr", "M. Lachance habite à Rimouski avec sa fille Mélodie."),
            n(
                "es",
                "Se inició {D:Amp.} {D:Urbasón} {X:500 mg} y {D:Klor-Con} {X:8 mEq} cada 12 horas.",
            ),
            n(
                "it",
                "In terapia con {D:Gtt.} {D:Nefrodal} {X:20 gtt} {X:x 3/die}; {D:Susp.} {D:Renagel} {X:800 mg}.",
            ),
        ],
        [("name", "Lachance"), ("geographic", "Rimouski"), ("name", "Mélodie")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "en",
                "Prescribed Winston 10 mg? No: the nurse Winston Achebe gave {D:amlodipine} {X:10 mg} at 08:00.",
            ),
            n(
                "en",
                "Her neighbour Bartholomew drove her from Kilmarnock; {D:Tab.} {D:Furozel} {X:40 mg} {X:OD} continued.",
            ),
        ],
        [
            ("name", "Winston"),
            ("name", "Winston Achebe"),
            ("name", "Bartholomew"),
            ("geographic", "Kilmarnock"),
        ],
    ),
]
