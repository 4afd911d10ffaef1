"""Numbers written in digits: kept only in a clinical context (Philter's rule, issue 14).

A number is clinical when a unit stands after it (any language or script: "mg",
"mmol/L", "мкмоль/л", "%", "x10^9/L"), a clinical word before it (a lab, a measure, a
drug, a day, week or cycle of treatment, a stage, grade, class or score), a span of time
after it ("3 months"), or when its shape is one ("142/88", "08:30"). A small number (three
digits at most, no leading zero) is kept whatever stands around it, and so is a year
alone, unless it is the birth year of someone over 89 (Safe Harbor keeps a year, but not
one that tells such an age).

What needs a context and has none is an identifier: four digits or more, a leading zero,
or groups of digits that make six or more together ("21 847 30 19", "0171/5528314",
"104 4821"), with a capital-letter group before it that is no clinical word ("BK 4471").
The stronger shapes (a leading zero, six digits or more) are kept only beside a unit or
directly after a clinical word ("platelets 212 000"); a number after an identifier's cue
word or an extension's ("nummer", "Durchwahl", "poste", "wew.") is redacted whatever its
size.

``NumberContext`` is built once per text from the scanner's tokens; ``redacted(i)`` is the
decision for the pure number at token ``i``, ``span(i)`` the run of groups it belongs to.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import is_year, words
from caselog.privacy.vocab import Vocabulary, script_unit

# A number and nothing else: digits, with decimal or thousands marks, ranges and ratios.
PURE = re.compile(r"^\d+(?:[.,/-]\d+)*$")
_DECIMAL = re.compile(r"^\d{1,4}[.,]\d{1,3}$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?$")

# Units written after a number (folded; a token of letters and slashes is a unit when each
# piece is one, "mmol/L", "mL/min", "ng/ml").
UNITS = frozenset(
    fold_word(w)
    for w in words(
        """
    mg g kg mcg µg μg ug ng pg fg gm gram grams mmol µmol μmol umol nmol pmol mol meq mosm
    iu ui u ie ed me miu mu units unit unidades unites einheiten eenheden jednostek
    ml µl μl ul dl l cl cc mm cm m km mm2 mm3 mm² mm³ m2 m² µm nm dm
    mmhg hgmm kpa cmh2o torr bpm /min min mins minute minutes h hr hrs hour hours s sec ms
    uhr u. heures h. gy cgy mgy msv kcal kj kda da hz mhz mev
    % pct percent procent prozent pourcent por porcento prosent prosentti szazalek yuzde
    x × fold mal fach tys mil k lakh rpm fr french ch gauge g log logs sec secs
    cells cell copies kopii kopien copias copie cfu ufc
    st nd rd th er e eme ieme o a º ª
    ans an anos años anni jahre jahr jaar jaren ar år lat let lata rokov roky yil yas
    yo y yr yrs
    """
    )
)
# Spans of time after a number ("3 months", "2 Wochen", "6 semaines").
TIME_WORDS = frozenset(
    fold_word(w)
    for w in words(
        """
    second seconds minute minutes min mins hour hours hrs h day days d week weeks wk wks w
    month months mo mos mth mths year years yr yrs y night nights times time x
    sekunde sekunden minute minuten stunde stunden tag tage tagen woche wochen monat monate
    monaten jahr jahre jahren nacht nachte mal
    seconde secondes minute minutes heure heures jour jours semaine semaines mois an ans
    annee annees nuit nuits fois
    segundo segundos minuto minutos hora horas dia dias semana semanas mes meses ano anos
    noche noches noite noites vez veces vezes
    secondo secondi minuto minuti ora ore giorno giorni settimana settimane mese mesi anno
    anni notte notti volta volte
    seconde seconden minuut minuten uur uren dag dagen week weken maand maanden jaar jaren
    nacht nachten keer maal
    sekund sekundy minuta minut minuty godzina godziny godzin dzien dni tydzien tygodnie
    tygodni miesiac miesiace miesiecy rok lata lat raz razy
    sekund minut minuter timme timmar dag dagar vecka veckor manad manader ar natt natter
    gang ganger time timer dogn uke uker maned maneder dage uge uger maaned maaneder
    sekunti minuutti tunti tuntia paiva paivaa viikko viikkoa kuukausi kuukautta vuosi
    vuotta kertaa
    hodina hodiny hodin den dny dnu tyden tydny tydnu mesic mesice mesicu rok roky let
    ora perc nap napig het honap ev
    saniye dakika saat gun hafta ay yil kez defa
    secunda minut ora ore zi zile saptamana saptamani luna luni an ani
    sat sati dan dana tjedan tjedna mjesec mjeseci godina godine
    час часа часов день дня дней неделя недели недель месяц месяца месяцев год года лет раз
    ωρα ωρες ημερα ημερες εβδομαδα εβδομαδες μηνα μηνες ετη χρονια φορες
    """
    )
)
# Words after which a number is a value of treatment or a measure, in many languages
# (folded): the timeline of treatment, stages and grades, measures of the body, and the
# words of a dose; labs and drugs come from the vocabulary and ``_CUE_STEMS``.
CUES = frozenset(
    fold_word(w)
    for w in words(
        """
    day days d dag tag tage jour j dia giorno dzien dnia doba gun den dan zi paiva nap
    день дня ημερα pod
    week weeks wk w woche semaine semana settimana tydzien tyden hafta uke vecka viikko het
    неделя неделе
    month months mo monat mois mes mese miesiac mesic ay maand manad maned kuukausi honap
    месяц
    year years jahr ano año anno rok yil jaar ar vuosi ev godina год
    cycle cycles course courses c zyklus kurs cure ciclo cicli ciclos cykl cyklus kur kuur
    sykli syklus ciklus kura ciclu цикл курс
    dose doses dosis dosi dawka dawki doz doza доза dosering dos infusion infusions
    session sessions seance sitzung sesion seduta sessao sesja seans
    stage stages stadium stade estadio estagio stadio evre stupen stadion stadij faza
    стадия
    grade grades grad grado grau stopien derece graad fokozat stupen степень
    class klasse classe clase klasa sinif klass klasz klase класс
    type typ tipo typus tip tyyppi тип
    level levels spiegel niveau nivel livello poziom seviye szint tason hladina uroven
    уровень trough peak nadir target baseline
    score scores punteggio punkte puntos pontos wynik skor pontszam pisteet punktow
    index ratio count value values result results titre titer concentration clearance
    rate flow output volume weight height temperature temp pulse puls saturation sats
    pressure bp rr ta pa tk ad sbp dbp map hr spo2 sao2 fio2 etco2 gfr egfr ckd-epi
    bmi bsa ef lvef fev1 fvc dlco qtc qt pr qrs ph po2 pco2 be
    step phase fraction fractions line lines round rounds pack
    restriction intake limit goal uf ultrafiltration ultrafiltrat dialysate dialysaat
    omim mim orpha orphanet snomed loinc icd atc cpt
    """
    )
)
# Stems of lab and measure words in many languages ("kreatinin", "trombocyty",
# "plaquettes", "verenpaine", "tansiyon", "ciśnienie"): a word beginning with one is a
# clinical word before a value.
_CUE_STEMS = tuple(
    words(
        """
    creat kreat crea hemog haemog hemoglo emoglo hemoglo gemoglo гемогл креат hb
    thromb tromb plaquet plaquet piastrin plate plt тромб αιμοπετ
    leuk leuc lymph neutro eosin monocyt basophil wbc wcc rbc erythro eritro hematocr
    haematocr hamatokr
    gluc gluk glyc glyk glic glik hba1c insulin
    kali potas potass natri sodi sodium calc kalz kalc kalk fosf phosph magnes chlor
    klor bicarb hco3 album protein prot bilirub ferrit transf tsat iron fer eisen hierro
    cholest triglyc ldl hdl lipid urea urée ureia harnst mocznik mocovin karbamid
    urin urine diures albumin acr pcr upcr uacr
    tension tensio tensie tensao tensione pressur druck tryck tryk trykk cisnien tlak
    nyomas paine basin давлен пульс verenpaine blodtryck vernyomas tansiyon
    puls pulse frequen frecuen frequenz tep heart herz coeur corazon cuore hart serce
    temperat temp weight gewicht poids peso peso waga vikt vekt paino suly kilo
    height gross taille altura statura wzrost langd lengte pituus
    satur sat oxy
    dialys dializ hemodial haemodial ktv urr
    egfr gfr dfg tfg fg filtr clear klirens cockcroft mdrd ckd
    crp pct procalc esr vsg bsg
    ast alt alp ggt ldh ck troponin bnp ntprobnp amylas lipas
    pth vitamin vit d3 25oh calcitr cinacal
    tacro cyclo ciclo sirol everol mycoph mykof micof mmf pred methylpred dexa
    ritux cycloph epo darbe eprex heparin enoxap warfar insul furos torase
    hla mfi dsa crf cpra pra dimer ddimer fibrin microglob globul immunoglob igg iga igm
    igg4 bnp ntprobnp lactat laktat ammon cortis renin aldost osmol
    """
    )
)
# Location and administrative words of a hospital: a number after them names a place or
# a file, not a value.
_NOT_CUES = frozenset(
    words("unit ward room bed bay floor wing building department ambulance file case unidad")
)
# Words before an extension or a direct line: the number after them is a phone's.
EXTENSION_WORDS = frozenset(
    fold_word(w)
    for w in words(
        """
    ext ext. extn extension extensao extensión extension poste interne interno interna anexo
    ramal durchwahl nebenstelle toestel doorkies doorkiesnummer wew wewn lokal lok
    anknytning direktnummer mellek dahili interior int linka klapka kl alanumero sisainen
    доб добавочный εσωτ εσωτερικο 内線
    """
    )
)
# Words before a year of birth ("born 1931", "geb. 1929", "née en 1930", "rocznik 1932").
BIRTH_WORDS = frozenset(
    fold_word(w)
    for w in words(
        """
    born b dob yob birth geboren geb gebürtig jahrgang nee ne nacido nacida nac nascido
    nascida nato nata geboren geb urodzony urodzona urodzila urodzil ur rocznik fodd fodt
    fodd syntynyt narozen narozena nar szuletett szul dogumlu dogum nascut nascuta rodjen
    rodjena rodena roden родился родилась рожд γεννηθηκε γενν argang arg
    """
    )
)
# Fillers between a clinical word and its value ("creatinine was 245", "Hb of 8.4", "TA
# : 150/90", "Kreatinin von 3,4", "créatinine à 412", "level at 18").
_FILLERS = frozenset(
    words(
        """
    of was is were are at to = : from de du des da do di del della von vom van der den
    a à al au em en in na ze z of on was von bei by
    """
    )
)
# Words of a count of small things after a number ("22 glomeruli", "4 doses").
_COUNT_WORDS = frozenset(
    words(
        """
    patients cases cells copies glomeruli tablets capsules doses sessions episodes
    cycles infusions units vials ampoules puffs drops lesions nodules cysts stones
    """
    )
)
# Old enough to be over 89: a year of birth no later than this.
_OLDEST_BIRTH_YEAR = datetime.date.today().year - 90
_GAP_RUN = re.compile(r"^[ \u00a0\u2009\u202f]{1,2}$|^[ ]?[()][ ]?$|^\)[ ]?$|^[ ]?\($")
_UNIT_CHARS = re.compile(r"\s?(?:[%‰°²³×]|x\s?10|\^|/[^\W\d_]|\*10)")
_TIME_AFTER = re.compile(r":\d\d(?!\d)")
_TIME_BEFORE = re.compile(r"\d:$")
_SEP = re.compile(r"[.,/-]")


def _digits(token: str) -> int:
    return sum(c.isdigit() for c in token)


def unit(token: str) -> bool:
    """``token`` is a unit: one of ``UNITS``, a unit in another script ("мкмоль/л"), or
    pieces of units and numbers between slashes ("mL/min/1.73", "g/24h")."""
    f = fold_word(token).rstrip(".")
    if f in UNITS or script_unit(token):
        return True
    if "/" in f:
        parts = [p for p in f.split("/") if p]
        return bool(parts) and all(
            p in UNITS or p.isdigit() or re.fullmatch(r"\d*[a-zµμ]{1,4}\d?[²³]?", p) for p in parts
        )
    return bool(re.fullmatch(r"(?:mmol|µmol|umol|mg|g|ml|iu|u)[a-z]?", f))


_DECIMAL_OR_UNIT = re.compile(r"[.,]\d|\s?(?P<u>[^\s;,()]+)")


def value_after(text: str, end: int) -> bool:
    """The digits ending at ``end`` go on as a measurement: a decimal part ("5,9") or a
    unit after them ("5 mmol/l"). A plate's or a code's number never does: Finnish and
    Swedish write a lab test with its specimen before a hyphen ("P-K 5,9 mmol/l",
    "B-Hb 112 g/l"), shaped as a German plate ("L-JB 4711")."""
    mt = _DECIMAL_OR_UNIT.match(text, end)
    return mt is not None and (mt["u"] is None or unit(mt["u"].rstrip(".")))


@dataclass
class NumberContext:
    """The numbers of one text and their context (the scanner's tokens, folded)."""

    text: str
    tokens: list[re.Match[str]]
    folded: list[str]
    v: Vocabulary
    id_cues: frozenset[str] = frozenset()  # words after which a number is an identifier
    _runs: dict[int, tuple[int, int]] = field(default_factory=dict)
    _decided: dict[tuple[int, int], bool] = field(default_factory=dict)

    def pure(self, i: int) -> bool:
        return PURE.match(self.tokens[i].group()) is not None

    def span(self, i: int) -> tuple[int, int]:
        """The first and last token of the run of digit groups token ``i`` belongs to
        ("21 847 30 19", "8 (4852) 31-47-90"): pure numbers with only a space or a bracket
        between."""
        if i in self._runs:
            return self._runs[i]
        a = b = i
        while a > 0 and self.pure(a - 1) and _GAP_RUN.match(self._gap(a - 1, a)):
            a -= 1
        while b + 1 < len(self.tokens) and self.pure(b + 1) and _GAP_RUN.match(self._gap(b, b + 1)):
            b += 1
        if a < b and not self._groups(a, b):
            a = b = i
        for k in range(a, b + 1):
            self._runs[k] = (a, b)
        return a, b

    def _groups(self, a: int, b: int) -> bool:
        """Tokens ``a`` to ``b`` are one number written in groups, not a list of values
        ("245 231 198"): every group after the first is of two to four digits, and the
        groups are integers."""
        toks = [self.tokens[k].group() for k in range(a, b + 1)]
        if any(not t.isdigit() and not re.fullmatch(r"\d+(?:[-/]\d+)+", t) for t in toks):
            return False
        return all(len(t) <= 4 for t in toks[1:] if t.isdigit())

    def _gap(self, a: int, b: int) -> str:
        return self.text[self.tokens[a].end() : self.tokens[b].start()]

    def redacted(self, i: int) -> bool:
        """The pure number at token ``i`` (with the run it is part of) is an identifier."""
        a, b = self.span(i)
        if (a, b) not in self._decided:
            self._decided[(a, b)] = self._decide(a, b)
        return self._decided[(a, b)]

    def kind(self, i: int) -> str:
        """What a redacted number is: a year (of birth) is a date's, the rest numbers."""
        a, b = self.span(i)
        return "date" if a == b and _strength([self.tokens[a].group()]) == "year" else "number"

    def plate_letters(self, a: int) -> int | None:
        """The token before a redacted run that is a plate's letter group ("BK 4471",
        "2AK 4471"): capitals, or a digit and capitals, that no clinical list knows."""
        if a == 0 or self._gap(a - 1, a) != " ":
            return None
        tok = self.tokens[a - 1].group()
        if not re.fullmatch(r"[A-Z]{1,3}|\d[A-Z]{1,3}\d?", tok):
            return None
        f = self.folded[a - 1]
        if f in self.v.clinical or f in CUES or f in self.v.medical_capitals:
            return None
        return a - 1

    # -- the decision -------------------------------------------------------------------

    def _decide(self, a: int, b: int) -> bool:
        toks = [self.tokens[k].group() for k in range(a, b + 1)]
        before = self._word_before(a)
        if before in EXTENSION_WORDS or before in self.id_cues:
            return True
        if _TIME_AFTER.match(self.text, self.tokens[b].end()) or _TIME_BEFORE.search(
            self.text, 0, self.tokens[a].start()
        ):
            return False  # "08:30", "14:20 Uhr"
        strength = _strength(toks)
        if strength == "small":
            return False
        if strength == "year":
            born = any(self.folded[k].rstrip(".") in BIRTH_WORDS for k in range(max(0, a - 4), a))
            return born and int(toks[0]) <= _OLDEST_BIRTH_YEAR
        if self._unit_after(b):
            return False
        cue = self._cue_before(a, chain=strength == "weak")
        if cue:
            # a phone number's shape (a leading zero and six digits or more) is no value
            # even after a clinical word ("dialysis unit 0161 447 2291")
            return strength == "phone"
        if strength == "weak":
            nxt = self._word_after(b)
            if nxt in TIME_WORDS or nxt in _COUNT_WORDS or self._plural_after(b):
                return False
        return True

    def _word_before(self, a: int) -> str:
        return self.folded[a - 1].rstrip(".") if a > 0 else ""

    def _word_after(self, b: int) -> str:
        return self.folded[b + 1] if b + 1 < len(self.tokens) else ""

    def _plural_after(self, b: int) -> bool:
        """A count of things: a plural in lower case after the number ("5000 steps")."""
        if b + 1 >= len(self.tokens) or self._gap(b, b + 1) != " ":
            return False
        nxt, f = self.tokens[b + 1].group(), self.folded[b + 1]
        known = f in self.v.english or f in self.v.clinical
        return nxt.islower() and len(f) >= 4 and f.endswith("s") and known

    def _unit_after(self, b: int) -> bool:
        end = self.tokens[b].end()
        if _UNIT_CHARS.match(self.text, end):
            return True
        if b + 1 < len(self.tokens):
            gap = self._gap(b, b + 1)
            return (
                len(gap) <= 2
                and not gap.strip(" \u00a0\u202f\u2009(")
                and unit(self.tokens[b + 1].group())
            )
        return False

    def _cue_before(self, a: int, *, chain: bool) -> bool:
        """A clinical word stands before token ``a``: directly, past fillers ("was", "of",
        ":"), or (``chain``) past other values and their units in the same line ("Na 138
        K 4.2 Cl 104", "Creatinine (µmol/L): 245 / 231")."""
        k, seen = a - 1, 0
        while k >= 0 and seen < (8 if chain else 3):
            gap = self._gap(k, k + 1)
            if "\n" in gap or (not chain and gap.strip(" :=(")):
                return False
            f, tok = self.folded[k], self.tokens[k].group()
            if self._cue(f, tok):
                return True
            if f in _FILLERS or (chain and (PURE.match(tok) or unit(tok))):
                k, seen = k - 1, seen + 1
                continue
            return False
        return False

    def _cue(self, f: str, tok: str) -> bool:
        if f in _NOT_CUES:
            return False
        f = f.replace("-", "")
        if f in CUES or f.startswith(_CUE_STEMS):
            return True
        if any(c.isdigit() for c in tok):
            return False
        return f in self.v.clinical or (len(f) >= 5 and self.v.drug(f))


def _strength(toks: list[str]) -> str:
    """How much context a number needs: "small" (none), "year" (none, unless a birth
    year), "weak" (four or five digits), "strong" (six or more, in groups or not),
    "phone" (a leading zero and six digits or more)."""
    first = toks[0]
    total = sum(_digits(t) for t in toks)
    lead = first[0] == "0" and len(re.split(r"[.,]", first)[0]) > 1
    if len(toks) == 1:
        if _DECIMAL.match(first) and not lead:
            return "small"
        if is_year(first):
            return "year"
        if _blood_pressure(first) or _small_parts(first) or _decimal_range(first):
            return "small"
        if _THOUSANDS.match(first):
            total = _digits(
                first.split(",")[0] if first.count(".") == 1 and "," in first else first
            )
    if lead:
        return "phone" if total >= 6 else "strong"
    if total <= 3:
        return "small"
    return "weak" if total <= 5 and len(toks) == 1 else "strong"


def _blood_pressure(tok: str) -> bool:
    """A pressure written systolic over diastolic ("142/88", "180/110")."""
    mt = re.fullmatch(r"(\d{2,3})/(\d{2,3})", tok)
    if mt is None:
        return False
    high, low = int(mt[1]), int(mt[2])
    return 50 <= high <= 300 and 20 <= low <= 200 and high > low


def _decimal_range(tok: str) -> bool:
    """A range or ratio of values with a decimal mark ("8.5-10.5", "0,6/1,2"): a reference
    range, never an identifier's shape; a value never leads with a zero before more digits
    ("0176.228-193" is a telephone's)."""
    parts = re.split(r"[-/]", tok)
    return (
        1 < len(parts) <= 3
        and all(_DECIMAL.match(p) or (p.isdigit() and len(p) <= 3) for p in parts)
        and not any(len(re.split(r"[.,]", p)[0]) > 1 and p[0] == "0" for p in parts)
        and any("." in p or "," in p for p in parts)
    )


def _small_parts(tok: str) -> bool:
    """A range, ratio or list of small numbers ("2-2-1", "3/4", "250-1000" is not)."""
    parts = _SEP.split(tok)
    return 1 < len(parts) <= 3 and all(
        len(p) <= 3 and not (len(p) > 1 and p[0] == "0") for p in parts
    )
