"""What every desk shares: the call wrapper, the acting user, and the `Changes` value.

A desk (`webcare/<capability>/desk.py`) is the one door through which the interface and the
command line reach a capability (STYLE.md, "A desk per capability"; Anki's `Collection`
methods called through `CollectionOp`). Each public method is an *operation*:

    class InboxDesk(Desk):
        @operation("inbox.claim")
        def claim(self, call: Call, conversation_id: int) -> Done[Holder]:
            ...
            call.audit("conversation.claimed", "conversation", conversation_id)
            return Done(holder, Changes.of(conversations=[conversation_id]))

Callers see `desk.claim(conversation_id)`. The wrapper opens the session (a transaction for a
write), loads the acting user with their roles from the database and checks them against the
permission table (`webcare.permissions`) *before* the body runs, so a refused call writes
nothing; the body's audit event commits with its change or not at all. Operations take and
return plain values (dataclasses, never ORM objects); a write returns `Done(value, changes)`,
so each page can refresh exactly what changed.
"""

from __future__ import annotations

import enum
import functools
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Concatenate, Generic, ParamSpec, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from webcare import audit, permissions
from webcare.clock import utcnow
from webcare.permissions import PermissionDenied
from webcare.storage.db import transaction
from webcare.users import UserInfo, get_user

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
D = TypeVar("D", bound="Desk")

# Long operations report how far they are: (done, total); total 0 when unknown.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """A `Progress` that reports nowhere (the command line passes its own)."""


class Topic(enum.StrEnum):
    """What else a call changed, besides the conversations it names."""

    COUNTS = "counts"  # queue counts may have moved
    TAGS = "tags"
    CANNED = "canned"
    DRAFTS = "drafts"
    USERS = "users"
    ACCOUNTS = "accounts"
    QUARANTINE = "quarantine"
    POLICY = "policy"  # the team's service policy: office hours, closing days, targets
    CAMPAIGNS = "campaigns"
    POSTS = "posts"
    RESIDENTS = "residents"
    CONSENTS = "consents"
    POSTCODES = "postcodes"
    REPORTS = "reports"
    AUDIT = "audit"


@dataclass(frozen=True)
class Changes:
    """What a call changed: the conversations by id, and the topics of everything else."""

    conversations: frozenset[int] = frozenset()
    topics: frozenset[Topic] = frozenset()

    NONE: ClassVar[Changes]

    @classmethod
    def of(cls, *topics: Topic, conversations: Iterable[int] = ()) -> Changes:
        ids = frozenset(conversations)
        found = frozenset(topics) | ({Topic.COUNTS} if ids else set())
        return cls(ids, found)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.conversations | other.conversations, self.topics | other.topics)

    def __bool__(self) -> bool:
        return bool(self.conversations or self.topics)

    def touches(self, *topics: Topic) -> bool:
        return any(topic in self.topics for topic in topics)


Changes.NONE = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """A write's result: its value, and what it changed."""

    value: T
    changes: Changes = field(default=Changes.NONE)


@dataclass
class Call:
    """One operation in progress: its session (transaction), the acting user and the time.

    Attributes:
        now: the desk's clock, read once at the start of the call.
    """

    session: Session
    actor: UserInfo
    now: datetime
    operation: str
    workstation: str

    def require(self, operation: str) -> None:
        """A further check within the call (e.g. assigning to a colleague, not only to me).

        Raises:
            PermissionDenied: the acting user's roles do not allow `operation`.
        """
        if not permissions.allowed(operation, self.actor.roles):
            raise PermissionDenied(operation, self.actor.id)

    def may(self, operation: str) -> bool:
        return permissions.allowed(operation, self.actor.roles)

    def audit(
        self,
        action: str,
        entity_type: str,
        entity_id: int | str,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Record who did what to which record, in this call's transaction.

        Never put personal data in `details`: ids, codes and counts only.
        """
        audit.record(
            self.session,
            actor=audit.user_actor(self.actor.id),
            user_id=self.actor.id,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            details=details,
            workstation=self.workstation,
            at=self.now,
        )


def default_workstation() -> str:
    return socket.gethostname()


class Desk:
    """Base of every capability's desk: built with a session factory, the acting user's id
    and a clock; every public method is an `operation`."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        user_id: int,
        *,
        clock: Callable[[], datetime] = utcnow,
        workstation: str | None = None,
    ) -> None:
        self.sessions = sessions
        self.user_id = user_id
        self.clock = clock
        self.workstation = workstation or default_workstation()

    def _call(self, operation: str, write: bool, body: Callable[[Call], R]) -> R:
        if write:
            with transaction(self.sessions) as session:
                return body(self._begin(session, operation))
        with self.sessions() as session:
            return body(self._begin(session, operation))

    def _begin(self, session: Session, operation: str) -> Call:
        actor = get_user(session, self.user_id)
        if actor is None or not actor.active or not permissions.allowed(operation, actor.roles):
            raise PermissionDenied(operation, self.user_id)
        return Call(session, actor, self.clock(), operation, self.workstation)


def operation(
    name: str, *, write: bool = True
) -> Callable[[Callable[Concatenate[D, Call, P], R]], Callable[Concatenate[D, P], R]]:
    """Make a desk method an operation named `name` in the permission table.

    Args:
        write: runs in a transaction (commit on success, roll back on any error); False for
            reads, which run in a plain session and must not change anything.
    """
    if name not in permissions.TABLE:
        raise KeyError(f"operation {name!r} is not in webcare.permissions.TABLE")

    def wrap(fn: Callable[Concatenate[D, Call, P], R]) -> Callable[Concatenate[D, P], R]:
        @functools.wraps(fn)
        def run(self: D, /, *args: P.args, **kwargs: P.kwargs) -> R:
            return self._call(name, write, lambda call: fn(self, call, *args, **kwargs))

        run.__operation__ = name  # type: ignore[attr-defined]
        run.__writes__ = write  # type: ignore[attr-defined]
        return run

    return wrap


def operations_of(desk: type[Desk]) -> dict[str, str]:
    """Method name -> operation name, for every operation of a desk class (for tests)."""
    found: dict[str, str] = {}
    for attribute in dir(desk):
        name = getattr(getattr(desk, attribute), "__operation__", None)
        if isinstance(name, str):
            found[attribute] = name
    return found
