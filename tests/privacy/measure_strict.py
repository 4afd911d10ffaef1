"""The over-redaction side measured strictly: a word is kept only when it is *known safe*.

``tests.privacy.heldout4.measure`` counts what survives the automatic decisions
(``--accept-redactions``), where a possible identifier that is only suspected is kept. Here a
clinical term or ordinary word counts as kept only if the de-identifier neither redacts it
nor lists it as a suspicion: what would survive if every suspicion were redacted too. Each
note goes through ``Deidentifier.review`` alone (no PDF), so the figures take seconds.

Corpora: the held-out ``heldout4`` batches (a development set), and the over-redaction
corpus ``tests/privacy/terms_third.py``. Identifiers are counted on the same text (any
planted identifier readable in the redacted note).

``python -m tests.privacy.measure_strict [-v] [heldout4|batch2|third]``
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
from caselog.privacy.normalize import fold_word
from caselog.privacy.review import Decisions
from tests.deid_corpus import clinical_survives, survives
from tests.privacy.heldout4.corpus import Note  # (lang, text with braced terms)

_BRACE = re.compile(r"\{(?:([A-Z]):)?([^{}]+)\}")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass
class Record:
    name: str | None
    mrn: str | None
    birth: str | None
    notes: Sequence[Note]
    planted: Sequence[tuple[str, str]] = ()


@dataclass
class Strict:
    terms: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    words_lost: Counter[str] = field(default_factory=Counter)
    planted: int = 0
    leaked: int = 0
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, other: Strict) -> None:
        self.terms += other.terms
        self.lost += other.lost
        self.words += other.words
        self.words_lost += other.words_lost
        self.planted += other.planted
        self.leaked += other.leaked
        for k, v in other.examples.items():
            self.examples[k] += v

    @staticmethod
    def _rate(n: int, lost: int) -> str:
        return f"{n - lost}/{n} ({100 * (n - lost) / max(1, n):.1f}%)"

    def term_rate(self) -> float:
        n = sum(self.terms.values())
        return (n - sum(self.lost.values())) / max(1, n)

    def word_rate(self) -> float:
        n = sum(self.words.values())
        return (n - sum(self.words_lost.values())) / max(1, n)

    def table(self, title: str, verbose: bool = False) -> str:
        n, k = sum(self.terms.values()), sum(self.lost.values())
        out = [title, f"  terms known safe {self._rate(n, k)}"]
        out += [f"    {c:30} {self._rate(self.terms[c], self.lost[c])}" for c in sorted(self.terms)]
        n, k = sum(self.words.values()), sum(self.words_lost.values())
        out.append(f"  ordinary words known safe {self._rate(n, k)}")
        out += [
            f"    {c:30} {self._rate(self.words[c], self.words_lost[c])}"
            for c in sorted(self.words)
        ]
        out.append(f"  identifiers readable {self.leaked}/{self.planted}")
        if verbose:
            for key in ("term", "word", "leak"):
                out += [f"      {key} {x}" for x in self.examples[key]]
        return "\n".join(out)


def _case(r: Record) -> Case:
    D = PartialDate.parse
    return Case(
        title="Case under test",
        patient=Patient(
            sex="female",
            private=PrivateIdentifiers(
                name=r.name, mrn=r.mrn, birth_date=D(r.birth) if r.birth else None
            ),
        ),
        # the notes themselves: the case's language is that of its whole text
        events=[
            Event(kind="note", date=D("2024-03-01"), text=_BRACE.sub(r"\2", n.text))
            for n in r.notes
        ],
    )


def _ordinary(text: str, skip: Iterable[str]) -> list[str]:
    masked = _BRACE.sub(lambda m: " " * len(m.group(0)), text)
    for p in sorted(skip, key=len, reverse=True):
        masked = re.sub(re.escape(p), lambda m: " " * len(m.group(0)), masked, flags=re.I)
    return [w for w in _WORD.findall(masked) if len(w) >= 2]


def measure(
    records: Iterable[Record],
    categories: dict[str, str],
    described: Sequence[str] = (),
) -> Strict:
    """Each note of each record through its case's de-identifier, counted strictly."""
    fig = Strict()
    for r in records:
        d = Deidentifier(_case(r), Decisions())
        for note in r.notes:
            plain = _BRACE.sub(lambda m: m.group(2), note.text)
            out, _, suspects = d.review(plain, "events[0].text")
            suspected = {s.word for s in suspects}
            out_words = Counter(fold_word(w) for w in _WORD.findall(out))
            for m in _BRACE.finditer(note.text):
                cat, term = categories[m.group(1) or "A"], m.group(2)
                fig.terms[cat] += 1
                parts = {fold_word(w) for w in _WORD.findall(term)}
                if not clinical_survives(term, out) or parts & suspected:
                    fig.lost[cat] += 1
                    fig.examples["term"].append(f"{cat}: {term!r} ({note.lang})")
            planted = [t for _, t in r.planted] + list(described)
            seen: Counter[str] = Counter()
            for w in _ordinary(note.text, planted):
                f = fold_word(w)
                fig.words[note.lang] += 1
                seen[f] += 1
                if seen[f] > out_words[f] or f in suspected:
                    fig.words_lost[note.lang] += 1
                    fig.examples["word"].append(f"{note.lang} {w!r}")
            for kind, t in r.planted:
                if t in plain:
                    fig.planted += 1
                    if survives(t, kind.split("/")[0], out):
                        fig.leaked += 1
                        fig.examples["leak"].append(f"{kind}: {t!r}")
    return fig


def heldout4() -> Strict:
    from tests.privacy.heldout4 import corpus as c

    records = [Record(p.name, p.mrn, p.birth, p.notes, p.planted) for p in c.HELDOUT4]
    records.append(Record(None, None, None, c.TERM_NOTES))
    return measure(records, c.CATEGORIES, c.DESCRIBED)


def batch2() -> Strict:
    from tests.privacy.heldout4 import batch2 as b
    from tests.privacy.heldout4.corpus import CATEGORIES

    records = [Record(p.name, p.mrn, p.birth, p.notes, p.planted) for p in b.BATCH2]
    records.append(Record(None, None, None, b.TERM_NOTES2))
    return measure(records, CATEGORIES, b.DESCRIBED2)


def third() -> Strict:
    from tests.privacy import terms_third as t

    return measure(t.RECORDS, t.CATEGORIES)


CORPORA = {"heldout4": heldout4, "batch2": batch2, "third": third}


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or list(CORPORA)
    for name in names:
        print(CORPORA[name]().table(f"{name} (strict: suspicions count as lost)", verbose))


if __name__ == "__main__":
    main(sys.argv[1:])
