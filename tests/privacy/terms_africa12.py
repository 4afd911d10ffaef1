# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""The corpus of the ``latinlangs`` helper (2026-12-03, issue 14): realistic nephrology
notes in twelve Latin-script languages the de-identifier has no word list for (Swahili,
Malagasy, Quechua, Tagalog, Yoruba, Hausa, Igbo, Zulu, Xhosa, Somali, Haitian Creole,
Kinyarwanda), written before any measure was taken on them.

The lost words these languages show are ordinary words and clinical terms at a sentence's
start and in lower case ("Siku tatu baadaye", "Dawa mara tatu kwa siku", "Mgonjwa
alilazwa", "Bibi huyu"). Terms are in braces with a category letter
(``heldout4.corpus``'s ``CATEGORIES``): the language's own clinical words (fever, pain,
kidney, urine, blood, dialysis) as ``A``, drugs as ``D``, doses and values as ``X``; every
other word is an ordinary word of the note's language. Planted identifiers (names, towns,
dates, phone numbers) sit in the same notes and must stay redacted. Every person, place and
number is invented.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note
from tests.privacy.measure_strict import Record

__all__ = ["CATEGORIES", "LANGUAGES", "RECORDS", "notes"]

LANGUAGES = ("sw", "mg", "qu", "tl", "yo", "ha", "ig", "zu", "xh", "so", "ht", "rw")


def notes(lang: str, *texts: str) -> list[Note]:
    """Notes of one language."""
    return [Note(lang, t) for t in texts]


RECORDS: list[Record] = [
    Record(
        "Zawadi Mwakalinga",
        "MRN 5520184",
        "1962-04-11",
        notes(
            "sw",
            "Mgonjwa alilazwa tarehe 14 Machi 2024 akiwa na {A:homa} na {A:maumivu} ya {A:tumbo}; {L:kreatinini} ilikuwa {X:5.1 mg/dl}.",
            "Dawa mara tatu kwa siku: {D:furosemide} {X:40 mg} na {D:amlodipine} {X:5 mg} kila asubuhi.",
            "Siku tatu baadaye alianza {A:dialisisi} mara mbili kwa wiki; binti yake Neema Mwakasege anaishi Morogoro, simu 0754 218 376.",
            "Bibi huyu ana {A:kisukari} na {A:shinikizo} la {A:damu} kwa miaka kumi; {A:mkojo} ulikuwa na {L:protini} nyingi.",
            "Aliruhusiwa kwenda nyumbani baada ya wiki mbili, {A:figo} zikiwa bado dhaifu.",
        ),
        [
            ("date", "14 Machi 2024"),
            ("name", "Neema Mwakasege"),
            ("geographic", "Morogoro"),
            ("phone", "0754 218 376"),
        ],
    ),
    Record(
        "Hery Randrianasolo",
        None,
        "1958-09-02",
        notes(
            "mg",
            "Nampidirina hopitaly ny marary tamin'ny 3 Jona 2024 noho ny {A:tazo} sy ny {A:fanaintainana} amin'ny {A:kibo}.",
            "Nomena {D:furosemide} {X:40 mg} indroa isan'andro ny marary, ary nihena ny {A:fivontosana}.",
            "Telo andro taty aoriana dia natao {A:dialyse} izy; ny zanany vavy Voahangy Rakotomalala dia monina any Antsirabe, finday 034 12 456 78.",
            "Ny {L:kreatinina} dia {X:6.3 mg/dl} ary nisy {A:rà} tao amin'ny {A:urine}.",
        ),
        [
            ("date", "3 Jona 2024"),
            ("name", "Voahangy Rakotomalala"),
            ("geographic", "Antsirabe"),
            ("phone", "034 12 456 78"),
        ],
    ),
    Record(
        "Rosa Huamán Ccori",
        None,
        "1960-01-20",
        notes(
            "qu",
            "Unquq warmiqa hampina wasiman yaykurqan 5 de mayo 2024 p'unchawpi, {A:ruphaywan} {A:nanaywan} ima.",
            "Kimsa p'unchaw qhipaman {L:kreatinina} {X:4.8 mg/dl} karqan, {A:hisp'aypi} {A:yawar} kasqa.",
            "Hampita {D:enalapril} {X:10 mg} sapa p'unchaw upyan; churin Wilber Quispe Mamani Sicuani llaqtapi tiyan, 984 512 337 yupaywan.",
        ),
        [
            ("date", "5 de mayo 2024"),
            ("name", "Wilber Quispe Mamani"),
            ("geographic", "Sicuani"),
            ("phone", "984 512 337"),
        ],
    ),
    Record(
        "Corazon Bautista",
        None,
        "1957-06-30",
        notes(
            "tl",
            "Ang pasyente ay na-admit noong 2 Hunyo 2024 dahil sa {A:lagnat} at {A:pananakit} ng {A:tiyan}.",
            "Pagkalipas ng tatlong araw, tumaas ang {L:creatinine} sa {X:5.6 mg/dL} kaya sinimulan ang {A:dialysis} tatlong beses sa isang linggo.",
            "Uminom ng {D:losartan} {X:50 mg} isang beses sa isang araw; ang kanyang anak na si Marites Dimaculangan ay nakatira sa Batangas, numero 0917 482 6613.",
            "Lumabas siya sa ospital na may {A:ihi} na walang {A:dugo} at mas mababa ang {A:pamamaga}.",
        ),
        [
            ("date", "2 Hunyo 2024"),
            ("name", "Marites Dimaculangan"),
            ("geographic", "Batangas"),
            ("phone", "0917 482 6613"),
        ],
    ),
    Record(
        "Folasade Adeyemi",
        None,
        "1963-02-14",
        notes(
            "yo",
            "Wọ́n gba aláìsàn náà sí ilé ìwòsàn ní ọjọ́ 7 Oṣù Kẹta 2024 nítorí {A:ibà} àti {A:ìrora} inú.",
            "Lẹ́yìn ọjọ́ mẹ́ta, {L:creatinine} gòkè sí {X:4.9 mg/dl}, wọ́n sì bẹ̀rẹ̀ {A:dialysis} lẹ́ẹ̀mejì lọ́sẹ̀.",
            "Ó ń lo {D:nifedipine} {X:20 mg} lẹ́ẹ̀mejì lójúmọ́; ọmọ rẹ̀ Adebayo Ogunleye ń gbé ní Ibadan, fóònù 0803 417 2290.",
        ),
        [
            ("date", "7 Oṣù Kẹta 2024"),
            ("name", "Adebayo Ogunleye"),
            ("geographic", "Ibadan"),
            ("phone", "0803 417 2290"),
        ],
    ),
    Record(
        "Hauwa Abubakar",
        None,
        "1959-12-05",
        notes(
            "ha",
            "An kwantar da majiyyaci a asibiti ranar 9 ga Afrilu 2024 saboda {A:zazzabi} da {A:ciwon} ciki.",
            "Bayan kwana uku, {L:creatinine} ya kai {X:5.2 mg/dl}, aka fara {A:dialysis} sau biyu a mako.",
            "Ana ba ta {D:amlodipine} {X:10 mg} sau daya a rana; danta Abdullahi Danjuma yana zaune a Zaria, lamba 0802 334 9187.",
            "Fitsarinta yana da {A:jini} kadan kuma {A:koda} ba ta aiki sosai.",
        ),
        [
            ("date", "9 ga Afrilu 2024"),
            ("name", "Abdullahi Danjuma"),
            ("geographic", "Zaria"),
            ("phone", "0802 334 9187"),
        ],
    ),
    Record(
        "Ngozi Eze",
        None,
        "1961-08-19",
        notes(
            "ig",
            "A nabatara onye ọrịa n'ụlọ ọgwụ na 11 Mee 2024 n'ihi {A:ahụ} ọkụ na {A:mgbu} afọ.",
            "Mgbe ụbọchị atọ gachara, {L:creatinine} rịrị elu ruo {X:6.0 mg/dl}; a malitere {A:dialysis} ugboro abụọ n'izu.",
            "Ọ na-aṅụ {D:furosemide} {X:80 mg} otu ugboro kwa ụbọchị; nwa ya nwanyị Chiamaka Okonkwo bi na Nsukka, ekwentị 0806 552 1473.",
        ),
        [
            ("date", "11 Mee 2024"),
            ("name", "Chiamaka Okonkwo"),
            ("geographic", "Nsukka"),
            ("phone", "0806 552 1473"),
        ],
    ),
    Record(
        "Thandeka Zungu",
        None,
        "1956-03-03",
        notes(
            "zu",
            "Isiguli singeniswe esibhedlela ngomhla ka 4 Julayi 2024 ngenxa {A:yomkhuhlane} {A:nobuhlungu} besisu.",
            "Ngemuva kwezinsuku ezintathu {L:creatinine} yenyuka yaba {X:4.4 mg/dl}; kwaqalwa {A:idayalisisi} kabili ngesonto.",
            "Uthatha {D:enalapril} {X:10 mg} kabili ngosuku; indodakazi yakhe Nomvula Dlamini uhlala eMthatha, ucingo 072 318 4456.",
        ),
        [
            ("date", "4 Julayi 2024"),
            ("name", "Nomvula Dlamini"),
            ("geographic", "Mthatha"),
            ("phone", "072 318 4456"),
        ],
    ),
    Record(
        "Nosipho Mahlangu",
        None,
        "1964-10-27",
        notes(
            "xh",
            "Isigulana samkelwa esibhedlele ngomhla we 18 Agasti 2024 ngenxa {A:yomkhuhlane} {A:neentlungu} zesisu.",
            "Emva kweentsuku ezintathu {L:creatinine} yenyuka yaya ku {X:5.0 mg/dl}, kwaqalwa {A:idayalisisi} kabini ngeveki.",
            "Usela {D:furosemide} {X:40 mg} kanye ngemini; unyana wakhe Lwazi Mbeki uhlala eQonce, umnxeba 083 227 5519.",
        ),
        [
            ("date", "18 Agasti 2024"),
            ("name", "Lwazi Mbeki"),
            ("geographic", "Qonce"),
            ("phone", "083 227 5519"),
        ],
    ),
    Record(
        "Faadumo Cali Xasan",
        None,
        "1960-05-09",
        notes(
            "so",
            "Bukaanka waxaa la dhigay isbitaalka 21 Sebtembar 2024 sababtoo ah {A:qandho} iyo {A:xanuun} caloosha ah.",
            "Saddex maalmood kadib {L:creatinine} wuxuu gaaray {X:5.7 mg/dl}, waxaana la bilaabay {A:dialysis} laba jeer usbuucii.",
            "Wuxuu qaataa {D:amlodipine} {X:5 mg} hal mar maalintii; gabadhiisa Hodan Warsame waxay ku nooshahay Baydhabo, telefoon 061 554 3321.",
            "Kaadida waxaa ku jira {A:dhiig} yar, {A:kelyaha} weli way daciif yihiin.",
        ),
        [
            ("date", "21 Sebtembar 2024"),
            ("name", "Hodan Warsame"),
            ("geographic", "Baydhabo"),
            ("phone", "061 554 3321"),
        ],
    ),
    Record(
        "Marie-Ange Joseph",
        None,
        "1955-07-07",
        notes(
            "ht",
            "Yo te admèt pasyan an lopital 2 Oktòb 2024 poutèt {A:lafyèv} ak {A:doulè} nan vant.",
            "Twa jou apre, {L:kreyatinin} te monte rive {X:4.6 mg/dl}, epi yo te kòmanse {A:dyaliz} de fwa pa semèn.",
            "Li pran {D:furosemide} {X:40 mg} de fwa pa jou; pitit fi li Roseline Pierre-Louis rete Jacmel, telefòn 3712 4589.",
            "Pipi li gen {A:san} ladan, epi {A:ren} li toujou fèb.",
        ),
        [
            ("date", "2 Oktòb 2024"),
            ("name", "Roseline Pierre-Louis"),
            ("geographic", "Jacmel"),
            ("phone", "3712 4589"),
        ],
    ),
    Record(
        "Jeanne Mukandori",
        None,
        "1962-11-23",
        notes(
            "rw",
            "Umurwayi yinjiye mu bitaro ku wa 6 Ugushyingo 2024 kubera {A:umuriro} no {A:kuribwa} mu nda.",
            "Nyuma y'iminsi itatu {L:creatinine} yazamutse igera kuri {X:5.3 mg/dl}, batangira {A:dialyse} kabiri mu cyumweru.",
            "Afata {D:nifedipine} {X:20 mg} kabiri ku munsi; umukobwa we Uwimana Mukamana atuye i Musanze, telefone 0788 412 903.",
        ),
        [
            ("date", "6 Ugushyingo 2024"),
            ("name", "Uwimana Mukamana"),
            ("geographic", "Musanze"),
            ("phone", "0788 412 903"),
        ],
    ),
]
