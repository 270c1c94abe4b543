"""Facebook and Instagram at the edge: hostile values and answers cost one item, never an account.

Each test runs the real worker against the sandbox with the hostile thing beside good items.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from channels.sandbox import PAGE_ID, SandboxHandle
from tests.helpers.edge import (
    META,
    RESIDENT,
    account,
    arm,
    cli,
    comment,
    connect_meta,
    dm,
    end_backoff,
    paused_until,
    quarantined,
    redirect,
    stored_ids,
    target,
    texts,
)
from tests.helpers.sandbox import Bystander, Control
from webcare.accounts.credentials import CredentialStore
from webcare.cli import main
from webcare.runtime import Database
from webcare.storage.types import utcnow
from webcare.vocabulary import AccountStatus, Platform
from webcare.worker import Worker

COMMENT_KIND = {Platform.FACEBOOK: "comment", Platform.INSTAGRAM: "ig_comment"}
TIME_KEY = {Platform.FACEBOOK: "created_time", Platform.INSTAGRAM: "timestamp"}
TEXT_KEY = {Platform.FACEBOOK: "message", Platform.INSTAGRAM: "text"}


def raw_comment(
    control: Control, platform: Platform, on: str, comment_id: str, text: str, at: str
) -> None:
    author = RESIDENT[platform]
    payload: dict[str, Any] = {
        "id": comment_id,
        TEXT_KEY[platform]: text,
        TIME_KEY[platform]: at,
        "from": author,
    }
    if platform is Platform.INSTAGRAM:
        payload["username"] = author["username"]
    control.post(
        "/_sandbox/graph/raw", {"kind": COMMENT_KIND[platform], "on": on, "payload": payload}
    )


def raw_message(
    control: Control, platform: Platform, thread: str, message_id: str, at: str
) -> None:
    sender = RESIDENT[platform]
    payload = {"id": message_id, "message": "Uit de verre toekomst", "created_time": at}
    payload["from"] = sender  # type: ignore[assignment]
    control.post("/_sandbox/graph/raw", {"kind": "message", "on": thread, "payload": payload})


def graph_time(offset: timedelta = timedelta(0)) -> str:
    return (utcnow() + offset).strftime("%Y-%m-%dT%H:%M:%S+0000")


# ---- scenario 4: times from the future, or from before the platform existed


@pytest.mark.parametrize("platform", META)
def test_a_comment_and_a_dm_from_year_9999_are_quarantined_and_never_the_last_seen_mark(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect_meta(database, store, sandbox, platform)
    post = target(control, platform)
    first = comment(control, platform, post, "Eerste vraag")
    thread = dm(control, platform, "Eerste bericht")
    worker.run_once()
    raw_comment(
        control, platform, post, "17999999999999001", "Toekomst", "9999-12-31T23:59:59+0000"
    )
    raw_message(control, platform, thread, "m_toekomst", "9999-12-31T23:59:59+0000")
    worker.run_once()
    assert {q.external_id for q in quarantined(database)} == {"17999999999999001", "m_toekomst"}
    later = comment(control, platform, post, "Tweede vraag")
    dm(control, platform, "Tweede bericht")
    worker.run_once()
    assert later in stored_ids(database) and first in stored_ids(database)
    assert "Tweede bericht" in texts(database)
    assert "Toekomst" not in texts(database)


def test_a_time_that_overflows_costs_one_comment_not_both_accounts(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    ids = {platform: connect_meta(database, store, sandbox, platform) for platform in META}
    post = target(control, Platform.FACEBOOK)
    medium = target(control, Platform.INSTAGRAM)
    raw_comment(
        control, Platform.FACEBOOK, post, "9001_9001", "Overloop", "9999-12-31T23:59:59-0500"
    )
    good = comment(control, Platform.FACEBOOK, post, "Gewone vraag")
    insta = comment(control, Platform.INSTAGRAM, medium, "Vraag op Instagram")
    worker.run_once()
    assert {good, insta} <= set(stored_ids(database))
    assert [q.external_id for q in quarantined(database)] == ["9001_9001"]
    for account_id in ids.values():
        assert account(database, account_id).status is AccountStatus.ACTIVE


def test_a_comment_from_1970_is_quarantined_not_dropped_and_the_rest_is_read(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect_meta(database, store, sandbox, Platform.FACEBOOK)
    post = target(control, Platform.FACEBOOK)
    worker.run_once()
    before = comment(control, Platform.FACEBOOK, post, "Ervoor")
    raw_comment(control, Platform.FACEBOOK, post, "1970_1", "Oud", "1970-01-01T00:00:00+0000")
    after = comment(control, Platform.FACEBOOK, post, "Erna")
    worker.run_once()
    assert {before, after} <= set(stored_ids(database))
    assert [q.external_id for q in quarantined(database)] == ["1970_1"]


@pytest.mark.parametrize("regain", ["1e12", "Infinity"])
def test_a_regain_time_that_overflows_pauses_for_a_while_with_a_reason(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    regain: str,
) -> None:
    account_id = connect_meta(database, store, sandbox, Platform.FACEBOOK)
    author = RESIDENT[Platform.FACEBOOK]
    posted = control.post("/_sandbox/graph/posts", {"author": author, "text": "Vraag"})["post"]
    usage = (
        f'{{"{PAGE_ID}":[{{"type":"pages","call_count":10,"total_cputime":2,'
        f'"total_time":3,"estimated_time_to_regain_access":{regain}}}]}}'
    )
    arm(control, "/graph", kind="headers", headers={"X-Business-Use-Case-Usage": usage})
    worker.run_once()
    paused = account(database, account_id)
    assert paused.status is AccountStatus.RATE_LIMITED
    assert all(
        until <= utcnow() + timedelta(hours=24)
        for until in paused_until(database, account_id).values()
    )
    assert paused_until(database, account_id)
    assert posted["id"] in stored_ids(database)  # the answer that carried the header was read


@pytest.mark.parametrize("platform", META)
def test_a_comments_answer_nested_100000_deep_is_a_temporary_failure_read_again_later(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    account_id = connect_meta(database, store, sandbox, platform)
    post = target(control, platform)
    worker.run_once()
    asked = comment(control, platform, post, "Diep genest")
    deep = '{"data":' + "[" * 100_000 + "]" * 100_000 + "}"
    arm(control, "/graph", kind="raw", path=rf"/{post}/comments$", body=deep)
    worker.run_once()
    assert account(database, account_id).status is not AccountStatus.ERROR
    end_backoff(database, account_id)
    worker.run_once()
    assert asked in stored_ids(database)


# ---- scenario 5: an absurd regain time


def test_an_absurd_regain_time_keeps_the_answer_pauses_briefly_and_check_clears_it(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    capsys: pytest.CaptureFixture[str],
) -> None:
    account_id = connect_meta(database, store, sandbox, Platform.FACEBOOK)
    worker.run_once()
    author = RESIDENT[Platform.FACEBOOK]
    posted = control.post("/_sandbox/graph/posts", {"author": author, "text": "Losse stoeptegel"})
    tagged = control.post(
        "/_sandbox/graph/tags", {"platform": "facebook", "author": author, "text": "Kijk eens"}
    )
    comment(control, Platform.FACEBOOK, target(control, Platform.FACEBOOK), "Eronder")
    usage = (
        f'{{"{PAGE_ID}":[{{"type":"pages","call_count":10,"total_cputime":2,'
        '"total_time":3,"estimated_time_to_regain_access":99999999}]}'
    )
    arm(
        control,
        "/graph",
        kind="headers",
        path=rf"/v21\.0/{PAGE_ID}$",
        headers={"X-Business-Use-Case-Usage": usage},
    )
    worker.run_once()
    assert {posted["post"]["id"], tagged["post"]["id"]} <= set(stored_ids(database))
    paused = paused_until(database, account_id)
    assert paused and max(paused.values()) <= utcnow() + timedelta(hours=24)
    db = cli(database, store)
    assert main([*db, "accounts", "check"]) == 0
    capsys.readouterr()
    assert paused_until(database, account_id) == {}
    assert account(database, account_id).status is AccountStatus.ACTIVE
    thread = dm(control, Platform.FACEBOOK, "Na de pauze")
    worker.run_once()
    assert "Na de pauze" in texts(database), thread


# ---- scenario 6: only the API host, ever


@pytest.mark.parametrize("platform", META)
def test_a_redirect_is_not_followed_and_the_comments_are_read_next_time(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
    bystander: Bystander,
) -> None:
    account_id = connect_meta(database, store, sandbox, platform)
    post = target(control, platform)
    worker.run_once()
    asked = comment(control, platform, post, "Waarheen?")
    arm(control, "/graph", path=rf"/{post}/comments$", **redirect(bystander))
    worker.run_once()
    assert bystander.requests == []
    assert "redirect" in (account(database, account_id).status_reason or "")
    end_backoff(database, account_id)
    worker.run_once()
    assert asked in stored_ids(database)
    assert bystander.requests == []


def test_a_paging_link_to_another_host_is_ignored_for_its_list_with_a_note(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    bystander: Bystander,
) -> None:
    account_id = connect_meta(database, store, sandbox, Platform.FACEBOOK)
    post = target(control, Platform.FACEBOOK)
    worker.run_once()
    comment(control, Platform.FACEBOOK, post, "Zet de tel op")  # the post has changed
    beside = {
        "id": f"{post.split('_')[1]}_4242",
        "message": "Naast een vreemde link",
        "created_time": graph_time(),
        "from": RESIDENT[Platform.FACEBOOK],
    }
    body = {
        "data": [beside],
        "paging": {"next": f"{bystander.url}/v21.0/{post}/comments?access_token=t&after=QQ"},
    }
    arm(
        control,
        "/graph",
        kind="raw",
        path=rf"/{post}/comments$",
        body=json.dumps(body),
        times=None,
    )
    thread = dm(control, Platform.FACEBOOK, "Gewoon een bericht")
    for _ in range(3):
        worker.run_once()
        end_backoff(database, account_id)
    assert bystander.requests == []
    assert beside["id"] in stored_ids(database)
    assert "Gewoon een bericht" in texts(database), thread
    assert account(database, account_id).status is AccountStatus.ACTIVE
    notes = [q for q in quarantined(database) if "127.0.0.1" in q.reason + q.payload]
    assert len(notes) == 1 and "access_token" not in notes[0].payload


# ---- scenario 7: ids are never pasted into paths


@pytest.mark.parametrize(
    "bad_id",
    [f"{PAGE_ID}_1002?fields=id&access_token=INJECTED#", f"{PAGE_ID}_1002/../../me/accounts"],
)
def test_a_post_id_shaped_like_a_path_or_query_is_quarantined_and_never_requested(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    bad_id: str,
) -> None:
    connect_meta(database, store, sandbox, Platform.FACEBOOK)
    worker.run_once()
    payload = {
        "id": bad_id,
        "message": "Een bericht met een vreemd id",
        "created_time": graph_time(),
        "updated_time": graph_time(),
        "from": RESIDENT[Platform.FACEBOOK],
        "comments": {"data": [], "summary": {"total_count": 3}},
    }
    control.post("/_sandbox/graph/raw", {"kind": "post", "payload": payload})
    good = comment(control, Platform.FACEBOOK, target(control, Platform.FACEBOOK), "Gewoon")
    control.delete("/_sandbox/requests")
    worker.run_once()
    assert good in stored_ids(database)
    assert [q.external_id for q in quarantined(database)] == [bad_id]
    paths = [entry["path"] for entry in control.requests("/graph")]
    assert all(path.startswith("/graph/v21.0/") for path in paths), paths
    assert not any("1002" in path for path in paths), paths
    assert not any("INJECTED" in json.dumps(entry) for entry in control.requests("/graph"))


# ---- scenario 8: a read that failed is not a read


@pytest.mark.parametrize("platform", META)
@pytest.mark.parametrize("code", [10, 200, 100, 368])
def test_comments_refused_on_their_request_alone_are_asked_for_again(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
    code: int,
) -> None:
    connect_meta(database, store, sandbox, platform)
    post = target(control, platform)
    worker.run_once()
    asked = comment(control, platform, post, "Hoort u mij?")
    error = {"error": {"message": f"(#{code}) Nee", "type": "OAuthException", "code": code}}
    arm(control, "/graph", kind="status", status=400, path=rf"/{post}/comments$", body=error)
    worker.run_once()
    assert asked not in stored_ids(database)
    worker.run_once()
    assert asked in stored_ids(database)


@pytest.mark.parametrize("platform", META)
def test_comments_served_as_an_object_are_quarantined_and_asked_for_again(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    platform: Platform,
) -> None:
    connect_meta(database, store, sandbox, platform)
    post = target(control, platform)
    worker.run_once()
    asked = comment(control, platform, post, "Een object")
    body = {
        "data": {"id": "1_1", TEXT_KEY[platform]: "Geen lijst", TIME_KEY[platform]: graph_time()}
    }
    arm(control, "/graph", kind="raw", path=rf"/{post}/comments$", body=json.dumps(body))
    worker.run_once()
    assert [q.external_id for q in quarantined(database)] == ["1_1"]
    worker.run_once()
    assert asked in stored_ids(database)


def test_a_post_with_a_malformed_updated_time_still_has_its_comments_read(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    connect_meta(database, store, sandbox, Platform.FACEBOOK)
    worker.run_once()
    payload = {
        "message": "Bericht met een kapotte tijd",
        "created_time": graph_time(-timedelta(hours=1)),
        "updated_time": "gisteren",
        "from": {"id": PAGE_ID, "name": "Gemeente Voorbeeld"},
        "comments": {"data": [], "summary": {"total_count": 1}},
    }
    post = control.post("/_sandbox/graph/raw", {"kind": "post", "payload": payload})["id"]
    asked = comment(control, Platform.FACEBOOK, post, "Onder een kapotte tijd")
    worker.run_once()
    worker.run_once()
    assert asked in stored_ids(database)


def test_an_instagram_comment_added_as_another_is_deleted_is_read(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
    graph: Any,
) -> None:
    connect_meta(database, store, sandbox, Platform.INSTAGRAM)
    medium = target(control, Platform.INSTAGRAM)
    first = comment(control, Platform.INSTAGRAM, medium, "Eerste")
    worker.run_once()
    graph.delete_object(first)
    second = comment(control, Platform.INSTAGRAM, medium, "Tweede, de telling blijft gelijk")
    worker.run_once()
    assert second in stored_ids(database)
