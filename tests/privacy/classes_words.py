# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A words classes corpus (2026-12-02, issue 14, branch deidwords), written before any change
made for it: WORDS that name a person or a place but that the scanner's word judgement
passed on main ae1070c.

Classes (the planted kind says which):

- ``prefixed``: a lower-case prefix glued to a capitalised name or place: Bantu noun-class
  and locative prefixes (Zulu, Xhosa, Swahili, Shona, Sesotho, Ndebele), Irish initial
  mutations (eclipsis, t- and h-prothesis), Scottish Gaelic, Arabic and Hebrew articles and
  prepositions written joined, a Dutch or Italian particle written joined;
- ``capitals``: a family name in capitals with letters outside ASCII (Polish, Czech,
  Turkish, Latvian, Lithuanian, Hungarian, Romanian, Icelandic), a family name in capitals
  first in a pasted table, and the patient's initials in capitals where the recorded name
  gives them;
- ``name run``: a given name that is an ordinary word (a virtue, a weekday, a flower, a
  season) beside a family name or after a title, a relation word or a professional title
  of another language, or after a relation label and a colon;
- ``nickname``: a shortened form (head or tail of four letters or more) or a diminutive of
  the patient's recorded given name, in lower case (messages pasted in).

``TERMS`` is the over-redaction side: clinical mixed-case abbreviations, eponyms in use,
drug brands in capitals, capitalised clinical words at a sentence's start, short acronyms
of many languages (with diacritics and in other scripts), and ordinary words that begin or
end like the patient's recorded name, each in braces where it must survive.

Every person, place and number is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from caselog.privacy.patterns import words
from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


zu, xh, sw, sn, st, ga, gd, ar, he, pl, cs, tr, lv, lt, hu, ro, is_, en, es, pt, it, fr, de, nl = (
    partial(Note, x)
    for x in words("zu xh sw sn st ga gd ar he pl cs tr lv lt hu ro is en es pt it fr de nl")
)

WORDS: list[Patient] = [
    Patient(
        name="Nokuthula Zungu",
        mrn="KEH-55102",
        birth="1961-04-09",
        notes=[
            zu("UNokuthula uhlala eMlazi nomyeni wakhe; ubhuti wakhe uSibusiso umsiza."),
            en("Her sister said uNomvula brought the {furosemide} from kwaNdengezi on Friday."),
            en(
                "She was referred by the clinic in eMpumalanga township with {oedema} and {proteinuria 3.1 g/day}."
            ),
            zu("Umzukulu wakhe kaMandlakazi uyamvakashela njalo."),
            en("thula says she feels better after {haemodialysis}; nokuthu texted at night too."),
        ],
        planted=[
            ("name/prefixed zu u-", "Sibusiso"),
            ("name/prefixed zu u-", "Nomvula"),
            ("place/prefixed zu e-", "Mlazi"),
            ("place/prefixed zu kwa-", "Ndengezi"),
            ("place/prefixed zu e-", "Mpumalanga"),
            ("name/prefixed zu ka-", "Mandlakazi"),
            ("name/nickname tail lower", "thula"),
            ("name/nickname head lower", "nokuthu"),
            ("name/prefixed own name", "Nokuthula"),
        ],
    ),
    Patient(
        name="Lwazi Mthembu",
        mrn="LIV-30917",
        birth="1958-01-22",
        notes=[
            xh("ULwazi uhlala eQonce; unyana wakhe uLuyolo uyamnceda."),
            xh("Uvela kwaNobuhle, watshata noNtombizodwa."),
            en("Seen with his cousin waseGqeberha, who drives him from eCentane each week."),
            en("Signed off by LM after the {KDIGO} review; {eGFR} 18 mL/min/1.73 m²."),
        ],
        planted=[
            ("place/prefixed xh e-", "Qonce"),
            ("name/prefixed xh u-", "Luyolo"),
            ("place/prefixed xh kwa-", "Nobuhle"),
            ("name/prefixed xh no-", "Ntombizodwa"),
            ("place/prefixed xh wase-", "Gqeberha"),
            ("place/prefixed xh e-", "Centane"),
            ("name/prefixed own name", "Lwazi"),
            ("initials/recorded name", "by LM after"),
        ],
    ),
    Patient(
        name="Rehema Wanjiru",
        mrn="KNH-77310",
        birth="1949-11-30",
        notes=[
            sw("Mgonjwa anaishi kwaMutiso karibu na uwanja; mjukuu wake waKamau humleta."),
            en(
                "Her daughter from kaKiambu visits; her neighbour, a nurse of kiNyeri, checks the {blood pressure}."
            ),
            en("hema wrote that the {tacrolimus} level was 6.2 ng/mL; rehe sends her love."),
            en("Her son-in-law Sunday Odhiambo and her niece Mercy Achieng came on day 4."),
        ],
        planted=[
            ("place/prefixed sw kwa-", "Mutiso"),
            ("name/prefixed sw wa-", "Kamau"),
            ("place/prefixed sw ka-", "Kiambu"),
            ("place/prefixed sw ki-", "Nyeri"),
            ("name/nickname tail lower", "hema"),
            ("name/nickname head lower", "rehe"),
            ("name/name run weekday", "Sunday"),
            ("name/name run family", "Odhiambo"),
            ("name/name run virtue", "Mercy"),
            ("name/name run family", "Achieng"),
        ],
    ),
    Patient(
        name="Tatenda Chiweshe",
        mrn="PGH-41228",
        birth="1966-07-14",
        notes=[
            sn("Anogara kuMbare, mwanasikana wake vaRumbidzai anomuchengeta."),
            en("Her husband, known at church as baba vaTinotenda, drives from kuChitungwiza."),
            en(
                "Table pasted from the referral:\nCHIWESHE Tatenda | F | {CKD G4}\nPatience Moyo (sister) | contact"
            ),
            en("tenda asked whether {sevelamer} can be taken with meals."),
        ],
        planted=[
            ("place/prefixed sn ku-", "Mbare"),
            ("name/prefixed sn va-", "Rumbidzai"),
            ("name/prefixed sn va-", "Tinotenda"),
            ("place/prefixed sn ku-", "Chitungwiza"),
            ("name/name run virtue", "Patience"),
            ("name/name run family", "Moyo"),
            ("name/capitals own family first", "CHIWESHE"),
            ("name/nickname tail lower", "tenda"),
        ],
    ),
    Patient(
        name="Mpho Letsoalo",
        mrn="DGM-26174",
        birth="1971-03-03",
        notes=[
            st("O dula haMatsieng le monna wa hae, mme ngwana wa hae ke moRapelang."),
            en("Referred from leMaseru clinic; her brother-in-law Lucky Mokoena phoned."),
            en("Contact person: her aunt Blessing, and the pastor's wife Gift Nthabiseng."),
        ],
        planted=[
            ("place/prefixed st ha-", "Matsieng"),
            ("name/prefixed st mo-", "Rapelang"),
            ("place/prefixed st le-", "Maseru"),
            ("name/name run virtue", "Lucky"),
            ("name/name run family", "Mokoena"),
            ("name/name run virtue", "Blessing"),
            ("name/name run virtue", "Gift"),
            ("name/name run family", "Nthabiseng"),
        ],
    ),
    Patient(
        name="Siobhán Ní Dhonnchadha",
        mrn="UHG-81540",
        birth="1955-09-17",
        notes=[
            ga("Tá sí ina cónaí i gCorr na Móna lena fear céile, Peadar Ó hEadhra."),
            ga("Rugadh í i bPort Láirge."),
            en("Her brother lives i dTuaim; her niece works in Gort."),
            en("She was reviewed by Sister Ruth Ní Bhriain; {cinacalcet} was started."),
            en("siobh texted that the {fistula} thrill was fine."),
        ],
        planted=[
            ("place/prefixed ga eclipsis", "Corr"),
            ("name/prefixed ga h-", "Eadhra"),
            ("name/name run after relation", "Peadar"),
            ("place/prefixed ga eclipsis", "Port Láirge"),
            ("place/prefixed ga eclipsis", "Tuaim"),
            ("name/name run after Sister", "Ruth"),
            ("name/prefixed ga lenition", "Bhriain"),
            ("name/nickname head lower", "siobh"),
            ("place/other", "Gort"),
        ],
    ),
    Patient(
        name="Morag MacLeòid",
        mrn="RAI-62089",
        birth="1950-02-11",
        notes=[
            gd("Tha i a' fuireach an Steòrnabhagh, agus tha a mac Calum a' fuireach an Glaschu."),
            en("Her sister lives a-mach à Barraigh; their cousin is Iain mac Dhòmhnaill."),
            en("She came from a' Bhaile Ùir with her grandson, whom she calls Summer."),
            en("MM initialled the {fluid balance} chart."),
        ],
        planted=[
            ("place/other", "Steòrnabhagh"),
            ("name/other", "Calum"),
            ("place/other", "Glaschu"),
            ("place/prefixed gd", "Barraigh"),
            ("name/other", "Iain"),
            ("name/prefixed gd lenition", "Dhòmhnaill"),
            ("place/prefixed gd lenition", "Bhaile Ùir"),
            ("name/name run season", "Summer"),
            ("initials/recorded name", "MM initialled"),
        ],
    ),
    Patient(
        name="Yasmin Haddad",
        mrn="AUB-40311",
        birth="1963-06-28",
        notes=[
            en("She moved from alMansoura to the city; her uncle is known as abuKhalil."),
            fr("Sa fille habite elQatif et son frère travaille à l'hôpital d'alHasakah."),
            en("The family name is written wal-Rifai on the card and bilKhoury in the letter."),
            en("She says the {cinacalcet} upset her stomach."),
        ],
        planted=[
            ("place/prefixed ar al-", "Mansoura"),
            ("name/prefixed ar abu-", "Khalil"),
            ("place/prefixed ar el-", "Qatif"),
            ("place/prefixed ar al-", "Hasakah"),
            ("name/prefixed ar bil-", "Khoury"),
        ],
    ),
    Patient(
        name="Naama Rosenthal",
        mrn="SHB-90125",
        birth="1957-12-05",
        notes=[
            en("She lives beKiryat Tivon; her father was haRav Eliezer of miBnei Brak."),
            he("Her son works leYokneam every day, and her daughter is from veHadera."),
            en("The rabbi's wife, Rabbanit Tova Sheinfeld, visits on Tuesdays."),
        ],
        planted=[
            ("place/prefixed he be-", "Kiryat"),
            ("place/other", "Tivon"),
            ("name/name run after haRav", "Eliezer"),
            ("place/prefixed he mi-", "Bnei Brak"),
            ("place/prefixed he le-", "Yokneam"),
            ("place/prefixed he ve-", "Hadera"),
            ("name/name run after title", "Tova"),
            ("name/name run family", "Sheinfeld"),
        ],
    ),
    Patient(
        name="Grażyna Łukasiewicz",
        mrn="WSS-18823",
        birth="1948-05-19",
        notes=[
            pl(
                "Lista z oddziału:\nŁUKASIEWICZ Grażyna, {PChN} G5, {HD} 3x/tydz.\nWĄSIK Żaneta – córka, kontakt."
            ),
            pl("Opiekuje się nią sąsiadka Wiara Kordecka, a receptę wystawiła farm. Róża Ziółko."),
            pl("graży pisze, że {ciśnienie} było 150/90; grażynka czuje się lepiej."),
            pl("Podpisał GŁ po {dializie}."),
        ],
        planted=[
            ("name/capitals diacritic", "WĄSIK"),
            ("name/capitals diacritic", "Żaneta"),
            ("name/name run virtue", "Wiara"),
            ("name/name run family", "Kordecka"),
            ("name/capitals own family first", "ŁUKASIEWICZ"),
            ("name/name run flower", "Róża"),
            ("name/name run family", "Ziółko"),
            ("name/nickname head lower", "graży"),
            ("name/nickname diminutive lower", "grażynka"),
            ("initials/recorded name", "GŁ po"),
        ],
    ),
    Patient(
        name="Květoslava Dvořáčková",
        mrn="FNB-50177",
        birth="1952-08-08",
        notes=[
            cs("Seznam pacientů:\nDVOŘÁČKOVÁ Květoslava – {CKD} 5D\nŠŤASTNÝ Bořek – manžel"),
            cs("Léky vydala PharmDr. Naděje Kubů; dcera Radost Pešková ji navštěvuje."),
            cs("květa volala, že má {otoky}; slávka přijde zítra."),
        ],
        planted=[
            ("name/capitals diacritic", "ŠŤASTNÝ"),
            ("name/capitals family first", "Bořek"),
            ("name/name run after PharmDr.", "Naděje"),
            ("name/name run family", "Kubů"),
            ("name/name run virtue", "Radost"),
            ("name/name run family", "Pešková"),
            ("name/nickname head lower", "květa"),
            ("name/nickname diminutive lower", "slávka"),
        ],
    ),
    Patient(
        name="Gülizar Öztürk",
        mrn="ACB-30455",
        birth="1950-10-10",
        notes=[
            tr("Hasta listesi:\nÖZTÜRK Gülizar – {KBH} evre 5\nKILIÇ Şükrü – eşi, iletişim"),
            tr("Komşusu Umut Aydın ve Ecz. Barış Tunç ilaçları getirdi."),
            tr("gülü mesaj attı, {tansiyon} iyiymiş; güliz de selam söyledi."),
        ],
        planted=[
            ("name/capitals diacritic", "KILIÇ"),
            ("name/capitals family first", "Şükrü"),
            ("name/name run virtue", "Umut"),
            ("name/name run after Ecz.", "Barış"),
            ("name/name run family", "Aydın"),
            ("name/name run family", "Tunç"),
            ("name/nickname diminutive lower", "gülü"),
            ("name/nickname head lower", "güliz"),
        ],
    ),
    Patient(
        name="Ausma Bērziņa",
        mrn="PSKUS-21093",
        birth="1953-01-31",
        notes=[
            lv("Saraksts:\nBĒRZIŅA Ausma – {HNS} 5. stadija\nĶĒNIŅŠ Jānis – dēls"),
            lt("Kaimynė ŽUKĖ Rūta ir vaistininkė Gėlė Šimkutė atnešė vaistų."),
            lv("ausmiņa rakstīja, ka {spiediens} ir labāks."),
            en("AB signed the {consent} form on day 2."),
        ],
        planted=[
            ("name/capitals diacritic", "ĶĒNIŅŠ"),
            ("name/capitals family first", "Jānis"),
            ("name/capitals diacritic", "ŽUKĖ"),
            ("name/capitals family first", "Rūta"),
            ("name/name run flower", "Gėlė"),
            ("name/name run family", "Šimkutė"),
            ("name/nickname diminutive lower", "ausmiņa"),
            ("initials/recorded name", "AB signed"),
        ],
    ),
    Patient(
        name="Piroska Szűcs",
        mrn="SOTE-44719",
        birth="1947-04-04",
        notes=[
            hu("Betegnévsor:\nSZŰCS Piroska – {CKD} 5\nGÁL Ödön – férje"),
            hu("A szomszéd, Remény Tóth és gyógyszerész Virág Kiss segít neki."),
            hu("piri írta, hogy a {vérnyomás} jobb; piroskám is köszön."),
        ],
        planted=[
            ("name/capitals diacritic", "GÁL"),
            ("name/capitals family first", "Ödön"),
            ("name/name run virtue", "Remény"),
            ("name/name run flower", "Virág"),
            ("name/name run family", "Tóth"),
            ("name/name run family", "Kiss"),
            ("name/nickname diminutive lower", "piri"),
            ("name/nickname inflected lower", "piroskám"),
        ],
    ),
    Patient(
        name="Ileana Munteanu",
        mrn="SCUB-36102",
        birth="1959-03-12",
        notes=[
            ro("Lista:\nMUNTEANU Ileana – {BCR} stadiul 5\nȚÎRLEA Ștefan – fiul"),
            ro("Vecina Speranța Pop și farm. Floare Ionescu îi aduc medicamentele."),
            ro("ileanuța a scris că {tensiunea} e bună; leana vine mâine."),
        ],
        planted=[
            ("name/capitals diacritic", "ȚÎRLEA"),
            ("name/capitals family first", "Ștefan"),
            ("name/name run virtue", "Speranța"),
            ("name/name run flower", "Floare"),
            ("name/name run family", "Pop"),
            ("name/name run family", "Ionescu"),
            ("name/nickname diminutive lower", "ileanuța"),
            ("name/nickname tail lower", "leana"),
        ],
    ),
    Patient(
        name="Þórunn Jóhannsdóttir",
        mrn="LSH-12988",
        birth="1951-07-07",
        notes=[
            is_("Listi:\nJÓHANNSDÓTTIR Þórunn – {CKD} 4\nÓLAFSSON Hlýr – sonur"),
            en("Her granddaughter Sólveig Dögg and the pharmacist, Pharm. Blær, visited."),
            en("She messaged that the {potassium} was 5.1 mmol/L."),
        ],
        planted=[
            ("name/capitals diacritic", "ÓLAFSSON"),
            ("name/capitals family first", "Hlýr"),
            ("name/name run after Pharm.", "Blær"),
            ("name/name run after relation", "Sólveig Dögg"),
        ],
    ),
    Patient(
        name="Dolores Ibarra",
        mrn="HUC-55610",
        birth="1962-02-02",
        notes=[
            es("La Lic. Esperanza Ruiz y la Hna. Consuelo la acompañan; su hijo Amado llamó."),
            es("Hija: Paz. Nieta: Alegría. Vecina: Luz Marina Téllez."),
            es("doloritas escribió que el {dolor} lumbar sigue; dolo manda saludos."),
            es("Firmado por DI tras la {hemodiálisis}."),
        ],
        planted=[
            ("name/name run after Lic.", "Esperanza"),
            ("name/name run after Hna.", "Consuelo"),
            ("name/name run after relation", "Amado"),
            ("name/name run after label", "Paz"),
            ("name/name run after label", "Alegría"),
            ("name/name run after label", "Luz Marina"),
            ("name/nickname head lower", "dolo"),
            ("name/nickname diminutive lower", "doloritas"),
            ("name/name run family", "Ruiz"),
            ("name/name run family", "Téllez"),
            ("initials/recorded name", "por DI tras"),
        ],
    ),
    Patient(
        name="Conceição Bragança",
        mrn="HSJ-70134",
        birth="1956-06-06",
        notes=[
            pt("A vizinha Graça Ferreira e a Irmã Glória visitam-na; o neto chama-se Vitória."),
            pt("Filha: Fé. Genro: Amadeu Prata."),
            pt("conceiçãozinha mandou mensagem: a {tensão arterial} está boa."),
        ],
        planted=[
            ("name/name run virtue", "Graça"),
            ("name/name run after Irmã", "Glória"),
            ("name/name run after relation", "Vitória"),
            ("name/name run after label", "Amadeu"),
            ("name/name run family", "Ferreira"),
            ("name/name run family", "Prata"),
            ("name/nickname diminutive lower", "conceiçãozinha"),
        ],
    ),
    Patient(
        name="Benvenuta Caruso",
        mrn="AOUP-44022",
        birth="1946-09-09",
        notes=[
            it(
                "La badante Fortuna Esposito e Suor Letizia la seguono; il nipote si chiama Sereno."
            ),
            it("Il farmaco lo porta la dott.ssa Serena Gatti, e fra Costante la benedice."),
            it("venuta scrive che la {pressione} è buona; benve saluta tutti."),
        ],
        planted=[
            ("name/name run virtue", "Fortuna"),
            ("name/name run after Suor", "Letizia"),
            ("name/name run after relation", "Sereno"),
            ("name/name run after fra", "Costante"),
            ("name/nickname tail lower", "venuta"),
            ("name/nickname head lower", "benve"),
            ("name/name run family", "Esposito"),
            ("name/name run family", "Gatti"),
            ("name/name run after dott.ssa", "Serena"),
        ],
    ),
    Patient(
        name="Gisèle Beaumont",
        mrn="CHU-90311",
        birth="1954-12-12",
        notes=[
            fr("Sa voisine Patience Adjovi et Sœur Bienvenue passent chaque jour."),
            fr("Fille : Victoire. Petit-fils : Désiré Kouassi."),
            fr("Elle écrit que la {tension} va mieux."),
        ],
        planted=[
            ("name/name run virtue", "Patience"),
            ("name/name run after Sœur", "Bienvenue"),
            ("name/name run after label", "Victoire"),
            ("name/name run after label", "Désiré"),
            ("name/name run family", "Adjovi"),
            ("name/name run family", "Kouassi"),
        ],
    ),
    Patient(
        name="Wilhelmina deGraaf",
        mrn="UMCG-61770",
        birth="1949-05-05",
        notes=[
            nl("Haar buurvrouw Roos vanDijk en zuster Lente Mulder helpen haar."),
            nl("Dochter: Hoop. Kleinzoon: Zomer Bakker."),
            nl("mina appte dat de {bloeddruk} goed is."),
        ],
        planted=[
            ("name/prefixed nl van", "Dijk"),
            ("name/name run flower", "Roos"),
            ("name/name run after zuster", "Lente"),
            ("name/name run after label", "Hoop"),
            ("name/name run after label", "Zomer"),
            ("name/nickname tail lower", "mina"),
            ("name/name run family", "Mulder"),
            ("name/name run family", "Bakker"),
        ],
    ),
    Patient(
        name="Friederike Lindqvist",
        mrn="CHA-20813",
        birth="1950-03-21",
        notes=[
            de("Die Nachbarin Hoffnung Bauer und Apothekerin Heide Brandt kommen täglich."),
            de("Tochter: Sonja. Enkel: Winter Frank. Gez. FL"),
            de("rike schrieb, dass der {Blutdruck} gut ist; friedi kommt morgen."),
        ],
        planted=[
            ("name/name run virtue", "Hoffnung"),
            ("name/name run after Apothekerin", "Heide"),
            ("name/name run after label", "Sonja"),
            ("name/name run season", "Winter"),
            ("name/nickname tail lower", "rike"),
            ("initials/recorded name", "Gez. FL"),
            ("name/name run family", "Bauer"),
            ("name/name run family", "Brandt"),
            ("name/name run family", "Frank"),
            ("name/nickname diminutive lower", "friedi"),
        ],
    ),
]

# The over-redaction side: clinical content that must survive, each term in braces, in
# notes of patients whose recorded names begin or end like ordinary words of the notes'
# languages (a shortened name must not take them).
TERMS: list[Patient] = [
    Patient(
        name="Dolores Pilar Marín",
        mrn="HGM-10001",
        birth="1960-01-01",
        notes=[
            es(
                "{TFGe} 22 mL/min; la {DFG} bajó y la {ERC} progresa según {KDIGO}; tuvo {IRA} en 2021."
            ),
            es(
                "El {dolor} cedió con {paracetamol}; la {pila} del {marcapasos} se cambió; {olores} normales."
            ),
            es("{ADVAGRAF} 3 mg y {MIRCERA} 50 µg; {CAPD} antes, ahora {HD}."),
            es("{Insuficiencia} renal crónica; {Síndrome} de {Alport} descartado."),
        ],
    ),
    Patient(
        name="Natalia Valentina Rosa",
        mrn="HGM-10002",
        birth="1960-01-01",
        notes=[
            en("{eGFR} 24, {uACR} 310 mg/g, {iPTH} 410 pg/mL, {pH} 7.31, {dsDNA} negative."),
            en(
                "{mRNA} of {sFlt-1} was high; {mTOR} inhibitor and {cGMP} were discussed; {aHUS} excluded."
            ),
            en(
                "{Antenatal} scans were normal; the {natal} history and {rosacea} were noted; {valentine} cards."
            ),
            en("{hCG} negative; {nPCR} 1.1; {qSOFA} 1; {aPTT} 31 s; {cfDNA} sent; {proBNP} 900."),
            en(
                "{AKI} on {CKD}; {APD} overnight; {PD} peritonitis; {CNI} toxicity; {KDIGO} stage 3."
            ),
            en("{PROGRAF} and {CELLCEPT} were stopped; {ARANESP} and {FOSRENOL} were continued."),
            en(
                "{Kimmelstiel-Wilson} nodules; {Bowman} capsule; {Henle} loop; {Tamm-Horsfall} protein."
            ),
        ],
    ),
    Patient(
        name="Kornelia Hendrika Maas",
        mrn="UMC-10003",
        birth="1960-01-01",
        notes=[
            nl("{NLZ} en {eGFR} 18; {HD} via {AV-fistel}; {CAPD} eerder gestopt."),
            nl("{Nierinsufficiëntie} stadium 4; {Hypertensie} goed ingesteld."),
            de("{Niereninsuffizienz} mit {eGFR} 19; {ANV} im Vorjahr; {CNI} reduziert."),
            de("{Glomerulonephritis} bestätigt; {Mycophenolat} und {ENVARSUS} weiter."),
            fr("{DFG} 21; {IRC} stade 4; {IRA} en 2020; {ADVAGRAF} 4 mg; {DP} continue."),
            it("{IRC} e {VFG} 20; {ERC} secondo {KDIGO}; {DP} notturna."),
            pt("{DRC} estádio 4; {TFG} 19; {LRA} prévia; {DP} e {HD} discutidas."),
        ],
    ),
    Patient(
        name="Dagmar Šárka Hronková",
        mrn="FN-10004",
        birth="1960-01-01",
        notes=[
            cs("Hlášeno {SÚKL}; data z {ÚZIS}; {CKD} G4, {eGFR} 21; {HD} 3x týdně."),
            hu("Bejelentve az {OGYÉI} felé; {ÁNTSZ} értesítve; {eGFR} 18."),
            tr("{SGK} raporu; {KBH} evre 4; {GFR} 20; {HD} planlandı."),
            de("Die {ÖGK} zahlt; {TÜV} geprüft; {ÄK} informiert; {eGFR} 17."),
            pl("{PChN} w stadium 4; {eGFR} 20; {ŁZS} wykluczono; {HD} od roku."),
            en(
                "Russian letter: {ХБП} С4, {СКФ} 22; Greek letter: {ΧΝΝ} σταδίου 4, {ΜΕΘ} admission."
            ),
        ],
    ),
    Patient(
        name="Marisol Ortega",
        mrn="HGM-10005",
        birth="1960-01-01",
        notes=[
            en("{Hyperkalaemia} on day 2. {Metformin} was stopped. {Tacrolimus} trough 7 ng/mL."),
            en("{Goodpasture} disease and {Fabry} disease were excluded; {Wegener} is now {GPA}."),
            en(
                "{Doppler} showed patent vessels; {Foley} catheter removed; {Tenckhoff} catheter in place."
            ),
            en("{L2-L3} and {C5/C6} levels; {Schwartz} formula; {CKD-EPI} equation; {MDRD}."),
            en("The {eHealth} portal and the {iPad} were used for the {mHealth} visit."),
        ],
    ),
]


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    return measure([entry(p) for p in WORDS + TERMS]), measure_ordinary(WORDS + TERMS)


def by_class(fig: Figures) -> dict[str, tuple[int, int]]:
    """Planted and leaked by class (the kind's part after its first word: "prefixed",
    "capitals", "name run", "nickname", "recorded name")."""
    out: dict[str, tuple[int, int]] = {}
    for kind, n in fig.planted.items():
        cls = _class_of(kind)
        planted, leaked = out.get(cls, (0, 0))
        out[cls] = (planted + n, leaked + fig.leaked[kind])
    return out


def _class_of(kind: str) -> str:
    tail = kind.split("/", 1)[1]
    for cls in ("prefixed", "capitals", "name run", "nickname", "recorded name"):
        if tail.startswith(cls):
            return cls
    return tail


if __name__ == "__main__":
    import sys

    fig, ordinary = figures()
    print(fig.table("words classes corpus (tests/privacy/classes_words.py)"))
    for cls, (n, k) in sorted(by_class(fig).items()):
        print(f"  class {cls:16} {k}/{n} survive")
    print(ordinary.table("ordinary words of the words classes corpus"))
    if "-v" in sys.argv:
        print("\n".join(fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
