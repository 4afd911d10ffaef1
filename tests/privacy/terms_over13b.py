# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""The second over-redaction corpus of the ``terms13`` helper (2026-12-03, issue 14):
nephrology notes with no identifier in them, written after the fixes of ``terms13``
(units in unlisted scripts after a number, plates that go on as a measurement, sentences
of scripts with their own full stops, one function word of another language, a particle of
the recorded name) and before any measure was taken on it, to see whether they reach
notes they were not made on.

The same classes as ``terms_over13``: a disease or drug first in a sentence; a capitalised
word after a colon or in a heading; prose of scripts other than Latin; abbreviations and
lab names with local units; notes with no final full stop; eponyms. Terms are in braces
with a category letter (``heldout4.corpus``'s ``CATEGORIES``); every other word is an
ordinary word of the note's language. Each record is one invented patient whose name the
notes do not hold (two of them with a particle in it); nothing is planted.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note
from tests.privacy.measure_strict import Record

__all__ = ["CATEGORIES", "RECORDS"]


def notes(lang: str, *texts: str) -> list[Note]:
    """Notes of one language."""
    return [Note(lang, t) for t in texts]


RECORDS: list[Record] = [
    Record(
        "Nguyễn Văn Minh",
        None,
        None,
        notes(
            "vi",
            "{A:Viêm cầu thận} cấp sau nhiễm liên cầu. {D:Furosemid} {X:40 mg} tiêm tĩnh mạch; {L:albumin máu} {X:28 g/L}; {M:siêu âm thận} hai thận to nhẹ",
        ),
    ),
    Record(
        "Ravelonjatovo Hasina",
        None,
        None,
        notes(
            "mg",
            "{D:Amlodipine} {X:10 mg} isan'andro no omena. {A:Tosidra ambony} sy {A:proteinuria} no hita; {L:kreatinina} {X:310 µmol/L}",
        ),
    ),
    Record(
        "Eero Mäkinen",
        None,
        None,
        notes(
            "fi",
            "Lääkitys: {D:Furosemidi} {X:40 mg} aamulla. {L:P-Krea} {X:212 µmol/l}, {L:P-Na} {X:131 mmol/l} ja {L:B-Hb} {X:98 g/l}.",
        ),
    ),
    Record(
        "Dieter van der Linden",
        None,
        None,
        notes(
            "de",
            "Therapie: {D:Cinacalcet} {X:30 mg} täglich bei {A:sekundärem Hyperparathyreoidismus}; {L:PTH} {X:84 pmol/l}. {D:Paricalcitol} pausiert, {L:Calcium} {X:2,7 mmol/l}",
            "Verlauf: {A:Akute Abstoßung} ausgeschlossen; {D:Tacrolimus} alle zwölf Stunden, {L:Talspiegel} {X:8 ng/ml}. {M:Duplexsonographie} des Transplantats unauffällig.",
        ),
    ),
    Record(
        "Pieter de Jong",
        None,
        None,
        notes(
            "nl",
            "Beleid: {D:Furosemide} verhoogd naar {X:80 mg} per dag en {D:metolazon} {X:2,5 mg} toegevoegd. {A:Overvulling} met {A:pleuravocht} op de {M:thoraxfoto}",
        ),
    ),
    Record(
        "Helen Burke",
        None,
        None,
        notes(
            "en",
            "Assessment: {A:Calciphylaxis} on {D:warfarin}. {D:Sodium thiosulfate} {X:25 g} after each {M:haemodialysis} session; {L:phosphate} {X:2.1 mmol/L}. {M:Skin biopsy} deferred",
            "Diagnosis: {E:Alport syndrome}, {G:COL4A5} variant. {A:Sensorineural hearing loss} noted; {L:urine ACR} {X:95 mg/mmol}; {S:KDIGO G3b A3}. {E:Lisch} nodules absent",
        ),
    ),
    Record(
        "Camille Dubois",
        None,
        None,
        notes(
            "fr",
            "Diagnostic : {A:Syndrome néphrotique} corticorésistant. {D:Tacrolimus} débuté à {X:0,05 mg/kg}; {L:albuminémie} {X:19 g/L}. Biopsie: {A:Hyalinose segmentaire et focale}",
        ),
    ),
    Record(
        "Mariana Souza",
        None,
        None,
        notes(
            "pt",
            "Conduta: {D:Sevelâmer} {X:800 mg} três vezes ao dia. {L:Fósforo} {X:7,2 mg/dL} e {L:PTH} {X:640 pg/mL}; {M:radiografia} das mãos com {A:reabsorção subperiosteal}",
        ),
    ),
    Record(
        "Tomasz Wiśniewski",
        None,
        None,
        notes(
            "pl",
            "Zalecenia: {D:Cyklosporyna} {X:100 mg} dwa razy dziennie. {A:Nadciśnienie tętnicze} dobrze kontrolowane; {L:eGFR} {X:48 ml/min/1,73 m²}",
        ),
    ),
    Record(
        "Mehmet Demir",
        None,
        None,
        notes(
            "tr",
            "Öneriler: {D:Tolvaptan} {X:45 mg} sabah. {A:Otozomal dominant polikistik böbrek hastalığı}; {M:MR} ile böbrek hacmi ölçüldü",
        ),
    ),
    Record(
        "이서연",
        None,
        None,
        notes(
            "ko",
            "{A:루푸스 신염} 4형으로 진단되었다. {D:사이클로포스파미드} {X:500 mg} 정맥 투여; {L:보체} 감소; {M:신장 초음파} 정상",
        ),
    ),
    Record(
        "லட்சுமி ராமன்",
        None,
        None,
        notes(
            "ta",
            "{A:சிறுநீரக செயலிழப்பு} காரணமாக {M:டயாலிசிஸ்} தொடங்கப்பட்டது. {L:பொட்டாசியம்} {X:6.1 மி.மோல்/லி}",
        ),
    ),
    Record(
        "زهرا کریمی",
        None,
        None,
        notes(
            "fa",
            "{D:تاکرولیموس} {X:۲ میلی‌گرم} دو بار در روز. {L:اوره} {X:۸۰ میلی‌گرم در دسی‌لیتر}؛ {M:بیوپسی کلیه} انجام شد",
        ),
    ),
    Record(
        "สุดา วงศ์ใหญ่",
        None,
        None,
        notes(
            "th",
            "{A:ภาวะโพแทสเซียมในเลือดสูง} {L:โพแทสเซียม} {X:6.3 มิลลิโมล/ลิตร} ให้{D:แคลเซียมกลูโคเนต}ทางหลอดเลือดดำ",
        ),
    ),
    Record(
        "राजेश वर्मा",
        None,
        None,
        notes(
            "hi",
            "{D:टैक्रोलिमस} {X:2 मि.ग्रा.} दिन में दो बार दी गई। {L:हीमोग्लोबिन} {X:9.1 ग्रा./डे.ली.} था",
        ),
    ),
    Record(
        "আনোয়ার হোসেন",
        None,
        None,
        notes(
            "bn",
            "{A:তীব্র কিডনি আঘাত} হয়েছে। {L:ক্রিয়েটিনিন} {X:3.8 মি.গ্রা./ডে.লি.} এবং {M:ডায়ালাইসিস} প্রয়োজন হয়নি",
        ),
    ),
    Record(
        "李建国",
        None,
        None,
        notes(
            "zh",
            "{A:狼疮性肾炎}IV型。予{D:环磷酰胺} {X:0.5 g} 静脉滴注；{L:补体C3} {X:0.45 g/L}。{M:肾脏超声}未见异常",
        ),
    ),
    Record(
        "鈴木健太",
        None,
        None,
        notes(
            "ja",
            "{A:多発性嚢胞腎}に対し{D:トルバプタン} {X:60 mg/日}を開始した。{L:血清ナトリウム}は{X:142 mEq/L}。{M:MRI}で腎容積を評価",
        ),
    ),
    Record(
        "خالد العتيبي",
        None,
        None,
        notes(
            "ar",
            "{D:التاكروليموس} {X:2 ملغ} مرتين يومياً. {L:الهيموغلوبين} {X:9.4 غ/دل}؛ {M:الموجات فوق الصوتية} للكلى طبيعية",
        ),
    ),
    Record(
        "יעל כהן",
        None,
        None,
        notes(
            "he",
            "{D:טקרולימוס} {X:2 מ״ג} פעמיים ביום. {L:אשלגן} {X:5.9 ממול/ל}; {M:ביופסיית כליה} בוצעה",
        ),
    ),
]
