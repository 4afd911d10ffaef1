"""RIS records as CSL-JSON items, read with rispy.

The record structure is checked here first, line by line, so that bad input names its line:
every record opens with ``TY  -`` and closes with ``ER  -``, and every line inside is a tag
(``AU  - ...``) or the wrapped rest of the line before it. rispy then reads the records'
fields. An author in "Last, First" form is a person; one without a comma a group's name
(``literal``: "World Health Organization"). The citation key is the record's ``ID`` when it
can be one, else made from the first author and the year (``cosman2016``).
"""

from __future__ import annotations

import re
from typing import Any

import rispy

from caselog.references.common import ReadError, clean_doi, compact, derived_key, page_range

TYPES = {
    "JOUR": "article-journal",
    "JFULL": "article-journal",
    "EJOUR": "article-journal",
    "ABST": "article-journal",
    "INPR": "article-journal",
    "MGZN": "article-magazine",
    "NEWS": "article-newspaper",
    "BOOK": "book",
    "EBOOK": "book",
    "EDBOOK": "book",
    "CHAP": "chapter",
    "ECHAP": "chapter",
    "CONF": "paper-conference",
    "CPAPER": "paper-conference",
    "THES": "thesis",
    "RPRT": "report",
    "GOVDOC": "report",
    "ELEC": "webpage",
    "WEB": "webpage",
    "DATA": "dataset",
    "COMP": "software",
    "PAT": "patent",
    "STAND": "standard",
    "UNPB": "manuscript",
}
_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_KEY = re.compile(r"[^\s\[\];,@]+")
_DATE = re.compile(r"^(\d{4})(?:/(\d{0,2})(?:/(\d{0,2}))?)?")


def _records(text: str, file: str) -> list[int]:
    """The line of each record's ``TY``, after the structure is checked."""
    starts: list[int] = []
    open_at: int | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip().lstrip("\ufeff")
        if not line:
            continue
        m = _TAG.match(line)
        tag = m.group(1) if m else None
        if open_at is None:
            if tag != "TY":
                raise ReadError(file, n, f"a RIS record starts with 'TY  - ', not {line[:40]!r}")
            open_at = n
            starts.append(n)
        elif tag == "TY":
            raise ReadError(file, open_at, "this record has no 'ER  - ' line before the next")
        elif tag == "ER":
            open_at = None
    if open_at is not None:
        raise ReadError(file, open_at, "this record has no 'ER  - ' line (the file ends)")
    if not starts:
        raise ReadError(file, None, "holds no RIS record ('TY  - ' ... 'ER  - ')")
    return starts


def read_ris(text: str, file: str) -> list[tuple[int | None, dict[str, Any]]]:
    starts = _records(text, file)
    try:
        records = rispy.loads(text.lstrip("\ufeff"))
    except (ValueError, KeyError, IndexError, TypeError) as exc:  # no line: the record has it
        raise ReadError(file, None, f"rispy could not read it: {exc}") from exc
    if len(records) != len(starts):
        raise ReadError(file, None, f"{len(starts)} records found, rispy read {len(records)}")
    return [(line, _item(r, file, line)) for r, line in zip(records, starts, strict=True)]


def _first(record: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if value and str(value).strip():
            return str(value).strip()
    return None


def _item(record: dict[str, Any], file: str, line: int) -> dict[str, Any]:
    kind = str(record.get("type_of_reference", "")).strip()
    csl_type = TYPES.get(kind, "document")
    item: dict[str, Any] = {"type": csl_type}
    item["title"] = _first(record, "title", "primary_title")
    container = _first(record, "secondary_title", "journal_name", "alternate_title3")
    short = _first(record, "alternate_title1", "alternate_title2")
    if csl_type in ("book", "report", "thesis", "webpage"):
        item["collection-title"] = container
    else:
        item["container-title"] = container or short
        item["container-title-short"] = short
    names = [*record.get("authors", []), *record.get("first_authors", [])]
    item["author"] = [_name(n) for n in names if str(n).strip()]
    editors = record.get("secondary_authors", []) if csl_type in ("chapter", "book") else []
    item["editor"] = [_name(n) for n in editors if str(n).strip()]
    item["volume"] = _first(record, "volume")
    item["issue" if csl_type.startswith("article") else "number"] = _first(record, "number")
    start = _first(record, "start_page")
    if start:
        item["page"] = page_range(start, _first(record, "end_page"))
    date = _first(record, "date", "year", "publication_year")
    if date:
        item["issued"] = _issued(date, file, line)
    doi = _first(record, "doi")
    if doi:
        item["DOI"] = clean_doi(doi)
        if item["DOI"] is None:
            raise ReadError(file, line, f"DO {doi!r} is not a DOI (10.xxxx/...)")
    pubmed = " ".join(str(record.get(k, "")) for k in ("name_of_database", "database_provider"))
    accession = _first(record, "accession_number")
    if accession and accession.isdigit() and re.search(r"pubmed|medline|nlm", pubmed, re.I):
        item["PMID"] = accession
    item["URL"] = _first(record, "urls")
    item["publisher"] = _first(record, "publisher")
    item["publisher-place"] = _first(record, "place_published")
    item["edition"] = _first(record, "edition")
    item = compact(item)
    own = _first(record, "id", "label")
    item["id"] = own if own and _KEY.fullmatch(own) and not own.isdigit() else derived_key(item)
    return item


def _name(raw: str) -> dict[str, str]:
    text = " ".join(str(raw).split())
    if "," not in text:
        return {"literal": text}
    family, _, rest = text.partition(",")
    given, _, suffix = rest.partition(",")
    family, particle = _particle(family.strip())
    name = {
        "family": family,
        "given": given.strip(),
        "non-dropping-particle": particle,
        "suffix": suffix.strip(),
    }
    return {k: v for k, v in name.items() if v}


_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "ten"}


def _particle(family: str) -> tuple[str, str]:
    """``van der Berg`` -> ("Berg", "van der"): lower-case particles before the surname."""
    words = family.split()
    lead: list[str] = []
    while len(words) > 1 and words[0] in _PARTICLES:
        lead.append(words.pop(0))
    return " ".join(words), " ".join(lead)


def _issued(text: str, file: str, line: int) -> dict[str, Any]:
    m = _DATE.match(text.strip())
    if not m:
        raise ReadError(file, line, f"the date {text!r} is not YYYY/MM/DD (or YYYY)")
    parts = [int(p) for p in m.groups() if p]
    if len(parts) > 1 and not 1 <= parts[1] <= 12 or len(parts) > 2 and not 1 <= parts[2] <= 31:
        raise ReadError(file, line, f"the date {text!r} is not a date")
    return {"date-parts": [parts]}
