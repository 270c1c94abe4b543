"""The calendar tests' world: the sandbox's control API with the municipality's own posts, the
accounts, users and worker of a test (`Env`), and posts as a planner drafts them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from channels.sandbox import X_ACCOUNT_ID
from tests.helpers.sandbox import Control
from webcare.accounts.credentials import CredentialStore
from webcare.calendar import timing
from webcare.calendar.desk import CalendarDesk
from webcare.calendar.records import ImageDraft, PostDraft, VariantDraft
from webcare.runtime import Database
from webcare.worker import Worker

PUBLIC_IMAGE = "https://www.example.nl/beelden/wijkavond.jpg"


class Sandbox(Control):
    """The sandbox's control API, and what the municipality's own X account posted."""

    def tweets_by_us(self) -> list[str]:
        return [t["text"] for t in self.state()["tweets"] if t["author_id"] == X_ACCOUNT_ID]


@dataclass
class Env:
    database: Database
    store: CredentialStore
    sandbox: Sandbox
    x: int
    facebook: int
    instagram: int
    planner: int
    agent: int
    worker: Worker

    def desk(self, user: int | None = None, *, at: datetime | None = None) -> CalendarDesk:
        clock: Callable[[], datetime] = (
            (lambda: at) if at is not None else (lambda: datetime.now(UTC))
        )
        return CalendarDesk(self.database.sessions, user or self.planner, clock=clock)


def in_local(minutes: int = 0, *, base: datetime | None = None) -> datetime:
    """A naive Amsterdam wall time `minutes` from now (or from `base`), to the minute."""
    moment = (base or datetime.now(UTC)) + timedelta(minutes=minutes)
    return timing.local_of(moment).wall.replace(second=0, microsecond=0)


def draft(
    env: Env,
    wall: datetime,
    text: str = "Kom naar de wijkavond in Noord!",
    *,
    accounts: tuple[int, ...] | None = None,
    deadline: datetime | None = None,
    recurrence: str | None = None,
    schedule: bool = True,
    fold: int | None = None,
) -> PostDraft:
    variants = []
    for account in accounts or (env.x,):
        images: tuple[ImageDraft, ...] = ()
        if account == env.instagram:
            images = (ImageDraft("Bewoners aan tafel in het buurthuis", url=PUBLIC_IMAGE),)
        variants.append(VariantDraft(account, text, None, images))
    return PostDraft(
        text=text,
        wall=wall,
        variants=tuple(variants),
        deadline=deadline,
        recurrence=recurrence,
        schedule=schedule,
        fold=fold,
    )
