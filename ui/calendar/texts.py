"""The calendar's words: states, problems, and its errors as sentences (ui.errors describer)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from webcare.calendar.records import (
    ImportRefused,
    NotDecidable,
    NotFound,
    PostBusy,
    PostInvalid,
    Problem,
)
from webcare.calendar.timing import TimeError
from webcare.vocabulary import Platform, PostState


def weekday_names() -> list[str]:
    """Monday first, as Dutch offices (and ISO weeks) count."""
    return [
        QCoreApplication.translate("Calendar", "Mon"),
        QCoreApplication.translate("Calendar", "Tue"),
        QCoreApplication.translate("Calendar", "Wed"),
        QCoreApplication.translate("Calendar", "Thu"),
        QCoreApplication.translate("Calendar", "Fri"),
        QCoreApplication.translate("Calendar", "Sat"),
        QCoreApplication.translate("Calendar", "Sun"),
    ]


def period_text(mode: str, first: date, last: date, anchor: date) -> str:
    """ "December 2026 · wk 49-1", "Week 49 · 30-11 - 06-12-2026", "wk 49 · 02-12-2026"."""
    months = [
        QCoreApplication.translate("Calendar", "January"),
        QCoreApplication.translate("Calendar", "February"),
        QCoreApplication.translate("Calendar", "March"),
        QCoreApplication.translate("Calendar", "April"),
        QCoreApplication.translate("Calendar", "May"),
        QCoreApplication.translate("Calendar", "June"),
        QCoreApplication.translate("Calendar", "July"),
        QCoreApplication.translate("Calendar", "August"),
        QCoreApplication.translate("Calendar", "September"),
        QCoreApplication.translate("Calendar", "October"),
        QCoreApplication.translate("Calendar", "November"),
        QCoreApplication.translate("Calendar", "December"),
    ]
    weeks = first.isocalendar().week, last.isocalendar().week
    if mode == "month":
        span = QCoreApplication.translate("Calendar", "wk {a}-{b}").format(a=weeks[0], b=weeks[1])
        return f"{months[anchor.month - 1]} {anchor.year} · {span}"
    if mode == "week":
        week = QCoreApplication.translate("Calendar", "Week {n}").format(n=weeks[0])
        return f"{week} · {first:%d-%m} - {last:%d-%m-%Y}"
    return (
        QCoreApplication.translate("Calendar", "wk {n}").format(n=weeks[0])
        + f" · {anchor:%d-%m-%Y}"
    )


def state_name(state: PostState) -> str:
    names = {
        PostState.DRAFT: QCoreApplication.translate("Calendar", "Draft"),
        PostState.IN_REVIEW: QCoreApplication.translate("Calendar", "In review"),
        PostState.APPROVED: QCoreApplication.translate("Calendar", "Approved"),
        PostState.SCHEDULED: QCoreApplication.translate("Calendar", "Scheduled"),
        PostState.HELD: QCoreApplication.translate("Calendar", "Held"),
        PostState.PUBLISHING: QCoreApplication.translate("Calendar", "Publishing"),
        PostState.PUBLISHED: QCoreApplication.translate("Calendar", "Published"),
        PostState.FAILED: QCoreApplication.translate("Calendar", "Failed"),
        PostState.UNCONFIRMED: QCoreApplication.translate("Calendar", "Unconfirmed"),
        PostState.MISSED: QCoreApplication.translate("Calendar", "Missed"),
        PostState.CANCELLED: QCoreApplication.translate("Calendar", "Cancelled"),
    }
    return names[state]


def platform_name(platform: Platform) -> str:
    return {Platform.X: "X", Platform.FACEBOOK: "Facebook", Platform.INSTAGRAM: "Instagram"}[
        platform
    ]


def problem_text(problem: Problem) -> str:
    """One sentence for a problem code (the core's codes; the platform's own words after)."""
    texts = {
        "empty": QCoreApplication.translate("Calendar", "The text is empty."),
        "too_long": QCoreApplication.translate(
            "Calendar", "The text is too long for this platform ({detail} characters)."
        ),
        "too_many_hashtags": QCoreApplication.translate(
            "Calendar", "Too many hashtags for Instagram ({detail})."
        ),
        "image_required": QCoreApplication.translate(
            "Calendar", "An Instagram post needs an image."
        ),
        "image_url_required": QCoreApplication.translate(
            "Calendar",
            "Instagram takes images from a public web address only: Meta fetches the image "
            "itself, so a file on this computer cannot be posted there.",
        ),
        "one_image_only": QCoreApplication.translate("Calendar", "One image per post."),
        "alt_text_missing": QCoreApplication.translate("Calendar", "The image has no alt text."),
        "media_unreadable": QCoreApplication.translate(
            "Calendar", "The image file cannot be read: {detail}"
        ),
        "bad_link": QCoreApplication.translate(
            "Calendar", "The link is not a web address: {detail}"
        ),
        "bad_image_url": QCoreApplication.translate(
            "Calendar", "The image address is not a web address: {detail}"
        ),
        "x_media_unsupported": QCoreApplication.translate(
            "Calendar", "Webcare cannot post images on X yet; remove the image."
        ),
        "nonexistent_time": QCoreApplication.translate(
            "Calendar", "This time does not exist: the clocks go forward an hour that night."
        ),
        "ambiguous_time": QCoreApplication.translate(
            "Calendar", "This time happens twice (the clocks go back an hour): choose which one."
        ),
        "bad_deadline": QCoreApplication.translate(
            "Calendar", "The deadline cannot be used: {detail}"
        ),
        "deadline_before_time": QCoreApplication.translate(
            "Calendar", "The deadline is before the post's time."
        ),
        "in_the_past": QCoreApplication.translate("Calendar", "This time has already passed."),
        "bad_recurrence": QCoreApplication.translate(
            "Calendar", "The repetition cannot be used: {detail}"
        ),
        "no_accounts": QCoreApplication.translate("Calendar", "Choose at least one account."),
        "unknown_account": QCoreApplication.translate("Calendar", "An account no longer exists."),
        "unknown_campaign": QCoreApplication.translate(
            "Calendar", "The campaign no longer exists."
        ),
        "credential": QCoreApplication.translate(
            "Calendar", "The account's login is no longer accepted: {detail}"
        ),
        "quota": QCoreApplication.translate(
            "Calendar", "Instagram's publishing quota is used up ({detail})."
        ),
        "quota_unknown": QCoreApplication.translate(
            "Calendar", "Instagram's publishing quota could not be read: {detail}"
        ),
        "campaign_name_missing": QCoreApplication.translate(
            "Calendar", "The campaign needs a name."
        ),
        "campaign_ends_before_start": QCoreApplication.translate(
            "Calendar", "The campaign ends before it starts."
        ),
        "hold_reason_missing": QCoreApplication.translate("Calendar", "A hold needs a reason."),
        "neighbourhood_unknown": QCoreApplication.translate(
            "Calendar",
            "{detail} is no buurt (BU and 8 digits) or wijk (WK and 6 digits) of the postcode "
            "table.",
        ),
    }
    template = texts.get(problem.code)
    if template is None:
        return f"{problem.code}: {problem.detail}" if problem.detail else problem.code
    return template.format(detail=problem.detail)


def describe(error: BaseException) -> str | None:
    """The calendar's errors for `ui.errors.describe`."""
    if isinstance(error, PostInvalid):
        return " ".join(problem_text(p) for p in error.problems)
    if isinstance(error, PostBusy):
        return QCoreApplication.translate(
            "Calendar",
            "This post is being published right now and cannot be changed; try again when it "
            "is published.",
        )
    if isinstance(error, NotDecidable):
        return QCoreApplication.translate(
            "Calendar", "That does not apply to a post that is {state}."
        ).format(state=state_name(error.state).lower())
    if isinstance(error, NotFound):
        return QCoreApplication.translate("Calendar", "The post no longer exists.")
    if isinstance(error, ImportRefused):
        return QCoreApplication.translate(
            "Calendar", "The plan was not imported: {n} bad rows."
        ).format(n=len(error.rows))
    if isinstance(error, TimeError):
        return str(error)
    return None
