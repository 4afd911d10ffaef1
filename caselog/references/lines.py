"""References as lines of text, as the window's report tab edits them: a typed reference is
its line; a CSL-JSON item is its JSON on one line, read back as the item (checked again by
the case file's rules when the form is saved)."""

from __future__ import annotations

import json
from typing import Any

from caselog.core.model import CslItem, Reference


def reference_line(ref: Reference) -> str:
    if isinstance(ref, CslItem):
        return json.dumps(ref.data, ensure_ascii=False, separators=(", ", ": "))
    return ref


def reference_from_line(line: str) -> Any:
    """The case-file value a line stands for: a JSON object for ``{...}``, else the text."""
    text = line.strip()
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            return text
        return value if isinstance(value, dict) else text
    return text
