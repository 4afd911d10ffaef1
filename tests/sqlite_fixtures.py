"""Small caselog-shaped SQLite files for the durability tests that need no store."""

from __future__ import annotations

from pathlib import Path

from caselog.store import dbfile


def make_db(path: Path, *, rows: int = 20, passphrase: str | None = None) -> Path:
    """A WAL database with the tables a backup must have, ``rows`` cases and an audit."""
    with dbfile.connection(path, passphrase=passphrase) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0002')")
        conn.execute(
            'CREATE TABLE "case" (id INTEGER PRIMARY KEY, title TEXT, updated_at TEXT, blob BLOB)'
        )
        conn.execute(
            "CREATE TABLE event (id INTEGER PRIMARY KEY, "
            'case_id INTEGER REFERENCES "case"(id) ON DELETE CASCADE, name TEXT)'
        )
        conn.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, action TEXT)")
        for i in range(rows):
            add_case(conn, f"case {i}")
    return path


def add_case(conn: dbfile.Connection, title: str) -> int:
    cur = conn.execute(
        'INSERT INTO "case" (title, updated_at, blob) VALUES (?, datetime(), ?)',
        (title, bytes(range(256)) * 40),
    )
    case_id = int(cur.lastrowid)
    conn.execute("INSERT INTO event (case_id, name) VALUES (?, ?)", (case_id, "calcium"))
    conn.execute("INSERT INTO audit (action) VALUES (?)", (f"create {title}",))
    return case_id


def titles(path: Path, *, passphrase: str | None = None) -> list[str]:
    with dbfile.connection(path, passphrase=passphrase, readonly=True) as conn:
        return [r[0] for r in conn.execute('SELECT title FROM "case" ORDER BY id')]


def damage(path: Path, *, pages: int = 4) -> None:
    """Overwrite whole pages in the middle of the file with garbage."""
    size = path.stat().st_size
    page = 4096
    middle = (size // page // 2) * page
    with open(path, "r+b") as f:
        f.seek(middle)
        f.write(b"\xa5\x5a" * (page * pages // 2))


def damage_data(path: Path, *, pages: int = 2) -> None:
    """Overwrite ``pages`` leaf pages of the largest table's data with garbage (never the
    schema: a damaged schema page is a file SQLite cannot open at all, another test)."""
    with dbfile.connection(path, readonly=True) as conn:
        [table] = conn.execute(
            "SELECT name FROM dbstat WHERE name NOT LIKE 'sqlite_%' AND pagetype = 'leaf' "
            "GROUP BY name ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        leaves = [
            int(r[0])
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    assert len(leaves) > pages, f"{table} has too few pages to damage"
    middle = len(leaves) // 2
    with open(path, "r+b") as f:
        for number in leaves[middle : middle + pages]:
            f.seek((number - 1) * size)
            f.write(b"\xa5\x5a" * (size // 2))
