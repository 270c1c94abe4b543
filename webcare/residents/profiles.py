"""Residents: create and change a profile, read it (masked where the role requires), search.

Runs in the caller's transaction (the desk's); never opens its own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from webcare.residents import consents as consent_register
from webcare.residents import postcodes, validation
from webcare.residents.errors import InvalidValue, NotFound
from webcare.residents.values import (
    MASK,
    Address,
    CodeInfo,
    Consultation,
    IdentityInfo,
    LinkedConversation,
    Neighbourhood,
    ResidentInput,
    ResidentProfile,
    ResidentSummary,
)
from webcare.residents.vocabulary import AddressKind, Purpose, Source
from webcare.storage.models import (
    AuditEvent,
    Consent,
    Conversation,
    DigitaalAdres,
    Klantcontact,
    Partij,
    User,
    VerificationCode,
)
from webcare.vocabulary import Platform

ENTITY = "resident"
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class Normalised:
    """A `ResidentInput` validated and normalised; '' and None mean "not given"."""

    name: str
    email: str
    phone: str
    postcode: str | None
    house_number: int | None
    house_letter: str
    addition: str
    language: str
    source: Source


def normalise(data: ResidentInput) -> Normalised:
    """Validate every field.

    Raises:
        InvalidValue: the first field that cannot be stored.
    """
    name = validation.normalise_name(data.name)
    email = validation.normalise_email(data.email) if data.email.strip() else ""
    phone = validation.normalise_phone(data.phone) if data.phone.strip() else ""
    postcode: str | None = None
    number: int | None = None
    letter = addition = ""
    if data.postcode.strip() or data.house_number.strip():
        postcode = validation.normalise_postcode(data.postcode)
        if data.house_letter.strip() or data.addition.strip():
            number = validation.normalise_house_number(data.house_number)
            letter = validation.normalise_letter(data.house_letter)
            addition = validation.normalise_addition(data.addition)
        else:
            number, letter, addition = validation.split_house_number(data.house_number)
    language = validation.normalise_language(data.language)
    return Normalised(
        name, email, phone, postcode, number, letter, addition, language.value, data.source
    )


def create(session: Session, data: ResidentInput, now: datetime) -> Partij:
    values = normalise(data)
    partij = Partij(  # empty at first, so that every datum is recorded with its source
        uuid=str(uuid.uuid4()),
        naam="",
        voorkeurstaal="",
        bronnen={},
        created_at=now,
        updated_at=now,
    )
    session.add(partij)
    session.flush()
    _apply(session, partij, values, now)
    return partij


def update(session: Session, partij: Partij, data: ResidentInput, now: datetime) -> list[str]:
    """Change the profile to `data`; returns the names of the fields that changed."""
    return _apply(session, partij, normalise(data), now)


def _apply(session: Session, partij: Partij, values: Normalised, now: datetime) -> list[str]:
    changed: list[str] = []
    sources = dict(partij.bronnen or {})

    def put(field: str, old: object, new: object) -> bool:
        if old == new:
            return False
        changed.append(field)
        sources[field] = values.source.value
        return True

    if put("name", partij.naam, values.name):
        partij.naam = values.name
    if put("language", partij.voorkeurstaal, values.language):
        partij.voorkeurstaal = values.language
    old_address = (
        partij.postcode,
        partij.huisnummer,
        partij.huisletter,
        partij.huisnummertoevoeging,
    )
    new_address = (values.postcode, values.house_number, values.house_letter, values.addition)
    if put("address", old_address, new_address):
        partij.postcode, partij.huisnummer = values.postcode, values.house_number
        partij.huisletter, partij.huisnummertoevoeging = values.house_letter, values.addition
    if _set_address(session, partij, AddressKind.EMAIL, values.email, values.source):
        changed.append("email")
        sources["email"] = values.source.value
    if _set_address(session, partij, AddressKind.PHONE, values.phone, values.source):
        changed.append("phone")
        sources["phone"] = values.source.value
    if "address" in changed or partij.buurtcode is None:
        if resolve_neighbourhood(session, partij):
            sources["neighbourhood"] = Source.POSTCODE_TABLE.value
    for field in ("email", "phone"):
        if field in sources and not _address(session, partij.id, _KIND[field]):
            sources.pop(field)
    if changed:
        partij.bronnen = sources
        partij.updated_at = now
    return changed


_KIND = {"email": AddressKind.EMAIL, "phone": AddressKind.PHONE}


def _address(session: Session, partij_id: int, kind: AddressKind) -> DigitaalAdres | None:
    return session.scalars(
        select(DigitaalAdres).where(
            DigitaalAdres.partij_id == partij_id,
            DigitaalAdres.soort_digitaal_adres == kind.value,
            DigitaalAdres.is_standaard_adres.is_(True),
        )
    ).first()


def _set_address(
    session: Session, partij: Partij, kind: AddressKind, value: str, source: Source
) -> bool:
    """The resident's standard e-mail address or phone number; '' removes it."""
    found = _address(session, partij.id, kind)
    if found is not None and found.adres == value:
        return False
    if found is not None:
        session.delete(found)
        session.flush()
    if value:
        session.add(
            DigitaalAdres(
                partij_id=partij.id,
                soort_digitaal_adres=kind.value,
                adres=value,
                omschrijving="",
                is_standaard_adres=True,
                bron=source.value,
            )
        )
        session.flush()
    return found is not None or bool(value)


def resolve_neighbourhood(session: Session, partij: Partij) -> bool:
    """Look the address up in the postcode table; True when a buurt was found."""
    hit = None
    if partij.postcode and partij.huisnummer:
        hit = postcodes.lookup(
            session,
            partij.postcode,
            partij.huisnummer,
            partij.huisletter,
            partij.huisnummertoevoeging,
        )
    if hit is None:
        partij.buurtcode = partij.wijkcode = partij.gemeentecode = None
        partij.indeling_jaar = None
        return False
    partij.buurtcode, partij.wijkcode = hit.buurtcode, hit.wijkcode
    partij.gemeentecode, partij.indeling_jaar = hit.gemeentecode, hit.year
    return True


def get(session: Session, resident_id: int) -> Partij:
    partij = session.get(Partij, resident_id)
    if partij is None:
        raise NotFound(ENTITY, resident_id)
    return partij


def profile(
    session: Session,
    partij: Partij,
    now: datetime,
    *,
    masked: bool,
    with_consultations: bool,
    with_names: bool,
) -> ResidentProfile:
    """The whole profile as plain values."""
    email = _address(session, partij.id, AddressKind.EMAIL)
    phone = _address(session, partij.id, AddressKind.PHONE)
    address = None
    if partij.postcode is not None:
        address = Address(
            MASK if masked else partij.postcode,
            None if masked else partij.huisnummer,
            "" if masked else partij.huisletter,
            "" if masked else partij.huisnummertoevoeging,
            masked,
        )
    neighbourhood = None
    if partij.buurtcode and partij.wijkcode and partij.gemeentecode and partij.indeling_jaar:
        neighbourhood = Neighbourhood(
            partij.buurtcode, partij.wijkcode, partij.gemeentecode, partij.indeling_jaar
        )
    return ResidentProfile(
        id=partij.id,
        uuid=partij.uuid,
        name=partij.naam,
        email=_masked(email.adres if email else "", masked),
        phone=_masked(phone.adres if phone else "", masked),
        address=address,
        neighbourhood=neighbourhood,
        language=partij.voorkeurstaal,
        sources=dict(partij.bronnen or {}),
        active=partij.indicatie_actief,
        created_at=partij.created_at,
        updated_at=partij.updated_at,
        masked=masked,
        consents=tuple(consent_register.consents_of(session, partij.id, now)),
        identities=tuple(identities(session, partij.id)),
        conversations=tuple(linked_conversations(session, partij.id)),
        consultations=tuple(consultations(session, partij.id, with_names))
        if with_consultations
        else (),
        codes=tuple(codes(session, partij.id)),
    )


def _masked(value: str, masked: bool) -> str:
    return MASK if masked and value else value


def identities(session: Session, partij_id: int) -> list[IdentityInfo]:
    rows = session.scalars(
        select(DigitaalAdres)
        .where(DigitaalAdres.partij_id == partij_id, DigitaalAdres.contact_id.is_not(None))
        .order_by(DigitaalAdres.id)
    )
    return [
        IdentityInfo(
            id=row.id,
            platform=Platform(row.omschrijving),
            handle=row.adres,
            verified_at=row.verificatie_datum,  # type: ignore[arg-type]
            contact_id=row.contact_id,  # type: ignore[arg-type]
        )
        for row in rows
    ]


def linked_conversations(session: Session, partij_id: int) -> list[LinkedConversation]:
    rows = session.execute(
        select(Klantcontact, Conversation.status)
        .join(Conversation, Conversation.id == Klantcontact.conversation_id)
        .where(Klantcontact.partij_id == partij_id)
        .order_by(Klantcontact.plaatsgevonden_op.desc(), Klantcontact.id.desc())
    ).all()
    return [
        LinkedConversation(
            conversation_id=link.conversation_id,
            platform=Platform(link.kanaal),
            started_at=link.plaatsgevonden_op,
            linked_at=link.linked_at,
            status=str(status),
        )
        for link, status in rows
    ]


def consultations(session: Session, partij_id: int, with_names: bool) -> list[Consultation]:
    """Every look at and change to the profile, newest first (from the audit trail)."""
    rows = session.execute(
        select(AuditEvent, User.display_name)
        .outerjoin(User, User.id == AuditEvent.actor_user_id)
        .where(AuditEvent.entity_type == ENTITY, AuditEvent.entity_id == str(partij_id))
        .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    ).all()
    return [
        Consultation(
            at=event.occurred_at,
            action=event.action,
            purpose=str((event.details or {}).get("purpose", "")),
            actor=(name or event.actor) if with_names else None,
        )
        for event, name in rows
    ]


def codes(session: Session, partij_id: int) -> list[CodeInfo]:
    rows = session.scalars(
        select(VerificationCode)
        .where(VerificationCode.partij_id == partij_id, VerificationCode.revoked_at.is_(None))
        .order_by(VerificationCode.issued_at.desc())
    )
    return [
        CodeInfo(
            id=row.id,
            issued_at=row.issued_at,
            expires_at=row.expires_at,
            received_at=row.received_at,
            received_conversation_id=row.received_conversation_id,
            used_at=row.used_at,
        )
        for row in rows
    ]


def summaries(
    session: Session, partijen: list[Partij], now: datetime, *, masked: bool
) -> list[ResidentSummary]:
    if not partijen:
        return []
    ids = [p.id for p in partijen]
    purposes: dict[int, set[Purpose]] = {i: set() for i in ids}
    for consent in session.scalars(
        select(Consent).where(Consent.partij_id.in_(ids), Consent.status == "given")
    ):
        if consent_register.is_valid(consent, now):
            purposes[consent.partij_id].add(Purpose(consent.doel))
    identity_counts = dict(
        session.execute(
            select(DigitaalAdres.partij_id, func.count())
            .where(DigitaalAdres.partij_id.in_(ids), DigitaalAdres.contact_id.is_not(None))
            .group_by(DigitaalAdres.partij_id)
        ).all()
    )
    link_counts = dict(
        session.execute(
            select(Klantcontact.partij_id, func.count())
            .where(Klantcontact.partij_id.in_(ids))
            .group_by(Klantcontact.partij_id)
        ).all()
    )
    return [
        ResidentSummary(
            id=p.id,
            name=p.naam,
            postcode=_masked(p.postcode or "", masked),
            buurtcode=p.buurtcode or "",
            purposes=frozenset(purposes[p.id]),
            identities=int(identity_counts.get(p.id, 0)),
            conversations=int(link_counts.get(p.id, 0)),
        )
        for p in partijen
    ]


def search(
    session: Session,
    query: str,
    *,
    contact_details: bool,
    limit: int = SEARCH_LIMIT,
    offset: int = 0,
) -> list[Partij]:
    """Residents by name (any part of it), postcode, and - for roles that may see contact
    details - by e-mail address or phone number; by name, then id."""
    text = " ".join(query.split())
    statement = select(Partij).order_by(func.lower(Partij.naam), Partij.id)
    if text:
        conditions: list[ColumnElement[bool]] = [
            Partij.naam.ilike(f"%{_escape(text)}%", escape="\\")
        ]
        compact = text.replace(" ", "").upper()
        if validation.POSTCODE.match(compact):
            conditions.append(Partij.postcode == compact)
        if contact_details:
            for value in _contact_forms(text):
                conditions.append(
                    Partij.id.in_(
                        select(DigitaalAdres.partij_id).where(
                            func.lower(DigitaalAdres.adres) == value.lower()
                        )
                    )
                )
        statement = statement.where(or_(*conditions))
    return list(session.scalars(statement.limit(limit).offset(offset)))


def _contact_forms(text: str) -> list[str]:
    forms = []
    for normaliser in (validation.normalise_email, validation.normalise_phone):
        try:
            forms.append(normaliser(text))
        except InvalidValue:
            pass
    return forms


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
