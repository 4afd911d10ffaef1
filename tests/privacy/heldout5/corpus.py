# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A fifth held-out corpus (2026-12-01), written by an outside examiner before it was run
against anything, and never shown to the de-identifier's authors.

Twenty-one synthetic nephrology patients (dialysis, transplant, glomerulonephritis, drug
reactions) from Pernambuco, São Paulo state, Trás-os-Montes, Rome, Maramureș, Dalmatia,
Šariš, Samogitia, Võrumaa, Rogaland, East Jutland, Connemara, Lewis, New South Wales, the Bay of
Plenty, the Karoo, Kerala, Batangas, Enugu, Kelantan and Yogyakarta, written in Portuguese
(Brazil and Portugal), Italian, Romanian, Croatian, Slovak, Lithuanian, Latvian, Estonian,
Norwegian, Danish, Afrikaans, Malay, Indonesian and the English of Ireland, Scotland,
Australia, New Zealand, India, the Philippines and Nigeria, with Vietnamese, Arabic, Hebrew,
Japanese and Chinese names in Latin script. Every person, number and address is invented
(real town and institution names are used as places, never with a real person).

The format is heldout4's (``tests/privacy/heldout4/corpus.py``): each ``Note`` is one
free-text field in one language; clinical terms that must survive are braced with a
category letter (``CATEGORIES``); planted identifiers are listed per patient as ``(kind,
text)``, the kind being ``"<Safe Harbor kind>/<form>"``. Every other word is an ordinary
word of the note's language and should survive too. ``DESCRIBED`` lists the words that
describe a planted unique feature (part of the identifier, not ordinary words).

The images (``images.py``) are part of this corpus.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient

__all__ = ["CATEGORIES", "DESCRIBED", "HELDOUT5", "TERM_NOTES", "Note", "Patient"]

ZW = "\u200b"  # zero-width space


def _in(lang: str) -> Callable[[str], Note]:
    def note(t: str) -> Note:
        return Note(lang, t)

    return note


pt, it, ro, hr, sk, lt, lv, et = (_in(x) for x in ("pt", "it", "ro", "hr", "sk", "lt", "lv", "et"))
no, da, en, af, ms, id_ = (_in(x) for x in ("no", "da", "en", "af", "ms", "id"))

DESCRIBED: list[str] = [
    "tatuagem de um beija-flor com o nome SEVERINO no ombro esquerdo",
    "cicatriz de queimadura em forma de estrela no antebraço direito",
    "tatuaggio di una melagrana sul polso sinistro",
    "un tatuaj cu o cruce maramureșeană pe antebrațul stâng",
    "ožiljak od ugriza psa iznad lijeve obrve",
    "tetovanie s menom ANKA na ľavom predlaktí",
    "tatoveringen av en hval med navnet TORILL over venstre ankel",
    "the only currach builder left on Inishbofin",
    "a shark-bite scar across her right calf",
    "'n tatoeëermerk van 'n springbok met die naam MARTIE op die regterkuit",
    "the only snake-boat race captain in the ward",
    "a keloid in the shape of a key on his left shoulder",
    "the last hand-loom weaver of barong fabric in the barangay",
]

HELDOUT5: list[Patient] = [
    # 1. Pernambuco, Brazil (Portuguese): haemodialysis, calciphylaxis risk, a bacteraemia
    Patient(
        name="Josefa Quitéria de Albuquerque Lins",
        mrn="HCP-0448131",
        birth="1933-08-19",
        notes=[
            pt(
                "Josefa Quitéria de Albuquerque Lins, 91 anos, natural de Garanhuns, em {hemodiálise} desde 2009 por {nefropatia diabética}."
            ),
            pt(
                "Mora na Rua Padre Roma, 1263, apto 302, Tamarineira, Recife - PE, CEP 52060-180, com a neta."
            ),
            pt(
                "CPF 418.772.365-09; Cartão Nacional de Saúde 708 2049 1156 8624; prontuário HCP0448131."
            ),
            pt(
                "Foi internada no Hospital Getúlio Vargas na Quarta-feira de Cinzas de 2023 com {hipercalemia} ({L:potássio} {X:7,1 mEq/L}) e {L:creatinina} {X:9,8 mg/dL}."
            ),
            pt(
                "Quem a acompanha é a neta Kellyane, que atende no (81) 99734-2610. Prefere ser chamada de Dona Zefinha."
            ),
            pt(
                "Em 12 de junho de 2023, véspera de Santo Antônio, iniciou {D:cinacalcete} {X:30 mg} e {D:sevelâmer} {X:800 mg} três vezes ao dia."
            ),
            pt(
                "{L:PTH} {X:1.240 pg/mL}, {L:fósforo} {X:7,4 mg/dL}, {L:albumina} {X:3,1 g/dL} e {L:Kt/V} {X:1,32} no último mês."
            ),
            pt(
                "{D:Alfaepoetina} {X:4.000 UI} {IV} após cada sessão; {L:hemoglobina} {X:9,6 g/dL}, {L:ferritina} {X:610 ng/mL}, {L:saturação de transferrina} {X:22%}."
            ),
            pt(
                "A {fístula arteriovenosa braquiocefálica} esquerda tem {estenose justa-anastomótica} na {M:ultrassonografia com Doppler}."
            ),
            pt(
                "Tem uma tatuagem de um beija-flor com o nome SEVERINO no ombro esquerdo, lembrança do marido."
            ),
            pt(
                "O e-mail da família é kellyane.lins arroba bol ponto com ponto br e a dialisadora é a Clínica do Rim de Casa Amarela."
            ),
            pt(
                "Máquina {A:Fresenius 4008S} número de série 4XB-592613; dialisador {A:FX80}, fluxo de sangue {X:350 mL/min}."
            ),
            pt(
                "Avaliada pelo Dr. Aristóteles Cavalcanti, CRM-PE 14472, que suspendeu a {D:gabapentina} por {sonolência}."
            ),
            pt(
                "{O:Staphylococcus aureus} sensível à {D:oxacilina} na {L:hemocultura}; tratada com {D:cefazolina} {X:2 g} após cada sessão."
            ),
            pt(
                "J\u200bosefa recusou o {cateter de Tenckhoff}; a família mostrou a foto do rosto dela (IMG-20230612-WA0017.jpg) no grupo."
            ),
        ],
        planted=[
            ("name/recorded", "Josefa Quitéria de Albuquerque Lins"),
            ("age over 89/number", "91 anos"),
            ("geographic/birthplace", "Garanhuns"),
            ("geographic/street BR", "Rua Padre Roma, 1263, apto 302"),
            ("geographic/neighbourhood no cue", "Tamarineira"),
            ("geographic/city and state", "Recife - PE"),
            ("geographic/postcode BR CEP", "52060-180"),
            ("social security number/CPF", "418.772.365-09"),
            ("health plan number/cartão SUS with spaces", "708 2049 1156 8624"),
            ("medical record number/no separator", "HCP0448131"),
            ("geographic/facility named after a person", "Hospital Getúlio Vargas"),
            ("date/holiday", "Quarta-feira de Cinzas de 2023"),
            ("name/relative no title", "Kellyane"),
            ("telephone/sentence end", "(81) 99734-2610"),
            ("name/nickname", "Zefinha"),
            ("date/written out pt", "12 de junho de 2023"),
            ("date/relative to a holiday", "véspera de Santo Antônio"),
            ("other unique identifier/tattoo", "beija-flor com o nome SEVERINO"),
            ("email/obfuscated pt", "kellyane.lins arroba bol ponto com ponto br"),
            ("geographic/facility named after a neighbourhood", "Clínica do Rim de Casa Amarela"),
            ("device identifier/serial", "4XB-592613"),
            ("name/after title", "Aristóteles Cavalcanti"),
            ("licence number/CRM", "CRM-PE 14472"),
            ("name/zero-width space", "J\u200bosefa"),
            ("full-face photograph/file name", "IMG-20230612-WA0017.jpg"),
        ],
    ),
    # 2. São Paulo state, Brazil (Portuguese, Japanese names): kidney transplant, BK virus
    Patient(
        name="Kiyoshi Nakandakari",
        mrn="UNI-77410392",
        birth="1933-03-02",
        notes=[
            pt(
                "Sr. Kiyoshi Nakandakari, nissei, nasceu em Showa 8 numa colônia perto de Bastos e trabalhou a vida toda na Granja Yamagishi."
            ),
            pt(
                "{transplante renal} de doador falecido em 2014; imunossupressão com {D:tacrolimo} {X:2 mg} 12/12 h, {D:micofenolato de mofetila} {X:500 mg} e {D:prednisona} {X:5 mg}."
            ),
            pt(
                "{L:Nível sérico de tacrolimo} {X:11,4 ng/mL} e {L:creatinina} {X:2,1 mg/dL} em abril; {L:PCR para poliomavírus BK} no plasma {X:48.000 cópias/mL}."
            ),
            pt(
                "A {biópsia do enxerto} mostrou {nefropatia por poliomavírus} com {G:SV40} positivo, {S:Banff} {X:i1 t2}."
            ),
            pt(
                "O filho Hiroshi Tamashiro-Nakandakari mora em Marília, Av. Sampaio Vidal, 742, CEP 17500-021, e liga do (14) 3433-8150; ele tem a procuração."
            ),
            pt(
                "Visitou a irmã em Naha, Okinawa, 〒900-0032, no Obon de 2019, e voltou com {diarreia} e {L:tacrolimemia} {X:19 ng/mL}."
            ),
            pt("Passaporte japonês TR5839261; RNM V208814-K; o carro é um Corolla placa FXK-2J47."),
            pt(
                "Reduzido o {D:micofenolato} e iniciada {D:leflunomida} {X:20 mg}; {L:CMV PCR} negativo, {L:IgG anti-CMV} positivo."
            ),
            pt(
                "Contato por e-mail: kiyoshi_nkd(at)uol.com.br, ou pelo site da granja granjayamagishi.com.br/familia sem https."
            ),
            pt(
                "Aos 91, continua a cuidar do bonsai do quintal; a enfermeira Sayuri Higa-Matsumoto faz o {monitoramento} semanal."
            ),
            pt(
                "NAKANDAKARIs de três gerações vieram à consulta; o neto usa o perfil @nakandakari.bonsai para mostrar as plantas."
            ),
            pt(
                "{M:Ultrassonografia do enxerto}: {índice de resistividade} {X:0,78}, sem {hidronefrose}; {L:proteinúria} {X:0,4 g/24 h}."
            ),
            pt(
                "Na recepção do ambulatório ele se identifica pela biometria digital, cadastro BIO-DGT 5520-6394."
            ),
        ],
        planted=[
            ("name/recorded", "Kiyoshi Nakandakari"),
            ("date/era Japanese", "Showa 8"),
            ("geographic/town no cue", "Bastos"),
            ("name/employer", "Granja Yamagishi"),
            ("name/relative hyphenated surname", "Hiroshi Tamashiro-Nakandakari"),
            ("geographic/city no cue", "Marília"),
            ("geographic/street BR", "Av. Sampaio Vidal, 742"),
            ("geographic/postcode BR CEP", "17500-021"),
            ("telephone/BR landline", "(14) 3433-8150"),
            ("geographic/city abroad", "Naha"),
            ("geographic/postcode JP", "〒900-0032"),
            ("date/holiday Japanese", "Obon de 2019"),
            ("licence number/passport", "TR5839261"),
            ("other unique identifier/foreigner registration", "V208814-K"),
            ("vehicle identifier/BR Mercosur plate", "FXK-2J47"),
            ("email/obfuscated (at)", "kiyoshi_nkd(at)uol.com.br"),
            ("url/no scheme", "granjayamagishi.com.br/familia"),
            ("age over 89/bare number", "Aos 91"),
            ("name/after title hyphenated", "Sayuri Higa-Matsumoto"),
            ("name/plural case", "NAKANDAKARIs"),
            ("other unique identifier/handle", "@nakandakari.bonsai"),
            ("biometric identifier/fingerprint enrolment", "BIO-DGT 5520-6394"),
        ],
    ),
    # 3. Trás-os-Montes, Portugal (European Portuguese): peritoneal dialysis, peritonitis
    Patient(
        name="Maria do Rosário Morgado Antunes",
        mrn="CHTMAD/2210487",
        birth="1948-11-11",
        notes=[
            pt(
                "Doente de 76 anos, natural de Vimioso, em {diálise peritoneal automatizada} desde o São Martinho de 2020."
            ),
            pt(
                "Morada: Rua Dr. Abílio Pimentel, n.º 23, 2.º Esq., 5370-352 Mirandela; telemóvel 932 418 706."
            ),
            pt(
                "Número de utente do SNS 318 264 907, NIF 213 884 506, cartão de cidadão 14772093 4 ZX8."
            ),
            pt(
                "Chamam-lhe a Rosarinho na aldeia; o marido, Sr. Albino Teixeira-Morais, é o único ferrador que resta em Vale de Salgueiro."
            ),
            pt(
                "Em {peritonite} com {efluente turvo} ({L:leucócitos} {X:1.850/µL}, {X:90%} {neutrófilos}), isolado {O:Streptococcus mitis}."
            ),
            pt(
                "Fez {D:vancomicina} {X:1 g} {intraperitoneal} e {D:ceftazidima} {X:1,5 g}; {L:vancocinemia} {X:17,2 mg/L} ao quinto dia."
            ),
            pt(
                "Seguida na consulta da Dr.ª Graça Sá-Carneiro, no Hospital Distrital de Mirandela, cédula profissional 48813."
            ),
            pt(
                "{S:PET} com {transporte médio-alto}; {L:Kt/V semanal} {X:1,9}, {L:clearance de creatinina} {X:52 L/semana/1,73 m²}."
            ),
            pt(
                "Tem uma cicatriz de queimadura em forma de estrela no antebraço direito, da matança do porco em 1962."
            ),
            pt(
                "Nascida a 11 de novembro de 1948, dia de São Martinho; vai à feira de Macedo de Cavaleiros todas as quintas."
            ),
            pt(
                "Cicladora {A:HomeChoice Claria} n.º de série HC7-25839-PT; {D:icodextrina} {X:7,5%} na troca longa."
            ),
            pt(
                "{L:Sódio} {X:131 mmol/L}, {L:potássio} {X:3,2 mmol/L}, {L:albumina} {X:29 g/L}; iniciado {D:cloreto de potássio} {X:600 mg}."
            ),
            pt(
                "As taxas moderadoras são debitadas no IBAN PT50 0035 0627 0001 5283 9301 7, titular Albino Teixeira-Morais."
            ),
        ],
        planted=[
            ("geographic/birthplace", "Vimioso"),
            ("date/holiday", "São Martinho de 2020"),
            ("geographic/street PT", "Rua Dr. Abílio Pimentel, n.º 23, 2.º Esq."),
            ("geographic/postcode PT", "5370-352"),
            ("geographic/town after postcode", "Mirandela"),
            ("telephone/PT mobile", "932 418 706"),
            ("health plan number/SNS utente with spaces", "318 264 907"),
            ("social security number/NIF with spaces", "213 884 506"),
            ("other unique identifier/citizen card", "14772093 4 ZX8"),
            ("name/nickname", "Rosarinho"),
            ("name/after title hyphenated", "Albino Teixeira-Morais"),
            (
                "other unique identifier/occupation",
                "o único ferrador que resta em Vale de Salgueiro",
            ),
            ("geographic/village", "Vale de Salgueiro"),
            ("name/after non-English title", "Graça Sá-Carneiro"),
            ("licence number/cédula", "cédula profissional 48813"),
            ("date/birth written out", "11 de novembro de 1948"),
            ("geographic/town double name", "Macedo de Cavaleiros"),
            ("device identifier/serial", "HC7-25839-PT"),
            ("other unique identifier/scar", "cicatriz de queimadura em forma de estrela"),
            ("account number/IBAN PT with spaces", "PT50 0035 0627 0001 5283 9301 7"),
        ],
    ),
    # 4. Rome, Italy (Italian, Hebrew names): ANCA vasculitis, rituximab reaction
    Patient(
        name="Graziella Sonnino",
        mrn="GEM-93-006281",
        birth="1931-04-06",
        notes=[
            it(
                "La signora Sonnino, novantatré anni, vive in Via della Reginella 9, int. 4, 00186 Roma, nel quartiere ebraico."
            ),
            it(
                "Ricoverata al Fatebenefratelli dell'Isola Tiberina il giorno dopo Pesach 5783 per {glomerulonefrite rapidamente progressiva}."
            ),
            it(
                "{L:ANCA} {X:anti-MPO} {X:148 UI/mL}, {L:creatinina} {X:4,6 mg/dl}, {L:eGFR CKD-EPI} {X:8 mL/min/1,73 m²}, {ematuria} con {cilindri eritrocitari}."
            ),
            it(
                "La {biopsia renale} mostra {glomerulonefrite pauci-immune} con {semilune cellulari} nel {X:60%} dei glomeruli, {S:classe crescentica di Berden}."
            ),
            it(
                "Induzione con {D:metilprednisolone} {X:500 mg} per tre giorni, poi {D:rituximab} {X:375 mg/m²} settimanale e {D:avacopan} {X:30 mg} due volte al giorno."
            ),
            it(
                "Alla seconda infusione di {D:MabThera} {reazione infusionale} di {S:grado 2 CTCAE} con {broncospasmo} e {orticaria}."
            ),
            it(
                "Codice fiscale SNNGZL31D46H501K; tessera sanitaria 80380000901234567891; chiamare la nipote Debora Di Castro al 06 6880 4172."
            ),
            it(
                "Figlia del fornaio del Portico d'Ottavia, ha un tatuaggio di una melagrana sul polso sinistro e ricorda l'ottobre del 1943."
            ),
            it(
                "Il nefrologo, prof. Ettore Lattes-Moscati, scrive a ettore.lattes chiocciola libero punto it; il reparto ha il fax 06 6837 2290."
            ),
            it(
                "{M:TC del torace ad alta risoluzione} senza {emorragia alveolare}; {S:BVAS} {X:18} all'esordio, {X:2} a sei mesi."
            ),
            it(
                "In cartella compare anche «Gr\u0430ziella», copiato da un referto estero; la firma sul consenso è «G. S\u043ennino» e la badante chiama la famiglia «i Sonnino»."
            ),
            it(
                "Profilassi con {D:trimetoprim-sulfametossazolo} {X:160/800 mg} tre volte la settimana e {D:colecalciferolo} {X:25.000 UI} al mese."
            ),
            it(
                "Dopo lo Yom Kippur del 2023 {L:creatinina} {X:2,3 mg/dl}, {L:proteinuria} {X:0,9 g/die}, {L:CD19} {X:0 cellule/µL}."
            ),
        ],
        planted=[
            ("name/recorded", "Sonnino"),
            ("age over 89/word it", "novantatré anni"),
            ("geographic/street IT", "Via della Reginella 9, int. 4"),
            ("geographic/postcode IT", "00186"),
            ("geographic/city after postcode", "Roma"),
            ("geographic/facility named after a place", "Fatebenefratelli dell'Isola Tiberina"),
            ("date/Hebrew calendar", "il giorno dopo Pesach 5783"),
            ("social security number/codice fiscale", "SNNGZL31D46H501K"),
            ("health plan number/tessera sanitaria", "80380000901234567891"),
            ("name/relative particle", "Debora Di Castro"),
            ("telephone/IT", "06 6880 4172"),
            (
                "other unique identifier/occupation of a parent",
                "Figlia del fornaio del Portico d'Ottavia",
            ),
            ("geographic/landmark", "Portico d'Ottavia"),
            ("other unique identifier/tattoo", "tatuaggio di una melagrana"),
            ("date/month and year", "ottobre del 1943"),
            ("name/after non-English title hyphenated", "Ettore Lattes-Moscati"),
            ("email/obfuscated it", "ettore.lattes chiocciola libero punto it"),
            ("fax/IT with cue", "06 6837 2290"),
            ("name/homoglyph", "Gr\u0430ziella"),
            ("name/initial and homoglyph signature", "G. S\u043ennino"),
            ("date/holiday Hebrew", "Yom Kippur del 2023"),
        ],
    ),
    # 5. Maramureș, Romania (Romanian): membranous nephropathy, anti-PLA2R
    Patient(
        name="Ioana-Cristina Mărgineanu",
        mrn="SJU-MM 58213",
        birth="1975-04-12",
        notes=[
            ro(
                "Pacienta Ioana-Cristina Mărgineanu, 49 de ani, din Sighetu Marmației, profesoară de religie la Liceul Pedagogic Taras Șevcenko."
            ),
            ro(
                "Adresa: str. Dragoș Vodă nr. 17, bl. C3, sc. B, ap. 12, cod poștal 435500, județul Maramureș."
            ),
            ro("CNP 2750412241783; card de sănătate 80642000001884211763; telefon 0745 318 622."),
            ro(
                "Internată la Spitalul Județean de Urgență Dr. Constantin Opriș Baia Mare în a doua zi de Paști 2024 cu {sindrom nefrotic}."
            ),
            ro(
                "{L:Proteinurie} {X:9,8 g/24 h}, {L:albumină serică} {X:1,9 g/dl}, {L:colesterol total} {X:412 mg/dl}, {L:anticorpi anti-PLA2R} {X:312 RU/mL}."
            ),
            ro(
                "{biopsie renală}: {nefropatie membranoasă} {S:stadiul Ehrenreich-Churg II}, {L:IgG4} dominant în {M:imunofluorescență}."
            ),
            ro(
                "Tratament cu {D:rituximab} {X:1 g} în zilele 1 și 15, {D:losartan} {X:50 mg}, {D:furosemid} {X:40 mg} și {D:enoxaparină} {X:40 mg} s.c."
            ),
            ro(
                "Are un tatuaj cu o cruce maramureșeană pe antebrațul stâng, făcut la Săpânța, lângă Cimitirul Vesel."
            ),
            ro(
                "Soțul ei, Vasile Pop-Hotea, lucrează la Fabrica de Bere Ursus din Cluj; fiica Ana-Maria Hotea are contul @anamaria_hotea_mm."
            ),
            ro(
                "Medicul de familie, dr. Liviu Bodnariu, a trimis scrisoarea pe fax la 0262 316 470; cod parafă B77214."
            ),
            ro("Plăți prin contul IBAN RO66 CECE MM02 0C12 3045 1778 deschis la CEC Bank Sighet."),
            ro(
                "{tromboză de venă renală} exclusă prin {M:angio-CT}; {L:D-dimeri} {X:1,2 mg/L}, {L:fibrinogen} {X:5,8 g/L}."
            ),
            ro(
                "La 1 decembrie 2024, de Ziua Națională, {remisiune parțială}: {L:proteinurie} {X:1,4 g/24 h}, {L:anti-PLA2R} {X:14 RU/mL}."
            ),
        ],
        planted=[
            ("name/recorded", "Ioana-Cristina Mărgineanu"),
            ("geographic/town no cue", "Sighetu Marmației"),
            ("name/employer", "Liceul Pedagogic Taras Șevcenko"),
            ("geographic/street RO", "str. Dragoș Vodă nr. 17, bl. C3, sc. B, ap. 12"),
            ("geographic/postcode RO", "435500"),
            ("social security number/CNP", "2750412241783"),
            ("health plan number/card de sănătate", "80642000001884211763"),
            ("telephone/RO mobile", "0745 318 622"),
            (
                "geographic/facility named after a person and a town",
                "Spitalul Județean de Urgență Dr. Constantin Opriș Baia Mare",
            ),
            ("date/relative to Orthodox Easter", "a doua zi de Paști 2024"),
            ("other unique identifier/tattoo", "tatuaj cu o cruce maramureșeană"),
            ("geographic/village", "Săpânța"),
            ("name/after relationship hyphenated", "Vasile Pop-Hotea"),
            ("name/employer", "Fabrica de Bere Ursus"),
            ("geographic/city no cue", "Cluj"),
            ("geographic/facility named after a town", "CEC Bank Sighet"),
            ("name/relative", "Ana-Maria Hotea"),
            ("other unique identifier/handle", "@anamaria_hotea_mm"),
            ("name/after non-English title", "Liviu Bodnariu"),
            ("fax/RO", "0262 316 470"),
            ("licence number/parafă", "B77214"),
            ("account number/IBAN with spaces", "RO66 CECE MM02 0C12 3045 1778"),
            ("date/holiday with date", "1 decembrie 2024"),
        ],
    ),
    # 6. Dalmatia, Croatia (Croatian, Serbian Latin names): allopurinol DRESS with AKI
    Patient(
        name="Dragutin Vuković",
        mrn="KBCST-2023-118406",
        birth="1950-09-09",
        notes=[
            hr(
                "Vuković je umirovljeni kamenoklesar iz Pučišća na Braču, jedini koji još kleše bijeli kamen ručno u Pučišćima."
            ),
            hr(
                "Zaprimljen na KBC Split, Klinika za nefrologiju, Spinčićeva 1, 21000 Split, na Svetog Duju 2023."
            ),
            hr(
                "Tri tjedna nakon uvođenja {D:alopurinola} {X:300 mg} razvio je {makulopapulozni osip}, {vrućicu} i {eozinofiliju} ({L:eozinofili} {X:2,9 × 10⁹/L})."
            ),
            hr(
                "{S:RegiSCAR} {X:6}, {DRESS sindrom}; {L:kreatinin} {X:486 µmol/L}, {L:ALT} {X:212 U/L}, {G:HLA-B*58:01} pozitivan."
            ),
            hr(
                "{biopsija bubrega}: {akutni intersticijski nefritis} s {eozinofilnim infiltratom}; započet {D:prednizolon} {X:1 mg/kg}."
            ),
            hr(
                "OIB 58213790446, MBO 170334826; kćer Milica Jovanović-Vuković živi u Novom Sadu i javlja se na +381 63 582 9016."
            ),
            hr("Ima ožiljak od ugriza psa iznad lijeve obrve; supruga ga zove Drago."),
            hr(
                "Liječnik obiteljske medicine dr. sc. Ante Bilandžić, faks 021 635 418, poslao je nalaze e-poštom na ante.bilandzic[at]hi.t-com.hr."
            ),
            hr("Adresa: Put Sv. Nikole 14, 21412 Pučišća; automobil Škoda Octavia ST 6283-KN."),
            hr(
                "Otpušten drugi dan Božića 2023 s {L:kreatininom} {X:168 µmol/L}; {D:febuksostat} nije uveden zbog {kardiovaskularnog rizika}."
            ),
            hr(
                "{M:Ultrazvuk bubrega}: bubrezi {X:11,2 cm}, bez {opstrukcije}; {L:mokraćna kiselina} {X:512 µmol/L}."
            ),
            hr(
                "Broj povijesti bolesti KBCST-2023-118406; kontrola zakazana za 14.IV.2024. u ambulanti."
            ),
        ],
        planted=[
            ("name/recorded at sentence start", "Vuković"),
            (
                "other unique identifier/occupation",
                "jedini koji još kleše bijeli kamen ručno u Pučišćima",
            ),
            ("geographic/town inflected", "Pučišća"),
            ("geographic/island", "Braču"),
            ("geographic/street HR", "Spinčićeva 1"),
            ("geographic/postcode HR with city", "21000 Split"),
            ("geographic/facility named after a city", "KBC Split"),
            ("geographic/postcode HR", "21412"),
            ("date/saint's day", "Svetog Duju 2023"),
            ("social security number/OIB", "58213790446"),
            ("health plan number/MBO", "170334826"),
            ("name/relative Serbian double surname", "Milica Jovanović-Vuković"),
            ("geographic/city inflected", "Novom Sadu"),
            ("telephone/international", "+381 63 582 9016"),
            ("other unique identifier/scar", "ožiljak od ugriza psa"),
            ("name/nickname", "Drago"),
            ("name/after non-English title", "Ante Bilandžić"),
            ("fax/HR", "021 635 418"),
            ("email/obfuscated [at]", "ante.bilandzic[at]hi.t-com.hr"),
            ("geographic/street HR", "Put Sv. Nikole 14"),
            ("vehicle identifier/HR plate", "ST 6283-KN"),
            ("date/holiday", "drugi dan Božića 2023"),
            ("medical record number/recorded", "KBCST-2023-118406"),
            ("date/roman month", "14.IV.2024."),
        ],
    ),
    # 7. Šariš, Slovakia (Slovak): vancomycin AKI after a knee replacement
    Patient(
        name="Ľudmila Hrušovská",
        mrn="FNsPPO 0419-772",
        birth="1933-07-14",
        notes=[
            sk(
                "Pani Hrušovská, 91-ročná, z Bardejova, po {totálnej endoprotéze kolena} s {infekciou protézy} ({O:MRSA})."
            ),
            sk(
                "Liečená {D:vankomycínom} {X:1 g} každých 12 hodín; {L:minimálna koncentrácia vankomycínu} {X:32 mg/l}, {L:kreatinín} stúpol zo {X:88} na {X:412 µmol/l}."
            ),
            sk(
                "{akútne poškodenie obličiek} {S:KDIGO štádium 3}; tri {hemodialýzy} cez {dočasný katéter} vo {vena jugularis interna}."
            ),
            sk(
                "Rodné číslo 335714/146, poistenec Dôvery č. 9012445871; býva na Radničnom námestí 31, 085 01 Bardejov."
            ),
            sk(
                "Syn Matej Zima s manželkou Patience, ktorá je z Írska, ju navštevujú; druhá nevesta Nadežda Zimová berie telefón 0905 672 314."
            ),
            sk(
                "Je posledná, ktorá v Bardejovských Kúpeľoch ešte pletie ručne drevené košíky; má tetovanie s menom ANKA na ľavom predlaktí."
            ),
            sk(
                "Prijatá na Veľkonočný pondelok 2022 do Fakultnej nemocnice J. A. Reimana v Prešove."
            ),
            sk(
                "Ošetrujúci lekár MUDr. Ondrej Šarišský, kód lekára A48812077, e-mail ondrej.sarissky (zavináč) fnspo bodka sk."
            ),
            sk(
                "Prechod na {D:linezolid} {X:600 mg} dvakrát denne; {trombocytopénia} ({L:trombocyty} {X:88 × 10⁹/l}) o dva týždne."
            ),
            sk(
                "Pri prepustení {L:kreatinín} {X:141 µmol/l}, {L:eGFR} {X:31 ml/min/1,73 m²}; {D:amlodipín} {X:5 mg}, {D:bisoprolol} {X:2,5 mg}."
            ),
            sk(
                "Narodila sa 14. júla 1933; {M:RTG kolena} ukázal {uvoľnenie tibiálnej komponenty}."
            ),
            sk("Kontrola v nefrologickej ambulancii 22.IX.2022, číslo chorobopisu FNsPPO0419772."),
        ],
        planted=[
            ("name/recorded after title", "Hrušovská"),
            ("age over 89/hyphenated", "91-ročná"),
            ("geographic/town inflected", "Bardejova"),
            ("geographic/town after postcode", "Bardejov"),
            ("social security number/rodné číslo", "335714/146"),
            ("health plan number/insurer", "9012445871"),
            ("geographic/street SK", "Radničnom námestí 31"),
            ("geographic/postcode SK with spaces", "085 01"),
            ("name/relative dictionary word", "Matej Zima"),
            ("name/ordinary word as first name", "Patience"),
            ("name/relative feminine form", "Nadežda Zimová"),
            ("telephone/SK mobile", "0905 672 314"),
            (
                "other unique identifier/occupation",
                "posledná, ktorá v Bardejovských Kúpeľoch ešte pletie ručne drevené košíky",
            ),
            ("other unique identifier/tattoo", "tetovanie s menom ANKA"),
            ("date/holiday", "Veľkonočný pondelok 2022"),
            ("geographic/facility named after a person", "Fakultnej nemocnice J. A. Reimana"),
            ("geographic/city inflected", "Prešove"),
            ("name/after non-English title", "Ondrej Šarišský"),
            ("licence number/doctor code", "A48812077"),
            ("email/obfuscated sk", "ondrej.sarissky (zavináč) fnspo bodka sk"),
            ("date/birth with ordinal", "14. júla 1933"),
            ("date/roman month", "22.IX.2022"),
            ("medical record number/no separator", "FNsPPO0419772"),
        ],
    ),
    # 8. Samogitia, Lithuania (Lithuanian, a Latvian wife): a long-standing transplant, rejection
    Patient(
        name="Algirdas Rimkūnas",
        mrn="RVUL-0317745",
        birth="1944-11-23",
        notes=[
            lt(
                "Algirdas Rimkūnas, gimęs 1944 m. lapkričio 23 d. Telšiuose, po {inkstų transplantacijos} nuo 2003 metų."
            ),
            lt(
                "Asmens kodas 34411230517; PSD draudimo pažymėjimas 2207741; gyvena Respublikos g. 48-7, LT-87133 Telšiai."
            ),
            lt(
                "Imunosupresija: {D:ciklosporinas} {X:75 mg} du kartus per parą, {D:azatioprinas} {X:50 mg}, {D:metilprednizolonas} {X:4 mg}."
            ),
            lt(
                "{L:Kreatininas} {X:198 µmol/l}, {L:GFG} {X:29 ml/min/1,73 m²}, {L:ciklosporino koncentracija} {X:92 ng/ml}; {L:donorui specifiniai antikūnai} prieš {G:HLA-DQ7} teigiami."
            ),
            lt(
                "Per Jonines 2022 m. ant kaktos rasta {plokščialąstelinė karcinoma}; dermatologė gyd. Rūta Paulauskaitė-Gėlė ją pašalino."
            ),
            lt("Žmona Ilze Bērziņa yra latvė iš Liepājos; jos telefonas +371 2914 4082."),
            lv(
                "Sieva raksta: Algirds dzīvo pie manis Liepājā, Graudu ielā 27-3, LV-3401, kopš Līgo svētkiem."
            ),
            lv(
                "Viņš trīsdesmit gadus bija vienīgais lietuviešu tramvaja vadītājs Liepājā; autovadītāja apliecība AL 448127."
            ),
            lt(
                "{M:Transplantato doplerografija}: {rezistentiškumo indeksas} {X:0,81}; {biopsija}: {lėtinis aktyvus antikūnų sukeltas atmetimas}, {S:Banff} {X:cg2}."
            ),
            lt(
                "Skirta {D:IVIG} {X:2 g/kg} ir {D:rituksimabas} {X:375 mg/m²}; {L:hemoglobinas} {X:10,4 g/dl}, {L:trombocitai} {X:142 × 10⁹/l}."
            ),
            lt(
                "Šeimos gydytojas Vidmantas Žemaitis iš Telšių PSPC rašo adresu v.zemaitis eta inbox taškas lt."
            ),
            lt(
                "Vairuoja Opel Astra, valstybinis numeris KHM 417; savo medų parduoda per rimkunas-medus.lt."
            ),
            lt(
                "Vaistinės etiketėje pavardė parašyta su minkštaisiais brūkšneliais: Rim\u00adkū\u00adnas."
            ),
            lt(
                "{L:Kalis} {X:5,9 mmol/l}; {D:ramiprilis} pakeistas į {D:amlodipiną} {X:5 mg}; {L:baltymo ir kreatinino santykis} {X:180 mg/mmol}."
            ),
        ],
        planted=[
            ("name/recorded", "Algirdas Rimkūnas"),
            ("date/birth lt", "1944 m. lapkričio 23 d."),
            ("geographic/town inflected", "Telšiuose"),
            ("social security number/asmens kodas", "34411230517"),
            ("health plan number/insurance certificate", "2207741"),
            ("geographic/street LT", "Respublikos g. 48-7"),
            ("geographic/postcode LT", "LT-87133"),
            ("geographic/town after postcode", "Telšiai"),
            ("date/holiday", "Jonines 2022 m."),
            ("name/after non-English title hyphenated", "Rūta Paulauskaitė-Gėlė"),
            ("name/relative dictionary word", "Ilze Bērziņa"),
            ("geographic/city inflected", "Liepājos"),
            ("telephone/international", "+371 2914 4082"),
            ("name/recorded in another language's form", "Algirds"),
            ("geographic/city locative lv", "Liepājā"),
            ("geographic/street LV", "Graudu ielā 27-3"),
            ("geographic/postcode LV", "LV-3401"),
            ("date/holiday lv", "Līgo svētkiem"),
            (
                "other unique identifier/occupation",
                "vienīgais lietuviešu tramvaja vadītājs Liepājā",
            ),
            ("licence number/driving", "AL 448127"),
            ("name/after role word", "Vidmantas Žemaitis"),
            ("geographic/facility named after a town", "Telšių PSPC"),
            ("email/obfuscated lt", "v.zemaitis eta inbox taškas lt"),
            ("vehicle identifier/LT plate", "KHM 417"),
            ("url/no scheme", "rimkunas-medus.lt"),
            ("name/soft hyphens", "Rim\u00adkū\u00adnas"),
        ],
    ),
    # 9. Võrumaa, Estonia (Estonian): lupus nephritis, hydroxychloroquine QT
    Patient(
        name="Tiiu Kask",
        mrn="LTKH-55-6308",
        birth="1956-02-11",
        notes=[
            et(
                "Kask, 68-aastane naine Võrust, {süsteemse erütematoosluupuse} ja {luupusnefriidiga} alates 2011. aastast."
            ),
            et(
                "{neerubiopsia}: {S:ISN/RPS klass IV-G (A/C)}, {S:aktiivsusindeks} {X:11}, {S:kroonilisusindeks} {X:3}; {L:anti-dsDNA} {X:310 RÜ/ml}, {L:C3} {X:0,52 g/l}."
            ),
            et(
                "Induktsioon: {D:mükofenolaatmofetiil} {X:2 g} ööpäevas ja {D:belimumab} {X:10 mg/kg}; {D:hüdroksüklorokviin} {X:200 mg}."
            ),
            et(
                "Isikukood 45602113716; elab aadressil Jüri 19-4, 65605 Võru, ja on kindlustatud Tervisekassas."
            ),
            et(
                "Jaanipäeval 2023 tekkis {D:hüdroksüklorokviini} taustal {nahalööve}; {L:QTc} {X:486 ms} {M:EKG-l}."
            ),
            et("Tütar Kadri Kask-Männik töötab Rõuge Vallavalitsuses, tema telefon on 5341 8822."),
            et("Ta on ainus setu leelokoori eestlaulja Obinitsas, kes käib {hemodialüüsil}."),
            et(
                "Nefroloog dr Mihkel Roosipuu Tartu Ülikooli Kliinikumist saatis kirja aadressilt mihkel.roosipuu ät kliinikum punkt ee."
            ),
            et(
                "{L:Kreatiniin} {X:134 µmol/l}, {L:eGFR} {X:36 ml/min/1,73 m²}, {L:valgu-kreatiniini suhe} {X:1,1 g/g} kuus kuud hiljem."
            ),
            et(
                "Sünnipäeval, 11. veebruaril, alustati {D:sulfametoksasool-trimetoprimiga} {X:480 mg} ja {D:D-vitamiiniga} {X:1000 RÜ}."
            ),
            et("Auto registreerimisnumber 412 BKT; ID-kaardi number AB0448127."),
            et("Dialüüsikeskuses tuvastatakse ta sõrmejäljega, malli number SJ-6285-0936."),
        ],
        planted=[
            ("name/recorded dictionary word at sentence start", "Kask"),
            ("geographic/town inflected", "Võrust"),
            ("social security number/isikukood", "45602113716"),
            ("geographic/street EE", "Jüri 19-4"),
            ("geographic/postcode EE", "65605"),
            ("date/holiday", "Jaanipäeval 2023"),
            ("name/relative hyphenated dictionary words", "Kadri Kask-Männik"),
            ("name/employer", "Rõuge Vallavalitsuses"),
            ("telephone/EE sentence end", "5341 8822"),
            ("other unique identifier/occupation", "ainus setu leelokoori eestlaulja Obinitsas"),
            ("geographic/village inflected", "Obinitsas"),
            ("name/after non-English title", "Mihkel Roosipuu"),
            ("geographic/facility named after a town", "Tartu Ülikooli Kliinikumist"),
            ("email/obfuscated et", "mihkel.roosipuu ät kliinikum punkt ee"),
            ("date/birthday", "11. veebruaril"),
            ("vehicle identifier/EE plate", "412 BKT"),
            ("licence number/ID card", "AB0448127"),
            ("biometric identifier/fingerprint template", "SJ-6285-0936"),
        ],
    ),
    # 10. Rogaland, Norway (Norwegian, a Vietnamese name): metformin lactic acidosis
    Patient(
        name="Trần Thị Bích Ngọc",
        mrn="SUS-4419902",
        birth="1933-08-13",
        notes=[
            no(
                "Trần Thị Bích Ngọc, 90 år, kom til Norge som båtflyktning i 1979 og bor på Tasta i Stavanger."
            ),
            no(
                "Innlagt på Stavanger universitetssjukehus 17. mai 2023 med {laktacidose} ({L:laktat} {X:14,2 mmol/l}, {L:pH} {X:6,98}) under {D:metformin} {X:1000 mg} x 2."
            ),
            no(
                "{akutt nyreskade} med {L:kreatinin} {X:612 µmol/l}; {kontinuerlig venovenøs hemodiafiltrasjon} ({CVVHDF}) i {X:48 timer}."
            ),
            no(
                "Fødselsnummer 130833 48251; adresse Tastarustå 14 B, 4027 Stavanger; mobil 915 44 208."
            ),
            no(
                "Sønnen Nguyễn Văn Hùng driver restauranten Phở Sài Gòn i Kirkegata; barnebarnet Linh legger ut bilder som @linh.ngoc.svg."
            ),
            no(
                "Hun har tatoveringen av en hval med navnet TORILL over venstre ankel, fra årene på fiskebåten."
            ),
            no(
                "Fastlege Kari Bjørnstad-Vik ved Hundvåg legesenter sender epikriser på faks 51 88 14 02."
            ),
            no(
                "{L:HbA1c} {X:58 mmol/mol}; {D:metformin} seponert, startet {D:linagliptin} {X:5 mg}; {L:eGFR} {X:24 ml/min/1,73 m²} ved utreise."
            ),
            no(
                "Bích Ngọcs datter sier at moren kalles «bà Ngoc» hjemme; på dialysen står navnet som T R A N på døren."
            ),
            no(
                "{M:CT abdomen} viste ingen {tarmiskemi}; {L:laktat} normalisert etter {X:36 timer} med {D:natriumbikarbonat} {X:8,4%}."
            ),
            no(
                "Pacemaker {A:Medtronic Azure XT}, serienummer RNB205836S, kontrolleres ved pacemakerpoliklinikken."
            ),
            no(
                "Epikrise datert 2023-06-02 sendt til fastlegen; neste kontroll tirsdag etter pinse."
            ),
        ],
        planted=[
            ("name/recorded", "Trần Thị Bích Ngọc"),
            ("age over 89/number", "90 år"),
            ("geographic/neighbourhood", "Tasta"),
            ("geographic/city no cue", "Stavanger"),
            ("date/national day", "17. mai 2023"),
            ("social security number/fødselsnummer with space", "130833 48251"),
            ("geographic/street NO", "Tastarustå 14 B"),
            ("geographic/postcode NO", "4027"),
            ("telephone/NO sentence end", "915 44 208"),
            ("name/relative Vietnamese", "Nguyễn Văn Hùng"),
            ("name/employer", "Phở Sài Gòn"),
            ("geographic/street no number", "Kirkegata"),
            ("name/relative first name only", "Linh"),
            ("other unique identifier/handle", "@linh.ngoc.svg"),
            ("other unique identifier/tattoo", "hval med navnet TORILL"),
            ("name/after role word hyphenated", "Kari Bjørnstad-Vik"),
            ("geographic/facility named after a place", "Hundvåg legesenter"),
            ("fax/NO sentence end", "51 88 14 02"),
            ("name/possessive", "Bích Ngọcs"),
            ("name/without diacritics", "bà Ngoc"),
            ("name/spaced letters", "T R A N"),
            ("device identifier/pacemaker serial", "RNB205836S"),
            ("date/ISO", "2023-06-02"),
            ("date/weekday relative to a holiday", "tirsdag etter pinse"),
        ],
    ),
    # 11. East Jutland, Denmark (Danish, an Arabic name): haemodialysis through Ramadan
    Patient(
        name="Khaled Yusuf Abu-Rumman",
        mrn="AUH-2203-5518",
        birth="1952-03-16",
        notes=[
            da("Khaled Yusuf Abu-Rumman, 72 år, født i Irbid, bor i Gellerup i Aarhus."),
            da("CPR-nr. 160352-2395; adresse Gudrunsvej 22, 2. tv., 8220 Brabrand."),
            da(
                "Han ønskede at faste under Ramadan 1445, og vi aftalte {hæmodialyse} efter iftar i marts-april 2024."
            ),
            da(
                "{L:Kalium} før dialyse {X:6,4 mmol/l}, {L:interdialytisk vægtøgning} {X:3,8 kg}; {D:natriumzirconiumcyclosilikat} {X:10 g} på ikke-dialysedage."
            ),
            da(
                "Sønnen Tariq ibn Khaled Abu-Rumman arbejder hos Albani Bryggerierne og kan nås på 28 41 77 03."
            ),
            da(
                "Efter Eid al-Fitr fik han {hypoglykæmi} på {D:insulin glargin} {X:18 IE}; {L:HbA1c} {X:61 mmol/mol}."
            ),
            da(
                "{arteriovenøs fistel} i venstre underarm; {M:ultralyd} viste et flow på {X:1.100 ml/min} og en {stenose} på {X:60%}."
            ),
            da(
                "Overlæge Mette Krog Thygesen fra Regionshospitalet Viborg skrev til khaled.abu-rumman snabel-a mail punktum dk."
            ),
            da("Han var den eneste arabisktalende buschauffør på linje 52 i tyve år."),
            da("Nummerplade AB 44 718; brugernavn på dialyseportalen khaledAR1952."),
            da(
                "{L:PTH} {X:38 pmol/l}, {L:fosfat} {X:2,1 mmol/l}; {D:lanthancarbonat} ({D:Fosrenol}) {X:750 mg} til måltiderne."
            ),
            da("Adgang til dialyseafsnittet med fingeraftryk, skabelon-ID FPT-0093-1177."),
            da("Abu-Rummans hustru Samira kommer fra Hebron og taler kun arabisk."),
            da(
                "Egenbetaling trækkes fra reg.nr. 5470 kontonr. 0005926831; journalnummer AUH22035518."
            ),
        ],
        planted=[
            ("name/recorded", "Khaled Yusuf Abu-Rumman"),
            ("geographic/birthplace", "Irbid"),
            ("geographic/neighbourhood", "Gellerup"),
            ("geographic/city no cue", "Aarhus"),
            ("social security number/CPR", "160352-2395"),
            ("geographic/street DK", "Gudrunsvej 22, 2. tv."),
            ("geographic/postcode DK", "8220"),
            ("geographic/suburb after postcode", "Brabrand"),
            ("date/Islamic calendar", "Ramadan 1445"),
            ("date/months of a year", "marts-april 2024"),
            ("name/relative with ibn", "Tariq ibn Khaled Abu-Rumman"),
            ("name/employer", "Albani Bryggerierne"),
            ("telephone/DK sentence end", "28 41 77 03"),
            ("date/holiday", "Eid al-Fitr"),
            ("name/after title double surname", "Mette Krog Thygesen"),
            ("geographic/facility named after a town", "Regionshospitalet Viborg"),
            ("email/obfuscated da", "khaled.abu-rumman snabel-a mail punktum dk"),
            (
                "other unique identifier/occupation",
                "den eneste arabisktalende buschauffør på linje 52",
            ),
            ("vehicle identifier/DK plate", "AB 44 718"),
            ("other unique identifier/username", "khaledAR1952"),
            ("biometric identifier/fingerprint template", "FPT-0093-1177"),
            ("name/possessive", "Abu-Rummans"),
            ("name/relative first name", "Samira"),
            ("geographic/city abroad", "Hebron"),
            ("account number/DK bank", "5470 kontonr. 0005926831"),
            ("medical record number/no separator", "AUH22035518"),
        ],
    ),
    # 12. Connemara, Ireland (Irish English): proton-pump inhibitor interstitial nephritis
    Patient(
        name="Bridget O'Loughlin",
        mrn="GUH 0094-1720",
        birth="1928-02-02",
        notes=[
            en(
                "Mrs O'Loughlin is ninety-six and lives alone in a cottage at Cleggan, Co. Galway, H71 XK52."
            ),
            en(
                "Admitted to University Hospital Galway on St Stephen's Day 2022 with {acute interstitial nephritis} after eight weeks of {D:omeprazole} {X:40 mg}."
            ),
            en(
                "{L:Creatinine} {X:389 µmol/L} (baseline {X:92}), {L:urinary β2-microglobulin} {X:4,200 µg/L}; {D:prednisolone} {X:40 mg} tapered over six weeks."
            ),
            en(
                "PPS number 7731845KA; medical card 8827 5931 3A; GP Dr Fionnuala Ní Chonghaile in Clifden, phone (095) 21 487."
            ),
            en(
                "Bridie, as the whole parish calls her, is the only currach builder left on Inishbofin and still tars the hulls herself."
            ),
            en(
                "Her nephew Ciarán Mac an tSaoi works for Connemara Smokehouse and drives her in from the pier."
            ),
            en(
                "{M:Renal ultrasound}: kidneys {X:10.8 cm}, no {hydronephrosis}; {M:gallium scintigraphy} was not needed."
            ),
            en("Email: bridie.oloughlin at iol dot ie, written on the back of a Mass card."),
            en(
                "{D:Pantoprazole} is to be avoided; {D:famotidine} {X:20 mg} nocte started; {L:eGFR} {X:41 mL/min/1.73m²} at three months."
            ),
            en(
                "She was born on the 2nd of February 1928, Candlemas, in the townland of Baile na hAbhann."
            ),
            en("Her Ford Fiesta, 04-G-3187, has not moved since the winter of 2019."),
            en("The O'Loughlins' sheepdog came in with the nephew and was allowed to stay."),
            en(
                "A photograph of her face, DSC_2863.JPG, was taken for the parish newsletter; hospital number GUH 0094-1720 is on the back."
            ),
        ],
        planted=[
            ("name/recorded after title", "O'Loughlin"),
            ("age over 89/word", "ninety-six"),
            ("geographic/village", "Cleggan"),
            ("geographic/county", "Co. Galway"),
            ("geographic/postcode IE Eircode", "H71 XK52"),
            ("geographic/facility named after a city", "University Hospital Galway"),
            ("date/holiday", "St Stephen's Day 2022"),
            ("social security number/PPS", "7731845KA"),
            ("health plan number/medical card with spaces", "8827 5931 3A"),
            ("name/after title with particle", "Fionnuala Ní Chonghaile"),
            ("geographic/town no cue", "Clifden"),
            ("telephone/IE sentence end", "(095) 21 487"),
            ("name/nickname at sentence start", "Bridie"),
            ("other unique identifier/occupation", "the only currach builder left on Inishbofin"),
            ("geographic/island", "Inishbofin"),
            ("name/relative with Mac", "Ciarán Mac an tSaoi"),
            ("name/employer", "Connemara Smokehouse"),
            ("email/obfuscated at dot", "bridie.oloughlin at iol dot ie"),
            ("date/birth ordinal", "2nd of February 1928"),
            ("geographic/townland", "Baile na hAbhann"),
            ("date/holiday naming the birthday", "Candlemas"),
            ("vehicle identifier/IE plate", "04-G-3187"),
            ("date/season and year", "winter of 2019"),
            ("name/plural possessive", "O'Loughlins'"),
            ("full-face photograph/file name", "DSC_2863.JPG"),
            ("medical record number/recorded", "GUH 0094-1720"),
        ],
    ),
    # 13. Lewis, Scotland (Scottish English, Gaelic names): a transplant of 2017
    Patient(
        name="Murdo MacAulay",
        mrn="WIH-551870",
        birth="1932-03-07",
        notes=[
            en(
                "Murdo MacAulay, aged 92, a retired weaver from Shawbost, was reviewed at the Western Isles Hospital."
            ),
            en("CHI 070332 6259; address 7 Aird Road, Shawbost, Isle of Lewis HS2 9BQ."),
            en(
                "He gives his name as Murchadh Dhòmhnaill 'ic Iain, his patronymic; the nurses call him Murdie."
            ),
            en(
                "Transplanted at the Royal Infirmary of Edinburgh at Hogmanay 2017 ({deceased-donor kidney transplant}, {X:2 HLA-DR mismatches})."
            ),
            en(
                "Now {chronic allograft nephropathy} with {L:creatinine} {X:231 µmol/L}, {L:tacrolimus trough} {X:6.8 µg/L}, {D:Adoport} {X:3 mg} bd and {D:mycophenolate mofetil} {X:750 mg} bd."
            ),
            en(
                "{O:BK polyomavirus} viraemia of {X:3.2 log copies/mL} cleared; {O:Pneumocystis jirovecii} prophylaxis with {D:co-trimoxazole} {X:480 mg} has finished."
            ),
            en(
                "His daughter Kirsteen Fairweather, who teaches at the Nicolson Institute, rings from 01851 703 662."
            ),
            en("Dr Eilidh Campbell-Nairn, renal registrar, GMC 7742186; signed E. C.-N."),
            en("His fishing boat, the Mairi Bhàn SY 417, is still registered to him."),
            en(
                "Skin check: {squamous cell carcinoma} of the left ear excised; {D:sirolimus} considered; {S:Fitzpatrick type I}."
            ),
            en(
                "He posts as @murdo_shawbost_tweed from the community hall, address 86.4.219.37 in the router log."
            ),
            en(
                "{L:Haemoglobin} {X:104 g/L}, {L:HbA1c} {X:49 mmol/mol}; {post-transplant diabetes} on {D:gliclazide} {X:40 mg}."
            ),
            en(
                "The first rejection episode came on the Tuesday after Easter 2019; the dialysis label read murdo macaulay, hospital number WIH551870."
            ),
        ],
        planted=[
            ("name/recorded", "Murdo MacAulay"),
            ("age over 89/number", "aged 92"),
            ("geographic/village", "Shawbost"),
            ("geographic/facility named after a region", "Western Isles Hospital"),
            ("health plan number/CHI with space", "070332 6259"),
            ("geographic/street UK", "7 Aird Road"),
            ("geographic/island", "Isle of Lewis"),
            ("geographic/postcode UK", "HS2 9BQ"),
            ("name/Gaelic patronymic", "Murchadh Dhòmhnaill 'ic Iain"),
            ("name/nickname", "Murdie"),
            ("geographic/facility named after a city", "Royal Infirmary of Edinburgh"),
            ("date/holiday", "Hogmanay 2017"),
            ("name/relative dictionary word", "Kirsteen Fairweather"),
            ("name/employer", "Nicolson Institute"),
            ("telephone/UK sentence end", "01851 703 662"),
            ("name/after title hyphenated", "Eilidh Campbell-Nairn"),
            ("licence number/GMC", "GMC 7742186"),
            ("name/initials signature (phrase)", "E. C.-N."),
            ("vehicle identifier/fishing boat", "Mairi Bhàn SY 417"),
            ("other unique identifier/handle", "@murdo_shawbost_tweed"),
            ("ip address/after a word", "86.4.219.37"),
            ("date/weekday relative to a holiday", "Tuesday after Easter 2019"),
            ("name/lower case", "murdo macaulay"),
            ("medical record number/no separator", "WIH551870"),
        ],
    ),
    # 14. Sydney, Australia (Australian English, Cantonese and Mandarin names): IgA nephropathy
    Patient(
        name="Winifred Leung Siu-fong",
        mrn="SGH-T8841207",
        birth="1951-10-01",
        notes=[
            en(
                "Mrs Leung, born in Sham Shui Po, moved to Hurstville in 1988 and runs the Golden Lotus Bakery on Forest Road."
            ),
            en(
                "{IgA nephropathy} on biopsy in 2015, {S:Oxford MEST-C} {X:M1 E0 S1 T1 C0}; {L:proteinuria} {X:1.8 g/day} on {D:irbesartan} {X:300 mg}."
            ),
            en(
                "Started {D:targeted-release budesonide} ({D:Kinpeygo}) {X:16 mg} and later {D:sparsentan}; {L:UPCR} fell to {X:74 mg/mmol}."
            ),
            en(
                "Medicare 2958 41637 2, IRN 1; HKID K418827(3); she lives at 3/41 Wright Street, Hurstville NSW 2220."
            ),
            en(
                "Mobile 0412 558 276. Her son Jasper Leung Ka-chun is the pharmacist at Kogarah Amcal."
            ),
            en(
                "Chinese New Year 2024 brought {hyperkalaemia} ({L:potassium} {X:6.7 mmol/L}) after the festival food."
            ),
            en(
                "Reviewed at St George Hospital by A/Prof. Rahul Venkataraman, renal physician, AHPRA MED0001447821."
            ),
            en("Email floleung at bigpond dot com; she signs her cards Fong-jie."),
            en(
                "{L:eGFR} {X:33 mL/min/1.73 m²}, {haematuria} {X:>100 RBC/HPF}; {M:renal ultrasound} showed {increased echogenicity}."
            ),
            en(
                "Her late husband's Toyota Camry, NSW plate BX47QL, is still registered in her name."
            ),
            en(
                "Her sister Liang Xiaofeng in Guangzhou sends {Chinese herbal medicine}; {aristolochic acid} exposure was ruled out."
            ),
            en(
                "LEUNG F. S.-F., 01/10/1951, was written on the old lab form; {L:IgA} {X:4.6 g/L}, {L:C3} {X:1.1 g/L}."
            ),
        ],
        planted=[
            ("name/recorded after title", "Leung"),
            ("geographic/birthplace", "Sham Shui Po"),
            ("geographic/suburb no cue", "Hurstville"),
            ("name/employer", "Golden Lotus Bakery"),
            ("geographic/street no number", "Forest Road"),
            ("health plan number/Medicare with spaces", "2958 41637 2"),
            ("social security number/HKID", "K418827(3)"),
            ("geographic/street AU", "3/41 Wright Street"),
            ("geographic/postcode AU", "NSW 2220"),
            ("telephone/AU sentence end", "0412 558 276"),
            ("name/relative Cantonese", "Jasper Leung Ka-chun"),
            ("geographic/facility named after a suburb", "Kogarah Amcal"),
            ("date/holiday", "Chinese New Year 2024"),
            ("geographic/facility named after a saint", "St George Hospital"),
            ("name/after non-English-style title", "Rahul Venkataraman"),
            ("licence number/AHPRA", "MED0001447821"),
            ("email/obfuscated at dot", "floleung at bigpond dot com"),
            ("name/nickname", "Fong-jie"),
            ("vehicle identifier/AU plate", "BX47QL"),
            ("name/relative pinyin", "Liang Xiaofeng"),
            ("geographic/city abroad", "Guangzhou"),
            ("name/recorded initials upper case (phrase)", "LEUNG F. S.-F."),
            ("date/birth dd/mm/yyyy", "01/10/1951"),
        ],
    ),
    # 15. Bay of Plenty, New Zealand (NZ English, Māori names and places): home haemodialysis
    Patient(
        name="Mereana Tipene",
        mrn="BOP-WK-330918",
        birth="1966-04-25",
        notes=[
            en(
                "Mereana Tipene, 58, lives at Te Teko and does {home haemodialysis} five nights a week."
            ),
            en("Her whānau home is on Pūtauaki Road, RD 2, Whakatāne 3192; NHI ZKT4821."),
            en(
                "{diabetic kidney disease} with {L:HbA1c} {X:71 mmol/mol}; {D:empagliflozin} {X:10 mg} stopped when dialysis began, {D:dulaglutide} {X:1.5 mg} weekly."
            ),
            en(
                "She has a shark-bite scar across her right calf and is the kaikaranga at Ōpōtiki marae."
            ),
            en("The home training nurse, Charity Rangihuna, is on 07 308 6592."),
            en(
                "Waitangi Day 2023: {fluid overload} after the hāngī, weight up {X:4.1 kg}, {acute pulmonary oedema} on the {M:chest X-ray}."
            ),
            en(
                "Her mokopuna Tama set up the email nanamereana at xtra dot co dot nz for the clinic letters."
            ),
            en("NZ driver licence CX441872; her ute's plate is LMK732."),
            en(
                "Machine {A:NxStage System One}, serial NX1-0583629; {X:Qb 400 mL/min}, {X:40 L} dialysate a session."
            ),
            en(
                "{L:Urate} {X:0.52 mmol/L}; a {gout} flare was treated with {D:prednisone} {X:20 mg}, and {D:colchicine} was avoided."
            ),
            en("Born at Matatā on Anzac Day 1966, she went to school in Edgecumbe."),
            en(
                "Her son works for Te Rūnanga o Ngāti Awa; a photo of her face from the tangi is on the whānau page as mereana_face_2019.png."
            ),
        ],
        planted=[
            ("name/recorded", "Mereana Tipene"),
            ("geographic/town no cue", "Te Teko"),
            ("geographic/street NZ rural", "Pūtauaki Road, RD 2"),
            ("geographic/town Māori", "Whakatāne"),
            ("geographic/postcode NZ", "3192"),
            ("health plan number/NHI", "ZKT4821"),
            ("other unique identifier/scar", "shark-bite scar across her right calf"),
            ("other unique identifier/role at a marae", "kaikaranga at Ōpōtiki marae"),
            ("geographic/town Māori with macron", "Ōpōtiki"),
            ("name/ordinary word as first name", "Charity Rangihuna"),
            ("telephone/NZ sentence end", "07 308 6592"),
            ("date/holiday", "Waitangi Day 2023"),
            ("name/relative ordinary word", "Tama"),
            ("email/obfuscated at dot", "nanamereana at xtra dot co dot nz"),
            ("licence number/driving", "CX441872"),
            ("vehicle identifier/NZ plate", "LMK732"),
            ("device identifier/serial", "NX1-0583629"),
            ("geographic/birthplace", "Matatā"),
            ("date/birth holiday", "Anzac Day 1966"),
            ("geographic/town no cue", "Edgecumbe"),
            ("name/employer", "Te Rūnanga o Ngāti Awa"),
            ("full-face photograph/file name", "mereana_face_2019.png"),
        ],
    ),
    # 16. The Karoo, South Africa (Afrikaans): lithium nephropathy
    Patient(
        name="Hester Johanna Swanepoel-du Toit",
        mrn="MPH-GR 22417",
        birth="1931-07-15",
        notes=[
            af(
                "Mev. Swanepoel-du Toit, drie-en-negentig jaar oud, woon op die plaas Rietvlei naby Graaff-Reinet."
            ),
            af(
                "Sy het {litium} ({D:Camcolit}) {X:800 mg} daagliks vir dertig jaar gebruik vir {bipolêre versteuring}; {L:litiumvlak} {X:1,4 mmol/l}."
            ),
            af(
                "{nefrogene diabetes insipidus}: {L:urienosmolaliteit} {X:142 mOsm/kg}, {L:natrium} {X:149 mmol/l}; {D:amiloried} {X:5 mg} is begin."
            ),
            af(
                "ID-nommer 3107150083086; Medihelp-lidnommer 77204418; posadres Posbus 318, Graaff-Reinet, 6280."
            ),
            af(
                "Haar seun, ds. Jan-Hendrik Swanepoel, is predikant op Prins Albert en sy nommer is 049 846 2307."
            ),
            af("Sy het 'n tatoeëermerk van 'n springbok met die naam MARTIE op die regterkuit."),
            af(
                "Op Geloftedag 2022, 16 Desember, is sy by Midlands Provinsiale Hospitaal opgeneem."
            ),
            af(
                "{L:eGFR} {X:22 ml/min/1,73 m²}; {M:nier-ultraklank} toon {mikrosiste}; {D:litium} is gestaak en {D:kwetiapien} {X:100 mg} begin deur dr. Anneliese Botha-Roux."
            ),
            af("Sy was die eerste vrou wat die Karoo-skaapskeerkompetisie in 1968 gewen het."),
            af(
                "Die bakkie se registrasie is CFM 412 EC; e-pos hester.sdt by mweb punt co punt za."
            ),
            af(
                "Die kleinkinders noem haar Ouma Hettie, en Swane\u200dpoel staan op haar medisyneboks."
            ),
            af(
                "{L:TSH} {X:8,2 mIU/l}, {L:kalsium} {X:2,71 mmol/l}, {L:PTH} {X:14,8 pmol/l}: {litium-geïnduseerde hiperparatiroïedisme}."
            ),
        ],
        planted=[
            ("name/recorded with particle", "Swanepoel-du Toit"),
            ("age over 89/word af", "drie-en-negentig jaar"),
            ("geographic/farm name", "Rietvlei"),
            ("geographic/town hyphenated", "Graaff-Reinet"),
            ("social security number/ZA ID", "3107150083086"),
            ("health plan number/medical scheme", "77204418"),
            ("geographic/PO box", "Posbus 318"),
            ("geographic/postcode ZA", "6280"),
            ("name/after non-English title", "Jan-Hendrik Swanepoel"),
            ("geographic/town named after a person", "Prins Albert"),
            ("telephone/ZA sentence end", "049 846 2307"),
            ("other unique identifier/tattoo", "springbok met die naam MARTIE"),
            ("date/holiday", "Geloftedag 2022"),
            ("date/day and month af", "16 Desember"),
            ("geographic/facility named after a region", "Midlands Provinsiale Hospitaal"),
            ("name/after non-English title hyphenated", "Anneliese Botha-Roux"),
            (
                "other unique identifier/achievement",
                "die eerste vrou wat die Karoo-skaapskeerkompetisie in 1968 gewen het",
            ),
            ("vehicle identifier/ZA plate", "CFM 412 EC"),
            ("email/obfuscated af", "hester.sdt by mweb punt co punt za"),
            ("name/nickname", "Ouma Hettie"),
            ("name/zero-width joiner", "Swane\u200dpoel"),
        ],
    ),
    # 17. Kerala, India (Indian English): haemodialysis for CKD of unknown aetiology
    Patient(
        name="K. R. Radhakrishnan Nair",
        mrn="JMMC/HD/2022/0871",
        birth="1957-04-14",
        notes=[
            en(
                "Mr. K. R. Radhakrishnan Nair, 67 yrs, from Thrissur, on {maintenance haemodialysis} since Onam 2022."
            ),
            en(
                "Address: Kizhakkeveettil House, Near Vadakkunnathan Temple, Round East, Thrissur - 680 005, Kerala."
            ),
            en(
                "Aadhaar 6218 4470 9315; PMJAY card no. KL-T-88213047; hospital no. JMMC/HD/2022/0871."
            ),
            en(
                "{CKD of unknown aetiology}; {L:S. creatinine} {X:8.6 mg/dl}, {L:blood urea} {X:164 mg/dl}, {L:Hb} {X:8.1 gm%}, {L:S. potassium} {X:5.8 mEq/L}."
            ),
            en(
                "He is the only snake-boat race captain in the ward and still steers the Kaviyoor Chundan every year."
            ),
            en(
                "Inj. {D:erythropoietin} {X:4000 IU} s.c. twice weekly, Tab. {D:Sevelamer} {X:800 mg} TDS, Tab. {D:Nicardia Retard} {X:20 mg} BD."
            ),
            en("Son Sreejith R. Nair works at Infopark Kochi; mob. 98470 21563."),
            en("Referred by Dr. (Mrs.) Lalitha Menon, MBBS MD, TCMC Reg. No. 58261."),
            en(
                "{AV fistula} left radiocephalic; {M:Doppler USG} shows a flow of {X:620 ml/min}; {L:Kt/V} {X:1.21}."
            ),
            en(
                "Email radhakrishnan.nair1957[at]rediffmail[dot]com; Facebook facebook.com/rk.nair.thrissur."
            ),
            en(
                "His old Bajaj scooter KL-08-AB-6358 is how he reaches the unit at Jubilee Mission Medical College."
            ),
            en(
                "Born on Vishu, 14 April 1957; {L:HBsAg} negative, {L:anti-HCV} negative, {L:HIV} non-reactive."
            ),
            en(
                "The unit logs him in by thumb impression, Aadhaar biometric auth ref. UIDAI-AUTH-7731-0458."
            ),
        ],
        planted=[
            ("name/recorded after title", "Radhakrishnan Nair"),
            ("geographic/city no cue", "Thrissur"),
            ("date/holiday", "Onam 2022"),
            ("geographic/house name", "Kizhakkeveettil House"),
            ("geographic/landmark", "Near Vadakkunnathan Temple"),
            ("geographic/locality", "Round East"),
            ("geographic/postcode IN PIN with space", "680 005"),
            ("social security number/Aadhaar with spaces", "6218 4470 9315"),
            ("health plan number/PMJAY", "KL-T-88213047"),
            ("medical record number/recorded with slashes", "JMMC/HD/2022/0871"),
            ("other unique identifier/occupation", "the only snake-boat race captain in the ward"),
            ("other unique identifier/boat", "Kaviyoor Chundan"),
            ("name/relative initial", "Sreejith R. Nair"),
            ("geographic/facility named after a city", "Infopark Kochi"),
            ("telephone/IN sentence end", "98470 21563"),
            ("name/after title with (Mrs.)", "Lalitha Menon"),
            ("licence number/medical council", "TCMC Reg. No. 58261"),
            ("email/obfuscated [at] [dot]", "radhakrishnan.nair1957[at]rediffmail[dot]com"),
            ("url/no scheme", "facebook.com/rk.nair.thrissur"),
            ("vehicle identifier/IN plate", "KL-08-AB-6358"),
            ("geographic/facility named after an event", "Jubilee Mission Medical College"),
            ("date/holiday birthday", "Vishu"),
            ("date/birth written out", "14 April 1957"),
            ("biometric identifier/thumb impression reference", "UIDAI-AUTH-7731-0458"),
        ],
    ),
    # 18. Batangas, Philippines (Filipino English): leptospirosis with AKI
    Patient(
        name="Luzviminda Dimaculangan-Reyes",
        mrn="MMMC-24-118340",
        birth="1980-06-19",
        notes=[
            en(
                "Patient is Luzviminda Dimaculangan-Reyes, Baby to her family, 44 y/o, from Brgy. San Sebastian, Lipa City, Batangas."
            ),
            en(
                "Waded through floodwater after Typhoon Kristine and was admitted on October 28, 2024 with {fever}, {myalgia}, {conjunctival suffusion} and {oliguria}."
            ),
            en(
                "{leptospirosis}: {L:Leptospira MAT} {X:1:800}, {O:Leptospira interrogans} serovar {O:Manilae}; {L:creatinine} {X:612 µmol/L}, {L:platelets} {X:42 x 10⁹/L}."
            ),
            en(
                "Given {D:penicillin G} {X:1.5 million units} IV q6h and {D:doxycycline} {X:100 mg} BID; four sessions of {hemodialysis}."
            ),
            en(
                "PhilHealth ID 12-050318774-6; SSS 34-7718203-5; address Blk 7 Lot 12, Solana Heights Subd., 4217 Lipa City."
            ),
            en(
                "She is the last hand-loom weaver of barong fabric in the barangay and sells through Baby's Piña Weaves."
            ),
            en(
                "Husband Rodrigo Digoy Reyes, an OFW in Riyadh, calls on Viber from +966 55 304 7718."
            ),
            en("Attending: Dra. Maria Cecilia Panganiban-Lontoc, PRC Lic. No. 0114729."),
            en(
                "Discharged on All Souls' Day with {L:creatinine} {X:148 µmol/L}; follow-up at Lipa Medix Medical Center."
            ),
            en(
                "FB: Luzviminda D. Reyes; email babydr_weaves at yahoo dot com dot ph; the teleconsult log shows 112.198.44.71."
            ),
            en("Her tricycle body no. 2865 has the plate 6925 DBK."),
            en(
                "{L:Bilirubin} {X:88 µmol/L}, {L:ALT} {X:96 U/L}; {E:Weil disease} criteria met; the {M:chest X-ray} showed {pulmonary haemorrhage}."
            ),
        ],
        planted=[
            ("name/recorded", "Luzviminda Dimaculangan-Reyes"),
            ("name/nickname dictionary word", "Baby"),
            ("geographic/barangay", "Brgy. San Sebastian"),
            ("geographic/city", "Lipa City"),
            ("geographic/province", "Batangas"),
            ("date/named event", "Typhoon Kristine"),
            ("date/US format", "October 28, 2024"),
            ("health plan number/PhilHealth", "12-050318774-6"),
            ("social security number/SSS", "34-7718203-5"),
            ("geographic/street PH", "Blk 7 Lot 12, Solana Heights Subd."),
            ("geographic/postcode PH", "4217"),
            (
                "other unique identifier/occupation",
                "the last hand-loom weaver of barong fabric in the barangay",
            ),
            ("name/employer possessive", "Baby's Piña Weaves"),
            ("name/relative with nickname", "Rodrigo Digoy Reyes"),
            ("geographic/city abroad", "Riyadh"),
            ("telephone/international", "+966 55 304 7718"),
            ("name/after non-English title", "Maria Cecilia Panganiban-Lontoc"),
            ("licence number/PRC", "0114729"),
            ("date/holiday", "All Souls' Day"),
            ("geographic/facility named after a city", "Lipa Medix Medical Center"),
            ("name/recorded variant", "Luzviminda D. Reyes"),
            ("email/obfuscated at dot", "babydr_weaves at yahoo dot com dot ph"),
            ("ip address/after a word", "112.198.44.71"),
            ("vehicle identifier/tricycle body number", "tricycle body no. 2865"),
            ("vehicle identifier/PH plate", "6925 DBK"),
        ],
    ),
    # 19. Enugu State, Nigeria (Nigerian English): tenofovir Fanconi syndrome
    Patient(
        name="Chukwuemeka Obiora Nwankwo",
        mrn="UNTH/NSK/2023/06835",
        birth="1972-05-30",
        notes=[
            en(
                "Mr Nwankwo (Emeka), 52, a lecturer at the University of Nigeria, Nsukka, presented with {Fanconi syndrome} on {D:tenofovir disoproxil fumarate}."
            ),
            en(
                "{L:Serum phosphate} {X:0.58 mmol/L}, {glycosuria} with a {L:blood glucose} of {X:5.1 mmol/L}, {L:urine β2-microglobulin} raised; {D:TDF} switched to {D:dolutegravir}/{D:lamivudine}."
            ),
            en("He lives at No. 14 Odenigbo Road, University Layout, Nsukka 410001, Enugu State."),
            en(
                "NIN 48813207765; NHIS number ENU/0592/218813; BVN 22418830917; hospital no. UNTH/NSK/2023/06835."
            ),
            en(
                "His wife, Mrs Adaeze Nwankwo-Okafor, a trader at Ogbete Main Market, phones from 0803 582 2196."
            ),
            en("Reviewed at UNTH Ituku-Ozalla by Dr. Ngozi Ezeh-Ugwu; MDCN reg. 55208."),
            en("He has a keloid in the shape of a key on his left shoulder."),
            en(
                "{L:CD4 count} {X:412 cells/µL}, {L:HIV-1 RNA} {X:<50 copies/mL}; {biopsy}: {proximal tubulopathy} with {giant mitochondria} on {M:electron microscopy}."
            ),
            en("The bone pain started at the New Yam Festival 2023."),
            en(
                "His Toyota Corolla, plate NSK 418 AA, and his blog emekanwankwo.wordpress.com are how students find him."
            ),
            en(
                "{D:Calcitriol} {X:0.25 µg} and {D:potassium phosphate} supplements; {L:ALP} {X:388 U/L}; {M:DXA} {S:T-score} {X:-2.8} at the hip."
            ),
            en(
                "Account 0117448219 at First Bank pays for the drugs; the pharmacy is Chidera Pharmacy & Stores."
            ),
        ],
        planted=[
            ("name/recorded after title", "Nwankwo"),
            ("name/nickname", "Emeka"),
            ("name/employer", "University of Nigeria"),
            ("geographic/town no cue", "Nsukka"),
            ("geographic/street NG", "No. 14 Odenigbo Road"),
            ("geographic/neighbourhood", "University Layout"),
            ("geographic/postcode NG", "410001"),
            ("geographic/state", "Enugu State"),
            ("social security number/NIN", "48813207765"),
            ("health plan number/NHIS", "ENU/0592/218813"),
            ("account number/BVN", "22418830917"),
            ("medical record number/recorded with slashes", "UNTH/NSK/2023/06835"),
            ("name/relative hyphenated", "Adaeze Nwankwo-Okafor"),
            ("geographic/landmark", "Ogbete Main Market"),
            ("telephone/NG sentence end", "0803 582 2196"),
            ("geographic/facility named after towns", "UNTH Ituku-Ozalla"),
            ("name/after title hyphenated", "Ngozi Ezeh-Ugwu"),
            ("licence number/MDCN", "MDCN reg. 55208"),
            ("other unique identifier/keloid", "keloid in the shape of a key"),
            ("date/holiday", "New Yam Festival 2023"),
            ("vehicle identifier/NG plate", "NSK 418 AA"),
            ("url/no scheme", "emekanwankwo.wordpress.com"),
            ("account number/bank", "0117448219"),
            ("name/employer named after a person", "Chidera Pharmacy"),
        ],
    ),
    # 20. Kelantan, Malaysia (Malay): carbamazepine Stevens-Johnson syndrome on haemodialysis
    Patient(
        name="Mohd Faizal bin Abdul Rahman",
        mrn="HRPZ-KB-118472",
        birth="1963-08-18",
        notes=[
            ms(
                "Encik Mohd Faizal bin Abdul Rahman, 61 tahun, dari Kampung Pulau Melaka, Kota Bharu, menjalani {hemodialisis} tiga kali seminggu."
            ),
            ms(
                "No. MyKad 630818-03-5147; alamat Lot 2938, Jalan Sultanah Zainab, 15200 Kota Bharu, Kelantan."
            ),
            ms(
                "Beliau mendapat {sindrom Stevens-Johnson} selepas {D:karbamazepin} {X:200 mg} untuk {neuralgia trigeminal}; {G:HLA-B*15:02} positif."
            ),
            ms(
                "Dimasukkan ke Hospital Raja Perempuan Zainab II pada pagi Hari Raya Aidilfitri 2023."
            ),
            ms(
                "{L:Kreatinin} {X:845 µmol/L}, {L:urea} {X:28.4 mmol/L}, {L:kalium} {X:5.6 mmol/L}; {D:siklosporin} {X:3 mg/kg} dimulakan."
            ),
            ms(
                "Anaknya, Nurul Ain binti Mohd Faizal, guru di SK Kubang Kerian 2, boleh dihubungi di 019-944 7182."
            ),
            ms(
                "Dia satu-satunya pembuat wau bulan di kampung itu dan masih menjual di Pasar Siti Khadijah."
            ),
            ms(
                "Doktor pakar, Dr. Wan Nur Aisyah Wan Ismail, MMC 58296, menulis ke faizal.rahman63 di yahoo titik com."
            ),
            ms(
                "Kereta Proton Saga, nombor pendaftaran DAB 6283; akaun Tabung Haji 04-1182-592637."
            ),
            ms(
                "{M:Ultrabunyi buah pinggang}: saiz {X:8.2 cm}, {ekogenisiti meningkat}; {L:Hb} {X:9.2 g/dL}, {L:feritin} {X:880 ng/mL}."
            ),
            ms("Beliau menunaikan haji dan pada 10 Zulhijjah 1440 mengalami {gout} yang teruk."),
            ms(
                "Pada hari Jumaat selepas Hari Malaysia 2024, {L:kreatinin} sebelum dialisis turun ke {X:612 µmol/L}."
            ),
            ms(
                "Gambar wajah pesakit disimpan sebagai faizal_wajah_depan.jpg dalam fail jururawat."
            ),
        ],
        planted=[
            ("name/recorded with bin", "Mohd Faizal bin Abdul Rahman"),
            ("geographic/village", "Kampung Pulau Melaka"),
            ("geographic/city no cue", "Kota Bharu"),
            ("social security number/MyKad", "630818-03-5147"),
            ("geographic/street MY", "Lot 2938, Jalan Sultanah Zainab"),
            ("geographic/postcode MY", "15200"),
            ("geographic/facility named after a person", "Hospital Raja Perempuan Zainab II"),
            ("date/holiday", "Hari Raya Aidilfitri 2023"),
            ("name/relative with binti", "Nurul Ain binti Mohd Faizal"),
            ("name/employer", "SK Kubang Kerian 2"),
            ("telephone/MY sentence end", "019-944 7182"),
            ("other unique identifier/occupation", "satu-satunya pembuat wau bulan di kampung itu"),
            ("geographic/landmark named after a person", "Pasar Siti Khadijah"),
            ("name/after title", "Wan Nur Aisyah Wan Ismail"),
            ("licence number/MMC", "MMC 58296"),
            ("email/obfuscated ms", "faizal.rahman63 di yahoo titik com"),
            ("vehicle identifier/MY plate", "DAB 6283"),
            ("account number/Tabung Haji", "04-1182-592637"),
            ("date/Islamic calendar", "10 Zulhijjah 1440"),
            ("date/weekday relative to a holiday", "hari Jumaat selepas Hari Malaysia 2024"),
            ("full-face photograph/file name", "faizal_wajah_depan.jpg"),
        ],
    ),
    # 21. Yogyakarta, Indonesia (Indonesian): statin-fibrate rhabdomyolysis
    Patient(
        name="Sri Wahyuningsih",
        mrn="RSS-00-88-41-27",
        birth="1932-08-12",
        notes=[
            id_(
                "Ny. Sri Wahyuningsih, usia 92 tahun, tinggal di Kotagede, Yogyakarta, bersama cucunya."
            ),
            id_(
                "NIK 3471045208320002; nomor BPJS Kesehatan 0001884412739; alamat Jl. Mondorakan No. 27, RT 04/RW 02, Prenggan, 55172."
            ),
            id_(
                "Dirawat di RSUP Dr. Sardjito sehari setelah Lebaran 2024 dengan {rabdomiolisis}: {L:CK} {X:48.200 U/L}, {L:kreatinin} {X:5,4 mg/dL}."
            ),
            id_(
                "Obat: {D:simvastatin} {X:40 mg} bersama {D:gemfibrozil} {X:600 mg} dari puskesmas; {mioglobinuria} dan {L:kalium} {X:6,2 mmol/L}."
            ),
            id_(
                "Orang kampung memanggilnya Mbah Sri; dia satu-satunya pembatik tulis motif Sekar Jagad yang masih bekerja di Kotagede."
            ),
            id_(
                "Cucunya, Bayu Adi Nugroho, bekerja di Bank BPD DIY dan bisa dihubungi di 0812-2744-3918."
            ),
            id_(
                "{hemodialisis} {X:3 kali} melalui {kateter femoral}; {L:ureum} {X:212 mg/dL}, {L:asam urat} {X:11,8 mg/dL}."
            ),
            id_("Dokter penanggung jawab dr. Hendro Susilo, Sp.PD-KGH, STR 3471100214127719."),
            id_("Surel keluarga bayu.adin(at)gmail(dot)com; akun TikTok @mbahsri.batik."),
            id_("Motor Honda Beat AB 6952 KL milik cucunya dipakai untuk kontrol ke poli."),
            id_("Ia lahir pada Selasa Kliwon, 12 Agustus 1932, menurut kalender Jawa."),
            id_(
                "{L:Kreatinin} saat pulang {X:1,6 mg/dL}; {D:simvastatin} dihentikan, {D:ezetimib} {X:10 mg} sebagai gantinya."
            ),
            id_(
                "Di gelang pasien tertulis ＷＡＨＹＵＮＩＮＧＳＩＨ dalam huruf lebar dari printer lama."
            ),
        ],
        planted=[
            ("name/recorded after title", "Sri Wahyuningsih"),
            ("age over 89/number", "92 tahun"),
            ("geographic/neighbourhood", "Kotagede"),
            ("geographic/city", "Yogyakarta"),
            ("social security number/NIK", "3471045208320002"),
            ("health plan number/BPJS", "0001884412739"),
            ("geographic/street ID", "Jl. Mondorakan No. 27, RT 04/RW 02"),
            ("geographic/kelurahan", "Prenggan"),
            ("geographic/postcode ID", "55172"),
            ("geographic/facility named after a person", "RSUP Dr. Sardjito"),
            ("date/relative to a holiday", "sehari setelah Lebaran 2024"),
            ("name/nickname", "Mbah Sri"),
            ("other unique identifier/occupation", "satu-satunya pembatik tulis motif Sekar Jagad"),
            ("name/relative", "Bayu Adi Nugroho"),
            ("name/employer", "Bank BPD DIY"),
            ("telephone/ID sentence end", "0812-2744-3918"),
            ("name/after title", "Hendro Susilo"),
            ("licence number/STR", "3471100214127719"),
            ("email/obfuscated (at)(dot)", "bayu.adin(at)gmail(dot)com"),
            ("other unique identifier/handle", "@mbahsri.batik"),
            ("vehicle identifier/ID plate", "AB 6952 KL"),
            ("date/Javanese calendar", "Selasa Kliwon"),
            ("date/birth written out id", "12 Agustus 1932"),
            ("name/fullwidth", "ＷＡＨＹＵＮＩＮＧＳＩＨ"),
        ],
    ),
]

# Clinical prose with no identifier in it: everything braced must survive every output.
TERM_NOTES: list[Note] = [
    en(
        "{M:MRI lumbar spine}: {disc protrusion} at {V:L4-L5} and {V:L5/S1}, {Modic type 1 changes} at {V:L2-L3}; no {cauda equina compression}."
    ),
    en(
        "{M:CT cervical spine} showed {ossification of the posterior longitudinal ligament} from {V:C5/C6} to {V:C6–C7}; {E:Hoffmann sign} positive."
    ),
    en(
        "A {vertebral compression fracture} at {V:T11–T12} on {M:DXA} {S:vertebral fracture assessment}, {S:Genant grade 2}; {L:bone-specific alkaline phosphatase} {X:41 µg/L}."
    ),
    en(
        "{E:Kimmelstiel-Wilson nodules} and {E:Armanni-Ebstein lesions} were seen; {S:Tervaert class III} {diabetic nephropathy}."
    ),
    en(
        "{E:Alport syndrome} with a {G:COL4A5} variant; {E:Fabry disease} was excluded by {L:alpha-galactosidase A} activity and {G:GLA} sequencing."
    ),
    en(
        "{E:Goodpasture disease}: {L:anti-GBM antibodies} {X:210 CU}, {linear IgG} on {M:immunofluorescence}; {D:plasma exchange} {X:14 sessions}."
    ),
    en(
        "{E:Gitelman syndrome} ({G:SLC12A3}) versus {E:Bartter syndrome}; {L:urinary calcium to creatinine ratio} {X:0.05 mmol/mmol}, {L:magnesium} {X:0.52 mmol/L}."
    ),
    en(
        "{E:Cockcroft-Gault} clearance {X:28 mL/min} against a {S:CKD-EPI 2021} {L:eGFR} of {X:34 mL/min/1.73 m²}; {D:apixaban} reduced to {X:2.5 mg} bd."
    ),
    en(
        "{S:Glasgow Coma Scale} {X:13}, {E:Kussmaul breathing}, {L:anion gap} {X:28 mmol/L}, {L:osmolar gap} {X:31 mOsm/kg}: {ethylene glycol poisoning}, {D:fomepizole} given."
    ),
    en(
        "{S:Mayo imaging class 1D} {ADPKD} with {G:PKD1} truncating variant; {L:total kidney volume} {X:2,140 mL}; {D:tolvaptan} {X:60/30 mg}."
    ),
    en(
        "{S:Oxford MEST-C} {X:M1 E1 S1 T0 C1}; {E:Henoch-Schönlein purpura} in childhood, now {IgA vasculitis} with {nephritis}."
    ),
    en(
        "{S:Banff 2019} {X:i2 t3 v1}: {T-cell-mediated rejection} {S:grade IIA}; {D:thymoglobulin} {X:1.5 mg/kg} for five doses."
    ),
    en(
        "{O:Burkholderia pseudomallei} {melioidosis} with {renal abscess} on {M:contrast-enhanced CT}; {D:meropenem} {X:1 g} tds then {D:co-trimoxazole}."
    ),
    en(
        "{O:Hantavirus} ({O:Puumala virus}) {nephropathia epidemica}: {L:platelets} {X:38 × 10⁹/L}, {L:creatinine} {X:590 µmol/L}, {myopia} for two days."
    ),
    en(
        "{O:Candida auris} in the {central venous catheter}; {D:micafungin} {X:100 mg} daily, {E:Tenckhoff catheter} left in place."
    ),
    en(
        "{E:Brescia-Cimino fistula} at the wrist failed; a {E:Gore-Tex} {forearm loop graft} with {X:6 mm} {PTFE} was placed."
    ),
    en(
        "{S:Naranjo score} {X:7} (probable) for {D:lithium} {nephrogenic diabetes insipidus}; {S:RUCAM} {X:6} for the {D:amoxicillin-clavulanate} hepatitis."
    ),
    en(
        "{S:SCORTEN} {X:3} in {toxic epidermal necrolysis} after {D:allopurinol}; {G:HLA-B*58:01} carrier; {D:ciclosporin} {X:3 mg/kg/day}."
    ),
    en(
        "{S:CHA2DS2-VASc} {X:5} and {S:HAS-BLED} {X:3}; {D:warfarin} with {S:INR} {X:2.0–3.0} and {calciphylaxis} risk discussed."
    ),
    en(
        "{S:Clinical Frailty Scale} {X:6}, {S:Karnofsky} {X:50%}, {S:Charlson Comorbidity Index} {X:9}: {conservative kidney management} offered."
    ),
    en(
        "{S:Kidney Failure Risk Equation} {X:42% at 2 years}; referral for {pre-emptive transplantation} and {arteriovenous fistula} creation."
    ),
    en(
        "{E:Randall plaques} at {M:ureteroscopy}; {L:24-hour urine oxalate} {X:0.62 mmol/day}, {L:citrate} {X:1.1 mmol/day}; {D:potassium citrate} {X:30 mEq}."
    ),
    en(
        "{E:Dent disease} ({G:CLCN5}) with {low-molecular-weight proteinuria}; {L:retinol-binding protein} {X:12.4 mg/mmol}."
    ),
    en(
        "{E:Tamm-Horsfall protein} ({G:UMOD}) casts in {cast nephropathy}; {L:serum free light chains} {X:kappa 3,880 mg/L}, {L:kappa/lambda ratio} {X:412}."
    ),
    en(
        "{E:Bence Jones protein} on {L:urine immunofixation}; {D:bortezomib} {X:1.3 mg/m²}, {D:cyclophosphamide} and {D:dexamethasone} ({D:CyBorD})."
    ),
    en(
        "{E:Chvostek sign} and {E:Trousseau sign} after {parathyroidectomy}: {hungry bone syndrome}, {L:ionised calcium} {X:0.88 mmol/L}, {D:calcium gluconate} {X:10%}."
    ),
    en(
        "{S:Lyon criteria} were not met; {S:Rome IV} {irritable bowel syndrome}; {M:colonoscopy} normal; {D:sodium picosulfate} avoided in {CKD}."
    ),
    en(
        "{S:Montreal classification} {X:L3 B1} {Crohn disease}; {D:mesalazine} {interstitial nephritis}, {L:creatinine} {X:176 µmol/L}."
    ),
    en(
        "{S:Ottawa ankle rules} negative; {S:Wells score} {X:1}; {M:compression ultrasound} excluded {DVT} in the {arteriovenous fistula} arm."
    ),
    en(
        "{S:Berlin definition} {moderate ARDS}; {L:PaO2/FiO2} {X:148 mmHg}; {continuous kidney replacement therapy} with {D:citrate anticoagulation}."
    ),
    en(
        "{S:Tokyo Guidelines} {X:grade II} {acute cholangitis}; {D:piperacillin-tazobactam} {X:4.5 g} dosed for {CVVHDF}."
    ),
    en(
        "{S:Atlanta classification} {moderately severe acute pancreatitis} from {hypertriglyceridaemia} ({L:triglycerides} {X:38 mmol/L})."
    ),
    en(
        "{S:Edmonton Symptom Assessment System} scores for {pruritus} {X:8}; {D:difelikefalin} {X:0.5 µg/kg} after each session."
    ),
    en(
        "{O:Schistosoma haematobium} eggs in the urine; {bladder calcification} on {M:plain abdominal X-ray}; {D:praziquantel} {X:40 mg/kg}."
    ),
    en(
        "{O:Plasmodium falciparum} {X:12% parasitaemia}, {blackwater fever}; {D:artesunate} {X:2.4 mg/kg} IV; {haemodialysis} for {acute kidney injury}."
    ),
    en(
        "{O:Mycobacterium tuberculosis} on {L:urine culture}, {sterile pyuria}; {D:rifampicin} raised {D:tacrolimus} needs fivefold."
    ),
    en(
        "{O:Escherichia coli O157:H7}, {L:Shiga toxin} positive; {haemolytic uraemic syndrome}; {L:ADAMTS13 activity} {X:64%}; {G:CFH} normal."
    ),
    en(
        "{atypical HUS} with {L:anti-factor H antibodies}; {D:eculizumab} {X:900 mg} weekly then {D:ravulizumab}; {O:Neisseria meningitidis} vaccination."
    ),
    en(
        "{C3 glomerulopathy} with {L:C3 nephritic factor}; {L:sC5b-9} raised; {D:iptacopan} {X:200 mg} bd started."
    ),
    en(
        "{membranous nephropathy} negative for {L:PLA2R} but positive for {G:THSD7A}, later {G:NELL1}; {D:obinutuzumab} considered."
    ),
    en(
        "{minimal change disease} with {L:anti-nephrin antibodies}; {D:prednisolone} {X:1 mg/kg} ({X:max 80 mg}); {S:Ponticelli regimen} not used."
    ),
    en(
        "{FSGS} ({S:Columbia classification} {tip variant}); {G:NPHS2} and {G:WT1} negative; {G:APOL1} {X:G1/G2} high-risk genotype."
    ),
    en(
        "{G:MUC1} frameshift on {long-read sequencing}: {ADTKD}; {L:urate} {X:0.49 mmol/L}; {E:Bowman capsule} thickening on {M:light microscopy}."
    ),
    en(
        "{E:Liddle syndrome} ({G:SCNN1B}) with {L:renin} {X:<2 mU/L}, {L:aldosterone} {X:<50 pmol/L}; {D:amiloride} {X:10 mg}."
    ),
    en(
        "{E:Gordon syndrome} ({G:WNK4}): {hyperkalaemic hypertension} responsive to {D:hydrochlorothiazide} {X:12.5 mg}."
    ),
    en(
        "{M:PET-CT} with {M:18F-FDG} for {retroperitoneal fibrosis}; {L:IgG4} {X:3.8 g/L}; {E:Ormond disease}, {D:tamoxifen} considered."
    ),
    en(
        "{M:MAG3 renogram} with {D:furosemide}: {X:T½ 28 min} on the left; {M:DMSA scan} showed {X:41%} split function."
    ),
    en(
        "{M:renal angiography} for {fibromuscular dysplasia}, {string-of-beads} appearance; {percutaneous transluminal renal angioplasty}."
    ),
    en(
        "{M:Doppler ultrasound} {resistive index} {X:0.92} in the graft; {M:MR angiography} without {gadolinium}; {nephrogenic systemic fibrosis} avoided."
    ),
    pt(
        "{M:Ressonância magnética da coluna lombar}: {hérnia discal} em {V:L4-L5} e {V:L5-S1}, {estenose do canal} em {V:L3-L4}."
    ),
    pt(
        "{E:Síndrome de Alport} com {G:COL4A3}; {L:microalbuminúria} {X:312 mg/g}; {D:ramipril} {X:2,5 mg} e depois {D:dapagliflozina} {X:10 mg}."
    ),
    pt(
        "{D:Tacrolimo} de liberação prolongada ({D:Envarsus}) {X:4 mg}; {L:nível de vale} {X:7,2 ng/mL}; {L:creatinina} {X:1,3 mg/dL}."
    ),
    pt(
        "{O:Paracoccidioides brasiliensis} em receptor de {transplante renal}; {D:itraconazol} {X:200 mg} elevou o {D:tacrolimo}."
    ),
    pt(
        "{S:Escala de Glasgow} {X:14}; {encefalopatia urêmica} com {asterixe}; {L:ureia} {X:312 mg/dL}; {hemodiálise de urgência}."
    ),
    pt(
        "{O:Leptospira} em {M:microaglutinação}; {E:síndrome de Weil} com {hemorragia pulmonar}; {D:ceftriaxona} {X:1 g} ao dia."
    ),
    it(
        "{M:RM del rachide dorsale}: {frattura da compressione} di {V:T12} e {V:L1}; {crollo somatico} a {V:T11–T12}."
    ),
    it(
        "{E:Malattia di Berger} ({nefropatia a IgA}); {L:proteinuria} {X:1,2 g/die}; {D:budesonide a rilascio modificato} {X:16 mg}."
    ),
    it(
        "{D:Micofenolato mofetile} {X:1 g} due volte al dì, {D:prednisone} {X:5 mg}; {L:emoglobina} {X:11,2 g/dl}; {O:citomegalovirus} {L:DNA} negativo."
    ),
    it(
        "{S:Score di Birmingham} ({S:BVAS}) {X:12}; {L:anticorpi anti-PR3} {X:86 UI/ml}; {granulomatosi con poliangioite}."
    ),
    it(
        "{E:Segno di Giordano} positivo; {pielonefrite acuta} da {O:Klebsiella pneumoniae} {KPC}; {D:ceftazidima-avibactam} {X:2,5 g}."
    ),
    ro("{M:RMN coloană cervicală}: {hernie de disc} {V:C5-C6} și {V:C6/C7}; {mielopatie} absentă."),
    ro(
        "{E:Boala Fabry} cu {G:GLA} {X:p.N215S}; {D:agalsidază beta} {X:1 mg/kg} la două săptămâni; {L:lyso-Gb3} {X:14 nmol/L}."
    ),
    ro(
        "{L:Potasiu} {X:6,8 mmol/l}, {L:bicarbonat} {X:14 mmol/l}; {D:patiromer} {X:8,4 g} și {D:bicarbonat de sodiu} {X:1 g} de trei ori pe zi."
    ),
    hr(
        "{M:MR lumbalne kralježnice}: {protruzija diska} {V:L3-L4} i {V:L4/L5}; {spondilolisteza} {V:L5-S1} {S:Meyerding I}."
    ),
    hr(
        "{O:Hantavirus} {O:Dobrava}: {hemoragijska vrućica s bubrežnim sindromom}; {L:trombociti} {X:24 × 10⁹/L}; {D:ribavirin} nije dan."
    ),
    hr(
        "{D:Takrolimus} {X:3 mg} dvaput dnevno, {D:mikofenolna kiselina} ({D:Myfortic}) {X:720 mg}; {L:BK viremija} {X:10⁴ kopija/mL}."
    ),
    sk(
        "{M:MR krčnej chrbtice}: {hernia disku} {V:C5/C6}, {osteofyty} {V:C6-C7}; {E:Lhermitteov príznak} negatívny."
    ),
    sk(
        "{E:Balkánska endemická nefropatia} a {nefropatia z kyseliny aristolochovej}; {urotelový karcinóm} v {M:CT urografii}."
    ),
    sk(
        "{D:Furosemid} {X:80 mg} i.v., {D:spironolaktón} {X:25 mg}; {L:NT-proBNP} {X:8 420 pg/ml}; {kardiorenálny syndróm}."
    ),
    lt(
        "{M:Juosmeninės stuburo dalies MRT}: {disko išvarža} {V:L4-L5}, {stuburo kanalo stenozė} {V:L3-L4}."
    ),
    lt(
        "{D:Eritropoetinas beta} ({D:Mircera}) {X:75 µg} kartą per mėnesį; {L:hemoglobinas} {X:11,1 g/dl}, {L:feritinas} {X:420 µg/l}."
    ),
    lv(
        "{D:Ciklosporīns} {X:100 mg} divreiz dienā; {L:ciklosporīna koncentrācija} {X:140 ng/ml}; {gingivāla hiperplāzija}."
    ),
    lv(
        "{M:Nieru ultrasonogrāfija}: {hidronefroze} {S:III pakāpe}; {L:kreatinīns} {X:221 µmol/l}; {nefrostoma} ievietota."
    ),
    et(
        "{M:Nimmelülisamba MRT}: {diskiherniatsioon} {V:L5-S1}, {lülisambakanali stenoos} {V:L4-L5}."
    ),
    et(
        "{E:Goodpasture'i sündroom}: {L:anti-GBM antikehad} {X:180 RÜ/ml}; {D:tsüklofosfamiid} {X:2 mg/kg} ja {plasmaferees}."
    ),
    no(
        "{M:MR nakke}: {skiveprolaps} {V:C6/C7}, {foraminal stenose} {V:C5-C6}; {E:Spurlings test} positiv."
    ),
    no(
        "{E:Henoch-Schönleins purpura} hos voksen; {D:metylprednisolon} {X:500 mg} i.v.; {L:IgA} {X:4,9 g/l}; {S:Oxford-klassifikasjonen} {X:M1 E0 S1 T1}."
    ),
    no(
        "{D:Apiksaban} {X:2,5 mg} x 2 ved {L:kreatininclearance} {X:22 ml/min} etter {E:Cockcroft-Gault}."
    ),
    da(
        "{M:MR af lænderyggen}: {diskusprolaps} {V:L4-L5}, {Modic-forandringer} {V:L2-L3}; {E:Lasègues prøve} positiv ved {X:40°}."
    ),
    da(
        "{E:Wegeners granulomatose} hedder nu {granulomatose med polyangiitis}; {L:PR3-ANCA} {X:112 IE/ml}; {D:rituximab} {X:1 g}."
    ),
    da(
        "{O:Pseudomonas aeruginosa} {peritonitis}; {D:ceftazidim} {X:1 g} intraperitonealt, {D:gentamicin} {X:0,6 mg/kg}."
    ),
    af(
        "{M:MRI van die lumbale werwelkolom}: {skyfbreuk} by {V:L4-L5} en {V:L5-S1}; {spinale stenose} by {V:L3-L4}."
    ),
    af(
        "{O:Schistosoma haematobium} in die urine, {blaasfibrose}; {D:prasikwantel} {X:40 mg/kg}; {L:kreatinien} {X:156 µmol/l}."
    ),
    af(
        "{HIV-geassosieerde nefropatie} ({HIVAN}); {L:CD4-telling} {X:180 selle/µl}; {D:dolutegravir} {X:50 mg} begin."
    ),
    ms("{M:MRI tulang belakang lumbar}: {herniasi cakera} di {V:L4-L5}; {stenosis} di {V:L3/L4}."),
    ms(
        "{O:Burkholderia pseudomallei} ({melioidosis}) dengan {abses buah pinggang}; {D:seftazidim} {X:2 g} setiap lapan jam."
    ),
    ms(
        "{denggi} teruk dengan {L:platelet} {X:18 x 10⁹/L}, {L:hematokrit} {X:52%}; {kecederaan buah pinggang akut}."
    ),
    id_(
        "{M:MRI vertebra lumbal}: {hernia nukleus pulposus} {V:L4-L5} dan {V:L5-S1}; {stenosis kanal} {V:L3-L4}."
    ),
    id_(
        "{O:Salmonella Typhi} dengan {glomerulonefritis}; {D:seftriakson} {X:2 g} per hari; {L:Widal} tidak dipakai."
    ),
    id_(
        "{D:Asam mikofenolat} {X:360 mg} dua kali sehari, {D:takrolimus} {X:2 mg}; {L:kadar takrolimus} {X:8,1 ng/mL}."
    ),
    en(
        "{E:Bowman capsule} {crescents} in {X:8 of 14} glomeruli; {E:Masson trichrome} shows {X:20%} {interstitial fibrosis}."
    ),
    en(
        "{E:Mallory-Weiss tear} during {uraemic vomiting}; {D:pantoprazole} {X:40 mg} IV; {M:oesophagogastroduodenoscopy} next day."
    ),
    en(
        "{E:Kussmaul} and {E:Cheyne-Stokes} patterns on the ward; {S:NEWS2} {X:7}; {L:lactate} {X:4.8 mmol/L}."
    ),
    en(
        "{E:Parkinson disease} on {D:levodopa-carbidopa} {X:100/25 mg}; {D:amantadine} stopped for {CKD stage 4}."
    ),
    en(
        "{E:Crohn disease} with {enteric hyperoxaluria}; {L:plasma oxalate} {X:48 µmol/L}; {D:lumasiran} discussed."
    ),
    en(
        "{E:Addison disease} on {D:hydrocortisone} {X:20/10 mg} and {D:fludrocortisone} {X:100 µg}; {hyperkalaemia} resolved."
    ),
    en(
        "{E:Cushing syndrome} from {D:dexamethasone}; {E:Sjögren syndrome} with {distal renal tubular acidosis}, {L:urine pH} {X:6.8}."
    ),
    en(
        "{E:Wilms tumour} in childhood, {nephrectomy}; {G:WT1} on the {E:Denys-Drash} panel negative."
    ),
    en(
        "{E:Bright disease} was the old name; {E:Berger disease} and {E:Kimmelstiel-Wilson disease} are still heard on the ward round."
    ),
]
