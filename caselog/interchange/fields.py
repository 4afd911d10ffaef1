"""Readers of single fields: type, range and vocabulary checks that collect issues.

Every reader records what is wrong as an :class:`~caselog.interchange.errors.Issue` with the
JSON path of the field and returns ``None`` (or an empty list) instead of raising, so that one
pass over a file reports every problem at once.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import unicodedata
from collections.abc import Callable, Collection, Iterator
from typing import Any

from caselog.core.dates import DateError, PartialDate
from caselog.core.model import Image
from caselog.interchange.errors import Issue
from caselog.interchange.limits import date_digits_problem, line_problem, text_problem

ImageResolver = Callable[..., Image]
"""Turns an IMAGE ``path`` (and a DICOM file's ``frame``, when given) into an :class:`Image`;
raises ``ImageError`` saying what is wrong."""


class NonFinite:
    """Stands for a ``NaN``/``Infinity`` literal in JSON so the validator can name its place."""

    __slots__ = ("literal",)

    def __init__(self, literal: str) -> None:
        self.literal = literal


class DuplicateKeyDict(dict[str, Any]):
    """A JSON object in which some keys appeared more than once (json keeps only the last)."""

    duplicates: list[str]


class Context:
    """What one validation pass shares: the issues so far, the file name, today, images."""

    __slots__ = ("file", "today", "issues", "images", "dates")

    def __init__(
        self,
        *,
        file: str = "",
        today: dt.date | None = None,
        images: ImageResolver | None = None,
    ) -> None:
        self.file = file
        self.today = today or dt.date.today()
        self.issues: list[Issue] = []
        self.images = images
        self.dates: dict[str, PartialDate] = {}  # parsed date strings (many repeat)

    def add(self, where: str, message: str) -> None:
        self.issues.append(Issue(self.file, where, message))


def describe(value: Any) -> str:
    """How a wrong value is named in a message: its JSON type, with the value when short."""
    if value is None:
        return "null"
    if isinstance(value, NonFinite):
        return value.literal
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def suggestion(word: str, options: Collection[str]) -> str:
    """`` (did you mean 'x'?)`` when one of ``options`` is close to ``word``, else ``""``."""
    same = [o for o in options if o.casefold() == word.casefold()]
    close = same or difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def join(where: str, key: str) -> str:
    """The JSON path of ``key`` inside ``where`` (a very long key shortened)."""
    if len(key) > 60:
        key = key[:60] + "…"
    step = f".{key}" if key.isidentifier() else f"[{key!r}]"
    return f"{where}{step}" if where else step.lstrip(".")


def clean_text(
    ctx: Context, value: Any, where: str, *, required: bool, line: bool = False
) -> str | None:
    """A text value checked (str, no NUL, valid Unicode, at most ``MAX_TEXT`` characters;
    with ``line``, a single-line value: ``limits.line_problem``) and normalised to NFC."""
    if not isinstance(value, str):
        ctx.add(where, f"must be text, not {describe(value)}")
        return None
    text: str = value
    problem = text_problem(text) or (line_problem(text) if line else None)
    if problem is not None:  # before any scan of a huge value
        ctx.add(where, problem)
        return None
    if "\x00" in text:
        ctx.add(where, "contains a NUL character (\\u0000), which text may not hold")
        return None
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            ctx.add(where, "contains a lone surrogate (\\ud800-\\udfff), which is not a character")
            return None
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if not text.strip():
        if required:
            ctx.add(where, "must not be empty")
        return None
    return text


def clean_number(ctx: Context, value: Any, where: str) -> float | None:
    """A finite number (int or float, never a boolean); ``None`` with an issue otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        ctx.add(where, f"must be a number, not {describe(value)}")
        return None
    try:
        finite = math.isfinite(value)
    except OverflowError:
        finite = False
    if not finite:
        ctx.add(where, f"must be a finite number, not {value!r}")
        return None
    if isinstance(value, int) and abs(value) > _EXACT_INT:
        # stored as a float it would silently become another number
        ctx.add(where, f"is too large to be kept exactly (more than 2^53), not {value}")
        return None
    return value


_EXACT_INT = 2**53


def _short(value: str, line: bool) -> bool:
    """Whether an ASCII text breaks no limit (checked without building a path)."""
    return line_problem(value) is None if line else text_problem(value) is None


class Fields:
    """The fields of one JSON object, read one by one; unknown keys reported on creation.

    ``ok`` is false when the value is not an object at all (then every reader returns None).
    """

    __slots__ = ("ctx", "raw", "where", "ok")

    def __init__(self, ctx: Context, raw: Any, where: str, allowed: Collection[str]) -> None:
        self.ctx = ctx
        self.where = where
        self.ok = isinstance(raw, dict)
        if not self.ok:
            ctx.add(where, f"must be an object, not {describe(raw)}")
            raw = {}
        self.raw: dict[str, Any] = raw
        for key in raw:
            if key not in allowed:
                ctx.add(join(where, str(key)), f"unknown key{suggestion(str(key), allowed)}")
        for key in getattr(raw, "duplicates", ()):
            ctx.add(join(where, key), "appears more than once in the same object")

    def path(self, key: str) -> str:
        return join(self.where, key)

    def has(self, key: str) -> bool:
        return self.raw.get(key) is not None

    def _get(self, key: str, required: bool) -> Any:
        value = self.raw.get(key)
        if value is None and required:
            self.ctx.add(self.path(key), "is required")
        return value

    def text(self, key: str, *, required: bool = False, line: bool = False) -> str | None:
        """A text value; with ``line`` a single-line one (no control character, at most
        ``MAX_LINE`` characters)."""
        value = self._get(key, required)
        if value is None:
            return None
        if value.__class__ is str and value.isascii() and "\x00" not in value:
            if value and not value.isspace() and _short(value, line):  # the common case
                return value
        return clean_text(self.ctx, value, self.path(key), required=required, line=line)

    def number(self, key: str, *, required: bool = False, positive: bool = False) -> Any:
        """A finite number; with ``positive`` it must be above zero."""
        value = self._get(key, required)
        if value is None:
            return None
        cls = value.__class__
        if (cls is float and math.isfinite(value)) or (
            cls is int and -_EXACT_INT <= value <= _EXACT_INT
        ):
            if not positive or value > 0:  # the common case, checked without a path
                return value
        number = clean_number(self.ctx, value, self.path(key))
        if number is not None and positive and number <= 0:
            self.ctx.add(self.path(key), f"must be above zero, not {number!r}")
            return None
        return number

    def not_negative(self, key: str) -> Any:
        number = self.number(key)
        if number is not None and number < 0:
            self.ctx.add(self.path(key), f"must not be negative, not {number!r}")
            return None
        return number

    def integer(self, key: str, low: int, high: int, unit: str) -> int | None:
        value = self._get(key, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            shown = describe(value)
            self.ctx.add(
                self.path(key),
                f"must be a whole number of {unit} from {low} to {high}, not {shown}",
            )
            return None
        return value

    def boolean(self, key: str) -> bool | None:
        value = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.ctx.add(self.path(key), f"must be true or false, not {describe(value)}")
            return None
        return value

    def choice(self, key: str, options: Collection[str], *, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if value.__class__ is str and value in options:
            return value
        return clean_choice(self.ctx, value, self.path(key), options)

    def date(
        self, key: str, *, required: bool = False, birth: PartialDate | None = None
    ) -> PartialDate | None:
        """A date, refused when impossible, in the future, or wholly before ``birth``."""
        value = self._get(key, required)
        if value is None:
            return None
        return clean_date(self.ctx, value, self.path(key), birth)

    def items(self, key: str, *, required: bool = False) -> Iterator[tuple[str, Any]]:
        """``(path, item)`` for each element of a list field."""
        value = self._get(key, required)
        if value is None:
            return
        if not isinstance(value, list):
            self.ctx.add(self.path(key), f"must be a list, not {describe(value)}")
            return
        base = self.path(key)
        for i, item in enumerate(value):
            yield f"{base}[{i}]", item

    def texts(self, key: str, *, line: bool = False) -> list[str]:
        out = []
        for where, item in self.items(key):
            text = clean_text(self.ctx, item, where, required=True, line=line)
            if text is not None:
                out.append(text)
        return out

    def choices(self, key: str, options: Collection[str]) -> list[str]:
        out = []
        for where, item in self.items(key):
            choice = clean_choice(self.ctx, item, where, options)
            if choice is not None:
                out.append(choice)
        return out


def clean_choice(ctx: Context, value: Any, where: str, options: Collection[str]) -> str | None:
    if isinstance(value, str) and value in options:
        return value
    listed = ", ".join(options)
    hint = suggestion(value, options) if isinstance(value, str) else ""
    ctx.add(where, f"must be one of {listed}, not {describe(value)}{hint}")
    return None


def clean_date(
    ctx: Context, value: Any, where: str, birth: PartialDate | None = None
) -> PartialDate | None:
    if isinstance(value, PartialDate):
        date = value
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        date = PartialDate.of(value)
    elif isinstance(value, str):
        if value in ctx.dates:
            date = ctx.dates[value]
        else:
            digits = None if value.isascii() else date_digits_problem(value)
            if digits is not None:
                ctx.add(where, digits)
                return None
            try:
                date = PartialDate.parse(value)
            except DateError as exc:
                ctx.add(where, str(exc))
                return None
            ctx.dates[value] = date
    else:
        ctx.add(where, f"must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not {describe(value)}")
        return None
    if date.first_day() > ctx.today:
        ctx.add(where, f"{date} is in the future (today is {ctx.today.isoformat()})")
        return None
    if birth is not None and date.last_day() < birth.first_day():
        ctx.add(where, f"{date} is before the patient's birth date ({birth})")
        return None
    return date
