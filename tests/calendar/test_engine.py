"""The publishing engine against the sandbox, through the real adapters: exactly once, on time,
and never late or twice without a person deciding."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from channels.x import XChannel
from tests.helpers.calendar import Env, draft, in_local
from webcare.accounts.credentials import CredentialStore
from webcare.calendar.engine import Fence, PublishingEngine
from webcare.calendar.records import PostBusy
from webcare.channel import AccountConfig, Channel
from webcare.storage.db import transaction
from webcare.storage.models import Account, PostAttempt, PostTarget
from webcare.vocabulary import PostState


def quick_x(config: AccountConfig, ref: str, store: CredentialStore) -> Channel:
    """The real X adapter with a one-second timeout (the default 15 s would slow the tests)."""
    return XChannel(config, store.load(ref), timeout=1.0)


def target_of(env: Env, post_id: int) -> PostTarget:
    with env.database.sessions() as session:
        return session.query(PostTarget).filter_by(post_id=post_id).one()


def schedule_due(env: Env, text: str, *, minutes_ago: int = 1, **kwargs: object) -> int:
    """A post due `minutes_ago` minutes ago (planned before that)."""
    planned = datetime.now(UTC) - timedelta(minutes=minutes_ago + 5)
    desk = env.desk(at=planned)
    post = desk.save_post(draft(env, in_local(-minutes_ago), text, **kwargs))  # type: ignore[arg-type]
    return post.value.id


def test_many_concurrent_claimants_publish_a_due_post_once(env: Env) -> None:
    post_id = schedule_due(env, "Controleer uw gegevens voor 1 maart")
    target = target_of(env, post_id)
    ours = [PublishingEngine(env.database.sessions, env.store, env.worker.fence) for _ in range(12)]
    strangers = [
        PublishingEngine(env.database.sessions, env.store, lambda: Fence("elders:1"))
        for _ in range(4)
    ]
    start = threading.Barrier(len(ours) + len(strangers))
    outcomes: list[str] = []

    def claim(engine: PublishingEngine) -> None:
        start.wait()
        outcomes.append(engine.dispatch(target.id))

    threads = [threading.Thread(target=claim, args=(e,)) for e in ours + strangers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["published"] + ["skipped"] * 15
    assert env.sandbox.tweets_by_us().count("Controleer uw gegevens voor 1 maart") == 1
    published = target_of(env, post_id)
    assert published.state is PostState.PUBLISHED
    assert published.external_id and published.url and published.external_id in published.url
    with env.database.sessions() as session:
        assert session.query(PostAttempt).count() == 1


def test_only_the_lease_holder_publishes(env: Env) -> None:
    post_id = schedule_due(env, "Alleen de werker met het lease publiceert")
    outsider = PublishingEngine(env.database.sessions, env.store, lambda: Fence("elders:1"))
    assert outsider.run_due(preflight=False).published == []
    assert target_of(env, post_id).state is PostState.SCHEDULED
    env.worker.run_once()
    assert target_of(env, post_id).state is PostState.PUBLISHED


def test_a_post_missed_while_nothing_ran_publishes_within_its_deadline_else_is_missed(
    env: Env,
) -> None:
    within = schedule_due(env, "Nog op tijd", minutes_ago=40, deadline=in_local(60))
    beyond = schedule_due(env, "Te laat", minutes_ago=120, deadline=in_local(-30))
    default = schedule_due(env, "Zonder deadline, twee uur te laat", minutes_ago=120)
    env.worker.run_once()
    assert target_of(env, within).state is PostState.PUBLISHED
    assert target_of(env, beyond).state is PostState.MISSED
    assert target_of(env, default).state is PostState.MISSED  # at most an hour late
    assert env.sandbox.tweets_by_us() == ["Nog op tijd"]
    decisions = env.desk().needs_decision()
    assert {t.post_id for t in decisions} == {beyond, default}


def test_nine_on_the_monday_after_the_october_change_fires_at_nine_local(env: Env) -> None:
    planned = datetime(2027, 10, 20, 10, 0, tzinfo=UTC)
    post = env.desk(at=planned).save_post(draft(env, datetime(2027, 11, 1, 9, 0), "Maandag 9:00"))
    target = target_of(env, post.value.id)
    assert target.due_at == datetime(2027, 11, 1, 8, 0, tzinfo=UTC)
    moments = iter(
        [datetime(2027, 11, 1, 7, 59, 30, tzinfo=UTC), datetime(2027, 11, 1, 8, 0, tzinfo=UTC)]
    )
    now = [next(moments)]
    engine = PublishingEngine(
        env.database.sessions, env.store, env.worker.fence, clock=lambda: now[0]
    )
    env.worker.acquire_lease(now[0])
    assert engine.dispatch(target.id) == "skipped"  # 08:59:30 local: not yet
    now[0] = next(moments)
    env.worker.acquire_lease(now[0])
    assert engine.dispatch(target.id) == "published"  # 09:00 local
    assert env.sandbox.tweets_by_us() == ["Maandag 9:00"]


def test_a_refusal_fails_with_the_platform_reason_and_is_not_retried(env: Env) -> None:
    env.sandbox.post("/_sandbox/x/own_posts", {"text": "Dubbel bericht"})
    post_id = schedule_due(env, "Dubbel bericht")
    env.worker.run_once()
    target = target_of(env, post_id)
    assert target.state is PostState.FAILED and "duplicate" in (target.state_reason or "")
    env.worker.run_once()
    assert target_of(env, post_id).attempts == 1


def test_a_timeout_during_the_call_is_unconfirmed_and_never_sent_again(env: Env) -> None:
    env.sandbox.post(
        "/_sandbox/faults",
        {"kind": "slow", "prefix": "/x", "method": "POST", "path": "/2/tweets$", "delay": 2.5},
    )
    post_id = schedule_due(env, "Langzaam verzonden")
    engine = PublishingEngine(env.database.sessions, env.store, env.worker.fence, opener=quick_x)
    assert engine.run_due(preflight=False).unconfirmed == [target_of(env, post_id).id]
    assert engine.run_due(preflight=False).published == []
    settled = threading.Event()
    while env.sandbox.get("/_sandbox/")["in_flight"]:
        settled.wait(0.05)
    assert env.sandbox.tweets_by_us() == ["Langzaam verzonden"]  # the platform did get it
    target = target_of(env, post_id)
    assert target.state is PostState.UNCONFIRMED and target.attempts == 1
    assert "in time" in (target.state_reason or "")  # the adapter's own words: a timeout


def test_a_rate_limit_before_sending_retries_with_backoff_until_it_goes_out(env: Env) -> None:
    env.sandbox.post(
        "/_sandbox/faults",
        {"kind": "status", "status": 429, "prefix": "/x", "method": "POST", "reset_in": 1},
    )
    post_id = schedule_due(env, "Na de limiet")
    clock = [datetime.now(UTC)]
    engine = PublishingEngine(
        env.database.sessions, env.store, env.worker.fence, clock=lambda: clock[0]
    )
    assert engine.run_due(preflight=False).retrying == [target_of(env, post_id).id]
    waiting = target_of(env, post_id)
    assert waiting.state is PostState.SCHEDULED and waiting.next_attempt_at is not None
    assert engine.run_due(preflight=False).published == []  # not before the backoff
    clock[0] = waiting.next_attempt_at + timedelta(seconds=1)
    env.worker.acquire_lease(clock[0])
    assert engine.run_due(preflight=False).published == [waiting.id]
    assert env.sandbox.tweets_by_us() == ["Na de limiet"]


def test_no_connection_at_all_is_retried_because_nothing_was_sent(env: Env) -> None:
    post_id = schedule_due(env, "Geen verbinding")
    with transaction(env.database.sessions) as session:
        session.get_one(Account, env.x).api_base = "http://127.0.0.1:9"  # nothing listens
    env.worker.run_once()
    target = target_of(env, post_id)
    assert target.state is PostState.SCHEDULED and target.next_attempt_at is not None
    assert "no connection" in (target.state_reason or "")


def test_a_retry_that_would_pass_the_deadline_is_missed(env: Env) -> None:
    post_id = schedule_due(env, "Bijna te laat", deadline=in_local(0))
    with transaction(env.database.sessions) as session:
        session.get_one(Account, env.x).api_base = "http://127.0.0.1:9"
    env.worker.run_once()
    assert target_of(env, post_id).state is PostState.MISSED


def test_an_edit_while_publishing_is_refused_with_a_clear_message(env: Env) -> None:
    post_id = schedule_due(env, "Wordt nu gepubliceerd")
    with transaction(env.database.sessions) as session:
        session.get_one(PostTarget, target_of(env, post_id).id).state = PostState.PUBLISHING
    desk = env.desk()
    with pytest.raises(PostBusy, match="being published right now"):
        desk.save_post(draft(env, in_local(30), "Toch iets anders"), post_id)
    with pytest.raises(PostBusy):
        desk.reschedule(post_id, in_local(60))
    assert target_of(env, post_id).text == "Wordt nu gepubliceerd"


def test_each_platform_publishes_with_its_id_and_url(env: Env) -> None:
    post_id = schedule_due(
        env, "Wijkavond Oost, 12 maart #wijkavond", accounts=(env.x, env.facebook, env.instagram)
    )
    env.worker.run_once()
    with env.database.sessions() as session:
        targets = session.query(PostTarget).filter_by(post_id=post_id).all()
        assert {t.state for t in targets} == {PostState.PUBLISHED}
        urls = {t.account_id: t.url for t in targets}
    graph = env.sandbox.graph_state()
    assert any(p["message"].startswith("Wijkavond Oost") for p in graph["posts"])
    assert any((m.get("caption") or "").startswith("Wijkavond Oost") for m in graph["media"])
    assert urls[env.x].startswith("https://x.com/")
    assert urls[env.facebook].startswith("https://www.facebook.com/")
