"""What every bench module reports: a measurement against a baseline and a target."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    seconds: float
    baseline_seconds: float
    target_ratio: float | None  # PASS when seconds / baseline_seconds <= target_ratio;
    # None: reported for the reader, with no target to meet

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else float("inf")

    @property
    def passed(self) -> bool:
        return self.target_ratio is None or self.ratio <= self.target_ratio

    def line(self) -> str:
        measured = (
            f"{self.name:<44} {self.seconds * 1000:9.1f} ms  baseline "
            f"{self.baseline_seconds * 1000:9.1f} ms  ratio {self.ratio:5.2f}x "
        )
        if self.target_ratio is None:
            return measured + "(no target)"
        verdict = "PASS" if self.passed else "FAIL"
        return measured + f"(target <= {self.target_ratio:g}x)  {verdict}"


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def best_of_pair(
    repeat: int, measured: Callable[[], object], baseline: Callable[[], object]
) -> tuple[float, float]:
    """Best times of two functions run alternately, so that load from elsewhere on the
    machine falls on both sides alike."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, func in enumerate((measured, baseline)):
            start = time.perf_counter()
            func()
            best[i] = min(best[i], time.perf_counter() - start)
    return best[0], best[1]
