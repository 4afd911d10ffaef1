"""The author's review of de-identification: what a report or an anonymised export of a
stored case would redact and which possible identifiers it would keep, and the author's
decisions on words (safe, or redact more; for the case or for all cases).

``decisions_for`` gives the decisions of some cases as the de-identifier takes them
(``caselog.privacy.review.using``): ``write_report`` and ``export_cases`` build inside it.

On a department server a decision changes what other teams read of a case: the shared,
anonymised copy of the case, and for a decision for all cases that of every case of the
decision's team whose words hold it (``server.cases_with_word``), is marked behind in
the decision's transaction and made again after it (``caselog.store.services.shared``).
A shared copy applies the case's own decisions and its team's general ones
(``shared_decisions``), whoever makes it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, and_, delete, insert, or_, select

from caselog.core.model import Case
from caselog.privacy.deidentify import Deidentifier, Redaction
from caselog.privacy.normalize import fold_word
from caselog.privacy.review import Decisions, Suspicion, using
from caselog.store import postgres, server
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.errors import NotFound
from caselog.store.services._rows import read_case
from caselog.store.tables import case_t, redaction_decision_t

SAFE, REDACT = "safe", "redact"

__all__ = [
    "REDACT",
    "SAFE",
    "Decision",
    "PrivacyReview",
    "decide_word",
    "decisions_for",
    "forget_word",
    "privacy_review",
    "unreviewed_suspicions",
    "using_decisions",
]


@dataclass(frozen=True)
class Decision:
    word: str
    decision: str  # SAFE or REDACT
    all_cases: bool


@dataclass(frozen=True)
class PrivacyReview:
    """What leaves the machine for one case, as the author reviews it."""

    case: Case
    redactions: list[Redaction]
    suspicions: list[Suspicion]  # possible identifiers kept, not yet decided
    decisions: list[Decision]

    @property
    def unreviewed(self) -> list[Suspicion]:
        return self.suspicions


Row = tuple[int | None, str, str, str | None]
"""A decision: its case (None: for all cases), word, decision and team (the server's)."""


def _rows_for(conn: Connection, case_ids: Sequence[int]) -> list[Row]:
    t = redaction_decision_t
    stmt = select(t.c.case_id, t.c.word, t.c.decision, t.c.team).where(
        or_(t.c.case_id.is_(None), t.c.case_id.in_(list(case_ids)))
    )
    return [(r.case_id, r.word, r.decision, r.team) for r in conn.execute(stmt.order_by(t.c.id))]


def _case_teams(conn: Connection, case_ids: Sequence[int]) -> dict[int, str | None]:
    found = conn.execute(select(case_t.c.id, case_t.c.team).where(case_t.c.id.in_(case_ids)))
    return {int(i): team for i, team in found}


def _applies(decision_team: str | None, case_team: str | None) -> bool:
    """A decision for all cases is its team's: it applies to that team's cases (on a
    SQLite file, and for a decision or case the server gave no team, to every case)."""
    return decision_team is None or case_team is None or decision_team == case_team


def _table(
    rows: list[Row], case_ids: Sequence[int], teams: dict[int, str | None] | None = None
) -> dict[int | None, Decisions]:
    out: dict[int | None, Decisions] = {
        None: _decisions({w: d for c, w, d, _ in rows if c is None})
    }
    teams = teams or {}
    for cid in case_ids:
        team = teams.get(cid)
        mine = {w: d for c, w, d, t in rows if c is None and _applies(t, team)}
        mine.update({w: d for c, w, d, _ in rows if c == cid})  # the case's own decision wins
        out[cid] = _decisions(mine)
    return out


def _decisions(by_word: dict[str, str]) -> Decisions:
    return Decisions(
        safe=frozenset(w for w, d in by_word.items() if d == SAFE),
        redact=frozenset(w for w, d in by_word.items() if d == REDACT),
    )


def shared_decisions(conn: Connection, case_id: int, team: str | None) -> Decisions:
    """The decisions a shared copy of the case applies: the case's own, and the general
    ones of the case's team (not those of the other teams of whoever makes the copy)."""
    t = redaction_decision_t
    same_team = t.c.team.is_(None) if team is None else t.c.team == team
    stmt = select(t.c.case_id, t.c.word, t.c.decision, t.c.team).where(
        or_(t.c.case_id == case_id, and_(t.c.case_id.is_(None), same_team))
    )
    rows = [(r.case_id, r.word, r.decision, r.team) for r in conn.execute(stmt.order_by(t.c.id))]
    return _table(rows, [case_id])[case_id]


def decisions_for(case_ids: Sequence[int], *, store: Store) -> dict[int | None, Decisions]:
    """The decisions in force for each case (None: for a case not named)."""
    with store.read() as conn:
        return _table(_rows_for(conn, case_ids), case_ids, _case_teams(conn, case_ids))


@contextmanager
def using_decisions(case_ids: Sequence[int], *, store: Store) -> Iterator[None]:
    """Every de-identification inside the block applies the author's decisions."""
    with using(decisions_for(case_ids, store=store)):
        yield


def _review(case: Case, decisions: Decisions) -> tuple[list[Redaction], list[Suspicion]]:
    engine = Deidentifier(case, decisions)
    engine.case_copy()
    seen: set[tuple[str, str]] = set()
    suspicions = []
    for s in engine.suspicions:
        if not decisions.decided(s.text) and (s.field, s.word) not in seen:
            seen.add((s.field, s.word))
            suspicions.append(s)
    return engine.redactions, suspicions


def privacy_review(case_id: int, *, store: Store) -> PrivacyReview:
    """Every redaction of the case's de-identified copy, every possible identifier it keeps
    that the author has not decided on, and the decisions in force. NotFound if no case."""
    with store.read() as conn:
        case = read_case(conn, case_id, image_bytes=False)
        rows = _rows_for(conn, [case_id])
        team = _case_teams(conn, [case_id]).get(case_id)
    decisions = _table(rows, [case_id], {case_id: team})[case_id]
    redactions, suspicions = _review(case, decisions)
    mine = {w: (d, True) for c, w, d, t in rows if c is None and _applies(t, team)}
    mine.update({w: (d, False) for c, w, d, _ in rows if c == case_id})
    listed = [Decision(w, d, general) for w, (d, general) in sorted(mine.items())]
    return PrivacyReview(case, redactions, suspicions, listed)


def unreviewed_suspicions(case_ids: Sequence[int], *, store: Store) -> list[tuple[int, Suspicion]]:
    """The possible identifiers the cases' outputs would keep with no decision of the
    author's, each with its case id (``report`` and ``export --anonymise`` refuse them).
    On a department server another team's case in a series goes out as its shared copy,
    which keeps none of its undecided identifiers (services.shared): none is listed."""
    with store.read() as conn:
        ids = [i for i in case_ids if _visible(conn, i) or server.team_of_hidden(conn, i) is None]
        cases = [read_case(conn, i, image_bytes=False) for i in ids]
        table = _table(_rows_for(conn, ids), ids, _case_teams(conn, ids))
    out: list[tuple[int, Suspicion]] = []
    for cid, case in zip(ids, cases, strict=True):
        out += [(cid, s) for s in _review(case, table[cid])[1]]
    return out


def _visible(conn: Connection, case_id: int) -> bool:
    return conn.execute(select(case_t.c.id).where(case_t.c.id == case_id)).first() is not None


def _check(conn: Connection, case_id: int) -> None:
    if conn.execute(select(case_t.c.id).where(case_t.c.id == case_id)).first() is None:
        raise NotFound("case", case_id)


def decide_word(
    case_id: int, word: str, decision: str, *, all_cases: bool = False, store: Store
) -> Change:
    """Mark ``word`` safe (kept wherever it stands) or to redact (wherever it stands) in
    the outputs of case ``case_id``, or of every case. ValueError for an empty word or an
    unknown decision; NotFound for an unknown case. Replaces an earlier decision."""
    key = fold_word(word.strip())
    if not key or len(key) > 200:
        raise ValueError("the word to decide on is empty (or longer than 200 characters)")
    if decision not in (SAFE, REDACT):
        raise ValueError(f"decision must be {SAFE!r} or {REDACT!r}, not {decision!r}")
    t = redaction_decision_t
    owner = None if all_cases else case_id
    with store.write() as conn:
        _check(conn, case_id)
        teams = _delete(conn, owner, key)
        conn.execute(insert(t).values(case_id=owner, word=key, decision=decision))
        teams |= _teams(conn, owner, key)  # the team the server gave it (migration 0019)
        _shared_copies_follow(conn, case_id, key, teams if all_cases else set())
    return Change()  # nothing the window shows: the review rebuilds itself


def forget_word(case_id: int, word: str, *, all_cases: bool = False, store: Store) -> Change:
    """Drop the decision on ``word`` (the case's own, or the one for all cases)."""
    key = fold_word(word.strip())
    with store.write() as conn:
        _check(conn, case_id)
        teams = _delete(conn, None if all_cases else case_id, key)
        _shared_copies_follow(conn, case_id, key, teams if all_cases else set())
    return Change()  # nothing the window shows: the review rebuilds itself


def _shared_copies_follow(conn: Connection, case_id: int, key: str, teams: set[str | None]) -> None:
    """The shared copies the decision changes are marked behind (module docstring): the
    case's, and for a general decision those of its teams' cases that hold the word."""
    postgres.changed(conn, [case_id, *server.cases_with_word(conn, key, teams)])


def _owned(owner: int | None, key: str) -> ColumnElement[bool]:
    t = redaction_decision_t
    return and_(t.c.case_id.is_(None) if owner is None else t.c.case_id == owner, t.c.word == key)


def _teams(conn: Connection, owner: int | None, key: str) -> set[str | None]:
    t = redaction_decision_t
    return set(conn.execute(select(t.c.team).where(_owned(owner, key)).distinct()).scalars())


def _delete(conn: Connection, owner: int | None, key: str) -> set[str | None]:
    """Drop the decision; the teams of the decisions dropped."""
    teams = _teams(conn, owner, key)
    conn.execute(delete(redaction_decision_t).where(_owned(owner, key)))
    return teams
