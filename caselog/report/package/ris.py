"""The references as an RIS file (one record per reference, in the order the manuscript
numbers them), for a reference manager. A reference is a formatted string here: it is kept
whole as the record's title (``TI``), with the DOI, PubMed id and web address it names in
their own tags, so nothing is guessed from its punctuation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from caselog.report.render.text import plain

DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+?)(?=[.,;]?(?:\s|$))", re.IGNORECASE)
PMID = re.compile(r"\bPMID:?\s*(\d{1,9})\b", re.IGNORECASE)
URL = re.compile(r"\bhttps?://[^\s<>\"]+?(?=[.,;]?(?:\s|$))", re.IGNORECASE)
EOL = "\r\n"


def _line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(plain(value).split())}{EOL}"


def ris(references: Sequence[str]) -> str:
    """``references`` (as printed, numbered from 1) as RIS text."""
    out = []
    for n, ref in enumerate(references, 1):
        record = [_line("TY", "GEN"), _line("ID", str(n)), _line("TI", ref)]
        record += [_line("DO", m) for m in dict.fromkeys(DOI.findall(ref))]
        record += [_line("AN", f"PMID:{m}") for m in dict.fromkeys(PMID.findall(ref))]
        record += [_line("UR", m) for m in dict.fromkeys(URL.findall(ref)) if "doi.org/" not in m]
        record.append(f"ER  - {EOL}")
        out.append("".join(record))
    return EOL.join(out)
