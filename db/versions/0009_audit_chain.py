"""audit chain: each audit row carries a SHA-256 chained to the row before it

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:00:00

Frozen history: the hash is computed here as caselog/store/trail.py computes it today
(sha256 of the previous row's chain and the row's columns as compact JSON, the time as
naive UTC ISO text with microseconds), so the rows written before this revision join the
chain. On SQLite an insert without a chain value is refused from now on.
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


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_chained")
        op.execute("DROP TRIGGER IF EXISTS audit_no_update")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_column("chain")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(APPEND_ONLY[0])
