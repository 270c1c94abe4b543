"""What the inbox controller keeps for the agent to act on later: the last change Ctrl+Z takes
back, and a reply held back until the agent confirms answering a colleague's conversation."""

from __future__ import annotations

from dataclasses import dataclass

from webcare.inbox.actions import HeldByColleague
from webcare.inbox.undo import Step
from webcare.vocabulary import MessageTag


@dataclass(frozen=True)
class UndoEntry:
    """The last change the agent can take back: what it did (translated), and the step."""

    conversation_id: int
    done: str
    step: Step


@dataclass(frozen=True)
class PendingReply:
    """A reply held back because a colleague holds the conversation (with the tag the agent
    chose for it, if any)."""

    conversation_id: int
    text: str
    holder: HeldByColleague
    tag: MessageTag | None = None
