# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""The over-redaction corpus of the ``terms13`` helper (2026-12-03, issue 14): realistic
nephrology notes with no identifier in them, written before any measure was taken on
them and before reading how the word lists judge words.

Languages and scripts (43 notes, 22 languages): Vietnamese ``vi``, Malagasy ``mg``,
Finnish ``fi``, German ``de``, Dutch ``nl``, English ``en``, French ``fr``, Spanish ``es``,
Portuguese ``pt``, Italian ``it``, Polish ``pl``, Turkish ``tr``, Korean ``ko``, Tamil
``ta``, Persian ``fa``, Thai ``th``, Hindi ``hi``, Bengali ``bn``, Chinese ``zh``, Japanese
``ja``, Arabic ``ar`` and Hebrew ``he``.

The classes of loss the notes stress:

1. a disease or drug name first in a sentence ("Vancomycin được ngừng", "Furosemide
   80 mg no nomena", "Takrolimuusi 3 mg", "Kolistyna została odstawiona");
2. a capitalised word after a colon or in a heading ("Diagnose: Nierenversagen",
   "Impression: Acute tubular necrosis", "Tanı: Akut böbrek hasarı", "Conclusie:",
   "Rozpoznanie:", "诊断：");
3. prose of scripts other than Latin (Korean, Tamil, Persian, Thai, Hindi, Bengali,
   Chinese, Japanese, Arabic, Hebrew), drugs transliterated into them;
4. abbreviations and lab names with local units ("eGFR", "CKD-EPI", "MMF", "ANCA",
   "PTH", "P-Krea", "µmol/l", "мг"-like units of each script, "LWK 4/5");
5. notes with no final full stop (a field a report runs into the next one);
6. eponyms in clinical use ("Fanconi", "Alport", "Berger", "Wegener", "Henoch-Schönlein",
   "Fabry", "Banff").

Terms are in braces with a category letter (``heldout4.corpus``'s ``CATEGORIES``); every
other word is an ordinary word of the note's language. Each record is one invented
patient whose name the notes do not hold; nothing is planted.
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
        "Trần Thị Hạnh",
        None,
        None,
        notes(
            "vi",
            "{A:Suy thận cấp} sau dùng {D:vancomycin} {X:1 g} mỗi 12 giờ; {L:creatinin} tăng từ {X:88} lên {X:412 µmol/L}. {D:Vancomycin} được ngừng và bắt đầu {M:lọc máu} ngắt quãng.",
            "{E:Hội chứng Alport} được xác định bằng {M:sinh thiết thận}. {D:Losartan} {X:50 mg} mỗi ngày; {L:protein niệu} {X:2,1 g/24 giờ}; {L:eGFR} {X:38 mL/phút/1,73 m²}",
        ),
    ),
    Record(
        "Rasoanirina Fanja",
        None,
        None,
        notes(
            "mg",
            "{D:Furosemide} {X:80 mg} no nomena ny marary noho ny {A:edema} amin'ny tongotra. {A:Tsy fahampian'ny voa} mafy no hita, {L:kreatinina} {X:540 µmol/L}.",
            "{A:Diabeta} sy {A:tosi-drà} ambony no nahatonga ny {A:aretin'ny voa}. {M:Dialyse} intelo isan-kerinandro; {L:hemoglobine} {X:8,9 g/dL}",
        ),
    ),
    Record(
        "Aino Lehtinen",
        None,
        None,
        notes(
            "fi",
            "{A:Munuaisensiirto} tehtiin kolme vuotta sitten. {D:Takrolimuusi} {X:3 mg} kahdesti päivässä ja {D:mykofenolaatti} ({D:MMF}) {X:500 mg} kahdesti; {L:takrolimuusipitoisuus} {X:6,2 µg/l}. {A:Hyljintäreaktio} poissuljettiin {M:munuaisbiopsialla}.",
            "Diagnoosi: {A:Akuutti tubulusnekroosi}. {D:Amoksisilliini} lopetettiin; {L:P-Krea} {X:356 µmol/l}, {L:P-K} {X:5,9 mmol/l}; {M:ultraääni}: munuaiset normaalikokoiset",
        ),
    ),
    Record(
        "Jürgen Albrecht",
        None,
        None,
        notes(
            "de",
            "Diagnose: {A:Nierenversagen} nach {D:Ibuprofen}. {A:Rhabdomyolyse} wurde ausgeschlossen, {L:CK} {X:180 U/l}. {D:Ibuprofen} abgesetzt, {L:Kreatinin} {X:3,4 mg/dl}, {L:eGFR} nach {S:CKD-EPI} {X:17 ml/min/1,73 m²}.",
            "Befund: {A:Membranöse Glomerulonephritis} mit {L:PLA2R-Antikörpern} {X:145 RU/ml}. {D:Rituximab} {X:1 g} an Tag 1 und 15; {M:Nierenbiopsie} zeigte {A:subepitheliale Depots}. Beurteilung: {A:Nephrotisches Syndrom}",
            "{E:Morbus Fabry} mit {A:Proteinurie}; {D:Agalsidase beta} alle zwei Wochen. {M:MRT} der Lendenwirbelsäule: {A:Bandscheibenvorfall} {V:LWK 4/5}",
        ),
    ),
    Record(
        "Sanne de Vries",
        None,
        None,
        notes(
            "nl",
            "{A:Hyperkaliëmie} bij gebruik van {D:spironolacton} {X:25 mg}; {L:kalium} {X:6,4 mmol/l}. {D:Natriumzirkoniumcyclosilicaat} werd gestart en {D:spironolacton} gestaakt.",
            "Conclusie: {A:Acute interstitiële nefritis} door {D:omeprazol}. {D:Prednisolon} {X:40 mg} per dag; {M:echografie} van de nieren zonder afwijkingen; {L:eGFR} herstelde tot {X:52 ml/min}",
            "Anamnese: {A:Niertransplantatie} wegens {E:ziekte van Berger}. {D:Tacrolimus} spiegel {X:7,8 µg/l}; {L:BK-virus} {X:10⁴ kopieën/ml}. {M:CT} thorax: geen afwijkingen",
        ),
    ),
    Record(
        "Margaret Ellison",
        None,
        None,
        notes(
            "en",
            "Impression: {A:Acute tubular necrosis} after {D:gentamicin}. {D:Gentamicin} troughs were {X:3.1 mg/L}; {M:renal ultrasound} showed normal-sized kidneys. Plan: {M:haemodialysis} via a {A:tunnelled catheter}.",
            "{E:Fanconi syndrome} on {D:tenofovir disoproxil}: {L:serum phosphate} {X:0.54 mmol/L}, {A:glycosuria} with normal {L:glucose}. {D:Tenofovir} switched to {D:dolutegravir}. {M:MRI} of the spine: {A:insufficiency fracture} at {V:T12} and {V:L1}.",
            "Background: {A:ANCA-associated vasculitis} ({L:MPO-ANCA} {X:86 IU/mL}). Induction with {D:rituximab} and {D:prednisolone}; {M:plasma exchange} not given per {S:PEXIVAS}. {L:PTH} {X:32 pmol/L}, {L:ACR} {X:210 mg/mmol}",
            "{E:Henoch-Schönlein purpura} in an adult: {A:IgA vasculitis} with {A:purpura} and {A:haematuria}. {D:Methylprednisolone} pulses; {L:C3} and {L:C4} normal. {E:Wegener} was the older name for {A:GPA}",
        ),
    ),
    Record(
        "Élodie Marchand",
        None,
        None,
        notes(
            "fr",
            "Conclusion : {A:Néphropathie à IgA} ({S:classification d'Oxford} {S:M1 E0 S1 T1 C0}). {D:Ramipril} {X:10 mg} par jour; {L:protéinurie} {X:1,8 g/24 h}. {M:Échographie rénale} normale.",
            "{A:Hypercalcémie} sous {D:cholécalciférol} à forte dose: {L:calcémie} {X:3,2 mmol/L}, {L:PTH} effondrée. {D:Zolédronate} {X:4 mg} puis {A:hydratation} intraveineuse.",
        ),
    ),
    Record(
        "Lucía Ortega",
        None,
        None,
        notes(
            "es",
            "Diagnóstico: {A:Lesión renal aguda} por {D:contraste yodado} tras {M:TAC} abdominal. {L:Creatinina} {X:2,9 mg/dL}; {A:Oliguria} durante 48 horas sin necesidad de {M:hemodiálisis}.",
            "{E:Síndrome de Fanconi} secundario a {D:ifosfamida}: {L:fosfato sérico} {X:0,6 mmol/L} y {A:acidosis tubular}. {D:Bicarbonato sódico} {X:1 g} cada 8 horas",
        ),
    ),
    Record(
        "João Carvalho",
        None,
        None,
        notes(
            "pt",
            "{A:Glomeruloesclerose segmentar e focal} confirmada por {M:biópsia renal}. {D:Ciclosporina} {X:100 mg} duas vezes ao dia; {L:ciclosporinemia} {X:120 ng/mL}. Impressão: {A:Resposta parcial}.",
        ),
    ),
    Record(
        "Giulia Bernardi",
        None,
        None,
        notes(
            "it",
            "{A:Rigetto acuto} cellulare ({S:Banff} {S:IB}) al terzo mese dal {A:trapianto}. {D:Metilprednisolone} {X:500 mg} per tre giorni; {L:creatinina} scesa a {X:1,6 mg/dl}. {M:Ecografia} con {L:indici di resistenza} {X:0,72}",
        ),
    ),
    Record(
        "Krzysztof Nowak",
        None,
        None,
        notes(
            "pl",
            "Rozpoznanie: {A:Ostre uszkodzenie nerek} po {D:kolistynie}. {D:Kolistyna} została odstawiona; {L:kreatynina} {X:4,1 mg/dl}, {L:potas} {X:5,8 mmol/l}. {M:USG} nerek bez zmian.",
        ),
    ),
    Record(
        "Ayşe Yılmaz",
        None,
        None,
        notes(
            "tr",
            "Tanı: {A:Akut böbrek hasarı}. {D:Vankomisin} kesildi ve {M:hemodiyaliz} başlandı; {L:kreatinin} {X:5,2 mg/dL}, {L:üre} {X:180 mg/dL}. {M:Böbrek ultrasonografisi} normal",
        ),
    ),
    Record(
        "김민지",
        None,
        None,
        notes(
            "ko",
            "{A:급성 신손상}으로 입원하였다. {D:반코마이신} 투여 후 {L:크레아티닌}이 {X:4.2 mg/dL}까지 상승하였고 {M:혈액투석}을 시행하였다",
            "진단: {A:막성 신병증}. {D:리툭시맙} {X:1 g} 2회 투여; {L:단백뇨} {X:6.3 g/일}; {M:신장 조직검사}에서 {A:상피하 침착물} 확인",
        ),
    ),
    Record(
        "முருகேசன் செல்வி",
        None,
        None,
        notes(
            "ta",
            "{A:நாள்பட்ட சிறுநீரக நோய்} நிலை 4; {D:ஃபுரோஸ்மைடு} {X:40 மி.கி} தினமும். {L:கிரியேட்டினின்} {X:4.8 mg/dL}, {L:ஹீமோகுளோபின்} {X:8.6 g/dL}. {M:இரத்த சுத்திகரிப்பு} பரிந்துரைக்கப்பட்டது",
            "{D:டாக்ரோலிமஸ்} அளவு குறைக்கப்பட்டது; {A:சிறுநீரக மாற்று அறுவை சிகிச்சை} க்குப் பிறகு {L:யூரிக் அமிலம்} அதிகரித்தது",
        ),
    ),
    Record(
        "مریم احمدی",
        None,
        None,
        notes(
            "fa",
            "{A:نارسایی حاد کلیه} پس از مصرف {D:جنتامایسین}. {L:کراتینین} {X:۳٫۸ میلی‌گرم در دسی‌لیتر} و {L:پتاسیم} {X:۶٫۱ میلی‌مول در لیتر} بود. {M:همودیالیز} آغاز شد.",
            "تشخیص: {A:گلومرولونفریت} با {L:ANCA} مثبت؛ {D:ریتوکسیماب} و {D:پردنیزولون} تجویز شد. {M:سونوگرافی} کلیه طبیعی بود",
        ),
    ),
    Record(
        "สมชาย ใจดี",
        None,
        None,
        notes(
            "th",
            "{A:ภาวะไตวายเฉียบพลัน}หลังได้รับ{D:แวนโคมัยซิน} {L:ครีเอตินิน} {X:3.9 มก./ดล.} เริ่ม{M:ฟอกเลือด}ด้วยเครื่องไตเทียม",
            "ผู้ป่วย{A:โรคไตเรื้อรัง}ระยะที่ 5 ได้รับ{D:อีริโทรโพอิติน} {X:4000 ยูนิต} สัปดาห์ละสองครั้ง {L:ฮีโมโกลบิน} {X:9.2 ก./ดล.}",
        ),
    ),
    Record(
        "सुनीता शर्मा",
        None,
        None,
        notes(
            "hi",
            "{A:तीव्र गुर्दा क्षति} के बाद {D:वैनकोमाइसिन} बंद की गई। {L:क्रिएटिनिन} {X:4.5 mg/dL} था और {M:डायलिसिस} शुरू किया गया। {V:L4-L5} पर {A:डिस्क उभार} {M:एमआरआई} में देखा गया",
            "निदान: {A:ल्यूपस नेफ्राइटिस} {S:कक्षा IV}। {D:माइकोफेनोलेट} {X:1 ग्राम} दिन में दो बार और {D:प्रेडनिसोलोन} {X:40 मि.ग्रा.}; {L:मूत्र प्रोटीन} {X:3.2 ग्राम/दिन}",
        ),
    ),
    Record(
        "রহিমা খাতুন",
        None,
        None,
        notes(
            "bn",
            "{A:দীর্ঘস্থায়ী কিডনি রোগে} আক্রান্ত রোগীর {L:পটাশিয়াম} {X:6.2 mmol/L} পাওয়া গেছে। {D:ক্যালসিয়াম গ্লুকোনেট} দেওয়া হয়েছে এবং {M:হেমোডায়ালাইসিস} শুরু হয়েছে",
        ),
    ),
    Record(
        "王丽华",
        None,
        None,
        notes(
            "zh",
            "{A:急性肾损伤}，考虑与{D:万古霉素}相关。{L:血肌酐} {X:356 μmol/L}，{L:血钾} {X:5.9 mmol/L}。予{M:血液透析}治疗",
            "诊断：{A:IgA肾病}（{S:牛津分型} {S:M1E1S1T0C0}）。{D:吗替麦考酚酯} {X:0.75 g} 每日两次；{L:24小时尿蛋白} {X:2.3 g}；{M:肾穿刺活检}",
        ),
    ),
    Record(
        "佐藤美咲",
        None,
        None,
        notes(
            "ja",
            "{A:急性尿細管壊死}と診断した。{D:シスプラチン}投与後に{L:クレアチニン}が{X:3.1 mg/dL}へ上昇し、{M:腹部超音波}では腎腫大なし",
            "診断：{A:微小変化型ネフローゼ症候群}。{D:プレドニゾロン} {X:60 mg/日}を開始し、{L:尿蛋白}は{X:0.2 g/gCr}まで減少した。",
        ),
    ),
    Record(
        "فاطمة الزهراني",
        None,
        None,
        notes(
            "ar",
            "{A:قصور كلوي حاد} بعد تناول {D:الإيبوبروفين}. {L:الكرياتينين} {X:3.6 ملغ/دل} و{L:البوتاسيوم} {X:5.7 مليمول/لتر}. تم إيقاف الدواء وبدء {M:الغسيل الكلوي}",
            "التشخيص: {A:التهاب كبيبات الكلى} المرتبط بـ{L:ANCA}. {D:ريتوكسيماب} {X:375 ملغ/م²} أسبوعياً؛ {M:خزعة الكلى} أظهرت {A:أهلة خلوية}",
        ),
    ),
    Record(
        "נועה לוי",
        None,
        None,
        notes(
            "he",
            "{A:אי ספיקת כליות חריפה} לאחר טיפול ב{D:ונקומיצין}. {L:קריאטינין} {X:3.4 מ״ג/ד״ל}; הוחל {M:המודיאליזה}. {M:אולטרסאונד} כליות תקין",
            "אבחנה: {A:נפרופתיה סוכרתית}. {D:אמפגליפלוזין} {X:10 מ״ג} ביום; {L:המוגלובין A1C} {X:8.1%}",
        ),
    ),
]
