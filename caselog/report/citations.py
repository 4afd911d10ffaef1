"""Citation markers in the authors' text, numbered in order of first citation.

A citation is ``[@key]`` in any narrative text (``[@a; @b]`` cites two). A reference is
known by three keys (docs/case-format.md): its own, when it starts with ``[@key]``; its
first author's surname and year (``Cosman F, ... 2016`` is ``cosman2016``); and its place
in the list (``[@1]``). The printed marker is the number ``[1]``, ``[1,2]``, ``[1-3]``;
the list is printed cited first, in order of first citation, then those never cited
(each one warned about). A marker naming no reference prints ``[?]`` and is warned about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from caselog.references.items import OWN_KEY

MARKER = re.compile(r"\s?\[@([^\]\[]+)\]")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def own_key(reference: str) -> str | None:
    m = OWN_KEY.match(reference)
    return m.group(1).casefold() if m else None


def printed(reference: str) -> str:
    """The reference as printed: without its own ``[@key]`` label."""
    return OWN_KEY.sub("", reference, count=1).strip()


def derived_key(reference: str) -> str | None:
    """``cosman2016`` for "Cosman F, Crittenden DB, ... 2016;375:1532-43"."""
    text = printed(reference)
    surname = re.match(r"[^\W\d_][\w'-]*", text)
    year = _YEAR.search(text)
    if not surname or not year:
        return None
    return re.sub(r"[^a-z]", "", surname.group(0).casefold()) + year.group(1)


def strip_markers(text: str) -> str:
    """Text without its citation markers (for the abstract, which cites nothing)."""
    return MARKER.sub("", text)


def _numbers(ns: list[int]) -> str:
    """``1,2`` ; ``1-3`` for a run of three or more."""
    ns = sorted(set(ns))
    out: list[str] = []
    i = 0
    while i < len(ns):
        j = i
        while j + 1 < len(ns) and ns[j + 1] == ns[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(f"{ns[i]}-{ns[j]}")
        else:
            out += [str(n) for n in ns[i : j + 1]]
        i = j + 1
    return ",".join(out)


@dataclass
class Citations:
    """Numbers the markers of the texts given to ``cite``, in the order given."""

    references: list[str]
    order: list[int] = field(default_factory=list)  # indexes into references, first-cited first
    missing: list[str] = field(default_factory=list)
    marked: bool = False  # any marker seen

    def _index(self, key: str) -> int | None:
        key = key.strip().lstrip("@").strip().casefold()
        if key.isdigit() and 1 <= int(key) <= len(self.references):
            return int(key) - 1
        for i, ref in enumerate(self.references):
            if own_key(ref) == key:
                return i
        derived = [i for i, ref in enumerate(self.references) if derived_key(ref) == key]
        return derived[0] if len(derived) == 1 else None

    def cite(self, text: str) -> str:
        def number(m: re.Match[str]) -> str:
            self.marked = True
            found: list[int] = []
            for key in re.split(r"[;,]", m.group(1)):
                if not key.strip():
                    continue
                i = self._index(key)
                if i is None:
                    if key.strip() not in self.missing:
                        self.missing.append(key.strip())
                    continue
                if i not in self.order:
                    self.order.append(i)
                found.append(self.order.index(i) + 1)
            return " [" + (_numbers(found) if found else "?") + "]"

        return MARKER.sub(number, text)

    def numbered(self) -> list[str]:
        """The list as printed: cited in order of first citation, then the rest."""
        rest = [i for i in range(len(self.references)) if i not in self.order]
        return [printed(self.references[i]) for i in [*self.order, *rest]]

    def warnings(self) -> list[str]:
        out = [
            f"the text cites [@{key}], which no reference has as its key "
            "(docs/case-format.md: References)"
            for key in self.missing
        ]
        if self.references and not self.marked:
            out.append(
                "no citation markers in the text: mark each citation with [@key], "
                "e.g. [@1] for the first reference"
            )
        elif self.marked:
            for i, ref in enumerate(self.references):
                if i not in self.order:
                    out.append(f"reference {printed(ref)[:60]!r} is never cited in the text")
        return out
