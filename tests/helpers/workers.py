"""Real `webcare worker` processes, started in milliseconds: forked from a warm parent; and the
sandbox's X account connected for them.

A crash test starts hundreds of workers; each new interpreter spends about a second importing
SQLAlchemy, Alembic and the platform libraries before it makes its first request. A *zygote*
(a single-threaded Python process that has imported all of that once) forks a child per
worker instead; the child sets its environment, runs `webcare.cli.main(ARGS)` and exits with
its exit code. The children are ordinary processes of their own: they can be killed with
SIGKILL, stopped with SIGSTOP and continued, and their exit codes and standard error are read
as from `subprocess`. The zygote reaps them, so a killed worker's process id is gone, as after
any crash.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from channels.sandbox import SandboxHandle
from tests.helpers import edge
from webcare.accounts.credentials import CredentialStore
from webcare.runtime import Database

ZYGOTE = r"""
import json, os, sys
import webcare.cli, webcare.commands.worker, webcare.worker, webcare.scheduling
import channels.x, channels.facebook, channels.instagram

def child(args, env, errors):
    os.environ.clear()
    os.environ.update(env)
    fd = os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 2)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    sys.stdin.close()
    try:
        code = webcare.cli.main(args)
    except BaseException:
        import traceback
        traceback.print_exc()
        code = 70
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

def status(raw):
    return os.waitstatus_to_exitcode(raw)

for line in sys.stdin:
    request = json.loads(line)
    if request["cmd"] == "start":
        pid = os.fork()
        if pid == 0:
            child(request["args"], request["env"], request["errors"])
        answer = {"pid": pid}
    else:
        flags = os.WNOHANG if request["cmd"] == "poll" else 0
        done, raw = os.waitpid(request["pid"], flags)
        answer = {"code": status(raw) if done else None}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
"""


class Zygote:
    """The warm parent of the workers; `start(args, env)` forks one."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ,
        )
        self._folder = Path(tempfile.mkdtemp(prefix="webcare-workers-"))
        self._count = 0

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        answer: dict[str, Any] = json.loads(self._process.stdout.readline())
        return answer

    def start(self, args: list[str], env: dict[str, str]) -> WorkerProcess:
        self._count += 1
        errors = self._folder / f"{self._count}.stderr"
        pid = self._ask({"cmd": "start", "args": args, "env": env, "errors": str(errors)})["pid"]
        return WorkerProcess(self, int(pid), errors)

    def poll(self, pid: int) -> int | None:
        code = self._ask({"cmd": "poll", "pid": pid})["code"]
        return None if code is None else int(code)

    def wait(self, pid: int) -> int:
        return int(self._ask({"cmd": "wait", "pid": pid})["code"])

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=30)
        if self._process.stdout is not None:
            self._process.stdout.close()
        for path in self._folder.iterdir():
            path.unlink()
        self._folder.rmdir()


class WorkerProcess:
    """One forked worker, with the parts of `subprocess.Popen` the crash test uses."""

    def __init__(self, zygote: Zygote, pid: int, errors: Path) -> None:
        self._zygote = zygote
        self.pid = pid
        self._errors = errors
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self._zygote.poll(self.pid)
        return self.returncode

    def wait(self) -> int:
        if self.returncode is None:
            self.returncode = self._zygote.wait(self.pid)
        return self.returncode

    def send_signal(self, signum: signal.Signals) -> None:
        if self.returncode is None:
            os.kill(self.pid, signum)

    def communicate(self) -> tuple[int, str]:
        """Wait for the exit; returns the exit code and what it wrote on standard error."""
        code = self.wait()
        return code, self._errors.read_text(encoding="utf-8", errors="replace")


def connect_x(database: Database, sandbox: SandboxHandle) -> CredentialStore:
    """The sandbox's X account, its credential in the data folder (where a worker process
    started by the test finds it too)."""
    store = CredentialStore(Path(os.environ["WEBCARE_DATA_DIR"]), use_keyring=False)
    edge.connect_x(database, store, sandbox)
    return store


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Poll `condition` until it holds (True) or time is up (False); never a fixed sleep."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            return False
        pause.wait(0.005)
    return True
