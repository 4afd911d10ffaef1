"""The command line (spec/cli.md)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("usage: caselog [--db TARGET] {import,list,export} ...", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
