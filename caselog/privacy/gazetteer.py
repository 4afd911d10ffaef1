"""Word lists of identifier classes in many languages (issue 14's leak side): holidays and
name days, weekday and month names, age words, the words for tattoos, scars and
birthmarks, nickname cues, place prepositions, address and identity-number labels, the
titles before a clinician's name, and the letters of each language's alphabet.

Every word is written as ``normalize`` reads text: accents stripped, lower case ("ł", "ı",
"ø", "đ" read as "l", "i", "o", "d"). The lists name classes, not a corpus's strings: each
holds the words of the class in the languages caselog's users write, so that an unseen
note's "Ostermontag" or "sankthansaften" is a date like "Easter Monday".
"""

from __future__ import annotations

from caselog.privacy.calendar_words import ascii_forms
from caselog.privacy.patterns import MONTHS as _ENGLISH_MONTHS
from caselog.privacy.patterns import words

# -- dates ----------------------------------------------------------------------------------

# Holidays, feasts and name days (one word or a fixed phrase, folded). A compound that
# begins with one of ``HOLIDAY_ROOTS`` is a holiday too ("Faschingsdienstag",
# "midsommarafton", "juhannuksena", "Ostermontag").
HOLIDAY_PHRASES = words(
    """
    allerheiligen allerseelen aschermittwoch fronleichnam himmelfahrt rosenmontag
    fastnacht fasching karneval nikolaustag pfingstmontag ostermontag ostersonntag
    karfreitag grundonnerstag heiligabend silvesterabend neujahr
    hemelvaart pinksteren oudejaarsavond oudjaar kerstavond kerstdag paasmaandag
    goede_vrijdag bevrijdingsdag
    pasquetta befana epifania ognissanti carnevale capodanno natale pasqua
    carnaval pascoa entrudo
    rusalii craciun boboteaza sanziene
    badnjak bozic uskrs tijelovo
    stedry_den stedry_vecer velikonoce vanoce silvestr
    wigilia wigilie wigilii wielkanoc andrzejki imieniny dyngus
    karacsony husvet punkosd nevnap
    nimipaiva itsenaisyyspaiva
    bayrami bayram nevruz
    namnsdag navnedag namenstag onomastico onomastica imendan meniny
    paques pentecote chandeleur
    nochebuena nochevieja semana_santa fiestas_patrias
    sinterklaas koningsdag
    passover purim ramadan vesak holi
    diada tet homowo sinulog diwali deepavali hanukkah chanukah thanksgiving eid vesak
    onam pongal navratri dussehra nowruz songkran obon kwanzaa juneteenth waitangi anzac
    mnarja imnarja hogmanay samhain walpurgis sankranti lohri baisakhi vaisakhi ugadi
    bihu chuseok seollal losar timkat meskel yennayer mawlid ashura yom_kippur sukkot
    shavuot rosh_hashanah inti_raymi odwira aboakyir hogbetsotso panafest kwahu
    ati-atihan panagbenga pahiyas maskara dinagyang kadayawan
        """
)
HOLIDAY_ROOTS = words(
    """
    midsommar midsomer midtsommer sankthans jul julaften juleaften julafton nyars nytars
    nyttars pask paske paaske grunnlovsdag nationaldag nasjonaldag valborg
    juhannu joulu vappu paasiais
    weihnacht oster pfingst fasching silvester
    kerst paas pinkster
    """
)
# Fixed phrases of several words (folded, one space), read as dates.
HOLIDAY_MULTI = (
    "dia de reis",
    "dia de los muertos",
    "dia de todos los santos",
    "todos os santos",
    "todos los santos",
    "sao joao",
    "semana santa",
    "fiestas patrias",
    "stedry den",
    "stedry vecer",
    "stedry den",
    "boze narodzenie",
    "bozego narodzenia",
    "wszystkich swietych",
    "tlusty czwartek",
    "kurban bayrami",
    "ramazan bayrami",
    "seker bayrami",
    "cumhuriyet bayrami",
    "mardi gras",
    "tweede kerstdag",
    "goede vrijdag",
    "lundi de paques",
    "vendredi saint",
    "name day",
    "name-day",
    "ziua onomastica",
    "all saints",
    "all souls",
    "fourth of july",
    "lunar new year",
    "chinese new year",
    "hari raya",
    "dia de muertos",
    "presernov dan",
    "dan drzavnosti",
    "dan reformacije",
    "dan upora",
    "dita e veres",
    "diten e veres",
    "dita e pavaresise",
    "santa marija",
    "sant joan",
    "sant jordi",
    "nit de sant joan",
    "la merce",
    "dia das letras galegas",
    "simbang gabi",
    "araw ng kalayaan",
    "eid al-fitr",
    "eid al-adha",
    "eid ul-fitr",
    "eid ul-adha",
    "tet nguyen dan",
    "trung thu",
    "gwyl dewi",
    "dydd gwyl dewi",
    "nos galan",
    "dia de la independencia",
    "dia de la candelaria",
    "dia de reyes",
    "noche de san juan",
    "sette giugno",
    "jamhuri",
    "madaraka",
    "mashujaa",
)
# A capitalised word before one of these is a holiday ("Shrove Tuesday", "Freedom Day",
# "Burns Night", "Midsummer Eve"), unless a digit follows ("Day 5") or it is clinical.
HOLIDAY_HEADS = words("day eve night tuesday monday thursday wednesday friday sunday saturday")
# Capitalised words before "Day" that make no holiday ("Hospital Day 3", "Study Day").
NOT_HOLIDAY = words(
    """
    hospital study treatment dialysis post operative postoperative admission discharge
    clinic same each every first last next following one two three that this the a an
    per one-day half full whole working school sick on last next every by until since
    from till this before after early late previous
    """
)

# Weekday names with their compounds and inflections, by stem: "dinsdagavond",
# "tirsdagaften", "onsdagskveld", "Dienstagabend", "tiistaina", "kedden", "martea".
WEEKDAY_STEMS = words(
    """
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    mandag tirsdag tisdag onsdag torsdag fredag lordag sondag
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
    ponedjeljak ponedjeljkom utorak utorkom srijeda srijedu srijedom cetvrtak cetvrtkom
    petak petkom subota subotom nedjelja nedjeljom
    pondelok pondeli utorok utery streda stredu stvrtok ctvrtek piatok patek nedela
    nedele nedeli
    hetfo kedd szerda csutortok pentek szombat vasarnap
    luni marti miercuri vineri sambata duminica lunea martea miercurea joia vinerea
    """
)
# Parts of the day a weekday compound may end in (Dutch, German, Scandinavian, Finnish).
DAY_PARTS = words(
    """
    avond ochtend middag nacht morgen namiddag voormiddag
    abend morgen mittag nachmittag vormittag nacht abends morgens nachts
    aften aftens morgen morgenen eftermiddag formiddag nat natt kveld kvelden kvall
    kvallen morgon morgonen afton
    aamu aamuna ilta iltana iltapaiva iltapaivana na
    """
)

# Month names of every language but English in Latin letters, in the forms a date writes
# them (genitive and case forms included): ``calendar_words``'s one list. English months
# ("may", "march") are ``patterns``'s, read with a day or a year only.
MONTH_WORDS = tuple(w for w in ascii_forms("months") if len(w) >= 4 and w not in _ENGLISH_MONTHS)
ROMAN_MONTHS = words("i ii iii iv v vi vii viii ix x xi xii")
# English ordinals written as words, for "the fourth of March", "May the twenty-third".
_ORDINAL_ONES = words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth"
)
ORDINAL_DAYS = _ORDINAL_ONES + tuple(
    f"{tens}{sep}{one}"
    for tens in ("twenty", "thirty")
    for sep in ("-", " ")
    for one in _ORDINAL_ONES[:9]
    if tens == "twenty" or one == "first"
)

# -- ages -----------------------------------------------------------------------------------

# Words after an age ("93 år", "94 de ani", "92 godine", "93 éves", "95 anos", "91 lat").
AGE_AFTER = words(
    """
    ar aar aars gammel gamle gammal jahre jahren jahrig jahrige jahriger jahrigen jaar
    jarige ans annees anos anni ani lat let lata roku rokov roky rocna rocny rocnej
    rocneho godina godine godinu godisnja godisnji godisnjak godisnjakinja eves
    vuotias vuotiaana ara yasinda yasindaki yas yasli letni letnia letniego letniej
    arig ariga arige arigt aring aaring
    """
)
# Words before an age that mean "turned" or "aged" ("fyllde 93", "ha compiuto 96",
# "w wieku 93", "im Alter von 91", "în vârstă de 94").
AGE_BEFORE = words(
    """
    turned turns turning celebrated fyllde fyller fylte fyller fyldte fylder wurde
    feierte vierde werd skonczyla skonczyl ukonczyla ukonczyl cumplio cumple compiuto
    compie completou completa fez implinit implineste navrsila navrsio navrsava
    oslavila oslavil dovrsila betoltotte taytti tayttaa vard wieku alter edad eta
    idade varsta vijeku veku lat
    """
)
# Age words that are over 89 in themselves.
OLD_AGE_WORDS = words(
    """
    ninetieth hundredth nonagenarian nonagenaria nonagenario nonagenaire novantenne
    centenaria centenario centenaire centenarian
    """
)
_NINETY_ONES = words("first second third fourth fifth sixth seventh eighth ninth")
OLD_ORDINALS = tuple(f"ninety{sep}{one}" for sep in ("-", " ") for one in _NINETY_ONES)
# "tenth decade", "eleventh decade" (of life): 90 and over.
OLD_DECADES = words("tenth eleventh")

# -- unique features ------------------------------------------------------------------------

TATTOO_WORDS = words(
    """
    tattoo tattoos tattooed tatouage tatouages tatowierung tatowierungen tatuaje tatuajes
    tatuaggio tatuaggi tatuagem tatuagens tatoeage tatoeages tatoeering tatuaz tatuazu
    tatuazem tatuaze tatuering tatueringen tatovering tatoveringen dovme dovmesi
    dovmeler tetovani tetovanie tetovaza tetovazu tetovalas tatuointi tatuaj tatuajul
    piercing piercings
    tetovaza tetovazo tetovaze tetovazi tatuatge tatuatges tatuaxe tatuaxes tatw tatws
    tatwagg tatwaggi tatuazh tatuazhi xam hinh_xam tattoo_ng tatoo tatuu
    taznamenje tatoazy tatoaz tato tatau ta_moko moko_kauae
    birthmark birthmarks geburtsmal feuermal wijnvlek fodelsemarke fodselsmerke
    modermærke anyajegy syntymamerkki madez
    """
)
TATTOO_PHRASES = (
    "materino znamenje",
    "taca de naixement",
    "marca de nacemento",
    "nod geni",
    "alama ya kuzaliwa",
    "alama ya kuchomwa",
    "alama ya kuungua",
    "ila oju",
    "ila enu",
    "ila abaja",
    "shenje lindje",
    "vet bot",
    "port wine stain",
    "port-wine stain",
    "tache de naissance",
    "tache de vin",
    "marca de nacimiento",
    "mancha de nacimiento",
    "sinal de nascenca",
    "semn din nastere",
    "dogum lekesi",
    "materske znamienko",
    "materske znamenko",
)
SCAR_WORDS = words(
    """
    scar scars cicatrice cicatrices narbe narben cicatriz cicatrizes litteken blizna
    blizne blizny arr arret oziljak oziljka jizva jazva heg arpi
    brazgotina brazgotino cicatriu cicatrius craith creithiau cikatrici peklat kovu
    plage shenje seo vet_seo makovu lunar lunares chale muttermal muttermale holatra
    """
)
# Words in the same clause after a scar word that make it a description, not a finding:
# a shape, a letter, a bite, a size ("cicatrice a forma di stella", "ožiljak u obliku
# slova V", "arr formet som en halvmåne", "a scar from a dog bite").
SCAR_CUES = words(
    """
    shaped shape letter bite forme forma form formet formad formede vorm
    ksztalcie tvaru tvare obliku formig formige alaku muotoinen seklinde lettre letra
    lettera buchstaben litery slova pismena bitt bett biss morsure mordedura morso beet
    ugryzieniu ugriz kousnuti harapas
    horn horns fire burn burns knife machete fight accident dog cow carabao bull
    creu croix cruz cross star estrella heart corazon coracao cor cuore srce
    oblika obliki siap kama umbo forme neno hinh nyoka simba nyota msalaba moyo
    herzform sternform kreuzform halbmondform
    """
)

# -- names ----------------------------------------------------------------------------------

# Verbs and phrases after which a capitalised word is what someone is called ("kaldes
# Mormor Bitte", "la chiamano tutti Pina", "poreclită Lulu", "conhecida como Ção").
NICKNAME_CUES = words(
    """
    called calls nicknamed nickname kaldes kaldet kalder kalles kalt kaller kallas
    kallad kallade kallar noemt noemen genannt nennt nennen appelle appellent surnomme
    surnommee surnom llaman llama apodado apodada apodo chiamano chiama chiamata chiamato
    detta detto soprannome chamam chamada chamado apelido poreclita poreclit porecla
    zvana zvan zovu zove volaju vola prezyvana prezyvany prezyvaju zwana zwany nazywana
    nazywaja rikaji rika hivjak becezik kutsutaan kutsuvat alias
    """
)
# "Named", "by the name of", "whose name is" before a name, in many languages (English
# "named" is ``world``'s, with "her name is"): German (namens, mit dem Namen), French
# (nommé, prénommée, du nom de), Spanish (llamado, de nombre), Portuguese (de nome),
# Italian (di nome), Dutch (genaamd, met de naam), Scandinavian (som heter, vid namn, ved
# navn), Polish (o imieniu), Czech and Slovak (jménem, menom), Croatian and Serbian (po
# imenu, imenom), Romanian (pe nume, numit), Finnish (nimeltä), Indonesian and Malay
# (bernama), Swahili (aitwaye, anayeitwa, jina lake ni), Greek (ονόματι, με το όνομα),
# Russian, Ukrainian and Bulgarian (по имени, на ім'я, на име, наречен, наречена), Hebrew
# (בשם).
NAMED_CUES = words(
    """
    namens mit_dem_namen mit_namen nomme nommee nommé nommée prenomme prenommee
    prénommé prénommée du_nom_de de_nombre llamado llamada de_nome di_nome genaamd
    met_de_naam som_heter vid_namn ved_navn o_imieniu imieniem jmenem jménem menom
    po_imenu imenom pe_nume numit numita numită nimelta
    nimeltä bernama aitwaye anayeitwa jina_lake_ni ονόματι ονοματι με_το_όνομα по_имени
    на_ім'я на_име наречен наречена בשם
    """
)
# A speaker's own name after "I am" (a message, a phone call: "Hello doctor, I am Hope,
# her daughter"), in the first person only ("this is", "c'est" also lead to things):
# English, Papiamentu (ami ta, mi ta, mi nòmber ta), Mauritian and Seychellois Creole (mo
# apel, mo nom), Haitian Creole (mwen rele, mwen se, m rele), French (je suis, je
# m'appelle, moi c'est), Spanish (soy, me llamo, yo soy), Portuguese (sou, eu sou, me
# chamo), Italian (mi chiamo, io sono), German (ich bin, ich heiße), Dutch (ik ben, ik
# heet), Afrikaans (ek is), Swahili (mimi ni, naitwa), Tagalog (ako si), Indonesian and
# Malay (nama saya), Polish (jestem, mam na imię). A German noun has its capital too: a
# German cue's word is a name only when it is no German word ("ich bin Rentnerin").
SELF_CUES = words(
    """
    i_am i'm i’m my_name_is ami_ta mi_ta mi_nòmber_ta mi_nomber_ta mo_apel mo_nom
    mwen_rele mwen_se m_rele je_suis je_m'appelle je_m’appelle moi_c'est moi_c’est soy
    yo_soy me_llamo sou eu_sou me_chamo mi_chiamo io_sono ik_ben ik_heet ek_is mimi_ni
    naitwa ako_si nama_saya jestem mam_na_imię
    """
)
SELF_CUES_DE = words("ich_bin ich_heiße ich_heisse")

# Words before a maiden or birth name, which may be any word of a language ("geb.
# Fisher", "szül. Hunter"): French née, German geb. and geborene, Polish z domu, Czech and
# Slovak rozená, Hungarian szül. and született, Portuguese, Spanish and Italian nascida,
# nacida, nata, Scandinavian född, født, Finnish o.s., Romanian născută, Serbian and
# Croatian rođena, Russian and Ukrainian урождённая, уроджена, Turkish kızlık soyadı, and
# the labels "maiden name", "birth name", "nom de jeune fille", "apellido de soltera",
# "geboortenaam", "meisjesnaam".
MAIDEN_CUES = words(
    """
    née nee geb geborene geborne z_domu rozena rozená rodená szül szul született szuletett
    nascida nacida nata född fodd født fodt o.s. nascuta născută rodjena rođena urodzona
    урождённая урожденная урожд уроджена рођена kızlık_soyadı kizlik_soyadi
    maiden_name birth_name née_name nom_de_jeune_fille apellido_de_soltera
    nome_de_solteira cognome_da_nubile geboortenaam meisjesnaam geburtsname
    """
)
# Honorifics written after a name, with a case ending in Hungarian ("Marika néninek",
# "Jóska bácsival"): Hungarian néni, bácsi; Turkish teyze, amca, abla, ağabey, abi, hoca;
# Persian and Dari khanum, agha, jan; South Asian bhai, behen, didi, sahib, saheb, begum;
# Korean ssi, nim. The name before one is a name whatever it means ("Virág néni").
TRAILING_HONORIFICS = words(
    """
    néni neni bácsi bacsi teyze amca abla ağabey agabey abi hoca khanum khanom khanoum
    khanim agha jan bhai bhaiya behen didi sahib saheb sahab begum ssi nim
    """
)
# Words between a nickname cue and the name ("kaldes af alle", "la chiamano tutti").
NICKNAME_FILLERS = words(
    """
    her him herself himself by everyone everybody all of the staff unit ward family
    sie ihn ihr alle von allen haar hem iedereen lui lhe tutti todos todas
    tous toutes ju ho ji jej jego go na nia niego henne honom hende ham af av alla alle
    ii pe toata toti ju je ga svi vsetci vsichni mindenki kaikki
    friends neighbours neighbors grandchildren
    """
)
# Prepositions before a place, folded: English ones, and those of the other languages
# ("aus", "à", "en", "din", "iz", "z", "fra", "uit", "te", "vid", "em", "da"), which are
# read only in a sentence not told English ("a" is an English article).
PLACE_PREPOSITIONS_EN = words("in from near outside")
PLACE_PREPOSITIONS = PLACE_PREPOSITIONS_EN + words(
    """
    aus nach bei a en desde em din iz u z ze w we v vo fra fran i uit bij naar te vid
    ved nara naer hacia
    """
)
# Capitalised words a place slot may hold that are no place.
NOT_PLACE_WORDS = words(
    """
    the a an his her their this that these those our my january february march april
    may june july august september october november december monday tuesday wednesday
    thursday friday saturday sunday dr mr mrs ms prof table figure appendix section
    chapter english french german spanish
    urgencias urgences urgencia emergencias emergency urgence urgenze reanimacion
    reanimation intensiva intensive dialisis dialyse dialysis hemodialisis nefrologia
    nephrologie nefrologie nephrology consulta consultation ambulatorio policlinico
    poliklinik polikliniek clinic clinica clinique ward sala planta hospitalizacion
    medicina cirugia surgery radiology radiologia pronto soccorso spoedeisende
    eerste hulp akuten akutmottagningen akutten
    """
)

# Titles before a person's name that the older list (``persons.TITLES``) lacks: Austrian
# and German ("Prim.", "OA", "Univ.-Prof."), Czech and Slovak ("MUDr.", "paní"), Croatian,
# Romanian, Portuguese ("D.", "Sr.ª"), Scandinavian ("hr.", "fr."), Hungarian, Finnish.
# Written with a full stop after them ("Prim. Wögerbauer", "MUDr. Šťastná", "hr. Jensen").
MORE_TITLES = words(
    """
    prim primar oa oa doz univ-prof mudr mddr phdr ing mag bc doc gda gdin dna dl hr fr
    frk dott dra drs ir lic mme d gyd ds dr.sc mr.sc dipl.ing dipl mgr.sc dott.ssa dr.ssa
    prof.dr doc.dr as.dr izr prof.ssa ass.prof
    """
)
# Written without one ("Primarius Huber", "gospođa Horvat", "doamna Munteanu").
MORE_TITLES_WORDS = words(
    """
    primarius primaria primarin dozent dozentin gospoda gospodin doamna doamnei domnul
    pani pan fru froken dona senhora
    """
)

# -- addresses and numbers ------------------------------------------------------------------

# Labels of an address line ("Address:", "Adresse:", "Morada:", "Adresa:").
ADDRESS_LABELS = words(
    """
    address adres adresse wohnadresse anschrift wohnort direccion domicilio indirizzo
    residenza endereco morada adresa adresy cim lakcim osoite kotiosoite adress
    bostadsadress postadress woonadres huisadres postadres ikamet adresi heimilisfang
    bopael bosted
    """
)
# Labels of a postcode.
POSTCODE_LABELS = words(
    """
    psc iranyitoszam postinumero postnummer postnr cap cep cod kod tk
    """
)
# Labels of identity, insurance, account and vehicle numbers that may stand a few words
# before the number ("polisnummer bij de zorgverzekeraar is FZV 3390 1127", "Kennzeichen
# ihres Sohnes ist ZT-418 KW", "numărul de înmatriculare CJ 12 FLM").
ID_LABELS_PLAN = words(
    """
    policy polisnummer polis police utente tessera afiliado afiliacion card kort karta
    karty karte carte cartao ehic ekuz vzp zzzs hzzo cass mutuelle medicare member
    insurer
    """
)
ID_LABELS_ACCOUNT = words(
    """
    account konto kontonummer cuenta conta conto iban rekening rekeningnummer compte cont
    racun racuna ucet szamlaszam tilinumero
    """
)
ID_LABELS_VEHICLE = words(
    """
    plate plates registration reg nummerplade nummerpladen nummerskilt
    registreringsnummer registreringsskylt kenteken kennzeichen nummernschild plaque
    immatriculation matricula patente placa targa rejestracja rejestracyjny
    rejestracyjnym tablice plaka plakasi spz ecv rendszam rekisterinumero inmatriculare
    registracija registarske tablica tablicu
    """
)
ID_LABELS_PERSON = words(
    """
    cpr cpr-nummer personnummer fodselsnummer henkilotunnus hetu kennitala pesel oib
    jmbg emso cnp nif nie dni nir bsn rut curp cpf amka taj ssn pps ppsn tfn ird
    svnr ahv niss insz rijksregisternummer burgerservicenummer kimlik sofinummer
    steuernummer sozialversicherungsnummer versicherungsnummer versichertennummer id
    """
)
ID_LABELS = ID_LABELS_PLAN + ID_LABELS_ACCOUNT + ID_LABELS_VEHICLE + ID_LABELS_PERSON
# Words that may stand between such a label and its number.
ID_FILLERS = words(
    """
    number no nr nummer numer numero numar numarul de del da di do of the his her its
    their bij zorgverzekeraar ihres ihrer seines des der is ist ar er est es e jest je
    on este su sua suo seu dell dello della auto car bil bilen vozila vozidla sohnes
    son sonnen figlio filho syna camioneta carro coche wagen corriente courant corrente id
    bancaria bancario
    """
)

# -- alphabets ------------------------------------------------------------------------------

# The letters beyond a-z each language writes (lower case). A capitalised word with a
# letter its sentence's language does not write ("Søren", "Łukasz" in an English note) is
# a name or place from elsewhere, unless a list makes it clinical.
ALPHABETS = {
    "en": "",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíóúüñ",
    "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõúü",
    "nl": "áéíóúàèëïöüĳ",
    "pl": "ąćęłńóśźż",
    "sv": "åäöé",
    "da": "æøåé",
    "no": "æøåé",
    "tr": "çğıöşüâîû",
}
