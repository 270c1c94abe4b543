"""The consent register: per purpose, with its proof, its notice and its lifecycle.

Withdrawal is one call and stops the processing at once: for linking, the links go in the
same transaction (the database refuses the withdrawal while any link points at the consent);
for the e-mail purposes, every reader asks `valid_consent` at the moment it reads.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime

from sqlalchemy import Select, delete, select, update
from sqlalchemy.orm import Session

from webcare.residents.errors import ConsentRefused, NotFound
from webcare.residents.values import ConsentInfo, NoticeInfo, WithdrawResult
from webcare.residents.vocabulary import DATA_CATEGORIES, ConsentMethod, ConsentStatus, Purpose
from webcare.storage.models import (
    Consent,
    ConsentNotice,
    DigitaalAdres,
    Klantcontact,
    VerificationCode,
)

REFRESH_MONTHS = 24  # EDPB best practice: refresh "at appropriate intervals" (§1.2)


def add_months(moment: datetime, months: int) -> datetime:
    """The same day `months` later (the last day of a shorter month)."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    last = [
        31,
        29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month - 1]
    return moment.replace(year=year, month=month, day=min(moment.day, last))


def is_valid(consent: Consent, now: datetime) -> bool:
    return consent.status == ConsentStatus.GIVEN and consent.refresh_due_at > now


def _given(partij_id: int, purpose: Purpose) -> Select[Consent]:
    """The resident's consents for `purpose` that are given (one, unless a writer raced)."""
    return select(Consent).where(
        Consent.partij_id == partij_id,
        Consent.doel == purpose.value,
        Consent.status == ConsentStatus.GIVEN.value,
    )


def valid_consent(
    session: Session, partij_id: int, purpose: Purpose, now: datetime
) -> Consent | None:
    """The resident's given, unexpired consent for `purpose`, if any."""
    found = session.scalars(_given(partij_id, purpose)).first()
    return found if found is not None and is_valid(found, now) else None


def latest(session: Session, partij_id: int, purpose: Purpose) -> Consent | None:
    return session.scalars(
        select(Consent)
        .where(Consent.partij_id == partij_id, Consent.doel == purpose.value)
        .order_by(Consent.recorded_at.desc(), Consent.id.desc())
        .limit(1)
    ).first()


def info(consent: Consent, now: datetime) -> ConsentInfo:
    return ConsentInfo(
        id=consent.id,
        purpose=Purpose(consent.doel),
        status=ConsentStatus(consent.status),
        valid=is_valid(consent, now),
        given_at=consent.given_at,
        method=ConsentMethod(consent.method),
        evidence_ref=consent.evidence_ref,
        notice_version=consent.notice_version,
        recorded_by=consent.recorded_by,
        recorded_at=consent.recorded_at,
        refresh_due_at=consent.refresh_due_at,
        data_categories=tuple(consent.data_categories or ()),
        withdrawn_at=consent.withdrawn_at,
        withdrawal_method=(
            ConsentMethod(consent.withdrawal_method) if consent.withdrawal_method else None
        ),
        ended_at=consent.ended_at,
    )


def consents_of(session: Session, partij_id: int, now: datetime) -> list[ConsentInfo]:
    """Every consent record of a resident, per purpose newest first."""
    rows = session.scalars(
        select(Consent)
        .where(Consent.partij_id == partij_id)
        .order_by(Consent.doel, Consent.recorded_at.desc(), Consent.id.desc())
    )
    return [info(row, now) for row in rows]


def notice(session: Session, version: str | None = None) -> NoticeInfo:
    """A notice by version; without one, the newest.

    Raises:
        NotFound: no such notice (or none at all).
    """
    query = select(ConsentNotice)
    if version is None:
        query = query.order_by(ConsentNotice.published_at.desc(), ConsentNotice.version.desc())
    else:
        query = query.where(ConsentNotice.version == version)
    found = session.scalars(query.limit(1)).first()
    if found is None:
        raise NotFound("notice", version or "(any)")
    return NoticeInfo(
        found.version, found.title, found.text, found.sha256, found.controller, found.published_at
    )


def add_notice(
    session: Session, version: str, title: str, text: str, controller: str, now: datetime
) -> NoticeInfo:
    """Publish a new notice; a published version is never changed.

    Raises:
        ConsentRefused: the version exists already.
    """
    if session.get(ConsentNotice, version) is not None:
        raise ConsentRefused("notice_version_exists")
    session.add(
        ConsentNotice(
            version=version,
            title=title,
            text=text,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            controller=controller,
            language="nl",
            published_at=now,
        )
    )
    session.flush()
    return notice(session, version)


def give(
    session: Session,
    partij_id: int,
    purpose: Purpose,
    *,
    method: ConsentMethod,
    given_at: datetime,
    evidence_ref: str,
    notice_version: str,
    by: str,
    now: datetime,
) -> Consent:
    """Record a consent; a given one for the same purpose is superseded (links move along)."""
    shown = notice(session, notice_version)
    consent = Consent(
        uuid=str(uuid.uuid4()),
        partij_id=partij_id,
        doel=purpose.value,
        status=ConsentStatus.GIVEN.value,
        data_categories=list(DATA_CATEGORIES[purpose]),
        controller=shown.controller,
        notice_version=shown.version,
        notice_sha256=shown.sha256,
        method=method.value,
        evidence_ref=evidence_ref.strip()[:200],
        given_at=given_at,
        recorded_by=by,
        recorded_at=now,
        refresh_due_at=add_months(given_at, REFRESH_MONTHS),
    )
    previous = session.scalars(_given(partij_id, purpose)).all()
    session.add(consent)
    session.flush()
    for old in previous:
        # Links point at the consent they were made under: move them to the new one first,
        # or the database refuses the old one's change of status.
        for table in (DigitaalAdres, Klantcontact):
            session.execute(
                update(table).where(table.consent_id == old.id).values(consent_id=consent.id)
            )
        session.execute(
            update(Consent)
            .where(Consent.id == old.id)
            .values(status=ConsentStatus.SUPERSEDED.value, ended_at=now)
        )
    session.expire_all()
    return consent


def end_links(session: Session, consent: Consent, at: datetime) -> tuple[list[int], int]:
    """Remove every link made under a linking consent; returns (conversations, identities)."""
    unlinked = list(
        session.scalars(
            select(Klantcontact.conversation_id).where(Klantcontact.consent_id == consent.id)
        )
    )
    session.execute(delete(Klantcontact).where(Klantcontact.consent_id == consent.id))
    removed = session.execute(delete(DigitaalAdres).where(DigitaalAdres.consent_id == consent.id))
    session.execute(
        update(VerificationCode)
        .where(
            VerificationCode.partij_id == consent.partij_id,
            VerificationCode.used_at.is_(None),
            VerificationCode.revoked_at.is_(None),
        )
        .values(revoked_at=at)
    )
    return unlinked, int(getattr(removed, "rowcount", 0) or 0)


def withdraw(
    session: Session,
    partij_id: int,
    purpose: Purpose,
    *,
    method: ConsentMethod,
    by: str,
    now: datetime,
) -> WithdrawResult:
    """Withdraw the given consent for `purpose`: one action, effective at once.

    Raises:
        ConsentRefused: nothing is given for this purpose.
    """
    consent = session.scalars(_given(partij_id, purpose)).first()
    if consent is None:
        raise ConsentRefused("not_given")
    unlinked, identities = end_links(session, consent, now)
    session.execute(
        update(Consent)
        .where(Consent.id == consent.id)
        .values(
            status=ConsentStatus.WITHDRAWN.value,
            withdrawn_at=now,
            withdrawal_method=method.value,
            withdrawn_by=by,
        )
    )
    session.expire_all()
    return WithdrawResult(consent.id, purpose, tuple(unlinked), identities)


def expire_due(session: Session, now: datetime) -> list[tuple[int, Consent, list[int]]]:
    """Consents past their refresh date become expired (their links end first).

    Returns:
        (resident id, consent, unlinked conversations) per expired consent.
    """
    due = session.scalars(
        select(Consent).where(
            Consent.status == ConsentStatus.GIVEN.value, Consent.refresh_due_at <= now
        )
    ).all()
    ended = []
    for consent in due:
        unlinked, _ = end_links(session, consent, now)
        session.execute(
            update(Consent)
            .where(Consent.id == consent.id)
            .values(status=ConsentStatus.EXPIRED.value, ended_at=now)
        )
        ended.append((consent.partij_id, consent, unlinked))
    session.expire_all()
    return ended
