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
    shekara yrs_old urte urteko
    """
)
# Words before an age ("miaka 94", "Aos 91", "edad de 93", "umri wa miaka 94").
AGE_WORDS_BEFORE = words(
    """
    miaka umri aos idade edad edat eta varsta vjec starost vek wieku alter
    usia umur edad_de idade_de a_los aos_seus
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
