"""A call for every desk operation, for the table-driven test of the permission table.

`tests/test_permissions.py` calls every operation of every desk in `webcare.desks.Desks` as
every role, and fails for an operation that has no call here: a room that adds a desk method
adds its call (its own block below). A call gets a `World` (a database with one user per
role and an account) and returns the arguments; it prepares what the operation needs (a
conversation, a failed reply, a step to undo, a post, a hold) as the set-up user, before the
call is made.
"""

from __future__ import annotations

import io
import itertools
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from tests.helpers import inbox as data
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.desk import AccountsDesk, Connection
from webcare.calendar import timing
from webcare.calendar.desk import CalendarDesk
from webcare.calendar.planning import Decision
from webcare.calendar.records import CampaignDraft, PostDraft, VariantDraft
from webcare.desk import Desk, no_progress
from webcare.inbox.drafts import DraftMode
from webcare.inbox.queries import ConversationFilter, ListQuery
from webcare.inbox.undo import TagStep
from webcare.inbox.watch import Watch
from webcare.reports.figures import NO_FILTERS, Period
from webcare.residents import postcodes
from webcare.residents.desk import ResidentsDesk
from webcare.residents.replies import HEADER
from webcare.residents.values import ResidentInput
from webcare.residents.vocabulary import ConsentMethod, Purpose, RequestKind
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Message, PostTarget, QuarantinedItem
from webcare.storage.types import utcnow
from webcare.team.desk import TeamDesk
from webcare.team.policy import Span, week_of
from webcare.vocabulary import (
    ConversationStatus,
    DeliveryState,
    ModerationKind,
    Platform,
    PostState,
    Role,
    UnconfirmedReason,
)

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

    def unconfirmed_reply(self) -> int:
        """A reply the worker could not confirm (issue 10): for a person to settle."""
        message_id = self.failed_reply()
        with transaction(self.database.sessions) as session:
            session.execute(
                update(Message)
                .where(Message.id == message_id)
                .values(
                    delivery_state=DeliveryState.UNCONFIRMED,
                    delivery_error=UnconfirmedReason.NO_COPY.value,
                    send_started_at=utcnow() - timedelta(minutes=10),
                )
            )
        return message_id

    def desk(self, kind: type[Desk], user: int) -> Desk:
        """A desk of `kind` acting as `user` (the accounts desk with a throwaway credential
        store in a temporary folder, never the keyring)."""
        if kind is AccountsDesk:
            store = CredentialStore(
                Path(tempfile.mkdtemp(prefix="webcare-keys-")), use_keyring=False
            )
            return AccountsDesk(self.database.sessions, user, credentials=store)
        return kind(self.database.sessions, user)

    def team(self) -> TeamDesk:
        """The team's desk of the set-up user (every role)."""
        return TeamDesk(self.database.sessions, self.setup)

    def colleague(self, *, active: bool = True) -> str:
        """A new agent's user name (deactivated unless `active`)."""
        username = f"collega-{next(_serial)}"
        self.team().add_user(username, "Collega")
        if not active:
            self.team().deactivate(username)
        return username

    def calendar(self) -> CalendarDesk:
        """The set-up user's calendar desk."""
        return CalendarDesk(self.database.sessions, self.setup)

    def post(self, text: str = "Kom naar de wijkavond in Noord!") -> int:
        """A post scheduled on the account for 10:00 local time the day after tomorrow."""
        saved = self.calendar().save_post(
            PostDraft(text, coming_wall(days=2), (VariantDraft(self.account, text),))
        )
        return saved.value.id

    def target(self, state: PostState | None = None) -> int:
        """The one target of a new post, put in `state` (as the engine would) if given."""
        post = self.calendar().post(self.post())
        (target,) = post.targets
        if state is not None:
            with transaction(self.database.sessions) as session:
                session.execute(
                    update(PostTarget).where(PostTarget.id == target.id).values(state=state)
                )
        return target.id


def coming_wall(*, days: int, at: time = time(10, 0)) -> datetime:
    """A naive Amsterdam wall time `days` from today (10:00 exists on every day)."""
    today = timing.local_of(utcnow()).wall.date()
    return datetime.combine(today + timedelta(days=days), at)


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


@call("InboxDesk.search_count")
def _search_count(world: World) -> Arguments:
    world.conversation()
    return args(ListQuery(ConversationFilter(search="container")))


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


@call("InboxDesk.unconfirmed_replies")
def _unconfirmed_replies(world: World) -> Arguments:
    return args(world.conversation())


@call("InboxDesk.mark_sent")
@call("InboxDesk.send_again")
def _settle_unconfirmed(world: World) -> Arguments:
    return args(world.unconfirmed_reply())


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


# ---- the team's labels


def _label(world: World, name: str = "Afval") -> int:
    conversation = world.conversation()
    step = data.desk(world.database, world.setup).add_tag(conversation, f"{name}-{next(_serial)}")
    assert isinstance(step.value, TagStep)
    return step.value.tag_id


@call("InboxDesk.labels")
def _labels(_world: World) -> Arguments:
    return args()


@call("InboxDesk.rename_label")
def _rename_label(world: World) -> Arguments:
    return args(_label(world), f"Groen-{next(_serial)}")


@call("InboxDesk.set_label_colour")
def _set_label_colour(world: World) -> Arguments:
    return args(_label(world), "#2a7f3f")


@call("InboxDesk.merge_labels")
def _merge_labels(world: World) -> Arguments:
    return args(_label(world), _label(world, "Grofvuil"))


@call("InboxDesk.delete_label")
def _delete_label(world: World) -> Arguments:
    return args(_label(world))


@call("InboxDesk.export")
def _export(world: World) -> Arguments:
    world.conversation()
    return args(io.StringIO(), format="json")


# ---- the calendar (webcare/calendar/desk.py)


@call("CalendarDesk.accounts")
@call("CalendarDesk.campaigns")
@call("CalendarDesk.holds")
def _calendar_lookups(world: World) -> Arguments:
    world.calendar().save_campaign(CampaignDraft("Check uw gegevens"))
    return args()


@call("CalendarDesk.needs_decision")
def _needs_decision(world: World) -> Arguments:
    world.target(PostState.MISSED)
    return args()


@call("CalendarDesk.posts")
def _posts(world: World) -> Arguments:
    world.post()
    week = [timing.resolve(coming_wall(days=d, at=time(0, 0))).instant for d in (0, 7)]
    return args(*week)


@call("CalendarDesk.post")
@call("CalendarDesk.cancel")
def _a_post(world: World) -> Arguments:
    return args(world.post())


@call("CalendarDesk.save_campaign")
def _save_campaign(_world: World) -> Arguments:
    return args(CampaignDraft("Wijkavond Noord", goal="Bewoners uitnodigen", neighbourhoods=("N",)))


@call("CalendarDesk.save_post")
def _save_post(world: World) -> Arguments:
    text = "Controleer uw gegevens voor 1 maart"
    return args(PostDraft(text, coming_wall(days=3), (VariantDraft(world.account, text),)))


@call("CalendarDesk.reschedule")
def _reschedule(world: World) -> Arguments:
    return args(world.post(), coming_wall(days=4))


@call("CalendarDesk.decide")
def _decide(world: World) -> Arguments:
    return args(world.target(PostState.MISSED), Decision.PUBLISH_NOW)


@call("CalendarDesk.import_csv")
def _import_csv(world: World) -> Arguments:
    # The importer knows an account by its handle as the accounts service stores it (no "@").
    handle = f"gemeente{next(_serial)}"
    with transaction(world.database.sessions) as session:
        data.add_account(session, Platform.X, "Gemeente (import)", handle)
    day = coming_wall(days=5).date().isoformat()
    plan = (
        "campaign,account,date,time,text,image,alt_text,deadline\n"
        f"Wijkavond,{handle},{day},09:30,Kom naar de wijkavond,,,\n"
    )
    return args(plan, Path(tempfile.gettempdir()))


@call("CalendarDesk.hold")
def _hold(world: World) -> Arguments:
    world.post()
    return args("Calamiteit in Noord: alle berichten even niet", [world.account])


@call("CalendarDesk.release")
def _release(world: World) -> Arguments:
    world.post()
    held = world.calendar().hold("Calamiteit in Noord", None)
    return args([held.value.id])


@call("CalendarDesk.export")
def _calendar_export(world: World) -> Arguments:
    world.post()
    return args(io.StringIO(), format="csv")


@call("CalendarDesk.ics")
def _ics(world: World) -> Arguments:
    world.post()
    return args(io.BytesIO())


# ---- the team (webcare/team/desk.py)

SPLIT = week_of([(Span.of(time(8, 30), time(12, 30)), Span.of(time(13), time(17)))] * 5)
CHRISTMAS_EVE = date(2027, 12, 24)


@call("TeamDesk.users")
@call("TeamDesk.myself")
@call("TeamDesk.policy")
@call("TeamDesk.policy_revision")
@call("TeamDesk.policy_scopes")
def _team_nothing(_world: World) -> Arguments:
    return args()


@call("TeamDesk.add_user")
def _add_user(_world: World) -> Arguments:
    return args(f"nieuw-{next(_serial)}", display_name="Nieuw", roles=[Role.PLANNER])


@call("TeamDesk.set_roles")
def _set_roles(world: World) -> Arguments:
    return args(world.colleague(), [Role.AGENT, Role.PLANNER])


@call("TeamDesk.deactivate")
def _deactivate(world: World) -> Arguments:
    return args(world.colleague())


@call("TeamDesk.reactivate")
def _reactivate(world: World) -> Arguments:
    return args(world.colleague(active=False))


@call("TeamDesk.set_policy")
def _set_policy(_world: World) -> Arguments:
    return args(SPLIT, 60)


@call("TeamDesk.clear_account_policy")
def _clear_account_policy(world: World) -> Arguments:
    world.team().set_policy(SPLIT, 30, account_id=world.account)
    return args(world.account)


@call("TeamDesk.add_closing_day")
def _add_closing_day(_world: World) -> Arguments:
    return args(date(2027, 12, 31), "Oudjaarsdag")


@call("TeamDesk.remove_closing_day")
def _remove_closing_day(world: World) -> Arguments:
    world.team().add_closing_day(CHRISTMAS_EVE, "Kerstavond")
    return args(CHRISTMAS_EVE)


# ---- residents (webcare/residents/desk.py) and the audit log (webcare/auditing/desk.py)

DEMO_TABLE = Path(__file__).parents[2] / "resources" / "postcodes" / "demo_pc6hnr2025.csv"


def _residents(world: World) -> ResidentsDesk:
    return ResidentsDesk(world.database.sessions, world.setup)


def _resident(world: World, *, linking: bool = False) -> int:
    desk = _residents(world)
    resident = desk.create(ResidentInput(name=f"Bewoner {next(_serial)}")).value
    if linking:
        desk.give_consents(
            resident,
            [Purpose.LINK_SOCIAL],
            method=ConsentMethod.COUNTER,
            given_at=utcnow(),
            evidence_ref="",
            notice_version=desk.notice().version,
        )
    return resident


@call("ResidentsDesk.search")
@call("ResidentsDesk.notice")
@call("ResidentsDesk.requests")
@call("ResidentsDesk.postcode_table")
@call("ResidentsDesk.retention_terms")
@call("ResidentsDesk._may_import_postcodes")
@call("ResidentsDesk._run_retention")
@call("AuditDesk.events")
@call("AuditDesk.verify")
def _residents_nothing(_world: World) -> Arguments:
    return args()


@call("ResidentsDesk.profile")
@call("ResidentsDesk.issue_code")
def _a_resident(world: World) -> Arguments:
    return args(_resident(world, linking=True))


@call("ResidentsDesk._erase")
def _erase(world: World) -> Arguments:
    return args(_resident(world), "request")


@call("ResidentsDesk.beside_conversation")
@call("ResidentsDesk.unlink")
def _resident_conversation(world: World) -> Arguments:
    return args(world.conversation())


@call("ResidentsDesk.link_candidates")
def _link_candidates(world: World) -> Arguments:
    _resident(world)
    return args(world.conversation(), "Bewoner")


@call("ResidentsDesk.link")
def _link(world: World) -> Arguments:
    resident = _resident(world, linking=True)
    code = _residents(world).issue_code(resident).value.code
    with transaction(world.database.sessions) as session:  # the resident sends the code
        conversation = data.add_conversation(
            session, world.account, name="Bewoner", handle="@bewoner", text=f"code {code}"
        )
    return args(conversation, resident)


@call("ResidentsDesk.create")
def _create_resident(_world: World) -> Arguments:
    return args(ResidentInput(name="Nieuwe Bewoner"))


@call("ResidentsDesk.update")
def _update_resident(world: World) -> Arguments:
    return args(_resident(world), ResidentInput(name="Andere Naam"))


@call("ResidentsDesk.give_consents")
def _give_consents(world: World) -> Arguments:
    return args(
        _resident(world),
        [Purpose.CAMPAIGNS],
        method=ConsentMethod.PHONE,
        given_at=utcnow(),
        evidence_ref="",
        notice_version=_residents(world).notice().version,
    )


@call("ResidentsDesk.withdraw_consent")
def _withdraw_consent(world: World) -> Arguments:
    return args(_resident(world, linking=True), Purpose.LINK_SOCIAL)


@call("ResidentsDesk.register_request")
def _register_request(world: World) -> Arguments:
    return args(_resident(world), RequestKind.ACCESS, utcnow())


@call("ResidentsDesk.complete_request")
def _complete_request(world: World) -> Arguments:
    request = _residents(world).register_request(_resident(world), RequestKind.ACCESS, utcnow())
    return args(request.value)


@call("ResidentsDesk.export_access")
def _export_access(world: World) -> Arguments:
    return args(_resident(world), Path(tempfile.mkdtemp(prefix="webcare-inzage-")))


@call("ResidentsDesk.import_replies")
def _import_replies(_world: World) -> Arguments:
    path = Path(tempfile.mkdtemp(prefix="webcare-replies-")) / "antwoorden.csv"
    path.write_text(",".join(HEADER) + "\n", encoding="utf-8")
    return args(path, no_progress)


@call("ResidentsDesk.lookup_postcode")
def _lookup_postcode(_world: World) -> Arguments:
    return args("9999AA", "1")


@call("ResidentsDesk._swap_postcodes")
def _swap_postcodes(world: World) -> Arguments:
    return args(postcodes.stage(world.database.engine, DEMO_TABLE, progress=no_progress))


@call("ResidentsDesk.set_retention_term")
def _set_retention_term(_world: World) -> Arguments:
    return args("question", 12)


@call("AuditDesk.export")
def _audit_export(_world: World) -> Arguments:
    return args(io.StringIO())


# ---- the reports (webcare/reports/desk.py)

DECEMBER = Period(date(2026, 12, 1), date(2026, 12, 31))


@call("ReportsDesk.refresh")
@call("ReportsDesk.choices")
@call("ReportsDesk.revision")
@call("ReportsDesk.overview")
def _reports_nothing(world: World) -> Arguments:
    world.conversation()
    return args()


@call("ReportsDesk._report")
def _report(world: World) -> Arguments:
    world.conversation()
    return args(DECEMBER, NO_FILTERS, None, no_progress)


@call("ReportsDesk._export")
def _report_export(world: World) -> Arguments:
    world.conversation()
    return args(io.StringIO(), DECEMBER, NO_FILTERS, "csv", "conversation")


@call("ReportsDesk._document")
def _report_document(world: World) -> Arguments:
    world.conversation()
    return args(DECEMBER, NO_FILTERS)


# ---- connected accounts and their quarantine (webcare/accounts/desk.py)


def _quarantined(world: World) -> int:
    with transaction(world.database.sessions) as session:
        item = QuarantinedItem(
            account_id=world.account,
            platform=Platform.X,
            stream="mentions",
            external_id="17",
            fingerprint=f"{next(_serial):064d}",
            reason="ItemError: the item has no text",
            payload='{"id": "17"}',
        )
        session.add(item)
        session.flush()
        return item.id


@call("AccountsDesk.accounts")
@call("AccountsDesk.health")
@call("AccountsDesk.platforms")
@call("AccountsDesk.quarantine")
def _accounts_nothing(_world: World) -> Arguments:
    return args()


@call("AccountsDesk.connect")
def _connect(_world: World) -> Arguments:
    return args(
        Connection(Platform.X, "Gemeente", "gemeente", str(9000 + next(_serial)), "a-token")
    )


@call("AccountsDesk.reauthorise")
def _reauthorise(world: World) -> Arguments:
    return args(world.account, "a-new-token")


@call("AccountsDesk.check")
@call("AccountsDesk.dismiss_gaps")
def _an_account(world: World) -> Arguments:
    return args(world.account)


@call("AccountsDesk.set_paused")
def _set_paused(world: World) -> Arguments:
    return args(world.account, True)


@call("AccountsDesk.remove")
def _remove(world: World) -> Arguments:
    with transaction(world.database.sessions) as session:
        account = data.add_account(session, Platform.FACEBOOK, "Weg", f"weg{next(_serial)}")
    return args(account)


@call("AccountsDesk.quarantined")
def _quarantined_item(world: World) -> Arguments:
    return args(_quarantined(world))


@call("AccountsDesk.retry_quarantine")
def _retry_quarantine(world: World) -> Arguments:
    return args(world.account, [_quarantined(world)])


# ---- moderation (webcare/moderation/desk.py)


@call("ModerationDesk.moderate")
def _moderate(world: World) -> Arguments:
    with transaction(world.database.sessions) as session:
        page = data.add_account(session, Platform.FACEBOOK, "Pagina", f"pagina{next(_serial)}")
        conversation = data.add_conversation(
            session, page, name="Jan de Vries", handle="", text="Scheldwoorden"
        )
        message = session.scalars(
            select(Message.id).where(Message.conversation_id == conversation)
        ).one()
    return args(message, ModerationKind.HIDE)
