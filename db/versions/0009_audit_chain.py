"""audit chain: each audit row carries a SHA-256 chained to the row before it

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:00:00

Frozen history: the hash is computed here as caselog/store/trail.py computes it today
(sha256 of the previous row's chain and the row's columns as compact JSON, the time as
naive UTC ISO text with microseconds), so the rows written before this revision join the
chain. On SQLite an insert without a chain value is refused from now on.

PostgreSQL: the server writes the chain. A trigger before each insert waits for the other
writers (the advisory lock caselog's writers take, ``caselog.store.postgres.WRITE_LOCK``),
then gives the row the next id, the time (``clock_timestamp()``), the acting role
(``current_user``) and its chain value, computed as above in SQL; whatever the client sent
for these is replaced, so no role can write a row in another's name or out of the chain.
The trail is read at READ COMMITTED (each statement of the trigger sees the rows of the
writer it waited for).
"""

import datetime as dt
import hashlib
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    "id",
    "at",
    "user",
    "action",
    "entity",
    "entity_id",
    "case_id",
    "field",
    "old_value",
    "new_value",
)
GENESIS = "0" * 64

APPEND_ONLY = (
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)
CHAINED = (
    "CREATE TRIGGER audit_chained BEFORE INSERT ON audit WHEN NEW.chain IS NULL "
    "BEGIN SELECT RAISE(ABORT, 'an audit row needs its chain hash'); END"
)

# the lock key of caselog's writers: the bytes "caselog\0" as a signed bigint
WRITE_LOCK = -2062240274910845184


def _json(expr: str) -> str:
    return f"coalesce(to_json({expr})::text, 'null')"


# json.dumps(values, ensure_ascii=False, separators=(",", ":")) in SQL: to_json escapes a
# string as Python does (quote, backslash, \b \f \n \r \t, other controls as \u00xx)
_CANONICAL = (
    "'[' || concat_ws(',', NEW.id::text, "
    + _json("""to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')""")
    + ", "
    + ", ".join(
        _json(f'NEW."{c}"')
        for c in ("user", "action", "entity", "entity_id", "case_id", "field", "old_value", "new_value")
    )
    + ") || ']'"
)
POSTGRES_CHAIN = (
    "CREATE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql "
    "SET search_path FROM CURRENT AS $$ "
    "DECLARE last_id integer; previous text; "
    f"BEGIN PERFORM pg_advisory_xact_lock({WRITE_LOCK}); "
    "SELECT id, chain INTO last_id, previous FROM audit ORDER BY id DESC LIMIT 1; "
    "NEW.id := coalesce(last_id, 0) + 1; "
    "NEW.at := clock_timestamp(); "
    'NEW."user" := current_user; '
    "NEW.chain := encode(sha256(convert_to(coalesce(nullif(previous, ''), "
    f"'{GENESIS}') || {_CANONICAL}, 'UTF8')), 'hex'); "
    "RETURN NEW; END $$",
    "CREATE TRIGGER audit_chained BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_chain()",
)


def _at(value: object) -> str:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def _link(previous: str, row: dict[str, object]) -> str:
    values = [row[c] for c in COLUMNS]
    values[1] = _at(values[1])
    canonical = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((previous + canonical).encode("utf-8")).hexdigest()


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.add_column("audit", sa.Column("chain", sa.String(), nullable=True))
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_no_update")
    elif bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE audit DISABLE TRIGGER audit_no_update")
    names = ", ".join(f'"{c}"' for c in COLUMNS)
    rows = bind.exec_driver_sql(f"SELECT {names} FROM audit ORDER BY id").fetchall()
    previous = GENESIS
    for r in rows:
        row = dict(zip(COLUMNS, r, strict=True))
        previous = _link(previous, row)
        bind.execute(
            sa.text("UPDATE audit SET chain = :chain WHERE id = :id"),
            {"chain": previous, "id": row["id"]},
        )
    if sqlite:
        op.execute(APPEND_ONLY[0])
        op.execute(CHAINED)
    elif bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE audit ENABLE TRIGGER audit_no_update")
        for statement in POSTGRES_CHAIN:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_chained")
        op.execute("DROP TRIGGER IF EXISTS audit_no_update")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_chained ON audit")
        op.execute("DROP FUNCTION IF EXISTS audit_chain()")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_column("chain")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(APPEND_ONLY[0])
