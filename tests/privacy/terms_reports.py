# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""Clinical terms between the de-identified text and the printed report (2026-12-02): a
corpus of clinical prose written before any change of this session was measured on it.

The question is what the *report* loses on its own: a term kept in the anonymised case
file but missing from the Cureus, CMAJ or series PDF. The notes are clinical prose in
many languages and forms, chosen for what a report's sentence handling meets:

1. English as written in the United States, Britain, Ireland, India, Nigeria, South Africa,
   Australia, the Philippines and Canada (units "mg/dl.", "b.i.d.", "approx.", "e.g.",
   "vs.", "Dr." before a name, "No." before a number);
2. other languages in Latin script (German "z. B.", "ca.", "Dr. med."; French, Spanish,
   Italian, Portuguese, Polish, Czech, Croatian, Serbian in Latin, Slovene, Turkish, Dutch,
   Swedish, Romanian, Hungarian), sentences opening with a capital no ASCII has ("Ž",
   "Č", "Ö", "É", "Ł", "Ş");
3. Cyrillic (Serbian, Russian, Ukrainian, Bulgarian; "т.е.", "др.", "мг/дл.") and Greek
   ("π.χ.", "Δρ."), whose sentences open with capitals of their own script;
4. decimal commas, numbered and bulleted lists, lab printouts a line a result;
5. sentences with one redacted name in them: a doctor, a relative, a nurse, told in a
   clause or phrase of a sentence whose clinical content must still print.

Terms are in braces with a category letter (``heldout4.corpus``'s ``CATEGORIES``). Records
with a name carry a planted identifier or two (``(kind, text)``) that must not print.
Every person, place and number is invented.

The measure (``measure``; ``python -m tests.privacy.terms_reports [-v]``) builds each
record as a case whose notes are its events and, one paragraph each, its report's case
presentation, discussion and (for a series of the records) the series' introduction,
methods and discussion; writes the anonymised case file, the Cureus and CMAJ PDFs and the
series PDFs through the functions ``caselog report ... --accept-redactions`` calls; and
counts each term as kept in an output when pdftotext's text (or the exported note) holds
it.
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tests.privacy.heldout4.corpus import CATEGORIES, Note
from tests.privacy.measure_strict import Record

if TYPE_CHECKING:
    from caselog.core.model import Case

__all__ = ["CATEGORIES", "RECORDS", "measure"]


def n(lang: str, text: str) -> Note:
    return Note(lang, text)


# -- clinical prose, no identifier in it ------------------------------------------------

PROSE: list[Note] = [
    # English, United States: units with a full stop, twice-daily dosing
    n(
        "en",
        "Serum {L:creatinine} rose from {X:1.4 mg/dl.} to {X:3.2 mg/dl.} Within {X:48 hours} of starting {D:vancomycin} {X:1 g} i.v. b.i.d., she developed {A:non-oliguric acute kidney injury}.",
    ),
    n(
        "en",
        "Urinalysis showed {A:muddy brown granular casts}, approx. {X:10 per hpf}, and a {L:fractional excretion of sodium} of {X:2.8%}. {D:Vancomycin} trough was {X:38 mcg/ml.} The drug was held.",
    ),
    # English, Britain and Ireland
    n(
        "en",
        "Seen in renal clinic with {A:oedema} to the knees; {L:urine protein:creatinine ratio} {X:620 mg/mmol}, {L:albumin} {X:21 g/L}. {M:Renal biopsy} showed {A:membranous nephropathy}, {G:PLA2R} positive.",
    ),
    n(
        "en",
        "Started on {D:ramipril} {X:2.5 mg} o.d. and {D:furosemide} {X:40 mg} b.d. vs. {D:bumetanide}; {S:KDIGO} guidance followed, e.g. {A:sodium restriction}.",
    ),
    # English, India and Nigeria
    n(
        "en",
        "Known case of {A:type 2 diabetes mellitus} for {X:12 years}, on {D:metformin} {X:500 mg} BD. {L:HbA1c} {X:9.1%}, {L:eGFR} {X:34 ml/min/1.73m2}. Advised {D:empagliflozin} {X:10 mg} OD.",
    ),
    n(
        "en",
        "Ultrasound: both kidneys echogenic, right {X:8.9 cm}, left {X:9.2 cm}. {O:Plasmodium falciparum} on blood film; {A:blackwater fever} with {L:haemoglobin} {X:6.8 g/dl.} Commenced {D:artesunate} {X:2.4 mg/kg} IV.",
    ),
    # English, South Africa, Australia, Philippines, Canada
    n(
        "en",
        "{O:Mycobacterium tuberculosis} cultured from urine. {A:HIV-associated nephropathy} suspected; {L:CD4 count} {X:180 cells/µl}. Commenced {D:rifampicin}, {D:isoniazid}, {D:pyrazinamide} and {D:ethambutol}.",
    ),
    n(
        "en",
        "Presented with {A:hyperkalaemia}, {L:K+} {X:7.1 mmol/L} on the VBG, {A:peaked T waves} on {M:ECG}. Given {D:calcium gluconate} {X:10 ml} of {X:10%}, then {D:insulin} with {D:dextrose}.",
    ),
    n(
        "en",
        "{A:Leptospirosis} after wading through floodwater; {L:platelets} {X:54 x10^9/L}, {L:bilirubin} {X:88 µmol/L}. Started {D:penicillin G} {X:1.5 MU} q6h, {M:hemodialysis} for {A:uremia}.",
    ),
    n(
        "en",
        "No. of sessions per week: {X:3}. {L:Kt/V} {X:1.1} vs. target {X:1.2}; {L:URR} {X:63%}. Dialysate changed to {X:2.0 K} bath per Dr. orders.",
    ),
    # German
    n(
        "de",
        "Kreatinin im Serum {X:2,4 mg/dl}, {L:Harnstoff} {X:98 mg/dl}. Ätiologisch am ehesten {A:diabetische Nephropathie}, z. B. bei {A:Proteinurie} von ca. {X:3,2 g/Tag}. Übernahme zur {M:Nierenbiopsie}.",
    ),
    n(
        "de",
        "Unter {D:Tacrolimus} {X:3 mg} 1-0-1 Spiegel {X:11,2 ng/ml}. Ödeme beidseits, {A:Tremor} und {A:Hypomagnesiämie}; Dosisreduktion auf {X:2 mg} 1-0-1.",
    ),
    # French
    n(
        "fr",
        "Hospitalisée pour {A:syndrome néphrotique} : {L:protéinurie} {X:8,5 g/24 h}, {L:albuminémie} {X:18 g/l}. Évolution favorable sous {D:prednisone} {X:1 mg/kg/j}. À la {M:PBR}, {A:hyalinose segmentaire et focale}.",
    ),
    # Spanish
    n(
        "es",
        "Ingresa por {A:fracaso renal agudo} con {L:creatinina} {X:4,1 mg/dl}. Ecografía: {A:hidronefrosis bilateral}. Él refiere {A:disuria} desde hace {X:2 semanas}; se inicia {D:ceftriaxona} {X:1 g} cada 24 h.",
    ),
    # Italian and Portuguese
    n(
        "it",
        "Paziente in {M:emodialisi} trisettimanale dal {X:2019}. {A:Iperparatiroidismo secondario} con {L:PTH} {X:812 pg/ml}; avviato {D:cinacalcet} {X:30 mg}/die. È stato ridotto il {D:carbonato di calcio}.",
    ),
    n(
        "pt",
        "Doente com {E:doença de Fabry}, {G:GLA} mutado; {L:Lyso-Gb3} {X:45 nmol/l}. Iniciou {D:agalsidase beta} {X:1 mg/kg} a cada 2 semanas. Ótima tolerância.",
    ),
    # Polish, Czech, Slovak
    n(
        "pl",
        "Stężenie {L:kreatyniny} {X:3,8 mg/dl}. Łagodna {A:niedokrwistość}, {L:Hb} {X:9,6 g/dl}; włączono {D:darbepoetynę alfa} {X:30 µg} co 2 tyg. Żadnych objawów {A:nadciśnienia złośliwego}.",
    ),
    n(
        "cs",
        "Biopsie ledviny: {A:IgA nefropatie}, {S:Oxfordská klasifikace} M1 E0 S1 T1. Čtyřikrát týdně {M:hemodialýza}. Zahájen {D:budesonid} {X:16 mg} denně.",
    ),
    # Croatian, Serbian in Latin, Slovene
    n(
        "hr",
        "Ultrazvuk bubrega: {A:policistična bolest bubrega}, {L:kreatinin} {X:256 µmol/l}. Započet {D:tolvaptan} {X:45 mg} ujutro i {X:15 mg} popodne. Žeđ i {A:poliurija} podnošljive.",
    ),
    n(
        "sr",
        "Pacijentkinja sa {A:lupusnim nefritisom} klase IV po {S:ISN/RPS}. Ćelijski polumeseci u {X:30%} glomerula; primila {D:ciklofosfamid} {X:500 mg} i.v. Šest pulseva po {S:Euro-Lupus} protokolu.",
    ),
    n(
        "sl",
        "Kronična ledvična bolezen {S:stadij G4}, {L:eGFR} {X:22 ml/min}. Čez noč {A:hipoglikemija}; ukinjen {D:glibenklamid}. Življenjski slog brez kajenja.",
    ),
    # Turkish, Dutch, Swedish
    n(
        "tr",
        "Hasta {A:ailevi Akdeniz ateşi} nedeniyle takipte; {A:AA amiloidozu} gelişmiş. Şu an {D:kolşisin} {X:1,5 mg}/gün ve {D:kanakinumab} alıyor. Özellikle {L:proteinüri} {X:4,2 g/gün}.",
    ),
    n(
        "nl",
        "Opname wegens {A:urosepsis} met {O:Escherichia coli}; {L:CRP} {X:212 mg/l}. IJzerstapeling uitgesloten. Gestart met {D:ceftriaxon} {X:2 g} i.v., daarna {D:ciprofloxacine}.",
    ),
    n(
        "sv",
        "Ökad {A:proteinuri} efter byte till {D:lisinopril}. Åtgärd: {D:amlodipin} {X:5 mg}. Östrogenbehandling avslutad; {L:albumin} {X:28 g/l}.",
    ),
    # Romanian, Hungarian
    n(
        "ro",
        "Pacienta cu {A:glomerulonefrită rapid progresivă}, {L:ANCA} {G:anti-MPO} pozitiv. Și {A:hemoragie alveolară}; s-a inițiat {D:plasmafereză} și {D:rituximab} {X:375 mg/m2}.",
    ),
    n(
        "hu",
        "Vesebiopszia: {A:fokális szegmentális glomeruloszklerózis}. Ödémák mindkét alsó végtagon. Úgy döntöttünk, hogy {D:ciklosporin} {X:3 mg/kg}/nap kezelést kezdünk.",
    ),
    # Cyrillic: Serbian, Russian, Ukrainian, Bulgarian
    n(
        "sr",
        "Пацијент на {M:хемодијализи} од {X:2017}. године. Ђубрење фистуле уредно; {L:хемоглобин} {X:98 g/l}, т.е. {A:анемија} блага. Џеп ваздуха искључен; прима {D:еритропоетин} {X:4000 IJ} недељно.",
    ),
    n(
        "sr",
        "Биопсија бубрега показала је {A:мембранопролиферативни гломерулонефритис}. Жена има {A:хепатитис C}; {L:крио} позитиван. Започет {D:ритуксимаб} и {D:софосбувир}.",
    ),
    n(
        "ru",
        "Креатинин {X:310 мкмоль/л}, {L:калий} {X:6,2 ммоль/л}. Экстренно начат {M:гемодиализ}. Через {X:3} сеанса {A:уремическая энцефалопатия} регрессировала, т.е. сознание ясное.",
    ),
    n(
        "uk",
        "Хворий з {A:діабетичною нефропатією}, {L:ШКФ} {X:18 мл/хв}. Їсть без обмеження солі. Призначено {D:торасемід} {X:10 мг} та {D:бісопролол} {X:2,5 мг}.",
    ),
    n(
        "bg",
        "Пациентка с {A:нефролитиаза}, {L:пикочна киселина} {X:520 мкмол/л}. Ежедневно приема {D:алопуринол} {X:100 мг}. Щитовидната жлеза е без промени.",
    ),
    # Greek
    n(
        "el",
        "Ασθενής με {A:νεφρωσικό σύνδρομο}, {L:λευκωματουρία} {X:6,1 g/24ωρο}. Έναρξη {D:πρεδνιζολόνης} {X:60 mg}. Ύστερα από {X:4} εβδομάδες, π.χ. {A:πλήρης ύφεση}.",
    ),
    n(
        "el",
        "Ο ασθενής υποβάλλεται σε {M:αιμοκάθαρση}. Ψηλό {L:κάλιο} {X:6,4 mmol/l}; χορηγήθηκε {D:πατιρομέρη} {X:8,4 g}. Ήπια {A:υπασβεστιαιμία}.",
    ),
    # lists, bullets, lab printouts
    n(
        "en",
        "Medications on discharge:\n1. {D:Tacrolimus} {X:2 mg} b.i.d.\n2. {D:Mycophenolate mofetil} {X:500 mg} b.i.d.\n3. {D:Prednisolone} {X:5 mg} daily.\n4. {D:Valganciclovir} {X:450 mg} daily.",
    ),
    n(
        "en",
        "Problems:\n- {A:ESRD} secondary to {A:IgA nephropathy}\n- {A:Calciphylaxis} of the thighs\n- {A:Secondary hyperparathyroidism}, {L:PTH} {X:1450 pg/ml}\n• {D:Sodium thiosulfate} {X:25 g} after each session",
    ),
    n(
        "en",
        "Labs 06:00\nNa {X:131 mmol/L}\nK {X:5.9 mmol/L}\n{L:Bicarbonate} {X:14 mmol/L}\n{L:Phosphate} {X:2.6 mmol/L}\n{L:Lactate} {X:4.2 mmol/L}",
    ),
    n(
        "de",
        "Befund:\n- {L:Natrium} {X:129 mmol/l}\n- {L:Kalium} {X:3,1 mmol/l}\n- {L:Magnesium} {X:0,52 mmol/l}\nBeurteilung: {E:Gitelman-Syndrom} wahrscheinlich.",
    ),
    n(
        "es",
        "Analítica: {L:sodio} {X:125 mEq/l}; {L:osmolalidad urinaria} {X:610 mOsm/kg}. Orientado a {A:SIADH}. Restricción hídrica a {X:800 ml/día}.",
    ),
    # abbreviations that end a sentence and ones that do not
    n(
        "en",
        "Pt. was given {D:alteplase} {X:2 mg} into each lumen of the {A:tunnelled catheter}. Flow improved to {X:350 ml/min.} The catheter was kept.",
    ),
    n(
        "en",
        "{E:Alport syndrome} confirmed, {G:COL4A5} variant, cf. her brother. Hearing loss noted by ENT, i.e. {A:sensorineural deafness}; {M:audiometry} arranged.",
    ),
    n(
        "en",
        "Renal transplant in St. Vincent's; {A:BK virus nephropathy} on biopsy, {L:BK viral load} {X:10^5 copies/ml}. {D:Mycophenolate} stopped, {D:leflunomide} started.",
    ),
]

# -- notes with one redacted name in a clause of a clinical sentence ---------------------

RECORDS: list[Record] = [
    Record(None, None, None, PROSE),
    Record(
        "Margaret Okonkwo",
        "RN-4418207",
        "1951-04-12",
        [
            n(
                "en",
                "Reviewed with Dr. Adeyemi, who agreed to start {D:cinacalcet} {X:30 mg} daily for {A:tertiary hyperparathyroidism}; {L:calcium} {X:2.81 mmol/L}.",
            ),
            n(
                "en",
                "{L:Creatinine} {X:2.1 mg/dl.} Her daughter Folake brings her to every {M:hemodialysis} session, and {D:sevelamer} {X:800 mg} t.i.d. was continued.",
            ),
            n(
                "en",
                "Per Dr. Adeyemi's note, {A:ischaemic colitis} after {D:sodium polystyrene sulfonate}; switched to {D:patiromer} {X:8.4 g} daily.",
            ),
        ],
        [("name", "Adeyemi"), ("name", "Folake")],
    ),
    Record(
        "Dragana Petrović",
        None,
        "1962-09-03",
        [
            n(
                "sr",
                "Kontrola kod dr. Jovanovića: {L:kreatinin} {X:188 µmol/l}, {L:proteinurija} {X:1,8 g/dan}; nastavljen {D:mikofenolat} {X:1 g} dva puta dnevno.",
            ),
            n(
                "sr",
                "Ћерка Милица прати пацијенткињу; {A:артеријска хипертензија} регулисана, {D:амлодипин} {X:10 mg} дневно.",
            ),
            n(
                "sr",
                "Ултразвук: {A:хидронефроза} десно. Жели да је прегледа др Јовановић; {L:CRP} {X:48 mg/l}.",
            ),
        ],
        [("name", "Jovanovića"), ("name", "Милица"), ("name", "Јовановић")],
    ),
    Record(
        "Klaus Brenninkmeyer",
        "KH-2209318",
        "1948-01-30",
        [
            n(
                "de",
                "Übernahme von Dr. med. Wohlfahrt mit {A:akutem Nierenversagen} bei {A:Rhabdomyolyse}; {L:CK} {X:48.000 U/l}, {L:Myoglobin} im Urin positiv.",
            ),
            n(
                "de",
                "Ehefrau Roswitha berichtet über {A:Dyspnoe}; {M:Röntgen-Thorax}: {A:Lungenödem}. Ödeme ++, {D:Furosemid} {X:250 mg} i.v.",
            ),
        ],
        [("name", "Wohlfahrt"), ("name", "Roswitha")],
    ),
    Record(
        "Σοφία Παπαδοπούλου",
        None,
        "1958-06-17",
        [
            n(
                "el",
                "Η κόρη της, η Ελένη, ανέφερε {A:σύγχυση}. Το {L:νάτριο} ήταν {X:118 mmol/l}; ξεκίνησε {D:υπέρτονο NaCl} {X:3%}.",
            ),
            n(
                "el",
                "Εξετάστηκε από τον Δρ. Καραγιάννη: {A:υπερκαλιαιμία}, {L:κάλιο} {X:6,8 mmol/l}, {M:ΗΚΓ} με οξυκόρυφα T.",
            ),
        ],
        [("name", "Ελένη"), ("name", "Καραγιάννη")],
    ),
    Record(
        "Priya Raghunathan",
        "MRN 70031552",
        "1970-11-22",
        [
            n(
                "en",
                "Discussed with nephrologist Dr. Subramaniam; {M:kidney biopsy} showed {A:minimal change disease}. {D:Prednisolone} {X:1 mg/kg} started, {L:urine PCR} {X:1100 mg/mmol}.",
            ),
            n(
                "en",
                "Husband Venkatesh reports {A:frothy urine} and {A:periorbital puffiness}. BP {X:150/95 mmHg}; {D:telmisartan} {X:40 mg} OD.",
            ),
        ],
        [("name", "Subramaniam"), ("name", "Venkatesh")],
    ),
    Record(
        "Łucja Wiśniewska",
        None,
        "1955-02-14",
        [
            n(
                "pl",
                "Konsultowana przez dr. Zielińskiego: {A:nefropatia cukrzycowa}, {L:HbA1c} {X:8,4%}. Łącznie {D:insulina glargine} {X:24 j.} wieczorem.",
            ),
            n(
                "pl",
                "Syn Bartłomiej przywiózł wyniki; {L:potas} {X:5,8 mmol/l}. Ograniczono {D:spironolakton}.",
            ),
        ],
        [("name", "Zielińskiego"), ("name", "Bartłomiej")],
    ),
    Record(
        "Aylin Yıldırım",
        None,
        "1967-07-08",
        [
            n(
                "tr",
                "Dr. Kaya tarafından yönlendirildi; {A:nefrotik sendrom}, {L:albümin} {X:1,9 g/dl}. Şiddetli {A:ödem} mevcut, {D:furosemid} {X:80 mg} başlandı.",
            ),
            n(
                "tr",
                "Öğleden sonra eşi Mehmet ile geldi. {L:Kreatinin} {X:1,6 mg/dl}; {D:losartan} {X:50 mg} devam.",
            ),
        ],
        [("name", "Kaya"), ("name", "Mehmet")],
    ),
    Record(
        "Анна Соколова",
        None,
        "1960-12-01",
        [
            n(
                "ru",
                "Осмотрена д-ром Кузнецовым; {A:хронический пиелонефрит}, {O:Klebsiella pneumoniae} в посеве мочи. Назначен {D:цефтриаксон} {X:2 г} в/в.",
            ),
            n(
                "ru",
                "Её сын Дмитрий сообщает об {A:олигурии}. {L:Креатинин} {X:420 мкмоль/л}; начат {M:гемодиализ}.",
            ),
        ],
        [("name", "Кузнецовым"), ("name", "Дмитрий")],
    ),
    Record(
        "Sinéad Ní Bhriain",
        None,
        "1949-03-19",
        [
            n(
                "en",
                "{A:Anti-GBM disease} confirmed; Dr. O'Sullivan arranged {D:plasma exchange} daily for {X:14 days} with {D:cyclophosphamide} {X:2 mg/kg}.",
            ),
            n(
                "en",
                "Seen with her sister Aoife. {L:Anti-GBM antibody} {X:240 U/ml} falling; {A:pulmonary haemorrhage} resolved on {M:CT}.",
            ),
        ],
        [("name", "O'Sullivan"), ("name", "Aoife")],
    ),
]


# -- the measure ---------------------------------------------------------------------------

OUTPUTS = ("case file", "cureus", "cmaj", "series")


@dataclass
class Figures:
    terms: Counter[str] = field(default_factory=Counter)  # output -> terms counted
    kept: Counter[str] = field(default_factory=Counter)
    lost: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    planted: Counter[str] = field(default_factory=Counter)
    leaked: Counter[str] = field(default_factory=Counter)
    leaks: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    warnings: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def rate(self, output: str) -> float:
        return self.kept[output] / max(1, self.terms[output])

    def table(self, verbose: bool = False) -> str:
        out = ["terms_reports: clinical terms kept by output"]
        for o in OUTPUTS:
            if self.terms[o]:
                out.append(
                    f"  {o:10} terms kept {self.kept[o]}/{self.terms[o]} "
                    f"({100 * self.rate(o):.1f}%); identifiers printed "
                    f"{self.leaked[o]}/{self.planted[o]}"
                )
                if verbose:
                    out += [f"      lost {x}" for x in self.lost[o]]
                    out += [f"      leak {x}" for x in self.leaks[o]]
        return "\n".join(out)


def _case(r: Record, key: str, notes: Sequence[Note]) -> Case:
    import datetime as dt

    from caselog.core.dates import PartialDate
    from caselog.core.model import (
        Case,
        Event,
        Kidney,
        Patient,
        PrivateIdentifiers,
        ReportText,
    )
    from tests.privacy.heldout4.measure import plain

    D = PartialDate.parse
    texts = [plain(x.text) for x in notes]
    half = (len(texts) + 1) // 2
    return Case(
        title="Case under test",
        key=key,
        patient=Patient(
            sex="female",
            age=None if r.birth else 60,
            kidney=Kidney(ckd_stage="5D", dialysis="hemodialysis"),
            private=PrivateIdentifiers(
                name=r.name, mrn=r.mrn, birth_date=D(r.birth) if r.birth else None
            ),
        ),
        events=[
            Event(
                kind="note",
                date=D((dt.date(2024, 1, 1) + dt.timedelta(days=i)).isoformat()),
                text=t,
            )
            for i, t in enumerate(texts)
        ],
        report=ReportText(
            case_presentation="\n\n".join(texts[:half]),
            discussion="\n\n".join(texts[half:]) or None,
        ),
    )


def _groups(records: Sequence[Record]) -> list[tuple[int, list[Note]]]:
    """Each record as cases of at most six notes (the prose as several cases)."""
    out = []
    for i, r in enumerate(records):
        notes = list(r.notes)
        for at in range(0, len(notes), 6):
            out.append((i, notes[at : at + 6]))
    return out


def _count(fig: Figures, output: str, r: Record, notes: Sequence[Note], text: str) -> None:
    from tests.privacy.heldout4.measure import kept_term, leaked, terms

    for note in notes:
        for cat, term in terms(note.text):
            fig.terms[output] += 1
            if kept_term(term, text):
                fig.kept[output] += 1
            else:
                fig.lost[output].append(f"{CATEGORIES[cat]}: {term!r} ({note.lang})")
    for kind, needle in r.planted:
        if any(needle in x.text for x in notes):
            fig.planted[output] += 1
            if leaked(kind, needle, text):
                fig.leaked[output] += 1
                fig.leaks[output].append(f"{kind}: {needle!r}")


def measure(records: Sequence[Record] = RECORDS, work: Path | None = None) -> Figures:
    """Every output of every record (see the module's docstring), counted."""
    from caselog.core.model import Series
    from caselog.interchange.writer import write_case_file
    from caselog.report import build_report, build_series_report, render_pdf
    from tests.privacy.heldout4.measure import _folder_text, pdf_text, plain

    fig = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        root = work or Path(tmp)
        groups = _groups(records)
        cases = []
        for g, (i, notes) in enumerate(groups):
            r = records[i]
            case = _case(r, f"r{g}", notes)
            cases.append(case)
            folder = root / f"case{g}"
            folder.mkdir()
            write_case_file([case], [], folder / "case.json", anonymise=True)
            _count(fig, "case file", r, notes, _folder_text(folder))
            for template in ("cureus", "cmaj"):
                report = build_report(_case(r, f"r{g}", notes), template)
                fig.warnings[template] += report.warnings
                pdf = root / f"{template}{g}.pdf"
                render_pdf(report, pdf)
                _count(fig, template, r, notes, pdf_text(pdf))
        # the series: each group with the next, its prose the first group's notes
        for g, (i, notes) in enumerate(groups):
            other = (g + 1) % len(groups)
            texts = [plain(x.text) for x in notes]
            third = max(1, len(texts) // 3)
            series = Series(
                title="Series under test",
                case_keys=[f"r{g}", f"r{other}"],
                introduction="\n\n".join(texts[:third]),
                methods="\n\n".join(texts[third : 2 * third]) or None,
                discussion="\n\n".join(texts[2 * third :]) or None,
            )
            pair = [_case(records[i], f"r{g}", notes), _case(*_args(records, groups, other))]
            report = build_series_report(pair, series)
            fig.warnings["series"] += report.warnings
            pdf = root / f"series{g}.pdf"
            render_pdf(report, pdf)
            _count(fig, "series", records[i], notes, pdf_text(pdf))
    return fig


def _args(
    records: Sequence[Record], groups: Sequence[tuple[int, list[Note]]], g: int
) -> tuple[Record, str, list[Note]]:
    i, notes = groups[g]
    return records[i], f"r{g}", notes


if __name__ == "__main__":
    import sys

    print(measure().table("-v" in sys.argv))
