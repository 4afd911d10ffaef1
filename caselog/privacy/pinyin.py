"""Chinese names written in Latin letters (issue 14): "Zhang Wei", "LI MEI", "Wang
Xiuying", "ZHOU Jianhua", "Xiao-Ming Liu".

A Chinese name is a family name of one syllable from a short list (the common family names
in pinyin, and as Hong Kong, Singapore, Malaysia and Taiwan spell them) and a given name of
one or two syllables. The family names are few and known; the given names are not, but
every one is made of pinyin syllables, which a regular expression knows. Many family names
are English words too ("He", "Ma", "Long", "Fan"), so a name is read only when its given
name is pinyin that no English or clinical list knows ("He was" is not a name; "He Jun" is).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import Hit, words
from caselog.privacy.vocab import vocabulary

# The common family names: pinyin (the hundred most frequent of the mainland), then the
# spellings of Hong Kong (Cantonese), Singapore and Malaysia (Hokkien, Teochew, Hakka) and
# Taiwan (Wade-Giles).
SURNAMES = frozenset(
    words(
        """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai
    jiang yu du ye cheng wei su lv lu ding ren shen yao cui zhong tan fan jin shi liao
    jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao
    hao gong shao wan qian dai mo kong xiang chang kang niu yue qi ou bi ji shang geng
    chan wong cheung lau leung ho lee ng tse yip kwok lam chow tsang tsui mak fung poon
    siu yeung kwan lai lui au chu choi tam hui chiu law ko lo yau yuen
    lim ong goh teo koh chua yeo sim neo quek tay toh ang chia ooi khoo loh seah
    hsu tsai kuo hsieh tseng chiang chou
    """
    )
)
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ei|ao|ou|an|en|in|"
    r"un|vn|ün|ia|ie|iu|ua|uo|ui|üe|ve|ue|er|a|o|e|i|u|v|ü)"
)
_SYLLABLE = rf"(?:{_INITIAL}{_FINAL}|{_FINAL})"
# a given name: one or two syllables, joined ("Xiuying"), hyphenated or spaced apart
_GIVEN = re.compile(rf"(?:{_SYLLABLE})(?:['’-]?{_SYLLABLE})?", re.IGNORECASE)

_TOKEN = re.compile(r"[A-Za-zÜü]+(?:['’-][A-Za-zÜü]+)?")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (word[1:].islower() or word.isupper() or "-" in word)


@lru_cache(maxsize=4096)
def given_name(run: str) -> bool:
    """``run`` (one word, or two words of one syllable each) is a Chinese given name:
    pinyin, written as a name, and no word an English or clinical word or a drug."""
    parts = run.split()
    if len(parts) == 2 and not all(_GIVEN.fullmatch(p) and len(_syllables(p)) == 1 for p in parts):
        return False
    if not all(_capitalised(p) for p in parts):
        return False
    if len(parts) == 1 and not _GIVEN.fullmatch(parts[0]):
        return False
    v = vocabulary()
    for p in parts:
        f = fold_word(p)
        if len(f) < 2 or f in v.english or f in v.clinical or f in v.medical or v.drug(f):
            return False
        if v.ordinary(f) and f not in v.persons and f not in v.proper:
            return False
    return True


def _syllables(word: str) -> list[str]:
    mt = re.fullmatch(rf"({_SYLLABLE})['’-]?({_SYLLABLE})?", word, re.IGNORECASE)
    return [s for s in mt.groups() if s] if mt else []


def _surname(word: str) -> bool:
    return fold_word(word) in SURNAMES and _capitalised(word)


def find_pinyin_names(text: str) -> Iterator[Hit]:
    """Chinese names of ``text``: a common family name and a pinyin given name, either way
    round ("Zhang Wei", "Wei Zhang"; a given name of two syllables as one word or two), each
    written as a name (a capital first, or all capitals), one space between."""
    tokens = list(_TOKEN.finditer(text))

    def spaced(i: int) -> bool:  # token i and i + 1 are one space apart
        return i + 1 < len(tokens) and text[tokens[i].end() : tokens[i + 1].start()] == " "

    for i, t in enumerate(tokens):
        if not _surname(t.group()) or (t.start() and text[t.start() - 1].isalnum()):
            continue
        if spaced(i):
            two = spaced(i + 1) and given_name(f"{tokens[i + 1].group()} {tokens[i + 2].group()}")
            if two:
                yield Hit(t.start(), tokens[i + 2].end(), "name", "[name]")
                continue
            if given_name(tokens[i + 1].group()):
                yield Hit(t.start(), tokens[i + 1].end(), "name", "[name]")
                continue
        if i and spaced(i - 1) and given_name(tokens[i - 1].group()):
            yield Hit(tokens[i - 1].start(), t.end(), "name", "[name]")
