"""Nothing lost to a gap: a weekend with the worker off, posts older than the newest 25.

X serves a month of direct messages newest first without since_id, and only the 800 most
recent mentions on the timeline; Facebook and Instagram list comments per post. After a burst
every message must be in the inbox within a few passes, exactly once; what X no longer
serves is named on the account.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from channels.sandbox import SandboxHandle
from tests.helpers.edge import (
    ANNA,
    account,
    cli,
    comment,
    connect_meta,
    connect_x,
    published,
    stored_ids,
)
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.health import summarize
from webcare.cli import main
from webcare.runtime import Database
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus, Platform
from webcare.worker import Worker


def test_a_weekend_of_1000_dms_and_1500_mentions_is_stored_in_three_passes_exactly_once(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    account_id = connect_x(database, store, sandbox)
    worker.run_once()  # the account is new: nothing yet
    mentions = control.post(
        "/_sandbox/x/mentions", {"author": ANNA, "text": "Melding", "count": 1500}
    )["tweets"]
    dms = control.post("/_sandbox/x/dms", {"sender": ANNA, "text": "Bericht", "count": 1000})[
        "dm_events"
    ]
    for _ in range(3):
        worker.run_once()
    stored = stored_ids(database)
    assert len(stored) == len(set(stored))  # no duplicates
    assert set(stored) == set(mentions) | set(dms)
    assert account(database, account_id).status is AccountStatus.ACTIVE
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert len(control.requests("/x")) <= 3  # an idle poll costs what it did


def test_mentions_x_no_longer_serves_are_named_on_the_account(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    capsys: pytest.CaptureFixture[str],
) -> None:
    account_id = connect_x(database, store, sandbox)
    eight_days_ago = utcnow() - timedelta(days=8)
    control.post(
        "/_sandbox/x/mentions",
        {"author": ANNA, "text": "Vorige week", "created_at": eight_days_ago.isoformat()},
    )
    worker.run_once()  # the last pass before eight days off
    burst = control.post("/_sandbox/x/mentions", {"author": ANNA, "text": "Nu", "count": 900})[
        "tweets"
    ]
    worker.run_once()
    assert set(burst) <= set(stored_ids(database))  # recent search reaches back 7 days
    db = cli(database, store)
    assert main([*db, "accounts", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    (gap,) = row["gaps"]
    assert gap["stream"] == "mentions"
    assert gap["start"] <= (eight_days_ago + timedelta(minutes=1)).isoformat()
    assert gap["end"] >= (utcnow() - timedelta(days=7, minutes=5)).isoformat()
    assert main([*db, "accounts", "list"]) == 0
    assert "may be missing: check on X" in capsys.readouterr().out
    assert account(database, account_id).status is AccountStatus.ACTIVE
    with database.sessions() as session:  # what the status bar counts
        health = summarize(session)
    assert (health.with_gaps, health.needing_attention) == (1, 1)
    assert main([*db, "accounts", "dismiss-gaps", str(account_id)]) == 0
    assert "1 gap(s) dismissed" in capsys.readouterr().out
    assert main([*db, "accounts", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["gaps"] == []


@pytest.mark.parametrize("platform", [Platform.FACEBOOK, Platform.INSTAGRAM])
def test_a_comment_under_a_20_day_old_post_beyond_the_25_most_recent_is_stored(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect_meta(database, store, sandbox, platform)
    start = utcnow() - timedelta(days=20)
    (old,) = published(control, platform, "Oud", start)
    published(control, platform, "Nieuw", start + timedelta(days=1), 30, timedelta(hours=12))
    worker.run_once()
    worker.run_once()  # the account is known and idle: the next pass is its usual poll
    late = comment(control, platform, old, "Is dit nog actueel?")
    worker.run_once()
    assert late in stored_ids(database)


@pytest.mark.parametrize("platform", [Platform.FACEBOOK, Platform.INSTAGRAM])
def test_150_posts_in_the_window_are_all_watched_at_three_requests_an_idle_poll(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect_meta(database, store, sandbox, platform)
    start = utcnow() - timedelta(days=29)
    ids = published(control, platform, "Bericht", start, 150, timedelta(hours=4))
    worker.run_once()
    worker.run_once()
    oldest = comment(control, platform, ids[0], "Onder het oudste bericht")
    worker.run_once()
    assert oldest in stored_ids(database)
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert len(control.requests("/graph")) <= 3
