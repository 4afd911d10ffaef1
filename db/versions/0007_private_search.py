"""search: the patient's name and record number are searched with the label

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 10:30:00

Local search finds a case by the patient's name and record number (they are kept on this
machine "so you can find the case"): each case's search row (``case_search.label``) gets
them after its label, as ``caselog.store.search.search_row`` writes it from now on; on
SQLite the update trigger re-indexes the row in ``case_fts``. Nothing here is imported from
``caselog`` (a migration is frozen history).
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PRIVATE = (
    "SELECT s.case_id, s.label, p.name, p.mrn FROM case_search s "
    "JOIN patient_private p ON p.case_id = s.case_id "
    "WHERE coalesce(p.name, '') != '' OR coalesce(p.mrn, '') != ''"
)
_UPDATE = "UPDATE case_search SET label = :label WHERE case_id = :case_id"
_CHUNK = 1_000


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def upgrade() -> None:
    conn = op.get_bind()
    rows = [
        {"case_id": r.case_id, "label": " ".join([r.label, *(fold(x) for x in (r.name, r.mrn) if x)])}
        for r in conn.execute(sa.text(_PRIVATE))
    ]
    for start in range(0, len(rows), _CHUNK):
        conn.execute(sa.text(_UPDATE), rows[start : start + _CHUNK])


def downgrade() -> None:
    conn = op.get_bind()
    rows = [
        {"case_id": r.case_id, "label": r.label[: len(r.label) - len(extra)].rstrip()}
        for r in conn.execute(sa.text(_PRIVATE))
        for extra in [" ".join(fold(x) for x in (r.name, r.mrn) if x)]
        if r.label.endswith(extra)
    ]
    for start in range(0, len(rows), _CHUNK):
        conn.execute(sa.text(_UPDATE), rows[start : start + _CHUNK])
