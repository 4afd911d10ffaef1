"""PostgreSQL's full-text index over ``case_search``: one ``tsvector`` a case in
``case_fts``, with a GIN index (made by migration 0003).

The words are those FTS5 indexes on SQLite: the search row's text is folded already
(``caselog.store.search.fold``: no case, no accents), and split here by the same token
rule (``fts.TOKEN``: letters and digits), so both backends find the same cases for the
same words. PostgreSQL's text parser is not used (it would keep ``2.5`` or an address as
one token, and which letters it knows depends on the server's locale): the vector is
written as a literal, each word once with the weight of each column it occurs in:
A for the title, B for the patient label, D for the rest. A query is a ``tsquery`` literal
of the same words (the last one a prefix, ``:*``, while it is being typed); the relevance
tiers of ``fts.tiers`` restrict every word to weight A (the title) or B (the label).

Nothing here imports more than SQLAlchemy Core.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, cast, column, literal, select, table, text
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.types import UserDefinedType

from caselog.store import fts

TABLE = "case_fts"
HEAD_TABLE = "case_fts_head"  # title and label only: the relevance tiers (db/versions/0018)
WEIGHT = {"title": "A", "label": "B", "body": "D"}
# PostgreSQL refuses a lexeme of 2 KiB or more; no word is that long, garbage may be
MAX_LEXEME_BYTES = 2046

index = table(TABLE, column("case_id"), column("doc"))
head = table(HEAD_TABLE, column("case_id"), column("doc"))

INSERT = text(f"INSERT INTO {TABLE} (case_id, doc) VALUES (:case_id, CAST(:doc AS tsvector))")
INSERT_HEAD = text(
    f"INSERT INTO {HEAD_TABLE} (case_id, doc) VALUES (:case_id, CAST(:doc AS tsvector))"
)


def _quote(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def document(title: str, label: str, body: str) -> str:
    """The ``tsvector`` literal of one search row (its folded title, label and body)."""
    return _vector((("title", title), ("label", label), ("body", body)))


def head_document(title: str, label: str) -> str:
    """The ``tsvector`` literal of a search row's title and label (``case_fts_head``)."""
    return _vector((("title", title), ("label", label)))


def _vector(columns: Iterable[tuple[str, str]]) -> str:
    weights: dict[str, str] = {}
    for name, value in columns:
        for word in fts.TOKEN.findall(value):
            if len(word.encode("utf-8")) > MAX_LEXEME_BYTES:
                continue
            have = weights.get(word, "")
            if WEIGHT[name] not in have:
                weights[word] = have + WEIGHT[name]
    # a position per weight (1A, 2B, 3D): a lexeme keeps a weight only on a position
    return " ".join(
        _quote(w) + ":" + ",".join(f"{i + 1}{k}" for i, k in enumerate(ks))
        for w, ks in weights.items()
    )


def query(words: Sequence[str], *, prefix_last: bool, weight: str = "") -> str:
    """A ``tsquery`` literal needing every word (``&``); ``weight`` ``A`` or ``B``
    restricts each to the title or the label."""
    terms = [_quote(w) for w in words]
    marks = [":" + weight if weight else "" for _ in terms]
    if terms and prefix_last:
        marks[-1] = ":*" + weight
    return " & ".join(t + m for t, m in zip(terms, marks, strict=True))


class TSQuery(UserDefinedType[str]):
    """PostgreSQL's ``tsquery`` (named here: the list does not import the dialect)."""

    cache_ok = True

    def get_col_spec(self, **_kw: Any) -> str:
        return "TSQUERY"


def table_of(match: fts.Match) -> TableClause:
    """The index ``match`` searches: the title and label one for a relevance tier."""
    return head if match.column is not None else index


def tsquery(match: fts.Match) -> ColumnElement[Any]:
    weight = {"title": "A", "label": "B"}.get(match.column or "", "")
    q = query(match.words, prefix_last=match.prefix_last, weight=weight)
    return cast(literal(q), TSQuery())


def probe(match: fts.Match, case_id: ColumnElement[Any]) -> ColumnElement[bool]:
    """True when ``match`` finds the case ``case_id``, tested for that case alone (its
    vector looked up by key): how a walk of the list tests each case it reads. A
    membership in the search's hits (``IN``) lets PostgreSQL's planner list them all
    first, by a guess of how many there are (a prefix is always guessed at 2% of the
    rows)."""
    t = table_of(match).alias("probed")  # apart from the same index in the outer query
    vector = select(t.c.doc).where(t.c.case_id == case_id).scalar_subquery()
    return vector.op("@@")(tsquery(match)).is_(True)


def refresh(conn: Connection, rows: Iterable[dict[str, object]]) -> None:
    """Index the search rows just written (the old index rows went with the old search
    rows, ``ON DELETE CASCADE``)."""
    rows = list(rows)
    params = [
        {"case_id": r["case_id"], "doc": document(str(r["title"]), str(r["label"]), str(r["body"]))}
        for r in rows
    ]
    if params:
        conn.execute(INSERT, params)
    if rows and has_head(conn):
        heads = [
            {"case_id": r["case_id"], "doc": head_document(str(r["title"]), str(r["label"]))}
            for r in rows
        ]
        conn.execute(INSERT_HEAD, heads)


def available(conn: Connection) -> bool:
    """True on a PostgreSQL database that has the index (cached per connection)."""
    return _has(conn, TABLE)


def has_head(conn: Connection) -> bool:
    """True once the title-and-label index is there (revision 0018; cached per connection)."""
    return _has(conn, HEAD_TABLE)


def _has(conn: Connection, name: str) -> bool:
    key = f"caselog.pg_fts.{name}"
    if key not in conn.info:
        found = conn.execute(text("SELECT to_regclass(:n)"), {"n": name}).scalar()
        conn.info[key] = found is not None
    return bool(conn.info[key])
