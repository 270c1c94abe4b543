"""The central resident profile: partij, digitaal adres, klantcontact, consent, postcode table,
privacy requests, deletion records, retention terms; the audit trail chained by hash.

Revision ID: residents
Revises: stream_gaps
Create Date: 2026-12-01 20:08:37.062863

Also:
- existing audit events are numbered and chained in id order, and the chain's head is stored;
  triggers then refuse to change or delete a sealed event (append-only);
- where SQLite's FTS5 knows it (3.42 and newer), the full-text indexes of migration 0004 get
  `secure-delete`, so that a deleted message or name leaves no token behind;
- the default consent notice (version 2026-01) and the Selectielijst 2020 retention terms are
  stored, so that consent can be recorded and retention runs from the first day.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import webcare.storage.types

revision = "residents"
down_revision = "stream_gaps"
branch_labels = None
depends_on = None

UTC_TS = webcare.storage.types.UTCDateTime(timezone=True)
GENESIS = "0" * 64

NOTICE_VERSION = "2026-01"
NOTICE_TITLE = "Toestemming voor uw inwonerprofiel"
NOTICE_CONTROLLER = "College van burgemeester en wethouders van de gemeente"
# One line per paragraph: the dialog and the PDF wrap it to their own width.
NOTICE_TEXT = "\n".join(
    [
        "De gemeente wil u beter helpen en u informeren over wat er in uw buurt gebeurt. "
        "Daarvoor kunt u ons toestemming geven. U kiest zelf waarvoor. U mag ook nee zeggen. "
        "Dat heeft geen gevolgen: uw vragen beantwoorden we altijd, en alle informatie staat "
        "ook op onze website.",
        "",
        "Wie is verantwoordelijk?",
        "Het college van burgemeester en wethouders van de gemeente.",
        "",
        "U kunt toestemming geven voor:",
        "",
        "1. Uw sociale media koppelen aan uw profiel.",
        "Wij bewaren dan uw account op X, Facebook of Instagram bij uw profiel. Gesprekken die "
        "u via dat account met de gemeente voert, koppelen we aan uw profiel. Zo hoeft u niet "
        "steeds opnieuw uit te leggen wie u bent. Wij controleren eerst of het account van u "
        "is: u stuurt ons vanaf dat account een code.",
        "Gegevens: uw accountnaam en uw gesprekken met de gemeente.",
        "",
        "2. U e-mailen over uw buurt.",
        "Wij sturen u dan berichten over werkzaamheden, plannen en bijeenkomsten in uw buurt.",
        "Gegevens: uw e-mailadres en uw buurt (die halen we uit uw postcode).",
        "",
        "3. U benaderen voor campagnes.",
        "Wij vragen u dan af en toe mee te denken of mee te doen, bijvoorbeeld aan een buurtavond.",
        "Gegevens: uw e-mailadres, uw telefoonnummer en uw buurt.",
        "",
        "Hoe lang?",
        "Uw toestemming geldt twee jaar. Daarna vragen we u opnieuw. Zegt u niets, dan stoppen we.",
        "",
        "Toestemming intrekken",
        "Dat kan altijd, net zo makkelijk als u hem gaf: stuur ons een bericht met STOP, bel "
        "ons, of zeg het aan de balie. Wij stoppen dan meteen. Wat we daarvoor deden, blijft "
        "rechtmatig.",
        "",
        "Uw rechten",
        "U mag uw gegevens inzien, laten verbeteren of laten verwijderen. Bent u het niet eens "
        "met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit "
        "Persoonsgegevens.",
        "",
    ]
)

# (category, months, tag, Selectielijst gemeenten 2020 result): municipal-context.md §1.6.
RETENTION_TERMS = [
    ("question", 12, None, "2020:6/Ingewilligd/Informatieverzoek"),
    ("public_space_report", 60, "melding", "2020:15/Uitgevoerd/Melding openbare ruimte"),
    ("complaint", 60, "klacht", "2020:13/Afgehandeld/Klacht"),
]

SEALED_COLUMNS = (
    "seq, prev_hash, hash, occurred_at, actor, action, entity_type, entity_id, details, "
    "result, workstation"
)
SQLITE_APPEND_ONLY = [
    f"CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE OF {SEALED_COLUMNS} "
    "ON audit_events WHEN old.seq IS NOT NULL BEGIN "
    "SELECT RAISE(ABORT, 'audit events are append-only'); END",
    "CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events BEGIN "
    "SELECT RAISE(ABORT, 'audit events are append-only'); END",
]
SQLITE_APPEND_ONLY_DROP = [
    "DROP TRIGGER IF EXISTS audit_events_append_only_delete",
    "DROP TRIGGER IF EXISTS audit_events_append_only_update",
]
POSTGRESQL_APPEND_ONLY = [
    "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$",
    f"CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE OF {SEALED_COLUMNS} "
    "ON audit_events FOR EACH ROW WHEN (OLD.seq IS NOT NULL) "
    "EXECUTE FUNCTION audit_events_append_only()",
    "CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
]
POSTGRESQL_APPEND_ONLY_DROP = [
    "DROP TRIGGER IF EXISTS audit_events_append_only_delete ON audit_events",
    "DROP TRIGGER IF EXISTS audit_events_append_only_update ON audit_events",
    "DROP FUNCTION IF EXISTS audit_events_append_only()",
]
FTS_TABLES = ("messages_fts", "contacts_fts")
FTS5_SECURE_DELETE = (3, 42, 0)


def _event_hash(prev: str, m: dict[str, Any]) -> str:
    """Frozen copy of `webcare.audit.event_hash` as this revision defines the chain."""
    fields = [
        m["seq"],
        m["occurred_at"].isoformat(timespec="microseconds"),
        m["actor"],
        m["action"],
        m["entity_type"],
        m["entity_id"],
        m["result"],
        m["workstation"],
        m["details"] or {},
    ]
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev + canonical).encode("utf-8")).hexdigest()


def _chain_existing_events(chain: sa.Table) -> None:
    events = sa.table(
        "audit_events",
        sa.column("id", sa.Integer()),
        sa.column("seq", sa.BigInteger()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
        sa.column("occurred_at", UTC_TS),
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("entity_type", sa.String()),
        sa.column("entity_id", sa.String()),
        sa.column("details", sa.JSON()),
        sa.column("result", sa.String()),
        sa.column("workstation", sa.String()),
    )
    bind = op.get_bind()
    prev, seq = GENESIS, 0
    rows = bind.execute(sa.select(events).order_by(events.c.id)).all()
    for row in rows:
        seq += 1
        digest = _event_hash(prev, {**row._mapping, "seq": seq})
        bind.execute(
            events.update()
            .where(events.c.id == row.id)
            .values(seq=seq, prev_hash=prev, hash=digest)
        )
        prev = digest
    op.bulk_insert(chain, [{"id": 1, "seq": seq, "hash": prev}])


def _sqlite_fts5_secure_delete() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    version = bind.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    return tuple(int(part) for part in str(version).split(".")[:3]) >= FTS5_SECURE_DELETE


def upgrade() -> None:
    chain = op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    op.add_column(
        "audit_events",
        sa.Column("workstation", sa.String(length=200), nullable=False, server_default=""),
    )
    op.add_column(
        "audit_events",
        sa.Column("result", sa.String(length=16), nullable=False, server_default="ok"),
    )
    op.add_column("audit_events", sa.Column("seq", sa.BigInteger(), nullable=True))
    op.add_column("audit_events", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_events(chain)
    op.create_index("ix_audit_events_seq", "audit_events", ["seq"], unique=True)

    notices = op.create_table(
        "consent_notices",
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("controller", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("published_at", UTC_TS, nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_consent_notices")),
    )
    op.create_table(
        "deletion_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("record_ref", sa.String(length=64), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("record_created_at", UTC_TS, nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("deleted_by", sa.String(length=100), nullable=False),
        sa.Column("deleted_at", UTC_TS, nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletion_records")),
    )
    op.create_index(op.f("ix_deletion_records_batch_id"), "deletion_records", ["batch_id"])
    op.create_index(op.f("ix_deletion_records_deleted_at"), "deletion_records", ["deleted_at"])
    op.create_table(
        "partijen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("soort_partij", sa.String(length=16), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("voorkeurstaal", sa.String(length=3), nullable=False),
        sa.Column("postcode", sa.String(length=6), nullable=True),
        sa.Column("huisnummer", sa.Integer(), nullable=True),
        sa.Column("huisletter", sa.String(length=1), nullable=False),
        sa.Column("huisnummertoevoeging", sa.String(length=4), nullable=False),
        sa.Column("buurtcode", sa.String(length=10), nullable=True),
        sa.Column("wijkcode", sa.String(length=8), nullable=True),
        sa.Column("gemeentecode", sa.String(length=6), nullable=True),
        sa.Column("indeling_jaar", sa.Integer(), nullable=True),
        sa.Column("bronnen", sa.JSON(), nullable=False),
        sa.Column("indicatie_actief", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_TS, nullable=False),
        sa.Column("updated_at", UTC_TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partijen")),
        sa.UniqueConstraint("uuid", name=op.f("uq_partijen_uuid")),
    )
    for column in ("buurtcode", "postcode", "wijkcode"):
        op.create_index(op.f(f"ix_partijen_{column}"), "partijen", [column])
    op.create_table(
        "postcode_areas",
        sa.Column("postcode", sa.String(length=6), nullable=False),
        sa.Column("huisnummer", sa.Integer(), nullable=False),
        sa.Column("huisletter", sa.String(length=1), nullable=False),
        sa.Column("toevoeging", sa.String(length=4), nullable=False),
        sa.Column("buurtcode", sa.String(length=10), nullable=False),
        sa.Column("wijkcode", sa.String(length=8), nullable=False),
        sa.Column("gemeentecode", sa.String(length=6), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("rd_x", sa.Float(), nullable=True),
        sa.Column("rd_y", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint(
            "postcode", "huisnummer", "huisletter", "toevoeging", name=op.f("pk_postcode_areas")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "postcode_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indeling_jaar", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("with_coordinates", sa.Integer(), nullable=False),
        sa.Column("imported_at", UTC_TS, nullable=False),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_postcode_imports")),
    )
    op.create_table(
        "retention_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", UTC_TS, nullable=False),
        sa.Column("finished_at", UTC_TS, nullable=True),
        sa.Column("run_by", sa.String(length=100), nullable=False),
        sa.Column("conversations", sa.Integer(), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.Column("consents_expired", sa.Integer(), nullable=False),
        sa.Column("codes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_runs")),
        sa.UniqueConstraint("batch_id", name=op.f("uq_retention_runs_batch_id")),
    )
    op.create_index(op.f("ix_retention_runs_started_at"), "retention_runs", ["started_at"])
    terms = op.create_table(
        "retention_terms",
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=True),
        sa.Column("selectielijst", sa.String(length=200), nullable=False),
        sa.Column("updated_at", UTC_TS, nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("category", name=op.f("pk_retention_terms")),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("partij_id", sa.Integer(), nullable=False),
        sa.Column("doel", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("data_categories", sa.JSON(), nullable=False),
        sa.Column("controller", sa.String(length=200), nullable=False),
        sa.Column("notice_version", sa.String(length=32), nullable=False),
        sa.Column("notice_sha256", sa.String(length=64), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("evidence_ref", sa.String(length=200), nullable=False),
        sa.Column("given_at", UTC_TS, nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", UTC_TS, nullable=False),
        sa.Column("refresh_due_at", UTC_TS, nullable=False),
        sa.Column("withdrawn_at", UTC_TS, nullable=True),
        sa.Column("withdrawal_method", sa.String(length=16), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=100), nullable=True),
        sa.Column("ended_at", UTC_TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["notice_version"],
            ["consent_notices.version"],
            name=op.f("fk_consents_notice_version_consent_notices"),
        ),
        sa.ForeignKeyConstraint(
            ["partij_id"],
            ["partijen.id"],
            name=op.f("fk_consents_partij_id_partijen"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
        sa.UniqueConstraint("id", "partij_id", "doel", "status", name="uq_consents_link_key"),
        sa.UniqueConstraint("uuid", name=op.f("uq_consents_uuid")),
    )
    op.create_index("ix_consents_partij_doel", "consents", ["partij_id", "doel"])
    op.create_index(op.f("ix_consents_refresh_due_at"), "consents", ["refresh_due_at"])
    op.create_table(
        "privacy_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partij_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("received_at", UTC_TS, nullable=False),
        sa.Column("due_at", UTC_TS, nullable=False),
        sa.Column("registered_by", sa.String(length=100), nullable=False),
        sa.Column("done_at", UTC_TS, nullable=True),
        sa.Column("done_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["partij_id"],
            ["partijen.id"],
            name=op.f("fk_privacy_requests_partij_id_partijen"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_requests")),
    )
    op.create_index(op.f("ix_privacy_requests_due_at"), "privacy_requests", ["due_at"])
    op.create_index(op.f("ix_privacy_requests_partij_id"), "privacy_requests", ["partij_id"])
    op.create_table(
        "digitale_adressen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partij_id", sa.Integer(), nullable=False),
        sa.Column("soort_digitaal_adres", sa.String(length=16), nullable=False),
        sa.Column("adres", sa.String(length=80), nullable=False),
        sa.Column("omschrijving", sa.String(length=40), nullable=False),
        sa.Column("is_standaard_adres", sa.Boolean(), nullable=False),
        sa.Column("verificatie_datum", UTC_TS, nullable=True),
        sa.Column("bron", sa.String(length=32), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("consent_doel", sa.String(length=32), nullable=True),
        sa.Column("consent_status", sa.String(length=16), nullable=True),
        sa.Column("created_at", UTC_TS, nullable=False),
        sa.CheckConstraint(
            "contact_id IS NULL OR (consent_id IS NOT NULL AND consent_doel = 'link_social' "
            "AND consent_status = 'given' AND verificatie_datum IS NOT NULL)",
            name=op.f("ck_digitale_adressen_identity_needs_consent_and_verification"),
        ),
        sa.ForeignKeyConstraint(
            ["consent_id", "partij_id", "consent_doel", "consent_status"],
            ["consents.id", "consents.partij_id", "consents.doel", "consents.status"],
            name="fk_digitale_adressen_consent",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_digitale_adressen_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partij_id"],
            ["partijen.id"],
            name=op.f("fk_digitale_adressen_partij_id_partijen"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digitale_adressen")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_digitale_adressen_contact_id")),
        sa.UniqueConstraint("id", "partij_id", "contact_id", name="uq_digitale_adressen_link_key"),
    )
    op.create_index(op.f("ix_digitale_adressen_partij_id"), "digitale_adressen", ["partij_id"])
    op.create_table(
        "verification_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partij_id", sa.Integer(), nullable=False),
        sa.Column("code_sha256", sa.String(length=64), nullable=False),
        sa.Column("issued_at", UTC_TS, nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("expires_at", UTC_TS, nullable=False),
        sa.Column("received_at", UTC_TS, nullable=True),
        sa.Column("received_contact_id", sa.Integer(), nullable=True),
        sa.Column("received_conversation_id", sa.Integer(), nullable=True),
        sa.Column("used_at", UTC_TS, nullable=True),
        sa.Column("revoked_at", UTC_TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["partij_id"],
            ["partijen.id"],
            name=op.f("fk_verification_codes_partij_id_partijen"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["received_contact_id"],
            ["contacts.id"],
            name=op.f("fk_verification_codes_received_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["received_conversation_id"],
            ["conversations.id"],
            name=op.f("fk_verification_codes_received_conversation_id_conversations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_codes")),
        sa.UniqueConstraint("code_sha256", name=op.f("uq_verification_codes_code_sha256")),
    )
    op.create_index(op.f("ix_verification_codes_partij_id"), "verification_codes", ["partij_id"])
    op.create_index(
        op.f("ix_verification_codes_received_conversation_id"),
        "verification_codes",
        ["received_conversation_id"],
    )
    op.create_table(
        "klantcontacten",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("partij_id", sa.Integer(), nullable=False),
        sa.Column("digitaal_adres_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("consent_doel", sa.String(length=32), nullable=False),
        sa.Column("consent_status", sa.String(length=16), nullable=False),
        sa.Column("kanaal", sa.String(length=16), nullable=False),
        sa.Column("plaatsgevonden_op", UTC_TS, nullable=True),
        sa.Column("linked_at", UTC_TS, nullable=False),
        sa.Column("linked_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "consent_doel = 'link_social' AND consent_status = 'given'",
            name=op.f("ck_klantcontacten_link_needs_consent"),
        ),
        sa.ForeignKeyConstraint(
            ["consent_id", "partij_id", "consent_doel", "consent_status"],
            ["consents.id", "consents.partij_id", "consents.doel", "consents.status"],
            name="fk_klantcontacten_consent",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_klantcontacten_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["digitaal_adres_id", "partij_id", "contact_id"],
            [
                "digitale_adressen.id",
                "digitale_adressen.partij_id",
                "digitale_adressen.contact_id",
            ],
            name="fk_klantcontacten_identity",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partij_id"],
            ["partijen.id"],
            name=op.f("fk_klantcontacten_partij_id_partijen"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_klantcontacten")),
        sa.UniqueConstraint("conversation_id", name=op.f("uq_klantcontacten_conversation_id")),
    )
    op.create_index(op.f("ix_klantcontacten_partij_id"), "klantcontacten", ["partij_id"])

    now = datetime.now(UTC)
    op.bulk_insert(
        notices,
        [
            {
                "version": NOTICE_VERSION,
                "title": NOTICE_TITLE,
                "text": NOTICE_TEXT,
                "sha256": hashlib.sha256(NOTICE_TEXT.encode("utf-8")).hexdigest(),
                "controller": NOTICE_CONTROLLER,
                "language": "nl",
                "published_at": now,
            }
        ],
    )
    op.bulk_insert(
        terms,
        [
            {
                "category": category,
                "months": months,
                "tag": tag,
                "selectielijst": result,
                "updated_at": now,
                "updated_by": "system",
            }
            for category, months, tag, result in RETENTION_TERMS
        ],
    )

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_APPEND_ONLY:
            op.execute(statement)
        if _sqlite_fts5_secure_delete():
            for table in FTS_TABLES:
                op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
    elif dialect == "postgresql":
        for statement in POSTGRESQL_APPEND_ONLY:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_APPEND_ONLY_DROP:
            op.execute(statement)
        if _sqlite_fts5_secure_delete():
            for table in FTS_TABLES:
                op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 0)")
    elif dialect == "postgresql":
        for statement in POSTGRESQL_APPEND_ONLY_DROP:
            op.execute(statement)

    op.drop_table("klantcontacten")
    op.drop_table("verification_codes")
    op.drop_table("digitale_adressen")
    op.drop_table("privacy_requests")
    op.drop_table("consents")
    op.drop_table("retention_terms")
    op.drop_table("retention_runs")
    op.drop_table("postcode_imports")
    op.drop_table("postcode_areas")
    op.drop_table("partijen")
    op.drop_table("deletion_records")
    op.drop_table("consent_notices")

    op.drop_index("ix_audit_events_seq", table_name="audit_events")
    for column in ("hash", "prev_hash", "seq", "result", "workstation"):
        op.drop_column("audit_events", column)
    op.drop_table("audit_chain")
