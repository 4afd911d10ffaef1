"""The full-text index over ``case_search``: SQLite FTS5 here, PostgreSQL's ``tsvector``
in ``caselog.store.postgres_fts``; a ``Match`` is a search of either (other databases use
the plain search of ``caselog.store.narrow``).

``case_fts`` is an external-content FTS5 table: its text lives once, in ``case_search``,
and triggers keep the index in step with every insert, update and delete of that table
(a deleted case's row goes by ``ON DELETE CASCADE``, which fires the delete trigger).
The tokenizer folds case and accents. Relevance (``tiers``): a case whose title holds every
word comes first, then one whose patient label does, then the others; the case list orders
each tier latest updated first (``caselog.store.pages``). The first two tiers are asked of
``case_fts_head``, a second index over the same rows' title and label alone
(db/versions/0014): a column filter on ``case_fts`` would read the position lists of every
case whose body holds the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import Connection, column, table, text

FTS_TABLE = "case_fts"
HEAD_TABLE = "case_fts_head"  # title and label only: the relevance tiers
WEIGHTS = (10.0, 5.0, 1.0)  # title, label, body
_COLUMNS = "title, label, body"

CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_COLUMNS}, content='case_search', "
    # a prefix of 2, 3 or 4 letters has its own index (db/versions/0005): the word being
    # typed is read lazily; a longer one merges the doclists of all its terms first
    "content_rowid='case_id', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')",
    f"CREATE TRIGGER case_search_ai AFTER INSERT ON case_search BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) VALUES (new.case_id, new.title, new.label, "
    "new.body); END",
    f"CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.case_id, "
    "old.title, old.label, old.body); END",
    f"CREATE TRIGGER case_search_au AFTER UPDATE ON case_search BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.case_id, "
    "old.title, old.label, old.body); "
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) VALUES (new.case_id, new.title, new.label, "
    "new.body); END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES "
    f"('rank', 'bm25({', '.join(str(w) for w in WEIGHTS)})')",
    f"CREATE VIRTUAL TABLE {HEAD_TABLE} USING fts5(title, label, content='case_search', "
    "content_rowid='case_id', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')",
    f"CREATE TRIGGER case_search_head_ai AFTER INSERT ON case_search BEGIN "
    f"INSERT INTO {HEAD_TABLE}(rowid, title, label) VALUES (new.case_id, new.title, "
    "new.label); END",
    f"CREATE TRIGGER case_search_head_ad AFTER DELETE ON case_search BEGIN "
    f"INSERT INTO {HEAD_TABLE}({HEAD_TABLE}, rowid, title, label) VALUES ('delete', "
    "old.case_id, old.title, old.label); END",
    f"CREATE TRIGGER case_search_head_au AFTER UPDATE OF title, label ON case_search BEGIN "
    f"INSERT INTO {HEAD_TABLE}({HEAD_TABLE}, rowid, title, label) VALUES ('delete', "
    "old.case_id, old.title, old.label); "
    f"INSERT INTO {HEAD_TABLE}(rowid, title, label) VALUES (new.case_id, new.title, "
    "new.label); END",
    *(f"INSERT INTO {t}({t}, rank) VALUES ('automerge', 0)" for t in (FTS_TABLE, HEAD_TABLE)),
)
DROP = (
    "DROP TRIGGER IF EXISTS case_search_ai",
    "DROP TRIGGER IF EXISTS case_search_ad",
    "DROP TRIGGER IF EXISTS case_search_au",
    "DROP TRIGGER IF EXISTS case_search_head_ai",
    "DROP TRIGGER IF EXISTS case_search_head_ad",
    "DROP TRIGGER IF EXISTS case_search_head_au",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
    f"DROP TABLE IF EXISTS {HEAD_TABLE}",
)
REBUILD = tuple(f"INSERT INTO {t}({t}) VALUES ('rebuild')" for t in (FTS_TABLE, HEAD_TABLE))

# Merging (db/versions/0020): FTS5's own merging inside every write is off ('automerge' 0),
# so a write only adds its segment; ``merge`` does the work afterwards, a step at a time,
# each step its own short transaction. A step writes up to MERGE_PAGES pages of merged
# segments (FTS5's pages, about 4 KB each); a level is merged once it holds
# FTS5's ``usermerge`` (4) segments, as the automatic merging did, so the index has the
# shape it had before, only the time of the work moves.
MERGE_PAGES = 256
INDEXES = (FTS_TABLE, HEAD_TABLE)


def merge_step(conn: Connection, pages: int = MERGE_PAGES) -> bool:
    """One step of the indexes' merging: up to ``pages`` pages merged in each index that
    has work to do. True when it did any (FTS5's own test: the 'merge' command changed
    two rows or more, its ``total_changes``), False when the indexes are merged."""
    did = False
    for t in INDEXES:
        before = conn.exec_driver_sql("SELECT total_changes()").scalar_one()
        conn.exec_driver_sql(f"INSERT INTO {t}({t}, rank) VALUES ('merge', {int(pages)})")
        after = conn.exec_driver_sql("SELECT total_changes()").scalar_one()
        did = did or after - before >= 2
    return did


def automerge(conn: Connection) -> dict[str, int]:
    """The ``automerge`` setting of each index (FTS5's default 4 when none is stored)."""
    out = {}
    for t in INDEXES:
        row = conn.exec_driver_sql(f"SELECT v FROM {t}_config WHERE k = 'automerge'").first()
        out[t] = 4 if row is None else int(row[0])
    return out


def segments(conn: Connection, table: str = FTS_TABLE) -> int:
    """How many segments the index holds: the count in its structure record (the row of
    id 10 of ``<table>_data``: a 4-byte cookie, or the 8 bytes of the second format, then
    varints of the levels and the segments), 0 for an index never written."""
    row = conn.exec_driver_sql(f"SELECT block FROM {table}_data WHERE id = 10").first()
    if row is None:
        return 0
    blob: bytes = row[0]
    at = 8 if blob[:4] == b"\xff\x00\x00\x01" else 4
    _, at = _varint(blob, at)  # levels
    return _varint(blob, at)[0]


def _varint(blob: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint at ``at`` (1 to 9 bytes, big-endian, 7 bits a byte but the 9th's
    8): its value and where the next begins."""
    value = 0
    for n in range(9):
        byte = blob[at]
        at += 1
        if n == 8:
            return (value << 8) | byte, at
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return value, at


def check(conn: Connection) -> None:
    """FTS5's ``integrity-check`` of each index against ``case_search`` (raises the
    database's error, SQLITE_CORRUPT_VTAB, when an index does not match its rows)."""
    for t in INDEXES:
        conn.exec_driver_sql(f"INSERT INTO {t}({t}, rank) VALUES ('integrity-check', 1)")


# A token as unicode61 sees one: letters and digits; everything else separates tokens.
TOKEN = re.compile(r"[^\W_]+")

fts = table(FTS_TABLE, column("rowid"), column(FTS_TABLE), column("rank"))
head = table(HEAD_TABLE, column("rowid"), column(HEAD_TABLE))


def is_fts_name(name: str | None) -> bool:
    """The FTS table and its shadow tables (kept out of Alembic's model comparison)."""
    return bool(name) and (name == FTS_TABLE or str(name).startswith(FTS_TABLE + "_"))


def create(conn: Connection) -> None:
    for statement in CREATE:
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    for statement in DROP:
        conn.exec_driver_sql(statement)


def rebuild(conn: Connection) -> None:
    """Re-index every row of ``case_search``."""
    for statement in REBUILD:
        conn.exec_driver_sql(statement)


def available(conn: Connection) -> bool:
    """True on a SQLite database that has the index (cached per connection)."""
    if conn.dialect.name != "sqlite":
        return False
    key = "caselog.fts"
    if key not in conn.info:
        found = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
            {"n": FTS_TABLE},
        ).first()
        conn.info[key] = found is not None
    return bool(conn.info[key])


def quote(token: str) -> str:
    """One FTS5 string: the token between double quotes, inner quotes doubled, so that
    nothing in it (``*``, ``-``, ``:``, ``NEAR``, ``OR``) acts as query syntax."""
    return '"' + token.replace('"', '""') + '"'


def tiers(match: Match) -> list[Match]:
    """The relevance tiers of ``match``: every word in the title; every word in the
    patient label; anywhere. A tier leaves out the hits of the tiers above it
    (``caselog.store.pages``), so that together they are ``match``, each case once."""
    return [match.within("title"), match.within("label"), match]


def match_string(words: list[str], *, prefix_last: bool) -> str:
    """An FTS5 query needing every word (implicit AND); the last one as a prefix while
    the user is still typing it."""
    terms = [quote(w) for w in words]
    if terms and prefix_last:
        terms[-1] += "*"
    return " ".join(terms)


@dataclass(frozen=True)
class Match:
    """A full-text search: every word (the last one as a prefix while it is typed) in
    one column (``title`` or ``label``) or anywhere (``column`` None), on SQLite's FTS5
    or, with ``postgres``, PostgreSQL's index (``caselog.store.narrow`` makes its SQL)."""

    words: tuple[str, ...]
    prefix_last: bool
    postgres: bool = False
    column: str | None = None

    def within(self, column: str) -> Match:
        return replace(self, column=column)

    def fts5(self) -> str:
        """The FTS5 query."""
        match = match_string(list(self.words), prefix_last=self.prefix_last)
        return match if self.column is None else f"{{{self.column}}} : ({match})"
