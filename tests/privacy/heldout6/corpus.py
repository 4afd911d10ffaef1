# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best; homoglyphs are planted)
"""A sixth held-out corpus (2026-12-01), written by an outside examiner before it was run
against anything, and never shown to the de-identifier's authors.

Twenty-eight synthetic nephrology patients (dialysis, transplant, glomerulonephritis, drug
reactions, the motivating romosozumab case) from Oaxaca, Santa Fe, Antioquia, Arequipa,
Girona, Lugo, Gipuzkoa, Gwynedd, Skye, Malta, Epirus, Trabzon, South Moravia, Hajdú-Bihar,
South Ostrobothnia, Fjallabyggð, Graubünden, Tyrol, West Flanders, Québec, Dakar, Lviv,
Nyeri, Greater Accra, Lahore, Vavuniya, Singapore and Clarendon, written in the Spanish of
Mexico, Argentina, Colombia and Peru, Catalan, Galician, Basque, Welsh, Maltese, Greek (both
scripts), Turkish, Czech, Hungarian, Finnish and Finland Swedish, Icelandic, Swiss German,
Italian of Ticino, Austrian German, Flemish, Belgian, Québécois and Senegalese French,
Ukrainian and Russian (Cyrillic and transliterated), Swahili, Tagalog, and the English of
Wales, the Highlands, Malta, Kenya, Ghana, Pakistan, Sri Lanka, Singapore, Jamaica and
Canada, with Scottish Gaelic, Romansh, Quechua, Zapotec, Wolof, Korean, Thai, Persian,
Amharic, Yoruba, Igbo, Tamil, Hokkien and Urdu names and places in Latin script. Every
person, number and address is invented (real town and institution names are used as
places, never with a real person).

The format is heldout4's and heldout5's (``tests/privacy/heldout4/corpus.py``): each
``Note`` is one free-text field in one language (a language tag, with its country where it
matters: ``es-MX``); clinical terms that must survive are braced with a category letter
(``CATEGORIES``); planted identifiers are listed per patient as ``(kind, text)``, the kind
being ``"<Safe Harbor kind>/<form>"``. Every other word is an ordinary word of the note's
language and should survive too. ``DESCRIBED`` lists the words that describe a planted
unique feature (part of the identifier, not ordinary words).

The images (``images.py``) are part of this corpus.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.privacy.heldout4.corpus import CATEGORIES, Note, Patient

__all__ = ["CATEGORIES", "DESCRIBED", "HELDOUT6", "PARTICLES", "TERM_NOTES", "Note", "Patient"]

ZW, ZWNJ, WJ, BOM, SHY = "\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad"


def _in(lang: str) -> Callable[[str], Note]:
    def note(t: str) -> Note:
        return Note(lang, t)

    return note


mx, ar, co, pe, es = (_in(x) for x in ("es-MX", "es-AR", "es-CO", "es-PE", "es-ES"))
ca, gl, eu, cy, gd = (_in(x) for x in ("ca", "gl", "eu", "cy", "gd"))
mt, el, tr, cs, hu = (_in(x) for x in ("mt", "el", "tr", "cs", "hu"))
fi, sv, is_, ch, tic, at = (_in(x) for x in ("fi", "sv-FI", "is", "de-CH", "it-CH", "de-AT"))
vls, be, qc, sn = (_in(x) for x in ("nl-BE", "fr-BE", "fr-CA", "fr-SN"))
uk, ru, sw, tl = (_in(x) for x in ("uk", "ru", "sw", "tl"))
wls, sco, emt, ke, gh = (_in(x) for x in ("en-GB-wls", "en-GB-sco", "en-MT", "en-KE", "en-GH"))
pk, lk, sg, jm, cae = (_in(x) for x in ("en-PK", "en-LK", "en-SG", "en-JM", "en-CA"))

# Name particles: a survival of these alone is counted apart in RESULTS.md (heldout5's rule
# counts any word of three letters or more).
PARTICLES = {"van", "den", "der", "von", "del", "las", "los", "dela", "ferch", "nic", "bin",
             "binti", "d/o", "s/o", "ould", "ben"}  # fmt: skip

DESCRIBED: list[str] = [
    "tatuaje de un colibrí con el nombre ROSENDO en el antebrazo izquierdo",
    "la única maestra de zapoteco de la secundaria de Teotitlán",
    "la única bandoneonista mujer del club",
    "cicatriz de machete sobre la ceja izquierda",
    "la única tejedora de mantas de alpaca de Chivay",
    "l'única farmacèutica de Rupià",
    "o Carteiro",
    "Zestoako bertsolari emakume bakarra",
    "the retired quarryman who carved the bardic chair for the 1979 Eisteddfod",
    "the only Gaelic precentor at the Free Church in Portree",
    "an aon bhana-phrìomhsair aig an Eaglais Shaor",
    "the only woman bell-ringer of the parish church",
    "τατουάζ με ένα χελιδόνι και το όνομα ΣΠΥΡΟΣ στον αριστερό καρπό",
    "köyün tek kemençe ustası",
    "mateřské znaménko ve tvaru srdce na krku",
    "a város egyetlen harangöntő mestere",
    "Kauhavan ainoa puukkoseppä",
    "eini hákarlsverkandinn í Fjallabyggð",
    "die letzte Sennerin auf der Alp Tamangur",
    "die Marketenderin der Schützenkompanie Wörgl",
    "de enige beiaardier van Poperinge",
    "la seule sculptrice sur glace du Carnaval",
    "la présidente de la tontine des femmes de Ouakam",
    "єдиний бандурист у селі",
    "the only woman matatu owner on the Othaya route",
    "the Ohemaa (queen mother) of Nkawkaw",
    "a burn scar shaped like a crescent on the back of her left hand",
    "the nadaswaram player of the Kandasamy kovil",
    "sells putu piring at stall #01-47 of the Bedok hawker centre",
    "the only woman sound-system selector in May Pen",
]

HELDOUT6: list[Patient] = [
    # 1. Oaxaca, Mexico (Spanish of Mexico, Zapotec names): lupus nephritis
    Patient(
        name="Itzel Yoalli Santibáñez Matus",
        mrn="HRAEO-2019-08833",
        birth="1995-06-12",
        notes=[
            mx(
                "Itzel Yoalli Santibáñez Matus, 28 años, originaria de Juchitán, con {E:lupus eritematoso sistémico} desde 2016 y {nefritis lúpica} {S:ISN/RPS clase IV-G (A)} en la {M:biopsia renal percutánea}."
            ),
            mx(
                "Vive en Calle Macedonio Alcalá 407, int. 3, Col. Centro, C.P. 68000, Oaxaca de Juárez, Oax., a dos cuadras del Templo de Santo Domingo."
            ),
            mx("CURP SAMI950612MOCNTT08; NSS IMSS 43-19-95-6127-4; expediente HRAEO/2019/08833."),
            mx(
                "Ingresó al Hospital General Dr. Aurelio Valdivieso el Día de Muertos de 2022 con {L:creatinina} {X:2,4 mg/dl}, {L:proteinuria} {X:3,8 g/24 h} y {L:anti-dsDNA} {X:412 UI/ml}."
            ),
            mx(
                "Recibió {D:metilprednisolona} {X:500 mg} {IV} por tres días y {D:ciclofosfamida} {S:Euro-Lupus} {X:500 mg} cada 15 días; {L:C3} {X:41 mg/dl}, {L:C4} {X:6 mg/dl}."
            ),
            mx(
                "Su mamá, doña Reyna Matus Toledo, de noventa y un años, la acompaña; le dicen Lupita en la casa y contesta al (951) 516 2284."
            ),
            mx(
                "Fue referida al Centro Médico Nacional 20 de Noviembre por la Dra. Citlali Vásquez Ruiz, cédula profesional 7314592, quien indicó {D:micofenolato de mofetilo} {X:1 g} cada 12 h."
            ),
            mx(
                "Trabaja en la mezcalera Los Siete Magueyes y es la única maestra de zapoteco de la secundaria de Teotitlán; tiene un tatuaje de un colibrí con el nombre ROSENDO en el antebrazo izquierdo."
            ),
            mx(
                "Correo: itzel.santibanez arroba hotmail punto com; en redes es @yoalli_bordados. La Lic. en Nutrición Yazmín Chávez Ortega le dio dieta baja en {L:sodio}."
            ),
            mx(
                "{D:hidroxicloroquina} {X:200 mg/día}; {M:fondo de ojo} sin {maculopatía}; {L:anticuerpos antifosfolípido} negativos; {O:Pneumocystis jirovecii}: profilaxis con {D:trimetoprima/sulfametoxazol} {X:80/400 mg}."
            ),
            mx(
                "La consulta del jueves pasado se movió por la Guelaguetza de 2023; el pago del seguro va a la CLABE 014610655012349876."
            ),
            mx(
                "Placas del coche TNS-418-B. Cumple años el 12 de junio y en el verano de 2021 tuvo {herpes zóster} tratado con {D:valaciclovir} {X:1 g} c/8 h."
            ),
            mx(
                "ITZEL llegó con {edema} {X:++} y {L:albúmina} {X:2,1 g/dl}; {D:belimumab} {X:10 mg/kg} se agregó en el ciclo de {S:LESDAI-2K} {X:14}."
            ),
            mx(
                "La foto de frente del expediente electrónico es IMG_20221102_093114.jpg; en la farmacia se identifica con su huella dactilar, registro biométrico HD-OAX-55821904."
            ),
        ],
        planted=[
            ("name/recorded", "Itzel Yoalli Santibáñez Matus"),
            ("geographic/birthplace no cue", "Juchitán"),
            ("geographic/street MX with int. and Col.", "Calle Macedonio Alcalá 407, int. 3"),
            ("geographic/postcode MX C.P.", "C.P. 68000"),
            ("geographic/city and state MX", "Oaxaca de Juárez, Oax."),
            ("geographic/landmark", "Templo de Santo Domingo"),
            ("social security number/CURP", "SAMI950612MOCNTT08"),
            ("health plan number/NSS IMSS with dashes", "43-19-95-6127-4"),
            ("medical record number/expediente with slashes", "HRAEO/2019/08833"),
            ("geographic/facility named after a person", "Hospital General Dr. Aurelio Valdivieso"),
            ("date/holiday MX", "Día de Muertos de 2022"),
            ("name/relative after doña", "Reyna Matus Toledo"),
            ("age over 89/word es", "noventa y un años"),
            ("name/nickname", "Lupita"),
            ("telephone/MX sentence end", "(951) 516 2284"),
            ("geographic/facility named after an event", "Centro Médico Nacional 20 de Noviembre"),
            ("name/after Dra.", "Citlali Vásquez Ruiz"),
            ("licence number/cédula profesional", "7314592"),
            ("name/employer", "mezcalera Los Siete Magueyes"),
            (
                "other unique identifier/occupation",
                "la única maestra de zapoteco de la secundaria de Teotitlán",
            ),
            ("other unique identifier/tattoo", "colibrí con el nombre ROSENDO"),
            ("email/obfuscated es arroba punto", "itzel.santibanez arroba hotmail punto com"),
            ("name/handle (phrase)", "@yoalli_bordados"),
            ("name/after Lic.", "Yazmín Chávez Ortega"),
            ("date/weekday phrase", "jueves pasado"),
            ("date/festival with year", "Guelaguetza de 2023"),
            ("account number/CLABE", "014610655012349876"),
            ("vehicle identifier/plate MX", "TNS-418-B"),
            ("date/birthday", "12 de junio"),
            ("date/season with year", "verano de 2021"),
            ("name/ALL CAPS given name", "ITZEL"),
            ("full-face photograph/file name", "IMG_20221102_093114.jpg"),
            ("biometric identifier/fingerprint enrolment", "HD-OAX-55821904"),
        ],
    ),
    # 2. Rosario, Santa Fe, Argentina (Spanish of Argentina): living-donor transplant, CMV
    Patient(
        name="Nélida Graciela Bonfiglio",
        mrn="HPC-551742",
        birth="1961-02-27",
        notes=[
            ar(
                "Nélida Graciela Bonfiglio, DNI 14.827.339, CUIL 27-14827339-4, afiliada PAMI n.º 150827339-02/00."
            ),
            ar(
                "{trasplante renal} de donante vivo (su hermana Stella Maris) en el Hospital Provincial del Centenario en 2019; {inducción} con {D:basiliximab} {X:20 mg} días 0 y 4."
            ),
            ar(
                "Mantenimiento con {D:tacrolimus} {X:3 mg} c/12 h, {D:ácido micofenólico} {X:720 mg} c/12 h y {D:meprednisona} {X:4 mg}; {L:nivel valle de tacrolimus} {X:7,8 ng/ml}."
            ),
            ar(
                "Vive en Bv. Oroño 1455, 3.º B, S2000DSI Rosario, frente al Monumento a la Bandera; celular +54 9 341 576-2209."
            ),
            ar(
                "El Día de la Bandera de 2023 consultó por {fiebre} y {diarrea}: {L:antigenemia pp65} {X:42 células/200.000}, {L:carga viral de CMV} {X:18.400 UI/ml}."
            ),
            ar(
                "Inició {D:valganciclovir} {X:900 mg} c/12 h; a las tres semanas {leucopenia} ({L:leucocitos} {X:1.900/mm³}) y se bajó a {X:450 mg}; {D:filgrastim} {X:300 µg} en dos dosis."
            ),
            ar(
                "La atiende la Dra. Mariela Sosa Ocampo, M.P. 13.724; el papá, don Aldo Bonfiglio, de 93 años, la trae en el Peugeot AD 417 KT."
            ),
            ar(
                "Le dicen Chiche. Fue la única bandoneonista mujer del club y trabajó treinta años en el Frigorífico La Rinconada."
            ),
            ar(
                "Mail: nelidabonfiglio arroba yahoo punto com punto ar; el reintegro se deposita en el CBU 0110599520000012345678."
            ),
            ar(
                "El sábado anterior al Día del Amigo tuvo {L:creatinina} {X:1,6 mg/dl}; {M:ecografía Doppler del injerto} con {índice de resistencia} {X:0,71}."
            ),
            ar(
                "{M:biopsia del injerto}: {S:Banff} {X:i0 t0 g0 ptc0}, {L:C4d} negativo; {L:anticuerpos donante específicos} por {M:Luminex} negativos."
            ),
            ar(
                "bonfiglio refiere {temblor} fino; {D:tacrolimus de liberación prolongada} ({D:Envarsus}) {X:4 mg} una vez al día desde el 9 de julio."
            ),
            ar(
                "La fundación de trasplantados publica su caso en fundaciondonar.org.ar/historias/nelida sin pedirle permiso."
            ),
        ],
        planted=[
            ("name/recorded", "Nélida Graciela Bonfiglio"),
            ("social security number/DNI AR with dots", "14.827.339"),
            ("social security number/CUIL", "27-14827339-4"),
            ("health plan number/PAMI", "150827339-02/00"),
            ("name/relative, a saint's title", "Stella Maris"),
            ("geographic/facility named after an event", "Hospital Provincial del Centenario"),
            ("geographic/street AR Bv. with floor", "Bv. Oroño 1455, 3.º B"),
            ("geographic/postcode AR CPA", "S2000DSI"),
            ("geographic/city no cue", "Rosario"),
            ("geographic/landmark", "Monumento a la Bandera"),
            ("telephone/AR mobile sentence end", "+54 9 341 576-2209"),
            ("date/holiday AR", "Día de la Bandera de 2023"),
            ("name/after Dra. double surname", "Mariela Sosa Ocampo"),
            ("licence number/matrícula provincial", "M.P. 13.724"),
            ("name/relative after don", "Aldo Bonfiglio"),
            ("age over 89/number", "93 años"),
            ("vehicle identifier/plate AR Mercosur", "AD 417 KT"),
            ("name/nickname", "Chiche"),
            ("other unique identifier/occupation", "la única bandoneonista mujer del club"),
            ("name/employer", "Frigorífico La Rinconada"),
            ("email/obfuscated es", "nelidabonfiglio arroba yahoo punto com punto ar"),
            ("account number/CBU", "0110599520000012345678"),
            ("date/relative to a holiday", "sábado anterior al Día del Amigo"),
            ("name/lower case at sentence start", "bonfiglio"),
            ("date/holiday written out", "9 de julio"),
            ("url/no scheme with path", "fundaciondonar.org.ar/historias/nelida"),
        ],
    ),
    # 3. Medellín, Antioquia, Colombia (Spanish of Colombia): haemodialysis, vancomycin DRESS
    Patient(
        name="Yeison Alexis Zuluaga Cardona",
        mrn="HPTU-7741902",
        birth="1988-11-03",
        notes=[
            co(
                "Yeison Alexis Zuluaga Cardona, C.C. 1.036.548.217, afiliado a la EPS con el número 77120045, en {hemodiálisis} tres veces por semana por {E:síndrome de Alport}."
            ),
            co(
                "Reside en la Cra. 43A # 18 Sur - 135, apto 1204, barrio El Poblado; la mamá vive en Rionegro y lo visita los domingos."
            ),
            co(
                "Se hospitalizó en el Hospital Pablo Tobón Uribe durante la Feria de las Flores de 2023 por {bacteriemia} por {O:Staphylococcus aureus resistente a meticilina} asociada al {catéter tunelizado}."
            ),
            co(
                "Recibió {D:vancomicina} {X:1 g} posdiálisis; a los 19 días {exantema morbiliforme}, {L:eosinófilos} {X:2.310/µl}, {L:ALT} {X:312 U/l} y {fiebre}: {DRESS} con {S:RegiSCAR} {X:6}."
            ),
            co(
                "Se cambió a {D:daptomicina} {X:6 mg/kg} y se dio {D:prednisolona} {X:1 mg/kg}; {L:HHV-6 PCR} positiva en la segunda semana."
            ),
            co(
                "La jefe de enfermería Milagros Caicedo Mosquera lo conoce desde hace años; su abuela, de noventa y dos años, vive con él."
            ),
            co(
                "Lo valoró el Dr. Hernán Darío Restrepo Ochoa, registro médico RM 5-1473-09, y anotó cicatriz de machete sobre la ceja izquierda."
            ),
            co(
                "Celular +57 314 782 5561; correo yeison.zc arroba gmail punto com; tiene un blog en yeisonzuluaga.blogspot.com sobre fútbol."
            ),
            co(
                "Maneja una moto placa JKT-48F; el puente festivo de San Pedro de 2022 no asistió a dos sesiones y llegó con {L:potasio} {X:7,2 mEq/l}."
            ),
            co(
                "{M:electrocardiograma} con {ondas T picudas}; {D:gluconato de calcio} {X:10 ml} al {X:10 %}, {D:insulina regular} {X:10 UI} con {D:dextrosa} al {X:50 %}."
            ),
            co(
                "{fístula arteriovenosa radiocefálica} izquierda madurando; {M:ecografía Doppler} con flujo de {X:620 ml/min}; {L:Kt/V} {X:1,41}, {L:URR} {X:72 %}."
            ),
            co(
                "Se dializa en la máquina {A:Nipro Surdial X} con número de serie 21K4-00873; entra a la unidad con el lector biométrico (plantilla de huella BIO-7731-0042). Fax de la EPS (604) 448 2371."
            ),
        ],
        planted=[
            ("name/recorded", "Yeison Alexis Zuluaga Cardona"),
            ("social security number/cédula de ciudadanía with dots", "1.036.548.217"),
            ("health plan number/EPS", "77120045"),
            ("geographic/street CO with #", "Cra. 43A # 18 Sur - 135, apto 1204"),
            ("geographic/neighbourhood after barrio", "El Poblado"),
            ("geographic/town no cue", "Rionegro"),
            ("geographic/facility named after a person", "Hospital Pablo Tobón Uribe"),
            ("date/festival with year", "Feria de las Flores de 2023"),
            ("name/ordinary word as a first name", "Milagros Caicedo Mosquera"),
            ("age over 89/word es", "noventa y dos años"),
            ("name/after Dr. double surname", "Hernán Darío Restrepo Ochoa"),
            ("licence number/registro médico", "RM 5-1473-09"),
            ("other unique identifier/scar", "cicatriz de machete sobre la ceja izquierda"),
            ("telephone/CO mobile", "+57 314 782 5561"),
            ("email/obfuscated es", "yeison.zc arroba gmail punto com"),
            ("url/no scheme", "yeisonzuluaga.blogspot.com"),
            ("vehicle identifier/plate CO motorcycle", "JKT-48F"),
            ("date/holiday long weekend", "puente festivo de San Pedro de 2022"),
            ("device identifier/dialysis machine serial", "21K4-00873"),
            ("biometric identifier/fingerprint template", "BIO-7731-0042"),
            ("fax/CO", "(604) 448 2371"),
        ],
    ),
    # 4. Arequipa and Colca, Peru (Spanish of Peru, Quechua names): peritoneal dialysis, peritonitis
    Patient(
        name="Teodora Ccori Huamaní Chuquipiondo",
        mrn="HNCASE-418273",
        birth="1933-10-06",
        notes=[
            pe(
                "Sra. Teodora Ccori Huamaní Chuquipiondo, de 90 años, natural de Chivay, en {diálisis peritoneal continua ambulatoria} desde 2021 por {nefroesclerosis hipertensiva}."
            ),
            pe(
                "DNI 29461873; asegurada EsSalud, autogenerado 3310061THMCC004; historia clínica HC 418273 del Hospital Nacional Carlos Alberto Seguín Escobedo."
            ),
            pe(
                "Domicilio: Urb. Villa Continental Mz. F Lt. 12, Cerro Colorado, Arequipa 04014; teléfono fijo 054 283391, celular 959 418 027."
            ),
            pe(
                "En Fiestas Patrias de 2022 llegó con {dolor abdominal} y {efluente turbio}: {L:leucocitos en efluente} {X:1.850/mm³} con {X:82 %} {L:polimorfonucleares}."
            ),
            pe(
                "Cultivo con {O:Pseudomonas aeruginosa}; {D:ceftazidima} {X:1 g} intraperitoneal diaria y {D:gentamicina} {X:0,6 mg/kg}; se agregó {D:ciprofloxacino} oral {X:250 mg}."
            ),
            pe(
                "Su nieto Wayra Quispe Ccori hace los recambios; dice que la abuela es la única tejedora de mantas de alpaca de Chivay."
            ),
            pe(
                "Controlada por el Dr. Fermín Llerena Salas, CMP 53917, que también la vio en la fiesta de la Virgen de la Candelaria en Cabanaconde."
            ),
            pe(
                "{M:tomografía abdominal} sin {colección}; {L:albúmina} {X:2,9 g/dl}, {L:PCR} {X:86 mg/l}; {D:icodextrina} {X:2 l} nocturna."
            ),
            pe(
                "Correo del nieto wayra.qc arroba outlook punto pe. Vino en la combi de placa V4K-612 el martes 28 de febrero de 2023."
            ),
            pe(
                "Se coordinó con el Hospital Nacional Dos de Mayo para {retiro del catéter de Tenckhoff}; la guía {S:ISPD 2022} recomienda retirarlo si no responde en cinco días."
            ),
            pe(
                "TEODORA tolera {D:eritropoyetina alfa} {X:4000 UI} semanal; {L:hemoglobina} {X:10,4 g/dl}, {L:ferritina} {X:380 ng/ml}."
            ),
            pe(
                "La foto de su rostro para el carné del SIS se guardó como DSC_0412_rostro.jpg; el reconocimiento facial del seguro tiene el código RF-29461-07."
            ),
        ],
        planted=[
            ("name/recorded", "Teodora Ccori Huamaní Chuquipiondo"),
            ("age over 89/number", "90 años"),
            ("geographic/birthplace", "Chivay"),
            ("social security number/DNI PE", "29461873"),
            ("health plan number/EsSalud autogenerado", "3310061THMCC004"),
            ("medical record number/HC", "HC 418273"),
            (
                "geographic/facility named after a person",
                "Hospital Nacional Carlos Alberto Seguín Escobedo",
            ),
            ("geographic/address PE Mz. Lt.", "Urb. Villa Continental Mz. F Lt. 12"),
            ("geographic/district no cue", "Cerro Colorado"),
            ("geographic/postcode PE", "Arequipa 04014"),
            ("telephone/PE landline", "054 283391"),
            ("telephone/PE mobile", "959 418 027"),
            ("date/holiday PE with year", "Fiestas Patrias de 2022"),
            ("name/relative Quechua given name", "Wayra Quispe Ccori"),
            (
                "other unique identifier/occupation",
                "la única tejedora de mantas de alpaca de Chivay",
            ),
            ("name/after Dr.", "Fermín Llerena Salas"),
            ("licence number/CMP", "CMP 53917"),
            ("date/feast", "fiesta de la Virgen de la Candelaria"),
            ("geographic/town no cue", "Cabanaconde"),
            ("email/obfuscated es", "wayra.qc arroba outlook punto pe"),
            ("vehicle identifier/plate PE", "V4K-612"),
            ("date/weekday and written out", "martes 28 de febrero de 2023"),
            ("geographic/facility named after an event", "Hospital Nacional Dos de Mayo"),
            ("name/ALL CAPS given name", "TEODORA"),
            ("full-face photograph/file name", "DSC_0412_rostro.jpg"),
            ("biometric identifier/face recognition enrolment", "RF-29461-07"),
        ],
    ),
    # 5. Girona, Catalonia (Catalan): IgA nephropathy, steroid diabetes
    Patient(
        name="Montserrat Vilaplana i Roura",
        mrn="HUJT-3308415",
        birth="1972-04-23",
        notes=[
            ca(
                "Montserrat Vilaplana i Roura, de 51 anys, amb {nefropatia IgA} diagnosticada per {M:biòpsia renal} el 2018, {S:Oxford MEST-C} {X:M1 E0 S1 T1 C0}."
            ),
            ca(
                "DNI 40358216K; CIP VIRO 0 720423 01 6; història clínica 3308415 de l'Hospital Universitari de Girona Doctor Josep Trueta."
            ),
            ca(
                "Viu al carrer de la Força, 14, 2n 1a, 17004 Girona, a tocar de la Catedral; la seva germana té una masia a Banyoles."
            ),
            ca(
                "Per Sant Jordi de 2023 va començar {D:budesonida d'alliberament dirigit} ({D:Kinpeygo}) {X:16 mg} al dia; {L:proteïnúria} {X:1,9 g/24 h}, {L:FGe} {X:48 ml/min/1,73 m²}."
            ),
            ca(
                "Abans havia rebut {D:prednisona} {X:0,5 mg/kg}, amb {diabetis esteroidal}: {L:HbA1c} {X:7,9 %}; es va afegir {D:dapagliflozina} {X:10 mg}."
            ),
            ca(
                "La segueix la Dra. Núria Pagès i Figueras, núm. de col·legiada 17-3842; la infermera li diu Montse i li fa el control de {L:pressió arterial}."
            ),
            ca(
                "Treballa a la cooperativa Fruits del Ter i és l'única farmacèutica de Rupià; telèfon 972 41 83 06."
            ),
            ca(
                "Correu: montse.vilaplana arrova gmail punt cat. La revetlla de Sant Joan va tenir {hematúria macroscòpica} després d'una {faringitis}."
            ),
            ca(
                "{L:IgA galactosa-deficient} elevada; {L:C3} normal; {M:ecografia renal} amb ronyons de {X:10,2 cm} i {X:10,6 cm}."
            ),
            ca(
                "Cotxe 4821 LHX. Rebut domiciliat al compte ES76 2100 8412 0302 0017 6934. La tardor del 2021 va fer {pneumònia} per {O:Streptococcus pneumoniae}."
            ),
            ca(
                "El dilluns de Pasqua Florida de 2022 es va prendre {D:ibuprofèn} {X:600 mg} i la {L:creatinina} va pujar a {X:1,8 mg/dl}; es va suspendre l'{D:enalapril}."
            ),
            ca(
                "vilaplana tolera bé el {D:sparsentan} en assaig; {L:potassi} {X:4,9 mmol/l}; {S:KDIGO 2021} recomana {bloqueig del sistema renina-angiotensina}."
            ),
            ca(
                "El blog de la farmàcia és farmaciarupia.cat/consells; el glucòmetre {A:FreeStyle Optium Neo} té el número de sèrie JGMC4419-0012."
            ),
        ],
        planted=[
            ("name/recorded with i between surnames", "Montserrat Vilaplana i Roura"),
            ("social security number/DNI ES", "40358216K"),
            ("health plan number/CIP CatSalut with spaces", "VIRO 0 720423 01 6"),
            ("medical record number/bare digits", "3308415"),
            (
                "geographic/facility named after a person",
                "Hospital Universitari de Girona Doctor Josep Trueta",
            ),
            ("geographic/street ca with floor and door", "carrer de la Força, 14, 2n 1a"),
            ("geographic/postcode ES with city", "17004 Girona"),
            ("geographic/landmark", "a tocar de la Catedral"),
            ("geographic/town no cue", "Banyoles"),
            ("date/feast with year", "Sant Jordi de 2023"),
            ("name/after Dra. with i", "Núria Pagès i Figueras"),
            ("licence number/col·legiada", "17-3842"),
            ("name/nickname of the recorded name", "Montse"),
            ("name/employer", "cooperativa Fruits del Ter"),
            ("other unique identifier/occupation", "l'única farmacèutica de Rupià"),
            ("telephone/ES sentence end", "972 41 83 06"),
            ("email/obfuscated ca arrova punt", "montse.vilaplana arrova gmail punt cat"),
            ("date/feast eve", "revetlla de Sant Joan"),
            ("vehicle identifier/plate ES", "4821 LHX"),
            ("account number/IBAN ES with spaces", "ES76 2100 8412 0302 0017 6934"),
            ("date/season with year", "tardor del 2021"),
            ("date/holiday with year", "dilluns de Pasqua Florida de 2022"),
            ("name/lower case at sentence start", "vilaplana"),
            ("url/no scheme with path", "farmaciarupia.cat/consells"),
            ("device identifier/glucometer serial", "JGMC4419-0012"),
        ],
    ),
    # 6. Lugo and A Mariña, Galicia (Galician): MPO-ANCA vasculitis in a fisherman
    Patient(
        name="Xosé Bieito Lameiro Seoane",
        mrn="HULA-0552917",
        birth="1958-10-05",
        notes=[
            gl(
                "Xosé Bieito Lameiro Seoane, mariñeiro xubilado de Burela, coñecido no porto como o Carteiro, ingresou por {glomerulonefrite rapidamente progresiva}."
            ),
            gl(
                "{L:ANCA anti-MPO} {X:148 UI/ml}; {M:biopsia renal}: {glomerulonefrite necrotizante pauci-inmune} con {crecentes} no {X:60 %} dos glomérulos, {S:clase crecéntica de Berden}."
            ),
            gl(
                "Recibiu {D:rituximab} {X:375 mg/m²} semanal catro doses e {D:avacopán} {X:30 mg} cada 12 h, con {D:prednisona} en pauta reducida {S:PEXIVAS}."
            ),
            gl(
                "Vive na Rúa Nova, 37, 1º dereita, 27001 Lugo; o fillo ten o pesqueiro coa matrícula 3ª-LU-2-1804 no porto."
            ),
            gl(
                "NUSS 27 10483921 56; tarxeta sanitaria BNLM 581005 33 8 6; historia 0552917 do Hospital Universitario Lucus Augusti."
            ),
            gl(
                "O día de San Froilán de 2022 tivo {hemoptise} leve; {M:TAC torácica} con {infiltrados en vidro deslustrado}; {L:DLCO} {X:118 %}."
            ),
            gl(
                "A súa muller, Pilar Cabarcos Docampo, telefona ao 982 22 61 49, e o médico de cabeceira, Dr. Anxo Vilariño Pazos, col. 272 804 512, leva as analíticas."
            ),
            gl(
                "Correo: xbieitolameiro arroba mundo-r punto com. O Día das Letras Galegas de 2023 xa tiña {L:creatinina} {X:2,3 mg/dl}."
            ),
            gl(
                "Cóche LU-4827-Y. A súa nai, de noventa e catro anos, vive en Mondoñedo; ten un {E:fenómeno de Raynaud} desde novo."
            ),
            gl(
                "{L:IgG} {X:5,1 g/l} tras o {D:rituximab}; {D:inmunoglobulina intravenosa} {X:0,4 g/kg}; profilaxe con {D:cotrimoxazol} e {D:valganciclovir}."
            ),
            gl(
                "O martes de Entroido de 2023 faltou á consulta; {S:BVAS} {X:0} en maio, {S:VDI} {X:3}."
            ),
        ],
        planted=[
            ("name/recorded", "Xosé Bieito Lameiro Seoane"),
            ("geographic/town no cue", "Burela"),
            ("name/nickname, an occupation", "o Carteiro"),
            ("geographic/street gl with floor", "Rúa Nova, 37, 1º dereita"),
            ("geographic/postcode ES with city", "27001 Lugo"),
            ("vehicle identifier/fishing boat registration", "3ª-LU-2-1804"),
            ("social security number/NUSS with spaces", "27 10483921 56"),
            ("health plan number/tarxeta sanitaria", "BNLM 581005 33 8 6"),
            ("medical record number/bare digits", "0552917"),
            (
                "geographic/facility named after a Roman town",
                "Hospital Universitario Lucus Augusti",
            ),
            ("date/local feast with year", "día de San Froilán de 2022"),
            ("name/relative ordinary word first name", "Pilar Cabarcos Docampo"),
            ("telephone/ES", "982 22 61 49"),
            ("name/after Dr.", "Anxo Vilariño Pazos"),
            ("licence number/colexiado with spaces", "272 804 512"),
            ("email/obfuscated gl", "xbieitolameiro arroba mundo-r punto com"),
            ("date/holiday gl with year", "Día das Letras Galegas de 2023"),
            ("vehicle identifier/plate ES old provincial", "LU-4827-Y"),
            ("age over 89/word gl", "noventa e catro anos"),
            ("geographic/town after en", "Mondoñedo"),
            ("date/carnival with year", "martes de Entroido de 2023"),
        ],
    ),
    # 7. Zestoa and Donostia, Gipuzkoa (Basque and Spanish): lithium nephropathy
    Patient(
        name="Miren Josune Arrizabalaga Urkiola",
        mrn="OSI-DON-4418027",
        birth="1956-07-31",
        notes=[
            eu(
                "Miren Josune Arrizabalaga Urkiola, Zestoarra, {nahasmendu bipolarra} du eta {D:litioa} hartzen du 1989tik; {L:litemia} {X:0,9 mmol/l}."
            ),
            eu(
                "2023ko martxoaren 14an Donostia Unibertsitate Ospitalera etorri zen {poliuria} eta {polidipsia} zituela: {diabetes intsipido nefrogenikoa}."
            ),
            eu(
                "Arrizabalagaren ahizpak, Edurne Urkiolak, dio Zestoako bertsolari emakume bakarra dela; osaba Joxe Inazio laurogeita hamabi urte ditu."
            ),
            eu(
                "Helbidea: Errebal kalea 9, 3. ezk., 20740 Zestoa; telefonoa 943 81 27 50. Posta: mjarrizabalaga a bildua euskaltel puntu eus."
            ),
            es(
                "TIS 80375521; DNI 72481935-P; historia clínica OSI-DON-4418027; {L:osmolalidad urinaria} {X:142 mOsm/kg} tras {prueba de restricción hídrica}."
            ),
            es(
                "Se cambió {D:litio} por {D:lamotrigina} {X:200 mg}; se añadió {D:amilorida} {X:5 mg}; {L:creatinina} {X:1,7 mg/dl}, {L:FGe} {X:31 ml/min/1,73 m²}."
            ),
            eu(
                "Aste Nagusia 2022an {hipotiroidismoa} aurkitu zioten: {L:TSH} {X:11,2 mU/l}; {D:lebotiroxina} {X:50 µg}."
            ),
            es(
                "La Dra. Garazi Etxaniz Olano, n.º de colegiada 20/4871, pidió {M:resonancia magnética renal}: {microquistes corticales} típicos de {nefropatía por litio}."
            ),
            eu(
                "Kotxea 4417 KZN. Olentzero egunean ez zen kontsultara etorri; hurrengo asteazkenean {L:sodioa} {X:149 mmol/l}."
            ),
            eu(
                "Urkiolaren ilobak @josune_bertsoak kontuan igotzen ditu bideoak; {L:kaltzioa} {X:10,9 mg/dl} eta {L:PTH} {X:98 pg/ml}: {hiperparatiroidismo primarioa}."
            ),
            es(
                "La videoconsulta se conectó desde la IP 83.213.74.19 y, otro día, desde 2a02:9130:8e1:4f::1b; el informe se envió por fax al 943 02 71 58."
            ),
        ],
        planted=[
            ("name/recorded", "Miren Josune Arrizabalaga Urkiola"),
            ("geographic/town with a case ending eu", "Zestoarra"),
            ("date/written out eu", "2023ko martxoaren 14an"),
            ("geographic/facility named after a city eu", "Donostia Unibertsitate Ospitalera"),
            ("name/case ending eu genitive", "Arrizabalagaren"),
            ("name/relative with a case ending", "Edurne Urkiolak"),
            ("other unique identifier/occupation", "Zestoako bertsolari emakume bakarra"),
            ("name/relative nickname no surname", "Joxe Inazio"),
            ("age over 89/word eu", "laurogeita hamabi urte"),
            ("geographic/street eu", "Errebal kalea 9, 3. ezk."),
            ("geographic/postcode ES with town", "20740 Zestoa"),
            ("telephone/ES sentence end", "943 81 27 50"),
            ("email/obfuscated eu a bildua puntu", "mjarrizabalaga a bildua euskaltel puntu eus"),
            ("health plan number/TIS", "80375521"),
            ("social security number/DNI ES with dash", "72481935-P"),
            ("medical record number/local format", "OSI-DON-4418027"),
            ("date/festival with a case ending", "Aste Nagusia 2022an"),
            ("name/after Dra.", "Garazi Etxaniz Olano"),
            ("licence number/colegiada", "20/4871"),
            ("vehicle identifier/plate ES", "4417 KZN"),
            ("date/holiday eu", "Olentzero egunean"),
            ("name/case ending eu genitive of the second surname", "Urkiolaren"),
            ("name/handle (phrase)", "@josune_bertsoak"),
            ("ip address/IPv4", "83.213.74.19"),
            ("ip address/IPv6", "2a02:9130:8e1:4f::1b"),
            ("fax/ES", "943 02 71 58"),
        ],
    ),
    # 8. Llanrug and Bangor, Gwynedd, Wales (English of Wales, Welsh): ADPKD, tolvaptan liver injury
    Patient(
        name="Emrys Llwyd ap Cadwaladr",
        mrn="BCUHB-K418273",
        birth="1949-03-01",
        notes=[
            wls(
                "Emrys Llwyd ap Cadwaladr, a retired quarryman from Llanrug, has {ADPKD} ({G:PKD1} truncating variant), {S:Mayo imaging class 1D}, {L:total kidney volume} {X:2,480 mL}."
            ),
            wls(
                "NHS number 482 719 3056; hospital number K418273 at Ysbyty Gwynedd; lives at Tŷ Capel, Ffordd yr Orsaf, Llanrug, Caernarfon LL55 4BH."
            ),
            wls(
                "Started {D:tolvaptan} {X:45/15 mg} on Dydd Gŵyl Dewi 2023; by the Monday after the Eisteddfod his {L:ALT} was {X:246 U/L} (three times the upper limit) and it was stopped."
            ),
            wls(
                "Known in the village as Emrys Bara; he is the retired quarryman who carved the bardic chair for the 1979 Eisteddfod, and Nain, who is 96, still lives next door."
            ),
            cy(
                "Nodyn gan y nyrs Ffion Haf Parri: mae'n well ganddo siarad Cymraeg; ffôn y tŷ 01286 672941. ffôn symudol 07700 918264."
            ),
            wls(
                "Seen in clinic by Dr Gwenno Pennant-Rees, GMC 7421856, who noted {hepatic cysts} on {M:MRI abdomen} and {L:bilirubin} {X:19 µmol/L}."
            ),
            wls(
                "{D:tolvaptan} rechallenge declined; {L:eGFR} {X:38 mL/min/1.73 m²} falling {X:4 mL/min} a year; {D:amlodipine} {X:10 mg} and {D:ramipril} {X:10 mg} for {L:blood pressure} {X:142/88 mmHg}."
            ),
            cy(
                "Ar 14eg o Fawrth 2023 cafodd {L:creatinin} {X:168 µmol/L}; e-bost emrys.llwyd at btinternet dot com."
            ),
            wls(
                "Drives a Land Rover, CN19 HXT, to Bethesda for choir practice; an {M:echocardiogram} showed {mitral valve prolapse}; {intracranial aneurysm} screening with {M:MR angiography} was negative."
            ),
            wls(
                "Over Nos Galan he had {macroscopic haematuria} from a {cyst haemorrhage}; {D:tranexamic acid} {X:1 g} tds for three days; CADWALADR's {L:haemoglobin} fell to {X:104 g/L}."
            ),
        ],
        planted=[
            ("name/recorded with ap, an ordinary Welsh word", "Emrys Llwyd ap Cadwaladr"),
            ("geographic/village no cue", "Llanrug"),
            ("social security number/NHS number with spaces", "482 719 3056"),
            ("medical record number/hospital number no separator", "K418273"),
            ("geographic/facility named after a county cy", "Ysbyty Gwynedd"),
            ("geographic/house name and street cy", "Tŷ Capel, Ffordd yr Orsaf"),
            ("geographic/postcode UK with town", "Caernarfon LL55 4BH"),
            ("date/holiday cy with year", "Dydd Gŵyl Dewi 2023"),
            ("date/relative to a festival", "Monday after the Eisteddfod"),
            ("name/nickname, an ordinary word", "Emrys Bara"),
            (
                "other unique identifier/occupation and event",
                "the retired quarryman who carved the bardic chair for the 1979 Eisteddfod",
            ),
            ("age over 89/number", "who is 96"),
            ("name/after a cy role word", "Ffion Haf Parri"),
            ("telephone/UK landline sentence end", "01286 672941"),
            ("telephone/UK mobile sentence end", "07700 918264"),
            ("name/after Dr hyphenated", "Gwenno Pennant-Rees"),
            ("licence number/GMC", "GMC 7421856"),
            ("date/ordinal cy", "14eg o Fawrth 2023"),
            ("email/obfuscated at dot", "emrys.llwyd at btinternet dot com"),
            ("vehicle identifier/plate UK", "CN19 HXT"),
            ("geographic/town, a biblical word", "Bethesda"),
            ("date/holiday cy", "Nos Galan"),
            ("name/possessive ALL CAPS", "CADWALADR's"),
        ],
    ),
    # 9. Portree and Broadford, Isle of Skye (English of the Highlands, Scottish Gaelic): anti-GBM disease
    Patient(
        name="Peigi Ealasaid NicAoidh",
        mrn="NHSH-5530418",
        birth="1931-12-08",
        notes=[
            sco(
                "Peigi Ealasaid NicAoidh, aged ninety-two, of Bosville Terrace, Port Rìgh, presented to the Dr Mackinnon Memorial Hospital with {haemoptysis} and {oliguria}."
            ),
            sco(
                "{L:anti-GBM antibodies} {X:186 CU}, {L:creatinine} {X:712 µmol/L}; {M:renal biopsy}: {linear IgG} on {M:immunofluorescence}, {crescents} in {X:90%} of glomeruli: {E:Goodpasture disease}."
            ),
            sco(
                "Flown to Raigmore Hospital on Hogmanay 2022 for {D:plasma exchange} ({X:14} exchanges of {X:4 L}), {D:cyclophosphamide} {X:2 mg/kg} and {D:prednisolone} {X:60 mg}."
            ),
            sco(
                "CHI 0812314418. Her niece, Seonag Bheag MacAonghais, is next of kin (01478 612039). Fax to the GP at Dùn Bheagain: 01470 521 774."
            ),
            gd(
                "Tha i a' fuireach ann an Cille Mhoire, IV51 9BZ; 's i an aon bhana-phrìomhsair aig an Eaglais Shaor. Bidh i a' seinn nan salm."
            ),
            sco(
                "Peigi Bheag to the family, she is the only Gaelic precentor at the Free Church in Portree; Burns Night 2023 she was back on {haemodialysis}."
            ),
            sco(
                "Nurse Morag Ross-Matheson, NMC 81D2047E, taught her niece the {central venous catheter} care; email peigi.nicaoidh (at) btinternet (dot) com."
            ),
            sco(
                "{L:ANCA} {L:anti-MPO} {X:24 IU/mL} double positive; {S:BVAS} {X:12}; {O:Pneumocystis jirovecii} prophylaxis with {D:co-trimoxazole} {X:480 mg} daily."
            ),
            sco(
                "Her nephew drives her from below the Old Man of Storr in SK16 ORB; the Mòd week of 2022 she missed a session and had {L:potassium} {X:6.9 mmol/L}."
            ),
            sco(
                "Dialysis via a {right internal jugular tunnelled line}; {L:Kt/V} {X:1.28}; {D:darbepoetin alfa} {X:40 µg} weekly; NICAOIDH, P. signed the consent."
            ),
            sco(
                "The telehealth line knows her by voiceprint (enrolment VP-22-81706); her front-facing photo for the dialysis board is PEIGI_FRONT_2023.jpg."
            ),
        ],
        planted=[
            ("name/recorded Gaelic Nic", "Peigi Ealasaid NicAoidh"),
            ("age over 89/word", "ninety-two"),
            ("geographic/street no number", "Bosville Terrace"),
            ("geographic/town gd", "Port Rìgh"),
            ("geographic/facility named after a person", "Dr Mackinnon Memorial Hospital"),
            ("geographic/facility named after an estate", "Raigmore Hospital"),
            ("date/holiday with year", "Hogmanay 2022"),
            ("social security number/CHI no separator", "0812314418"),
            ("name/relative Gaelic epithet", "Seonag Bheag MacAonghais"),
            ("telephone/UK", "01478 612039"),
            ("geographic/town gd", "Dùn Bheagain"),
            ("fax/UK", "01470 521 774"),
            ("geographic/village gd", "Cille Mhoire"),
            ("geographic/postcode UK", "IV51 9BZ"),
            ("other unique identifier/role gd", "an aon bhana-phrìomhsair aig an Eaglais Shaor"),
            ("name/nickname Gaelic epithet", "Peigi Bheag"),
            (
                "other unique identifier/role",
                "the only Gaelic precentor at the Free Church in Portree",
            ),
            ("date/holiday with year", "Burns Night 2023"),
            ("name/after Nurse hyphenated", "Morag Ross-Matheson"),
            ("licence number/NMC PIN", "NMC 81D2047E"),
            ("email/obfuscated (at) (dot)", "peigi.nicaoidh (at) btinternet (dot) com"),
            ("geographic/landmark", "Old Man of Storr"),
            ("vehicle identifier/plate UK", "SK16 ORB"),
            ("date/festival week with year", "Mòd week of 2022"),
            ("name/signature SURNAME, initial", "NICAOIDH, P."),
            ("biometric identifier/voiceprint", "VP-22-81706"),
            ("full-face photograph/file name with the name", "PEIGI_FRONT_2023.jpg"),
        ],
    ),
    # 10. Ħaż-Żebbuġ and Msida, Malta (Maltese, English of Malta): metformin lactic acidosis, SGLT2
    Patient(
        name="Rożarja Xuereb Mifsud",
        mrn="MDH-2274103",
        birth="1949-08-15",
        notes=[
            mt(
                "Is-Sinjura Rożarja Xuereb Mifsud minn Ħaż-Żebbuġ, ta' 74 sena, daħlet Mater Dei fil-festa ta' San Filep 2023 b'{aċidożi lattika} ({L:lattat} {X:11,4 mmol/L})."
            ),
            emt(
                "On {D:metformin} {X:1 g} bd with an {L:eGFR} of {X:24 mL/min/1.73 m²} and {vomiting}; {L:pH} {X:6.98}, {L:bicarbonate} {X:6 mmol/L}: {metformin-associated lactic acidosis}."
            ),
            emt(
                "Treated with {continuous venovenous haemodiafiltration} for {X:36 h}; {D:sodium bicarbonate} {X:8.4%}; discharged to the Sir Paul Boffa Hospital for rehabilitation."
            ),
            mt(
                "Tgħix fi Triq il-Kbira San Filep, ZBG 1412, ħdejn il-knisja parrokkjali; in-numru tal-karta tal-identità 0274549M."
            ),
            mt(
                "Binha, Ġużeppi Xuereb, iċempel fuq 7942 8051; ommha, iz-zija Ċetta, għandha 97 sena u tgħix magħha."
            ),
            emt(
                "She is the only woman bell-ringer of the parish church. Email: rozi.xuereb [at] maltanet [dot] net; her pension is paid to MT31 VALL 2201 3000 0000 4012 7788 519."
            ),
            emt(
                "Restarted on {D:empagliflozin} {X:10 mg} and {D:linagliptin} {X:5 mg}; {L:HbA1c} {X:8.1%}; {D:insulin glargine} {X:14 units} at night."
            ),
            mt(
                "Rat lit-Tabib Dr. Ġorġ Azzopardi Camilleri, reġistru MC 4172, f'L-Imnarja 2022; {L:kreatinina} {X:198 µmol/L}."
            ),
            emt(
                "Her son's Peugeot RZX 417 was parked by the Għadira Bay when she fainted; {M:CT head} showed no {subdural haematoma}."
            ),
            emt(
                "{E:Kussmaul breathing} resolved; {L:anion gap} {X:29} on admission; {S:APACHE II} {X:21}; xuereb's {L:lactate} normal at {X:48 h}."
            ),
            emt(
                "The {A:Prismaflex} used for her {CVVHDF} was serial PX-410729; the ward's photo of her face is WA-IMG-20230512-0044.jpg."
            ),
        ],
        planted=[
            ("name/recorded", "Rożarja Xuereb Mifsud"),
            ("geographic/town mt with article", "Ħaż-Żebbuġ"),
            ("geographic/facility named after a religious title", "Mater Dei"),
            ("date/local feast with year", "festa ta' San Filep 2023"),
            ("geographic/facility named after a person", "Sir Paul Boffa Hospital"),
            ("geographic/street mt no number", "Triq il-Kbira San Filep"),
            ("geographic/postcode MT", "ZBG 1412"),
            ("social security number/ID card MT", "0274549M"),
            ("name/relative", "Ġużeppi Xuereb"),
            ("telephone/MT mobile", "7942 8051"),
            ("name/relative nickname after iz-zija", "Ċetta"),
            ("age over 89/number mt", "97 sena"),
            ("other unique identifier/role", "the only woman bell-ringer of the parish church"),
            ("email/obfuscated [at] [dot]", "rozi.xuereb [at] maltanet [dot] net"),
            ("account number/IBAN MT with spaces", "MT31 VALL 2201 3000 0000 4012 7788 519"),
            ("name/after Tabib Dr. double surname", "Ġorġ Azzopardi Camilleri"),
            ("licence number/MC", "MC 4172"),
            ("date/holiday mt with year", "L-Imnarja 2022"),
            ("vehicle identifier/plate MT", "RZX 417"),
            ("geographic/landmark", "Għadira Bay"),
            ("name/possessive lower case", "xuereb's"),
            ("device identifier/CRRT machine serial", "PX-410729"),
            ("full-face photograph/file name", "WA-IMG-20230512-0044.jpg"),
        ],
    ),
    # 11. Preveza and Ioannina, Epirus, Greece (Greek in both scripts, Greek English): thalassaemia, deferasirox
    Patient(
        name="Paraskevi Kechagia-Bournazou",
        mrn="GNI-HATZ-530619",
        birth="1987-07-26",
        notes=[
            el(
                "Η κ. Παρασκευή Κεχαγιά-Μπουρνάζου, 36 ετών, με {μείζονα β-θαλασσαιμία} σε {μεταγγίσεις} κάθε τρεις εβδομάδες, παραπέμφθηκε από την Πρέβεζα."
            ),
            el(
                "ΑΜΚΑ 26078704127, ΑΦΜ 048372915. Διεύθυνση: οδός Ελευθερίου Βενιζέλου 23, 481 00 Πρέβεζα. Κινητό 697 418 2250."
            ),
            el(
                "Στο Γενικό Νοσοκομείο «Γ. Χατζηκώστα» την Καθαρά Δευτέρα του 2023: {L:κρεατινίνη} {X:1,6 mg/dl}, {L:γλυκοζουρία}, {L:φωσφατουρία}: {σύνδρομο Fanconi} από {D:δεφερασιρόξη}."
            ),
            el(
                "Η {D:δεφερασιρόξη} {X:28 mg/kg} διακόπηκε· {D:δεφεροξαμίνη} {X:40 mg/kg} υποδόρια· {L:φερριτίνη} {X:2.840 ng/ml}, {M:T2* καρδιάς} {X:18 ms}."
            ),
            el(
                "Γιορτάζει στις 26 Ιουλίου· η μητέρα της, κυρία Βασιλική, ενενήντα ενός ετών, μένει μαζί της. Έχει τατουάζ με ένα χελιδόνι και το όνομα ΣΠΥΡΟΣ στον αριστερό καρπό."
            ),
            el(
                "Email: paraskevi.kech παπάκι yahoo τελεία gr. Αυτοκίνητο ΡΖΧ-4127. Την παρακολουθεί η Δρ. Αγλαΐα Τσιρογιάννη, αρ. μητρώου ΙΣΙ 48172."
            ),
            emt(
                "Transferred to the Evangelismos Hospital in Athens; Mrs Kechagia's {L:serum phosphate} {X:0.6 mmol/L} and {L:uric acid} {X:1.9 mg/dL} on {D:deferasirox}: {proximal tubulopathy}."
            ),
            el(
                "Kechagia-Bournazou S. (latinika sto diavatirio) - {L:kreatinini} {X:1,1 mg/dl} meta ti diakopi; {M:ypervixografima nefron} xoris {lithiasi}."
            ),
            el(
                "Ανήμερα του Αγίου Δημητρίου 2022 είχε {πυρετό} και {O:Yersinia enterocolitica} στην {L:αιμοκαλλιέργεια} υπό {D:δεφεροξαμίνη}· {D:σιπροφλοξασίνη} {X:500 mg}."
            ),
            el(
                "Τα αδέρφια ΚΕΧΑΓΙΆΔΕΣ έκαναν {M:HLA τυποποίηση} για {μεταμόσχευση μυελού}· IP του σπιτιού για την τηλεϊατρική 85.74.203.18."
            ),
            el(
                "Η ηλεκτρονική συνταγή της στο eprescription.gr/ασθενής/530619 και η φωτογραφία προσώπου στο αρχείο prosopo_0726.jpg."
            ),
        ],
        planted=[
            ("name/recorded in Greek script", "Παρασκευή Κεχαγιά-Μπουρνάζου"),
            ("geographic/town el with article", "Πρέβεζα"),
            ("social security number/AMKA", "26078704127"),
            ("social security number/AFM tax number", "048372915"),
            ("geographic/street el", "οδός Ελευθερίου Βενιζέλου 23"),
            ("geographic/postcode GR", "481 00"),
            ("telephone/GR mobile sentence end", "697 418 2250"),
            ("geographic/facility named after a person el", "Γενικό Νοσοκομείο «Γ. Χατζηκώστα»"),
            ("date/holiday el", "Καθαρά Δευτέρα του 2023"),
            ("date/name day el", "26 Ιουλίου"),
            ("name/relative after κυρία", "Βασιλική"),
            ("age over 89/word el", "ενενήντα ενός ετών"),
            ("other unique identifier/tattoo el", "χελιδόνι και το όνομα ΣΠΥΡΟΣ"),
            ("email/obfuscated el παπάκι τελεία", "paraskevi.kech παπάκι yahoo τελεία gr"),
            ("vehicle identifier/plate GR Greek letters like Latin", "ΡΖΧ-4127"),
            ("name/after Δρ.", "Αγλαΐα Τσιρογιάννη"),
            ("licence number/ISI medical association", "ΙΣΙ 48172"),
            ("geographic/facility named after a feast", "Evangelismos Hospital"),
            ("geographic/city", "Athens"),
            ("name/transliterated possessive", "Kechagia's"),
            ("name/transliterated signature with initial", "Kechagia-Bournazou S."),
            ("date/feast el with year", "Αγίου Δημητρίου 2022"),
            ("name/plural in Greek capitals with accent", "ΚΕΧΑΓΙΆΔΕΣ"),
            ("ip address/IPv4", "85.74.203.18"),
            ("url/no scheme non-Latin path", "eprescription.gr/ασθενής/530619"),
            ("full-face photograph/file name", "prosopo_0726.jpg"),
        ],
    ),
    # 12. Çaykara and Ortahisar, Trabzon, Turkey (Turkish): FMF with AA amyloidosis
    Patient(
        name="Bahar Şengül Karadeniz",
        mrn="KEAH-2019-44817",
        birth="1979-04-23",
        notes=[
            tr(
                "Bahar Şengül Karadeniz, 44 yaşında, Çaykaralı, {ailesel Akdeniz ateşi} ({G:MEFV} {X:M694V} homozigot) ve {AA amiloidoz} ile {nefrotik sendrom}."
            ),
            tr(
                "TC kimlik no 41528093716; SGK sicil 6104 1979 0423 88; dosya no KEAH-2019-44817. Adres: Gazipaşa Mah. Uzun Sok. No:14 D:3, 61030 Ortahisar/Trabzon."
            ),
            tr(
                "Kanuni Eğitim ve Araştırma Hastanesi'nde Kurban Bayramı'nın ikinci günü 2023 yatırıldı: {L:proteinüri} {X:8,4 g/gün}, {L:albümin} {X:1,9 g/dl}, {L:serum amiloid A} {X:86 mg/l}."
            ),
            tr(
                "{D:kolşisin} {X:1,5 mg/gün} yetersiz; {D:kanakinumab} {X:150 mg} ayda bir başlandı; {M:rektal biyopsi}: {E:Kongo kırmızısı} ile {yeşil çift kırılma}."
            ),
            tr(
                "Uzm. Dr. Selçuk Ertuğrul Akbaba (diploma tescil 60317) ve Doç. Dr. Pınar Eşme takip ediyor; bahar hanım köyün tek kemençe ustası."
            ),
            tr(
                "Oğlu Umut ile Uzungöl yakınında yaşıyor; cep 0535 718 42 96, ev 0462 326 18 44. E-posta bahar.kdeniz et gmail nokta com."
            ),
            tr(
                "Doksan üç yaşındaki annesi Nazlı Hanım her kontrole geliyor. Araç plakası 61 AZ 482. Maaşı TR42 0006 4000 0016 1230 0942 71 hesabına yatıyor."
            ),
            tr(
                "Karadeniz'in {L:kreatinin} değeri 29 Ekim 2022'de {X:1,4 mg/dl} idi; Hıdırellez'den sonraki salı {X:2,2 mg/dl}: {amiloid} ilerlemesi."
            ),
            tr(
                "{M:ekokardiyografi}: {sol ventrikül hipertrofisi} yok; {L:NT-proBNP} {X:410 pg/ml}; {D:ramipril} {X:5 mg}, {D:furosemid} {X:40 mg}."
            ),
            tr(
                "Instagram hesabı @baharkdz61; hastanın {L:tiroid} {M:ultrasonografi} sonucu normal; {L:TSH} {X:2,1 mIU/l}."
            ),
        ],
        planted=[
            ("name/recorded, an ordinary word and a place", "Bahar Şengül Karadeniz"),
            ("geographic/town with a suffix", "Çaykaralı"),
            ("social security number/TC kimlik", "41528093716"),
            ("health plan number/SGK with spaces", "6104 1979 0423 88"),
            ("medical record number/dosya no", "KEAH-2019-44817"),
            ("geographic/street TR Mah. Sok. No: D:", "Gazipaşa Mah. Uzun Sok. No:14 D:3"),
            ("geographic/postcode TR with district and city", "61030 Ortahisar/Trabzon"),
            ("geographic/facility named after a person", "Kanuni Eğitim ve Araştırma Hastanesi"),
            ("date/holiday TR", "Kurban Bayramı'nın ikinci günü 2023"),
            ("name/after Uzm. Dr.", "Selçuk Ertuğrul Akbaba"),
            ("licence number/diploma tescil", "60317"),
            ("name/after Doç. Dr.", "Pınar Eşme"),
            ("name/lower case before hanım", "bahar"),
            ("other unique identifier/occupation", "köyün tek kemençe ustası"),
            ("name/relative, an ordinary word", "Umut"),
            ("geographic/landmark lake", "Uzungöl"),
            ("telephone/TR mobile", "0535 718 42 96"),
            ("telephone/TR landline sentence end", "0462 326 18 44"),
            ("email/obfuscated tr et nokta", "bahar.kdeniz et gmail nokta com"),
            ("age over 89/word tr", "Doksan üç yaşındaki"),
            ("name/relative before Hanım", "Nazlı"),
            ("vehicle identifier/plate TR", "61 AZ 482"),
            ("account number/IBAN TR with spaces", "TR42 0006 4000 0016 1230 0942 71"),
            ("name/case ending tr", "Karadeniz'in"),
            ("date/written out tr with suffix", "29 Ekim 2022'de"),
            ("date/relative to a festival", "Hıdırellez'den sonraki salı"),
            ("name/handle (phrase)", "@baharkdz61"),
        ],
    ),
    # 13. Kyjov and Brno, South Moravia, Czechia (Czech): PLA2R membranous nephropathy, rituximab
    Patient(
        name="Drahomíra Veselá",
        mrn="FNUSA-0418273",
        birth="1953-12-14",
        notes=[
            cs(
                "Paní Drahomíra Veselá, 70 let, z Kyjova, s {membranózní nefropatií} ({L:anti-PLA2R} {X:312 RU/ml}) a {nefrotickým syndromem} od 12. IV. 2023."
            ),
            cs(
                "Rodné číslo 536214/0827, pojišťovna 111, číslo chorobopisu 0418273/23 Fakultní nemocnice u sv. Anny v Brně."
            ),
            cs(
                "Bydliště: Údolní 53, 602 00 Brno-střed; dcera bydlí ve Velkých Pavlovicích. Telefon +420 737 412 956."
            ),
            cs(
                "Podán {D:rituximab} {X:1 g} ve dnech 1 a 15 ({S:protokol GEMRITUX}); {L:CD19+ B-lymfocyty} {X:0 /µl} po dvou týdnech; {L:albumin} {X:22 g/l}."
            ),
            cs(
                "Na Štědrý den 2022 měla {hlubokou žilní trombózu} levé dolní končetiny na {M:duplexní sonografii}; {D:enoxaparin} {X:1 mg/kg} à 12 h, pak {D:warfarin}."
            ),
            cs(
                "Ošetřující lékař prof. MUDr. Vítězslav Hrubeš, CSc., a MUDr. Šárka Kolářová, Ph.D., ČLK 4172093; sestra Mgr. Lenka Doležalová."
            ),
            cs(
                "Paní Veselé bylo vysvětleno riziko {hypogamaglobulinemie}; veselá je od rána bez {otoků}. Svátek má 18. července, narozeniny slaví 14. prosince."
            ),
            cs(
                "Syn Ctibor Veselý má e-mail ctibor.vesely zavináč seznam tečka cz a auto SPZ 6B4 2817; jejich matce je devadesát tři let."
            ),
            cs(
                "Má mateřské znaménko ve tvaru srdce na krku. Účet CZ17 0300 0000 0002 7418 3356. Na Velikonoční pondělí 2023 byla {L:proteinurie} {X:3,1 g/24 h}."
            ),
            cs(
                "{L:kreatinin} {X:118 µmol/l}, {L:eGFR} {X:41 ml/min/1,73 m²}; {D:losartan} {X:50 mg}; v létě 2021 prodělala {O:SARS-CoV-2} bez {pneumonie}."
            ),
            cs(
                "Inzulinová pumpa {A:MiniMed 780G}, výrobní číslo NG2741083H; portál pacienta veselavzahrade.cz/deniky."
            ),
        ],
        planted=[
            ("name/recorded, an ordinary adjective", "Drahomíra Veselá"),
            ("geographic/town with a case ending", "Kyjova"),
            ("date/roman month", "12. IV. 2023"),
            ("social security number/rodné číslo", "536214/0827"),
            ("medical record number/with year", "0418273/23"),
            ("geographic/facility named after a saint", "Fakultní nemocnice u sv. Anny v Brně"),
            ("geographic/street cs", "Údolní 53"),
            ("geographic/postcode CZ with district", "602 00 Brno-střed"),
            ("geographic/town with a case ending", "Velkých Pavlovicích"),
            ("telephone/CZ sentence end", "+420 737 412 956"),
            ("date/holiday cs with year", "Štědrý den 2022"),
            ("name/after prof. MUDr. with CSc.", "Vítězslav Hrubeš"),
            ("name/after MUDr. with Ph.D.", "Šárka Kolářová"),
            ("licence number/ČLK", "ČLK 4172093"),
            ("name/after Mgr.", "Lenka Doležalová"),
            ("name/case ending dative", "Veselé"),
            ("name/lower case, an ordinary adjective", "veselá"),
            ("date/name day", "18. července"),
            ("date/birthday written out", "14. prosince"),
            ("name/relative masculine form", "Ctibor Veselý"),
            ("email/obfuscated cs zavináč tečka", "ctibor.vesely zavináč seznam tečka cz"),
            ("vehicle identifier/plate CZ", "6B4 2817"),
            ("age over 89/word cs", "devadesát tři let"),
            ("other unique identifier/birthmark", "mateřské znaménko ve tvaru srdce na krku"),
            ("account number/IBAN CZ with spaces", "CZ17 0300 0000 0002 7418 3356"),
            ("date/holiday cs with year", "Velikonoční pondělí 2023"),
            ("date/season with year", "létě 2021"),
            ("device identifier/insulin pump serial", "NG2741083H"),
            ("url/no scheme", "veselavzahrade.cz/deniky"),
        ],
    ),
    # 14. Debrecen and Hajdúszoboszló, Hungary (Hungarian): transplant, tacrolimus PRES
    Patient(
        name="Kormos Barnabás",
        mrn="DE-KK-55104182",
        birth="1966-06-11",
        notes=[
            hu(
                "Kormos Barnabás, 57 éves, hajdúszoboszlói lakos, 2020-ban {vesetranszplantáció} ({D:takrolimusz}, {D:mikofenolát-mofetil}, {D:metilprednizolon})."
            ),
            hu(
                "TAJ: 047 318 265; adóazonosító jel 8371054293; kórlapszám DE-KK-55104182. Lakcím: 4025 Debrecen, Piac u. 44. II. em. 6."
            ),
            hu(
                "2023. IV. 12-én {generalizált görcsroham} és {kérgi vakság}: {M:koponya MR} {PRES} képét mutatta; {L:takrolimusz-szint} {X:24,6 ng/ml}."
            ),
            hu(
                "A {D:takrolimuszt} {D:everolimuszra} ({X:0,75 mg} 12 óránként) cseréltük; {D:levetiracetám} {X:500 mg}; {L:vérnyomás} {X:186/104 Hgmm}."
            ),
            hu(
                "Kezelőorvosa dr. Kerekes-Tóth Enikő (pecsétszám: 48317) és Prof. Dr. Ványai Gellért a Kenézy Gyula Kórházban; Kormosnak megmagyarázták a gyógyszerszint fontosságát."
            ),
            hu(
                "Felesége, Kormosné Boglárka hívható a +36 30 418 2735. számon; 90 éves édesanyja Kormoséknál lakik."
            ),
            hu(
                "2022. március 15-én {lázas} volt; {O:Escherichia coli} {urosepszis}, {D:ceftriaxon} {X:2 g} naponta. Névnapján, június 11-én hazament."
            ),
            hu(
                "E-mail: kormos.barnabas kukac freemail pont hu. Autója RKT-418. Pünkösdhétfőn jelentkezett {L:kreatinin} {X:148 µmol/l} értékkel."
            ),
            hu(
                "Ő a város egyetlen harangöntő mestere; a számlaszáma HU42 1177 3016 1111 1018 0000 0000. {L:BK-vírus PCR} negatív."
            ),
            hu(
                "KORMOS B. aláírta a beleegyezést; {M:graft Doppler-ultrahang}: {rezisztencia-index} {X:0,68}; {S:Banff} {X:i0 t1}."
            ),
            hu(
                "A gyógyszerkiadó automata ujjlenyomattal azonosítja (sablon: UJ-8831-2045); az arcképe a kórlapon arckep_0412.jpg."
            ),
        ],
        planted=[
            ("name/recorded surname first, an ordinary word", "Kormos Barnabás"),
            ("geographic/town as an adjective", "hajdúszoboszlói"),
            ("social security number/TAJ with spaces", "047 318 265"),
            ("social security number/tax id", "8371054293"),
            ("medical record number/kórlapszám", "DE-KK-55104182"),
            ("geographic/postcode HU with city", "4025 Debrecen"),
            ("geographic/street HU with floor", "Piac u. 44. II. em. 6."),
            ("date/roman month hu", "2023. IV. 12-én"),
            ("name/after lower-case dr. hyphenated surname first", "Kerekes-Tóth Enikő"),
            ("licence number/pecsétszám", "48317"),
            ("name/after Prof. Dr. surname first", "Ványai Gellért"),
            ("geographic/facility named after a person", "Kenézy Gyula Kórházban"),
            ("name/case ending dative", "Kormosnak"),
            ("name/relative married form -né", "Kormosné Boglárka"),
            ("telephone/HU with a full stop and suffix", "+36 30 418 2735"),
            ("age over 89/number", "90 éves"),
            ("name/case ending, the family's home", "Kormoséknál"),
            ("date/national day written out", "2022. március 15-én"),
            ("date/name day", "június 11-én"),
            ("email/obfuscated hu kukac pont", "kormos.barnabas kukac freemail pont hu"),
            ("vehicle identifier/plate HU", "RKT-418"),
            ("date/holiday hu", "Pünkösdhétfőn"),
            ("other unique identifier/occupation", "a város egyetlen harangöntő mestere"),
            ("account number/IBAN HU with spaces", "HU42 1177 3016 1111 1018 0000 0000"),
            ("name/signature ALL CAPS with initial", "KORMOS B."),
            ("biometric identifier/fingerprint template", "UJ-8831-2045"),
            ("full-face photograph/file name", "arckep_0412.jpg"),
        ],
    ),
    # 15. Kauhava and Seinäjoki, South Ostrobothnia, Finland (Finnish, Finland Swedish): NPHS1, transplant
    Patient(
        name="Onni Tapio Mäkiranta",
        mrn="EPSHP-4418273",
        birth="1979-03-04",
        notes=[
            fi(
                "Onni Tapio Mäkiranta, 44 v, kauhavalainen, sai lapsena diagnoosin {suomalaistyyppinen synnynnäinen nefroosi} ({G:NPHS1} {X:Fin-major}) ja {munuaisensiirron} vuonna 1982."
            ),
            fi(
                "Henkilötunnus 040379-417N; potilasnumero 4418273 Seinäjoen keskussairaalassa. Osoite: Koulukatu 21 B 14, 60100 Seinäjoki."
            ),
            fi(
                "Juhannusaattona 2022 hänellä oli {kuumetta} ja {L:CRP} {X:148 mg/l}; {O:Klebsiella pneumoniae} {virtsatieinfektio}, {D:keftriaksoni} {X:2 g}."
            ),
            fi(
                "Mäkirannalle aloitettiin {D:takrolimuusi} {X:2 mg} x 2; {L:kreatiniini} {X:164 µmol/l}, {L:eGFR} {X:42 ml/min/1,73 m²}; {L:anti-nefriini-vasta-aineet} negatiiviset."
            ),
            fi(
                "Hoitava lääkäri LL Vuokko Rintamäki-Huhtala, Valvira 041.2298.713; Mäkirannan sisko Lempi asuu Lapualla ja soittaa numerosta 040 718 3925."
            ),
            fi(
                "Onni on Kauhavan ainoa puukkoseppä. Hänen isoäitinsä, 96-vuotias, asuu samassa pihapiirissä. Sähköposti onni.makiranta ät gmail piste com."
            ),
            fi(
                "Viime tiistaina {L:takrolimuusipitoisuus} {X:11,8 µg/l}; talvella 2021 {O:norovirus}-infektio. {D:Libre 2} -sensorin sarjanumero 3MH0041KRT7."
            ),
            sv(
                "Patienten besökte sin bror i Närpes på självständighetsdagen 2022; {L:kalium} {X:5,9 mmol/l} och {L:bikarbonat} {X:18 mmol/l}, {D:natriumbikarbonat} {X:1 g} x 3."
            ),
            fi(
                "Auto KVB-418. Tili FI49 5780 1820 0413 76. Nimipäivä 30. elokuuta; MÄKIRANTA kieltäytyi {M:munuaisbiopsiasta}."
            ),
            fi(
                "{M:ultraääni} siirteestä: {resistanssi-indeksi} {X:0,74}; {D:valgansikloviiri} lopetettu; {L:CMV-DNA} negatiivinen."
            ),
        ],
        planted=[
            ("name/recorded, an ordinary word as a first name", "Onni Tapio Mäkiranta"),
            ("geographic/town as an adjective fi", "kauhavalainen"),
            ("social security number/henkilötunnus", "040379-417N"),
            ("medical record number/bare digits", "4418273"),
            (
                "geographic/facility named after a city with a case ending",
                "Seinäjoen keskussairaalassa",
            ),
            ("geographic/street FI with staircase and flat", "Koulukatu 21 B 14"),
            ("geographic/postcode FI with city", "60100 Seinäjoki"),
            ("date/holiday fi with a case ending", "Juhannusaattona 2022"),
            ("name/case ending allative with a stem change", "Mäkirannalle"),
            ("name/after LL hyphenated", "Vuokko Rintamäki-Huhtala"),
            ("licence number/Valvira", "041.2298.713"),
            ("name/case ending genitive with a stem change", "Mäkirannan"),
            ("name/relative, an ordinary word", "Lempi"),
            ("geographic/town with a case ending", "Lapualla"),
            ("telephone/FI mobile", "040 718 3925"),
            ("name/ordinary word at a sentence start", "Onni on"),
            ("other unique identifier/occupation", "Kauhavan ainoa puukkoseppä"),
            ("age over 89/number fi", "96-vuotias"),
            ("email/obfuscated fi ät piste", "onni.makiranta ät gmail piste com"),
            ("date/weekday phrase fi", "Viime tiistaina"),
            ("date/season with year fi", "talvella 2021"),
            ("device identifier/sensor serial", "3MH0041KRT7"),
            ("geographic/town sv", "Närpes"),
            ("date/holiday sv with year", "självständighetsdagen 2022"),
            ("vehicle identifier/plate FI", "KVB-418"),
            ("account number/IBAN FI with spaces", "FI49 5780 1820 0413 76"),
            ("date/name day", "30. elokuuta"),
            ("name/ALL CAPS surname", "MÄKIRANTA"),
        ],
    ),
    # 16. Siglufjörður and Sauðárkrókur, Iceland (Icelandic, Thai names): allopurinol DRESS
    Patient(
        name="Þorgrímur Hallbjörnsson",
        mrn="SAk-2203418",
        birth="1950-05-14",
        notes=[
            is_(
                "Þorgrímur Hallbjörnsson, 73 ára sjómaður frá Siglufirði, fékk {D:allópúrínól} {X:300 mg} við {þvagsýrugigt} og {L:kreatínín} {X:156 µmól/l}."
            ),
            is_(
                "Kennitala 140550-3819. Heimilisfang: Hafnargata 17, 580 Siglufjörður. Sími +354 862 4471."
            ),
            is_(
                "Á sumardaginn fyrsta 2023 fékk hann {útbrot}, {hita} og {L:eósínófíla} {X:3,1 × 10⁹/l}: {DRESS}, {S:RegiSCAR} {X:7}; {G:HLA-B*58:01} jákvætt."
            ),
            is_(
                "Lagður inn á Heilbrigðisstofnun Norðurlands; {D:prednisólón} {X:1 mg/kg}; {L:ALAT} {X:410 U/l}; {D:febúxóstat} síðar í stað {D:allópúrínóls}."
            ),
            is_(
                "Eiginkona hans, Khun Supattra Wongsakul, er tælensk og talar litla íslensku; faðir hans er níutíu og tveggja ára og býr á Dalvík."
            ),
            is_(
                "Læknir: Ragnheiður Ösp Kristjánsdóttir, sérfræðilæknir, leyfisnúmer 7418. Netfang thorgrimur hjá simnet punktur is."
            ),
            is_(
                "Hann er eini hákarlsverkandinn í Fjallabyggð. Bíllinn YD-417. Á Þorláksmessu 2022 var {L:kreatínín} {X:121 µmól/l}."
            ),
            emt(
                "Thorgrimur Hallbjornsson (as on his passport) flew to Bangkok for Songkran 2023; {M:chest X-ray} clear, {L:troponin} normal, no {myocarditis}."
            ),
            is_(
                "Hallbjörnssyni var ráðlagt að forðast {D:allópúrínól} ævilangt; {M:ómskoðun af nýrum} eðlileg; {L:þvagsýra} {X:0,36 mmól/l}."
            ),
            is_(
                "Andlitsmynd í sjúkraskrá: mynd_0417_framan.jpg; augnbotnamynd (sjónhimnuskönnun) auðkenni SJ-88307-R."
            ),
        ],
        planted=[
            ("name/recorded patronymic with thorn", "Þorgrímur Hallbjörnsson"),
            ("geographic/town with a case ending is", "Siglufirði"),
            ("social security number/kennitala", "140550-3819"),
            ("geographic/street is", "Hafnargata 17"),
            ("geographic/postcode IS with town", "580 Siglufjörður"),
            ("telephone/IS sentence end", "+354 862 4471"),
            ("date/holiday is with year", "sumardaginn fyrsta 2023"),
            ("geographic/facility named after a town", "Heilbrigðisstofnun Norðurlands"),
            ("name/Thai after Khun", "Supattra Wongsakul"),
            ("age over 89/word is", "níutíu og tveggja ára"),
            ("geographic/town after á", "Dalvík"),
            ("name/clinician matronymic no title", "Ragnheiður Ösp Kristjánsdóttir"),
            ("licence number/leyfisnúmer", "7418"),
            ("email/obfuscated is hjá punktur", "thorgrimur hjá simnet punktur is"),
            ("other unique identifier/occupation", "eini hákarlsverkandinn í Fjallabyggð"),
            ("vehicle identifier/plate IS", "YD-417"),
            ("date/holiday is with year", "Þorláksmessu 2022"),
            ("name/transliterated without thorn and accents", "Thorgrimur Hallbjornsson"),
            ("geographic/city abroad", "Bangkok"),
            ("date/holiday th with year", "Songkran 2023"),
            ("name/case ending dative is", "Hallbjörnssyni"),
            ("full-face photograph/file name", "mynd_0417_framan.jpg"),
            ("biometric identifier/retina scan", "SJ-88307-R"),
        ],
    ),
    # 17. Ilanz/Glion and Chur, Graubünden, Switzerland (Swiss German, Italian of Ticino, Romansh names): calciphylaxis
    Patient(
        name="Ursina Caviezel-Bundi",
        mrn="KSGR-77104182",
        birth="1944-03-01",
        notes=[
            ch(
                "Frau Ursina Caviezel-Bundi, 79-jährig, aus Ilanz/Glion, seit 2017 an der {Hämodialyse} wegen {diabetischer Nephropathie}; am Chalandamarz 2023 schmerzhafte {livide Ulzerationen} an beiden Oberschenkeln."
            ),
            ch(
                "AHV-Nr. 756.4172.9038.51; Versichertennummer ÖKK 80756 0041 4172; Fall-Nr. KSGR-77104182 im Kantonsspital Graubünden."
            ),
            ch(
                "{M:Hautbiopsie}: {Kalzifikation der Arteriolen} mit {Intimaproliferation}: {Kalziphylaxie}; {D:Phenprocoumon} ({D:Marcoumar}) abgesetzt, {D:Natriumthiosulfat} {X:25 g} {IV} nach jeder Dialyse."
            ),
            ch(
                "Wohnhaft Via Santeria 4, CH-7130 Ilanz; Telefon +41 81 925 14 72. Fax der Hausärztin 081 925 14 70; Dr. med. Gian Reto Casutt, GLN 7601000418263."
            ),
            tic(
                "Consulto della dott.ssa Chiara Pedrazzini-Lurati (Ospedale Regionale di Bellinzona e Valli): {L:fosfato} {X:2,3 mmol/l}, {L:PTH} {X:86 pmol/l}; {D:cinacalcet} {X:30 mg}."
            ),
            ch(
                "Sie war die letzte Sennerin auf der Alp Tamangur; ihr Bruder, dreiundneunzigjährig, lebt in Sta. Maria Val Müstair. E-Mail ursina.caviezel (at) bluewin (punkt) ch."
            ),
            ch(
                "Am Bundesfeiertag 2022 {Sturz}; {M:Röntgen Becken} ohne {Fraktur}; {L:Calcium} {X:2,61 mmol/l}, {D:Calcitriol} gestoppt, {D:Sevelamer} {X:800 mg} 3×1."
            ),
            ch(
                "Ihr Auto GR 530 661; Rente auf CH27 0077 4010 3417 2255 8. Letzten Donnerstag {Wundinfekt} mit {O:Pseudomonas aeruginosa}, {D:Ciprofloxacin} {X:250 mg}."
            ),
            ch(
                "Frau Caviezels Tochter, Mengia Bundi, begleitet sie; {S:Charlson-Komorbiditätsindex} {X:8}; {hyperbare Sauerstofftherapie} in Luzern abgelehnt."
            ),
            ch(
                "Dialysegerät {A:Fresenius 6008 CAREsystem}, Seriennummer 6C8-20417; ihr Alpsommer-Blog unter ursina-alpsommer.ch/tagebuch."
            ),
        ],
        planted=[
            ("name/recorded hyphenated double surname", "Ursina Caviezel-Bundi"),
            ("geographic/town bilingual with slash", "Ilanz/Glion"),
            ("date/local custom with year", "Chalandamarz 2023"),
            ("social security number/AHV with dots", "756.4172.9038.51"),
            ("health plan number/insurer number with spaces", "80756 0041 4172"),
            ("medical record number/Fall-Nr.", "KSGR-77104182"),
            ("geographic/street rm", "Via Santeria 4"),
            ("geographic/postcode CH with country prefix", "CH-7130 Ilanz"),
            ("telephone/CH sentence end", "+41 81 925 14 72"),
            ("fax/CH", "081 925 14 70"),
            ("name/after Dr. med.", "Gian Reto Casutt"),
            ("licence number/GLN", "7601000418263"),
            ("name/after dott.ssa hyphenated", "Chiara Pedrazzini-Lurati"),
            (
                "geographic/facility named after a town and valleys",
                "Ospedale Regionale di Bellinzona e Valli",
            ),
            ("other unique identifier/occupation", "die letzte Sennerin auf der Alp Tamangur"),
            ("age over 89/word de", "dreiundneunzigjährig"),
            ("geographic/village with abbreviated saint", "Sta. Maria Val Müstair"),
            ("email/obfuscated de (at) (punkt)", "ursina.caviezel (at) bluewin (punkt) ch"),
            ("date/holiday CH with year", "Bundesfeiertag 2022"),
            ("vehicle identifier/plate CH", "GR 530 661"),
            ("account number/IBAN CH with spaces", "CH27 0077 4010 3417 2255 8"),
            ("date/weekday phrase de", "Letzten Donnerstag"),
            ("name/possessive de", "Caviezels"),
            ("name/relative", "Mengia Bundi"),
            ("geographic/city", "Luzern"),
            ("device identifier/dialysis machine serial", "6C8-20417"),
            ("url/no scheme", "ursina-alpsommer.ch/tagebuch"),
        ],
    ),
    # 18. Schwaz and Innsbruck, Tyrol, Austria (Austrian German, Persian names): romosozumab, epidural calcification
    Patient(
        name="Mahnaz Rezaei-Pichler",
        mrn="TK-HALL-0418827",
        birth="1957-03-21",
        notes=[
            at(
                "Frau Mahnaz Rezaei-Pichler, 66 a, aus Schwaz, an der {Hämodialyse} seit 2015; wegen {Osteoporose} mit {Wirbelkörperfrakturen} {V:Th12} und {V:L1} {D:Romosozumab} {X:210 mg} s.c. monatlich."
            ),
            at(
                "Nach der sechsten Gabe {Lumbalgie} und {Parästhesien} der Beine; {M:CT der LWS}: {epidurale Verkalkung} von {V:L2-L3} bis {V:L4/L5} mit {Spinalkanalstenose}."
            ),
            at(
                "SVNR 4172 210357; e-card-Folgenummer 80040 00417 2588 1093; Krankengeschichte TK-HALL-0418827, Landeskrankenhaus Hall in Tirol; Adresse Andreas-Hofer-Straße 12/3/7, 6020 Innsbruck."
            ),
            at(
                "Behandelt von OA Dr. Veit Hundsbichler und DGKP Hannelore Thaler; Konsil Prim. Univ.-Prof. Dr. Wendelin Strasser (Neurochirurgie, Krankenhaus St. Vinzenz Zams)."
            ),
            at(
                "{L:Calcium} {X:2,71 mmol/l}, {L:Phosphat} {X:2,0 mmol/l}, {L:iPTH} {X:38 pg/ml} ({adynamische Knochenerkrankung}); {L:alkalische Phosphatase} {X:61 U/l}."
            ),
            at(
                "Ihr Vater Agha Bahram Rezaei, 94-jährig, lebt bei ihr; geboren am ۱۳۳۵/۱۲/۳۰ laut iranischem Pass, gefeiert wird Nowruz 1402 im Kreis der Familie."
            ),
            at(
                "Zu Maria Himmelfahrt 2022 erster Dialysetermin verschoben; am Krampustag {Shuntthrombose}, {M:Shunt-Angiographie} mit {PTA}; {D:Heparin} {X:5000 IE}."
            ),
            at(
                "Kennzeichen SZ-418 KT. Telefon +43 664 4182293; Mail mahnaz.rp ät gmx punkt at. Konto AT48 3600 0000 0418 2267."
            ),
            at(
                "Sie ist die Marketenderin der Schützenkompanie Wörgl. {D:Romosozumab} abgesetzt (Meldung an das BASG), {D:Denosumab} nicht begonnen; {S:Naranjo} {X:6}."
            ),
            at(
                "Vorigen Mittwoch {M:MRT} der {BWS}: keine {Myelopathie}; {D:Etelcalcetid} pausiert; frau rezaei-pichler gibt {X:3/10} Schmerzen an."
            ),
            at(
                "Fax der Ordination +43 5242 6600 99. Am Dialyseeingang Handvenenscan-ID PV-4172-0093."
            ),
        ],
        planted=[
            ("name/recorded Persian and Austrian double surname", "Mahnaz Rezaei-Pichler"),
            ("geographic/town no cue", "Schwaz"),
            ("social security number/SVNR AT", "4172 210357"),
            ("health plan number/e-card with spaces", "80040 00417 2588 1093"),
            ("medical record number/Krankengeschichte", "TK-HALL-0418827"),
            ("geographic/facility named after a town", "Landeskrankenhaus Hall in Tirol"),
            ("geographic/street AT with stair and door", "Andreas-Hofer-Straße 12/3/7"),
            ("geographic/postcode AT with city", "6020 Innsbruck"),
            ("name/after OA Dr.", "Veit Hundsbichler"),
            ("name/after DGKP", "Hannelore Thaler"),
            ("name/after Prim. Univ.-Prof. Dr.", "Wendelin Strasser"),
            ("geographic/facility named after a saint", "Krankenhaus St. Vinzenz Zams"),
            ("name/relative after Agha", "Bahram Rezaei"),
            ("age over 89/number de", "94-jährig"),
            ("date/Persian calendar in Persian digits", "۱۳۳۵/۱۲/۳۰"),
            ("date/holiday fa with Persian year", "Nowruz 1402"),
            ("date/holiday AT with year", "Maria Himmelfahrt 2022"),
            ("date/holiday AT", "Krampustag"),
            ("vehicle identifier/plate AT", "SZ-418 KT"),
            ("telephone/AT mobile sentence end", "+43 664 4182293"),
            ("email/obfuscated de ät punkt", "mahnaz.rp ät gmx punkt at"),
            ("account number/IBAN AT with spaces", "AT48 3600 0000 0418 2267"),
            ("other unique identifier/role", "die Marketenderin der Schützenkompanie Wörgl"),
            ("date/weekday phrase de", "Vorigen Mittwoch"),
            ("name/lower case hyphenated", "rezaei-pichler"),
            ("fax/AT sentence end", "+43 5242 6600 99"),
            ("biometric identifier/palm vein", "PV-4172-0093"),
        ],
    ),
    # 19. Poperinge and Brugge, West Flanders, Belgium (Flemish, Belgian French): aristolochic acid nephropathy
    Patient(
        name="Godelieve Vanhoutteghem",
        mrn="AZSJ-418273-K",
        birth="1953-08-14",
        notes=[
            vls(
                "Mevrouw Godelieve Vanhoutteghem, 70 jaar, hopboerin uit Poperinge, nam in 1992 {D:vermageringskruiden} met {D:Aristolochia fangchi} in een afslankkliniek in Brussel."
            ),
            vls(
                "{aristolochiazuurnefropathie} met {interstitiële fibrose}; sinds 2004 {peritoneale dialyse}, in 2011 {niertransplantatie} in het UZ Gent."
            ),
            vls(
                "Rijksregisternummer 53.08.14-226.91; ziekenfondsnummer 118-0418273-57; dossier AZSJ-418273-K in het AZ Sint-Jan Brugge."
            ),
            vls(
                "Adres: Grote Markt 7 bus 3, B-8970 Poperinge, boven de bakkerij; gsm 0478 41 92 36. vaste lijn +32 57 33 41 28."
            ),
            vls(
                "Op Sinterklaas 2022 {macroscopische hematurie}: {M:CT-urografie} met een {urotheelcarcinoom} van de linker {ureter}; {nefro-ureterectomie} in het AZ Groeninge."
            ),
            vls(
                "Zij is de enige beiaardier van Poperinge. Haar echtgenoot Gilbert De Wulf brengt haar met de Volvo 1-GKT-418; e-mail godelieve.vh apenstaartje telenet punt be."
            ),
            be(
                "Avis du Dr Benoît Mathy-Dufrasne, INAMI 1-48273-51-470: {L:créatinine} {X:1,9 mg/dl}; sa mère, nonante-trois ans, vit à Ypres, rue de Lille, chez sa fille."
            ),
            vls(
                "De dinsdag na Pasen 2023 {L:BK-virus} {X:2,1 × 10⁴ kopieën/ml}; {D:tacrolimus} verlaagd, {D:everolimus} {X:0,75 mg} toegevoegd; {M:cystoscopie} zonder recidief."
            ),
            vls(
                "Vanhoutteghems dochter, Lieselot, helpt met {D:Advagraf}; rekening BE48 0017 4182 2653. {L:hemoglobine} {X:11,2 g/dl}."
            ),
            vls(
                "Op 11 juli 2021 (Vlaamse feestdag) was {L:eGFR} {X:36 ml/min/1,73 m²}; {S:CKD-EPI}; VANHOUTTEGHEM G. tekende het {informed consent} voor {D:BCG}-spoelingen."
            ),
            vls(
                "Haar website beiaard-godelieve.be/concerten; de tele-consultatie kwam van IP 94.109.33.201."
            ),
        ],
        planted=[
            ("name/recorded", "Godelieve Vanhoutteghem"),
            ("other unique identifier/occupation and place", "hopboerin uit Poperinge"),
            ("geographic/city", "Brussel"),
            ("social security number/rijksregisternummer", "53.08.14-226.91"),
            ("health plan number/ziekenfonds", "118-0418273-57"),
            ("medical record number/local format", "AZSJ-418273-K"),
            ("geographic/facility named after a city", "UZ Gent"),
            ("geographic/facility named after a saint and a city", "AZ Sint-Jan Brugge"),
            ("geographic/street BE with bus", "Grote Markt 7 bus 3"),
            ("geographic/postcode BE with prefix", "B-8970 Poperinge"),
            ("telephone/BE mobile", "0478 41 92 36"),
            ("telephone/BE landline sentence end", "+32 57 33 41 28"),
            ("date/holiday nl-BE with year", "Sinterklaas 2022"),
            ("geographic/facility named after a battle", "AZ Groeninge"),
            ("other unique identifier/occupation", "de enige beiaardier van Poperinge"),
            ("name/relative with De particle", "Gilbert De Wulf"),
            ("vehicle identifier/plate BE", "1-GKT-418"),
            ("email/obfuscated nl apenstaartje punt", "godelieve.vh apenstaartje telenet punt be"),
            ("name/after Dr hyphenated", "Benoît Mathy-Dufrasne"),
            ("licence number/INAMI", "1-48273-51-470"),
            ("age over 89/word fr-BE", "nonante-trois ans"),
            ("geographic/town fr exonym", "Ypres"),
            ("geographic/street no number", "rue de Lille"),
            ("date/relative to a holiday with year", "dinsdag na Pasen 2023"),
            ("name/possessive nl", "Vanhoutteghems"),
            ("name/relative first name", "Lieselot"),
            ("account number/IBAN BE with spaces", "BE48 0017 4182 2653"),
            ("date/written out nl with holiday", "11 juli 2021"),
            ("name/signature ALL CAPS with initial", "VANHOUTTEGHEM G."),
            ("url/no scheme", "beiaard-godelieve.be/concerten"),
            ("ip address/IPv4", "94.109.33.201"),
        ],
    ),
    # 20. Saint-Hyacinthe and Trois-Rivières, Québec (Québécois French, Canadian English, Korean names): PPI interstitial nephritis
    Patient(
        name="Solange Thibodeau-Bergeron",
        mrn="HMR-00418273",
        birth="1948-06-24",
        notes=[
            qc(
                "Mme Solange Thibodeau-Bergeron, 75 ans, de Saint-Hyacinthe, admise à l'Hôpital Maisonneuve-Rosemont pour {insuffisance rénale aiguë}: {L:créatinine} {X:412 µmol/L}."
            ),
            qc(
                "NAM THIS 4856 2411; NAS 521 418 933; dossier HMR-00418273. Adresse: 2215, boulevard des Forges, app. 6, Trois-Rivières (Québec) G8Z 1V4."
            ),
            qc(
                "Prenait du {D:pantoprazole} {X:40 mg} depuis six mois; {M:biopsie rénale}: {néphrite tubulo-interstitielle aiguë} avec {éosinophiles}; {D:prednisone} {X:40 mg} puis sevrage."
            ),
            qc(
                "Le jour de la Saint-Jean-Baptiste 2023, elle a fêté ses soixante-quinze ans; sa mère, quatre-vingt-quatorze ans, habite une résidence à Matane."
            ),
            qc(
                "Suivie par la Dre Marie-Ève Lachapelle-Ouellet, permis CMQ 18472; cellulaire 514 418-2276. Courriel solange.thibodeau arobas videotron point ca."
            ),
            cae(
                "Her son Mathieu lives in Mississauga with his wife Kim Soo-yeon; OHIP 4418-273-956-KT; they visited at Thanksgiving 2022 (Canadian, October)."
            ),
            qc(
                "Sa plaque d'immatriculation: FKT 418. Elle est la seule sculptrice sur glace du Carnaval; lundi passé {L:créatinine} {X:168 µmol/L}."
            ),
            cae(
                "Soo-yeon's father, Kim Dong-hyun, aged 91, was seen at the Credit Valley Hospital for {hyperkalaemia} on {D:trimethoprim}; Mrs Thibodeau-Bergeron's daughter-in-law translated."
            ),
            qc(
                "{L:protéinurie} {X:0,6 g/j}, {L:leucocyturie} stérile; {M:échographie rénale} avec reins de {X:11 cm}; le 1er juillet 2023 (jour du déménagement) elle a changé d'adresse."
            ),
            qc(
                "Le cycleur {A:Baxter HomeChoice Claria} porte le numéro de série HC4K18-2207; télécopieur de la clinique 819 372-4410."
            ),
        ],
        planted=[
            ("name/recorded hyphenated", "Solange Thibodeau-Bergeron"),
            ("geographic/town named after a saint", "Saint-Hyacinthe"),
            ("geographic/facility named after two people", "Hôpital Maisonneuve-Rosemont"),
            ("health plan number/NAM RAMQ", "THIS 4856 2411"),
            ("social security number/NAS SIN", "521 418 933"),
            ("medical record number/local format", "HMR-00418273"),
            ("geographic/street CA-QC number first", "2215, boulevard des Forges, app. 6"),
            ("geographic/city", "Trois-Rivières"),
            ("geographic/postcode CA", "G8Z 1V4"),
            ("date/holiday QC with year", "Saint-Jean-Baptiste 2023"),
            ("age over 89/word fr", "quatre-vingt-quatorze ans"),
            ("geographic/town", "Matane"),
            ("name/after Dre hyphenated double", "Marie-Ève Lachapelle-Ouellet"),
            ("licence number/CMQ", "CMQ 18472"),
            ("telephone/CA sentence end", "514 418-2276"),
            ("email/obfuscated fr-CA arobas point", "solange.thibodeau arobas videotron point ca"),
            ("name/relative first name", "Mathieu"),
            ("geographic/city", "Mississauga"),
            ("name/relative Korean surname first", "Kim Soo-yeon"),
            ("health plan number/OHIP", "4418-273-956-KT"),
            ("date/holiday CA with year", "Thanksgiving 2022"),
            ("vehicle identifier/plate QC", "FKT 418"),
            ("other unique identifier/role", "la seule sculptrice sur glace du Carnaval"),
            ("date/weekday phrase fr", "lundi passé"),
            ("name/possessive Korean given name", "Soo-yeon's"),
            ("geographic/facility named after a river valley", "Credit Valley Hospital"),
            ("name/relative Korean", "Kim Dong-hyun"),
            ("age over 89/number after aged", "aged 91"),
            ("name/possessive hyphenated with Mrs", "Thibodeau-Bergeron's"),
            ("date/holiday written out", "1er juillet 2023"),
            ("device identifier/PD cycler serial", "HC4K18-2207"),
            ("fax/CA", "819 372-4410"),
        ],
    ),
    # 21. Ouakam and Fann, Dakar, Senegal (Senegalese French, Wolof names): herbal remedy AKI, sickle cell trait
    Patient(
        name="Khady Ndour Sène",
        mrn="CHNU-FANN-418-2273",
        birth="1958-04-04",
        notes=[
            sn(
                "Sokhna Khady Ndour Sène, 65 ans, commerçante à Ouakam, vue au CHU de Fann le lendemain de la Korité 2023 pour {insuffisance rénale aiguë} après un {D:remède traditionnel} à base de {D:Securidaca longepedunculata}."
            ),
            sn(
                "CNI 1 751 1958 04217; carte CMU 5530-9174-26; dossier CHNU-FANN-418-2273. Domicile: Villa n° 412, Cité Keur Gorgui, BP 5084 Dakar-Fann."
            ),
            sn(
                "{L:créatinine} {X:682 µmol/l}, {L:urée} {X:31 mmol/l}, {L:kaliémie} {X:6,8 mmol/l}; {L:électrophorèse de l'hémoglobine}: {trait drépanocytaire} ({G:HbAS})."
            ),
            sn(
                "Trois séances d'{hémodialyse} à l'Hôpital Dalal Jamm, puis reprise de la diurèse; {M:échographie rénale} sans {obstacle}; {nécrose tubulaire aiguë} probable."
            ),
            sn(
                "Son mari, El Hadji Mbaye Diouf, et sa tante Mame Coumba, quatre-vingt-onze ans, l'accompagnent; elle est la présidente de la tontine des femmes de Ouakam."
            ),
            sn(
                "Téléphone +221 77 418 26 93; compte Orange Money 78 552 19 04. Courriel khady.sene arobase orange point sn."
            ),
            sn(
                "Elle revenait du Magal de Touba 2022 en taxi DK-4182-BH; le Dr Ousmane Thiam-Badiane (Ordre des médecins n° 2718) a prescrit {D:furosémide} {X:250 mg}."
            ),
            sn(
                "À la Tabaski suivante, {L:créatinine} {X:142 µmol/l}; {D:amlodipine} {X:10 mg}; {L:protéinurie} {X:0,4 g/24 h}; {O:Plasmodium falciparum} négatif au {L:TDR}."
            ),
            sn(
                "Mme Sène a une cicatrice de scarification tribale sur la joue gauche; sa fille Aïssatou tient la boutique près de la mosquée de la Divinité."
            ),
            sn(
                "Photo d'identité pour la CMU: IMG-20230422-WA0031.jpg; empreinte digitale enregistrée sous EDG-SN-77104."
            ),
        ],
        planted=[
            ("name/recorded", "Khady Ndour Sène"),
            ("name/surname after Mme", "Sène"),
            ("geographic/neighbourhood no cue", "Ouakam"),
            ("geographic/facility named after a neighbourhood", "CHU de Fann"),
            ("date/holiday SN relative", "lendemain de la Korité 2023"),
            ("social security number/CNI SN with spaces", "1 751 1958 04217"),
            ("health plan number/CMU", "5530-9174-26"),
            ("medical record number/local format", "CHNU-FANN-418-2273"),
            ("geographic/address SN villa and cité", "Villa n° 412, Cité Keur Gorgui"),
            ("geographic/post box", "BP 5084 Dakar-Fann"),
            ("geographic/facility named in Wolof", "Hôpital Dalal Jamm"),
            ("name/relative after El Hadji", "Mbaye Diouf"),
            ("name/relative after tante", "Mame Coumba"),
            ("age over 89/word fr", "quatre-vingt-onze ans"),
            ("telephone/SN", "+221 77 418 26 93"),
            ("account number/mobile money", "78 552 19 04"),
            ("email/obfuscated fr arobase point", "khady.sene arobase orange point sn"),
            ("date/pilgrimage with year", "Magal de Touba 2022"),
            ("vehicle identifier/plate SN", "DK-4182-BH"),
            ("name/after Dr hyphenated", "Ousmane Thiam-Badiane"),
            ("licence number/Ordre des médecins", "n° 2718"),
            ("date/holiday SN", "la Tabaski suivante"),
            (
                "other unique identifier/scarification",
                "cicatrice de scarification tribale sur la joue gauche",
            ),
            ("name/relative first name", "Aïssatou"),
            ("geographic/landmark", "mosquée de la Divinité"),
            ("full-face photograph/file name", "IMG-20230422-WA0031.jpg"),
            ("biometric identifier/fingerprint enrolment", "EDG-SN-77104"),
        ],
    ),
    # 22. Drohobych and Lviv, Ukraine (Ukrainian and Russian, Cyrillic and transliterated): crush injury, rhabdomyolysis
    Patient(
        name="Ostap Hnatiuk",
        mrn="LOKL-2022-041827",
        birth="1974-08-24",
        notes=[
            uk(
                "Остап Миколайович Гнатюк, 48 років, з Дрогобича, доставлений до Львівської обласної клінічної лікарні після обвалу будинку: {рабдоміоліз}, {L:КФК} {X:148 000 Од/л}."
            ),
            uk(
                "РНОКПП 3174209856; паспорт КВ 418273; медична карта LOKL-2022-041827. Адреса: вул. Городоцька, 174, кв. 12, м. Львів, 79022."
            ),
            uk(
                "{гостре пошкодження нирок} {S:KDIGO 3}: {L:креатинін} {X:684 мкмоль/л}, {L:калій} {X:7,1 ммоль/л}, {L:міоглобін сечі} позитивний; {гемодіаліз} шість сеансів."
            ),
            uk(
                "Гнатюку призначено {D:натрію гідрокарбонат} і {D:фуросемід}; {фасціотомія} правого стегна; {L:лактат} {X:5,2 ммоль/л}."
            ),
            uk(
                "Дружина Соломія телефонує на +380 67 418 2735; його мати, 92 роки, лишилась у Стрию. Пошта ostap.hnatiuk собачка ukr крапка net."
            ),
            uk(
                "Він єдиний бандурист у селі; авто ВС 4182 КТ. На Водохреще 2023 виписаний; у Telegram він @bandurist_ostap74."
            ),
            ru(
                "Консультация д-р Ирина Владимировна Сташевская: больной Гнатюка Т. Н. (так в направлении) с {острым почечным повреждением}; {L:креатинин} {X:212 мкмоль/л} 12 марта 2023 года."
            ),
            ru(
                "Pacient Gnatyuk Ostap, 1974 g.r., {rabdomioliz}, {L:KFK} {X:9 400 Ed/l} posle {gemodializa}; vypisan na Maslenitsu 2023."
            ),
            emt(
                "Referred on to the Lviv Regional Hospital burn unit; Mr Hnatiuk's {L:CK} fell to {X:1,200 U/L}; {D:enoxaparin} {X:40 mg}; on Ukrainian Independence Day (24 August) he turned 49."
            ),
            uk(
                "Відбиток пальця в системі лікарні: FP-3174-2209; фото обличчя для картки: foto_oblychchia_0824.jpg."
            ),
        ],
        planted=[
            ("name/recorded in Cyrillic with patronymic", "Остап Миколайович Гнатюк"),
            ("geographic/town with a case ending uk", "Дрогобича"),
            (
                "geographic/facility named after a region uk",
                "Львівської обласної клінічної лікарні",
            ),
            ("social security number/RNOKPP", "3174209856"),
            ("licence number/passport UA", "КВ 418273"),
            ("medical record number/local format", "LOKL-2022-041827"),
            ("geographic/street uk with flat", "вул. Городоцька, 174, кв. 12"),
            ("geographic/city and postcode uk", "м. Львів, 79022"),
            ("name/case ending dative uk", "Гнатюку"),
            ("name/relative", "Соломія"),
            ("telephone/UA", "+380 67 418 2735"),
            ("age over 89/number uk", "92 роки"),
            ("geographic/town with a case ending uk", "Стрию"),
            ("email/obfuscated uk собачка крапка", "ostap.hnatiuk собачка ukr крапка net"),
            ("other unique identifier/occupation uk", "єдиний бандурист у селі"),
            ("vehicle identifier/plate UA Cyrillic like Latin", "ВС 4182 КТ"),
            ("date/holiday uk with year", "Водохреще 2023"),
            ("name/handle (phrase)", "@bandurist_ostap74"),
            ("name/after д-р with patronymic ru", "Ирина Владимировна Сташевская"),
            ("name/case ending genitive ru with initials", "Гнатюка Т. Н."),
            ("date/written out ru", "12 марта 2023 года"),
            ("name/transliterated ru", "Gnatyuk Ostap"),
            ("date/holiday ru transliterated", "Maslenitsu 2023"),
            ("geographic/facility named after a city", "Lviv Regional Hospital"),
            ("name/possessive transliterated uk", "Hnatiuk's"),
            ("date/birthday as a holiday", "Ukrainian Independence Day (24 August)"),
            ("biometric identifier/fingerprint", "FP-3174-2209"),
            ("full-face photograph/file name", "foto_oblychchia_0824.jpg"),
        ],
    ),
    # 23. Othaya and Nyeri, Kenya (English of Kenya, Swahili, Amharic names): tenofovir Fanconi syndrome
    Patient(
        name="Nyokabi Wambui Gachanja",
        mrn="NCRH-IP-2023-41827",
        birth="1970-10-20",
        notes=[
            ke(
                "Nyokabi Wambui Gachanja, 53, a tea farmer from Othaya, on {D:tenofovir disoproxil fumarate}/{D:lamivudine}/{D:dolutegravir} since 2014 for {O:HIV-1}."
            ),
            ke(
                "Admitted to Nyeri County Referral Hospital (IP No. 2023/41827) on Mashujaa Day 2023 with {bone pain}, {L:phosphate} {X:0.48 mmol/L}, {glycosuria} with {L:glucose} {X:5.1 mmol/L}: {Fanconi syndrome}."
            ),
            ke(
                "National ID 27418395; NHIF 4182736; KRA PIN A004182736K. Address: P.O. Box 418-10100, Nyeri; lives behind the Kamakwa Catholic church."
            ),
            ke(
                "Switched to {D:tenofovir alafenamide}; {L:viral load} {X:<50 copies/mL}, {L:CD4} {X:412 cells/µL}; {L:urine protein to creatinine ratio} {X:142 mg/mmol}."
            ),
            sw(
                "Mama Baraka alisema bibi yake ana miaka tisini na nne na anaishi Karatina; simu yake ni 0722 418 937. Jumanne iliyopita alikuja na {maumivu ya mifupa}."
            ),
            ke(
                "She is the only woman matatu owner on the Othaya route; her matatu is KDF 418T. Works weekends at Gakuyu Tea Factory."
            ),
            ke(
                "Reviewed by Dr Kiprono Chelimo-Rotich (KMPDC A4182) and nurse W/ro Tigist Berhanu; M-Pesa till 541827 for the {D:calcitriol} refills."
            ),
            sw(
                "Tarehe 14 Machi 2023 {L:kreatinini} ilikuwa {X:138 µmol/L}; barua pepe nyokabi.gachanja at yahoo dot co dot ke; anatumia jina @wambui.teafarm kwenye TikTok."
            ),
            ke(
                "{M:DXA}: {L:T-score} {X:-2.9} at the {V:L1-L4} spine; {D:alendronate} avoided; {D:phosphate supplements} and {D:cholecalciferol} {X:1000 IU}; {M:X-ray pelvis} with {Looser zones}."
            ),
            ke(
                "Maisha Namba fingerprint enrolment BIO-KE-4471-0938; passport photo scanned as IMG_0418.JPG for the NHIF file."
            ),
        ],
        planted=[
            ("name/recorded", "Nyokabi Wambui Gachanja"),
            ("geographic/town", "Othaya"),
            ("geographic/facility named after a county and town", "Nyeri County Referral Hospital"),
            ("medical record number/IP No.", "2023/41827"),
            ("date/holiday KE with year", "Mashujaa Day 2023"),
            ("social security number/national ID KE", "27418395"),
            ("health plan number/NHIF", "4182736"),
            ("social security number/KRA PIN", "A004182736K"),
            ("geographic/post box with postcode KE", "P.O. Box 418-10100, Nyeri"),
            ("geographic/landmark", "Kamakwa Catholic church"),
            ("name/teknonym", "Baraka"),
            ("age over 89/word sw", "miaka tisini na nne"),
            ("geographic/town sw", "Karatina"),
            ("telephone/KE sentence end", "0722 418 937"),
            ("date/weekday phrase sw", "Jumanne iliyopita"),
            (
                "other unique identifier/occupation",
                "the only woman matatu owner on the Othaya route",
            ),
            ("vehicle identifier/plate KE", "KDF 418T"),
            ("name/employer", "Gakuyu Tea Factory"),
            ("name/after Dr hyphenated", "Kiprono Chelimo-Rotich"),
            ("licence number/KMPDC", "KMPDC A4182"),
            ("name/Amharic after W/ro", "Tigist Berhanu"),
            ("account number/M-Pesa till", "541827"),
            ("date/written out sw", "Tarehe 14 Machi 2023"),
            ("email/obfuscated at dot co dot ke", "nyokabi.gachanja at yahoo dot co dot ke"),
            ("name/handle (phrase)", "@wambui.teafarm"),
            ("biometric identifier/fingerprint enrolment", "BIO-KE-4471-0938"),
            ("full-face photograph/file name", "IMG_0418.JPG"),
        ],
    ),
    # 24. Nkawkaw and Accra, Ghana (English of Ghana, Akan, Yoruba and Igbo names): APOL1 FSGS
    Patient(
        name="Comfort Akosua Agyemang-Duah",
        mrn="KBTH-RN-418273",
        birth="1975-03-09",
        notes=[
            gh(
                "Comfort Akosua Agyemang-Duah, 48, the Ohemaa (queen mother) of Nkawkaw, has {FSGS} with {G:APOL1} {X:G1/G2} on {M:renal biopsy}, {S:Columbia classification} {collapsing variant}."
            ),
            gh(
                "Ghana Card GHA-718294036-4; NHIS 04182736; folder KBTH-RN-418273 at Korle Bu. GhanaPost GPS GA-418-2273, House No. C418/7, Asylum Down, Accra."
            ),
            gh(
                "{L:proteinuria} {X:6.2 g/day}, {L:serum albumin} {X:21 g/L}; started {D:prednisolone} {X:1 mg/kg} then {D:tacrolimus} {X:0.05 mg/kg} bd; {L:creatinine} {X:188 µmol/L}."
            ),
            gh(
                "Her husband, Chief Adewale Ogunleye-Bakare, trades cloth at Makola; her sister-in-law, Ezinne Chiamaka Nwachukwu, is a pharmacist at the 37 Military Hospital."
            ),
            gh(
                "On Homowo 2022 she had {cellulitis}; on Farmers' Day she was back on {D:losartan} {X:100 mg}. Phone 024 418 2937."
            ),
            gh(
                "comfort says her grandmother, Nana Yaa, now 97, still lives in Nkawkaw; seen by Dr Kwadwo Boateng-Amoako (MDC/RN/4182), who added {D:dapagliflozin} {X:10 mg}."
            ),
            gh(
                "Drives a Toyota GR 4182-19. Email comfort.agyemang [at] gmail [dot] com. Her son Kofi Boakye-Duah is at school in Cape Coast."
            ),
            gh(
                "{M:kidney ultrasound}: {X:11.4 cm} and {X:11.9 cm}, {increased echogenicity}; {L:HbA1c} {X:5.6%}; {O:Schistosoma haematobium} serology negative."
            ),
            gh(
                "The palace posts her news at ohemaapalace.org/news; her home BP monitor, an {A:Omron M3}, is serial 20230418011LG."
            ),
        ],
        planted=[
            ("name/recorded, an ordinary word as a first name", "Comfort Akosua Agyemang-Duah"),
            ("other unique identifier/traditional office", "the Ohemaa (queen mother) of Nkawkaw"),
            ("social security number/Ghana Card", "GHA-718294036-4"),
            ("health plan number/NHIS", "04182736"),
            ("medical record number/folder", "KBTH-RN-418273"),
            ("geographic/facility named after a place", "Korle Bu"),
            ("geographic/postcode GhanaPost GPS", "GA-418-2273"),
            ("geographic/address GH", "House No. C418/7, Asylum Down"),
            ("geographic/city", "Accra"),
            ("name/relative Yoruba after Chief", "Adewale Ogunleye-Bakare"),
            ("geographic/landmark market", "Makola"),
            ("name/relative Igbo", "Ezinne Chiamaka Nwachukwu"),
            ("geographic/facility named after a number", "37 Military Hospital"),
            ("date/festival with year", "Homowo 2022"),
            ("date/holiday GH", "Farmers' Day"),
            ("telephone/GH sentence end", "024 418 2937"),
            ("name/lower case, an ordinary word", "comfort"),
            ("name/relative after Nana", "Yaa"),
            ("age over 89/number after now", "now 97"),
            ("geographic/town", "Nkawkaw"),
            ("name/after Dr hyphenated", "Kwadwo Boateng-Amoako"),
            ("licence number/MDC", "MDC/RN/4182"),
            ("vehicle identifier/plate GH", "GR 4182-19"),
            ("email/obfuscated [at] [dot]", "comfort.agyemang [at] gmail [dot] com"),
            ("name/relative Akan day name", "Kofi Boakye-Duah"),
            ("geographic/city of two ordinary words", "Cape Coast"),
            ("url/no scheme", "ohemaapalace.org/news"),
            ("device identifier/BP monitor serial", "20230418011LG"),
        ],
    ),
    # 25. Model Town, Lahore and Sheikhupura, Punjab, Pakistan (English of Pakistan, Urdu names): NSAID AKI, stones
    Patient(
        name="Shazia Parveen Chaudhry",
        mrn="SZH-MR-0418273",
        birth="1968-08-14",
        notes=[
            pk(
                "Mrs Shazia Parveen Chaudhry w/o Chaudhry Muhammad Aslam, 55, resident of House 418, Street 7, Block C, Model Town, Lahore 54700, presented to Sheikh Zayed Hospital on Chand Raat 2023."
            ),
            pk(
                "CNIC 35202-4182736-2; MR No. 0418273; Sehat Sahulat card SS-8041722931. Took {D:diclofenac sodium} {X:75 mg} bd for ten days for {renal colic}."
            ),
            pk(
                "{L:serum creatinine} {X:4.6 mg/dL}, {L:urea} {X:142 mg/dL}; {M:ultrasound KUB}: {left renal calculus} {X:9 mm} with {mild hydronephrosis}; {M:NCCT KUB} confirmed."
            ),
            pk(
                "{acute interstitial nephritis} suspected: {D:diclofenac} stopped, {D:prednisolone} {X:40 mg}; {D:tamsulosin} {X:0.4 mg} for {medical expulsive therapy}; {L:uric acid} {X:8.9 mg/dL}."
            ),
            pk(
                "Her Dadi ji is 95 saal ki and lives with them in Sheikhupura; brother-in-law Rana Zubair Mehmood calls from 0300-4182736."
            ),
            pk(
                "She runs the only women's gym in Model Town and has a burn scar shaped like a crescent on the back of her left hand. Email shazia.chaudhry at the rate hotmail dot com."
            ),
            pk(
                "Seen by Prof. Dr. Nusrat Jabeen Qureshi, PMDC 41827-P; car LEA-18-4127; landline +92 42 3576 4182. Meezan Bank account 0418-0102736495."
            ),
            pk(
                "On Eid ul Adha 1444 she had {L:potassium} {X:5.8 mmol/L}; on 14th August she was discharged with {L:creatinine} {X:1.4 mg/dL}; follow up two days after Shab-e-Barat."
            ),
            pk(
                "CHAUDHRY SHAZIA signed; {M:DTPA renogram} {split function} {X:44%} left; {D:potassium citrate} {X:10 mEq} tds; {O:Proteus mirabilis} in the {L:urine culture}."
            ),
            pk(
                "NADRA biometric verification token 7731-55-20948; she joined the video clinic from IP 39.45.112.7."
            ),
        ],
        planted=[
            ("name/recorded, a title as a surname", "Shazia Parveen Chaudhry"),
            ("name/relative after w/o and a title", "Chaudhry Muhammad Aslam"),
            ("geographic/address PK house street block", "House 418, Street 7, Block C"),
            ("geographic/neighbourhood, ordinary words", "Model Town"),
            ("geographic/postcode PK with city", "Lahore 54700"),
            ("geographic/facility named after a person", "Sheikh Zayed Hospital"),
            ("date/holiday PK with year", "Chand Raat 2023"),
            ("social security number/CNIC", "35202-4182736-2"),
            ("medical record number/MR No.", "0418273"),
            ("health plan number/Sehat card", "SS-8041722931"),
            ("age over 89/Urdu roman", "95 saal ki"),
            ("geographic/town", "Sheikhupura"),
            ("name/relative with Rana", "Rana Zubair Mehmood"),
            ("telephone/PK mobile sentence end", "0300-4182736"),
            ("other unique identifier/occupation", "the only women's gym in Model Town"),
            (
                "other unique identifier/scar",
                "a burn scar shaped like a crescent on the back of her left hand",
            ),
            ("email/obfuscated at the rate dot", "shazia.chaudhry at the rate hotmail dot com"),
            ("name/after Prof. Dr.", "Nusrat Jabeen Qureshi"),
            ("licence number/PMDC", "PMDC 41827-P"),
            ("vehicle identifier/plate PK", "LEA-18-4127"),
            ("telephone/PK landline", "+92 42 3576 4182"),
            ("account number/bank account", "0418-0102736495"),
            ("date/holiday Islamic year", "Eid ul Adha 1444"),
            ("date/ordinal holiday", "14th August"),
            ("date/relative to a holiday", "two days after Shab-e-Barat"),
            ("name/signature ALL CAPS surname first", "CHAUDHRY SHAZIA"),
            ("biometric identifier/NADRA verification", "7731-55-20948"),
            ("ip address/IPv4", "39.45.112.7"),
        ],
    ),
    # 26. Vavuniya and Anuradhapura, Sri Lanka (English of Sri Lanka, Tamil names with initials): CKDu
    Patient(
        name="Kanagasabai Sivapalan",
        mrn="THA-CKDU-41827",
        birth="1961-01-15",
        notes=[
            lk(
                "Thiru K. Sivapalan (Kanagasabai Sivapalan), 62, a paddy farmer from Cheddikulam, has {CKD of uncertain aetiology} ({CKDu}); {M:renal biopsy}: {chronic tubulointerstitial nephritis}."
            ),
            lk(
                "NIC 610154182V; clinic No. THA-CKDU-41827 at Teaching Hospital Anuradhapura; address No. 18/4, Kandy Road, Vavuniya 43000."
            ),
            lk(
                "{L:serum creatinine} {X:2.8 mg/dL}, {L:eGFR} {X:24 mL/min/1.73 m²}, {L:urine albumin to creatinine ratio} {X:34 mg/g}; {L:urine beta-2 microglobulin} raised; {L:well-water fluoride} {X:1.8 mg/L}."
            ),
            lk(
                "His wife Tmt. Pushpavalli Sivapalan, and his mother, aged 96, came on Thai Pongal 2023; phone 024 222 4183. mobile +94 77 418 2936."
            ),
            lk(
                "He is the nadaswaram player of the Kandasamy kovil; on Poson Poya 2022 he was admitted with {hyperkalaemia} ({L:potassium} {X:6.7 mmol/L}) after {D:enalapril}."
            ),
            lk(
                "Dr S. Thamizhselvi (SLMC 27418) started {D:sodium bicarbonate} {X:600 mg} tds; {D:calcium carbonate} {X:500 mg}; avoid {D:NSAIDs} and {D:glyphosate} exposure."
            ),
            lk(
                "Motorcycle NP BDK-4182; Samurdhi No. 4182-77; email sivapalan.k at gmail dot com. Son Thuvaragan studies at Jaffna."
            ),
            lk(
                "SIVAPALAN K. consented for {M:DXA}; the Sinhala and Tamil New Year 2022 visit was missed; {L:haemoglobin} {X:9.1 g/dL}, {D:erythropoietin} {X:4000 IU} weekly."
            ),
        ],
        planted=[
            ("name/recorded with initial and Thiru", "K. Sivapalan"),
            ("name/recorded", "Kanagasabai Sivapalan"),
            ("geographic/village", "Cheddikulam"),
            ("social security number/NIC old format", "610154182V"),
            ("medical record number/clinic No.", "THA-CKDU-41827"),
            ("geographic/facility named after a city", "Teaching Hospital Anuradhapura"),
            ("geographic/street LK with slash number", "No. 18/4, Kandy Road"),
            ("geographic/postcode LK with town", "Vavuniya 43000"),
            ("name/relative after Tmt.", "Pushpavalli Sivapalan"),
            ("age over 89/number", "aged 96"),
            ("date/festival with year", "Thai Pongal 2023"),
            ("telephone/LK landline sentence end", "024 222 4183"),
            ("telephone/LK mobile", "+94 77 418 2936"),
            ("other unique identifier/role", "the nadaswaram player of the Kandasamy kovil"),
            ("date/full moon holiday with year", "Poson Poya 2022"),
            ("name/after Dr initial first", "S. Thamizhselvi"),
            ("licence number/SLMC", "SLMC 27418"),
            ("vehicle identifier/plate LK with province", "NP BDK-4182"),
            ("health plan number/Samurdhi", "4182-77"),
            ("email/obfuscated at dot", "sivapalan.k at gmail dot com"),
            ("name/relative", "Thuvaragan"),
            ("geographic/city", "Jaffna"),
            ("name/signature ALL CAPS with initial", "SIVAPALAN K."),
            ("date/holiday with year", "Sinhala and Tamil New Year 2022"),
        ],
    ),
    # 27. Bedok, Singapore (English of Singapore, Hokkien, Tamil and Malay names, Tagalog): denosumab hypocalcaemia on HD
    Patient(
        name="Goh Swee Lian",
        mrn="CGH-HD-4182736",
        birth="1946-01-22",
        notes=[
            sg(
                "Mdm Goh Swee Lian, 77, on {haemodialysis} at the Bedok North dialysis centre, was given {D:denosumab} {X:60 mg} s.c. at Changi General Hospital for {osteoporosis}."
            ),
            sg(
                "NRIC S4601227J; MRN CGH-HD-4182736; address Blk 418 Bedok North Ave 2 #07-1182, Singapore 460418; HP 9418 2736. Medisave account 018-2736-4."
            ),
            sg(
                "Ten days later {tetany} and {QT prolongation} ({X:512 ms}); {L:corrected calcium} {X:1.62 mmol/L}, {L:PTH} {X:94 pmol/L}: {severe hypocalcaemia} after {D:denosumab}."
            ),
            sg(
                "Treated with {D:calcium gluconate} {X:10%} infusion, {D:calcitriol} {X:1 µg} and a {X:1.75 mmol/L} {L:dialysate calcium}; {S:Naranjo} {X:7}."
            ),
            sg(
                "Her helper, Marites Dela Peña Bautista (FIN G7712094N), does the {D:calcium carbonate} timing; the daughter-in-law Dr Thamarai d/o Ramasamy, SMC M41827J, explained."
            ),
            tl(
                "Sabi ni Ate Marites, nahihilo si Lola noong Lunes bago ang Chinese New Year 2023; tumawag siya sa 8418 2736 at nag-text kay Jun-Jun."
            ),
            sg(
                "Swee Lian sells putu piring at stall #01-47 of the Bedok hawker centre; her son drives SKF 4182 T for Grab. Email gohsweelian(at)singnet(dot)com(dot)sg."
            ),
            sg(
                "Her mother-in-law, Ah Ma, is 98; Hari Raya Haji 2022 the family visited Geylang Serai. {M:CT spine} showed {vertebral fractures} at {V:T8} and {V:L1}."
            ),
            sg(
                "GOH S.L.'s {L:alkaline phosphatase} {X:412 U/L}; {D:romosozumab} not started; {D:teriparatide} discussed; {M:bone biopsy} with {tetracycline labelling} declined."
            ),
            sg(
                "SingPass face verification ref FV-20230117-88213; the ward's photo of her, front-on, is GSL_front_2023.jpg."
            ),
        ],
        planted=[
            ("name/recorded surname first", "Goh Swee Lian"),
            ("geographic/neighbourhood", "Bedok North"),
            ("geographic/facility named after a place", "Changi General Hospital"),
            ("social security number/NRIC", "S4601227J"),
            ("medical record number/MRN", "CGH-HD-4182736"),
            ("geographic/address SG HDB block and unit", "Blk 418 Bedok North Ave 2 #07-1182"),
            ("geographic/postcode SG", "Singapore 460418"),
            ("telephone/SG sentence end", "9418 2736"),
            ("account number/Medisave", "018-2736-4"),
            ("name/carer Tagalog with particle", "Marites Dela Peña Bautista"),
            ("social security number/FIN", "G7712094N"),
            ("name/after Dr with d/o", "Thamarai d/o Ramasamy"),
            ("licence number/SMC", "SMC M41827J"),
            ("name/after Ate", "Marites"),
            ("date/weekday before a holiday with year", "Lunes bago ang Chinese New Year 2023"),
            ("name/nickname doubled", "Jun-Jun"),
            ("name/given names only", "Swee Lian"),
            (
                "other unique identifier/stall",
                "sells putu piring at stall #01-47 of the Bedok hawker centre",
            ),
            ("vehicle identifier/plate SG", "SKF 4182 T"),
            ("email/obfuscated (at) (dot)", "gohsweelian(at)singnet(dot)com(dot)sg"),
            ("age over 89/number", "is 98"),
            ("date/holiday SG with year", "Hari Raya Haji 2022"),
            ("geographic/neighbourhood", "Geylang Serai"),
            ("name/possessive of initials", "GOH S.L.'s"),
            ("biometric identifier/face verification", "FV-20230117-88213"),
            ("full-face photograph/file name with initials", "GSL_front_2023.jpg"),
        ],
    ),
    # 28. May Pen, Clarendon and Kingston, Jamaica (English of Jamaica): lupus nephritis, hypertensive emergency
    Patient(
        name="Hyacinth Delores Grizzle",
        mrn="UHWI-418273",
        birth="1979-08-06",
        notes=[
            jm(
                "Miss Hyacinth Delores Grizzle, 44, a higgler from May Pen, Clarendon, came to the University Hospital of the West Indies on Emancipation Day 2023 with {hypertensive emergency} ({L:blood pressure} {X:228/134 mmHg})."
            ),
            jm(
                "TRN 118-427-359; NHF card 7730915-J; docket UHWI-418273. Lives at Lot 18, Sandy Bay, Clarendon; daughter in Kingston 10."
            ),
            jm(
                "{L:anti-dsDNA} {X:>300 IU/mL}, {L:C3} {X:0.38 g/L}; {M:renal biopsy}: {S:ISN/RPS class IV-S (A/C)}; {D:mycophenolate mofetil} {X:1.5 g} bd and {D:hydroxychloroquine} {X:200 mg}."
            ),
            jm(
                "Auntie Cinty to the market women; she is the only woman sound-system selector in May Pen. Her granny, ninety-six, lives in Chapelton."
            ),
            jm(
                "Was drinking {D:cerasee tea} and {D:soursop leaf} bush tea; stopped. Phone (876) 418-2736; email hyacinth.grizzle at yahoo dot com."
            ),
            jm(
                "Dr Delroy McFarlane-Spence (MCJ reg. 4182) added {D:voclosporin} {X:23.7 mg} bd; the Tuesday after Easter Monday 2023 {L:creatinine} {X:132 µmol/L}."
            ),
            jm(
                "Her taxi 4182 HK is parked by the clock tower; her son Dwayne plays for the Clarendon College team. GRIZZLE, H.D. signed the {D:rituximab} consent."
            ),
            jm(
                "{M:echocardiogram}: {concentric LVH}; {D:labetalol} {X:20 mg} {IV} then {D:amlodipine} {X:10 mg}; {E:Libman-Sacks endocarditis} excluded; {L:antiphospholipid antibodies} negative."
            ),
            jm("Her mixes are on selectorcinty.bandcamp.com; fax the clinic on (876) 927-1148."),
        ],
        planted=[
            ("name/recorded, ordinary words", "Hyacinth Delores Grizzle"),
            ("geographic/town of ordinary words", "May Pen"),
            ("geographic/facility named after a region", "University Hospital of the West Indies"),
            ("date/holiday JM with year", "Emancipation Day 2023"),
            ("social security number/TRN", "118-427-359"),
            ("health plan number/NHF", "7730915-J"),
            ("medical record number/docket", "UHWI-418273"),
            ("geographic/address JM lot", "Lot 18, Sandy Bay"),
            ("geographic/postal district JM", "Kingston 10"),
            ("name/nickname after Auntie", "Cinty"),
            ("other unique identifier/role", "the only woman sound-system selector in May Pen"),
            ("age over 89/word", "ninety-six"),
            ("geographic/town", "Chapelton"),
            ("telephone/JM", "(876) 418-2736"),
            ("email/obfuscated at dot", "hyacinth.grizzle at yahoo dot com"),
            ("name/after Dr hyphenated with Mc", "Delroy McFarlane-Spence"),
            ("licence number/MCJ", "MCJ reg. 4182"),
            ("date/relative to a holiday with year", "Tuesday after Easter Monday 2023"),
            ("vehicle identifier/plate JM", "4182 HK"),
            ("geographic/landmark", "clock tower"),
            ("name/relative", "Dwayne"),
            ("name/employer-like school", "Clarendon College"),
            ("name/signature SURNAME, initials", "GRIZZLE, H.D."),
            ("url/no scheme", "selectorcinty.bandcamp.com"),
            ("fax/JM sentence end", "(876) 927-1148"),
        ],
    ),
]

# Clinical prose with no identifier in it, in every language of the corpus: everything braced
# must survive every output (the over-redaction side).
TERM_NOTES: list[Note] = [
    mx(
        "{M:resonancia magnética de columna lumbar}: {hernia discal} en {V:L4-L5} y {V:L5-S1}, {estenosis foraminal} en {V:L3/L4}; {D:pregabalina} {X:75 mg} c/24 h por {X:TFG 28 ml/min}."
    ),
    mx(
        "{S:KDIGO 2024}: {D:finerenona} {X:10 mg} si {L:potasio} menor de {X:4,8 mEq/l}; {D:Jardiance} ({D:empagliflozina}) {X:10 mg}; {L:HbA1c} {X:7,2 %}."
    ),
    ar(
        "{síndrome urémico hemolítico} por {O:Escherichia coli O157:H7} productora de {G:toxina Shiga}; {L:LDH} {X:1.840 U/l}, {L:plaquetas} {X:38.000/mm³}, {esquistocitos} en el {L:frotis}."
    ),
    ar(
        "{D:eculizumab} {X:900 mg} semanal en {SHU atípico} con variante de {G:CFH}; vacuna {O:meningococo} {D:MenACWY} y {D:MenB} antes de la primera dosis."
    ),
    co(
        "{E:enfermedad de Chagas} con {O:Trypanosoma cruzi}; {D:benznidazol} {X:5 mg/kg/día}; {M:ecocardiograma} con {aneurisma apical}; {L:troponina I} {X:0,04 ng/ml}."
    ),
    pe(
        "{E:enfermedad de Carrión} por {O:Bartonella bacilliformis}: {anemia hemolítica}, {L:bilirrubina indirecta} {X:4,8 mg/dl}; {D:ciprofloxacino} {X:500 mg} c/12 h."
    ),
    es(
        "{M:TC cervical}: {osificación del ligamento longitudinal posterior} de {V:C5/C6} a {V:C6-C7}; {signo de Hoffmann} positivo; {S:escala mJOA} {X:13}."
    ),
    ca(
        "{fractura vertebral per compressió} a {V:T11–T12} en la {M:densitometria}; {S:FRAX} {X:18 %}; {D:denosumab} {X:60 mg} cada sis mesos; {L:vitamina D} {X:22 ng/ml}."
    ),
    ca(
        "{E:malaltia de Fabry} amb variant de {G:GLA}; {L:lyso-Gb3} {X:42 nmol/l}; {D:agalsidasa beta} {X:1 mg/kg} cada dues setmanes; {M:ressonància cardíaca} amb {realç tardà}."
    ),
    gl(
        "{síndrome de Gitelman} ({G:SLC12A3}): {L:magnesio} {X:0,48 mmol/l}, {L:calciuria} baixa; {D:cloruro potásico} {X:40 mEq} e {D:espironolactona} {X:50 mg}."
    ),
    eu(
        "{M:bizkarrezurreko erresonantzia}: {diskoaren protrusioa} {V:L2-L3} mailan; {D:parazetamola} {X:1 g} zortzi orduro; ez {D:ibuprofenoa} {giltzurrun-gutxiegitasunagatik}."
    ),
    cy(
        "{M:sgan CT} o'r {arennau}: {codennau} lluosog; {L:creatinin} {X:154 µmol/L}; {D:tolvaptan} wedi'i atal; {S:dosbarth Mayo 1C}."
    ),
    wls(
        "{E:Henoch-Schönlein purpura} in childhood, now {IgA vasculitis} with {nephritis}; {S:Oxford MEST-C} {X:M0 E1 S0 T0 C1}; {D:mycophenolate} {X:500 mg} bd."
    ),
    sco(
        "{O:Legionella pneumophila} {serogroup 1} on {L:urinary antigen}; {rhabdomyolysis} with {L:creatine kinase} {X:38,000 U/L}; {D:clarithromycin} {X:500 mg} bd, not with {D:simvastatin}."
    ),
    gd(
        "{M:ultrasound} nan dubhagan: {cnapan} beaga; {L:creatinine} {X:96 µmol/L}; {D:ramipril} {X:5 mg} gach latha."
    ),
    mt(
        "{M:ultrasound tal-kliewi}: {ċisti} sempliċi; {L:kreatinina} {X:88 µmol/L}; {D:atorvastatin} {X:20 mg} kuljum; {L:kolesterol LDL} {X:2,1 mmol/L}."
    ),
    emt(
        "{E:Cockcroft-Gault} clearance {X:24 mL/min} against a {S:CKD-EPI 2021} {L:eGFR} of {X:31 mL/min/1.73 m²}; {D:rivaroxaban} reduced to {X:15 mg}."
    ),
    el(
        "{M:αξονική τομογραφία}: {λιθίαση} στον {αριστερό ουρητήρα} {X:7 mm}· {D:ταμσουλοσίνη} {X:0,4 mg}· {L:ουρικό οξύ} {X:8,2 mg/dl}· {D:αλλοπουρινόλη} {X:100 mg}."
    ),
    el(
        "{E:νόσος Behçet} με {G:HLA-B51}· {D:κολχικίνη} {X:1 mg}· {S:ταξινόμηση ISG}· {L:CRP} {X:24 mg/l}· {M:φλεβογραφία} χωρίς {θρόμβωση}."
    ),
    tr(
        "{E:Behçet hastalığı} ve {G:HLA-B51}; {D:azatioprin} {X:2 mg/kg}; {L:TPMT} normal; {M:lomber MR}: {V:L4-L5} {disk hernisi}, {V:L5-S1} {faset artropatisi}."
    ),
    tr(
        "{O:Brucella melitensis} {spondilodiskiti} {V:L3–L4} düzeyinde; {D:doksisiklin} {X:100 mg} 2×1 ve {D:rifampisin} {X:600 mg}; {L:Rose Bengal} pozitif."
    ),
    cs(
        "{M:CT páteře}: {kompresivní zlomenina} obratle {V:Th12} a {V:L1}; {S:Genant stupeň 2}; {D:alendronát} kontraindikován při {L:eGFR} {X:22 ml/min}; {D:teriparatid} {X:20 µg}."
    ),
    cs(
        "{E:Fabryho choroba}: {L:alfa-galaktosidáza A} {X:0,4 nmol/h/ml}; {D:migalastat} {X:123 mg} obden; {M:echokardiografie} s {hypertrofií levé komory}."
    ),
    hu(
        "{M:gerinc MR}: {V:C5/C6} és {V:C6/C7} {porckorongsérv}; {D:metamizol} {X:500 mg}; {D:ibuprofen} kerülendő {krónikus vesebetegség} miatt; {L:kreatinin} {X:162 µmol/l}."
    ),
    hu(
        "{O:Hantavírus} ({O:Dobrava}) {vesebetegség}: {L:trombocita} {X:42 G/l}, {L:kreatinin} {X:410 µmol/l}; {M:hasi ultrahang} {vesemegnagyobbodással}."
    ),
    fi(
        "{M:lannerangan magneettikuvaus}: {välilevynpullistuma} {V:L4–L5} ja {V:L5–S1}; {D:parasetamoli} {X:1 g} x 3; {L:krea} {X:142 µmol/l}."
    ),
    fi(
        "{E:Alportin oireyhtymä} ({G:COL4A5}); {L:U-prot/krea} {X:210 mg/mmol}; {D:ramipriili} {X:10 mg}; {M:audiometria} osoitti {sensorineuraalisen kuulonaleneman}."
    ),
    sv(
        "{M:DT buk}: {njursten} {X:6 mm} i höger {uretär}; {D:diklofenak} undviks, {D:oxikodon} {X:5 mg}; {L:P-kreatinin} {X:98 µmol/l}."
    ),
    is_(
        "{M:segulómun af hrygg}: {brjóskþófaútbungun} við {V:L5-S1}; {D:parasetamól} {X:1 g}; {L:kreatínín} {X:110 µmól/l}; {D:metformín} stöðvað."
    ),
    ch(
        "{M:MRI der HWS}: {Myelopathie} auf Höhe {V:C5/C6}; {D:Metamizol} ({D:Novalgin}) {X:500 mg}; {L:Kreatinin} {X:141 µmol/l}; {S:Nurick-Grad} {X:2}."
    ),
    tic(
        "{M:TC addome}: {carcinoma a cellule renali} di {X:3,4 cm}; {S:Fuhrman grado 2}; {nefrectomia parziale} {M:robotica}; {L:creatinina} {X:1,1 mg/dl}."
    ),
    at(
        "{E:Morbus Fabry} ausgeschlossen; {L:Cystatin C} {X:1,9 mg/l}; {S:CKD-EPI} {L:eGFR} {X:34 ml/min/1,73 m²}; {D:Apixaban} ({D:Eliquis}) {X:2,5 mg} 1-0-1."
    ),
    at(
        "{Spinalkanalstenose} {V:L3/L4} mit {Claudicatio spinalis}; {M:Myelo-CT}; {D:Pregabalin} {X:25 mg} bei {Dialyse}; {S:Oswestry Disability Index} {X:46 %}."
    ),
    vls(
        "{E:ziekte van Kahler} met {L:vrije lichte ketens kappa} {X:1.840 mg/l}; {cast-nefropathie}; {D:bortezomib}, {D:cyclofosfamide} en {D:dexamethason}; {L:β2-microglobuline} {X:8,4 mg/l}."
    ),
    be(
        "{E:maladie de Berger} avec {S:score MEST-C} {X:M1 E1 S1 T1}; {D:ramipril} {X:10 mg}; {L:protéinurie} {X:1,6 g/24 h}; {M:échographie rénale} normale."
    ),
    qc(
        "{E:syndrome de Sjögren} avec {acidose tubulaire distale}; {L:pH urinaire} {X:6,9}; {D:citrate de potassium} {X:30 mEq} b.i.d.; {L:anti-SSA} positifs."
    ),
    sn(
        "{néphropathie associée au VIH} ({HIVAN}); {G:APOL1} {X:G1/G1}; {D:dolutégravir} {X:50 mg}; {L:charge virale} indétectable; {M:PBR} avec {glomérulosclérose collapsante}."
    ),
    uk(
        "{M:МРТ поперекового відділу}: {грижа диска} {V:L4-L5}; {D:парацетамол} {X:1 г}; {L:креатинін} {X:132 мкмоль/л}; {D:метформін} скасовано."
    ),
    ru(
        "{гломерулонефрит} с {полулуниями}; {L:АНЦА} к {G:протеиназе-3} {X:96 Ед/мл}; {D:ритуксимаб} {X:375 мг/м²}; {D:преднизолон} {X:1 мг/кг}."
    ),
    sw(
        "{M:ultrasound ya figo}: {uvimbe} mdogo; {L:kreatinini} {X:140 µmol/L}; {D:amlodipine} {X:5 mg} kila siku; {shinikizo la damu} limedhibitiwa."
    ),
    ke(
        "{O:Plasmodium falciparum} {blackwater fever} with {haemoglobinuria}; {D:artesunate} {X:2.4 mg/kg} {IV}; {L:creatinine} {X:390 µmol/L}; {peritoneal dialysis} for five days."
    ),
    gh(
        "{sickle cell nephropathy} ({G:HbSS}): {hyposthenuria}, {L:urine albumin to creatinine ratio} {X:48 mg/mmol}; {D:hydroxyurea} {X:20 mg/kg}; {D:lisinopril} {X:5 mg}."
    ),
    pk(
        "{O:Leptospira interrogans}: {Weil disease} with {L:bilirubin} {X:9.8 mg/dL}, {L:creatinine} {X:4.2 mg/dL}; {D:ceftriaxone} {X:1 g} daily; {M:chest X-ray} {alveolar haemorrhage}."
    ),
    lk(
        "{Russell's viper} envenoming with {AKI}: {D:antivenom} {X:10 vials}; {L:20-minute whole blood clotting test} positive; {L:fibrinogen} {X:<0.5 g/L}; {haemodialysis} for two weeks."
    ),
    sg(
        "{E:Kikuchi-Fujimoto disease} versus {SLE}; {M:PET-CT} {cervical lymphadenopathy}; {L:ANA} {X:1:640} speckled; {D:hydroxychloroquine} {X:200 mg} daily."
    ),
    tl(
        "Ang {L:creatinine} ay {X:1.9 mg/dL}; {D:losartan} {X:50 mg} araw-araw; {M:ultrasound} ng {bato}: walang {bara}."
    ),
    jm(
        "{E:Libman-Sacks endocarditis} on {M:transoesophageal echocardiography}; {L:lupus anticoagulant} positive; {D:warfarin} target {L:INR} {X:2.0–3.0}; {L:anti-β2-glycoprotein I} {X:86 U/mL}."
    ),
    cae(
        "{E:Wegener granulomatosis}, now {granulomatosis with polyangiitis}; {L:PR3-ANCA} {X:112 U/mL}; {D:avacopan} {X:30 mg} bd with {D:rituximab}; {S:BVAS/WG} {X:6}."
    ),
    cae(
        "{M:MRI thoracic spine}: {epidural lipomatosis} from {V:T6} to {V:T9}; {D:prednisone} tapered; {V:T11–T12} {Schmorl node}; {L:25-OH vitamin D} {X:64 nmol/L}."
    ),
    wls(
        "{M:CT lumbar spine} after {D:romosozumab}: {epidural calcification} at {V:L2-L3} and {V:L3/L4}; {L:calcium} {X:2.68 mmol/L}, {L:phosphate} {X:1.9 mmol/L}, {L:PTH} {X:12 pmol/L}."
    ),
    sco(
        "{E:Fanconi anaemia} excluded; {E:Bence Jones protein} negative; {L:serum free light chain ratio} {X:1.2}; {M:bone marrow biopsy} normal; {E:Waldenström macroglobulinaemia} ruled out."
    ),
    mx(
        "{S:escala de Glasgow} {X:14}, {S:qSOFA} {X:2}; {O:Klebsiella pneumoniae} productora de {G:BLEE}; {D:meropenem} {X:1 g} c/12 h ajustado a {X:TFG 35 ml/min}."
    ),
    co(
        "{L:hemoglobina} {X:8,9 g/dl}, {L:reticulocitos} {X:4 %}, {L:haptoglobina} indetectable; {E:prueba de Coombs} directa positiva; {D:rituximab} en {anemia hemolítica autoinmune}."
    ),
    tr(
        "{S:APACHE II} {X:24}, {S:SOFA} {X:9}; {O:Acinetobacter baumannii} {karbapenem dirençli}; {D:kolistin} {X:9 MU} yükleme, {sürekli venövenöz hemodiyafiltrasyon}."
    ),
    el(
        "{S:κλίμακα Child-Pugh} {X:B8}· {ηπατονεφρικό σύνδρομο}· {D:τερλιπρεσσίνη} {X:1 mg} κάθε 6 ώρες με {D:αλβουμίνη} {X:20 g}· {L:νάτριο} {X:128 mmol/l}."
    ),
    fi(
        "{S:NYHA II}; {L:NT-proBNP} {X:2 140 ng/l}; {D:sakubitriili-valsartaani} ({D:Entresto}) {X:24/26 mg} x 2; {L:kalium} {X:5,1 mmol/l}."
    ),
    hu(
        "{S:Karnofsky-index} {X:70 %}; {S:ECOG} {X:1}; {D:ciszplatin} helyett {D:karboplatin} {S:AUC 5} a {L:GFR} {X:45 ml/perc} miatt."
    ),
    cs(
        "{S:Clavien-Dindo} {X:IIIa} po {transplantaci ledviny}; {lymfokéla} drénována pod {M:ultrazvukem}; {S:KDPI} dárce {X:64 %}."
    ),
    at(
        "{S:HAS-BLED} {X:3}, {S:CHA₂DS₂-VASc} {X:5}; {Vorhofflimmern}; {Vorhofohrverschluss} statt {D:Phenprocoumon} bei {Kalziphylaxie}."
    ),
    qc(
        "{S:échelle de Bristol} {X:6}; {O:Clostridioides difficile} toxine positive; {D:fidaxomicine} {X:200 mg} b.i.d.; {L:leucocytes} {X:18,4 × 10⁹/l}."
    ),
]
