"""Chinese and Korean names written in Latin letters (issue 14): "Zhang Wei", "LI MEI",
"Wang Xiuying", "ZHOU Jianhua", "Xiao-Ming Liu", "Kim Min-jun", "CHOI MIN-SEO".

A Chinese or Korean name is a family name of one syllable from a short list (the common
family names in pinyin, as Hong Kong, Singapore, Malaysia and Taiwan spell them, and in
Korean's Revised Romanization and its usual spellings) and a given name of one or two
syllables. The family names are few and known; the given names are not, but every one is
made of pinyin (or Korean) syllables, which a regular expression knows. Many family names
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
# Korean family names as passports and papers spell them (Revised Romanization and the
# older spellings: Lee, Park, Choi, Jung).
KOREAN_SURNAMES = frozenset(
    words(
        """
    kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang
    chang lim im han oh seo suh shin sin kwon gwon hwang ahn an song yoo yu ryu hong
    jeon jun ko go moon mun yang son bae baek paik heo huh nam noh roh ha kwak sung
    seong cha joo ju woo min na jin ji um eom chae won chun cheon bang gong hyun ham
    byun byeon yeom yeo choo chu do seok sun seol gil yeon pyo myung ki ban ra geum
    ok yuk maeng je mo tak
    """
    )
)
# a syllable of a Korean given name: an initial, a vowel, a final consonant ("min",
# "jun", "seo", "yeon", "hoon", "woo", "hyun")
_KOREAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|[gndrmbsjkthpl])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)"
    r"(?:ng|[knlmp])?"
)
_KOREAN_GIVEN = re.compile(rf"(?:{_KOREAN_SYLLABLE})['’-]?(?:{_KOREAN_SYLLABLE})", re.I)
_KOREAN_ONE = re.compile(_KOREAN_SYLLABLE, re.I)
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ei|ao|ou|an|en|in|"
    r"un|vn|ün|ia|ie|iu|ua|uo|ui|üe|ve|ue|er|a|o|e|i|u|v|ü)"
)
_SYLLABLE = rf"(?:{_INITIAL}{_FINAL}|{_FINAL})"
# a given name: one or two syllables, joined ("Xiuying"), hyphenated or spaced apart
_GIVEN = re.compile(rf"(?:{_SYLLABLE})(?:['’-]?{_SYLLABLE})?", re.IGNORECASE)
_PINYIN_ONE = re.compile(_SYLLABLE, re.IGNORECASE)

_TOKEN = re.compile(r"[A-Za-zÜü]+(?:['’-][A-Za-zÜü]+)?")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (word[1:].islower() or word.isupper() or "-" in word)


@lru_cache(maxsize=4096)
def given_name(run: str, korean: bool = False) -> bool:
    """``run`` (one word, or two words of one syllable each) is a Chinese given name (or
    with ``korean`` a Korean one, of two syllables): pinyin (or Korean syllables), written
    as a name, and no word an English or clinical word or a drug."""
    whole, one = (_KOREAN_GIVEN, _KOREAN_ONE) if korean else (_GIVEN, _PINYIN_ONE)
    parts = run.split()
    if not all(_capitalised(p) for p in parts):
        return False
    if len(parts) == 2 and not all(one.fullmatch(p) for p in parts):
        return False
    if len(parts) == 1 and not whole.fullmatch(parts[0]):
        return False
    v = vocabulary()
    for p in parts:
        f = fold_word(p)
        if len(f) < 2 or f in v.english or f in v.clinical or f in v.medical or v.drug(f):
            return False
        if v.ordinary(f) and f not in v.persons and f not in v.proper:
            return False
    return True


def _family(word: str) -> tuple[bool, bool] | None:
    """Whether ``word``, written as a name, is a Chinese and whether a Korean family name
    ("Choi" is both); None when neither."""
    if not _capitalised(word):
        return None
    f = fold_word(word)
    zh, ko = f in SURNAMES, f in KOREAN_SURNAMES
    return (zh, ko) if zh or ko else None


def _given(run: str, family: tuple[bool, bool]) -> bool:
    return (family[0] and given_name(run)) or (family[1] and given_name(run, korean=True))


def find_romanised_names(text: str) -> Iterator[Hit]:
    """Chinese and Korean names of ``text``: a common family name and a given name of its
    syllables, either way round ("Zhang Wei", "Wei Zhang", "Kim Min-jun"; a given name of
    two syllables as one word or two), each written as a name (a capital first, or all
    capitals), one space between."""
    tokens = list(_TOKEN.finditer(text))

    def spaced(i: int) -> bool:  # token i and i + 1 are one space apart
        return i + 1 < len(tokens) and text[tokens[i].end() : tokens[i + 1].start()] == " "

    for i, t in enumerate(tokens):
        family = _family(t.group())
        if family is None or (t.start() and text[t.start() - 1].isalnum()):
            continue
        if spaced(i):
            if spaced(i + 1) and _given(f"{tokens[i + 1].group()} {tokens[i + 2].group()}", family):
                yield Hit(t.start(), tokens[i + 2].end(), "name", "[name]")
                continue
            if _given(tokens[i + 1].group(), family):
                yield Hit(t.start(), tokens[i + 1].end(), "name", "[name]")
                continue
        if i and spaced(i - 1) and _given(tokens[i - 1].group(), family):
            yield Hit(tokens[i - 1].start(), t.end(), "name", "[name]")
