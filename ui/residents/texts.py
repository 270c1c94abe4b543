"""The residents room's words: purposes, states, methods, sources, refusals, times.

The core returns codes and enums; this is the one place that turns them into translated text,
at display time, so that a language switch shows at once.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from webcare.residents.errors import (
    ConsentRefused,
    InvalidValue,
    LinkRefused,
    NotFound,
    PostcodeFileError,
    ResidentError,
)
from webcare.residents.values import MASK
from webcare.residents.vocabulary import (
    ConsentMethod,
    ConsentStatus,
    Language,
    LinkBlock,
    Purpose,
    RequestKind,
    Source,
)
from webcare.vocabulary import Platform

LOCAL = ZoneInfo("Europe/Amsterdam")


class Texts(QObject):
    """Translated labels; create one where needed (cheap), call at display time."""

    def purpose(self, purpose: Purpose) -> str:
        return {
            Purpose.LINK_SOCIAL: self.tr("Link my social media accounts to my profile"),
            Purpose.NEIGHBOURHOOD_EMAIL: self.tr("E-mail me about my neighbourhood"),
            Purpose.CAMPAIGNS: self.tr("Contact me about activation campaigns"),
        }[purpose]

    def purpose_short(self, purpose: Purpose) -> str:
        return {
            Purpose.LINK_SOCIAL: self.tr("Linking"),
            Purpose.NEIGHBOURHOOD_EMAIL: self.tr("Neighbourhood e-mail"),
            Purpose.CAMPAIGNS: self.tr("Campaigns"),
        }[purpose]

    def status(self, status: ConsentStatus, valid: bool = True) -> str:
        if status is ConsentStatus.GIVEN and not valid:
            return self.tr("Refresh overdue")
        return {
            ConsentStatus.GIVEN: self.tr("Given"),
            ConsentStatus.WITHDRAWN: self.tr("Withdrawn"),
            ConsentStatus.EXPIRED: self.tr("Expired"),
            ConsentStatus.SUPERSEDED: self.tr("Replaced"),
        }[status]

    def method(self, method: ConsentMethod) -> str:
        return {
            ConsentMethod.REPLY_CARD: self.tr("Reply card"),
            ConsentMethod.WEB_FORM: self.tr("Web form"),
            ConsentMethod.DM_KEYWORD: self.tr("Social media message"),
            ConsentMethod.PHONE: self.tr("Phone"),
            ConsentMethod.COUNTER: self.tr("Counter"),
        }[method]

    def source(self, code: str) -> str:
        try:
            source = Source(code)
        except ValueError:
            return code
        if source.value in {m.value for m in ConsentMethod}:
            return self.method(ConsentMethod(source.value))
        return {
            Source.BRP: self.tr("Personal records database (BRP)"),
            Source.PLATFORM: self.tr("The platform"),
            Source.POSTCODE_TABLE: self.tr("CBS postcode table"),
        }.get(source, code)

    def field(self, name: str) -> str:
        return {
            "name": self.tr("Name"),
            "email": self.tr("E-mail address"),
            "phone": self.tr("Phone number"),
            "postcode": self.tr("Postcode"),
            "house_number": self.tr("House number"),
            "house_letter": self.tr("House letter"),
            "addition": self.tr("Addition"),
            "address": self.tr("Address"),
            "language": self.tr("Preferred language"),
            "neighbourhood": self.tr("Neighbourhood"),
            "given_at": self.tr("Date given"),
            "notice_version": self.tr("Notice version"),
            "method": self.tr("Method"),
            "reason": self.tr("Reason"),
            "category": self.tr("Category"),
            "months": self.tr("Months"),
            "tag": self.tr("Tag"),
            "consent_link": self.tr("Consent: linking"),
            "consent_neighbourhood_email": self.tr("Consent: neighbourhood e-mail"),
            "consent_campaigns": self.tr("Consent: campaigns"),
            "row": self.tr("Row"),
        }.get(name, name)

    def problem(self, code: str) -> str:
        return {
            "empty": self.tr("is empty"),
            "invalid": self.tr("is not valid"),
            "too_long": self.tr("is too long"),
            "unknown": self.tr("is not known"),
            "not_a_date": self.tr("is not a date (YYYY-MM-DD)"),
            "not_yes_or_no": self.tr("must be ja/nee or yes/no"),
            "in_the_future": self.tr("lies in the future"),
            "wrong_number_of_columns": self.tr("has the wrong number of columns"),
        }.get(code, code.replace("_", " "))

    def block(self, block: LinkBlock | None) -> str:
        if block is None:
            return self.tr("Can be linked")
        return {
            LinkBlock.NO_CONSENT: self.tr("No consent for linking"),
            LinkBlock.CONSENT_WITHDRAWN: self.tr("Consent for linking was withdrawn"),
            LinkBlock.CONSENT_EXPIRED: self.tr("Consent for linking has expired"),
            LinkBlock.NOT_VERIFIED: self.tr(
                "This account has not sent the resident's verification code"
            ),
            LinkBlock.OTHER_RESIDENT: self.tr("This account is verified for another resident"),
            LinkBlock.ALREADY_LINKED: self.tr("This conversation is linked to another resident"),
            LinkBlock.NO_ACCOUNT: self.tr("This conversation has no resident's account"),
            LinkBlock.INACTIVE: self.tr("The profile is inactive"),
        }[block]

    def kind(self, kind: RequestKind) -> str:
        return {
            RequestKind.ACCESS: self.tr("Access request"),
            RequestKind.ERASURE: self.tr("Erasure request"),
        }[kind]

    def language(self, code: str) -> str:
        names = {
            Language.DUTCH: self.tr("Dutch"),
            Language.ENGLISH: self.tr("English"),
            Language.GERMAN: self.tr("German"),
            Language.FRENCH: self.tr("French"),
            Language.TURKISH: self.tr("Turkish"),
            Language.ARABIC: self.tr("Arabic"),
            Language.POLISH: self.tr("Polish"),
            Language.FRISIAN: self.tr("Frisian"),
            Language.PAPIAMENTO: self.tr("Papiamento"),
        }
        try:
            return names[Language(code)]
        except ValueError:
            return code

    def platform(self, platform: Platform) -> str:
        return {Platform.X: "X", Platform.FACEBOOK: "Facebook", Platform.INSTAGRAM: "Instagram"}[
            platform
        ]

    def handle(self, platform: Platform, handle: str) -> str:
        """`@name` on X and Instagram, where people know accounts by it; as is elsewhere."""
        if platform in (Platform.X, Platform.INSTAGRAM) and handle and not handle.startswith("@"):
            return "@" + handle
        return handle

    def action(self, action: str) -> str:
        return {
            "resident.viewed": self.tr("Viewed the profile"),
            "resident.created": self.tr("Created the profile"),
            "resident.changed": self.tr("Changed the profile"),
            "resident.linked": self.tr("Linked a conversation"),
            "resident.unlinked": self.tr("Unlinked a conversation"),
            "resident.exported": self.tr("Made the access request"),
            "resident.erased": self.tr("Erased the profile"),
            "consent.given": self.tr("Recorded consent"),
            "consent.withdrawn": self.tr("Withdrew consent"),
            "consent.expired": self.tr("Consent expired"),
            "verification.code_issued": self.tr("Issued a verification code"),
            "verification.code_received": self.tr("Received the verification code"),
            "request.registered": self.tr("Registered a request"),
            "request.completed": self.tr("Completed a request"),
        }.get(action, action)

    def look_purpose(self, code: str) -> str:
        """Why someone looked at or changed a profile (the audit event's purpose)."""
        return {
            "consult": self.tr("Looking it up"),
            "conversation": self.tr("Answering a conversation"),
            "link": self.tr("Linking a conversation"),
            "verification": self.tr("Verifying an account"),
            "verified_identity": self.tr("A verified account wrote"),
            "edit": self.tr("Keeping the profile up to date"),
            "access_request": self.tr("Access request"),
            "erasure": self.tr("Erasure request"),
        }.get(code, code)

    def masked(self, value: str) -> str:
        return self.tr("hidden for your role") if value == MASK else value

    def when(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        t = moment.astimezone(LOCAL)
        shown = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute))
        return str(QLocale().toString(shown, QLocale.FormatType.ShortFormat))

    def day(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        t = moment.astimezone(LOCAL)
        return str(
            QLocale().toString(QDate(t.year, t.month, t.day), QLocale.FormatType.ShortFormat)
        )


def describe(error: BaseException) -> str | None:
    """The residents room's errors as one sentence (registered with `ui.errors`)."""
    texts = Texts()
    if isinstance(error, InvalidValue):
        return QCoreApplication.translate("ResidentsErrors", "{field} {problem}.").format(
            field=texts.field(error.field), problem=texts.problem(error.code)
        )
    if isinstance(error, LinkRefused):
        return QCoreApplication.translate("ResidentsErrors", "Cannot link: {reason}.").format(
            reason=texts.block(error.reason).lower()
        )
    if isinstance(error, ConsentRefused):
        return {
            "not_given": QCoreApplication.translate(
                "ResidentsErrors", "There is no consent for this purpose to withdraw."
            ),
            "no_purpose": QCoreApplication.translate(
                "ResidentsErrors", "Tick at least one purpose."
            ),
            "notice_version_exists": QCoreApplication.translate(
                "ResidentsErrors", "That notice version exists already."
            ),
        }.get(error.code, str(error))
    if isinstance(error, NotFound):
        if error.kind == "resident":
            return QCoreApplication.translate("ResidentsErrors", "This resident no longer exists.")
        if error.kind == "notice":
            return QCoreApplication.translate(
                "ResidentsErrors", "That version of the consent notice is not known."
            )
        return QCoreApplication.translate("ResidentsErrors", "Not found: {what}.").format(
            what=str(error)
        )
    if isinstance(error, PostcodeFileError | ResidentError):
        return QCoreApplication.translate("ResidentsErrors", "That did not work: {reason}").format(
            reason=str(error)
        )
    return None
