"""What changed since the window last looked (caselog/store/services/watch.py), on both
backends, and PostgreSQL's announcement of it (migration 0016, LISTEN/NOTIFY)."""

from __future__ import annotations

import select
from pathlib import Path

import pytest

from caselog.store import audit
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.services import watch
from tests.store.factory import minimal_case


def test_changed_since_names_each_case_changed_with_its_version(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = sv.create_case(minimal_case("kept"), store=store).case
    edited = sv.create_case(minimal_case("edited"), store=store).case
    gone = sv.create_case(minimal_case("gone"), store=store).case
    seen = sv.latest_change(store=store)
    assert sv.changed_since(seen, store=store) == sv.Changed(seen)  # nobody wrote
    sv.export_cases([kept.id or 0], tmp_path / "out.json", store=store)  # changes nothing
    if store.engine.dialect.name == "sqlite":  # PostgreSQL's actor is the server's user
        monkeypatch.setattr(audit, "current_user", lambda: "bob")
    after = sv.set_title(edited.id or 0, "edited again", store=store).after
    sv.delete_case(gone.id or 0, store=store)
    new = sv.create_case(minimal_case("new"), store=store).case
    found = sv.changed_since(seen, store=store)
    assert after is not None and found.latest == sv.latest_change(store=store) > seen
    assert found.cases == {edited.id: after.version, gone.id: None, new.id: new.version}
    assert found.created == {new.id} and not found.many
    [entry] = sv.changes_since(edited.id or 0, edited.version or 0, store=store)
    who = "bob" if store.engine.dialect.name == "sqlite" else str(store.engine.url.username)
    assert (entry.user, entry.field, entry.new_value) == (who, "title", "edited again")
    assert sv.changed_since(found.latest, store=store).cases == {}


def test_many_changed_cases_ask_for_the_whole_list(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watch, "MANY", 2)
    seen = sv.latest_change(store=store)
    for i in range(3):
        sv.create_case(minimal_case(f"case {i}"), store=store)
    found = sv.changed_since(seen, store=store)
    assert found.many and found.cases == {}
    assert found.latest == sv.latest_change(store=store)


def _heard_within(listener: sv.Listener, seconds: float) -> bool:
    ready, _, _ = select.select([listener.fileno()], [], [], seconds)
    return bool(ready) and listener.heard()


def test_the_server_announces_each_committed_change_once(store: Store) -> None:
    listener = sv.listen(store=store)
    if store.engine.dialect.name != "postgresql":
        assert listener is None  # SQLite: the window asks on focus and on a timer
        return
    assert listener is not None
    other = open_store(store.url)  # the other clinician: another connection
    try:
        assert not _heard_within(listener, 0.05)
        sv.create_case(minimal_case("theirs"), store=other)
        assert _heard_within(listener, 5)
        assert not listener.heard()  # one transaction: one announcement, already read
        sv.import_cases([minimal_case(f"imported {i}") for i in range(5)], store=other)
        assert _heard_within(listener, 5)
        assert not _heard_within(listener, 0.05)
    finally:
        other.close()
        listener.close()
