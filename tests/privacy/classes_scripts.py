# ruff: noqa: E501  (a corpus: one note a line reads best)
"""The scripts corpus (2026-12-02, issue 14, branch deidscripts), written before any change
made for it: free text in scripts the de-identifier has no ordinary-word list for.

On main ec056ca a word in Georgian letters is read as an unknown lower-case word (kept,
only reported), so names, streets and towns in Georgian survive; a word in a script with no
letter case (Arabic, Persian, Hebrew, Devanagari, Bengali, Tamil, Hangul, hanzi, Thai) is
read as a capitalised word no list knows and redacted, so the clinical words of such a note
are lost with its names.

Each patient's notes are in one script (Georgian ``ka``, Arabic ``ar``, Persian ``fa``,
Hebrew ``he``, Hindi ``hi``, Bengali ``bn``, Tamil ``ta``, Korean ``ko``, Chinese ``zh``,
Thai ``th``), with planted identifiers (the patient's and relatives' names, a clinician's,
streets, towns and districts, dates in the local calendar and digits, record and personal
numbers) and braced clinical terms that must survive: native words (kidney, biopsy,
dialysis), transliterated loanwords (creatinine, tacrolimus, biopsy), Latin drug names
and doses, lab values with units in the script's own digits. ``TERMS`` holds clinical
sentences of the same scripts with no identifier (the over-redaction side).

Planted kinds: ``name/<script> ...``, ``place/<script> ...``, ``date/<script> ...``,
``id/<script> ...``. Every person, place and number is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from caselog.privacy.patterns import words
from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary

ka, ar, fa, he, hi, bn, ta, ko, zh, th, en = (
    partial(Note, x) for x in words("ka ar fa he hi bn ta ko zh th en")
)

SCRIPTS: list[Patient] = [
    # Georgian (Mkhedruli)
    Patient(
        name="Nino Beridze",
        mrn="TBS-48211",
        birth="1970-05-14",
        notes=[
            ka(
                "პაციენტი ნინო ბერიძე, 54 წლის, ცხოვრობს ქუთაისში, ჭავჭავაძის ქუჩა 12. {კრეატინინი} {1.9 mg/dl}, {მიკოფენოლატი} {1 g} დღეში, ჩატარდა {თირკმლის} {ბიოფსია}."
            ),
            ka(
                "მისი ქალიშვილი თამარ გელაშვილი მოდის ყოველ კვირას. {ჰემოდიალიზი} დაიწყო 2024 წლის 3 მარტს; {ტაკროლიმუსი} {5 mg}, {კალიუმი} {5.8 mmol/l}."
            ),
            ka(
                "მკურნალი ექიმი გიორგი ხარაიშვილი, ზესტაფონის საავადმყოფო. პირადი ნომერი 01024056789. {პრედნიზოლონი} {40 mg} და {ციკლოსპორინი}."
            ),
        ],
        planted=[
            ("name/ka patient", "ნინო"),
            ("name/ka patient surname", "ბერიძე"),
            ("place/ka town", "ქუთაისში"),
            ("place/ka street", "ჭავჭავაძის"),
            ("name/ka daughter", "თამარ"),
            ("name/ka daughter surname", "გელაშვილი"),
            ("date/ka month", "3 მარტს"),
            ("name/ka clinician", "გიორგი"),
            ("name/ka clinician surname", "ხარაიშვილი"),
            ("place/ka town hospital", "ზესტაფონის"),
            ("id/ka personal number", "01024056789"),
        ],
    ),
    # Arabic
    Patient(
        name="Ahmad Al-Khatib",
        mrn="AMM-77310",
        birth="1966-02-02",
        notes=[
            ar(
                "المريض أحمد الخطيب، ٥٨ سنة، من مدينة الزرقاء، يسكن في شارع الجاردنز. {الكرياتينين} {١٫٩ ملغ/دل}، {mycophenolate} {1 g} يوميا، وأجريت {خزعة} {الكلى}."
            ),
            ar(
                "ابنته فاطمة الزعبي تزوره كل أسبوع. بدأ {الغسيل} {الكلوي} بتاريخ ١٤ رمضان ١٤٤٥. {تاكروليموس} {٥ ملغ} و{البوتاسيوم} {5.8 mmol/l}."
            ),
            ar(
                "الطبيب المعالج د. سامي حداد في مستشفى إربد. رقم الملف ٤٥٨٢٢٩١. {بريدنيزولون} {40 mg} و{الهيموغلوبين} {9.1 g/dl}."
            ),
        ],
        planted=[
            ("name/ar patient", "أحمد"),
            ("name/ar patient surname", "الخطيب"),
            ("place/ar town", "الزرقاء"),
            ("place/ar street", "الجاردنز"),
            ("name/ar daughter", "فاطمة"),
            ("name/ar daughter surname", "الزعبي"),
            ("date/ar hijri", "١٤ رمضان ١٤٤٥"),
            ("name/ar clinician", "سامي"),
            ("name/ar clinician surname", "حداد"),
            ("place/ar town hospital", "إربد"),
            ("id/ar file number", "٤٥٨٢٢٩١"),
        ],
    ),
    # Persian
    Patient(
        name="Maryam Rezaei",
        mrn="ISF-20931",
        birth="1962-09-30",
        notes=[
            fa(
                "بیمار مریم رضایی، ۶۲ ساله، ساکن اصفهان، خیابان چهارباغ. {کراتینین} {۲٫۱ mg/dl}، {تاکرولیموس} {۴ mg}، {بیوپسی} {کلیه} انجام شد."
            ),
            fa(
                "پسرش بهرام کاظمی همراه بود. تاریخ پذیرش ۱۴ مهر ۱۴۰۲. {دیالیز} شروع شد و {پتاسیم} {۵٫۹ mmol/l} بود."
            ),
            fa(
                "پزشک معالج دکتر ناصر توکلی، بیمارستان کاشان. کد ملی ۰۰۱۲۳۴۵۶۷۸. {پردنیزولون} {۳۰ mg} و {سیکلوسپورین}."
            ),
        ],
        planted=[
            ("name/fa patient", "مریم"),
            ("name/fa patient surname", "رضایی"),
            ("place/fa town", "اصفهان"),
            ("place/fa street", "چهارباغ"),
            ("name/fa son", "بهرام"),
            ("name/fa son surname", "کاظمی"),
            ("date/fa solar hijri", "۱۴ مهر ۱۴۰۲"),
            ("name/fa clinician", "ناصر"),
            ("name/fa clinician surname", "توکلی"),
            ("place/fa town hospital", "کاشان"),
            ("id/fa national code", "۰۰۱۲۳۴۵۶۷۸"),
        ],
    ),
    # Hebrew
    Patient(
        name="Sara Levi",
        mrn="HFA-61822",
        birth="1957-11-03",
        notes=[
            he(
                "המטופלת שרה לוי, בת 67, גרה בחיפה ברחוב הרצל 15. {קריאטינין} {2.3 mg/dl}, {פרדניזון} {40 mg}, בוצעה {ביופסיה} של {הכליה}."
            ),
            he(
                "בנה יוסי אברהמי מגיע כל שבוע. {דיאליזה} החלה בט״ו בשבט תשפ״ד. {טקרולימוס} {3 mg} ו{אשלגן} {6.1 mmol/l}."
            ),
            he(
                "הרופא המטפל ד״ר משה גולדברג, בית החולים בנהריה. ת.ז. 034567891. {ציקלוספורין} {150 mg}."
            ),
        ],
        planted=[
            ("name/he patient", "שרה"),
            ("name/he patient surname", "לוי"),
            ("place/he town", "חיפה"),
            ("place/he street", "הרצל"),
            ("name/he son", "יוסי"),
            ("name/he son surname", "אברהמי"),
            ("date/he hebrew calendar", "ט״ו בשבט תשפ״ד"),
            ("name/he clinician", "משה"),
            ("name/he clinician surname", "גולדברג"),
            ("place/he town hospital", "נהריה"),
            ("id/he teudat zehut", "034567891"),
        ],
    ),
    # Hindi (Devanagari)
    Patient(
        name="Sunita Sharma",
        mrn="JPR-39102",
        birth="1965-07-21",
        notes=[
            hi(
                "रोगी सुनीता शर्मा, उम्र ५९ वर्ष, जयपुर के मालवीय नगर में रहती हैं। {क्रिएटिनिन} {२.४ mg/dl}, {टैक्रोलिमस} {३ mg}, {गुर्दे} की {बायोप्सी} की गई।"
            ),
            hi(
                "उनके पति राजेश अग्रवाल साथ आए। भर्ती तिथि १२ मार्च २०२४। {डायलिसिस} शुरू हुआ, {पोटैशियम} {६.१ mmol/l}।"
            ),
            hi(
                "चिकित्सक डॉ. विकास मेहरोत्रा, अजमेर अस्पताल। आधार ४५६७ ८९०१ २३४५। {प्रेडनिसोलोन} {४० mg} और {साइक्लोस्पोरिन}।"
            ),
        ],
        planted=[
            ("name/hi patient", "सुनीता"),
            ("name/hi patient surname", "शर्मा"),
            ("place/hi town", "जयपुर"),
            ("place/hi district", "मालवीय"),
            ("name/hi husband", "राजेश"),
            ("name/hi husband surname", "अग्रवाल"),
            ("date/hi devanagari digits", "१२ मार्च २०२४"),
            ("name/hi clinician", "विकास"),
            ("name/hi clinician surname", "मेहरोत्रा"),
            ("place/hi town hospital", "अजमेर"),
            ("id/hi aadhaar", "४५६७ ८९०१ २३४५"),
        ],
    ),
    # Bengali
    Patient(
        name="Rahima Khatun",
        mrn="DHK-55017",
        birth="1976-01-05",
        notes=[
            bn(
                "রোগী রহিমা খাতুন, বয়স ৪৮, ঢাকার মিরপুর রোডে থাকেন। {ক্রিয়েটিনিন} {৩.১ mg/dl}, {প্রেডনিসোলন} {৩০ mg}, {কিডনি} {বায়োপসি} করা হয়েছে।"
            ),
            bn(
                "তার ছেলে করিম হোসেন সঙ্গে ছিল। ভর্তির তারিখ ৫ ফাল্গুন ১৪৩০। {ডায়ালাইসিস} শুরু হয়, {পটাশিয়াম} {৫.৯ mmol/l}।"
            ),
            bn("চিকিৎসক ডা. আনিসুর চৌধুরী, সিলেট হাসপাতাল। রেজিস্ট্রেশন নম্বর ৭৭৩৪৫১২। {ট্যাক্রোলিমাস} {২ mg}।"),
        ],
        planted=[
            ("name/bn patient", "রহিমা"),
            ("name/bn patient surname", "খাতুন"),
            ("place/bn town", "ঢাকার"),
            ("place/bn street", "মিরপুর"),
            ("name/bn son", "করিম"),
            ("name/bn son surname", "হোসেন"),
            ("date/bn bengali calendar", "৫ ফাল্গুন ১৪৩০"),
            ("name/bn clinician", "আনিসুর"),
            ("name/bn clinician surname", "চৌধুরী"),
            ("place/bn town hospital", "সিলেট"),
            ("id/bn registration", "৭৭৩৪৫১২"),
        ],
    ),
    # Tamil
    Patient(
        name="Lakshmi Subramanian",
        mrn="MDU-80442",
        birth="1963-03-17",
        notes=[
            ta(
                "நோயாளி லட்சுமி சுப்பிரமணியன், வயது 61, மதுரை அண்ணா நகரில் வசிக்கிறார். {கிரியேட்டினின்} {2.7 mg/dl}, {சைக்ளோஸ்போரின்} {100 mg}, {சிறுநீரக} {பயாப்ஸி} செய்யப்பட்டது."
            ),
            ta(
                "மகன் கார்த்திக் ராஜேந்திரன் உடன் வந்தார். {டயாலிசிஸ்} 12.03.2024 அன்று தொடங்கியது; {பொட்டாசியம்} {6.0 mmol/l}."
            ),
            ta(
                "மருத்துவர் டாக்டர் செந்தில் வேலுசாமி, திருநெல்வேலி மருத்துவமனை. பதிவு எண் 5520137. {பிரெட்னிசோலோன்} {20 mg}."
            ),
        ],
        planted=[
            ("name/ta patient", "லட்சுமி"),
            ("name/ta patient surname", "சுப்பிரமணியன்"),
            ("place/ta town", "மதுரை"),
            ("place/ta district", "அண்ணா நகரில்"),
            ("name/ta son", "கார்த்திக்"),
            ("name/ta son surname", "ராஜேந்திரன்"),
            ("date/ta digits", "12.03.2024"),
            ("name/ta clinician", "செந்தில்"),
            ("name/ta clinician surname", "வேலுசாமி"),
            ("place/ta town hospital", "திருநெல்வேலி"),
            ("id/ta registration", "5520137"),
        ],
    ),
    # Korean (Hangul)
    Patient(
        name="Kim Minji",
        mrn="PUS-11893",
        birth="1962-06-08",
        notes=[
            ko(
                "환자 김민지 씨는 62세이며 부산시 해운대구 우동에 거주한다. {크레아티닌} {2.1 mg/dL}, {타크로리무스} {3 mg}, {신장} {조직검사}를 시행하였다."
            ),
            ko(
                "딸 박서연이 동행하였다. 2024년 3월 12일 {투석}을 시작하였고 {칼륨} {5.9 mmol/L}이었다."
            ),
            ko(
                "주치의 이준호 교수, 창원병원. 등록번호 12-345678. {프레드니솔론} {30 mg}과 {사이클로스포린}."
            ),
        ],
        planted=[
            ("name/ko patient", "김민지"),
            ("place/ko town", "부산시"),
            ("place/ko district", "해운대구"),
            ("place/ko neighbourhood", "우동"),
            ("name/ko daughter", "박서연"),
            ("date/ko date", "2024년 3월 12일"),
            ("name/ko clinician", "이준호"),
            ("place/ko town hospital", "창원"),
            ("id/ko registration", "12-345678"),
        ],
    ),
    # Chinese (hanzi, no spaces)
    Patient(
        name="Wang Lihua",
        mrn="HZH-62018",
        birth="1966-10-10",
        notes=[
            zh(
                "患者王丽华，女，58岁，住在杭州市西湖区文三路88号。{肌酐}{2.3 mg/dl}，{他克莫司}{2 mg}，行{肾活检}。"
            ),
            zh("其子李建国陪同就诊。2024年3月12日开始{血液透析}，{血钾}{5.8 mmol/L}。"),
            zh("主治医师张志强，温州医院。住院号7733120。{泼尼松}{30 mg}，{环孢素}。"),
        ],
        planted=[
            ("name/zh patient", "王丽华"),
            ("place/zh town", "杭州"),
            ("place/zh district", "西湖区"),
            ("place/zh street", "文三路"),
            ("name/zh son", "李建国"),
            ("date/zh date", "2024年3月12日"),
            ("name/zh clinician", "张志强"),
            ("place/zh town hospital", "温州"),
            ("id/zh inpatient number", "7733120"),
        ],
    ),
    # Thai (no spaces between words)
    Patient(
        name="Somsri Jaidee",
        mrn="BKK-90317",
        birth="1961-12-01",
        notes=[
            th(
                "ผู้ป่วยชื่อสมศรี วงศ์สวัสดิ์ อายุ 63 ปี อาศัยอยู่ที่ถนนพหลโยธิน จังหวัดลำปาง {ครีเอตินีน} {2.5 mg/dl} ได้รับ{ทาโครลิมัส} {2 mg} และทำการ{ตัดชิ้นเนื้อไต}"
            ),
            th(
                "ลูกสาวชื่อสุดารัตน์ มาเยี่ยมทุกสัปดาห์ เริ่ม{ฟอกเลือด}วันที่ 12 มีนาคม 2567 {โพแทสเซียม} {5.9 mmol/l}"
            ),
            th(
                "แพทย์ผู้รักษา นายแพทย์ประเสริฐ ศรีสุข โรงพยาบาลเชียงราย เลขประจำตัว 3100501234567 ได้รับ{เพรดนิโซโลน} {30 mg}"
            ),
        ],
        planted=[
            ("name/th patient", "สมศรี"),
            ("name/th patient surname", "วงศ์สวัสดิ์"),
            ("place/th street", "พหลโยธิน"),
            ("place/th province", "ลำปาง"),
            ("name/th daughter", "สุดารัตน์"),
            ("date/th buddhist era", "12 มีนาคม 2567"),
            ("name/th clinician", "ประเสริฐ"),
            ("name/th clinician surname", "ศรีสุข"),
            ("place/th town hospital", "เชียงราย"),
            ("id/th citizen id", "3100501234567"),
        ],
    ),
]

# Clinical sentences of the same scripts with no identifier: each braced term must survive,
# and the ordinary words around it.
TERMS: list[Patient] = [
    Patient(
        name="Ada Q",
        mrn=None,
        birth=None,
        notes=[
            ka(
                "{ალბუმინი} {3.1 g/dl}, {ჰემოგლობინი} {9.4 g/dl}; {ამლოდიპინი} {5 mg} და {ფუროსემიდი} {40 mg}. {ულტრაბგერა}: {თირკმელი} ნორმალური ზომის."
            ),
            ar(
                "{الألبومين} {٣٫١ غ/دل}، {الهيموغلوبين} {9.4 g/dl}؛ {أملوديبين} {5 mg} و{فوروسيميد} {40 mg}. تم إجراء {تصوير} {بالموجات} {فوق} {الصوتية} {للكلى}."
            ),
            fa(
                "{آلبومین} {۳٫۱ g/dl}، {هموگلوبین} {۹٫۴ g/dl}؛ {آملودیپین} {۵ mg} و {فوروزماید} {۴۰ mg}. {سونوگرافی} {کلیه} طبیعی بود."
            ),
            he(
                "{אלבומין} {3.1 g/dl}, {המוגלובין} {9.4 g/dl}; {אמלודיפין} {5 mg} ו{פורוסמיד} {40 mg}. {אולטרסאונד} של {הכליות} תקין."
            ),
            hi(
                "{एल्ब्यूमिन} {३.१ g/dl}, {हीमोग्लोबिन} {९.४ g/dl}; {एम्लोडिपिन} {५ mg} और {फ्यूरोसेमाइड} {४० mg}। {अल्ट्रासाउंड} में {गुर्दे} सामान्य थे।"
            ),
            bn(
                "{অ্যালবুমিন} {৩.১ g/dl}, {হিমোগ্লোবিন} {৯.৪ g/dl}; {অ্যামলোডিপিন} {৫ mg} এবং {ফুরোসেমাইড} {৪০ mg}। {আল্ট্রাসাউন্ড} স্বাভাবিক।"
            ),
            ta(
                "{அல்புமின்} {3.1 g/dl}, {ஹீமோகுளோபின்} {9.4 g/dl}; {அம்லோடிபின்} {5 mg} மற்றும் {ஃபுரோசெமைட்} {40 mg}."
            ),
            ko(
                "{알부민} {3.1 g/dL}, {헤모글로빈} {9.4 g/dL}; {암로디핀} {5 mg}과 {푸로세미드} {40 mg}. {초음파}에서 {신장} 크기는 정상이었다."
            ),
            zh(
                "{白蛋白}{3.1 g/dl}，{血红蛋白}{9.4 g/dl}；{氨氯地平}{5 mg}，{呋塞米}{40 mg}。{超声}示{肾脏}大小正常。"
            ),
            th(
                "{อัลบูมิน} {3.1 g/dl} {ฮีโมโกลบิน} {9.4 g/dl} ได้รับ{แอมโลดิปีน} {5 mg} และ{ฟูโรเซไมด์} {40 mg} {อัลตราซาวด์}ไตปกติ"
            ),
            ar(
                "{mycophenolate mofetil} {1 g} مرتين يوميا، {eGFR} {28 ml/min}، {creatinine} {2.1 mg/dl}."
            ),
            fa("{cyclosporine} {100 mg} روزانه، {eGFR} {۲۸ ml/min}، {creatinine} {۲٫۱ mg/dl}."),
        ],
    ),
]


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    return measure([entry(p) for p in SCRIPTS + TERMS]), measure_ordinary(SCRIPTS + TERMS)


def by_script(fig: Figures) -> dict[str, tuple[int, int]]:
    """Planted and leaked by script (the kind's word after its slash: "ka", "ar")."""
    out: dict[str, tuple[int, int]] = {}
    for kind, n in fig.planted.items():
        script = kind.split("/", 1)[1].split()[0]
        planted, leaked = out.get(script, (0, 0))
        out[script] = (planted + n, leaked + fig.leaked[kind])
    return out


def name_false_positives(n: int = 4000, seed: int = 1) -> tuple[int, int, int, list[str]]:
    """The loanword reading's false positives on names it has never seen: ``n`` names and
    places of the gazetteers (four letters or more, no clinical or English word) held out
    of the name check, each read through ``translit`` with its vowels (as Georgian,
    Hangul and the Indian scripts write them) and without its inner vowels (as Arabic and
    Hebrew may): how many of each read as a clinical word, and some examples."""
    import random

    from caselog.privacy import translit
    from caselog.privacy.vocab import vocabulary

    v = vocabulary()
    every = sorted(
        w
        for w in v.proper | v.persons | v.context_eponyms | v.scores
        if w.isascii() and w.isalpha()
    )
    known = v.clinical | v.medical | v.english
    pool = [w for w in every if len(w) >= 4 and w not in known]
    random.Random(seed).shuffle(pool)
    held = pool[:n]
    ix = translit.build_index(set(every) - set(held))
    voweled = unwritten = 0
    examples: list[str] = []
    for w in held:
        strict, loose, full = translit.latin_keys(w)
        if len(strict) < translit.MIN_CLASSES:
            continue
        bare = full[0] + full[1:].replace("V", "")
        if translit.decide([(strict, loose, full, 0)], ix, False):
            voweled += 1
            examples.append(w)
        if translit.decide([(strict, loose, bare, 0)], ix, True):
            unwritten += 1
            examples.append(w)
    return len(held), voweled, unwritten, examples


if __name__ == "__main__":
    import sys

    fig, ordinary = figures()
    print(fig.table("scripts corpus (tests/privacy/classes_scripts.py)"))
    for script, (n, k) in sorted(by_script(fig).items()):
        print(f"  script {script:4} {k}/{n} survive")
    print(ordinary.table("ordinary words of the scripts corpus"))
    n, voweled, unwritten, names = name_false_positives()
    print(f"names held out of the gazetteers read as clinical: {voweled}/{n} with vowels,")
    print(f"  {unwritten}/{n} without inner vowels; e.g. {', '.join(names[:12])}")
    if "-v" in sys.argv:
        print("\n".join(fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
