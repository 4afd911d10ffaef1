"""What a CSL-JSON item may hold (CSL 1.0.2, the CSL-JSON schema), checked.

``check_item`` reads one JSON object as a reference: its ``id`` is the citation key the text
cites as ``[@id]``; its ``type`` one of CSL's item types; every other key a CSL variable of
the right kind (text or number; a list of names; a date). A wrong key or value is reported
with its JSON path through ``add(where, message)`` and the item is refused whole: a typo in
a reference is never printed. The item returned is the object as given, text normalised to
NFC and a ``raw`` ISO date turned into ``date-parts`` (citeproc-py reads no ``raw``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from caselog.core.model import CslItem
from caselog.interchange.fields import describe

Add = Callable[[str, str], None]

TYPES = frozenset(
    [
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "bill",
        "book",
        "broadcast",
        "chapter",
        "classic",
        "collection",
        "dataset",
        "document",
        "entry",
        "entry-dictionary",
        "entry-encyclopedia",
        "event",
        "figure",
        "graphic",
        "hearing",
        "interview",
        "legal_case",
        "legislation",
        "manuscript",
        "map",
        "motion_picture",
        "musical_score",
        "pamphlet",
        "paper-conference",
        "patent",
        "performance",
        "periodical",
        "personal_communication",
        "post",
        "post-weblog",
        "regulation",
        "report",
        "review",
        "review-book",
        "software",
        "song",
        "speech",
        "standard",
        "thesis",
        "treaty",
        "webpage",
    ]
)

NAMES = frozenset(
    [
        "author",
        "chair",
        "collection-editor",
        "compiler",
        "composer",
        "container-author",
        "contributor",
        "curator",
        "director",
        "editor",
        "editorial-director",
        "editor-translator",
        "executive-producer",
        "guest",
        "host",
        "illustrator",
        "interviewer",
        "narrator",
        "organizer",
        "original-author",
        "performer",
        "producer",
        "recipient",
        "reviewed-author",
        "script-writer",
        "series-creator",
        "translator",
    ]
)

DATES = frozenset(
    ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"]
)

VARIABLES = frozenset(
    [
        "abstract",
        "annote",
        "archive",
        "archive_collection",
        "archive_location",
        "archive-place",
        "authority",
        "call-number",
        "chapter-number",
        "citation-key",
        "citation-label",
        "collection-number",
        "collection-title",
        "container-title",
        "container-title-short",
        "dimensions",
        "division",
        "DOI",
        "edition",
        "event",
        "event-title",
        "event-place",
        "genre",
        "ISBN",
        "ISSN",
        "issue",
        "jurisdiction",
        "keyword",
        "language",
        "license",
        "medium",
        "note",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "original-publisher",
        "original-publisher-place",
        "original-title",
        "page",
        "page-first",
        "part-number",
        "part-title",
        "PMCID",
        "PMID",
        "printing-number",
        "publisher",
        "publisher-place",
        "references",
        "reviewed-genre",
        "reviewed-title",
        "scale",
        "section",
        "source",
        "status",
        "supplement-number",
        "title",
        "title-short",
        "URL",
        "version",
        "volume",
        "volume-title",
        "volume-title-short",
        "journalAbbreviation",
        "shortTitle",
    ]
)

NAME_KEYS = frozenset(
    ["family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal"]
    + ["comma-suffix", "static-ordering", "parse-names"]
)
_NAME_FLAGS = frozenset({"comma-suffix", "static-ordering", "parse-names"})
DATE_KEYS = frozenset({"date-parts", "season", "circa", "literal", "raw"})

KEY = re.compile(r"[^\s\[\];,@]+")
OWN_KEY = re.compile(r"^\s*\[@([^\]\s]+)\]\s*")  # a typed reference's own key: "[@key] Text..."
_RAW_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
MAX_TEXT = 100_000


def _join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if key.isidentifier() else f"{where}[{key!r}]"


def _close(word: str, options: frozenset[str]) -> str:
    close = (
        difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.7)
        or [o for o in sorted(options) if len(word) > 3 and word.casefold() in o.casefold()][:1]
    )
    return f" (did you mean {close[0]!r}?)" if close else ""


def _text(value: Any, where: str, add: Add) -> str | None:
    if not isinstance(value, str):
        add(where, f"must be text, not {describe(value)}")
        return None
    if "\x00" in value or not value.strip():
        add(where, "must be text that is not empty (and holds no NUL character)")
        return None
    if len(value) > MAX_TEXT:
        add(where, f"is longer than {MAX_TEXT:,} characters")
        return None
    return unicodedata.normalize("NFC", value)


def check_key(value: Any, where: str, add: Add) -> str | None:
    """A citation key: text without spaces, brackets, ``;``, ``,`` or ``@``, not a number
    (``[@1]`` is the first reference of the list)."""
    key = _text(value, where, add)
    if key is None:
        return None
    if not KEY.fullmatch(key) or key.isdigit():
        add(
            where,
            f"{key[:40]!r} cannot be a citation key: use letters, digits and - _ . : / only "
            "(no spaces, brackets, ';', ',' or '@'), and not a number alone",
        )
        return None
    return key


def check_item(raw: Any, where: str, add: Add) -> CslItem | None:
    """The CSL-JSON object ``raw`` as an item, or None with each fault given to ``add``."""
    if not isinstance(raw, dict):
        add(
            where, f"must be a formatted reference (text) or a CSL-JSON object, not {describe(raw)}"
        )
        return None
    faults: list[tuple[str, str]] = []

    def fault(w: str, message: str) -> None:
        faults.append((w, message))

    out: dict[str, Any] = {}
    if "id" not in raw:
        fault(_join(where, "id"), "is required: the citation key the text cites as [@id]")
    if "type" not in raw:
        fault(_join(where, "type"), "is required: a CSL item type such as 'article-journal'")
    for key, value in raw.items():
        w = _join(where, key)
        checked = _value(key, value, w, fault)
        if checked is not None:
            out[key] = checked
    for w, message in faults:
        add(w, message)
    return None if faults else CslItem(out)


def _value(key: str, value: Any, where: str, add: Add) -> Any:
    if key == "id":
        return check_key(value, where, add)
    if key == "type":
        if value not in TYPES:
            shown = value if isinstance(value, str) else describe(value)
            add(where, f"{shown!r} is not a CSL item type{_close(str(value), TYPES)}")
            return None
        return value
    if key in NAMES:
        return _names(value, where, add)
    if key in DATES:
        return _date(value, where, add)
    if key in VARIABLES:
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return _text(value, where, add)
    add(
        where,
        f"is not a CSL-JSON variable{_close(key, VARIABLES | NAMES | DATES | {'id', 'type'})}",
    )
    return None


def _names(value: Any, where: str, add: Add) -> list[dict[str, Any]] | None:
    if not isinstance(value, list) or not value:
        add(where, f"must be a list of names, not {describe(value)}")
        return None
    out: list[dict[str, Any]] = []
    ok = True
    for i, name in enumerate(value):
        w = _join(where, i)
        if not isinstance(name, dict):
            add(w, f"must be a name object ('family', 'given' or 'literal'), not {describe(name)}")
            ok = False
            continue
        clean: dict[str, Any] = {}
        for k, v in name.items():
            if k not in NAME_KEYS:
                add(_join(w, k), f"is not a part of a CSL name{_close(k, NAME_KEYS)}")
                ok = False
            elif k in _NAME_FLAGS:
                if not isinstance(v, bool | int):
                    add(_join(w, k), f"must be true or false, not {describe(v)}")
                    ok = False
                else:
                    clean[k] = v
            else:
                text = _text(v, _join(w, k), add)
                ok = ok and text is not None
                if text is not None:
                    clean[k] = text
        if "family" not in name and "literal" not in name:
            add(w, "needs 'family' (a person's surname) or 'literal' (a group's name)")
            ok = False
        out.append(clean)
    return out if ok else None


def _date(value: Any, where: str, add: Add) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        add(where, f"must be a date object ('date-parts' or 'literal'), not {describe(value)}")
        return None
    for k in value:
        if k not in DATE_KEYS:
            add(_join(where, k), f"is not a part of a CSL date{_close(k, DATE_KEYS)}")
            return None
    out = dict(value)
    raw = out.pop("raw", None)
    if raw is not None and "date-parts" not in out:
        m = _RAW_DATE.fullmatch(raw.strip()) if isinstance(raw, str) else None
        if m is None:
            add(_join(where, "raw"), "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        out["date-parts"] = [[int(p) for p in m.groups() if p]]
    if "date-parts" in out:
        parts = _date_parts(out["date-parts"], _join(where, "date-parts"), add)
        if parts is None:
            return None
        out["date-parts"] = parts
    elif "literal" in out:
        if _text(out["literal"], _join(where, "literal"), add) is None:
            return None
    else:
        add(where, "needs 'date-parts' ([[year, month, day]]) or 'literal'")
        return None
    return out


def _date_parts(value: Any, where: str, add: Add) -> list[list[int]] | None:
    if not isinstance(value, list) or not 1 <= len(value) <= 2:
        add(where, "must be a list of one date (or two: a range), each [year, month, day]")
        return None
    out: list[list[int]] = []
    for i, date in enumerate(value):
        w = _join(where, i)
        numbers = (
            [int(p) if isinstance(p, str) and p.isdigit() else p for p in date]
            if (isinstance(date, list))
            else None
        )
        if (
            numbers is None
            or not 1 <= len(numbers) <= 3
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers)
        ):
            add(w, "must be [year], [year, month] or [year, month, day], in numbers")
            return None
        if (
            len(numbers) > 1
            and not 1 <= numbers[1] <= 12
            or len(numbers) > 2
            and not (1 <= numbers[2] <= 31)
        ):
            add(w, f"{numbers} is not a date (month 1-12, day 1-31)")
            return None
        out.append(numbers)
    return out


def has_details(item: CslItem) -> bool:
    """Whether the item says what it is: a title, or an author and a container."""
    data = item.data
    return bool(data.get("title")) or bool(data.get("author") and data.get("container-title"))
