"""What the residents desk hands out: plain, frozen values, never ORM objects.

Contact details (e-mail, phone, street address) are masked (`MASK`) for a role that may not
see them (`residents.contact_details`); the neighbourhood is not, it is what the profile is for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from webcare.residents.vocabulary import (
    ConsentMethod,
    ConsentStatus,
    LinkBlock,
    Purpose,
    RequestKind,
    RequestStatus,
    Source,
)
from webcare.vocabulary import Platform

MASK = "*****"


@dataclass(frozen=True)
class ResidentInput:
    """What a person types into the profile (or a reply card says): raw, to be validated.

    Empty strings mean "not given". `house_number` may carry the letter and the addition
    (`12`, `12a`, `12 A 2`) when those are left empty.
    """

    name: str
    email: str = ""
    phone: str = ""
    postcode: str = ""
    house_number: str = ""
    house_letter: str = ""
    addition: str = ""
    language: str = "nld"
    source: Source = Source.REPLY_CARD


@dataclass(frozen=True)
class Address:
    postcode: str  # `1234AB`, or MASK
    house_number: int | None
    house_letter: str = ""
    addition: str = ""
    masked: bool = False


@dataclass(frozen=True)
class Neighbourhood:
    """CBS codes of the division `year` (buurt `BU…`, wijk `WK…`, gemeente `GM…`)."""

    buurtcode: str
    wijkcode: str
    gemeentecode: str
    year: int


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    purpose: Purpose
    status: ConsentStatus
    valid: bool  # given and not past its refresh date, at the time of reading
    given_at: datetime
    method: ConsentMethod
    evidence_ref: str
    notice_version: str
    recorded_by: str
    recorded_at: datetime
    refresh_due_at: datetime
    data_categories: tuple[str, ...]
    withdrawn_at: datetime | None = None
    withdrawal_method: ConsentMethod | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True)
class IdentityInfo:
    """A verified social identity (a digitaal adres of soort overig)."""

    id: int
    platform: Platform
    handle: str
    verified_at: datetime
    contact_id: int


@dataclass(frozen=True)
class LinkedConversation:
    conversation_id: int
    platform: Platform
    started_at: datetime | None
    linked_at: datetime
    status: str


@dataclass(frozen=True)
class Consultation:
    """One look at the profile or change to it, as the audit trail has it.

    Attributes:
        actor: the colleague's name; None where the reader may not see who (and in the
            access request, where employees' names are left out: CJEU C-579/21 Pankki S).
    """

    at: datetime
    action: str
    purpose: str
    actor: str | None


@dataclass(frozen=True)
class CodeInfo:
    id: int
    issued_at: datetime
    expires_at: datetime
    received_at: datetime | None
    received_conversation_id: int | None
    used_at: datetime | None


@dataclass(frozen=True)
class ResidentProfile:
    id: int
    uuid: str
    name: str
    email: str  # '' when none; MASK when masked
    phone: str
    address: Address | None
    neighbourhood: Neighbourhood | None
    language: str
    sources: dict[str, str]
    active: bool
    created_at: datetime
    updated_at: datetime
    masked: bool
    consents: tuple[ConsentInfo, ...] = ()
    identities: tuple[IdentityInfo, ...] = ()
    conversations: tuple[LinkedConversation, ...] = ()
    consultations: tuple[Consultation, ...] = ()
    codes: tuple[CodeInfo, ...] = ()

    def valid_purposes(self) -> frozenset[Purpose]:
        return frozenset(c.purpose for c in self.consents if c.valid)


@dataclass(frozen=True)
class ResidentSummary:
    """A row of the residents list or a search."""

    id: int
    name: str
    postcode: str  # MASK when masked, '' when none
    buurtcode: str
    purposes: frozenset[Purpose]
    identities: int
    conversations: int


@dataclass(frozen=True)
class LinkCandidate:
    """A resident found from the inbox, and whether this conversation can be linked to them."""

    resident: ResidentSummary
    blocked: LinkBlock | None  # None: can be linked now


@dataclass(frozen=True)
class LinkOffer:
    """The conversation's account sent a resident's verification code: the link is offered."""

    resident_id: int
    name: str
    code_id: int
    received_at: datetime


@dataclass(frozen=True)
class BesideConversation:
    """What the inbox shows beside a conversation: the linked profile, or a link to offer."""

    conversation_id: int
    profile: ResidentProfile | None = None
    offer: LinkOffer | None = None


@dataclass(frozen=True)
class IssuedCode:
    """A fresh one-time code: shown once, stored only as a hash."""

    code: str
    expires_at: datetime


@dataclass(frozen=True)
class LinkResult:
    resident_id: int
    conversations: tuple[int, ...]  # newly linked
    identity_id: int


@dataclass(frozen=True)
class WithdrawResult:
    consent_id: int
    purpose: Purpose
    unlinked: tuple[int, ...]  # conversations no longer linked
    identities_removed: int


@dataclass(frozen=True)
class NoticeInfo:
    version: str
    title: str
    text: str
    sha256: str
    controller: str
    published_at: datetime


@dataclass(frozen=True)
class RequestInfo:
    id: int
    resident_id: int | None
    resident_name: str  # '' once the resident is erased
    kind: RequestKind
    status: RequestStatus
    received_at: datetime
    due_at: datetime
    done_at: datetime | None


@dataclass(frozen=True)
class ErasureResult:
    resident_id: int
    batch_id: str
    conversations: tuple[int, ...]  # unlinked; they stay as public-task records
    contacts_anonymised: int
    messages_scrubbed: int
    drafts_deleted: int
    files_scrubbed: bool = False  # SQLite: the WAL checkpoint emptied the write-ahead log


@dataclass(frozen=True)
class ExportResult:
    resident_id: int
    json_path: str
    pdf_path: str
    pages: int


@dataclass(frozen=True)
class ReplyLineError:
    line: int
    field: str
    code: str


@dataclass
class ReplyImportReport:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    consents_given: int = 0
    consents_withdrawn: int = 0
    errors: list[ReplyLineError] = field(default_factory=list)


@dataclass(frozen=True)
class PostcodeImportReport:
    year: int
    rows: int
    skipped: int
    duplicates: int
    with_coordinates: int
    bad_rows: tuple[tuple[int, str, str], ...]  # (line, code, value) of the first bad rows
    residents_updated: int
