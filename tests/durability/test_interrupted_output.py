"""Issue 15: an export, report or overview killed midway leaves its temporary file
(``.NAME.*.tmp``) beside the target; the next start on that database, or the next output
written to that folder, removes it (``caselog/interchange/outputs.py``). Each test kills a
real ``caselog`` subprocess with SIGKILL at the moment its temporary file is written whole
and being synced, before it is renamed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from caselog.interchange import outputs
from caselog.store import backup
from caselog.store import services as sv
from caselog.store.engine import open_store
from tests.conftest import QUICK_KDF_ITER
from tests.store.factory import example_case, minimal_case

# os.fsync of a file named *.tmp under the target's name: SIGKILL, as a power cut or the
# user's kill would stop the writer (the same on the old code, which named its temporary
# files .NAME.XXXXXXXX.tmp and synced them through os.fsync too)
KILLED = """
import os, signal, sys
import sqlcipher3
KDF = sqlcipher3.connect(":memory:")  # the tests' quick key derivation (tests/conftest.py)
KDF.execute("PRAGMA cipher_default_kdf_iter = " + sys.argv[1])
real = os.fsync
def fsync(fd):
    try:
        name = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        name = ""
    # not the word lists' cache (CASELOG_WORD_CACHE), which a first use may write: only
    # the output's own temporary file is the one under test
    cache = os.environ.get("CASELOG_WORD_CACHE") or "/no cache/"
    if name.endswith(".tmp") and not name.startswith(cache):
        os.kill(os.getpid(), signal.SIGKILL)
    real(fd)
os.fsync = fsync
from caselog import cli
sys.exit(cli.main(sys.argv[2:]))
"""


def _killed(*args: str, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(QUICK_KDF_ITER), *args],
        check=False,
        capture_output=True,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()


def _temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.name.endswith(".tmp"))


def _db(path: Path, *, images: bool = False, passphrase: str | None = None) -> Path:
    store = open_store(str(path))
    try:
        sv.create_case(example_case() if images else minimal_case("Case one"), store=store)
    finally:
        store.close()
    if passphrase is not None:
        sv.encrypt_database(str(path), passphrase)
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["export", "1", "-o", "{out}/case.json"],
        ["report", "1", "--template", "cureus", "-o", "{out}/case.pdf", "--accept-redactions"],
    ],
    ids=["export", "report"],
)
@pytest.mark.parametrize("cache", ["warm", "cold"])
def test_a_killed_output_is_removed_by_the_next_start(
    command: list[str], cache: str, tmp_path: Path
) -> None:
    """``cold``: the word lists' cache is empty, so the report writes it (a file of its own
    under a temporary name) before its output; the kill is the output's, not the cache's."""
    db = _db(tmp_path / "c.db")
    out = tmp_path / "out"
    out.mkdir()
    env = {"CASELOG_WORD_CACHE": str(tmp_path / "words")} if cache == "cold" else None
    _killed("--db", str(db), *(a.format(out=out) for a in command), env=env)
    [left] = _temps(out)  # what the kill leaves: the whole output, under a temporary name
    assert left.name.startswith(".case.")
    assert [p.name for p in out.iterdir()] == [left.name]  # and no output
    open_store(str(db)).close()  # the next start
    assert _temps(out) == [] and list(out.iterdir()) == []
    assert not backup.partials_path(db).exists()


def test_a_killed_export_with_images_is_cleaned_up_by_the_next_export_there(
    tmp_path: Path,
) -> None:
    """The next export to that folder, from another database (whose start knows nothing of
    it), removes what the killed one left, in the images folder too."""
    db = _db(tmp_path / "c.db", images=True)
    out = tmp_path / "out"
    out.mkdir()
    _killed("--db", str(db), "export", "1", "-o", str(out / "case.json"))
    [left] = _temps(out)
    assert left.parent == out / "case-images"  # killed at the first image
    other = _db(tmp_path / "other.db", images=True)
    from caselog import cli

    assert cli.main(["--db", str(other), "export", "1", "-o", str(out / "case.json")]) == 0
    assert _temps(out) == []
    assert (out / "case.json").exists()


def test_the_partial_export_of_an_encrypted_database_does_not_outlive_the_next_start(
    tmp_path: Path,
) -> None:
    """The export of an encrypted database is plain text (it is what the user asked for);
    a kill's partial copy of it is removed when the database is next opened."""
    db = _db(tmp_path / "c.db", passphrase="secret")
    out = tmp_path / "out"
    out.mkdir()
    env = {sv.PASSPHRASE_ENV: "secret"}
    _killed("--db", str(db), "export", "1", "-o", str(out / "case.json"), env=env)
    [left] = _temps(out)
    assert b"Case one" in left.read_bytes()  # the plain text a kill leaves beside the target
    open_store(str(db), passphrase="secret").close()
    assert _temps(out) == []


def test_a_sweep_leaves_a_file_being_written_and_what_is_not_ours(tmp_path: Path) -> None:
    """A temporary file another export is still writing (locked) stays; so does a user's
    file that only looks alike."""
    target = tmp_path / "case.json"
    mine = tmp_path / ".notes.abcdefgh.tmp"  # another program's, for another name
    mine.write_text("keep")
    with outputs.written(target) as tmp:
        tmp.write_text("half")
        assert outputs.sweep(tmp_path, ["case.json"]) == []
        assert tmp.exists() and mine.exists()
    assert target.read_text() == "half" and mine.exists()
