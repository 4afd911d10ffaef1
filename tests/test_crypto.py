"""Encryption at rest: wrong passphrase is said plainly; a plain database can be encrypted."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from caselog.store import crypto, dbfile
from caselog.store import services as sv
from caselog.store.crypto import NotEncrypted, PassphraseNeeded, WrongPassphrase
from caselog.store.engine import open_store
from tests.conftest import QUICK_KDF_ITER
from tests.sqlite_fixtures import make_db, titles
from tests.store.factory import minimal_case


def _kdf_iter(db: Path, passphrase: str) -> int:
    with dbfile.connection(db, passphrase=passphrase, readonly=True) as conn:
        return int(conn.execute("PRAGMA kdf_iter").fetchone()[0])


@pytest.mark.real_kdf
def test_a_store_keyed_with_sqlciphers_own_key_derivation(tmp_path: Path) -> None:
    db = tmp_path / "real.db"
    store = open_store(str(db), passphrase="right")
    try:
        saved = sv.create_case(minimal_case("Real rounds"), store=store).case
        assert saved.id is not None
    finally:
        store.close()
    assert _kdf_iter(db, "right") == 256_000  # SQLCipher 4's default: caselog keeps it
    store = open_store(str(db), passphrase="right")
    try:
        assert sv.get_case(saved.id, store=store).title == "Real rounds"
    finally:
        store.close()


def test_the_suite_keys_with_fewer_rounds_unless_a_test_asks(tmp_path: Path) -> None:
    """What tests/conftest.py promises: the other encrypted tests run on quick keys."""
    db = make_db(tmp_path / "quick.db", passphrase="right")
    assert _kdf_iter(db, "right") == QUICK_KDF_ITER
    assert titles(db, passphrase="right")


@pytest.mark.real_kdf
def test_wrong_passphrase_says_so_not_corrupt(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", passphrase="right")
    crypto.check_passphrase(db, "right")
    with pytest.raises(WrongPassphrase) as info:
        crypto.check_passphrase(db, "wrong")
    message = str(info.value)
    assert "wrong passphrase" in message
    assert "corrupt" not in message and "damaged" not in message
    with pytest.raises(PassphraseNeeded, match="encrypted"):
        crypto.check_passphrase(db, None)


def test_passphrase_for_a_plain_database_is_refused(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db")
    crypto.check_passphrase(db, None)
    with pytest.raises(NotEncrypted):
        crypto.check_passphrase(db, "x")
    crypto.check_passphrase(tmp_path / "new.db", "x")  # nothing there yet: fine


def test_encrypt_an_existing_database(tmp_path: Path) -> None:
    db = make_db(tmp_path / "c.db", rows=5)
    before = titles(db)
    assert b"case 3" in db.read_bytes()
    crypto.encrypt_database(db, 'it\'s a "quoted" passphrase')
    assert crypto.is_encrypted(db)
    assert b"case 3" not in db.read_bytes()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert titles(db, passphrase='it\'s a "quoted" passphrase') == before
    with dbfile.connection(db, passphrase='it\'s a "quoted" passphrase') as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not (tmp_path / "c.db.encrypting").exists()
    with pytest.raises(ValueError, match="already encrypted"):
        crypto.encrypt_database(db, "again")
