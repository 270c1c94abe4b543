"""`webcare sandbox` as a user and the demo meet it: a real process, real signals."""

from __future__ import annotations

import selectors
import signal
import subprocess
from collections.abc import Iterator

import pytest
import requests

from channels.sandbox import X_TOKEN, start
from tests.helpers.cli import start_webcare

FIRST_LINE = "Sandbox listening on http://127.0.0.1:"


def webcare(*args: str) -> subprocess.Popen[str]:
    return start_webcare(*args, env={"PYTHONUNBUFFERED": "0"})


def first_line(process: subprocess.Popen[str], timeout: float = 30) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise AssertionError("no output from webcare sandbox")
    return process.stdout.readline()


@pytest.fixture
def sandbox_process() -> Iterator[subprocess.Popen[str]]:
    process = webcare("sandbox", "--port", "0", "--seed", "3")
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=30)


def test_prints_the_url_first_serves_and_stops_on_sigterm(
    sandbox_process: subprocess.Popen[str],
) -> None:
    line = first_line(sandbox_process)
    assert line.startswith(FIRST_LINE) and line.endswith("\n")
    url = line.removeprefix("Sandbox listening on ").strip()
    me = requests.get(
        url + "/x/2/users/me", headers={"Authorization": f"Bearer {X_TOKEN}"}, timeout=10
    )
    assert me.status_code == 200
    assert me.json()["data"]["id"] == "4242"
    sandbox_process.send_signal(signal.SIGTERM)
    out, err = sandbox_process.communicate(timeout=30)
    assert sandbox_process.returncode == 0, err
    assert out == "" and "Traceback" not in err


def test_stops_on_sigint_too(sandbox_process: subprocess.Popen[str]) -> None:
    assert first_line(sandbox_process).startswith(FIRST_LINE)
    sandbox_process.send_signal(signal.SIGINT)
    assert sandbox_process.wait(timeout=30) == 0


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--host", "0.0.0.0"], "loopback only"),
        (["--host", "192.168.1.10"], "loopback only"),
        (["--port", "70000"], "not a port number"),
        (["--rate", "-1"], "not a rate"),
        (["--seed", "abc"], "invalid int value"),
    ],
)
def test_bad_options_exit_2_with_one_line(args: list[str], complaint: str) -> None:
    process = webcare("sandbox", *args)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and complaint in lines[0], err
    assert out == ""


def test_port_in_use_exits_1_with_one_line() -> None:
    with start() as taken:
        process = webcare("sandbox", "--port", str(taken.port))
        out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and f"cannot listen on 127.0.0.1:{taken.port}" in lines[0], err
    assert out == ""


def test_help_lists_the_sandbox_command() -> None:
    process = webcare("--help")
    out, _ = process.communicate(timeout=60)
    assert "    sandbox " in out
