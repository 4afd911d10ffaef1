"""A tiny synthetic WHODrug Global distribution in the B3 text format (fixed-width
``DD.txt`` and ``version.txt``), for the coding tests: made-up Drug Codes and a handful of
plain drug names, no WHODrug content."""

from __future__ import annotations

from pathlib import Path

VERSION = "WHODRUG GLOBAL B3 TEST 1, 2099 GLOBALB3TEST99"
DD = [  # Drug Record Number, Sequence Number 1, Sequence Number 2, check digit, name
    ("900001", "01", "001", "1", "ALLOPURINOL"),
    ("900001", "01", "A2B", "7", "ZYLOPRIM TEST"),  # a trade name of the same record
    ("900002", "01", "001", "4", "FUROSEMIDE"),
    ("900002", "02", "001", "9", "FUROSEMIDE SODIUM"),
    ("900003", "01", "002", "3", "Prednisolone"),  # the name is not the record's base
    ("900003", "01", "001", "5", "PREDNISOLONE"),  # ... the preferred base name wins
    ("900004", "01", "001", "2", "ROMOSOZUMAB"),
]


def dd_line(record: str, seq1: str, seq2: str, check: str, name: str) -> str:
    """One ``DD.txt`` record: the Drug Code and check digit, 18 characters of designation,
    source, company, ingredients, salt and year/quarter, then the name."""
    return f"{record}{seq1}{seq2}{check}N  001      01 994{name}".ljust(120)


def write_whodrug(folder: Path, *, version: bool = True, dd: list[str] | None = None) -> Path:
    """Write the distribution into ``folder``; return ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = dd if dd is not None else [dd_line(*row) for row in DD]
    (folder / "DD.txt").write_text("".join(f"{x}\n" for x in lines), encoding="utf-8")
    if version:
        (folder / "version.txt").write_text(f"{VERSION}\n", encoding="utf-8")
    return folder
