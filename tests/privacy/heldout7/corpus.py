# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A seventh held-out corpus (2026-12-02), written by an outside examiner before it was run
against anything, and never shown to the de-identifier's authors.

Synthetic nephrology patients (transplant, dialysis, AKI, CKD-MBD, glomerular and inherited
disease) from São Paulo, Porto, Luanda, Beira, Sardinia, Małopolska, Cluj, Slavonia,
Vojvodina, Paramaribo, Finnmark, Jutland, Marseille, Bradford, western Sydney, the island of
Hawaiʻi, Hokkaidō, Hong Kong, Lagos, KwaZulu-Natal, Addis Ababa, Rotorua, Nunavut, Munster,
the Rio Grande Valley, Berkshire and Somerset, and Dearborn, written in the Portuguese of
Brazil, Portugal, Angola and Mozambique, Italian (and Sardinian), Polish, Romanian, Croatian,
Serbian (both scripts), Surinamese Dutch (and Sranan), Norwegian (and North Sami), Danish,
French (and Maghrebi Arabic), US Spanish, and the English of Britain, Ireland, Australia,
Hawaiʻi, Japan, Hong Kong, Nigeria, South Africa, Ethiopia, New Zealand, Canada and the US,
with Persian, Urdu, Vietnamese, Japanese, Cantonese, Yoruba, Igbo, Zulu, Afrikaans, Amharic,
Māori, Hawaiian, Inuktitut and Irish names and places (in Latin script and in their own).
Every person, number and address is invented (real town and institution names are used as
places, never with a real person).

The format is heldout4's, heldout5's and heldout6's (``tests/privacy/heldout4/corpus.py``):
each ``Note`` is one free-text field in one language (a language tag, with its country where
it matters: ``pt-BR``); clinical terms that must survive are braced with a category letter
(``CATEGORIES``); planted identifiers are listed per patient as ``(kind, text)``, the kind
being ``"<Safe Harbor kind>/<form>"``. Every other word is an ordinary word of the note's
language and should survive too. ``DESCRIBED`` lists the words that describe a planted
unique feature (part of the identifier, not ordinary words).

The notes come in the shapes a clinic's text takes: referral letters, discharge summaries,
SMS-style messages, dictation with no punctuation, tables pasted as text, e-mail headers,
OCR output with its errors, notes in capitals.

The images (``images.py``) are part of this corpus.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient

__all__ = ["CATEGORIES", "DESCRIBED", "HELDOUT7", "PARTICLES", "TERM_NOTES", "Note", "Patient"]


def _in(lang: str) -> Callable[[str], Note]:
    def note(t: str) -> Note:
        return Note(lang, t)

    return note


br, pt, ao, mz = (_in(x) for x in ("pt-BR", "pt-PT", "pt-AO", "pt-MZ"))
it, sc, pl, ro = (_in(x) for x in ("it", "sc", "pl", "ro"))
hr, srl, src = (_in(x) for x in ("hr", "sr-Latn", "sr-Cyrl"))
sr_nl, srn, nb, se, da = (_in(x) for x in ("nl-SR", "srn", "nb", "se", "da"))
fr, ary, usx = (_in(x) for x in ("fr", "ary", "es-US"))
gb, ie, au, hi, jp = (_in(x) for x in ("en-GB", "en-IE", "en-AU", "en-US-HI", "en-JP"))
hk, ng, za, et, nz = (_in(x) for x in ("en-HK", "en-NG", "en-ZA", "en-ET", "en-NZ"))
cae, us, af, zu, mi, ga = (_in(x) for x in ("en-CA", "en-US", "af", "zu", "mi", "ga"))

# Name particles: a survival of these alone is counted apart in RESULTS.md (heldout5's rule
# counts any word of three letters or more).
PARTICLES = {"van", "der", "den", "dos", "das", "del", "abu", "umm", "bin", "bint", "ben",
             "bent", "abou", "nic", "mac", "ter", "wa", "kwa"}  # fmt: skip

DESCRIBED: list[str] = [
    "a única passista de frevo que faz hemodiálise no Hospital das Clínicas",
    "tatuagem de uma âncora com o nome DIAMANTINO no antebraço direito",
    "cicatriz de queimadura em forma de estrela na face esquerda",
    "l'unica suonatrice di launeddas donna di Ollolai",
    "jedyna kobieta przewodniczka tatrzańska w Bukowinie",
    "singura femeie dirijor de cor bisericesc din Huedin",
    "jedina žena majstor tamburica u Đakovu",
    "tatoo van een kolibrie met de naam SHANTI op de linkerenkel",
    "den eneste kvinnelige reineier i Kautokeino med peritonealdialyse",
    "ar an t-aon bhean píobaire uilleann i nDún Garbhán",
    "tattoo of a koi carp with the name MINH across the upper back",
    "a traditional kākau band around the left ankle",
    "a full irezumi back piece, a carp climbing a waterfall",
    "the only woman dragon-boat drummer of the Tai O fishermen's team",
    "three vertical ila marks on each cheek",
    "the only sangoma in the Nongoma dialysis unit",
    "a blue cross tattooed on the forehead",
    "a full tā moko on his face",
    "the only Inuk throat singer who dialyses in Iqaluit",
    "the only woman farrier in the Vale of White Horse",
    "a heterochromia, one brown and one green eye",
    "the only woman oud maker in Dearborn",
]

HELDOUT7: list[Patient] = [
    # 1. São Paulo, Brazil (Portuguese of Brazil): transplant with BK polyomavirus nephropathy
    Patient(
        name="Maria da Conceição Albuquerque Nogueira",
        mrn="HC-FMUSP 4471-2209",
        birth="1968-03-17",
        notes=[
            br(
                "Maria da Conceição Albuquerque Nogueira, 56 anos, natural de Caruaru (PE), {transplante renal} de doador falecido no Hospital das Clínicas da FMUSP em 2018; {D:tacrolimo} {X:4 mg} 12/12 h."
            ),
            br(
                "Mora na Rua Cardeal Arcoverde 1749, apto 82, Pinheiros, CEP 05407-002, São Paulo - SP; celular (11) 98765-4321, recado com a filha Jéssica."
            ),
            br(
                "CPF 382.114.907-55, Cartão Nacional de Saúde 898 0012 3456 7891, prontuário HC 4471-2209; convênio Bradesco Saúde carteirinha 777 001 234567 00."
            ),
            br(
                "{nefropatia pelo poliomavírus BK}: {L:carga viral BK no plasma} {X:10^4,6 cópias/ml}; {M:biópsia do enxerto} com {G:SV40} positivo; {D:micofenolato de sódio} reduzido para {X:360 mg} 12/12 h."
            ),
            br(
                "{L:creatinina} {X:2,1 mg/dl}, {L:TFGe} {S:CKD-EPI 2021} {X:27 ml/min/1,73 m²}; {L:fósforo} {X:5,4 mg/dl}, {L:PTH} {X:412 pg/ml}: {DMO-DRC}, iniciado {D:cinacalcete} {X:30 mg}."
            ),
            br(
                "Chegou na terça-feira de Carnaval de 2023 e voltou no dia dezessete de março de dois mil e vinte e três, trazida pelo genro, o Pastor Adenilson Ribeiro, da Assembleia de Deus do Capão Redondo."
            ),
            br(
                "É a única passista de frevo que faz hemodiálise no Hospital das Clínicas; tem tatuagem de uma âncora com o nome DIAMANTINO no antebraço direito."
            ),
            br(
                "Chave PIX (celular) e conta corrente Itaú ag. 0731 c/c 45821-6; placa do carro da família FQX4E27, Mercosul; CNH 04718293651."
            ),
            br(
                "Prescrição assinada pela Dra. Luíza Tavares Meireles, CRM-SP 187.442, e pela enfermeira Rosângela, COREN-SP 512.331; {D:valganciclovir} {X:450 mg} 1x/dia por {O:citomegalovírus}."
            ),
            br(
                "Resultados no portal pacientes.hcnet.usp.br/resultado?pac=44712209; e-mail m.conceicao.nogueira (arroba) uol (ponto) com (ponto) br; Instagram @conceicao.frevo.sp."
            ),
            br(
                "A Sra. Maria da Conceição Albuquerque Nogueira refere {prurido}; {L:cálcio} {X:9,8 mg/dl}; {D:carbonato de cálcio} suspenso; {M:ultrassonografia com Doppler do enxerto} com {L:índice de resistividade} {X:0,78}."
            ),
            br(
                "Foto de rosto para o crachá do ambulatório: WhatsApp Image 2023-03-17 at 09.41.22.jpeg; biometria facial cadastrada no app Meu SUS Digital."
            ),
            br(
                "Acesso ao portal a partir do IP 189.44.118.27; {L:ácido úrico} {X:7,9 mg/dl}, {D:alopurinol} {X:100 mg}; {M:cintilografia renal com DTPA} com {L:TFG} {X:24 ml/min}; {O:Candida albicans} na urocultura."
            ),
        ],
        planted=[
            ("name/recorded", "Maria da Conceição Albuquerque Nogueira"),
            ("geographic/birthplace with state", "Caruaru (PE)"),
            ("geographic/facility", "Hospital das Clínicas da FMUSP"),
            ("geographic/street BR with apto", "Rua Cardeal Arcoverde 1749, apto 82"),
            ("geographic/neighbourhood", "Pinheiros"),
            ("geographic/postcode BR CEP", "CEP 05407-002"),
            ("geographic/city and state BR", "São Paulo - SP"),
            ("telephone/BR mobile with area code", "(11) 98765-4321"),
            ("name/relative given name only", "Jéssica"),
            ("social security number/CPF", "382.114.907-55"),
            ("health plan number/Cartão Nacional de Saúde", "898 0012 3456 7891"),
            ("medical record number/prontuário", "HC 4471-2209"),
            ("health plan number/private insurer card", "777 001 234567 00"),
            ("date/written out in words pt", "dezessete de março de dois mil e vinte e três"),
            ("date/holiday BR Carnaval weekday with year", "terça-feira de Carnaval de 2023"),
            ("name/relative after Pastor", "Adenilson Ribeiro"),
            (
                "geographic/facility named after a neighbourhood",
                "Assembleia de Deus do Capão Redondo",
            ),
            (
                "other unique identifier/occupation",
                "a única passista de frevo que faz hemodiálise no Hospital das Clínicas",
            ),
            ("other unique identifier/tattoo", "âncora com o nome DIAMANTINO"),
            ("account number/BR agency and account", "ag. 0731 c/c 45821-6"),
            ("vehicle identifier/plate BR Mercosul", "FQX4E27"),
            ("licence number/driving licence CNH", "04718293651"),
            ("name/after Dra.", "Luíza Tavares Meireles"),
            ("licence number/CRM-SP", "CRM-SP 187.442"),
            ("name/nurse given name", "Rosângela"),
            ("licence number/COREN", "COREN-SP 512.331"),
            ("url/no scheme with query", "pacientes.hcnet.usp.br/resultado?pac=44712209"),
            (
                "email/obfuscated pt (arroba) (ponto)",
                "m.conceicao.nogueira (arroba) uol (ponto) com (ponto) br",
            ),
            ("name/handle (phrase)", "@conceicao.frevo.sp"),
            (
                "full-face photograph/WhatsApp file name",
                "WhatsApp Image 2023-03-17 at 09.41.22.jpeg",
            ),
            (
                "biometric identifier/face enrolment",
                "biometria facial cadastrada no app Meu SUS Digital",
            ),
            ("ip address/IPv4 BR", "189.44.118.27"),
        ],
    ),
    # 2. Porto, Portugal (Portuguese of Portugal): Fabry disease, a referral letter
    Patient(
        name="Rosário de Fátima Sousa Magalhães",
        mrn="CHUSJ 2019/118834",
        birth="1979-11-02",
        notes=[
            pt(
                "Exmo. Colega, encaminho a D. Rosário de Fátima Sousa Magalhães, 45 anos, residente na Rua de Cedofeita 512, 3.º esq., 4050-174 Porto, com {E:doença de Fabry} confirmada."
            ),
            pt(
                "Variante {G:GLA} c.644A>G; {L:atividade de alfa-galactosidase A} {X:0,4 nmol/h/mg}; {L:lyso-Gb3} {X:38 nmol/l}; {L:albuminúria} {X:410 mg/g}."
            ),
            pt(
                "Iniciou {D:agalsidase beta} {X:1 mg/kg} de 15 em 15 dias no Hospital de Santo António em 2021; {D:migalastato} ponderado por {G:variante amenable}."
            ),
            pt(
                "Cartão de Cidadão 13847562 4 ZY9, NIF 231 487 650, n.º de utente do SNS 283 417 592; telemóvel +351 912 458 377 ou fixo 22 208 4415."
            ),
            pt(
                "A 𝐒𝐨𝐮𝐬𝐚 𝐌𝐚𝐠𝐚𝐥𝐡ã𝐞𝐬 trabalha na Livraria Lello e canta nas festas de São João de 2022 e de 2023 na Ribeira; {M:ressonância magnética cardíaca} com {realce tardio} {X:inferolateral}."
            ),
            pt(
                "Irmão, Sr. Diamantino Magalhães, 49 anos, também portador, seguido em Vila Real; tem cicatriz de queimadura em forma de estrela na face esquerda."
            ),
            pt(
                "{acroparestesias} tratadas com {D:carbamazepina} {X:200 mg} 12/12 h; {córnea verticilata} no {M:exame com lâmpada de fenda}; {L:creatinina} {X:1,3 mg/dl}."
            ),
            pt(
                "IBAN PT50 0035 0412 0001 8837 4110 7 para o reembolso do transporte; matrícula do carro 47-RT-92; carta de condução P-1048573 2."
            ),
            pt(
                "Com os melhores cumprimentos, Prof.ª Doutora Graça Pinto Queirós, cédula profissional da Ordem dos Médicos n.º 41877, Serviço de Nefrologia; resposta para nefro.cedofeita@gmail.com ou fax 22 508 7731."
            ),
            pt(
                "Consulta marcada para a quarta-feira, dia 8 de outubro de 2025, às 10h; trazer o {L:sedimento urinário} com {corpos de Maltese} e o {M:ecocardiograma}."
            ),
            pt(
                "Foto de identificação do processo: DSC_4471_RosarioMagalhaes.JPG; {M:prova de esforço} normal; {L:troponina T} {X:18 ng/l}; {D:bisoprolol} {X:2,5 mg}; {hipertrofia ventricular esquerda} na {S:classificação NYHA II}."
            ),
        ],
        planted=[
            ("name/recorded", "Rosário de Fátima Sousa Magalhães"),
            ("geographic/street PT with floor", "Rua de Cedofeita 512, 3.º esq."),
            ("geographic/postcode PT with city", "4050-174 Porto"),
            ("geographic/facility named after a saint", "Hospital de Santo António"),
            ("social security number/Cartão de Cidadão", "13847562 4 ZY9"),
            ("social security number/NIF", "231 487 650"),
            ("health plan number/utente SNS", "283 417 592"),
            ("telephone/PT mobile +351", "+351 912 458 377"),
            ("telephone/PT landline", "22 208 4415"),
            ("name/mathematical bold letters", "𝐒𝐨𝐮𝐬𝐚 𝐌𝐚𝐠𝐚𝐥𝐡ã𝐞𝐬"),
            ("name/employer", "Livraria Lello"),
            ("date/feast with year", "São João de 2022"),
            ("geographic/neighbourhood", "Ribeira"),
            ("name/relative after Sr.", "Diamantino Magalhães"),
            ("geographic/town no cue", "Vila Real"),
            (
                "other unique identifier/scar",
                "cicatriz de queimadura em forma de estrela na face esquerda",
            ),
            ("account number/IBAN PT", "PT50 0035 0412 0001 8837 4110 7"),
            ("vehicle identifier/plate PT", "47-RT-92"),
            ("licence number/carta de condução", "P-1048573 2"),
            ("name/after Prof.ª Doutora", "Graça Pinto Queirós"),
            ("licence number/Ordem dos Médicos cédula", "41877"),
            ("email/plain", "nefro.cedofeita@gmail.com"),
            ("fax/PT", "22 508 7731"),
            ("date/weekday with full date pt", "quarta-feira, dia 8 de outubro de 2025"),
            (
                "full-face photograph/camera file name with the name",
                "DSC_4471_RosarioMagalhaes.JPG",
            ),
        ],
    ),
    # 3. Luanda, Angola (Portuguese of Angola): AKI in severe malaria, an OCR'd discharge summary
    Patient(
        name="Kiluanje Domingos Neto Bumba",
        mrn="HJM-LDA 0057741",
        birth="1990-07-21",
        notes=[
            ao(
                "NOTA DE ALTA - Hospital Josina Machel - Luanda. Doente: Kiluanje Domingos Neto Bumba, 34 anos, BI n.º 004518227LA042, processo HJM-LDA 0057741."
            ),
            ao(
                "Internado a 4 de Fevereiro de 2024 (Dia do Início da Luta Armada) com {malária grave} por {O:Plasmodium falciparum}, {L:parasitemia} {X:12 %}, {lesão renal aguda} {S:KDIGO estádio 3}."
            ),
            ao(
                "Fez {D:artesunato} {X:2,4 mg/kg} {IV} às 0, 12 e 24 h, depois {D:arteméter-lumefantrina}; {M:hemodiálise intermitente} por cateter na {veia jugular interna direita}, 6 sessões."
            ),
            ao(
                "OCR do fax recebido: 'Kiluanj3 Dorningos Net0 Burnba, rnorador no Bairro Rangel, rua 14, casa n.º 37, Município do Rangel'; {L:creatinina} de {X:7,9 mg/dl} para {X:1,4 mg/dl}."
            ),
            ao(
                "{hemoglobinúria} ({febre biliosa hemoglobinúrica}); {L:hemoglobina} {X:6,1 g/dl}, transfundido {X:2 unidades}; {L:bilirrubina total} {X:4,2 mg/dl}; {L:G6PD} normal."
            ),
            ao(
                "Contactos: +244 923 418 556 (esposa, Dona Esperança Neto) e 222 338 410 ext. 215 (Unitel, onde trabalha como técnico de antenas)."
            ),
            ao(
                "Viatura da empresa LD-41-72-EF; conta BAI IBAN AO06 0040 0000 4471 2238 1014 6 para o subsídio; NIF 004518227LA042 coincide com o BI."
            ),
            ao(
                "Assinado: Dr. Nzinga Mbemba Kapalo, Ordem dos Médicos de Angola n.º 3318; alta com {D:ácido fólico} {X:5 mg} e {L:ureia} de controlo em 2 semanas."
            ),
            ao(
                "Processo antigo da Clínica Girassol n.º CG-2011-7718; {L:lactato} {X:4,1 mmol/l}; {D:furosemida} {X:80 mg} {IV} sem resposta; {S:escala de coma de Glasgow} {X:13}; {hipoglicemia} corrigida com {D:glicose a 10 %}."
            ),
        ],
        planted=[
            ("name/recorded", "Kiluanje Domingos Neto Bumba"),
            ("geographic/facility named after a person", "Hospital Josina Machel"),
            ("geographic/city", "Luanda"),
            ("social security number/BI Angola", "004518227LA042"),
            ("medical record number/processo", "HJM-LDA 0057741"),
            ("date/national holiday AO with date", "4 de Fevereiro de 2024"),
            ("name/OCR errors (rn for m, digits for letters)", "Kiluanj3 Dorningos Net0 Burnba"),
            ("geographic/neighbourhood and street AO", "Bairro Rangel, rua 14, casa n.º 37"),
            ("geographic/municipality", "Município do Rangel"),
            ("telephone/AO mobile +244", "+244 923 418 556"),
            ("name/relative after Dona", "Esperança Neto"),
            ("telephone/AO landline with ext.", "222 338 410 ext. 215"),
            ("name/employer", "Unitel"),
            ("vehicle identifier/plate AO", "LD-41-72-EF"),
            ("account number/IBAN AO", "AO06 0040 0000 4471 2238 1014 6"),
            ("name/after Dr. (Kimbundu names)", "Nzinga Mbemba Kapalo"),
            ("licence number/Ordem dos Médicos de Angola", "3318"),
            ("geographic/clinic named after a flower", "Clínica Girassol"),
            ("medical record number/older record at another clinic", "CG-2011-7718"),
        ],
    ),
    # 4. Beira, Mozambique (Portuguese of Mozambique): HIV-associated nephropathy
    Patient(
        name="Ana Isabel Macuácua",
        mrn="HCB-2022-03318",
        birth="1986-05-25",
        notes=[
            mz(
                "MACUÁCUA, Ana Isabel, 38 anos, do bairro da Munhava, Beira, província de Sofala; {VIH} diagnosticado em 2015, {TARV} com {D:TLD} ({D:tenofovir}/{D:lamivudina}/{D:dolutegravir})."
            ),
            mz(
                "{L:proteinúria} {X:4,2 g/24 h}; {M:biópsia renal}: {glomerulosclerose segmentar e focal} variante colapsante, {nefropatia associada ao VIH}; {G:APOL1} G1/G2."
            ),
            mz(
                "{D:tenofovir} substituído por {D:abacavir} pela {L:TFGe} {X:38 ml/min}; {D:enalapril} {X:10 mg}; {L:CD4} {X:412 células/µl}, {L:carga viral} indetetável."
            ),
            mz(
                "Celular +258 84 317 2290 (Vodacom) e conta M-Pesa no mesmo número; também usa e-Mola 86 447 1183; NUIT 104 338 219."
            ),
            mz(
                "Chegou no dia 25 de Junho de 2023, Dia da Independência, de chapa desde Dondo; o marido, Sr. Fernando Cossa, é motorista da Cornelder."
            ),
            mz(
                "Carro do marido MMT 418 MC; a Dona Ana vende tecidos no Mercado do Maquinino, banca 112."
            ),
            mz(
                "{schistosomose urinária} por {O:Schistosoma haematobium} tratada com {D:praziquantel} {X:40 mg/kg}; {M:ecografia renal}: rins de {X:12,4 cm}, {ecogenicidade aumentada}."
            ),
            mz(
                "Seguimento pela Dra. Telma Chissano Mondlane (OrMM 2274) e pela técnica de medicina Sra. Felismina; correio: anamacuacua86 arroba gmail ponto com."
            ),
            mz(
                "Impressão digital registada no SIS-MA para levantar a TARV, código biométrico BIO-MZ-447182; {L:fosfatúria} aumentada, {síndrome de Fanconi} pelo {D:tenofovir}; {L:fosfato} {X:0,6 mmol/l}."
            ),
        ],
        planted=[
            ("name/recorded surname comma given", "MACUÁCUA, Ana Isabel"),
            ("geographic/neighbourhood", "Munhava"),
            ("geographic/city and province", "Beira, província de Sofala"),
            ("telephone/MZ mobile +258", "+258 84 317 2290"),
            ("account number/mobile money e-Mola", "86 447 1183"),
            ("social security number/NUIT", "104 338 219"),
            ("date/national holiday MZ with date", "25 de Junho de 2023"),
            ("geographic/town no cue", "Dondo"),
            ("name/relative after Sr.", "Fernando Cossa"),
            ("name/employer", "Cornelder"),
            ("vehicle identifier/plate MZ", "MMT 418 MC"),
            ("name/recorded given names after Dona", "Ana"),
            ("geographic/market and stall", "Mercado do Maquinino, banca 112"),
            ("name/after Dra.", "Telma Chissano Mondlane"),
            ("licence number/OrMM", "OrMM 2274"),
            ("name/after Sra. given name only", "Felismina"),
            ("email/obfuscated arroba ponto", "anamacuacua86 arroba gmail ponto com"),
            ("biometric identifier/fingerprint code", "BIO-MZ-447182"),
        ],
    ),
    # 5. Nuoro, Sardinia (Italian, Sardinian): IgA nephropathy (Berger), centenarian mother
    Patient(
        name="Maria Grazia Pirastu",
        mrn="SO-NU 88/2017/4412",
        birth="1971-09-08",
        notes=[
            it(
                "La signora Maria Grazia Pirastu, nata a Orgosolo l'otto settembre millenovecentosettantuno, residente in Via Lamarmora 118, 08100 Nuoro (NU), è seguita per {E:malattia di Berger}."
            ),
            it(
                "{M:biopsia renale} del 2017: {nefropatia a IgA}, {S:Oxford MEST-C} M1 E0 S1 T1 C0; {L:proteinuria} {X:1,6 g/die}; {D:ramipril} {X:10 mg} e {D:budesonide a rilascio mirato} {X:16 mg}."
            ),
            it(
                "Codice fiscale PRSMGR71P48G147K; tessera sanitaria 80380 000123 45678; cellulare 347 218 9904, fisso 0784 31 227 int. 4."
            ),
            it(
                "Vive con la madre, tzia Bachisia Pirastu, di centodue anni, la più anziana di Orgosolo; suona le launeddas ed è l'unica suonatrice di launeddas donna di Ollolai."
            ),
            sc(
                "Sa mama narat: 'Mariagrà, a chent'annos!'; est nàschida in su 1922 in Mamoiada, a su Carrasegare."
            ),
            it(
                "{L:creatinina} {X:1,7 mg/dl}, {L:eGFR} {X:35 ml/min/1,73 m²}; {L:ematuria microscopica} con {emazie dismorfiche} {X:>80 %}; {D:sparsentan} valutato."
            ),
            it(
                "Ricovero dal giorno di Ferragosto 2023 al 21 agosto, ricoverata presso l'Ospedale San Francesco per {iperkaliemia} {X:6,8 mmol/l}; {D:patiromer} {X:8,4 g}; {M:ECG} con {onde T appuntite}."
            ),
            it(
                "Auto FG 418 RT; patente NU5172339X; IBAN IT60 X054 2811 1010 0000 0123 456 per il rimborso trasporti."
            ),
            it(
                "Scrivere a mariagrazia.pirastu chiocciola tiscali punto it; la segue la dott.ssa Giovanna Murgia Sanna, iscritta all'Ordine dei Medici della provincia al n. 2318."
            ),
            it(
                "Fine settimana di San Francesco 2024 in pellegrinaggio a Fonni; {L:colesterolo LDL} {X:128 mg/dl}, {D:atorvastatina} {X:20 mg}."
            ),
            it(
                "Cartella clinica n. 2017/NU/004412; foto tessera salvata come pirastu_mariagrazia_fronte.jpg; {D:colecalciferolo} {X:25.000 UI} a settimana; {L:25-OH vitamina D} {X:14 ng/ml}; {iperparatiroidismo secondario}."
            ),
        ],
        planted=[
            ("name/recorded", "Maria Grazia Pirastu"),
            ("geographic/birthplace after nata a", "Orgosolo"),
            ("date/birth date in words it", "l'otto settembre millenovecentosettantuno"),
            ("geographic/street IT with CAP", "Via Lamarmora 118, 08100 Nuoro (NU)"),
            ("social security number/codice fiscale", "PRSMGR71P48G147K"),
            ("health plan number/tessera sanitaria", "80380 000123 45678"),
            ("telephone/IT mobile", "347 218 9904"),
            ("telephone/IT landline with int.", "0784 31 227 int. 4"),
            ("name/relative after tzia (Sardinian)", "Bachisia"),
            ("age over 89/word it", "centodue anni"),
            ("other unique identifier/the oldest of a town", "la più anziana di Orgosolo"),
            (
                "other unique identifier/occupation",
                "l'unica suonatrice di launeddas donna di Ollolai",
            ),
            ("name/nickname vocative (Sardinian)", "Mariagrà"),
            ("date/year of birth of a person over 89", "1922"),
            ("geographic/town no cue (Sardinian)", "Mamoiada"),
            ("date/holiday sc", "Carrasegare"),
            ("date/holiday with year it", "Ferragosto 2023"),
            ("date/day and month it", "21 agosto"),
            ("geographic/facility named after a saint", "Ospedale San Francesco"),
            ("vehicle identifier/plate IT", "FG 418 RT"),
            ("licence number/patente", "NU5172339X"),
            ("account number/IBAN IT", "IT60 X054 2811 1010 0000 0123 456"),
            (
                "email/obfuscated it chiocciola punto",
                "mariagrazia.pirastu chiocciola tiscali punto it",
            ),
            ("name/after dott.ssa", "Giovanna Murgia Sanna"),
            ("licence number/Ordine dei Medici", "2318"),
            ("date/feast weekend with year", "Fine settimana di San Francesco 2024"),
            ("geographic/town no cue", "Fonni"),
            ("medical record number/cartella clinica", "2017/NU/004412"),
            ("full-face photograph/file name", "pirastu_mariagrazia_fronte.jpg"),
        ],
    ),
    # 6. Nowy Targ, Małopolska (Polish): ADPKD, tolvaptan, a table pasted as text
    Patient(
        name="Wojciech Szczęśniak",
        mrn="SzNT/2020/07719",
        birth="1963-04-14",
        notes=[
            pl(
                "Pan Wojciech Szczęśniak, lat 61, zamieszkały os. Bór 14/27, 34-400 Nowy Targ, z {wielotorbielowatością nerek typu dorosłych} ({G:PKD1}), {S:klasa Mayo 1D}."
            ),
            pl(
                "PESEL 63041403918; nr ubezpieczenia NFZ w eWUŚ potwierdzony; dowód osobisty CAX 418227; paszport EN 7731904."
            ),
            pl(
                "Wyniki | data | wartość\n{L:kreatynina} | 12.03.2024 | {X:2,3 mg/dl}\n{L:eGFR} | 12.03.2024 | {X:31 ml/min/1,73 m²}\n{L:ALT} | 12.03.2024 | {X:38 U/l}\n{M:TK jamy brzusznej} | {L:TKV} | {X:2140 ml}"
            ),
            pl(
                "{D:tolwaptan} {X:60 mg} rano i {X:30 mg} po południu; {wielomocz} {X:5 l/dobę}; {L:osmolalność moczu} {X:180 mOsm/kg}; kontrola {L:ALT} co miesiąc."
            ),
            pl(
                "Telefon kom. +48 601 338 412, stacjonarny (18) 266 41 07 wew. 23; żona, pani Halina Szczęśniakowa, dzwoni zwykle w środy."
            ),
            pl(
                "Zgłosił się w Wielki Piątek 2023, a potem 3 maja 2023 z {bólem w okolicy lędźwiowej} i {krwiomoczem}; {M:USG} z {krwotokiem do torbieli}; {D:paracetamol} {X:1 g}."
            ),
            pl(
                "Córka Agnieszka to jedyna kobieta przewodniczka tatrzańska w Bukowinie; on sam pracuje w Spółdzielni Mleczarskiej Podhale jako kierowca, samochód KNT 42F8."
            ),
            pl(
                "Wojtek prosi o kontakt przez e-mail w.szczesniak małpa onet kropka pl; rachunek PL61 1090 1014 0000 0712 1981 2874."
            ),
            pl(
                "Skierowanie wystawił lek. Tadeusz Gąsienica-Makowski, nr PWZ 2318447, Szpital Podhalański im. Jana Pawła II; {tętniak wewnątrzczaszkowy} wykluczony w {M:angio-MR}."
            ),
            pl(
                "Kontrola po Wszystkich Świętych 2024; {L:kwas moczowy} {X:8,1 mg/dl}, {D:allopurynol} {X:100 mg}; {L:ciśnienie tętnicze} {X:128/82 mmHg} na {D:telmisartanie} {X:80 mg}."
            ),
            pl(
                "Faks do poradni 18 266 41 99; nr historii choroby 2020/NT/07719; {L:hemoglobina} {X:14,8 g/dl}, {D:tolwaptan} bez {hiponatremii}; {L:sód} {X:143 mmol/l}; {O:Escherichia coli} w {L:posiewie moczu}."
            ),
        ],
        planted=[
            ("name/recorded", "Wojciech Szczęśniak"),
            ("geographic/estate and flat PL", "os. Bór 14/27"),
            ("geographic/postcode PL with town", "34-400 Nowy Targ"),
            ("social security number/PESEL", "63041403918"),
            ("social security number/dowód osobisty", "CAX 418227"),
            ("licence number/passport PL", "EN 7731904"),
            ("date/dotted numeric in a table", "12.03.2024"),
            ("telephone/PL mobile +48", "+48 601 338 412"),
            ("telephone/PL landline with wew.", "(18) 266 41 07 wew. 23"),
            ("name/wife's old feminine surname form", "Halina Szczęśniakowa"),
            ("date/holiday PL with year", "Wielki Piątek 2023"),
            ("date/written out pl", "3 maja 2023"),
            (
                "other unique identifier/occupation of a relative",
                "jedyna kobieta przewodniczka tatrzańska w Bukowinie",
            ),
            ("name/relative given name", "Agnieszka"),
            ("name/employer", "Spółdzielni Mleczarskiej Podhale"),
            ("vehicle identifier/plate PL", "KNT 42F8"),
            ("name/diminutive", "Wojtek"),
            ("email/obfuscated pl małpa kropka", "w.szczesniak małpa onet kropka pl"),
            ("account number/IBAN PL", "PL61 1090 1014 0000 0712 1981 2874"),
            ("name/after lek. hyphenated", "Tadeusz Gąsienica-Makowski"),
            ("licence number/PWZ", "2318447"),
            ("geographic/facility named after a person", "Szpital Podhalański im. Jana Pawła II"),
            ("date/holiday PL with year", "Wszystkich Świętych 2024"),
            ("fax/PL", "18 266 41 99"),
            ("medical record number/historia choroby", "2020/NT/07719"),
        ],
    ),
    # 7. Cluj-Napoca (Romanian): lupus nephritis, cedilla letters for comma-below
    Patient(
        name="Ștefania Ioana Mureșan-Pop",
        mrn="SCJU-CJ 2021-55108",
        birth="1993-12-01",
        notes=[
            ro(
                "Pacienta Ștefania Ioana Mureșan-Pop, 31 de ani, domiciliată în str. Avram Iancu nr. 21, bl. C4, sc. 2, ap. 17, Cluj-Napoca, jud. Cluj, cod poștal 400089."
            ),
            ro(
                "CNP 2931201125671; card de sănătate CNAS 80642000 1234 5678 9012; foaie de observație SCJU-CJ 2021-55108."
            ),
            ro(
                "{lupus eritematos sistemic} cu {nefrită lupică} {S:clasa III+V ISN/RPS}; {L:anti-dsDNA} {X:280 UI/ml}, {L:C3} {X:0,52 g/l}; {D:micofenolat mofetil} {X:2 g/zi} și {D:hidroxiclorochină} {X:200 mg}."
            ),
            ro(
                "Internată de Ziua Națională 2022 (1 Decembrie, chiar ziua ei) până la Bobotează 2023; {D:rituximab} {X:1 g} {X:×2}; {L:proteinurie} {X:3,1 g/24 h}."
            ),
            ro(
                "Telefon 0722 418 337, serviciu 0264 592 110 interior 318 la Banca Transilvania, unde lucrează la ghișeu; mama, doamna Viorica Mureşan, din Huedin."
            ),
            ro(
                "Ştefania cântă în corul bisericii: este singura femeie dirijor de cor bisericesc din Huedin; {D:prednison} {X:10 mg}, {osteopenie} la {M:DXA} {V:L1-L4} {S:scor T} {X:-1,8}."
            ),
            ro(
                "Mașina CJ 07 ŞMP, permis de conducere 118224403; IBAN RO49 AAAA 1B31 0075 9384 0000 pentru decontări."
            ),
            ro(
                "Medic curant: dr. Horațiu Bogdan Vlaicu, cod parafă A71182; e-mail stefi.muresan coadă de maimuță yahoo punct com."
            ),
            ro(
                "Control în săptămâna dinaintea Paștelui ortodox 2024; {L:hemoglobină} {X:10,9 g/dl}, {D:fier sucroză} {X:200 mg} {IV}; {sindrom Raynaud} stabil."
            ),
            ro(
                "Pompa de perfuzie la domiciliu? nu; glucometru Accu-Chek Guide serie GU44718227; {D:trimetoprim-sulfametoxazol} profilactic; {L:leucocite} {X:3 200/mm³}; {S:SLEDAI-2K} {X:8}; {O:virusul varicelo-zosterian} negativ."
            ),
        ],
        planted=[
            ("name/recorded hyphenated", "Ștefania Ioana Mureșan-Pop"),
            (
                "geographic/street RO with bl. sc. ap.",
                "str. Avram Iancu nr. 21, bl. C4, sc. 2, ap. 17",
            ),
            ("geographic/city and county RO", "Cluj-Napoca, jud. Cluj"),
            ("geographic/postcode RO", "400089"),
            ("social security number/CNP", "2931201125671"),
            ("health plan number/card CNAS", "80642000 1234 5678 9012"),
            ("medical record number/foaie de observație", "SCJU-CJ 2021-55108"),
            ("date/national holiday with year ro", "Ziua Națională 2022"),
            ("date/day and month ro", "1 Decembrie"),
            ("date/feast with year ro", "Bobotează 2023"),
            ("telephone/RO mobile", "0722 418 337"),
            ("telephone/RO landline with interior", "0264 592 110 interior 318"),
            ("name/employer", "Banca Transilvania"),
            ("name/relative, surname with cedilla (ş for ș)", "Viorica Mureşan"),
            ("geographic/town no cue", "Huedin"),
            ("name/recorded with cedilla (Ş for Ș)", "Ştefania"),
            ("other unique identifier/role", "singura femeie dirijor de cor bisericesc din Huedin"),
            ("vehicle identifier/plate RO with cedilla", "CJ 07 ŞMP"),
            ("licence number/permis de conducere", "118224403"),
            ("account number/IBAN RO", "RO49 AAAA 1B31 0075 9384 0000"),
            ("name/after dr. lower case", "Horațiu Bogdan Vlaicu"),
            ("licence number/cod parafă", "A71182"),
            (
                "email/obfuscated ro coadă de maimuță",
                "stefi.muresan coadă de maimuță yahoo punct com",
            ),
            ("date/relative to a feast with year ro", "săptămâna dinaintea Paștelui ortodox 2024"),
            ("device identifier/glucometer serial", "GU44718227"),
        ],
    ),
    # 8. Slavonski Brod (Croatian): Balkan endemic nephropathy, urothelial carcinoma
    Patient(
        name="Đurđica Kovačević-Šimić",
        mrn="OBSB-2016-22914",
        birth="1950-06-29",
        notes=[
            hr(
                "Bolesnica Đurđica Kovačević-Šimić, 74 god., iz sela Kaniža kod Slavonskog Broda, ulica Matije Gupca 33, 35000 Slavonski Brod, liječi se od {endemske nefropatije}."
            ),
            hr(
                "{nefropatija aristolohične kiseline}: {D:Aristolochia clematitis} u brašnu do 1970-ih; {M:CT urografija} s {tumorom gornjeg urotrakta}, {nefroureterektomija} lijevo 2019."
            ),
            hr(
                "OIB 48271339051, MBO 173448206; zdravstvena iskaznica HZZO, dopunsko osiguranje polica 7100-4418-22."
            ),
            hr(
                "{L:kreatinin} {X:412 µmol/l}, {L:eGFR} {X:9 ml/min/1,73 m²}; započeta {M:hemodijaliza} preko {arteriovenske fistule} na lijevoj podlaktici; {D:eritropoetin} {X:4000 IU} tjedno."
            ),
            hr(
                "Primljena na Tijelovo 2021 i otpuštena 5. svibnja 2021.; kći Djurdjica ml. i zet Mato Perković iz Đakova dolaze subotom."
            ),
            hr(
                "Kći je jedina žena majstor tamburica u Đakovu; mob. 091 448 2271, kućni 035 441 892; auto SB 418-KT."
            ),
            hr(
                "Liječnica: dr. med. Snježana Radić-Bošnjak, HLK br. licence 01-4471; {L:PTH} {X:68 pmol/l}, {D:alfakalcidol} {X:0,5 µg}."
            ),
            hr(
                "Račun HR12 1001 0051 8630 0016 0 za putne troškove; e-pošta djurdjica.kovacevic (et) t-com (točka) hr."
            ),
            hr(
                "Matični broj povijesti bolesti 2016/22914-U; biometrijska osobna iskaznica s otiskom prsta, broj iskaznice 114471822; {L:hemoglobin} {X:98 g/l}; {D:željezo saharoza} {X:100 mg}; {cistoskopija} svakih 6 mjeseci."
            ),
        ],
        planted=[
            ("name/recorded hyphenated", "Đurđica Kovačević-Šimić"),
            ("geographic/village after sela", "Kaniža"),
            ("geographic/town in genitive", "Slavonskog Broda"),
            ("geographic/street HR with postcode", "ulica Matije Gupca 33, 35000 Slavonski Brod"),
            ("social security number/OIB", "48271339051"),
            ("health plan number/MBO", "173448206"),
            ("health plan number/supplementary policy", "7100-4418-22"),
            ("date/feast with year hr", "Tijelovo 2021"),
            ("date/written out hr genitive month", "5. svibnja 2021."),
            ("name/relative, đ as dj", "Djurdjica"),
            ("name/relative by marriage", "Mato Perković"),
            ("geographic/town in genitive", "Đakova"),
            (
                "other unique identifier/occupation of a relative",
                "jedina žena majstor tamburica u Đakovu",
            ),
            ("telephone/HR mobile", "091 448 2271"),
            ("telephone/HR landline", "035 441 892"),
            ("vehicle identifier/plate HR", "SB 418-KT"),
            ("name/after dr. med. hyphenated", "Snježana Radić-Bošnjak"),
            ("licence number/HLK", "01-4471"),
            ("account number/IBAN HR", "HR12 1001 0051 8630 0016 0"),
            ("email/obfuscated hr (et) (točka)", "djurdjica.kovacevic (et) t-com (točka) hr"),
            ("medical record number/povijest bolesti", "2016/22914-U"),
            ("social security number/identity card number", "114471822"),
        ],
    ),
    # 9. Novi Sad, Vojvodina (Serbian, both scripts): anti-GBM disease (Goodpasture)
    Patient(
        name="Nemanja Vuković",
        mrn="KCV-NS 2023/3371",
        birth="1984-01-27",
        notes=[
            srl(
                "Nemanja Vuković, 40 god., Bulevar oslobođenja 88/12, 21000 Novi Sad, primljen sa {E:Goodpasture sindromom}: {hemoptizije}, {L:anti-GBM antitela} {X:>200 CU}."
            ),
            src(
                "Немања Вуковић, ЈМБГ 2701984800012, ЛБО 10448213377; пријављен на Видовдан 2023, 28. јуна, преко хитне службе."
            ),
            srl(
                "{M:plazmafereza} {X:14 izmena}, {D:ciklofosfamid} {X:2 mg/kg}, {D:metilprednizolon} {X:1 g} {IV} {X:×3}; {L:kreatinin} {X:612 µmol/l}, {M:hemodijaliza} od prvog dana."
            ),
            srl(
                "{M:biopsija bubrega}: {linearni depoziti IgG} duž {GBM} u {X:100 %} glomerula, {polumeseci}; {G:COL4A3} NC1 domen."
            ),
            src(
                "Мобилни 064/418-2297; супруга Јелена ради у НИС-у; аутомобил НС 418-ЂК; возачка дозвола 004418227."
            ),
            srl(
                "Pušač, {X:20 paklica-godina}; radi kao jedini kovač potkovica na Fruškoj gori i vozi NS 418-DJ; pasoš 012447183."
            ),
            srl(
                "Lekar: prim. dr sc. med. Dragana Milošević-Stojanov, licenca LKS 118773; e-pošta nemanja.vukovic majmunče gmail tačka com."
            ),
            src(
                "Рачун RS35 1600 0000 1234 5678 43; контрола на Божић 2024 (7. јануар), {L:анти-GBM} негативна."
            ),
            srl(
                "Adresa za portal bolnice: 2a02:2a8:4471:18::27; broj istorije bolesti 3371/2023-NEF; {L:hemoglobin} {X:92 g/l}; {D:pantoprazol} {X:40 mg}; {S:BVAS} nije primenjiv; {O:Pneumocystis jirovecii} profilaksa {D:kotrimoksazol}."
            ),
        ],
        planted=[
            ("name/recorded", "Nemanja Vuković"),
            (
                "geographic/street RS with flat and postcode",
                "Bulevar oslobođenja 88/12, 21000 Novi Sad",
            ),
            ("name/recorded in Serbian Cyrillic", "Немања Вуковић"),
            ("social security number/JMBG Cyrillic note", "2701984800012"),
            ("health plan number/LBO", "10448213377"),
            ("date/feast with year sr Cyrillic", "Видовдан 2023"),
            ("date/written out sr Cyrillic", "28. јуна"),
            ("telephone/RS mobile with slash", "064/418-2297"),
            ("name/relative in Cyrillic", "Јелена"),
            ("name/employer Cyrillic", "НИС-у"),
            ("vehicle identifier/plate RS Cyrillic", "НС 418-ЂК"),
            ("licence number/driving licence RS", "004418227"),
            ("other unique identifier/occupation", "jedini kovač potkovica na Fruškoj gori"),
            ("vehicle identifier/plate RS Latin (the same car)", "NS 418-DJ"),
            ("licence number/passport RS", "012447183"),
            ("name/after prim. dr sc. med. hyphenated", "Dragana Milošević-Stojanov"),
            ("licence number/LKS", "LKS 118773"),
            ("email/obfuscated sr majmunče tačka", "nemanja.vukovic majmunče gmail tačka com"),
            ("account number/RS account", "RS35 1600 0000 1234 5678 43"),
            ("date/Orthodox Christmas with year", "Божић 2024"),
            ("date/written out sr Cyrillic", "7. јануар"),
            ("ip address/IPv6", "2a02:2a8:4471:18::27"),
            ("medical record number/istorija bolesti", "3371/2023-NEF"),
        ],
    ),
    # 10. Paramaribo, Suriname (Surinamese Dutch, Sranan): diabetic nephropathy (Kimmelstiel-Wilson)
    Patient(
        name="Radjkoemarie Shanti Ramdin-Bhagwandin",
        mrn="AZP-2019-448712",
        birth="1958-02-11",
        notes=[
            sr_nl(
                "Mevr. Radjkoemarie Shanti Ramdin-Bhagwandin, 66 jaar, woonachtig Wanicastraat 214, Paramaribo-Noord, bekend met {diabetes mellitus type 2} en {E:Kimmelstiel-Wilson} {nodulaire glomerulosclerose}."
            ),
            sr_nl(
                "ID-kaart FB 184772, BSN-achtig persoonsnummer 58021100144; SZF-kaart 0447-1183-22; dossier AZP-2019-448712."
            ),
            sr_nl(
                "{D:insuline glargine} {X:24 E} 's avonds, {D:metformine} gestopt bij {L:eGFR} {X:22 ml/min/1,73 m²}; {L:HbA1c} {X:8,4 %}; {diabetische retinopathie} bij {M:fundoscopie}."
            ),
            sr_nl(
                "Zij werkt bij de Surinaamse Brouwerij en heeft een tatoo van een kolibrie met de naam SHANTI op de linkerenkel; haar man, meneer Rajkumar Ramdin, rijdt PH-44-18."
            ),
            srn(
                "A sisa e taki: 'Mi no man waka moro, mi futu e soro'; a e tan na Lelydorp, na baka fu a Mandir."
            ),
            sr_nl(
                "Opgenomen met Divali 2022 en weer op Keti Koti 2023 met {longoedeem}; {M:hemodialyse} via {tunnelcatheter} in de {vena jugularis interna}."
            ),
            sr_nl(
                "Mobiel +597 8812 447 (WhatsApp), vast 471 337; e-mail shanti.ramdin apenstaartje sr.net; Facebook facebook.com/shanti.ramdin.58."
            ),
            sr_nl(
                "Verwezen door dokter Aloysius Kartodikromo, BIG-achtig registratienummer MMR-0447 van het Medisch Tuchtcollege; {L:kalium} {X:5,9 mmol/l}, {D:natriumpolystyreensulfonaat} {X:15 g}."
            ),
            sr_nl(
                "Shanti's kleinzoon Devendra belt elke zondag; {L:fosfaat} {X:2,1 mmol/l}, {D:sevelameer} {X:800 mg} 3dd; {S:Fontaine II} {perifeer arterieel vaatlijden}."
            ),
            sr_nl(
                "Haar moeder, Ma Kalawatie, is negenennegentig en woont in Nickerie; {L:ureum} {X:28 mmol/l}; {D:furosemide} {X:120 mg}; {M:thoraxfoto} met {pleuravocht}."
            ),
        ],
        planted=[
            ("name/recorded hyphenated", "Radjkoemarie Shanti Ramdin-Bhagwandin"),
            ("geographic/street SR", "Wanicastraat 214"),
            ("geographic/district", "Paramaribo-Noord"),
            ("social security number/ID-kaart SR", "FB 184772"),
            ("social security number/persoonsnummer", "58021100144"),
            ("health plan number/SZF-kaart", "0447-1183-22"),
            ("medical record number/dossier", "AZP-2019-448712"),
            ("name/employer", "Surinaamse Brouwerij"),
            ("other unique identifier/tattoo", "kolibrie met de naam SHANTI"),
            ("name/relative, English spelling of a Dutch-spelled name", "Rajkumar Ramdin"),
            ("vehicle identifier/plate SR", "PH-44-18"),
            ("geographic/town after na (Sranan)", "Lelydorp"),
            ("date/festival with year (Hindu)", "Divali 2022"),
            ("date/national holiday with year (Emancipation)", "Keti Koti 2023"),
            ("telephone/SR mobile +597", "+597 8812 447"),
            ("telephone/SR landline 6 digits", "471 337"),
            ("email/obfuscated apenstaartje no dot word", "shanti.ramdin apenstaartje sr.net"),
            ("url/social profile no scheme", "facebook.com/shanti.ramdin.58"),
            ("name/after dokter (Javanese surname)", "Aloysius Kartodikromo"),
            ("licence number/registration SR", "MMR-0447"),
            ("name/recorded given name possessive", "Shanti's"),
            ("name/relative given name", "Devendra"),
            ("name/relative after Ma", "Kalawatie"),
            ("age over 89/word nl", "negenennegentig"),
            ("geographic/district no cue", "Nickerie"),
        ],
    ),
    # 11. Kautokeino, Finnmark (Norwegian, North Sami): peritoneal dialysis, Tenckhoff catheter
    Patient(
        name="Ánde Ovllá Sara Bongo",
        mrn="UNN-2022-118403",
        birth="1955-08-19",
        notes=[
            nb(
                "Ánde Ovllá Sara Bongo, 69 år, bosatt Suohpatjavri 12, 9520 Kautokeino; {kronisk nyresykdom} stadium 5 etter {nefrosklerose}; startet {M:peritonealdialyse} (CAPD) i 2022."
            ),
            nb(
                "Fødselsnummer 190855 44718; pasientjournal UNN-2022-118403; fastlege dr. Ingrid Eira Hætta ved Kautokeino legekontor, HPR-nummer 9144718."
            ),
            nb(
                "{Tenckhoff-kateter} lagt laparoskopisk 17. mai 2022 (grunnlovsdagen); {exit site-infeksjon} med {O:Staphylococcus aureus}, {D:kloksacillin} {X:1 g} x 4 og {D:mupirocin} lokalt."
            ),
            nb(
                "{peritonitt} med {L:leukocytter i dialysatet} {X:820/µl}, {X:78 % polymorfkjernede}; {D:vankomycin} {X:30 mg/kg} {intraperitonealt}; {S:PET-test} viste {høy transportør}."
            ),
            se(
                "Son lea áddjá, ja su nieida Máret Ánne ássá Guovdageainnus; son muitala ahte boazu lea sutnje buot."
            ),
            nb(
                "Han er reineier, og datteren er den eneste kvinnelige reineier i Kautokeino med peritonealdialyse; reinmerket hans er registrert i Reindriftsforvaltningen som 'Ánde-merket'."
            ),
            nb(
                "Mobil 915 48 227, hytte 78 48 61 19; bil EL 44817 (elbil) og snøscooter registrert som snøscooter ZV 3381."
            ),
            nb(
                "Ande Ovlla (uten diakritiske tegn i NAV-systemet) får pasientreiser; kontonummer 1503.44.18227; e-post ande.bongo krøllalfa online punktum no."
            ),
            nb(
                "Syklopen Baxter HomeChoice Claria serienummer HCC-4471829 skiftet julaften 2023; {L:Kt/V} {X:1,9} ukentlig, {L:albumin} {X:31 g/l}."
            ),
            nb(
                "Eldre journalnummer fra Hammerfest sykehus 1999-44718; stemmegjenkjenning i banken (Sparebank 1 Nord-Norge) med stemmeavtrykk-ID SB1-VOICE-447182; {L:CRP} {X:84 mg/l}; {D:cefuroksim} {X:1,5 g}."
            ),
        ],
        planted=[
            ("name/recorded (Sami)", "Ánde Ovllá Sara Bongo"),
            ("geographic/street NO with postcode", "Suohpatjavri 12, 9520 Kautokeino"),
            ("social security number/fødselsnummer with space", "190855 44718"),
            ("medical record number/pasientjournal", "UNN-2022-118403"),
            ("name/after dr. (Sami names)", "Ingrid Eira Hætta"),
            ("geographic/facility named after a town", "Kautokeino legekontor"),
            ("licence number/HPR-nummer", "9144718"),
            ("date/national day written out", "17. mai 2022"),
            ("name/relative (Sami)", "Máret Ánne"),
            ("geographic/town in Sami locative", "Guovdageainnus"),
            (
                "other unique identifier/occupation of a relative",
                "den eneste kvinnelige reineier i Kautokeino med peritonealdialyse",
            ),
            ("other unique identifier/reindeer earmark", "'Ánde-merket'"),
            ("telephone/NO mobile 3-2-3", "915 48 227"),
            ("telephone/NO landline 2-2-2-2", "78 48 61 19"),
            ("vehicle identifier/plate NO electric", "EL 44817"),
            ("vehicle identifier/snowmobile registration", "ZV 3381"),
            ("name/recorded without diacritics", "Ande Ovlla"),
            ("account number/kontonummer NO", "1503.44.18227"),
            ("email/obfuscated nb krøllalfa punktum", "ande.bongo krøllalfa online punktum no"),
            ("device identifier/PD cycler serial", "HCC-4471829"),
            ("date/holiday with year nb", "julaften 2023"),
            ("geographic/hospital named after a town", "Hammerfest sykehus"),
            ("medical record number/older record number", "1999-44718"),
            ("biometric identifier/voiceprint", "SB1-VOICE-447182"),
        ],
    ),
    # 12. Aarhus, Jutland (Danish): Alport syndrome, å as aa, a table pasted from the lab system
    Patient(
        name="Søren Aagaard Thøgersen",
        mrn="AUH-2020-77318",
        birth="1997-10-05",
        notes=[
            da(
                "Søren Aagaard Thøgersen, 27 år, bor på Frederiks Allé 118, 2. th., 8000 Aarhus C; {E:Alport syndrom} med {G:COL4A5} c.1871G>A, {X-bundet}."
            ),
            da(
                "CPR-nr. 051097-1437; sundhedskort med lægen dr. Mette Kjærgaard Lund, Lægehuset Vestergade, STPS-nr. 0G4K7; journal AUH-2020-77318."
            ),
            da(
                "Prøvesvar (kopieret)\nAnalyse        Resultat   Enhed\n{L:P-Kreatinin}   {X:188}   {X:µmol/L}\n{L:eGFR}   {X:41}   {X:mL/min/1,73m²}\n{L:U-Albumin/kreatinin}   {X:1240}   {X:mg/g}\nBestilt af SAT, 05.10.2024 kl. 08.14"
            ),
            da(
                "{sensorineuralt høretab} bilateralt, høreapparat Oticon Intent serienr. 2271844-L og -R; {anterior lenticonus} ved {M:spaltelampeundersøgelse}; {D:ramipril} {X:5 mg}."
            ),
            da(
                "Moderen, fru Birthe Aagård Thøgersen, 71, har {mikroskopisk hæmaturi}; søsteren Kirstine bor i Nice og har fået {D:dapagliflozin} {X:10 mg}."
            ),
            da(
                "Telefon +45 20 44 81 73, arbejde 86 12 40 11 lokal 3318 (Vestas, Aarhus N); bil AB 44 817; kørekort 40118773."
            ),
            da(
                "Han var indlagt fra Sankthans 2023 til tre dage efter; {L:kalium} {X:5,6 mmol/L}, {D:natriumzirkoniumcyclosilikat} {X:10 g}; {S:KDIGO} G3b A3."
            ),
            da(
                "Konto reg.nr. 1551 kontonr. 4471182209; e-mail soeren.thoegersen snabel-a mail punktum dk; Strava-profil strava.com/athletes/4471822."
            ),
            da(
                "Aftalt {M:nyretransplantation} fra levende donor, faderen Hans Thøgersen, når {L:eGFR} er under {X:15}; {HLA-typning} og {M:CT-angiografi} bestilt."
            ),
            da(
                "Logget ind på sundhed.dk fra IP 87.61.44.182 og fra sundhed.dk/borger/min-side/journal?id=447182; {L:hæmoglobin} {X:8,1 mmol/L}; {D:amlodipin} {X:5 mg}; {M:renografi} med {L:split-funktion} {X:48/52 %}."
            ),
        ],
        planted=[
            ("name/recorded (Aagaard)", "Søren Aagaard Thøgersen"),
            ("geographic/street DK with floor and side", "Frederiks Allé 118, 2. th."),
            ("geographic/postcode DK with district letter", "8000 Aarhus C"),
            ("social security number/CPR", "051097-1437"),
            ("name/after dr. (Danish)", "Mette Kjærgaard Lund"),
            ("geographic/practice named after a street", "Lægehuset Vestergade"),
            ("licence number/STPS authorisation", "0G4K7"),
            ("medical record number/journal", "AUH-2020-77318"),
            ("name/recorded initials in a pasted table", "SAT"),
            ("date/dotted numeric in a pasted table", "05.10.2024"),
            ("device identifier/hearing aid serial", "2271844-L"),
            ("name/relative, aa written å (Aagård)", "Birthe Aagård Thøgersen"),
            ("name/relative given name", "Kirstine"),
            ("geographic/town that is an ordinary word (Nice)", "Nice"),
            ("telephone/DK mobile +45", "+45 20 44 81 73"),
            ("telephone/DK work with lokal", "86 12 40 11 lokal 3318"),
            ("name/employer", "Vestas"),
            ("geographic/district", "Aarhus N"),
            ("vehicle identifier/plate DK", "AB 44 817"),
            ("licence number/kørekort", "40118773"),
            ("date/holiday with year da", "Sankthans 2023"),
            ("account number/reg.nr. and kontonr.", "1551 kontonr. 4471182209"),
            (
                "email/obfuscated da snabel-a punktum (ø as oe)",
                "soeren.thoegersen snabel-a mail punktum dk",
            ),
            ("url/fitness profile no scheme", "strava.com/athletes/4471822"),
            ("name/relative after faderen", "Hans Thøgersen"),
            ("ip address/IPv4 DK", "87.61.44.182"),
            ("url/no scheme with a query", "sundhed.dk/borger/min-side/journal?id=447182"),
        ],
    ),
    # 13. Marseille (French, Maghrebi Arabic): calciphylaxis on haemodialysis
    Patient(
        name="Fatima-Zohra Benkhelifa",
        mrn="APHM-NORD 2023-004417",
        birth="1949-04-03",
        notes=[
            fr(
                "Mme Fatima-Zohra Benkhelifa, 75 ans, née à Tlemcen (Algérie), demeurant 14 bd de la Libération, bât. B, 13001 Marseille, en {M:hémodialyse} depuis 2015 pour {néphropathie diabétique}."
            ),
            fr(
                "NIR 2 49 04 99 352 118 47; carte Vitale, mutuelle CMU-C; dossier APHM-NORD 2023-004417; {calciphylaxie} ({artériolopathie calcifiante urémique}) des deux cuisses."
            ),
            fr(
                "{D:thiosulfate de sodium} {X:25 g} {IV} en fin de séance {X:3 fois par semaine}; arrêt de l'{D:acénocoumarol}; {L:phosphore} {X:2,3 mmol/l}, {L:PTH} {X:98 pmol/l}."
            ),
            ary(
                "Bentha Lalla Khadija katgoul: 'mama mrida bezzaf, ma katakoulch'; dar dyalhom f Noailles, qrib souk."
            ),
            fr(
                "Reçue le lendemain de l'Aïd el-Fitr 1444 (avril 2023) et à nouveau pendant le Ramadan 2024; la fille, Mlle Khadija Benkhelifa, institutrice, l'accompagne."
            ),
            fr(
                "Son nom en arabe : فاطمة الزهراء بن خليفة ; le fils aîné se fait appeler Abou Yacine au quartier."
            ),
            fr(
                "Tél. 06 18 44 27 39, fixe 04 91 55 12 07 poste 212; courriel fz.benkhelifa arobase free point fr; voiture FG-418-KT."
            ),
            fr(
                "Suivie par le Dr Karim Ould-Abdallah, RPPS 10101447182, et l'IDE Mme Nadia; {M:biopsie cutanée} : {calcifications de la média}, {D:cinacalcet} {X:60 mg}."
            ),
            fr(
                "Elle a fêté ses soixante-quinze ans le jour de l'Achoura; {D:étélcalcétide} {X:5 mg} après chaque séance; {L:albumine} {X:29 g/l}, {M:échographie-Doppler} de la {fistule artério-veineuse}."
            ),
            fr(
                "Télécopie au néphrologue : 04 91 55 12 99; IPP 8800447182; photo d'identité scannée photo_identite_Benkhelifa_FZ.png; {L:CRP} {X:64 mg/l}; {D:amoxicilline-acide clavulanique} {X:1 g}; {O:Staphylococcus epidermidis} sur l'{hémoculture}."
            ),
        ],
        planted=[
            ("name/recorded hyphenated given name", "Fatima-Zohra Benkhelifa"),
            ("geographic/birthplace abroad", "Tlemcen"),
            ("geographic/street FR with building", "14 bd de la Libération, bât. B"),
            ("geographic/postcode FR with city", "13001 Marseille"),
            ("social security number/NIR born abroad (99)", "2 49 04 99 352 118 47"),
            ("medical record number/dossier", "APHM-NORD 2023-004417"),
            ("name/relative after Lalla (Darija)", "Khadija"),
            ("geographic/neighbourhood (Darija)", "Noailles"),
            ("date/Islamic feast with Hijri year", "l'Aïd el-Fitr 1444"),
            ("date/month and year fr", "avril 2023"),
            ("date/Ramadan with year", "Ramadan 2024"),
            ("name/relative after Mlle", "Khadija Benkhelifa"),
            ("name/recorded in Arabic script", "فاطمة الزهراء بن خليفة"),
            ("name/kunya (Abou + son)", "Abou Yacine"),
            ("telephone/FR mobile", "06 18 44 27 39"),
            ("telephone/FR landline with poste", "04 91 55 12 07 poste 212"),
            ("email/obfuscated arobase point", "fz.benkhelifa arobase free point fr"),
            ("vehicle identifier/plate FR SIV", "FG-418-KT"),
            ("name/after Dr hyphenated with Ould", "Karim Ould-Abdallah"),
            ("licence number/RPPS", "10101447182"),
            ("name/nurse after Mme given name", "Nadia"),
            ("date/birthday on a feast", "le jour de l'Achoura"),
            ("fax/FR", "04 91 55 12 99"),
            ("medical record number/IPP", "8800447182"),
            ("full-face photograph/file name", "photo_identite_Benkhelifa_FZ.png"),
        ],
    ),
    # 14. Bradford, West Yorkshire (English of Britain; Persian and Urdu names): AKI on NSAIDs, e-mail headers
    Patient(
        name="Shirin Golnar Tehrani-Qureshi",
        mrn="BTHFT RAE4471829",
        birth="1966-01-30",
        notes=[
            gb(
                "From: Khalid Qureshi <k.qureshi1966@btinternet.com>\nSent: Mon 14/08/2023 22:41\nTo: renal.secretaries@bthft.nhs.uk\nSubject: my wife Shirin Tehrani-Qureshi, DOB 30/01/1966, NHS 485 777 3456"
            ),
            gb(
                "Dear Sir, my wife has been vomiting since Eid and her legs are swollen, she took {D:naproxen} {X:500 mg} twice a day for her knee from the chemist on Leeds Road."
            ),
            gb(
                "Admitted to Bradford Royal Infirmary, Ward 7, with {AKI} {S:KDIGO stage 2}: {L:creatinine} {X:388 µmol/L} from a baseline of {X:92}; {L:potassium} {X:6.1 mmol/L}; {D:ramipril} and {D:furosemide} held."
            ),
            gb(
                "Lives at 27 Girlington Road, Bradford BD8 9NS; home 01274 448 213, mobile 07700 900 418; the family runs Golnar Sweets & Mithai on Great Horton Road."
            ),
            gb(
                "Born in Shiraz on 10 Farvardin 1345 (she says her birthday is at Nowruz); came to the UK in 1991; NI number QQ 44 18 27 C."
            ),
            gb(
                "{M:renal ultrasound}: kidneys {X:10.8 cm} and {X:11.2 cm}, no {hydronephrosis}; {acute interstitial nephritis} considered, {L:urine eosinophils} negative; {D:prednisolone} not started."
            ),
            gb(
                "Her brother Dariush Tehrani (Dari-jaan to the family) interprets in Farsi; her sister-in-law Bibi Nasreen Qureshi speaks Punjabi and Urdu."
            ),
            gb(
                "Seen by Dr Anwar ul-Haq Siddiqui, GMC 7044182, and the renal pharmacist Mr Tobias Greenhalgh, GPhC 2084471; {L:CK} {X:212 U/L}; {rhabdomyolysis} excluded."
            ),
            gb(
                "Discharged on Friday 18 August 2023; {L:creatinine} {X:141 µmol/L}; advised to avoid {NSAIDs}; her Yorkshire Water account 4471 8822 09 is in arrears, she asked for a letter."
            ),
            gb(
                "Her bank uses voice ID ('my voice is my password'), enrolment ref VID-447182-QS; hospital number RAE4471829 on the old system; {L:magnesium} {X:0.61 mmol/L}; {D:omeprazole} stopped, {D:magnesium glycerophosphate} {X:4 mmol} bd."
            ),
        ],
        planted=[
            ("name/relative in an e-mail From: header", "Khalid Qureshi"),
            ("email/in an e-mail header", "k.qureshi1966@btinternet.com"),
            ("date/e-mail header date and time", "Mon 14/08/2023 22:41"),
            ("email/institutional address in To:", "renal.secretaries@bthft.nhs.uk"),
            ("name/recorded without a middle name", "Shirin Tehrani-Qureshi"),
            ("date/DOB in a subject line", "30/01/1966"),
            ("health plan number/NHS number in a subject line", "485 777 3456"),
            ("date/feast without a year", "since Eid"),
            ("geographic/street after on, no number", "Leeds Road"),
            ("geographic/hospital named after a town", "Bradford Royal Infirmary"),
            ("geographic/street UK with postcode", "27 Girlington Road, Bradford BD8 9NS"),
            ("telephone/UK landline", "01274 448 213"),
            ("telephone/UK mobile", "07700 900 418"),
            ("name/employer, a family business with the name in it", "Golnar Sweets & Mithai"),
            ("geographic/street, no number", "Great Horton Road"),
            ("geographic/birthplace abroad", "Shiraz"),
            ("date/Persian calendar in Latin script", "10 Farvardin 1345"),
            ("social security number/NI number", "QQ 44 18 27 C"),
            ("name/relative", "Dariush Tehrani"),
            ("name/nickname with -jaan", "Dari-jaan"),
            ("name/relative with Bibi", "Bibi Nasreen Qureshi"),
            ("name/after Dr with ul-", "Anwar ul-Haq Siddiqui"),
            ("licence number/GMC", "GMC 7044182"),
            ("name/after Mr", "Tobias Greenhalgh"),
            ("licence number/GPhC", "GPhC 2084471"),
            ("date/weekday and date en", "Friday 18 August 2023"),
            ("account number/utility account", "4471 8822 09"),
            ("biometric identifier/voiceprint enrolment", "VID-447182-QS"),
            ("medical record number/hospital number", "RAE4471829"),
        ],
    ),
    # 15. Cabramatta, western Sydney (English of Australia; Vietnamese names): IgA vasculitis, a dictated note
    Patient(
        name="Nguyễn Thị Thu Hằng",
        mrn="LIV-MRN 4418227",
        birth="1975-09-02",
        notes=[
            au(
                "dictated not read patient nguyen thi thu hang date of birth second of september nineteen seventy five lives at unit 4 slash 27 park road cabramatta nsw twenty one sixty six presents with {palpable purpura} and {haematuria}"
            ),
            au(
                "Mrs Nguyễn Thị Thu Hằng (Mrs Hang, family name Nguyễn) was admitted to Liverpool Hospital under the renal team with {E:Henoch-Schönlein purpura} ({IgA vasculitis}); {L:urine protein:creatinine ratio} {X:180 mg/mmol}."
            ),
            au(
                "Her son typed her name for the pharmacy label as 'Nguyeenx Thij Thu Hawngf' (Telex input left on); Medicare 2953 44182 1/2, IHI 8003 6080 1234 5678."
            ),
            au(
                "{M:renal biopsy}: {mesangial IgA deposits}, {S:Oxford MEST-C} M1 E1 S0 T0 C1; {D:methylprednisolone} {X:500 mg} {IV} x3 then {D:prednisolone} {X:1 mg/kg}; {D:Pneumocystis prophylaxis} with {D:co-trimoxazole}."
            ),
            au(
                "Lives with her husband Trần Văn Minh and daughter Thúy Vy in Cabramatta West; family is from Huế; she works at Phở Hằng Bankstown on Saturdays."
            ),
            au(
                "Mobile 0412 448 227, home (02) 9724 4181; Zalo 0412448227; car NSW plate CX 44 KT; driver licence NSW 14471822, card number 2093318805."
            ),
            au(
                "She has a tattoo of a koi carp with the name MINH across the upper back; came back after Tết 2024 with a flare; {L:C3} normal, {L:IgA} {X:4.8 g/L}."
            ),
            au(
                "Reviewed by Dr Bao-Ngoc Lưu (AHPRA MED0001447182) in the Wagga Wagga outreach clinic on the Thursday before Anzac Day 2024; bank BSB 062-447 account 1844 7182."
            ),
            au(
                "email nguyenthuhang75 at gmail dot com; interpreter Vietnamese, TIS booking 4471-VIE; {L:creatinine} {X:96 µmol/L}, {L:eGFR} {X:61}."
            ),
            au(
                "Her MRN at Fairfield Hospital was FH0044718; My Health Record photo uploaded as IMG_4471_Hang_face.HEIC; {L:ANCA} negative; {D:mycophenolate mofetil} {X:1 g} bd; {S:BVAS} not used; {L:complement C4} {X:0.22 g/L}."
            ),
        ],
        planted=[
            ("name/recorded, dictated in lower case without diacritics", "nguyen thi thu hang"),
            ("date/DOB in words, dictated", "second of september nineteen seventy five"),
            (
                "geographic/unit slash number in words, dictated",
                "unit 4 slash 27 park road cabramatta",
            ),
            ("geographic/postcode in words, dictated", "nsw twenty one sixty six"),
            ("name/recorded family name first", "Nguyễn Thị Thu Hằng"),
            ("name/given name after Mrs (Vietnamese order)", "Hang"),
            ("name/family name alone", "Nguyễn"),
            ("geographic/hospital named after a town", "Liverpool Hospital"),
            ("name/recorded typed in Telex", "Nguyeenx Thij Thu Hawngf"),
            ("health plan number/Medicare AU with IRN", "2953 44182 1/2"),
            ("health plan number/IHI", "8003 6080 1234 5678"),
            ("name/relative family name first", "Trần Văn Minh"),
            ("name/relative short given name", "Thúy Vy"),
            ("geographic/suburb", "Cabramatta West"),
            ("geographic/city abroad", "Huế"),
            ("name/employer with the name in it", "Phở Hằng Bankstown"),
            ("telephone/AU mobile", "0412 448 227"),
            ("telephone/AU landline", "(02) 9724 4181"),
            ("telephone/messenger id = phone no spaces", "0412448227"),
            ("vehicle identifier/plate AU NSW", "CX 44 KT"),
            ("licence number/driver licence NSW", "14471822"),
            ("licence number/licence card number", "2093318805"),
            ("other unique identifier/tattoo", "koi carp with the name MINH"),
            ("date/Lunar New Year with year (Tết)", "Tết 2024"),
            ("name/after Dr, hyphenated given name", "Bao-Ngoc Lưu"),
            ("licence number/AHPRA", "MED0001447182"),
            ("geographic/town with a doubled Indigenous name", "Wagga Wagga"),
            ("date/relative to a holiday with year", "the Thursday before Anzac Day 2024"),
            ("account number/BSB and account", "BSB 062-447 account 1844 7182"),
            ("email/obfuscated at dot in English", "nguyenthuhang75 at gmail dot com"),
            ("other unique identifier/interpreter booking", "4471-VIE"),
            ("geographic/hospital named after a suburb", "Fairfield Hospital"),
            ("medical record number/MRN at another hospital", "FH0044718"),
            ("full-face photograph/HEIC file name", "IMG_4471_Hang_face.HEIC"),
        ],
    ),
    # 16. Hilo, island of Hawaiʻi (English of Hawaiʻi, Hawaiian names): home haemodialysis, gout, ʻokina variants
    Patient(
        name="Kaʻiulani Mahealani Kealoha-Akana",
        mrn="HMC-E 00448 1827",
        birth="1960-06-11",
        notes=[
            hi(
                "Kaʻiulani Mahealani Kealoha-Akana, 64, of 118 Kinoʻole St, Hilo HI 96720, Native Hawaiian, {end-stage kidney disease} from {diabetic nephropathy}, on {M:home hemodialysis} with {NxStage}."
            ),
            hi(
                "Her chart at Hilo Medical Center spells it Ka'iulani (apostrophe) and the insurer spells it Kaiulani Kealoha Akana (no ʻokina, no hyphen); QUEST Integration member ID 4471-8822-05."
            ),
            hi(
                "SSN 575-44-1827; driver's license H04471822; she was born on Kamehameha Day, June 11, in Honokaʻa and her family comes from Waipiʻo Valley."
            ),
            hi(
                "{gout} with {tophi}; {D:febuxostat} {X:40 mg} daily, {D:colchicine} {X:0.3 mg} twice weekly after dialysis; {L:uric acid} {X:8.9 mg/dL}; {D:rasburicase} not needed."
            ),
            hi(
                "Her tūtū kāne (grandfather) lived to ninety-six; her aunty Leimomi keeps a traditional kākau band around the left ankle like hers; she dances hula with Hālau o Kekuhi."
            ),
            hi(
                "NxStage System One cycler serial NX1-447182 at home; {L:spKt/V} {X:0.58} per session, {X:6 sessions/week}; {arteriovenous fistula} left upper arm, {buttonhole cannulation}."
            ),
            hi(
                "Mobile (808) 555-0147, home 808-961-4471 ext 2; truck plate HI LKT 418; she gets mail at P.O. Box 4471, Pāhoa HI 96778."
            ),
            hi(
                "Seen on Prince Kūhiō Day 2024 by Dr Keoni Pali-Makaʻike, MD (Hawaii license MD-14471, NPI 1447182204); email kaiu.akana@hawaiiantel.net."
            ),
            hi(
                "{L:phosphorus} {X:6.4 mg/dL}, {D:sucroferric oxyhydroxide} {X:500 mg} with meals; {L:intact PTH} {X:612 pg/mL}; {M:parathyroid sestamibi scan} before {parathyroidectomy}."
            ),
            hi(
                "Her tūtū wahine (grandmother) died at one hundred and one; patient portal mychart.hilomedicalcenter.org/patient/4471822; {L:ferritin} {X:640 ng/mL}, {L:TSAT} {X:31 %}; {D:ferric pyrophosphate citrate} in the {dialysate}."
            ),
        ],
        planted=[
            ("name/recorded with ʻokina", "Kaʻiulani Mahealani Kealoha-Akana"),
            ("geographic/street US with ʻokina and ZIP", "118 Kinoʻole St, Hilo HI 96720"),
            ("geographic/hospital named after a town", "Hilo Medical Center"),
            ("name/recorded with apostrophe for ʻokina", "Ka'iulani"),
            ("name/recorded without ʻokina or hyphen", "Kaiulani Kealoha Akana"),
            ("health plan number/QUEST member ID", "4471-8822-05"),
            ("social security number/SSN", "575-44-1827"),
            ("licence number/driver's license HI", "H04471822"),
            ("date/birthday on a state holiday", "Kamehameha Day, June 11"),
            ("geographic/birthplace with ʻokina", "Honokaʻa"),
            ("geographic/valley with ʻokina", "Waipiʻo Valley"),
            ("age over 89/word en of a relative", "ninety-six"),
            ("name/relative after aunty", "Leimomi"),
            (
                "other unique identifier/traditional tattoo",
                "a traditional kākau band around the left ankle",
            ),
            ("name/hula school (phrase)", "Hālau o Kekuhi"),
            ("device identifier/home HD cycler serial", "NX1-447182"),
            ("telephone/US mobile", "(808) 555-0147"),
            ("telephone/US with ext", "808-961-4471 ext 2"),
            ("vehicle identifier/plate HI", "LKT 418"),
            ("geographic/post box with town and ZIP", "P.O. Box 4471, Pāhoa HI 96778"),
            ("date/state holiday with year", "Prince Kūhiō Day 2024"),
            ("name/after Dr hyphenated with ʻokina", "Keoni Pali-Makaʻike"),
            ("licence number/state license", "MD-14471"),
            ("licence number/NPI", "1447182204"),
            ("email/plain", "kaiu.akana@hawaiiantel.net"),
            ("age over 89/word en", "one hundred and one"),
            ("url/portal with a patient path", "mychart.hilomedicalcenter.org/patient/4471822"),
        ],
    ),
    # 17. Sapporo, Hokkaidō (English of a Japanese referral; Japanese names family first): ANCA vasculitis
    Patient(
        name="YAMAMOTO Keiko",
        mrn="SMU-H 0447-1822",
        birth="1938-04-01",
        notes=[
            jp(
                "Referral letter. Patient: YAMAMOTO Keiko (山本 恵子, ヤマモト ケイコ), female, born Showa 13 (1938) April 1, eighty-six years old, of Kita 12-jo Nishi 5-chome 3-18, Kita-ku, Sapporo 060-0812."
            ),
            jp(
                "She was admitted to Sapporo Medical University Hospital on Reiwa 6-nen 1-gatsu 9-ka (令和6年1月9日) with {rapidly progressive glomerulonephritis}, {L:MPO-ANCA} {X:312 U/mL}, {E:Wegener} excluded ({L:PR3-ANCA} negative)."
            ),
            jp(
                "{microscopic polyangiitis}: {M:kidney biopsy} with {pauci-immune crescentic glomerulonephritis} in {X:9 of 14 glomeruli}; {D:rituximab} {X:375 mg/m²} weekly x4, {D:avacopan} {X:30 mg} twice daily."
            ),
            jp(
                "Yamamoto-san's husband, YAMAMOTO Hiroshi, is ninety-two (九十二歳); they live alone. Her My Number is 4471 8227 1839; health insurance card 01-447182, kigo 0447."
            ),
            jp(
                "Phone 011-555-4471, mobile 090-4471-8227; LINE ID keiko_yama38; car plate 札幌 300 さ 44-18."
            ),
            jp(
                "{L:creatinine} {X:3.4 mg/dL}, {L:eGFR} {X:11 mL/min/1.73 m²}; {M:hemodialysis} via {double-lumen catheter} in the right {internal jugular vein}; {D:trimethoprim-sulfamethoxazole} prophylaxis."
            ),
            jp(
                "She has a full irezumi back piece, a carp climbing a waterfall, from her years at the Susukino bar Kōbai, which she ran; she asked that it not be photographed."
            ),
            jp(
                "Dr. SATŌ Takeshi (佐藤 健), Department of Nephrology, medical registration number 318804; fax 011-555-4472; please reply to t.sato@sapmed-nephro.jp."
            ),
            jp(
                "The family plans a visit at Obon 2024 (mid-August); her niece KIMURA Aiko in Otaru is the contact; keiko.yamamoto.38 at docomo.ne.jp for e-mail."
            ),
            jp(
                "Palm-vein authentication is used at her bank (Hokkaido Bank) for her account 普通 4471822; palm-vein template ID PV-4471-YK; {L:KL-6} {X:412 U/mL}; {interstitial pneumonia} on {M:HRCT}; {D:pirfenidone} not started."
            ),
        ],
        planted=[
            ("name/recorded family first, family in capitals", "YAMAMOTO Keiko"),
            ("name/recorded in kanji (phrase)", "山本 恵子"),
            ("name/recorded in katakana", "ヤマモト ケイコ"),
            ("date/Japanese era year and Western year (birth)", "Showa 13 (1938) April 1"),
            (
                "geographic/Japanese jo-chome block address with postcode",
                "Kita 12-jo Nishi 5-chome 3-18, Kita-ku, Sapporo 060-0812",
            ),
            ("geographic/hospital named after a city", "Sapporo Medical University Hospital"),
            ("date/Japanese era in romaji", "Reiwa 6-nen 1-gatsu 9-ka"),
            ("date/Japanese era in kanji", "令和6年1月9日"),
            ("name/recorded family name with -san", "Yamamoto"),
            ("name/relative family first in capitals", "YAMAMOTO Hiroshi"),
            ("age over 89/word en", "ninety-two"),
            ("age over 89/number with 歳", "九十二歳"),
            ("social security number/My Number", "4471 8227 1839"),
            ("health plan number/insurance card number", "01-447182"),
            ("health plan number/insurance card kigo", "kigo 0447"),
            ("telephone/JP landline", "011-555-4471"),
            ("telephone/JP mobile", "090-4471-8227"),
            ("name/messenger handle (phrase)", "keiko_yama38"),
            ("vehicle identifier/plate JP with kanji and kana", "札幌 300 さ 44-18"),
            (
                "other unique identifier/irezumi",
                "a full irezumi back piece, a carp climbing a waterfall",
            ),
            ("geographic/district", "Susukino"),
            ("name/employer, a bar", "Kōbai"),
            ("name/clinician family first with macron", "SATŌ Takeshi"),
            ("name/clinician in kanji (phrase)", "佐藤 健"),
            ("licence number/medical registration JP", "318804"),
            ("fax/JP", "011-555-4472"),
            ("email/plain", "t.sato@sapmed-nephro.jp"),
            ("date/festival with year", "Obon 2024"),
            ("date/month phrase", "mid-August"),
            ("name/relative family first in capitals", "KIMURA Aiko"),
            ("geographic/town no cue", "Otaru"),
            ("email/obfuscated at with a dotted domain", "keiko.yamamoto.38 at docomo.ne.jp"),
            ("account number/JP ordinary account", "普通 4471822"),
            ("biometric identifier/palm-vein template", "PV-4471-YK"),
        ],
    ),
    # 18. Tai O, Hong Kong (English of Hong Kong; Cantonese names): lupus nephritis, pregnancy
    Patient(
        name="CHAN Wing Yee Winnie",
        mrn="HN14471822(3)",
        birth="1991-10-10",
        notes=[
            hk(
                "CHAN Wing Yee Winnie (陳詠儀), F/33, HKID Y447182(6), Hospital No. HN14471822(3), lives at Flat 12B, Block 3, Yat Tung Estate, Tung Chung, Lantau Island, N.T."
            ),
            hk(
                "Family from Tai O; she is the only woman dragon-boat drummer of the Tai O fishermen's team; works as a clerk at Cathay Pacific, HKIA."
            ),
            hk(
                "{lupus nephritis} {S:class IV ISN/RPS}, {L:anti-dsDNA} {X:>300 IU/mL}, {L:C3} {X:0.41 g/L}; 14 weeks pregnant: {D:azathioprine} {X:100 mg} and {D:hydroxychloroquine} {X:400 mg}; {D:mycophenolate} stopped."
            ),
            hk(
                "{pre-eclampsia} screen: {L:sFlt-1/PlGF ratio} {X:48}; {D:aspirin} {X:150 mg} nocte; {D:nifedipine XL} {X:30 mg}; {M:obstetric ultrasound} normal."
            ),
            hk(
                "Husband Mr Lee Ka Ho (李家豪) and her mother Madam Wong Sau Lan (黃秀蘭), ninety-one, who only speaks Cantonese; admitted on Chung Yeung Festival 2023."
            ),
            hk(
                "Mobile 9447 1822, office 2747 1822 ext. 318; WeChat winnie_cwy_1010; car plate WY 1010; Octopus card no. 39120554(5)."
            ),
            hk(
                "Seen by Dr Ho Man-kit Kenneth (MCHK M14471) at the Princess Margaret Hospital lupus clinic; Winnie's sister Chan Wing Sze lives in Shau Kei Wan."
            ),
            hk(
                "Her mainland permit (回鄉證) H44718227; bank HSBC 447-182270-838; email winniechan.wy at yahoo dot com dot hk; Instagram @winnie.taio.drums."
            ),
            hk(
                "Her name is written Chen Yongyi in the Shenzhen hospital records (Putonghua), where she had a {M:renal biopsy} in 2019; {L:proteinuria} {X:2.8 g/day}."
            ),
            hk(
                "e-Health portal login from 2001:da8:4471::82; her insulin-free {CGM} is not used; home BP monitor Omron HEM-7361T serial 20231044718; {L:urine protein} {X:0.4 g/day} at 28 weeks; {D:labetalol} {X:100 mg} bd."
            ),
        ],
        planted=[
            ("name/recorded family first with English given name", "CHAN Wing Yee Winnie"),
            ("name/recorded in Chinese characters", "陳詠儀"),
            ("social security number/HKID", "Y447182(6)"),
            ("medical record number/hospital number", "HN14471822(3)"),
            ("geographic/flat, block and estate HK", "Flat 12B, Block 3, Yat Tung Estate"),
            ("geographic/new town and island", "Tung Chung, Lantau Island"),
            ("geographic/village no cue", "Tai O"),
            (
                "other unique identifier/role",
                "the only woman dragon-boat drummer of the Tai O fishermen's team",
            ),
            ("name/employer", "Cathay Pacific"),
            ("name/relative family first after Mr", "Lee Ka Ho"),
            ("name/relative in Chinese characters", "李家豪"),
            ("name/relative after Madam", "Wong Sau Lan"),
            ("name/relative in Chinese characters", "黃秀蘭"),
            ("age over 89/word en", "ninety-one"),
            ("date/festival with year", "Chung Yeung Festival 2023"),
            ("telephone/HK mobile 8 digits", "9447 1822"),
            ("telephone/HK office with ext.", "2747 1822 ext. 318"),
            ("name/WeChat handle (phrase)", "winnie_cwy_1010"),
            ("vehicle identifier/personalised plate HK", "WY 1010"),
            ("account number/Octopus card", "39120554(5)"),
            ("name/after Dr, family first with Western given name", "Ho Man-kit Kenneth"),
            ("licence number/MCHK", "M14471"),
            ("geographic/hospital named after a person", "Princess Margaret Hospital"),
            ("name/recorded English given name possessive", "Winnie's"),
            ("name/relative family first", "Chan Wing Sze"),
            ("geographic/neighbourhood", "Shau Kei Wan"),
            ("licence number/home return permit", "H44718227"),
            ("account number/HK bank", "447-182270-838"),
            ("email/obfuscated at dot dot", "winniechan.wy at yahoo dot com dot hk"),
            ("name/handle (phrase)", "@winnie.taio.drums"),
            ("name/recorded in Mandarin romanisation", "Chen Yongyi"),
            ("geographic/city abroad", "Shenzhen"),
            ("ip address/IPv6 compressed", "2001:da8:4471::82"),
            ("device identifier/BP monitor serial", "20231044718"),
        ],
    ),
    # 19. Lagos (English of Nigeria; Yoruba and Igbo names): sickle cell nephropathy, a discharge summary
    Patient(
        name="Adéwálé Olúwasẹ́gun Sunday Adébáyọ̀",
        mrn="LUTH/NEPH/2022/4471",
        birth="1979-12-25",
        notes=[
            ng(
                "DISCHARGE SUMMARY - Lagos University Teaching Hospital, Idi-Araba. Name: ADEBAYO, Adewale Oluwasegun Sunday. Hosp. No.: LUTH/NEPH/2022/4471. Ward: E2."
            ),
            ng(
                "Mr Adéwálé Olúwasẹ́gun Sunday Adébáyọ̀, 44, {sickle cell anaemia} ({G:HbSS}), admitted in {vaso-occlusive crisis} with {AKI}; {L:creatinine} {X:412 µmol/L}, {L:haemoglobin} {X:6.2 g/dL}."
            ),
            ng(
                "{sickle cell nephropathy}: {papillary necrosis} on {M:CT urogram}, {L:albuminuria} {X:620 mg/g}; {D:hydroxyurea} {X:20 mg/kg}, {D:lisinopril} {X:5 mg}; {exchange transfusion} x1."
            ),
            ng(
                "Address: 14B Adeniran Ogunsanya Street, off Bode Thomas, Surulere, Lagos; hometown Ogbomoso, Oyo State; NIN 44718227193, BVN 22144718227."
            ),
            ng(
                "Next of kin: wife Mrs Chiamaka Mercy Adebayo (née Okonkwo), 0803 447 1822; his mother, Mama Sunday, is ninety-three and lives in Ogbomoso."
            ),
            ng(
                "He has three vertical ila marks on each cheek; works as a sound engineer at Ìfẹ́olúwa Records, Ojuelegba; Toyota plate LSD 447 KT; NHIS no. 0447182-27."
            ),
            ng(
                "Discharged on Boxing Day, 26/12/2023, by Dr (Mrs) Ngozi Eze-Okafor, MDCN/R/44718; pharmacist Pharm. Blessing Udoh."
            ),
            ng(
                "Follow-up SOPD after Sallah 2024; GTBank NUBAN 0447182279; email segun.adebayo@yahoo.co.uk; Twitter/X @segunsound."
            ),
            ng(
                "Old folder number at General Hospital Ikeja: GHI/88/4471; his grandmother Iya Agba is one hundred and four, in Ogbomoso; {L:reticulocytes} {X:8 %}; {D:folic acid} {X:5 mg}; {M:transcranial Doppler} normal."
            ),
        ],
        planted=[
            (
                "geographic/teaching hospital named after a city",
                "Lagos University Teaching Hospital",
            ),
            ("geographic/neighbourhood", "Idi-Araba"),
            (
                "name/recorded in capitals without tone marks, surname first",
                "ADEBAYO, Adewale Oluwasegun Sunday",
            ),
            ("medical record number/hospital number with slashes", "LUTH/NEPH/2022/4471"),
            ("name/recorded with tone marks and Sunday", "Adéwálé Olúwasẹ́gun Sunday Adébáyọ̀"),
            ("geographic/street NG with off", "14B Adeniran Ogunsanya Street, off Bode Thomas"),
            ("geographic/district and city", "Surulere, Lagos"),
            ("geographic/hometown and state", "Ogbomoso, Oyo State"),
            ("social security number/NIN", "44718227193"),
            ("account number/BVN", "22144718227"),
            (
                "name/relative with née and an ordinary-word name (Mercy)",
                "Chiamaka Mercy Adebayo (née Okonkwo)",
            ),
            ("telephone/NG mobile", "0803 447 1822"),
            ("name/teknonym Mama + an ordinary-word name", "Mama Sunday"),
            ("age over 89/word en", "ninety-three"),
            ("geographic/hometown repeated", "Ogbomoso"),
            (
                "other unique identifier/facial scarification",
                "three vertical ila marks on each cheek",
            ),
            ("name/employer with tone marks", "Ìfẹ́olúwa Records"),
            ("geographic/neighbourhood", "Ojuelegba"),
            ("vehicle identifier/plate NG", "LSD 447 KT"),
            ("health plan number/NHIS", "0447182-27"),
            ("date/holiday with numeric date", "Boxing Day, 26/12/2023"),
            ("name/after Dr (Mrs) hyphenated", "Ngozi Eze-Okafor"),
            ("licence number/MDCN", "MDCN/R/44718"),
            ("name/after Pharm., an ordinary-word name (Blessing)", "Blessing Udoh"),
            ("date/Islamic feast with year (Sallah)", "Sallah 2024"),
            ("account number/NUBAN", "0447182279"),
            ("email/plain, name in it", "segun.adebayo@yahoo.co.uk"),
            ("name/handle (phrase)", "@segunsound"),
            ("geographic/hospital named after a town", "General Hospital Ikeja"),
            ("medical record number/old folder number", "GHI/88/4471"),
            ("name/relative, a title used as a name (Iya Agba)", "Iya Agba"),
            ("age over 89/word en", "one hundred and four"),
        ],
    ),
    # 20. Nongoma, KwaZulu-Natal (English of South Africa, Zulu, Afrikaans): APOL1 FSGS, SMS-style messages
    Patient(
        name="Nokuthula Gugulethu Mthembu",
        mrn="IALCH 0044718227",
        birth="1982-03-21",
        notes=[
            za(
                "Ms Nokuthula Gugulethu Mthembu, 42, from Nongoma, Zululand district; ID no. 820321 0447 08 7; transferred to Inkosi Albert Luthuli Central Hospital, Durban."
            ),
            za(
                "{focal segmental glomerulosclerosis} with {G:APOL1} high-risk genotype; {L:serum albumin} {X:19 g/L}, {L:uPCR} {X:680 mg/mmol}; {D:tacrolimus} {X:0.05 mg/kg} bd, {D:prednisone} tapering."
            ),
            za(
                "sms from pt 21/03/24: hi dr its thula, MaMthembu, my feet r swollen again & i cant get transport from KwaNongoma til Mon, can u call 072 447 1822 pls"
            ),
            zu(
                "Umama wakhe uMaZungu uthi: 'uNokuthula akaphilile, usefuna ukuya eThekwini'; bahlala emzini waseMahlabathini."
            ),
            za(
                "She is the only sangoma in the Nongoma dialysis unit; her clan praise is 'Mthembu, Ngwane, Mthembu kaMasimba' which she asks us to use."
            ),
            za(
                "{M:peritoneal dialysis} (CAPD) since Heritage Day 2022; {peritonitis} with {O:Pseudomonas aeruginosa}, {D:ceftazidime} {X:1 g} IP; {Tenckhoff catheter} removed and {M:haemodialysis} started."
            ),
            af(
                "Haar werkgewer by Van der Merwe Boerdery, Vryheid, mev. Annelie van der Merwe, bel 034 980 4471 en sê sy werk al 12 jaar op die plaas."
            ),
            za(
                "Medical aid GEMS no. 004471822, dependant 01; car NZ 447-182 (KZN); Capitec account 1447182270; email thula.mthembu82@webmail.co.za."
            ),
            za(
                "Seen by Dr Sipho Dlamini-Ndlovu (HPCSA MP0447182) and Sister Thandeka; {L:tacrolimus trough} {X:6.1 µg/L}, {L:creatinine} {X:148 µmol/L}, {L:eGFR} {X:49}."
            ),
            za(
                "Her granny, Gogo MaZungu, is ninety-eight; clinic card Nongoma CHC 2093-551; {L:CD4} not done, {L:HIV ELISA} negative; {D:amlodipine} {X:10 mg}; {M:renal biopsy} repeat deferred."
            ),
        ],
        planted=[
            ("name/recorded", "Nokuthula Gugulethu Mthembu"),
            ("geographic/town no cue", "Nongoma"),
            ("geographic/district", "Zululand district"),
            ("social security number/SA ID with spaces", "820321 0447 08 7"),
            ("geographic/hospital named after a person", "Inkosi Albert Luthuli Central Hospital"),
            ("geographic/city", "Durban"),
            ("date/numeric in an SMS", "21/03/24"),
            ("name/nickname in an SMS", "thula"),
            ("name/clan name with Ma- prefix", "MaMthembu"),
            ("geographic/town with Kwa- prefix", "KwaNongoma"),
            ("telephone/ZA mobile in an SMS", "072 447 1822"),
            ("name/relative with u- and Ma- prefixes (Zulu)", "uMaZungu"),
            ("name/recorded with the Zulu u- prefix", "uNokuthula"),
            ("geographic/city in Zulu locative (eThekwini)", "eThekwini"),
            ("geographic/town in Zulu locative", "emzini waseMahlabathini"),
            ("other unique identifier/occupation", "the only sangoma in the Nongoma dialysis unit"),
            ("name/clan praise (izithakazelo)", "'Mthembu, Ngwane, Mthembu kaMasimba'"),
            ("date/national holiday with year", "Heritage Day 2022"),
            ("name/after mev. (Afrikaans, with van der)", "Annelie van der Merwe"),
            ("name/employer, farm named after a family (phrase)", "Van der Merwe Boerdery"),
            ("geographic/town no cue (Afrikaans)", "Vryheid"),
            ("telephone/ZA landline (Afrikaans note)", "034 980 4471"),
            ("health plan number/medical aid", "004471822"),
            ("vehicle identifier/plate ZA KZN", "NZ 447-182"),
            ("account number/ZA bank", "1447182270"),
            ("email/plain, name in it", "thula.mthembu82@webmail.co.za"),
            ("name/after Dr hyphenated", "Sipho Dlamini-Ndlovu"),
            ("licence number/HPCSA", "MP0447182"),
            ("name/after Sister", "Thandeka"),
            ("name/relative after Gogo", "Gogo MaZungu"),
            ("age over 89/word en", "ninety-eight"),
            ("medical record number/clinic card", "CHC 2093-551"),
        ],
    ),
    # 21. Addis Ababa (English of Ethiopia; Amharic names): AKI after snake bite, Ethiopian calendar
    Patient(
        name="Tigist Alemu Bekele",
        mrn="TASH-2016-44718",
        birth="1985-09-11",
        notes=[
            et(
                "W/t Tigist Alemu Bekele (ትዕግሥት አለሙ), 39, from Debre Birhan, North Shewa, now in Kebele 07, Woreda 03, Yeka sub-city, Addis Ababa; house no. 1447."
            ),
            et(
                "Admitted to Tikur Anbessa Specialized Hospital on Meskerem 1, 2017 E.C. (Enkutatash) with {AKI} after a {O:Echis} {snake envenomation}; {L:creatinine} {X:6.8 mg/dL}."
            ),
            et(
                "{D:antivenom} {X:10 vials}, {M:haemodialysis} x5 via {femoral catheter}; {L:20-minute whole blood clotting test} positive; {D:fresh frozen plasma} {X:4 units}."
            ),
            et(
                "Fayda ID (FAN) 4471 8227 1930 4418, fingerprints and iris enrolled; CBHI membership 03-07-04471; phone +251 91 144 7182, her brother Ato Dawit Alemu 0911 447 183."
            ),
            et(
                "She has a blue cross tattooed on the forehead, as women of her village do; she sells injera at Shola Gebeya and is known as Tigu."
            ),
            et(
                "Discharged on Timket 2017 E.C., in the week after Genna; {L:creatinine} {X:1.4 mg/dL}; follow-up with Dr. Meron Tesfaye Gebremedhin (EFDA licence 08813/MD)."
            ),
            et(
                "Bajaj plate 3-A44718 AA; CBE account 1000447182270; email tigist.alemu at ethionet dot et; Telegram @tigu_injera."
            ),
            et(
                "Her grandfather Ato Bekele is ninety-nine by the Ethiopian calendar; old card number TASH/OPD/2009/4471; {L:potassium} {X:6.4 mmol/L}, {D:calcium gluconate} {X:10 mL} 10%; {M:ECG} with {peaked T waves}."
            ),
        ],
        planted=[
            ("name/recorded after W/t", "Tigist Alemu Bekele"),
            ("name/recorded in Ge'ez script", "ትዕግሥት አለሙ"),
            ("geographic/town no cue", "Debre Birhan"),
            ("geographic/zone", "North Shewa"),
            ("geographic/kebele and woreda", "Kebele 07, Woreda 03"),
            ("geographic/sub-city and city", "Yeka sub-city, Addis Ababa"),
            ("geographic/house number", "house no. 1447"),
            ("geographic/hospital named after a symbol", "Tikur Anbessa Specialized Hospital"),
            ("date/Ethiopian calendar with E.C.", "Meskerem 1, 2017 E.C."),
            ("date/Ethiopian New Year", "Enkutatash"),
            ("social security number/Fayda FAN", "4471 8227 1930 4418"),
            ("biometric identifier/enrolment", "fingerprints and iris enrolled"),
            ("health plan number/CBHI", "03-07-04471"),
            ("telephone/ET +251", "+251 91 144 7182"),
            ("name/relative after Ato", "Dawit Alemu"),
            ("telephone/ET mobile", "0911 447 183"),
            ("other unique identifier/facial tattoo", "a blue cross tattooed on the forehead"),
            ("geographic/market", "Shola Gebeya"),
            ("name/nickname", "Tigu"),
            ("date/Ethiopian feast with E.C. year", "Timket 2017 E.C."),
            ("date/relative to Ethiopian Christmas", "the week after Genna"),
            ("name/after Dr. (patronymic names)", "Meron Tesfaye Gebremedhin"),
            ("licence number/EFDA licence", "08813/MD"),
            ("vehicle identifier/plate ET (bajaj)", "3-A44718 AA"),
            ("account number/CBE", "1000447182270"),
            ("email/obfuscated at dot", "tigist.alemu at ethionet dot et"),
            ("name/handle (phrase)", "@tigu_injera"),
            ("name/relative after Ato (his name is her patronymic)", "Bekele"),
            ("age over 89/word en", "ninety-nine"),
            ("medical record number/old card number", "TASH/OPD/2009/4471"),
        ],
    ),
    # 22. Rotorua (English of New Zealand, Māori): diabetic CKD, home haemodialysis, macron variants
    Patient(
        name="Hēmi Wiremu Te Rangi-Tūhoe",
        mrn="WDH-ZAC4471",
        birth="1970-02-06",
        notes=[
            nz(
                "Hēmi Wiremu Te Rangi-Tūhoe, 54, NHI ZAC4471, of 27 Ōhinemutu Road, Ōhinemutu, Rotorua 3010; Ngāti Whakaue; {type 2 diabetes} with {diabetic kidney disease} {S:G5 A3}."
            ),
            nz(
                "The lab writes him as Heemi Wiremu Te Rangi-Tuuhoe (double vowels for macrons) and the GP as Hemi Te Rangi; IRD 104-447-182; born on Waitangi Day."
            ),
            mi(
                "Ko Ngongotahā te maunga, ko Rotorua te roto; kei te noho ia ki Ōhinemutu me tōna whānau; ko Aroha tana tamāhine."
            ),
            nz(
                "{M:home haemodialysis} trained at Rotorua Hospital; {arteriovenous fistula} {radiocephalic} left wrist; {D:insulin aspart} {X:8 units} with meals; {L:HbA1c} {X:64 mmol/mol}."
            ),
            nz(
                "His mother Kuia Mereana, now ninety-four (iwa tekau mā whā), lives at the marae; his sister Aroha Te Rangi-Walker drives him, car plate PKR447."
            ),
            nz(
                "He has a full tā moko on his face; he carves at Te Puia and is the only master carver on home haemodialysis in the Bay of Plenty."
            ),
            nz(
                "Seen by Dr Ngaire Tapsell-Rāwiri (MCNZ 44718) on the Friday after Matariki 2024; mobile 021 447 182, home 07 348 4471; Kiwibank 38-9012-0447182-00."
            ),
            nz(
                "{L:potassium} {X:5.8 mmol/L}, {L:phosphate} {X:2.2 mmol/L}, {D:lanthanum carbonate} {X:750 mg} tds; {L:PTH} {X:58 pmol/L}; email hemi.terangi@xtra.co.nz."
            ),
            nz(
                "Home HD machine NxStage serial NX2-3308815 and water-treatment unit serial WT-90331; fax to Rotorua renal unit 07 348 4499; {L:Kt/V} {X:2.1} weekly standard; {D:heparin} {X:2000 units} bolus."
            ),
        ],
        planted=[
            ("name/recorded with macrons", "Hēmi Wiremu Te Rangi-Tūhoe"),
            ("health plan number/NHI", "ZAC4471"),
            ("geographic/street NZ with macron", "27 Ōhinemutu Road"),
            ("geographic/village with macron", "Ōhinemutu"),
            ("geographic/city with postcode", "Rotorua 3010"),
            ("geographic/iwi (tribe)", "Ngāti Whakaue"),
            ("name/recorded, double vowels for macrons", "Heemi Wiremu Te Rangi-Tuuhoe"),
            ("name/recorded without macrons, shortened", "Hemi Te Rangi"),
            ("social security number/IRD number", "104-447-182"),
            ("date/birthday on a national day", "born on Waitangi Day"),
            ("geographic/mountain (pepeha)", "Ngongotahā"),
            ("geographic/lake (pepeha)", "Rotorua te roto"),
            ("name/relative, an ordinary word (Aroha)", "Aroha"),
            ("geographic/hospital named after a city", "Rotorua Hospital"),
            ("name/relative after Kuia", "Mereana"),
            ("age over 89/word en", "ninety-four"),
            ("age over 89/word mi", "iwa tekau mā whā"),
            ("name/relative hyphenated", "Aroha Te Rangi-Walker"),
            ("vehicle identifier/plate NZ", "PKR447"),
            ("biometric identifier/tā moko (face)", "a full tā moko on his face"),
            ("name/employer (phrase)", "Te Puia"),
            (
                "other unique identifier/occupation",
                "the only master carver on home haemodialysis in the Bay of Plenty",
            ),
            ("name/after Dr hyphenated with macron", "Ngaire Tapsell-Rāwiri"),
            ("licence number/MCNZ", "MCNZ 44718"),
            ("date/relative to Matariki with year", "the Friday after Matariki 2024"),
            ("telephone/NZ mobile", "021 447 182"),
            ("telephone/NZ landline", "07 348 4471"),
            ("account number/NZ bank", "38-9012-0447182-00"),
            ("email/plain", "hemi.terangi@xtra.co.nz"),
            ("device identifier/home HD machine serial", "NX2-3308815"),
            ("device identifier/water unit serial", "WT-90331"),
            ("fax/NZ", "07 348 4499"),
        ],
    ),
    # 23. Iqaluit and Kuujjuaq (English of Canada, Inuktitut): haemodialysis far from home, syllabics
    Patient(
        name="Saali Nuvaqiq Kilabuk",
        mrn="QGH-0044718",
        birth="1957-07-09",
        notes=[
            cae(
                "Saali Nuvaqiq Kilabuk, 67, of house 1447, Apex, Iqaluit NU X0A 0H0; Nunavut Health Care Plan 1447182270; Qikiqtani General Hospital chart QGH-0044718."
            ),
            cae(
                "Her name in syllabics is ᓵᓕ ᓄᕙᕿᖅ; her Inuit custom-adoption name is Ataata's namesake, Ilisapi; NTI beneficiary number 80215573."
            ),
            cae(
                "Flown on Nunavut Day 2023 (July 9, also her birthday) to Ottawa Hospital for {fistula creation}; {M:haemodialysis} 3x/week at the Iqaluit unit since; {L:Kt/V} {X:1.4}."
            ),
            cae(
                "{diabetic nephropathy} and {latent tuberculosis} ({O:Mycobacterium tuberculosis}, {L:IGRA} positive): {D:rifampin} {X:600 mg} for 4 months; {L:hemoglobin} {X:98 g/L}, {D:darbepoetin} {X:40 µg} weekly."
            ),
            cae(
                "She is the only Inuk throat singer who dialyses in Iqaluit; her sister Lizzie Annanack in Kuujjuaq, Nunavik (Quebec), calls on 819-964-4471."
            ),
            cae(
                "Phone 867-979-4471 ext. 118; Northern Store account 4471-8822; snowmobile registration NU 44718; her grandson drives the Ski-Doo with plate SD-4471."
            ),
            cae(
                "Her nephew lives in Hope, BC, near Chilliwack, and works in Norway House, Manitoba; {L:PTH} {X:45 pmol/L}, {D:calcitriol} {X:0.25 µg}."
            ),
            cae(
                "Seen by Dr. Annie Pootoogook-Ross (CPSNU licence 0447) on the Tuesday after Toonik Tyme 2024; nurse Rosie; email saali.kilabuk at qiniq dot com."
            ),
            cae(
                "Her elder, Apak (her mother's sister), is ninety-one and lives in Pangnirtung; medevac flight record MED-NU-4471822; {L:hemoglobin A1c} {X:8.1 %}; {D:insulin glargine} {X:18 units}; {D:linagliptin} {X:5 mg}."
            ),
        ],
        planted=[
            ("name/recorded (Inuktitut)", "Saali Nuvaqiq Kilabuk"),
            ("geographic/house number and neighbourhood", "house 1447, Apex"),
            ("geographic/city, territory, postcode CA", "Iqaluit NU X0A 0H0"),
            ("health plan number/Nunavut Health Care Plan", "1447182270"),
            ("geographic/hospital named after a region", "Qikiqtani General Hospital"),
            ("medical record number/chart", "QGH-0044718"),
            ("name/recorded in Inuktitut syllabics", "ᓵᓕ ᓄᕙᕿᖅ"),
            ("name/custom-adoption name (atiq)", "Ilisapi"),
            ("social security number/NTI beneficiary number", "80215573"),
            ("date/territorial holiday with year", "Nunavut Day 2023"),
            ("date/birthday in a parenthesis", "July 9"),
            ("geographic/hospital named after a city", "Ottawa Hospital"),
            ("geographic/city, repeated in a unit name", "Iqaluit unit"),
            (
                "other unique identifier/occupation",
                "the only Inuk throat singer who dialyses in Iqaluit",
            ),
            ("name/relative", "Lizzie Annanack"),
            ("geographic/town and region", "Kuujjuaq, Nunavik"),
            ("telephone/CA", "819-964-4471"),
            ("telephone/CA with ext.", "867-979-4471 ext. 118"),
            ("account number/store account", "4471-8822"),
            ("vehicle identifier/snowmobile registration", "NU 44718"),
            ("vehicle identifier/snowmobile plate", "SD-4471"),
            ("geographic/town that is an ordinary word (Hope)", "Hope, BC"),
            ("geographic/town no cue", "Chilliwack"),
            ("geographic/community named after a country (Norway House)", "Norway House, Manitoba"),
            ("name/after Dr. hyphenated", "Annie Pootoogook-Ross"),
            ("licence number/CPSNU", "CPSNU licence 0447"),
            ("date/relative to a festival with year", "the Tuesday after Toonik Tyme 2024"),
            ("name/nurse given name, an ordinary word", "Rosie"),
            ("email/obfuscated at dot", "saali.kilabuk at qiniq dot com"),
            ("name/relative", "Apak"),
            ("age over 89/word en", "ninety-one"),
            ("geographic/hamlet no cue", "Pangnirtung"),
            ("other unique identifier/medevac record", "MED-NU-4471822"),
        ],
    ),
    # 24. Dungarvan, Co. Waterford (English of Ireland, Irish): IgA nephropathy, a note in capitals, Irish and anglicised names
    Patient(
        name="Siobhán Ní Shúilleabháin",
        mrn="UHW 0447182",
        birth="1931-03-17",
        notes=[
            ie(
                "MRS SIOBHÁN NÍ SHÚILLEABHÁIN, 93 YRS, AN RINN, DUNGARVAN, CO. WATERFORD, X35 K4T1. PPSN 8830215TA. MEDICAL CARD 0447182K. {M:HAEMODIALYSIS} VIA {L-SIDED AVF}."
            ),
            ie(
                "Known in English as Joan Sullivan (the anglicised form on her pension book) and locally as Siobhán Jimmy, after her father; her husband was Séamus Ó Súilleabháin."
            ),
            ga(
                "Tá sí ar an t-aon bhean píobaire uilleann i nDún Garbhán; deir sí go bhfuil sí nócha a trí bliain d'aois agus go rugadh í ar Lá Fhéile Pádraig."
            ),
            ie(
                "{IgA nephropathy} on {M:renal biopsy} in 1998 at University Hospital Waterford; {S:Oxford MEST-C} M1 E0 S1 T2; now {CKD 5D}; {D:epoetin beta} {X:3000 units} twice weekly."
            ),
            ie(
                "Her daughter Nóra Uí Bhriain (Mrs Nora O'Brien) phones from Youghal on 087 447 1822 or the shop, 058 46 447; fax to the GP 058 41 822."
            ),
            ie(
                "GP: Dr Pádraig Mac Craith (IMC 447182), The Square; PHN Bríd; car 231-WD-4471; her son-in-law works at Glanbia in Ballyragget."
            ),
            ie(
                "{L:haemoglobin} {X:102 g/L}, {L:ferritin} {X:412 µg/L}, {L:TSAT} {X:24 %}; {D:iron sucrose} {X:100 mg} monthly; {Chvostek sign} negative, {Trousseau sign} negative, {L:corrected calcium} {X:2.31 mmol/L}."
            ),
            ie(
                "Admitted the week of the All-Ireland final 2023 with a {fall}; {M:CT brain} no bleed; {D:alendronic acid} avoided; {fracture} of {V:T12}, {V:L1} intact."
            ),
            ie(
                "Her GP's referrals go through healthlink.ie/gp/6620913; {L:PTH} {X:44 pmol/L}; {D:alfacalcidol} {X:0.25 µg}; {L:phosphate} {X:1.7 mmol/L}."
            ),
        ],
        planted=[
            ("name/recorded in capitals", "SIOBHÁN NÍ SHÚILLEABHÁIN"),
            ("age over 89/number in a note in capitals", "93 YRS"),
            ("geographic/Gaeltacht townland in capitals", "AN RINN"),
            ("geographic/town and county in capitals", "DUNGARVAN, CO. WATERFORD"),
            ("geographic/Eircode", "X35 K4T1"),
            ("social security number/PPSN", "8830215TA"),
            ("health plan number/medical card", "0447182K"),
            ("name/recorded anglicised", "Joan Sullivan"),
            ("name/recorded with a patronymic nickname", "Siobhán Jimmy"),
            ("name/husband with Ó (masculine form of the surname)", "Séamus Ó Súilleabháin"),
            ("other unique identifier/role", "ar an t-aon bhean píobaire uilleann i nDún Garbhán"),
            ("age over 89/word ga", "nócha a trí bliain d'aois"),
            ("date/birthday on a feast ga", "Lá Fhéile Pádraig"),
            ("geographic/hospital named after a city", "University Hospital Waterford"),
            ("name/daughter with Uí (married form, lenited)", "Nóra Uí Bhriain"),
            ("name/daughter anglicised with apostrophe", "Nora O'Brien"),
            ("geographic/town no cue", "Youghal"),
            ("telephone/IE mobile", "087 447 1822"),
            ("telephone/IE landline short", "058 46 447"),
            ("fax/IE", "058 41 822"),
            ("name/after Dr with Mac", "Pádraig Mac Craith"),
            ("licence number/IMC", "IMC 447182"),
            ("geographic/street, an ordinary phrase", "The Square"),
            ("name/public health nurse given name", "Bríd"),
            ("vehicle identifier/plate IE", "231-WD-4471"),
            ("name/employer", "Glanbia"),
            ("geographic/town no cue", "Ballyragget"),
            (
                "date/relative to a sporting event with year",
                "the week of the All-Ireland final 2023",
            ),
            ("url/no scheme with a path", "healthlink.ie/gp/6620913"),
        ],
    ),
    # 25. McAllen, Rio Grande Valley, Texas (US Spanish): diabetic CKD, calciphylaxis, dictation with no punctuation
    Patient(
        name="Jesús Guadalupe Garza Treviño",
        mrn="DHR-MRN 00447182",
        birth="1964-12-12",
        notes=[
            usx(
                "paciente jesus guadalupe garza treviño de sesenta años vive en el 2714 de la calle nolana en mcallen texas siete ocho cinco cero cuatro viene por {dolor} en las piernas y {úlceras} en los muslos"
            ),
            usx(
                "Don Jesús Guadalupe Garza Treviño (Chuy para la familia) tiene {enfermedad renal crónica} {S:etapa 5} por {nefropatía diabética}, en {M:hemodiálisis} tres veces por semana en la clínica de la Nolana."
            ),
            usx(
                "{calcifilaxis} confirmada por {M:biopsia de piel}; {D:tiosulfato de sodio} {X:25 g} {IV} después de cada sesión; {L:fósforo} {X:7,1 mg/dl}, {L:PTH intacta} {X:840 pg/ml}; {D:warfarina} suspendida."
            ),
            usx(
                "Medicare MBI 1EG4-TE5-MK73 y Medicaid de Texas 447182270; su seguro social 449-44-1827; licencia de manejo de Texas 31884402; troca placas TX DKR-4471."
            ),
            usx(
                "La esposa, doña Lupe Treviño de Garza, le habla al cel (956) 555-0144 o a la casa 956.687.4471; el hijo, Jesús Jr. (JJ), trabaja en el H-E-B de la 10th."
            ),
            usx(
                "Vino el Día de la Virgen de Guadalupe, el 12 de diciembre del 2023, el mismo día de su santo y de su cumpleaños; en la Navidad del 2023 se cayó en el baño."
            ),
            usx(
                "Lo ve el Dr. Ramiro Cantú-Salinas, NPI 1982447182, Texas Medical Board license R4471; el podiatra es el Dr. Benavides."
            ),
            usx(
                "Correo chuygarza64 arroba hotmail punto com; Facebook facebook.com/chuy.garza.rgv; su pacer Medtronic Azure XT DR serial RNB447182S."
            ),
            usx(
                "Su abuela, doña Refugio, llegó a los ciento tres años en Reynosa; la foto de su credencial es chuy_garza_licencia_frente.jpg; {L:albúmina} {X:3,2 g/dl}; {D:darbepoetina} {X:40 mcg}; {S:escala de Wagner} {X:2}."
            ),
        ],
        planted=[
            (
                "name/recorded dictated in lower case without the accent",
                "jesus guadalupe garza treviño",
            ),
            (
                "geographic/street number and street dictated",
                "el 2714 de la calle nolana en mcallen",
            ),
            ("geographic/ZIP code in words es", "siete ocho cinco cero cuatro"),
            ("name/recorded", "Jesús Guadalupe Garza Treviño"),
            ("name/nickname", "Chuy"),
            ("geographic/clinic named after a street", "clínica de la Nolana"),
            ("health plan number/Medicare MBI", "1EG4-TE5-MK73"),
            ("health plan number/Medicaid TX", "447182270"),
            ("social security number/SSN", "449-44-1827"),
            ("licence number/driver licence TX", "31884402"),
            ("vehicle identifier/plate TX", "DKR-4471"),
            ("name/relative after doña, with de", "Lupe Treviño de Garza"),
            ("telephone/US with area code", "(956) 555-0144"),
            ("telephone/US dotted", "956.687.4471"),
            ("name/son junior", "Jesús Jr. (JJ)"),
            ("name/employer, a store and its street", "H-E-B de la 10th"),
            ("date/feast (the patient's name day)", "Día de la Virgen de Guadalupe"),
            ("date/written out es", "12 de diciembre del 2023"),
            ("date/holiday with year es", "la Navidad del 2023"),
            ("name/after Dr. hyphenated", "Ramiro Cantú-Salinas"),
            ("licence number/NPI", "1982447182"),
            ("licence number/Texas Medical Board", "R4471"),
            ("name/after Dr. surname only", "Benavides"),
            ("email/obfuscated arroba punto", "chuygarza64 arroba hotmail punto com"),
            ("url/profile no scheme", "facebook.com/chuy.garza.rgv"),
            ("device identifier/pacemaker serial", "RNB447182S"),
            ("name/relative after doña", "Refugio"),
            ("age over 89/word es", "ciento tres años"),
            ("geographic/city abroad no cue", "Reynosa"),
            ("full-face photograph/file name", "chuy_garza_licencia_frente.jpg"),
        ],
    ),
    # 26. Reading, Berkshire and Bath, Somerset (English of Britain): names and towns that are ordinary words, SMS-style
    Patient(
        name="Rose Hope Young",
        mrn="RBFT 4471822",
        birth="1952-05-01",
        notes=[
            gb(
                "Rose Hope Young, 72, retired farrier, of 14 Mill Lane, Reading RG1 8HG; {polycystic kidney disease} ({G:PKD2}); {M:haemodialysis} at the Royal Berkshire Hospital since 2021."
            ),
            gb(
                "txt from pt's husband Bill: 'Rose v poorly, BP 88/50 after dialysis, shall I bring her to A&E at the RBH or wait for Dr Grant to ring back? Bill x' (07700 900 447)"
            ),
            gb(
                "She is the only woman farrier in the Vale of White Horse; she still shoes horses for the Bath and West Show every May Day bank holiday."
            ),
            gb(
                "{intradialytic hypotension}: {dry weight} raised by {X:0.5 kg}, {D:midodrine} {X:5 mg} before sessions; {L:haemoglobin} {X:104 g/L}; {cool dialysate} at {X:35.5 °C}."
            ),
            gb(
                "Daughter Hope Baker-Young lives in Bath, BA2 4QT, and son Will Young works at the Reading Buses depot; granddaughter Mercy Sunday Baker is at Reading College."
            ),
            gb(
                "Rose's GP, Dr Grant Mobley of Bath Road Surgery, GMC 7104471; the community nurse Sister Faith Gray visits on Wednesdays."
            ),
            gb(
                "NHS number 447 182 2704; Blue Badge BB 9031 2287; car YD21 XKP; she would like appointments avoiding the Saturday of Reading Festival 2024."
            ),
            gb(
                "{L:phosphate} {X:2.4 mmol/L}: {D:sevelamer carbonate} {X:2.4 g} tds with meals; {L:PTH} {X:62 pmol/L}; {D:cinacalcet} {X:30 mg}; {M:DEXA} {V:L1-L4} {S:T-score} {X:-2.6}."
            ),
            gb(
                "Also has a heterochromia, one brown and one green eye; phone home 0118 496 0447; email rose.young52 at btinternet dot com."
            ),
            gb(
                "Her fistula was made in 2021 by Mr Newbury at the John Radcliffe; dialysis machine Fresenius 5008S serial 8KBA4471; {L:potassium} {X:5.4 mmol/L}; {L:URR} {X:72 %}; {E:Brescia-Cimino fistula} left wrist."
            ),
        ],
        planted=[
            ("name/recorded, every word an ordinary word", "Rose Hope Young"),
            ("geographic/street UK", "14 Mill Lane"),
            ("geographic/town that is an ordinary word with postcode", "Reading RG1 8HG"),
            ("geographic/hospital named after a county", "Royal Berkshire Hospital"),
            ("name/husband, an ordinary word (Bill)", "Bill"),
            ("name/recorded given name, an ordinary word in an SMS", "Rose"),
            ("geographic/hospital abbreviation", "RBH"),
            ("name/doctor's surname, an ordinary word (Grant)", "Grant"),
            ("telephone/UK mobile in a parenthesis", "07700 900 447"),
            (
                "other unique identifier/occupation",
                "the only woman farrier in the Vale of White Horse",
            ),
            ("date/show of a town, ordinary words", "the Bath and West Show"),
            ("date/bank holiday", "May Day bank holiday"),
            ("name/daughter hyphenated, ordinary words", "Hope Baker-Young"),
            ("geographic/town that is an ordinary word with postcode", "Bath, BA2 4QT"),
            ("name/son, ordinary words (Will Young)", "Will Young"),
            ("name/employer named after a town", "Reading Buses"),
            ("name/granddaughter, ordinary words (Mercy Sunday)", "Mercy Sunday Baker"),
            ("geographic/college named after a town", "Reading College"),
            ("name/recorded possessive", "Rose's"),
            ("name/after Dr, given name an ordinary word", "Grant Mobley"),
            ("geographic/surgery named after a road", "Bath Road Surgery"),
            ("licence number/GMC", "GMC 7104471"),
            ("name/after Sister, ordinary words (Faith Gray)", "Faith Gray"),
            ("health plan number/NHS number", "447 182 2704"),
            ("other unique identifier/Blue Badge", "BB 9031 2287"),
            ("vehicle identifier/plate UK", "YD21 XKP"),
            ("date/festival with year named after a town", "the Saturday of Reading Festival 2024"),
            ("biometric identifier/heterochromia", "a heterochromia, one brown and one green eye"),
            ("telephone/UK landline", "0118 496 0447"),
            ("email/obfuscated at dot", "rose.young52 at btinternet dot com"),
            ("name/surgeon after Mr, a town's name (Newbury)", "Newbury"),
            ("geographic/hospital named after a person", "John Radcliffe"),
            ("device identifier/dialysis machine serial", "8KBA4471"),
        ],
    ),
    # 27. Dearborn, Michigan and Mobile, Alabama (English of the US; Arabic names): transplant, BK, a fax cover sheet
    Patient(
        name="Hussein Ali Bazzi",
        mrn="BHD-7744182",
        birth="1930-08-15",
        notes=[
            us(
                "FAX COVER - To: Transplant Clinic, Corewell Health Dearborn, fax (313) 555-0172 - From: Mobile Infirmary, Mobile AL - Re: BAZZI, HUSSEIN A, DOB 08/15/1930, MRN BHD-7744182 - Pages: 4"
            ),
            us(
                "Mr Bazzi (Abu Ali to the community), ninety-four, from Bint Jbeil in south Lebanon, lives at 6912 Chase Rd, Apt 3, Dearborn MI 48126; {kidney transplant} from his son in 2009."
            ),
            us(
                "{D:tacrolimus} {X:1 mg} bid, {D:everolimus} {X:0.75 mg} bid; {L:tacrolimus level} {X:5.2 ng/mL}; {BK viremia} {X:12,000 copies/mL}; {D:leflunomide} considered."
            ),
            us(
                "Son Dr. Ali Hussein Bazzi (the donor), cardiologist, and daughter Zainab Bazzi-Hammoud, who runs Al-Ameer Sweets on Warren Ave; the family calls him Jiddo Hussein."
            ),
            us(
                "Medicare 4EG7-KT2-NR44; SSN 376-44-1827; Michigan ID B 447 182 270 447; his 2009 Buick plate DKB 4471 (Michigan); he wintered in Mobile with his brother Hassan."
            ),
            us(
                "Seen by Dr. Layla Haidar-Saad, MD, NPI 1447182736, DEA BH4471827; {L:creatinine} {X:1.9 mg/dL}; {M:renal allograft ultrasound} with {mild hydronephrosis}; {D:tamsulosin} {X:0.4 mg}."
            ),
            us(
                "His daughter Zainab is the only woman oud maker in Dearborn; he prays at the Islamic Center of America on Ford Road and was admitted on the first day of Eid al-Adha 2024."
            ),
            us(
                "Phone (313) 555-0188, cell 313-555-0199 x12, WhatsApp +961 3 447 182 (Lebanon); email hussein.bazzi30 [at] gmail [dot] com; MyChart logins from 2600:1700:4471:8220::1b and 68.43.118.227."
            ),
            us(
                "{L:hemoglobin} {X:11.2 g/dL}, {L:CMV PCR} negative, {D:valganciclovir} not needed; {Kussmaul respirations} absent; {L:bicarbonate} {X:19 mmol/L}, {D:sodium bicarbonate} {X:650 mg} tid."
            ),
            us(
                "Name in Arabic on the consent: حسين علي بزي; the portal photo is hussein_bazzi_face_2024.png; {D:trimethoprim-sulfamethoxazole} {X:80/400 mg} daily."
            ),
            us(
                "Fingerprint on file at the Secretary of State for the Michigan ID; his pacemaker, Abbott Assurity MRI, serial RNA8812770; {L:BK PCR} {X:1,800 copies/mL} on repeat; {D:tacrolimus} reduced to {X:0.5 mg} bid."
            ),
        ],
        planted=[
            ("geographic/clinic named after a city", "Corewell Health Dearborn"),
            ("fax/US in a fax cover", "(313) 555-0172"),
            ("geographic/hospital named after a city that is an ordinary word", "Mobile Infirmary"),
            ("geographic/city that is an ordinary word, with state", "Mobile AL"),
            ("name/recorded surname first in capitals with initial", "BAZZI, HUSSEIN A"),
            ("date/DOB US", "08/15/1930"),
            ("medical record number/MRN in a fax cover", "BHD-7744182"),
            ("name/recorded surname after Mr", "Mr Bazzi"),
            ("name/kunya (Abu + son)", "Abu Ali"),
            ("age over 89/word en", "ninety-four"),
            ("geographic/town abroad", "Bint Jbeil"),
            ("geographic/street US with apt and ZIP", "6912 Chase Rd, Apt 3, Dearborn MI 48126"),
            ("name/son after Dr.", "Ali Hussein Bazzi"),
            ("name/daughter hyphenated", "Zainab Bazzi-Hammoud"),
            ("name/employer", "Al-Ameer Sweets"),
            ("geographic/street no number", "Warren Ave"),
            ("name/teknonym (Jiddo + name)", "Jiddo Hussein"),
            ("health plan number/Medicare MBI", "4EG7-KT2-NR44"),
            ("social security number/SSN", "376-44-1827"),
            ("licence number/state ID MI", "B 447 182 270 447"),
            ("vehicle identifier/plate MI", "DKB 4471"),
            ("geographic/city that is an ordinary word, no cue", "Mobile"),
            ("name/brother given name", "Hassan"),
            ("name/after Dr. hyphenated", "Layla Haidar-Saad"),
            ("licence number/NPI", "1447182736"),
            ("licence number/DEA", "BH4471827"),
            ("name/daughter given name", "Zainab"),
            (
                "other unique identifier/occupation of a relative",
                "the only woman oud maker in Dearborn",
            ),
            ("geographic/mosque", "Islamic Center of America"),
            ("geographic/street no number", "Ford Road"),
            ("date/feast with year", "the first day of Eid al-Adha 2024"),
            ("telephone/US", "(313) 555-0188"),
            ("telephone/US with x", "313-555-0199 x12"),
            ("telephone/LB +961", "+961 3 447 182"),
            ("email/obfuscated [at] [dot]", "hussein.bazzi30 [at] gmail [dot] com"),
            ("ip address/IPv6 compressed", "2600:1700:4471:8220::1b"),
            ("ip address/IPv4", "68.43.118.227"),
            ("name/recorded in Arabic script", "حسين علي بزي"),
            ("full-face photograph/file name", "hussein_bazzi_face_2024.png"),
            (
                "biometric identifier/fingerprint on file",
                "Fingerprint on file at the Secretary of State",
            ),
            ("device identifier/pacemaker serial", "RNA8812770"),
        ],
    ),
]

# Clinical prose with no identifier in it, in every language of the patients: every braced
# term must survive, and so must every other word. Eponyms, organisms and drugs that look
# like names or places are the point (Cockcroft-Gault, Puumala, Lyme, Coxsackie, Lassa).
TERM_NOTES: list[Note] = [
    br(
        "{M:ressonância magnética da coluna lombar}: {hérnia discal} em {V:L4-L5} e {V:L5-S1}, {estenose foraminal} em {V:L3/L4}; {D:gabapentina} {X:300 mg} à noite por {L:TFG} {X:24 ml/min}, calculada por {E:Cockcroft-Gault}."
    ),
    br(
        "{E:doença de Chagas} com {O:Trypanosoma cruzi}: {D:benznidazol} {X:5 mg/kg/dia}; {M:ecocardiograma} com {aneurisma apical}; {L:BNP} {X:412 pg/ml}; {S:classificação de Kidney Disease: Improving Global Outcomes}."
    ),
    br(
        "{leptospirose} ({E:doença de Weil}) por {O:Leptospira interrogans}: {lesão renal aguda} não oligúrica, {L:potássio} {X:2,9 mEq/l}; {D:ceftriaxona} {X:1 g} 24/24 h; {D:Renvela} ({D:sevelâmer}) {X:800 mg}."
    ),
    pt(
        "{E:síndrome de Alport} ligado ao X, {G:COL4A5}; {M:audiometria tonal} com {hipoacusia neurossensorial}; {D:ramipril} {X:2,5 mg}; {L:relação albumina/creatinina} {X:320 mg/g}; {lenticone anterior}."
    ),
    pt(
        "{E:cateter de Tenckhoff} colocado por {M:laparoscopia}; {peritonite} por {O:Staphylococcus epidermidis} tratada com {D:vancomicina} {X:15 mg/kg} intraperitoneal; {S:teste de equilíbrio peritoneal} com {transporte médio-alto}."
    ),
    ao(
        "{febre hemoglobinúrica}: {O:Plasmodium falciparum} {X:8 %}, {L:hemoglobina} {X:5,4 g/dl}; {D:artesunato} {X:2,4 mg/kg}; {M:diálise peritoneal aguda} com {cateter rígido}; {L:ureia} {X:212 mg/dl}."
    ),
    mz(
        "{nefropatia associada ao VIH} com {G:APOL1}; {D:dolutegravir} {X:50 mg} e {D:lamivudina} {X:150 mg}; {L:TFGe} por {S:CKD-EPI} {X:42 ml/min}; {O:Mycobacterium tuberculosis} no {L:GeneXpert} da urina."
    ),
    it(
        "{E:malattia di Berger}: {M:biopsia renale} con {depositi mesangiali di IgA}, {S:classificazione di Oxford} M1 E1 S1 T0 C0; {D:Kinpeygo} ({D:budesonide}) {X:16 mg}; {L:proteinuria} {X:1,2 g/die}."
    ),
    it(
        "{M:TC del rachide cervicale}: {spondilosi} da {V:C5/C6} a {V:C6-C7}, {stenosi del canale} a {V:C4-C5}; {D:pregabalin} {X:25 mg} per {L:eGFR} {X:18 ml/min}; {E:segno di Lhermitte} assente."
    ),
    sc(
        "Sa {M:dialisi peritoneale} andat bene; {D:Extraneal} ({D:icodestrina}) {X:2 litros} a su note; {L:albumina} {X:3,4 g/dl}; {peritonite} nudda."
    ),
    pl(
        "{gorączka krwotoczna z zespołem nerkowym} wywołana przez {O:hantawirus Dobrava} ({O:wirus Puumala} wykluczony); {L:płytki krwi} {X:42 000/µl}; {L:kreatynina} {X:5,2 mg/dl}; {M:hemodializa} {X:3 sesje}."
    ),
    pl(
        "{zespół Fanconiego} po {D:tenofowirze}; {L:glikozuria} przy {L:glukozie} {X:92 mg/dl}, {L:fosfaturia}, {kwasica kanalikowa} typu 2; {D:cytrynian potasu} {X:30 mEq}; {złamanie kompresyjne} {V:Th12}, {V:L1-L2}."
    ),
    ro(
        "{nefropatia endemică balcanică}: {D:acid aristolohic}, {tumori uroteliale} ale {tract urinar superior}; {M:uro-CT}; {L:beta-2 microglobulină urinară} {X:18 mg/l}; {S:stadiul KDIGO G4}."
    ),
    ro(
        "{semnul Chvostek} și {semnul Trousseau} pozitive după {paratiroidectomie}: {sindromul osului flămând}, {L:calciu ionic} {X:0,88 mmol/l}; {D:gluconat de calciu} {X:10 ml} {IV}; {D:calcitriol} {X:1 µg}."
    ),
    hr(
        "{E:Wegenerova granulomatoza} ({granulomatoza s poliangiitisom}): {L:PR3-ANCA} {X:188 IU/ml}; {D:rituksimab} {X:375 mg/m²}; {S:BVAS} {X:18}; {M:CT prsnog koša} s {kavitacijama}; {O:Staphylococcus aureus} u {nosnom brisu}."
    ),
    hr(
        "{E:Brescia-Cimino fistula} na lijevom zapešću; {M:dopler} s {L:protokom} {X:680 ml/min}; {stenoza} {jukstaanastomotski}; {D:heparin} {X:5000 IU} tijekom {perkutane angioplastike}."
    ),
    srl(
        "{E:Goodpasture sindrom}: {L:anti-GBM} {X:142 U/ml}, {plućno krvarenje}; {M:plazmafereza} {X:1,5 volumena plazme}; {D:prednizolon} {X:1 mg/kg}; {G:kolagen tipa IV} {alfa-3 lanac}."
    ),
    src(
        "{Кусмаулово дисање} код {метаболичке ацидозе}: {L:бикарбонати} {X:9 mmol/l}, {L:анјонски процеп} {X:28}; {D:натријум бикарбонат} {X:100 mmol}; {M:хемодијализа}."
    ),
    sr_nl(
        "{E:ziekte van Kimmelstiel-Wilson}: {nodulaire glomerulosclerose} bij {M:nierbiopsie}; {D:dapagliflozine} {X:10 mg}; {D:Ozempic} ({D:semaglutide}) {X:0,5 mg} per week; {L:albumine/creatinine-ratio} {X:88 mg/mmol}."
    ),
    sr_nl(
        "{sikkelcelnefropathie} ({G:HbSC}); {papilnecrose} bij {M:CT-urografie}; {D:hydroxyureum} {X:15 mg/kg}; {L:LDH} {X:540 U/l}; {O:Salmonella} bij {osteomyelitis} van {V:L3}."
    ),
    srn("A {M:dialyse} e go bun; a {L:kalium} {X:5,1 mmol/l}; a {D:furosemide} {X:80 mg} e tan."),
    nb(
        "{nefropatia epidemica} etter {O:Puumalavirus}: {L:trombocytter} {X:38 × 10⁹/l}, {L:kreatinin} {X:612 µmol/l}; {M:hemodialyse} to ganger; {akutt myopi} og {ryggsmerter} over {V:L2-L3}."
    ),
    nb(
        "{Tenckhoff-kateter} med {utløpsinfeksjon}: {O:Pseudomonas aeruginosa}, {D:ciprofloksacin} {X:500 mg} x 2 i {X:3 uker}; {S:ISPD-retningslinjer}; {D:gentamicinkrem} lokalt."
    ),
    se(
        "{M:dialysa} manai bures; {L:hemoglobiidna} {X:112 g/l}; {D:Aranesp} {X:40 µg} juohke vahkus."
    ),
    da(
        "{E:Fabrys sygdom} med {G:GLA}-variant; {D:Fabrazyme} ({D:agalsidase beta}) {X:1 mg/kg} hver 14. dag; {L:lyso-Gb3} {X:22 nmol/L}; {M:MR-hjerte} med {sen gadoliniumopladning}; {angiokeratomer}."
    ),
    da(
        "{Liddles syndrom} ({G:SCNN1B}): {L:renin} lav, {L:aldosteron} lav; {D:amilorid} {X:10 mg}; {L:kalium} {X:3,1 mmol/L}; {hypertension} trods {D:spironolakton}, hvilket passer med diagnosen."
    ),
    fr(
        "{purpura rhumatoïde} ({E:Henoch-Schönlein}) de l'adulte : {L:protéinurie} {X:1,8 g/24 h}, {M:ponction-biopsie rénale} avec {croissants} {X:20 %}; {D:méthylprednisolone} {X:500 mg}; {S:score de Birmingham}."
    ),
    fr(
        "{fièvre de Lassa} importée : {O:virus Lassa}, {L:ASAT} {X:612 UI/l}, {insuffisance rénale aiguë}; {D:ribavirine} {X:30 mg/kg}; {M:hémodiafiltration veino-veineuse continue} en chambre à pression négative."
    ),
    fr(
        "{M:IRM du rachis lombaire} : {discopathie} {V:L4-L5}, {spondylolisthésis} {V:L5/S1}; {D:tramadol} réduit à {X:50 mg} par 12 h pour {L:DFG} {X:22 ml/min/1,73 m²} selon {S:MDRD}."
    ),
    ary("{M:dialyse} mzyana; {L:potassium} {X:5,2}; {D:Mimpara} {X:30 mg} kol nhar."),
    usx(
        "{nefropatía diabética} con {E:lesiones de Kimmelstiel-Wilson}; {D:Kerendia} ({D:finerenona}) {X:10 mg}; {D:Jardiance} {X:10 mg}; {L:hemoglobina A1c} {X:9,1 %}; {L:potasio} {X:4,9 mEq/l}; {S:etapa G4 A3}."
    ),
    usx(
        "{fiebre del Valle} ({O:Coccidioides immitis}) en un {trasplante renal}: {D:fluconazol} {X:400 mg} ajustado, {interacción} con {D:tacrolimus}; {L:nivel de tacrolimus} {X:11,2 ng/ml}; {M:TAC de tórax}."
    ),
    gb(
        "{E:Cockcroft-Gault} gives a {L:creatinine clearance} of {X:28 mL/min}; {D:gabapentin} reduced to {X:100 mg} tds; {D:Mircera} ({D:methoxy polyethylene glycol-epoetin beta}) {X:75 µg} monthly; {L:haemoglobin} {X:108 g/L}."
    ),
    gb(
        "{M:MRI lumbar spine}: {disc prolapse} at {V:L2-L3} and {V:L3–L4}, {Modic type 1 changes} at {V:L4/5}; {cauda equina syndrome} excluded; {D:co-codamol} {X:30/500} two qds."
    ),
    gb(
        "{Lyme disease} ({O:Borrelia burgdorferi}) with {membranoproliferative glomerulonephritis}; {D:doxycycline} {X:100 mg} bd; {L:cryoglobulins} negative; {L:C3} {X:0.62 g/L}; {S:Banff 2019} not applicable."
    ),
    ie(
        "{Bartter syndrome} type 3 ({G:CLCNKB}): {hypokalaemic metabolic alkalosis}, {L:urinary chloride} {X:68 mmol/L}; {D:indometacin} {X:25 mg} tds; {D:Slow-K} {X:1.2 g}; {nephrocalcinosis} on {M:ultrasound}."
    ),
    au(
        "{Murray Valley encephalitis} excluded; {O:Burkholderia pseudomallei} ({melioidosis}) with {renal abscess}: {D:meropenem} {X:1 g} tds adjusted for {L:eGFR} {X:34}; {M:CT abdomen}; {E:Ross River virus} serology negative."
    ),
    au(
        "{Tamm-Horsfall protein} ({G:uromodulin}) variant: {autosomal dominant tubulointerstitial kidney disease}, {L:urate} {X:0.58 mmol/L}, {gout} at {X:24}; {D:allopurinol} {X:100 mg}; {S:KDIGO G3b}."
    ),
    hi(
        "{leptospirosis} after freshwater exposure: {O:Leptospira}, {L:CK} {X:4,200 U/L}, {L:bilirubin} {X:5.1 mg/dL}; {D:penicillin G} {X:1.5 million units} q6h; {E:Weil's disease}; {M:CRRT} for {X:48 h}."
    ),
    jp(
        "{IgG4-related kidney disease}: {L:serum IgG4} {X:680 mg/dL}, {tubulointerstitial nephritis} with {storiform fibrosis}; {D:prednisolone} {X:0.6 mg/kg}; {M:FDG-PET} uptake in both kidneys; {S:Okazaki criteria}."
    ),
    jp(
        "{Dent disease} ({G:CLCN5}): {low-molecular-weight proteinuria}, {L:urine beta-2 microglobulin} {X:42,000 µg/L}; {hypercalciuria}; {D:hydrochlorothiazide} {X:12.5 mg}; {nephrocalcinosis}; {E:Lowe syndrome} excluded."
    ),
    hk(
        "{E:Cushing syndrome} from {D:prednisolone}; {osteoporotic compression fracture} of {V:T12} and {V:L1}; {D:denosumab} {X:60 mg} six-monthly; {L:corrected calcium} {X:2.18 mmol/L}; {S:FRAX} {X:21 %}."
    ),
    hk(
        "{O:BK polyomavirus} nephropathy: {L:plasma BK PCR} {X:4.2 log copies/mL}; {D:Advagraf} ({D:tacrolimus}) trough target {X:4-6 ng/mL}; {D:Myfortic} halved; {M:graft biopsy} {S:Banff} {polyomavirus nephropathy class 2}."
    ),
    ng(
        "{Lassa fever} from {O:Lassa mammarenavirus}: {AKI} requiring {M:haemodialysis}, {L:AST} {X:840 U/L}; {D:ribavirin} {X:33 mg/kg} loading; {proteinuria} {X:3+}; {L:platelets} {X:62 × 10⁹/L}."
    ),
    ng(
        "{sickle cell nephropathy}: {hyposthenuria}, {L:urine osmolality} {X:280 mOsm/kg}; {D:hydroxyurea} {X:20 mg/kg}; {D:losartan} {X:25 mg}; {avascular necrosis} of the {femoral head}; {S:Ficat stage II}."
    ),
    za(
        "{HIV-associated nephropathy} ({G:APOL1} high risk): {collapsing FSGS}, {L:uPCR} {X:520 mg/mmol}; {D:dolutegravir}, {D:abacavir}; {O:Cryptococcus neoformans} antigen negative; {L:CD4} {X:190 cells/µL}."
    ),
    za(
        "{Tenckhoff catheter} inserted {percutaneously} under {M:fluoroscopy}; {exit-site} care with {D:mupirocin} and {D:gentamicin cream}; {S:ISPD 2022}; {L:dialysate white cell count} {X:12/µL}."
    ),
    af(
        "{M:hemodialise} drie keer per week; {L:kalium} {X:5,8 mmol/l}; {D:Fosrenol} ({D:lantaankarbonaat}) {X:750 mg} met etes."
    ),
    zu("{M:i-dialysis} ihambe kahle; {L:i-creatinine} {X:412 µmol/L}; {D:i-furosemide} {X:80 mg}."),
    et(
        "{O:Schistosoma mansoni} with {schistosomal glomerulopathy} ({S:class III}); {D:praziquantel} {X:40 mg/kg}; {L:urine protein} {X:2.9 g/day}; {M:abdominal ultrasound} with {periportal fibrosis}; {O:Salmonella Typhi} co-infection."
    ),
    et(
        "{snakebite AKI}: {O:Echis pyramidum}, {L:20WBCT} unclotted; {D:polyvalent antivenom} {X:10 vials}; {L:fibrinogen} {X:0.4 g/L}; {thrombotic microangiopathy}; {M:intermittent haemodialysis}."
    ),
    nz(
        "{post-streptococcal glomerulonephritis}: {O:Streptococcus pyogenes}, {L:ASOT} {X:800 IU/mL}, {L:C3} {X:0.22 g/L}; {D:furosemide} {X:40 mg}; {D:phenoxymethylpenicillin} {X:500 mg} qds; {hypertensive encephalopathy} averted."
    ),
    mi(
        "Kua pai te {M:hemodialysis}; ko te {L:potassium} {X:5,0 mmol/L}; {D:sevelamer} {X:800 mg} ki te kai."
    ),
    cae(
        "{M:haemodialysis} via {E:Brescia-Cimino fistula}; {L:Kt/V} {X:1.3}; {L:hemoglobin} {X:96 g/L}; {D:iron sucrose} {X:100 mg} weekly x10; {D:Eprex} ({D:epoetin alfa}) {X:6000 units}; {O:Mycobacterium tuberculosis} {L:IGRA} negative."
    ),
    cae(
        "{M:MRI cervical spine}: {cervical myelopathy} at {V:C5/C6} and {V:C6–C7}, {ossification of the posterior longitudinal ligament}; {E:Hoffmann sign} positive; {S:mJOA} {X:12}; {D:baclofen} avoided for {L:eGFR} {X:19}."
    ),
    us(
        "{Kussmaul breathing} in {diabetic ketoacidosis}: {L:beta-hydroxybutyrate} {X:6.2 mmol/L}, {L:anion gap} {X:26}; {D:insulin} infusion {X:0.1 units/kg/h}; {AKI} {S:KDIGO stage 1}; {E:Kimmelstiel-Wilson} nodules on prior biopsy."
    ),
    us(
        "{Goodpasture disease} overlapping {MPO-ANCA vasculitis}: {D:Tavneos} ({D:avacopan}) {X:30 mg} bid, {D:Rituxan} {X:1 g} x2, {M:plasma exchange} x7; {L:anti-GBM} {X:88 U/mL}; {E:Wegener granulomatosis} ruled out."
    ),
    us(
        "{O:Coxsackie B} {O:enterovirus} {myocarditis} in a {kidney transplant recipient}; {D:Nulojix} ({D:belatacept}) held; {L:troponin I} {X:2.4 ng/mL}; {M:cardiac MRI}; {S:Lake Louise criteria} met."
    ),
    ga(
        "Tá an {M:haemodialysis} ag dul go maith; {L:potaisiam} {X:5,3 mmol/L}; {D:Renvela} {X:800 mg} le béilí."
    ),
    pt(
        "{doença renal poliquística autossómica dominante}: {D:Jinarc} ({D:tolvaptano}) {X:45/15 mg}; {L:volume renal total} {X:1820 ml}; {S:classificação de Mayo 1C}; {quistos hepáticos}; {M:ressonância magnética abdominal}."
    ),
    it(
        "{calcifilassi}: {D:sodio tiosolfato} {X:25 g} a fine seduta, {D:Velphoro} ({D:ossidrossido sucroferrico}) {X:500 mg}; {L:fosforo} {X:6,2 mg/dl}; {M:biopsia cutanea} con {calcificazioni della tonaca media}."
    ),
    pl(
        "{E:zespół Denysa-Drasha} ({G:WT1}); {guz Wilmsa} w wywiadzie; {M:przeszczepienie nerki} od {dawcy zmarłego}; {D:Prograf} {X:2 mg} 2x dziennie; {L:stężenie takrolimusu} {X:7,4 ng/ml}; {S:klasyfikacja Banff}."
    ),
    da(
        "{Gitelmans syndrom} ({G:SLC12A3}): {L:magnesium} {X:0,52 mmol/L}, {L:kalium} {X:2,9 mmol/L}, {hypokalkuri}; {D:magnesiumoxid} {X:400 mg} x 3; {D:kaliumklorid} {X:1,5 g}; {chondrocalcinose} i {knæet}."
    ),
    gb(
        "{Bence Jones proteinuria} with {cast nephropathy}: {L:serum free light chains} kappa {X:4,800 mg/L}; {D:bortezomib}, {D:cyclophosphamide}, {D:dexamethasone}; {M:high cut-off haemodialysis}; {S:Durie-Salmon stage III}."
    ),
    nb(
        "{Randalls plakk} og {kalsiumoksalatsteiner}: {L:urin-oksalat} {X:0,62 mmol/døgn}; {D:kaliumsitrat} {X:30 mEq}; {M:CT uten kontrast} med {nyrestein} {X:7 mm} i {nedre kalyks}; {M:ESWL}."
    ),
]
