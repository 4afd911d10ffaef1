"""Run the benchmarks: ``python -m bench [--quick] [MODULE ...]`` (``make bench``).

Each module in MODULES has ``run(quick: bool) -> list[Result]`` (measured against a
baseline and a target) or else ``main(argv)`` printing its own lines; add yours to the list.
The exit status is 1 when any measurement misses its target.
"""

from __future__ import annotations

import argparse
import importlib
import sys

MODULES = [
    "bench.bench_store",
    "bench.interchange_read",
    "bench.bench_search",
    "bench.bench_report",
    "bench.clinical",
    "bench.bench_ui",
    "bench.bench_ui_report",
    "bench.bench_edit",
    "bench.bench_durability",
    "bench.bench_scale",
    "bench.bench_privacy",
    "bench.bench_postgres",
    "bench.bench_figures",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run each")
    parser.add_argument("modules", nargs="*", metavar="MODULE", help="e.g. bench.bench_store")
    args = parser.parse_args(argv)
    failed = False
    for name in args.modules or MODULES:
        print(f"== {name}", flush=True)
        module = importlib.import_module(name)
        if not hasattr(module, "run"):
            module.main(["200"] if args.quick else [])
            continue
        for result in module.run(quick=args.quick):
            print(result.line(), flush=True)
            failed |= not result.passed
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
