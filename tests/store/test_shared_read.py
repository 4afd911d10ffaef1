"""Reading the department's shared cases (caselog/store/services/shared_read.py): the list
the Shared cases window shows, one copy read back as a case, and the cases of a series,
another team's only as its anonymised copy. On a real server as two teams' roles
(tests/pg_server.py); on SQLite nothing is shared, and nothing fails."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from caselog import cli
from caselog.core.model import Series
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.errors import NotFound
from tests.store.factory import minimal_case
from tests.store.test_pg_roles import SECRETS, _identified

USERS = {"shr_ann": ("sa", "author"), "shr_otto": ("sb", "author")}


@pytest.fixture(scope="module")
def department(pg_module_url: str) -> Iterator[dict[str, Store]]:
    """Team sa's identified example case (by shr_ann), team sb's minimal one (shr_otto)."""
    sv.server_init(pg_module_url)
    for name, (team, role) in USERS.items():
        sv.add_user(pg_module_url, name, team=team, role=role, password=None)
    stores = {
        n: open_store(make_url(pg_module_url).set(username=n).render_as_string(False))
        for n in USERS
    }
    sv.import_cases([_identified("Calciphylaxis after warfarin")], store=stores["shr_ann"])
    sv.create_case(minimal_case("Hyperkalaemia after trimethoprim"), store=stores["shr_otto"])
    yield stores
    for s in stores.values():
        s.close()


def _id(store: Store, title: str) -> int:
    return next(s.id for s in sv.list_cases(store=store) if s.title == title)


def test_the_listing_has_every_teams_copy_and_knows_the_roles_own(
    department: dict[str, Store],
) -> None:
    otto = department["shr_otto"]
    listing = sv.shared_listing(store=otto)
    assert listing.served and listing.teams == ("sb",)
    by_team = {s.team: s for s in listing.cases}
    assert set(by_team) == {"sa", "sb"}
    assert listing.own(by_team["sb"]) and not listing.own(by_team["sa"])
    assert [s.updated_at for s in listing.cases] == sorted(
        (s.updated_at for s in listing.cases), reverse=True
    )


def test_a_copy_reads_back_as_the_case_anonymised_without_its_images(
    department: dict[str, Store],
) -> None:
    ann, otto = department["shr_ann"], department["shr_otto"]
    theirs = _id(ann, "Calciphylaxis after warfarin")
    whole = sv.get_case(theirs, store=ann)
    images = sum(len(e.images) for e in whole.events)
    assert images > 0 and whole.patient.private.name  # what team sa holds
    copy = sv.shared_copy(theirs, store=otto)
    assert copy.case.id == theirs and copy.summary.team == "sa"
    assert copy.withheld == images and all(not e.images for e in copy.case.events)
    assert len(copy.case.events) == len(whole.events)
    assert copy.case.patient.private.name is None and copy.case.patient.private.mrn is None
    said = repr(copy.case)
    assert not [s for s in SECRETS if s.lower() in said.lower()]
    with pytest.raises(NotFound, match="shared case"):
        sv.shared_copy(10**6, store=otto)


def test_a_series_takes_its_own_case_whole_and_another_teams_as_its_copy(
    department: dict[str, Store],
) -> None:
    ann, otto = department["shr_ann"], department["shr_otto"]
    mine, theirs = (
        _id(otto, "Hyperkalaemia after trimethoprim"),
        _id(ann, "Calciphylaxis after warfarin"),
    )
    own, other = sv.series_cases([mine, theirs], store=otto)
    assert own.shared is None and own.note() is None and own.case.id == mine
    assert other.shared is not None and other.case.patient.private.name is None
    note = other.note() or ""
    assert f"case {theirs}" in note and "team sa's" in note and "anonymised shared copy" in note
    assert "images" in note
    with pytest.raises(NotFound, match="there is no case with id 1000000"):
        sv.series_cases([mine, 10**6], store=otto)
    assert (
        sv.member_label(theirs, store=otto)
        == "Calciphylaxis after warfarin — team sa's, anonymised copy"
    )
    assert sv.member_label(mine, store=otto).startswith("Hyperkalaemia after trimethoprim (")
    assert sv.member_label(10**6, store=otto) == "case 1000000 (not found)"


def test_on_sqlite_nothing_is_shared_and_nothing_fails(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "local.db"))
    try:
        case = sv.create_case(minimal_case("Local"), store=store).case
        assert case.id is not None
        assert sv.shared_listing(store=store) == sv.SharedListing(False, [])
        with pytest.raises(NotFound):
            sv.shared_copy(case.id, store=store)
        [local] = sv.series_cases([case.id], store=store)
        assert local.shared is None and local.case.title == "Local"
    finally:
        store.close()


def test_a_fellows_series_holds_another_teams_case_and_reports_only_its_copy(
    department: dict[str, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, the server refused the member (RLS hid the case: "there is no case with id
    N", though it exists), and a series of team sa showed team sb none of sa's members."""
    ann, otto = department["shr_ann"], department["shr_otto"]
    mine, theirs = (
        _id(otto, "Hyperkalaemia after trimethoprim"),
        _id(ann, "Calciphylaxis after warfarin"),
    )
    series = sv.create_series(Series(title="Across teams", case_ids=[mine, theirs]), store=otto)
    assert series.series is not None and series.series.id is not None
    for role in (ann, otto):  # the department's series, whole for both teams
        assert sv.get_series(series.series.id, store=role).case_ids == [mine, theirs]
    out = tmp_path / "s.pdf"  # the command line (docs/cli.md), as the window's service
    argv = ["--db", otto.url, "report", str(mine), str(theirs), "--template", "series"]
    assert cli.main([*argv, "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert (
        f"caselog: warning: case {theirs} (“Calciphylaxis after warfarin”) is team sa's: "
        "the series uses its anonymised shared copy, without its 2 images "
        "(a shared copy keeps no pixels)\n"
    ) in said.err
    pdf = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Across teams" in pdf
    assert not [s for s in SECRETS if s.lower() in pdf.lower()]
    with pytest.raises(NotFound, match="there is no case with id 1000000"):
        sv.create_series(Series(title="Nowhere", case_ids=[mine, 10**6]), store=otto)
    trail = sv.case_history(mine, store=otto)
    assert [e.action for e in trail][-1] == "report"
    with otto.engine.connect() as raw:  # the row about team sa's copy, as team sb reads it
        [(entity, case_id, team)] = raw.execute(
            text(
                "SELECT entity, case_id, team FROM audit WHERE action = 'report' "
                "AND entity_id = :i AND entity = 'case_shared'"
            ),
            {"i": theirs},
        ).all()
    assert (entity, case_id, team) == ("case_shared", None, None)  # a department row
    assert sv.trail_problems(store=otto) == []
