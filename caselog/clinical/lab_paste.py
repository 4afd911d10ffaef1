"""Results copied from a laboratory system, one test a line, read for the lab panel.

The forms such systems print, tab- or space-separated::

    Calcium 8.3 mg/dL 8.5-10.5
    ALP<TAB>412<TAB>U/L<TAB>40-130
    Phosphate 1.9 mmol/L (0.8-1.5) H
    PTH, intact: 310 pg/mL [15 - 65]
    CRP <0.3 mg/dL                 (a censored value: kept as the text "<0.3")
    Culture of drained fluid: no growth

``read_block`` returns every line: read (``Pasted``: test, value or text, unit, range, the
printed flag, the catalogue test if known) or not (``Unread``, with why). Nothing is
dropped without saying so; blank lines alone are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caselog.clinical.catalogue import LabTest, find_test

_NUM = r"\d+(?:[.,]\d+)?"
_RANGE = re.compile(
    rf"^[(\[]?\s*(?:(?P<low>{_NUM})\s*(?:-|–|—|to)\s*(?P<high>{_NUM})|(?P<lt>[<≤]=?)\s*(?P<top>{_NUM})"
    rf"|(?P<gt>[>≥]=?)\s*(?P<bottom>{_NUM}))\s*[)\]]?$"
)
_FLAG = re.compile(r"^(?:H|L|HH|LL|\*|\*\*|A|High|Low|Abnormal|↑|↓)$", re.I)
_VALUE = re.compile(rf"^(?P<cmp>[<>≤≥]=?)?(?P<num>{_NUM})$")
_UNIT = re.compile(r"^(?:[^\d\s()\[\]<>][^\s()\[\]]*|10\^\d+/\S+|\d+\^?\d*/\S+)$")
_HEADER = re.compile(r"^(test|analyte|parameter|name)\b.*\b(result|value)\b", re.I)


@dataclass(frozen=True)
class Pasted:
    line: int  # 1-based line of the block
    raw: str
    test: str
    value: float | None = None
    text: str | None = None  # a text or censored result ("no growth", "<0.3")
    unit: str | None = None
    ref_low: float | None = None
    ref_high: float | None = None
    printed_flag: str | None = None  # as the lab printed it (H, L, *)
    catalogue: LabTest | None = None


@dataclass(frozen=True)
class Unread:
    line: int
    raw: str
    why: str


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _range(tokens: list[str]) -> tuple[float | None, float | None] | None:
    """The reference range spelled by ``tokens`` (joined), or None when they are not one."""
    m = _RANGE.match(" ".join(tokens))
    if m is None:
        return None
    if m.group("low") is not None:
        return _num(m.group("low")), _num(m.group("high"))
    if m.group("top") is not None:
        return None, _num(m.group("top"))
    return _num(m.group("bottom")), None


def _tail(tokens: list[str]) -> tuple[str | None, tuple[float | None, float | None] | None] | None:
    """Read what follows the value and unit: an optional range, then an optional flag."""
    flag = None
    if tokens and _FLAG.match(tokens[-1]):
        flag, tokens = tokens[-1], tokens[:-1]
    if not tokens:
        return flag, None
    rng = _range(tokens)
    if rng is None:
        return None
    return flag, rng


def _split(raw: str) -> list[str]:
    if "\t" in raw:
        cells = [c.strip() for c in raw.split("\t")]
        out: list[str] = []
        for i, c in enumerate(cells):
            if not c:
                continue
            # a tab-separated cell is one token, but the range and flag may share a cell
            out += c.split() if i > 0 and not _UNIT.match(c) else [c]
        return out
    return raw.split()


def _read_line(n: int, raw: str) -> Pasted | Unread:
    tabbed = "\t" in raw
    tokens = _split(raw)
    best: Pasted | None = None
    for i in range(1, len(tokens)):
        m = _VALUE.match(tokens[i])
        if m is None:
            continue
        test = " ".join(tokens[:i]).rstrip(":=").strip()
        if not test:
            continue
        rest = tokens[i + 1 :]
        unit = None
        if rest and _UNIT.match(rest[0]) and not _FLAG.match(rest[0]):
            unit, rest = rest[0], rest[1:]
            if rest and rest[0].lower() in ("m2", "m²"):  # mL/min/1.73 m2
                unit, rest = f"{unit} {rest[0]}", rest[1:]
        tail = _tail(rest)
        if tail is None:
            continue
        flag, rng = tail
        low, high = rng if rng is not None else (None, None)
        censored = m.group("cmp") is not None
        found = Pasted(
            line=n,
            raw=raw,
            test=test,
            value=None if censored else _num(m.group("num")),
            text=tokens[i] if censored else None,
            unit=unit,
            ref_low=low,
            ref_high=high,
            printed_flag=flag,
            catalogue=find_test(test),
        )
        if found.catalogue is not None or tabbed:
            return found
        best = best or found
    if best is not None:
        return best
    name, sep, result = raw.partition(":")
    if not sep and tabbed:
        cells = [c.strip() for c in raw.split("\t") if c.strip()]
        if len(cells) == 2:
            name, sep, result = cells[0], ":", cells[1]
    if sep and name.strip() and result.strip() and not re.search(r"\d", result):
        return Pasted(line=n, raw=raw, test=name.strip(), text=result.strip(),
                      catalogue=find_test(name.strip()))  # fmt: skip
    if _HEADER.match(raw.strip()):
        return Unread(n, raw, "a heading, not a result")
    return Unread(n, raw, "not 'test value unit range': type it into the grid")


def read_block(text: str) -> list[Pasted | Unread]:
    """Every non-blank line of ``text``, read or not (in order)."""
    out: list[Pasted | Unread] = []
    for n, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if raw.strip():
            out.append(_read_line(n, raw.rstrip()))
    return out
