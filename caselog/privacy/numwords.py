"""Numbers written in words, in every language the de-identifier reads (issue 14).

A parser of number words: units, teens, tens, hundreds and thousands; the joined forms
("dreiundneunzig", "vierennegentig", "novantaquattro", "nittiofem", "treoghalvfems",
"yhdeksänkymmentäseitsemän", "kilencvenhét"), the tens of twenty ("quatre-vingt-seize"),
the multiplied tens of Finnish, Estonian, Indonesian, Malay, Māori, Japanese and Chinese
("iwa tekau mā whā", "sembilan puluh", "九十六"), the Irish order ("sé bliana is nócha"), and
the ordinals a date is written with ("the fourth of April", "am elften Mai", "tjugotredje").

Three findings come out of it (``find``):

- an age of 90 or more in words, unless a unit or another noun says it counts something
  else ("ninety minutes", "novanta pazienti"): "90 or older";
- three numbers or more said one after the other (a phone, a postcode, a house number
  dictated: "zero tre nove uno", "six trois zéro zéro un"): "[number]";
- a day and a month, with its year if one follows, in words or digits ("the fourth of
  April, nineteen thirty-one", "veintiocho de octubre de mil novecientos treinta y
  cinco"): "[date]".

Each language has its own lexicon (``_LEXICONS``), so that a run is read in one language at
a time: Portuguese "um dos seis" is no dictation, though "um", "dos" and "seis" are number
words of Portuguese and Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from caselog.privacy import calendar_words, cldr_ages
from caselog.privacy.kin import AGE_WORDS_AFTER, AGE_WORDS_AFTER_MORE
from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import MONTHS, words
from caselog.privacy.vocab import Vocabulary, function_word

# Each entry: word:value. A value is a number (added), "*N" (multiplies what stands
# before it: a hundred, a thousand, the tens of Finnish or Māori), "=N" (added to the
# unit before it, never starting a number: Finnish "toista", Malay "belas"), "+" (a word
# that joins: "and", "und", "og", "mā"), "_" (a word between the parts of a number that is
# no part of it: Irish "bliana"), ".N" (an ordinal).
_SPEC = {
    "en": """zero:0 oh:0 nought:0 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8
        nine:9 ten:10 eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 sixteen:16
        seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40 fourty:40
        fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:*100 thousand:*1000 and:+
        first:.1 second:.2 third:.3 fourth:.4 fifth:.5 sixth:.6 seventh:.7 eighth:.8
        ninth:.9 tenth:.10 eleventh:.11 twelfth:.12 thirteenth:.13 fourteenth:.14
        fifteenth:.15 sixteenth:.16 seventeenth:.17 eighteenth:.18 nineteenth:.19
        twentieth:.20 thirtieth:.30""",
    "fr": """zero:0 un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9
        dix:10 onze:11 douze:12 treize:13 quatorze:14 quinze:15 seize:16 vingt:20 vingts:20
        trente:30 quarante:40 cinquante:50 soixante:60 septante:70 huitante:80 octante:80
        nonante:90 quatrevingt:80 quatrevingts:80 cent:*100 cents:*100 mille:*1000
        mil:*1000 et:+ premier:.1 premiere:.1""",
    "es": """cero:0 uno:1 una:1 un:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8
        nueve:9 diez:10 once:11 doce:12 trece:13 catorce:14 quince:15 dieciseis:16
        diecisiete:17 dieciocho:18 diecinueve:19 veinte:20 veintiuno:21 veintiun:21
        veintidos:22 veintitres:23 veinticuatro:24 veinticinco:25 veintiseis:26
        veintisiete:27 veintiocho:28 veintinueve:29 treinta:30 cuarenta:40 cincuenta:50
        sesenta:60 setenta:70 ochenta:80 noventa:90 cien:100 ciento:100 doscientos:200
        trescientos:300 cuatrocientos:400 quinientos:500 seiscientos:600 setecientos:700
        ochocientos:800 novecientos:900 mil:*1000 y:+ primero:.1 primer:.1""",
    "pt": """zero:0 um:1 uma:1 dois:2 duas:2 tres:3 quatro:4 cinco:5 seis:6 sete:7 oito:8
        nove:9 dez:10 onze:11 doze:12 treze:13 catorze:14 quatorze:14 quinze:15
        dezesseis:16 dezasseis:16 dezessete:17 dezassete:17 dezoito:18 dezenove:19
        dezanove:19 vinte:20 trinta:30 quarenta:40 cinquenta:50 sessenta:60 setenta:70
        oitenta:80 noventa:90 cem:100 cento:100 duzentos:200 trezentos:300
        quatrocentos:400 quinhentos:500 seiscentos:600 setecentos:700 oitocentos:800
        novecentos:900 mil:*1000 e:+ primeiro:.1""",
    "it": """zero:0 uno:1 una:1 un:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8
        nove:9 dieci:10 undici:11 dodici:12 tredici:13 quattordici:14 quindici:15
        sedici:16 diciassette:17 diciotto:18 diciannove:19 venti:20 vent:20 trenta:30
        trent:30 quaranta:40 quarant:40 cinquanta:50 cinquant:50 sessanta:60 sessant:60
        settanta:70 settant:70 ottanta:80 ottant:80 novanta:90 novant:90 cento:*100
        mille:*1000 mila:*1000 e:+ primo:.1""",
    "de": """null:0 eins:1 ein:1 eine:1 zwei:2 zwo:2 drei:3 vier:4 funf:5 fuenf:5 sechs:6
        sieben:7 acht:8 neun:9 zehn:10 elf:11 zwolf:12 zwoelf:12 dreizehn:13 vierzehn:14
        funfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20
        dreissig:30 dreißig:30 vierzig:40 funfzig:50 sechzig:60 siebzig:70 achtzig:80
        neunzig:90 hundert:*100 tausend:*1000 und:+""",
    "nl": """nul:0 een:1 twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10
        elf:11 twaalf:12 dertien:13 veertien:14 vijftien:15 zestien:16 zeventien:17
        achttien:18 negentien:19 twintig:20 dertig:30 veertig:40 vijftig:50 zestig:60
        zeventig:70 tachtig:80 negentig:90 honderd:*100 duizend:*1000 en:+""",
    "af": """nul:0 een:1 twee:2 drie:3 vier:4 vyf:5 ses:6 sewe:7 agt:8 nege:9 tien:10
        elf:11 twaalf:12 dertien:13 veertien:14 vyftien:15 sestien:16 sewentien:17
        agtien:18 negentien:19 twintig:20 dertig:30 veertig:40 vyftig:50 sestig:60
        sewentig:70 tagtig:80 negentig:90 honderd:*100 duisend:*1000 en:+""",
    "sv": """noll:0 en:1 ett:1 tva:2 tre:3 fyra:4 fem:5 sex:6 sju:7 atta:8 nio:9 tio:10
        elva:11 tolv:12 tretton:13 fjorton:14 femton:15 sexton:16 sjutton:17 arton:18
        nitton:19 tjugo:20 trettio:30 fyrtio:40 femtio:50 sextio:60 sjuttio:70 attio:80
        nittio:90 hundra:*100 tusen:*1000 och:+ forsta:.1 andra:.2 tredje:.3 fjarde:.4
        femte:.5 sjatte:.6 sjunde:.7 attonde:.8 nionde:.9 tionde:.10 elfte:.11 tolfte:.12
        trettonde:.13 fjortonde:.14 femtonde:.15 sextonde:.16 sjuttonde:.17 artonde:.18
        nittonde:.19 tjugonde:.20 trettionde:.30""",
    "da": """nul:0 en:1 et:1 to:2 tre:3 fire:4 fem:5 seks:6 syv:7 otte:8 ni:9 ti:10
        elleve:11 tolv:12 tretten:13 fjorten:14 femten:15 seksten:16 sytten:17 atten:18
        nitten:19 tyve:20 tredive:30 fyrre:40 halvtreds:50 tres:60 halvfjerds:70 firs:80
        halvfems:90 hundrede:*100 hundred:*100 tusind:*1000 og:+ forste:.1 anden:.2
        tredje:.3 fjerde:.4 femte:.5 sjette:.6 syvende:.7 ottende:.8 niende:.9 tiende:.10
        ellevte:.11 tolvte:.12 trettende:.13 fjortende:.14 femtende:.15 sekstende:.16
        syttende:.17 attende:.18 nittende:.19 tyvende:.20 tredivte:.30""",
    "no": """null:0 en:1 ett:1 ei:1 to:2 tre:3 fire:4 fem:5 seks:6 sju:7 syv:7 atte:8 ni:9
        ti:10 elleve:11 tolv:12 tretten:13 fjorten:14 femten:15 seksten:16 sytten:17
        atten:18 nitten:19 tjue:20 tyve:20 tretti:30 tredve:30 forti:40 forr:40 femti:50
        seksti:60 sytti:70 atti:80 nitti:90 hundre:*100 tusen:*1000 og:+ forste:.1
        andre:.2 tredje:.3 fjerde:.4 femte:.5 sjette:.6 sjuende:.7 syvende:.7 attende:.8
        niende:.9 tiende:.10 ellevte:.11 tolvte:.12 trettende:.13 fjortende:.14
        femtende:.15 sekstende:.16 syttende:.17 attende:.18 nittende:.19 tjuende:.20
        trettiende:.30""",
    "is": """null:0 einn:1 ein:1 eitt:1 tveir:2 tvaer:2 tvo:2 tveggja:2 thrir:3 thrjar:3
        thrju:3 thriggja:3 þrir:3 þrjar:3 þrju:3 þriggja:3 fjorir:4 fjogur:4 fjogurra:4
        fimm:5 sex:6 sjo:7 atta:8 niu:9 tiu:10 ellefu:11 tolf:12 threttan:13 þrettan:13
        fjortan:14 fimmtan:15 sextan:16 sautjan:17 atjan:18 nitjan:19 tuttugu:20
        thrjatiu:30 þrjatiu:30 fjorutiu:40 fimmtiu:50 sextiu:60 sjotiu:70 attatiu:80
        niutiu:90 hundrad:*100 hundrað:*100 thusund:*1000 þusund:*1000 og:+""",
    "fi": """nolla:0 yksi:1 kaksi:2 kolme:3 nelja:4 viisi:5 kuusi:6 seitseman:7
        kahdeksan:8 yhdeksan:9 kymmenen:10 toista:=10 kymmenta:*10 sata:100 sataa:*100
        tuhat:1000 tuhatta:*1000""",
    "et": """null:0 uks:1 kaks:2 kolm:3 neli:4 viis:5 kuus:6 seitse:7 kaheksa:8
        uheksa:9 kumme:10 teist:=10 kummend:*10 sada:100 sadat:*100 tuhat:*1000""",
    "hu": """nulla:0 egy:1 ketto:2 ket:2 harom:3 negy:4 ot:5 hat:6 het:7 nyolc:8 kilenc:9
        tiz:10 tizen:10 husz:20 huszon:20 harminc:30 negyven:40 otven:50 hatvan:60
        hetven:70 nyolcvan:80 kilencven:90 szaz:*100 ezer:*1000""",
    "pl": """zero:0 jeden:1 jedna:1 jedno:1 dwa:2 dwie:2 trzy:3 cztery:4 piec:5 szesc:6
        siedem:7 osiem:8 dziewiec:9 dziesiec:10 jedenascie:11 dwanascie:12 trzynascie:13
        czternascie:14 pietnascie:15 szesnascie:16 siedemnascie:17 osiemnascie:18
        dziewietnascie:19 dwadziescia:20 trzydziesci:30 czterdziesci:40
        piecdziesiat:50 szescdziesiat:60 siedemdziesiat:70 osiemdziesiat:80
        dziewiecdziesiat:90 sto:100 dwiescie:200 trzysta:300 czterysta:400 piecset:500
        szescset:600 siedemset:700 osiemset:800 dziewiecset:900 tysiac:*1000
        tysiace:*1000 tysiecy:*1000 pierwszego:.1 drugiego:.2 trzeciego:.3
        czwartego:.4 piatego:.5 szostego:.6 siodmego:.7 osmego:.8 dziewiatego:.9
        dziesiatego:.10 jedenastego:.11 dwunastego:.12 trzynastego:.13
        czternastego:.14 pietnastego:.15 szesnastego:.16 siedemnastego:.17
        osiemnastego:.18 dziewietnastego:.19 dwudziestego:.20 trzydziestego:.30""",
    "cs": """nula:0 jeden:1 jedna:1 jedno:1 dva:2 dve:2 tri:3 ctyri:4 pet:5 sest:6 sedm:7
        osm:8 devet:9 deset:10 jedenact:11 dvanact:12 trinact:13 ctrnact:14 patnact:15
        sestnact:16 sedmnact:17 osmnact:18 devatenact:19 dvacet:20 tricet:30
        ctyricet:40 padesat:50 sedesat:60 sedmdesat:70 osmdesat:80 devadesat:90
        devadesati:90 sto:100 ste:*100 sta:*100 set:*100 tisic:*1000 tisice:*1000 a:+
        prvniho:.1 druheho:.2 tretiho:.3 ctvrteho:.4 pateho:.5 sesteho:.6 sedmeho:.7
        osmeho:.8 devateho:.9 desateho:.10 dvacateho:.20 triceteho:.30""",
    "sk": """nula:0 jeden:1 jedna:1 jedno:1 dva:2 dve:2 tri:3 styri:4 pat:5 sest:6
        sedem:7 osem:8 devat:9 desat:10 jedenast:11 dvanast:12 trinast:13 strnast:14
        patnast:15 sestnast:16 sedemnast:17 osemnast:18 devatnast:19 dvadsat:20
        tridsat:30 styridsat:40 patdesiat:50 sestdesiat:60 sedemdesiat:70
        osemdesiat:80 devatdesiat:90 sto:100 tisic:*1000 a:+""",
    "hr": """nula:0 jedan:1 jedna:1 jedno:1 dva:2 dvije:2 tri:3 cetiri:4 pet:5 sest:6
        sedam:7 osam:8 devet:9 deset:10 jedanaest:11 dvanaest:12 trinaest:13
        cetrnaest:14 petnaest:15 sesnaest:16 sedamnaest:17 osamnaest:18 devetnaest:19
        dvadeset:20 trideset:30 cetrdeset:40 pedeset:50 sezdeset:60 sedamdeset:70
        osamdeset:80 devedeset:90 sto:100 tisuca:*1000 i:+""",
    # Slovenian, its unit first ("triindevetdeset"; CLDR writes "devetdeset tri")
    "sl": """nic:0 ena:1 en:1 dva:2 dve:2 tri:3 stiri:4 pet:5 sest:6 sedem:7 osem:8
        devet:9 deset:10 devetdeset:90 sto:100 in:+""",
    "ro": """zero:0 unu:1 una:1 un:1 doi:2 doua:2 trei:3 patru:4 cinci:5 sase:6 sapte:7
        opt:8 noua:9 zece:10 unsprezece:11 doisprezece:12 douasprezece:12
        treisprezece:13 paisprezece:14 cincisprezece:15 saisprezece:16
        saptesprezece:17 optsprezece:18 nouasprezece:19 douazeci:20 treizeci:30
        patruzeci:40 cincizeci:50 saizeci:60 saptezeci:70 optzeci:80 nouazeci:90
        suta:100 sute:*100 mie:*1000 mii:*1000 si:+""",
    "tr": """sifir:0 bir:1 iki:2 uc:3 dort:4 bes:5 alti:6 yedi:7 sekiz:8 dokuz:9 on:10
        yirmi:20 otuz:30 kirk:40 elli:50 altmis:60 yetmis:70 seksen:80 doksan:90
        yuz:*100 bin:*1000""",
    "lt": """nulis:0 vienas:1 viena:1 du:2 dvi:2 trys:3 keturi:4 penki:5 sesi:6 septyni:7
        astuoni:8 devyni:9 desimt:10 vienuolika:11 dvylika:12 trylika:13
        keturiolika:14 penkiolika:15 sesiolika:16 septyniolika:17 astuoniolika:18
        devyniolika:19 dvidesimt:20 trisdesimt:30 keturiasdesimt:40 penkiasdesimt:50
        sesiasdesimt:60 septyniasdesimt:70 astuoniasdesimt:80 devyniasdesimt:90
        simtas:100 simtai:*100 tukstantis:*1000""",
    "lv": """nulle:0 viens:1 viena:1 divi:2 divas:2 tris:3 cetri:4 pieci:5 sesi:6
        septini:7 astoni:8 devini:9 desmit:10 vienpadsmit:11 divpadsmit:12
        trispadsmit:13 cetrpadsmit:14 piecpadsmit:15 sespadsmit:16 septinpadsmit:17
        astonpadsmit:18 devinpadsmit:19 divdesmit:20 trisdesmit:30 cetrdesmit:40
        piecdesmit:50 sesdesmit:60 septindesmit:70 astondesmit:80 devindesmit:90
        simts:100 simti:*100 tukstotis:*1000""",
    "el": """μηδεν:0 ενα:1 ενας:1 μια:1 ενος:1 δυο:2 δυο:2 τρια:3 τρεις:3 τριων:3
        τεσσερα:4 τεσσερις:4 τεσσαρων:4 πεντε:5 εξι:6 επτα:7 εφτα:7 οκτω:8 οχτω:8
        εννεα:9 εννια:9 δεκα:10 εντεκα:11 ενδεκα:11 δωδεκα:12 εικοσι:20 τριαντα:30
        σαραντα:40 πενηντα:50 εξηντα:60 εβδομηντα:70 ογδοντα:80 ενενηντα:90
        εκατο:100 χιλια:*1000 και:+""",
    "ru": """ноль:0 один:1 одна:1 одно:1 два:2 две:2 три:3 четыре:4 пять:5 шесть:6
        семь:7 восемь:8 девять:9 десять:10 одиннадцать:11 двенадцать:12 тринадцать:13
        четырнадцать:14 пятнадцать:15 шестнадцать:16 семнадцать:17 восемнадцать:18
        девятнадцать:19 двадцать:20 тридцать:30 сорок:40 пятьдесят:50 шестьдесят:60
        семьдесят:70 восемьдесят:80 девяносто:90 деветдесет:90 деведесет:90
        дев'яносто:90 сто:100 двести:200 триста:300 четыреста:400 пятьсот:500
        шестьсот:600 семьсот:700 восемьсот:800 девятьсот:900 тысяча:*1000
        тысячи:*1000 тысяч:*1000 и:+ первого:.1 второго:.2 третьего:.3 четвертого:.4
        пятого:.5 шестого:.6 седьмого:.7 восьмого:.8 девятого:.9 десятого:.10
        двадцатого:.20 тридцатого:.30""",
    "id": """nol:0 kosong:0 satu:1 dua:2 tiga:3 empat:4 lima:5 enam:6 tujuh:7 delapan:8
        lapan:8 sembilan:9 sepuluh:10 sebelas:11 belas:=10 puluh:*10 seratus:100
        ratus:*100 seribu:1000 ribu:*1000""",
    "mi": """kore:0 tahi:1 kotahi:1 rua:2 toru:3 wha:4 rima:5 ono:6 whitu:7 waru:8 iwa:9
        tekau:*10 ma:+ rau:*100 mano:*1000""",
    "ga": """naid:0 aon:1 haon:1 do:2 tri:3 ceathair:4 cuig:5 se:6 seacht:7 ocht:8 naoi:9
        deich:10 fiche:20 triocha:30 daichead:40 caoga:50 seasca:60 seachto:70 ochto:80
        nocha:90 cead:*100 mile:*1000 is:+ agus:+ a:+ bliana:_ mbliana:_ bliain:_""",
}
# Languages CLDR spells no numbers for (``cldr_ages`` reads the rest): West Frisian (its
# unit first, "trijenjoggentich"), Papiamentu, Mauritian and Haitian Creole (the tens of
# twenty, "katreven-dis-set"), Tok Pisin, Bislama and Krio, Malagasy (its unit first,
# "telo amby sivifolo"), Tajik ("навадусе") and Mongolian.
_SPEC.update(
    {
        "fy": """nul:0 ien:1 twa:2 trije:3 fjouwer:4 fiif:5 seis:6 san:7 acht:8 njoggen:9
            tsien:10 alve:11 tolve:12 trettjin:13 fjirtjin:14 fyftjin:15 sechstjin:16
            santjin:17 achttjin:18 njoggentjin:19 tweintich:20 tritich:30 fjirtich:40
            fyftich:50 sechstich:60 santich:70 tachtich:80 njoggentich:90 hundert:*100
            tuzen:*1000 en:+""",
        "pap": """sero:0 unu:1 un:1 dos:2 tres:3 kuater:4 sinku:5 seis:6 shete:7 ocho:8
            nuebe:9 dies:10 diesun:11 diesdos:12 diestres:13 dieskuater:14 diessinku:15
            diesseis:16 diesshete:17 diesocho:18 diesnuebe:19 binti:20 trinta:30
            kuarenta:40 sinkuenta:50 sesenta:60 setenta:70 ochenta:80 nobenta:90 nobenti:90
            shen:100 mil:*1000 i:+""",
        "mfe": """zero:0 enn:1 de:2 trwa:3 kat:4 sink:5 sis:6 set:7 wit:8 nef:9 dis:10
            onz:11 douz:12 trez:13 katorz:14 kenz:15 sez:16 disset:17 diset:17 dizwit:18
            diznef:19 ven:20 trant:30 karant:40 sinkant:50 swasant:60 swasann:60
            swasanndis:70 katreven:80 katrevin:80 katrvin:80 katrven:80 katrevindis:90
            katrevendis:90 katrvindis:90 katrvendis:90 san:*100 mil:*1000 e:+""",
        "ht": """zewo:0 en:1 youn:1 de:2 twa:3 kat:4 senk:5 sis:6 set:7 uit:8 nef:9 dis:10
            onz:11 douz:12 trez:13 katoz:14 kenz:15 sez:16 diset:17 dizuit:18 diznef:19
            ven:20 trant:30 karant:40 senkant:50 swasant:60 swasanndis:70 katreven:80
            katrevendis:90 san:*100 mil:*1000""",
        "tpi": """wanpela:1 tupela:2 tripela:3 fopela:4 faivpela:5 sikspela:6 sevenpela:7
            etpela:8 nainpela:9 tenpela:10 wan:1 tu:2 tri:3 fo:4 faiv:5 siks:6 seven:7
            et:8 nain:9 ten:10 nainti:90 naintipela:90 handet:*100""",
        "bi": """wan:1 tu:2 tri:3 fo:4 faef:5 sikis:6 seven:7 eit:8 naen:9 ten:10
            naenti:90 handred:*100""",
        "kri": """wan:1 tu:2 tri:3 fo:4 fayv:5 siks:6 sevin:7 et:8 nayn:9 ten:10
            nayti:90 naynti:90 ondred:*100 en:+""",
        "mg": """iray:1 roa:2 telo:3 efatra:4 dimy:5 enina:6 fito:7 valo:8 sivy:9 folo:10
            sivifolo:90 zato:100 amby:+ sy:+""",
        # Faroese beside CLDR's "nítitveir": "níggjuti" (90) and the words apart ("níggjuti
        # og tvey", "tvey og níti")
        "fo": """ein:1 eitt:1 tveir:2 tvær:2 tvey:2 tríggir:3 tríggjar:3 trý:3 fýra:4
            fimm:5 seks:6 sjey:7 átta:8 níggju:9 tíggju:10 níti:90 níggjuti:90
            hundrað:*100 og:+""",
        # Tajik joins the tens and the unit with "у" ("навадусе", 93)
        "tg": """як:1 ду:2 се:3 чор:4 панҷ:5 шаш:6 ҳафт:7 ҳашт:8 нӯҳ:9 даҳ:10 навад:90
            навадуяк:91 навадуду:92 навадусе:93 навадучор:94 навадупанҷ:95 навадушаш:96
            навадуҳафт:97 навадуҳашт:98 навадунӯҳ:99 сад:*100 ҳазор:*1000 у:+""",
        # Mongolian: each number also in its attributive form ("ерэн гурван настай")
        "mn": """нэг:1 нэгэн:1 хоёр:2 гурав:3 гурван:3 дөрөв:4 дөрвөн:4 тав:5 таван:5
            зургаа:6 зургаан:6 долоо:7 долоон:7 найм:8 найман:8 ес:9 есөн:9 арав:10
            ерэн:90 ер:90 зуу:*100 мянга:*1000""",
    }
)
_SPEC["ms"] = _SPEC["id"]


def _joined_nineties(spec: str) -> str:
    """The creoles' ninety to ninety-nine also as one word ("katrevendisèt", 97): each of
    their words for eighty joined to each of their ten to nineteen."""
    words = dict(item.rsplit(":", 1) for item in spec.split())
    eighties = [w for w, v in words.items() if v == "80"]
    teens = [(w, int(v)) for w, v in words.items() if v.isdigit() and 10 <= int(v) <= 19]
    return "".join(f" {e}{t}:{80 + v}" for e in eighties for t, v in teens)


for _lang in ("mfe", "ht"):
    _SPEC[_lang] += _joined_nineties(_SPEC[_lang])
_SPEC["no"] += " forty:40"  # "førti" folds to "forti"; the line above keeps "forr"

# German, Dutch and Afrikaans ordinals: the cardinal and "te" or "ste" ("vierte",
# "zwanzigste", "einundzwanzigsten"); the irregular ones listed.
_ORDINAL_ENDINGS = {
    "de": (("te", "ste"), ("", "n", "r", "s", "m")),
    "nl": (("de", "ste"), ("", "n")),
    "af": (("de", "ste"), ("",)),
}
_IRREGULAR_ORDINALS = {
    "de": "erste:1 dritte:3 siebte:7 siebente:7 achte:8",
    "nl": "eerste:1 derde:3 achtste:8",
    "af": "eerste:1 derde:3 agste:8",
}


@dataclass(frozen=True)
class Entry:
    value: int
    kind: str  # "n" added, "m" multiplier, "a" added to a unit, "+" link, "_" skipped


def _entry(spec: str) -> Entry:
    if spec == "+":
        return Entry(0, "+")
    if spec == "_":
        return Entry(0, "_")
    if spec[0] == "*":
        return Entry(int(spec[1:]), "m")
    if spec[0] == "=":
        return Entry(int(spec[1:]), "a")
    if spec[0] == ".":
        return Entry(int(spec[1:]), "o")
    return Entry(int(spec), "n")


def _forms(word: str) -> set[str]:
    """A lexicon word as the scanner folds it (in lower case, capitalised and in capitals:
    look-alike letters of Greek and Cyrillic fold otherwise by case)."""
    return {fold_word(f(word)) for f in (str.lower, str.capitalize, str.upper)}


def _build() -> dict[str, dict[str, Entry]]:
    out: dict[str, dict[str, Entry]] = {}
    for lang, spec in _SPEC.items():
        lex: dict[str, Entry] = {}
        for item in spec.split():
            word, value = item.rsplit(":", 1)
            for f in _forms(word):
                lex.setdefault(f, _entry(value))
        if lang in _ORDINAL_ENDINGS:
            (unit_end, ten_end), tails = _ORDINAL_ENDINGS[lang]
            stems = {w: e.value for w, e in lex.items() if e.kind == "n" and 2 <= e.value < 100}
            stems.update(
                (w, int(v)) for w, v in (x.split(":") for x in _IRREGULAR_ORDINALS[lang].split())
            )
            irregular = {x.split(":")[0] for x in _IRREGULAR_ORDINALS[lang].split()}
            for stem, n in stems.items():
                base = stem if stem in irregular else stem + (ten_end if n >= 20 else unit_end)
                for tail in tails:
                    lex.setdefault(base + tail, Entry(n, "o"))
        out[lang] = lex
    return out


_LEXICONS = _build()
_ALL = frozenset(w for lex in _LEXICONS.values() for w in lex)
_LONGEST = max(len(w) for w in _ALL)
# The first three letters of every lexicon word: a word beginning otherwise is no number.
_PREFIXES = frozenset(w[:3] for w in _ALL)


# The languages that write a number's words together ("dreiundneunzig", "novantasei",
# "nittiofem", "kilencvenhét", "deväťdesiatdva"); the others write them apart or with
# hyphens, and a word of theirs is never read as several ("dose" is no Irish "do sé").
_JOINING = frozenset(words("de nl af sv da no is it fi et hu cs sk el sl fy tg pap"))


@lru_cache(maxsize=65536)
def _segment(piece: str, lang: str) -> tuple[Entry, ...] | None:
    """``piece`` (folded, no hyphen) as the fewest words of ``lang``'s lexicon written
    together ("dreiundneunzig": drei, und, neunzig), or None."""
    lex = _LEXICONS[lang]
    if piece in lex:
        return (lex[piece],)
    if lang not in _JOINING:
        return None
    n = len(piece)
    best: list[tuple[Entry, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 2, min(n, i + _LONGEST) + 1):
            e = lex.get(piece[i:j])
            if e is None:
                continue
            cand = (*best[i], e)  # type: ignore[misc]
            if best[j] is None or len(cand) < len(best[j]):  # type: ignore[arg-type]
                best[j] = cand
    return best[n]


def entries(word: str) -> dict[str, tuple[Entry, ...]]:
    """The readings of one token (folded) as number words, by language: each hyphenated
    piece a word or words of the lexicon ("quatre-vingt-seize", "ninety-six")."""
    # the tens of twenty are one word ("quatre-vingt-seize": 80 and 16)
    word = word.replace("quatre-vingt", "quatrevingt")
    pieces = [p for p in re.split(r"[-'’]", word) if p]
    if not pieces or not all(p[:3] in _PREFIXES or p in _ALL for p in pieces):
        return {}
    out: dict[str, tuple[Entry, ...]] = {}
    for lang in _LEXICONS:
        got: list[Entry] = []
        for p in pieces:
            seg = _segment(p, lang)
            if seg is None:
                break
            got.extend(seg)
        else:
            out[lang] = tuple(got)
    return out


@dataclass
class Number:
    """A number read from words: its value, its tokens and whether it is an ordinal."""

    value: int
    first: int
    last: int
    ordinal: bool = False
    words: int = 0


def parse(seq: list[tuple[int, Entry]]) -> list[Number]:
    """The numbers a run of lexicon words says, in order: a new number begins where the
    words cannot continue the one before ("cinco siete dos" is three numbers; "drei und
    neunzig", "soixante-dix-sept", "nineteen hundred and thirty" one each)."""
    out: list[Number] = []
    cur: Number | None = None
    total = group = pending = 0
    last: int | None = None  # the last value added
    linked = False

    def close() -> None:
        nonlocal cur, total, group, pending, last, linked
        if cur is not None:
            cur.value = total + group + pending
            out.append(cur)
        cur, total, group, pending, last, linked = None, 0, 0, 0, None, False

    for i, e in seq:
        if e.kind in "+_":
            linked = linked or e.kind == "+"
            continue
        if cur is not None and not _continues(last, e, linked):
            close()
        if cur is None:
            cur = Number(0, i, i)
        cur.last, cur.words = i, cur.words + 1
        cur.ordinal = cur.ordinal or e.kind == "o"
        if e.kind == "m":
            if e.value == 1000:
                total += (group + pending or 1) * 1000
                group = pending = 0
            elif e.value == 100:
                group += (pending or 1) * 100
                pending = 0
            else:
                pending = (pending or 1) * e.value
            last = None if e.value >= 100 else pending
        else:
            pending += e.value
            last = e.value
        linked = False
    close()
    return out


def _continues(last: int | None, e: Entry, linked: bool) -> bool:
    """A word of value ``e`` continues the number whose last added value is ``last``."""
    if e.kind in "ma":
        return True
    if last is None:
        return True  # after a hundred or a thousand ("hundred and five")
    n = e.value
    if last < 10 and 20 <= n < 100 and n % 10 == 0:
        return linked  # the unit first, then "and" and the tens ("drei und neunzig")
    if last >= 100:
        return n < last
    if last < 10 or 11 <= last < 20:
        return False  # a unit or a teen ends the number below a hundred
    return n < last and not (last % 10 and n < 10)


def _cldr_first(word: str, firsts: frozenset[str]) -> str | None:
    """``word`` as the first word of a CLDR spelling, or past a prefix of up to three
    letters that agrees it with its noun (Zulu "engamashumi": "amashumi"), or None."""
    if word in firsts:
        return word
    for j in (1, 2, 3):
        if len(word) - j >= 5 and word[j:] in firsts:
            return word[j:]
    return None


# -- what the numbers say ---------------------------------------------------------------

_AGE_AFTER = frozenset(fold_word(w) for w in AGE_WORDS_AFTER + AGE_WORDS_AFTER_MORE) | frozenset(
    words(
        """years year yrs old ar ars aar ara aastat vuotta vuotias eves yasinda yasinde yas
        lat let godina godine ani anni anos ans jahre jaar ετων лет года tau d'aois aois
        birthday geburtstag anniversaire cumpleanos compleanno aniversario verjaardag
        urodziny fodelsedag fodselsdag syntymapaiva"""
    )
)
# The languages whose word lists tell a noun after a number ("novanta pazienti").
_COUNT_LANGUAGES = words("fr es it de pt nl pl sv da no cs ro hr tr")
_PARTITIVE = frozenset(words("of de di d' von van z ze iz"))
_NOT_AGE_AFTER = frozenset(words("per pour por procent percent prozent pourcent % cent"))
# The months: English (``patterns``) and every other language (``calendar_words``'s one
# list, Cyrillic and Greek forms too).
_MONTHS = frozenset(MONTHS) | frozenset(calendar_words.MONTHS)
# Words between a day and its month, or a month and its year ("the fourth of April", "le
# 3 de mayo de", "am elften Mai", "den tjugotredje maj").
_DATE_LINKS = frozenset(words("of the de del di da do den der dem le la el il am op w in du"))


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str  # "age", "number" (dictated digits), "date"


def find(
    text: str, tokens: list[re.Match[str]], folded: list[str], v: Vocabulary
) -> Iterator[Found]:
    """Ages over 89, dictated digits and dates written in words in ``text`` (the
    scanner's tokens, folded)."""
    readings = [entries(f) if f.isalpha() or "-" in f or "'" in f else {} for f in folded]
    found = list(_runs(text, tokens, folded, readings, v)) if any(readings) else []
    yield from found
    ages = {(f.start, f.end) for f in found if f.kind == "age"}
    for f in _cldr(text, tokens, folded, v):
        if (f.start, f.end) not in ages:
            yield f
    yield from _cjk(text)
    for a, b in cldr_ages.find_in_scripts(text):
        yield Found(a, b, "age")


def _cldr(
    text: str, tokens: list[re.Match[str]], folded: list[str], v: Vocabulary
) -> Iterator[Found]:
    """Ages of 90 to 129 in the number words CLDR spells out (``cldr_ages``), in the
    languages with no lexicon here too, judged as this module's own (``_age``)."""
    table, firsts = cldr_ages.spaced(), cldr_ages.firsts()
    i = 0
    while i < len(tokens):
        first = _cldr_first(folded[i], firsts)
        if first is None:
            i += 1
            continue
        for k in range(min(cldr_ages.longest(), len(tokens) - i), 0, -1):
            value = table.get((first, *folded[i + 1 : i + k]))
            if value is None or not all(
                _joined(text, tokens, j, j + 1) for j in range(i, i + k - 1)
            ):
                continue
            n = Number(value, i, i + k - 1, words=k)
            nxt = folded[i + k] if i + k < len(tokens) else ""
            # a hundred ("isang daan", also "one road"): an age before "years" only
            hundred = value == 100 and nxt not in _AGE_AFTER
            if not hundred and _age(text, tokens, folded, n, v):
                yield Found(tokens[i].start(), tokens[i + k - 1].end(), "age")
            i += k - 1
            break
        i += 1


def _joined(text: str, tokens: list[re.Match[str]], a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` stand in one phrase: spaces, a hyphen or a comma between."""
    gap = text[tokens[a].end() : tokens[b].start()]
    return len(gap) <= 3 and not gap.strip(" ,-\u00a0")


def _runs(
    text: str,
    tokens: list[re.Match[str]],
    folded: list[str],
    readings: list[dict[str, tuple[Entry, ...]]],
    v: Vocabulary,
) -> Iterator[Found]:
    done: set[tuple[int, int, str]] = set()
    for lang in _LEXICONS:
        runs: list[list[Number]] = []
        i = 0
        while i < len(tokens):
            if lang not in readings[i]:
                i += 1
                continue
            j = i
            while (
                j + 1 < len(tokens) and lang in readings[j + 1] and _joined(text, tokens, j, j + 1)
            ):
                j += 1
            runs.append(parse([(k, e) for k in range(i, j + 1) for e in readings[k][lang]]))
            i = j + 1
        every = [n for run in runs for n in run]
        for run in runs:
            for found in _judge(text, tokens, folded, run, every, v):
                key = (found.start, found.end, found.kind)
                if key not in done:
                    done.add(key)
                    yield found


def _judge(
    text: str,
    tokens: list[re.Match[str]],
    folded: list[str],
    numbers: list[Number],
    every: list[Number],
    v: Vocabulary,
) -> Iterator[Found]:
    """What one run of number words says (``every``: all the numbers of its language in
    the text, where a date's year may stand)."""

    def span(a: Number, b: Number) -> tuple[int, int]:
        return tokens[a.first].start(), tokens[b.last].end()

    if len(numbers) >= 3 and all(n.value < 100 and not n.ordinal for n in numbers):
        # digits dictated: each number a digit or a pair of digits ("zero six, quarante-
        # huit, vingt et un")
        yield Found(*span(numbers[0], numbers[-1]), "number")
        return
    for n in numbers:
        date = _date(text, tokens, folded, n, every)
        if date is not None:
            yield date
        elif 90 <= n.value < 130 and not n.ordinal and _age(text, tokens, folded, n, v):
            yield Found(*span(n, n), "age")


def _age(
    text: str, tokens: list[re.Match[str]], folded: list[str], n: Number, v: Vocabulary
) -> bool:
    """The number ``n`` (90 to 129) is an age: an age word after it, or no word that says
    it counts something else ("ninety minutes", "novanta pazienti", "ninety per cent")."""
    after = n.last + 1
    nxt = folded[after] if after < len(tokens) else ""
    if re.match(r"\s*[%‰]", text[tokens[n.last].end() :]):
        return False
    if nxt in _AGE_AFTER or (nxt and nxt.split("-")[0] in _AGE_AFTER):
        return True
    if after + 1 < len(tokens) and folded[after + 1] in _AGE_AFTER:
        return True  # "iwa tekau mā whā ōna tau" (her years)
    if nxt in _PARTITIVE:
        # "nouăzeci și șase de ani" is an age; "ninety-four of them" counts
        return after + 1 < len(tokens) and folded[after + 1] in _AGE_AFTER
    if n.value == 100 and n.words == 1:
        return False  # "cent", "sto", "hundred" alone: an age only before an age word
    if nxt in _NOT_AGE_AFTER:
        return False
    if not nxt or function_word(nxt) or text[tokens[n.last].end() : tokens[after].start()].strip():
        return True
    if nxt in v.english or v.ordinary(nxt) or v.drug(nxt):
        return False  # a noun it counts ("ninety patients", "ninety-two included")
    return not any(v.foreign(nxt, lang) for lang in _COUNT_LANGUAGES)


def _date(
    text: str, tokens: list[re.Match[str]], folded: list[str], n: Number, every: list[Number]
) -> Found | None:
    """The number ``n`` is a day (1 to 31) beside a month's name, with the year after it
    if one follows (in digits, or in words: one of ``every``)."""
    if not 1 <= n.value <= 31:
        return None
    month = _month_near(text, tokens, folded, n.last + 1, 1)
    if month is None and n.ordinal:
        # the month first, then the day: an ordinal ("April the fourth", "June 2" is no
        # word form, and "in June two biopsies" is no date)
        month = _month_near(text, tokens, folded, n.first - 1, -1)
    if month is None:
        return None
    start = tokens[min(n.first, month)].start()
    end = tokens[max(n.last, month)].end()
    # the year: digits or a number in words after the month (past "de", "of")
    j = max(n.last, month) + 1
    while j < len(tokens) and folded[j] in _DATE_LINKS and j <= max(n.last, month) + 2:
        j += 1
    if j < len(tokens) and re.fullmatch(r"(?:1[89]|20)\d\d", folded[j]):
        end = tokens[j].end()
    else:
        year = [m for m in every if m.first == j]
        if year:
            nxt = [m for m in every if m.first == year[0].last + 1]
            if 10 <= year[0].value <= 20 and nxt:
                year.append(nxt[0])  # "nineteen thirty-one"
            end = tokens[year[-1].last].end()
    if _AMBIGUOUS_MONTH.match(folded[month]) and not tokens[month].group()[:1].isupper():
        if end == tokens[max(n.last, month)].end():
            return None  # "two may", "doi mai": a month's name only with a capital or a year
    return Found(start, end, "date")


# Month names that are other words too ("may", "mar", Romanian "mai", French "sept").
_AMBIGUOUS_MONTH = re.compile(r"^(?:may|mar|mai|march|sept|dec|jan|feb|apr|jun|jul|aug|oct|nov)$")


def _month_near(
    text: str, tokens: list[re.Match[str]], folded: list[str], i: int, step: int
) -> int | None:
    """The token of a month's name at ``i``, or past one or two linking words, with only
    spaces between ("in March, three days later" is no date)."""
    for _ in range(3):
        if not 0 <= i < len(folded):
            return None
        a, b = (i - 1, i) if step > 0 else (i, i + 1)
        if a >= 0 and b < len(tokens) and text[tokens[a].end() : tokens[b].start()].strip():
            return None
        if folded[i] in _MONTHS:
            return i
        if folded[i] not in _DATE_LINKS:
            return None
        i += step
    return None


# -- Japanese and Chinese numerals ------------------------------------------------------

_CJK_DIGITS = {
    c: n
    for n, cs in enumerate(("〇零", "一", "二两兩", "三", "四", "五", "六", "七", "八", "九"))
    for c in cs
}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_RUN = re.compile(r"[〇零一二两兩三四五六七八九十百千]+")
# What after a number says it counts something other than years of age (minutes, days,
# people, times, percent, milligrams...).
_CJK_NOT_AGE = re.compile(r"[分秒日天時时周週月回次人个個名例%％毫克倍年]|mg|ml|kg", re.I)


def _cjk_value(run: str) -> int:
    total = pending = 0
    for c in run:
        if c in _CJK_UNITS:
            total += (pending or 1) * _CJK_UNITS[c]
            pending = 0
        else:
            pending = pending * 10 + _CJK_DIGITS[c] if pending else _CJK_DIGITS[c]
    return total + pending


def _cjk(text: str) -> Iterator[Found]:
    if text.isascii():
        return
    for mt in _CJK_RUN.finditer(text):
        run = mt.group()
        if len(run) >= 4 and not any(c in _CJK_UNITS for c in run):
            yield Found(mt.start(), mt.end(), "number")  # digits one after another
            continue
        if 90 <= _cjk_value(run) < 130 and not _CJK_NOT_AGE.match(text, mt.end()):
            yield Found(mt.start(), mt.end(), "age")
