"""The demo's plan keeps its promises against the sandbox: the post a minute ahead is published,
the one due yesterday is missed, the one whose image went missing fails its pre-flight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from webcare.calendar import demoplan
from webcare.calendar.engine import PublishingEngine
from webcare.config import Settings
from webcare.storage.models import Post, PostTarget
from webcare.vocabulary import Platform, PostState

from .conftest import Env


def test_the_demo_plan_publishes_misses_and_flags_what_it_says(
    env: Env, settings: Settings
) -> None:
    accounts = {
        Platform.X: env.x,
        Platform.FACEBOOK: env.facebook,
        Platform.INSTAGRAM: env.instagram,
    }
    made = demoplan.seed(env.database.sessions, env.planner, accounts, settings.data_dir)
    assert len(made) >= 12
    later = datetime.now(UTC) + timedelta(minutes=3)
    env.worker.acquire_lease(later)
    engine = PublishingEngine(
        env.database.sessions, env.store, env.worker.fence, clock=lambda: later
    )
    report = engine.run_due()
    assert len(report.published) == 1
    assert any("Controleer uw gegevens" in text for text in env.sandbox.tweets_by_us())
    with env.database.sessions() as session:
        missed = session.query(PostTarget).filter_by(state=PostState.MISSED).count()
        assert missed == 2  # yesterday's post, on X and on Facebook
        flagged = session.get_one(PostTarget, report.flagged[0])
        assert [p["code"] for p in flagged.preflight_problems] == ["media_unreadable"]
        assert session.query(Post).filter(Post.recurrence.is_not(None)).count() == 1
