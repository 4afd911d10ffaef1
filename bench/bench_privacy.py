"""De-identification speed: about 1,000 words of free text through ``Deidentifier.redact``
(every recogniser, the word-by-word scan, the language of each sentence), against a
baseline measured in the same run: the same engine with every sentence read as English
(no language told, no other language's list looked up), which is what the scan cost
before it knew languages. The ratio is the price of reading each sentence in its own
language. A second line reports bare word lookups (the least any word-by-word scan costs).

Text: the notes of ``tests/privacy/unseen_corpus.py`` (six languages), repeated to about
1,000 words. The vocabulary is loaded before timing (it loads once per process).

Against another version of the code: ``CASELOG_PRIVACY_BASELINE=DIR`` names a tree of it
(``git archive main | tar -x -C DIR``); the same text is then de-identified by this tree and
by that one, each in a process of its own kept warm, timed alternately in the same run (a
third line, ratio this tree / that tree).

``python -m bench bench.bench_privacy``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

from bench.common import Result, best_of_pair

WORDS = 1000
TARGET_RATIO = 1.5  # language-aware within 1.5x of the English-only scan
BASELINE_RATIO = 1.2  # within 20% of the baseline tree's cost per call

# A warm worker: loads the vocabulary, then times one pass over the text per line read.
_WORKER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from bench.bench_privacy import _text
from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
notes = _text()
engine = Deidentifier(Case(title="bench", patient=Patient(sex="female",
    private=PrivateIdentifiers(name="Ada Quill"))))
for n in notes:
    engine.redact(n)
print(sum(len(n.split()) for n in notes), flush=True)
for _ in sys.stdin:
    t = time.perf_counter()
    for n in notes:
        engine.redact(n)
    print(time.perf_counter() - t, flush=True)
"""


def _worker(tree: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(tree)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tree,
    )


def against_tree(baseline: Path, repeat: int) -> Result:
    """This tree's cost per call against ``baseline``'s, both warm, timed alternately."""
    here = Path(__file__).resolve().parent.parent
    workers = [_worker(here), _worker(baseline)]
    try:
        counts = [int(w.stdout.readline()) for w in workers]  # type: ignore[union-attr]
        best = [float("inf"), float("inf")]
        for _ in range(repeat):
            for i, w in enumerate(workers):
                w.stdin.write("go\n")  # type: ignore[union-attr]
                w.stdin.flush()  # type: ignore[union-attr]
                best[i] = min(best[i], float(w.stdout.readline()))  # type: ignore[union-attr]
    finally:
        for w in workers:
            w.stdin.close()  # type: ignore[union-attr]
            w.wait()
    scale = [1000 / c for c in counts]
    return Result(
        f"de-identify 1,000 words, vs the tree at {baseline}",
        best[0] * scale[0],
        best[1] * scale[1],
        BASELINE_RATIO,
    )


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
        *(
            [against_tree(Path(tree), 5 if quick else 25)]
            if (tree := os.environ.get("CASELOG_PRIVACY_BASELINE"))
            else []
        ),
    ]


if __name__ == "__main__":
    for r in run():
        print(r.line())
