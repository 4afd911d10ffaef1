"""Measure de-identification on ``tests/privacy/heldout4`` through the real output paths.

Each patient (and the clinical prose of ``TERM_NOTES``) becomes a stored case whose notes
are one event each (dated a day apart, so the exported events come back in note order) and,
joined, the report's case presentation. Two stored series carry some of the notes in their
own prose. Outputs, as ``caselog`` writes them with ``--accept-redactions`` (the automatic
decisions, no review):

- ``export --anonymise``: the case file (every file written);
- ``report --template cureus`` and ``--template cmaj``: the PDF's text (pdftotext) and its
  metadata (document info and XMP);
- ``report --template series``: the same, for each series.

Counted:

- identifiers: each planted identifier still readable anywhere in an output
  (``tests.deid_corpus.survives``, also on the text with zero-width characters removed,
  NFKC and confusable letters folded, so an obfuscation folded back to the name is a leak);
- clinical terms: each braced term kept in its own note's de-identified text (the exported
  event), by category; in the PDFs, anywhere in the text of the clinical prose's report
  (the patients' reports leave out every sentence with a placeholder in it, so their terms
  are not counted there);
- ordinary words: every other word of two letters or more (as ``tests/privacy/measure.py``
  counts them), by the note's language, in its exported event.

``python -m tests.privacy.heldout4.measure [-v]`` prints the figures (``--pdf N``: PDFs of
the first N cases only); ``measure2`` measures the second batch the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Case,
    Event,
    HistoryItem,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
    Series,
)
from tests.deid_corpus import survives
from tests.privacy.heldout4.batch2 import DESCRIBED2
from tests.privacy.heldout4.corpus import CATEGORIES, DESCRIBED, HELDOUT4, TERM_NOTES
from tests.privacy.heldout4.corpus import Patient as Record

_BRACE = re.compile(r"\{(?:([A-Z]):)?([^{}]+)\}")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Cyrillic and Greek letters that look like Latin ones
_CONFUSABLE = str.maketrans(
    "аеорсухіјѕԁАВЕКМНОРСТХІЈЅοαεικνρτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdABEKMHOPCTXIJSoaeiknptuxABEHIKMNOPTYX",
)
FIELDS = {"note": "text", "follow_up": "summary", "imaging": "findings", "symptom": "notes"}
KINDS = list(FIELDS)
OUTPUTS = ("case file", "cureus", "cmaj", "series")


def plain(text: str) -> str:
    return _BRACE.sub(lambda m: m.group(2), text)


def terms(text: str) -> list[tuple[str, str]]:
    """The (category, term) pairs braced in ``text``."""
    return [(m.group(1) or "A", m.group(2)) for m in _BRACE.finditer(text)]


def folded(text: str) -> str:
    """``text`` as a reader sees it: NFKC, invisible characters gone, look-alikes folded."""
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_CONFUSABLE)


def leaked(kind: str, text: str, output: str) -> bool:
    sh = kind.split("/")[0]
    # an employer (or a kind marked "(phrase)") survives as a whole, not word by word
    k = "phrase" if "employer" in kind or "(phrase)" in kind else sh
    return survives(text, k, output) or survives(folded(text), k, folded(output))


def kept_term(term: str, output: str) -> bool:
    """Whether ``term`` can be read in ``output`` (µ and μ, fullwidth and the like alike)."""
    return folded(term).lower() in folded(" ".join(output.split())).lower()


def found_elsewhere(p: Record, described: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """The planted identifiers of ``p`` that can be read in its notes outside the planted
    spans (and the words ``described``, heldout4's by default, describing a unique
    feature): a survival of one of those would not prove a leak. Other mentions of the
    patient's recorded name are the same identifier."""
    text = " ".join(plain(n.text) for n in p.notes)
    words = DESCRIBED + DESCRIBED2 if described is None else list(described)
    for h in sorted([t for _, t in p.planted] + words, key=len, reverse=True):
        text = text.replace(h, " " * len(h))
    rest = folded(text).lower()
    return [(k, t) for k, t in p.planted if k != "name/recorded" and leaked(k, t, rest)]


# -- the cases -----------------------------------------------------------------------------


def _event(i: int, note: str) -> Event:
    date = PartialDate.parse((dt.date(2024, 1, 1) + dt.timedelta(days=i)).isoformat())
    kind = KINDS[i % len(KINDS)]
    if kind == "note":
        return Event(kind=kind, date=date, text=note)
    if kind == "follow_up":
        return Event(kind=kind, date=date, summary=note)
    if kind == "imaging":
        return Event(kind=kind, date=date, modality="other", findings=note)
    return Event(kind=kind, date=date, name="pruritus", notes=note)


def to_case(p: Record, key: str, *, prose: bool = True) -> Case:
    """The record as a case: a note an event and, with ``prose``, the notes also in the
    history and (joined) the report's case presentation, which the journal PDFs print."""
    notes = [plain(n.text) for n in p.notes]
    D = PartialDate.parse
    return Case(
        title="Case under test",
        key=key,
        patient=Patient(
            sex="female",
            age=None if p.birth else 60,
            kidney=Kidney(ckd_stage="5D", dialysis="hemodialysis"),
            history=[HistoryItem(condition="hypertension", notes=notes[0] if prose else None)],
            private=PrivateIdentifiers(
                name=p.name, mrn=p.mrn, birth_date=D(p.birth) if p.birth else None
            ),
        ),
        events=[_event(i, n) for i, n in enumerate(notes)],
        report=ReportText(case_presentation=" ".join(notes)) if prose else None,
    )


def records() -> list[Record]:
    """The patients, then the clinical prose as one more (nameless) record."""
    return [*HELDOUT4, Record(name=None, mrn=None, birth=None, notes=list(TERM_NOTES))]


SERIES_NOTES = (1, 2, -1)  # the notes of each member case a series' prose carries


def series_of(recs: Sequence[Record]) -> list[tuple[Series, list[int]]]:
    """Two series of six patients; introduction, methods and discussion carry notes."""
    out = []
    for n, group in enumerate((range(0, 6), range(6, 12))):
        members = [i for i in group if i < len(recs) - 1]
        if len(members) < 2:
            continue
        parts = [[plain(recs[i].notes[j].text) for i in members] for j in SERIES_NOTES]
        out.append(
            (
                Series(
                    title=f"Series under test {n + 1}",
                    case_keys=[f"p{i}" for i in members],
                    introduction=" ".join(parts[0]),
                    methods=" ".join(parts[1]),
                    discussion=" ".join(parts[2]),
                ),
                members,
            )
        )
    return out


# -- the outputs ---------------------------------------------------------------------------


def _cli(*args: str) -> str:
    """Run ``caselog ARGS`` in this process; its standard error (the warnings)."""
    import contextlib
    import io

    from caselog import cli

    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    if code != 0:
        raise RuntimeError(f"caselog {' '.join(args)} exited {code}: {err.getvalue()[-500:]}")
    return err.getvalue()


def _left_out(warnings: str) -> int:
    """How many sentences a report says it left out for a placeholder."""
    return sum("left out" in line for line in warnings.splitlines())


def pdf_text(path: Path) -> str:
    """pdftotext's text of every page, and the document's metadata (but the clocks)."""
    from pypdf import PdfReader

    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    reader = PdfReader(path)
    parts = [text]
    clock = {"/CreationDate", "/ModDate"}
    parts += [str(v) for k, v in (reader.metadata or {}).items() if k not in clock]
    xmp = reader.xmp_metadata
    if xmp is not None:
        parts.append(str(xmp.dc_title) + str(xmp.dc_creator) + str(xmp.dc_description))
    return "\n".join(parts)


def _folder_text(folder: Path) -> str:
    parts = []
    for p in sorted(folder.rglob("*")):
        parts.append(p.name)
        if p.is_file():
            parts.append(p.read_bytes().decode("utf-8", "replace"))
    return "\n".join(parts)


@dataclass
class Outputs:
    case_files: list[str]  # the whole export, per record
    events: list[list[str]]  # the exported notes, per record, in note order
    pdfs: dict[str, dict[int, str]] = field(default_factory=dict)  # template -> record -> text
    series: list[tuple[list[int], str]] = field(default_factory=list)
    left_out: Counter[str] = field(default_factory=Counter)  # template -> sentences


def _exported_notes(case_file: Path, rec: Record | None = None) -> list[str]:
    data = json.loads(case_file.read_text(encoding="utf-8"))
    [case] = data["cases"]
    events = sorted(case["events"], key=lambda e: e["date"])
    return [e.get(FIELDS[e["kind"]]) or "" for e in events]


Build = Callable[[Record, str], Case]
NotesOf = Callable[[Path, Record], list[str]]


def produce(
    recs: Sequence[Record],
    work: Path,
    *,
    pdfs: int | None = None,
    build: Build = to_case,
    notes_of: NotesOf | None = None,
    with_series: bool = True,
) -> Outputs:
    """Store the records (``build`` makes each a case) and, ``with_series``, the series in a
    new database and write every output; ``notes_of`` reads each note back from the case
    file."""
    from caselog.store import services
    from caselog.store.engine import open_store

    read = notes_of or _exported_notes
    db = work / "heldout4.db"
    cases = [build(r, f"p{i}") for i, r in enumerate(recs)]
    series = series_of(recs) if with_series else []
    store = open_store(str(db))
    try:
        change = services.import_cases(cases, [s for s, _ in series], store=store)
        ids = list(change.added)
        stored = services.list_series(store=store)
    finally:
        store.close()
    out = Outputs(case_files=[], events=[])
    for i, cid in enumerate(ids):
        folder = work / f"export{i}"
        folder.mkdir()
        _cli("--db", str(db), "export", str(cid), "-o", str(folder / "case.json"),
             "--anonymise", "--accept-redactions")  # fmt: skip
        out.case_files.append(_folder_text(folder))
        out.events.append(read(folder / "case.json", recs[i]))
    for template in ("cureus", "cmaj"):
        texts = {}
        for i, cid in enumerate(ids[: pdfs if pdfs is not None else len(ids)]):
            pdf = work / f"{template}{i}.pdf"
            warned = _cli("--db", str(db), "report", str(cid), "--template", template,
                          "-o", str(pdf), "--accept-redactions")  # fmt: skip
            out.left_out[template] += _left_out(warned)
            texts[i] = pdf_text(pdf)
        out.pdfs[template] = texts
    if pdfs is None or pdfs >= len(ids):
        for n, (s, members) in enumerate(series):
            pdf = work / f"series{n}.pdf"
            [sid] = [x for x in stored if x.title == s.title]
            ids_ = [str(i) for i in sorted(sid.case_ids)]
            warned = _cli("--db", str(db), "report", *ids_, "--template", "series",
                          "-o", str(pdf), "--accept-redactions")  # fmt: skip
            out.left_out["series"] += _left_out(warned)
            out.series.append((members, pdf_text(pdf)))
    return out


def produce_direct(
    recs: Sequence[Record],
    work: Path,
    pdfs: Mapping[str, Sequence[int]] | None = None,
    *,
    case_files: bool = True,
    build: Build | None = None,
    notes_of: NotesOf | None = None,
) -> Outputs:
    """The outputs written by the functions the command line calls, without a database:
    with ``case_files``, the anonymised case file of every record (``write_case_file``; the
    notes in events only, which ``produce`` also repeats in the history and the report's
    prose), and the PDFs of ``pdfs`` (template -> record indices)."""
    from caselog.interchange.writer import write_case_file
    from caselog.report import build_report, render_pdf

    out = Outputs(case_files=[], events=[])
    for i, r in enumerate(recs if case_files else []):
        folder = work / f"direct{i}"
        folder.mkdir()
        case = build(r, f"p{i}") if build else to_case(r, f"p{i}", prose=False)
        write_case_file([case], [], folder / "case.json", anonymise=True)
        out.case_files.append(_folder_text(folder))
        out.events.append((notes_of or _exported_notes)(folder / "case.json", r))
    for template, chosen in (pdfs or {}).items():
        for i in chosen:
            pdf = work / f"{template}{i}.pdf"
            case = (build or to_case)(recs[i], f"p{i}")
            render_pdf(build_report(case, template), pdf)
            out.pdfs.setdefault(template, {})[i] = pdf_text(pdf)
    return out


# -- the figures ---------------------------------------------------------------------------


@dataclass
class Figures:
    planted: Counter[tuple[str, str]] = field(default_factory=Counter)  # (output, kind)
    leaked: Counter[tuple[str, str]] = field(default_factory=Counter)
    leaks: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    terms: Counter[tuple[str, str]] = field(default_factory=Counter)  # (output, category)
    lost: Counter[tuple[str, str]] = field(default_factory=Counter)
    lost_terms: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    words: Counter[str] = field(default_factory=Counter)  # by language
    words_lost: Counter[str] = field(default_factory=Counter)
    lost_words: list[str] = field(default_factory=list)
    outputs: set[str] = field(default_factory=set)
    left_out: Counter[str] = field(default_factory=Counter)
    anywhere: set[tuple[str, str, str]] = field(default_factory=set)  # leaked in any output
    # the corpus measured: its name, and the words describing its planted unique features
    title: str = "heldout4 corpus (tests/privacy/heldout4)"
    described: list[str] = field(default_factory=lambda: DESCRIBED + DESCRIBED2)

    def count(self, output: str, which: str = "planted") -> int:
        c = getattr(self, which)
        return sum(v for (o, _), v in c.items() if o == output)

    def leak_rate(self, output: str) -> float:
        return self.count(output, "leaked") / max(1, self.count(output))

    def keep_rate(self, output: str = "case file") -> float:
        return 1 - self.count(output, "lost") / max(1, self.count(output, "terms"))

    def words_rate(self, lang: str | None = None) -> float:
        keys = [lang] if lang else list(self.words)
        n = sum(self.words[k] for k in keys)
        return 1 - sum(self.words_lost[k] for k in keys) / max(1, n)

    def worst_leak_rate(self) -> float:
        return max(self.leak_rate(o) for o in self.outputs)

    def summary(self) -> str:
        parts = []
        for o in OUTPUTS:
            if o in self.outputs:
                parts.append(f"{o} {self.count(o, 'leaked')}/{self.count(o)}")
        n, k = self.count("case file", "terms"), self.count("case file", "lost")
        total = self.count("case file")
        return (
            "identifiers surviving: " + ", ".join(parts) + f"; in any output "
            f"{len(self.anywhere)}/{total}; clinical terms kept {n - k}/{n} "
            f"({100 * self.keep_rate():.1f}%); ordinary words kept {100 * self.words_rate():.1f}%"
        )

    def table(self, verbose: bool = False) -> str:
        lines = [self.title]
        for o in OUTPUTS:
            if o not in self.outputs:
                continue
            n, k = self.count(o), self.count(o, "leaked")
            lines.append(f"  {o}: identifiers surviving {k}/{n} ({100 * self.leak_rate(o):.1f}%)")
            if self.left_out[o]:
                lines.append(
                    f"    (sentences the report left out for a placeholder: {self.left_out[o]})"
                )
            by_sh: Counter[str] = Counter()
            by_sh_leak: Counter[str] = Counter()
            for (oo, kind), v in self.planted.items():
                if oo == o:
                    by_sh[kind.split("/")[0]] += v
                    by_sh_leak[kind.split("/")[0]] += self.leaked[(oo, kind)]
            for sh in sorted(by_sh):
                lines.append(f"    {sh:32} {by_sh_leak[sh]}/{by_sh[sh]}")
            if verbose:
                lines += [f"      leak {x}" for x in self.leaks[o]]
        for o in OUTPUTS:
            n = self.count(o, "terms")
            if not n:
                continue
            k = self.count(o, "lost")
            scope = "" if o == "case file" else " (clinical prose, no identifier in it)"
            lines.append(
                f"  {o}: clinical terms kept {n - k}/{n} ({100 * self.keep_rate(o):.1f}%){scope}"
            )
            for cat in CATEGORIES:
                t, lo = self.terms[(o, cat)], self.lost[(o, cat)]
                if t:
                    lines.append(f"    {CATEGORIES[cat]:32} {t - lo}/{t}")
            if verbose:
                lines += [f"      lost {x}" for x in self.lost_terms[o]]
        n, k = sum(self.words.values()), sum(self.words_lost.values())
        lines.append(f"  ordinary words kept {n - k}/{n} ({100 * self.words_rate():.1f}%)")
        for lang in sorted(self.words):
            w, lo = self.words[lang], self.words_lost[lang]
            lines.append(f"    {lang:32} {w - lo}/{w} ({100 * self.words_rate(lang):.1f}%)")
        if verbose:
            lines += [f"      lost {x}" for x in self.lost_words]
        return "\n".join(lines)


def _ordinary(text: str, planted: Sequence[str], described: Sequence[str]) -> Counter[str]:
    masked = _BRACE.sub(lambda m: " " * len(m.group(0)), text)
    for p in sorted([*planted, *described], key=len, reverse=True):
        masked = re.sub(re.escape(p), lambda m: " " * len(m.group(0)), masked, flags=re.I)
    return Counter(w for w in _WORD.findall(masked) if len(w) >= 2)


def _plant(fig: Figures, output: str, where: str, r: Record, text: str) -> None:
    fig.outputs.add(output)
    for kind, needle in r.planted:
        fig.planted[(output, kind)] += 1
        if leaked(kind, needle, text):
            fig.leaked[(output, kind)] += 1
            fig.leaks[output].append(f"{where} {kind}: {needle!r}")
            fig.anywhere.add((where, kind, needle))


def _case_file(fig: Figures, r: Record, whole: str, events: Sequence[str]) -> None:
    _plant(fig, "case file", r.name or "clinical prose", r, whole)
    for n, got in zip(r.notes, events, strict=True):
        for cat, term in terms(n.text):
            fig.terms[("case file", cat)] += 1
            if not kept_term(term, got):
                fig.lost[("case file", cat)] += 1
                fig.lost_terms["case file"].append(f"{CATEGORIES[cat]}: {term!r} ({n.lang})")
        words = _ordinary(n.text, [t for _, t in r.planted], fig.described)
        kept = Counter(_WORD.findall(got))
        for w, c in words.items():
            fig.words[n.lang] += c
            lost = max(0, c - kept[w])
            if lost:
                fig.words_lost[n.lang] += lost
                fig.lost_words.append(f"{n.lang} {w!r}")


def figures(
    recs: Sequence[Record],
    out: Outputs,
    *,
    title: str | None = None,
    described: Sequence[str] | None = None,
) -> Figures:
    """The figures of ``recs`` (heldout4's records unless ``title`` and ``described`` name
    another corpus) measured on ``out``."""
    fig = Figures(left_out=out.left_out)
    if title is not None:
        fig.title = title
    if described is not None:
        fig.described = list(described)
    for i, r in enumerate(recs):
        where = r.name or "clinical prose"
        if i < len(out.case_files):
            _case_file(fig, r, out.case_files[i], out.events[i])
        for template, texts in out.pdfs.items():
            if i not in texts:
                continue
            _plant(fig, template, where, r, texts[i])
            if r.planted:  # a report leaves out a sentence with a placeholder in it
                continue
            for n in r.notes:
                for cat, term in terms(n.text):
                    fig.terms[(template, cat)] += 1
                    if not kept_term(term, texts[i]):
                        fig.lost[(template, cat)] += 1
                        fig.lost_terms[template].append(f"{CATEGORIES[cat]}: {term!r}")
    for members, text in out.series:
        for i in members:
            r = recs[i]
            carried = [plain(r.notes[j].text) for j in SERIES_NOTES]
            sub = Record(
                r.name, r.mrn, r.birth, [],
                [(k, t) for k, t in r.planted if any(t in c for c in carried)],
            )  # fmt: skip
            _plant(fig, "series", r.name or "", sub, text)
    return fig


def run(pdfs: int | None = None) -> Figures:
    recs = records()
    with tempfile.TemporaryDirectory(prefix="heldout4-") as tmp:
        return figures(recs, produce(recs, Path(tmp), pdfs=pdfs))


if __name__ == "__main__":
    argv = sys.argv[1:]
    limit = int(argv[argv.index("--pdf") + 1]) if "--pdf" in argv else None
    result = run(limit)
    print(result.table(verbose="-v" in argv))
    print(result.summary())
