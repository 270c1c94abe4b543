"""The crisis hold and its release; the pre-flight a day and an hour ahead; a series' posts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from channels.sandbox import PAGE_TOKEN, X_TOKEN
from tests.helpers.calendar import Env, draft, in_local
from webcare.calendar.engine import PublishingEngine
from webcare.calendar.planning import Decision
from webcare.calendar.records import NotDecidable
from webcare.permissions import PermissionDenied
from webcare.storage.models import Post, PostTarget
from webcare.vocabulary import PostState


def states(env: Env) -> dict[int, PostState]:
    with env.database.sessions() as session:
        return {t.id: t.state for t in session.query(PostTarget)}


def due_now(env: Env, text: str, **kwargs: object) -> list[int]:
    planned = datetime.now(UTC) - timedelta(minutes=10)
    post = env.desk(at=planned).save_post(draft(env, in_local(-1), text, **kwargs))  # type: ignore[arg-type]
    return [t.id for t in post.value.targets]


def test_nothing_publishes_while_held_and_release_walks_through_each_held_post(
    env: Env,
) -> None:
    planned = datetime.now(UTC) - timedelta(minutes=30)
    desk = env.desk()
    [soon] = [
        t.id
        for t in env.desk(at=planned)
        .save_post(draft(env, in_local(-1), "Wijkavond gaat door", deadline=in_local(120)))
        .value.targets
    ]
    [late] = [
        t.id
        for t in env.desk(at=planned)
        .save_post(draft(env, in_local(-20), "Inloopspreekuur", deadline=in_local(-5)))
        .value.targets
    ]
    hold = desk.hold("Calamiteit in de binnenstad").value
    assert hold.all_accounts
    assert states(env)[soon] is PostState.HELD
    during = desk.save_post(draft(env, in_local(5), "Ingepland tijdens de stilte")).value
    assert during.targets[0].state is PostState.HELD
    env.worker.run_once()
    assert env.sandbox.tweets_by_us() == []
    assert desk.needs_decision() == []  # held, even past its deadline: nothing to decide yet

    released = desk.release().value
    assert released.holds == (hold.id,)
    assert {t.id for t in released.to_decide} == {soon, during.targets[0].id}
    assert [t.id for t in released.missed] == [late]
    env.worker.run_once()
    assert env.sandbox.tweets_by_us() == []  # a release decides nothing by itself

    desk.decide(soon, Decision.PUBLISH_NOW)
    desk.decide(during.targets[0].id, Decision.CANCEL)
    with pytest.raises(NotDecidable):
        desk.decide(during.targets[0].id, Decision.MARK_PUBLISHED)
    env.worker.run_once()
    assert env.sandbox.tweets_by_us() == ["Wijkavond gaat door"]
    assert states(env)[during.targets[0].id] is PostState.CANCELLED


def test_a_hold_of_one_account_leaves_the_others_publishing(env: Env) -> None:
    both = due_now(env, "Op X en Facebook", accounts=(env.x, env.facebook))
    env.desk().hold("Alleen X even stil", [env.x])
    env.worker.run_once()
    found = states(env)
    assert sorted(found[t].value for t in both) == ["held", "published"]
    assert env.sandbox.tweets_by_us() == []


def test_an_agent_may_read_the_calendar_but_not_hold_or_plan(env: Env) -> None:
    agent = env.desk(env.agent)
    assert agent.holds() == []
    with pytest.raises(PermissionDenied):
        agent.hold("Niet aan mij")
    with pytest.raises(PermissionDenied):
        agent.save_post(draft(env, in_local(60)))


def test_preflight_flags_a_revoked_token_a_day_ahead(env: Env) -> None:
    desk = env.desk()
    post = desk.save_post(draft(env, in_local(23 * 60), "Morgen: check uw gegevens")).value
    env.sandbox.post("/_sandbox/x/revoke", {"token": X_TOKEN})
    report = env.worker.publishing.run_due()
    assert report.flagged == [post.targets[0].id]
    card = desk.post(post.id).targets[0]
    assert [p.code for p in card.problems] == ["credential"]
    assert card.state is PostState.SCHEDULED  # flagged, not stopped: a person can fix it
    assert env.worker.publishing.run_due().flagged == []  # checked once a day ahead


def test_preflight_checks_again_an_hour_ahead(env: Env) -> None:
    desk = env.desk()
    post = desk.save_post(draft(env, in_local(23 * 60), "Morgen weer", accounts=(env.facebook,)))
    target = post.value.targets[0]
    assert env.worker.publishing.run_due().flagged == []
    env.sandbox.post("/_sandbox/graph/revoke", {"token": PAGE_TOKEN})
    clock = target.due_at - timedelta(minutes=50)
    engine = PublishingEngine(
        env.database.sessions, env.store, env.worker.fence, clock=lambda: clock
    )
    assert engine.run_due().flagged == [target.id]
    assert [p.code for p in desk.post(post.value.id).targets[0].problems] == ["credential"]


def test_preflight_flags_an_exhausted_instagram_quota(env: Env) -> None:
    env.sandbox.post("/_sandbox/graph/settings", {"quota_total": 0})
    desk = env.desk()
    post = desk.save_post(
        draft(env, in_local(6 * 60), "Foto van de wijk", accounts=(env.instagram,))
    )
    assert env.worker.publishing.run_due().flagged == [post.value.targets[0].id]
    problem = desk.post(post.value.id).targets[0].problems[0]
    assert problem.code == "quota" and "0/0" in problem.detail


def test_a_weekly_series_makes_each_occurrence_a_post_of_its_own(env: Env) -> None:
    desk = env.desk()
    first = in_local(60)
    series = desk.save_post(
        draft(env, first, "Elke week: spreekuur", recurrence="FREQ=WEEKLY")
    ).value
    listed = desk.posts(datetime.now(UTC), datetime.now(UTC) + timedelta(days=22))
    assert [p.virtual for p in listed] == [True, True, True, True]
    assert {p.wall.time() for p in listed} == {first.time()}
    env.worker.publishing.run_due(preflight=False)
    env.worker.publishing.run_due(preflight=False)  # made once, however often it runs
    with env.database.sessions() as session:
        made = session.query(Post).filter_by(series_id=series.id).all()
        assert len(made) == 1 and made[0].local_time == first
        occurrence = made[0].id
    listed = desk.posts(datetime.now(UTC), datetime.now(UTC) + timedelta(days=22))
    assert [p.virtual for p in listed] == [False, True, True, True]
    desk.cancel(occurrence)
    assert desk.post(occurrence).targets[0].state is PostState.CANCELLED
    assert desk.post(series.id).targets[0].state is PostState.SCHEDULED
