"""Writing an output file (an export, a report, a form, an overview) so that an interruption
leaves nothing behind that anyone would take for it.

The output is written whole to a temporary file beside it, ``.NAME.caselog-RANDOM.tmp``
(0600, the writer holding an exclusive ``flock`` on it), synced, and renamed over ``NAME``.
A failure removes the temporary file. A kill cannot, so the file is found again:

- by the next start of caselog on the same database (``notes``, kept by the store: the
  live database lists each temporary file while it is being written, and its next open
  removes what is listed, ``caselog.store.backup.remove_partials``);
- by the next output written to that folder (``sweep``): a temporary file of this form
  that no process holds locked is left over from a killed writer, and is removed, with
  those of older caselog versions for the same target (``.NAME.XXXXXXXX.tmp``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

try:
    import fcntl
except ImportError:  # pragma: no cover (not POSIX): no lock, the notes still clean up
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

MARK = ".caselog-"
SUFFIX = ".tmp"
_OURS = re.compile(r"^\..+\.caselog-[0-9a-f]{16}\.tmp$")
_OLDER = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")  # tempfile.mkstemp's names


class Notes(Protocol):
    """Where the temporary files being written are listed, so that a kill's are found."""

    def started(self, tmp: Path) -> None: ...

    def finished(self, tmp: Path) -> None: ...


def temp_path(out: Path) -> Path:
    return out.with_name(f".{out.name}{MARK}{secrets.token_hex(8)}{SUFFIX}")


def is_temp(path: Path) -> bool:
    """Whether ``path`` is named as this module names a temporary file."""
    return _OURS.match(path.name) is not None


def leftovers(folder: Path) -> list[Path]:
    """The temporary files of outputs in ``folder`` (none once every writer has finished)."""
    return sorted(p for p in Path(folder).iterdir() if is_temp(p))


@contextlib.contextmanager
def written(out: Path, *, notes: Notes | None = None) -> Iterator[Path]:
    """Yield a temporary path to write the whole of ``out`` to; when the block ends, the
    file is synced and renamed over ``out``. On any failure nothing of it is left."""
    out = Path(out)
    tmp = temp_path(out)
    if notes is not None:
        notes.started(tmp)
    try:
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)  # held until renamed: a sweep leaves it alone
            yield tmp
            fsync_path(tmp)
            os.replace(tmp, out)
            fsync_folder(out.parent)
        finally:
            os.close(fd)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if notes is not None:
            notes.finished(tmp)


def write_bytes(out: Path, data: bytes, *, notes: Notes | None = None) -> None:
    """Write ``data`` to ``out`` through ``written``."""
    with written(out, notes=notes) as tmp, open(tmp, "wb") as handle:
        handle.write(data)


def sweep(folder: Path, targets: Iterable[str] = ()) -> list[Path]:
    """Remove the temporary files a killed writer left in ``folder``: every one named as
    ``temp_path`` names them, and those of older versions for the names in ``targets``,
    unless a live writer holds it. Returns what was removed."""
    wanted = set(targets)
    removed: list[Path] = []
    try:
        names = [p for p in folder.iterdir() if p.name.endswith(SUFFIX)]
    except OSError:
        return removed
    for p in names:
        older = _OLDER.match(p.name)
        if not (is_temp(p) or (older is not None and older.group("name") in wanted)):
            continue
        if _unheld(p):
            try:
                p.unlink()
                removed.append(p)
            except OSError as exc:
                log.warning("could not remove the partial file %s: %s", p, exc)
    return removed


def _unheld(path: Path) -> bool:
    """Whether no process holds ``path`` locked (its writer is gone)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform; the data itself is synced
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
