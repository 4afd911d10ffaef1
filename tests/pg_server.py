"""A throwaway PostgreSQL server for the tests: ``initdb`` in a temporary folder, started
with ``pg_ctl`` on a free port of 127.0.0.1, stopped and removed at the end.

The binaries come from ``$CASELOG_PG_BIN``, else the newest ``/usr/lib/postgresql/N/bin``
(Debian's ``postgresql`` package), else ``pg_ctl`` on the PATH. PostgreSQL refuses to run
as root: as root the server runs as the ``postgres`` account (made by Debian's package)
through ``runuser``, its folder owned by that account. Local connections are trusted
(``-A trust``): the tests connect as any role they create, without passwords.

The cluster is made for speed, not durability (``fsync=off``, ``--no-sync``): it lives
for one test session.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "caselog_test"
MIN_VERSION = 15


class NoServer(Exception):
    """PostgreSQL's binaries or the account to run them are missing (the reason why)."""


def find_bin() -> Path:
    env = os.environ.get("CASELOG_PG_BIN")
    if env:
        return Path(env)
    found = []
    for d in Path("/usr/lib/postgresql").glob("*/bin"):
        if d.parent.name.isdigit() and (d / "pg_ctl").is_file():
            found.append((int(d.parent.name), d))
    if found:
        version, newest = max(found)
        if version < MIN_VERSION:
            raise NoServer(f"PostgreSQL {version} found; caselog needs {MIN_VERSION} or later")
        return newest
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise NoServer(
        "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: "
        "apt-get install postgresql, or set CASELOG_PG_BIN"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """A running server; ``url(db, user)`` is a SQLAlchemy URL for one of its databases."""

    root: Path
    bin: Path
    port: int
    run_as: str | None  # the account the server runs as when we are root

    @classmethod
    def start(cls) -> Cluster:
        bindir = find_bin()
        run_as = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise NoServer("running as root and there is no postgres account") from None
            run_as = "postgres"
        root = Path(tempfile.mkdtemp(prefix="caselog-pg-"))
        os.chmod(root, 0o755)
        if run_as is not None:
            shutil.chown(root, run_as)
        cluster = cls(root, bindir, _free_port(), run_as)
        try:
            cluster._run(
                "initdb", "-D", str(root / "data"), "-A", "trust", "-U", SUPERUSER,
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
            )  # fmt: skip
            options = (
                f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -F "
                "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
            )
            cluster._run(
                "pg_ctl", "-D", str(root / "data"), "-l", str(root / "log"), "-w",
                "-t", "60", "-o", options, "start",
            )  # fmt: skip
        except BaseException:
            cluster._remove()
            raise
        return cluster

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            log = self.root / "log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed: {done.stderr.strip()} {tail}")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def ident(name: str) -> str:
    """A database or role name the tests make (lower-case letters, digits, underscores)."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a plain identifier: {name!r}")
    return name


BACKENDS = ("sqlite", "postgresql")


def database_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The ``--db`` of a test's database on the backend of its ``backend`` parameter:
    a file under ``tmp_path``, or a fresh database on the test server."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "test.db")
