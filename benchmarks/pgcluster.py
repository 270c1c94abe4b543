"""A throwaway PostgreSQL server for `make bench`, made as `.ci/run` makes CI's.

`initdb` (as the user postgres when the bench runs as root, through `runuser`) into the work
folder, started on a free port on 127.0.0.1 only, stopped when the bench ends. The cluster's
folder is kept, so the data sets generated in it are reused by the next run, as the SQLite
ones are.

`BENCH_PG_URL=postgresql://…/` uses a server that already runs instead (the bench creates its
databases there); `BENCH_PG=0` leaves PostgreSQL out; `BENCH_PG=1` insists on it (the run stops
when no server can be started).
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Server:
    """A running server: `url(name)` is the URL of one of its databases."""

    base: str  # postgresql://user@host:port
    stop_command: list[str] | None = None

    def url(self, database: str) -> str:
        return f"{self.base}/{database}"

    def create(self, database: str) -> None:
        import psycopg

        if not self.exists(database):
            with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
                connection.execute(f'CREATE DATABASE "{database}"')

    def exists(self, database: str) -> bool:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            found = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (database,)
            ).fetchone()
        return found is not None

    def drop(self, database: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    def stop(self) -> None:
        if self.stop_command:
            subprocess.run(self.stop_command, capture_output=True, check=False, timeout=120)
            self.stop_command = None


def _initdb() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return found[-1]  # the newest installed
    return shutil.which("initdb")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(work: Path) -> tuple[Server | None, str]:
    """A server for the PostgreSQL rows, or None and the reason there is none."""
    wanted = os.environ.get("BENCH_PG", "")
    if wanted == "0":
        return None, "BENCH_PG=0"
    if url := os.environ.get("BENCH_PG_URL"):
        return Server(url.rstrip("/")), ""
    initdb = _initdb()
    if initdb is None:
        return None, "no initdb found (install PostgreSQL, or give BENCH_PG_URL)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed"
    bin_dir = Path(initdb).parent
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    data = (work / "postgresql").resolve()
    if as_root:
        # The postgres user must reach the folder: the work folder may sit under a home.
        here = data
        try:
            _reachable(data.parent)
        except PermissionError:
            digest = hashlib.sha1(str(data).encode()).hexdigest()[:10]
            here = Path("/tmp") / f"webcare-bench-pg-{digest}"
        data = here
    log = data.parent / f"{data.name}.log"
    if not (data / "PG_VERSION").exists():
        if data.exists():
            shutil.rmtree(data)
        data.mkdir(parents=True)
        if as_root:
            shutil.chown(data, "postgres")
        done = subprocess.run(
            [*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            return None, f"initdb failed: {done.stderr.strip()[-300:]}"
    if as_root:
        log.touch()
        shutil.chown(log, "postgres")
    if (data / "postmaster.pid").exists():  # this folder's server, left by a run that crashed
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            capture_output=True,
            check=False,
            timeout=120,
        )
    port = _free_port()
    options = f"-h 127.0.0.1 -p {port} -k {data} -c fsync=off"
    done = subprocess.run(
        [
            *prefix,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(log),
            "-o",
            options,
            "start",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-500:] if log.exists() else done.stderr
        return None, f"PostgreSQL did not start: {tail.strip()}"
    stop = [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]
    return Server(f"postgresql://postgres@127.0.0.1:{port}", stop), ""


def _reachable(folder: Path) -> None:
    """Raise PermissionError unless every folder up to `folder` lets others pass."""
    for part in [folder, *folder.parents]:
        if part.exists() and not os.stat(part).st_mode & 0o001:
            raise PermissionError(str(part))
