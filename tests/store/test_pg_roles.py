"""Who sees what on the department server, enforced by PostgreSQL (caselog/store/server.py):
each clinician as their own role, in two teams; what each role reaches by the services,
the command line in its own process, and raw SQL; the shared anonymised copies; writes to
another team's case; the trail's actors and chain; two writers of one case.

One database for the module, set up once by ``caselog server init`` and ``add-user`` (the
roles are the cluster's); the tests that write make cases of their own."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import re
import shlex
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from caselog import cli
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Regulatory, Reporter
from caselog.store import postgres
from caselog.store import services as sv
from caselog.store.engine import Store, open_store
from caselog.store.errors import NotFound, StoreError
from tests.conftest import pg_admin
from tests.pg_server import Cluster
from tests.store.factory import example_case, minimal_case

pytestmark = pytest.mark.usefixtures("pg_cluster")

USERS = {  # name: (team, role)
    "rls_alice": ("a", "author"),
    "rls_ann": ("a", "author"),
    "rls_bob": ("b", "author"),
    "rls_rita": ("b", "reviewer"),
    "rls_adam": ("x", "admin"),
}


def _as(url: str, user: str) -> str:
    return make_url(url).set(username=user).render_as_string(hide_password=False)


# team a's identifiers: no other text of the example holds them
SECRETS = ("Quillfeather", "QX-7730152", "1949-11-23", "Brannoch", "ysolde", "99 12 34 56")
TEAM_B = ("Osric Vantablack", "BX-1100223", PartialDate(1960, 2, 2), "Dr Ilse Marrowind")


def _identified(title: str, team_b: bool = False) -> Case:
    """The example case (images included) with team a's identifiers, or team b's."""
    case = example_case()
    name, mrn, birth, reporter_name = TEAM_B if team_b else (
        "Hortensia Quillfeather", "QX-7730152", PartialDate(1949, 11, 23), "Dr Ysolde Brannoch"
    )  # fmt: skip
    private = replace(case.patient.private, name=name, mrn=mrn, birth_date=birth)
    reporter = Reporter(
        qualification="physician",
        country="FR",
        name=reporter_name,
        email=None if team_b else "ysolde.brannoch@clinic.invalid",
        phone=None if team_b else "+33 4 99 12 34 56",
    )
    return replace(
        case,
        title=title,
        patient=replace(case.patient, private=private),
        regulatory=Regulatory(reporter=reporter),
    )


@pytest.fixture(scope="module")
def department(pg_module_url: str) -> Iterator[dict[str, str]]:
    """The served database: a URL per user, ``admin`` the superuser's; team a's case
    (created by rls_alice) is ``a_case``, team b's (rls_bob) ``b_case``."""
    admin = pg_module_url
    assert cli.main(["server", "init", admin]) == 0
    for name, (team, role) in USERS.items():
        argv = ["--db", admin, "server", "add-user", name, "--team", team, "--role", role]
        assert cli.main([*argv, "--no-password"]) == 0
    urls = {name: _as(admin, name) for name in USERS} | {"admin": admin}
    for user, title in (("rls_alice", "Team A's case"), ("rls_bob", "Team B's case")):
        s = open_store(urls[user])
        try:
            sv.import_cases([_identified(title, team_b=user == "rls_bob")], store=s)
        finally:
            s.close()
    yield urls


@pytest.fixture(scope="module")
def stores(department: dict[str, str]) -> Iterator[dict[str, Store]]:
    opened = {name: open_store(url) for name, url in department.items()}
    yield opened
    for s in opened.values():
        s.close()


def _ids(store: Store) -> dict[str, int]:
    return {s.title: s.id for s in sv.list_cases(store=store)}


def _raw(url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(url, autocommit=True)


def test_each_team_lists_and_opens_its_own_cases_only(stores: dict[str, Store]) -> None:
    alice, bob = _ids(stores["rls_alice"]), _ids(stores["rls_bob"])
    assert "Team A's case" in alice and "Team B's case" not in alice
    assert "Team B's case" in bob and "Team A's case" not in bob
    assert set(_ids(stores["rls_ann"])) == set(alice)  # the same team sees the same
    assert set(_ids(stores["rls_rita"])) == set(bob)
    case = sv.get_case(alice["Team A's case"], store=stores["rls_alice"])
    assert case.patient.private.name == "Hortensia Quillfeather"  # the team sees it all
    assert any(img.data for e in case.events for img in e.images)  # and the images' bytes
    with pytest.raises(NotFound, match="team a's"):
        sv.get_case(alice["Team A's case"], store=stores["rls_bob"])
    # the owner is the creating role, the team its default team
    with _raw(stores["admin"].url) as conn:
        rows = conn.execute('SELECT title, owner, team FROM "case" ORDER BY id').fetchall()
    assert ("Team A's case", "rls_alice", "a") in rows
    assert ("Team B's case", "rls_bob", "b") in rows


def test_search_finds_only_the_teams_cases(stores: dict[str, Store]) -> None:
    query = sv.CaseQuery(text="Quillfeather")  # the name is a search word, for its team
    found = {s.title for s in sv.list_cases(store=stores["rls_alice"], query=query)}
    assert "Team A's case" in found and "Team B's case" not in found
    assert sv.count_cases(store=stores["rls_bob"]) == len(_ids(stores["rls_bob"]))


def _all_text(conn: psycopg.Connection[tuple[object, ...]], sql: str) -> str:
    return json.dumps(conn.execute(sql).fetchall(), default=str)


def test_no_sql_of_another_team_reaches_an_identifier(department: dict[str, str]) -> None:
    """Every table, read whole by a role of team b (author and reviewer): nothing of team
    a's identifiers, though team a reads them in the same tables."""
    with _raw(department["admin"]) as conn:
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT relname FROM pg_class WHERE relkind = 'r' "
                "AND relnamespace = current_schema()::regnamespace"
            )
        ]
        a_id = conn.execute("""SELECT id FROM "case" WHERE team = 'a' LIMIT 1""").fetchone()
    assert a_id is not None and "patient_private" in names and "case_shared" in names
    joined = (
        'SELECT * FROM "case" c JOIN patient_private p ON p.case_id = c.id '
        "LEFT JOIN regulatory r ON r.case_id = c.id LEFT JOIN case_search s ON s.case_id = c.id"
    )
    for user in ("rls_bob", "rls_rita"):
        with _raw(department[user]) as conn:
            seen = "".join(_all_text(conn, f'SELECT * FROM "{t}"') for t in names)
            seen += _all_text(conn, joined)
            seen += _all_text(conn, "SELECT * FROM audit WHERE old_value IS NOT NULL")
            seen += _all_text(conn, f"SELECT * FROM audit WHERE case_id = {a_id[0]}")
        lowered = seen.lower()
        assert "team b's case" in lowered and "vantablack" in lowered  # its own team's rows
        for secret in SECRETS:
            assert secret.lower() not in lowered, (user, secret)
    with _raw(department["rls_ann"]) as conn:  # the case's team reads them
        own = _all_text(conn, "SELECT * FROM patient_private") + _all_text(
            conn, "SELECT * FROM regulatory"
        )
    assert "Quillfeather" in own and "ysolde.brannoch@clinic.invalid" in own


def test_a_role_outside_the_department_reads_nothing(department: dict[str, str]) -> None:
    with _raw(department["admin"]) as conn:
        conn.execute("DROP ROLE IF EXISTS rls_stranger")
        conn.execute("CREATE ROLE rls_stranger LOGIN")
    with _raw(_as(department["admin"], "rls_stranger")) as conn:
        for sql in (
            "SELECT * FROM patient_private",
            "SELECT * FROM case_shared",
            "SELECT * FROM audit",
            "SELECT caselog_case_team(1)",
            "SELECT * FROM caselog_audit_head()",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)


def test_every_role_reads_every_case_anonymised(stores: dict[str, Store]) -> None:
    a_id = _ids(stores["rls_alice"])["Team A's case"]
    listed = {s.id: s for s in sv.shared_cases(store=stores["rls_rita"])}
    assert a_id in listed and listed[a_id].team == "a"
    document = sv.shared_case(a_id, store=stores["rls_bob"])
    text = json.dumps(document)
    assert document["title"] and document["events"]  # the case, anonymised
    for secret in SECRETS:
        assert secret not in text
    assert "image" in text and "withheld" in text  # images named, never their pixels


def test_the_shared_copy_follows_every_change(stores: dict[str, Store]) -> None:
    ann = stores["rls_ann"]
    case = sv.create_case(minimal_case("Shared follows"), store=ann).case
    assert case.id is not None
    sv.set_title(case.id, "Shared follows, renamed", store=ann)
    assert sv.shared_case(case.id, store=stores["rls_bob"])["title"] == "Shared follows, renamed"
    sv.delete_case(case.id, store=ann)
    with pytest.raises(NotFound):
        sv.shared_case(case.id, store=stores["rls_bob"])


def test_the_shared_copy_is_the_stored_case_anonymised_after_each_kind_of_change(
    stores: dict[str, Store],
) -> None:
    """Each copy is made from the case as the service wrote it (not read back): after each
    kind of change it is what the stored case, read afresh, gives."""
    ann, admin = stores["rls_ann"], stores["admin"]
    case_id = sv.import_cases([_identified("Changed often")], store=ann).created[0][0]

    def afresh() -> dict[str, object]:  # made again, by another role
        with admin.write() as conn:
            postgres.changed(conn, [case_id])
        return sv.shared_case(case_id, store=admin)

    note = Event(kind="note", date=PartialDate(2024, 2, 1), text="Seen again in clinic.")
    steps: list[Callable[[], object]] = [
        lambda: sv.set_title(case_id, "Changed often, renamed", store=ann),
        lambda: sv.add_event(case_id, note, store=ann),
        lambda: sv.set_patient(
            case_id, replace(sv.get_case(case_id, store=ann).patient, weight_kg=51.0), store=ann
        ),
        lambda: sv.update_case(
            replace(sv.get_case(case_id, store=ann), keywords=["calciphylaxis"]), store=ann
        ),
    ]
    for step in steps:
        step()
        written = sv.shared_case(case_id, store=ann)
        assert written == afresh()
    assert written["title"] == "Changed often, renamed" and "calciphylaxis" in json.dumps(written)


def test_the_shared_copy_keeps_no_identifier_the_author_has_not_reviewed(
    stores: dict[str, Store],
) -> None:
    """A report waits for the author's review of a possible name; the shared copy cannot,
    so it redacts it until the author marks it safe (and follows that decision)."""
    ann, bob = stores["rls_ann"], stores["rls_bob"]
    case = minimal_case("Brought in")
    case.events.append(
        Event(kind="note", date=PartialDate(2024, 1, 3), text="The Marguerite ward was full.")
    )
    case_id = sv.create_case(case, store=ann).case.id
    assert case_id is not None
    [suspicion] = sv.privacy_review(case_id, store=ann).suspicions
    assert suspicion.text == "Marguerite"  # kept in a report until reviewed
    assert "Marguerite" not in json.dumps(sv.shared_case(case_id, store=bob))
    sv.decide_word(case_id, "Marguerite", "safe", store=ann)
    assert "The Marguerite ward was full." in json.dumps(sv.shared_case(case_id, store=bob))


def test_writes_to_another_teams_case_are_refused_plainly(
    stores: dict[str, Store], department: dict[str, str]
) -> None:
    bob = stores["rls_bob"]
    a_id = _ids(stores["rls_alice"])["Team A's case"]
    with pytest.raises(NotFound, match="team a's"):
        sv.set_title(a_id, "Taken over", store=bob)
    with pytest.raises(NotFound, match="team a's"):
        sv.delete_case(a_id, store=bob)
    with pytest.raises(StoreError, match="team") as refused:  # a row added by hand
        with bob.write() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO keyword (case_id, position, text) VALUES ({a_id}, 99, 'x')"
            )
    assert "INSERT" not in str(refused.value)  # never the statement
    with _raw(department["rls_bob"]) as conn:  # raw SQL changes nothing it cannot see
        sql = f"UPDATE patient_private SET name = 'x' WHERE case_id = {a_id}"
        assert conn.execute(sql).rowcount == 0
        assert conn.execute(f"DELETE FROM event WHERE case_id = {a_id}").rowcount == 0
    assert sv.get_case(a_id, store=stores["rls_alice"]).title == "Team A's case"


def test_a_reviewer_reads_its_team_and_changes_nothing(stores: dict[str, Store]) -> None:
    rita = stores["rls_rita"]
    assert rita.read_only is not None and "reviewer" in rita.read_only
    b_id = _ids(rita)["Team B's case"]
    assert sv.get_case(b_id, store=rita).patient.private.name == TEAM_B[0]
    with pytest.raises(sv.ReadOnlyDatabase, match="reviewer"):
        sv.set_title(b_id, "Reviewed", store=rita)
    assert stores["rls_bob"].read_only is None


def test_the_trail_names_each_actor_and_verifies_for_the_admin(stores: dict[str, Store]) -> None:
    alice, ann = stores["rls_alice"], stores["rls_ann"]
    case = sv.create_case(minimal_case("Two hands"), store=alice).case
    assert case.id is not None
    sv.set_title(case.id, "Two hands, renamed", store=ann)
    assert [e.user for e in sv.case_history(case.id, store=ann)] == ["rls_alice", "rls_ann"]
    with pytest.raises(NotFound, match="team a's"):  # another team's trail
        sv.case_history(case.id, store=stores["rls_bob"])
    assert sv.trail_problems(store=stores["rls_adam"]) == []  # the admin reads every row
    assert sv.trail_problems(store=stores["rls_bob"]) == []  # the server checks them all
    assert sv.trail_problems(store=stores["admin"]) == []
    sv.delete_case(case.id, store=ann)  # the team keeps the trail of a deleted case
    assert [e.action for e in sv.case_history(case.id, store=alice)][-1] == "delete"
    with pytest.raises(NotFound):
        sv.case_history(case.id, store=stores["rls_bob"])


def test_an_author_and_a_reviewer_write_reports_and_the_trail_names_them(
    stores: dict[str, Store], tmp_path: Path
) -> None:
    bob, rita = stores["rls_bob"], stores["rls_rita"]
    case = sv.create_case(minimal_case("Reported twice"), store=bob).case
    assert case.id is not None
    for who, s in (("bob", bob), ("rita", rita)):
        out, _ = sv.write_report([case.id], "cureus", tmp_path / f"{who}.pdf", store=s)
        assert out.read_bytes().startswith(b"%PDF")
    trail = [(e.user, e.action) for e in sv.case_history(case.id, store=rita)]
    assert trail == [("rls_bob", "create"), ("rls_bob", "report"), ("rls_rita", "report")]
    with pytest.raises(sv.ReadOnlyDatabase, match="reviewer"):  # and nothing more
        sv.set_title(case.id, "Reviewed", store=rita)


def test_a_role_that_reads_part_of_the_trail_has_all_of_it_checked(
    stores: dict[str, Store], department: dict[str, str]
) -> None:
    a_id = _ids(stores["rls_alice"])["Team A's case"]
    with _raw(department["admin"]) as conn:
        row = conn.execute(f"SELECT id, new_value FROM audit WHERE case_id = {a_id}").fetchone()
        assert row is not None
        conn.execute("ALTER TABLE audit DISABLE TRIGGER audit_no_update")
        try:
            conn.execute("UPDATE audit SET new_value = 'forged' WHERE id = %s", (row[0],))
            broken = sv.trail_problems(store=stores["rls_bob"])  # a row it cannot read
            conn.execute("UPDATE audit SET new_value = %s WHERE id = %s", (row[1], row[0]))
        finally:
            conn.execute("ALTER TABLE audit ENABLE TRIGGER audit_no_update")
    assert broken and broken[0].startswith(f"audit row {row[0]} does not match")
    assert sv.trail_problems(store=stores["rls_bob"]) == []


def _retitle(url: str, case_id: int, version: int, title: str, out: str) -> None:
    s = open_store(url)
    try:
        sv.set_title(case_id, title, store=s, version=version)
        Path(out).write_text("saved")
    except sv.StaleCase as exc:
        Path(out).write_text(f"stale: {exc}")
    finally:
        s.close()


def test_two_roles_writing_one_case_lose_no_update(
    department: dict[str, str], tmp_path: Path
) -> None:
    s = open_store(department["rls_alice"])
    try:
        case = sv.create_case(minimal_case("Raced"), store=s).case
    finally:
        s.close()
    assert case.id is not None and case.version is not None
    ctx = multiprocessing.get_context("fork")
    outs = [tmp_path / "alice", tmp_path / "ann"]
    procs = [
        ctx.Process(target=_retitle, args=(department[u], case.id, case.version, f"By {u}", str(o)))
        for u, o in zip(("rls_alice", "rls_ann"), outs, strict=True)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    results = sorted(o.read_text() for o in outs)
    assert results[0] == "saved" and results[1].startswith("stale: case")
    assert "changed by rls_a" in results[1]
    s = open_store(department["rls_ann"])
    try:
        kept = sv.get_case(case.id, store=s).title
        history = sv.case_history(case.id, store=s)
    finally:
        s.close()
    assert kept in ("By rls_alice", "By rls_ann") and history[-1].new_value == kept
    assert len(history) == 2  # created, renamed once: the stale write wrote nothing


def _cli(url: str, out: str, *argv: str) -> None:
    """``caselog --db url ARGV...`` in this (forked) process; its stdout and exit status
    into ``out``."""
    with open(out, "w") as f, contextlib.redirect_stdout(f):
        status = cli.main(["--db", url, *argv])
        print(f"exit {status}")


def test_two_processes_as_two_roles_see_what_their_policies_allow(
    department: dict[str, str], tmp_path: Path
) -> None:
    """The command line in a process of its own for each role, side by side."""
    ctx = multiprocessing.get_context("fork")
    runs = {
        "alice": (department["rls_alice"], "list"),
        "bob": (department["rls_bob"], "list"),
        "bob-shared": (department["rls_bob"], "server", "shared"),
    }
    procs = [
        ctx.Process(target=_cli, args=(url, str(tmp_path / name), *argv))
        for name, (url, *argv) in runs.items()
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    alice, bob, shared = ((tmp_path / name).read_text() for name in ("alice", "bob", "bob-shared"))
    assert all(out.endswith("exit 0\n") for out in (alice, bob, shared))
    assert "Team A's case" in alice and "Team B's case" not in alice
    assert "Team B's case" in bob and "Team A's case" not in bob
    assert "\ta\t" in shared and "\tb\t" in shared  # both teams' cases, anonymised
    for secret in (*SECRETS, TEAM_B[0], TEAM_B[1]):
        assert secret not in shared


def test_server_commands_are_idempotent_and_say_so(
    department: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    admin = department["admin"]
    capsys.readouterr()
    assert cli.main(["server", "init", admin]) == 0
    assert "secured" in capsys.readouterr().out
    argv = ["--db", admin, "server", "add-user", "rls_alice", "--team", "a", "--role", "author"]
    assert cli.main([*argv, "--no-password"]) == 0
    assert "already exists" in capsys.readouterr().out
    bad = ["--db", admin, "server", "add-user", "Robert'); DROP", "--team", "a"]
    assert cli.main([*bad, "--role", "author", "--no-password"]) == 2
    assert "lower-case letters" in capsys.readouterr().err
    not_admin = ["--db", department["rls_bob"], "server", "add-user", "rls_eve", "--team", "b"]
    assert cli.main([*not_admin, "--role", "author", "--no-password"]) == 2
    assert "may not create roles" in capsys.readouterr().err


def test_a_password_file_sets_the_password(
    department: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pw"
    secret.write_text("c0rrect horse's battery\n")
    argv = ["--db", department["admin"], "server", "add-user", "rls_pia", "--team", "b"]
    assert cli.main([*argv, "--role", "reviewer", "--password-file", str(secret)]) == 0
    assert "created the role rls_pia" in capsys.readouterr().out
    with _raw(department["admin"]) as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'rls_pia'"
        ).fetchone()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")
    assert cli.main([*argv, "--role", "reviewer"]) == 2  # no file, no terminal
    assert "--password-file" in capsys.readouterr().err


README = Path(__file__).resolve().parents[2] / "README.md"


def _recipe() -> list[list[str]]:
    """The ``caselog`` commands of the README's section on starting a department's server."""
    section = README.read_text().split("## How a department starts its server", 1)[1]
    block = re.findall(r"```sh\n(.*?)```", section.split("\n## ", 1)[0], re.S)[0]
    return [shlex.split(line)[1:] for line in block.splitlines() if line.startswith("caselog ")]


def test_the_readme_recipe_for_a_department(
    pg_cluster: Cluster, pg_template: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's commands on a new database: init creates the schema, roles and
    policies; the clinicians it adds see what the section says."""
    # ``createdb``, here from the migrated template: init's upgrade is then a check (the
    # migrations themselves run on PostgreSQL for the template, tests/conftest.py)
    pg_admin(pg_cluster, f"CREATE DATABASE readme_department TEMPLATE {pg_template}")
    url = pg_cluster.url("readme_department").replace("+psycopg", "")
    try:
        commands = _recipe()
        assert [c[:2] for c in commands][:2] == [["server", "init"], ["--db", _HOST_URL]]
        for argv in commands:
            argv = [url if a == _HOST_URL else a for a in argv]
            if "add-user" in argv:
                argv.append("--no-password")  # the test has no terminal to type one at
            assert cli.main(argv) == 0, capsys.readouterr().err
        nadia, omar, rita = (open_store(_as(url, n)) for n in ("nadia", "omar", "rita"))
        try:
            case = sv.create_case(_identified("Nephrology's case"), store=nadia).case
            assert case.id is not None
            assert sv.count_cases(store=omar) == 0
            assert [s.title for s in sv.shared_cases(store=omar)] == ["Nephrology's case"]
            assert sv.get_case(case.id, store=rita).patient.private.mrn == "QX-7730152"
            assert rita.read_only is not None
        finally:
            for s in (nadia, omar, rita):
                s.close()
    finally:
        pg_admin(pg_cluster, "DROP DATABASE readme_department WITH (FORCE)")


_HOST_URL = "postgresql://postgres@HOST/caselog"
