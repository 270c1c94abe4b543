"""The ORM: one typed SQLAlchemy 2 model per table of DESIGN.md (Data).

Every change to this package needs an Alembic migration; `tests/storage/test_migrations.py`
fails while the two disagree.

One module per room (base, accounts, team, inbox, operations, calendar, reports, residents);
every model is imported from here, as before the split.
"""

from __future__ import annotations

from webcare.storage.models.accounts import (
    Account,
    AccountStream,
    QuarantinedItem,
    StreamGap,
)
from webcare.storage.models.base import (
    NAMING_CONVENTION,
    OUTBOX_PREDICATE,
    Base,
)
from webcare.storage.models.calendar import (
    Campaign,
    Post,
    PostAttempt,
    PostImage,
    PostTarget,
    PublishingHold,
    PublishingHoldAccount,
)
from webcare.storage.models.inbox import (
    CannedReply,
    Contact,
    Conversation,
    ConversationRead,
    ConversationTag,
    Draft,
    Message,
    MessageMention,
    ModerationAction,
    Tag,
)
from webcare.storage.models.operations import (
    AuditChain,
    AuditEvent,
    ChangeCounter,
    WorkerLease,
)
from webcare.storage.models.reports import (
    ConversationEvent,
    OfficeInterval,
    ReportAccount,
    ReportDirty,
    ReportRound,
    ReportState,
    ReportWait,
    ReportZone,
)
from webcare.storage.models.residents import (
    LINK_NEEDS_CONSENT,
    LINK_PURPOSE,
    Consent,
    ConsentNotice,
    DeletionRecord,
    DigitaalAdres,
    Klantcontact,
    Partij,
    PostcodeArea,
    PostcodeImport,
    PrivacyRequest,
    RetentionRun,
    RetentionTerm,
    VerificationCode,
)
from webcare.storage.models.team import (
    ClosingDay,
    OfficeHours,
    ServicePolicy,
    User,
    UserRole,
)

# The vocabulary is the core's, not the ORM's: the port, the adapters and the UI import it from
# webcare.vocabulary; it is re-exported here for the core's existing imports.
from webcare.vocabulary import (
    AccountStatus,
    ConversationKind,
    ConversationStatus,
    DeliveryState,
    Direction,
    MessageKind,
    ModerationKind,
    Platform,
    PostState,
    Priority,
    ReplyMode,
    Role,
)

__all__ = [
    "LINK_NEEDS_CONSENT",
    "LINK_PURPOSE",
    "NAMING_CONVENTION",
    "OUTBOX_PREDICATE",
    "Account",
    "AccountStatus",
    "AccountStream",
    "AuditChain",
    "AuditEvent",
    "Base",
    "Campaign",
    "CannedReply",
    "ChangeCounter",
    "ClosingDay",
    "Consent",
    "ConsentNotice",
    "Contact",
    "Conversation",
    "ConversationEvent",
    "ConversationKind",
    "ConversationRead",
    "ConversationStatus",
    "ConversationTag",
    "DeletionRecord",
    "DeliveryState",
    "DigitaalAdres",
    "Direction",
    "Draft",
    "Klantcontact",
    "Message",
    "MessageKind",
    "MessageMention",
    "ModerationAction",
    "ModerationKind",
    "OfficeHours",
    "OfficeInterval",
    "Partij",
    "Platform",
    "Post",
    "PostAttempt",
    "PostImage",
    "PostState",
    "PostTarget",
    "PostcodeArea",
    "PostcodeImport",
    "Priority",
    "PrivacyRequest",
    "PublishingHold",
    "PublishingHoldAccount",
    "QuarantinedItem",
    "ReplyMode",
    "ReportAccount",
    "ReportDirty",
    "ReportRound",
    "ReportState",
    "ReportWait",
    "ReportZone",
    "RetentionRun",
    "RetentionTerm",
    "Role",
    "ServicePolicy",
    "StreamGap",
    "Tag",
    "User",
    "UserRole",
    "VerificationCode",
    "WorkerLease",
]
