"""Measure de-identification on ``tests/privacy/unseen_corpus.py``, on both sides.

- leaks: planted identifiers still readable in the anonymised case (``tests.deid_corpus``);
- clinical terms (in braces) lost;
- ordinary words lost: every other word of a note (of two letters or more, outside the
  planted identifiers), counted by the note's language, each occurrence compared with the
  same note's de-identified text.

``python -m tests.privacy.measure`` prints the figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from caselog.privacy import Deidentifier
from tests.deid_corpus import Entry, Figures, measure, to_case
from tests.privacy.unseen_corpus import TERM_SENTENCES, UNSEEN, Patient

_BRACES = re.compile(r"\{([^{}]+)\}")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def plain(text: str) -> str:
    return _BRACES.sub(lambda m: m.group(1), text)


def terms(text: str) -> list[str]:
    return _BRACES.findall(text)


def entry(p: Patient) -> Entry:
    return Entry(
        notes=[plain(n.text) for n in p.notes],
        planted=list(p.planted),
        clinical=[t for n in p.notes for t in terms(n.text)],
        name=p.name,
        mrn=p.mrn,
        birth=p.birth,
    )


def entries() -> list[Entry]:
    """The corpus as ``Entry``s: one per patient, and one for the term sentences."""
    out = [entry(p) for p in UNSEEN]
    out.append(
        Entry(
            notes=[plain(s) for s in TERM_SENTENCES],
            clinical=[t for s in TERM_SENTENCES for t in terms(s)],
        )
    )
    return out


def ordinary_words(text: str, planted: Sequence[str]) -> Counter[str]:
    """The words of ``text`` (braces kept as clinical) outside planted identifiers and
    clinical terms."""
    masked = _BRACES.sub(lambda m: " " * len(m.group(0)), text)
    for p in sorted(planted, key=len, reverse=True):
        masked = re.sub(re.escape(p), lambda m: " " * len(m.group(0)), masked, flags=re.I)
    return Counter(w for w in _WORD.findall(masked) if len(w) >= 2)


@dataclass
class Ordinary:
    words: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def rate(self, lang: str | None = None) -> float:
        keys = [lang] if lang else list(self.words)
        total = sum(self.words[k] for k in keys)
        return 1 - sum(self.lost[k] for k in keys) / max(1, total)

    def table(self, title: str) -> str:
        n, k = sum(self.words.values()), sum(self.lost.values())
        lines = [title, f"  ordinary words surviving: {n - k}/{n} ({100 * self.rate():.1f}%)"]
        for lang in sorted(self.words):
            w, lo = self.words[lang], self.lost[lang]
            lines.append(f"    {lang:24} {w - lo}/{w} ({100 * self.rate(lang):.1f}%)")
        lines += [f"  e.g. lost {x}" for x in self.examples[:60]]
        return "\n".join(lines)


def measure_ordinary(patients: Sequence[Patient] = UNSEEN) -> Ordinary:
    fig = Ordinary()
    for p in patients:
        e = entry(p)
        engine = Deidentifier(to_case(e))
        planted = [t for _, t in p.planted]
        for n in p.notes:
            words = ordinary_words(n.text, planted)
            out = engine.redact(plain(n.text), "events[0].text")[0]
            got = Counter(_WORD.findall(out))
            for w, c in words.items():
                fig.words[n.lang] += c
                lost = max(0, c - got[w])
                if lost:
                    fig.lost[n.lang] += lost
                    fig.examples.append(f"{n.lang} {w!r}")
    return fig


def figures() -> tuple[Figures, Ordinary]:
    return measure(entries()), measure_ordinary()


def plain_engine() -> Deidentifier:
    """The engine of a case whose recorded name no test sentence holds: what the finders
    find on their own."""
    from caselog.core.model import Case, PrivateIdentifiers
    from caselog.core.model import Patient as Person

    return Deidentifier(
        Case(title="t", patient=Person(sex="female", private=PrivateIdentifiers(name="Ada Q")))
    )


def leak_lines(fig: Figures) -> str:
    """The leaks of ``fig``, a line each (an assertion's message)."""
    return "\n".join(x for x in fig.examples if x.startswith("leak"))


def lost_lines(fig: Figures) -> str:
    """The clinical terms ``fig`` lost, a line each."""
    return "\n".join(x for x in fig.examples if x.startswith("lost"))


if __name__ == "__main__":
    fig, ordinary = figures()
    print(fig.table("unseen corpus (tests/privacy/unseen_corpus.py)"))
    print(ordinary.table("ordinary words of the unseen corpus"))
    if "-v" in __import__("sys").argv:
        print("\n".join(x for x in fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
