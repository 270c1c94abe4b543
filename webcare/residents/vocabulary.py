"""The residents room's vocabulary: purposes, consent states, methods, sources, reasons.

Plain enums (the interface and the command line use them without the storage layer). The
names of the profile follow the VNG Klantinteracties standard where it has one (Open Klant):
a resident is a *partij*, an e-mail address, phone number or social identity a *digitaal
adres* (with its `verificatie_datum`), a linked conversation a *klantcontact*.
"""

from __future__ import annotations

import enum


class Purpose(enum.StrEnum):
    """What a resident can consent to, each on its own (GDPR art. 7(2), never bundled)."""

    LINK_SOCIAL = "link_social"  # link my social accounts, and their conversations, to my profile
    NEIGHBOURHOOD_EMAIL = "neighbourhood_email"  # e-mail me about my neighbourhood
    CAMPAIGNS = "campaigns"  # contact me about activation campaigns


# Which personal data each purpose uses (the AP's "welke persoonsgegevens").
DATA_CATEGORIES: dict[Purpose, tuple[str, ...]] = {
    Purpose.LINK_SOCIAL: ("social_handle", "conversations"),
    Purpose.NEIGHBOURHOOD_EMAIL: ("email", "neighbourhood"),
    Purpose.CAMPAIGNS: ("email", "phone", "neighbourhood"),
}


class ConsentStatus(enum.StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"  # the refresh was due and did not come
    SUPERSEDED = "superseded"  # a newer consent for the same purpose replaced it


class ConsentMethod(enum.StrEnum):
    """How consent (or a withdrawal) reached the municipality."""

    REPLY_CARD = "reply_card"
    WEB_FORM = "web_form"
    DM_KEYWORD = "dm_keyword"
    PHONE = "phone"
    COUNTER = "counter"


class Source(enum.StrEnum):
    """Where a datum of the profile came from (GDPR art. 15(1)(g))."""

    REPLY_CARD = "reply_card"
    WEB_FORM = "web_form"
    DM_KEYWORD = "dm_keyword"
    PHONE = "phone"
    COUNTER = "counter"
    BRP = "brp"  # the letterbox campaign's address, from the Basisregistratie Personen
    PLATFORM = "platform"  # a verified social identity: what the platform says
    POSTCODE_TABLE = "postcode_table"  # the neighbourhood, from the CBS postcode table


class AddressKind(enum.StrEnum):
    """`soort_digitaal_adres` of Open Klant."""

    EMAIL = "email"
    PHONE = "telefoonnummer"
    OTHER = "overig"  # a social identity; `omschrijving` names the platform


class RequestKind(enum.StrEnum):
    ACCESS = "access"  # GDPR art. 15
    ERASURE = "erasure"  # GDPR art. 17


class RequestStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"


class DeletionReason(enum.StrEnum):
    REQUEST = "request"  # the resident asked (art. 17)
    WITHDRAWAL = "withdrawal"
    RETENTION = "retention"  # the term of the Selectielijst passed


class LinkBlock(enum.StrEnum):
    """Why a conversation cannot be linked to a resident (searched from the inbox)."""

    NO_CONSENT = "no_consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CONSENT_EXPIRED = "consent_expired"
    NOT_VERIFIED = "not_verified"  # this account never sent the resident's code
    OTHER_RESIDENT = "other_resident"  # this account is verified for another resident
    ALREADY_LINKED = "already_linked"  # the conversation is linked to another resident
    NO_ACCOUNT = "no_account"  # the conversation has no resident's account to verify
    INACTIVE = "inactive"


class Language(enum.StrEnum):
    """Preferred language (`voorkeurstaal`, ISO 639-2 as Open Klant stores it)."""

    DUTCH = "nld"
    ENGLISH = "eng"
    GERMAN = "deu"
    FRENCH = "fra"
    TURKISH = "tur"
    ARABIC = "ara"
    POLISH = "pol"
    FRISIAN = "fry"
    PAPIAMENTO = "pap"
