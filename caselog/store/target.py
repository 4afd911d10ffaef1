"""Which database: ``--db``, else ``$CASELOG_DB``, else ``caselog.db`` in the data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from caselog.store.files import secure_dir

ENV_VAR = "CASELOG_DB"


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("caselog")) / "caselog.db"


def resolve_target(target: str | None = None) -> str:
    """The database URL: ``target`` (``--db``), else ``$CASELOG_DB``, else the default file.

    A target with ``://`` is a database URL; anything else is a path to a SQLite file.
    """
    chosen = target or os.environ.get(ENV_VAR) or None
    if chosen is None:
        secure_dir(default_path().parent)
        return f"sqlite:///{default_path()}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"
