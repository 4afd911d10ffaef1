"""Bringing a laptop file's changes back (docs/cli.md, "Taking cases along"): the merge
``takeaway.plan_bring`` planned, written case by case.

``bring_back`` refuses while a conflict is not settled (``Unsettled``, nothing written);
then each case is written to the server in one transaction with the version check (a change
made on the server since the plan refuses that case, nothing of it written), and the laptop
copy is given the merged case and a new base. Cases created on the laptop are added as new
cases. Nothing is lost: a case not brought stays open in the laptop file with why
(``takeaway.last``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import Connection, update

from caselog.core.model import Case, Image
from caselog.interchange.errors import CaseFileError
from caselog.interchange.merge import KEY, Conflict, Merge, Side
from caselog.interchange.validation import case_from_dict
from caselog.store import audit
from caselog.store.audit_diff import render
from caselog.store.changes import Change
from caselog.store.durability import backup_before
from caselog.store.engine import Store
from caselog.store.errors import StaleCase
from caselog.store.services import _blobs, _input, _rows, _versions
from caselog.store.services.cases import replace_case
from caselog.store.services.takeaway import (
    CLOSED,
    OPEN,
    BringPlan,
    CasePlan,
    Decide,
    Doc,
    TakeError,
    database_identity,
    link,
    server_doc,
    source_name,
    without_ids,
)
from caselog.store.tables import case_t, takeaway_t
from caselog.store.types import utcnow


@dataclass(frozen=True)
class Unsettled(Exception):
    """Conflicts no decision settled: ``(laptop case id, title, conflict)`` each. Nothing
    was brought."""

    conflicts: list[tuple[int, str, Conflict]]

    def __str__(self) -> str:
        n = len(self.conflicts)
        return f"{n} conflict{'s' if n != 1 else ''} to settle; nothing was brought"


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
    fresh = without_ids(local)
    _input.check_case(fresh)
    with ctx.store.write() as conn:
        [server_id] = _rows.insert_cases(conn, [fresh], utcnow())
        audit.record_created(conn, [(server_id, fresh.title)], "create")
        _record_merge(conn, server_id, ctx, ["(case)"])
        stored = _rows.read_case(conn, server_id, image_bytes=False)
    with ctx.laptop.write() as conn:
        link(conn, local, stored, ctx.identity, source_name(ctx.store), utcnow())
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
        link(conn, local, stored, ctx.identity, source_name(ctx.store), utcnow())
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
