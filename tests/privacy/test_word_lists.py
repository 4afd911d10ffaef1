"""The shipped word lists: within their size, each described with its source and licence,
and no known name among the words they make safe."""

from __future__ import annotations

from caselog.paths import resource_path
from caselog.privacy.vocab import vocabulary

WORDS = resource_path("words")


def test_word_lists_stay_under_twenty_and_a_half_megabytes() -> None:
    # 4.2 MB before the Dutch list (OpenTaal, 1.1 MB folded and gzipped) came in; 5.7 MB
    # before the stems of Polish, Russian, Turkish, Hungarian and Greek (6.1 MB, README);
    # 12.2 MB before the stems of twelve more languages (7.3 MB) and the cognate stems
    # (0.44 MB), 19.9 MB after
    assert sum(p.stat().st_size for p in WORDS.iterdir()) < 20_500_000


def test_every_list_is_described_with_its_licence() -> None:
    readme = (WORDS / "README.md").read_text(encoding="utf-8")
    for p in WORDS.iterdir():
        if p.suffix in {".txt", ".gz"}:
            assert f"`{p.name}`" in readme, p.name
    for licence in WORDS.glob("LICENSE-*"):
        assert licence.name in readme, licence.name


def test_known_names_are_not_made_safe_by_another_language() -> None:
    v = vocabulary()
    for name in ("hans", "berlin", "muller", "peter", "klaus"):
        assert name not in v.language("de"), name
    assert not v.medical_capitals & v.proper
    assert not {"allegra", "kendrick"} & v.clinical  # drug names that are first names


def test_languages_load_only_when_asked() -> None:
    from caselog.privacy import vocab

    vocab._language.cache_clear()
    vocabulary().foreign("hemodialise", "pt")
    assert vocab._language.cache_info().currsize == 1
