"""Verified links between a resident and their social identities, and the conversations.

The flow (municipal-context.md R1.3, R1.9): with a valid consent for linking, the profile
issues a one-time code; the resident sends it *from* their account, by DM or in a reply; ingest
recognises it (`recognise`, called from `webcare.inbox.ingest`) and notes where it came from;
the inbox then offers the link, and a colleague confirms it (`link`). Only then is the account a
verified identity of the resident (a digitaal adres with its `verificatie_datum`), and its
conversations are linked (klantcontacten) - later ones as they arrive.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from webcare import audit
from webcare.residents import consents
from webcare.residents.errors import LinkRefused, NotFound
from webcare.residents.values import IssuedCode, LinkOffer, LinkResult
from webcare.residents.vocabulary import AddressKind, ConsentStatus, LinkBlock, Purpose, Source
from webcare.storage.models import (
    Contact,
    Conversation,
    DigitaalAdres,
    Klantcontact,
    Partij,
    VerificationCode,
)

# No look-alikes: 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B are left out. 21^6 = 85 million codes.
ALPHABET = "ACDEFGHJKMNPRTUVWXY3479"
CODE_LENGTH = 6
CODE_VALID = timedelta(days=14)
PREFIX = "WC"
CODE = re.compile(rf"\b{PREFIX}[-\s]?([{ALPHABET}]{{{CODE_LENGTH}}})\b", re.IGNORECASE)


def _digest(body: str) -> str:
    return hashlib.sha256(f"{PREFIX}-{body.upper()}".encode()).hexdigest()


def new_code() -> str:
    return f"{PREFIX}-" + "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def consent_block(session: Session, partij_id: int, now: datetime) -> LinkBlock | None:
    """Why the resident's consent does not allow linking now (None: it does)."""
    if consents.valid_consent(session, partij_id, Purpose.LINK_SOCIAL, now) is not None:
        return None
    last = consents.latest(session, partij_id, Purpose.LINK_SOCIAL)
    if last is None:
        return LinkBlock.NO_CONSENT
    if last.status == ConsentStatus.WITHDRAWN:
        return LinkBlock.CONSENT_WITHDRAWN
    if last.status in (ConsentStatus.EXPIRED, ConsentStatus.GIVEN):
        return LinkBlock.CONSENT_EXPIRED
    return LinkBlock.NO_CONSENT


def issue_code(session: Session, partij_id: int, *, by: str, now: datetime) -> IssuedCode:
    """A fresh code for the resident to send; earlier unused codes stop working.

    Raises:
        LinkRefused: the resident has no valid consent for linking.
    """
    blocked = consent_block(session, partij_id, now)
    if blocked is not None:
        raise LinkRefused(blocked)
    for old in session.scalars(
        select(VerificationCode).where(
            VerificationCode.partij_id == partij_id,
            VerificationCode.used_at.is_(None),
            VerificationCode.revoked_at.is_(None),
        )
    ):
        old.revoked_at = now
    code = new_code()
    session.add(
        VerificationCode(
            partij_id=partij_id,
            code_sha256=_digest(code[len(PREFIX) + 1 :]),
            issued_at=now,
            issued_by=by,
            expires_at=now + CODE_VALID,
        )
    )
    session.flush()
    return IssuedCode(code, now + CODE_VALID)


def recognise(
    session: Session, contact_id: int, conversation_id: int, text: str, at: datetime
) -> None:
    """Ingest's hook, for every new inbound message: note a verification code it carries, and
    link a new conversation of an identity that is verified already.

    Cheap when there is nothing to do: one regular expression, and one indexed look-up.
    """
    for match in CODE.finditer(text):
        code = session.scalars(
            select(VerificationCode).where(
                VerificationCode.code_sha256 == _digest(match.group(1)),
                VerificationCode.used_at.is_(None),
                VerificationCode.revoked_at.is_(None),
                VerificationCode.received_at.is_(None),
            )
        ).first()
        if code is None or code.expires_at < at:
            continue
        code.received_at = at
        code.received_contact_id = contact_id
        code.received_conversation_id = conversation_id
        _audit(
            session,
            "verification.code_received",
            code.partij_id,
            at,
            conversation_id=conversation_id,
            purpose="verification",
        )
    identity = session.scalars(
        select(DigitaalAdres).where(DigitaalAdres.contact_id == contact_id)
    ).first()
    if identity is not None:
        linked = _link_conversations(session, identity, [conversation_id], by=audit.WORKER, now=at)
        if linked:
            _audit(
                session,
                "resident.linked",
                identity.partij_id,
                at,
                conversations=linked,
                purpose="verified_identity",
            )


def _audit(session: Session, action: str, partij_id: int, at: datetime, **details: object) -> None:
    """An event of the worker's ingest about a resident (ids and codes only)."""
    audit.record(
        session,
        actor=audit.WORKER,
        action=action,
        entity_type="resident",
        entity_id=partij_id,
        details=details,
        at=at,
    )


def offer(session: Session, conversation_id: int, now: datetime) -> LinkOffer | None:
    """A code received in this conversation, from its own account, not used yet."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.contact_id is None:
        return None
    if session.scalars(
        select(Klantcontact.id).where(Klantcontact.conversation_id == conversation_id)
    ).first():
        return None
    row = session.execute(
        select(VerificationCode, Partij.naam)
        .join(Partij, Partij.id == VerificationCode.partij_id)
        .where(
            VerificationCode.received_conversation_id == conversation_id,
            VerificationCode.received_contact_id == conversation.contact_id,
            VerificationCode.used_at.is_(None),
            VerificationCode.revoked_at.is_(None),
        )
        .order_by(VerificationCode.received_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    code, name = row
    if consent_block(session, code.partij_id, now) is not None:
        return None
    return LinkOffer(code.partij_id, name, code.id, code.received_at)  # type: ignore[arg-type]


def block(
    session: Session, partij: Partij, conversation: Conversation, now: datetime
) -> LinkBlock | None:
    """Why `conversation` cannot be linked to `partij` now (None: it can)."""
    if not partij.indicatie_actief:
        return LinkBlock.INACTIVE
    linked = session.scalars(
        select(Klantcontact.partij_id).where(Klantcontact.conversation_id == conversation.id)
    ).first()
    if linked is not None and linked != partij.id:
        return LinkBlock.ALREADY_LINKED
    blocked = consent_block(session, partij.id, now)
    if blocked is not None:
        return blocked
    if conversation.contact_id is None:
        return LinkBlock.NO_ACCOUNT
    identity = session.scalars(
        select(DigitaalAdres).where(DigitaalAdres.contact_id == conversation.contact_id)
    ).first()
    if identity is not None:
        return None if identity.partij_id == partij.id else LinkBlock.OTHER_RESIDENT
    if _received_code(session, partij.id, conversation.contact_id) is None:
        return LinkBlock.NOT_VERIFIED
    return None


def _received_code(session: Session, partij_id: int, contact_id: int) -> VerificationCode | None:
    return session.scalars(
        select(VerificationCode)
        .where(
            VerificationCode.partij_id == partij_id,
            VerificationCode.received_contact_id == contact_id,
            VerificationCode.used_at.is_(None),
            VerificationCode.revoked_at.is_(None),
        )
        .order_by(VerificationCode.received_at.desc())
        .limit(1)
    ).first()


def link(
    session: Session, conversation_id: int, partij_id: int, *, by: str, now: datetime
) -> LinkResult:
    """Link the conversation, and every other conversation of its account, to the resident.

    Raises:
        LinkRefused: no valid consent, or the account is not verified as the resident's.
        NotFound: no such conversation or resident.
    """
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFound("conversation", conversation_id)
    partij = session.get(Partij, partij_id)
    if partij is None:
        raise NotFound("resident", partij_id)
    blocked = block(session, partij, conversation, now)
    if blocked is not None:
        raise LinkRefused(blocked)
    assert conversation.contact_id is not None
    identity = session.scalars(
        select(DigitaalAdres).where(DigitaalAdres.contact_id == conversation.contact_id)
    ).first()
    if identity is None:
        identity = _verify(session, partij, conversation.contact_id, now)
    ids = list(
        session.scalars(
            select(Conversation.id).where(Conversation.contact_id == conversation.contact_id)
        )
    )
    linked = _link_conversations(session, identity, ids, by=by, now=now)
    return LinkResult(partij.id, tuple(linked), identity.id)


def _verify(session: Session, partij: Partij, contact_id: int, now: datetime) -> DigitaalAdres:
    """The account sent the resident's code: it becomes a verified identity."""
    code = _received_code(session, partij.id, contact_id)
    consent = consents.valid_consent(session, partij.id, Purpose.LINK_SOCIAL, now)
    contact = session.get(Contact, contact_id)
    assert code is not None and consent is not None and contact is not None
    code.used_at = now
    identity = DigitaalAdres(
        partij_id=partij.id,
        soort_digitaal_adres=AddressKind.OTHER.value,
        adres=(contact.handle or contact.external_id)[:80],
        omschrijving=contact.platform.value,
        is_standaard_adres=False,
        verificatie_datum=code.received_at,
        bron=Source.PLATFORM.value,
        contact_id=contact_id,
        consent_id=consent.id,
        consent_doel=consent.doel,
        consent_status=consent.status,
        created_at=now,
    )
    session.add(identity)
    session.flush()
    return identity


def _link_conversations(
    session: Session,
    identity: DigitaalAdres,
    conversation_ids: list[int],
    *,
    by: str,
    now: datetime,
) -> list[int]:
    """Klantcontacten for those of the conversations not linked yet, under a valid consent."""
    consent = consents.valid_consent(session, identity.partij_id, Purpose.LINK_SOCIAL, now)
    if consent is None or not conversation_ids:
        return []
    taken = set(
        session.scalars(
            select(Klantcontact.conversation_id).where(
                Klantcontact.conversation_id.in_(conversation_ids)
            )
        )
    )
    linked = []
    for conversation in session.scalars(
        select(Conversation).where(Conversation.id.in_(conversation_ids)).order_by(Conversation.id)
    ):
        if conversation.id in taken or conversation.contact_id != identity.contact_id:
            continue
        session.add(
            Klantcontact(
                conversation_id=conversation.id,
                partij_id=identity.partij_id,
                digitaal_adres_id=identity.id,
                contact_id=identity.contact_id,
                consent_id=consent.id,
                consent_doel=consent.doel,
                consent_status=consent.status,
                kanaal=identity.omschrijving,
                plaatsgevonden_op=conversation.first_inbound_at or conversation.created_at,
                linked_at=now,
                linked_by=by,
            )
        )
        linked.append(conversation.id)
    session.flush()
    return linked


def unlink(session: Session, conversation_id: int) -> int | None:
    """Undo the link of one conversation; returns the resident it was linked to."""
    partij_id = session.scalars(
        select(Klantcontact.partij_id).where(Klantcontact.conversation_id == conversation_id)
    ).first()
    if partij_id is None:
        return None
    session.execute(delete(Klantcontact).where(Klantcontact.conversation_id == conversation_id))
    return partij_id


def linked_resident(session: Session, conversation_id: int) -> int | None:
    return session.scalars(
        select(Klantcontact.partij_id).where(Klantcontact.conversation_id == conversation_id)
    ).first()
