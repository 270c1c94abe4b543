"""A call for every desk operation, for the table-driven test of the permission table.

`tests/test_permissions.py` calls every operation of every desk in `webcare.desks.Desks` as
every role, and fails for an operation that has no call here: a room that adds a desk method
adds its call (its own block below). A call gets a `World` (a database with one user per
role and an account) and returns the arguments; it prepares what the operation needs (a
conversation, a failed reply, a step to undo) as the set-up user, before the call is made.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import update

from tests.helpers import inbox as data
from webcare.inbox.drafts import DraftMode
from webcare.inbox.queries import ListQuery
from webcare.inbox.undo import TagStep
from webcare.inbox.watch import Watch
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Message
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationStatus, DeliveryState, Role

Arguments = tuple[tuple[Any, ...], dict[str, Any]]
_serial = itertools.count(1)


@dataclass
class World:
    """The database a call runs against: `users[role]` holds that role alone, `setup` every
    role (it prepares what a call needs)."""

    database: Database
    setup: int
    users: dict[Role, int]
    account: int

    def conversation(self, text: str = "Mijn container is niet geleegd") -> int:
        with transaction(self.database.sessions) as session:
            return data.add_conversation(
                session, self.account, name="Jan de Vries", handle="@jan", text=text
            )

    def failed_reply(self) -> int:
        conversation = self.conversation()
        queued = data.desk(self.database, self.setup).send_reply(
            conversation, "Dank u", expected_holder=None
        )
        with transaction(self.database.sessions) as session:
            session.execute(
                update(Message)
                .where(Message.id == queued.value.message_id)
                .values(delivery_state=DeliveryState.FAILED, delivery_error="rejected")
            )
        return queued.value.message_id


CALLS: dict[str, Callable[[World], Arguments]] = {}


def call(name: str) -> Callable[[Callable[[World], Arguments]], Callable[[World], Arguments]]:
    """Register the call of `Desk.method` (e.g. "InboxDesk.claim")."""

    def register(factory: Callable[[World], Arguments]) -> Callable[[World], Arguments]:
        CALLS[name] = factory
        return factory

    return register


def args(*positional: Any, **keywords: Any) -> Arguments:
    return positional, keywords


# ---- the inbox (webcare/inbox/desk.py)


@call("InboxDesk.start")
@call("InboxDesk.lookups")
@call("InboxDesk.queue_counts")
def _nothing(_world: World) -> Arguments:
    return args()


@call("InboxDesk.list_page")
def _list_page(world: World) -> Arguments:
    world.conversation()
    return args(ListQuery())


@call("InboxDesk.detail")
@call("InboxDesk.open")
@call("InboxDesk.mark_read")
@call("InboxDesk.claim")
def _a_conversation(world: World) -> Arguments:
    return args(world.conversation())


@call("InboxDesk.check")
def _check(world: World) -> Arguments:
    world.conversation()
    return args(0, Watch(ListQuery(), None, 0, utcnow() - timedelta(hours=1)))


@call("InboxDesk.assign")
def _assign(world: World) -> Arguments:
    return args(world.conversation(), world.setup, expected=None)


@call("InboxDesk.set_status")
def _set_status(world: World) -> Arguments:
    return args(world.conversation(), ConversationStatus.PENDING)


@call("InboxDesk.set_priority")
def _set_priority(world: World) -> Arguments:
    return args(world.conversation(), 3)


@call("InboxDesk.add_tag")
def _add_tag(world: World) -> Arguments:
    return args(world.conversation(), "afval")


@call("InboxDesk.remove_tag")
def _remove_tag(world: World) -> Arguments:
    conversation = world.conversation()
    step = data.desk(world.database, world.setup).add_tag(conversation, "afval").value
    assert isinstance(step, TagStep)
    return args(conversation, step.tag_id, "afval")


@call("InboxDesk.undo")
def _undo(world: World) -> Arguments:
    conversation = world.conversation()
    step = data.desk(world.database, world.setup).set_priority(conversation, 3).value
    assert step is not None
    return args(step)


@call("InboxDesk.add_note")
def _add_note(world: World) -> Arguments:
    return args(world.conversation(), "@iemand kijk jij even?")


@call("InboxDesk.send_reply")
def _send_reply(world: World) -> Arguments:
    return args(world.conversation(), "We kijken ernaar.", expected_holder=None)


@call("InboxDesk.retry")
def _retry(world: World) -> Arguments:
    return args(world.failed_reply())


@call("InboxDesk.save_draft")
def _save_draft(world: World) -> Arguments:
    return args(world.conversation(), DraftMode.REPLY, "Beste Jan,")


@call("InboxDesk.save_canned")
def _save_canned(_world: World) -> Arguments:
    shortcut = f"afval-{next(_serial)}"
    return args(None, shortcut=shortcut, title="Afval", body="De container komt morgen.")


@call("InboxDesk.delete_canned")
def _delete_canned(world: World) -> Arguments:
    made = data.desk(world.database, world.setup).save_canned(
        None, shortcut=f"weg-{next(_serial)}", title="Weg", body="Weg ermee."
    )
    return args(made.value)


@call("InboxDesk.export")
def _export(world: World) -> Arguments:
    world.conversation()
    return args(io.StringIO(), format="json")
