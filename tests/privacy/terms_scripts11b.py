# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""A second non-Latin-script term corpus of the ``scriptterms`` helper (2026-12-03),
written after the fixes that ``terms_scripts11`` measured and before anything was
measured on it: how the per-script lists, the words judged as written, the eponyms
beside a head word and the drug readings carry to notes they were not written from.

Other diagnoses (IgA nephropathy, lupus nephritis, ANCA vasculitis, graft rejection,
hyperparathyroidism, stones, contrast injury), other drugs (mycophenolate, belatacept,
bicarbonate, allopurinol, atorvastatin, ferric carboxymaltose, valganciclovir,
co-trimoxazole, hydrochlorothiazide), other labs (bicarbonate, uric acid, PTH, CRP,
cystatin C, BK virus) and units, in the languages of ``terms_scripts11``. Same shape:
braced terms with a category letter, planted identifiers per record, every person,
place and number invented.
"""

from __future__ import annotations

from tests.privacy.heldout4.corpus import CATEGORIES, Note
from tests.privacy.measure_strict import Record

__all__ = ["CATEGORIES", "RECORDS"]


def n(lang: str, text: str) -> Note:
    return Note(lang, text)


RECORDS: list[Record] = [
    Record(
        "Тамара Волкова",
        None,
        None,
        [
            n(
                "ru",
                "Диагностирована {A:IgA-нефропатия}; {L:мочевая кислота} {X:512 мкмоль/л}, назначен {D:Аллопуринол} {X:100 мг} в сутки.",
            ),
            n(
                "ru",
                "Переведена в отделение нефрологии. Продолжен {D:Микофенолат мофетил} {X:1 г} дважды в день; дочь Алина звонит из Вологды.",
            ),
        ],
        [("name", "Алина"), ("geographic", "Вологды")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "uk",
                "Встановлено {A:вовчаковий нефрит} клас {S:IV}; {L:комплемент C3} знижений, {D:Гідроксихлорохін} {X:200 мг} двічі на день.",
            ),
            n(
                "uk",
                "Виконано {M:КТ} без контрасту: {A:камінь} лівої нирки {X:8 мм}. Пацієнтка Ганна Литвиненко, Житомир, тел. 096 551 20 34.",
            ),
        ],
        [("name", "Ганна Литвиненко"), ("geographic", "Житомир"), ("phone", "096 551 20 34")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "bg",
                "Потвърден {A:ANCA-асоцииран васкулит}; започнат {D:Ритуксимаб} и {A:плазмафереза}, {L:CRP} {X:86 mg/l}.",
            ),
            n("bg", "Пациентът Стефан Иванов живее в Пловдив, дъщеря му Невена го придружава."),
        ],
        [("name", "Стефан Иванов"), ("geographic", "Пловдив"), ("name", "Невена")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "sr",
                "Уведен {D:Белатацепт} након {A:одбацивања трансплантата}; {L:цистатин Ц} {X:2,4 мг/л}, {L:BK вирус} {X:10^4 копија/мл}.",
            ),
            n(
                "mk",
                "Примена {D:Натриум бикарбонат} {X:1 г} три пати дневно поради {A:метаболна ацидоза}; {L:бикарбонат} {X:16 ммол/л}.",
            ),
            n("mk", "Пациентот Горан Стојановски од Куманово е примен на 14.09.2024."),
        ],
        [("name", "Горан Стојановски"), ("geographic", "Куманово"), ("date", "14.09.2024")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "el",
                "Διαγνώστηκε {A:δευτεροπαθής υπερπαραθυρεοειδισμός}, {L:PTH} {X:640 pg/ml}. Χορηγήθηκε {D:Σινακαλσέτη} {X:30 mg}.",
            ),
            n(
                "el",
                "Η ασθενής Ελένη Γεωργίου από την Καλαμάτα έλαβε {D:Ατορβαστατίνη} {X:20 mg} και {D:Αλλοπουρινόλη} {X:100 mg}.",
            ),
        ],
        [("name", "Ελένη Γεωργίου"), ("geographic", "Καλαμάτα")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "ar",
                "تم تشخيص {A:اعتلال الكلية بالغلوبولين المناعي أ}؛ {L:حمض اليوريك} {X:8.1 ملغ/دل} وبدأ {D:ألوبيورينول} {X:100 ملغ}.",
            ),
            n(
                "ar",
                "المريض خالد العتيبي من مدينة بريدة، حصل على {D:كاربوكسي مالتوز الحديد} {X:500 ملغ} وريديا.",
            ),
        ],
        [("name", "خالد العتيبي"), ("geographic", "بريدة")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "fa",
                "به علت {A:نفریت لوپوسی} داروی {D:مایکوفنولات} {X:1000 میلی‌گرم} دو بار در روز شروع شد؛ {L:کمپلمان} پایین بود.",
            ),
            n("fa", "خانم مریم حسینی اهل تبریز است و شماره پرونده او 772310 است."),
        ],
        [("name", "مریم حسینی"), ("geographic", "تبریز"), ("mrn", "772310")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "he",
                "הוחל טיפול ב{D:ולגנציקלוביר} {X:450 מ״ג} לאחר השתלה; {L:CMV} שלילי, {L:ציסטטין C} {X:1.9}.",
            ),
            n("he", "המטופל יוסף כהן מחיפה הגיע עם בתו נועה ביום 3.10.2024."),
        ],
        [("name", "יוסף כהן"), ("geographic", "חיפה"), ("name", "נועה"), ("date", "3.10.2024")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "hi",
                "मरीज़ को {A:ल्यूपस नेफ्राइटिस} है; {D:माइकोफेनोलेट} {X:1 g} दिन में दो बार और {D:हाइड्रॉक्सीक्लोरोक्वीन} {X:200 mg} दी गई।",
            ),
            n("hi", "रोगी सीमा वर्मा, निवासी कानपुर, मोबाइल 99350 18264, पिता के साथ आईं।"),
        ],
        [("name", "सीमा वर्मा"), ("geographic", "कानपुर"), ("phone", "99350 18264")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "bn",
                "{A:কনট্রাস্ট নেফ্রোপ্যাথি} সন্দেহ; {L:ক্রিয়েটিনিন} {X:3.1 mg/dL} থেকে বেড়েছে, {D:সোডিয়াম বাইকার্বোনেট} দেওয়া হয়েছে।",
            ),
            n("bn", "রোগী রহিমা খাতুন, ঠিকানা রাজশাহী, মোবাইল 01819 456123।"),
        ],
        [("name", "রহিমা খাতুন"), ("geographic", "রাজশাহী"), ("phone", "01819 456123")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "th",
                "ผู้ป่วยมี{A:ภาวะไตวายเฉียบพลัน}หลังได้รับสารทึบรังสี ค่า{L:โพแทสเซียม} {X:5.9 มิลลิโมล/ลิตร}",
            ),
            n("th", "นายประเสริฐ วงศ์ใหญ่ อาศัยอยู่ที่จังหวัดเชียงใหม่ โทร 089 765 4321"),
        ],
        [
            ("person", "ประเสริฐ"),
            ("person", "วงศ์ใหญ่"),
            ("geographic", "เชียงใหม่"),
            ("phone", "089 765 4321"),
        ],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "ka",
                "დაესვა {A:ლუპუს ნეფრიტის} დიაგნოზი; {D:მიკოფენოლატი} {X:1 გ} დღეში ორჯერ, {L:კრეატინინი} {X:2.1 მგ/დლ}.",
            ),
            n("ka", "პაციენტი ნინო ჯაფარიძე ცხოვრობს თელავში."),
        ],
        [("name", "ნინო ჯაფარიძე"), ("geographic", "თელავში")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "hy",
                "Ախտորոշվել է {A:երկրորդային հիպերպարաթիրեոզ}, {L:պարաթհորմոն} {X:590 պգ/մլ}, նշանակվել է {D:ցինակալցետ} {X:30 մգ}։",
            ),
            n("hy", "Հիվանդ Անահիտ Սարգսյանը ապրում է Վանաձորում։"),
        ],
        [("name", "Անահիտ Սարգսյան"), ("geographic", "Վանաձորում")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "zh",
                "诊断为{A:狼疮性肾炎}，给予{D:吗替麦考酚酯} {X:1 g} 每日两次，{L:尿酸} {X:520 μmol/L}。",
            ),
            n("zh", "患者李秀英，家住广州市天河区，电话 139 2288 4471。"),
        ],
        [("person", "李秀英"), ("geographic", "广州市天河区"), ("phone", "139 2288 4471")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "ja",
                "{A:ループス腎炎}に対し{D:ミコフェノール酸モフェチル} {X:1 g} を開始し、{L:尿酸} {X:8.4 mg/dL} であった。",
            ),
            n("ja", "患者の鈴木一郎さんは札幌市に住んでいる。電話 011-233-4456。"),
        ],
        [("person", "鈴木一郎"), ("geographic", "札幌市"), ("phone", "011-233-4456")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "ko",
                "{A:루푸스 신염}으로 {D:마이코페놀레이트} {X:1 g} 하루 두 번 복용 중이며 {L:요산} {X:8.2 mg/dL}이다.",
            ),
            n("ko", "환자 박서연은 부산에 살며 전화 010-5521-7783으로 연락한다."),
        ],
        [("name", "박서연"), ("geographic", "부산"), ("phone", "010-5521-7783")],
    ),
    Record(
        None,
        None,
        None,
        [
            n(
                "vi",
                "Bệnh nhân bị {A:viêm thận lupus}, dùng {D:mycophenolat} {X:1 g} ngày hai lần; {L:acid uric} {X:480 µmol/L}.",
            ),
            n("vi", "Bà Lê Thị Thu Hà sống ở Huế, con trai là Trương Công Định."),
        ],
        [("name", "Lê Thị Thu Hà"), ("geographic", "Huế"), ("name", "Trương Công Định")],
    ),
]
