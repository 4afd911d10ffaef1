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

from sqlalchemy import Connection, column, table, text

from caselog.store import fts

TABLE = "case_fts"
WEIGHT = {"title": "A", "label": "B", "body": "D"}
# PostgreSQL refuses a lexeme of 2 KiB or more; no word is that long, garbage may be
MAX_LEXEME_BYTES = 2046

index = table(TABLE, column("case_id"), column("doc"))

INSERT = text(f"INSERT INTO {TABLE} (case_id, doc) VALUES (:case_id, CAST(:doc AS tsvector))")


def _quote(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def document(title: str, label: str, body: str) -> str:
    """The ``tsvector`` literal of one search row (its folded title, label and body)."""
    weights: dict[str, str] = {}
    for name, value in (("title", title), ("label", label), ("body", body)):
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


def refresh(conn: Connection, rows: Iterable[dict[str, object]]) -> None:
    """Index the search rows just written (the old index rows went with the old search
    rows, ``ON DELETE CASCADE``)."""
    params = [
        {"case_id": r["case_id"], "doc": document(str(r["title"]), str(r["label"]), str(r["body"]))}
        for r in rows
    ]
    if params:
        conn.execute(INSERT, params)


def available(conn: Connection) -> bool:
    """True on a PostgreSQL database that has the index (cached per connection)."""
    key = "caselog.pg_fts"
    if key not in conn.info:
        found = conn.execute(text("SELECT to_regclass(:n)"), {"n": TABLE}).scalar()
        conn.info[key] = found is not None
    return bool(conn.info[key])
