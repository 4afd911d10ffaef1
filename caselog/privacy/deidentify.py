"""One de-identification engine for every output that leaves the machine.

``Deidentifier(case)`` knows the patient's identifiers (name and its parts, the recorded
initials, record number, birth date, every exact date of the case) and finds them in free
text in their usual written forms, with the generic Safe Harbor patterns besides
(``patterns``). Known dates become relative times ("day 93"), anything else a bracketed
placeholder. Every replacement is recorded as a ``Redaction`` so the window can show it
before export.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from caselog.clinical.relative import MINUS, day_label, describe_relative
from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Case, CslItem, PrivateIdentifiers
from caselog.privacy.across_scripts import across, name_keys
from caselog.privacy.across_scripts import find as find_across
from caselog.privacy.age import age_at, age_text
from caselog.privacy.case_dates import find_case_dates
from caselog.privacy.clinical_places import clinical_spans, inside
from caselog.privacy.datewords import find_date_words
from caselog.privacy.described import clinical_use, find_described
from caselog.privacy.employers import find_employers
from caselog.privacy.hl7 import find_hl7
from caselog.privacy.language import guess
from caselog.privacy.leet import find_broken_names, find_leet_names
from caselog.privacy.name_shapes import PREFIX_LETTERS, find_accented_capitals, prefixed_name
from caselog.privacy.names import NAME_KINDS, NAME_PARTICLES, NamesMet, widen_names
from caselog.privacy.normalize import Normal, fold_word, normalise
from caselog.privacy.patterns import DateHit, Hit, find_dates, find_generic, words
from caselog.privacy.person_context import foreign_capitals, over_modifiers, without_titles
from caselog.privacy.persons import find_old_ages, find_persons
from caselog.privacy.places import find_places
from caselog.privacy.regional import (
    extend_over_postcodes,
    find_labelled_codes,
    find_nicknames,
    find_regional_ages,
    find_regional_dates,
    find_regional_features,
    find_regional_places,
    find_titled,
)
from caselog.privacy.review import Decisions, Suspicion, current_decisions, snippet
from caselog.privacy.romanised import find_romanised_names
from caselog.privacy.scan import EPONYM_LIKE
from caselog.privacy.scan import hits as scan_hits
from caselog.privacy.scripts import SCRIPT_WORD
from caselog.privacy.shapes import find_shapes
from caselog.privacy.short_names import derived_initials, short_form_hits, short_forms, signed
from caselog.privacy.slots import outside_alphabet
from caselog.privacy.titles import TITLE
from caselog.privacy.vocab import Vocabulary, function_word, vocabulary
from caselog.privacy.world import (
    find_world_ages,
    find_world_contacts,
    find_world_dates,
    find_world_people,
    find_world_places,
)

# Case fields that hold a closed vocabulary or binary data, not free text.
_NOT_TEXT = frozenset(
    {
        "kind", "action", "role", "severity", "status", "modality", "media_type", "sha256",
        "sex", "ckd_stage", "dialysis", "outcome", "dechallenge", "rechallenge", "who_umc",
        "seriousness", "naranjo", "panel", "loinc", "created_at", "updated_at", "key",
        "category",  # the case outcome's E2B word
        "source", "color",  # an image's DICOM code strings and an annotation's colour
    }
)  # fmt: skip
# Fields where only the patient's own identifiers are removed: an author's e-mail and a
# reference's URL or publication date are meant to print.
_KNOWN_ONLY = frozenset({"authors", "references"})
# Fields holding one clinical name (a drug, a test, a unit, a condition): a word no list
# knows is reported for review there, not redacted.
_CLINICAL_NAMES = frozenset(
    {"drug", "dose_unit", "route", "frequency", "test", "unit", "condition", "reaction",
     "specimen", "region", "indication"}
)  # fmt: skip
# Clinical abbreviations written in capitals. Recorded initials that spell one ("C.T.",
# "H.D.") are redacted when dotted or spaced, but run together ("CT", "HD") they are only
# reported for the author's review: the notes of a patient on haemodialysis say "HD".
CLINICAL_CAPITALS = frozenset(
    words(
        """
    AF AKI ALP ALT AM ANA AP AST BD BID BMD BMI BP CK CKD CRP CSF CT CXR DM DVT ECG ED EEG
    EGFR EKG EMG ENT ER ESR GFR GI HB HBV HCV HD HDF HIV HR HTN ICU IM IU IV LDH MI MR MRI
    NB NG NPO OD OK OR OT PD PE PET PM PO PPI PR PRN PT PTH QDS QID QT RBC RR SC SLE TB TDS
    TID UA US UTI WBC
    """
    )
)
# Kinds found from the case's own record (the patient's name and record number, the
# reporter's name, organisation and address): always redacted, whatever the author marked
# and whatever a word list says.
_ALWAYS = frozenset({"name", "record number", "recorded identifier"})

# A citation marker of the case file (docs/case-format.md: ``[@key]``, ``[@a; @b]``) names a
# published reference, not a person: its key is left alone unless it holds the patient's
# own name or record number. Only keys of one word each are markers here, so that free
# text in brackets ("[@ Jane Doe, 12 Elm St]") is never exempt.
_CITATION = re.compile(r"\[@[\w:.\-]+(?:;\s*@[\w:.\-]+)*\]")


def _citations(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CITATION.finditer(text)]


def _in_citation(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


@dataclass(frozen=True)
class Redaction:
    field: str
    kind: str
    original: str
    replacement: str
    context: str = ""  # the original text around it, for the author's review
    automatic: bool = False  # only because no list knows the word: the review's to undo


class Deidentifier:
    """Redacts one case's identifiers from text. Cheap to build; reuse it for every field."""

    def __init__(
        self, case: Case, decisions: Decisions | None = None, *, own_mark: str = "[name]"
    ) -> None:
        """``own_mark``: the placeholder of the patient's own recorded name (a report asks
        for "[patient]", so that only the patient becomes "the patient"; everyone else's
        name is "[name]")."""
        self.case = case
        self._own_mark = own_mark
        self.decisions = decisions if decisions is not None else current_decisions(case.id)
        self.redactions: list[Redaction] = []
        self.suspicions: list[Suspicion] = []
        self.index = case.effective_index_date()
        private = case.patient.private
        self._birth = private.birth_date
        self._names = _name_patterns(private.name)
        self._across = name_keys(private.name)  # the name in another script
        self._own_names = len(self._names)  # the patient's, before the reporter's
        reporter = case.regulatory.reporter if case.regulatory else None
        if reporter is not None:
            # the reporter (a clinician, E2B C.2.r) is a recorded person too
            self._names += _name_patterns(reporter.name)
        self._recorded = _recorded_patterns(reporter)
        self._mrns = _mrn_patterns(private.mrn)
        self._initials, self._initials_common = _initials_patterns(private.initials)
        # no initials recorded: those the recorded name gives, and its short forms
        # (``short_names``), found on first use
        self._derived = [] if private.initials else derived_initials(private.name)
        self._derived_patterns = [_initials_patterns(i)[0] for i in self._derived]
        self._short: frozenset[str] | None = None
        # the patient's own name parts and record number, folded: a citation marker that
        # holds one is no marker (``_cited``)
        own = re.split(r"[\s-]+", private.name or "") + ([private.mrn] if private.mrn else [])
        self._own = [w for w in (fold_word(x) for x in own) if len(w) >= 3]
        self._language: str | None = None
        self._met = NamesMet()  # names redacted in a text: redacted wherever they stand
        self._days: dict[tuple[int, int, int], str] = {}
        self._months: dict[tuple[int, int], str] = {}
        for d in self._known_dates():
            self._learn(d)

    # -- what the engine knows ------------------------------------------------------------

    def _known_dates(self) -> Iterable[PartialDate]:
        c = self.case
        yield from (e.date for e in c.events)
        if c.index_date:
            yield c.index_date
        if c.assessment and c.assessment.onset_date:
            yield c.assessment.onset_date
        if c.outcome and c.outcome.date:
            yield c.outcome.date
        k = c.patient.kidney
        if k and k.dialysis_since:
            yield k.dialysis_since
        yield from (h.since for h in c.patient.history if h.since)

    def _learn(self, d: PartialDate) -> None:
        phrase = self._phrase(d)
        if d.precision is Precision.DAY:
            assert d.month is not None and d.day is not None
            self._days.setdefault((d.year, d.month, d.day), phrase)
        if d.month is not None:
            self._months.setdefault((d.year, d.month), self._phrase(PartialDate(d.year, d.month)))

    def _phrase(self, d: PartialDate) -> str:
        if self.index is None:
            return "[date]"
        if d.precision is Precision.DAY and self.index.precision is Precision.DAY:
            return day_label(d, self.index, minus=MINUS)
        return describe_relative(d, self.index)

    def language(self) -> str:
        """The language most of the case's free text is written in (``language.guess``):
        a sentence too short to tell its own is read in it."""
        if self._language is None:
            self._language = guess(" ".join(_strings(self.case)))
        return self._language

    def age(self) -> int | None:
        """The patient's age in years at the index date."""
        p = self.case.patient
        if p.age is not None:
            return p.age
        if self._birth is None or self.index is None:
            return None
        return age_at(self._birth, self.index.midpoint())

    def age_text(self) -> str | None:
        """The age as a report prints it: over 89 becomes "90 or older"."""
        a = self.age()
        return None if a is None else age_text(a)

    # -- redaction ------------------------------------------------------------------------

    def redact(
        self, text: str, field: str = "text", *, known_only: bool = False
    ) -> tuple[str, list[Redaction]]:
        """The text with every identifier replaced, and what was replaced."""
        clean, done, _ = self.review(text, field, known_only=known_only)
        return clean, done

    def review(
        self, text: str, field: str = "text", *, known_only: bool = False
    ) -> tuple[str, list[Redaction], list[Suspicion]]:
        """``redact``, and the possible identifiers it kept (for the author's review)."""
        if not text:
            return text, [], []
        norm = normalise(text)
        found = [_original(norm, h) for h in self._hits(norm, known_only=known_only)]
        cited = self._cited(text)
        found = [h for h in found if self._wanted(text, h) and self._outside(cited, h)]
        # a feature, biometric or date word in clinical use ("surgical scar", "Christmas
        # disease") is kept (``described.clinical_use``)
        clinical = [h for h in found if clinical_use(text, h)]
        found = [h for h in found if h not in clinical and not _within(h, clinical)]
        kept = _non_overlapping(found)
        suspects: list[Suspicion] = []
        if not known_only:

            def written(a: int, b: int) -> str:
                x, y = norm.span(a, b)
                return text[x:y]  # as the note writes it ("chứng", not the folded "chung")

            scanned, flags = scan_hits(norm.text, self.language(), written)
            clinical_field = field.rsplit(".", 1)[-1].split("[")[0] in _CLINICAL_NAMES and (
                not _prose(text)
            )
            if clinical_field:
                flags += [dataclasses.replace(f, redact=False) for f in _flags_of(scanned)]
                scanned = []
            extra = [_original(norm, h) for h in scanned]
            extra = [h for h in extra if self._wanted(text, h) and self._outside(cited, h)]
            clinical += [h for h in extra if clinical_use(text, h)]
            extra = [h for h in extra if h not in clinical and not _within(h, clinical)]
            kept = _merge_names(text, _non_overlapping(kept + _outside(extra, kept)))
            foreign: list[Hit] = []
            guessed: list[Hit] = []  # suspicions redacted by default (the author may keep)
            for f in flags:
                a, b = norm.span(f.start, f.end)
                word = text[a:b]
                if (
                    fold_word(word) in self.decisions.safe
                    or _in_citation(cited, a, b)
                    or any(h.start < b and a < h.end for h in kept + clinical)
                ):
                    continue
                if (
                    not clinical_field
                    and word[:1].isupper()
                    and not word.isascii()
                    and outside_alphabet(word, self._sentence_language(text, a))
                ):
                    # "Søren" in an English note: a name or place from elsewhere
                    foreign.append(Hit(a, b, "name or place", "[name or place]"))
                    continue
                auto = not clinical_field and _auto_redact(f.kind, word)
                suspects.append(Suspicion(field, f.kind, word, snippet(text, a, b), auto))
                if auto:
                    guessed.append(Hit(a, b, AUTOMATIC, _placeholder(word)))
            if not clinical_field:
                more, maybe, listed = self._capitals(text, field, kept + foreign + guessed)
                foreign, guessed, suspects = foreign + more, guessed + maybe, suspects + listed
                foreign += self._foreign_kept(text, norm, flags, kept + foreign + guessed, cited)
            if foreign or guessed:
                kept = _merge_names(text, _non_overlapping(kept + foreign + guessed))
            for mt in self._initial_matches(norm.text, common=True):
                a, b = norm.span(mt.start(), mt.end())
                if fold_word(text[a:b]) in self.decisions.safe or any(
                    h.start < b and a < h.end for h in kept
                ):
                    continue
                suspects.append(
                    Suspicion(field, "the patient's initials?", text[a:b], snippet(text, a, b))
                )
            kept = widen_names(text, extend_over_postcodes(text, kept))
            kept = [_untitled(text, h) for h in kept]
            kept = self._names_met(text, kept, cited)
        if self._own_mark != "[name]":
            kept = [self._own_or_other(text, h) for h in kept]
        clean, done = _replaced(text, kept, field)
        return clean, done, suspects

    def _own_or_other(self, text: str, h: Hit) -> Hit:
        """``h`` keeps the patient's own mark only while every word it covers is a part of
        the patient's recorded name (possessive or inflected); widened over another word
        ("Tom Marlowe", her son) it is someone's name."""
        if h.replacement != self._own_mark:
            return h
        parts = [fold_word(p) for p in self._own if not any(c.isdigit() for c in p)]
        words = re.findall(r"[^\W\d_]+", normalise(text[h.start : h.end]).text)
        # the parts of the name each word is (itself, or inflected: "Kowalskiej")
        each = [
            {p for p in parts if f == p or (len(p) >= 4 and f.startswith(p[:-1]))}
            or {p for p in parts if across(w, p)}  # in another script ("Śviatłana")
            for w, f in ((w, fold_word(w)) for w in words)
            if f != "s"
        ]
        if not words or not all(each):
            return Hit(h.start, h.end, h.kind, "[name]")
        # one part of a name of several, alone ("Sample drove him in"), may be a relative's
        # (they share a family name, now and then a given name): the patient only after a
        # title, which the report then holds to the patient's sex ("Mr. Sample")
        alone = len(set().union(*each)) < 2 <= len(set(parts))
        if alone and not _TITLE_BEFORE.search(text, 0, h.start):
            return Hit(h.start, h.end, h.kind, "[name]")
        # the possessive stays readable: "Jane Marlowe's creatinine" -> "[patient]'s"
        tail = re.search(r"['’]s$", text[h.start : h.end])
        return Hit(h.start, h.end, h.kind, h.replacement + tail.group()) if tail else h

    def _names_met(self, text: str, kept: list[Hit], cited: list[tuple[int, int]]) -> list[Hit]:
        """``kept`` and every other place in ``text`` of a name met in it or before (not
        inside a citation marker or a clinical name: "Dr Murray" met is no reason to
        redact "Murray Valley encephalitis")."""
        self._met.learn(text, kept, self.decisions.safe)
        more = [
            h
            for h in self._met.find(text)
            if not any(k.start < h.end and h.start < k.end for k in kept)
            and not _in_citation(cited, h.start, h.end)
        ]
        return _non_overlapping(kept + more) if more else kept

    def _sentence_language(self, text: str, at: int) -> str:
        """The language of the sentence of ``text`` around position ``at``."""
        a = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("; ", 0, at))
        b = min(
            (x for x in (text.find(". ", at), text.find("\n", at)) if x >= 0), default=len(text)
        )
        return guess(text[a + 1 : b], self.language())

    def _cited(self, text: str) -> list[tuple[int, int]]:
        """The citation markers of ``text`` and its clinical names that hold a place or a
        person's name ("West Nile virus", ``clinical_places``), those that hold none of
        the patient's own name parts or record number (in any case, joined to other
        letters or digits or not): what is found inside them is left alone."""
        return [
            (a, b)
            for a, b in _citations(text) + clinical_spans(text)
            if not any(w in fold_word(text[a:b]) for w in self._own)
        ]

    @staticmethod
    def _outside(cited: list[tuple[int, int]], h: Hit) -> bool:
        """False for a hit inside a citation marker (never the patient's own identifiers)."""
        return h.kind in _ALWAYS or not _in_citation(cited, h.start, h.end)

    def _wanted(self, text: str, h: Hit) -> bool:
        """False for a hit the author marked safe (never the patient's own identifiers)."""
        if h.kind in _ALWAYS or not self.decisions.safe:
            return True
        return fold_word(text[h.start : h.end]) not in self.decisions.safe

    def text(self, text: str, field: str = "text", *, known_only: bool = False) -> str:
        """``redact`` for callers that want the text; the redactions are kept in
        ``self.redactions``."""
        clean, done, suspects = self.review(text, field, known_only=known_only)
        self.redactions.extend(done)
        self.suspicions.extend(suspects)
        return clean

    def _hits(self, norm: Normal, *, known_only: bool) -> Iterable[Hit]:
        folded = norm.text
        for a, b in norm.joined:  # spaced-out letters are a disguise, never clinical
            yield Hit(a, b, "name", "[name]")
        for word in self.decisions.redact:
            for mt in _word(re.escape(word) + _POSSESSIVE).finditer(folded):
                yield Hit(mt.start(), mt.end(), "marked by the author", "[redacted]")
        for i, pat in enumerate(self._names):
            mark = self._own_mark if i < self._own_names else "[name]"
            for mt in pat.finditer(folded):
                yield Hit(mt.start(), mt.end(), "name", mark)
        if self._across is not None:
            for a, b in find_across(folded, self._across, _known_word):
                yield Hit(a, b, "name", self._own_mark)
        for pat in self._mrns:
            for mt in pat.finditer(folded):
                yield Hit(mt.start(), mt.end(), "record number", "[record number]")
        for pat in self._recorded:
            for mt in pat.finditer(folded):
                yield Hit(mt.start(), mt.end(), "recorded identifier", "[redacted]")
        if not known_only:  # an author list or a citation prints other people's initials
            for mt in self._initial_matches(folded, common=False):
                yield Hit(mt.start(), mt.end(), "name", "[initials]")
            yield from short_form_hits(folded, self._short_forms())
        for dh in _outermost(list(find_dates(folded))):
            replacement = self._date_replacement(dh)
            if replacement is not None or not known_only:
                yield Hit(dh.start, dh.end, "date", replacement or "[date]")
        if not known_only:
            yield from find_generic(folded)
            clinical = clinical_spans(folded)  # no one's name inside "Sin Nombre virus"
            yield from (h for h in find_persons(folded) if not inside(clinical, h.start, h.end))
            yield from find_places(folded)
            yield from find_old_ages(folded)
            yield from find_world_dates(folded)
            yield from find_world_places(folded)
            yield from find_world_ages(folded)
            yield from find_world_contacts(folded)
            yield from find_world_people(folded)
            for finder in _REGIONAL:
                yield from finder(folded)
            yield from find_date_words(folded)  # holidays, days in words (``datewords``)
            yield from find_described(folded)  # features, biometrics, roles (``described``)
        age = self.age()
        if age is not None and age > 89 and self._birth is not None:
            for mt in re.finditer(rf"(?<!\d){self._birth.year}(?!\d)", folded):
                yield Hit(mt.start(), mt.end(), "date", "[year]")

    def _initial_matches(self, folded: str, *, common: bool) -> Iterator[re.Match[str]]:
        """The recorded initials in ``folded``; ``common``: only the run-together matches
        that are also an ordinary word ("CT" for initials C.T.), which are not redacted.
        Initials the recorded name gives (none recorded) are redacted run together only
        in a signature or a table's cell ("signed MM", "| NZ |"), or of three letters
        that no list knows; elsewhere they are only reported."""
        for i, pat in enumerate(self._initials):
            for mt in pat.finditer(folded):
                ambiguous = i == 1 and self._initials_common and fold_word(mt.group()).isalpha()
                if ambiguous == common:
                    yield mt
        v = vocabulary()
        for letters, (dotted, run) in zip(self._derived, self._derived_patterns, strict=True):
            yield from ([] if common else dotted.finditer(folded))
            plain = len(letters) >= 3 and not _known_capitals(letters, v)
            for mt in run.finditer(folded):
                if (plain or signed(folded, mt.start(), mt.end())) != common:
                    yield mt

    def _short_forms(self) -> frozenset[str]:
        """The recorded given names' short forms (``short_names``), none an ordinary word
        of English, the clinical lists or the case's language (a word of another
        language, "tenda" in an English note, is the patient there)."""
        if self._short is None:
            v, lang = vocabulary(), self.language()

            def known(w: str) -> bool:
                listed = w in v.english or w in v.clinical or w in v.medical or w in v.eponyms
                return listed or function_word(w) or v.foreign(w, lang)

            self._short = short_forms(self.case.patient.private.name, known)
        return self._short

    def _capitals(
        self, text: str, field: str, taken: list[Hit]
    ) -> tuple[list[Hit], list[Hit], list[Suspicion]]:
        """Family names in capitals with letters outside ASCII (``name_shapes``; the
        scanner reads the normal form, "ŠŤASTNÝ" as "STASTNY") outside ``taken``: those
        redacted, those redacted by default and listed for the author (short and with one
        vowel, "GÁL"), and the suspicions that list them. The caller's lists are left as
        they are."""
        sure_hits: list[Hit] = []
        guessed: list[Hit] = []
        suspects: list[Suspicion] = []
        at = partial(self._sentence_language, text)
        for a, b, sure in find_accented_capitals(text, vocabulary(), at):
            if fold_word(text[a:b]) in self.decisions.safe or any(
                h.start < b and a < h.end for h in taken
            ):
                continue
            if sure:
                sure_hits.append(Hit(a, b, "name or place", "[name or place]"))
            else:
                suspects.append(
                    Suspicion(field, "capitalised word", text[a:b], snippet(text, a, b), True)
                )
                guessed.append(Hit(a, b, AUTOMATIC, "[name or place]"))
        return sure_hits, guessed, suspects

    def _foreign_kept(
        self,
        text: str,
        norm: Normal,
        flags: list[Any],
        taken: list[Hit],
        cited: list[tuple[int, int]],
    ) -> list[Hit]:
        """Capitalised words with letters outside their sentence's alphabet that the
        scanner kept (``person_context.foreign_capitals``), outside what is taken, the
        scanner's flags (judged above), citation markers, clinical names and the words the
        author keeps."""
        judged = [norm.span(f.start, f.end) for f in flags]
        out = []
        at = partial(self._sentence_language, text)
        for a, b in foreign_capitals(text, vocabulary(), at):
            if (
                fold_word(text[a:b]) in self.decisions.safe
                or _in_citation(cited, a, b)
                or any(h.start < b and a < h.end for h in taken)
                or any(c < b and a < d for c, d in judged)
            ):
                continue
            out.append(Hit(a, b, "name or place", "[name or place]"))
        return out

    def _date_replacement(self, hit: DateHit) -> str | None:
        """A relative time for a date of the case, "[date]" for the birth date, None else."""
        for y, m, d in hit.candidates:
            if self._is_birth(y, m, d):
                return "[date]"
        for y, m, d in hit.candidates:
            if y is not None and d is not None and (y, m, d) in self._days:
                return self._days[(y, m, d)]
            if y is not None and d is None and (y, m) in self._months:
                return self._months[(y, m)]
            if y is None and d is not None:
                same = {v for (_, mm, dd), v in self._days.items() if (mm, dd) == (m, d)}
                if len(same) == 1:
                    return same.pop()
                if same:
                    return "[date]"
        return None

    def _is_birth(self, y: int | None, m: int, d: int | None) -> bool:
        b = self._birth
        if b is None or b.month != m:
            return False
        if d is not None and b.day is not None and d != b.day:
            return False
        return y is None or y == b.year

    # -- whole cases ----------------------------------------------------------------------

    def case_copy(self) -> Case:
        """A copy of the case with no private identifier and every free text redacted.

        Dates stay (a report tells them relative to the index date, never as dates);
        image file names are dropped.
        """
        out = copy.deepcopy(self.case)
        out.patient.private = PrivateIdentifiers()
        self._walk(out, "", known_only=False)
        if self._met.grew_since_start():
            # a name met in a later field is redacted in the fields read before it
            self._walk_met(out, "")
        for e in out.events:
            for im in e.images:
                im.filename = None
        return out

    def _walk(self, obj: Any, path: str, *, known_only: bool) -> None:
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            # a vocabulary word is no text; the case's outcome (a part named like one) is
            if (f.name in _NOT_TEXT and not dataclasses.is_dataclass(value)) or (
                f.name == "filename"
            ):
                continue
            where = f"{path}.{f.name}" if path else f.name
            only = known_only or f.name in _KNOWN_ONLY
            if isinstance(value, str):
                setattr(obj, f.name, self.text(value, where, known_only=only))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, str):
                        value[i] = self.text(item, f"{where}[{i}]", known_only=only)
                    elif isinstance(item, CslItem):  # a reference: its texts, known ones only
                        value[i] = CslItem(self._csl(item.data, f"{where}[{i}]"))
                    elif dataclasses.is_dataclass(item):
                        self._walk(item, f"{where}[{i}]", known_only=only)
            elif dataclasses.is_dataclass(value) and not isinstance(value, PartialDate):
                self._walk(value, where, known_only=only)

    def _walk_met(self, obj: Any, path: str) -> None:
        """Every free text of ``obj`` (as ``_walk`` reads them, reporting fields aside)
        with the names met redacted, each recorded."""
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if f.name in _NOT_TEXT or f.name in _KNOWN_ONLY or f.name == "filename":
                continue
            where = f"{path}.{f.name}" if path else f.name
            if isinstance(value, str):
                setattr(obj, f.name, self._met_text(value, where))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, str):
                        value[i] = self._met_text(item, f"{where}[{i}]")
                    elif dataclasses.is_dataclass(item) and not isinstance(item, CslItem):
                        self._walk_met(item, f"{where}[{i}]")
            elif dataclasses.is_dataclass(value) and not isinstance(value, PartialDate):
                self._walk_met(value, where)

    def _met_text(self, text: str, where: str) -> str:
        hits = list(self._met.find(text))
        if not hits:
            return text
        clean, done = _replaced(text, _non_overlapping(hits), where)
        self.redactions.extend(done)
        return clean

    def _csl(self, value: Any, where: str) -> Any:
        """A CSL-JSON value with the patient's own identifiers out of each of its texts."""
        if isinstance(value, str):
            return self.text(value, where, known_only=True)
        if isinstance(value, list):
            return [self._csl(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, dict):
            return {k: v if k == "id" else self._csl(v, f"{where}.{k}") for k, v in value.items()}
        return value


# The kind of a redaction made only because no list knows the word to be safe: the review
# lists it, and the author keeps it (``Decisions.safe``) for the case or for all cases.
AUTOMATIC = "possible identifier"


def _auto_redact(kind: str, word: str) -> bool:
    """A suspicion the engine redacts unless the author keeps it: a capitalised word
    (a name or a place as often as not). A word in lower case (an ordinary word of a
    language no list covers, as often as not) and a capitalised word inside a clinical
    name ("Palliative Performance Scale") are kept and listed for the author."""
    if kind == SCRIPT_WORD:
        return True  # a word of a script no list reads (``scripts``)
    return kind not in ("unknown word", EPONYM_LIKE) and (
        word[:1].isupper() or prefixed_name(word) is not None
    )


def _known_capitals(letters: str, v: Vocabulary) -> bool:
    """Initials that spell a clinical abbreviation or word ("MM", "HD", "DI")."""
    f = letters.lower()
    return letters in CLINICAL_CAPITALS or f in v.clinical or f in v.medical_capitals


def _placeholder(word: str) -> str:
    return "[word]" if word.islower() else "[name or place]"


_REGIONAL = (
    find_employers,
    find_regional_dates,
    find_case_dates,
    find_leet_names,
    find_broken_names,
    find_romanised_names,
    find_hl7,
    find_regional_ages,
    find_regional_features,
    find_nicknames,
    find_titled,
    find_labelled_codes,
    find_regional_places,
    find_shapes,
)


def _strings(obj: Any) -> Iterator[str]:
    """Every string of a case's free-text fields (those of ``_NOT_TEXT`` and binary data
    aside), for telling the case's language."""
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            if f.name not in _NOT_TEXT and f.name != "private":
                yield from _strings(getattr(obj, f.name))
    elif isinstance(obj, list | tuple):
        for x in obj:
            yield from _strings(x)


def deidentify(case: Case) -> tuple[Case, list[Redaction]]:
    """A de-identified copy of ``case`` and the list of what was redacted."""
    d = Deidentifier(case)
    return d.case_copy(), d.redactions


def _replaced(text: str, hits: list[Hit], field: str) -> tuple[str, list[Redaction]]:
    """``text`` with each of ``hits`` (sorted, not overlapping) replaced, and the record of
    each replacement."""
    out: list[str] = []
    done: list[Redaction] = []
    pos = 0
    for h in hits:
        out += [text[pos : h.start], h.replacement]
        original, context = text[h.start : h.end], snippet(text, h.start, h.end)
        done.append(Redaction(field, h.kind, original, h.replacement, context, h.kind == AUTOMATIC))
        pos = h.end
    out.append(text[pos:])
    return "".join(out), done


def _within(h: Hit, spans: list[Hit]) -> bool:
    """``h`` lies inside one of ``spans`` (a word of a clinical use: "Saturday" of
    "Saturday night palsy")."""
    return any(c.start <= h.start and h.end <= c.end for c in spans)


def _non_overlapping(hits: list[Hit]) -> list[Hit]:
    """Earliest first; of hits starting together, the longest; drop what overlaps a kept hit."""
    kept: list[Hit] = []
    end = -1
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if h.start >= end and h.end > h.start:
            kept.append(h)
            end = h.end
        elif h.start < end and h.end > end and kept:
            # a longer identifier overlapping the previous one: widen the redaction
            last = kept[-1]
            kept[-1] = Hit(last.start, h.end, last.kind, last.replacement)
            end = h.end
    return kept


def _outermost(hits: list[DateHit]) -> list[DateHit]:
    """Drop a date found inside a longer one ("Jun 5" inside "2023 Jun 5"), so that a
    date left alone (a reference's publication date) is left alone whole."""
    kept: list[DateHit] = []
    reach = -1
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if h.end > reach:
            kept.append(h)
            reach = h.end
    return kept


def _original(norm: Normal, h: Hit) -> Hit:
    a, b = norm.span(h.start, h.end)
    return Hit(a, b, h.kind, h.replacement)


_SENTENCE = re.compile(r"[.!?;](?:\s|$)")


def _prose(text: str) -> bool:
    """A clinical name's field holding a sentence ("Dr. X gave vancomycin.") is free text:
    six words or more, and a sentence's end."""
    return len(text.split()) >= 6 and _SENTENCE.search(text) is not None


def _flags_of(hits: list[Hit]) -> list[Any]:
    from caselog.privacy.scan import Flag

    return [Flag(h.start, h.end, h.kind, False) for h in hits]


def _outside(extra: list[Hit], kept: list[Hit]) -> list[Hit]:
    """The scanner's hits that overlap none of the recognisers' (which name the kind), and
    its numbers in words that reach past them (a date's year written out after the day
    and month a recogniser found: ``_non_overlapping`` widens the redaction over it)."""
    out = []
    for h in extra:
        over = [k for k in kept if k.start < h.end and h.start < k.end]
        if not over or (
            h.kind in _WORDED and not any(k.start <= h.start and h.end <= k.end for k in over)
        ):
            out.append(h)
    return out


# The kinds of the scanner's numbers in words (``numwords``).
_WORDED = frozenset({"date", "age"})


def _merge_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Neighbouring name-or-place redactions with only spaces between become one."""
    out: list[Hit] = []
    for h in hits:
        if (
            out
            and h.kind == out[-1].kind == "name or place"
            and not text[out[-1].end : h.start].strip()
        ):
            out[-1] = Hit(out[-1].start, h.end, h.kind, h.replacement)
        else:
            out.append(h)
    return out


def _untitled(text: str, h: Hit) -> Hit:
    """A name's redaction less the titles at its ends ("Pak [name]", "[name] Hanım"), and
    a name's or place's over the rest of a word with a modifier letter ("Hawaiʻi")."""
    if h.kind not in NAME_KINDS and h.kind != "geographic":
        return h
    a, b = over_modifiers(text, h.start, h.end)
    if h.kind in NAME_KINDS:
        a, b = without_titles(text, a, b)
    return h if (a, b) == (h.start, h.end) else Hit(a, b, h.kind, h.replacement)


_TITLE_BEFORE = re.compile(rf"\b{TITLE}\s+$")
_POSSESSIVE = r"(?:['’]s|s|es|['’])?"


# Case endings a recorded name takes in the languages that decline names (read without
# accents): Polish "Kowalskiego", "Kowalskiej", "Kowalskim"; Czech and Slovak "Holubovou",
# "Holubové"; Croatian "Horvatu"; Hungarian "Feketének", "Feketét"; Finnish "Koskella";
# Turkish "Kayanın" (the stem's last vowel may drop or change: "Kowalsk-iego").
_NAME_ENDINGS = (
    r"(?:a|e|i|o|u|y|ie|em|ego|emu|iego|iemu|im|ich|ej|iej|ow|owi|owa|owej|owie|om|ach|ami|"
    r"ova|ovej|ovou|ou|ovi|ovu|oj|nak|nek|nal|nel|val|vel|ban|ben|t|ot|et|ert|hoz|hez|tol|"
    r"rol|ssa|sta|lla|lta|lle|na|ksi|in|un|nin|nun|ya|ye|yi|da|de|ta|te|dan|den|nak|s|es)"
)


_SHORT_NAME_ENDINGS = r"(?:e|a|i|y|ya|ye|yi|yu|u|nin|nun|in|un|ni|na|ne|nu)"


def _inflected(part: str) -> str:
    """A recorded name part with a case ending, on the part or on its stem without a
    final vowel ("Kowalsk|iego" for "Kowalski", "Holubov|ou" for "Holubová")."""
    stem = part[:-1] if part[-1].lower() in "aeiouy" and len(part) >= 5 else part
    # written with its capital, as a name is ("bakery" is no inflected "Baker")
    head = f"(?-i:{re.escape(part[0].upper())})"
    return rf"{head}(?:{re.escape(part[1:])}|{re.escape(stem[1:])}){_NAME_ENDINGS}"


def _word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){pattern}(?![\w])", re.I)


def _name_patterns(name: str | None) -> list[re.Pattern[str]]:
    if not name or not name.strip():
        return []
    full = normalise(name.strip()).text
    parts = [p for p in re.split(r"[\s,.]+", full) if len(p) >= 2]
    pats = (
        [_word(r"[\s,.]+".join(re.escape(p) for p in reversed(parts)) + _POSSESSIVE)]
        if len(parts) > 1
        else []
    )
    pats.append(_word(re.escape(full) + _POSSESSIVE))
    # each half of a double-barrelled part ("Mureșan-Pop": "Mureșan", in a relative's name,
    # an e-mail's "stefi.muresan"), four letters or more ("Pop" alone is also a word)
    halves = [h for p in parts if "-" in p for h in p.split("-") if len(h) >= 4]
    # a particle inside the name ("Sanne de Vries", "Maria da Silva", "Trần Thị Hạnh") is
    # no name alone: "van de nieren", "biopsia de riñón" (the whole name, and the particle
    # beside a part of it, are redacted as a name)
    alone = [p for k, p in enumerate(parts) if not (0 < k < len(parts) - 1 and _particle(p))]
    pats += [_word(re.escape(p) + _POSSESSIVE) for p in alone + halves]
    pats += [_word(_inflected(p)) for p in parts + halves if len(p) >= 4 and p.isalpha()]
    # a part of three letters with a vowel ending only ("Zînê", "Aliye", "Kimin"): longer
    # endings after so short a name make other words ("Mayo", "Annex")
    pats += [
        _word(rf"(?-i:{re.escape(p[0].upper())}){re.escape(p[1:])}{_SHORT_NAME_ENDINGS}")
        for p in parts
        if len(p) == 3 and p.isalpha()
    ]
    # behind a lower-case prefix ("uNokuthula", "kaLwazi", "deGraaf"; ``name_shapes``)
    pats += [
        _word(
            rf"(?-i:[a-z]{{1,{PREFIX_LETTERS}}}{re.escape(p[0].upper())})"
            rf"{re.escape(p[1:])}{_POSSESSIVE}"
        )
        for p in parts + halves
        if len(p) >= 4 and p.isalpha()
    ]
    initials = [p[0] for p in parts]
    if len(initials) >= 2:
        pats.append(
            re.compile(r"(?<![\w])" + r"\.\s?".join(map(re.escape, initials)) + r"\.(?!\w)")
        )
    return pats


def _known_word(word: str) -> bool:
    """A word of the clinical, drug or ordinary vocabularies (never the recorded name)."""
    v, f = vocabulary(), fold_word(word)
    return v.ordinary(f) or v.drug(f)


def _particle(part: str) -> bool:
    return fold_word(part) in NAME_PARTICLES


def _recorded_patterns(reporter: Any) -> list[re.Pattern[str]]:
    """The reporter's organisation, street, town, postcode, phone and e-mail as written
    (any case, any spacing)."""
    if reporter is None:
        return []
    values = [
        reporter.organisation,
        reporter.street,
        reporter.city,
        reporter.postcode,
        reporter.phone,
        reporter.email,
    ]
    pats = []
    for value in values:
        text = normalise(value.strip()).text if value and value.strip() else ""
        if len(text) >= 3:
            pats.append(_word(r"\s+".join(re.escape(w) for w in text.split()) + _POSSESSIVE))
    return pats


def _initials_patterns(initials: str | None) -> tuple[list[re.Pattern[str]], bool]:
    """The patient's recorded initials ("K.M.", "KM", "K M") in their written forms:
    dotted ("K.M.", "K. M", "K.-M."), and run together or spaced in capitals ("KM", "K M",
    "K-M", "KM's"); and whether the run-together form is also a clinical abbreviation
    written in capitals ("CT", "HD"): then it is only reported for the author's review.
    Case-sensitive, so that "km" stays kilometres; one letter is no identifier."""
    if not initials:
        return [], False
    letters = [c.upper() for c in normalise(initials).text if c.isalpha()]
    if len(letters) < 2:
        return [], False
    esc = list(map(re.escape, letters))
    dotted = r"(?<![\w.])" + r"\.[\s\-]?".join(esc) + r"\.?(?![\w])"
    run = r"(?<![\w.\-])" + r"[\s\-]?".join(esc) + r"(?:['’]s)?(?![\w\-])"
    return [re.compile(dotted), re.compile(run)], "".join(letters) in CLINICAL_CAPITALS


def _mrn_patterns(mrn: str | None) -> list[re.Pattern[str]]:
    if not mrn or not mrn.strip():
        return []
    value = normalise(mrn.strip()).text
    pats = [_word(re.escape(value))]
    chars = [c for c in value if c.isalnum()]
    if len(chars) >= 4:  # any or no separator between its letters and digits
        pats.append(_word(r"[\s\-./]?".join(re.escape(c) for c in chars)))
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 4:
        pats.append(re.compile(rf"(?<![\w-]){re.escape(digits)}(?![\w])"))
        if digits.lstrip("0") != digits and len(digits.lstrip("0")) >= 4:
            pats.append(re.compile(rf"(?<![\w-]){re.escape(digits.lstrip('0'))}(?![\w])"))
    return pats
