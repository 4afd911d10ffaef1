"""Files holding patient data are readable by the user alone: folders 0700, files 0600."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DIR_MODE = 0o700
FILE_MODE = 0o600


def secure_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; the folder itself ends up 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(path, DIR_MODE)
    return path


def secure_file(path: Path) -> Path:
    """Create ``path`` empty if it does not exist, and make it 0600 either way."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)
    return path


def secure_database_files(db_path: Path) -> None:
    """Make the database and its companions (-wal, -shm, .lock) 0600 where they exist.

    Only takes access away: a file its owner made read-only is left exactly as it is
    (caselog opens it read-only, caselog/store/engine.py), never made writable."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        p = db_path.with_name(db_path.name + suffix)
        try:
            mode = p.stat().st_mode
        except FileNotFoundError:
            continue
        if mode & 0o200 and mode & 0o777 != FILE_MODE:
            os.chmod(p, FILE_MODE)


def user_data_dir() -> Path:
    """caselog's folder in the user's data directory (not created here)."""
    return Path(platformdirs.user_data_dir("caselog"))


def backup_dir_for(db_path: Path) -> Path:
    """Where the backups of ``db_path`` live: ``backups/`` in the data folder for the
    default database, ``<db>.backups/`` beside any other database file."""
    db_path = Path(os.path.abspath(db_path))
    if db_path.parent == Path(os.path.abspath(user_data_dir())):
        return db_path.parent / "backups"
    return db_path.with_name(db_path.name + ".backups")
