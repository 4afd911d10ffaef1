"""De-identification speed: about 1,000 words of free text through ``Deidentifier.redact``
(every recogniser, the word-by-word scan, the language of each sentence), against a
baseline measured in the same run: the same engine with every sentence read as English
(no language told, no other language's list looked up), which is what the scan cost
before it knew languages. The ratio is the price of reading each sentence in its own
language. A second line reports bare word lookups (the least any word-by-word scan costs).

Text: the notes of ``tests/privacy/unseen_corpus.py`` (six languages), repeated to about
1,000 words. The vocabulary is loaded before timing (it loads once per process).

``python -m bench bench.bench_privacy``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from unittest import mock

from bench.common import Result, best_of_pair

WORDS = 1000
TARGET_RATIO = 1.5  # language-aware within 1.5x of the English-only scan


def _text() -> list[str]:
    from tests.privacy.measure import plain
    from tests.privacy.unseen_corpus import UNSEEN

    notes = [plain(n.text) for p in UNSEEN for n in p.notes]
    out: list[str] = []
    count = 0
    while count < WORDS:
        for n in notes:
            out.append(n)
            count += len(n.split())
            if count >= WORDS:
                break
    return out


def run(quick: bool = False) -> list[Result]:
    from caselog.core.model import Case, Patient, PrivateIdentifiers
    from caselog.privacy import Deidentifier
    from caselog.privacy.vocab import vocabulary

    notes = _text()
    words = sum(len(n.split()) for n in notes)
    v = vocabulary()
    engine = Deidentifier(
        Case(
            title="bench",
            patient=Patient(sex="female", private=PrivateIdentifiers(name="Ada Quill")),
        )
    )
    for n in notes:  # warm every lazy list (the languages' words load on first use)
        engine.redact(n)
    token = re.compile(r"[^\W_]+")

    def measured() -> None:
        for n in notes:
            engine.redact(n)

    def english_only() -> None:
        def one(text: str, *_: object) -> Iterator[tuple[int, int, str]]:
            yield 0, len(text), "en"

        with mock.patch("caselog.privacy.scan.sentences", one):
            for n in notes:
                engine.redact(n)

    def lookups() -> None:
        for n in notes:
            for w in token.findall(n):
                _ = w.lower() in v.english

    repeat = 1 if quick else 5
    m, b = best_of_pair(repeat, measured, english_only)
    m2, b2 = best_of_pair(repeat, measured, lookups)
    scale = 1000 / words
    return [
        Result(
            f"de-identify 1,000 words, vs English-only ({words})",
            m * scale,
            b * scale,
            None if quick else TARGET_RATIO,
        ),
        Result("de-identify 1,000 words, vs bare lookups", m2 * scale, b2 * scale, None),
    ]


if __name__ == "__main__":
    for r in run():
        print(r.line())
