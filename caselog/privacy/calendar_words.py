"""The names of the months and the weekdays, in every language the de-identifier reads
(Latin, Cyrillic and Greek script): one list, read by every module that needs one.

Each month and weekday is listed in the forms a date writes it: the nominative, and the
genitive, partitive or case forms a day before or after it takes ("dvanáctého března",
"kahdestoista maaliskuuta", "двенадцатого марта", "12 Μαρτίου", "március 12-én").
``MONTHS`` and ``WEEKDAYS`` map each form, folded as the scanner folds a word
(``normalize.fold_word``: accents stripped, lower case, and the letters of other scripts
that look like Latin ones read as Latin, in lower case, capitalised and in capitals), to
its number (January 1, Monday 1). ``ascii_forms`` gives the forms a pattern on the normal
form of Latin text reads.

Only what is a month or a weekday and nothing else in its language is here: English "may"
and "march", Romanian "mai", Polish "maj" are months only beside a day (``patterns``,
``numwords`` and ``datewords`` decide that), never alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import words

# One line a month, its forms in every language (as written, accents and all).
_MONTH_FORMS = (
    """january jan janvier janv enero gennaio janeiro gener januar jänner janner januari
    januára januara januarja janúar jaanuar janvaris janvari sausio sausis styczen
    stycznia styczniu leden ledna lednu sijecanj sijecnja siječanj siječnja ianuarie
    január januárban januárjában tammikuu tammikuuta tammikuussa ocak ocakta eanair
    ionawr jannar janar januaro
    январь января январе январ јануар јануара січень січня січні яну\u0430ри
    ιανουάριος ιανουαρίου ιανουάριο γενάρης
    қаңтар yanvar ýanwar гыйнвар enero urtarrila""",
    """february feb février fevrier févr fevr febrero febbraio fevereiro febrer februar
    februari februára februara februarja febrúar veebruar februaris februari vasario
    vasaris luty lutego lutym únor unor února unora únoru veljača veljace veljača
    veljače februarie február februárban helmikuu helmikuuta helmikuussa şubat subat
    feabhra chwefror frar shkurt februaro
    февраль февраля феврале фебруар фебруара лютий лютого лютому февруари
    φεβρουάριος φεβρουαρίου φεβρουάριο φλεβάρης
    ақпан fevral fewral февраль pebrero otsaila""",
    """march mars marzo março marco març märz maerz marz maart marts mar mrt marec marca
    marcu marcem marzec marcu březen brezen března brezna březnu ožujak ozujak ožujka
    ozujka martie martiu március marciusban maaliskuu maaliskuuta maaliskuussa mart
    martta marta mártus märts marts kovo kovas marta márta mawrth marzu mars
    март марта марте мартом березень березня березні
    μάρτιος μαρτίου μάρτιο μάρτης
    наурыз mac maret marso machi martxoa""",
    """april avril avr abril aprile aprīlis aprilis april apríl aprill aprīlī kwiecien
    kwietnia kwietniu duben dubna dubnu travanj travnja travnju aprilie április
    áprilisban huhtikuu huhtikuuta huhtikuussa nisan nisanda aibreán aibrean ebrill
    april aprila aprilu balandzio balandis prill
    апрель апреля апреле април априла квітень квітня квітні
    απρίλιος απριλίου απρίλιο
    сәуір aprel aprili apirila""",
    """may mai mayo maggio maio maig mei maj maja maju maí mai maijs maija gegužės
    geguzes geguze květen kveten května kvetna květnu svibanj svibnja svibnju máj mája
    maja mája május májusban toukokuu toukokuuta toukokuussa mayıs mayis bealtaine
    mehefin mejju maj
    май мая мае мај маја травень травня травні
    μάιος μαΐου μαίου μάιο
    мамыр maý maiatza""",
    """june jun juin junio giugno junho juny juni jun júní juuni jūnijs junijs jūnija
    junija junij birželio birzelio birzelis czerwiec czerwca czerwcu červen cerven
    června cervna červnu lipanj lipnja lipnju iunie jún júna junius június júniusban
    kesäkuu kesakuu kesäkuuta kesakuuta kesäkuussa haziran meitheamh mehefin ġunju
    qershor
    июнь июня июне јун јуна червень червня червні юни
    ιούνιος ιουνίου ιούνιο
    маусым iyun iýun hunyo ekaina""",
    """july jul juillet juil julio luglio julho juliol juli júlí juuli jūlijs julijs
    jūlija julija julij liepos liepa lipiec lipca lipcu červenec cervenec července
    cervence červenci srpanj srpnja srpnju iulie júl júla julius július júliusban
    heinäkuu heinakuu heinäkuuta heinakuuta heinäkuussa temmuz iúil iuil gorffennaf
    lulju korrik
    июль июля июле јул јула липень липня липні юли
    ιούλιος ιουλίου ιούλιο
    шілде iyul iýul julai hulyo uztaila""",
    """august augusti aug août aout agosto agost augustus ágúst august augusts augusta
    rugpjūčio rugpjucio rugpjutis sierpien sierpnia sierpniu srpen srpna srpnu kolovoz
    kolovoza kolovozu avgust avgusta augusztus augusztusban elokuu elokuuta elokuussa
    ağustos agustos lúnasa lunasa awst awwissu gusht
    август августа августе август серпень серпня серпні
    αύγουστος αυγούστου αύγουστο
    тамыз avqust awgust ogos agustus agosti abuztua""",
    """september sept sep septembre septiembre setiembre settembre setembro setembre
    september septembri septembra septembris septembrī rugsėjo rugsejo rugsejis
    wrzesien wrzesnia wrześniu wrzesniu září zari září rujan rujna rujnu septembrie
    szeptember szeptemberben syyskuu syyskuuta syyskuussa eylül eylul meán_fómhair
    medi settembru shtator
    сентябрь сентября сентябре септембар септембра вересень вересня вересні септември
    σεπτέμβριος σεπτεμβρίου σεπτέμβριο
    қыркүйек sentyabr sentýabr setyembre septemba iraila""",
    """october oct octobre octubre ottobre outubro octubre oktober okt oktobra oktober
    oktoober oktobris spalio spalis pazdziernik pazdziernika październiku pazdzierniku
    říjen rijen října rijna říjnu octombrie október
    októberben lokakuu lokakuuta lokakuussa ekim deireadh_fómhair hydref ottubru tetor
    октябрь октября октябре октобар октобра жовтень жовтня жовтні октомври
    οκτώβριος οκτωβρίου οκτώβριο
    қазан oktyabr oktýabr oktubre oktoba urria""",
    """november nov novembre noviembre novembro novembre november novembra novembris
    nóvember lapkričio lapkricio lapkritis listopad listopada listopadu studeni
    studenoga studenog noiembrie november novemberben marraskuu marraskuuta
    marraskuussa kasım kasim samhain tachwedd novembru nëntor
    ноябрь ноября ноябре новембар новембра листопад листопада листопаді ноември
    νοέμβριος νοεμβρίου νοέμβριο
    қараша noyabr noýabr nobyembre novemba azaroa""",
    """december dec dez décembre decembre diciembre dicembre dezembro desembre dezember
    december decembra decembris desember detsember gruodžio gruodzio gruodis grudzien
    grudnia grudniu prosinec prosince prosinci prosinac prosinca prosincu decembrie
    december decemberben joulukuu joulukuuta joulukuussa aralık aralik nollaig rhagfyr
    dicembru dhjetor
    декабрь декабря декабре децембар децембра грудень грудня грудні декември
    δεκέμβριος δεκεμβρίου δεκέμβριο
    желтоқсан dekabr disember disyembre desemba abendua""",
)
# One line a weekday (Monday first), its forms in every language.
_WEEKDAY_FORMS = (
    """monday mondays lundi lunes lunedì lunedi segunda-feira segunda dilluns montag
    maandag mandag måndag mandag mánudagur maanantai maanantaina esmaspäev pirmdiena
    pirmadienis poniedziałek poniedzialek pondělí pondeli pondelok ponedeljek
    ponedjeljak ponedeljak luni lunea hétfő hetfo hétfőn pazartesi dé_luain dydd_llun
    it-tnejn
    понедельник понедельника в_понедельник понеділок понеділка понеделник понедељак
    δευτέρα""",
    """tuesday tuesdays mardi martes martedì martedi terça-feira terca-feira terça terca
    dimarts dienstag dinsdag tirsdag tisdag tirsdag þriðjudagur tiistai tiistaina
    teisipäev otrdiena antradienis wtorek úterý utery utorok torek utorak marți marti
    martea kedd kedden salı sali dé_máirt dydd_mawrth it-tlieta
    вторник вторника вівторок вівторка вторник уторак τρίτη""",
    """wednesday wednesdays mercredi miércoles miercoles mercoledì mercoledi
    quarta-feira quarta dimecres mittwoch woensdag onsdag miðvikudagur keskiviikko
    keskiviikkona kolmapäev trešdiena trečiadienis sroda środa środę srode středa
    streda středu sreda srijeda miercuri miercurea szerda szerdán çarşamba carsamba
    dé_céadaoin dydd_mercher l-erbgħa
    среда среду середа середу сряда среда τετάρτη""",
    """thursday thursdays jeudi jueves giovedì giovedi quinta-feira quinta dijous
    donnerstag donderdag torsdag fimmtudagur torstai torstaina neljapäev ceturtdiena
    ketvirtadienis czwartek čtvrtek ctvrtek štvrtok stvrtok četrtek četvrtak cetvrtak
    joi joia csütörtök csutortok csütörtökön perşembe persembe déardaoin dydd_iau
    il-ħamis
    четверг четверга четвер четверга четвъртък четвртак πέμπτη""",
    """friday fridays vendredi viernes venerdì venerdi sexta-feira sexta divendres
    freitag vrijdag fredag föstudagur perjantai perjantaina reede piektdiena
    penktadienis piątek piatek pátek patek piatok petek petak vineri vinerea péntek
    pentek pénteken cuma dé_haoine dydd_gwener il-ġimgħa
    пятница пятницу пятниці пʼятниця п'ятниця петък петак παρασκευή""",
    """saturday saturdays samedi sábado sabado sabato dissabte samstag sonnabend
    zaterdag lørdag lordag lördag lordag laugardagur lauantai lauantaina laupäev
    sestdiena šeštadienis sestadienis sobota sobotę sobote sobotu subota sâmbătă
    sambata sâmbăta szombat szombaton cumartesi dé_sathairn dydd_sadwrn is-sibt
    суббота субботу субота суботу събота субота σάββατο""",
    """sunday sundays dimanche domingo domenica diumenge sonntag zondag søndag sondag
    söndag sunnudagur sunnuntai sunnuntaina pühapäev svētdiena svetdiena sekmadienis
    niedziela niedzielę niedziele neděle nedele nedeľa nedela nedelja nedjelja
    duminică duminica vasárnap vasarnap pazar dé_domhnaigh dydd_sul il-ħadd
    воскресенье воскресенья неділя неділю неделя недеља κυριακή""",
)


def _table(lines: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for n, line in enumerate(lines, start=1):
        for raw in line.split():
            word = raw.replace("_", " ")
            for form in (word, word.capitalize(), word.upper()):
                out.setdefault(fold_word(form), n)
    return out


MONTHS: dict[str, int] = _table(_MONTH_FORMS)
WEEKDAYS: dict[str, int] = _table(_WEEKDAY_FORMS)
# "listopad" is November in Czech and Polish, October in Croatian: it is listed as
# November; a date with it is a date either way.


# Forms that are other words too: a date only capitalised and not at a sentence's start
# (Portuguese "segunda" is "second", Greek "τρίτη" "third", Russian "среда" "medium",
# Spanish "mar" "sea", Portuguese "marco" "landmark", Czech "listopad" "leaf fall").
AMBIGUOUS = words(
    """
    segunda terca terça quarta quinta sexta sabado domingo pazar sali joi cuma
    δευτερα δευτέρα τριτη τρίτη τεταρτη τετάρτη πεμπτη πέμπτη среда среду середа
    середу неделя неділю mar marco marta mart mars mai maj maja kovo liepa liepos
    srpen duben listopad listopada sierpien lipiec lipca lipanj srpanj travanj
    svibanj rujan studeni prosinac kolovoz lunasa samhain nollaig hydref awst
    mac қазан
    """
)
# Abbreviations of four letters and more ("Sept.", "janv."): a month only beside a day
# or a year.
ABBREVIATIONS = frozenset(words("sept janv fevr juil mrt okt dez avr"))


@cache
def never_safe() -> frozenset[str]:
    """The forms no word list makes safe (``vocab.date_word``): every month's and
    weekday's of four letters or more, but English months (``patterns`` reads them with a
    day or a year), the forms that are other words too and abbreviations."""
    other = {fold_word(w) for w in AMBIGUOUS} | set(ABBREVIATIONS)
    english = {fold_word(w) for w in _MONTH_FORMS_EN}
    return frozenset(
        w
        for w in (*MONTHS, *WEEKDAYS)
        if len(w) >= 4 and " " not in w and w not in other and w not in english
    )


_MONTH_FORMS_EN = words(
    "january february march april may june july august september october november december"
)


@cache
def ascii_forms(table: str) -> tuple[str, ...]:
    """The forms of ``table`` ("months", "weekdays") in Latin letters, one word each (for a
    pattern run on the normal form of Latin text)."""
    source = MONTHS if table == "months" else WEEKDAYS
    return tuple(sorted({w for w in source if w.isascii() and w.isalpha()}))
