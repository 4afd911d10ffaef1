"""PubMed/MEDLINE records (``.nbib``, PubMed's "Citation manager" export) as CSL-JSON items.

The MEDLINE format is tagged lines: a tag of up to four capitals, padded to four, then
``- `` and the value (``PMID- 27641143``, ``TI  - Romosozumab ...``); a line starting with six
spaces continues the value before it; a blank line ends a record. No library reads it well
(the one on the registry is unkept), so it is read here. The fields read:

``PMID`` (the PubMed id), ``TI`` title, ``FAU`` each author in full ("Cosman, Felicia",
else ``AU`` "Cosman F"), ``CN`` a group author, ``JT`` the journal and ``TA`` its NLM
abbreviation, ``VI`` volume, ``IP`` issue, ``PG`` pages (as PubMed abbreviates them,
"1532-43"), ``DP`` the publication date ("2016 Oct 20"), ``LID``/``AID`` with ``[doi]`` the
DOI, ``PMC`` the PMC id. Other tags are skipped. The key is the first author's family name
and the year (``cosman2016``).
"""

from __future__ import annotations

import re
from typing import Any

from caselog.references.common import (
    MONTHS,
    ReadError,
    clean_doi,
    compact,
    derived_key,
    page_range,
)

_LINE = re.compile(r"^([A-Z]{2,4}) {0,2}- (.*)$")
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")  # the year alone is kept


def _records(text: str, file: str) -> list[tuple[int, list[tuple[int, str, str]]]]:
    """Each record: the line it starts on and its (line, tag, value) fields."""
    records: list[tuple[int, list[tuple[int, str, str]]]] = []
    fields: list[tuple[int, str, str]] = []
    for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            if fields:
                records.append((fields[0][0], fields))
                fields = []
            continue
        if line.startswith("      ") and fields:
            at, tag, value = fields[-1]
            fields[-1] = (at, tag, f"{value} {line.strip()}")
            continue
        m = _LINE.match(line)
        if not m:
            raise ReadError(file, n, f"not a MEDLINE field ('TAG - value'): {line[:40]!r}")
        fields.append((n, m.group(1), m.group(2).strip()))
    if fields:
        records.append((fields[0][0], fields))
    if not records:
        raise ReadError(file, None, "holds no PubMed record ('PMID- ...')")
    return records


def read_nbib(text: str, file: str) -> list[tuple[int | None, dict[str, Any]]]:
    return [(line, _item(fields, file, line)) for line, fields in _records(text, file)]


def _item(fields: list[tuple[int, str, str]], file: str, line: int) -> dict[str, Any]:
    values: dict[str, list[str]] = {}
    lines: dict[str, int] = {}
    for at, tag, value in fields:
        values.setdefault(tag, []).append(value)
        lines.setdefault(tag, at)
    if "PMID" not in values and "TI" not in values:
        raise ReadError(file, line, "this record has neither PMID nor TI: is it a MEDLINE record?")

    def one(tag: str) -> str | None:
        return values[tag][0] if tag in values else None

    pmid = one("PMID")
    if pmid is not None and not pmid.isdigit():
        raise ReadError(file, lines["PMID"], f"PMID {pmid!r} is not a PubMed id (digits)")
    types = " ".join(values.get("PT", [])).casefold()
    item: dict[str, Any] = {
        "type": "book" if "book" in types and "JT" not in values else "article-journal",
        "title": _title(one("TI")),
        "author": _authors(fields),
        "container-title": one("JT"),
        "container-title-short": one("TA"),
        "volume": one("VI"),
        "issue": one("IP"),
        "page": page_range(one("PG") or "") or None,
        "PMID": pmid,
        "PMCID": one("PMC"),
        "DOI": _doi(values, file, lines),
    }
    date = one("DP")
    if date:
        item["issued"] = _issued(date, file, lines["DP"])
    item = compact(item)
    item["id"] = derived_key(item)
    return item


def _title(text: str | None) -> str | None:
    """PubMed brackets a translated title ("[Title in English]."): the brackets go."""
    if text and text.startswith("[") and text.rstrip(".").endswith("]"):
        return text.rstrip(".")[1:-1] + "."
    return text


def _authors(fields: list[tuple[int, str, str]]) -> list[dict[str, str]]:
    """Authors in their order: ``FAU`` (full) where given, else ``AU``; ``CN`` groups."""
    out: list[dict[str, str]] = []
    full = any(tag == "FAU" for _, tag, _ in fields)
    for _, tag, value in fields:
        if tag == "CN":
            out.append({"literal": value})
        elif tag == "FAU" or tag == "AU" and not full:
            out.append(_person(value, initials=tag == "AU"))
    return out


def _person(text: str, *, initials: bool) -> dict[str, str]:
    if initials:  # "van der Berg J", "Cosman F"
        family, _, given = text.rpartition(" ")
        if not family:
            return {"family": text}
        return _split_particle(family, given)
    family, _, rest = text.partition(",")
    given, _, suffix = rest.partition(",")
    name = _split_particle(family.strip(), given.strip())
    if suffix.strip():
        name["suffix"] = suffix.strip()
    return name


def _split_particle(family: str, given: str) -> dict[str, str]:
    words = family.split()
    lead: list[str] = []
    while len(words) > 1 and words[0].islower():
        lead.append(words.pop(0))
    name = {"family": " ".join(words), "given": given}
    if lead:
        name["non-dropping-particle"] = " ".join(lead)
    return {k: v for k, v in name.items() if v}


def _doi(values: dict[str, list[str]], file: str, lines: dict[str, int]) -> str | None:
    for tag in ("LID", "AID"):
        for value in values.get(tag, []):
            if value.endswith("[doi]"):
                doi = clean_doi(value.removesuffix("[doi]").strip())
                if doi is None:
                    raise ReadError(file, lines[tag], f"{value!r} is not a DOI (10.xxxx/...)")
                return doi
    return None


def _issued(text: str, file: str, line: int) -> dict[str, Any]:
    """``2016 Oct 20``, ``2016 Oct``, ``2016``, ``2016 Oct-Nov`` (its first month);
    ``2016 Spring`` keeps its year alone."""
    words = text.replace("-", " ").split()
    if not words or not re.fullmatch(r"\d{4}", words[0]):
        raise ReadError(file, line, f"DP {text!r} does not start with a year")
    parts = [int(words[0])]
    if len(words) > 1:
        word = words[1].casefold()
        if word in _SEASONS:
            return {"date-parts": [parts]}
        month = MONTHS.get(word[:3])
        if month is None:
            raise ReadError(file, line, f"DP {text!r}: {words[1]!r} is not a month")
        parts.append(month)
        if len(words) > 2 and words[2].isdigit():
            parts.append(int(words[2]))
    return {"date-parts": [parts]}
