"""The commands a person runs, for all three platforms: `webcare sandbox`, `accounts add` and
`check`, `worker --once` and `inbox export`, each a real process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from channels.sandbox import (
    IG_USER_ID,
    IG_USERNAME,
    PAGE_ID,
    PAGE_TOKEN,
    PAGE_USERNAME,
    X_ACCOUNT_ID,
    X_TOKEN,
    X_USERNAME,
)
from tests.helpers.cli import sandbox_command, webcare

# Every command here uses the database `webcare db upgrade` makes (no other command does).
pytestmark = pytest.mark.usefixtures("default_database")


@pytest.fixture
def sandbox_process() -> Iterator[str]:
    with sandbox_command(seed=11) as url:
        yield url


def add(platform: str, handle: str, external_id: str, base: str, token: str, *extra: str) -> None:
    added = webcare(
        "accounts",
        "add",
        "--platform",
        platform,
        "--name",
        f"Gemeente op {platform}",
        "--handle",
        handle,
        "--external-id",
        external_id,
        "--api-base",
        base,
        "--token-stdin",
        *extra,
        stdin=token,
    )
    assert added.returncode == 0, added.stderr


def resident_texts(url: str) -> set[str]:
    x: dict[str, Any] = requests.get(f"{url}/_sandbox/x/state", timeout=10).json()
    texts = {t["text"] for t in x["tweets"] if t["author_id"] != X_ACCOUNT_ID}
    texts |= {e["text"] for e in x["dm_events"] if e["sender_id"] != X_ACCOUNT_ID}
    graph: dict[str, Any] = requests.get(f"{url}/_sandbox/graph/state", timeout=10).json()
    ours = {PAGE_ID, IG_USER_ID}
    texts |= {c["message"] for c in graph["comments"] if c["author_id"] not in ours}
    texts |= {p["message"] for p in graph["posts"] if p["author_id"] not in ours}
    texts |= {c["text"] for c in graph["ig_comments"] if c["author_id"] not in ours}
    texts |= {m["caption"] for m in graph["media"] if m["owner_id"] not in ours}
    texts |= {m["text"] for m in graph["messages"] if m["sender_id"] not in ours}
    return texts


def test_worker_once_fills_the_inbox_from_x_facebook_and_instagram(sandbox_process: str) -> None:
    url = sandbox_process
    ticked = requests.post(f"{url}/_sandbox/graph/tick", json={"count": 40}, timeout=10).json()
    assert len(ticked["created"]) == 40
    requests.post(f"{url}/_sandbox/x/tick", json={"count": 10}, timeout=10).raise_for_status()

    add("x", X_USERNAME, X_ACCOUNT_ID, f"{url}/x", X_TOKEN)
    add("facebook", PAGE_USERNAME, PAGE_ID, f"{url}/graph", PAGE_TOKEN)
    add("instagram", IG_USERNAME, IG_USER_ID, f"{url}/graph", PAGE_TOKEN, "--page-id", PAGE_ID)
    checked = webcare("accounts", "check")
    assert checked.returncode == 0, checked.stdout
    for handle in (X_USERNAME, PAGE_USERNAME, IG_USERNAME):
        assert f"belongs to @{handle}" in checked.stdout

    once = webcare("worker", "--once")
    assert once.returncode == 0, once.stderr
    assert once.stdout.count("new") == 3, once.stdout

    exported = json.loads(webcare("inbox", "export", "--format", "json").stdout)
    platforms = {c["platform"] for c in exported}
    assert platforms == {"x", "facebook", "instagram"}
    texts = {m["text"] for c in exported for m in c["messages"]}
    assert texts == resident_texts(url)
    listed = json.loads(webcare("accounts", "list", "--json").stdout)
    assert [(a["platform"], a["status"]) for a in listed] == [
        ("x", "active"),
        ("facebook", "active"),
        ("instagram", "active"),
    ]
    assert listed[2]["page_id"] == PAGE_ID


def test_a_wrong_page_token_needs_reauthorisation_and_check_says_so(sandbox_process: str) -> None:
    url = sandbox_process
    add("facebook", PAGE_USERNAME, PAGE_ID, f"{url}/graph", "not-the-page-token")
    once = webcare("worker", "--once")
    assert once.returncode == 0
    assert "error: credential rejected" in once.stdout
    assert json.loads(webcare("accounts", "list", "--json").stdout)[0]["status"] == "needs_reauth"
    checked = webcare("accounts", "check")
    assert checked.returncode == 1 and "FAILED" in checked.stdout
