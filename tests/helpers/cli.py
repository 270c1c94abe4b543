"""The `webcare` command as a person runs it: a real process, real exit codes and output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

COMMAND = (sys.executable, "-m", "webcare")


def _environment(env: Mapping[str, str] | None) -> dict[str, str]:
    # The tests' isolated folders (WEBCARE_DATA_DIR, ...) are in os.environ; `env` adds to them.
    return {**os.environ, **(env or {})}


def webcare(
    *args: str,
    stdin: str = "",
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run `webcare ARGS…` to the end; its output as text."""
    return subprocess.run(
        [*COMMAND, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_environment(env),
        check=False,
    )


def start_webcare(
    *args: str,
    env: Mapping[str, str] | None = None,
    text: bool = True,
    output: int | None = subprocess.PIPE,
) -> subprocess.Popen[Any]:
    """Start `webcare ARGS…` (a sandbox, a worker, an export read halfway) and return it."""
    return subprocess.Popen(
        [*COMMAND, *args],
        stdout=output,
        stderr=output,
        text=text,
        env=_environment(env),
    )


@contextmanager
def sandbox_command(seed: int) -> Iterator[str]:
    """`webcare sandbox` running in its own process; yields its address, stops it on SIGTERM."""
    process = start_webcare("sandbox", "--port", "0", "--seed", str(seed))
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    assert first.startswith("Sandbox listening on http://127.0.0.1:"), first
    try:
        yield first.removeprefix("Sandbox listening on ")
    finally:
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=30)  # also closes the pipes
    assert process.returncode == 0, errors
