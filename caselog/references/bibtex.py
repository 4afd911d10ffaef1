"""BibTeX (and biblatex) entries as CSL-JSON items, read with bibtexparser 2.

Each entry's key is its citation key. Names are split by BibTeX's own rules (bibtexparser:
"von Last, Jr, First", a particle such as "van der" kept as the family name's
``non-dropping-particle``); a name wholly in braces, ``{World Health Organization}``, is a
group's name (``literal``). LaTeX in values (``{\\"u}``, ``\\'e``, ``--``) becomes Unicode
(pylatexenc, the decoder bibtexparser itself uses). A block that does not parse is bad input
named by its line; ``@string`` macros are resolved, ``@comment`` and ``@preamble`` skipped.
"""

from __future__ import annotations

import re
from typing import Any

from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares.names import (
    InvalidNameError,
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from pylatexenc.latex2text import LatexNodes2Text

from caselog.references.common import MONTHS, ReadError, clean_doi, compact, page_range

TYPES = {
    "article": "article-journal",
    "book": "book",
    "booklet": "pamphlet",
    "inbook": "chapter",
    "incollection": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "proceedings": "book",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "manual": "report",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "unpublished": "manuscript",
    "misc": "document",
}
TEXT_FIELDS = {  # BibTeX field -> CSL variable, copied after LaTeX decoding
    "title": "title",
    "volume": "volume",
    "edition": "edition",
    "publisher": "publisher",
    "address": "publisher-place",
    "location": "publisher-place",
    "isbn": "ISBN",
    "issn": "ISSN",
    "pmcid": "PMCID",
    "shortjournal": "container-title-short",
    "journalabbrev": "container-title-short",
    "school": "publisher",
    "institution": "publisher",
}
_latex = LatexNodes2Text(strict_latex_spaces=True)
_KEY = re.compile(r"[^\s\[\];,@]+")


def _decode(value: str) -> str:
    return " ".join(_latex.latex_to_text(value).split())


def read_bibtex(text: str, file: str) -> list[tuple[int | None, dict[str, Any]]]:
    library = parse_string(text)
    if library.failed_blocks:
        block = library.failed_blocks[0]
        error = getattr(block, "error", None)
        said = getattr(error, "abort_reason", None) or str(error or "").strip()
        reason = said.splitlines()[-1] if said else "it does not parse"
        raise ReadError(file, (block.start_line or 0) + 1, f"this entry is not BibTeX: {reason}")
    out: list[tuple[int | None, dict[str, Any]]] = []
    for entry in library.entries:
        line = (entry.start_line or 0) + 1
        fields = {f.key.casefold(): str(f.value) for f in entry.fields}
        out.append((line, _item(entry.key, entry.entry_type.casefold(), fields, file, line)))
    return out


def _item(key: str, kind: str, fields: dict[str, str], file: str, line: int) -> dict[str, Any]:
    if not _KEY.fullmatch(key) or key.isdigit():
        raise ReadError(file, line, f"the key {key!r} cannot be a citation key ([@{key}])")
    csl_type = TYPES.get(kind, "document")
    item: dict[str, Any] = {"id": key, "type": csl_type}
    for field, variable in TEXT_FIELDS.items():
        if field in fields and variable not in item:
            item[variable] = _decode(fields[field])
    for role in ("author", "editor"):
        if role in fields:
            item[role] = _names(fields[role], file, line)
    container = fields.get("journal") or fields.get("journaltitle") or fields.get("booktitle")
    if container:
        item["container-title"] = _decode(container)
    number = fields.get("number") or fields.get("issue")
    if number:
        item["issue" if csl_type == "article-journal" else "number"] = _decode(number)
    if "pages" in fields:
        item["page"] = page_range(_decode(fields["pages"]))
    issued = _issued(fields, file, line)
    if issued:
        item["issued"] = issued
    if "doi" in fields:
        doi = clean_doi(_decode(fields["doi"]))
        if doi is None:
            raise ReadError(file, line, f"doi {fields['doi']!r} is not a DOI (10.xxxx/...)")
        item["DOI"] = doi
    if "pmid" in fields:
        pmid = fields["pmid"].strip()
        if not pmid.isdigit():
            raise ReadError(file, line, f"pmid {pmid!r} is not a PubMed id (digits)")
        item["PMID"] = pmid
    if "url" in fields:
        item["URL"] = fields["url"].strip()
    return compact(item)


def _names(value: str, file: str, line: int) -> list[dict[str, str]]:
    out = []
    for raw in split_multiple_persons_names(value):
        raw = raw.strip()
        if raw.casefold() == "others":
            continue  # BibTeX's "and others": et al., which the style prints itself
        if raw.startswith("{") and raw.endswith("}") and _balanced(raw[1:-1]):
            out.append({"literal": _decode(raw[1:-1])})
            continue
        try:
            parts = parse_single_name_into_parts(raw)
        except InvalidNameError as exc:
            raise ReadError(file, line, f"the name {raw!r} does not parse: {exc}") from exc
        name = {
            "family": _decode(" ".join(parts.last)),
            "given": _decode(" ".join(parts.first)),
            "non-dropping-particle": _decode(" ".join(parts.von)),
            "suffix": _decode(" ".join(parts.jr)),
        }
        out.append({k: v for k, v in name.items() if v})
    return out


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _issued(fields: dict[str, str], file: str, line: int) -> dict[str, Any] | None:
    if "date" in fields:  # biblatex: ISO
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", fields["date"].strip())
        if not m:
            raise ReadError(file, line, f"date {fields['date']!r} is not YYYY, YYYY-MM, YYYY-MM-DD")
        return {"date-parts": [[int(p) for p in m.groups() if p]]}
    year = fields.get("year", "").strip()
    if not year:
        return None
    if not re.fullmatch(r"\d{4}", year):
        raise ReadError(file, line, f"year {year!r} is not a year of four digits")
    parts = [int(year)]
    month = fields.get("month", "").strip().casefold()[:3]
    if month:
        number = MONTHS.get(month) or (int(month) if month.isdigit() else None)
        if number is None or not 1 <= number <= 12:
            raise ReadError(file, line, f"month {fields['month']!r} is not a month")
        parts.append(number)
        day = fields.get("day", "").strip()
        if day.isdigit():
            parts.append(int(day))
    return {"date-parts": [parts]}
