"""Hypothesis strategies for hostile input: values, mutated case files, malformed images.

Shared by ``tests/test_hostile_input.py`` (small example counts in ``make test``, 10,000
per importer under ``-m soak``).
"""

from __future__ import annotations

import copy
import io
import json
import struct
import zlib
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from PIL import Image as PILImage

from tests.examples import EXAMPLE_DIR

EXAMPLE = EXAMPLE_DIR

# Text that has broken programs before: bidi overrides, NUL, lone surrogates, markup that
# ReportLab would interpret, SQL LIKE wildcards and quotes, NFC/NFD pairs, very long text.
NASTY_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\u202eevil\u202c",
    "\u200f\u2067rtl\u2069",
    "\ud800",
    "x\udfffy",
    "caf\u00e9",
    "cafe\u0301",
    "<b>bold</b>",
    "<para>x</para>",
    "<font name='Courier' size=99>x</font>",
    '<img src="/etc/passwd" width="9999"/>',
    "&amp; &lt; &#0; &#xD800; &bogus;",
    "<a href='javascript:alert(1)'>x</a>",
    "%",
    "_",
    "%_%",
    '\'; DROP TABLE "case"; --',
    "\"quoted\" 'single' `back`",
    "\\",
    "\r\n\t\x0b\x0c",
    "\ufeff",
    "\U0001f600\U0001f9d1\u200d\u2695\ufe0f",
    "A" * 30_000,
]

NASTY_NUMBERS: list[Any] = [
    float("nan"),
    float("inf"),
    float("-inf"),
    -1,
    -0.0,
    0,
    1e308,
    -1e308,
    5e-324,
    10**400,
    2**63,
    "1,5",
    "1.5",
    "1e3",
    " 12 ",
    True,
    False,
    None,
    [],
    {},
]

NASTY_DATES: list[Any] = [
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "0000-01-01",
    "9999-12-31",
    "2999-01-01",
    "1800-01-01",
    "2024-1-5",
    "2024/01/05",
    "05.01.2024",
    " 2024-01-05",
    "2024-01-05T10:00:00",
    "2024-W01",
    "",
    "today",
    20240105,
    None,
    [],
]

NASTY_PATHS = [
    "../ct-initial.png",
    "../../etc/passwd",
    "a/../../ct-initial.png",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "\\\\server\\share\\x.png",
    "CON",
    "NUL",
    "con.png",
    "aux.png",
    "COM1.png",
    "LPT1",
    "ct-initial.png\x00.jpg",
    "",
    ".",
    "sub",
    "missing.png",
    "x" * 5000 + ".png",
    "truncated.png",
    "mislabelled.jpg",
    "not-an-image.png",
    "empty.png",
    "bomb.png",
    "huge-pixels.png",
    "huge-bytes.png",
    "gif.png",
    "ct-initial.png",
]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int, height: int) -> bytes:
    """A small PNG claiming a vast 1-bit image (its data a tiny zlib stream of zeros)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (1 + (width + 7) // 8) * 64, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", rows)
        + _png_chunk(b"IEND", b"")
    )


def write_image_folder(folder: Path) -> None:
    """The example's images plus every kind of bad image, beside the case file."""
    folder.mkdir(parents=True, exist_ok=True)
    # small stand-ins for the example's images keep each example fast
    for i, name in enumerate(("ct-initial.png", "ct-regression.png")):
        buf = io.BytesIO()
        PILImage.new("L", (16, 12), color=40 * i).save(buf, "PNG")
        (folder / name).write_bytes(buf.getvalue())
    good = (folder / "ct-initial.png").read_bytes()
    (folder / "truncated.png").write_bytes(good[: len(good) // 3])
    (folder / "mislabelled.jpg").write_bytes(good)  # a PNG named .jpg: judged by content
    (folder / "not-an-image.png").write_bytes(b"%PDF-1.4 not an image" * 10)
    (folder / "empty.png").write_bytes(b"")
    (folder / "bomb.png").write_bytes(bomb_png(60_000, 60_000))
    (folder / "huge-pixels.png").write_bytes(bomb_png(20_000, 3_000))
    with open(folder / "huge-bytes.png", "wb") as f:
        f.write(good)
        f.truncate(26 * 1024 * 1024)  # sparse: over the 25 MiB limit
    buf = io.BytesIO()
    PILImage.new("RGB", (4, 4)).save(buf, "GIF")
    (folder / "gif.png").write_bytes(buf.getvalue())
    (folder / "sub").mkdir(exist_ok=True)


def base_document() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((EXAMPLE / "case.json").read_text(encoding="utf-8"))
    return doc


def event_indexes(doc: dict[str, Any], kind: str | None = None) -> list[int]:
    return [
        i for i, e in enumerate(doc["cases"][0]["events"]) if kind is None or e.get("kind") == kind
    ]


hostile_text = st.one_of(
    st.sampled_from(NASTY_TEXT),
    st.text(max_size=40),
    st.text(st.characters(codec=None, categories=None), max_size=20),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY_TEXT), st.text(max_size=10)),
)
hostile_number = st.one_of(
    st.sampled_from(NASTY_NUMBERS),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
)
hostile_date = st.one_of(
    st.sampled_from(NASTY_DATES),
    st.dates().map(lambda d: d.isoformat()),
    st.from_regex(r"\A\d{4}(-\d{1,2}(-\d{1,2})?)?\Z"),
)
hostile_any = st.one_of(
    hostile_text,
    hostile_number,
    hostile_date,
    st.lists(hostile_text, max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@st.composite
def mutated_document(draw: st.DrawFn) -> dict[str, Any]:
    """The example case file with one to four fields replaced by hostile values."""
    doc = copy.deepcopy(base_document())
    case = doc["cases"][0]
    for _ in range(draw(st.integers(1, 4))):
        slot = draw(
            st.sampled_from(
                [
                    "title",
                    "patient.text",
                    "patient.number",
                    "patient.birth_date",
                    "patient.age",
                    "event.date",
                    "event.text",
                    "event.number",
                    "image.path",
                    "image.caption",
                    "report.text",
                    "report.references",
                    "assessment",
                    "index_date",
                    "unknown_key",
                    "type_confusion",
                    "stop_before_start",
                    "kidney",
                    "keywords",
                    "authors",
                ]
            )
        )
        events = case["events"]
        if slot == "title":
            case["title"] = draw(hostile_text)
        elif slot == "patient.text":
            case["patient"][draw(st.sampled_from(["name", "mrn", "label"]))] = draw(hostile_text)
        elif slot == "patient.number":
            key = draw(st.sampled_from(["weight_kg", "height_cm"]))
            case["patient"][key] = draw(hostile_number)
        elif slot == "patient.birth_date":
            case["patient"]["birth_date"] = draw(hostile_date)
        elif slot == "patient.age":
            case["patient"]["age"] = draw(hostile_number)
            if draw(st.booleans()):
                case["patient"].pop("birth_date", None)
        elif slot == "event.date":
            events[draw(st.sampled_from(event_indexes(doc)))]["date"] = draw(hostile_date)
        elif slot == "event.text":
            ev = events[draw(st.sampled_from(event_indexes(doc)))]
            key = draw(st.sampled_from(["notes", "drug", "name", "test", "findings", "text"]))
            ev[key] = draw(hostile_text)
        elif slot == "event.number":
            ev = events[
                draw(st.sampled_from(event_indexes(doc, "lab") + event_indexes(doc, "medication")))
            ]
            key = (
                "dose"
                if ev["kind"] == "medication"
                else draw(st.sampled_from(["value", "ref_low", "ref_high"]))
            )
            ev[key] = draw(hostile_number)
        elif slot in ("image.path", "image.caption"):
            ev = events[draw(st.sampled_from(event_indexes(doc, "imaging")))]
            images = ev.setdefault("images", [{"path": "ct-initial.png"}])
            if not images:
                images.append({"path": "ct-initial.png"})
            if slot == "image.path":
                images[0]["path"] = draw(st.one_of(st.sampled_from(NASTY_PATHS), hostile_text))
            else:
                images[0]["caption"] = draw(hostile_text)
        elif slot == "report.text":
            report = case.setdefault("report", {})
            report[draw(st.sampled_from(["introduction", "discussion", "conclusion"]))] = draw(
                hostile_text
            )
        elif slot == "report.references":
            case.setdefault("report", {})["references"] = draw(st.lists(hostile_text, max_size=3))
        elif slot == "assessment":
            assessment = case.setdefault("assessment", {"reaction": "x"})
            key = draw(st.sampled_from(["reaction", "outcome", "onset_date", "seriousness"]))
            assessment[key] = draw(hostile_any)
            assessment.setdefault("naranjo", {})["after_drug"] = draw(
                st.one_of(st.sampled_from(["yes", "no", "unknown"]), hostile_text)
            )
        elif slot == "index_date":
            case["index_date"] = draw(hostile_date)
        elif slot == "unknown_key":
            case[draw(hostile_text)] = draw(hostile_any)
        elif slot == "stop_before_start":
            med = next(e for e in events if e["kind"] == "medication")
            events.append(
                {
                    "kind": "medication",
                    "drug": med["drug"],
                    "action": "stop",
                    "date": draw(hostile_date),
                }
            )
        elif slot == "kidney":
            case["patient"]["kidney"] = {
                "ckd_stage": draw(st.one_of(st.sampled_from(["5D", "6", "3c"]), hostile_text)),
                "dialysis_since": draw(hostile_date),
            }
        elif slot == "keywords":
            case["keywords"] = draw(st.lists(hostile_text, max_size=6))
        elif slot == "authors":
            case["authors"] = [{"name": draw(hostile_text), "email": draw(hostile_text)}]
    if draw(st.integers(0, 5)) == 0:  # now and then a part of the wrong type altogether
        target = draw(st.sampled_from(["patient", "events", "title", "report", "keywords"]))
        case[target] = draw(hostile_any)
    return doc


def encode_document(doc: Any, *, bom: bool = False) -> bytes:
    """JSON bytes of ``doc``: non-ASCII escaped (lone surrogates travel as ``\\ud800``),
    NaN/Infinity written as the tokens Python's JSON accepts."""
    text = json.dumps(doc, ensure_ascii=True, allow_nan=True)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("ascii")
