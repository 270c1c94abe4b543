"""Made-up residents beside made-up conversations: profiles, consents, linked conversations.

Written in bulk like the conversations (`writing.Writer`), keeping what the residents core and the
database's own constraints require of the rows:

- every profile has a name, a language, an address from the postcode table (the fictional demo
  table is imported first, through the real import, when the table is empty) with its buurt,
  wijk and gemeente resolved, mostly an e-mail address and often a phone number (E.164), and
  the source of each datum, as `webcare.residents.profiles` records them;
- consents are per purpose, each with the notice's version and hash, the method, the proof and
  the refresh date 24 months after it was given; some were withdrawn since;
- a resident with a given linking consent has one social account verified (a contact of the
  inbox, whose display name the profile carries), after the consent was given; every
  conversation of that account is linked to the profile (a klantcontact under that consent),
  as `webcare.residents.linking.link` links them. A withdrawn consent has no links left.

No audit events are written: the trail records what people did, and nobody did this.
"""

from __future__ import annotations

import json
import random
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from resources import ROOT
from webcare.clock import utcnow
from webcare.demodata.texts import FIRST_NAMES, LAST_NAMES
from webcare.demodata.writing import Stamps, Writer
from webcare.residents import consents, postcodes
from webcare.residents.vocabulary import (
    DATA_CATEGORIES,
    AddressKind,
    ConsentMethod,
    ConsentStatus,
    Language,
    Purpose,
    Source,
)
from webcare.storage.models import (
    Consent,
    Contact,
    Conversation,
    DigitaalAdres,
    Partij,
    PostcodeArea,
    PostcodeImport,
)
from webcare.vocabulary import Platform

BY = "demo-data"
DEMO_TABLE = ROOT / "postcodes" / "demo_pc6hnr2025.csv"
LINKING = 0.6  # of the residents consented to linking their social accounts
WITHDRAWN = 0.08  # of the consents were withdrawn since
OTHER_PURPOSES = {Purpose.NEIGHBOURHOOD_EMAIL: 0.5, Purpose.CAMPAIGNS: 0.25}
METHODS = (ConsentMethod.REPLY_CARD, ConsentMethod.WEB_FORM, ConsentMethod.DM_KEYWORD,
           ConsentMethod.PHONE, ConsentMethod.COUNTER)  # fmt: skip
LANGUAGES = (Language.DUTCH,) * 17 + (Language.ENGLISH, Language.TURKISH, Language.ARABIC)

PARTIJ_COLUMNS = (
    "id", "uuid", "soort_partij", "naam", "voorkeurstaal", "postcode", "huisnummer",
    "huisletter", "huisnummertoevoeging", "buurtcode", "wijkcode", "gemeentecode",
    "indeling_jaar", "bronnen", "indicatie_actief", "created_at", "updated_at",
)  # fmt: skip
CONSENT_COLUMNS = (
    "id", "uuid", "partij_id", "doel", "status", "data_categories", "controller",
    "notice_version", "notice_sha256", "method", "evidence_ref", "given_at", "recorded_by",
    "recorded_at", "refresh_due_at", "withdrawn_at", "withdrawal_method", "withdrawn_by",
    "ended_at",
)  # fmt: skip
ADDRESS_COLUMNS = (
    "id", "partij_id", "soort_digitaal_adres", "adres", "omschrijving", "is_standaard_adres",
    "verificatie_datum", "bron", "contact_id", "consent_id", "consent_doel", "consent_status",
    "created_at",
)  # fmt: skip
LINK_COLUMNS = (
    "conversation_id", "partij_id", "digitaal_adres_id", "contact_id", "consent_id",
    "consent_doel", "consent_status", "kanaal", "plaatsgevonden_op", "linked_at", "linked_by",
)  # fmt: skip


@dataclass(frozen=True)
class Residents:
    residents: int
    consents: int
    linked_conversations: int


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def _addresses(engine: Engine, now: datetime) -> tuple[list[tuple[str, int, str, str, str]], int]:
    """Addresses to live at (postcode, number, buurt, wijk, gemeente) and the division year;
    the demo table is imported first when the postcode table is empty."""
    with Session(engine) as session:
        imported = session.scalar(select(PostcodeImport.id).limit(1)) is not None
    if not imported:
        staged = postcodes.stage(engine, DEMO_TABLE, progress=lambda _done, _total: None)
        with Session(engine) as session, session.begin():
            postcodes.swap(session, staged, by=BY, now=now.replace(tzinfo=UTC))
    with Session(engine) as session:
        info = postcodes.table_info(session)
        rows = session.execute(
            select(
                PostcodeArea.postcode,
                PostcodeArea.huisnummer,
                PostcodeArea.buurtcode,
                PostcodeArea.wijkcode,
                PostcodeArea.gemeentecode,
            ).limit(20_000)
        ).all()
    assert info is not None
    return [tuple(row) for row in rows], info.year  # type: ignore[misc]


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _accounts_to_link(
    session: Session, wanted: int, rnd: random.Random
) -> list[tuple[int, str, str, str]]:
    """`wanted` residents' accounts of the inbox, drawn at random, none verified yet:
    (contact id, platform, handle, display name)."""
    taken = select(DigitaalAdres.contact_id).where(DigitaalAdres.contact_id.is_not(None))
    low, high = session.execute(select(func.min(Contact.id), func.max(Contact.id))).one()
    if wanted <= 0 or low is None:
        return []
    span = high - low + 1
    ids = rnd.sample(range(low, high + 1), min(span, wanted * 2))
    found: list[tuple[int, str, str, str]] = []
    for begin in range(0, len(ids), 500):
        rows = session.execute(
            select(Contact.id, Contact.platform, Contact.handle, Contact.display_name)
            .where(Contact.id.in_(ids[begin : begin + 500]), Contact.id.not_in(taken))
            .order_by(Contact.id)
        )
        found += [(row[0], Platform(row[1]).value, row[2], row[3]) for row in rows]
        if len(found) >= wanted:
            break
    rnd.shuffle(found)
    return found[:wanted]


def _conversations_of(
    session: Session, contact_ids: list[int]
) -> dict[int, list[tuple[int, datetime]]]:
    """Each account's conversations: (id, when it took place)."""
    found: dict[int, list[tuple[int, datetime]]] = {}
    for begin in range(0, len(contact_ids), 500):
        rows = session.execute(
            select(
                Conversation.id,
                Conversation.contact_id,
                Conversation.first_inbound_at,
                Conversation.created_at,
            ).where(Conversation.contact_id.in_(contact_ids[begin : begin + 500]))
        )
        for conversation_id, contact_id, first_inbound, created in rows:
            assert contact_id is not None
            found.setdefault(contact_id, []).append(
                (conversation_id, _naive(first_inbound or created))
            )
    return found


def add_residents(
    engine: Engine, *, residents: int, seed: int = 1, now: datetime | None = None
) -> Residents:
    """Write `residents` profiles; about 60 % link one social account of the inbox (and every
    conversation of it), the account's display name being the profile's name."""
    if residents <= 0:
        return Residents(0, 0, 0)
    now = _naive(now or utcnow())
    rnd = random.Random(seed * 7919 + 17)
    stamp = Stamps(engine.dialect.name)
    places, year = _addresses(engine, now)
    with Session(engine) as session:
        notice = consents.notice(session)
        partij_id = (session.scalar(select(func.max(Partij.id))) or 0) + 1
        consent_id = (session.scalar(select(func.max(Consent.id))) or 0) + 1
        address_id = (session.scalar(select(func.max(DigitaalAdres.id))) or 0) + 1
        accounts = _accounts_to_link(session, round(residents * LINKING), rnd)
        conversations_of = _conversations_of(session, [a[0] for a in accounts])
    start = now - timedelta(days=365)
    span = (now - start).total_seconds()
    partijen: list[tuple[object, ...]] = []
    given: list[tuple[object, ...]] = []
    addresses: list[tuple[object, ...]] = []
    links: list[tuple[object, ...]] = []

    def new_uuid() -> str:
        return str(uuid.UUID(int=rnd.getrandbits(128), version=4))

    def consent(pid: int, purpose: Purpose, at: datetime, method: ConsentMethod,
                withdrawn: bool) -> int:  # fmt: skip
        nonlocal consent_id
        cid = consent_id
        consent_id += 1
        gone = min(at + timedelta(days=rnd.randint(1, 200)), now) if withdrawn else None
        given.append(
            (cid, new_uuid(), pid, purpose.value,
             (ConsentStatus.WITHDRAWN if withdrawn else ConsentStatus.GIVEN).value,
             json.dumps(list(DATA_CATEGORIES[purpose])), notice.controller, notice.version,
             notice.sha256, method.value, f"{method.value}-{pid}-{purpose.value}", stamp(at), BY,
             stamp(at), stamp(consents.add_months(at, consents.REFRESH_MONTHS)), stamp(gone),
             ConsentMethod.DM_KEYWORD.value if gone else None, BY if gone else None, None)
        )  # fmt: skip
        return cid

    for index in range(residents):
        pid = partij_id + index
        account = accounts[index] if index < len(accounts) else None
        name = account[3] if account else f"{rnd.choice(FIRST_NAMES)} {rnd.choice(LAST_NAMES)}"
        created = start + timedelta(seconds=rnd.random() * span * 0.9)
        method = rnd.choice(METHODS)
        source = Source(method.value)
        postcode, number, buurt, wijk, gemeente = rnd.choice(places)
        sources = {"name": source.value, "language": source.value, "address": source.value,
                   "neighbourhood": Source.POSTCODE_TABLE.value}  # fmt: skip
        first, *rest = name.split()
        if account is not None or rnd.random() < 0.85:
            sources["email"] = source.value
            addresses.append(
                (address_id, pid, AddressKind.EMAIL.value,
                 f"{_ascii(first)}.{_ascii(''.join(rest))}{pid}@voorbeeld.nl", "", True, None,
                 source.value, None, None, None, None, stamp(created))
            )  # fmt: skip
            address_id += 1
        if rnd.random() < 0.4:
            sources["phone"] = source.value
            addresses.append(
                (address_id, pid, AddressKind.PHONE.value, f"+316{rnd.randrange(10**8):08d}",
                 "", True, None, source.value, None, None, None, None, stamp(created))
            )  # fmt: skip
            address_id += 1
        partijen.append(
            (pid, new_uuid(), "persoon", name, rnd.choice(LANGUAGES).value, postcode, number,
             "", "", buurt, wijk, gemeente, year, json.dumps(sources), True, stamp(created),
             stamp(created))
        )  # fmt: skip
        for purpose, share in OTHER_PURPOSES.items():
            if rnd.random() < share:
                consent(pid, purpose, created, method, rnd.random() < WITHDRAWN)
        if account is None:
            continue
        contact_id, platform, handle, _name = account
        if rnd.random() < WITHDRAWN:  # consented, then withdrew: the links went with it
            consent(pid, Purpose.LINK_SOCIAL, created, method, True)
            continue
        cid = consent(pid, Purpose.LINK_SOCIAL, created, method, False)
        verified = min(created + timedelta(minutes=rnd.randint(5, 60 * 24 * 7)), now)
        addresses.append(
            (address_id, pid, AddressKind.OTHER.value, handle[:80], platform, False,
             stamp(verified), Source.PLATFORM.value, contact_id, cid, Purpose.LINK_SOCIAL.value,
             ConsentStatus.GIVEN.value, stamp(verified))
        )  # fmt: skip
        for conversation_id, happened in conversations_of.get(contact_id, ()):
            links.append(
                (conversation_id, pid, address_id, contact_id, cid, Purpose.LINK_SOCIAL.value,
                 ConsentStatus.GIVEN.value, platform, stamp(happened), stamp(verified), BY)
            )  # fmt: skip
        address_id += 1
    with engine.begin() as connection:
        writer = Writer(connection)
        writer.insert("partijen", PARTIJ_COLUMNS, partijen)
        writer.insert("consents", CONSENT_COLUMNS, given)
        writer.insert("digitale_adressen", ADDRESS_COLUMNS, addresses)
        writer.insert("klantcontacten", LINK_COLUMNS, links)
    return Residents(residents, len(given), len(links))
