# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A fourth held-out corpus (2026-12-01), written by an outside examiner before it was run
against anything, and never shown to the de-identifier's authors.

Twelve synthetic nephrology patients from Wales, Friesland, Podkarpacie, Västernorrland,
Cappadocia, the Waldviertel, Wallonia, Los Lagos, Siskiyou County, Mpumalanga, County
Clare and Nova Scotia, written in English, Dutch, Polish, Swedish, Turkish, German, French
and Spanish. Every person, place and number is invented (real town names are used as
places, never with a real person).

Each ``Note`` is one free-text field in one language. Clinical terms that must survive are
written in braces with a category letter (``{D:tacrolimus}``, see ``CATEGORIES``; no letter
means ``A``). Planted identifiers that must not survive are listed per patient as
``(kind, text)``, the kind being ``"<Safe Harbor kind>/<form>"``. Every other word is an
ordinary word of the note's language and should survive too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ZW = "\u200b"  # zero-width space

CATEGORIES = {
    "D": "drug or brand",
    "X": "dose, value or unit",
    "V": "vertebral level",
    "L": "lab test or marker",
    "M": "modality",
    "O": "organism",
    "E": "eponym",
    "G": "gene or protein",
    "S": "score or classification",
    "A": "other clinical term",
}


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


# Words that describe a planted unique feature (or belong to a planted nickname) are part of
# the identifier, not ordinary words: a redaction that takes them all is not over-redaction.
DESCRIBED: list[str] = [
    "Nan Rhi",
    "tattoo of a red dragon with the name IFAN on her right forearm",
    "tatuaż kotwicy",
    "bliznę w kształcie litery S",
    "födelsemärke stort som en tumnagel på vänster kind",
    "ärr efter ett hundbett på hakan",
    "kalıcı bir MEHMET dövmesi",
    "cicatrice de brûlure en forme de croissant sur le dos de la main gauche",
    "tatuaje de un copihue con el nombre AMANDA en el tobillo derecho",
    "tattoo, a koi fish above the name LORETTA on the left calf",
]


def en(t: str) -> Note:
    return Note("en", t)


def nl(t: str) -> Note:
    return Note("nl", t)


def pl(t: str) -> Note:
    return Note("pl", t)


def sv(t: str) -> Note:
    return Note("sv", t)


def tr(t: str) -> Note:
    return Note("tr", t)


def de(t: str) -> Note:
    return Note("de", t)


def fr(t: str) -> Note:
    return Note("fr", t)


def es(t: str) -> Note:
    return Note("es", t)


HELDOUT4: list[Patient] = [
    Patient(
        name="Rhiannon Young",
        mrn="BG-7730-4415",
        birth="1930-11-02",
        notes=[
            en(
                "Rhiannon Young, ninety-four, was referred from Llanidloes with {calciphylaxis} of both calves and a {L:serum phosphate} of {X:2.41 mmol/L}."
            ),
            en(
                "She has been on {haemodialysis} at the Newtown satellite unit since 2016 through a {left radiocephalic fistula}."
            ),
            en(
                "Her daughter Carys drives her down the valley three times a week; the farm is Pen-y-Graig, Trefeglwys, Caersws SY17 5PH."
            ),
            en(
                "Known to everyone on the unit as Nan Rhi, she still keeps Welsh Mountain ewes and walks the top field daily."
            ),
            en(
                "Her GP, y Meddyg Prydderch, had started {D:sodium thiosulfate} {X:12.5 g} {IV} after each session and stopped {D:warfarin}."
            ),
            en(
                "{L:PTH} {X:96 pmol/L}, {L:alkaline phosphatase} {X:188 U/L}, {L:albumin} {X:31 g/L}, {L:CRP} {X:64 mg/L}; {L:adjusted calcium} by the {E:Payne formula} was {X:2.52 mmol/L}."
            ),
            en(
                "A wound swab taken on Dydd Gŵyl Dewi grew {O:Proteus mirabilis} and {O:Morganella morganii}; {D:co-amoxiclav} was started."
            ),
            en(
                "{M:CT} of the abdomen showed {extensive medial arterial calcification}, a {compression fracture} at {V:L2} and {E:Schmorl nodes} at {V:T11-T12}."
            ),
            en("Contact numbers: home 01686 412 093, the farm mobile 07700 900 517."),
            en(
                "Her NHS Wales number is 688 224 1907 and the wristband printed BG77304415 at the last admission."
            ),
            en(
                "She has a faded tattoo of a red dragon with the name IFAN on her right forearm, from her husband's navy days."
            ),
            en(
                f"Yo{ZW}ung's granddaughter set up a fundraising page at nanrhi-kidneys.co.uk; her handle on the farmers' forum is ewe_lady_trefeg."
            ),
            en(
                "{D:Cinacalcet} {X:30 mg} was stopped for nausea and {D:etelcalcetide} given instead; {D:lanthanum carbonate} ({D:Fosrenol}) {X:750 mg} with meals."
            ),
            en(
                "She was born on 2 November 1930 in Llanbrynmair and chose not to have the {D:warfarin} restarted."
            ),
            en(
                "A photograph of her face for the wound chart (IMG_rhiannon_face_0412.jpg) was taken with consent and removed."
            ),
            en(
                "Carys writes from ffermdy.trefeg@btcymru-mail.net whenever the {L:INR} or the dressings need discussing."
            ),
            en(
                "{S:Clinical Frailty Scale} {X:6}, {S:Waterlow score} {X:18}, {S:MUST} {X:2}; {D:piperacillin-tazobactam} was not needed."
            ),
        ],
        planted=[
            ("name/recorded", "Rhiannon Young"),
            ("age over 89/word", "ninety-four"),
            ("geographic/town no cue", "Llanidloes"),
            ("geographic/facility named after a town", "Newtown"),
            ("name/no title", "Carys"),
            ("geographic/house name", "Pen-y-Graig"),
            ("geographic/village", "Trefeglwys"),
            ("geographic/town no cue", "Caersws"),
            ("geographic/postcode UK", "SY17 5PH"),
            ("name/nickname", "Rhi"),
            ("name/after non-English title", "Prydderch"),
            ("date/holiday in Welsh", "Dydd Gŵyl Dewi"),
            ("telephone/UK", "01686 412 093"),
            ("telephone/sentence end", "07700 900 517"),
            ("health plan number/NHS with spaces", "688 224 1907"),
            ("medical record number/no separator", "BG77304415"),
            ("other unique identifier/tattoo", "IFAN"),
            ("name/zero-width space", f"Yo{ZW}ung's"),
            ("url/no scheme", "nanrhi-kidneys.co.uk"),
            ("other unique identifier/username", "ewe_lady_trefeg"),
            ("date/birth", "2 November 1930"),
            ("geographic/birthplace", "Llanbrynmair"),
            ("full-face photograph/file name", "IMG_rhiannon_face_0412.jpg"),
            ("email/plain", "ffermdy.trefeg@btcymru-mail.net"),
        ],
    ),
    Patient(
        name="Hendrikje Bakker",
        mrn="FR 55 10 842",
        birth="1957-08-09",
        notes=[
            nl(
                "Mevrouw Bakker, 67 jaar, komt uit Sneek en wordt sinds 2019 behandeld met {hemodialyse} in verband met {diabetische nefropathie}."
            ),
            nl(
                "Zij woont op de Kleine Kerkstraat 14, 8601 BP, samen met haar zoon Sjoerd en twee katten."
            ),
            nl(
                "Op Koningsdag werd zij opgenomen in het Antonius Sneek met koorts en {rillingen}; de {L:CRP} was {X:212 mg/l}."
            ),
            nl(
                "In de {L:bloedkweek} groeide {O:Staphylococcus lugdunensis}; zij kreeg {D:flucloxacilline} {X:2 g} viermaal daags en de {getunnelde katheter} werd verwijderd."
            ),
            nl(
                "Dokter Hylkema, internist-nefroloog, zag bij {M:echografie} kleine nieren zonder {hydronefrose} en zonder {niersteen}."
            ),
            nl(
                "Haar BSN is 2045 88 913 en het polisnummer bij de zorgverzekeraar is FZV 3390 1127."
            ),
            nl(
                "Zuster Berg van de dialyseafdeling belt dinsdagavond naar het vaste nummer 0515 43 28 71."
            ),
            nl(
                "{L:Kalium} {X:6,3 mmol/l}, {L:bicarbonaat} {X:14 mmol/l}, {L:hemoglobine} {X:5,9 mmol/l} en {L:ferritine} {X:820 µg/l}."
            ),
            nl(
                "Zij gebruikt {D:calciumcarbonaat} {X:500 mg}, {D:alfacalcidol} {X:0,25 microgram}, {D:darbepoëtine alfa} en {D:natriumbicarbonaat}."
            ),
            nl(
                "Hendrikjes kleindochter Femmigje heeft een Instagram-account hennie_dialyseert en mailt via fzijlstra@ziggo-fries.nl."
            ),
            nl("Op de afdeling noemt iedereen haar Henny, ook de chauffeur van het taxibusje."),
            nl(
                "Geboren op 9 augustus 1957 in Workum; de {M:DEXA-scan} toonde {osteoporose} van {V:L1} tot {V:L4} met een {L:T-score} van {X:-3,1}."
            ),
            en(
                "Her car, a blue Opel with registration 54-JZN-7, stays in the hospital car park on dialysis days."
            ),
            nl(
                "Op de {M:MRI} van de wervelkolom een {inzakkingsfractuur} van {V:Th12} en {discusdegeneratie} {V:L4-L5}."
            ),
            nl(
                "Het dialyseapparaat (serienummer 5008S-NL-447102) en haar glucosesensor (sensor-ID 0M00BX41TQ) werden gecontroleerd."
            ),
            nl(
                "De {L:Kt/V} was {X:1,38} en de {L:URR} {X:71%}; de {L:HbA1c} bleef {X:61 mmol/mol} ondanks {D:insuline glargine}."
            ),
            en("H e n d r i k j e wrote her name in spaced capitals on the consent form."),
            nl(
                "Ze werkte tot haar pensioen bij Zuivelfabriek De Tjonger in Heerenveen, op de kaasafdeling."
            ),
        ],
        planted=[
            ("name/dictionary word", "Bakker"),
            ("geographic/town no cue", "Sneek"),
            ("geographic/street NL", "Kleine Kerkstraat 14"),
            ("geographic/postcode NL", "8601 BP"),
            ("name/no title", "Sjoerd"),
            ("date/holiday in Dutch", "Koningsdag"),
            ("geographic/facility named after a town", "Antonius Sneek"),
            ("name/after non-English title", "Hylkema"),
            ("social security number/national id with spaces", "2045 88 913"),
            ("health plan number/policy", "FZV 3390 1127"),
            ("name/dictionary word after title", "Berg"),
            ("date/weekday in Dutch", "dinsdagavond"),
            ("telephone/sentence end", "0515 43 28 71"),
            ("name/possessive", "Hendrikjes"),
            ("name/no title", "Femmigje"),
            ("other unique identifier/username", "hennie_dialyseert"),
            ("email/plain", "fzijlstra@ziggo-fries.nl"),
            ("name/nickname", "Henny"),
            ("date/birth in Dutch", "9 augustus 1957"),
            ("geographic/birthplace", "Workum"),
            ("vehicle identifier/NL plate", "54-JZN-7"),
            ("device identifier/serial", "5008S-NL-447102"),
            ("device identifier/sensor", "0M00BX41TQ"),
            ("name/spaced letters", "H e n d r i k j e"),
            ("name/employer", "Zuivelfabriek De Tjonger"),
            ("geographic/town no cue", "Heerenveen"),
        ],
    ),
    Patient(
        name="Bożena Kowal",
        mrn="SAN-447-1903",
        birth="1953-02-17",
        notes=[
            pl(
                "Pani Bożena Kowal, lat 71, mieszkanka Sanoka, jest dializowana od 2018 roku z powodu {przewlekłej choroby nerek} w stadium 5."
            ),
            pl("Adres: ul. Jagiellońska 48 m. 6, 38-500; telefon domowy 13 463 90 17."),
            pl("Syn Tomasz przywozi ją na dializy samochodem o numerze rejestracyjnym RSA 6170J."),
            pl("PESEL 530217 04863 podano przy przyjęciu; numer karty EKUZ 8061 6000 1802 4471."),
            pl(
                "Przyjęta w Wigilię z gorączką; w {L:posiewie krwi} wyhodowano {O:Enterococcus faecalis} i {O:Klebsiella oxytoca}."
            ),
            pl(
                "Lek. med. Wrzosek z oddziału w Lesku włączyła {D:wankomycynę} {X:1 g} po dializie oraz {D:ceftriakson} {X:2 g} na dobę."
            ),
            pl(
                "Wyniki: {L:kreatynina} {X:7,8 mg/dl}, {L:mocznik} {X:164 mg/dl}, {L:potas} {X:5,9 mmol/l}, {L:hemoglobina} {X:8,7 g/dl}, {L:parathormon} {X:1040 pg/ml}."
            ),
            pl(
                "Stosuje {D:sewelamer} {X:800 mg} trzy razy dziennie, {D:alfakalcydol} {X:0,5 µg} i {D:erytropoetynę beta} {X:4000 j.m.} dwa razy w tygodniu."
            ),
            pl(
                "W {M:tomografii komputerowej} stwierdzono {zwapnienia naczyniowe}, {złamanie kompresyjne} trzonu {V:Th11} oraz {przepuklinę krążka} {V:L5-S1}."
            ),
            pl(
                "Data urodzenia: 17 lutego 1953 r.; ostatnia hospitalizacja trwała do 11 marca 2024 r."
            ),
            pl("Pracowała jako tkaczka w Zakładach Lniarskich Besko aż do emerytury."),
            pl(
                "Wnuczka Zuzia pisze na adres b.k53@poczta-bieszczady.pl i prowadzi bloga bozenadializa.blogspot.com."
            ),
            pl(
                "Na prawym przedramieniu ma tatuaż kotwicy, a na czole bliznę w kształcie litery S."
            ),
            pl(
                "Kowalowa, jak mówią o niej sąsiadki, nie zgłaszała bólu w klatce piersiowej ani {duszności}."
            ),
            pl(
                "{M:USG} jamy brzusznej: nerki małe, bez {wodonercza}; {M:echokardiografia}: {frakcja wyrzutowa} {X:45%}."
            ),
            en(
                "In the transfer letter her record number was written as SAN4471903 and her surname as Kоwal."
            ),
            pl(
                "Dr hab. n. med. Szczepaniak-Wolny z Rzeszowa konsultował {biopsję nerki}: {E:zespół Alporta} wykluczono, {G:COL4A5} bez zmian."
            ),
            pl(
                "Z powodu {nadciśnienia tętniczego} przyjmuje {D:amlodypinę} {X:10 mg} i {D:walsartan} {X:160 mg}; {D:furosemid} {X:80 mg} rano."
            ),
        ],
        planted=[
            ("name/dictionary word", "Bożena Kowal"),
            ("geographic/town inflected", "Sanok"),
            ("geographic/street PL", "ul. Jagiellońska 48 m. 6"),
            ("geographic/postcode PL", "38-500"),
            ("telephone/sentence end", "13 463 90 17"),
            ("name/no title", "Tomasz"),
            ("vehicle identifier/PL plate", "RSA 6170J"),
            ("social security number/national id with spaces", "530217 04863"),
            ("health plan number/EHIC", "8061 6000 1802 4471"),
            ("date/holiday in Polish", "Wigilię"),
            ("name/after non-English title", "Wrzosek"),
            ("geographic/town inflected", "Lesku"),
            ("date/birth in Polish", "17 lutego 1953"),
            ("date/discharge in Polish", "11 marca 2024"),
            ("name/employer", "Lniarskich Besko"),
            ("name/nickname", "Zuzia"),
            ("email/plain", "b.k53@poczta-bieszczady.pl"),
            ("url/no scheme", "bozenadializa.blogspot.com"),
            ("other unique identifier/tattoo", "tatuaż kotwicy"),
            ("other unique identifier/scar", "bliznę w kształcie litery S"),
            ("name/derived form", "Kowalowa"),
            ("medical record number/no separator", "SAN4471903"),
            ("name/homoglyph", "Kоwal"),
            ("name/after non-English title", "Szczepaniak-Wolny"),
            ("geographic/town inflected", "Rzeszowa"),
        ],
    ),
    Patient(
        name="Ingegerd Berg",
        mrn="SLF-0931-552",
        birth="1931-06-06",
        notes=[
            sv(
                "Ingegerd Berg, 93 år, från Kramfors, har {hemodialys} tre gånger i veckan på dialysavdelningen i Sollefteå."
            ),
            sv("Hon bor på Lövstavägen 12 B, 872 30, med sin sambo Göran och en hund."),
            sv("Personnummer 19310606 2286; telefon 0612-71 44 08."),
            sv(
                "Hon lades in på midsommarafton med {feber} och {buksmärta}; {L:CRP} var {X:187 mg/l} och {L:prokalcitonin} {X:6,2 µg/l}."
            ),
            sv(
                "{L:Blododling} visade {O:Escherichia coli} och {O:Aerococcus urinae}; hon fick {D:cefotaxim} {X:1 g} och därefter {D:pivmecillinam}."
            ),
            sv(
                "Överläkare Sjödin-Fagerlund såg henne på mottagningen och beställde {M:datortomografi} av buken."
            ),
            sv("Sjuksköterskan Lill-Marit skriver att hon kallas Inga av alla i hemtjänsten."),
            sv(
                "Prover: {L:kreatinin} {X:589 µmol/l}, {L:kalium} {X:5,4 mmol/l}, {L:albumin} {X:29 g/l}, {L:PTH} {X:31 pmol/l}, {L:Hb} {X:98 g/l}."
            ),
            sv(
                "Läkemedel: {D:kalciumkarbonat}, {D:Etalpha} ({D:alfakalcidol}) {X:0,25 mikrogram}, {D:järnsackaros} och {D:NeoRecormon} ({D:epoetin beta})."
            ),
            sv(
                "{nefropatia epidemica}: serologi för {O:Puumalavirus} var positiv 2019 efter sorkspillning i sommarstugan vid Ådalsliden."
            ),
            sv(
                "Hon har ett födelsemärke stort som en tumnagel på vänster kind och ett ärr efter ett hundbett på hakan."
            ),
            sv(
                "Användarnamn i vårdappen: ingeberg31; dottern Åsa lägger upp bilder på inge-i-adalen.se/album."
            ),
            sv(
                "{M:Ultraljud} av {fisteln} visade en {stenos} och {M:fistulografi} följde; {D:heparin} {X:5000 E} gavs."
            ),
            sv(
                "{M:Slätröntgen} av ländryggen visade {kompressionsfraktur} av {V:L1} och {spondylartros} {V:L3-L4}; {V:Th12} var intakt."
            ),
            sv("Hon fyllde 93 på nationaldagen och fick tårta på avdelningen."),
            sv("Bilen, en röd Volvo 240 med registreringsnummer KRM 47P, ska nu säljas."),
            en("Her late husband worked at Bollsta Sågverk until the mill closed."),
            sv(
                "Hörapparaten (serienummer OT-2291-4471-S) byttes i maj; {M:audiometri} visade {sensorineural hörselnedsättning}."
            ),
            sv("Ingegerds dotter har fullmakt och följer med på {L:Kt/V}-genomgången."),
        ],
        planted=[
            ("name/dictionary word", "Ingegerd Berg"),
            ("age over 89/number", "93 år"),
            ("geographic/town no cue", "Kramfors"),
            ("geographic/facility named after a town", "Sollefteå"),
            ("geographic/street SE", "Lövstavägen 12 B"),
            ("geographic/postcode SE", "872 30"),
            ("name/no title", "Göran"),
            ("social security number/national id with spaces", "19310606 2286"),
            ("telephone/sentence end", "0612-71 44 08"),
            ("date/holiday in Swedish", "midsommarafton"),
            ("name/after non-English title", "Sjödin-Fagerlund"),
            ("name/after non-English title", "Lill-Marit"),
            ("name/nickname", "Inga"),
            ("geographic/hamlet", "Ådalsliden"),
            ("other unique identifier/birthmark", "födelsemärke stort som en tumnagel"),
            ("other unique identifier/username", "ingeberg31"),
            ("name/no title", "Åsa"),
            ("url/no scheme", "inge-i-adalen.se/album"),
            ("age over 89/bare number", "fyllde 93"),
            ("date/birthday holiday in Swedish", "nationaldagen"),
            ("vehicle identifier/SE plate", "KRM 47P"),
            ("name/employer", "Bollsta Sågverk"),
            ("device identifier/serial", "OT-2291-4471-S"),
            ("name/possessive", "Ingegerds"),
        ],
    ),
    Patient(
        name="Emine Kaya",
        mrn="NVS.2024.00417",
        birth="1966-03-14",
        notes=[
            tr(
                "Emine Kaya, 58 yaşında, Ürgüp'te yaşayan emekli bir öğretmen; {ailesel Akdeniz ateşi} ({FMF}) nedeniyle gelişen {AA amiloidoz} tanısıyla izleniyor."
            ),
            tr(
                "Adresi: Cumhuriyet Mahallesi, Zambak Sokak No: 7 Daire: 2, 50400 Nevşehir merkez değil, ilçede."
            ),
            tr(
                "T.C. kimlik numarası 284 519 637 02; sosyal güvenlik sicil numarası 5003 1966 4471."
            ),
            tr(
                "Kurban Bayramı'nın ikinci günü ateş ve karın ağrısıyla acile başvurdu; {L:CRP} {X:96 mg/L}, {L:serum amiloid A} {X:310 mg/L} idi."
            ),
            tr(
                "Uzm. Dr. Karahisarlı {D:kolşisin} dozunu {X:1,5 mg/gün} olarak artırdı ve {D:kanakinumab} başlanmasını önerdi."
            ),
            tr("Genetik analizde {G:MEFV} geninde {G:M694V} homozigot mutasyonu saptandı."),
            tr(
                "{L:Kreatinin} {X:4,9 mg/dL}, {L:albümin} {X:2,4 g/dL}, {L:idrarda protein} {X:6,8 g/gün}, {L:potasyum} {X:5,2 mmol/L}."
            ),
            tr(
                "{M:Ultrasonografi} ile böbrekler büyük ve ekojen izlendi; {M:BT} ile {adrenal} tutulum gösterilmedi."
            ),
            tr("Kızı Büşra, annesine Emoş diye sesleniyor; telefonu 0532 418 76 09."),
            tr("Eşi Mehmet Ali, Göreme'deki Peri Bacası Pansiyonu'nda resepsiyonda çalışıyor."),
            tr(
                "Doç. Dr. Sarıkamış {böbrek biyopsisi} yaptı; {E:Kongo kırmızısı} boyamasında {elma yeşili çift kırılma} izlendi."
            ),
            tr("Doğum tarihi 14 Mart 1966; son yatışı 2 Ocak 2024 ile 9 Ocak 2024 arasındaydı."),
            tr("Aracının plakası 50 ES 418; e-posta adresi ek.ogretmen66@postakutusu-net.com.tr."),
            tr(
                "Tedavi: {D:kolşisin}, {D:ramipril} {X:5 mg}, {D:furosemid} {X:40 mg}, {D:atorvastatin} ve {D:kalsiyum asetat}."
            ),
            tr("Hasta portalına 88.247.19.203 adresinden giriş yapılmış."),
            tr("Sol el bileğinde kalıcı bir MEHMET dövmesi var."),
            en("Referral letter header: ＥＭＩＮＥ ＫＡＹＡ, Nefroloji Polikliniği."),
            tr(
                "{periton diyalizi} planlandı; {S:Karnofsky skoru} {X:%70}, {L:serum bikarbonat} {X:17 mmol/L} idi."
            ),
            en("Her record appears as NVS202400417 in the laboratory system."),
        ],
        planted=[
            ("name/recorded", "Emine Kaya"),
            ("geographic/town with suffix", "Ürgüp"),
            ("geographic/street TR", "Zambak Sokak No: 7"),
            ("geographic/postcode TR", "50400"),
            ("geographic/town no cue", "Nevşehir"),
            ("social security number/national id with spaces", "284 519 637 02"),
            ("health plan number/social insurance", "5003 1966 4471"),
            ("date/holiday in Turkish", "Kurban Bayramı"),
            ("name/after non-English title", "Karahisarlı"),
            ("name/no title", "Büşra"),
            ("name/nickname", "Emoş"),
            ("telephone/sentence end", "0532 418 76 09"),
            ("name/no title", "Mehmet Ali"),
            ("geographic/town with suffix", "Göreme"),
            ("name/employer", "Peri Bacası Pansiyonu"),
            ("name/after non-English title", "Sarıkamış"),
            ("date/birth in Turkish", "14 Mart 1966"),
            ("date/admission in Turkish", "2 Ocak 2024"),
            ("date/discharge in Turkish", "9 Ocak 2024"),
            ("vehicle identifier/TR plate", "50 ES 418"),
            ("email/plain", "ek.ogretmen66@postakutusu-net.com.tr"),
            ("ip address/no cue", "88.247.19.203"),
            ("other unique identifier/tattoo", "MEHMET dövmesi"),
            ("name/fullwidth", "ＥＭＩＮＥ ＫＡＹＡ"),
            ("medical record number/no separator", "NVS202400417"),
        ],
    ),
    Patient(
        name="Walburga Koch",
        mrn="ZW 3310 0447",
        birth="1933-03-13",
        notes=[
            de(
                "Frau Walburga Koch, 91 Jahre, aus Schweiggers, wird seit 2021 im Landesklinikum Zwettl dialysiert."
            ),
            de("Wohnadresse: Kremser Straße 17/2/5, 3910; Festnetz 02822 524 71."),
            de(
                "Ihr Enkel Florian holt sie am Faschingsdienstag nicht ab, weil er in Horn arbeitet."
            ),
            de(
                "OA Dr. Haslinger und Prim. Wögerbauer besprachen die {Kalziphylaxie}; {D:Natriumthiosulfat} {X:25 g} i.v. wurde nach jeder Dialyse gegeben."
            ),
            de(
                "Labor: {L:Kalium} {X:6,4 mmol/l}, {L:Phosphat} {X:2,3 mmol/l}, {L:iPTH} {X:812 pg/ml}, {L:25-OH-Vitamin D} {X:11 ng/ml}, {L:Hämoglobin} {X:9,1 g/dl}."
            ),
            de(
                "Die {M:MRT} der {LWS} zeigte eine {Spondylodiszitis} {V:L3/L4} mit {epiduralem Abszess}; {V:Th12} und {V:L1} waren unauffällig."
            ),
            de(
                "In der {L:Blutkultur} wuchs {O:Streptococcus dysgalactiae}; nach {D:Cefazolin} wurde auf {D:Daptomycin} umgestellt."
            ),
            de(
                "Sozialversicherungsnummer 4417 130333; ihre Tochter Gertraud ist unter 0664 318 22 90 erreichbar."
            ),
            de("Aufnahme zu Allerheiligen, Entlassung am 8. XI. 2023."),
            de("Geburtsdatum 13.III.1933; das Kennzeichen ihres Sohnes ist ZT-418 KW."),
            de(
                "Die Burgi, wie sie im Dorf heißt, trägt ein Hörgerät mit der Seriennummer PHN-88213-AT."
            ),
            de("Sie arbeitete vierzig Jahre in der Textilfabrik Hoyos in Gmünd."),
            de(
                "{D:Kochsalzlösung} {X:0,9 %} {X:500 ml} wurde bei {Hypotonie} gegeben; {D:Midodrin} {X:2,5 mg} vor der Dialyse."
            ),
            de(
                "Kochs Schwiegertochter rief an, weil die {Fistel} nicht mehr schwirrte; die {M:Duplexsonographie} zeigte eine {Thrombose}."
            ),
            de(
                "Ein {E:Shaldon-Katheter} wurde in die {Vena jugularis interna} rechts gelegt; {M:Röntgen-Thorax} zur Lagekontrolle."
            ),
            de(
                "{S:Clinical Frailty Scale} {X:7}, {S:Barthel-Index} {X:35 Punkte}, {S:MMSE} {X:21/30}."
            ),
            de("Auf dem Dialyseprotokoll stand W A L B U R G A in Druckbuchstaben."),
            de(
                "Die Familie schreibt an familie.k@aon-waldviertel.at und führt das Tagebuch oma-im-waldviertel.at/tagebuch."
            ),
        ],
        planted=[
            ("name/dictionary word", "Walburga Koch"),
            ("age over 89/number", "91 Jahre"),
            ("geographic/village", "Schweiggers"),
            ("geographic/facility named after a town", "Zwettl"),
            ("geographic/street AT", "Kremser Straße 17/2/5"),
            ("geographic/postcode AT", "3910"),
            ("telephone/sentence end", "02822 524 71"),
            ("name/no title", "Florian"),
            ("date/holiday in German", "Faschingsdienstag"),
            ("geographic/town dictionary word", "Horn"),
            ("name/after non-English title", "Haslinger"),
            ("name/after non-English title", "Wögerbauer"),
            ("social security number/national id with spaces", "4417 130333"),
            ("name/no title", "Gertraud"),
            ("telephone/sentence end", "0664 318 22 90"),
            ("date/holiday in German", "Allerheiligen"),
            ("date/roman month", "8. XI. 2023"),
            ("date/roman month", "13.III.1933"),
            ("vehicle identifier/AT plate", "ZT-418 KW"),
            ("name/nickname", "Burgi"),
            ("device identifier/serial", "PHN-88213-AT"),
            ("name/employer", "Textilfabrik Hoyos"),
            ("geographic/town no cue", "Gmünd"),
            ("name/possessive", "Kochs"),
            ("name/spaced letters", "W A L B U R G A"),
            ("email/plain", "familie.k@aon-waldviertel.at"),
            ("url/no scheme", "oma-im-waldviertel.at/tagebuch"),
        ],
    ),
    Patient(
        name="Ghislaine Rose",
        mrn="DIN-20-44718",
        birth="1945-09-17",
        notes=[
            fr(
                "Mme Ghislaine Rose, 79 ans, domiciliée à Ciney, est suivie pour une {glomérulopathie à C3} depuis 2020."
            ),
            fr("Adresse: rue du Condroz 18 bte 2, 5590; elle y vit avec son mari Fernand."),
            fr("Numéro de registre national 45 09 17 238 61; mutualité n° 317-0045-228."),
            fr(
                "Hospitalisée au CHR Dinant le lundi de Pâques pour une {surcharge hydrosodée} avec {œdème pulmonaire}."
            ),
            fr(
                "Le Pr Delvaux-Marchal et la Dre Lambotte ont discuté d'un traitement par {D:éculizumab} puis {D:pegcetacoplan}."
            ),
            fr(
                "Biologie: {L:créatinine} {X:3,8 mg/dl}, {L:C3} {X:0,28 g/l}, {L:C4} normal, {L:protéinurie} {X:3,6 g/24 h}, {L:albuminémie} {X:24 g/l}."
            ),
            fr(
                "Génétique: variant de {G:CFH} et de {G:CFHR5}; recherche de {G:C3NeF} négative, {G:anticorps anti-facteur H} absents."
            ),
            fr(
                "Sa petite-fille Maïté l'appelle Mamy Gigi et lui écrit à mamy48@skynet-ardennes.be."
            ),
            fr("Téléphone fixe 083 21 47 55, GSM 0476 28 11 90."),
            fr(
                "Elle est née le 17 septembre 1945 à Havelange et a travaillé à la Laiterie des Ardennes."
            ),
            fr(
                "{M:Échographie} rénale: reins de taille normale; {M:scintigraphie au DMSA} sans cicatrice; {M:PET-CT} négatif."
            ),
            fr(
                "{Biopsie rénale}: {prolifération mésangiale}, {doubles contours} en {M:microscopie optique}, dépôts de {G:C3} en {M:immunofluorescence}, {dépôts denses} en {M:microscopie électronique}."
            ),
            fr(
                "Traitement: {D:mycophénolate mofétil} {X:1 g} deux fois par jour, {D:prednisolone} {X:20 mg}, {D:cotrimoxazole} en prophylaxie et {D:vaccin antiméningococcique}."
            ),
            fr("Sa voiture immatriculée 1-GRX-447 est garée devant la clinique."),
            fr("Les Roses habitent la même maison depuis 1971."),
            fr(
                "Elle porte une cicatrice de brûlure en forme de croissant sur le dos de la main gauche."
            ),
            fr(
                "{M:IRM} du rachis: {tassement} de {V:D12} et {discopathie} {V:L4-L5}; {V:C5/C6} arthrosique."
            ),
            fr("Son numéro de dossier est noté DIN2044718 sur les étiquettes du laboratoire."),
            fr("Rendez-vous de contrôle le jeudi 14 mars à la consultation de néphrologie."),
        ],
        planted=[
            ("name/dictionary word", "Ghislaine Rose"),
            ("geographic/town no cue", "Ciney"),
            ("geographic/street BE", "rue du Condroz 18 bte 2"),
            ("geographic/postcode BE", "5590"),
            ("name/no title", "Fernand"),
            ("social security number/national id with spaces", "45 09 17 238 61"),
            ("health plan number/mutuality", "317-0045-228"),
            ("geographic/facility named after a town", "CHR Dinant"),
            ("date/holiday in French", "lundi de Pâques"),
            ("name/after non-English title", "Delvaux-Marchal"),
            ("name/after non-English title", "Lambotte"),
            ("name/no title", "Maïté"),
            ("name/nickname", "Gigi"),
            ("email/plain", "mamy48@skynet-ardennes.be"),
            ("telephone/BE", "083 21 47 55"),
            ("telephone/sentence end", "0476 28 11 90"),
            ("date/birth in French", "17 septembre 1945"),
            ("geographic/birthplace", "Havelange"),
            ("name/employer", "Laiterie des Ardennes"),
            ("vehicle identifier/BE plate", "1-GRX-447"),
            ("name/plural", "Roses"),
            ("other unique identifier/scar", "cicatrice de brûlure en forme de croissant"),
            ("medical record number/no separator", "DIN2044718"),
            ("date/weekday in French", "jeudi 14 mars"),
        ],
    ),
    Patient(
        name="Ximena Fischer Oyarzún",
        mrn="PV-19-330871",
        birth="1962-02-02",
        notes=[
            es(
                "Ximena Fischer Oyarzún, de 62 años, vive en Frutillar y se dializa en la unidad de Puerto Varas desde 2017."
            ),
            es("Domicilio: Pasaje Los Ulmos 1432, Villa Los Colonos, Región de Los Lagos."),
            es("RUT 8 417 226-K; Fonasa tramo B, folio 00-4471-2289."),
            es(
                "Ingresó el 18 de septiembre, en plenas fiestas patrias, con {bacteriemia} asociada a catéter por {O:Corynebacterium striatum}."
            ),
            es(
                "La Dra. Inostroza indicó {D:vancomicina} {X:1 g} post diálisis y {sellado del catéter} con {D:gentamicina}."
            ),
            es("Su pareja, Segundo Mardones, trabaja en la Cooperativa Lechera del Llanquihue."),
            es(
                "Exámenes: {L:hemoglobina} {X:8,9 g/dL}, {L:ferritina} {X:1200 ng/mL}, {L:saturación de transferrina} {X:18%}, {L:fósforo} {X:7,1 mg/dL}, {L:PTHi} {X:950 pg/mL}."
            ),
            es(
                "Recibe {D:eritropoyetina} {X:4000 UI} tres veces por semana, {D:hierro sacarato} {X:100 mg} y {D:calcitriol} {X:0,25 µg}."
            ),
            es("Celular +56 9 7741 3380; correo xfo62@correo-sur.cl."),
            es("El kinesiólogo Huenchullán la atiende los jueves en el CESFAM de Llanquihue."),
            es(
                "En la {M:resonancia magnética} de columna se describe {espondilodiscitis} {V:L2-L3} y {abombamiento discal} {V:L4-L5}."
            ),
            es(
                "Nacida el 2 de febrero de 1962 en Purranque; celebra su cumpleaños con toda la unidad."
            ),
            es("Patente de su camioneta: HKTR-58."),
            es("La llaman la Xime; su nieta administra la cuenta @xime_dializada en Instagram."),
            es(
                "{M:Ecografía Doppler} del acceso: {estenosis yuxtaanastomótica}; se realizó {angioplastia} con balón."
            ),
            es("Tiene un tatuaje de un copihue con el nombre AMANDA en el tobillo derecho."),
            es("Los pagos se cargan a la cuenta corriente 0-071-44-12993-5 de su pareja."),
            en("Transfer summary to the Santiago centre: patient Fіscher, X., on HD since 2017."),
            es(
                "{D:Paricalcitol} {X:2 µg} por sesión y {D:cinacalcet} {X:30 mg}; la {L:calcemia} fue {X:9,1 mg/dL}."
            ),
        ],
        planted=[
            ("name/dictionary word", "Ximena Fischer Oyarzún"),
            ("geographic/town no cue", "Frutillar"),
            ("geographic/facility named after a town", "Puerto Varas"),
            ("geographic/street CL", "Pasaje Los Ulmos 1432"),
            ("geographic/neighbourhood", "Villa Los Colonos"),
            ("social security number/national id with spaces", "8 417 226-K"),
            ("health plan number/folio", "00-4471-2289"),
            ("date/holiday in Spanish", "18 de septiembre"),
            ("name/after non-English title", "Inostroza"),
            ("name/ordinary word as first name", "Segundo Mardones"),
            ("name/employer", "Cooperativa Lechera del Llanquihue"),
            ("telephone/sentence end", "+56 9 7741 3380"),
            ("email/plain", "xfo62@correo-sur.cl"),
            ("name/after non-English title", "Huenchullán"),
            ("geographic/town no cue", "Llanquihue"),
            ("date/birth in Spanish", "2 de febrero de 1962"),
            ("geographic/birthplace", "Purranque"),
            ("vehicle identifier/CL plate", "HKTR-58"),
            ("name/nickname", "Xime"),
            ("other unique identifier/username", "@xime_dializada"),
            ("other unique identifier/tattoo", "AMANDA"),
            ("account number/bank", "0-071-44-12993-5"),
            ("geographic/city no cue", "Santiago"),
            ("name/homoglyph", "Fіscher"),
        ],
    ),
    Patient(
        name="Thaddeus Quattlebaum",
        mrn="Q-TB-0098812",
        birth="1927-07-04",
        notes=[
            en(
                "Thaddeus Quattlebaum is a ninety-seven-year-old retired log-truck driver from Weed with {cardiorenal syndrome} and {ESKD} on {home hemodialysis}."
            ),
            en("He lives at 2210 Boles Creek Rd, Apt 3, CA 96094, with his grandson Tavish."),
            en(
                "On Thanksgiving he collapsed at the table; the ambulance took him to Fairchild Medical Center in Yreka."
            ),
            en("SSN 548 71 2093 and Medicare MBI 4TW7-Q21-HK58 were confirmed at registration."),
            en(
                "Dr. Oyelowo-Brandt in cardiology found {L:NT-proBNP} {X:18,400 pg/mL} and an {M:echocardiogram} with an {ejection fraction} of {X:25%}."
            ),
            en(
                "Labs on admission: {L:sodium} {X:126 mEq/L}, {L:potassium} {X:6.8 mEq/L}, {L:BUN} {X:112 mg/dL}, {L:creatinine} {X:7.4 mg/dL}, {L:lactate} {X:4.1 mmol/L}, {L:troponin I} {X:0.42 ng/mL}."
            ),
            en(
                "His tattoo, a koi fish above the name LORETTA on the left calf, helped the emergency team identify him."
            ),
            en("Call his grandson at 530-938-4417 or the neighbour, Dallimore, at 530-938-2206."),
            en(
                "The day after Labor Day he went home on {D:torsemide} {X:40 mg}, {D:metolazone} {X:2.5 mg} twice weekly, with {D:sacubitril/valsartan} held."
            ),
            en(
                "His state licence is Y4471029 and his truck's plate is 7HWK229; VIN 1FTFW1E54KFA32871."
            ),
            en(
                "He posts as @thad_on_dialysis and his family keeps a page at www.quattlebaumclan.net/thad for the church."
            ),
            en(
                "The home dialysis cycler (serial NX1-2207-448813) reports through 73.214.88.19 each night."
            ),
            en(
                "{M:CT} of the {thoracolumbar spine} after the fall: {burst fracture} of {V:T12} and {E:Chance fracture} of {V:L1}; {spondylosis} at {V:C5-C6}."
            ),
            en("He worked thirty years for Siskiyou Timber Products out of McCloud."),
            en("Quattlebaums have farmed the Shasta Valley since 1910."),
            en(
                "Account 0087-4452-19 is billed by Mercy Siskiyou; fingerprint enrolment FPX-44-2198 opens the home-dialysis app."
            ),
            en(
                "He turned 97 on the Fourth of July and insists on a slice of pie after every session."
            ),
            en(
                "{D:Apixaban} {X:2.5 mg} twice daily was chosen for {atrial fibrillation}; {S:CHA2DS2-VASc} {X:6}, {S:HAS-BLED} {X:3}, {S:NYHA class IV}."
            ),
            en("Record QTB0098812 in the old system was merged into the new chart."),
        ],
        planted=[
            ("name/rare surname", "Thaddeus Quattlebaum"),
            ("age over 89/word", "ninety-seven-year-old"),
            ("geographic/town dictionary word", "Weed"),
            ("geographic/street US", "2210 Boles Creek Rd, Apt 3"),
            ("geographic/ZIP", "96094"),
            ("name/no title", "Tavish"),
            ("date/holiday", "Thanksgiving"),
            ("geographic/facility", "Fairchild Medical Center"),
            ("geographic/town no cue", "Yreka"),
            ("social security number/with spaces", "548 71 2093"),
            ("health plan number/MBI", "4TW7-Q21-HK58"),
            ("name/after title", "Oyelowo-Brandt"),
            ("other unique identifier/tattoo", "koi fish"),
            ("name/on a tattoo", "LORETTA"),
            ("telephone/US", "530-938-4417"),
            ("name/no title", "Dallimore"),
            ("telephone/sentence end", "530-938-2206"),
            ("date/holiday", "Labor Day"),
            ("licence number/state", "Y4471029"),
            ("vehicle identifier/plate", "7HWK229"),
            ("vehicle identifier/VIN", "1FTFW1E54KFA32871"),
            ("other unique identifier/username", "@thad_on_dialysis"),
            ("url/www no scheme", "www.quattlebaumclan.net/thad"),
            ("device identifier/serial", "NX1-2207-448813"),
            ("ip address/no cue", "73.214.88.19"),
            ("name/employer", "Siskiyou Timber Products"),
            ("geographic/town no cue", "McCloud"),
            ("name/plural", "Quattlebaums"),
            ("geographic/valley", "Shasta Valley"),
            ("account number/billing", "0087-4452-19"),
            ("geographic/facility named after a county", "Mercy Siskiyou"),
            ("biometric identifier/fingerprint", "FPX-44-2198"),
            ("age over 89/bare number", "turned 97"),
            ("date/birthday holiday", "Fourth of July"),
            ("medical record number/no separator", "QTB0098812"),
        ],
    ),
    Patient(
        name="Thandeka Mahlangu",
        mrn="TMB/22/04471",
        birth="1980-06-11",
        notes=[
            en(
                "Thandeka Mahlangu, 44, from Kanyamazane outside Mbombela, has {HIV-associated nephropathy} ({HIVAN}) and started {CAPD} in 2022."
            ),
            en(
                "Her address is Stand 4471, Extension 3, 1214; she shares the house with her sister Lindiwe."
            ),
            en(
                "SA ID 800611 0448 08 3; Lowveld Medical Scheme membership 7720 4419 003 was checked by the clerk."
            ),
            en(
                "{PD peritonitis} on Freedom Day: effluent {L:white cell count} {X:840/µL}, with {O:Streptococcus mitis} and {O:Rothia mucilaginosa} cultured."
            ),
            en(
                "Suster Nkosi changed her {exit-site} dressing and Dokter Strydom-Venter added {D:intraperitoneal cefazolin} {X:20 mg/kg}."
            ),
            en(
                "{D:Tenofovir disoproxil} had been replaced by {D:dolutegravir}, {D:lamivudine} and {D:abacavir} after {G:HLA-B*57:01} was negative."
            ),
            en(
                "{L:CD4 count} {X:412 cells/µL}, {L:viral load} {X:<50 copies/mL}, {L:serum albumin} {X:27 g/L}; {S:peritoneal equilibration test} {L:D/P creatinine} {X:0.81}."
            ),
            en("Mobile 072 448 1903. Work: Nkomazi Citrus Packers, Malelane."),
            en("Everyone at the clinic calls her Thandi, and she signs her texts that way."),
            en(
                "Her car registration is JHP 418 MP and she drives herself to the {PD} training unit."
            ),
            en(
                "Born 11 June 1980 at Themba Hospital; she was admitted again on 3 January 2024 with {fluid overload}."
            ),
            en(
                "Her cousin's email ndlovu.sipho@vodamail-lowveld.co.za and WhatsApp +27 82 447 1902 are on file."
            ),
            en(
                "{M:Chest X-ray} showed a {pleural effusion}; {M:abdominal ultrasound} showed {echogenic kidneys} of {X:12 cm}."
            ),
            en(
                "{tuberculous peritonitis} was excluded: {L:adenosine deaminase} {X:18 U/L} and {L:GeneXpert} negative for {O:Mycobacterium tuberculosis}."
            ),
            en("M a h l a n g u was printed letter-spaced on the dialysis bag label."),
            en(
                "Mahlangu's employee number 55-0913 and her tax number 9441 207 16 3 are in the social worker's file."
            ),
            en(
                "{D:Icodextrin} ({D:Extraneal}) for the long dwell; {L:Kt/V urea} {X:1.9} weekly, {L:residual urine volume} {X:600 mL/day}."
            ),
            en(
                "Her photograph for the clinic card, thandeka_m_face.png, was deleted from the record."
            ),
        ],
        planted=[
            ("name/recorded", "Thandeka Mahlangu"),
            ("geographic/township no cue", "Kanyamazane"),
            ("geographic/city no cue", "Mbombela"),
            ("geographic/street ZA", "Stand 4471, Extension 3"),
            ("geographic/postcode ZA", "1214"),
            ("name/no title", "Lindiwe"),
            ("social security number/national id with spaces", "800611 0448 08 3"),
            ("health plan number/medical scheme", "7720 4419 003"),
            ("date/holiday", "Freedom Day"),
            ("name/after non-English title", "Nkosi"),
            ("name/after non-English title", "Strydom-Venter"),
            ("telephone/sentence end", "072 448 1903"),
            ("name/employer", "Nkomazi Citrus Packers"),
            ("geographic/town no cue", "Malelane"),
            ("name/nickname", "Thandi"),
            ("vehicle identifier/ZA plate", "JHP 418 MP"),
            ("date/birth", "11 June 1980"),
            ("geographic/facility", "Themba Hospital"),
            ("date/admission", "3 January 2024"),
            ("email/relative", "ndlovu.sipho@vodamail-lowveld.co.za"),
            ("telephone/international", "+27 82 447 1902"),
            ("name/spaced letters", "M a h l a n g u"),
            ("name/possessive", "Mahlangu's"),
            ("other unique identifier/employee number", "55-0913"),
            ("other unique identifier/tax number", "9441 207 16 3"),
            ("full-face photograph/file name", "thandeka_m_face.png"),
        ],
    ),
    Patient(
        name="Finola Considine",
        mrn="EGH-556-019",
        birth="1958-02-28",
        notes=[
            en(
                "Mrs Finola Considine, a 66-year-old from Kilrush, was referred with {rapidly progressive glomerulonephritis} and {L:PR3-ANCA} of {X:96 IU/mL}."
            ),
            en("Address: Teach Bríde, Bóthar na Trá, Cill Rois, Co. an Chláir V15 XK27."),
            en("PPS number 7731904 WA; medical card 0418 2271 K."),
            en(
                "On Pancake Tuesday she developed {haemoptysis}; {M:HRCT} showed {diffuse alveolar haemorrhage}."
            ),
            en(
                "She received {D:methylprednisolone} {X:500 mg} for three days, {D:rituximab} {X:1 g}, {plasma exchange} on the {S:PEXIVAS} reduced-dose schedule and {D:avacopan}."
            ),
            en(
                "Professor Mac Giolla Phádraig at Ennis General reported the {renal biopsy}: {S:Berden crescentic class}, {X:60%} cellular crescents."
            ),
            en("Her son Colm drives the Toyota 181-CE-4471 in from Doonbeg."),
            en(
                "Labs: {L:creatinine} {X:486 µmol/L}, {L:urea} {X:31 mmol/L}, {L:Hb} {X:84 g/L}, {L:platelets} {X:412 × 10⁹/L}; {L:red cell casts} on {L:urine microscopy}."
            ),
            en("Contact: finolac@eircom-west.ie; landline 065 905 1187."),
            en(
                "Her granddaughter calls her Nana Fin and runs the appeal at gofundme.com/f/clare-kidney-appeal-2024."
            ),
            en("She was born on 28 February 1958, the day the river froze over."),
            en("She worked at the Shannon Foynes Port Company for thirty years."),
            en("The Considines' farm is near Lahinch; her maiden name was Ní Mhurchú."),
            en(
                f"The fax cover sheet read 'Attn: renal team, re: Con{ZW}sidine F.', sent from 065 682 4410."
            ),
            en(
                "{M:CT chest} also showed {bronchiectasis}; sputum grew {O:Haemophilus influenzae} and {O:Moraxella catarrhalis}."
            ),
            en(
                "She has {osteoporosis} with {wedge fractures} of {V:T7} and {V:T9} after steroids; {D:denosumab} {X:60 mg} was given."
            ),
            en("The portal login came from 86.44.217.3 on the morning of the biopsy."),
            en("Her driving licence number 0441 8772 was copied for the transport grant."),
        ],
        planted=[
            ("name/recorded", "Finola Considine"),
            ("geographic/town no cue", "Kilrush"),
            ("geographic/house name in Irish", "Teach Bríde"),
            ("geographic/street in Irish", "Bóthar na Trá"),
            ("geographic/town in Irish", "Cill Rois"),
            ("geographic/county in Irish", "an Chláir"),
            ("geographic/Eircode", "V15 XK27"),
            ("social security number/PPS", "7731904 WA"),
            ("health plan number/medical card", "0418 2271 K"),
            ("date/holiday", "Pancake Tuesday"),
            ("name/after title", "Mac Giolla Phádraig"),
            ("geographic/facility named after a town", "Ennis General"),
            ("name/no title", "Colm"),
            ("vehicle identifier/IE plate", "181-CE-4471"),
            ("geographic/village", "Doonbeg"),
            ("email/plain", "finolac@eircom-west.ie"),
            ("telephone/sentence end", "065 905 1187"),
            ("name/nickname", "Nana Fin"),
            ("url/no scheme", "gofundme.com/f/clare-kidney-appeal-2024"),
            ("date/birth", "28 February 1958"),
            ("name/employer", "Shannon Foynes Port Company"),
            ("name/plural possessive", "Considines'"),
            ("geographic/town no cue", "Lahinch"),
            ("name/maiden name", "Ní Mhurchú"),
            ("name/zero-width space", f"Con{ZW}sidine"),
            ("fax/sentence end", "065 682 4410"),
            ("ip address/no cue", "86.44.217.3"),
            ("licence number/driving", "0441 8772"),
        ],
    ),
    Patient(
        name="Clement Baker",
        mrn="AH-4410-772",
        birth="1934-04-03",
        notes=[
            en(
                "Mr Clement Baker, a 90-year-old lobster fisherman from Pictou County, chose {conservative kidney management} over dialysis."
            ),
            en("He lives at 47 Seaforth Lane, Caribou River, NS B0K 1T0, with his partner Lorne."),
            en("MSI health card 0081 447 219; Blue Cross ID NSBC 4410-2297."),
            en(
                "On Natal Day he was admitted to Aberdeen Hospital in New Glasgow with {hyperkalaemia} of {X:7.2 mmol/L}."
            ),
            en(
                "Dr Tattrie started {D:sodium zirconium cyclosilicate} {X:10 g} daily and stopped {D:spironolactone}."
            ),
            en(
                "Labs: {L:eGFR} {X:9 mL/min/1.73 m²}, {L:bicarbonate} {X:16 mmol/L}, {L:haemoglobin} {X:88 g/L}, {L:phosphate} {X:1.9 mmol/L}, {L:uric acid} {X:612 µmol/L}."
            ),
            en("He is called Clem by everyone at the wharf."),
            en("Phone (902) 485-3317. Fax from his family doctor's office: (902) 485-9920."),
            en("He fished out of Skinners Cove for the Northumberland Lobster Co-op until 2015."),
            en(
                "Bakers have fished these waters for five generations, his daughter Marguerite-Anne says."
            ),
            en(
                "{M:Renal ultrasound} showed {simple cysts} ({E:Bosniak} I) and no {hydronephrosis}; {M:bladder scan} residual {X:40 mL}."
            ),
            en(
                "His hearing aid (serial 22-HA-04471-B) and his loop recorder (RLA447219S) were checked before the {M:MRI}."
            ),
            en("The pharmacy label reads Bаker C., weekly blister pack."),
            en("Licence plate HKR 447; provincial driver's licence number BAKE300434007."),
            en(
                "{S:Karnofsky} {X:50%}, {S:Palliative Performance Scale} {X:50%}, {S:Edmonton Symptom Assessment System} total {X:38}."
            ),
            en(
                "He was born on 3 April 1934 in Tatamagouche and celebrated his ninetieth with a lobster supper."
            ),
            en("Email: cb.lobster34@eastlink-ns.ca; the family's blog is lobsterclem.ca/grandpa."),
            en("A retinal scan ID (IRIS-NS-448120) is used at the clinic's pharmacy kiosk."),
            en(
                "{D:Furosemide} {X:80 mg} twice daily and {D:metolazone} kept him dry; {D:allopurinol} was reduced for {gout}."
            ),
        ],
        planted=[
            ("name/dictionary word", "Clement Baker"),
            ("age over 89/number", "90-year-old"),
            ("geographic/county", "Pictou County"),
            ("geographic/street CA", "47 Seaforth Lane"),
            ("geographic/town of ordinary words", "Caribou River"),
            ("geographic/postcode CA", "B0K 1T0"),
            ("name/no title", "Lorne"),
            ("health plan number/provincial card with spaces", "0081 447 219"),
            ("health plan number/insurer", "NSBC 4410-2297"),
            ("date/holiday", "Natal Day"),
            ("geographic/facility", "Aberdeen Hospital"),
            ("geographic/town no cue", "New Glasgow"),
            ("name/after title", "Tattrie"),
            ("name/nickname", "Clem"),
            ("telephone/sentence end", "(902) 485-3317"),
            ("fax/sentence end", "(902) 485-9920"),
            ("geographic/harbour", "Skinners Cove"),
            ("name/employer", "Northumberland Lobster Co-op"),
            ("name/plural", "Bakers"),
            ("name/no title", "Marguerite-Anne"),
            ("device identifier/serial", "22-HA-04471-B"),
            ("device identifier/implant", "RLA447219S"),
            ("name/homoglyph", "Bаker"),
            ("vehicle identifier/plate", "HKR 447"),
            ("licence number/driving", "BAKE300434007"),
            ("date/birth", "3 April 1934"),
            ("geographic/birthplace", "Tatamagouche"),
            ("age over 89/ordinal word", "ninetieth"),
            ("email/plain", "cb.lobster34@eastlink-ns.ca"),
            ("url/no scheme", "lobsterclem.ca/grandpa"),
            ("biometric identifier/retina", "IRIS-NS-448120"),
        ],
    ),
]


# Clinical prose with no identifier in it: every braced term must survive, and every other
# word is ordinary language (one sentence a field, by language).
TERM_NOTES: list[Note] = [
    en("A {E:Baker cyst} had ruptured into the calf; {M:duplex ultrasound} excluded {DVT}."),
    en("{E:Koch postulates} were invoked in the discussion of {O:Tropheryma whipplei}."),
    en("{E:Homans sign} is unreliable; the {S:Wells score} was {X:1}."),
    en(
        "{E:Kernig sign} and {E:Brudzinski sign} were absent; {L:CSF} {L:glucose} was {X:3.1 mmol/L}."
    ),
    en(
        "{E:Grey Turner sign} and {E:Cullen sign} pointed to {retroperitoneal haemorrhage} after the biopsy."
    ),
    en("{E:Courvoisier law} did not apply; {E:Rovsing sign} was negative."),
    en(
        "{E:Osler nodes}, {E:Janeway lesions} and {E:Roth spots} were looked for; the {S:modified Duke criteria} were met."
    ),
    en("{S:Child-Pugh class B} and {S:MELD-Na} {X:21} were recorded before the {TIPS}."),
    en(
        "{S:Charlson Comorbidity Index} {X:8}, {S:ECOG} {X:2} and {S:Clavien-Dindo grade II} after surgery."
    ),
    en("{S:Bosniak IIF} cyst on {M:CEUS}; {S:Gleason} {X:3+4} in the prostate biopsy."),
    en(
        "{S:ISN/RPS class IV-G (A)} {lupus nephritis}; {S:NIH activity index} {X:12}, {S:chronicity index} {X:2}."
    ),
    en("{S:Columbia classification}: {collapsing variant} of {FSGS}, with {G:APOL1} {X:G1/G2}."),
    en("{S:Mayo imaging class 1D}; {G:PKD1} truncating variant; {D:tolvaptan} {X:60/30 mg}."),
    en(
        "{E:Fisher exact test} and {E:Kaplan-Meier} curves compared the two groups; {E:Cox regression} adjusted for age."
    ),
    en("{E:Bland-Altman} plots compared {E:CKD-EPI} with measured {L:iohexol clearance}."),
    en(
        "{E:Henderson-Hasselbalch} and {E:Winter formula} gave an expected {L:pCO2} of {X:3.5 kPa}."
    ),
    en("{E:Bazett} {L:QTc} was {X:512 ms} on {D:ondansetron}; {L:magnesium} was {X:0.58 mmol/L}."),
    en("{E:Parkland formula} resuscitation preceded the {AKI}; {S:KDIGO stage 3}."),
    en(
        "{E:Guillain-Barré syndrome} followed {O:Campylobacter jejuni}; {D:IVIG} {X:0.4 g/kg} daily."
    ),
    en("{E:Stevens-Johnson syndrome} after {D:allopurinol} in a carrier of {G:HLA-B*58:01}."),
    en("{E:Henoch-Schönlein purpura} ({IgA vasculitis}) with {L:galactose-deficient IgA1}."),
    en("{E:Denys-Drash syndrome} with a {G:WT1} variant; {E:Dent disease} with {G:CLCN5}."),
    en(
        "{E:Lowe syndrome} ({G:OCRL}) and {E:Fanconi-Bickel syndrome} ({G:SLC2A2}) were considered."
    ),
    en(
        "{E:Randall plaques} were seen at {M:ureteroscopy}; stone analysis showed {calcium oxalate monohydrate}."
    ),
    en("{E:Allen test} was normal before the {radial artery} was used for the {fistula}."),
    en("A {E:Fogarty catheter} cleared the graft; a {E:Tesio catheter} was then placed."),
    en("{E:Mahurkar} and {E:Palindrome} catheters were compared for {L:recirculation}."),
    en("The {E:Fick principle} and {E:Poiseuille law} explain the fistula flow of {X:1.8 L/min}."),
    en("{E:Framingham} risk was high; {S:QRISK3} {X:24%}."),
    en("{S:Caprini score} {X:6} and {S:Padua score} {X:4}: {D:enoxaparin} {X:20 mg} daily."),
    en("{S:Hunt and Hess grade 2} {subarachnoid haemorrhage}, {E:Fisher grade} {X:3}, in {ADPKD}."),
    en("{S:APACHE II} {X:24} and {S:SOFA} {X:9} on day 1; {S:qSOFA} {X:2} in the ward."),
    en("{S:NEWS2} {X:7} triggered review; {S:Glasgow Coma Scale} {X:13}."),
    en("{S:Braden scale} {X:14} and {S:Norton score} {X:12}; {S:SGA grade B}."),
    en("{S:Malnutrition-Inflammation Score} {X:9}; {S:Bristol stool type 7}; {S:NRS} {X:7/10}."),
    en(
        "{S:KDPI} {X:78%} and {S:EPTS} {X:32%}; the {S:Kidney Failure Risk Equation} gave {X:41%} at two years."
    ),
    en(
        "{O:Achromobacter xylosoxidans} and {O:Elizabethkingia meningoseptica} grew from the water loop."
    ),
    en("{O:Kocuria kristinae} and {O:Cutibacterium acnes} were thought to be contaminants."),
    en(
        "{O:Citrobacter freundii}, {O:Enterobacter cloacae} and {O:Providencia stuartii} were {ESBL} producers."
    ),
    en("{O:Corynebacterium urealyticum} caused {encrusted cystitis}."),
    en("{O:Mycobacterium abscessus} and {O:Mycobacterium fortuitum} infected the exit site."),
    en("{O:Histoplasma capsulatum} and {O:Coccidioides immitis} serologies were negative."),
    en("{O:Strongyloides stercoralis} was treated with {D:ivermectin} before {D:rituximab}."),
    en("{O:Candida auris} was isolated; {D:anidulafungin} was started."),
    en("{O:Leptospira interrogans} caused {Weil disease} with {AKI} and {jaundice}."),
    en("{O:Bartonella henselae} endocarditis with {pauci-immune} glomerulonephritis."),
    en("{O:Brucella melitensis} from unpasteurised cheese; {D:doxycycline} and {D:rifampicin}."),
    en("{O:Coxiella burnetii} ({Q fever}) serology phase I IgG {X:1:1024}."),
    en("{O:Schistosoma haematobium} ova in the urine; {D:praziquantel} {X:40 mg/kg}."),
    en("{O:Plasmodium falciparum} {blackwater fever} with {X:8%} parasitaemia."),
    en("{O:Escherichia coli O157:H7} with {STEC-HUS}; {L:Shiga toxin} {G:stx2} positive."),
    en("{O:Streptococcus pyogenes} pharyngitis preceded {post-infectious glomerulonephritis}."),
    en(
        "{O:Parvovirus B19} caused {pure red cell aplasia}; {O:Epstein-Barr virus} {PTLD} was excluded."
    ),
    en("{O:Pasteurella multocida} and {O:Capnocytophaga canimorsus} after a dog bite."),
    en(
        "{O:Raoultella planticola}, {O:Sphingomonas paucimobilis} and {O:Ralstonia pickettii} in the dialysate."
    ),
    en(
        "{O:Rhizopus arrhizus} {mucormycosis} after {D:alemtuzumab}; {D:isavuconazole} then {D:amphotericin B}."
    ),
    en("{O:Toxoplasma gondii} mismatch, so {D:co-trimoxazole} was continued."),
    en("{O:JC polyomavirus} and {O:adenovirus} were negative in the urine."),
    en("{G:PLA2R}, {G:THSD7A}, {G:NELL1} and {G:EXT1/EXT2} were stained on the biopsy."),
    en("{G:CFI}, {G:CD46} and {G:DGKE} variants were sought in the {aHUS} panel."),
    en("{G:HNF1B}, {G:UMOD} and {G:MUC1} explain {ADTKD}; {G:SLC12A3} explains {E:Gitelman}."),
    en("{G:AGXT} for {primary hyperoxaluria}; {D:lumasiran} was given."),
    en("{G:CTNS} {cystinosis} with {D:cysteamine}; {G:APRT} deficiency with {D:allopurinol}."),
    en(
        "{G:CYP3A5*3} homozygous, so {D:tacrolimus} was dosed lower; {G:TPMT} and {G:NUDT15} were normal."
    ),
    en("{G:JAK2 V617F} was negative; {G:BRAF} and {G:IgG4} stains were negative too."),
    en("{G:HLA-B27} and {G:HLA-DR15} were typed; {G:GLA} sequencing for {E:Fabry}."),
    en("{V:L2-L3} and {V:L3–L4} discs were narrowed; {V:L5-S1} was fused."),
    en("{V:C5/C6} and {V:C6/C7} {foraminal stenosis}; {V:C2} {odontoid} fracture excluded."),
    en(
        "{V:Th7–Th9} wedge fractures, {V:Th11/Th12} osteophytes and an {V:S1} insufficiency fracture."
    ),
    en("{V:T4} and {V:T10} lesions on {M:bone scintigraphy}; {V:L4/5} facet joint effusions."),
    en(
        "{M:MAG3 renography} showed {X:38%} split function; {M:DMSA} scarring of the left upper pole."
    ),
    en("{M:PET-CT}, {M:angio-CT} and {M:MR angiography} excluded {fibromuscular dysplasia}."),
    en("{M:FDG-PET} showed aortitis; {M:HR-pQCT} and {M:DXA} measured bone."),
    en(
        "{L:Hb} {X:9.4 g/dL}, {L:WBC} {X:14.2 × 10^9/L}, {L:platelets} {X:62 × 10⁹/L}, {L:INR} {X:1.3}, {L:APTT} {X:41 s}."
    ),
    en(
        "{L:pH} {X:7.21}, {L:HCO3-} {X:12 mmol/L}, {L:anion gap} {X:24 mmol/L}, {L:lactate} {X:3.8 mmol/L}."
    ),
    en("{L:urine osmolality} {X:612 mOsm/kg}, {L:urine sodium} {X:12 mmol/L}, {L:FENa} {X:0.3%}."),
    en(
        "{L:anti-PLA2R} {X:187 RU/mL}, {L:C3} {X:0.41 g/L}, {L:IgG4} {X:3.2 g/L}, {L:ANA} {X:1:320}."
    ),
    en("{L:free light chains} kappa {X:412 mg/L}, lambda {X:9 mg/L}, {L:ratio} {X:45.8}."),
    en("{L:beta-2 microglobulin} {X:31 mg/L}; {L:cystatin C} {X:4.2 mg/L}."),
    en("{L:HbA1c} {X:58 mmol/mol}; {L:fructosamine} {X:340 µmol/L}; {L:glycated albumin} {X:19%}."),
    en(
        "{L:tacrolimus trough} {X:7.8 ng/mL}; {L:MPA AUC} {X:42 mg·h/L}; {L:BK viral load} {X:4.6 log10 copies/mL}."
    ),
    en("{D:Ceftazidime-avibactam} {X:1.25 g} every 8 hours and {D:aztreonam} {X:1 g} for {NDM}."),
    en("{D:Cefiderocol} was reserved; {D:colistin} {X:9 MU} loading dose was avoided."),
    en(
        "{D:Teicoplanin}, {D:fosfomycin} and {D:nitrofurantoin} were not suitable at this {L:eGFR}."
    ),
    en(
        "{D:Belimumab}, {D:voclosporin} and {D:obinutuzumab} were discussed for the {lupus nephritis}."
    ),
    en("{D:Imlifidase} desensitisation preceded the transplant; {D:eculizumab} for {AMR}."),
    en("{D:Sotagliflozin} and {D:empagliflozin} {X:10 mg}; {D:semaglutide} {X:1 mg} weekly."),
    en("{D:Difelikefalin} {X:0.5 µg/kg} after dialysis for {uraemic pruritus}."),
    en("{D:Roxadustat} and {D:daprodustat} ({HIF-PHI}) were compared with {D:epoetin alfa}."),
    en("{D:Tenapanor} and {D:sucroferric oxyhydroxide} lowered the {L:phosphate}."),
    en("{D:Bardoxolone} was not given; {D:sparsentan} and {D:atrasentan} were."),
    nl(
        "{D:Tacrolimus} {X:0,1 mg/kg} en {D:mycofenolaatmofetil} {X:1000 mg} tweemaal daags; {D:prednisolon} werd afgebouwd."
    ),
    nl(
        "Het {L:kreatinine} steeg tot {X:312 µmol/l}; {M:echo-Doppler} toonde een {L:resistive index} van {X:0,82}."
    ),
    nl(
        "Bij {E:ziekte van Kahler} werden de {L:vrije lichte ketens} bepaald; de {E:Bence-Jones-eiwit} test was positief."
    ),
    nl(
        "{D:Natriumpolystyreensulfonaat} en {D:hydrochloorthiazide} werden gestopt; {D:ijzersucrose} {X:200 mg} per dialyse."
    ),
    nl(
        "Patiënte kreeg {D:ciprofloxacine} voor een {urineweginfectie} met {O:Klebsiella pneumoniae}."
    ),
    nl("{M:CT-angiografie} liet een {nierarteriestenose} rechts zien; er volgde {PTA} met stent."),
    pl(
        "Podano {D:metyloprednizolon} {X:500 mg} i {D:cyklofosfamid} według {S:schematu Euro-Lupus}."
    ),
    pl(
        "{L:Kreatynina} {X:2,9 mg/dl}, {L:eGFR} {X:21 ml/min/1,73 m²}, {L:białkomocz} {X:4,1 g/dobę}."
    ),
    pl(
        "W {M:rezonansie magnetycznym} kręgosłupa opisano {V:L4-L5} {dyskopatię} i {V:Th12} {złamanie osteoporotyczne}."
    ),
    pl(
        "Stosowano {D:takrolimus}, {D:mykofenolan mofetylu} i {D:prednizon}; {D:walgancyklowir} w profilaktyce {O:CMV}."
    ),
    pl(
        "{O:Pseudomonas aeruginosa} była wrażliwa na {D:piperacylinę z tazobaktamem} i {D:cyprofloksacynę}."
    ),
    pl("{E:Objaw Goldflama} był dodatni obustronnie; w {M:USG} stwierdzono {kamicę nerkową}."),
    sv(
        "Hon fick {D:takrolimus}, {D:mykofenolatmofetil} och {D:prednisolon}; {D:valganciklovir} gavs som profylax."
    ),
    sv(
        "{L:Kreatinin} {X:412 µmol/l} och {L:eGFR} {X:9 ml/min/1,73 m²}; {L:U-albumin/kreatinin} {X:210 mg/mmol}."
    ),
    sv("{M:Datortomografi} med kontrast visade {njurinfarkt}; {D:apixaban} sattes in."),
    sv(
        "{O:Staphylococcus epidermidis} i blododlingen; {D:vankomycin} {X:1 g} gavs efter dialysen."
    ),
    sv("{E:Lasègues test} var negativt, men {M:MR} visade {diskbråck} {V:L5-S1}."),
    sv("Han behandlades med {D:furosemid} {X:40 mg}, {D:spironolakton} och {D:natriumbikarbonat}."),
    tr(
        "Hastaya {D:takrolimus}, {D:mikofenolat mofetil} ve {D:prednizolon} başlandı; {D:valgansiklovir} profilaksi olarak verildi."
    ),
    tr(
        "{L:Kreatinin} {X:3,4 mg/dL}, {L:eGFR} {X:14 mL/dk/1,73 m²}, {L:hemoglobin} {X:9,2 g/dL} idi."
    ),
    tr("{O:Brucella} serolojisi pozitifti; {D:doksisiklin} ve {D:rifampisin} verildi."),
    tr("{M:Manyetik rezonans görüntüleme} {V:L3-L4} düzeyinde {disk hernisi} gösterdi."),
    tr("{D:Seftriakson} {X:2 g} ve {D:siprofloksasin} ile {pyelonefrit} tedavi edildi."),
    tr("{D:Demir sükroz} {X:100 mg} ve {D:eritropoietin} {X:4000 Ü} diyaliz sonrası uygulandı."),
    de(
        "{D:Ciclosporin} wurde auf {D:Everolimus} umgestellt; der {L:Talspiegel} lag bei {X:5,2 ng/ml}."
    ),
    de("{D:Eisencarboxymaltose} {X:500 mg} und {D:Darbepoetin alfa} {X:40 µg} alle zwei Wochen."),
    de("Die {M:Nierenszintigraphie} zeigte eine seitengetrennte Funktion von {X:31 %} links."),
    de(
        "{E:Goodpasture-Syndrom} wurde ausgeschlossen; {L:Anti-GBM-Antikörper} negativ, {L:c-ANCA} positiv."
    ),
    fr(
        "{D:Chlorhydrate de sévélamer} {X:800 mg} et {D:carbonate de calcium} aux repas; {D:colécalciférol} {X:100 000 UI}."
    ),
    fr("{E:Signe de Murphy} négatif; {E:manœuvre de Giordano} positive à droite."),
    fr("{D:Lévothyroxine} {X:75 µg}, {D:kayexalate} et {D:darbépoétine alfa} ont été poursuivis."),
    fr(
        "La {M:tomodensitométrie} a montré une {lithiase} de {X:9 mm} et une {dilatation pyélocalicielle}."
    ),
    es("Se inició {D:ácido micofenólico} {X:720 mg} y {D:tacrolimus} de liberación prolongada."),
    es(
        "{E:Signo de Godet} positivo; {L:albúmina} {X:2,1 g/dL} y {L:colesterol total} {X:342 mg/dL}."
    ),
    es("{D:Valganciclovir} {X:450 mg} y {D:trimetoprim-sulfametoxazol} como profilaxis."),
    es(
        "La {M:gammagrafía ósea} mostró captación en {V:D10} y {V:L2}; {L:fosfatasa alcalina} {X:410 UI/L}."
    ),
]
