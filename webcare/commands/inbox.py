"""`webcare inbox export|reply`: every conversation with its messages, as JSON or CSV; a
reply queued from a script."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from webcare.cli import CommandGroup
from webcare.commands.acting import add_as_option, desks_for
from webcare.commands.output import write_whole
from webcare.config import Settings
from webcare.errors import ConfigError
from webcare.inbox.actions import ChangeRefused, HeldByColleague
from webcare.inbox.outbox import ReplyRefused
from webcare.permissions import PermissionDenied
from webcare.runtime import open_database

# What a reply read from standard input may be at most (the longest a platform takes is 10,000).
REPLY_READ_MAX = 100_000
ID_MAX = 2**31 - 1


def register(commands: CommandGroup) -> None:
    inbox = commands.add("inbox", "the inbox's conversations")
    actions = CommandGroup.nested(inbox)
    reply = actions.add(
        "reply",
        "queue a reply to a conversation, with the composer's checks (the worker sends it)",
        run_reply,
    )
    reply.add_argument("conversation", type=_conversation_id, metavar="CONVERSATION_ID")
    reply.add_argument(
        "--text-stdin",
        action="store_true",
        required=True,
        help="read the reply's text from standard input (one trailing line break is dropped)",
    )
    add_as_option(reply)
    export = actions.add(
        "export",
        "write every conversation with its messages (supervisors and administrators; audited)",
        run_export,
    )
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE instead of standard output"
    )
    add_as_option(export)


def _conversation_id(value: str) -> int:
    if not value.isascii() or not value.isdigit() or not 0 < int(value) <= ID_MAX:
        raise argparse.ArgumentTypeError(f"not a conversation id: {value[:40]!r}")
    return int(value)


def run_reply(args: argparse.Namespace, settings: Settings) -> int:
    """Queue a reply through the inbox desk, as the composer does: the same role check, the
    same refusals (exit 2 with the reason), the conversation claimed if nobody holds it."""
    text = sys.stdin.read(REPLY_READ_MAX + 1)
    if len(text) > REPLY_READ_MAX:
        raise ConfigError(f"the reply is longer than {REPLY_READ_MAX} characters")
    text = text.removesuffix("\n").removesuffix("\r")
    conversation_id: int = args.conversation
    database = open_database(settings)
    try:
        inbox = desks_for(database, args).inbox
        try:
            done = inbox.send_reply(conversation_id, text, expected_holder=None)
        except HeldByColleague as held:
            return _refused(
                f"{held.holder_name or f'user {held.holder_id}'} holds conversation "
                f"{conversation_id}; answering for a colleague is done in the desktop"
            )
        except ChangeRefused as refused:
            if refused.code is ChangeRefused.Code.NO_CONVERSATION:
                return _refused(f"no conversation {conversation_id}")
            return _refused(str(refused))
        except (ReplyRefused, PermissionDenied) as refused:
            return _refused(str(refused))
    finally:
        database.close()
    print(f"queued reply {done.value.message_id} in conversation {conversation_id}")
    return 0


def _refused(reason: str) -> int:
    print(f"webcare: refused: {reason}", file=sys.stderr)
    return 2


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    """Supervisors and administrators only (the inbox desk checks), and audited."""
    database = open_database(settings)
    try:
        inbox = desks_for(database, args).inbox
        if args.output is None:
            inbox.export(sys.stdout, format=args.format)
            return 0
        target = Path(args.output)
        count = write_whole(target, lambda out: inbox.export(out, format=args.format))
    finally:
        database.close()
    print(f"exported {count} conversations to {target}", file=sys.stderr)
    return 0
