# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A fifth classes corpus (2026-12-02), written for the classes that still survived
heldout6 (issue 14), before any change made for them, in languages and forms heldout6 does
not use: Brazilian Portuguese, Polish, Romanian, Russian (Cyrillic), Greek (Greek script),
Japanese and Hindi written in Latin letters, Indonesian, Norwegian, Italian, Flemish,
Turkish, Irish English, and family histories in a dozen more languages.

Classes: licence, passport and national identity numbers after national labels in many
languages (dotted, slashed, grouped, after "n.", "nr", "No", "№"); number plates of many
countries (Greek and Cyrillic letters that look Latin, spaces, hyphens, a make before the
plate); ages over 89 in words of many languages and as numerals with other languages'
age words, after "now" or "is" beside a relative, as a birthday's ordinal; holidays with a
year, seasons with a year in inflected forms, dates with a year first and a Roman month;
e-mails spelt out with the words of more languages and URLs without a scheme; social
handles; a role that singles a person out, with the place before or after it; tribal and
ritual marks; town demonyms and "native of" in many languages.

Clinical terms in braces must survive; planted identifiers must not. Every person, place
and number is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


pt, pl, ro, ru, el, en, id_, no, it, nl, tr = (
    partial(Note, x) for x in ("pt", "pl", "ro", "ru", "el", "en", "id", "no", "it", "nl", "tr")
)

FIFTH: list[Patient] = [
    Patient(
        name="Benedita Aparecida Fontoura",
        mrn="HCFMUSP-448127",
        birth="1930-03-12",
        notes=[
            pt(
                "Dona Benedita tem noventa e três anos e mora na Rua Doutor Zuquim 418, 02035-021 São Paulo."
            ),
            pt(
                "Acompanhada pelo Dr. Caio Prudente, CRM-SP 118.472, que iniciou {tacrolimo} {1 mg} duas vezes ao dia."
            ),
            pt("RG 27.418.339-5 e passaporte FX418273 conferidos na admissão."),
            pt(
                "O neto dirige um Fiat Uno placa BRA2E19 e escreve de caio.fontoura arroba uol ponto com ponto br."
            ),
            pt("Internada no Carnaval de 2022 com {pielonefrite}; {creatinina} {2,4 mg/dL}."),
            pt("É a única parteira do quilombo de Ivaporunduva."),
            pt("A irmã dela, Dona Zefa, agora com 96, ainda costura."),
            pt(
                "O blog da filha é benedita-receitas.com.br/doces e o Instagram dela é @vovobene93."
            ),
        ],
        planted=[
            ("name/recorded", "Benedita Aparecida Fontoura"),
            ("age over 89/pt word", "noventa e três anos"),
            ("geographic/street BR", "Rua Doutor Zuquim 418"),
            ("geographic/postcode BR", "02035-021"),
            ("name/after Dr.", "Caio Prudente"),
            ("licence number/CRM dotted", "CRM-SP 118.472"),
            ("social security number/RG", "27.418.339-5"),
            ("licence number/passport", "FX418273"),
            ("vehicle identifier/Mercosul plate", "BRA2E19"),
            ("email/obfuscated arroba ponto", "caio.fontoura arroba uol ponto com ponto br"),
            ("date/holiday with year", "Carnaval de 2022"),
            (
                "other unique identifier/only one in a settlement",
                "única parteira do quilombo de Ivaporunduva",
            ),
            ("age over 89/number after agora com", "agora com 96"),
            ("url/no scheme with path", "benedita-receitas.com.br/doces"),
            ("url/social handle", "@vovobene93"),
        ],
    ),
    Patient(
        name="Stanisława Wróblewska-Kot",
        mrn="SPSK-2291-0417",
        birth="1929-04-12",
        notes=[
            pl(
                "Pani Stanisława ma dziewięćdziesiąt cztery lata i mieszka przy ul. Kościuszki 14 m. 3, 43-300 Bielsko-Biała."
            ),
            pl("Prowadzi ją lek. Marta Bąk, numer prawa wykonywania zawodu 2847193."),
            pl("PESEL 29041207418; dowód osobisty ABC 447218."),
            pl("Syn jeździ samochodem o numerze rejestracyjnym SB 4417K."),
            pl("Przyjęta w Wigilię 2021 z {hiperkaliemią}; {potas} {6,4 mmol/l}."),
            pl("Latem 2019 przeszła {zapalenie płuc}."),
            pl("Jest jedyną pszczelarką we wsi Brenna."),
            pl("Email: stasia.kot małpa onet kropka pl."),
        ],
        planted=[
            ("name/recorded", "Stanisława Wróblewska-Kot"),
            ("age over 89/pl word", "dziewięćdziesiąt cztery lata"),
            ("geographic/street PL", "Kościuszki 14"),
            ("geographic/postcode PL", "43-300"),
            ("name/after lek.", "Marta Bąk"),
            ("licence number/PWZ", "2847193"),
            ("social security number/PESEL", "29041207418"),
            ("social security number/ID card", "ABC 447218"),
            ("vehicle identifier/PL plate", "SB 4417K"),
            ("date/holiday with year", "Wigilię 2021"),
            ("date/season inflected", "Latem 2019"),
            ("other unique identifier/only one in the village", "jedyną pszczelarką we wsi Brenna"),
            ("email/obfuscated malpa kropka", "stasia.kot małpa onet kropka pl"),
        ],
    ),
    Patient(
        name="Aurelia Vasilescu",
        mrn="SCJUI-77104",
        birth="1931-06-02",
        notes=[
            ro(
                "Doamna Vasilescu are nouăzeci și doi de ani și locuiește pe Strada Mihai Eminescu nr. 27, Iași."
            ),
            ro("Medicul curant, dr. Radu Pîrvu, cod parafă 418273, a oprit {ibuprofen}."),
            ro("CNP 2310602224471; pașaport nr. 051827394."),
            ro("Nepotul conduce o Dacia cu numărul IS-12-ABC."),
            ro("A fost internată de Paștele din 2022 cu {colică renală} și {hematurie}."),
            ro("Este singura croitoreasă din satul Ciurea."),
            ro("Scrieți-i la vasilescu.aurelia arond yahoo punct ro."),
        ],
        planted=[
            ("name/recorded", "Aurelia Vasilescu"),
            ("age over 89/ro word", "nouăzeci și doi de ani"),
            ("geographic/street RO", "Strada Mihai Eminescu nr. 27"),
            ("geographic/city", "Iași"),
            ("name/after dr.", "Radu Pîrvu"),
            ("licence number/parafa", "418273"),
            ("social security number/CNP", "2310602224471"),
            ("licence number/passport", "051827394"),
            ("vehicle identifier/RO plate", "IS-12-ABC"),
            ("date/holiday with year", "Paștele din 2022"),
            (
                "other unique identifier/only one in the village",
                "singura croitoreasă din satul Ciurea",
            ),
            ("email/obfuscated arond punct", "vasilescu.aurelia arond yahoo punct ro"),
        ],
    ),
    Patient(
        name="Зинаида Громова",
        mrn="ТОКБ-40417",
        birth="1930-02-20",
        notes=[
            ru("Пациентке 93 года, живёт одна, ул. Советская, д. 17, кв. 4."),
            ru("Её внучка Алёна пишет на alena.gromova собака mail точка ru."),
            ru("Паспорт 28 14 447219, СНИЛС 112-447-219 35."),
            ru("Сын ездит на машине А123ВС 69."),
            ru("Госпитализирована на Масленицу 2023 с {гиперкалиемией}."),
            ru("Зимой 2020 перенесла {пневмонию}."),
            ru("Она единственная гармонистка в селе Медное."),
            ru("Лечащий врач Игорь Лапин, лицензия № 69-01-004471."),
        ],
        planted=[
            ("name/recorded", "Зинаида Громова"),
            ("age over 89/ru number", "93 года"),
            ("geographic/street RU", "ул. Советская, д. 17"),
            ("name/relative", "Алёна"),
            ("email/obfuscated sobaka tochka", "alena.gromova собака mail точка ru"),
            ("social security number/passport RU", "28 14 447219"),
            ("social security number/SNILS", "112-447-219 35"),
            ("vehicle identifier/RU plate Cyrillic", "А123ВС 69"),
            ("date/holiday with year", "Масленицу 2023"),
            ("date/season inflected", "Зимой 2020"),
            (
                "other unique identifier/only one in the village",
                "единственная гармонистка в селе Медное",
            ),
            ("name/clinician", "Игорь Лапин"),
            ("licence number/№", "69-01-004471"),
        ],
    ),
    Patient(
        name="Ευανθία Καραγιάννη",
        mrn="ΑΧΕΠΑ-11847",
        birth="1928-08-15",
        notes=[
            el(
                "Η ασθενής είναι ενενήντα πέντε ετών και μένει στην οδό Αγίου Δημητρίου 42, 546 30 Θεσσαλονίκη."
            ),
            el("Ο γιος της οδηγεί Toyota με πινακίδα ΝΚΥ-4418."),
            el("Γιατρός: Δρ. Σπύρος Ζαφειρίου, αρ. άδειας 33418."),
            el("Εισήχθη το Πάσχα του 2022 με {υπερκαλιαιμία}."),
            el("Email: evanthia.k παπάκι otenet τελεία gr."),
            el("Είναι η μόνη μαμή του χωριού Καστανιά."),
        ],
        planted=[
            ("name/recorded", "Ευανθία Καραγιάννη"),
            ("age over 89/el word", "ενενήντα πέντε ετών"),
            ("geographic/street GR", "Αγίου Δημητρίου 42"),
            ("geographic/postcode GR", "546 30"),
            ("vehicle identifier/GR plate Greek letters", "ΝΚΥ-4418"),
            ("name/after Δρ.", "Σπύρος Ζαφειρίου"),
            ("licence number/άδεια", "33418"),
            ("date/holiday with year", "Πάσχα του 2022"),
            ("email/obfuscated papaki teleia", "evanthia.k παπάκι otenet τελεία gr"),
            ("other unique identifier/only one in the village", "μόνη μαμή του χωριού Καστανιά"),
        ],
    ),
    Patient(
        name="Tomoe Hasegawa",
        mrn="KUH-20417",
        birth="1927-11-03",
        notes=[
            en("Mrs Hasegawa is 96 sai and lives alone in Kanazawa-shi, Ishikawa 920-0865."),
            en("Seen on Keiro no Hi 2023 with {hyponatraemia}; {sodium} {118 mmol/L}."),
            en(
                "She is the last yuzen dyer in Higashi Chaya, and her grandson's car, 500 sa 12-34, waits outside."
            ),
            en("Contact: tomoe.h at docomo dot ne dot jp, or LINE ID tomoe_kaga27."),
            en("Her elder sister Fumiko turned 99 this spring; her 99th birthday was in the ward."),
            en("Physician licence no. 418273 (Dr Kenji Mori), who stopped {loxoprofen}."),
        ],
        planted=[
            ("name/recorded", "Tomoe Hasegawa"),
            ("age over 89/ja word romanised", "96 sai"),
            ("geographic/town", "Kanazawa-shi"),
            ("geographic/postcode JP", "920-0865"),
            ("date/holiday with year", "Keiro no Hi 2023"),
            ("other unique identifier/last of a craft", "last yuzen dyer in Higashi Chaya"),
            ("vehicle identifier/JP plate", "500 sa 12-34"),
            ("email/obfuscated at dot", "tomoe.h at docomo dot ne dot jp"),
            ("url/handle after LINE ID", "tomoe_kaga27"),
            ("name/relative", "Fumiko"),
            ("age over 89/birthday ordinal", "99th birthday"),
            ("licence number/after no.", "418273"),
            ("name/after Dr", "Kenji Mori"),
        ],
    ),
    Patient(
        name="Savitri Devi Agarwal",
        mrn="AIIMS-9904172",
        birth="1929-09-09",
        notes=[
            en("Savitri ji is 94 varsh ki and lives in Sector 15, Rohini, Delhi 110089."),
            en("Her Aadhaar 4418 2739 1056 and PAN ABCPA1234K were seen."),
            en(
                "Treated by Dr Neha Kulkarni (MMC Reg. No. 2009/04/1827), who started {prednisolone} {40 mg}."
            ),
            en("Her son's scooter DL 8S AB 4417 is parked at the gate."),
            en(
                "Admitted on Diwali 2022 and again after Holi 2023 with {AKI}; {creatinine} {3.2 mg/dL}."
            ),
            en("She is the only Madhubani painter in Mohalla Ganeshpura."),
            en("Email savitri.agarwal[at]rediffmail[dot]com; Insta: savitri_cooks_94."),
            en("Her brother-in-law, Ramesh, now 93, lives with them."),
        ],
        planted=[
            ("name/recorded", "Savitri Devi Agarwal"),
            ("age over 89/hi word romanised", "94 varsh"),
            ("geographic/locality", "Sector 15, Rohini"),
            ("geographic/postcode IN", "110089"),
            ("social security number/Aadhaar", "4418 2739 1056"),
            ("social security number/PAN", "ABCPA1234K"),
            ("name/after Dr", "Neha Kulkarni"),
            ("licence number/MMC slashed", "2009/04/1827"),
            ("vehicle identifier/IN plate", "DL 8S AB 4417"),
            ("date/holiday with year", "Diwali 2022"),
            ("date/holiday with year", "Holi 2023"),
            (
                "other unique identifier/only one in a locality",
                "only Madhubani painter in Mohalla Ganeshpura",
            ),
            ("email/obfuscated brackets", "savitri.agarwal[at]rediffmail[dot]com"),
            ("url/handle after Insta", "savitri_cooks_94"),
            ("age over 89/now beside relative", "now 93"),
        ],
    ),
    Patient(
        name="Siti Rahmawati Nasution",
        mrn="RSAM-30417",
        birth="1930-01-04",
        notes=[
            id_("Ibu Siti berusia 93 tahun, tinggal di Jl. Sisingamangaraja No. 41, Medan 20213."),
            id_("NIK 1271054104300002; paspor C 4418273."),
            id_("Anaknya mengendarai motor BK 4417 ABC."),
            id_("Dirawat saat Lebaran 2022 dengan {gagal ginjal akut}."),
            id_("Dokter: dr. Hendra Siregar, Sp.PD, STR 1211 4418 2739."),
            id_("Dia satu-satunya pembuat ulos di desa Lumban Suhi."),
            id_("Surel: siti.nasution at gmail titik com."),
        ],
        planted=[
            ("name/recorded", "Siti Rahmawati Nasution"),
            ("age over 89/id number", "93 tahun"),
            ("geographic/street ID", "Jl. Sisingamangaraja No. 41"),
            ("geographic/postcode ID", "20213"),
            ("social security number/NIK", "1271054104300002"),
            ("licence number/passport", "C 4418273"),
            ("vehicle identifier/ID plate", "BK 4417 ABC"),
            ("date/holiday with year", "Lebaran 2022"),
            ("name/after dr.", "Hendra Siregar"),
            ("licence number/STR grouped", "1211 4418 2739"),
            (
                "other unique identifier/only one in the village",
                "satu-satunya pembuat ulos di desa Lumban Suhi",
            ),
            ("email/obfuscated titik", "siti.nasution at gmail titik com"),
        ],
    ),
    Patient(
        name="Ragnhild Solbakken",
        mrn="UNN-88104",
        birth="1928-05-17",
        notes=[
            no("Pasienten er nittifire år og bor i Storgata 12B, 9008 Tromsø."),
            no("Fødselsnummer 170528 44719 er kontrollert."),
            no("Sønnen kjører en Volvo med skilt ZE 41872."),
            no("Innlagt på julaften 2021 med {hyperkalemi}; {kalium} {6,9 mmol/l}."),
            no("Fastlege Ingrid Haugland, HPR-nr. 4418273, seponerte {ramipril}."),
            no("Hun er den siste gjenlevende kystlosen i Skjervøy."),
            no("Hun er tromsøværing og skriver fra ragnhild.s krøllalfa online punktum no."),
            no("Søsteren hennes, Gudrun, er nå 98 og bor på sykehjem."),
        ],
        planted=[
            ("name/recorded", "Ragnhild Solbakken"),
            ("age over 89/no compound word", "nittifire år"),
            ("geographic/street NO", "Storgata 12B"),
            ("geographic/postcode NO", "9008"),
            ("social security number/fodselsnummer", "170528 44719"),
            ("vehicle identifier/NO plate", "ZE 41872"),
            ("date/holiday with year", "julaften 2021"),
            ("name/GP", "Ingrid Haugland"),
            ("licence number/HPR", "4418273"),
            ("other unique identifier/last of a role", "siste gjenlevende kystlosen i Skjervøy"),
            ("geographic/demonym", "tromsøværing"),
            ("email/obfuscated krollalfa punktum", "ragnhild.s krøllalfa online punktum no"),
            ("name/relative", "Gudrun"),
            ("age over 89/er nå", "nå 98"),
        ],
    ),
    Patient(
        name="Assunta Lo Presti",
        mrn="ARNAS-51027",
        birth="1929-04-01",
        notes=[
            it("La signora ha novantatré anni e vive in via dei Mille 18, 90139 Palermo."),
            it("Codice fiscale LPRSNT29D41G273X; carta d'identità CA 44182 AB."),
            it(
                "Seguita dal dott. Calogero Amato, iscrizione all'Ordine n. 14472, che ha ridotto {furosemide} {25 mg}."
            ),
            it("Il nipote guida una Panda targata FG 418 KL."),
            it("Ricoverata a Ferragosto 2022 con {disidratazione} e {iponatriemia}."),
            it("È l'ultima ricamatrice di tombolo del quartiere Kalsa."),
            it("È palermitana e scrive a assunta.lopresti chiocciola libero punto it."),
            it(
                "Il fratello Nené, che ha ormai 97 anni, festeggia il suo novantottesimo compleanno a maggio."
            ),
        ],
        planted=[
            ("name/recorded", "Assunta Lo Presti"),
            ("age over 89/it word", "novantatré anni"),
            ("geographic/street IT", "via dei Mille 18"),
            ("geographic/postcode IT", "90139"),
            ("social security number/codice fiscale", "LPRSNT29D41G273X"),
            ("social security number/carta d'identità", "CA 44182 AB"),
            ("name/after dott.", "Calogero Amato"),
            ("licence number/Ordine n.", "14472"),
            ("vehicle identifier/IT plate", "FG 418 KL"),
            ("date/holiday with year", "Ferragosto 2022"),
            (
                "other unique identifier/last of a craft",
                "ultima ricamatrice di tombolo del quartiere Kalsa",
            ),
            ("geographic/demonym", "palermitana"),
            ("email/obfuscated chiocciola", "assunta.lopresti chiocciola libero punto it"),
            ("name/nickname relative", "Nené"),
            ("age over 89/it number", "97 anni"),
            ("age over 89/it ordinal birthday", "novantottesimo compleanno"),
        ],
    ),
    Patient(
        name="Godfried Van den Bossche",
        mrn="UZG-440917",
        birth="1927-07-21",
        notes=[
            nl("Meneer is vierennegentig jaar en woont in de Kerkstraat 41 bus 2, 9000 Gent."),
            nl("Rijksregisternummer 27.07.21-447.19."),
            nl("Zijn dochter rijdt met een Opel, nummerplaat 1-ABC-447."),
            nl("Opgenomen op Allerheiligen 2022 met {urosepsis}; {CRP} {212 mg/l}."),
            nl("Behandelend arts dr. Lieve Claes, RIZIV 1-44718-27-004."),
            nl("Hij is de laatste beiaardier van Oudenaarde."),
            nl("Hij is een Gentenaar van geboorte; zijn broer Staf is vijfennegentig."),
            nl("Mail: godfried.vdb apenstaartje telenet punt be."),
        ],
        planted=[
            ("name/recorded", "Godfried Van den Bossche"),
            ("age over 89/nl compound", "vierennegentig jaar"),
            ("geographic/street BE", "Kerkstraat 41 bus 2"),
            ("geographic/postcode BE", "9000 Gent"),
            ("social security number/rijksregister", "27.07.21-447.19"),
            ("vehicle identifier/BE plate", "1-ABC-447"),
            ("date/holiday with year", "Allerheiligen 2022"),
            ("name/after dr.", "Lieve Claes"),
            ("licence number/RIZIV", "1-44718-27-004"),
            ("other unique identifier/last of a role", "laatste beiaardier van Oudenaarde"),
            ("geographic/demonym", "Gentenaar"),
            ("name/relative", "Staf"),
            ("age over 89/nl word", "vijfennegentig"),
            ("email/obfuscated apenstaartje", "godfried.vdb apenstaartje telenet punt be"),
        ],
    ),
    Patient(
        name="Fadime Yıldırım",
        mrn="DEU-77310",
        birth="1930-10-29",
        notes=[
            tr(
                "Fadime hanım doksan üç yaşında, Atatürk Mahallesi 1203. Sokak No: 7, 35610 Çiğli adresinde yaşıyor."
            ),
            tr("TC kimlik no 41872739106; pasaport U 18427391."),
            tr("Oğlunun arabası 35 ABC 418, beyaz bir Fiat."),
            tr("Kurban Bayramı 2022'de {hiperkalemi} ile yattı."),
            tr("Dr. Mehmet Ali Korkmaz, diploma no 41827, {spironolakton} kesti."),
            tr("Mahallenin tek ebesi odur."),
            tr("Kızı Zeynep'in e-postası zeynep.yildirim et gmail nokta com."),
        ],
        planted=[
            ("name/recorded", "Fadime Yıldırım"),
            ("age over 89/tr word", "doksan üç yaşında"),
            ("geographic/street TR", "1203. Sokak No: 7"),
            ("geographic/postcode TR", "35610"),
            ("social security number/TC kimlik", "41872739106"),
            ("licence number/passport", "U 18427391"),
            ("vehicle identifier/TR plate", "35 ABC 418"),
            ("date/holiday with year", "Kurban Bayramı 2022"),
            ("name/after Dr.", "Mehmet Ali Korkmaz"),
            ("licence number/diploma no", "41827"),
            ("other unique identifier/place before only", "Mahallenin tek ebesi"),
            ("name/relative possessive", "Zeynep"),
            ("email/obfuscated et nokta", "zeynep.yildirim et gmail nokta com"),
        ],
    ),
    Patient(
        name="Bridget Ní Mhurchú",
        mrn="CUH-604417",
        birth="1926-03-17",
        notes=[
            en(
                "Mrs Ní Mhurchú is ninety-seven; her late husband's brother, Seán, now 101, lives in Ballyvourney."
            ),
            en("Her PPS number 1234567TA and Eircode P12 X4T8 are on the form."),
            en("Her nephew drives a Ford Focus, reg 191-C-4417."),
            en("Admitted on St Stephen's Day 2022 with {cellulitis}, and again at Easter 2023."),
            en("Reviewed by Dr Aoife Brennan (IMC 418273), who added {flucloxacillin} {1 g}."),
            en("She was the only woman blacksmith in West Cork."),
            en("Email bridget dot nimhurchu at eircom dot net; she posts as x.com/bridgetbakes."),
            en("Her cousin Nora is 92, and she is a proud Corkonian."),
        ],
        planted=[
            ("name/recorded", "Bridget Ní Mhurchú"),
            ("name/relative", "Seán"),
            ("age over 89/now beside relative", "now 101"),
            ("geographic/town", "Ballyvourney"),
            ("social security number/PPS", "1234567TA"),
            ("geographic/postcode IE", "P12 X4T8"),
            ("vehicle identifier/IE plate", "191-C-4417"),
            ("date/holiday with year", "St Stephen's Day 2022"),
            ("date/holiday with year", "Easter 2023"),
            ("name/after Dr", "Aoife Brennan"),
            ("licence number/IMC", "IMC 418273"),
            ("other unique identifier/only one in a region", "only woman blacksmith in West Cork"),
            ("email/obfuscated dot at dot", "bridget dot nimhurchu at eircom dot net"),
            ("url/no scheme with path", "x.com/bridgetbakes"),
            ("name/relative", "Nora"),
            ("age over 89/is beside relative", "is 92"),
            ("geographic/demonym", "Corkonian"),
        ],
    ),
    Patient(
        name=None,
        mrn=None,
        birth=None,
        notes=[
            Note("cs", "Otec pacientky je devadesát dva let starý a žije sám."),
            Note("hr", "Baka ima devedeset i tri godine i živi na selu."),
            Note("hu", "Édesanyja kilencvenkét éves és egyedül él."),
            Note("fi", "Isoäiti on yhdeksänkymmentäkaksivuotias ja asuu yksin."),
            Note("da", "Hans mor er treoghalvfems år og bor alene."),
            Note("sv", "Hennes far är nittiotvå år och bor ensam."),
            Note("de", "Der Vater ist dreiundneunzig Jahre alt und lebt allein."),
            Note("es", "Su madre tiene noventa y dos años y vive sola."),
            Note("ca", "La seva mare té noranta-dos anys i viu sola."),
            Note("fr", "Sa mère a quatre-vingt-treize ans et vit seule."),
            Note("fr", "Son père a nonante-quatre ans et vit seul."),
            Note("lt", "Jos motinai devyniasdešimt dveji metai."),
            Note("et", "Tema ema on üheksakümmend kaks aastat vana."),
            Note("cy", "Mae ei mam yn naw deg dau oed."),
            Note("uk", "Його батькові 91 рік, матері 93 роки."),
            Note("ja", "祖母は92歳で一人暮らし。"),
            Note("ko", "할머니는 94세이며 혼자 사신다."),
            Note("en", "The grandmother, Mama Efua, is 95 and lives in the family compound."),
            Note("de", "Die Großmutter, seit Mai 96-jährig, lebt im Heim."),
            Note("pl", "Babcia ma 94 lata, dziadek 96 lat."),
            Note("en", "His aunt celebrated her 100th birthday; she is a centenarian."),
            Note("en", "{eGFR} {92 mL/min} and {heart rate} {96} were recorded; {SpO2} {95%}."),
        ],
        planted=[
            ("age over 89/cs word", "devadesát dva let"),
            ("age over 89/hr word", "devedeset i tri godine"),
            ("age over 89/hu compound", "kilencvenkét éves"),
            ("age over 89/fi compound", "yhdeksänkymmentäkaksivuotias"),
            ("age over 89/da word", "treoghalvfems år"),
            ("age over 89/sv compound", "nittiotvå år"),
            ("age over 89/de word", "dreiundneunzig Jahre"),
            ("age over 89/es word", "noventa y dos años"),
            ("age over 89/ca word", "noranta-dos anys"),
            ("age over 89/fr word", "quatre-vingt-treize ans"),
            ("age over 89/fr-CH word", "nonante-quatre ans"),
            ("age over 89/lt word", "devyniasdešimt dveji metai"),
            ("age over 89/et word", "üheksakümmend kaks aastat"),
            ("age over 89/cy word", "naw deg dau oed"),
            ("age over 89/uk number", "91 рік"),
            ("age over 89/uk number", "93 роки"),
            ("age over 89/ja number", "92歳"),
            ("age over 89/ko number", "94세"),
            ("age over 89/is beside relative", "is 95"),
            ("age over 89/de hyphen", "96-jährig"),
            ("age over 89/pl number", "94 lata"),
            ("age over 89/pl number", "96 lat"),
            ("age over 89/birthday ordinal", "100th birthday"),
        ],
    ),
]


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    return measure([entry(p) for p in FIFTH]), measure_ordinary(FIFTH)


if __name__ == "__main__":
    import sys

    fig, ordinary = figures()
    print(fig.table("fifth classes corpus (tests/privacy/classes_fifth.py)"))
    print(ordinary.table("ordinary words of the fifth classes corpus"))
    if "-v" in sys.argv:
        print("\n".join(fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
