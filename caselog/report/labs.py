"""A day's laboratory results as clinical English: "calcium was 8.3 mg/dL (reference
8.5–10.5 mg/dL)", the verb once for several ("..., phosphate 5.2 mg/dL (...)"), the normal
ones "within the reference range", a power of ten multiplying ("6.8 × 10³/µL")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from caselog.clinical.catalogue import CorrectedCalcium, correction, corrections
from caselog.core.model import Event
from caselog.report._context import (
    Context,
    flag,
    lower_first,
    merged_specimen,
    pretty_unit,
    ref_range,
    with_unit,
)
from caselog.report.prose import listed, normal
from caselog.report.tables import lab_value


def test_name(e: Event) -> str:
    """``PTH, intact`` -> ``intact PTH``; ``Calcium`` -> ``calcium``; the specimen when the
    record gives one and the name does not say it (``serum calcium``)."""
    name = (e.test or "").strip()
    m = re.match(r"^(.+?),\s*([\w-]+)$", name)
    if m:
        name = f"{m.group(2).lower()} {lower_first(m.group(1))}"
    name = lower_first(name)
    spec = (e.specimen or "").strip()
    if spec and normal(spec) not in normal(name):
        merged = merged_specimen(name, spec)
        if merged is not None:  # "culture of drained epidural fluid"
            return lower_first(merged)
        if e.value is None:
            return f"{name} ({spec})"
        return f"{lower_first(spec)} {name}"
    return name


def quantity(e: Event, places: int | None) -> str:
    """``8.3 mg/dL``; ``6.8 × 10³/µL`` (a power of ten multiplies, it is not a unit word)."""
    return with_unit(lab_value(e, places), e.unit)


def _verb(name: str) -> str:
    last = name.split()[-1].casefold() if name.split() else ""
    return "were" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "was"


def on_dialysis(ctx: Context) -> bool:
    """Whether the patient is recorded on dialysis (a corrected calcium then says its limit)."""
    kidney = ctx.case.patient.kidney
    return kidney is not None and kidney.dialysis in ("hemodialysis", "peritoneal")


def lab_phrases(
    labs: Iterable[Event], places: dict[int, int | None], *, dialysis: bool = False
) -> tuple[list[str], list[str], list[str]]:
    """(outside their range, within it or without one, text results) as phrases:
    ``calcium was 8.3 mg/dL (reference 8.5–10.5 mg/dL)``, ``calcium (9.0 mg/dL)``,
    ``culture of drained fluid showed no growth``."""
    out, within, texts = [], [], []
    labs = list(labs)
    fixes = corrections(labs)  # a total calcium with the albumin of its day
    for e in labs:
        name = test_name(e)
        if e.value is None:
            result = (e.text or "").strip().rstrip(".")
            if not result:
                continue
            one_word = len(result.split()) == 1
            texts.append(f"{name} {_verb(name) if one_word else 'showed'} {lower_first(result)}")
            continue
        q = quantity(e, places.get(id(e)))
        rng = ref_range(e)
        unit = f" {pretty_unit(e.unit)}" if e.unit and rng else ""
        fixed = fixes.get(id(e))
        if fixed is not None:
            out.append(_corrected_phrase(name, q, rng, unit, fixed, dialysis=dialysis))
        elif flag(e) is not None:
            label = (
                "typical range " + rng[len("typical ") :]
                if rng.startswith("typical ")
                else f"reference {rng}"
            )
            out.append(f"{name} {_verb(name)} {q} ({label}{unit})")
        elif rng:
            within.append(f"{name} ({q})")
        else:
            texts.append(f"{name} {_verb(name)} {q}")
    return out, within, texts


def _corrected_phrase(
    name: str, q: str, rng: str, unit: str, fixed: CorrectedCalcium, *, dialysis: bool
) -> str:
    """``calcium was 8.1 mg/dL (reference 8.5–10.5 mg/dL), 9.3 mg/dL when corrected for
    albumin by Payne's formula (...)``: the measured value and its range, then the corrected
    one and how it was corrected. Told apart from the normal results whatever its flags,
    since the two may disagree."""
    label = ""
    if rng:
        label = (
            " (typical range " + rng[len("typical ") :]
            if rng.startswith("typical ")
            else (f" (reference {rng}")
        )
        label += f"{unit})"
    limit = f" ({correction().limits_brief})" if dialysis else ""
    return f"{name} {_verb(name)} {q}{label}, {fixed.sentence()}{limit}"


def within_only(
    labs: list[Event], places: dict[int, int | None], *, dialysis: bool = False
) -> tuple[tuple[str, ...], list[str]] | None:
    """One day's results when every one is a number within its range and none has notes:
    (the tests' names, their values) — ``(("calcium",), ["9.0 mg/dL"])`` — else None."""
    if any(e.notes for e in labs):
        return None
    out, within, texts = lab_phrases(labs, places, dialysis=dialysis)
    if out or texts or not within:
        return None
    pairs = [re.fullmatch(r"(.+) \((.+)\)", w) for w in within]
    if not all(pairs):
        return None
    return tuple(m.group(1) for m in pairs if m), [m.group(2) for m in pairs if m]


def within_again(names: tuple[str, ...], days: list[tuple[str, list[str]]]) -> str:
    """Days of the same tests all within range, told once: ``calcium was within the
    reference range four weeks later (9.0 mg/dL) and on day 59 (8.7 mg/dL)``."""
    one = len(names) == 1
    verb = _verb(names[0]) if one else "were"
    ranges = "the reference range" if one else "their reference ranges"
    told = [f"{when} ({listed(values)})" for when, values in days]
    return f"{listed(list(names))} {verb} within {ranges} {listed(told)}"


def lab_sentence(
    labs: list[Event], places: dict[int, int | None], *, brief: bool, dialysis: bool = False
) -> str:
    """One day's results as one clause: the abnormal ones with their ranges, the rest said
    to be within their ranges (left out when ``brief``)."""
    out, within, texts = lab_phrases(labs, places, dialysis=dialysis)
    parts: list[str] = []
    if out:
        first, *rest = out
        # "calcium was 8.3 mg/dL (...), and phosphate 5.2 mg/dL (...)": the verb once
        rest = [re.sub(r"^(.+?) (?:was|were) ", r"\1 ", r) for r in rest]
        parts.append(listed([first, *rest]))
    parts += texts
    if within and not brief:
        one = len(within) == 1
        verb = _verb(within[0].split(" (")[0]) if one else "were"
        ranges = "the reference range" if one else "their reference ranges"
        parts.append(f"{listed(within)} {verb} within {ranges}")
    return "; ".join(p for p in parts if p)
