"""What the CIOMS I and MedWatch forms share: how they write dates, drugs, history and the
reaction's narrative, each from recorded facts only (``caselog.clinical.regulatory``)."""

from __future__ import annotations

from caselog.clinical.regulatory import Drug, Facts, Lab, event_line
from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Reporter
from caselog.core.vocab import label

NOT_RECORDED = "not recorded"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def dd_mmm_yyyy(d: PartialDate | None, sep: str = "-", *, upper: bool = False) -> str:
    """``04-Mar-2024``; a month date ``Mar-2024``, a year ``2024``; absent: empty."""
    if d is None:
        return ""
    month = MONTHS[d.month - 1] if d.month is not None else ""
    if upper:
        month = month.upper()
    if d.precision is Precision.DAY:
        return f"{d.day:02d}{sep}{month}{sep}{d.year}"
    if d.precision is Precision.MONTH:
        return f"{month}{sep}{d.year}"
    return str(d.year)


def or_not_recorded(text: str | None) -> str:
    return text if text else NOT_RECORDED


def drug_line(d: Drug, whodrug_version: str | None = None) -> str:
    extra = []
    code = d.code_note(whodrug_version)
    if code:
        extra.append(code)
    if d.batches:
        extra.append("batch/lot " + ", ".join(d.batches))
    if d.manufacturers:
        extra.append("manufacturer " + ", ".join(d.manufacturers))
    return d.name + (f" ({'; '.join(extra)})" if extra else "")


def therapy_dates(d: Drug, *, sep: str = "-", upper: bool = False) -> str:
    start = dd_mmm_yyyy(d.start, sep, upper=upper) or NOT_RECORDED
    stop = dd_mmm_yyyy(d.stop, sep, upper=upper) or "no stop recorded"
    return f"{start} to {stop}"


def narrative(f: Facts, *, sep: str = "-", upper: bool = False) -> list[str]:
    """The reaction as the record tells it: the reaction term, the clinical events of the
    timeline with their dates, the outcome and the recorded causality assessment."""
    out: list[str] = []
    if f.reaction is not None:
        out.append(f"Reaction: {f.reaction.describe()}")
    else:
        out.append(f"Reaction: {NOT_RECORDED} (the case has no assessment)")
    for e in f.clinical:
        out.append(f"{dd_mmm_yyyy(e.date, sep, upper=upper)}: {event_line(e)}")
    out.append(f"Outcome: {label(f.outcome) if f.outcome else NOT_RECORDED}")
    out.append(causality(f))
    return out


def causality(f: Facts) -> str:
    who = f"WHO-UMC {label(f.who_umc)}" if f.who_umc else f"WHO-UMC {NOT_RECORDED}"
    if f.naranjo_score is not None:
        naranjo = f"Naranjo score {f.naranjo_score} ({f.naranjo_band})"
    else:
        naranjo = f"Naranjo {NOT_RECORDED}"
    return f"Causality (reporter's assessment): {who}; {naranjo}."


def lab_line(lab: Lab, *, sep: str = "-", upper: bool = False) -> str:
    ref = ""
    if lab.ref_low is not None or lab.ref_high is not None:
        low = f"{lab.ref_low:g}" if lab.ref_low is not None else ""
        high = f"{lab.ref_high:g}" if lab.ref_high is not None else ""
        ref = f" (reference {low}–{high})"
    return f"{dd_mmm_yyyy(lab.date, sep, upper=upper)} {lab.test}: {lab.result}{ref}"


def lab_lines(f: Facts, *, sep: str = "-", upper: bool = False) -> list[str]:
    return [lab_line(lab, sep=sep, upper=upper) for lab in f.labs]


def history_lines(f: Facts, *, sep: str = "-", upper: bool = False) -> list[str]:
    out = [k[0].upper() + k[1:] for k in f.kidney]
    for item, term in f.history:
        bits = [term.describe()]
        if item.since is not None:
            bits.append(f"since {dd_mmm_yyyy(item.since, sep, upper=upper)}")
        if item.ongoing is True:
            bits.append("ongoing")
        elif item.ongoing is False:
            bits.append("not ongoing")
        line = ", ".join(bits)
        if item.notes:
            line += f". {item.notes}"
        out.append(line)
    return out


def concomitant_lines(f: Facts, *, sep: str = "-", upper: bool = False) -> list[str]:
    return [
        f"{drug_line(d, f.whodrug_version)}: {therapy_dates(d, sep=sep, upper=upper)}"
        for d in f.concomitants
    ]


def reporter_lines(r: Reporter) -> list[str]:
    """The reporter's name, qualification, organisation, address and contact as recorded."""
    out = []
    if r.name:
        out.append(r.name)
    if r.qualification:
        out.append(label(r.qualification))
    where = ", ".join(x for x in (r.department, r.organisation) if x)
    for value in (where, r.street):
        if value:
            out.append(value)
    place = " ".join(x for x in (r.postcode, r.city) if x)
    if place or r.country:
        out.append(", ".join(x for x in (place, r.country) if x))
    contact = "; ".join(x for x in (r.phone, r.email) if x)
    if contact:
        out.append(contact)
    return out or [NOT_RECORDED]
