"""The shared copies made after the commit, not in it (caselog/store/services/shared.py):
a write only marks its case's copy behind; the copy is made again afterwards, right
away on the command line, by a worker in the window; the other teams read the previous
copy meanwhile and never the case; two makers at once, or a late one, write the newest
copy once; a decision for all cases marks the copies of the cases it touches.

One served database for the module, as ``caselog server init`` and ``add-user`` make it
(the roles are the cluster's); each test makes its own cases. A store given
``rebuild_in_background`` with a runner that only keeps the job stands for the window
with its worker not yet run."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import psycopg
import pytest
from sqlalchemy.engine import make_url

from caselog import cli
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.store import postgres
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.errors import NotFound
from caselog.store.services import shared
from tests.store.factory import minimal_case

pytestmark = pytest.mark.usefixtures("pg_cluster")

USERS = {"sp_alice": ("a", "author"), "sp_ann": ("a", "author"), "sp_bob": ("b", "author")}
NAME, MRN = "Hortensia Pellinore", "PX-5510427"
Job = Callable[[Callable[[], bool]], None]


@pytest.fixture(scope="module")
def urls(pg_module_url: str) -> dict[str, str]:
    admin = pg_module_url
    assert cli.main(["server", "init", admin]) == 0
    for name, (team, role) in USERS.items():
        sv.add_user(admin, name, team=team, role=role, password=None)
    out = {n: make_url(admin).set(username=n).render_as_string(hide_password=False) for n in USERS}
    return out | {"admin": admin}


@pytest.fixture(scope="module")
def stores(urls: dict[str, str]) -> Iterator[dict[str, Store]]:
    """One store a role, each making its copies right after its commits."""
    opened = {name: open_store(url) for name, url in urls.items()}
    yield opened
    for s in opened.values():
        s.close()


@pytest.fixture
def windowed(urls: dict[str, str]) -> Iterator[tuple[Store, list[Job]]]:
    """sp_alice's store as the window has it: its copies handed to a worker (the jobs,
    run by the test when it chooses)."""
    s = open_store(urls["sp_alice"])
    jobs: list[Job] = []
    sv.rebuild_in_background(s, jobs.append)
    for job in jobs[:]:  # what was left behind, made at the start
        jobs.remove(job)
        job(lambda: False)
    yield s, jobs
    s.close()


def _identified(title: str, word: str = "") -> Case:
    case = minimal_case(title)
    private = replace(case.patient.private, name=NAME, mrn=MRN, birth_date=PartialDate(1963, 3, 7))
    case = replace(case, patient=replace(case.patient, private=private))
    text = f"Mrs {NAME.split()[1]} ({MRN}) was seen on the ward. {word}".strip()
    case.events.append(Event(kind="note", date=PartialDate(2024, 1, 3), text=text))
    return case


def _behind(store: Store, case_id: int) -> bool:
    return any(s.id == case_id and s.behind_since is not None for s in sv.shared_cases(store=store))


def _marks(url: str, case_id: int) -> tuple[object, object]:
    """The case's pending mark and its copy's mark (None: none)."""
    with psycopg.connect(url) as conn:
        pending = conn.execute(
            "SELECT mark FROM case_shared_pending WHERE case_id = %s", (case_id,)
        ).fetchone()
        copy = conn.execute(
            "SELECT mark FROM case_shared WHERE case_id = %s", (case_id,)
        ).fetchone()
    return (pending and pending[0]), (copy and copy[0])


def _run(jobs: list[Job]) -> None:
    while jobs:
        jobs.pop()(lambda: False)


def test_a_write_leaves_the_copy_behind_then_the_worker_makes_it(
    windowed: tuple[Store, list[Job]], stores: dict[str, Store], urls: dict[str, str]
) -> None:
    alice, jobs = windowed
    bob = stores["sp_bob"]
    case_id = sv.create_case(minimal_case("Made later"), store=alice).case.id
    assert case_id is not None and len(jobs) == 1  # handed over, not made in the write
    # no copy yet: not listed for others, and nothing of the case in its place
    assert case_id not in {s.id for s in sv.shared_cases(store=bob)}
    with pytest.raises(NotFound):
        sv.shared_case(case_id, store=bob)
    _run(jobs)
    assert sv.shared_case(case_id, store=bob)["title"] == "Made later"
    assert not _behind(bob, case_id)
    sv.set_title(case_id, "Made later, renamed", store=alice)
    assert _behind(bob, case_id)  # the previous copy, said to be behind
    assert sv.shared_case(case_id, store=bob)["title"] == "Made later"
    pending, _ = _marks(urls["admin"], case_id)
    assert pending is not None
    sv.set_title(case_id, "Made later, renamed twice", store=alice)
    assert len(jobs) == 1  # a burst of saves: one job, its passes cover them all
    _run(jobs)
    assert sv.shared_case(case_id, store=bob)["title"] == "Made later, renamed twice"
    assert not _behind(bob, case_id) and _marks(urls["admin"], case_id)[0] is None


def test_the_command_line_makes_the_copy_right_after_its_commit(
    stores: dict[str, Store], urls: dict[str, str]
) -> None:
    case_id = sv.create_case(_identified("By the command line"), store=stores["sp_ann"]).case.id
    assert case_id is not None
    assert "on the ward" in _copy_text(stores["sp_bob"], case_id)
    assert cli.main(["--db", urls["sp_ann"], "redactions", str(case_id), "--redact", "ward"]) == 0
    assert "on the ward" not in _copy_text(stores["sp_bob"], case_id)  # made before it exits
    assert _marks(urls["admin"], case_id)[0] is None


SECRETS = (NAME.split()[1], MRN, "1963-03-07", "Quenby")


def _everything_bob_reads(url: str) -> str:
    with psycopg.connect(url) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        ]
        return json.dumps(
            [conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in names], default=str
        )


def test_the_other_team_never_reads_an_identifier_between_commit_and_copy(
    windowed: tuple[Store, list[Job]], urls: dict[str, str]
) -> None:
    """Read whole by raw SQL as team b while the copy is behind (a new case, then a case
    whose change brings a new name), and after: none of team a's identifiers."""
    alice, jobs = windowed
    case_id = sv.create_case(_identified("Seen between"), store=alice).case.id
    assert case_id is not None
    seen = [_everything_bob_reads(urls["sp_bob"])]  # committed, no copy yet
    _run(jobs)
    seen.append(_everything_bob_reads(urls["sp_bob"]))
    note = Event(kind="note", date=PartialDate(2024, 2, 1), text="Her son Mr Quenby called.")
    sv.add_event(case_id, note, store=alice)
    assert len(jobs) == 1  # behind again
    seen.append(_everything_bob_reads(urls["sp_bob"]))
    _run(jobs)
    seen.append(_everything_bob_reads(urls["sp_bob"]))
    assert "Seen between" in seen[1] and "called" in seen[3]  # the copies are there
    for text in seen:
        for secret in SECRETS:
            assert secret.lower() not in text.lower(), secret
    with psycopg.connect(urls["sp_ann"]) as conn:  # the team's own words row holds them
        words = conn.execute(
            "SELECT words FROM case_shared_words WHERE case_id = %s", (case_id,)
        ).fetchone()
    assert words is not None and "quenby" in words[0] and MRN.lower() in words[0]


def test_two_makers_at_once_write_the_copy_once(
    windowed: tuple[Store, list[Job]], stores: dict[str, Store], urls: dict[str, str]
) -> None:
    alice, jobs = windowed
    case_id = sv.create_case(minimal_case("Made twice"), store=alice).case.id
    assert case_id is not None
    # the same snapshot read by two makers: the first write wins, the second changes nothing
    first, second = shared._read(alice, case_id), shared._read(stores["sp_ann"], case_id)
    assert first is not None and second is not None and first.mark == second.mark
    assert shared._write(stores["sp_ann"], shared._made(second)) is True
    assert shared._write(alice, shared._made(first)) is False
    assert _marks(urls["admin"], case_id) == (None, first.mark)
    # and raced for real, on threads of their own, each with its own connection
    sv.set_title(case_id, "Made twice, raced", store=alice)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def make(store: Store) -> None:
        try:
            barrier.wait(10)
            shared.rebuild_pending(store)
        except BaseException as exc:  # pragma: no cover - the failure shows it
            errors.append(exc)

    threads = [threading.Thread(target=make, args=(s,)) for s in (alice, stores["sp_ann"])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    jobs.clear()  # its worker never ran: the two threads made the copy
    assert errors == []
    assert sv.shared_case(case_id, store=stores["sp_bob"])["title"] == "Made twice, raced"
    assert _marks(urls["admin"], case_id)[0] is None


def test_a_copy_of_an_older_state_never_replaces_a_newer(
    windowed: tuple[Store, list[Job]], stores: dict[str, Store], urls: dict[str, str]
) -> None:
    alice, jobs = windowed
    bob = stores["sp_bob"]
    case_id = sv.create_case(minimal_case("Old state"), store=alice).case.id
    assert case_id is not None
    slow = shared._read(alice, case_id)  # a maker that read the case, then was slow
    assert slow is not None
    sv.set_title(case_id, "New state", store=alice)
    _run(jobs)
    assert shared._write(alice, shared._made(slow)) is False
    assert sv.shared_case(case_id, store=bob)["title"] == "New state"
    # a change while a maker is mid-way: its copy goes in, the mark of the change stays
    sv.set_title(case_id, "Newer state", store=alice)
    mid = shared._read(alice, case_id)
    sv.set_title(case_id, "Newest state", store=alice)
    assert mid is not None and mid.case.title == "Newer state"
    assert shared._write(alice, shared._made(mid)) is True
    assert _behind(bob, case_id)
    _run(jobs)
    assert sv.shared_case(case_id, store=bob)["title"] == "Newest state"
    assert not _behind(bob, case_id)


def test_making_a_copy_writes_no_trail_and_moves_no_version(
    windowed: tuple[Store, list[Job]], urls: dict[str, str]
) -> None:
    alice, jobs = windowed
    case = sv.create_case(minimal_case("Quiet copy"), store=alice).case
    assert case.id is not None and case.version is not None
    with psycopg.connect(urls["admin"]) as conn:
        before = conn.execute("SELECT count(*) FROM audit").fetchone()
    _run(jobs)
    with psycopg.connect(urls["admin"]) as conn:
        after = conn.execute("SELECT count(*) FROM audit").fetchone()
        version = conn.execute('SELECT version FROM "case" WHERE id = %s', (case.id,)).fetchone()
    assert before == after and version == (case.version,)
    # the author's next write, made on the version it holds, is not refused as stale
    sv.set_title(case.id, "Quiet copy, renamed", store=alice, version=case.version)


def _copy_text(store: Store, case_id: int) -> str:
    return json.dumps(sv.shared_case(case_id, store=store))


def test_a_decision_for_all_cases_makes_the_copies_it_touches_again(
    stores: dict[str, Store], urls: dict[str, str]
) -> None:
    """ "Marguerite", a possible name no one decided on, is redacted from every copy.
    Marked safe for all cases in a case of team b, it shows in team b's copies only (a
    general decision is its team's), also when the administrator makes team a's copies;
    marked safe for all cases in a case of team a, it shows in the copies of team a's
    cases that hold it, and the copy of a case without it is not made again."""
    alice, ann, bob = stores["sp_alice"], stores["sp_ann"], stores["sp_bob"]
    ward = "The Marguerite ward was full."
    made = [
        sv.create_case(_identified(t, w), store=s).case.id
        for t, w, s in (
            ("Ward one", ward, alice),
            ("Ward two", ward, ann),
            ("No ward", "", ann),
            ("Ward of team b", ward, bob),
        )
    ]
    one, two, none, other = (i for i in made if i is not None)
    for case_id in (one, two, other):
        assert "Marguerite" not in _copy_text(bob, case_id)
    sv.decide_word(other, "Marguerite", "safe", all_cases=True, store=bob)
    assert "Marguerite ward" in _copy_text(alice, other)
    with stores["admin"].write() as conn:  # team a's copy made again, by the administrator
        postgres.changed(conn, [one])
    assert "Marguerite" not in _copy_text(bob, one) and "Marguerite" not in _copy_text(bob, two)
    untouched = _marks(urls["admin"], none)[1]
    sv.decide_word(one, "Marguerite", "safe", all_cases=True, store=alice)
    assert "Marguerite ward" in _copy_text(bob, one) and "Marguerite ward" in _copy_text(bob, two)
    assert _marks(urls["admin"], none) == (None, untouched)  # not made again
    sv.forget_word(one, "Marguerite", all_cases=True, store=ann)  # and undone
    assert "Marguerite" not in _copy_text(bob, one) and "Marguerite" not in _copy_text(bob, two)
    assert "Marguerite ward" in _copy_text(alice, other)


def test_a_report_applies_the_general_decisions_of_its_cases_team_only(
    stores: dict[str, Store],
) -> None:
    """A word team b marked safe for all its cases stays a possible identifier in team a's
    case, whoever reviews it: the administrator, who reads both teams' decisions, is told
    of it in team a's case and not in team b's."""
    alice, bob, admin = stores["sp_alice"], stores["sp_bob"], stores["admin"]
    ward = "The Marguerite ward was full."
    mine = sv.create_case(_identified("Team a's ward", ward), store=alice).case.id
    theirs = sv.create_case(_identified("Team b's ward", ward), store=bob).case.id
    assert mine is not None and theirs is not None
    sv.decide_word(theirs, "Marguerite", "safe", all_cases=True, store=bob)
    listed = {(cid, s.word) for cid, s in sv.unreviewed_suspicions([mine, theirs], store=admin)}
    assert (mine, "marguerite") in listed and (theirs, "marguerite") not in listed
    assert [d.word for d in sv.privacy_review(mine, store=admin).decisions] == []
    assert [d.all_cases for d in sv.privacy_review(theirs, store=admin).decisions] == [True]
    sv.forget_word(theirs, "Marguerite", all_cases=True, store=bob)


def test_what_was_left_behind_is_made_at_the_start_or_by_the_next_write(
    urls: dict[str, str], stores: dict[str, Store]
) -> None:
    left = open_store(urls["sp_alice"])
    try:
        dropped: list[Job] = []
        sv.rebuild_in_background(left, dropped.append)
        dropped.clear()  # the window closed before its worker ran
        case_id = sv.create_case(minimal_case("Left behind"), store=left).case.id
        other = sv.create_case(minimal_case("Left too"), store=left).case.id
    finally:
        left.close()
    assert case_id is not None and other is not None
    assert case_id not in {s.id for s in sv.shared_cases(store=stores["sp_bob"])}
    started = open_store(urls["sp_ann"])  # a window of the same team starts
    try:
        sv.rebuild_in_background(started, lambda job: job(lambda: False))
    finally:
        started.close()
    assert sv.shared_case(case_id, store=stores["sp_bob"])["title"] == "Left behind"
    # left behind again; the next write of the team, of another case, makes it
    with stores["sp_ann"].write() as conn:
        conn.execute(shared._MARK, {"ids": [other]})
    sv.create_case(minimal_case("The next write"), store=stores["sp_alice"])
    assert _marks(urls["admin"], other)[0] is None
    assert sv.shared_case(other, store=stores["sp_bob"])["title"] == "Left too"


def test_server_shared_says_which_copies_are_behind(
    windowed: tuple[Store, list[Job]], urls: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    alice, jobs = windowed
    case_id = sv.create_case(minimal_case("Listed behind"), store=alice).case.id
    _run(jobs)
    sv.set_title(case_id, "Listed behind, renamed", store=alice)  # type: ignore[arg-type]
    capsys.readouterr()
    assert cli.main(["--db", urls["sp_bob"], "server", "shared"]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith(f"{case_id}\t")]
    fields = line.split("\t")
    assert fields[:3] == [str(case_id), "a", "Listed behind"]  # the previous copy
    assert re.fullmatch(r"behind since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", fields[3])
    _run(jobs)
    assert cli.main(["--db", urls["sp_bob"], "server", "shared"]) == 0
    out = capsys.readouterr().out
    assert f"{case_id}\ta\tListed behind, renamed\n" in out


def test_a_server_set_up_by_an_older_caselog_refuses_writes_plainly(pg_url: str) -> None:
    """Served before the marks existed (``case_shared`` alone): a change is refused with
    what to do, and nothing is written; ``server init`` again mends it."""
    sv.server_init(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE case_shared_pending")
    s = open_store(pg_url)
    try:
        with pytest.raises(sv.ServerError, match="older caselog: .* server init"):
            sv.create_case(minimal_case("Refused"), store=s)
        assert sv.count_cases(store=s) == 0
        sv.server_init(pg_url)
        case_id = sv.create_case(minimal_case("Mended"), store=s).case.id
        assert case_id is not None and sv.shared_case(case_id, store=s)["title"] == "Mended"
    finally:
        s.close()
