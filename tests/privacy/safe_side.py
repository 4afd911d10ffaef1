"""The safe side measured: what every corpus would lose if every suspicion were redacted.

The de-identifier keeps what it knows to be safe and treats the rest as possible
identifiers (``caselog.privacy.scan``). A possible identifier it does not redact is a
``Suspicion`` (``Deidentifier.review``); under ``--accept-redactions`` it is kept today
unless it stands in an identifier slot ("slot-only"). If the automatic decision for every
suspicion were *redact* ("redact-all"), each clinical term or ordinary word the safe side
does not know would be lost. This module measures both decisions on the same review of
each note, by position:

- **slot-only**: a term or word is lost when a redaction of the review covers any of it;
- **redact-all**: also when a suspicion of the review covers any of it.

Every lost term and word is listed with its corpus, category (or "ordinary word"), the
note's language, the language the scanner read its sentence in, and its cause: the
redaction's kind, or for a suspicion "unknown word", "capitalised known word" (at a
sentence's start or heading, or mid-sentence), "capitalised name-like word" (a word that
is also a name in the gazetteers), "capitalised unknown word", "number context",
"initials".

Corpora: ``heldout4`` (both batches), ``heldout5``, ``terms_third``, the class corpora
(``classes_corpus``, ``classes_second``, ``classes_third``) and ``unseen_corpus``; each
note goes through its patient's ``Deidentifier.review`` alone, as one field (a batch-2
note placed in a clinical field, as that field), so this takes seconds, not the real
outputs' minutes (``tests.privacy.heldout5.measure``). Terms with no category letter count
as "other clinical term"; ordinary words are every other word of two letters or more
outside the planted identifiers and the words that describe a unique feature.

``python -m tests.privacy.safe_side [-v] [--list FILE] [CORPUS ...]``: the figures by
corpus, category, language and cause; ``-v`` prints every lost item; ``--list FILE``
writes them to a file, one a line.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from caselog.privacy import Deidentifier
from caselog.privacy.language import sentences
from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import at_sentence_start
from caselog.privacy.review import Decisions, snippet
from caselog.privacy.vocab import vocabulary
from tests.deid_corpus import survives
from tests.privacy.heldout4.corpus import CATEGORIES
from tests.privacy.measure_strict import Record, _case

_BRACE = re.compile(r"\{(?:([A-Z]):)?([^{}]+)\}")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
WORD = "ordinary word"
SLOT, ALL = "slot-only", "redact-all"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # a redaction's kind, or a suspicion's
    suspected: bool


@dataclass(frozen=True)
class Lost:
    corpus: str
    category: str  # a term's category, or "ordinary word"
    lang: str  # the note's
    read: str  # the language the scanner read the sentence in
    text: str
    cause: str
    decision: str  # lost already under slot-only, or only under redact-all
    context: str

    def line(self) -> str:
        return (
            f"{self.decision:10} {self.corpus:9} {self.lang}->{self.read:3} "
            f"{self.category:22} {self.cause:34} {self.text!r}  | {self.context}"
        )


@dataclass
class Figures:
    terms: Counter[tuple[str, str]] = field(default_factory=Counter)  # (category, lang)
    words: Counter[str] = field(default_factory=Counter)  # lang
    lost: list[Lost] = field(default_factory=list)
    planted: Counter[str] = field(default_factory=Counter)  # Safe Harbor kind
    leaked: dict[str, Counter[str]] = field(
        default_factory=lambda: {SLOT: Counter(), ALL: Counter()}
    )
    leaks: list[str] = field(default_factory=list)
    outputs: tuple[str, str] = ("", "")  # one note's: slot-only, redact-all

    def add(self, other: Figures) -> None:
        self.terms += other.terms
        self.words += other.words
        self.lost += other.lost
        self.planted += other.planted
        for dec in (SLOT, ALL):
            self.leaked[dec] += other.leaked[dec]
        self.leaks += other.leaks

    def n_terms(self) -> int:
        return sum(self.terms.values())

    def n_words(self) -> int:
        return sum(self.words.values())

    def lost_terms(self, decision: str) -> list[Lost]:
        """The terms lost under ``decision`` (redact-all loses slot-only's too)."""
        return [x for x in self.lost if x.category != WORD and _under(x, decision)]

    def lost_words(self, decision: str) -> list[Lost]:
        return [x for x in self.lost if x.category == WORD and _under(x, decision)]

    def term_rate(self, decision: str) -> float:
        return 1 - len(self.lost_terms(decision)) / max(1, self.n_terms())

    def word_rate(self, decision: str) -> float:
        return 1 - len(self.lost_words(decision)) / max(1, self.n_words())

    def table(self, title: str) -> str:
        out = [title]
        n, w = self.n_terms(), self.n_words()
        for dec in (SLOT, ALL):
            t, o = len(self.lost_terms(dec)), len(self.lost_words(dec))
            out.append(f"  {dec:10} terms kept {_rate(n, t)}   ordinary words kept {_rate(w, o)}")
        p = sum(self.planted.values())
        out.append(
            f"  identifiers readable: slot-only {sum(self.leaked[SLOT].values())}/{p}, "
            f"redact-all {sum(self.leaked[ALL].values())}/{p}"
        )
        by_cat: Counter[str] = Counter()
        for (cat, _), k in self.terms.items():
            by_cat[cat] += k
        out.append("  terms by category              slot-only           redact-all")
        for cat in sorted(by_cat):
            a = sum(x.category == cat for x in self.lost_terms(SLOT))
            b = sum(x.category == cat for x in self.lost_terms(ALL))
            out.append(f"    {cat:28} {_rate(by_cat[cat], a):19} {_rate(by_cat[cat], b)}")
        by_lang: Counter[str] = Counter()
        for (_, lang), k in self.terms.items():
            by_lang[lang] += k
        out.append("  terms by language / ordinary words by language (slot-only, redact-all)")
        for lang in sorted(set(by_lang) | set(self.words)):
            ta = sum(x.lang == lang for x in self.lost_terms(SLOT))
            tb = sum(x.lang == lang for x in self.lost_terms(ALL))
            wa = sum(x.lang == lang for x in self.lost_words(SLOT))
            wb = sum(x.lang == lang for x in self.lost_words(ALL))
            out.append(
                f"    {lang:4} terms {_rate(by_lang[lang], ta):17} {_rate(by_lang[lang], tb):17}"
                f"  words {_rate(self.words[lang], wa):19} {_rate(self.words[lang], wb)}"
            )
        causes = Counter((x.category == WORD, x.cause) for x in self.lost if _under(x, ALL))
        out.append("  causes of loss under redact-all (terms, words)")
        order = sorted({c for _, c in causes}, key=lambda c: -causes[False, c] - causes[True, c])
        for cause in order:
            out.append(f"    {cause:40} {causes[False, cause]:5} {causes[True, cause]:6}")
        misread = Counter(
            f"{x.lang}->{x.read}" for x in self.lost if _under(x, ALL) and x.lang != x.read
        )
        if misread:
            out.append(
                "  lost items whose sentence was read in another language: "
                + ", ".join(f"{k} {v}" for k, v in misread.most_common())
            )
        return "\n".join(out)


def _under(x: Lost, decision: str) -> bool:
    return decision == ALL or x.decision == SLOT


def _rate(n: int, lost: int) -> str:
    return f"{n - lost}/{n} ({100 * (n - lost) / max(1, n):.1f}%)"


# -- one note ----------------------------------------------------------------------------


def _spans(text: str, found: Iterable[tuple[str, str, str]], suspected: bool) -> list[Span]:
    """Where each (text as written, context, kind) of a review stands in ``text``: the
    occurrence whose ``snippet`` is the context."""
    out: list[Span] = []
    for word, context, kind in found:
        for mt in re.finditer(re.escape(word), text):
            if snippet(text, mt.start(), mt.end()) == context:
                out.append(Span(mt.start(), mt.end(), kind, suspected))
                break
    return out


def _plain(braced: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The note without braces, and each term's (start, end, category letter) in it."""
    out: list[str] = []
    terms: list[tuple[int, int, str]] = []
    pos = n = 0
    for mt in _BRACE.finditer(braced):
        out.append(braced[pos : mt.start()])
        n += mt.start() - pos
        terms.append((n, n + len(mt.group(2)), mt.group(1) or "A"))
        out.append(mt.group(2))
        n += len(mt.group(2))
        pos = mt.end()
    out.append(braced[pos:])
    return "".join(out), terms


def _redacted(text: str, spans: Sequence[Span]) -> str:
    """``text`` with every span (a redaction or a suspicion) replaced."""
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s.start):
        if s.start >= pos:
            out += [text[pos : s.start], "[redacted]"]
            pos = s.end
    return "".join(out) + text[pos:]


def _cause(text: str, s: Span, lang: str) -> str:
    """Why a suspicion stands where it does, or the kind of a redaction."""
    if not s.suspected:
        return f"redacted: {s.kind}"
    word = text[s.start : s.end]
    if "initials" in s.kind:
        return "initials"
    if any(c.isdigit() for c in word):
        return "number context"
    if word.islower():
        return "unknown word"
    v, f = vocabulary(), fold_word(word)
    if f in v.proper or f in v.persons:
        return "capitalised name-like word"
    known = (
        f in v.english or f in v.clinical or f in v.medical or f in v.roots or v.foreign(f, lang)
    )
    if known:
        where = "sentence start/heading" if at_sentence_start(text, s.start) else "mid-sentence"
        return f"capitalised known word, {where}"
    return "capitalised unknown word"


def _field(note: Any) -> str:
    where = getattr(note, "where", "event")
    return "events[0].text" if where == "event" else f"x[0].{where.rsplit('.', 1)[-1]}"


@cache
def _known() -> Callable[[str, str], bool]:
    v = vocabulary()
    return lambda w, lg: lg == "en" and w in v.english or v.foreign(w, lg)


def measure_note(
    corpus: str,
    d: Deidentifier,
    note: Any,
    categories: dict[str, str],
    planted: Sequence[str],
) -> Figures:
    fig = Figures()
    text, terms = _plain(note.text)
    out, done, suspects = d.review(text, _field(note))
    spans = _spans(text, ((r.original, r.context, r.kind) for r in done), False)
    spans += _spans(text, ((s.text, s.context, s.kind) for s in suspects), True)
    read = list(sentences(text, d.language(), _known()))

    def language_at(pos: int) -> str:
        return next((lg for a, b, lg in read if a <= pos < b), d.language())

    def judge(a: int, b: int, category: str) -> None:
        over = [s for s in spans if s.start < b and a < s.end]
        if not over:
            return
        worst = next((s for s in over if not s.suspected), over[0])
        lg = language_at(a)
        fig.lost.append(
            Lost(
                corpus,
                category,
                note.lang,
                lg,
                text[a:b],
                _cause(text, worst, lg),
                ALL if worst.suspected else SLOT,
                snippet(text, worst.start, worst.end, 30),
            )
        )

    fig.outputs = (out, _redacted(text, spans))
    masked = list(text)
    for a, b, letter in terms:
        cat = categories.get(letter, categories["A"])
        fig.terms[cat, note.lang] += 1
        judge(a, b, cat)
        masked[a:b] = " " * (b - a)
    flat = "".join(masked)
    for p in sorted(planted, key=len, reverse=True):
        flat = re.sub(re.escape(p), lambda m: " " * len(m.group(0)), flat, flags=re.I)
    for mt in _WORD.finditer(flat):
        if len(mt.group()) >= 2:
            fig.words[note.lang] += 1
            judge(mt.start(), mt.end(), WORD)
    return fig


def measure(
    corpus: str,
    records: Iterable[Any],
    categories: dict[str, str] = CATEGORIES,
    described: Sequence[str] = (),
) -> Figures:
    """Each note of each record (``name``, ``mrn``, ``birth``, ``notes``, ``planted``)
    through its case's de-identifier, with no decision of the author's."""
    fig = Figures()
    for r in records:
        rec = Record(r.name, r.mrn, r.birth, r.notes, getattr(r, "planted", ()))
        d = Deidentifier(_case(rec), Decisions())
        planted = [t for _, t in rec.planted] + list(described)
        outputs: dict[str, list[str]] = {SLOT: [], ALL: []}
        for note in r.notes:
            one = measure_note(corpus, d, note, categories, planted)
            fig.add(one)
            outputs[SLOT].append(one.outputs[0])
            outputs[ALL].append(one.outputs[1])
        for kind, t in rec.planted:
            k = kind.split("/")[0]
            fig.planted[k] += 1
            for dec in (SLOT, ALL):
                if survives(t, k, "\n".join(outputs[dec])):
                    fig.leaked[dec][k] += 1
                    fig.leaks.append(f"{dec:10} {corpus:9} {kind}: {t!r}")
    return fig


# -- the corpora -------------------------------------------------------------------------


@dataclass
class _Nameless:
    notes: Sequence[Any]
    name: None = None
    mrn: None = None
    birth: None = None
    planted: Sequence[tuple[str, str]] = ()


@dataclass
class _Sentence:
    text: str
    lang: str = "en"


def heldout4() -> Figures:
    from tests.privacy.heldout4 import corpus as c

    return measure("heldout4", [*c.HELDOUT4, _Nameless(c.TERM_NOTES)], described=c.DESCRIBED)


def batch2() -> Figures:
    from tests.privacy.heldout4 import batch2 as b

    return measure("batch2", [*b.BATCH2, _Nameless(b.TERM_NOTES2)], described=b.DESCRIBED2)


def heldout5() -> Figures:
    from tests.privacy.heldout5 import corpus as c

    return measure("heldout5", [*c.HELDOUT5, _Nameless(c.TERM_NOTES)], described=c.DESCRIBED)


def third() -> Figures:
    from tests.privacy import terms_third as t

    return measure("third", t.RECORDS, t.CATEGORIES)


def classes() -> Figures:
    from tests.privacy import classes_corpus as c1
    from tests.privacy import classes_second as c2
    from tests.privacy import classes_third as c3

    fig = measure("classes", [*c1.CLASSES, c1.TERM_PATIENT])
    fig.add(measure("classes", c2.SECOND))
    fig.add(measure("classes", c3.THIRD))
    return fig


def unseen() -> Figures:
    from tests.privacy import unseen_corpus as u

    return measure("unseen", [*u.UNSEEN, _Nameless([_Sentence(s) for s in u.TERM_SENTENCES])])


def fourth() -> Figures:
    from tests.privacy import terms_fourth as t

    return measure("fourth", t.RECORDS, t.CATEGORIES)


def heldout6() -> Figures:
    """The spent heldout6 corpus, as a diagnostic (its figures through the real outputs:
    ``tests.privacy.heldout6.measure``)."""
    from tests.privacy.heldout6 import corpus as c

    return measure("heldout6", [*c.HELDOUT6, _Nameless(c.TERM_NOTES)], described=c.DESCRIBED)


CORPORA: dict[str, Callable[[], Figures]] = {
    "heldout4": heldout4,
    "batch2": batch2,
    "heldout5": heldout5,
    "third": third,
    "classes": classes,
    "unseen": unseen,
    "fourth": fourth,
    "heldout6": heldout6,
}


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    listing = argv[argv.index("--list") + 1] if "--list" in argv else None
    names = [a for a in argv if not a.startswith("-") and a != listing] or list(CORPORA)
    total = Figures()
    for name in names:
        fig = CORPORA[name]()
        total.add(fig)
        print(fig.table(f"{name}"))
        if verbose:
            print("\n".join("    " + x.line() for x in fig.lost))
            print("\n".join("    leak " + x for x in fig.leaks))
    if len(names) > 1:
        print(total.table("all corpora"))
    if listing:
        with open(listing, "w", encoding="utf-8") as f:
            f.write("".join(x.line() + "\n" for x in total.lost))
            f.write("".join("leak " + x + "\n" for x in total.leaks))


if __name__ == "__main__":
    main(sys.argv[1:])
