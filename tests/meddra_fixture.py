"""A tiny synthetic MedDRA distribution in the ASCII format (``$``-separated), for the
coding tests: made-up codes and a handful of plain terms, no MedDRA content."""

from __future__ import annotations

from pathlib import Path

VERSION = "99.1"
PT = [
    ("90000001", "Drug reaction with eosinophilia and systemic symptoms", "90009001"),
    ("90000002", "Gout", "90009002"),
    ("90000003", "Rash maculo-papular", "90009003"),
]
LLT = [  # code, name, PT code, currency
    ("91000001", "Drug reaction with eosinophilia and systemic symptoms", "90000001", "Y"),
    ("91000002", "DRESS syndrome", "90000001", "Y"),
    ("91000003", "Gout", "90000002", "Y"),
    ("91000004", "gout", "90000002", "N"),  # a non-current duplicate: the current one wins
    ("91000005", "Maculopapular rash", "90000003", "Y"),
]


def write_meddra(folder: Path, *, release: bool = True, llt: list[str] | None = None) -> Path:
    """Write the distribution into ``folder/MedAscii``; return ``folder``."""
    ascii_dir = folder / "MedAscii"
    ascii_dir.mkdir(parents=True)
    pt_lines = [f"{c}${n}$${soc}$$$$$$$$" for c, n, soc in PT]
    llt_lines = llt if llt is not None else [
        f"{c}${n}${pt}$$$$$$${cur}$$" for c, n, pt, cur in LLT
    ]  # fmt: skip
    (ascii_dir / "pt.asc").write_text("\n".join(pt_lines) + "\n", encoding="latin-1")
    (ascii_dir / "llt.asc").write_text("\n".join(llt_lines) + "\n", encoding="latin-1")
    if release:
        (ascii_dir / "meddra_release.asc").write_text(f"{VERSION}$English$$$\n", encoding="latin-1")
    return folder
