"""Erasure (GDPR art. 17): the consent-based data goes everywhere; a record without it stays.

What goes: the profile with its consents, contact details, verified identities, codes and
links; the resident's name, e-mail address, phone number and handles wherever they were
written (messages of the linked conversations, any message naming the handle, drafts,
quarantined payloads), and the full-text index entries of all of it. The linked accounts
are anonymised, and their conversations stay as public-task records (Archiefwet) until their
retention term, no longer linked to anyone. A deletion record keeps what was deleted, why, by
whom and when - never who it was.

On SQLite the bytes must be gone from the file, not only from the tables: the erasing
connection runs with `PRAGMA secure_delete` (freed content is overwritten with zeros); the
FTS5 indexes drop the old tokens (`secure-delete` where SQLite has it, 3.42 and newer,
otherwise a full `optimize` merge, which writes the index anew without them); and after the
commit a `wal_checkpoint(TRUNCATE)` moves everything into the main file and empties the
write-ahead log, which still held the old pages.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, delete, func, or_, select, update
from sqlalchemy.orm import Session

from webcare.residents.vocabulary import AddressKind
from webcare.storage.models import (
    Consent,
    Contact,
    DeletionRecord,
    DigitaalAdres,
    Draft,
    Klantcontact,
    Message,
    Partij,
    QuarantinedItem,
)

ERASED_NAME = "(verwijderd)"
REDACTED = "[verwijderd]"
FTS_TABLES = ("messages_fts", "contacts_fts")
FTS5_SECURE_DELETE = (3, 42, 0)


@dataclass(frozen=True)
class Erased:
    batch_id: str
    conversations: tuple[int, ...]
    contacts: int
    messages: int
    drafts: int


def sqlite_version(connection: Connection) -> tuple[int, ...]:
    version = connection.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    return tuple(int(part) for part in str(version).split(".")[:3])


def begin_secure(session: Session) -> None:
    """Before anything is deleted: overwrite freed content (SQLite), FTS5 secure-delete."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    if sqlite_version(connection) >= FTS5_SECURE_DELETE:
        for table in FTS_TABLES:
            connection.exec_driver_sql(
                f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)"
            )


def end_secure(session: Session, *, deleted: bool = True) -> None:
    """After the deletes, before the commit: old FTS5 tokens out where secure-delete is missing
    (`deleted`: whether anything was deleted or rewritten at all)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    if deleted and sqlite_version(connection) < FTS5_SECURE_DELETE:
        for table in FTS_TABLES:
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    connection.exec_driver_sql("PRAGMA secure_delete = OFF")


def checkpoint(engine: Engine) -> bool:
    """Move the write-ahead log into the file and empty it; False when a reader kept it busy."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as connection:
        busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return not busy


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


PARTICLES = frozenset({"van", "der", "den", "de", "het", "ten", "ter", "te", "op", "in", "la"})


def _patterns(
    partij: Partij, addresses: list[DigitaalAdres], contacts: list[Contact]
) -> tuple[list[re.Pattern[str]], list[str]]:
    """What identifies the resident in free text; and the literal words to look for anywhere.

    Returns:
        (patterns for the linked conversations, handles and e-mail addresses for everywhere)
    """
    anywhere: set[str] = set()
    for contact in contacts:
        for value in (contact.handle, contact.handle.lstrip("@")):
            if len(value) >= 3:
                anywhere.add(value)
    phones: list[str] = []
    for address in addresses:
        if address.soort_digitaal_adres == AddressKind.EMAIL.value:
            anywhere.add(address.adres)
        elif address.soort_digitaal_adres == AddressKind.PHONE.value:
            phones.append(address.adres)
        elif len(address.adres.lstrip("@")) >= 3:
            anywhere.add(address.adres.lstrip("@"))
    literal = sorted(anywhere, key=len, reverse=True)
    patterns = [re.compile(re.escape(word), re.IGNORECASE) for word in literal]
    names = {partij.naam, *(c.display_name for c in contacts if c.display_name)}
    for name in sorted(names, key=len, reverse=True):
        patterns.append(re.compile(re.escape(name), re.IGNORECASE))
    for name in names:
        for part in re.findall(r"[\w'-]{3,}", name):
            if part.lower() not in PARTICLES:
                patterns.append(re.compile(rf"\b{re.escape(part)}\b", re.IGNORECASE))
    for phone in phones:
        national = phone[3:] if phone.startswith("+31") else phone.lstrip("+")
        digits = r"[\s.\-()]*".join(national)
        patterns.append(re.compile(rf"(?:\+31|0031|0)?[\s.\-()]*{digits}"))
    return patterns, literal


def erase(session: Session, partij: Partij, *, reason: str, by: str, now: datetime) -> Erased:
    """Delete the resident's consent-based data in the caller's transaction (see above)."""
    batch = str(uuid.uuid4())
    addresses = list(
        session.scalars(select(DigitaalAdres).where(DigitaalAdres.partij_id == partij.id))
    )
    contact_ids = [a.contact_id for a in addresses if a.contact_id is not None]
    contacts = list(session.scalars(select(Contact).where(Contact.id.in_(contact_ids))))
    conversations = tuple(
        session.scalars(
            select(Klantcontact.conversation_id).where(Klantcontact.partij_id == partij.id)
        )
    )
    patterns, literal = _patterns(partij, addresses, contacts)
    scope = [Message.conversation_id.in_(conversations)] if conversations else []
    scope += [Message.text.ilike(_like(word), escape="\\") for word in literal]
    scrubbed = 0
    if scope:
        for message in session.scalars(select(Message).where(or_(*scope))):
            text = message.text
            for pattern in patterns:
                text = pattern.sub(REDACTED, text)
            if text != message.text:
                message.text = text
                scrubbed += 1
    drafts = 0
    if conversations:
        result = session.execute(delete(Draft).where(Draft.conversation_id.in_(conversations)))
        drafts = int(getattr(result, "rowcount", 0) or 0)
    for word in [*literal, partij.naam]:
        session.execute(
            delete(QuarantinedItem).where(QuarantinedItem.payload.ilike(_like(word), escape="\\"))
        )
    counts = {
        "consents": int(
            session.scalar(select(func.count()).where(Consent.partij_id == partij.id)) or 0
        ),
        "identities": len(contact_ids),
        "contact_details": len(addresses) - len(contact_ids),
        "conversations_unlinked": len(conversations),
        "messages_scrubbed": scrubbed,
        "drafts_deleted": drafts,
    }
    created_at, record_ref = partij.created_at, partij.uuid
    session.delete(partij)
    session.flush()
    if contact_ids:
        session.execute(
            update(Contact)
            .where(Contact.id.in_(contact_ids))
            .values(handle="", display_name=ERASED_NAME, updated_at=now)
        )
    session.add(
        DeletionRecord(
            record_type="resident",
            record_ref=record_ref,
            category="consent_profile",
            record_created_at=created_at,
            reason=reason,
            details=counts,
            deleted_by=by,
            deleted_at=now,
            batch_id=batch,
        )
    )
    session.flush()
    return Erased(batch, conversations, len(contacts), scrubbed, drafts)
