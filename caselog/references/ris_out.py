"""References written as RIS, for a submission package's reference-manager file.

A CSL-JSON item becomes a full record (``TY`` from its type, ``ID`` its key, ``AU`` each
author as "Family, Given", a group's name as it is, ``TI``, ``T2``/``J2`` the journal and its
short title, ``PY`` "YYYY/MM/DD/", ``VL``, ``IS``, ``SP``/``EP``, ``DO``, ``AN`` the PMID
with ``DB  - PubMed``, ``UR``, ``PB``, ``CY``, ``ET``, ``SN``), every field from the item and
none made up; ``caselog.references.ris`` reads it back to the same item fields. A typed
reference has no fields to give: it is a generic record (``TY  - GEN``) whose ``TI`` is the
text as typed (its own ``[@key]`` as ``ID``). Lines end in CRLF, as the RIS specification
writes them.
"""

from __future__ import annotations

from typing import Any

from caselog.core.model import CslItem, Reference
from caselog.references.items import OWN_KEY
from caselog.references.ris import TYPES as _RIS_TYPES

TYPES = {csl: ris for ris, csl in reversed(list(_RIS_TYPES.items()))}  # the first RIS type


def _line(tag: str, value: Any) -> str:
    return f"{tag}  - {' '.join(str(value).split())}\r\n"


def to_ris(refs: list[Reference]) -> str:
    return "\r\n".join(_record(r) for r in refs)


def _record(ref: Reference) -> str:
    if not isinstance(ref, CslItem):
        own = OWN_KEY.match(ref)
        lines = [_line("TY", "GEN")]
        if own:
            lines.append(_line("ID", own.group(1)))
        lines.append(_line("TI", OWN_KEY.sub("", ref, count=1)))
        return "".join(lines) + "ER  - \r\n"
    d = ref.data
    lines = [_line("TY", TYPES.get(d["type"], "GEN")), _line("ID", ref.key)]
    for name in d.get("author", []):
        lines.append(_line("AU", _name(name)))
    for name in d.get("editor", []):
        lines.append(_line("A2", _name(name)))
    pairs = [
        ("TI", d.get("title")),
        ("T2", d.get("container-title") or d.get("collection-title")),
        ("J2", d.get("container-title-short")),
        ("PY", _date(d.get("issued"))),
        ("VL", d.get("volume")),
        ("IS", d.get("issue") or d.get("number")),
    ]
    first, _, last = str(d.get("page", "")).partition("-")
    pairs += [("SP", first or None), ("EP", last or None), ("DO", d.get("DOI"))]
    if d.get("PMID"):
        pairs += [("AN", d["PMID"]), ("DB", "PubMed")]
    pairs += [
        ("UR", d.get("URL")),
        ("PB", d.get("publisher")),
        ("CY", d.get("publisher-place")),
        ("ET", d.get("edition")),
        ("SN", d.get("ISSN") or d.get("ISBN")),
    ]
    lines += [_line(tag, value) for tag, value in pairs if value]
    return "".join(lines) + "ER  - \r\n"


def _name(name: dict[str, str]) -> str:
    if "literal" in name:
        return name["literal"]
    family = " ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p)
    given = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    parts = [family, given, name.get("suffix", "")]
    return ", ".join(p for p in parts if p) if given or name.get("suffix") else family


def _date(issued: dict[str, Any] | None) -> str | None:
    if not issued or not issued.get("date-parts"):
        return None
    parts = [str(p) for p in issued["date-parts"][0]]
    parts[1:] = [p.zfill(2) for p in parts[1:]]
    return "/".join(parts + [""] * (3 - len(parts))) + "/"
