"""De-identification placeholders never print.

The de-identifier (``caselog.privacy``) replaces a name with "[name]", a record number with
"[record number]", and so on. A report consumes that output and prints none of them: "Mr.
[name]" becomes "the patient", a parenthesis holding one ("(chart [record number])") goes,
and a sentence that still needs one is left out and listed for the author. Short labels (a
drug, a test, an author line) lose the placeholder itself, never the whole label.

``clean_case`` does this to the de-identified case before any sentence is drafted, so that
a note's sentence never takes its event's sentence with it; ``build`` checks the finished
report once more.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from caselog.report.prose import sentences

LABEL_FIELDS = frozenset(
    [
        "drug",
        "test",
        "unit",
        "name",
        "modality",
        "region",
        "specimen",
        "route",
        "frequency",
        "dose_unit",
        "loinc",
        "condition",
        "cause",
        "reaction",
        "title",
        "label",
        "panel",
        "degrees",
        "affiliation",
        "email",
    ]
)
SKIP_FIELDS = frozenset({"references", "data", "sha256", "filename", "private", "media_type"})

PLACEHOLDER = re.compile(r"\[(?!@)[A-Za-z][A-Za-z ]{0,40}\]")
_NAMED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\[name\]('s)?")
_BRACKETED = re.compile(r"\s*\([^()]*\[(?!@)[A-Za-z][A-Za-z ]{0,40}\][^()]*\)")


def without_placeholders(text: str) -> tuple[str, list[str]]:
    """``text`` with no de-identification placeholder: "Mr. [name]" becomes "the patient",
    a parenthesis holding one ("(chart [record number])") goes, and a sentence that still
    needs one is left out. Returns the text and the sentences left out."""
    if not PLACEHOLDER.search(text):
        return text, []
    dropped: list[str] = []
    paragraphs = []
    for para in text.split("\n\n"):
        kept = []
        for s in sentences(para):
            fixed = _NAMED.sub(lambda m: "the patient" + (m.group(1) or ""), s)
            fixed = re.sub(r"^\[name\]('s)?", lambda m: "The patient" + (m.group(1) or ""), fixed)
            fixed = _BRACKETED.sub("", fixed)
            if PLACEHOLDER.search(fixed):
                dropped.append(s)
                continue
            kept.append(fixed[0].upper() + fixed[1:] if fixed else fixed)
        paragraphs.append(" ".join(kept))
    return "\n\n".join(p for p in paragraphs if p), dropped


def label_without_placeholders(text: str) -> str:
    """A short label (a test or drug name, an author line) with its placeholders taken out
    and the punctuation around them tidied: a label is never dropped whole."""
    if not PLACEHOLDER.search(text):
        return text
    text = _BRACKETED.sub("", text)
    text = PLACEHOLDER.sub("", text)
    text = re.sub(r"\s*([,;/:])(?:\s*[,;/:])+", r"\1", text)
    text = re.sub(r"\s+([,;.:])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;/:")


def clean_case(obj: Any, where: str = "case") -> list[tuple[str, str]]:
    """Every free text of ``obj`` (a de-identified case, walked in place) without a
    placeholder; returns (where, sentence) for each sentence left out."""
    dropped: list[tuple[str, str]] = []
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            if isinstance(item, str):
                obj[i] = label_without_placeholders(item)
            else:
                dropped += clean_case(item, f"{where}[{i}]")
        return dropped
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return dropped
    for f in dataclasses.fields(obj):
        if f.name in SKIP_FIELDS:
            continue
        value = getattr(obj, f.name)
        at = f"{where}.{f.name}"
        if isinstance(value, str):
            if f.name in LABEL_FIELDS:
                setattr(obj, f.name, label_without_placeholders(value))
            else:
                fixed, out = without_placeholders(value)
                setattr(obj, f.name, fixed or None if value else value)
                dropped += [(at, s) for s in out]
        elif isinstance(value, list) or dataclasses.is_dataclass(value):
            dropped += clean_case(value, at)
    return dropped
