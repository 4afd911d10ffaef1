"""A derived, on-disk cache of what ``vocab`` builds from the word lists (``_morphology``,
``_language``), so that a process's first de-identification does not decompress and split
the 20 MB of ``resources/words`` again: its CPU time falls from about 2.8 s to 1.6 s (on
2026-12-02's machine, a case of tests/examples.py; the rest is mostly making the sets of
millions of strings, which no file format spares; writing the cache costs about 1 s once).

It never changes a result: an entry is the marshalled value the wrapped function returned,
under a key that is a hash of this format's version, the Python version, the source of
every module of ``caselog.privacy`` (the code that builds the values, and the function
words and date words folded into them) and the name, size, mtime and content hash of every
file of ``resources/words``. A missing, stale (another key), foreign, corrupt or truncated
entry is ignored and rebuilt; an entry is written to a temporary file in the same folder
and renamed over the old one, so no reader ever sees half of one; a folder that cannot be
written to (or a full disk) leaves the process without a cache, never without its words.

The format is ``marshal`` of builtin types (frozenset, dict, tuple, str, int), not
``pickle``: loading marshal data builds only those values and cannot run code, so an entry
someone else planted can never execute anything. (One written with the right key and digest
could still claim a name is a word: the folder must be as much the user's own as the
resources are, which is why the default is the per-user cache folder, created 0700.)

The folder: ``$CASELOG_WORD_CACHE`` when set (empty: no cache at all; the test suite sets
it once a session, since tests move HOME), else the per-user cache folder
(``platformdirs.user_cache_dir("caselog")/words``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from caselog.paths import resource_path

ENV = "CASELOG_WORD_CACHE"
FORMAT = b"caselog-wordcache 1\n"  # change when the layout of an entry changes
_DIGEST = 32  # bytes of a blake2b digest: the key, then the payload's

T = TypeVar("T")


def directory() -> Path | None:
    """The cache folder (``$CASELOG_WORD_CACHE``, else the per-user one); None when the
    variable is set empty (no cache). Read on every call: tests change it."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    return Path(platformdirs.user_cache_dir("caselog")) / "words"


def fingerprint(paths: Iterable[Path]) -> bytes:
    """A digest of each file's name, size, mtime and content, in the order given."""
    h = hashlib.blake2b(digest_size=_DIGEST)
    for path in paths:
        st = path.stat()
        with path.open("rb") as f:
            content = hashlib.file_digest(f, "blake2b").digest()
        h.update(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
        h.update(content)
    return h.digest()


@functools.cache
def _sources_key() -> bytes:
    """The key every entry of this process is read and written under: the format, the
    Python (marshal's format follows it), the code of ``caselog.privacy`` and the word
    lists (see the module's docstring)."""
    code = sorted(Path(__file__).parent.glob("*.py"))
    words = sorted(p for p in resource_path("words").iterdir() if p.is_file())
    h = hashlib.blake2b(FORMAT, digest_size=_DIGEST)
    h.update(f"{sys.version}\0{marshal.version}\0".encode())
    h.update(fingerprint(code))
    h.update(fingerprint(words))
    return h.digest()


def read(path: Path, key: bytes) -> tuple[bool, Any]:
    """(True, the value) of the entry at ``path`` written under ``key``; (False, None) when
    it is missing, unreadable, of another key or format, or its payload does not match
    its digest or does not unmarshal."""
    try:
        raw = path.read_bytes()
    except OSError:
        return False, None
    head = len(FORMAT)
    if raw[:head] != FORMAT or raw[head : head + _DIGEST] != key:
        return False, None
    digest, payload = raw[head + _DIGEST : head + 2 * _DIGEST], raw[head + 2 * _DIGEST :]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
        return False, None
    try:
        return True, marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return False, None


def write(path: Path, key: bytes, value: Any) -> bool:
    """Write ``value`` at ``path`` under ``key``, atomically (a temporary file in the same
    folder, then a rename); False, and nothing left behind, when that fails (a folder that
    cannot be made or written to, a full disk)."""
    try:
        payload = marshal.dumps(value)
    except ValueError:  # not builtin types: never cached
        return False
    digest = hashlib.blake2b(payload, digest_size=_DIGEST).digest()
    tmp: str | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(FORMAT + key + digest + payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False


# A frozenset of strings, or a dict of strings to anything, is kept with its strings joined
# in one: str.split makes them again faster than marshal reads them one by one (0.20 s
# against 0.30 s for Greek's 0.8 million stems).
_SET, _DICT = "\x1eset", "\x1edict"


def _joinable(strings: Iterable[object]) -> bool:
    return all(isinstance(s, str) and "\n" not in s for s in strings)


def pack(value: object) -> object:
    """``value`` with its frozensets of strings and its dicts keyed by strings joined (a
    tuple that says which); anything else as it is."""
    if isinstance(value, frozenset) and value and _joinable(value):
        return (_SET, "\n".join(value))
    if isinstance(value, dict) and value and _joinable(value):
        return (_DICT, "\n".join(value), tuple(value.values()))
    return value


def unpack(value: object) -> object:
    """What ``pack`` was given."""
    if isinstance(value, tuple) and len(value) in (2, 3) and value[0] in (_SET, _DICT):
        if value[0] == _SET and len(value) == 2 and isinstance(value[1], str):
            return frozenset(value[1].split("\n"))
        if value[0] == _DICT and len(value) == 3 and isinstance(value[1], str):
            return dict(zip(value[1].split("\n"), value[2], strict=True))
        raise TypeError("a packed value of another shape")
    return value


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the words load: making millions of strings and
    tuples sets it off again and again, each time walking the sets already made (0.6 to
    0.8 s of the 2.5). Nothing loaded makes a cycle, so nothing is left uncollected."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def stored(
    name: str, kind: type | None = None, *, skip: Callable[[str], bool] | None = None
) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Keep what a function of a language (``"pl"``) returns in the cache folder as
    ``{name}-{lang}.marshal``. ``kind``: the dataclass it returns (or None in its place),
    kept as the tuple of its fields. A value that is another language's own (Malay's
    morphology is Indonesian's) is kept as a mark that says so, and built again from the
    cache each time (the build looks the other language up), so that the two stay one
    object, as they are without the cache. ``skip(lang)`` true: that language is built,
    never cached (a value made cheaply of another cached one: reading it would cost more)."""

    def encode(value: Any) -> object:
        if kind is not None and value is not None:
            return tuple(pack(getattr(value, f.name)) for f in dataclasses.fields(kind))
        return pack(value)

    def decode(value: Any) -> Any:
        if kind is not None and value is not None:
            return kind(*map(unpack, value))
        return unpack(value)

    def wrap(build: Callable[[str], T]) -> Callable[[str], T]:
        made: dict[str, T] = {}  # this process's values, to find one that is another's

        @functools.wraps(build)
        def cached(lang: str) -> T:
            with _collector_paused():
                return load(lang)

        def load(lang: str) -> T:
            folder = directory()
            if folder is None or (skip is not None and skip(lang)):
                return build(lang)
            path = folder / f"{name}-{lang}.marshal"
            key = _sources_key()
            found, value = read(path, key)
            if found and isinstance(value, tuple) and len(value) == 2:
                tag, body = value
                if tag == "alias":  # the build only looks the other language up
                    return build(lang)
                if tag == "value":
                    try:
                        made[lang] = decode(body)
                        return made[lang]
                    except (TypeError, ValueError):  # of another shape: rebuilt
                        pass
            result = build(lang)
            other = next(
                (k for k, v in made.items() if v is result and k != lang and v is not None),
                None,
            )
            entry = ("alias", other) if other is not None else ("value", encode(result))
            write(path, key, entry)
            made[lang] = result
            return result

        return cached

    return wrap
