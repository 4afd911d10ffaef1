"""Offline work (docs/cli.md, "Taking cases along"): cases taken from a department database
into a laptop file, and the plan of bringing the laptop's changes back by a three-way merge.

``take_cases`` copies cases into the laptop file (a caselog database, encrypted or not) and
records, per case, in its ``takeaway`` table: the source database's identity
(``database_identity``) and name, the case's id and version there, the case as it was then
(the base: its case-file object, ``caselog.interchange.merge``) and the map of the laptop's
event ids to the source's. ``plan_bring`` reads the laptop, the source and the bases and
merges each case field by field; ``caselog.store.services.bringing.bring_back`` writes it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.engine import make_url

from caselog.core.model import Case
from caselog.interchange.encode import Encoder, case_to_dict
from caselog.interchange.merge import KEY, Conflict, Merge, Side, changed_fields, merge_case
from caselog.store import audit
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.errors import NotFound, StoreError
from caselog.store.mapping import sha256_of
from caselog.store.services import _blobs, _rows
from caselog.store.tables import case_t, database_identity_t, takeaway_t
from caselog.store.types import utcnow

Doc = dict[str, Any]
Decide = Callable[[int, Conflict], Side | None]

OPEN, CLOSED = "open", "closed"


class TakeError(StoreError):
    """A take or bring that cannot be done as asked (nothing was changed)."""


# ---------------------------------------------------------------- identity and documents


def database_identity(*, store: Store) -> str:
    """The random id of the database, given on first asking."""
    with store.read() as conn:
        found = conn.execute(select(database_identity_t.c.id)).scalar()
    if found is not None:
        return str(found)
    with store.write() as conn:
        found = conn.execute(select(database_identity_t.c.id)).scalar()
        if found is None:
            found = uuid.uuid4().hex
            conn.execute(insert(database_identity_t).values(id=found, created_at=utcnow()))
        return str(found)


def source_name(store: Store) -> str:
    """The database as the user named it, never its password."""
    if store.path is not None:
        return str(store.path)
    return make_url(store.url).render_as_string(hide_password=True)


def case_doc(case: Case, event_keys: Sequence[str]) -> Doc:
    """The case as the merge reads it: its case-file object, each event keyed, each image
    named by its SHA-256 (caselog/interchange/merge.py)."""
    doc = case_to_dict(case, None, Encoder(sha256_of))
    for event, key in zip(doc["events"], event_keys, strict=True):
        event[KEY] = key
    return doc


def server_doc(case: Case) -> Doc:
    return case_doc(case, [f"#{e.id}" for e in case.events])


def laptop_doc(case: Case, event_map: dict[int, int]) -> Doc:
    keys = [f"#{event_map[e.id]}" if e.id in event_map else f"new-{e.id}" for e in case.events]
    return case_doc(case, keys)


# ---------------------------------------------------------------- take


def take_cases(case_ids: Sequence[int], *, store: Store, laptop: Store) -> Change:
    """Copy the cases ``case_ids`` of ``store`` into the laptop file ``laptop`` (one
    transaction there), each with its provenance; the source's trail records an export to
    the laptop file. ``TakeError`` (nothing changed) for a case the laptop holds open from
    this source already; ``NotFound`` for an unknown id. ``change.created``: the laptop's
    ``(id, title)``."""
    if not case_ids:
        raise TakeError("no case to take")
    identity = database_identity(store=store)
    with store.read() as conn:
        cases = [_rows.read_case(conn, i) for i in dict.fromkeys(case_ids)]
    _blobs.verify_images(cases)  # a damaged image never leaves caselog
    with laptop.read() as conn:
        held = set(
            conn.execute(
                select(takeaway_t.c.source_case_id).where(
                    takeaway_t.c.source_id == identity, takeaway_t.c.state == OPEN
                )
            ).scalars()
        )
    again = [c.id for c in cases if c.id in held]
    if again:
        raise TakeError(
            f"{laptop.path} already holds case {again[0]} taken from {source_name(store)}; "
            "bring it back first (caselog bring), nothing was taken"
        )
    now = utcnow()
    with laptop.write() as conn:
        ids = _rows.insert_cases(conn, [without_ids(c) for c in cases], now)
        created = [(i, c.title) for i, c in zip(ids, cases, strict=True)]
        audit.record_created(conn, created, "take")
        for local_id, case in zip(ids, cases, strict=True):
            local = _rows.read_case(conn, local_id, image_bytes=False)
            link(conn, local, case, identity, source_name(store), now)
    audit.record_export([c.id for c in cases if c.id is not None], laptop_path(laptop), store=store)
    return Change.cases_created(created)


def laptop_path(laptop: Store) -> Any:
    if laptop.path is None:
        raise TakeError("cases are taken into a SQLite file (the laptop file), not a server")
    return laptop.path


def without_ids(case: Case) -> Case:
    events = [replace(e, id=None) for e in case.events]
    return replace(case, id=None, events=events, created_at=None, updated_at=None)


def link(conn: Connection, local: Case, server: Case, identity: str, source: str, now: Any) -> None:
    """The laptop's row for ``local``, a copy of ``server`` (events in the same order)."""
    assert local.id is not None and server.id is not None
    event_map = {str(le.id): se.id for le, se in zip(local.events, server.events, strict=True)}
    values = {
        "source_id": identity,
        "source": source,
        "source_case_id": server.id,
        "base_version": server.version or 0,
        "base": json.dumps(server_doc(server), ensure_ascii=False),
        "event_map": json.dumps(event_map),
        "state": OPEN,
    }
    found = conn.execute(
        select(takeaway_t.c.case_id).where(takeaway_t.c.case_id == local.id)
    ).scalar()
    if found is None:
        conn.execute(insert(takeaway_t).values(case_id=local.id, taken_at=now, **values))
    else:
        conn.execute(update(takeaway_t).where(takeaway_t.c.case_id == local.id).values(**values))


# ---------------------------------------------------------------- plan


@dataclass
class CasePlan:
    """One laptop case and what bringing it does. ``kind``: ``merge`` (on both sides),
    ``new`` (created on the laptop), ``deleted_there`` (on the server), ``deleted_here``
    (on the laptop), ``both_deleted``."""

    local_id: int
    title: str
    kind: str
    server_id: int | None
    server_version: int | None
    base: Doc | None
    local: Doc | None
    server: Doc | None
    event_map: dict[int, int] = field(default_factory=dict)
    last: str | None = None  # what the last bring did with it (takeaway.last)

    def merge(self, choose: Callable[[Conflict], Side | None] | None = None) -> Merge:
        """The merge of the case; a case deleted on one side and changed on the other is one
        conflict of the whole case (``(case)``)."""
        pick = choose or (lambda _c: None)
        if self.kind == "merge":
            assert self.base is not None and self.local is not None and self.server is not None
            return merge_case(self.base, self.local, self.server, pick)
        if self.kind == "new":
            return Merge(merged=self.local or {}, from_local=["(case)"])
        one = self.local if self.kind == "deleted_there" else self.server
        if self.kind == "both_deleted" or one == self.base:  # unchanged where it remains
            return Merge(merged={})
        conflict = Conflict("(case)", self.base, self.local, self.server)
        side = pick(conflict)
        if side is None:
            return Merge(merged={}, conflicts=[conflict])
        merged = self.local if side == "local" else self.server
        return Merge(merged=merged or {}, settled=[(conflict, side)])


@dataclass
class BringPlan:
    """What ``bring_back`` would do: the cases from this database (and those created on the
    laptop since it first took cases from it), and the others (``elsewhere``: taken from
    another database, or in the file before), left as they are."""

    cases: list[CasePlan]
    elsewhere: list[tuple[int, str, str]]  # (laptop id, title, why it is not brought here)

    def conflicts(self) -> list[tuple[int, str, Conflict]]:
        return [(p.local_id, p.title, c) for p in self.cases for c in p.merge().conflicts]


def plan_bring(*, laptop: Store, store: Store) -> BringPlan:
    """Read the laptop file and the server and merge each case (nothing written)."""
    laptop_path(laptop)
    identity = database_identity(store=store)
    with laptop.read() as conn:
        rows = list(conn.execute(select(takeaway_t).where(takeaway_t.c.state == OPEN)).mappings())
        linked = set(conn.execute(select(takeaway_t.c.case_id)).scalars())
        local_ids = list(conn.execute(select(case_t.c.id).order_by(case_t.c.id)).scalars())
        local = {
            i: _rows.read_case(conn, i, image_bytes=False)
            for i in local_ids
            if i not in linked or any(r["case_id"] == i for r in rows)
        }
        first_take = conn.execute(
            select(func.min(takeaway_t.c.taken_at)).where(takeaway_t.c.source_id == identity)
        ).scalar()
    plans: list[CasePlan] = []
    elsewhere: list[tuple[int, str, str]] = []
    with store.read() as conn:
        for row in rows:
            mine = local.get(row["case_id"])
            if row["source_id"] != identity:
                title = mine.title if mine else json.loads(row["base"]).get("title", "")
                elsewhere.append((row["case_id"], title, f"taken from {row['source']}"))
                continue
            plans.append(_plan_linked(conn, row, mine))
    for i in local_ids:
        if i in linked:
            continue
        case = local[i]
        if first_take is None or case.created_at is None or case.created_at < first_take:
            # a case the file held before it took any from here: not this database's
            elsewhere.append((i, case.title, "in the laptop file before it took cases from here"))
            continue
        plans.append(CasePlan(i, case.title, "new", None, None, None, laptop_doc(case, {}), None))
    return BringPlan(plans, elsewhere)


def _plan_linked(conn: Connection, row: Any, mine: Case | None) -> CasePlan:
    event_map = {int(k): int(v) for k, v in json.loads(row["event_map"]).items()}
    base: Doc = json.loads(row["base"])
    try:
        theirs: Case | None = _rows.read_case(conn, row["source_case_id"], image_bytes=False)
    except NotFound:
        theirs = None
    kind = {(True, True): "merge", (True, False): "deleted_there", (False, True): "deleted_here"}
    either = mine or theirs
    title = either.title if either is not None else str(base.get("title", ""))
    return CasePlan(
        local_id=row["case_id"],
        title=title,
        kind=kind.get((mine is not None, theirs is not None), "both_deleted"),
        server_id=row["source_case_id"],
        server_version=None if theirs is None else theirs.version,
        base=base,
        local=None if mine is None else laptop_doc(mine, event_map),
        server=None if theirs is None else server_doc(theirs),
        event_map=event_map,
        last=row["last"],
    )


def pending_fields(p: CasePlan) -> list[str]:
    """The fields the laptop changed since the base (what is still to bring)."""
    return changed_fields(p.base, p.local)
