"""Reference files read offline into checked CSL-JSON items.

The kind of file comes from its suffix (``.bib``/``.bibtex`` BibTeX, ``.ris`` RIS,
``.nbib``/``.medline`` PubMed/MEDLINE, ``.json`` CSL-JSON), or for any other suffix from its
first line (``@``, ``TY  -``, ``PMID-``, ``[``/``{``). Every item read is checked as the case
file checks one (``caselog.references.items``); the first fault is a ``ReadError`` naming the
file and the line of its record, and nothing of any file is returned. A key made from the
first author and year (RIS, MEDLINE) is made unique among the files read (``cosman2016``,
``cosman2016a``); a key the file gave itself (BibTeX, CSL-JSON) is kept as given, and given
twice is bad input.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from caselog.core.model import CslItem
from caselog.references.bibtex import read_bibtex
from caselog.references.common import ReadError, derived_key, unique_keys
from caselog.references.items import KEY, check_item
from caselog.references.nbib import read_nbib
from caselog.references.ris import read_ris

Reader = Callable[[str, str], list[tuple[int | None, dict[str, Any]]]]
MAX_BYTES = 16 * 1024 * 1024


def read_csl_json(text: str, file: str) -> list[tuple[int | None, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(file, exc.lineno, f"not JSON: {exc.msg}") from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ReadError(file, None, "holds no CSL-JSON item")
    return [(None, item) for item in items]


SUFFIXES: dict[str, Reader] = {
    ".bib": read_bibtex,
    ".bibtex": read_bibtex,
    ".ris": read_ris,
    ".nbib": read_nbib,
    ".medline": read_nbib,
    ".json": read_csl_json,
}
_OWN_KEYS = (read_bibtex, read_csl_json)  # their keys are the authors' own


def _csl_key(raw: dict[str, Any]) -> bool:
    """Whether a CSL-JSON item keeps its own key: its ``citation-key``, else its ``id``, when
    either can be one; else (a number, a reference manager's URI with spaces) its ``id``
    becomes a key made from the first author and year, like RIS's."""
    for name in ("citation-key", "id"):
        value = raw.get(name)
        if isinstance(value, str) and KEY.fullmatch(value) and not value.isdigit():
            raw["id"] = value
            return True
    if "id" in raw or "citation-key" in raw:
        raw["id"] = derived_key(raw)
        return False
    return True  # no id at all: the check says it is required


def _reader(path: Path, text: str) -> Reader:
    reader = SUFFIXES.get(path.suffix.casefold())
    if reader is not None:
        return reader
    head = text.lstrip("\ufeff \t\r\n")
    for start, found in (("@", read_bibtex), ("TY  -", read_ris), ("PMID-", read_nbib)):
        if head.startswith(start):
            return found
    if head[:1] in "[{" and head:
        return read_csl_json
    raise ReadError(
        str(path), None, "is not a reference file caselog reads (.bib, .ris, .nbib or .json)"
    )


def _text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReadError(str(path), None, f"is larger than {MAX_BYTES // 2**20} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(str(path), None, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReadError(str(path), line, "is not UTF-8 text") from exc


def read_reference_files(paths: Iterable[Path]) -> list[CslItem]:
    """Every item of ``paths``, checked, with unique keys; ReadError at the first fault."""
    read: list[tuple[str, int | None, int, dict[str, Any], bool]] = []
    for path in paths:
        text = _text(path)
        reader = _reader(path, text)
        for n, (line, raw) in enumerate(reader(text, str(path)), 1):
            own = reader in _OWN_KEYS
            if reader is read_csl_json and isinstance(raw, dict):
                own = _csl_key(raw)
            read.append((str(path), line, n, raw, own))
    seen: dict[str, str] = {}
    for file, line, n, raw, own in read:
        if own and isinstance(raw, dict) and isinstance(raw.get("id"), str):
            key = raw["id"].casefold()
            if key in seen:
                raise ReadError(file, line, f"the key {raw['id']!r} is given twice ({seen[key]})")
            seen[key] = f"{file}, record {n}"
    unique_keys([raw for *_, raw, own in read if not own and isinstance(raw, dict)], set(seen))
    out: list[CslItem] = []
    for file, line, n, raw, _ in read:
        faults: list[str] = []

        def fault(where: str, message: str, out: list[str] = faults) -> None:
            out.append(f"{where}: {message}")

        item = check_item(raw, f"record {n}", fault)
        if item is None:
            raise ReadError(file, line, "; ".join(faults))
        out.append(item)
    return out
