"""owner and team: a case has the role that created it and the team it belongs to

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 15:40:00

Columns, on both backends: ``case.owner`` and ``case.team``, ``audit.team`` (the team of the
case an audit row is about, so a team keeps reading the trail of a case it deleted) and
``redaction_decision.team`` (whose general decisions they are). All nullable: SQLite has
no roles and no teams and leaves them empty; nothing changes there.

PostgreSQL (the department server, ``caselog server init``: caselog/store/server.py):

- ``caselog_teams()``: the teams of ``current_user``, the names ``t`` of the roles
  ``caselog_team_<t>`` it is a member of; ``caselog_is_admin()``: whether it is a member
  of ``caselog_admin``; ``caselog_default_team()``: the role's ``caselog.team`` setting
  (``ALTER ROLE ... SET caselog.team``) when it is one of its teams, else its only team.
  Plain (invoker's) functions: they answer for whoever calls them.
- A trigger on ``case``: a new case's owner is ``current_user`` (an administrator may
  give another, as a restore does) and its team, unless given, the default team; only an
  administrator changes the owner afterwards.
- The audit trail's trigger (0009) no longer reads the last row itself: under row-level
  security a role sees only its teams' rows, and the chain runs through everyone's. Two
  SECURITY DEFINER functions with a fixed search_path read for it what the invoker may
  not: ``caselog_audit_head()`` (the id and chain of the last row, nothing else) and
  ``caselog_case_team(id)`` (the team of a case, or of its last audit row once deleted).
  The actor stays ``current_user`` (the trigger itself is the invoker's).
- A trigger on ``redaction_decision``: a decision for one case is its team's; a general
  one is the author's default team's.
- ``caselog_audit_problems(n)`` (SECURITY DEFINER): the ids of the rows where the chain
  breaks, so a role that reads only its teams' rows still has the whole chain checked.
- ``caselog_add_blob(sha256, size, data)`` (SECURITY DEFINER): image bytes are stored once
  whoever stored them first, and a team cannot see another's; so the bytes are added
  through this function, which checks them against their SHA-256 and skips bytes stored
  already, without showing them.

The policies themselves are made by ``caselog server init`` with the roles they name.
Nothing here is imported from ``caselog``; 0009's chain function is read from its file.
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEAM_PREFIX = "caselog_team_"


def _chain_revision() -> ModuleType:
    path = Path(__file__).with_name("0009_audit_chain.py")
    spec = importlib.util.spec_from_file_location("caselog_migration_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_LAST_ROW = "SELECT id, chain INTO last_id, previous FROM audit ORDER BY id DESC LIMIT 1; "
_HEAD = (
    "SELECT h.last_id, h.last_chain INTO last_id, previous FROM caselog_audit_head() h; "
    "NEW.team := CASE WHEN NEW.case_id IS NULL THEN NULL "
    "ELSE caselog_case_team(NEW.case_id) END; "
)


def _chain_function(head: bool) -> str:
    body: str = _chain_revision().POSTGRES_CHAIN[0]
    assert body.startswith("CREATE FUNCTION audit_chain()") and _LAST_ROW in body
    body = body.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    return body.replace(_LAST_ROW, _HEAD) if head else body


def _problems_function(fixed: str) -> str:
    """``caselog_audit_problems(n)``: the ids of the first ``n`` audit rows whose chain
    value is not the hash of the row before's and their own columns, computed as 0009's
    trigger computes it; every row is checked, none is shown."""
    chain = _chain_revision()
    canonical = chain._CANONICAL.replace("NEW.", "a.")
    assert "NEW" not in canonical
    expected = (
        "encode(sha256(convert_to(coalesce(nullif(lag(a.chain) OVER (ORDER BY a.id), ''), "
        f"'{chain.GENESIS}') || {canonical}, 'UTF8')), 'hex')"
    )
    return (
        "CREATE FUNCTION caselog_audit_problems(most integer) RETURNS SETOF integer "
        f"LANGUAGE sql STABLE SECURITY DEFINER {fixed} AS $$ "
        f"SELECT x.id FROM (SELECT a.id, a.chain, {expected} AS expected FROM audit a) x "
        "WHERE x.chain IS DISTINCT FROM x.expected ORDER BY x.id LIMIT $1 $$"
    )


def _postgres(schema: str) -> list[str]:
    fixed = f'SET search_path = "{schema}", pg_temp'
    prefix = TEAM_PREFIX.replace("_", "\\_")
    return [
        "CREATE FUNCTION caselog_teams() RETURNS text[] LANGUAGE sql STABLE "
        "SET search_path = pg_catalog, pg_temp AS $$ "
        f"SELECT coalesce(array_agg(substr(r.rolname, {len(TEAM_PREFIX) + 1}) "
        "ORDER BY r.rolname), '{}') FROM pg_roles r "
        f"WHERE r.rolname LIKE '{prefix}%' AND pg_has_role(current_user, r.oid, 'MEMBER') $$",
        "CREATE FUNCTION caselog_is_admin() RETURNS boolean LANGUAGE sql STABLE "
        "SET search_path = pg_catalog, pg_temp AS $$ "
        "SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'caselog_admin' "
        "AND pg_has_role(current_user, r.oid, 'MEMBER')) $$",
        "CREATE FUNCTION caselog_default_team() RETURNS text LANGUAGE sql STABLE "
        f"{fixed} AS $$ "
        "SELECT CASE WHEN s = ANY (t) THEN s WHEN cardinality(t) = 1 THEN t[1] END "
        "FROM (SELECT nullif(current_setting('caselog.team', true), '') AS s, "
        "caselog_teams() AS t) x $$",
        "CREATE FUNCTION caselog_audit_head(OUT last_id integer, OUT last_chain text) "
        f"LANGUAGE sql STABLE SECURITY DEFINER {fixed} AS $$ "
        "SELECT id, chain FROM audit ORDER BY id DESC LIMIT 1 $$",
        "CREATE FUNCTION caselog_case_team(case_id integer) RETURNS text "
        f"LANGUAGE sql STABLE SECURITY DEFINER {fixed} AS $$ "
        'SELECT coalesce((SELECT c.team FROM "case" c WHERE c.id = $1), '
        "(SELECT a.team FROM audit a WHERE a.case_id = $1 AND a.team IS NOT NULL "
        "ORDER BY a.id DESC LIMIT 1)) $$",
        "CREATE FUNCTION caselog_case_owner() RETURNS trigger LANGUAGE plpgsql "
        f"{fixed} AS $$ BEGIN "
        "IF TG_OP = 'INSERT' THEN "
        "IF NEW.owner IS NULL OR NOT caselog_is_admin() THEN NEW.owner := current_user; END IF; "
        "IF NEW.team IS NULL THEN NEW.team := caselog_default_team(); END IF; "
        "ELSIF NEW.owner IS DISTINCT FROM OLD.owner AND NOT caselog_is_admin() THEN "
        "RAISE EXCEPTION 'only an administrator changes the owner of a case' "
        "USING ERRCODE = 'insufficient_privilege'; "
        "END IF; RETURN NEW; END $$",
        'CREATE TRIGGER case_owner BEFORE INSERT OR UPDATE ON "case" '
        "FOR EACH ROW EXECUTE FUNCTION caselog_case_owner()",
        "CREATE FUNCTION caselog_decision_team() RETURNS trigger LANGUAGE plpgsql "
        f"{fixed} AS $$ BEGIN "
        "NEW.team := CASE WHEN NEW.case_id IS NULL "
        "THEN coalesce(NEW.team, caselog_default_team()) "
        "ELSE caselog_case_team(NEW.case_id) END; RETURN NEW; END $$",
        "CREATE TRIGGER redaction_decision_team BEFORE INSERT OR UPDATE ON redaction_decision "
        "FOR EACH ROW EXECUTE FUNCTION caselog_decision_team()",
        "CREATE FUNCTION caselog_add_blob(digest text, length integer, bytes bytea) "
        f"RETURNS void LANGUAGE plpgsql SECURITY DEFINER {fixed} AS $$ BEGIN "
        "IF encode(pg_catalog.sha256($3), 'hex') <> $1 OR octet_length($3) <> $2 THEN "
        "RAISE EXCEPTION 'the bytes of an image do not match its SHA-256' "
        "USING ERRCODE = 'data_exception'; END IF; "
        "INSERT INTO blob (sha256, size, data) VALUES ($1, $2, $3) "
        "ON CONFLICT ON CONSTRAINT pk_blob DO NOTHING; END $$",
        _problems_function(fixed),
        _chain_function(head=True),
    ]


def upgrade() -> None:
    op.add_column("case", sa.Column("owner", sa.String(), nullable=True))
    op.add_column("case", sa.Column("team", sa.String(), nullable=True))
    op.add_column("audit", sa.Column("team", sa.String(), nullable=True))
    op.add_column("redaction_decision", sa.Column("team", sa.String(), nullable=True))
    op.create_index("ix_case_team", "case", ["team"])
    op.create_index("ix_audit_team", "audit", ["team"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
        assert isinstance(schema, str) and '"' not in schema
        for statement in _postgres(schema):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_chain_function(head=False))
        op.execute("DROP TRIGGER IF EXISTS redaction_decision_team ON redaction_decision")
        op.execute('DROP TRIGGER IF EXISTS case_owner ON "case"')
        for function in (
            "caselog_audit_problems(integer)",
            "caselog_add_blob(text, integer, bytea)",
            "caselog_decision_team()",
            "caselog_case_owner()",
            "caselog_case_team(integer)",
            "caselog_audit_head()",
            "caselog_default_team()",
            "caselog_is_admin()",
            "caselog_teams()",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_index("ix_audit_team", "audit")
    op.drop_index("ix_case_team", "case")
    op.drop_column("redaction_decision", "team")
    op.drop_column("audit", "team")
    op.drop_column("case", "team")
    op.drop_column("case", "owner")
