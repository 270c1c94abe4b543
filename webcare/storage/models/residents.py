"""Resident profiles under the AVG (names after the VNG Klantinteracties standard): parties,
consents, digital addresses, contact links, verification, postcodes, requests, retention."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from webcare.storage.models.base import Base
from webcare.storage.types import UTCDateTime, utcnow

LINK_PURPOSE = "link_social"


LINK_NEEDS_CONSENT = f"consent_doel = '{LINK_PURPOSE}' AND consent_status = 'given'"


class Partij(Base):
    """A resident (Open Klant `Partij`, soort persoon): name, address, neighbourhood, language.

    Attributes:
        bronnen: where each datum came from (field name -> `Source` value).
        indeling_jaar: the year of the CBS division the buurt and wijk codes belong to.
    """

    __tablename__ = "partijen"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    soort_partij: Mapped[str] = mapped_column(String(16), default="persoon")
    naam: Mapped[str] = mapped_column(String(200))
    voorkeurstaal: Mapped[str] = mapped_column(String(3), default="nld")
    postcode: Mapped[str | None] = mapped_column(String(6), index=True)
    huisnummer: Mapped[int | None] = mapped_column(Integer)
    huisletter: Mapped[str] = mapped_column(String(1), default="")
    huisnummertoevoeging: Mapped[str] = mapped_column(String(4), default="")
    buurtcode: Mapped[str | None] = mapped_column(String(10), index=True)
    wijkcode: Mapped[str | None] = mapped_column(String(8), index=True)
    gemeentecode: Mapped[str | None] = mapped_column(String(6))
    indeling_jaar: Mapped[int | None] = mapped_column(Integer)
    bronnen: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    indicatie_actief: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ConsentNotice(Base):
    """The text a resident saw when consenting, by version; never changed once published."""

    __tablename__ = "consent_notices"

    version: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    controller: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    published_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Consent(Base):
    """One consent for one purpose (municipal-context.md §1.2): what, how, when, proof.

    `(id, partij_id, doel, status)` is unique so that links can reference a *given* consent.
    """

    __tablename__ = "consents"
    __table_args__ = (
        UniqueConstraint("id", "partij_id", "doel", "status", name="uq_consents_link_key"),
        Index("ix_consents_partij_doel", "partij_id", "doel"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    partij_id: Mapped[int] = mapped_column(ForeignKey("partijen.id", ondelete="CASCADE"))
    doel: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    data_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    controller: Mapped[str] = mapped_column(String(200))
    notice_version: Mapped[str] = mapped_column(ForeignKey("consent_notices.version"))
    notice_sha256: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(16))
    evidence_ref: Mapped[str] = mapped_column(String(200), default="")
    given_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    refresh_due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawal_method: Mapped[str | None] = mapped_column(String(16))
    withdrawn_by: Mapped[str | None] = mapped_column(String(100))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # expired or superseded


class DigitaalAdres(Base):
    """An e-mail address, a phone number, or a verified social identity of a resident.

    A social identity (`soort` overig, `omschrijving` the platform, `adres` the handle) is a
    contact of the inbox; it exists only while verified and under a given linking consent.
    """

    __tablename__ = "digitale_adressen"
    __table_args__ = (
        UniqueConstraint("id", "partij_id", "contact_id", name="uq_digitale_adressen_link_key"),
        ForeignKeyConstraint(
            ["consent_id", "partij_id", "consent_doel", "consent_status"],
            ["consents.id", "consents.partij_id", "consents.doel", "consents.status"],
            name="fk_digitale_adressen_consent",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        CheckConstraint(
            f"contact_id IS NULL OR (consent_id IS NOT NULL AND {LINK_NEEDS_CONSENT} "
            "AND verificatie_datum IS NOT NULL)",
            name="identity_needs_consent_and_verification",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partij_id: Mapped[int] = mapped_column(
        ForeignKey("partijen.id", ondelete="CASCADE"), index=True
    )
    soort_digitaal_adres: Mapped[str] = mapped_column(String(16))
    adres: Mapped[str] = mapped_column(String(80))
    omschrijving: Mapped[str] = mapped_column(String(40), default="")
    is_standaard_adres: Mapped[bool] = mapped_column(Boolean, default=False)
    verificatie_datum: Mapped[datetime | None] = mapped_column(UTCDateTime())
    bron: Mapped[str] = mapped_column(String(32))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), unique=True
    )
    consent_id: Mapped[int | None] = mapped_column(Integer)
    consent_doel: Mapped[str | None] = mapped_column(String(32))
    consent_status: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Klantcontact(Base):
    """A conversation linked to a resident, through a verified identity, under a given consent.

    The conversation itself is a public-task record and outlives the link.
    """

    __tablename__ = "klantcontacten"
    __table_args__ = (
        ForeignKeyConstraint(
            ["digitaal_adres_id", "partij_id", "contact_id"],
            [
                "digitale_adressen.id",
                "digitale_adressen.partij_id",
                "digitale_adressen.contact_id",
            ],
            name="fk_klantcontacten_identity",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["consent_id", "partij_id", "consent_doel", "consent_status"],
            ["consents.id", "consents.partij_id", "consents.doel", "consents.status"],
            name="fk_klantcontacten_consent",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        CheckConstraint(LINK_NEEDS_CONSENT, name="link_needs_consent"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), unique=True
    )
    partij_id: Mapped[int] = mapped_column(
        ForeignKey("partijen.id", ondelete="CASCADE"), index=True
    )
    digitaal_adres_id: Mapped[int] = mapped_column(Integer)
    contact_id: Mapped[int] = mapped_column(Integer)
    consent_id: Mapped[int] = mapped_column(Integer)
    consent_doel: Mapped[str] = mapped_column(String(32))
    consent_status: Mapped[str] = mapped_column(String(16))
    kanaal: Mapped[str] = mapped_column(String(16))
    plaatsgevonden_op: Mapped[datetime | None] = mapped_column(UTCDateTime())
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    linked_by: Mapped[str] = mapped_column(String(100))


class VerificationCode(Base):
    """A one-time code issued on a profile; the resident sends it from the account to link.

    Only its sha256 is kept: whoever reads the database cannot send it on a resident's behalf.
    """

    __tablename__ = "verification_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partij_id: Mapped[int] = mapped_column(
        ForeignKey("partijen.id", ondelete="CASCADE"), index=True
    )
    code_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    received_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    received_conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PostcodeArea(Base):
    """Postcode + house number -> CBS buurt, wijk, gemeente (+ coordinates, where known).

    Clustered on its key (WITHOUT ROWID on SQLite): the lookup is the table itself, and the
    nine million rows of the national file take no separate index. A house letter and addition
    are '' where the source has none (the CBS file has neither). The division's year and the
    source are in `postcode_imports`.
    """

    __tablename__ = "postcode_areas"
    __table_args__ = ({"sqlite_with_rowid": False},)

    postcode: Mapped[str] = mapped_column(String(6), primary_key=True)
    huisnummer: Mapped[int] = mapped_column(Integer, primary_key=True)
    huisletter: Mapped[str] = mapped_column(String(1), primary_key=True, default="")
    toevoeging: Mapped[str] = mapped_column(String(4), primary_key=True, default="")
    buurtcode: Mapped[str] = mapped_column(String(10))
    wijkcode: Mapped[str] = mapped_column(String(8))
    gemeentecode: Mapped[str] = mapped_column(String(6))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    rd_x: Mapped[float | None] = mapped_column(Float)
    rd_y: Mapped[float | None] = mapped_column(Float)


class PostcodeImport(Base):
    """One import of the postcode table; the newest is the table's division year and source."""

    __tablename__ = "postcode_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indeling_jaar: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(200))
    rows: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    with_coordinates: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by: Mapped[str] = mapped_column(String(100))


class PrivacyRequest(Base):
    """An access (art. 15) or erasure (art. 17) request and its one-month deadline."""

    __tablename__ = "privacy_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partij_id: Mapped[int | None] = mapped_column(
        ForeignKey("partijen.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    registered_by: Mapped[str] = mapped_column(String(100))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by: Mapped[str | None] = mapped_column(String(100))


class DeletionRecord(Base):
    """What was destroyed, why, by whom and when: never the personal data itself (R1.10)."""

    __tablename__ = "deletion_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(32))
    record_ref: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    record_created_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(16))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted_by: Mapped[str] = mapped_column(String(100))
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    batch_id: Mapped[str] = mapped_column(String(36), index=True)


class RetentionTerm(Base):
    """How long a closed conversation of a category is kept (Selectielijst gemeenten 2020).

    A conversation carrying the category's tag belongs to it (the longest term wins); every
    other closed conversation is a webcare question.
    """

    __tablename__ = "retention_terms"

    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    months: Mapped[int] = mapped_column(Integer)
    tag: Mapped[str | None] = mapped_column(String(100))
    selectielijst: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="system")


class RetentionRun(Base):
    """One run of the daily retention job, and what it destroyed."""

    __tablename__ = "retention_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(36), unique=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    run_by: Mapped[str] = mapped_column(String(100))
    conversations: Mapped[int] = mapped_column(Integer, default=0)
    messages: Mapped[int] = mapped_column(Integer, default=0)
    contacts: Mapped[int] = mapped_column(Integer, default=0)
    consents_expired: Mapped[int] = mapped_column(Integer, default=0)
    codes: Mapped[int] = mapped_column(Integer, default=0)
