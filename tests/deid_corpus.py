"""Corpora of free text for measuring de-identification on both sides.

An ``Entry`` is one synthetic patient: recorded name, record number and birth date, notes
(free text spread over a case's fields) and what is planted in them. ``planted`` pairs
(kind, text) are identifiers that must not survive; ``clinical`` are terms that must.
``measure`` runs the automatic decisions (no author review) over every entry and counts
what survives, by kind.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Case,
    Event,
    HistoryItem,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)


@dataclass
class Entry:
    notes: list[str]
    planted: list[tuple[str, str]] = field(default_factory=list)
    clinical: list[str] = field(default_factory=list)
    name: str | None = None
    mrn: str | None = None
    birth: str | None = None


def to_case(e: Entry) -> Case:
    """A case carrying the entry's notes in events, history and report prose."""
    D = PartialDate.parse
    notes = list(e.notes)
    events = [
        Event(kind="symptom", date=D("2024-03-01"), text=notes[i])
        if i % 3 == 0
        else Event(kind="follow_up", date=D("2024-03-10"), summary=notes[i])
        if i % 3 == 1
        else Event(kind="lab", date=D("2024-03-05"), notes=notes[i])
        for i in range(len(notes))
    ]
    return Case(
        title="Case under test",
        patient=Patient(
            sex="female",
            kidney=Kidney(ckd_stage="5D", dialysis="hemodialysis"),
            history=[HistoryItem(condition="hypertension", notes=" ".join(notes[:1]))],
            private=PrivateIdentifiers(
                name=e.name, mrn=e.mrn, birth_date=D(e.birth) if e.birth else None
            ),
        ),
        events=events,
        report=ReportText(case_presentation=" ".join(notes)),
    )


def case_text(case: Case) -> str:
    """Every string of a (de-identified) case, joined."""
    return json.dumps(dataclasses.asdict(case), default=str, ensure_ascii=False)


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def survives(needle: str, kind: str, output: str) -> bool:
    """Whether a planted identifier can still be read in ``output``."""
    flat = _flat(output)
    variants = {flat, _strip_accents(flat)}
    text = _flat(needle)
    if kind == "name":
        joined = text.replace(" ", "") if re.fullmatch(r"(?:\w )+\w", text) else None
        words = [joined] if joined else [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 2]
        return any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", v, re.I)
            for w in words + [_strip_accents(w) for w in words]
            for v in variants
        )
    if any(text.lower() in v.lower() for v in variants):
        return True
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 5:
        return re.search(r"(?<!\d)" + r"[\s\-./()+]*".join(digits) + r"(?!\d)", flat) is not None
    return False


def clinical_survives(term: str, output: str) -> bool:
    return term.lower() in _flat(output).lower()


@dataclass
class Figures:
    planted: Counter[str] = field(default_factory=Counter)
    leaked: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    @property
    def leak_rate(self) -> float:
        return sum(self.leaked.values()) / max(1, sum(self.planted.values()))

    @property
    def keep_rate(self) -> float:
        total = sum(self.terms.values())
        return 1 - sum(self.lost.values()) / max(1, total)

    def table(self, title: str) -> str:
        lines = [f"{title}"]
        if self.planted:
            n, k = sum(self.planted.values()), sum(self.leaked.values())
            lines.append(f"  identifiers surviving: {k}/{n} ({100 * self.leak_rate:.1f}%)")
            for kind in sorted(self.planted):
                lines.append(f"    {kind:24} {self.leaked[kind]}/{self.planted[kind]}")
        if self.terms:
            n, k = sum(self.terms.values()), sum(self.lost.values())
            lines.append(f"  clinical terms surviving: {n - k}/{n} ({100 * self.keep_rate:.1f}%)")
            for kind in sorted(self.terms):
                lines.append(
                    f"    {kind:24} {self.terms[kind] - self.lost[kind]}/{self.terms[kind]}"
                )
        lines += [f"  e.g. {x}" for x in self.examples[:40]]
        return "\n".join(lines)


def clinical_kind(term: str) -> str:
    if re.search(r"\d", term):
        return "number or level"
    if term[:1].isupper():
        return "eponym or name-like"
    return "word"


def measure(entries: Sequence[Entry], outputs: Iterable[str] | None = None) -> Figures:
    """Count what survives the automatic de-identification (or the given outputs)."""
    from caselog.privacy import Deidentifier

    fig = Figures()
    outs = list(outputs) if outputs is not None else None
    for i, e in enumerate(entries):
        out = outs[i] if outs is not None else case_text(Deidentifier(to_case(e)).case_copy())
        for kind, text in e.planted:
            fig.planted[kind] += 1
            if survives(text, kind, out):
                fig.leaked[kind] += 1
                fig.examples.append(f"leak {kind}: {text!r}")
        for term in e.clinical:
            kind = clinical_kind(term)
            fig.terms[kind] += 1
            if not clinical_survives(term, out):
                fig.lost[kind] += 1
                fig.examples.append(f"lost: {term!r}")
    return fig


def measure_terms(case: Case, terms: Sequence[str]) -> Figures:
    """Count which of ``terms`` (of ``case``'s free text) survive its de-identification."""
    from caselog.privacy import Deidentifier

    out = case_text(Deidentifier(case).case_copy())
    fig = Figures()
    for term in terms:
        kind = clinical_kind(term)
        fig.terms[kind] += 1
        if not clinical_survives(term, out):
            fig.lost[kind] += 1
            fig.examples.append(f"lost: {term!r}")
    return fig
