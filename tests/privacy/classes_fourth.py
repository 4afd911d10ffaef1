# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A fourth classes corpus (2026-12-01), written for the leak classes heldout5 showed
(identifiers made of safe words or numbers, which redacting every unknown capitalised word
does not catch), before any change made for them, in languages and forms neither heldout4
nor heldout5 nor the earlier class corpora use: Slovenian, Catalan, Galician, Welsh,
Maltese, Tagalog, Swahili, Albanian, Vietnamese and Mexican Spanish, and English from
Kenya, Ghana, Wales, Canada and Singapore.

Classes: e-mails obfuscated with local words; plates; professional licences; national
identity numbers and IBANs with spaces; postcodes beside a town or in an address line;
a phone number at a sentence's end; ages over 89 in words or with a local age word;
holidays and feasts; a season with its year; Roman-numeral months; birthdays and name
days; a role that singles a person out; tattoos, scars and birthmarks; relatives' names
after particles; both halves of a double surname; an ordinary word as a first name after
a title, a relation word or as a verb's subject; nicknames.

Clinical terms in braces must survive (among them the traps of such rules: a dose at a
sentence's end, an eponym after "of", a drug after a title-like word); planted
identifiers must not. Every person, place and number is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


sl, ca, gl, cy, mt, tl, sw, sq, vi, es, en = (
    partial(Note, x) for x in ("sl", "ca", "gl", "cy", "mt", "tl", "sw", "sq", "vi", "es", "en")
)

FOURTH: list[Patient] = [
    Patient(
        name="Jožefa Kranjec",
        mrn="UKCL-55102",
        birth="1931-04-09",
        notes=[
            sl("Pacientka je stara 93 let in živi sama na Tržaški cesti 14, 1000 Ljubljana."),
            sl(
                "Hčerka Vesna pokliče vsak dan; njen e-naslov je vesna.kranjec (afna) siol pika net."
            ),
            sl(
                "Zdravnica prim. dr. Mojca Novak-Zupančič je uvedla {tacrolimus} {2 mg} dvakrat dnevno."
            ),
            sl("EMŠO 0904931 505118 je bil preverjen ob sprejemu; IBAN SI56 0201 0001 2345 678."),
            sl("Na desni podlakti ima tetovažo sidra z začetnicami moža."),
            sl("Je edina čebelarka v vasi Podkoren in jo vsi kličejo Teta Mica."),
            sl("Sprejeta je bila na Prešernov dan z {hiperkaliemijo}; {kalij} {6,8 mmol/l}."),
            sl("Vnuk vozi avto z registracijo LJ 45-KRN; pokličite ga na 041 338 207."),
        ],
        planted=[
            ("name/recorded", "Jožefa Kranjec"),
            ("age over 89/Slovenian let", "93 let"),
            ("geographic/street SI", "Tržaški cesti 14"),
            ("geographic/postcode SI", "1000 Ljubljana"),
            ("name/relative ordinary word", "Vesna"),
            ("email/obfuscated afna", "vesna.kranjec (afna) siol pika net"),
            ("name/after prim. dr.", "Mojca"),
            ("name/double surname", "Novak-Zupančič"),
            ("social security number/EMŠO with space", "0904931 505118"),
            ("account number/IBAN SI", "SI56 0201 0001 2345 678"),
            ("other unique identifier/tattoo", "tetovažo sidra z začetnicami moža"),
            ("other unique identifier/only one in the village", "edina čebelarka v vasi Podkoren"),
            ("name/nickname", "Teta Mica"),
            ("date/holiday SI", "Prešernov dan"),
            ("vehicle identifier/SI plate", "LJ 45-KRN"),
            ("telephone/SI sentence end", "041 338 207"),
        ],
    ),
    Patient(
        name="Montserrat Puigdomènech i Casals",
        mrn="HVH-2019-8841",
        birth="1929-10-02",
        notes=[
            ca("Té noranta-quatre anys i viu al carrer de la Riera 22, 08301 Mataró."),
            ca("El seu nebot Jordi Ferrer-Bosch escriu des de jordi.ferrer arrova xtec punt cat."),
            ca("La metgessa, la Dra. Mercè Soler, va iniciar {furosemida} {40 mg}."),
            ca("DNI 38 114 927-K; matrícula del cotxe 4417 KLM."),
            ca(
                "Va ingressar per la Diada de 2023 amb {insuficiència renal aguda} i {creatinina} {4,1 mg/dL}."
            ),
            ca("Té una cicatriu en forma de creu a la galta esquerra."),
            ca("És l'únic ferrer del poble de Tiana, i li diuen el Manyà."),
            ca("Va celebrar el seu sant el 25 d'abril amb la família."),
        ],
        planted=[
            ("name/recorded", "Montserrat Puigdomènech i Casals"),
            ("age over 89/Catalan word", "noranta-quatre anys"),
            ("geographic/street CA", "carrer de la Riera 22"),
            ("geographic/postcode ES", "08301 Mataró"),
            ("name/relative double surname", "Jordi Ferrer-Bosch"),
            ("email/obfuscated arrova", "jordi.ferrer arrova xtec punt cat"),
            ("name/after Dra. ordinary word", "Mercè Soler"),
            ("social security number/DNI with spaces", "38 114 927-K"),
            ("vehicle identifier/ES plate", "4417 KLM"),
            ("date/holiday CA", "Diada de 2023"),
            ("other unique identifier/scar", "cicatriu en forma de creu"),
            ("other unique identifier/only one in the village", "l'únic ferrer del poble de Tiana"),
            ("name/nickname", "el Manyà"),
            ("date/name day", "25 d'abril"),
        ],
    ),
    Patient(
        name="Xosé Manuel Bouzas Lamas",
        mrn="CHUS-33017",
        birth="1930-01-15",
        notes=[
            gl("Ten noventa e un anos e vive na rúa do Franco 9, 15705 Santiago."),
            gl("Ten unha tatuaxe dunha áncora no antebrazo dereito."),
            gl("A súa filla Luz escribe a luz.bouzas arroba mundo-r punto com."),
            gl("Ingresou no inverno de 2022 con {pielonefrite} por {Escherichia coli}."),
            gl("É o último gaiteiro da parroquia de Arousa."),
        ],
        planted=[
            ("name/recorded", "Xosé Manuel Bouzas Lamas"),
            ("age over 89/Galician word", "noventa e un anos"),
            ("geographic/street GL", "rúa do Franco 9"),
            ("geographic/postcode ES", "15705 Santiago"),
            ("other unique identifier/tattoo", "tatuaxe dunha áncora"),
            ("name/relative ordinary word", "Luz"),
            ("email/obfuscated arroba", "luz.bouzas arroba mundo-r punto com"),
            ("date/season and year GL", "inverno de 2022"),
            (
                "other unique identifier/last one of the parish",
                "último gaiteiro da parroquia de Arousa",
            ),
        ],
    ),
    Patient(
        name="Gwenllian Pritchard",
        mrn="BCUHB-771203",
        birth="1928-03-01",
        notes=[
            cy("Mae hi'n 96 oed ac yn byw yn 3 Stryd y Bont, Llanrwst LL26 0EU."),
            cy("Ei merch Heulwen ferch Dafydd sy'n dod bob dydd Sul."),
            en(
                "Her son Siôn ap Gwilym can be reached on dafydd.siôn [at] bangor [dot] ac [dot] uk or 01492 640 118."
            ),
            en("She was admitted on St David's Day with {urosepsis}; {meropenem} {1 g} was given."),
            en("She has a port-wine birthmark over the left eyelid."),
            en("GMC 7045512 signed the chart; her NI number is QQ 12 34 56 C."),
            en(
                "She is the village's only harpist and the chapel's organist; everyone calls her Nain Bach."
            ),
            en("Seen in clinic on 12.III.2024 with {creatinine} {212 µmol/L}."),
        ],
        planted=[
            ("name/recorded", "Gwenllian Pritchard"),
            ("age over 89/Welsh oed", "96 oed"),
            ("geographic/street UK", "3 Stryd y Bont"),
            ("geographic/postcode UK", "LL26 0EU"),
            ("name/relative with ferch", "Heulwen ferch Dafydd"),
            ("name/relative with ap", "Siôn ap Gwilym"),
            ("email/obfuscated [at] [dot]", "dafydd.siôn [at] bangor [dot] ac [dot] uk"),
            ("telephone/UK sentence end", "01492 640 118"),
            ("date/holiday UK", "St David's Day"),
            ("other unique identifier/birthmark", "port-wine birthmark over the left eyelid"),
            ("licence number/GMC", "GMC 7045512"),
            ("social security number/NI with spaces", "QQ 12 34 56 C"),
            ("other unique identifier/village's only", "the village's only harpist"),
            ("name/nickname", "Nain Bach"),
            ("date/Roman-numeral month", "12.III.2024"),
        ],
    ),
    Patient(
        name="Ċensina Vella",
        mrn="MDH-90412",
        birth="1932-08-15",
        notes=[
            en(
                "She is 92 sena according to her daughter and lives at 14, Triq il-Kbira, Żebbuġ ZBG 1402."
            ),
            en("She was admitted during the festa of Santa Marija with {hyperkalaemia}."),
            en("Her son Ġorġ, known in the village as il-Kanarin, drives the car FBK 217."),
            en("Her IBAN is MT84 MALT 0110 0001 2345 MTLC UK00 1S and her ID card 0412832M."),
            en("She has a tattoo of a Maltese cross on the back of her hand."),
            en("Her {eGFR} was {14 ml/min/1.73 m²} on {sevelamer} {800 mg}."),
        ],
        planted=[
            ("name/recorded", "Ċensina Vella"),
            ("age over 89/Maltese sena", "92 sena"),
            ("geographic/street MT", "Triq il-Kbira"),
            ("geographic/postcode MT", "ZBG 1402"),
            ("date/holiday MT", "festa of Santa Marija"),
            ("name/relative", "Ġorġ"),
            ("name/nickname", "il-Kanarin"),
            ("vehicle identifier/MT plate", "FBK 217"),
            ("account number/IBAN MT", "MT84 MALT 0110 0001 2345 MTLC UK00 1S"),
            ("social security number/MT ID", "0412832M"),
            ("other unique identifier/tattoo", "tattoo of a Maltese cross"),
        ],
    ),
    Patient(
        name="Erlinda Macaraeg dela Cruz",
        mrn="PGH-2024-11873",
        birth="1931-12-08",
        notes=[
            tl(
                "Siya ay 92 taong gulang at nakatira sa 45 Kalye Mabini, Brgy. San Roque, 2400 Dagupan."
            ),
            tl("Ang anak niyang si Precious ang nag-aalaga sa kanya; palayaw niya ay Lola Inday."),
            en("Precious called from 0917 842 3361."),
            en(
                "Her attending, Dra. Joy Santos-Villanueva, PRC Lic. No. 0098123, started {cefuroxime} {750 mg}."
            ),
            en("PhilHealth no. 12-050911873-4; SSS 03 9918 2201 6."),
            en("She was admitted on the eve of the Sinulog with {acute kidney injury}."),
            en(
                "She is the last magbabalot in the barangay and has a scar from a carabao horn on her thigh."
            ),
            en("Her birthday is on the 8th of December; she drives a jeep, plate NBC 4412."),
        ],
        planted=[
            ("name/recorded", "Erlinda Macaraeg dela Cruz"),
            ("age over 89/Tagalog taong gulang", "92 taong gulang"),
            ("geographic/street PH", "45 Kalye Mabini"),
            ("geographic/barangay", "San Roque"),
            ("geographic/postcode PH", "2400 Dagupan"),
            ("name/relative after si", "Precious"),
            ("name/nickname", "Lola Inday"),
            ("telephone/PH sentence end", "0917 842 3361"),
            ("name/after Dra. double surname", "Joy Santos-Villanueva"),
            ("licence number/PRC", "0098123"),
            ("health plan number/PhilHealth", "12-050911873-4"),
            ("social security number/SSS with spaces", "03 9918 2201 6"),
            ("date/feast PH", "Sinulog"),
            ("other unique identifier/last one in the barangay", "last magbabalot in the barangay"),
            ("other unique identifier/scar", "scar from a carabao horn"),
            ("date/birthday", "8th of December"),
            ("vehicle identifier/PH plate", "NBC 4412"),
        ],
    ),
    Patient(
        name="Wanjiru Kamau",
        mrn="KNH-558-2041",
        birth="1930-06-01",
        notes=[
            sw("Mama ana miaka 94 na anaishi Kijiji cha Gatundu, S.L.P. 1842-01030 Gatundu."),
            sw("Binti yake Baraka humleta kliniki kila Jumanne; anajulikana kama Mama Mboga."),
            en(
                "Her son Kimani wa Njoroge emails kimani.njoroge at gmail dot com and phones 0722 418 903."
            ),
            en("National ID 2450 8817; NHIF number 0041-8823-11."),
            en("She has a burn scar on the left cheek from a cooking fire."),
            en("She was admitted on Madaraka Day with {malaria} and {haemoglobin} {6.1 g/dL}."),
            en(
                "She is the only traditional birth attendant in Gatundu; the matatu she owns is KCB 418X."
            ),
        ],
        planted=[
            ("name/recorded", "Wanjiru Kamau"),
            ("age over 89/Swahili miaka", "miaka 94"),
            ("geographic/village", "Kijiji cha Gatundu"),
            ("geographic/postal address KE", "S.L.P. 1842-01030"),
            ("name/relative ordinary word", "Baraka"),
            ("name/nickname", "Mama Mboga"),
            ("name/relative with wa", "Kimani wa Njoroge"),
            ("email/obfuscated at dot", "kimani.njoroge at gmail dot com"),
            ("telephone/KE", "0722 418 903"),
            ("social security number/KE ID", "2450 8817"),
            ("health plan number/NHIF", "0041-8823-11"),
            ("other unique identifier/scar", "burn scar on the left cheek"),
            ("date/holiday KE", "Madaraka Day"),
            (
                "other unique identifier/only one in a place",
                "only traditional birth attendant in Gatundu",
            ),
            ("vehicle identifier/KE plate", "KCB 418X"),
        ],
    ),
    Patient(
        name="Drita Hoxha",
        mrn="QSUT-40921",
        birth="1933-02-20",
        notes=[
            sq("Pacientja është 91 vjeç dhe jeton në Rruga e Kavajës 118, 1001 Tiranë."),
            sq("Djali i saj Arben ka një tatuazh me shqiponjë në krah."),
            sq("U shtrua në Ditën e Verës me {pielonefrit}; {kreatinina} {3,2 mg/dL}."),
            sq("Numri personal J 3022 0118 K; targa e makinës AA 412 BK."),
            sq(
                "Motra e saj, zonja Bukuroshe Hoxha-Leka, shkruan në bukuroshe.leka(et)yahoo(pikë)com."
            ),
        ],
        planted=[
            ("name/recorded", "Drita Hoxha"),
            ("age over 89/Albanian vjeç", "91 vjeç"),
            ("geographic/street AL", "Rruga e Kavajës 118"),
            ("geographic/postcode AL", "1001 Tiranë"),
            ("name/relative", "Arben"),
            ("other unique identifier/tattoo", "tatuazh me shqiponjë"),
            ("date/holiday AL", "Ditën e Verës"),
            ("social security number/AL with spaces", "J 3022 0118 K"),
            ("vehicle identifier/AL plate", "AA 412 BK"),
            ("name/after zonja double surname", "Bukuroshe Hoxha-Leka"),
            ("email/obfuscated (et)", "bukuroshe.leka(et)yahoo(pikë)com"),
        ],
    ),
    Patient(
        name="Trần Thị Hạnh",
        mrn="BVCR-2023-66120",
        birth="1931-09-02",
        notes=[
            vi("Bệnh nhân 92 tuổi, sống tại 27 Lê Lợi, phường Bến Nghé, 700000 TP. Hồ Chí Minh."),
            vi("Con gái bà Nguyễn Thị Mai gửi email mai.nguyen a còng gmail chấm com."),
            en("She was admitted two days after Tết with {urinary tract infection}."),
            en("CCCD 079 131 004 812; motorbike plate 59-X3 412.58."),
            en("She has a dragon tattoo on her right forearm; her birthday is on 2/IX."),
            en("{Nifedipine} {30 mg} was continued."),
        ],
        planted=[
            ("name/recorded", "Trần Thị Hạnh"),
            ("age over 89/Vietnamese tuổi", "92 tuổi"),
            ("geographic/street VN", "27 Lê Lợi"),
            ("geographic/ward VN", "phường Bến Nghé"),
            ("geographic/postcode VN", "700000"),
            ("name/relative", "Nguyễn Thị Mai"),
            ("email/obfuscated a còng", "mai.nguyen a còng gmail chấm com"),
            ("date/holiday VN", "Tết"),
            ("social security number/CCCD with spaces", "079 131 004 812"),
            ("vehicle identifier/VN plate", "59-X3 412.58"),
            ("other unique identifier/tattoo", "dragon tattoo on her right forearm"),
            ("date/birthday Roman month", "2/IX"),
        ],
    ),
    Patient(
        name="Guadalupe Ramírez Ochoa",
        mrn="IMSS-88120443",
        birth="1932-12-12",
        notes=[
            es(
                "Tiene noventa y dos años y vive en Calle Hidalgo 318, Col. Centro, C.P. 68000, Oaxaca."
            ),
            es("Ingresó el Día de Muertos con {hiperpotasemia} y {potasio} {7,1 mEq/L}."),
            es(
                "CURP RAOG321212MOCMCD09; el médico, cédula profesional 4471203, indicó {gluconato de calcio}."
            ),
            es(
                "Su nieta Dulce Ramírez-Ochoa escribe a dulce_ro(arroba)hotmail(punto)com(punto)mx."
            ),
            es("Es la única curandera del pueblo y le dicen Doña Lupita."),
            es(
                "Tiene un lunar grande en forma de corazón en la mejilla; el coche del hijo es ABC-123-D."
            ),
        ],
        planted=[
            ("name/recorded", "Guadalupe Ramírez Ochoa"),
            ("age over 89/Spanish word", "noventa y dos años"),
            ("geographic/street MX", "Calle Hidalgo 318"),
            ("geographic/postcode MX", "C.P. 68000"),
            ("date/holiday MX", "Día de Muertos"),
            ("social security number/CURP", "RAOG321212MOCMCD09"),
            ("licence number/cédula profesional", "4471203"),
            ("name/relative double surname", "Dulce Ramírez-Ochoa"),
            ("email/obfuscated (arroba)(punto)", "dulce_ro(arroba)hotmail(punto)com(punto)mx"),
            ("other unique identifier/only one in the village", "única curandera del pueblo"),
            ("name/nickname", "Doña Lupita"),
            ("other unique identifier/birthmark", "lunar grande en forma de corazón"),
            ("vehicle identifier/MX plate", "ABC-123-D"),
        ],
    ),
    Patient(
        name="Kwame Asante-Boateng",
        mrn="KBTH-7730",
        birth="1929-05-05",
        notes=[
            en(
                "Mr Asante-Boateng is ninety-five and lives at House No. 12, Adabraka, Accra GA-123-4567."
            ),
            en("His grand-daughter Blessing brought him in; Blessing works at the Makola market."),
            en("He was seen in the harmattan of 2021 and again at Homowo with {gout}."),
            en(
                "Canadian cousin: 214 Rue Saint-Denis, Montréal QC H2X 3K8; Singapore nephew: Blk 88 Tampines St 81, #07-112, S520088."
            ),
            en("His Ghana Card is GHA-719203481-6 and the nephew's NRIC S7812345D."),
            en("He was the only goldsmith on Kantamanto Street."),
            en("He was given {allopurinol} {100 mg} and {colchicine} {0.5 mg}."),
        ],
        planted=[
            ("name/recorded", "Kwame Asante-Boateng"),
            ("age over 89/English word", "ninety-five"),
            ("geographic/house GH", "House No. 12"),
            ("geographic/digital address GH", "GA-123-4567"),
            ("name/relative ordinary word", "Blessing"),
            ("date/season and year", "harmattan of 2021"),
            ("date/festival GH", "Homowo"),
            ("geographic/street CA", "214 Rue Saint-Denis"),
            ("geographic/postcode CA", "H2X 3K8"),
            ("geographic/street SG", "Blk 88 Tampines St 81"),
            ("geographic/postcode SG", "S520088"),
            ("social security number/Ghana Card", "GHA-719203481-6"),
            ("social security number/NRIC", "S7812345D"),
            ("other unique identifier/only one on a street", "only goldsmith on Kantamanto Street"),
        ],
    ),
]


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    return measure([entry(p) for p in FOURTH]), measure_ordinary(FOURTH)


if __name__ == "__main__":
    import sys

    fig, ordinary = figures()
    print(fig.table("fourth classes corpus (tests/privacy/classes_fourth.py)"))
    print(ordinary.table("ordinary words of the fourth classes corpus"))
    if "-v" in sys.argv:
        print("\n".join(fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
