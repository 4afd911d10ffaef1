"""The whole list's statements (caselog.store.list_sql): the same rows as the narrowed
list's for every order, and the file read before the store is never written."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.store import list_sql
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.query import CaseQuery
from tests import pg_server
from tests.pg_server import BACKENDS


def _fill(store: Store) -> None:
    for i, (title, label, name) in enumerate(
        [
            ("beta", None, "Zed"),
            ("Alpha", "mrs a", None),
            ("gamma", None, None),
            ("alpha", "B", "b"),
        ]
    ):
        case = Case(title=title, patient=Patient(sex="female", label=label))
        case.patient.private = PrivateIdentifiers(name=name, mrn=f"R-{i}" if i % 2 else None)
        sv.create_case(case, store=store)


@pytest.fixture(scope="module", params=BACKENDS)
def filled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The four cases of ``_fill``, once a module on each backend (its tests only read)."""
    with pg_server.module_store(request, tmp_path_factory) as store:
        _fill(store)
        yield store


@pytest.mark.parametrize("order_by", sorted(list_sql.ORDER_SQL))
@pytest.mark.parametrize("descending", [False, True])
def test_the_whole_list_agrees_with_the_narrowed_list(
    filled: Store, order_by: str, descending: bool
) -> None:
    """A filter every case passes goes through the narrowed list's statements: the same
    rows, in the same order, as the whole list's plain SQL (paged too)."""
    store = filled
    whole = sv.list_cases(store=store, order_by=order_by, descending=descending)
    assert len(whole) == 4
    narrowed = sv.list_cases(  # no patient is on dialysis: the filter passes every case
        store=store, query=CaseQuery(dialysis="none"), order_by=order_by,
        descending=descending,
    )  # fmt: skip
    assert narrowed == whole
    paged = [
        sv.list_cases(store=store, order_by=order_by, descending=descending, offset=o, limit=2)
        for o in (0, 2, 4)
    ]
    assert paged[0] + paged[1] == whole and paged[2] == []
    rest = sv.list_cases(store=store, order_by=order_by, descending=descending, offset=1)
    assert rest == whole[1:]  # an offset without a limit


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_file_is_read_without_writing_to_it(tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    store = open_store(str(db))
    _fill(store)
    store.close()
    before = _digest(db)
    rows = list_sql.read_file(db, lambda c: list_sql.page(c, limit=10))
    assert rows is not None and [r.title for r in rows][:1] == ["alpha"]
    assert list_sql.read_file(db, list_sql.count) == 4

    def write(conn: object) -> object:
        return conn.execute('DELETE FROM "case"')  # type: ignore[attr-defined]

    assert list_sql.read_file(db, write) is None  # read-only: refused, nothing changed
    assert _digest(db) == before
    assert list_sql.read_file(tmp_path / "missing.db", list_sql.count) is None
    assert not (tmp_path / "missing.db").exists()
