"""X at the edge: one hostile value or answer costs one item or one stream, never the account.

Each test puts the hostile thing next to good items on the sandbox and runs the real worker;
what it asserts is what a person would see: the inbox, the quarantine and the account's state.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from channels.sandbox import X_ACCOUNT_ID, SandboxHandle
from tests.helpers.edge import (
    ANNA,
    account,
    arm,
    cli,
    connect_x,
    end_backoff,
    mention,
    paused_until,
    quarantined,
    redirect,
    stored_ids,
    x_dm,
)
from tests.helpers.sandbox import Bystander, Control
from webcare.accounts.credentials import CredentialStore
from webcare.cli import main
from webcare.runtime import Database
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus
from webcare.worker import Worker

MENTIONS = rf"/2/users/{X_ACCOUNT_ID}/mentions$"


def tweet(tweet_id: str, text: str) -> dict[str, Any]:
    """A mention as X serves it with our tweet.fields."""
    return {
        "id": tweet_id,
        "text": text,
        "edit_history_tweet_ids": [tweet_id],
        "author_id": ANNA["id"],
        "created_at": (utcnow() - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "conversation_id": tweet_id,
    }


def since_ids(control: Control) -> list[str | None]:
    """The since_id of every mentions request since the log was last cleared."""
    return [
        (entry["query"].get("since_id") or [None])[0]
        for entry in control.requests()
        if entry["path"].endswith(f"/users/{X_ACCOUNT_ID}/mentions")
    ]


def test_an_id_longer_than_19_digits_is_quarantined_and_never_becomes_the_cursor(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect_x(database, store, sandbox)
    good = mention(control, "Mijn container is niet geleegd")
    control.post("/_sandbox/x/raw_mentions", {"tweet": tweet("1" * 25, "Te lang")})
    worker.run_once()
    assert stored_ids(database) == [good]
    assert [q.external_id for q in quarantined(database)] == ["1" * 25]
    later = mention(control, "Nog steeds niet")
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert since_ids(control) == [good]
    assert stored_ids(database) == [good, later]


def test_a_5000_digit_id_or_newest_id_costs_one_item_not_the_poll(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    account_id = connect_x(database, store, sandbox)
    good = mention(control, "Lantaarnpaal kapot")
    control.post("/_sandbox/x/raw_mentions", {"tweet": tweet("7" * 5000, "Vijfduizend cijfers")})
    worker.run_once()
    assert stored_ids(database) == [good]
    assert len(quarantined(database)) == 1
    assert account(database, account_id).status is AccountStatus.ACTIVE
    # The page's meta names a newest id of 5,000 digits; its one item is fine.
    served = tweet(str(int(good) + 1), "Goed bericht naast een giftige meta")
    body = {"data": [served], "meta": {"newest_id": "9" * 5000, "result_count": 1}}
    arm(control, "/x", kind="raw", path=MENTIONS, body=json.dumps(body))
    worker.run_once()
    assert stored_ids(database) == [good, served["id"]]
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert since_ids(control) == [served["id"]]


def test_an_absurd_reset_pauses_a_stream_for_minutes_shown_and_cleared_by_check(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    capsys: pytest.CaptureFixture[str],
) -> None:
    account_id = connect_x(database, store, sandbox)
    asked = mention(control, "Wanneer komt de vuilniswagen?")
    message = x_dm(control, "Hallo, een vraag")
    arm(
        control,
        "/x",
        kind="status",
        status=429,
        path=MENTIONS,
        headers={"x-rate-limit-reset": "99999999999", "x-rate-limit-remaining": "0"},
    )
    worker.run_once()
    assert stored_ids(database) == [message]  # the other stream is read
    paused = paused_until(database, account_id)
    assert set(paused) == {"mentions"}
    assert paused["mentions"] <= utcnow() + timedelta(hours=24)
    db = cli(database, store)
    assert main([*db, "accounts", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["status"] == "rate_limited"
    assert set(row["paused"]) == {"mentions"}
    assert main([*db, "accounts", "check"]) == 0
    capsys.readouterr()
    assert paused_until(database, account_id) == {}
    assert account(database, account_id).status is AccountStatus.ACTIVE
    worker.run_once()
    assert sorted(stored_ids(database)) == sorted([message, asked])


def test_json_nested_200000_deep_is_a_temporary_failure_of_its_stream(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    account_id = connect_x(database, store, sandbox)
    asked = mention(control, "Is het gemeentehuis open?")
    message = x_dm(control, "Goedemorgen")
    deep = '{"data":' + "[" * 200_000 + "]" * 200_000 + "}"
    arm(control, "/x", kind="raw", path=MENTIONS, body=deep)
    worker.run_once()
    failed = account(database, account_id)
    assert failed.status is not AccountStatus.ERROR
    assert stored_ids(database) == [message]
    end_backoff(database, account_id)
    worker.run_once()
    assert sorted(stored_ids(database)) == sorted([message, asked])
    assert account(database, account_id).status is AccountStatus.ACTIVE


def test_data_as_an_object_instead_of_a_list_is_quarantined(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect_x(database, store, sandbox)
    message = x_dm(control, "Hoi")
    lone = tweet("1950000000000000100", "Een object in plaats van een lijst")
    body = {"data": lone, "meta": {"result_count": 1, "newest_id": lone["id"]}}
    arm(control, "/x", kind="raw", path=MENTIONS, body=json.dumps(body))
    worker.run_once()
    assert stored_ids(database) == [message]
    (kept,) = quarantined(database)
    assert kept.stream == "mentions"
    assert "Een object in plaats van een lijst" in kept.payload


# ---- scenario 6: only the API host, ever


def test_an_x_redirect_is_not_followed_and_named_on_the_account(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    bystander: Bystander,
) -> None:
    account_id = connect_x(database, store, sandbox)
    asked = control.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Hallo"})["tweet"]["id"]
    message = control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Hoi"})["dm_event"]["id"]
    arm(control, "/x", path=rf"/users/{X_ACCOUNT_ID}/mentions$", **redirect(bystander))
    worker.run_once()
    assert bystander.requests == []
    assert stored_ids(database) == [message]
    assert "redirect" in (account(database, account_id).status_reason or "")
    end_backoff(database, account_id)
    worker.run_once()
    assert sorted(stored_ids(database)) == sorted([asked, message])
