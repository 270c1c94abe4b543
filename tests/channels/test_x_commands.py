"""The commands a person runs: `webcare sandbox`, `accounts add`, `worker --once`, `export`."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import requests

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME
from tests.helpers.cli import sandbox_command, webcare

# Every command here uses the database `webcare db upgrade` makes (no other command does).
pytestmark = pytest.mark.usefixtures("default_database")


@pytest.fixture
def sandbox_process() -> Iterator[str]:
    with sandbox_command(seed=7) as url:
        yield url


def test_worker_once_against_a_running_sandbox_fills_the_database(sandbox_process: str) -> None:
    url = sandbox_process
    ticked = requests.post(f"{url}/_sandbox/x/tick", json={"count": 15}, timeout=10).json()
    assert len(ticked["created"]) == 15

    added = webcare(
        "accounts",
        "add",
        "--platform",
        "x",
        "--name",
        "Gemeente op X",
        "--handle",
        X_USERNAME,
        "--external-id",
        X_ACCOUNT_ID,
        "--api-base",
        f"{url}/x",
        "--token-stdin",
        stdin=X_TOKEN,
    )
    assert added.returncode == 0, added.stderr
    checked = webcare("accounts", "check")
    assert checked.returncode == 0 and f"@{X_USERNAME}" in checked.stdout

    once = webcare("worker", "--once")
    assert once.returncode == 0, once.stderr
    assert "new" in once.stdout

    exported = json.loads(webcare("inbox", "export", "--format", "json").stdout)
    assert exported, "the inbox is empty"
    texts = {m["text"] for c in exported for m in c["messages"]}
    state = requests.get(f"{url}/_sandbox/x/state", timeout=10).json()
    resident_texts = {t["text"] for t in state["tweets"] if t["author_id"] != X_ACCOUNT_ID}
    resident_texts |= {e["text"] for e in state["dm_events"] if e["sender_id"] != X_ACCOUNT_ID}
    assert texts == resident_texts
    listed = json.loads(webcare("accounts", "list", "--json").stdout)
    assert listed[0]["last_success_at"] is not None and listed[0]["status"] == "active"


def test_worker_once_exits_0_when_an_account_fails(sandbox_process: str) -> None:
    url = sandbox_process
    webcare(
        "accounts",
        "add",
        "--platform",
        "x",
        "--name",
        "G",
        "--handle",
        X_USERNAME,
        "--external-id",
        X_ACCOUNT_ID,
        "--api-base",
        f"{url}/x",
        "--token-stdin",
        stdin="not-the-token",
    )
    once = webcare("worker", "--once")
    assert once.returncode == 0
    assert "error: credential rejected" in once.stdout
    listed = json.loads(webcare("accounts", "list", "--json").stdout)
    assert listed[0]["status"] == "needs_reauth"
    assert webcare("accounts", "check").returncode == 1
