"""`webcare posts …`: the calendar from the command line, through the calendar's desk.

import FILE, hold --reason, release, decide, list, export and ics; each acts as a Webcare user
(`--as USER`) with the same role checks and audit as the desktop.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from webcare.calendar import timing
from webcare.calendar.planning import Decision
from webcare.calendar.records import ImportRefused, PostInvalid, Problem, TargetInfo
from webcare.cli import CommandGroup
from webcare.commands.acting import add_as_option, desks_for
from webcare.commands.output import write_whole
from webcare.config import Settings
from webcare.errors import ConfigError
from webcare.runtime import open_database

SENTENCES = {
    "unknown_account": "unknown account {detail!r} (see `webcare accounts list`)",
    "bad_date": "date and time must be YYYY-MM-DD and HH:MM, not {detail!r}",
    "bad_deadline": "deadline must be YYYY-MM-DD HH:MM: {detail}",
    "nonexistent_time": "{detail}",
    "ambiguous_time": "{detail}",
    "in_the_past": "{detail} has already passed",
    "too_long": "text too long for the platform ({detail} characters)",
    "empty": "the text is empty",
    "alt_text_missing": "the image {detail} has no alt text",
    "alt_text_without_image": "alt text without an image",
    "media_unreadable": "the image {detail} cannot be read",
    "image_required": "an Instagram post needs an image",
    "image_url_required": "Instagram takes images at a public URL only (Meta fetches them)",
    "too_many_hashtags": "too many hashtags for Instagram ({detail})",
    "x_media_unsupported": "Webcare cannot post images on X yet",
    "one_image_only": "one image per post",
    "bad_link": "not a web address: {detail}",
    "bad_image_url": "not a web address: {detail}",
    "deadline_before_time": "the deadline is before the post's time",
    "missing_columns": "the header lacks the columns {detail}",
    "no_rows": "the file has no rows",
    "hold_reason_missing": "a hold needs a reason",
}


def sentence(problem: Problem) -> str:
    template = SENTENCES.get(problem.code)
    if template is None:
        return f"{problem.code}{': ' + problem.detail if problem.detail else ''}"
    return template.format(detail=problem.detail)


def register(commands: CommandGroup) -> None:
    posts = commands.add("posts", "the calendar's posts: import, hold, release, list, export")
    actions = CommandGroup.nested(posts)

    imported = actions.add("import", "schedule a planner's CSV plan (all rows or none)", run_import)
    imported.add_argument("file", metavar="FILE", help="CSV: " + ",".join(_columns()))
    add_as_option(imported)

    hold = actions.add("hold", "crisis hold: stop every scheduled post now", run_hold)
    hold.add_argument("--reason", required=True, help="why (shown in the calendar)")
    hold.add_argument(
        "--account",
        action="append",
        metavar="ACCOUNT",
        help="hold only this account (handle or id; repeat for more); default: all accounts",
    )
    add_as_option(hold)

    release = actions.add("release", "release the hold; list the held posts to decide", run_release)
    add_as_option(release)

    decide = actions.add("decide", "publish now, reschedule or cancel a post target", run_decide)
    decide.add_argument("target", type=int, metavar="TARGET", help="the target id (posts list)")
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--publish-now", action="store_true")
    choice.add_argument("--cancel", action="store_true")
    choice.add_argument("--reschedule", metavar="'YYYY-MM-DD HH:MM'")
    choice.add_argument(
        "--mark-published", action="store_true", help="an unconfirmed post is there"
    )
    decide.add_argument("--fold", type=int, choices=(0, 1), help="0: the first 02:30 in October")
    decide.add_argument("--url", help="with --mark-published: the post's address")
    add_as_option(decide)

    listed = actions.add("list", "the posts planned in a period", run_list)
    listed.add_argument("--from", dest="start", metavar="DATE", help="YYYY-MM-DD (default: today)")
    listed.add_argument("--to", dest="end", metavar="DATE", help="YYYY-MM-DD, inclusive")
    listed.add_argument("--json", action="store_true")
    add_as_option(listed)

    export = actions.add("export", "every post per account, for the archive", run_export)
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--output", "-o", metavar="FILE")
    add_as_option(export)

    ics = actions.add("ics", "the plan as an iCalendar file (Outlook)", run_ics)
    ics.add_argument("--output", "-o", metavar="FILE", required=True)
    add_as_option(ics)


def _columns() -> tuple[str, ...]:
    from webcare.calendar.importing import COLUMNS

    return COLUMNS


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"{option} must be YYYY-MM-DD, not {value!r}") from exc


def _midnight(day: date) -> datetime:
    return timing.lenient(datetime.combine(day, time(0))).instant


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path} is not UTF-8 text") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from exc
    database = open_database(settings)
    try:
        desk = desks_for(database, args).calendar
        try:
            report = desk.import_csv(text, path.resolve().parent).value
        except ImportRefused as exc:
            for row in exc.rows:
                reasons = "; ".join(sentence(p) for p in row.problems)
                print(f"{path}:{row.line}: {reasons}", file=sys.stderr)
            raise ConfigError(str(exc)) from exc
    finally:
        database.close()
    made = f", created campaigns: {', '.join(report.campaigns_created)}"
    print(f"scheduled {report.posts} posts{made if report.campaigns_created else ''}")
    return 0


def run_hold(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        desks = desks_for(database, args)
        ids = None
        if args.account:
            known = {str(a.id): a.id for a in desks.calendar.accounts()}
            known |= {a.handle.lower(): a.id for a in desks.calendar.accounts()}
            ids = []
            for key in args.account:
                found = known.get(key.lstrip("@").lower())
                if found is None:
                    raise ConfigError(f"unknown account {key!r} (see `webcare accounts list`)")
                ids.append(found)
        try:
            hold = desks.calendar.hold(args.reason, ids).value
        except PostInvalid as exc:
            raise ConfigError("; ".join(sentence(p) for p in exc.problems)) from exc
    finally:
        database.close()
    scope = "every account" if hold.all_accounts else f"accounts {list(hold.account_ids)}"
    print(f"hold {hold.id} on {scope}: nothing publishes until `webcare posts release`")
    return 0


def run_release(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        released = desks_for(database, args).calendar.release().value
    finally:
        database.close()
    if not released.holds:
        print("no hold was in force")
        return 0
    print(f"released hold {', '.join(map(str, released.holds))}")
    for target in released.missed:
        print(f"missed (past its deadline while held): {_describe(target)}")
    for target in released.to_decide:
        print(f"to decide: {_describe(target)}")
    if released.to_decide:
        print(
            "decide each: webcare posts decide TARGET --publish-now | --reschedule "
            "'YYYY-MM-DD HH:MM' | --cancel"
        )
    return 0


def _describe(target: TargetInfo) -> str:
    local = timing.local_of(target.due_at).aware()
    first = target.text.splitlines()[0][:60] if target.text else ""
    where = f"{target.platform.value} @{target.account_handle}"
    return f"target {target.id} {where} {local:%Y-%m-%d %H:%M} {first!r}"


def run_decide(args: argparse.Namespace, settings: Settings) -> int:
    wall = None
    if args.publish_now:
        decision = Decision.PUBLISH_NOW
    elif args.cancel:
        decision = Decision.CANCEL
    elif args.mark_published:
        decision = Decision.MARK_PUBLISHED
    else:
        decision = Decision.RESCHEDULE
        try:
            wall = datetime.strptime(args.reschedule, "%Y-%m-%d %H:%M")
        except ValueError as exc:
            raise ConfigError(
                f"--reschedule must be 'YYYY-MM-DD HH:MM', not {args.reschedule!r}"
            ) from exc
    database = open_database(settings)
    try:
        desk = desks_for(database, args).calendar
        try:
            target = desk.decide(
                args.target, decision, wall=wall, fold=args.fold, url=args.url
            ).value
        except PostInvalid as exc:
            raise ConfigError("; ".join(sentence(p) for p in exc.problems)) from exc
    finally:
        database.close()
    print(f"{_describe(target)}: {target.state.value}")
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    today = datetime.now(UTC).astimezone(timing.zone_info(timing.DEFAULT_ZONE)).date()
    first = _day(args.start, "--from") or today
    last = _day(args.end, "--to") or first + timedelta(days=30)
    if last < first:
        raise ConfigError("--to is before --from")
    database = open_database(settings)
    try:
        posts = desks_for(database, args).calendar.posts(
            _midnight(first), _midnight(last + timedelta(days=1))
        )
    finally:
        database.close()
    if args.json:
        rows = [
            {
                "post_id": p.id,
                "series": p.virtual,
                "campaign": p.campaign_name,
                "local_time": timing.local_of(p.scheduled_at, p.zone)
                .aware()
                .isoformat(timespec="minutes"),
                "scheduled_utc": p.scheduled_at.isoformat(timespec="seconds"),
                "deadline_utc": p.deadline_at.isoformat(timespec="seconds")
                if p.deadline_at
                else None,
                "targets": [
                    {
                        "target_id": t.id,
                        "platform": t.platform.value,
                        "account": t.account_handle,
                        "state": t.state.value,
                        "reason": t.state_reason,
                        "problems": [p.code for p in t.problems],
                        "text": t.text,
                        "url": t.url,
                    }
                    for t in p.targets
                ],
            }
            for p in posts
        ]
        json.dump({"posts": rows}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for post in posts:
        local = timing.local_of(post.scheduled_at, post.zone).aware()
        week = local.isocalendar().week
        states = ", ".join(_state(t) for t in post.targets)
        mark = " (series)" if post.virtual else ""
        text = post.text.splitlines()[0][:50] if post.text else ""
        when = f"wk{week:02d} {local:%a %Y-%m-%d %H:%M}"
        print(f"{when} #{post.id}{mark} [{post.campaign_name}] {text!r} {states}")
    if not posts:
        print(f"no posts from {first} to {last}")
    return 0


def _state(target: TargetInfo) -> str:
    problems = ",".join(p.code for p in target.problems)
    return f"{target.platform.value}:{target.state.value}" + (f" !{problems}" if problems else "")


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    database = open_database(settings)
    try:
        desk = desks_for(database, args).calendar
        if args.output is None:
            desk.export(sys.stdout, format=args.format)
            return 0
        target = Path(args.output)
        count = write_whole(target, lambda out: desk.export(out, format=args.format))
    finally:
        database.close()
    print(f"exported {count} post targets to {target}", file=sys.stderr)
    return 0


def run_ics(args: argparse.Namespace, settings: Settings) -> int:
    target = Path(args.output)
    database = open_database(settings)
    try:
        desk = desks_for(database, args).calendar
        count = write_whole(target, desk.ics, binary=True)
    finally:
        database.close()
    print(f"wrote {count} posts to {target}", file=sys.stderr)
    return 0
