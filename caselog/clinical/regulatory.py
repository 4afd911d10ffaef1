"""The facts a regulator's report takes from the record (CIOMS I, MedWatch 3500, E2B(R3),
FHIR): one plain object the four outputs share, so each prints the same facts.

Every value is a recorded fact or None (the output then says "not recorded" or leaves
the box blank); nothing is defaulted. Dates stay calendar dates: a regulator's report is
identified, unlike a journal report. Seriousness: an empty list in the record cannot be
told from "not assessed", so it reads as not recorded, never as "not serious".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from caselog.clinical import exposure
from caselog.clinical.coding import Coded, DrugCode, MedDRA, WHODrug
from caselog.clinical.naranjo import band, score
from caselog.clinical.relative import Span
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, HistoryItem, Regulatory, Reporter
from caselog.core.vocab import label

NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class Term:
    """A reaction or history term as recorded, with its MedDRA code when one was found."""

    text: str
    coded: Coded | None = None

    def describe(self) -> str:
        if self.coded is None:
            return f"{self.text} (uncoded)"
        c = self.coded
        return f"{self.text} (MedDRA {c.version} LLT {c.llt_code}, PT {c.pt_name} {c.pt_code})"


@dataclass(frozen=True)
class Drug:
    """One course of a drug as the forms ask it."""

    name: str
    role: str  # suspect, concomitant, treatment
    doses: list[str]  # "210 mg" per distinct recorded dose (never a computed one)
    frequencies: list[str]
    routes: list[str]
    indications: list[str]
    start: PartialDate | None
    stop: PartialDate | None
    duration: str | None  # from start to stop, when both are recorded
    batches: list[str]
    manufacturers: list[str]
    events: list[Event] = field(default_factory=list, compare=False, repr=False)
    coded: DrugCode | None = None  # the WHODrug Drug Code its name is, when one was found

    def code_note(self, whodrug_version: str | None) -> str | None:
        """ "WHODrug <code>" or "uncoded" when a WHODrug dictionary was given, else None
        (the output's coding note then says every drug name is uncoded)."""
        if whodrug_version is None:
            return None
        return f"WHODrug {self.coded.drug_code}" if self.coded is not None else "uncoded"

    def dosage(self) -> str | None:
        """The recorded doses and frequencies, "210 mg, monthly"; None when none is."""
        shown = ", ".join([*self.doses, *self.frequencies])
        return shown or None


@dataclass(frozen=True)
class Lab:
    date: PartialDate
    test: str
    result: str  # "8.3 mg/dL" or the text result
    value: float | None
    unit: str | None
    ref_low: float | None
    ref_high: float | None
    loinc: str | None


@dataclass(frozen=True)
class Facts:
    """The case as a regulator's report reads it."""

    case: Case
    regulatory: Regulatory
    reporter: Reporter
    initials: str | None
    sex: str | None
    birth_date: PartialDate | None
    age: int | None  # years, as recorded (at the index date) or from the birth date at onset
    weight_kg: float | None
    height_cm: float | None
    onset: PartialDate | None
    reaction: Term | None
    seriousness: list[str] | None  # None: not recorded; empty: recorded as not serious
    outcome: str | None
    dechallenge: str | None
    rechallenge: str | None
    who_umc: str | None
    naranjo_score: int | None
    naranjo_band: str | None
    suspects: list[Drug]
    concomitants: list[Drug]  # excluding those used to treat the reaction
    treatments: list[Drug]
    history: list[tuple[HistoryItem, Term]]
    kidney: list[str]  # "CKD stage 5D", "on hemodialysis since 2016-05", "cause: ..."
    labs: list[Lab]
    clinical: list[Event]  # symptoms, findings, imaging, procedures, diagnoses, follow-up
    meddra_version: str | None  # the distribution used, None: terms are uncoded
    whodrug_version: str | None  # the distribution used, None: drug names are uncoded
    made: dt.date  # the date of this report

    @property
    def serious_recorded(self) -> bool:
        return self.seriousness is not None

    @property
    def criteria(self) -> list[str]:
        """The seriousness criteria recorded (none when not serious or not recorded)."""
        return list(self.seriousness or [])

    @property
    def uncoded(self) -> bool:
        """Whether any term printed is without a MedDRA code."""
        terms = [t for _, t in self.history] + ([self.reaction] if self.reaction else [])
        return any(t.coded is None for t in terms)

    @property
    def drugs(self) -> list[Drug]:
        return [*self.suspects, *self.concomitants, *self.treatments]

    def coding_note(self) -> str:
        """What was coded, with which dictionary versions: the terms, then the drugs."""
        return f"{self._terms_note()} {self._drugs_note()}"

    def _terms_note(self) -> str:
        if self.meddra_version is None:
            return "Terms are uncoded (free text as recorded; no MedDRA dictionary was given)."
        if self.uncoded:
            return (
                f"Coded with MedDRA {self.meddra_version} where a term names a lowest level "
                "term; terms marked uncoded name none."
            )
        return f"Terms coded with MedDRA {self.meddra_version}."

    def _drugs_note(self) -> str:
        v = self.whodrug_version
        if v is None:
            return "Drug names are uncoded (as recorded; no WHODrug dictionary was given)."
        if any(d.coded is None for d in self.drugs):
            return (
                f"Drug names coded with WHODrug ({v}) Drug Codes where a name is a WHODrug "
                "drug name; drugs marked uncoded name none."
            )
        return f"Drug names coded with WHODrug ({v}) Drug Codes."


def _num(x: float) -> str:
    return f"{x:g}"


def dose_text(e: Event) -> str | None:
    if e.dose is None:
        return None
    return f"{_num(e.dose)} {e.dose_unit or ''}".strip()


def _unique(values: list[str | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def _drug(course: exposure.Course, whodrug: WHODrug | None) -> Drug:
    events = course.events
    start = course.start.date if course.start is not None else None
    stop = course.stop.date if course.stop is not None else None
    duration = None
    if start is not None and stop is not None:
        duration = Span(start, stop).describe()
    return Drug(
        name=course.drug,
        role=course.role,
        doses=_unique([dose_text(e) for e in events]),
        frequencies=_unique([e.frequency for e in events]),
        routes=_unique([e.route for e in events]),
        indications=_unique([e.indication for e in events]),
        start=start,
        stop=stop,
        duration=duration,
        batches=_unique([e.batch for e in events]),
        manufacturers=_unique([e.manufacturer for e in events]),
        events=list(events),
        coded=whodrug.code(course.drug) if whodrug is not None else None,
    )


def _lab(e: Event) -> Lab:
    if e.value is not None:
        result = f"{_num(e.value)} {e.unit or ''}".strip()
    else:
        result = e.text or ""
    return Lab(e.date, e.test or "", result, e.value, e.unit, e.ref_low, e.ref_high, e.loinc)


def _years(birth: PartialDate, when: PartialDate) -> int:
    b, w = birth.midpoint(), when.midpoint()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def _term(text: str, meddra: MedDRA | None) -> Term:
    return Term(text, meddra.code(text) if meddra is not None else None)


_DIALYSIS = {"hemodialysis": "hemodialysis", "peritoneal": "peritoneal dialysis"}


def _kidney(case: Case) -> list[str]:
    k = case.patient.kidney
    if k is None:
        return []
    out = []
    if k.ckd_stage:
        out.append(f"chronic kidney disease stage {k.ckd_stage}")
    if k.dialysis and k.dialysis != "none":
        since = f" since {k.dialysis_since.isoformat()}" if k.dialysis_since else ""
        out.append(f"on {_DIALYSIS.get(k.dialysis, k.dialysis)}{since}")
    elif k.dialysis == "none":
        out.append("not on dialysis")
    if k.cause:
        out.append(f"cause of kidney disease: {k.cause}")
    return out


_CLINICAL = ("symptom", "finding", "imaging", "procedure", "diagnosis", "follow_up", "note")


def facts_of(
    case: Case,
    *,
    meddra: MedDRA | None = None,
    whodrug: WHODrug | None = None,
    today: dt.date | None = None,
) -> Facts:
    """The regulator's view of ``case``; ``meddra`` codes its terms and ``whodrug`` its
    drug names when given."""
    p = case.patient
    a = case.assessment
    regulatory = case.regulatory or Regulatory()
    onset_at = exposure.onset(case)
    onset = onset_at[0] if onset_at is not None else None
    age = p.age
    if age is None and p.private.birth_date is not None:
        when = onset or case.effective_index_date()
        if when is not None:
            age = _years(p.private.birth_date, when)
    courses = [_drug(c, whodrug) for c in exposure.courses(case)]
    naranjo_score = score(a.naranjo) if a is not None and a.naranjo else None
    timeline = case.timeline()
    return Facts(
        case=case,
        regulatory=regulatory,
        reporter=regulatory.reporter or Reporter(),
        initials=p.private.initials,
        sex=p.sex if p.sex != "unknown" else None,
        birth_date=p.private.birth_date,
        age=age,
        weight_kg=p.weight_kg,
        height_cm=p.height_cm,
        onset=onset,
        reaction=_term(a.reaction, meddra) if a is not None else None,
        seriousness=None if a is None or a.seriousness is None else list(a.seriousness),
        outcome=a.outcome if a is not None else None,
        dechallenge=a.dechallenge if a is not None else None,
        rechallenge=a.rechallenge if a is not None else None,
        who_umc=a.who_umc if a is not None else None,
        naranjo_score=naranjo_score,
        naranjo_band=band(naranjo_score) if naranjo_score is not None else None,
        suspects=[d for d in courses if d.role == "suspect"],
        concomitants=[d for d in courses if d.role == "concomitant"],
        treatments=[d for d in courses if d.role == "treatment"],
        history=[(h, _term(h.condition, meddra)) for h in p.history],
        kidney=_kidney(case),
        labs=[_lab(e) for e in timeline if e.kind == "lab"],
        clinical=[e for e in timeline if e.kind in _CLINICAL],
        meddra_version=meddra.version if meddra is not None else None,
        whodrug_version=whodrug.version if whodrug is not None else None,
        made=today or dt.date.today(),
    )


def event_line(e: Event) -> str:
    """One clinical event as a form's narrative lists it: what was recorded, nothing more."""
    if e.kind == "imaging":
        head = " ".join(x for x in (e.modality, e.region) if x)
        text = f"{head}: {e.findings}" if e.findings else head
        if e.impression:
            text += f" Impression: {e.impression}"
    elif e.kind == "follow_up":
        text = f"Follow-up: {e.summary or ''}"
    elif e.kind == "note":
        text = e.text or ""
    elif e.kind == "diagnosis":
        status = e.effective_status or "confirmed"
        text = f"Diagnosis ({label(status)}): {e.name or ''}"
    elif e.kind == "symptom" and e.severity:
        text = f"{e.name or ''} ({label(e.severity)})"
    else:
        text = f"{label(e.kind).capitalize()}: {e.name or ''}"
    if e.notes:
        text += f" {e.notes}"
    return text.strip()
