"""Coding reaction and history terms to MedDRA, and drug names to WHODrug, from
distributions the user holds.

MedDRA is licensed and cannot ship with caselog: terms stay the free text the clinician
wrote. A user holding a distribution points caselog at its folder (``CASELOG_MEDDRA``,
the folder with ``llt.asc``, ``pt.asc`` and ``meddra_release.asc``, or the distribution's
root holding them in ``MedAscii/``); a term whose words name a lowest level term (ignoring
case, accents and spacing) is then coded to that LLT and its preferred term, with the
MedDRA version recorded beside it. A term that names none stays uncoded, and the outputs
say so.

The ASCII files are ``$``-separated, one record a line: ``llt.asc`` holds
``llt_code$llt_name$pt_code$...$llt_currency$...`` (currency ``Y`` or ``N`` in the tenth
field), ``pt.asc`` ``pt_code$pt_name$$pt_soc_code$...``, ``meddra_release.asc``
``version$language$...``.

WHODrug Global is licensed too. ``CASELOG_WHODRUG`` names the folder of a distribution in
its B3 text format: the drug dictionary ``DD.txt`` and the version file ``version.txt``
(either name in any case). ``DD.txt`` is fixed-width, one drug name a line: the Drug
Record Number (characters 1-6), Sequence Number 1 (7-8), Sequence Number 2 (9-11), the
check digit (12), then designation, source, company, ingredient count, salt code and
year/quarter (13-30), and the drug name from character 31. The Drug Code is the first
eleven characters; the name with Sequence Numbers 01 and 001 is the record's preferred
base name. The version file's first line names the release. A drug name that is a
WHODrug drug name (ignoring case, accents and spacing) is coded to that Drug Code; when
several records carry the name, the preferred base name wins, then the lowest code. The
B3 format holds no Medicinal Product ID (the C3 format's MPID is not read).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MEDDRA_ENV = "CASELOG_MEDDRA"
WHODRUG_ENV = "CASELOG_WHODRUG"
ENCODING = "latin-1"  # every byte reads; the English distribution is ASCII


class CodingError(ValueError):
    """The dictionary named cannot be read: the message says which file and what is wrong."""


@dataclass(frozen=True)
class Coded:
    """A term coded to MedDRA: the lowest level term it names and that term's PT."""

    term: str  # as recorded
    llt_code: str
    llt_name: str
    pt_code: str
    pt_name: str
    version: str  # of the MedDRA distribution, e.g. "27.0"


@dataclass(frozen=True)
class _Llt:
    code: str
    name: str
    pt_code: str
    current: bool


def fold(term: str) -> str:
    """A term as it is matched: no case, no accents, single spaces."""
    decomposed = unicodedata.normalize("NFKD", term)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


class MedDRA:
    """The lowest level and preferred terms of one MedDRA distribution."""

    def __init__(self, version: str, llts: list[_Llt], pts: Mapping[str, str]) -> None:
        self.version = version
        self._pts = dict(pts)
        self._by_name: dict[str, _Llt] = {}
        for llt in llts:  # a current term wins over a non-current one of the same words
            key = fold(llt.name)
            held = self._by_name.get(key)
            if held is None or (llt.current and not held.current):
                self._by_name[key] = llt

    @classmethod
    def load(cls, folder: Path) -> MedDRA:
        """Read the distribution in ``folder`` (or ``folder/MedAscii``); CodingError names
        the file and line that cannot be read."""
        folder = Path(folder)
        if not folder.is_dir():
            raise CodingError(f"{folder}: no such folder (set {MEDDRA_ENV} to a MedDRA folder)")
        if not (folder / "llt.asc").exists() and (folder / "MedAscii").is_dir():
            folder = folder / "MedAscii"
        version = _version(folder / "meddra_release.asc")
        pts: dict[str, str] = {}
        for n, fields in _records(folder / "pt.asc", 2):
            code, name = fields[0], fields[1]
            if not code.isdigit() or not name:
                raise CodingError(f"{folder / 'pt.asc'}: line {n}: not a preferred term")
            pts[code] = name
        llts: list[_Llt] = []
        for n, fields in _records(folder / "llt.asc", 3):
            code, name, pt_code = fields[0], fields[1], fields[2]
            if not code.isdigit() or not name or pt_code not in pts:
                raise CodingError(
                    f"{folder / 'llt.asc'}: line {n}: not a lowest level term of a known PT"
                )
            current = len(fields) < 10 or fields[9].strip().upper() != "N"
            llts.append(_Llt(code, name, pt_code, current))
        if not llts:
            raise CodingError(f"{folder / 'llt.asc'}: holds no lowest level term")
        return cls(version, llts, pts)

    def code(self, term: str) -> Coded | None:
        """The LLT (and its PT) whose words ``term`` is, else None (the term stays uncoded)."""
        llt = self._by_name.get(fold(term))
        if llt is None:
            return None
        return Coded(term, llt.code, llt.name, llt.pt_code, self._pts[llt.pt_code], self.version)


@dataclass(frozen=True)
class DrugCode:
    """A drug name coded to WHODrug: the Drug Code of the name it is and its record."""

    name: str  # as recorded
    drug_code: str  # eleven characters: record number, sequence numbers 1 and 2
    drug_name: str  # the WHODrug name it matched
    preferred_name: str | None  # the record's preferred base name (01/001), when held
    version: str  # of the WHODrug release, the version file's first line

    @property
    def record_number(self) -> str:
        """The Drug Record Number: the active moiety, whatever the salt or trade name."""
        return self.drug_code[:6]


_NAME_AT = 30  # DD.txt: the drug name starts at character 31


@dataclass(frozen=True)
class _DrugName:
    code: str
    name: str

    @property
    def base(self) -> bool:
        return self.code[6:] == "01001"


class WHODrug:
    """The drug names of one WHODrug Global B3 distribution."""

    def __init__(self, version: str, names: list[_DrugName]) -> None:
        self.version = version
        self._preferred = {n.code[:6]: n.name for n in names if n.base}
        self._by_name: dict[str, _DrugName] = {}
        for n in names:  # a preferred base name first, then the lowest Drug Code
            key = fold(n.name)
            held = self._by_name.get(key)
            if held is None or (not n.base, n.code) < (not held.base, held.code):
                self._by_name[key] = n

    @classmethod
    def load(cls, folder: Path) -> WHODrug:
        """Read the distribution in ``folder``; CodingError names the file and line that
        cannot be read."""
        folder = Path(folder)
        if not folder.is_dir():
            raise CodingError(f"{folder}: no such folder (set {WHODRUG_ENV} to a WHODrug folder)")
        dd = _named(folder, "DD.txt")
        version_file = _named(folder, "version.txt")
        lines = [(n, line) for n, line in enumerate(_lines(version_file), 1) if line.strip()]
        if not lines:
            raise CodingError(f"{version_file}: names no WHODrug version")
        version = " ".join(lines[0][1].split())
        names: list[_DrugName] = []
        for n, line in enumerate(_lines(dd), start=1):
            if not line.strip():
                continue
            code, name = line[:11], line[_NAME_AT:].strip()
            if not (code[:8].isdigit() and code[8:].isalnum() and len(code) == 11 and name):
                raise CodingError(
                    f"{dd}: line {n}: not a B3 drug record (an 11-character Drug Code, "
                    f"the name from character {_NAME_AT + 1})"
                )
            names.append(_DrugName(code, name))
        if not names:
            raise CodingError(f"{dd}: holds no drug name")
        return cls(version, names)

    def code(self, name: str) -> DrugCode | None:
        """The Drug Code of the WHODrug name ``name`` is, else None (it stays uncoded)."""
        held = self._by_name.get(fold(name))
        if held is None:
            return None
        preferred = self._preferred.get(held.code[:6])
        return DrugCode(name, held.code, held.name, preferred, self.version)


def _named(folder: Path, name: str) -> Path:
    """``folder/name``, matching the name in any case (distributions differ)."""
    for path in sorted(folder.iterdir()):
        if path.name.casefold() == name.casefold() and path.is_file():
            return path
    raise CodingError(f"{folder / name}: not found (a WHODrug B3 distribution has it)")


def _lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CodingError(f"{path}: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode(ENCODING)
    return text.splitlines()


def _records(path: Path, least: int) -> list[tuple[int, list[str]]]:
    try:
        text = path.read_text(encoding=ENCODING)
    except FileNotFoundError:
        raise CodingError(f"{path}: not found (a MedDRA ASCII distribution has it)") from None
    except OSError as exc:
        raise CodingError(f"{path}: {exc.strerror or exc}") from exc
    out: list[tuple[int, list[str]]] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.rstrip("\r\n").split("$")
        if len(fields) < least:
            raise CodingError(f"{path}: line {n}: expected $-separated fields")
        out.append((n, [f.strip() for f in fields]))
    return out


def _version(path: Path) -> str:
    records = _records(path, 1)
    if not records or not records[0][1][0]:
        raise CodingError(f"{path}: names no MedDRA version")
    return records[0][1][0]


def meddra_from_env(environ: Mapping[str, str] | None = None) -> MedDRA | None:
    """The distribution ``CASELOG_MEDDRA`` names, or None when it is not set."""
    folder = (os.environ if environ is None else environ).get(MEDDRA_ENV, "").strip()
    return MedDRA.load(Path(folder)) if folder else None


def whodrug_from_env(environ: Mapping[str, str] | None = None) -> WHODrug | None:
    """The distribution ``CASELOG_WHODRUG`` names, or None when it is not set."""
    folder = (os.environ if environ is None else environ).get(WHODRUG_ENV, "").strip()
    return WHODrug.load(Path(folder)) if folder else None
