"""The suite's slowest tests from a JUnit XML report (``make slowest`` writes one).

``python -m tests.slowest REPORT.xml [N]`` prints the N slowest tests (setup, call and
teardown together, as JUnit counts them), the slowest files, and the sum of every test's
time: with two workers the wall time is at least half that sum, and at least the
slowest file when its tests run on one worker.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path


def durations(report: Path) -> list[tuple[float, str]]:
    """``(seconds, test id)`` of every test case in the report."""
    out = []
    for case in ET.parse(report).getroot().iter("testcase"):
        name = f"{case.get('classname', '')}::{case.get('name', '')}"
        out.append((float(case.get("time") or 0.0), name))
    return out


def by_file(times: list[tuple[float, str]]) -> dict[str, float]:
    files: dict[str, float] = defaultdict(float)
    for seconds, name in times:
        module = name.split("::", 1)[0]
        files[module.replace(".", "/") + ".py"] += seconds
    return dict(files)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    report, count = Path(argv[0]), int(argv[1]) if len(argv) > 1 else 40
    times = sorted(durations(report), reverse=True)
    total = sum(s for s, _ in times)
    print(f"{len(times)} tests, {total:.1f} s in all (half of it: {total / 2:.1f} s)")
    print(f"\nslowest {min(count, len(times))} tests:")
    for seconds, name in times[:count]:
        print(f"{seconds:8.2f} s  {name}")
    files = sorted(((s, f) for f, s in by_file(times).items()), reverse=True)
    print("\nslowest files:")
    for seconds, name in files[: max(10, count // 4)]:
        print(f"{seconds:8.2f} s  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
