"""The department server: each case's anonymised copy, which every department role may
read (``case_shared``, caselog/store/server.py), and the commands that set the server up.

A database made a department server (``caselog server init``) has the table. A copy is
the ``export --anonymise`` document of the case (its images withheld), with the case's
own redaction decisions and its team's decisions for all cases, and every possible
identifier not yet decided on redacted too.

De-identifying a case takes a tenth of a second and more (two seconds the first time,
while the word lists load), so a write does not make the copy. It only marks it behind,
in its own transaction (``case_shared_pending``: the case and a mark, a number drawn
under the write lock, so a later change has a greater one). After the commit the copy
is made again (``rebuild_pending``): right away on the command line, on a worker thread
in the window (``rebuild_in_background``, caselog/ui/main_window.py). What is still
marked (a window closed mid-way, a failure) is made by the next write of any client of
the case's team, and when a window starts.

- Until then the other teams read the previous copy, anonymised as ever, and
  ``shared_cases`` says it is behind; a case with no copy yet is not listed. Nothing
  falls back to the case itself.
- A copy is made from one consistent snapshot (``REPEATABLE READ``) of the case, its
  decisions and its mark, and written only over an older mark: two clients making it at
  once write it once, and a copy of an older state never replaces a newer one. The mark
  is dropped only when no newer one has come since.
- Making a copy writes only the shared tables: no audit row, no new version of the case
  (so no one's next write is refused as stale, and no window hears of a change), and it
  needs the right to see the case, which the case's team and the administrator have.
- ``case_shared_words`` keeps, for the case's team only, the case's words as the copy was
  made from them: a decision for all cases marks the cases whose words hold it
  (``caselog.store.services.redactions``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, column, select, table, text
from sqlalchemy.exc import DBAPIError

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
    from caselog.privacy import normalize, review
    from caselog.store.services import redactions
else:  # the de-identifier, when a copy is first made (caselog/lazy.py)
    writer = lazy.module("caselog.interchange.writer")
    review = lazy.module("caselog.privacy.review")
    privacy = lazy.module("caselog.privacy")
    normalize = lazy.module("caselog.privacy.normalize")
    redactions = lazy.module("caselog.store.services.redactions")

log = logging.getLogger(__name__)

shared_t = table(
    server.SHARED,
    column("case_id"),
    column("team"),
    column("title"),
    column("document"),
    column("updated_at"),
)
pending_t = table(server.PENDING, column("case_id"), column("mark"), column("since"))

NOTIFY = "caselog_shared"  # announced when copies were made (after their commit)
READY = "caselog.shared_marks"  # conn.info: the marks' table exists (cached per connection)

_MARK = text(
    f"INSERT INTO {server.PENDING} (case_id, mark) "
    f"SELECT c.id, nextval('{server.MARKS}') FROM \"case\" c WHERE c.id = ANY (:ids) "
    "ON CONFLICT (case_id) DO UPDATE SET mark = EXCLUDED.mark"
)
# SQLAlchemy's PostgreSQL dialect (for its INSERT ... ON CONFLICT) would cost the start-up
# of every window about a tenth of a second; the statements are written out instead
_KEPT = ("team", "title", "document", "updated_at", "mark")
_UPSERT = text(
    f"INSERT INTO {server.SHARED} AS s (case_id, {', '.join(_KEPT)}) "
    f"VALUES (:case_id, {', '.join(':' + c for c in _KEPT)}) "
    "ON CONFLICT (case_id) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in _KEPT)
    + " WHERE s.mark IS NULL OR s.mark < EXCLUDED.mark"
)
_WORDS = text(
    f"INSERT INTO {server.WORDS} AS w (case_id, team, mark, words) "
    "VALUES (:case_id, :team, :mark, :words) ON CONFLICT (case_id) DO UPDATE SET "
    "team = EXCLUDED.team, mark = EXCLUDED.mark, words = EXCLUDED.words "
    "WHERE w.mark IS NULL OR w.mark < EXCLUDED.mark"
)
_DONE = text(f"DELETE FROM {server.PENDING} WHERE case_id = :case_id AND mark <= :mark")
_BEHIND = text(
    f'SELECT p.case_id FROM {server.PENDING} p JOIN "case" c ON c.id = p.case_id '
    "ORDER BY p.since, p.case_id"
)


class OlderServer(server.ServerError):
    """The database was made a department server by an older caselog."""


def _mark(conn: Connection, case_ids: Sequence[int]) -> None:
    """``BEFORE_COMMIT``: mark the copies of the cases changed behind, in the change's
    transaction, and ask for them to be made again once it has committed."""
    if not server.served(conn) or not case_ids:
        return
    if not conn.info.get(READY):
        if conn.execute(text("SELECT to_regclass(:n)"), {"n": server.PENDING}).scalar() is None:
            raise OlderServer(
                "this department server was set up by an older caselog: its administrator "
                "runs caselog server init on it again (nothing was changed)"
            )
        conn.info[READY] = True
    conn.execute(_MARK, {"ids": list(case_ids)})
    postgres.follow_up(conn, case_ids)


def _after_commit(store: Store, case_ids: list[int]) -> None:
    """``AFTER_COMMIT``: the copies marked are made again, on a worker when the store's
    window asked for one (``rebuild_in_background``), else here and now."""
    deferred = _DEFERRED.get(store.engine)
    if deferred is not None:
        deferred.request()
        return
    try:
        rebuild_pending(store)
    except Exception:  # the change is saved; its copy stays marked for the next one
        log.exception("could not make the shared copies of cases %s", case_ids)


postgres.BEFORE_COMMIT.append(_mark)
postgres.AFTER_COMMIT.append(_after_commit)


@dataclass(frozen=True)
class _Snapshot:
    """A case as one consistent read found it, with what its copy is made from."""

    case_id: int
    mark: int
    team: str | None
    case: Case
    decisions: review.Decisions


@dataclass(frozen=True)
class _Copy:
    case_id: int
    mark: int
    team: str | None
    document: dict[str, Any]
    words: str


def rebuild_pending(store: Store, *, stop: Callable[[], bool] | None = None) -> int:
    """Make again every shared copy marked behind that this role may make (its teams'
    cases; every case for the administrator), the longest behind first; returns how many
    were written. ``stop`` is asked before each case (a worker cancelled: the rest stay
    marked)."""
    if store.read_only is not None or store.engine.dialect.name != "postgresql":
        return 0
    with store.upkeep:
        if store.closed:
            return 0
        with store.read() as conn:
            if not server.served(conn):
                return 0
            behind = [int(i) for i in conn.execute(_BEHIND).scalars()]
    made = 0
    for case_id in behind:
        if store.closed or (stop is not None and stop()):
            break
        made += rebuild(store, case_id)
    return made


def rebuild(store: Store, case_id: int) -> bool:
    """Make the shared copy of one case again if it is marked behind; whether a copy was
    written (False: not marked, not visible, gone, a newer copy is there already, or the
    store closed meanwhile: the mark stays for the next client).

    Its read and its write each hold the store's ``upkeep`` lock and are skipped once the
    store is closed: ``Store.close`` waits for the one under way, and the worker making
    copies in the window never opens a connection on a closed store (one it opened then
    would stay open, a session on the server, until the garbage collector met it)."""
    snapshot = _read(store, case_id)
    if snapshot is None:
        return False
    return _write(store, _made(snapshot))


def _read(store: Store, case_id: int) -> _Snapshot | None:
    """The case, its mark and its decisions in one snapshot; None when not marked (or
    the store is closed)."""
    with store.upkeep:
        if store.closed:  # asked before connecting: a closed store's engine opens anew
            return None
        try:
            with store.engine.connect() as conn:
                conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    conn.exec_driver_sql("SET TRANSACTION READ ONLY")
                    found = conn.execute(
                        text(
                            f'SELECT p.mark, c.team FROM {server.PENDING} p JOIN "case" c '
                            "ON c.id = p.case_id WHERE p.case_id = :i"
                        ),
                        {"i": case_id},
                    ).first()
                    if found is None:
                        return None
                    mark, team = int(found[0]), found[1]
                    case = _rows.read_case(conn, case_id, image_bytes=False)
                    decisions = redactions.shared_decisions(conn, case_id, team)
        except DBAPIError as exc:
            raise store.explain(exc, "read a case for its shared copy") from None
    return _Snapshot(case_id, mark, team, case, decisions)


def _made(snapshot: _Snapshot) -> _Copy:
    """The anonymised document of the snapshot's case (the de-identifier's work)."""
    case = snapshot.case
    strict = _undecided_redacted(case, snapshot.decisions)
    with review.using({snapshot.case_id: strict, None: strict}):
        document = writer.anonymised_case(case)
    return _Copy(snapshot.case_id, snapshot.mark, snapshot.team, document, words_of(case))


def _write(store: Store, copy: _Copy) -> bool:
    """Write the copy over an older one, and drop its mark unless a newer one came
    (nothing written, False, once the store is closed: the mark stays)."""
    values = {
        "case_id": copy.case_id,
        "team": copy.team,
        "title": copy.document["title"],
        "document": json.dumps(copy.document, ensure_ascii=False, allow_nan=False),
        "updated_at": dt.datetime.now(dt.UTC),
        "mark": copy.mark,
    }
    with store.upkeep:
        if store.closed:
            return False
        try:
            with store.engine.begin() as conn:
                here = conn.execute(  # and kept until the commit: no delete in between
                    text('SELECT 1 FROM "case" WHERE id = :i FOR KEY SHARE'),
                    {"i": copy.case_id},
                ).first()
                if here is None:
                    return False
                written = conn.execute(_UPSERT, values).rowcount > 0
                conn.execute(_WORDS, {**values, "words": copy.words})
                conn.execute(_DONE, values)
                if written:
                    conn.exec_driver_sql(f"SELECT pg_notify('{NOTIFY}', '')")
        except DBAPIError as exc:
            raise store.explain(exc, "write a shared copy") from None
    return written


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


def words_of(case: Case) -> str:
    """Every text of the case as the de-identifier compares words (normal form, lower
    case, one text a line): a decision's word found in it nowhere changes nothing."""
    out = []
    for value in _texts(case):
        folded = normalize.normalise(value).text.lower().replace("’", "'")
        out.append(folded.replace("\n", " "))
    return "\n".join(out)


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(k)
            yield from _texts(v)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _texts(item)


Job = Callable[[Callable[[], bool]], None]  # the work, given whether to stop


class _Deferred:
    """One store's copies made on a worker: requests while one runs fold into one more
    pass, so a burst of saves costs at most two passes."""

    def __init__(self, store: Store, runner: Callable[[Job], None]) -> None:
        self.store = weakref.ref(store)
        self.runner = runner
        self.lock = threading.Lock()
        self.running = False
        self.again = False

    def request(self) -> None:
        with self.lock:
            if self.running:
                self.again = True
                return
            self.running = True
        try:
            self.runner(self._passes)
        except BaseException:
            with self.lock:
                self.running = False
            raise

    def _passes(self, stop: Callable[[], bool]) -> None:
        try:
            while True:
                store = self.store()
                if store is None or store.closed or stop():
                    return
                try:
                    rebuild_pending(store, stop=stop)
                except Exception:  # logged; the marks stay for the next write or start
                    log.exception("could not make the shared copies")
                with self.lock:
                    if not self.again:
                        return
                    self.again = False
        finally:
            with self.lock:
                self.running = False


_DEFERRED: weakref.WeakKeyDictionary[Engine, _Deferred] = weakref.WeakKeyDictionary()


def rebuild_in_background(store: Store, runner: Callable[[Job], None]) -> None:
    """From now on the copies of ``store``'s writes are made by ``runner(job)`` (the
    window: ``job`` on a worker thread) instead of right after each commit; and those
    still marked behind are made now. Nothing on a SQLite file."""
    if store.engine.dialect.name != "postgresql":
        return
    deferred = _DEFERRED[store.engine] = _Deferred(store, runner)
    deferred.request()


ServerError = server.ServerError


@dataclass(frozen=True)
class SharedCase:
    """One case as every department role sees it."""

    id: int
    team: str | None
    title: str
    updated_at: dt.datetime
    behind_since: dt.datetime | None = None  # changed since: a newer copy is being made


def shared_cases(*, store: Store) -> list[SharedCase]:
    """Every case of the department that has a shared copy, anonymised (empty on a
    database not served)."""
    with store.read() as conn:
        if not server.served(conn):
            return []
        t, p = shared_t.c, pending_t.c
        rows = conn.execute(
            select(t.case_id, t.team, t.title, t.updated_at, p.since)
            .select_from(shared_t.outerjoin(pending_t, p.case_id == t.case_id))
            .order_by(t.case_id)
        )
        return [SharedCase(int(r[0]), r[1], str(r[2]), r[3], r[4]) for r in rows]


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
        with store.write() as conn:  # every copy marked, made once this commits
            conn.info.pop(server.SERVED, None)
            ids = conn.execute(select(case_t.c.id).order_by(case_t.c.id)).scalars().all()
            postgres.changed(conn, ids)
        with store.read() as conn:
            left = conn.execute(select(pending_t.c.case_id)).scalars().all()
        done.append(f"wrote the shared, anonymised copy of {len(ids) - len(left)} cases")
        if left:
            done.append(
                f"could not make the shared copy of {len(left)} cases (the log says why): "
                "they stay marked, made again by the next change or server init"
            )
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
