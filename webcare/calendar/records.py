"""What the calendar's desk takes and returns: plain dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from webcare.errors import WebcareError
from webcare.vocabulary import Platform, PostState

# States a person has to act on ("needs a decision"): nothing happens to them by itself.
DECISION_STATES = frozenset({PostState.MISSED, PostState.UNCONFIRMED, PostState.FAILED})
# States that are settled: an edit cannot change what happened.
SETTLED_STATES = frozenset({PostState.PUBLISHED, PostState.UNCONFIRMED, PostState.PUBLISHING})


@dataclass(frozen=True)
class Problem:
    """Something wrong with a post, as a code (the interface words it) and its values.

    Attributes:
        code: e.g. "too_long", "image_required", "alt_text_missing", "credential",
            "quota", "media_unreadable", "nonexistent_time", "unknown_account".
        account_id: the variant it concerns, if one.
        detail: the platform's or the system's own words, or the numbers ("291/280").
    """

    code: str
    account_id: int | None = None
    detail: str = ""


class PostInvalid(WebcareError):
    """A post (or an import) cannot be saved as it is; every problem is listed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems

    def __str__(self) -> str:
        return "; ".join(f"{p.code}{f' ({p.detail})' if p.detail else ''}" for p in self.problems)


class PostBusy(WebcareError):
    """The post is being published right now: it cannot be changed until that settles."""

    def __init__(self, post_id: int) -> None:
        super().__init__(post_id)
        self.post_id = post_id

    def __str__(self) -> str:
        return (
            f"post {self.post_id} is being published right now and cannot be changed; "
            "wait until it is published (or unconfirmed) and try again"
        )


class NotFound(WebcareError):
    def __init__(self, what: str, key: object) -> None:
        super().__init__(what, key)
        self.what = what
        self.key = key

    def __str__(self) -> str:
        return f"no {self.what} {self.key}"


class NotDecidable(WebcareError):
    """The decision does not apply to the target's state (e.g. cancelling a published post)."""

    def __init__(self, target_id: int, state: PostState, decision: str) -> None:
        super().__init__(target_id, state, decision)
        self.target_id = target_id
        self.state = state
        self.decision = decision

    def __str__(self) -> str:
        return f"post target {self.target_id} is {self.state.value}: cannot {self.decision}"


@dataclass(frozen=True)
class ImageDraft:
    """An image of a variant: a local file and/or a public URL, and its alt text."""

    alt_text: str
    path: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class VariantDraft:
    account_id: int
    text: str
    link: str | None = None
    images: tuple[ImageDraft, ...] = ()


@dataclass(frozen=True)
class PostDraft:
    """A post as the composer (or an import) gives it.

    Attributes:
        wall: naive wall-clock time in `zone`.
        fold: which of two equal times in the autumn overlap; None: ask if it matters.
        deadline: naive wall-clock "do not publish after", or None.
        recurrence: an RRULE (FREQ=WEEKLY;BYDAY=MO), or None.
        schedule: True to schedule it, False to keep it as a draft.
    """

    text: str
    wall: datetime
    variants: tuple[VariantDraft, ...]
    campaign_id: int | None = None
    link: str | None = None
    fold: int | None = None
    deadline: datetime | None = None
    deadline_fold: int | None = None
    recurrence: str | None = None
    neighbourhoods: tuple[str, ...] = ()
    schedule: bool = True
    zone: str = "Europe/Amsterdam"


@dataclass(frozen=True)
class CampaignDraft:
    name: str
    goal: str = ""
    color: str = "#3465a4"
    starts_on: date | None = None
    ends_on: date | None = None
    neighbourhoods: tuple[str, ...] = ()


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    goal: str
    color: str
    starts_on: date | None
    ends_on: date | None
    neighbourhoods: tuple[str, ...]
    owner_id: int | None


@dataclass(frozen=True)
class ImageInfo:
    alt_text: str
    path: str | None
    url: str | None


@dataclass(frozen=True)
class TargetInfo:
    """One post on one account, as the calendar shows it.

    Attributes:
        profile_url: the account's page on its platform (where a person checks an
            unconfirmed post).
        held: a crisis hold covers this account now.
    """

    id: int
    post_id: int
    account_id: int
    platform: Platform
    account_name: str
    account_handle: str
    text: str
    link: str | None
    images: tuple[ImageInfo, ...]
    state: PostState
    state_reason: str | None
    due_at: datetime
    deadline_at: datetime
    external_id: str | None
    url: str | None
    published_at: datetime | None
    problems: tuple[Problem, ...]
    profile_url: str
    attempts: int = 0

    @property
    def needs_decision(self) -> bool:
        return self.state in DECISION_STATES


@dataclass(frozen=True)
class PostInfo:
    """A post with its targets.

    Attributes:
        wall, fold, zone, scheduled_at: when, as planned (local) and as an instant.
        series_id: the recurring post this is an occurrence of.
        virtual: a future occurrence of a series that is not a post of its own yet (it
            becomes one a day or two before it is due); `id` is then the series' id.
    """

    id: int
    campaign_id: int | None
    campaign_name: str
    color: str
    text: str
    link: str | None
    zone: str
    wall: datetime
    fold: int
    scheduled_at: datetime
    deadline_at: datetime | None
    recurrence: str | None
    series_id: int | None
    neighbourhoods: tuple[str, ...]
    targets: tuple[TargetInfo, ...]
    created_by: int | None
    virtual: bool = False
    campaign_neighbourhoods: tuple[str, ...] = ()  # what the post's campaign targets

    @property
    def areas(self) -> frozenset[str]:
        """The neighbourhoods the post reaches: its own and its campaign's."""
        return frozenset(self.neighbourhoods) | frozenset(self.campaign_neighbourhoods)

    @property
    def key(self) -> tuple[int, datetime]:
        return (self.id, self.scheduled_at)

    @property
    def needs_decision(self) -> bool:
        return any(target.needs_decision for target in self.targets)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(problem for target in self.targets for problem in target.problems)

    @property
    def states(self) -> frozenset[PostState]:
        return frozenset(target.state for target in self.targets)


@dataclass(frozen=True)
class HoldInfo:
    id: int
    reason: str
    all_accounts: bool
    account_ids: tuple[int, ...]
    started_at: datetime
    started_by: int | None


@dataclass(frozen=True)
class Released:
    """What releasing a hold left for the planner: each held post to decide, and those that
    passed their deadline while held (now missed)."""

    holds: tuple[int, ...]
    to_decide: tuple[TargetInfo, ...]
    missed: tuple[TargetInfo, ...]


@dataclass(frozen=True)
class Moved:
    """A post moved to another time: where it was (for undo) and where it is."""

    post_id: int
    before: datetime
    before_fold: int
    after: datetime
    after_fold: int


@dataclass(frozen=True)
class AccountChoice:
    """An account a post can target."""

    id: int
    platform: Platform
    name: str
    handle: str
    profile_url: str


@dataclass(frozen=True)
class CalendarFilter:
    campaign_ids: frozenset[int] = frozenset()
    account_ids: frozenset[int] = frozenset()
    neighbourhoods: frozenset[str] = frozenset()
    states: frozenset[PostState] = frozenset()

    def admits(self, post: PostInfo) -> bool:
        if self.campaign_ids and post.campaign_id not in self.campaign_ids:
            return False
        if self.account_ids and not any(t.account_id in self.account_ids for t in post.targets):
            return False
        if self.neighbourhoods and not self.neighbourhoods & post.areas:
            return False
        return not self.states or bool(self.states & post.states)


@dataclass(frozen=True)
class ImportRow:
    line: int
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class ImportReport:
    posts: int
    campaigns_created: tuple[str, ...] = ()
    post_ids: tuple[int, ...] = field(default_factory=tuple)


class ImportRefused(WebcareError):
    """An import with any bad row imports nothing; every bad row is listed."""

    def __init__(self, rows: list[ImportRow]) -> None:
        super().__init__(rows)
        self.rows = rows

    def __str__(self) -> str:
        bad = len(self.rows)
        return f"{bad} bad row{'s' if bad != 1 else ''}; nothing was imported"
