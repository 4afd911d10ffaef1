"""Offline work (docs/cli.md, "Taking cases along"): cases taken from a department database
into a laptop file, and the laptop's changes brought back by a three-way merge.

``take_cases`` copies cases into the laptop file (a caselog database, encrypted or not) and
records, per case, in its ``takeaway`` table: the source database's identity
(``database_identity``) and name, the case's id and version there, the case as it was then
(the base: its case-file object, ``caselog.interchange.merge``) and the map of the laptop's
event ids to the source's. ``plan_bring`` reads the laptop, the source and the bases and
merges each case field by field; ``bring_back`` writes the merge of each case to the server
in one transaction with the version check (a change made on the server since the plan
refuses that case, nothing of it written), then gives the laptop copy the merged case and
a new base. Cases created on the laptop are added as new cases. Nothing is lost: a case
not brought stays open in the laptop file with why (``takeaway.last``).
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.engine import make_url

from caselog.core.model import Case, Image
from caselog.interchange.encode import Encoder, case_to_dict
from caselog.interchange.errors import CaseFileError
from caselog.interchange.merge import KEY, Conflict, Merge, Side, changed_fields, merge_case
from caselog.interchange.validation import case_from_dict
from caselog.store import audit
from caselog.store.audit_diff import render
from caselog.store.changes import Change
from caselog.store.durability import backup_before
from caselog.store.engine import Store
from caselog.store.errors import NotFound, StaleCase, StoreError
from caselog.store.mapping import sha256_of
from caselog.store.services import _blobs, _input, _rows, _versions
from caselog.store.services.cases import replace_case
from caselog.store.tables import case_t, database_identity_t, takeaway_t
from caselog.store.types import utcnow

Doc = dict[str, Any]
Decide = Callable[[int, Conflict], Side | None]

OPEN, CLOSED = "open", "closed"


class TakeError(StoreError):
    """A take or bring that cannot be done as asked (nothing was changed)."""


@dataclass(frozen=True)
class Unsettled(Exception):
    """Conflicts no decision settled: ``(laptop case id, title, conflict)`` each. Nothing
    was brought."""

    conflicts: list[tuple[int, str, Conflict]]

    def __str__(self) -> str:
        n = len(self.conflicts)
        return f"{n} conflict{'s' if n != 1 else ''} to settle; nothing was brought"


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
        ids = _rows.insert_cases(conn, [_fresh(c) for c in cases], now)
        created = [(i, c.title) for i, c in zip(ids, cases, strict=True)]
        audit.record_created(conn, created, "take")
        for local_id, case in zip(ids, cases, strict=True):
            local = _rows.read_case(conn, local_id, image_bytes=False)
            _link(conn, local, case, identity, source_name(store), now)
    audit.record_export([c.id for c in cases if c.id is not None], laptop_path(laptop), store=store)
    return Change.cases_created(created)


def laptop_path(laptop: Store) -> Any:
    if laptop.path is None:
        raise TakeError("cases are taken into a SQLite file (the laptop file), not a server")
    return laptop.path


def _fresh(case: Case) -> Case:
    events = [replace(e, id=None) for e in case.events]
    return replace(case, id=None, events=events, created_at=None, updated_at=None)


def _link(
    conn: Connection, local: Case, server: Case, identity: str, source: str, now: Any
) -> None:
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


# ---------------------------------------------------------------- bring


@dataclass(frozen=True)
class Brought:
    """What became of one laptop case: ``what`` is ``merged``, ``added``, ``deleted``,
    ``unchanged``, ``kept`` (deleted on one side, kept as the other has it) or ``refused``
    (not brought: ``detail`` says why; it stays open in the laptop file)."""

    local_id: int
    server_id: int | None
    title: str
    what: str
    detail: str = ""
    change: Change | None = None  # the server's change, for the window


def bring_back(
    plan: BringPlan, *, laptop: Store, store: Store, decide: Decide | None = None
) -> list[Brought]:
    """Bring every case of ``plan``: ``Unsettled`` (nothing written) while a conflict is not
    settled by ``decide(laptop case id, conflict)``; then each case in its own transaction
    on the server, with the version check against the plan's (``refused`` when the server
    changed it since, nothing of it written)."""
    choose = decide or (lambda _i, _c: None)
    merges = [(p, p.merge(_chooser(choose, p.local_id))) for p in plan.cases]
    open_conflicts = [(p.local_id, p.title, c) for p, m in merges for c in m.conflicts]
    if open_conflicts:
        raise Unsettled(open_conflicts)
    identity = database_identity(store=store)
    if plan.cases:  # a SQLite file is backed up first, as before an import
        backup_before(store, "import")
    context = _Context(laptop, store, identity)
    out: list[Brought] = []
    for p, m in merges:
        try:
            out.append(_bring_one(p, m, context))
        except (StaleCase, CaseFileError, TakeError) as exc:
            detail = _refusal(exc)
            _note(laptop, p.local_id, detail)
            out.append(Brought(p.local_id, p.server_id, p.title, "refused", detail))
    return out


def _chooser(decide: Decide, local_id: int) -> Callable[[Conflict], Side | None]:
    return lambda conflict: decide(local_id, conflict)


@dataclass(frozen=True)
class _Context:
    laptop: Store
    store: Store
    identity: str


def _refusal(exc: Exception) -> str:
    if isinstance(exc, StaleCase):
        return (
            "changed on the server while it was being brought; nothing of it was written "
            "(bring again to merge that change too)"
        )
    return f"the merged case is not valid: {exc}"


def _bring_one(p: CasePlan, m: Merge, ctx: _Context) -> Brought:
    settled_local = any(side == "local" for _c, side in m.settled)
    if p.kind == "both_deleted":
        _close(ctx.laptop, p.local_id, "deleted on the laptop and on the server")
        return Brought(p.local_id, p.server_id, p.title, "deleted", "on both sides")
    if p.kind == "deleted_here":
        if m.settled and not settled_local:
            _close(ctx.laptop, p.local_id, "deleted on the laptop; kept on the server")
            return Brought(p.local_id, p.server_id, p.title, "kept", "the server's copy")
        assert p.server_id is not None
        with ctx.store.write() as conn:
            _versions.check(conn, p.server_id, p.server_version)
            before = _rows.read_case(conn, p.server_id, image_bytes=False)
            conn.execute(case_t.delete().where(case_t.c.id == p.server_id))
            _blobs.keep_bytes(before, _blobs.drop_blobs(conn, _blobs.shas(before.events)))
            audit.record_deleted(conn, before)
            _record_merge(conn, p.server_id, ctx, ["(case)"])
        _close(ctx.laptop, p.local_id, "deleted on the server as on the laptop")
        return Brought(p.local_id, p.server_id, p.title, "deleted", "", Change.case_deleted(before))
    if p.kind == "deleted_there" and not settled_local:
        _close(ctx.laptop, p.local_id, "deleted on the server; the laptop copy is kept here")
        return Brought(p.local_id, p.server_id, p.title, "kept", "deleted on the server")
    if p.kind in ("new", "deleted_there"):
        return _add(p, m, ctx)
    return _merge_into(p, m, ctx)


def _add(p: CasePlan, m: Merge, ctx: _Context) -> Brought:
    """A case created on the laptop (or deleted on the server and kept): a new case there."""
    with ctx.laptop.read() as conn:
        local = _rows.read_case(conn, p.local_id, image_bytes=True)
    fresh = _fresh(local)
    _input.check_case(fresh)
    with ctx.store.write() as conn:
        [server_id] = _rows.insert_cases(conn, [fresh], utcnow())
        audit.record_created(conn, [(server_id, fresh.title)], "create")
        _record_merge(conn, server_id, ctx, ["(case)"])
        stored = _rows.read_case(conn, server_id, image_bytes=False)
    with ctx.laptop.write() as conn:
        _link(conn, local, stored, ctx.identity, source_name(ctx.store), utcnow())
        _set_last(conn, p.local_id, OPEN, "added to the server as a new case")
    return Brought(p.local_id, server_id, p.title, "added", "", Change.case_created(stored))


def _merge_into(p: CasePlan, m: Merge, ctx: _Context) -> Brought:
    assert p.server is not None and p.server_id is not None
    change: Change | None = None
    if m.merged != p.server:
        case = _case_of(m.merged, p, ctx)
        with ctx.store.write() as conn:
            written = replace_case(conn, case, p.server_version)
            _record_merge(conn, p.server_id, ctx, m.from_local)
            assert written.before is not None
            change = Change.of_case(written.before, _versions.stamped(conn, written.case))
    with ctx.store.read() as conn:
        stored = _rows.read_case(conn, p.server_id, image_bytes=False)
    if p.local != server_doc(stored):
        _refresh_laptop(p, stored, ctx)
    with ctx.laptop.write() as conn:
        local = _rows.read_case(conn, p.local_id, image_bytes=False)
        _link(conn, local, stored, ctx.identity, source_name(ctx.store), utcnow())
        what = f"{len(m.from_local)} field(s) from the laptop" if change else "no change to bring"
        _set_last(conn, p.local_id, OPEN, what)
    if change is None:
        return Brought(p.local_id, p.server_id, stored.title, "unchanged")
    fields = ", ".join(dict.fromkeys(m.from_local))
    return Brought(p.local_id, p.server_id, stored.title, "merged", fields, change)


def _record_merge(conn: Connection, server_id: int, ctx: _Context, fields: list[str]) -> None:
    """The trail row that says the change came from a laptop file, by the user."""
    detail = {"from": str(ctx.laptop.path), "fields": list(dict.fromkeys(fields))}
    audit.record(conn, "merge", "case", entity_id=server_id, case_id=server_id, new=render(detail))


def _case_of(doc: Doc, p: CasePlan, ctx: _Context) -> Case:
    """The merged object as a case to store on the server (``ValidationError`` when the
    merge made a case a case file refuses), its events keeping their server ids."""
    raw = copy.deepcopy(doc)
    raw.setdefault("events", [])
    keys = [str(e.pop(KEY, "")) for e in raw["events"]]
    with ctx.store.read() as conn:
        theirs = _rows.read_case(conn, p.server_id or 0, image_bytes=False)
    with ctx.laptop.read() as conn:
        mine = _rows.read_case(conn, p.local_id, image_bytes=False)
    images = _images_of(ctx, mine, theirs)
    case = case_from_dict(raw, images=images, in_progress=True)
    known = {e.id for e in theirs.events}
    events = [
        replace(e, id=int(k[1:]) if k.startswith("#") and int(k[1:]) in known else None)
        for e, k in zip(case.events, keys, strict=True)
    ]
    return replace(case, id=theirs.id, key=theirs.key, version=theirs.version, events=events)


def _images_of(ctx: _Context, mine: Case, theirs: Case) -> Callable[..., Image]:
    """Resolves an image named by its SHA-256 to the image with its bytes, from the laptop
    when it is the laptop's, else from the server."""
    meta: dict[str, tuple[Image, Store]] = {}
    for case, where in ((theirs, ctx.store), (mine, ctx.laptop)):
        for e in case.events:
            for im in e.images:
                meta[im.sha256] = (im, where)

    def resolve(path: str, frame: int | None = None) -> Image:
        im, where = meta[path]
        with where.read() as conn:
            data = _blobs.read_data(conn, [path])[path]
        return Image(
            data=data,
            media_type=im.media_type,
            sha256=path,
            filename=im.filename,
            width=im.width,
            height=im.height,
        )

    return resolve


def _refresh_laptop(p: CasePlan, stored: Case, ctx: _Context) -> None:
    """The laptop copy becomes the case as the server now holds it."""
    with ctx.laptop.read() as conn:
        have = {
            im.sha256
            for e in _rows.read_case(conn, p.local_id, image_bytes=False).events
            for im in e.images
        }
    wanted = [im.sha256 for e in stored.events for im in e.images if im.sha256 not in have]
    with ctx.store.read() as conn:
        data = _blobs.read_data(conn, wanted)
    events = [
        replace(e, id=None, images=[replace(im, data=data.get(im.sha256, b"")) for im in e.images])
        for e in stored.events
    ]
    with ctx.laptop.write() as conn:
        local = _rows.read_case(conn, p.local_id, image_bytes=False)
        replace_case(conn, replace(stored, id=p.local_id, version=local.version, events=events))


def _set_last(conn: Connection, local_id: int, state: str, last: str) -> None:
    conn.execute(
        update(takeaway_t)
        .where(takeaway_t.c.case_id == local_id)
        .values(state=state, last=last, brought_at=utcnow())
    )


def _note(laptop: Store, local_id: int, detail: str) -> None:
    """Why a case was not brought, in its laptop row (a case created there has none yet)."""
    with laptop.write() as conn:
        conn.execute(
            update(takeaway_t)
            .where(takeaway_t.c.case_id == local_id)
            .values(last=f"not brought: {detail}")
        )


def _close(laptop: Store, local_id: int, last: str) -> None:
    with laptop.write() as conn:
        _set_last(conn, local_id, CLOSED, last)


def pending_fields(p: CasePlan) -> list[str]:
    """The fields the laptop changed since the base (what is still to bring)."""
    return changed_fields(p.base, p.local)
