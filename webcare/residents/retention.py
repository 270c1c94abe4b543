"""Retention: the daily job that destroys what is past its term, and says what it destroyed.

Terms per category (`retention_terms`, defaults from the VNG Selectielijst gemeenten 2020: a
webcare question 1 year, a report about public space or a complaint 5 years), counted from the
day a conversation was closed (municipal-context.md R1.14). A conversation belongs to the
category whose tag it carries (the longest term wins), else it is a question; an open
conversation is never destroyed. With a conversation go its messages, notes, drafts, reads
and links; an account left with no conversation and no profile goes too. Consents past their
refresh date expire (their links end), and spent verification codes are removed. Every
destroyed conversation gets a deletion record, and the run its own row.

Run by the process that holds the worker lease (`run_if_due`, from the worker's housekeeping),
at most once a day.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from webcare import audit
from webcare.residents import consents, erasure
from webcare.residents.consents import add_months
from webcare.residents.errors import InvalidValue, NotFound
from webcare.residents.vocabulary import DeletionReason
from webcare.storage.db import transaction
from webcare.storage.models import (
    Contact,
    Conversation,
    ConversationTag,
    DeletionRecord,
    DigitaalAdres,
    Message,
    RetentionRun,
    RetentionTerm,
    Tag,
    VerificationCode,
)
from webcare.vocabulary import ConversationStatus

DEFAULT_CATEGORY = "question"
RUN_EVERY = timedelta(hours=23)  # daily, whatever the minute the worker started
BATCH = 500
CODE_KEPT = timedelta(days=30)  # a spent or expired code, kept this long for questions


@dataclass(frozen=True)
class Term:
    category: str
    months: int
    tag: str | None
    selectielijst: str


@dataclass(frozen=True)
class RunReport:
    batch_id: str
    conversations: int
    messages: int
    contacts: int
    consents_expired: int
    codes: int
    by_category: dict[str, int]


def terms(session: Session) -> list[Term]:
    return [
        Term(t.category, t.months, t.tag, t.selectielijst)
        for t in session.scalars(select(RetentionTerm).order_by(RetentionTerm.category))
    ]


def set_term(
    session: Session,
    category: str,
    months: int,
    *,
    tag: str | None,
    selectielijst: str | None,
    by: str,
    now: datetime,
) -> Term:
    """Change (or add) a category's term.

    Raises:
        InvalidValue: a term under one month or over a hundred years, or a bad name.
    """
    name = category.strip().lower()
    if not name or len(name) > 32 or not name.replace("_", "").isalnum():
        raise InvalidValue("category", "invalid")
    if not 1 <= months <= 1200:
        raise InvalidValue("months", "invalid")
    term = session.get(RetentionTerm, name)
    if term is None:
        if name != DEFAULT_CATEGORY and not tag:
            raise InvalidValue("tag", "empty")
        term = RetentionTerm(category=name, selectielijst="")
        session.add(term)
    term.months = months
    if tag is not None:
        term.tag = tag.strip() or None
    if selectielijst is not None:
        term.selectielijst = selectielijst.strip()[:200]
    term.updated_at, term.updated_by = now, by
    session.flush()
    return Term(term.category, term.months, term.tag, term.selectielijst)


def category_of(tags: set[str], table: list[Term]) -> Term:
    """The category of a conversation with these tags: the longest term among its tags."""
    default = next((t for t in table if t.category == DEFAULT_CATEGORY), None)
    tagged = [t for t in table if t.tag and t.tag in tags]
    if tagged:
        return max(tagged, key=lambda t: t.months)
    if default is None:
        raise NotFound("retention term", DEFAULT_CATEGORY)
    return default


def due(session: Session, now: datetime) -> list[tuple[int, Term, datetime]]:
    """Closed conversations past their term: (id, category, closed at), oldest first."""
    table = terms(session)
    if not table:
        return []
    shortest = min(t.months for t in table)
    cutoff = add_months(now, -shortest)
    closed = session.execute(
        select(Conversation.id, Conversation.closed_at)
        .where(
            Conversation.status == ConversationStatus.CLOSED,
            Conversation.closed_at.is_not(None),
            Conversation.closed_at <= cutoff,
        )
        .order_by(Conversation.closed_at, Conversation.id)
    ).all()
    tags: dict[int, set[str]] = defaultdict(set)
    ids = [row.id for row in closed]
    for start in range(0, len(ids), BATCH):
        for conversation_id, name in session.execute(
            select(ConversationTag.conversation_id, Tag.name)
            .join(Tag, Tag.id == ConversationTag.tag_id)
            .where(ConversationTag.conversation_id.in_(ids[start : start + BATCH]))
        ):
            tags[conversation_id].add(name)
    found = []
    for conversation_id, closed_at in closed:
        assert closed_at is not None
        term = category_of(tags.get(conversation_id, set()), table)
        if add_months(closed_at, term.months) <= now:
            found.append((conversation_id, term, closed_at))
    return found


def run(session: Session, *, now: datetime, by: str) -> RunReport:
    """One retention run in the caller's transaction."""
    batch = str(uuid.uuid4())
    erasure.begin_secure(session)
    destroyed = due(session, now)
    by_category: dict[str, int] = defaultdict(int)
    messages = 0
    for start in range(0, len(destroyed), BATCH):
        chunk = destroyed[start : start + BATCH]
        ids = [conversation_id for conversation_id, _, _ in chunk]
        counts = dict(
            session.execute(
                select(Message.conversation_id, func.count())
                .where(Message.conversation_id.in_(ids))
                .group_by(Message.conversation_id)
            ).all()
        )
        for conversation_id, term, closed_at in chunk:
            by_category[term.category] += 1
            session.add(
                DeletionRecord(
                    record_type="conversation",
                    record_ref=str(conversation_id),
                    category=term.category,
                    record_created_at=closed_at,
                    reason=DeletionReason.RETENTION.value,
                    details={
                        "messages": int(counts.get(conversation_id, 0)),
                        "term_months": term.months,
                        "selectielijst": term.selectielijst,
                    },
                    deleted_by=by,
                    deleted_at=now,
                    batch_id=batch,
                )
            )
        messages += sum(int(n) for n in counts.values())
        # Messages first, so that their full-text entries go with them (the triggers of
        # migration 0004 fire on a DELETE, not on a cascade from the conversation).
        session.execute(delete(Message).where(Message.conversation_id.in_(ids)))
        session.execute(delete(Conversation).where(Conversation.id.in_(ids)))
    contacts = _orphan_contacts(session)
    expired = consents.expire_due(session, now)
    for partij_id, consent, unlinked in expired:
        audit.record(
            session,
            actor=by,
            action="consent.expired",
            entity_type="resident",
            entity_id=partij_id,
            details={"consent_id": consent.id, "purpose": consent.doel, "unlinked": unlinked},
        )
    spent = session.execute(
        delete(VerificationCode).where(
            or_(
                VerificationCode.used_at < now - CODE_KEPT,
                VerificationCode.revoked_at < now - CODE_KEPT,
                VerificationCode.expires_at < now - CODE_KEPT,
            )
        )
    )
    codes = int(getattr(spent, "rowcount", 0) or 0)
    erasure.end_secure(session, deleted=bool(destroyed or contacts or expired))
    report = RunReport(
        batch, len(destroyed), messages, contacts, len(expired), codes, dict(by_category)
    )
    session.add(
        RetentionRun(
            batch_id=batch,
            started_at=now,
            finished_at=now,
            run_by=by,
            conversations=report.conversations,
            messages=report.messages,
            contacts=report.contacts,
            consents_expired=report.consents_expired,
            codes=report.codes,
        )
    )
    audit.record(
        session,
        actor=by,
        action="retention.run",
        entity_type="retention",
        entity_id=batch,
        details={
            "conversations": report.conversations,
            "messages": report.messages,
            "contacts": report.contacts,
            "consents_expired": report.consents_expired,
            "by_category": report.by_category,
        },
    )
    return report


def _orphan_contacts(session: Session) -> int:
    """Accounts with no conversation, no message and no profile left: nothing to keep them for."""
    used = (
        select(Conversation.contact_id)
        .where(Conversation.contact_id.is_not(None))
        .union(
            select(Message.author_contact_id).where(Message.author_contact_id.is_not(None)),
            select(DigitaalAdres.contact_id).where(DigitaalAdres.contact_id.is_not(None)),
            select(VerificationCode.received_contact_id).where(
                VerificationCode.received_contact_id.is_not(None)
            ),
        )
    )
    result = session.execute(delete(Contact).where(Contact.id.not_in(used)))
    return int(getattr(result, "rowcount", 0) or 0)


def last_run(session: Session) -> datetime | None:
    return session.scalar(select(func.max(RetentionRun.started_at)))


def run_if_due(
    sessions: sessionmaker[Session], *, now: datetime, by: str = audit.WORKER
) -> RunReport | None:
    """The daily run, unless one ran less than a day ago (the worker calls this often)."""
    with transaction(sessions) as session:
        previous = last_run(session)
        if previous is not None and now - previous < RUN_EVERY:
            return None
        report = run(session, now=now, by=by)
    erasure.checkpoint(sessions.kw["bind"])
    return report
