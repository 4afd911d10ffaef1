"""Reading a case file (spec/case-format.md): all of it or nothing, with every issue named."""

from __future__ import annotations

import datetime as dt
import errno
import json
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from caselog.core.model import Case, Image, Series
from caselog.interchange.errors import CaseFileError, ImageError, Issue
from caselog.interchange.fields import DuplicateKeyDict, NonFinite
from caselog.interchange.images import MAX_BYTES, load_image
from caselog.interchange.validation import document_from_dict

MAX_FILE_BYTES = 64 * 1024 * 1024
"""The largest case file (the JSON, without its images) read: 64 MiB."""


@dataclass
class CaseFile:
    """What a case file holds; series name their cases by ``Series.case_keys`` (case ``id``s)."""

    path: Path
    cases: list[Case]
    series: list[Series] = field(default_factory=list)


def read_case_file(path: Path, *, today: dt.date | None = None) -> CaseFile:
    """Read and check the case file at ``path`` with the images it names.

    Raises :class:`CaseFileError` listing every issue; nothing is returned in part.
    """
    path = Path(path)
    name = str(path)
    raw = _parse(path, name)
    images = _ImageFolder(path.parent)
    cases, series = _validate(raw, name, today, images)
    return CaseFile(path=path, cases=cases, series=series)


def parse_json(text: str) -> Any:
    """JSON as the case file reads it: NaN/Infinity kept as :class:`NonFinite` markers (the
    validator refuses them by path), repeated keys marked on their object."""
    return json.loads(text, parse_constant=NonFinite, object_pairs_hook=_object)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        marked = DuplicateKeyDict(obj)
        seen: set[str] = set()
        marked.duplicates = []
        for key, _ in pairs:
            if key in seen and key not in marked.duplicates:
                marked.duplicates.append(key)
            seen.add(key)
        return marked
    return obj


def _parse(path: Path, name: str) -> Any:
    def fail(message: str, where: str = "") -> CaseFileError:
        return CaseFileError([Issue(name, where, message)])

    try:
        if path.is_dir():
            raise fail("is a folder, not a case file")
        data = _read_regular(path, MAX_FILE_BYTES)
        if data is None:
            raise fail(
                f"is {path.stat().st_size / 1024 / 1024:.1f} MiB, more than the "
                f"{MAX_FILE_BYTES // 1024 // 1024} MiB a case file may have"
            )
    except FileNotFoundError:
        raise fail("no such file") from None
    except OSError as exc:
        raise fail(f"cannot be read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fail(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            f"line {line}",
        ) from None
    del data  # the text alone from here: a large file is not held twice while parsed
    try:
        return parse_json(text)
    except json.JSONDecodeError as exc:
        raise fail(
            f"is not valid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise fail("is not a case file: its JSON is nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise fail(f"is not a case file: {exc}") from None


def _validate(
    raw: Any, name: str, today: dt.date | None, images: _ImageFolder
) -> tuple[list[Case], list[Series]]:
    try:
        return document_from_dict(raw, file=name, today=today, images=images)
    except RecursionError:
        raise CaseFileError([Issue(name, "", "its JSON is nested too deeply")]) from None


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of the regular file ``path``, or None when it holds more than ``limit``.

    Raises OSError for what is not a regular file (a folder, a pipe, a device), and never
    reads more than ``limit + 1`` bytes, even from a file that grows meanwhile.
    """
    if not stat.S_ISREG(path.stat().st_mode):
        raise OSError(errno.EINVAL, "not a regular file")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    return None if len(data) > limit else data


class _ImageFolder:
    """Resolves IMAGE paths inside the case file's folder; never outside it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder.resolve()
        self.loaded: dict[tuple[Path, int | None], Image] = {}

    def __call__(self, relative: str, frame: int | None = None) -> Image:
        if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).drive:
            raise ImageError(
                f"{relative!r} is an absolute path; an image path is relative to the "
                "case file's folder"
            )
        parts = relative.replace("\\", "/").split("/")
        if ".." in parts:
            raise ImageError(
                f"{relative!r} leaves the case file's folder (images must sit inside it)"
            )
        target = (self.folder / relative).resolve()
        if not target.is_relative_to(self.root):
            raise ImageError(f"{relative!r} leads outside the case file's folder (through a link)")
        if (target, frame) in self.loaded:
            return self.loaded[target, frame]
        try:
            data = _read_regular(target, MAX_BYTES)
            if data is None:
                raise ImageError(
                    f"{relative} is {target.stat().st_size / 1024 / 1024:.1f} MiB, more than "
                    f"the {MAX_BYTES // 1024 // 1024} MiB an image may have"
                )
        except FileNotFoundError:
            raise ImageError(f"image file {relative!r} not found beside the case file") from None
        except OSError as exc:
            raise ImageError(
                f"image file {relative!r} cannot be read: {exc.strerror or exc}"
            ) from None
        name = PurePosixPath(relative.replace("\\", "/")).name
        image = load_image(data, name=name, frame=frame)
        self.loaded[target, frame] = image
        return image
