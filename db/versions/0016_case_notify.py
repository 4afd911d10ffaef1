"""case notify: PostgreSQL announces every change of a case to the windows listening

Revision ID: 0016
Revises: 0015_search_filters
Create Date: 2026-12-01 15:40:00

Two clinicians on one server: each window shows the changes the other makes without asking
the server over and over. A statement-level trigger on ``case`` (every change of a case
moves its version, an UPDATE of ``case``; a created or deleted case is an INSERT or DELETE)
sends ``NOTIFY caselog_case`` with no payload; PostgreSQL delivers it when the transaction
commits, and folds identical notifications of one transaction into one, so an import of
100,000 cases sends one. The window then asks which cases changed
(``caselog/store/services/watch.py``). PostgreSQL only (SQLite has no NOTIFY: the window asks
on focus and on a timer); nothing here is imported from ``caselog``.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015_search_filters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UP = (
    "CREATE FUNCTION caselog_case_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM pg_notify('caselog_case', ''); RETURN NULL; END $$",
    'CREATE TRIGGER case_notify AFTER INSERT OR UPDATE OR DELETE ON "case" '
    "FOR EACH STATEMENT EXECUTE FUNCTION caselog_case_notify()",
)
DOWN = (
    'DROP TRIGGER IF EXISTS case_notify ON "case"',
    "DROP FUNCTION IF EXISTS caselog_case_notify()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWN:
            op.execute(statement)
