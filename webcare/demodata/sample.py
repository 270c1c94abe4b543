"""A small, varied inbox written through the ORM: for screenshots, the demo data command's
team, and the tests that need colleagues and accounts.

`populate` writes residents' conversations with replies in every delivery state, colleagues,
tags and the demo team's canned replies; `add_team` writes only the team (accounts, colleagues,
tags, canned replies), which the bulk generator (`webcare.demodata.bulk`) starts from.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from resources import demo_canned_replies
from webcare.clock import utcnow
from webcare.demodata.texts import FIRST_NAMES, LAST_NAMES
from webcare.inbox import changes, lifecycle
from webcare.storage.models import (
    Account,
    CannedReply,
    Contact,
    Conversation,
    Message,
    Tag,
    User,
    UserRole,
)
from webcare.vocabulary import (
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    Platform,
    Priority,
    ReplyMode,
    Role,
)

SUBJECTS = [
    "Mijn paspoort verloopt volgende maand, kan ik online een afspraak maken?",
    "De container in de Westzijde is al drie dagen niet geleegd.",
    "Er ligt grofvuil naast de glasbak bij het station, wie ruimt dat op?",
    "Wanneer wordt de lantaarnpaal in onze straat gerepareerd? Het is 's avonds aardedonker.",
    "Hoe vraag ik een parkeervergunning aan voor bewoners?",
    "Ik heb een melding gedaan over een losliggende stoeptegel maar hoor niets.",
    "Is het gemeentehuis open op Koningsdag?",
    "Mijn huurtoeslag klopt niet, waar kan ik terecht?",
    "Kan ik mijn rijbewijs ook op zaterdag ophalen?",
    "Wat zijn de openingstijden van de milieustraat?",
    "Er staan al weken fietswrakken bij de bibliotheek.",
    "Wanneer komt de uitslag van de inspraakavond over het nieuwe park?",
    "Ik ben verhuisd, hoe geef ik mijn nieuwe adres door?",
    "Waarom is de Zuiddijk afgesloten? Er staat geen omleiding aangegeven.",
    "Mag ik een dakkapel plaatsen zonder vergunning?",
    "De speeltuin aan de Vlietsingel heeft een kapotte schommel.",
    "Kan de gemeente iets doen aan de geluidsoverlast van de bouwplaats?",
    "Ik wil graag meedenken over de plannen voor het centrum, waar meld ik me aan?",
]  # fmt: skip
FOLLOW_UPS = [
    "Bedankt voor de snelle reactie!",
    "Ik heb het formulier ingevuld, maar krijg een foutmelding.",
    "Het probleem is nog steeds niet opgelost.",
    "Zie https://www.example.nl/melding/12345 voor de foto.",
    "Top, dan kom ik dinsdag langs.",
    "Kunt u mij ook per e-mail antwoorden?",
]  # fmt: skip
ANSWERS = [
    "Dank voor uw bericht. We hebben het doorgezet; u hoort binnen vijf werkdagen van ons.",
    "Goed dat u het meldt! U kunt een afspraak maken via onze website.",
    "Vervelend om te horen. Wilt u ons een privébericht sturen met het adres?",
    "De milieustraat is open van maandag tot en met zaterdag, van 8.00 tot 16.00 uur.",
]  # fmt: skip
TAGS = ["afval", "burgerzaken", "klacht", "openbare ruimte", "parkeren", "vergunning", "wonen"]
COLLEAGUES = [
    ("anna", "Anna de Jong"),
    ("bart", "Bart Kuiper"),
    ("chantal", "Chantal Öztürk"),
    ("dirk", "Dirk Willems"),
    ("esra", "Esra Demir"),
]
# Besides answering: the team lead keeps the residents' profiles, the privacy officer the
# requests (webcare.permissions); everyone else is an agent.
EXTRA_ROLES = {"dirk": (Role.SUPERVISOR,), "esra": (Role.PRIVACY_OFFICER,)}
ACCOUNTS = [
    (Platform.X, "Gemeente Zaanstad", "@zaanstad"),
    (Platform.FACEBOOK, "Gemeente Zaanstad", "gemeentezaanstad"),
    (Platform.INSTAGRAM, "Gemeente Zaanstad", "@gemeentezaanstad"),
]


def add_account(session: Session, platform: Platform, name: str, handle: str) -> int:
    account = Account(
        platform=platform,
        # digits, as every platform's account ids are (and as `accounts add` checks)
        external_id=str(zlib.crc32(f"{platform.value}-{handle}".encode()) + 1),
        name=name,
        handle=handle,
        credential_ref=f"sample:{platform.value}:{handle}",
    )
    session.add(account)
    session.flush()
    return account.id


def add_user(
    session: Session, username: str, display_name: str, roles: tuple[Role, ...] = (Role.AGENT,)
) -> int:
    user = User(username=username, display_name=display_name)
    user.roles.extend(UserRole(role=role) for role in roles)
    session.add(user)
    session.flush()
    return user.id


def add_conversation(
    session: Session,
    account_id: int,
    *,
    name: str,
    handle: str,
    text: str,
    at: datetime | None = None,
    kind: ConversationKind = ConversationKind.PUBLIC_THREAD,
    priority: int = int(Priority.NORMAL),
) -> int:
    """A conversation with one inbound message, as ingest would store it (and touch it)."""
    at = at or utcnow()
    account = session.get(Account, account_id)
    assert account is not None
    key = f"{handle}-{at.timestamp()}-{random.random()}"
    contact = Contact(platform=account.platform, external_id=key, handle=handle, display_name=name)
    session.add(contact)
    session.flush()
    conversation = Conversation(
        account_id=account_id,
        kind=kind,
        thread_key=key,
        contact_id=contact.id,
        priority=priority,
        created_at=at,
        first_inbound_at=at,
        last_inbound_at=at,
        last_message_at=at,
        waiting_since=at,
    )
    session.add(conversation)
    session.flush()
    add_inbound(session, conversation.id, text, at=at, received_at=at)
    return conversation.id


def add_inbound(
    session: Session,
    conversation_id: int,
    text: str,
    *,
    at: datetime | None = None,
    received_at: datetime | None = None,
) -> int:
    """A resident's message in an existing conversation, stored and touched as ingest does."""
    at = at or utcnow()
    conversation = session.get(Conversation, conversation_id)
    assert conversation is not None
    message = Message(
        conversation_id=conversation_id,
        platform=conversation.account.platform,
        external_id=f"in-{conversation_id}-{at.timestamp()}-{random.random()}",
        direction=Direction.INBOUND,
        kind=MessageKind.DIRECT_MESSAGE
        if conversation.kind is ConversationKind.DIRECT
        else MessageKind.MENTION,
        author_contact_id=conversation.contact_id,
        text=text,
        created_at=at,
        received_at=received_at or utcnow(),
    )
    session.add(message)
    session.flush()
    changes.touch(session, [conversation_id])
    return message.id


@dataclass(frozen=True)
class SampleInbox:
    account_ids: tuple[int, ...]
    user_ids: tuple[int, ...]
    conversation_ids: tuple[int, ...]


def populate(
    session: Session,
    *,
    conversations: int = 40,
    seed: int = 7,
    now: datetime | None = None,
    me: str | None = None,
) -> SampleInbox:
    """A small, varied inbox: open and closed threads, replies in every delivery state."""
    now = now or utcnow()
    rnd = random.Random(seed)
    team = add_team(session, me)
    accounts, users, tags = team.account_ids, team.user_ids, list(team.tags)
    ids: list[int] = []
    for index in range(conversations):
        first = rnd.choice(FIRST_NAMES)
        last = rnd.choice(LAST_NAMES)
        handle = f"@{first.lower()}{rnd.randint(1, 999)}"
        at = now - timedelta(minutes=rnd.randint(3, 60 * 24 * 3))
        account = accounts[index % len(accounts)]
        kind = ConversationKind.DIRECT if index % 4 == 3 else ConversationKind.PUBLIC_THREAD
        priority = rnd.choices(list(Priority), weights=[2, 12, 3, 1])[0]
        cid = add_conversation(
            session,
            account,
            name=f"{first} {last}",
            handle=handle,
            text=rnd.choice(SUBJECTS),
            at=at,
            kind=kind,
            priority=int(priority),
        )
        ids.append(cid)
        conversation = session.get(Conversation, cid)
        assert conversation is not None
        roll = rnd.random()
        if roll < 0.45:
            continue  # new, waiting, unassigned
        agent = rnd.choice(users)
        conversation.assignee_id = agent
        conversation.assigned_at = at + timedelta(minutes=2)
        conversation.status = ConversationStatus.OPEN
        if rnd.random() < 0.4:
            conversation.tags.append(rnd.choice(tags))
        if roll < 0.7:
            continue  # open, claimed, still waiting
        reply_at = at + timedelta(minutes=rnd.randint(5, 90))
        state = rnd.choice(list(DeliveryState))
        session.add(
            Message(
                conversation_id=cid,
                platform=conversation.account.platform,
                direction=Direction.OUTBOUND,
                kind=MessageKind.REPLY,
                reply_mode=ReplyMode.DIRECT
                if kind is ConversationKind.DIRECT
                else ReplyMode.PUBLIC,
                author_user_id=agent,
                text=rnd.choice(ANSWERS),
                created_at=reply_at,
                received_at=reply_at,
                delivery_state=state,
                delivery_error="rejected: duplicate content (187)"
                if state is DeliveryState.FAILED
                else None,
            )
        )
        conversation.waiting_since = None
        if roll < 0.85:
            follow = reply_at + timedelta(minutes=rnd.randint(1, 120))
            if follow < now:
                add_inbound(session, cid, rnd.choice(FOLLOW_UPS), at=follow, received_at=follow)
                conversation.waiting_since = follow
                conversation.last_inbound_at = follow
        else:
            conversation.status = ConversationStatus.CLOSED
            conversation.closed_at = reply_at + timedelta(minutes=1)
            conversation.status_changed_at = conversation.closed_at
    if conversations:
        ids += _showcase(session, accounts, users, now)
    session.flush()
    lifecycle.inbound_arrived(session, ids, now)
    changes.touch(session, ids)
    return SampleInbox(accounts, users, tuple(ids))


def _showcase(
    session: Session, accounts: tuple[int, ...], users: tuple[int, ...], now: datetime
) -> list[int]:
    """Two conversations that show every kind of message and the messaging window."""
    x, facebook = accounts[0], accounts[1]
    started = now - timedelta(days=4, hours=2)
    thread = add_conversation(
        session,
        x,
        name="Sanne de Wit",
        handle="@sannedewit",
        text="Al twee weken ligt er een kapotte bank in het Darwinpark. Wie kan dit oppakken? "
        "Foto: https://www.example.nl/foto/8812",
        at=started,
        priority=int(Priority.HIGH),
    )
    conversation = session.get(Conversation, thread)
    assert conversation is not None
    conversation.assignee_id = users[0]
    conversation.assigned_at = started + timedelta(minutes=12)
    conversation.status = ConversationStatus.OPEN
    session.add_all(
        [
            Message(
                conversation_id=thread,
                platform=Platform.X,
                direction=Direction.OUTBOUND,
                kind=MessageKind.REPLY,
                reply_mode=ReplyMode.PUBLIC,
                author_user_id=users[0],
                text="Dank voor uw melding, Sanne! We sturen iemand langs.",
                created_at=started + timedelta(minutes=14),
                received_at=started + timedelta(minutes=14),
                delivery_state=DeliveryState.FAILED,
                delivery_error="403: You are not allowed to create a Tweet with duplicate content.",
            ),
            Message(
                conversation_id=thread,
                platform=Platform.X,
                direction=Direction.NOTE,
                kind=MessageKind.NOTE,
                author_user_id=users[1],
                text=f"@{COLLEAGUES[0][0]} melding staat in het zaaksysteem onder 2026-4471.",
                created_at=started + timedelta(minutes=20),
                received_at=started + timedelta(minutes=20),
            ),
        ]
    )
    add_inbound(
        session,
        thread,
        "Hallo? Ik hoor niets meer. <b>Graag reactie</b>",
        at=started + timedelta(days=1),
        received_at=started + timedelta(days=1),
    )
    conversation.waiting_since = started + timedelta(days=1)
    direct = add_conversation(
        session,
        facebook,
        name="Mohamed El Amrani",
        handle="mohamed.elamrani",
        text="Kan ik mijn vraag over de huurtoeslag ook hier stellen?",
        at=now - timedelta(hours=30),
        kind=ConversationKind.DIRECT,
    )
    return [thread, direct]


@dataclass(frozen=True)
class Team:
    account_ids: tuple[int, ...]
    user_ids: tuple[int, ...]
    tags: tuple[Tag, ...]


def add_team(session: Session, me: str | None = None) -> Team:
    """The accounts, colleagues (and `me`, when given), tags and canned replies."""
    accounts = tuple(add_account(session, *spec) for spec in ACCOUNTS)
    people = list(COLLEAGUES)
    if me and me not in {username for username, _ in people}:
        people.insert(0, (me, me.capitalize()))
    users = tuple(
        add_user(session, username, name, (Role.AGENT, *EXTRA_ROLES.get(username, ())))
        for username, name in people
    )
    tags = tuple(Tag(name=name) for name in TAGS)
    session.add_all(tags)
    session.add_all(
        CannedReply(shortcut=r.shortcut, title=r.title, body=r.body) for r in demo_canned_replies()
    )
    session.flush()
    return Team(accounts, users, tags)
