"""The cache of what ``vocab`` builds from the word lists (``caselog.privacy.wordcache``):
the same values as without it, for every language; a stale, corrupt or truncated entry
rebuilt; a folder that cannot be written to, or a full disk, leaving no cache and no
partial file, never a wrong word."""

from __future__ import annotations

import dataclasses
import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from caselog.privacy import vocab, wordcache
from caselog.privacy.language import LANGUAGES


def _fields(m: object) -> tuple[object, ...] | None:
    assert m is None or isinstance(m, vocab.Morphology)
    return None if m is None else dataclasses.astuple(m)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    place = tmp_path / "cache"
    monkeypatch.setenv(wordcache.ENV, str(place))
    return place


def _counted(build: Callable[[str], object]) -> tuple[Callable[[str], object], list[str]]:
    calls: list[str] = []

    def counting(lang: str) -> object:
        calls.append(lang)
        return build(lang)

    return counting, calls


# Languages of each shape the cache stores: stems in Cyrillic script, stems in Latin script
# with diacritics, a plain word list, a language with no list, Malay (read as Indonesian).
# Every language is checked in make soak (18 s of CPU), these in make test.
SHAPES = ("ru", "sv", "de", "fi", "ms")


@pytest.mark.parametrize(
    "langs",
    [
        pytest.param(tuple(lang for lang in LANGUAGES if lang in SHAPES), id="each shape"),
        pytest.param(tuple(LANGUAGES), id="every language", marks=pytest.mark.soak),
    ],
)
def test_every_language_reads_back_what_it_built(folder: Path, langs: tuple[str, ...]) -> None:
    raw_morphology = vocab._morphology.__wrapped__.__wrapped__  # type: ignore[attr-defined]
    raw_language = vocab._language.__wrapped__.__wrapped__  # type: ignore[attr-defined]
    counting, calls = _counted(raw_morphology)
    morphology = wordcache.stored("morphology", vocab.Morphology)(counting)
    counting_lang, lang_calls = _counted(raw_language)
    language = wordcache.stored("language")(counting_lang)
    read = 0
    for lang in langs:
        built = morphology(lang)  # built (the uncached function) and written
        again = morphology(lang)  # read from the file
        assert again is not built or built is None
        assert _fields(again) == _fields(built), lang
        words = language(lang)
        assert language(lang) == words, lang
        read += built is not None
    assert calls == list(langs)  # the second of each pair came from the cache
    assert lang_calls == list(langs)
    assert read >= (15 if len(langs) == len(LANGUAGES) else 3)  # read by hunspell stems
    assert not list(folder.glob("*.tmp"))


def test_malay_stays_indonesian_when_read_from_the_cache(folder: Path) -> None:
    vocab._morphology.cache_clear()
    try:
        assert vocab._morphology("ms") is vocab._morphology("id")  # built, written
        vocab._morphology.cache_clear()
        assert vocab._morphology("ms") is vocab._morphology("id")  # read
        assert (folder / "morphology-ms.marshal").exists()
    finally:
        vocab._morphology.cache_clear()


def test_a_language_made_of_its_stems_is_not_kept_twice(folder: Path) -> None:
    vocab._language.cache_clear()
    try:
        assert "nerka" in vocab._language("pl")
        assert (folder / "morphology-pl.marshal").exists()
        assert not (folder / "language-pl.marshal").exists()
    finally:
        vocab._language.cache_clear()


def _fresh() -> tuple[Callable[[str], object], list[str]]:
    """A cached function of ``_words`` of its own, and the languages it built."""
    counting, calls = _counted(_words)
    return wordcache.stored("t")(counting), calls


class _Any:
    def __eq__(self, other: object) -> bool:
        return True


ANY = _Any()


def _words(lang: str) -> frozenset[str]:
    return frozenset({f"{lang}-one", f"{lang}-two", "shared"})


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: raw[:-3] + bytes(3), id="corrupt-payload"),
        pytest.param(lambda raw: b"", id="empty"),
        pytest.param(lambda raw: b"not a cache at all\n" * 9, id="foreign"),
        pytest.param(lambda raw: raw[:40] + bytes(8) + raw[48:], id="other-key"),
    ],
)
def test_a_damaged_entry_is_rebuilt_and_rewritten(
    folder: Path, damage: Callable[[bytes], bytes]
) -> None:
    words, calls = _fresh()
    assert words("xx") == _words("xx")
    entry = folder / "t-xx.marshal"
    entry.write_bytes(damage(entry.read_bytes()))
    assert words("xx") == _words("xx")
    assert calls == ["xx", "xx"]  # rebuilt
    assert wordcache.read(entry, wordcache._sources_key()) == (True, ("value", ("\x1eset", ANY)))
    assert words("xx") == _words("xx") and calls == ["xx", "xx"]  # rewritten: read


def test_an_entry_of_other_word_lists_or_code_is_stale(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words, calls = _fresh()
    words("xx")
    monkeypatch.setattr(wordcache, "_sources_key", lambda: b"\x01" * 32)
    assert words("xx") == _words("xx")
    assert calls == ["xx", "xx"]


def test_the_key_follows_a_file_s_content_even_at_the_same_size_and_time(
    tmp_path: Path,
) -> None:
    f = tmp_path / "pl.stems.gz"
    f.write_bytes(b"abcdef")
    st = f.stat()
    before = wordcache.fingerprint([f])
    f.write_bytes(b"abcxef")
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert wordcache.fingerprint([f]) != before
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    f.write_bytes(b"abcdef")
    assert wordcache.fingerprint([f]) != before  # the time too
    assert len(wordcache._sources_key()) == 32


def test_a_folder_that_cannot_be_made_leaves_no_cache_but_the_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(wordcache.ENV, str(blocker / "cache"))
    words, calls = _fresh()
    assert words("xx") == words("xx") == _words("xx")
    assert calls == ["xx", "xx"]  # no cache: built each time


def test_an_empty_variable_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(wordcache.ENV, "")
    monkeypatch.chdir(tmp_path)
    words, calls = _fresh()
    assert words("xx") == words("xx") == _words("xx")
    assert calls == ["xx", "xx"] and not list(tmp_path.iterdir())


def test_a_full_disk_leaves_the_old_entry_and_no_partial_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words, calls = _fresh()
    words("xx")
    old = (folder / "t-xx.marshal").read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("caselog.privacy.wordcache.os.fsync", full)
    monkeypatch.setattr(wordcache, "_sources_key", lambda: b"\x02" * 32)  # stale: rewrite
    assert words("xx") == _words("xx")
    assert calls == ["xx", "xx"]
    assert sorted(p.name for p in folder.iterdir()) == ["t-xx.marshal"]
    assert (folder / "t-xx.marshal").read_bytes() == old
    assert not wordcache.write(folder / "t-yy.marshal", b"\x02" * 32, frozenset({"a"}))
    assert sorted(p.name for p in folder.iterdir()) == ["t-xx.marshal"]


def test_pack_gives_back_what_it_was_given() -> None:
    for value in (
        frozenset({"a", "b"}),
        {"a": ",X,", "b": ",Y,"},
        {"ow": (("", ",F,", ",A,"),)},
        frozenset({"a\nb"}),  # a newline: kept as it is
        frozenset(),
        None,
        3,
    ):
        assert wordcache.unpack(wordcache.pack(value)) == value
