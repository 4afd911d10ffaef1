"""Word lists of many languages for ``shapes`` and the name rules (issue 14), written by
class (every language with its own word for "at", "years", "only", a season), never from
a corpus's examples. Folded: lower case, accents stripped (the normal form); "_" joins
the words of a phrase.
"""

from __future__ import annotations

from caselog.privacy.patterns import words

# "at" in an e-mail spelt out: English, German (ät, klammeraffe), Spanish, Portuguese,
# Catalan, Galician (arroba, arrova), Slovenian (afna), Czech and Slovak (zavinac),
# Hungarian (kukac), Swedish, Danish, Norwegian (snabel-a, alfakrull), Dutch
# (apenstaartje), Italian (chiocciola), Polish (malpa), Finnish (miukumauku, at-merkki),
# Lithuanian (eta), Latvian (et), Estonian (at), Russian (sobaka), Greek (papaki),
# Romanian (arond, coada maimutei), Croatian and Serbian (majmun, et), Albanian (et),
# Vietnamese (a cong, a moc), Turkish (et), Hebrew (strudel), Welsh (at).
AT_WORDS = words(
    """
    at ät aet klammeraffe arroba arrova afna zavinac kukac snabel-a snabela alfakrull
    krollalfa apenstaartje chiocciola malpa miukumauku at-merkki eta et sobaka papaki
    arond majmun manki strudel at-sign
    a_cong a_moc coada_maimutei at_sign
    """
)
# "dot": English, German, Dutch, Scandinavian (punkt, prik, piste), Spanish, Catalan,
# Galician, Italian (punto, punt), Portuguese (ponto), French (point), Slovenian (pika),
# Albanian (pike), Slovak (bodka), Czech (tecka), Polish (kropka), Lithuanian (taskas),
# Latvian (punkts), Estonian (punkt, tapp), Finnish (piste), Hungarian (pont), Turkish
# (nokta), Croatian (tocka), Russian (tochka), Vietnamese (cham), Romanian (punct).
DOT_WORDS = words(
    """
    dot punkt prik piste punto punt ponto point pika pike bodka tecka kropka taskas
    punkts tapp pont nokta tocka tochka cham punct stip
    """
)
# Words for a vehicle (or its plate) a few words before a plate of two groups.
VEHICLE_WORDS = words(
    """
    plate plates registration reg rego car cars van truck lorry jeep motorbike motorcycle
    scooter bike taxi matatu tricycle vehicle
    auto avto avtomobil registracija registracijo registrska tablica tablice tablicu
    cotxe coche carro matricula targa macchina makina makines makinen targe targa
    kotse sasakyan plaka gari nambari xe bien_so so_xe biensoxe
    kennzeichen nummernschild kenteken bil bilen voiture immatriculation plaque
    samochod rejestracja rejestracyjny vuz spz ecv automobil masina numar
    numeris valstybinis nombor pendaftaran nomor polisi plat numurs registreerimisnumber
    numbrimark rekisterinumero rekisterikilpi rendszam rendszama evidencni evidencne
    registarska registarske kenteken nummerplade nummerskilt registreringsnummer
    kentekenplaat placa placas chapa matricula
    """
)
# Seasons (and the seasons of the tropics) in many languages, then the words between a
# season and its year ("the winter of 2019", "inverno de 2022", "mua dong nam 2020").
SEASONS = words(
    """
    winter summer spring autumn fall monsoon harmattan rainy_season dry_season wet_season
    invierno verano primavera otono hivern estiu tardor inverno verao outono estate
    autunno hiver ete printemps automne sommer fruhling fruehling herbst vinter sommar
    var forar host efterar zomer lente herfst zima lato wiosna jesien iarna vara
    primavara toamna tel nyar tavasz osz talvi kesa kevat syksy talvella kesalla
    kis yaz ilkbahar sonbahar zimi poleti pomlad spomladi jesen jeseni poletje leto
    gaeaf haf gwanwyn hydref xitwa sajf rebbiegha harifa taglamig tag-init tag-ulan
    tag-araw kiangazi masika vuli dimer vere pranvere vjeshte dimrit veres
    mua_dong mua_he mua_xuan mua_thu mua_mua mua_kho musim_hujan musim_kemarau
    vasara ziema pavasaris ruduo vasar ziema talv suvi kevad sugis
    """
)
SEASON_LINKS = words(
    """
    of de del di da do du in im ng na nam yn y w v ta of_the de_l del_ano dell'anno
    del_any del_ano e tal
    """
)
# Month names written with an elided article or preposition ("25 d'abril", "d'agost").
ELIDED_MONTHS = words(
    """
    abril agost octubre aout avril octobre aprile agosto ottobre gener
    """
)
# Words after an age ("93 let", "96 oed", "92 sena", "92 taong gulang", "91 vjec",
# "92 tuoi", "92 tahun", "94 anys", "91 anos", "92 godina"...): years (of age) in many
# languages.
AGE_WORDS_AFTER = words(
    """
    let leta letih godina godine godinu ani anni anys anos anos
    ans annees ano jahre jahren jaar jaren ar aar ara aastat aastane gadi gadus gadu
    metu metai vuotta vuotias eves lat lata roky rokov rokow yas yasinda yasli tahun taon
    taong taong_gulang sena snin oed mlwydd vjec vjet vjece tuoi sui ke mfe afe odun
    shekara yrs_old urte urteko ana ana_di_edat lane laz laj jier jierrich krismas yia
    ia taona
    """
)
# Words before an age ("miaka 94", "Aos 91", "edad de 93", "umri wa miaka 94").
AGE_WORDS_BEFORE = words(
    """
    miaka umri aos idade edad edat eta varsta vjec starost vek wieku alter
    usia umur edad_de idade_de a_los aos_seus
    odun afo
    yuswa umure umuripun mfe tausaga
    עמרו عمره عمرها عمر سن سنها سنه בן בת בגיל आयु उम्र उमर वय বয়স อายุ வயது
    ઉંમર ઉમર વય ਉਮਰ వయస్సు వయసు ವಯಸ್ಸು ವಯಸು പ്രായം ବୟସ වයස उमेर ዕድሜ እድሜ
    អាយុ ອາຍຸ အသက် العمر גיל տարիքը տարիք ასაკი ასაკის ዕድሜዋ 나이 年齢 年龄 年齡
    """
)
# Ninety (and a hundred) as words, in many languages, with what joins their units.
NINETY_WORDS = words(
    """
    ninety nonante quatre-vingt-dix noventa noranta novanta neunzig negentig nitti nittio
    halvfems devetdeset devadesat dziewiecdziesiat kilencven yhdeksankymmenta doksan
    nouazeci devyanosto enenekonta naw_deg nawdeg tisini nentedhjete siyamnapu
    sembilan_puluh chin_muoi devyanost
    """
)
NUMBER_LINKS = words("y e i und en og och a and et ve")
# Bulgarian, Serbian, Russian, Ukrainian "and"; Swahili "na" ("tisini na nne")
NUMBER_LINKS_MORE = words("и і та na ma_le iyo û o ne mā ma")
ONES_WORDS = words(
    """
    one two three four five six seven eight nine first second third fourth fifth sixth
    seventh eighth ninth
    uno un una dos tres cuatro cinco seis siete ocho nueve
    u um uma duas dois quatro sete oito nove
    u una dues tres quatre cinc sis set vuit nou
    uno due tre quattro cinque sei sette otto nove
    ein eins zwei drei vier funf sechs sieben acht neun
    een twee drie vier vijf zes zeven acht negen
    en ett to tre fire fem seks sju otte ni
    jedan jedna dva dvije tri cetiri pet sest sedam osam devet ena dve stiri
    un unu doi trei patru cinci sase sapte opt noua
    moja mbili tatu nne tano sita saba nane tisa
    nje dy tre kater pese gjashte shtate tete nente
    isa dalawa tatlo apat lima anim pito walo siyam
    mot hai ba bon nam sau bay tam chin
    un dau tri pedwar pump chwech saith wyth naw
    """
)
# Words before a role that singles a person out ("the only goldsmith on ...", "edina
# cebelarka v vasi ...", "l'unic ferrer del poble", "yr unig delynores yn y plwyf").
ONLY_WORDS = words(
    """
    only sole last
    edini edina edino zadnji zadnja unic unica l'unic l'unica unico unica ultimo ultima
    ultim ultima l'ultim l'ultima unig olaf nag-iisang nag-iisa huling i_vetmi e_vetmja
    i_fundit e_fundit duy_nhat cuoi_cung seul seule dernier derniere einzige letzte
    enige laatste eneste sidste siste enda sista jedyny jedyna ostatni ostatnia jediny
    jedina posljednji posljednja vienintelis vieninteli paskutinis vienigais vienigaa
    ainoa viimeinen egyetlen utolso tek satu-satunya
    """
)
# The same after the noun ("mhunzi pekee wa kijiji", "fundi wa mwisho").
ONLY_AFTER_WORDS = words("pekee wa_mwisho duy_nhat nag-iisa")
# Words between such a role and its place ("in", "of", "on", "at", "v vasi", "del
# poble", "yn y", "sa", "wa", "ne", "o").
PLACE_LINKS = words(
    """
    in of on at for from v na pri del de la do da di dela della dello delle dei degli
    du des in_the of_the on_the at_the yn yn_y o sa sa_may ng wa ya za la ne ne_fshatin
    te en em no na o i di_kampung o_lang tai o_trong cua pa paa ved hos
    """
)
# Words for a settlement or a part of one, where a role singles a person out ("in the
# village", "v vasi", "del poble", "yn y plwyf", "sa barangay", "wa kijiji").
SETTLEMENT_WORDS = words(
    """
    village villages town towns hamlet parish ward barangay barrio district county island
    islands valley street road estate township community neighbourhood neighborhood
    kampung kampong desa dusun kelurahan nayon baryo bayan lungsod kijiji mtaa wilaya
    fshat fshatin fshati qytet qytetin lagje xa lang thon phuong huyen
    vas vasi vasici mesto mestu trg kraj okolici
    poble pueblo aldea aldeia parroquia freguesia vila ciudad barri comarca
    plwyf pentref dref tref cwm
    rahal belt villaggio paese frazione borgo quartiere village commune quartier
    dorf gemeinde stadt ort dorp gemeente wijk landsby bygd socken by kylassa kyla
    wies miasteczko gmina obec mesto selo sela grad varos
    """
)
# Feasts named after a saint, a place or an event ("the festa of Santa Marija", "feast of
# the Santo Niño", "fiesta de San Isidro", "festa ta' San Girgor").
FEAST_WORDS = words("feast festa fiesta fete festival festes festivities")
FEAST_LINKS = words("of de da do di del dels ta' tal of_the de_la de_los")
# Relation words before a name, in languages the earlier lists lack (folded): Slovenian,
# Catalan, Galician, Welsh, Maltese, Tagalog, Swahili, Albanian, Vietnamese, Malay and
# Indonesian, Romanian, Croatian, Lithuanian, Latvian, Estonian, Afrikaans, Norwegian,
# Danish, Hungarian, Czech, Slovak; and English compounds ("grand-daughter").
RELATIVE_WORDS = words(
    """
    grand-daughter grand-son grand-child great-grandson great-granddaughter
    step-son step-daughter son-in-law daughter-in-law
    hci hcerka sin mati oce brat sestra moz zena vnuk vnukinja necak necakinja soseda
    sosed
    fill filla germa germana marit dona nebot neboda net neta veina vei
    fillo filla irman irma muller sobriño sobriña neto neta veciño veciña
    merch mab gwr gwraig chwaer brawd mam tad wyres wyr nai nith
    bintha ibnu ibnha hija ommha missierha ohtha huha ziju zija neputi
    anak anak_niya anak_niyang apo kapatid asawa ina ama pamangkin kapitbahay si ni kay
    sina nina
    binti_yake mwana_wake mume_wake mke_wake mjukuu kaka dada mama_yake baba_yake
    jirani shangazi mjomba
    djali vajza bashkeshorti bashkeshortja vellai motra nena babai nipi mbesa fqinji
    con_gai con_trai chong chau em_gai anh_trai
    anaknya suaminya isterinya istrinya cucunya adiknya kakaknya ibunya ayahnya menantunya
    fiica fiul sotul sotia nepoata nepotul vecina vecinul
    kcer kci sin suprug supruga unuk unuka susjed susjeda
    dukra sunus vyras zmona anuke anukas kaimyne kaimynas
    meita dels virs sieva mazmeita mazdels
    tutar poeg abikaasa lapselaps naaber
    dogter seun man vrou kleindogter kleinseun buurvrou buurman
    datter sonn sonnen datteren mann kone barnebarn nabo
    lanya fia ferje felesege unokaja szomszed
    dcera syn manzel manzelka vnucka soused
    kleinzoon kleindochter schoonzoon schoondochter genro nora petit-fils petite-fille
    gendre belle-fille enkelin schwiegersohn schwiegertochter yerno nuera
    """
)
# Titles before a name in those languages (folded, the dot left to the pattern).
TITLE_WORDS = words(
    """
    dna sra senyor senyora sr srta dra don dona ga gdc gospa gospod zonja zoti znj
    bw bi bwana bibi mwalimu mzee ong anh atty engr bb gng hon ptr pastor
    rev fr sis bro dato datuk datin tan_sri puan encik cik tuan haji hajah pak bu ibu
    bapak domnul doamna dl dna gospodin gospoda ponas ponia kungs kundze harra proua
    mnr mev mej herr fru hr
    """
)
# Labels of a clinician's licence or registration, before its number ("CRM-PE 14472",
# "cedula profissional 48813", "MMC 58296", "GMC 7045512", "PRC Lic. No. 0098123",
# "colegiado n.º 28/12345", "KMPDC reg. A1234", "AHPRA MED0001234567").
LICENCE_LABELS = words(
    """
    crm cro crf coren crp crn cedula cedula_profissional cedula_profesional mmc gmc prc
    colegiado colegiada n.colegiado ncol kmpdc mci nmc smc ahpra rpps adeli big-nummer
    big lanr efn omc ordem oam omceo cmp cmr cnom hpcsa mdcn mdc nmcn pmdc bmdc slmc
    hkmc mcnz imc ima licence license licencia licenca lic reg registration
    """
)

# -- the classes heldout6 still leaked (classes_fifth) ---------------------------------------
# Lists in scripts other than Latin (Greek, Cyrillic) are written as they are spelt; the
# finders fold them to the normal form (``shapes._folded``), as the text they read is.

# More words for "at" and "dot" in an e-mail spelt out: Basque (a bildua, puntu),
# Icelandic (hjá, punktur), Norwegian and Danish (krøllalfa, punktum), Malay and
# Indonesian (titik), Turkish (nokta), Greek (παπάκι, τελεία), Russian and Ukrainian
# (собака, собачка, точка, крапка), Japanese and Korean written out (atto maku, golbaengi);
# Swedish with a space (snabel a), Bulgarian (маймунка, кльомба), Serbian and Macedonian
# (мајмунче, ludo a, тачка), Ukrainian (равлик), Kazakh (айқұлақ, нүкте), Armenian (շնիկ,
# կետ), Hebrew (שטרודל, נקודה), Welsh (malwen), Afrikaans (aapstert), Indonesian (keong),
# Catalan (ensaïmada), Esperanto (ĉe), Thai (แอท, จุด), Korean (골뱅이, 점), Japanese
# (アットマーク, ドット), Chinese (小老鼠, 点), Arabic and Persian (نقطة, نقطه), Swahili
# (nukta), Tagalog (tuldok), Hindi (डॉट), Georgian (წერტილი).
AT_WORDS_MORE = words(
    """
    a_bildua bildua hja kissanhanta arobas arobase miukumauku kukac krollalfa krøllalfa snabel
    παπάκι παπακι собака собачка sobachka atto_maku attomaku golbaengi
    snabel_a маймунка кльомба мајмунче мајмун ludo_a равлик айқұлақ շնիկ שטרודל malwen
    malwoden aapstert keong ensaïmada ĉe แอท 골뱅이 アットマーク 小老鼠
    arobaz aroba arobas_la alobaz
    """
)
DOT_WORDS_MORE = words(
    """
    puntu punktur punktum titik tecka nokta τελεία τελεια точка крапка krapka tochka
    piste dian jeom
    тачка нүкте կետ נקודה نقطة نقطه จุด 점 ドット 点 nukta tuldok डॉट წერტილი
    point_la pwen pwin pont_la pontu pinto
    """
)
# Words for "_" in an e-mail's local part spelt out: English, French and the creoles of
# French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian.
UNDERSCORE_WORDS = words(
    """
    underscore underline low_line sous-tiret sous_tiret tiret_bas tire_anba tirè_anba
    souligne unterstrich tiefstrich guion_bajo guión_bajo trattino_basso sublinhado
    underlijn laag_streepje liggend_streepje podkreslnik podkreślnik
    подчёркивание подчеркивание нижнее_подчеркивание
    """
)
# At-words that are ordinary prepositions as well: the local part must look like one
# (a dot, underscore or digit) unless the address ends in a known top-level domain.
PLAIN_AT_MORE = words("hja")
# Top-level domains: the generic ones and every country's (an address or a URL without a
# scheme ends in one).
TLDS = words(
    """
    com org net edu gov mil int info biz name io me app dev blog online site health shop
    store club xyz cat eus gal bzh swiss berlin wien tokyo nyc london paris quebec
    ac ad ae af ag al am ao ar as at au az ba bb bd be bf bg bh bi bj bn bo br bs bt bw by
    bz ca cd cf cg ch ci cl cm cn co cr cu cv cy cz de dj dk dm do dz ec ee eg er es et eu
    fi fj fo fr ga ge gh gi gl gm gn gr gt gy hk hn hr ht hu id ie il in iq ir is it jm jo
    jp ke kg kh kr kw kz la lb li lk lr ls lt lu lv ly ma mc md me mk ml mn mo mt mu mv mw
    mx my mz na ne ng ni nl no np nz om pa pe pg ph pk pl pr ps pt py qa ro rs ru rw sa sc
    sd se sg si sk sl sn so sr sv sy sz td tg th tj tn to tr tt tw tz ua ug uk us uy uz ve
    vn vu ws ye za zm zw
    """
)
# Words for a vehicle before its plate that ``VEHICLE_WORDS`` lacks: inflected forms,
# other languages and scripts, boats; and the makes a plate is often written after
# ("a Peugeot RZX 417", "Toyota GR 4182-19").
VEHICLE_WORDS_MORE = words(
    """
    autoja autojat autom autem auta autos autot autoa autonsa auton billinn bilinn bilnum
    bilsins bilen bilar bilene arabasi arabas araba samochodem samochodu samochod motor
    motoru motocykl skuter taksi taxa taxin boat vessel trawler pesqueiro barco bateau
    boot lancha
    αυτοκίνητο αυτοκινητο αμάξι αμαξι πινακίδα πινακιδα πινακίδες
    машина машине машину машиной автомобиль автомобиле авто номер номера госномер
    автомобіль автівка
    toyota peugeot renault citroen volkswagen vw opel ford fiat dacia skoda seat volvo
    saab bmw audi mercedes nissan honda hyundai kia mazda suzuki mitsubishi lada tesla
    chevrolet subaru lexus lancia jeep land_rover range_rover tata mahindra
    maruti proton perodua isuzu daihatsu
    """
)
# More licence labels before a clinician's number, folded: Argentine, Colombian,
# Catalan, Maltese, Greek, Turkish, Hungarian, Icelandic, Québec, Ghana, Senegal, Belgian,
# Polish, Romanian, Indonesian, Norwegian, Italian, Czech, Russian registration labels.
LICENCE_LABELS_MORE = words(
    """
    m.p m.n mp mn rm registro_medico registro_profesional matricula_profesional
    matricula_provincial matricula_nacional col·legiada col·legiat collegiada collegiat
    colegiatura mc isi cmq mdc imc hpr hpr-nr hpr-nummer riziv inami str pwz npwz
    prawo_wykonywania_zawodu parafa cod_parafa tescil diploma diploma_tescil sicil
    pecsetszam pecset leyfisnumer starfsleyfi ordine albo iscrizione ordre ordre_des_medecins
    colegio orden permis autorisation matricula arztekammer arztekammer-nr kammer-nr
    autorisasjon autorisationsnummer approbation
    arztnummer bsnr agb agb-code cislo_licence
    άδεια άδειας αδεια αδειας μητρώου μητρωου
    лицензия лицензии удостоверение
    """
)
# More ninety words (each needs its ones after, or stands alone as ninety): Icelandic,
# Croatian and Serbian, Lithuanian, Latvian, Estonian, Greek, Russian, Ukrainian.
NINETY_WORDS_MORE = words(
    """
    niutiu devedeset devyniasdesimt devindesmit devinddesmit uheksakummend
    devatdesiat devatdesat
    ενενήντα ενενηντα девяносто дев'яносто деветдесет деведесет
    sivifolo isqun_chunka
    sangang_puluh sangangpuluh aduokron ivasefulu navad nawad toqsan toqson doxsan
    innsun yeren sagaashan sagaltama nocha disghin nabbe hivangofulu
    ciwasagavulu iwa_tekau kanaiwa
    """
)
# Ones after a ninety word in those and other languages (French, Swedish, Hungarian,
# Estonian, Lithuanian, Icelandic, Greek, Russian).
ONES_WORDS_MORE = words(
    """
    deux trois quatre cinq six sept huit neuf et-un et_un
    ett tva tre fyra fem sex sju atta nio
    egy ket ketto harom negy ot hat het nyolc kilenc
    uks kaks kolm neli viis kuus seitse kaheksa uheksa
    vienas du trys keturi penki sesi septyni astuoni devyni vieneri dveji treji ketveri
    penkeri viens divi tris cetri pieci sesi septini astoni devini
    eins tveggja þriggja thriggja fjogurra fimm sjo atta niu
    siji loro telu papat lima enem pitu wolu sanga
    baako biako abien abiesa anan anum asia ason awotwe akron
    tasi lua tolu fa ono fitu valu iva
    yek do se chahar panj shesh haft hasht noh
    kow laba saddex afar shan lix toddoba siddeed sagaal
    tahi rua toru wha whā rima whitu waru
    ενός ενος ένα ενα δύο δυο τριών τριων τεσσάρων τεσσαρων πέντε πεντε έξι εξι επτά επτα
    εφτά εφτα οκτώ οκτω οχτώ οχτω εννέα εννεα εννιά εννια
    один одна два две три четыре пять шесть семь восемь девять
    един една четири шест седем осем девет један седам осам
    jeden dva tri styri pat sest sedem osem devat
    mmoja miwili mitatu minne mitano minane tu lam mot
    hukniyuq iskayniyuq kimsayuq tawayuq pichqayuq suqtayuq qanchisniyuq pusaqniyuq
    isqunniyuq
    """
)
# Ninety said with its ones first ("dreiundneunzig", "vierennegentig", "treoghalvfems"):
# the ones, the joining word, the tens.
ONES_FIRST = words(
    """
    ein zwei drei vier funf fuenf sechs sieben acht neun een twee drie vier vijf zes
    zeven acht negen en to tre fire fem seks syv otte ni
    """
)
NINETY_AFTER_ONES = words("undneunzig ennegentig ënnegentig -en-negentig oghalvfems")
# Words after an age of the languages heldout6 and classes_fifth write that the earlier
# lists lack: Japanese, Chinese, Korean (in their scripts and romanised), Hindi and Urdu
# romanised, Ukrainian and Russian, Greek, Lithuanian, Estonian, Welsh.
AGE_WORDS_AFTER_MORE = words(
    """
    sai varsh varsha varsh_ki baras saal sal saal_ki sal_ki
    tausaga ona_tausaga sali salî kalan کلن yash ياش taun
    рік роки років року лет года год годы години године година годину
    ετών ετων χρονών χρονων χρόνων
    metai metu metus aastat aastane oed
    жаста жасында жастағы жаста жашта жаштагы жашында yoshda yoshli yoshdagi yosh
    ýaşynda yashta wata watayuq watasniyuq taona
    տարեկան տարեկանում տարեկանից წლის წლისაა წლისა წლისამ წლისში
    वर्ष वर्षीय वर्षे साल वर्षांचा वर्षांची বছর বছরের বছরবয়সী வயது ఏళ్ళ సంవత్సరాలు
    વર્ષ વર્ષની વર્ષના વર્ષનો વર્ષે ਸਾਲ ਸਾਲਾਂ ਸਾਲਾ ఏళ్లు సంవత్సరాల ವರ್ಷ ವರ್ಷದ ವರ್ಷಗಳು
    വയസ്സ് വയസ്സുള്ള വയസ് വർഷം ବର୍ଷ ବର୍ଷର ବର୍ଷୀୟ අවුරුදු අවුරුද්ද වයසැති வயதான
    வருடம் ஆண்டு वर्षको वर्षकी ឆ្នាំ ປີ နှစ် နှစ်အရွယ်
    बरस बर्ष वर्षांचे वर्षांच्या வருடங்கள் ஆண்டுகள் שנה שנים տարի տարին წელი አመት አመቷ
    አመቱ ᎤᏕᏘᏴᏌᏗᏒ сола солаи нас настай
    سنة سنه عام عاما عامًا عاماً سنوات ساله سالہ سال ዓመት ዓመቷ ዓመቱ
    """
)
AGE_SIGNS_AFTER = "歳|才|岁|歲|세|살|歳児|ปี|ขวบ"
# Verbs and adverbs before a bare age beside a relative ("her grandmother, Nana Yaa, now
# 97", "her cousin Nora is 92", "a irmã, agora com 96", "søsteren er nå 98").
AGE_VERBS = words(
    """
    is was is_now was_then now turned turns turning aged
    agora_com com tem tiene ahora_con con ha_ormai ormai ha ist ist_jetzt jetzt nun
    a est maintenant er er_na na nu ar ar_nu har ma ma_juz jest je on
    """
)
# Words of a measurement: a number after them is a value, not an age.
MEASURE_WORDS = words(
    """
    rate pulse pressure saturation sats spo2 sat egfr gfr weight score level levels
    count glucose sodium potassium temperature temp bp hr rr fev1 fvc ef lvef index bmi
    percent percentile creatinine hb haemoglobin hemoglobin platelets value result
    """
)
# Relatives beyond the patterns' lists, folded (Norwegian, Danish, Swedish definite
# forms; Singapore and Ghana kinship words; Hindi and Urdu).
RELATIVES_MORE = words(
    """
    sosteren soster broren bror mora moren faren far bestemor bestefar farmor mormor
    farfar morfar tante onkel kusine fetter svigermor svigerfar
    ah_ma ah_gong popo nana dadi dada nani nana_ji dadi_ji chacha chachi mama mami bua
    grandmother grandfather grandma grandpa granny gran mother-in-law father-in-law
    brother-in-law sister-in-law aunty auntie
    """
)
# Seasons in inflected forms (Polish instrumental, Czech and Slovak locative, Russian and
# Ukrainian, Hungarian, Turkish, Icelandic, Estonian, Greek) before a year.
SEASONS_MORE = words(
    """
    latem zima zimie wiosna wiosna jesienia jesienia lecie
    lete zime jare podzim leto jaro jeseni
    nyaron telen tavasszal osszel
    yazin kisin ilkbaharda sonbaharda yaz kis
    sumarid sumarid veturinn vorid haustid
    suvel talvel kevadel sugisel
    летом зимой весной осенью влітку взимку навесні восени улітку
    καλοκαίρι καλοκαιρι χειμώνα χειμωνα άνοιξη ανοιξη φθινόπωρο φθινοπωρο
    """
)
# The word for "day" at the end of a holiday's compound name, in its inflected forms
# ("självständighetsdagen", "sumardaginn", "Unabhängigkeitstag", "itsenäisyyspäivänä"):
# a word ending so, before a year, names a day of that year.
DAY_ENDINGS = words(
    """
    dagen daginn dagur dagurinn degi dags dagene dag tag tage tages tagen
    paiva paivana paivan paivaa napja napjan napjat napon
    """
)
# Words before "only" that are a place (Turkish genitives, Hungarian): "köyün tek
# kemençe ustası", "a város egyetlen harangöntő mestere", "mahallenin tek ebesi".
SETTLEMENT_BEFORE = words(
    """
    koyun kasabanin sehrin mahallenin ilcenin adanin beldenin
    koydeki kasabadaki sehirdeki mahalledeki ilcedeki adadaki beldedeki
    varos falu falu_egyetlen kozseg megye tanya
    kylan kaupungin kunnan pitajan saaren kula linna valla
    """
)
# A settlement in the locative case, where a language has no preposition before it:
# Hungarian (a városban, a faluban), Finnish (kylässä, kaupungissa), Estonian (külas,
# linnas), Turkish (köyde, kasabada, ilçede, mahallede), folded.
SETTLEMENT_IN = words(
    """
    varosban faluban kozsegben megyeben keruletben tanyan telepulesen varosunkban
    falunkban kylassa kaupungissa kunnassa pitajassa saaressa kylalla kulas linnas vallas
    koyde koyumuzde kasabada ilcede mahallede beldede sehirde
    """
)
# Places a role can be the only one of, beyond settlements: clubs, teams, choirs,
# congregations, schools, workplaces (many languages).
GROUP_WORDS = words(
    """
    club clubs team choir band orchestra church congregation mosque temple school
    factory mill mine quarry harbour harbor port market guild cooperative league
    equipo coro banda orquesta iglesia escuela fabrica mina mercado puerto cooperativa
    clube time igreja escola porto equipe chorale fanfare orchestre eglise ecole usine
    marche squadra banda chiesa scuola fabbrica mercato verein mannschaft chor kapelle
    kirche schule fabrik markt koor kerk fabriek kor kirke skole fabrikk
    camp camps settlement plantation farm ranch kibbutz monastery convent barracks
    prison reservation tribe clan
    """
)
# "only", "last" in Cyrillic and Greek, and Romanian, Indonesian, Norwegian forms.
ONLY_WORDS_MORE = words(
    """
    singura singurul satu-satunya siste eneste
    единственный единственная единственное последний последняя
    єдиний єдина єдине останній остання
    μόνη μονη μόνος μονος μοναδική μοναδικη μοναδικός μοναδικος τελευταία τελευταια
    τελευταίος τελευταιος
    """
)
PLACE_LINKS_MORE = words("din in van von uit aus z ze iz в у на из от του της στο στη στην")
SETTLEMENT_WORDS_MORE = words(
    """
    satul sat orasul desa kampung quilombo aldeia obci obce mesta meste vesnici vesnice
    dedine dedina vasi
    селе села селу деревне деревни посёлке поселке городе городка районе
    селі місті містечку районі
    χωριού χωριου χωριό χωριο πόλης πολης νησιού νησιου
    """
)
# Scars that mark a person, not a finding: tribal and ritual marks.
SCAR_CUES_MORE = words(
    """
    tribal tribale tribales tribali scarification scarifications escarificacion
    escarificacao ritual rituelle rituel rituale rituales ethnic ethnique
    brannskada brannskadan brannskade brandskade forbraending forbraendingen brandwond
    verbrennung brulure quemadura queimadura ustione bruciatura oparzenie oparzenia
    oparzeniu popalenina popaleniny opeklina opekotina opekline egesi egesbol palovamma
    palovammasta arsura arsuri djegie djegia yanik yanigi bong kuungua moto
    изгаряне изгаряния ожог ожога ожогов опік опіку опекотина опекотине έγκαυμα εγκαυμα
    כוויה حرق سوختگی
    messer cuchillo navaja faca coltello couteau kniv kniven messteek noz noza nozem kes
    veitsi veitsen нож ножа ножем μαχαίρι
    unfall accidente acidente incidente wypadek wypadku nehoda nehody baleset balesetben
    onnettomuus onnettomuudessa olycka olyckan ulykke ulykken ongeval ongeluk авария
    аварии катастрофа злополука
    """
)
# Scar words of more languages and scripts, for ``regional``'s scar pattern: Cyrillic
# (шрам, белег, рубец, ожиљак), Greek (ουλή), Turkish (yara izi), Indonesian and Malay
# (bekas luka, parut), Lithuanian (randas), Latvian (rēta), Hebrew (צלקת), Arabic (ندبة),
# Persian (جای زخم), Hindi (निशान), Georgian (ნაწიბური), Armenian (սպի).
SCAR_WORDS_MORE = words(
    """
    шрам шрама шрамы шрамом шрами белег белега белези рубец рубца рубцы рубець ожиљак
    ουλής
    ожиљка ожилјак лузна ουλή ουλη yara_izi bekas_luka parut randas randa reta
    rēta צלקת ندبة جای_زخم निशान ნაწიბური սպի
    """
)
# Labels of an address line beyond ``gazetteer.ADDRESS_LABELS``: Czech, Slovak,
# Hungarian, Basque, Indonesian and Malay, Catalan.
ADDRESS_LABELS_MORE = words(
    """
    bydliste bydlisko trvale_bydliste lakhely helbidea alamat domicili adreca
    """
)
# Russian and Ukrainian address words: the street, the house, the flat.
CYRILLIC_STREET_WORDS = words(
    """
    ул улица вул вулиця пр просп проспект пр-т пер переулок пров провулок бул бульвар
    ш шоссе пл площадь площа наб набережная
    """
)
CYRILLIC_HOUSE_WORDS = words("д дом буд будинок")
CYRILLIC_FLAT_WORDS = words("кв квартира корп корпус стр строение")
# Finnish words in -lainen that are ordinary ("erilainen", "samanlainen") or a nation's
# (not a place smaller than a state).
FI_ORDINARY_LAINEN = words(
    """
    erilainen samanlainen tallainen sellainen millainen minkalainen jonkinlainen
    kaikenlainen monenlainen kahdenlainen eri_lainen ulkomaalainen erilaisen erilaiset
    samanlaisen samanlaiset tallaisen sellaisen millaisen tallaiset sellaiset
    kaikenlaiset monenlaiset
    """
)
FI_NATIONS = words(
    """
    suoma ruotsa vena euroopa amerikka aasia afrikka norja tanska saksa ranska englanti
    viro kiina japani intia espanja italia kreikka puola unkari tsekki islanti hollanti
    latvia liettua turkki brasilia kanada meksiko australia thai vietnami iran irak
    """
)
# Offices one person holds in a place: "the mayor of the town", "la maire du village",
# "der Bürgermeister von Tiana", "the parish priest of Ballyvourney" (folded).
OFFICE_WORDS = words(
    """
    mayor mayoress alcalde alcaldesa maire mairesse sindaco sindaca burgermeister
    burgermeisterin burgemeester prefeito prefeita primar primarita primarul burmistrz
    wojt soltys starosta polgarmester pormestari borgmester ordforer ordforare muhtar
    muhtari kepala_desa lurah village_chief chef_du_village headman mukhtar
    priest parish_priest vicar rector imam rabbi pastor cure parroco sacerdote pfarrer
    pfarrerin dominee predikant headmaster headmistress head_teacher schoolmaster
    postmaster postmistress stationmaster lighthouse_keeper sheriff coroner notary
    notario notaire notaio
    chairman chairwoman chairperson president treasurer sheikh bishop archbishop
    village_elder councillor councilor district_commissioner chief_executive founder
    captain kapitan chief
    """
)
OFFICE_LINKS = words("of de du del della di von van do da des der in at for wsi gminy miasta")
# Landmarks a home or a meeting place is told by ("parked by the clock tower", "cerca de
# la torre del reloj", "près de la mairie"), after a word of nearness (folded).
NEAR_WORDS = words(
    """
    by near beside behind opposite next_to across_from close_to outside
    cerca_de junto_a al_lado_de frente_a detras_de pres_de a_cote_de en_face_de
    derriere perto_de ao_lado_de em_frente_a vicino_a accanto_a di_fronte_a dietro
    neben bei hinter gegenuber naast bij achter tegenover
    """
)
LANDMARK_WORDS = words(
    """
    clock_tower water_tower lighthouse windmill town_hall city_hall post_office
    petrol_station gas_station railway_station train_station bus_station market_square
    village_green war_memorial cathedral mosque synagogue
    torre_del_reloj ayuntamiento plaza_mayor mairie gare eglise horloge rathaus
    bahnhof kirche marktplatz stadhuis kerk markt torre_do_relogio camara_municipal
    igreja municipio campanile stazione chiesa iglesia
    """
)
LANDMARK_ARTICLES = words("the la le l' el il lo der die das dem den de het o a do da al del")
# Days of the month as words before a month's name ("le vingt-trois mars", "el doce de
# mayo", "il ventitré marzo", "am dritten März", "vinte e três de março"), folded.
_FR_TENS = ("vingt", "trente")
_FR_ONES = words("un deux trois quatre cinq six sept huit neuf")
DAY_WORDS = (
    words(
        """
        premier deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
        quinze seize dix-sept dix-huit dix-neuf vingt trente
        primero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece
        catorce quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos
        veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve
        treinta treinta_y_uno
        primo due tre quattro cinque sei sette otto nove dieci undici dodici tredici
        quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue
        ventitre ventiquattro venticinque ventisei ventisette ventotto ventinove trenta
        trentuno
        primeiro um dois quatro sete oito dez treze dezesseis dezasseis dezessete
        dezassete dezoito dezenove dezanove vinte trinta
        ersten zweiten dritten vierten funften sechsten siebten achten neunten zehnten
        elften zwolften dreizehnten vierzehnten funfzehnten sechzehnten siebzehnten
        achtzehnten neunzehnten zwanzigsten dreissigsten
        """
    )
    + tuple(f"{t}-{o}" for t in _FR_TENS for o in _FR_ONES if o != "un")
    + tuple(f"{t}-et-un" for t in _FR_TENS)
    + tuple(f"vinte_e_{o}" for o in words("um dois tres quatro cinco seis sete oito nove"))
    + ("trinta_e_um",)
    + tuple(f"{o}undzwanzigsten" for o in words("ein zwei drei vier funf sechs sieben acht neun"))
    + ("einunddreissigsten",)
)
# An age told by its decade: "in her late nineties", "in his mid-90s", "Mitte neunzig".
DECADE_AGE_LEADS = words("in_her in_his in_their")
