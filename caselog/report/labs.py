"""A day's laboratory results as clinical English: "calcium was 8.3 mg/dL (reference
8.5–10.5 mg/dL)", the verb once for several ("..., phosphate 5.2 mg/dL (...)"), the normal
ones "within the reference range", a power of ten multiplying ("6.8 × 10³/µL").

Each result is first told as data (``ToldResult``: its test, value, range and whether it lies
within it); every sentence here is made from those, and a caller that needs to know what a
sentence said (``within_only``) asks the data, never the sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from caselog.clinical.catalogue import correction, corrections
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
    """``was`` or ``were`` by the name's head noun (a parenthesis after it does not count:
    ``troponins (high sensitivity) were``)."""
    words = name.split(" (")[0].split()
    last = words[-1].casefold() if words else ""
    return "were" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "was"


def on_dialysis(ctx: Context) -> bool:
    """Whether the patient is recorded on dialysis (a corrected calcium then says its limit)."""
    kidney = ctx.case.patient.kidney
    return kidney is not None and kidney.dialysis in ("hemodialysis", "peritoneal")


@dataclass(frozen=True)
class ToldResult:
    """One result as the prose tells it.

    ``test`` ``intact PTH``; ``value`` ``310 pg/mL`` (its unit with it, ``6.8 × 10³/µL``),
    or the words of a text result (``no growth``); ``unit`` the unit said after the range
    (``mg/dL``, "" without a range); ``range`` ``15–65`` or ``typical 8.5–10.5`` ("" when
    none); ``within`` True inside the range, False outside it, None without one (and for a
    text result); ``corrected`` the corrected calcium's clause when there is one (``9.3
    mg/dL when corrected for albumin ...``)."""

    test: str
    value: str
    unit: str = ""
    range: str = ""
    within: bool | None = None
    numeric: bool = True
    corrected: str = ""

    @property
    def apart(self) -> bool:
        """Told with its range, before the others: outside its range, or corrected (the
        corrected and the measured value may disagree, whatever the flags)."""
        return self.within is False or bool(self.corrected)

    @property
    def normal(self) -> bool:
        """Told among the results within their ranges."""
        return self.within is True and not self.corrected

    def phrase(self, *, verb: bool = True) -> str:
        """``calcium was 8.3 mg/dL (reference 8.5–10.5 mg/dL)`` (without ``was`` when
        ``verb`` is false, for a result after another's verb), ``calcium (9.0 mg/dL)``,
        ``culture of drained fluid showed no growth``, ``eGFR was 12 mL/min/1.73 m²``."""
        if self.normal:
            return f"{self.test} ({self.value})"
        said = _verb(self.test)
        if not self.numeric and len(self.value.split()) != 1:
            said = "showed"
        head = f"{self.test} {said} " if verb else f"{self.test} "
        label = ""
        if self.range:
            if self.range.startswith("typical "):
                label = f" (typical range {self.range[len('typical ') :]}{self.unit})"
            else:
                label = f" (reference {self.range}{self.unit})"
        tail = f", {self.corrected}" if self.corrected else ""
        return f"{head}{self.value}{label}{tail}"


def told(
    labs: Iterable[Event], places: dict[int, int | None], *, dialysis: bool = False
) -> list[ToldResult]:
    """The day's results in their order, each as ``ToldResult`` (a text result with no words is
    left out); ``places`` the decimal places of each (by ``id`` of the event)."""
    out: list[ToldResult] = []
    labs = list(labs)
    fixes = corrections(labs)  # a total calcium with the albumin of its day
    for e in labs:
        name = test_name(e)
        if e.value is None:
            result = (e.text or "").strip().rstrip(".")
            if result:
                out.append(ToldResult(name, lower_first(result), numeric=False))
            continue
        rng = ref_range(e)
        fixed = fixes.get(id(e))
        corrected = ""
        if fixed is not None:
            limit = f" ({correction().limits_brief})" if dialysis else ""
            corrected = fixed.sentence() + limit
        within = False if flag(e) is not None else (True if rng else None)
        unit = f" {pretty_unit(e.unit)}" if e.unit and rng else ""
        value = quantity(e, places.get(id(e)))
        out.append(ToldResult(name, value, unit, rng, within, corrected=corrected))
    return out


def within_only(
    labs: list[Event], places: dict[int, int | None], *, dialysis: bool = False
) -> list[ToldResult] | None:
    """One day's results when every one is a number within its range and none has notes,
    else None."""
    if any(e.notes for e in labs):
        return None
    day = told(labs, places, dialysis=dialysis)
    return day if day and all(r.normal for r in day) else None


def _within(names: list[str]) -> str:
    """``was within the reference range`` (one test), ``were within their reference
    ranges``."""
    if len(names) == 1:
        return f"{_verb(names[0])} within the reference range"
    return "were within their reference ranges"


def within_again(days: Sequence[tuple[str, Sequence[ToldResult]]]) -> str:
    """Days of the same tests all within range, told once: ``calcium was within the
    reference range four weeks later (9.0 mg/dL) and on day 59 (8.7 mg/dL)``."""
    names = [r.test for r in days[0][1]]
    said = [f"{when} ({listed([r.value for r in day])})" for when, day in days]
    return f"{listed(names)} {_within(names)} {listed(said)}"


def lab_sentence(
    labs: list[Event], places: dict[int, int | None], *, brief: bool, dialysis: bool = False
) -> str:
    """One day's results as one clause: the abnormal ones with their ranges, the rest said
    to be within their ranges (left out when ``brief``)."""
    day = told(labs, places, dialysis=dialysis)
    apart = [r for r in day if r.apart]
    within = [r for r in day if r.normal]
    parts: list[str] = []
    if apart:
        # "calcium was 8.3 mg/dL (...), and phosphate 5.2 mg/dL (...)": the verb once
        parts.append(listed([r.phrase(verb=i == 0) for i, r in enumerate(apart)]))
    parts += [r.phrase() for r in day if not r.apart and not r.normal]
    if within and not brief:
        said = _within([r.test for r in within])
        parts.append(f"{listed([r.phrase() for r in within])} {said}")
    return "; ".join(p for p in parts if p)
