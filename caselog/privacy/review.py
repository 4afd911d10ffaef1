"""The author's review of what de-identification decided.

A ``Suspicion`` is a possible identifier the engine kept (a capitalised ordinary word in
mid-sentence, a word no list knows). ``Decisions`` are the author's: words marked safe
(kept wherever they stand) and words to redact more (wherever they stand), for one case or
for all cases. The store keeps them; an output is built inside ``using(...)`` so that every
``Deidentifier`` of that output applies them (``current_decisions``), however deep in the
report or export code it is made.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from caselog.privacy.normalize import fold_word


@dataclass(frozen=True)
class Suspicion:
    field: str  # the field path, as in Redaction: "events[2].notes"
    kind: str  # "capitalised word", "unknown word"
    text: str  # as written
    context: str  # the text around it
    redacted: bool = False  # redacted by default (a capitalised word), else kept as typed

    @property
    def word(self) -> str:
        """The word as decisions are keyed."""
        return fold_word(self.text)


@dataclass(frozen=True)
class Decisions:
    safe: frozenset[str] = field(default_factory=frozenset)
    redact: frozenset[str] = field(default_factory=frozenset)

    def decided(self, word: str) -> bool:
        w = fold_word(word)
        return w in self.safe or w in self.redact


NONE = Decisions()

_CURRENT: contextvars.ContextVar[Mapping[int | None, Decisions] | None] = contextvars.ContextVar(
    "caselog_redaction_decisions", default=None
)


def current_decisions(case_id: int | None) -> Decisions:
    """The decisions in force for the case with this database id (none outside ``using``)."""
    table = _CURRENT.get()
    if table is None:
        return NONE
    return table.get(case_id) or table.get(None) or NONE


@contextlib.contextmanager
def using(table: Mapping[int | None, Decisions]) -> Iterator[None]:
    """Apply ``table`` (case id -> decisions; None: any other case) to every
    de-identification done inside the block."""
    token = _CURRENT.set(table)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    """The text around ``text[start:end]``, on one line, the span marked with »«."""
    a, b = max(0, start - width), min(len(text), end + width)
    head = ("…" if a > 0 else "") + text[a:start]
    tail = text[end:b] + ("…" if b < len(text) else "")
    return " ".join(f"{head}»{text[start:end]}«{tail}".split())
