"""The department server: who sees what, enforced by PostgreSQL (docs/cli.md ``server``).

Each clinician connects as their own PostgreSQL role, a member of one group
(``caselog_author``, ``caselog_reviewer`` or ``caselog_admin``) and of one or more teams:
the team ``t`` is the role ``caselog_team_t`` (``caselog_teams()``, migration 0019). A case
has an owner (the role that created it) and a team (its creator's default team).

The policies (row-level security, made by ``init``):

- A role sees and writes a case only when the case's team is one of its teams, and every
  row of the case the same way: patient, private identifiers (``patient_private``), history,
  events and their images, assessment, report, regulatory report (with the reporter's
  contact), outcome, authors, keywords, references, its search rows
  (``case_search``, ``case_fts``) and its redaction decisions. A general redaction decision
  (no case) is its author's team's. An image's bytes (``blob``) are read through an image
  the role may see.
- The audit trail: a row about a case is readable by the case's team (``audit.team``,
  set by the server), also after the case was deleted; a row about no case (a series, a
  backup) by every department role. Rows are appended by the server's trigger, which
  chains them through everyone's rows. The administrator reads them all; any role has the
  whole chain checked by the server (``caselog_audit_problems``: the ids of broken rows,
  nothing of their content).
- Every other role sees a case only as it would appear anonymised: ``case_shared`` holds
  each case's anonymised case file (the ``export --anonymise`` document, images
  withheld, every possible identifier the author has not reviewed redacted too),
  readable by every department role, written only by the case's team. A change of the
  case marks its copy behind in ``case_shared_pending`` (in the change's own
  transaction; readable by every role: a case id, a number and a time), and the copy is
  made again after the commit (``caselog.store.services.shared``); until then the
  previous copy stays, and a case with none yet is not shared. ``case_shared_words``
  (the case's team only: it holds the case's words, identifiers among them) tells which
  cases a general redaction decision touches. No base table is readable across teams,
  so no SQL of another team reaches a name, a record number, a birth date or a
  reporter's contact.
- Image bytes are stored once for everyone (content-addressed) through
  ``caselog_add_blob``, which checks them against their SHA-256. The SECURITY DEFINER
  functions of migration 0019 (``DEFINERS``) run for department roles only.
- ``caselog_admin`` sees and writes every row (a backup, a restore, the chain's check);
  ``caselog_reviewer`` reads what its teams see and writes nothing but the trail's rows
  of the reports and exports it makes; ``caselog_author``
  reads and writes its teams' cases. Series (title and texts, no patient's data) are
  shared by the department, and so are their members (``series_case``: ids and order): a
  member is one of the role's teams' cases or another team's shared copy, which is all a
  series report takes of it (``caselog.store.services.shared_read``).

Each table is classified below; ``init`` refuses a table it does not know, so a new
migration's table cannot be left open. ``init`` may run again (after an upgrade): it
re-makes the policies and grants. The policies call ``caselog_teams()`` and
``caselog_is_admin()`` once per statement (``(SELECT ...)``, an init plan), not per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from caselog.store.errors import StoreError

if TYPE_CHECKING:
    from caselog.store.engine import Store

AUTHOR, REVIEWER, ADMIN = "author", "reviewer", "admin"
GROUPS = {AUTHOR: "caselog_author", REVIEWER: "caselog_reviewer", ADMIN: "caselog_admin"}
TEAM_PREFIX = "caselog_team_"
SHARED = "case_shared"
PENDING = "case_shared_pending"  # the copies behind their case, each with its mark
WORDS = "case_shared_words"  # each case's words as the de-identifier reads them (folded)
MARKS = "case_shared_mark"  # the sequence that orders the marks (under the write lock)
_NAME = re.compile(r"[a-z_][a-z0-9_]*")
MAX_NAME = 63  # PostgreSQL's identifier length

_ADMIN = "(SELECT caselog_is_admin())"
_MINE = "team = ANY (CAST((SELECT caselog_teams()) AS text[]))"
_OF_CASE = 'EXISTS (SELECT 1 FROM "case" c WHERE c.id = {t}.case_id)'

# each table: its policies as (name, command, USING, WITH CHECK); None: not under RLS
Policy = tuple[str, str, str, str | None]
_BY_CASE: list[Policy] = [("team", "ALL", _OF_CASE, _OF_CASE)]
_CASE_OR_SERIES = "{t}.case_id IS NULL OR " + _OF_CASE
_IMAGE = "EXISTS (SELECT 1 FROM event e WHERE e.id = {t}.event_id)"
_BLOB = "EXISTS (SELECT 1 FROM image i WHERE i.sha256 = {t}.sha256)"
_DECISION = f"CASE WHEN {{t}}.case_id IS NULL THEN {_MINE} ELSE {_OF_CASE} END"
_AUDIT = f"{_MINE} OR ({{t}}.team IS NULL AND {{t}}.case_id IS NULL)"
# a series' member (its ids and order, no patient's data; series are the department's):
# one of the role's teams' cases, or another team's, which enters as its shared copy
_MEMBER = _OF_CASE + f" OR EXISTS (SELECT 1 FROM {SHARED} s WHERE s.case_id = {{t}}.case_id)"
POLICIES: dict[str, list[Policy] | None] = {
    "case": [("team", "ALL", _MINE, _MINE)],
    "patient": _BY_CASE,
    "patient_private": _BY_CASE,
    "history_item": _BY_CASE,
    "event": _BY_CASE,
    "image": [("team", "ALL", _IMAGE, _IMAGE)],
    # added through caselog_add_blob() (migration 0019), read through a visible image
    "blob": [("read", "SELECT", _BLOB, None), ("drop", "DELETE", _BLOB, None)],
    "assessment": _BY_CASE,
    "report": _BY_CASE,
    "regulatory": _BY_CASE,
    "case_outcome": _BY_CASE,
    "keyword": _BY_CASE,
    "author": [("team", "ALL", _CASE_OR_SERIES, _CASE_OR_SERIES)],
    "reference": [("team", "ALL", _CASE_OR_SERIES, _CASE_OR_SERIES)],
    "series_case": [("member", "ALL", _MEMBER, _MEMBER)],
    "case_search": _BY_CASE,
    "case_fts": _BY_CASE,
    "case_fts_head": _BY_CASE,  # the title and label's tsvector (0018)
    "case_filter": _BY_CASE,  # what the filters read, the reaction among it (0015_search_filters)
    # a laptop file's provenance of a taken case (0017): by its case, should one be here
    "takeaway": _BY_CASE,
    "database_identity": None,  # the database's random id (0017): no patient data
    "redaction_decision": [("team", "ALL", _DECISION, _DECISION)],
    "audit": [("team", "ALL", _AUDIT, _AUDIT)],
    SHARED: [("read", "SELECT", "true", None), *_BY_CASE],
    PENDING: [("read", "SELECT", "true", None), *_BY_CASE],  # no patient data: ids and times
    WORDS: _BY_CASE,  # the case's own words: its team's only
    "series": None,
    "alembic_version": None,
}
# what no group changes by hand (the trail is appended to; the revision is the migrations')
_APPEND_ONLY = {"audit"}
_FIXED = {"alembic_version"}

# migration 0019's SECURITY DEFINER functions (the trail's head, a case's team, image bytes)
DEFINERS = (
    "caselog_audit_head()",
    "caselog_case_team(integer)",
    "caselog_add_blob(text, integer, bytea)",
    "caselog_audit_problems(integer)",
)

# the shared copies' tables (a served database is one that has ``case_shared``); ``mark``
# is the mark of the change a copy was made after (NULL: made before marks existed)
_CASE_KEY = 'case_id integer PRIMARY KEY REFERENCES "case" (id) ON DELETE CASCADE, '
SHARED_TABLES = (
    f"CREATE SEQUENCE IF NOT EXISTS {MARKS} AS bigint",
    f"CREATE TABLE IF NOT EXISTS {SHARED} ({_CASE_KEY}"
    "team text, title text NOT NULL, document text NOT NULL, "
    "updated_at timestamptz NOT NULL DEFAULT now(), mark bigint)",
    f"ALTER TABLE {SHARED} ADD COLUMN IF NOT EXISTS mark bigint",  # served before marks
    f"CREATE TABLE IF NOT EXISTS {PENDING} ({_CASE_KEY}"
    "mark bigint NOT NULL, since timestamptz NOT NULL DEFAULT now())",
    f"CREATE INDEX IF NOT EXISTS ix_{PENDING}_since ON {PENDING} (since, case_id)",
    f"CREATE TABLE IF NOT EXISTS {WORDS} ({_CASE_KEY}team text, mark bigint, words text NOT NULL)",
)


class ServerError(StoreError):
    """``server init`` or ``add-user`` could not be done (nothing was changed)."""


def check_name(what: str, name: str, *, room: int = MAX_NAME) -> str:
    """A role or team name: lower-case letters, digits and underscores, not too long."""
    if not _NAME.fullmatch(name) or len(name) > room:
        raise ServerError(
            f"{what} {name!r}: use lower-case letters, digits and underscores "
            f"(starting with a letter or _), at most {room} characters"
        )
    return name


def _quote(value: str) -> str:
    if "\x00" in value:
        raise ServerError("a password cannot hold a NUL character")
    return "'" + value.replace("'", "''") + "'"


@contextmanager
def _admin(engine: Engine) -> Iterator[Connection]:
    with engine.begin() as conn:
        if conn.dialect.name != "postgresql":
            raise ServerError("caselog server works on a PostgreSQL database only")
        yield conn


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def _may_manage_roles(conn: Connection) -> None:
    row = conn.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not row:
        who = conn.execute(text("SELECT current_user")).scalar()
        raise ServerError(
            f"the role {who} may not create roles: run this as the server's superuser "
            "(or a role with CREATEROLE)"
        )


def tables(conn: Connection) -> list[str]:
    """The tables of caselog's schema on this database."""
    rows = conn.execute(
        text(
            "SELECT c.relname FROM pg_class c WHERE c.relkind IN ('r', 'p') "
            "AND c.relnamespace = current_schema()::regnamespace ORDER BY 1"
        )
    )
    return [str(r[0]) for r in rows]


def init(engine: Engine) -> list[str]:
    """The roles, grants, shared copies' table and policies, on a migrated database, in
    one transaction; returns what it made, one line each."""
    done: list[str] = []
    with _admin(engine) as conn:
        _may_manage_roles(conn)
        for group in GROUPS.values():
            if not _role_exists(conn, group):
                conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
                done.append(f"created the group role {group}")
        for statement in SHARED_TABLES:
            conn.exec_driver_sql(statement)
        found = tables(conn)
        unknown = [t for t in found if t not in POLICIES]
        if unknown:
            raise ServerError(
                "caselog server init does not know the tables "
                + ", ".join(unknown)
                + ": upgrade caselog (nothing was changed)"
            )
        everyone = ", ".join(GROUPS.values())
        writers = f"{GROUPS[AUTHOR]}, {GROUPS[ADMIN]}"
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {_schema(conn)} TO {everyone}")
        conn.exec_driver_sql(
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_schema(conn)} TO {writers}"
        )
        for table in found:
            name = f'"{table}"'
            conn.exec_driver_sql(f"REVOKE ALL ON {name} FROM PUBLIC")
            conn.exec_driver_sql(f"GRANT SELECT ON {name} TO {everyone}")
            if table in _APPEND_ONLY:  # a reviewer's reports and exports are recorded
                conn.exec_driver_sql(f"GRANT INSERT ON {name} TO {everyone}")
            elif table not in _FIXED:
                conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {writers}")
            _policies(conn, table)
        for function in DEFINERS:  # they read past the policies: department roles only
            conn.exec_driver_sql(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC")
            conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {function} TO {everyone}")
        sequence = conn.execute(text("SELECT pg_get_serial_sequence('audit', 'id')")).scalar()
        conn.exec_driver_sql(f"GRANT USAGE ON SEQUENCE {sequence} TO {GROUPS[REVIEWER]}")
        done.append(f"granted and secured {len(found)} tables for {everyone}")
    return done


def _schema(conn: Connection) -> str:
    return '"' + str(conn.execute(text("SELECT current_schema()")).scalar()) + '"'


def _policies(conn: Connection, table: str) -> None:
    name = f'"{table}"'
    existing = conn.execute(
        text("SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
             "AND tablename = :t"), {"t": table},
    ).scalars()  # fmt: skip
    for old in list(existing):
        conn.exec_driver_sql(f'DROP POLICY "{old}" ON {name}')
    policies = POLICIES[table]
    if policies is None:
        conn.exec_driver_sql(f"ALTER TABLE {name} DISABLE ROW LEVEL SECURITY")
        return
    conn.exec_driver_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
    for policy, command, using, check in policies:
        sql = f"CREATE POLICY caselog_{policy} ON {name} FOR {command} TO PUBLIC"
        if using:
            sql += f" USING ({_ADMIN} OR ({using.format(t=name)}))"
        if check is not None:
            sql += f" WITH CHECK ({_ADMIN} OR ({check.format(t=name)}))"
        conn.exec_driver_sql(sql)


@dataclass(frozen=True)
class UserAdded:
    name: str
    created: bool  # False: the role existed; only memberships were added
    granted: list[str]

    def message(self) -> str:
        given = ", ".join(self.granted) if self.granted else "nothing new"
        if self.created:
            return f"created the role {self.name} ({given})"
        return f"the role {self.name} already exists: its password is unchanged; granted {given}"


def add_user(engine: Engine, name: str, *, team: str, role: str, password: str | None) -> UserAdded:
    """A LOGIN role ``name`` in the group of ``role`` and the team ``team`` (made if new),
    its default team ``team`` unless it has one; a role that exists keeps its password
    and gets the memberships it lacks."""
    check_name("user", name)
    check_name("team", team, room=MAX_NAME - len(TEAM_PREFIX))
    if role not in GROUPS:
        raise ServerError(f"role {role!r}: use one of {', '.join(GROUPS)}")
    if name in GROUPS.values() or name.startswith(TEAM_PREFIX):
        raise ServerError(f"user {name!r}: that name is caselog's own group or team")
    team_role = TEAM_PREFIX + team
    granted: list[str] = []
    with _admin(engine) as conn:
        _may_manage_roles(conn)
        missing = [g for g in GROUPS.values() if not _role_exists(conn, g)]
        if missing:
            raise ServerError("run caselog server init on this database first")
        new_team = not _role_exists(conn, team_role)
        if new_team:
            conn.exec_driver_sql(f"CREATE ROLE {team_role} NOLOGIN")
        created = not _role_exists(conn, name)
        if created:
            secret = f" PASSWORD {_quote(password)}" if password is not None else ""
            conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN{secret}")
        team_label = f"team {team}" + (" (a new team)" if new_team else "")
        for group, label in ((GROUPS[role], role), (team_role, team_label)):
            member = conn.execute(
                text("SELECT pg_has_role(:u, :g, 'USAGE')"), {"u": name, "g": group}
            ).scalar()
            if not member:
                conn.exec_driver_sql(f"GRANT {group} TO {name}")
                granted.append(label)
        if _default_team(conn, name) is None:
            conn.exec_driver_sql(f"ALTER ROLE {name} SET caselog.team = {_quote(team)}")
            granted.append(f"default team {team}")
    return UserAdded(name, created, granted)


def _default_team(conn: Connection, name: str) -> str | None:
    rows = conn.execute(
        text(
            "SELECT unnest(s.setconfig) FROM pg_db_role_setting s JOIN pg_roles r "
            "ON r.oid = s.setrole WHERE r.rolname = :n AND s.setdatabase = 0"
        ),
        {"n": name},
    ).scalars()
    for setting in rows:
        key, _, value = str(setting).partition("=")
        if key == "caselog.team":
            return value
    return None


def whoami(conn: Connection) -> tuple[str, list[str], list[str]]:
    """The connected role, its caselog groups and its teams."""
    user = str(conn.execute(text("SELECT current_user")).scalar())
    groups = [
        label
        for label, group in GROUPS.items()
        if _role_exists(conn, group)
        and conn.execute(text("SELECT pg_has_role(:g, 'MEMBER')"), {"g": group}).scalar()
    ]
    teams = conn.execute(text("SELECT caselog_teams()")).scalar() or []
    return user, groups, list(teams)


def role_rights(store: Store) -> tuple[str | None, bool]:
    """Why the connected role may read cases but not change them (a reviewer), else None;
    and whether it may append to the trail all the same (its reports and exports)."""
    with store.read() as conn:
        user, writes, appends = conn.execute(
            text(
                """SELECT current_user, has_table_privilege('"case"', 'UPDATE'), """
                "has_table_privilege('audit', 'INSERT')"
            )
        ).one()
    if writes:
        return None, True
    reason = (
        f"you are connected as {user}, a reviewer: the database server lets this role "
        "read its teams' cases, not change them"
    )
    return reason, bool(appends)


SERVED = "caselog.served"


def served(conn: Connection) -> bool:
    """Whether the database is a department server, keeping shared copies (cached per
    connection)."""
    if conn.dialect.name != "postgresql":
        return False
    if SERVED not in conn.info:
        found = conn.execute(text("SELECT to_regclass(:n)"), {"n": SHARED}).scalar()
        conn.info[SERVED] = found is not None
    return bool(conn.info[SERVED])


def team_of_hidden(conn: Connection, case_id: int) -> str | None:
    """The team of a case this role may not see but reads the shared copy of."""
    if not served(conn):
        return None
    team = conn.execute(
        text(f"SELECT team FROM {SHARED} WHERE case_id = :i"), {"i": case_id}
    ).first()
    return None if team is None else str(team[0])


def chain_breaks(conn: Connection, limit: int) -> list[int]:
    """The ids of the first audit rows where the trail's chain breaks, checked by the
    server over every row, those of other teams included (migration 0019)."""
    rows = conn.execute(text("SELECT caselog_audit_problems(:n)"), {"n": limit}).scalars()
    return [int(i) for i in rows]


def cases_with_word(conn: Connection, word: str, teams: set[str | None]) -> list[int]:
    """The cases of ``teams`` (None: of no team) a general decision on ``word`` (folded,
    as decisions are keyed) may change the shared copy of: those whose words, as their
    last copy was made, hold it anywhere (a superset of where the de-identifier finds
    it), and those with no copy made yet; [] on a database not served."""
    if not served(conn) or not teams or not word:
        return []
    named = sorted(t for t in teams if t is not None)
    rows = conn.execute(
        text(
            f'SELECT c.id FROM "case" c LEFT JOIN {WORDS} w ON w.case_id = c.id '
            "WHERE (c.team = ANY (:teams) OR (c.team IS NULL AND :unteamed)) "
            "AND (w.case_id IS NULL OR strpos(w.words, :word) > 0) ORDER BY c.id"
        ),
        {"teams": named, "unteamed": None in teams, "word": word},
    ).scalars()
    return [int(i) for i in rows]
