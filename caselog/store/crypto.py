"""Encryption at rest with SQLCipher: open with a passphrase, and encrypt a plain database.

A wrong passphrase and a damaged file look alike to SQLite ("file is not a database"), so
the passphrase is tried here first, on a connection of its own, and the user is told
"wrong passphrase" when the key does not open a file that is not plain SQLite.
"""

from __future__ import annotations

import os
from pathlib import Path

from caselog.store import dbfile
from caselog.store.errors import StoreError
from caselog.store.files import secure_file


class WrongPassphrase(StoreError):
    """The passphrase does not open this encrypted database."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(
            f"wrong passphrase for the encrypted database {db_path}: it could not be "
            "opened with the passphrase given (the file itself was not changed)"
        )
        self.db_path = db_path


class PassphraseNeeded(StoreError):
    """The database is encrypted and no passphrase was given."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(
            f"the database {db_path} is encrypted: give its passphrase "
            "(CASELOG_PASSPHRASE, or the prompt)"
        )
        self.db_path = db_path


class NotEncrypted(StoreError):
    """A passphrase was given for a database that is not encrypted."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(
            f"the database {db_path} is not encrypted, but a passphrase was given; "
            "open it without one (unset CASELOG_PASSPHRASE), or encrypt it first with "
            "File > Encrypt database…"
        )
        self.db_path = db_path


PASSPHRASE_ENV = "CASELOG_PASSPHRASE"


def is_encrypted(db_path: Path) -> bool:
    """True for an existing file that looks like SQLCipher: whole pages that read as
    random bytes from the first (its salt) on. A plain database with a damaged header, or
    any other file, is not taken for an encrypted one (``dbfile.header_kind``)."""
    if not db_path.is_file():
        return False
    size = db_path.stat().st_size
    return size > 0 and size % 512 == 0 and dbfile.header_kind(db_path) == "random"


def check_passphrase(db_path: Path, passphrase: str | None) -> None:
    """Raise ``WrongPassphrase``, ``PassphraseNeeded`` or ``NotEncrypted`` when the pair
    does not fit; return when the database opens (or does not exist yet)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    encrypted = is_encrypted(db_path)
    if passphrase is None:
        if encrypted:
            raise PassphraseNeeded(db_path)
        return
    if not encrypted:
        raise NotEncrypted(db_path)
    try:
        with dbfile.connection(db_path, passphrase=passphrase, readonly=True) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbfile.database_errors() as exc:
        if "not a database" in str(exc):
            raise WrongPassphrase(db_path) from None
        raise


def encrypt_database(db_path: Path, passphrase: str, *, wal: bool = True) -> Path:
    """Encrypt the plain database at ``db_path`` in place with ``passphrase``.

    The encrypted copy is written beside it with ``sqlcipher_export``, verified, and then
    moved over the original in one rename; the plain original is kept nowhere (its WAL and
    shared-memory files are removed). The caller must hold the writer lock, and no other
    connection may be open on the file.
    """
    if not passphrase:
        raise ValueError("an empty passphrase would not protect anything")
    if is_encrypted(db_path):
        raise ValueError(f"{db_path} is already encrypted")
    tmp = db_path.with_name(db_path.name + ".encrypting")
    tmp.unlink(missing_ok=True)
    secure_file(tmp)
    conn = dbfile.sqlcipher().connect(str(db_path), isolation_level=None)  # unkeyed: plain
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(
            f"ATTACH DATABASE {dbfile.quote_literal(str(tmp))} AS encrypted "
            f"KEY {dbfile.quote_literal(passphrase)}"
        )
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    with dbfile.connection(tmp, passphrase=passphrase) as conn:
        problems = dbfile.integrity_check(conn)
        if problems:
            tmp.unlink(missing_ok=True)
            raise RuntimeError("the encrypted copy failed its check: " + "; ".join(problems))
        conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    os.replace(tmp, db_path)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    return db_path
