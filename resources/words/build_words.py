"""Rebuild the word lists of ``resources/words`` from their sources (see README.md).

    apt-get install wamerican-large wbritish-large wfrench wngerman wspanish witalian \
        wportuguese wdutch hunspell-en-med wgerman-medical hunspell-de-med \
        hunspell-pl hunspell-ru hunspell-tr hunspell-hu hunspell-el hunspell-es \
        hunspell-ro hunspell-hr hunspell-sk hunspell-lt hunspell-lv myspell-et \
        hunspell-af hunspell-da hunspell-no hunspell-sv hunspell-cs hunspell-id
    pip download --no-deps drug-named-entity-recognition==2.0.9 -d /tmp/dner
    python resources/words/build_words.py \
        --drugs /tmp/dner/drug_named_entity_recognition-2.0.9-py3-none-any.whl
    python resources/words/build_words.py --only nl   # one list: a language, persons, drug-keys
    python resources/words/build_words.py --only cognates   # after any list it reads
    apt-get download hunspell-sw myspell-tl && dpkg-deb -x hunspell-sw_*.deb /tmp/h \
        && dpkg-deb -x myspell-tl_*.deb /tmp/h
    python resources/words/build_words.py --only latin --hunspell /tmp/h/usr/share/hunspell

Every list is one word a line, sorted. Capitalised entries of a list are names or places
(or, in German, nouns): they never become "safe" words except where this script says so.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import io
import pickle
import re
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DICT = Path("/usr/share/dict")
HUNSPELL = Path("/usr/share/hunspell")
LANGUAGES = {
    "fr": "french",
    "de": "ngerman",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",  # OpenTaal, BSD or CC BY 3.0 (wdutch)
}
_LETTERS = re.compile(r"^[^\W\d_]+$")


def _read(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8", errors="replace")
    return [unicodedata.normalize("NFC", ln.strip()) for ln in text.splitlines() if ln.strip()]


def _hunspell_words(path: Path) -> list[str]:
    """The stems of a hunspell ``.dic`` (affix flags dropped; first line is a count)."""
    out = []
    for ln in _read(path)[1:]:
        w = ln.split("/", 1)[0].strip()
        if w and not w.startswith("#") and " " not in w:
            out.append(w)
    return out


def fold(w: str) -> str:
    """A word as the scanner reads it (``caselog.privacy.normalize``): NFKC, accents
    stripped, lower case."""
    nfd = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", w))
    out = "".join(c for c in nfd if not unicodedata.combining(c)).lower()
    return out.translate(str.maketrans("ıłø", "ilo"))


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


def _write(name: str, words: set[str], *, header: str, gz: bool = False) -> None:
    body = "".join(f"{w}\n" for w in sorted(words))
    text = f"# {header}\n" + body
    if gz:
        # fixed mtime: the same input builds the same bytes
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
            f.write(text.encode("utf-8"))
        (HERE / name).write_bytes(buf.getvalue())
    else:
        (HERE / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(words)} words")


def english() -> tuple[set[str], set[str]]:
    """SCOWL (wamerican-large, wbritish-large): entries of plain lower-case letters are
    English words, capitalised ones ("Aachen", not "AMA" nor "McCullough") proper names."""
    lower: set[str] = set()
    proper: set[str] = set()
    for name in ("american-english-large", "british-english-large"):
        for w in _read(DICT / name):
            if re.fullmatch(r"[a-z]+", w):
                lower.add(w)
            elif re.fullmatch(r"[A-Z][a-z]+", w):
                proper.add(w)
    return lower, proper


def drug_words(wheel: Path) -> set[str]:
    """Single-word drug names (generic and brand) of drug-named-entity-recognition's
    dictionary (DrugBank open vocabulary, MeSH, NHS, MedlinePlus), lower case."""
    with zipfile.ZipFile(wheel) as z:
        raw = z.read("drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2")
    data = pickle.loads(bz2.decompress(raw))  # noqa: S301 (a pinned, known package)
    out = set()
    for variant in data["drug_variant_to_canonical"]:
        if re.fullmatch(r"[^\W\d_][\w-]*", variant) and len(variant) >= 4:
            out.add(unicodedata.normalize("NFC", variant.lower()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--drugs", type=Path, help="the drug-named-entity wheel")
    ap.add_argument(
        "--only",
        help="rebuild only this list: a language ('nl'), 'persons', 'drug-keys', 'cognates', "
        "'scripts' or 'latin'",
    )
    ap.add_argument("--hunspell", type=Path, default=HUNSPELL, help="where the .dic files are")
    args = ap.parse_args()
    if args.only == "latin":
        _latin_dictionaries(args.hunspell)
        return
    if args.only == "persons":
        _persons()
        return
    if args.only == "drug-keys":
        _drug_keys()
        return
    if args.only == "cognates":
        _cognates()
        return
    if args.only == "scripts":
        _scripts()
        return
    if args.only in MORPH_LANGUAGES:
        morph_language(args.only, _names())
        return
    if args.only:
        language(args.only, LANGUAGES[args.only], _names())
        return
    if args.drugs is None:
        ap.error("--drugs is needed to rebuild every list")

    en_lower, en_proper = english()
    _write("english.txt.gz", en_lower, header="SCOWL lower-case entries", gz=True)
    _write("proper-names.txt", en_proper, header="SCOWL capitalised entries")
    # Names and places: SCOWL's capitals and the capitalised entries of the Italian and
    # Portuguese lists (the French and Spanish lists have none).
    proper_lc = {w.lower() for w in en_proper}
    world_proper: set[str] = set()
    for lang in ("it", "pt"):
        world_proper |= {w for w in _read(DICT / LANGUAGES[lang]) if _capitalised(w)}
    world_proper = {w for w in world_proper if _LETTERS.match(w) and w.lower() not in proper_lc}
    names_lc = proper_lc | {w.lower() for w in world_proper}
    names_lc |= {fold(w) for w in names_lc}

    # Medical English (hunspell-en-med): lower-case entries are clinical words;
    # capitalised entries are eponyms, genera and brands, kept apart (see vocab.py).
    med = [w for w in _hunspell_words(HUNSPELL / "en_med_glut.dic") if "." not in w]
    med_lower = {w for w in med if w.islower() and _LETTERS.match(w)} - en_lower
    med_caps = {w.removesuffix("'s") for w in med if _capitalised(w) and not w.isupper()}
    med_caps = {w for w in med_caps if _LETTERS.match(w) and len(w) >= 3}
    # mixed-case abbreviations of clinical writing: iPTH, aVF, eGFR, HbA1c
    med_abbrev = {w for w in med if re.fullmatch(r"[a-z]{1,2}[A-Z][A-Za-z0-9]*", w)}

    drugs = drug_words(args.drugs) - en_lower
    drugs_named = {w for w in drugs if w in names_lc}  # "allegra", "kendrick": names first
    drugs -= drugs_named

    _write(
        "medical.txt.gz",
        {fold(w) for w in med_lower | med_abbrev},
        header="lower-case entries of hunspell-en-med, none an English word",
        gz=True,
    )
    _write(
        "drugs.txt.gz",
        {fold(w) for w in drugs},
        header="drug names, generic and brand (drug-named-entity-recognition), none an "
        "English word or a known name",
        gz=True,
    )
    _write(
        "medical-capitals.txt",
        {fold(w) for w in med_caps if w.lower() not in names_lc},
        header="capitalised entries of hunspell-en-med that are no known name: eponyms, "
        "genera, brands",
    )
    _write(
        "medical-capitals-named.txt",
        {fold(w) for w in med_caps if w.lower() in names_lc} | drugs_named,
        header="capitalised medical entries that are also names or places: clinical only "
        "in clinical use (before 'sign', 'disease', ...)",
    )
    _write(
        "proper-names-world.txt",
        world_proper,
        header="capitalised entries of the Italian and Portuguese lists not in "
        "proper-names.txt: names and places",
    )

    _persons()
    for lang, name in LANGUAGES.items():
        language(lang, name, names_lc)
    for lang in MORPH_LANGUAGES:
        morph_language(lang, names_lc)
    _drug_keys()
    _cognates()


def _names() -> set[str]:
    """Every known name or place, lower case and folded (SCOWL's capitals, the Italian
    and Portuguese lists' capitals)."""
    _, en_proper = english()
    names = {w.lower() for w in en_proper}
    for lang in ("it", "pt"):
        names |= {w.lower() for w in _read(DICT / LANGUAGES[lang]) if _capitalised(w)}
    return names | {fold(w) for w in names}


def _drug_keys() -> None:
    """The spelling keys (``caselog.privacy.vocab.drug_key``) of ``drugs.txt.gz``'s names
    of six letters or more, stored so that a first use need not compute them."""
    import sys

    sys.path.insert(0, str(HERE.parent.parent))
    from caselog.privacy.vocab import drug_key

    drugs = []
    for name in ("drugs.txt.gz", "medical.txt.gz"):
        text = gzip.decompress((HERE / name).read_bytes()).decode("utf-8")
        drugs += [w for w in text.splitlines() if w and not w.startswith("#")]
    _write(
        "drug-keys.txt.gz",
        {drug_key(w) for w in drugs if len(w) >= 6 and w.isalpha()},
        header="spelling keys of drugs.txt.gz and medical.txt.gz (caselog.privacy.vocab.drug_key)",
        gz=True,
    )


def _cognates() -> None:
    """The cognate stems (``caselog.privacy.vocab.cognate_stem``) of the clinical,
    medical and English words, stored so that a first use need not compute them (about
    ten seconds). Rebuild after any list they come from."""
    import sys

    sys.path.insert(0, str(HERE.parent.parent))
    from caselog.privacy.vocab import compute_cognate_stems

    _write(
        "cognates.txt.gz",
        set(compute_cognate_stems()),
        header="cognate stems of the clinical, medical and English words "
        "(caselog.privacy.vocab.cognate_stem)",
        gz=True,
    )


# Lists of scripts no other list reads (``caselog.privacy.script_lists``): each the
# stems of one or more hunspell dictionaries written in it.
SCRIPT_DICTIONARIES = {
    "arabic": ("ar", "fa_IR"),  # hunspell-ar (MPL-1.1 of GPL/LGPL/MPL), myspell-fa (GPL-2+)
    "devanagari": ("hi_IN",),  # hunspell-hi (GPL-2+)
    "bengali": ("bn_BD",),  # hunspell-bn (GPL-2)
    "thai": ("th_TH",),  # hunspell-th (LGPL)
}


def _scripts() -> None:
    """The words of each script's dictionaries, written wholly in that script, less
    every word a reading of which is a name or place of the gazetteers
    (``caselog.privacy.translit.name_like``: "فاطمة", "โฮบาร์ต") and the months of its
    calendars (``caselog.privacy.scripts.DATE_WORDS``)."""
    import sys

    sys.path.insert(0, str(HERE.parent.parent))
    from caselog.privacy.scripts import date_word, script
    from caselog.privacy.translit import name_like

    (HERE / "scripts").mkdir(exist_ok=True)
    for name, dics in SCRIPT_DICTIONARIES.items():
        want = name.upper()
        found: set[str] = set()
        for dic in dics:
            for w in _hunspell_words(HUNSPELL / f"{dic}.dic"):
                if w and all(script(c) in (want, "") and not c.isspace() for c in w):
                    found.add(w)
        kept = {w for w in found if not date_word(w) and not name_like(w, want)}
        print(f"{name}: {len(found)} words, {len(found) - len(kept)} names or months left out")
        _write(
            f"scripts/{name}.txt.gz",
            kept,
            header=f"{name} words of hunspell {', '.join(dics)}, less names, places and months",
            gz=True,
        )


# Latin-script languages of ``latin-languages.txt`` with a hunspell dictionary in Debian:
# their lower-case entries, words only in lower case (``caselog.privacy.script_lists``).
LATIN_DICTIONARIES = {
    "sw": "sw_TZ",  # hunspell-sw 1:7.5.0-1, Jason M Githeko, Alberto Escudero-Pascual: LGPL-2.1+
    "tl": "tl",  # myspell-tl 0.4-0-22, Kevin P. Scannell, Ramil Sagum, Jan Alonzo: GPL-2+
}


def _latin_dictionaries(where: Path) -> None:
    """``latin-<lang>.txt.gz``: a dictionary's lower-case entries, less every known name
    or place (the shipped name lists, ``Vocabulary.known_name``, and the dictionary's own
    capitalised entries) and every month, weekday or holiday
    (``caselog.privacy.vocab.date_word``)."""
    import sys

    sys.path.insert(0, str(HERE.parent.parent))
    from caselog.privacy.vocab import date_word, vocabulary

    v = vocabulary()
    for lang, dic in LATIN_DICTIONARIES.items():
        entries = _hunspell_words(where / f"{dic}.dic")
        capitals = {fold(w) for w in entries if _capitalised(w)}
        lower = {w for w in entries if w.islower() and _LETTERS.match(w)}
        kept = {
            w
            for w in lower
            if len(w) >= 3
            and fold(w) not in capitals
            and not v.known_name(fold(w))
            and fold(w) not in v.persons
            and not date_word(fold(w))
        }
        print(f"{lang}: {len(lower)} lower-case entries, {len(lower) - len(kept)} left out")
        _write(
            f"latin-{lang}.txt.gz",
            kept,
            header=f"lower-case entries of hunspell {dic}, less names, places and dates",
            gz=True,
        )


def _persons() -> None:
    """The medical dictionary's eponyms named after a person: capitalised entries it also
    lists with a possessive ("Zimmermann's", "Chvostek/M"). They are family names first,
    clinical only in clinical use."""
    out = set()
    for ln in _read(HUNSPELL / "en_med_glut.dic")[1:]:
        w, _, flags = ln.partition("/")
        w = w.strip()
        if not _capitalised(w) or w.isupper() or " " in w:
            continue
        if w.endswith("'s") or "M" in flags:
            stem = w.removesuffix("'s")
            if _LETTERS.match(stem) and len(stem) >= 3:
                out.add(fold(stem))
    _write(
        "medical-persons.txt",
        out,
        header="capitalised entries of hunspell-en-med also listed as possessives: "
        "eponyms named after a person, clinical only in clinical use",
    )


def language(lang: str, name: str, names_lc: set[str]) -> None:
    """The ordinary words of one language, folded, names and places left out."""
    entries = [w for w in _read(DICT / name) if _LETTERS.match(w)]
    if lang == "de":
        entries += [w for w in _read(DICT / "german-medical") if _LETTERS.match(w)]
        entries += [w for w in _hunspell_words(HUNSPELL / "de_med.dic") if _LETTERS.match(w)]
        # German nouns are capitalised: keep them, less every known name or place
        # (SCOWL's, the Italian and Portuguese capitals)
        words = {fold(w) for w in entries if not (_capitalised(w) and fold(w) in names_lc)}
    else:
        words = {fold(w) for w in entries if not _capitalised(w)}
    _write(
        f"{lang}.txt.gz",
        words,
        header=f"ordinary words of /usr/share/dict/{name}"
        + (", german-medical and de_med" if lang == "de" else "")
        + ", folded (lower case, no accents), names and places left out",
        gz=True,
    )


# Languages read as hunspell stems with their suffix rules (``vocab.Morphology``): the
# dictionary's own files, under a licence that allows it (README.md), and the
# ``hunspell-*`` package each comes in.
MORPH_LANGUAGES = {
    "pl": "pl_PL",  # sjp.pl: GPL or LGPL or MPL or Apache-2.0 or CC BY-SA: Apache-2.0
    "ru": "ru_RU",  # Alexander Lebedev: BSD-style
    "tr": "tr_TR",  # Harun Reşit Zafer: MPL-2.0
    "hu": "hu_HU",  # Magyarispell: GPL-3+ or LGPL-3+ or MPL-2.0+: MPL-2.0
    "el": "el_GR",  # Evripidis Papakostas: MPL-1.1 or GPL-2 or LGPL-2.1: MPL-1.1
    # Santiago Bosio (RLA-ES): GPL-3+ or LGPL-3+ or MPL-1.1+: MPL-1.1; beside es.txt.gz,
    # whose lemmas lack the plurals and verb forms ("años", "tiene")
    "es": "es_ES",
    # added for the languages of the held-out corpora (2026-12-01, README.md): each under
    # the licence said, from the LibreOffice dictionaries Debian packages
    "ro": "ro_RO",  # hunspell-ro, ROSPELL: GPL-2 or LGPL-2.1 or MPL-1.1: MPL-1.1
    "hr": "hr_HR",  # hunspell-hr: LGPL or SISSL: LGPL-2.1
    "sk": "sk_SK",  # hunspell-sk, Zdenko Podobný: GPL-2 or LGPL-2.1 or MPL-1.1: MPL-1.1
    "lt": "lt_LT",  # hunspell-lt, Albertas Agejevas: BSD-3-clause
    "lv": "lv_LV",  # hunspell-lv, Jānis Vilims: LGPL-2.1+
    "et": "et_EE",  # myspell-et, Jaak Pruulmann: LGPL-2.1
    "af": "af_ZA",  # hunspell-af, translate.org.za: LGPL-2.1+
    "da": "da_DK",  # hunspell-da, Stavekontrolden: LGPL-2.1 or GPL-2 or MPL-1.1: MPL-1.1
    "no": "nb_NO",  # hunspell-no, Norwegian Bokmål: GPL-2 (as fr.txt.gz)
    "sv": "sv_SE",  # hunspell-sv, Göran Andersson: LGPL-3 (as the GPL-3 lists)
    "cs": "cs_CZ",  # hunspell-cs: GPL-2 (as fr.txt.gz)
    "id": "id_ID",  # hunspell-id: LGPL-3; Malay sentences read with it too
}


def _flags(raw: str, kind: str, aliases: list[str]) -> list[str]:
    """A hunspell flag field as a list of flags (``FLAG`` long, num, UTF-8 or one
    character each; a number when the file has ``AF`` aliases)."""
    if aliases and raw.isdigit():
        raw = aliases[int(raw) - 1]
    if kind == "num":
        return [f for f in raw.split(",") if f]
    if kind == "long":
        return [raw[i : i + 2] for i in range(0, len(raw), 2)]
    return list(raw)


def morph_language(lang: str, names_lc: set[str]) -> None:
    """A language's hunspell dictionary as ``{lang}.stems.gz`` (each lower-case stem,
    folded, with its suffix flags) and ``{lang}.suffixes.gz`` (each suffix rule: flag,
    the letters it strips from the stem, those it adds, and the flags it allows after
    it), names and places left out. ``vocab.Morphology`` reads a word back to a stem."""
    import sys

    sys.path.insert(0, str(HERE.parent.parent))
    from caselog.privacy.normalize import fold_word

    code = MORPH_LANGUAGES[lang]
    aff_raw = (HUNSPELL / f"{code}.aff").read_bytes()
    enc = "utf-8"
    m = re.search(rb"^SET\s+(\S+)", aff_raw, re.M)
    if m:
        enc = m.group(1).decode().lower().replace("microsoft-", "")
    aff = aff_raw.decode(enc, errors="replace").splitlines()
    kind = ""
    aliases: list[str] = []
    seen_count = False
    rules: set[tuple[str, str, str, str]] = set()
    for ln in aff:
        parts = ln.split()
        if not parts:
            continue
        if parts[0] == "FLAG" and len(parts) > 1:
            kind = parts[1].lower()
        elif parts[0] == "AF" and len(parts) > 1:
            if seen_count:
                aliases.append(parts[1])
            seen_count = True  # the first AF line is their count
        elif parts[0] == "SFX" and len(parts) >= 5:
            flag, strip, add = parts[1], parts[2], parts[3]
            add, _, cont = add.partition("/")
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add
            conts = ",".join(_flags(cont, kind, aliases)) if cont else ""
            rules.add(
                (flag, fold_word(strip) if strip else "", fold_word(add) if add else "", conts)
            )
    dic = (HUNSPELL / f"{code}.dic").read_bytes().decode(enc, errors="replace").splitlines()
    stems: dict[str, set[str]] = {}
    for ln in dic[1:]:
        # the entry and its flags, before any morphological field ("hedder st:hedde",
        # "skrive/31 al:skriver": Danish, Slovak and Latvian write them after a space)
        ln = ln.split("\t", 1)[0].strip().split(" ", 1)[0]
        if not ln or ln.startswith("#"):
            continue
        w, _, raw = ln.partition("/")
        raw = raw.split()[0] if raw.split() else ""
        if not w or not _LETTERS.match(w):
            continue
        f = fold_word(w)
        if w != w.lower():
            # a capitalised entry is a name or a place ("Kowalski", "Warszawa"): kept
            # apart, with its flags, so that its inflected forms are known as names
            f = "!" + f
        elif f in names_lc or len(f) < 2:
            continue
        stems.setdefault(f, set()).update(_flags(raw, kind, aliases) if raw else ())
    # a lower-case stem that is also a name of the dictionary ("trzy", "Trzy") stays:
    # ``Morphology`` knows it only in lower case
    used = set().union(*stems.values()) if stems else set()
    rules = {r for r in rules if r[0] in used or any(r[0] in c.split(",") for *_, c in rules)}
    # each distinct set of flags once, as hunspell's AF aliases do; the file is read in
    # blocks, each one item a line, so that loading it is a few splits: the sets of
    # flags (the n-th line is set n), the lower-case stems without flags, the stems
    # and names with flags, their sets' numbers in the same order, which of them are
    # names, the names
    sets = sorted({",".join(sorted(fl)) for fl in stems.values() if fl})
    number = {fl: str(i) for i, fl in enumerate(sets)}
    flagged = sorted(w for w, fl in stems.items() if fl)
    blocks = {
        "sets": sets,
        "words": sorted(w for w, fl in stems.items() if not w.startswith("!") and not fl),
        "flagged": [w.removeprefix("!") if w.startswith("!") else w for w in flagged],
        "numbers": [number[",".join(sorted(stems[w]))] for w in flagged],
        "named": ["1" if w.startswith("!") else "" for w in flagged],
        "names": sorted(w[1:] for w in stems if w.startswith("!")),
    }
    text = f"# stems of hunspell {code}.dic, folded, with their suffix flags; capitalised "
    text += "entries (names, places) apart; lower-case entries that are names left out\n"
    # a block begins with the record separator (a flag may be any other character)
    text += "".join(f"\x1e{k}\n" + "".join(f"{x}\n" for x in v) for k, v in blocks.items())
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    (HERE / f"{lang}.stems.gz").write_bytes(buf.getvalue())
    print(f"{lang}.stems.gz: {len(blocks['words'])} stems, {len(blocks['names'])} names")
    _write(
        f"{lang}.suffixes.gz",
        {"\t".join(r) for r in rules},
        header=f"suffix rules of hunspell {code}.aff: flag, stripped, added, flags after",
        gz=True,
    )


if __name__ == "__main__":
    main()
