"""`webcare users list|add|set-roles|deactivate|reactivate`: the team's users and their roles.

Every command acts as a Webcare user (`--as`, see `webcare.commands.acting`) through the team's
desk: listing is for everybody, changes are for administrators, and each change is audited.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from webcare import permissions
from webcare.cli import CommandGroup
from webcare.commands.acting import add_as_option, desks_for
from webcare.config import Settings
from webcare.desk import Done
from webcare.permissions import PermissionDenied
from webcare.runtime import open_database
from webcare.team.desk import TeamDesk
from webcare.team.members import TeamRefused
from webcare.users import UserInfo
from webcare.vocabulary import Role

ROLES = [role.value for role in Role]


def register(commands: CommandGroup) -> None:
    users = commands.add("users", "the team's users and their roles")
    actions = CommandGroup.nested(users)

    listing = actions.add("list", "everybody, with their roles; deactivated users too", run_list)
    listing.add_argument("--json", action="store_true", help="machine-readable output")

    add = actions.add("add", "add a user (an agent unless --role says otherwise)", run_add)
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--name", metavar="NAME", help="the name colleagues see")
    add.add_argument(
        "--role",
        action="append",
        choices=ROLES,
        dest="roles",
        metavar="ROLE",
        help=f"a role to give (repeat for more): {', '.join(ROLES)}",
    )

    set_roles = actions.add("set-roles", "give a user exactly these roles", run_set_roles)
    set_roles.add_argument("username", metavar="USERNAME")
    set_roles.add_argument("roles", nargs="+", choices=ROLES, metavar="ROLE")

    deactivate = actions.add(
        "deactivate", "the user keeps their history and can do nothing", run_deactivate
    )
    deactivate.add_argument("username", metavar="USERNAME")
    reactivate = actions.add("reactivate", "let a deactivated user work again", run_reactivate)
    reactivate.add_argument("username", metavar="USERNAME")
    for parser in (listing, add, set_roles, deactivate, reactivate):
        add_as_option(parser)


def _describe(user: UserInfo) -> str:
    roles = ",".join(sorted(role.value for role in user.roles))
    state = "" if user.active else "  (deactivated)"
    return f"{user.username}\t{user.display_name}\t{roles}{state}"


def _refusal(error: PermissionDenied, me: UserInfo) -> str:
    if not me.active:
        return f"{me.username} is deactivated and may do nothing"
    needs = " or ".join(sorted(role.value for role in permissions.TABLE[error.operation]))
    return f"{me.username} may not call {error.operation} (it needs the role {needs})"


def _with_desk(args: argparse.Namespace, settings: Settings, act: Callable[[TeamDesk], int]) -> int:
    database = open_database(settings)
    try:
        desks = desks_for(database, args)
        try:
            return act(desks.team)
        except PermissionDenied as exc:
            print(f"webcare: error: {_refusal(exc, desks.me)}", file=sys.stderr)
            return 2
        except TeamRefused as exc:
            print(f"webcare: error: {exc}", file=sys.stderr)
            return 2
    finally:
        database.close()


def _change(
    args: argparse.Namespace,
    settings: Settings,
    verb: str,
    act: Callable[[TeamDesk], Done[UserInfo]],
) -> int:
    def run(team: TeamDesk) -> int:
        user = act(team).value
        print(f"{verb} {_describe(user)}")
        return 0

    return _with_desk(args, settings, run)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    def show(team: TeamDesk) -> int:
        found = team.users()
        if args.json:
            rows = [
                {
                    "id": user.id,
                    "username": user.username,
                    "name": user.display_name,
                    "roles": sorted(role.value for role in user.roles),
                    "active": user.active,
                }
                for user in found
            ]
            json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
            print()
        else:
            for user in found:
                print(_describe(user))
        return 0

    return _with_desk(args, settings, show)


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    roles = [Role(role) for role in args.roles or [Role.AGENT]]
    return _change(
        args, settings, "added", lambda team: team.add_user(args.username, args.name, roles)
    )


def run_set_roles(args: argparse.Namespace, settings: Settings) -> int:
    roles = [Role(role) for role in args.roles]
    return _change(args, settings, "set", lambda team: team.set_roles(args.username, roles))


def run_deactivate(args: argparse.Namespace, settings: Settings) -> int:
    return _change(args, settings, "deactivated", lambda team: team.deactivate(args.username))


def run_reactivate(args: argparse.Namespace, settings: Settings) -> int:
    return _change(args, settings, "reactivated", lambda team: team.reactivate(args.username))
