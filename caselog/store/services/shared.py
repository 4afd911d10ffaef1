"""The department server: each case's anonymised copy, which every department role may
read (``case_shared``, caselog/store/server.py), and the commands that set the server up.

A database made a department server (``caselog server init``) has the table; in every
writing transaction that changes cases, just before it commits, the copy of each case
changed is written again from the case as it now stands: the ``export --anonymise``
document of the case (its images withheld), with the author's redaction decisions for it
and every possible identifier not yet decided on redacted too.
A deleted case's copy goes with it. So what another team reads is never behind, and
never more than the anonymised case. A decision for all cases rewrites the copy of the
case it was made from; the others follow with their next change (``server init`` again
rewrites them all).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, column, delete, select, table, text

from caselog import lazy
from caselog.core.model import Case
from caselog.store import postgres, server
from caselog.store.engine import Store, open_store
from caselog.store.errors import NotFound
from caselog.store.services import _rows
from caselog.store.tables import case_t

if TYPE_CHECKING:
    from caselog import privacy
    from caselog.interchange import writer
    from caselog.privacy import review
    from caselog.store.services import redactions
else:  # the de-identifier, on the first write of a served database (caselog/lazy.py)
    writer = lazy.module("caselog.interchange.writer")
    review = lazy.module("caselog.privacy.review")
    privacy = lazy.module("caselog.privacy")
    redactions = lazy.module("caselog.store.services.redactions")

shared_t = table(
    server.SHARED,
    column("case_id"),
    column("team"),
    column("title"),
    column("document"),
    column("updated_at"),
)


_KEPT = ("team", "title", "document", "updated_at")
# SQLAlchemy's PostgreSQL dialect (for its INSERT ... ON CONFLICT) would cost the start-up
# of every window about a tenth of a second; the statement is written out instead
_UPSERT = text(
    f"INSERT INTO {server.SHARED} (case_id, {', '.join(_KEPT)}) "
    f"VALUES (:case_id, {', '.join(':' + c for c in _KEPT)}) "
    "ON CONFLICT (case_id) DO UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in _KEPT)
)


def refresh(conn: Connection, case_ids: Sequence[int]) -> None:
    """Rewrite the shared copies of ``case_ids`` in the caller's transaction."""
    if not server.served(conn) or not case_ids:
        return
    ids = list(case_ids)
    decisions = redactions._table(redactions._rows_for(conn, ids), ids)
    found = conn.execute(select(case_t.c.id, case_t.c.team).where(case_t.c.id.in_(ids)))
    teams = {int(i): team for i, team in found}
    gone = [i for i in ids if i not in teams]
    if gone:
        conn.execute(delete(shared_t).where(shared_t.c.case_id.in_(gone)))
    written = postgres.cases_in_hand(conn)  # as just written; else read back
    rows = []
    for case_id in ids:
        if case_id in teams:
            held = written.get(case_id)
            case = (
                held
                if isinstance(held, Case)
                else _rows.read_case(conn, case_id, image_bytes=False)
            )
            strict = _undecided_redacted(case, decisions[case_id])
            with review.using({case_id: strict, None: strict}):
                doc = writer.anonymised_case(case)
            rows.append(
                {
                    "case_id": case_id,
                    "team": teams[case_id],
                    "title": doc["title"],
                    "document": json.dumps(doc, ensure_ascii=False, allow_nan=False),
                    "updated_at": dt.datetime.now(dt.UTC),
                }
            )
    if rows:
        conn.execute(_UPSERT, rows)


def _undecided_redacted(case: Case, decisions: review.Decisions) -> review.Decisions:
    """The author's decisions, and every possible identifier the author has not decided
    on taken as one to redact: a report waits for the author's review of them, the
    shared copy cannot, so it keeps none of them."""
    engine = privacy.Deidentifier(case, decisions)
    engine.case_copy()
    undecided = {s.word for s in engine.suspicions if not decisions.decided(s.text)}
    if not undecided:
        return decisions
    return review.Decisions(safe=decisions.safe, redact=decisions.redact | undecided)


postgres.BEFORE_COMMIT.append(refresh)


ServerError = server.ServerError


@dataclass(frozen=True)
class SharedCase:
    """One case as every department role sees it."""

    id: int
    team: str | None
    title: str
    updated_at: dt.datetime


def shared_cases(*, store: Store) -> list[SharedCase]:
    """Every case of the department, anonymised (empty on a database not served)."""
    with store.read() as conn:
        if not server.served(conn):
            return []
        t = shared_t.c
        rows = conn.execute(select(t.case_id, t.team, t.title, t.updated_at).order_by(t.case_id))
        return [SharedCase(int(i), team, str(title), when) for i, team, title, when in rows]


def shared_case(case_id: int, *, store: Store) -> dict[str, Any]:
    """The anonymised case file document of one case (NotFound: none shared)."""
    with store.read() as conn:
        found = None
        if server.served(conn):
            found = conn.execute(
                select(shared_t.c.document).where(shared_t.c.case_id == case_id)
            ).scalar()
    if found is None:
        raise NotFound("shared case", case_id)
    doc: dict[str, Any] = json.loads(str(found))
    return doc


def server_init(target: str) -> list[str]:
    """``caselog server init``: migrate the database at ``target`` (a PostgreSQL URL, as
    its owner or a superuser), make the roles, grants and policies, and write every
    case's shared copy; returns what was done, one line each."""
    _postgres_only(target)
    store = open_store(target)
    try:
        done = server.init(store.engine)
        with store.write() as conn:
            conn.info.pop(server.SERVED, None)
            ids = conn.execute(select(case_t.c.id).order_by(case_t.c.id)).scalars().all()
            refresh(conn, ids)
        done.append(f"wrote the shared, anonymised copy of {len(ids)} cases")
        return done
    finally:
        store.close()


def add_user(
    target: str, name: str, *, team: str, role: str, password: str | None
) -> server.UserAdded:
    """``caselog server add-user``: a LOGIN role in a group and a team (server.add_user)."""
    _postgres_only(target)
    store = open_store(target)
    try:
        return server.add_user(store.engine, name, team=team, role=role, password=password)
    finally:
        store.close()


def _postgres_only(target: str) -> None:
    if not postgres.is_postgres_url(target):
        raise server.ServerError(
            "caselog server works on a PostgreSQL database: give its URL "
            "(postgresql://user@host/dbname) with --db or CASELOG_DB"
        )
