"""The SQL of a ``CaseQuery`` (``caselog.store.query``): full-text search through SQLite
FTS5 or PostgreSQL's ``tsvector`` index where the database has one, LIKE over the folded
``case_search`` text anywhere else, and the filters, over ``case_filter`` (every value they
read, in one narrow row a case).
User text is always matched literally: in FTS5 every word is a quoted string, in a
``tsquery`` a quoted lexeme; in LIKE ``%``, ``_`` and ``\\`` are escaped; values are bound
parameters, never SQL.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    or_,
    select,
)

from caselog.core.dates import PartialDate
from caselog.store import fts, postgres_fts
from caselog.store.query import CaseQuery
from caselog.store.search import fold
from caselog.store.tables import case_filter_t, case_search_t, case_t


@dataclass(frozen=True)
class Words:
    """The search text, folded and split: ``tokens`` are plain words (letters and digits)
    for the full-text index; ``literal`` words hold other characters (``100%``, ``a_c``,
    ``o'brien``) and must occur as typed, as a substring."""

    tokens: list[str]
    literal: list[str]
    prefix_last: bool


def parse_words(text: str | None) -> Words:
    if not text:
        return Words([], [], False)
    folded = fold(text)
    tokens: list[str] = []
    literal: list[str] = []
    for word in folded.split():
        (tokens if fts.TOKEN.fullmatch(word) else literal).append(word)
    last = folded.split()[-1] if folded.split() else ""
    prefix_last = bool(tokens) and not text[-1:].isspace() and last == tokens[-1]
    return Words(tokens, literal, prefix_last)


def like_pattern(text: str) -> str:
    """A LIKE pattern (escape ``\\``) matching ``text`` anywhere, metacharacters literal."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(col: ColumnElement[Any], word: str) -> ColumnElement[bool]:
    return col.like(like_pattern(word), escape="\\")


def _anywhere(word: str) -> ColumnElement[bool]:
    s = case_search_t.c
    return or_(_contains(s.title, word), _contains(s.label, word), _contains(s.body, word))


def _fts5(match: fts.Match) -> Any:
    """SQLite's FTS5 table for ``match``: the title and label index for a search within
    one of them (the relevance tiers: it reads no body's position lists), else the whole."""
    return fts.head if match.column is not None else fts.fts


def index_of(match: fts.Match) -> Any:
    """The full-text index ``match`` searches, to select from or join (``index_id``)."""
    return postgres_fts.table_of(match) if match.postgres else _fts5(match)


def index_id(match: fts.Match) -> ColumnElement[Any]:
    """The case id of a row of ``index_of(match)``."""
    return postgres_fts.table_of(match).c.case_id if match.postgres else _fts5(match).c.rowid


def hit(match: fts.Match) -> ColumnElement[bool]:
    """True for a row of ``index_of(match)`` that ``match`` finds."""
    if match.postgres:
        return postgres_fts.table_of(match).c.doc.op("@@")(postgres_fts.tsquery(match))
    table = _fts5(match)
    return table.c[table.name].op("MATCH")(match.fts5())  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Narrowed:
    """What ``narrow`` found: the conditions (AND), and for a full-text search its
    ``Match``. ``apply`` starts from the index (joined first, so the database runs the
    search once and looks the cases up by id); ``apply_members`` tests each case walked in
    another order for membership in the search's ids, listed once."""

    where: list[ColumnElement[bool]]
    match: fts.Match | None
    exclude: tuple[fts.Match, ...] = ()  # searches whose hits are left out

    def with_match(self, match: fts.Match | None, exclude: tuple[fts.Match, ...] = ()) -> Narrowed:
        return replace(self, match=match, exclude=exclude)

    def apply(self, stmt: Select[Any], *, ids: Any = None) -> Select[Any]:
        """``ids``: the column holding the case id in ``stmt`` (the case's own by default;
        ``index_id(match)`` for a statement that does not join the case)."""
        if self.match is not None:
            stmt = stmt.where(hit(self.match))
        return self._rest(stmt, ids=case_t.c.id if ids is None else ids)

    def apply_members(
        self, stmt: Select[Any], *, from_id: ColumnElement[Any] | None = None
    ) -> Select[Any]:
        """``from_id``: no case below this id is tested (the MATCH lists only from it)."""
        if self.match is not None and self.match.postgres:
            stmt = stmt.where(postgres_fts.probe(self.match, case_t.c.id))  # each case walked
        elif self.match is not None:
            # ``+ 0``: no look-up of the case by id; SQLite walks the order's index instead
            stmt = stmt.where((case_t.c.id + 0).in_(_hits(self.match, from_id)))
        return self._rest(stmt, from_id)

    def _rest(
        self, stmt: Select[Any], from_id: ColumnElement[Any] | None = None, ids: Any = case_t.c.id
    ) -> Select[Any]:
        stmt = stmt.where(*(_left_out(m, ids, from_id) for m in self.exclude))
        return stmt.where(and_(*self.where)) if self.where else stmt


def _left_out(match: fts.Match, ids: Any, from_id: ColumnElement[Any] | None) -> Any:
    """Not among the hits of ``match`` (PostgreSQL: each case tested by its key)."""
    if match.postgres:
        return ~postgres_fts.probe(match, ids)
    return ids.not_in(_hits(match, from_id))


def _hits(match: fts.Match, from_id: ColumnElement[Any] | None = None) -> Select[Any]:
    ids = index_id(match)
    hits = select(ids).where(hit(match))
    return hits if from_id is None else hits.where(ids >= from_id)


def narrow(q: CaseQuery, conn: Connection, *, indexed: bool = True) -> Narrowed:
    """The conditions selecting the cases that match ``q`` over the case joined with
    case_filter and case_search (and ``fts.fts`` when ``match`` is set). With
    ``indexed`` False, no condition can be answered from an index (``+ 0``, ``|| ''``): a
    query walking the list's order index tests each case instead."""
    words = parse_words(q.text)
    match = None
    where: list[ColumnElement[bool]] = []
    postgres = conn.dialect.name == "postgresql"
    indexed_words = postgres_fts.available(conn) if postgres else fts.available(conn)
    if words.tokens and indexed_words:
        match = fts.Match(tuple(words.tokens), words.prefix_last, postgres=postgres)
    else:
        where += [_anywhere(w) for w in words.tokens]
    where += [_anywhere(w) for w in words.literal]
    where += _filters(q, indexed)
    return Narrowed(where, match)


def _filters(q: CaseQuery, indexed: bool = True) -> list[ColumnElement[bool]]:
    f = case_filter_t.c
    outcome: ColumnElement[Any] = f.outcome
    who_umc: ColumnElement[Any] = f.who_umc
    index_day: ColumnElement[Any] = f.index_day
    if not indexed:
        outcome, who_umc, index_day = outcome.concat(""), who_umc.concat(""), index_day + 0
    out: list[ColumnElement[bool]] = []
    if q.drug and q.drug.strip():
        out.append(_contains(f.drugs, f"|{_name(q.drug)}|"))
    if q.suspect_drug and q.suspect_drug.strip():
        out.append(_contains(f.suspects, f"|{_name(q.suspect_drug)}|"))
    if q.reaction and q.reaction.strip():
        out += [_contains(f.reaction, w) for w in fold(q.reaction).split()]
    if q.outcome:
        out.append(outcome == q.outcome)
    if q.who_umc:
        out.append(who_umc == q.who_umc)
    seriousness = f.seriousness  # JSON text: '["hospitalization"]', '[]' (not serious)
    if q.seriousness:
        out.append(_contains(seriousness, f'"{q.seriousness}"'))
    if q.serious is True:
        out.append(_contains(seriousness, '"'))
    elif q.serious is False:
        out.append(~_contains(seriousness, '"'))  # assessed, no criterion
    if q.dialysis == "any":
        out.append(f.dialysis.in_(["hemodialysis", "peritoneal"]))
    elif q.dialysis == "none":
        out.append(or_(f.dialysis.is_(None), f.dialysis == "none"))
    elif q.dialysis:
        out.append(f.dialysis == q.dialysis)
    if q.index_from is not None:
        out.append(index_day >= _first(q.index_from))
    if q.index_to is not None:
        out.append(index_day <= _last(q.index_to))
    if q.index_within_days is not None:
        today = q.today or dt.date.today()
        since = today - dt.timedelta(days=q.index_within_days)
        out.append(index_day >= _ymd(since))
        out.append(index_day <= _ymd(today))
    if q.onset_min_days is not None:
        out.append(f.onset_days >= q.onset_min_days)
    if q.onset_max_days is not None:
        out.append(f.onset_days <= q.onset_max_days)
    return out


def _name(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text).replace("|", " ")).strip()


def _ymd(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def _first(d: PartialDate) -> int:
    return _ymd(d.first_day())


def _last(d: PartialDate) -> int:
    return _ymd(d.last_day())


__all__ = [
    "Narrowed",
    "Words",
    "hit",
    "index_id",
    "index_of",
    "like_pattern",
    "narrow",
    "parse_words",
]
