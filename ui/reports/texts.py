"""The reports' words: figures, durations, periods, and the "how is this counted" text.

The core returns numbers and codes; this is where they become translated text, at display time
so that a language switch shows at once. The definitions here say the same as the README's
"How the reports count" (and `webcare.reports.fold` / `figures`, which implement them).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from webcare.reports.export import ExportRefused
from webcare.vocabulary import Platform

WEEKDAYS = 7


class ReportTexts(QObject):
    """Translated labels of the reports; cheap to create, call at display time."""

    def channel(self, platform: Platform) -> str:
        return {
            Platform.X: "X",
            Platform.FACEBOOK: "Facebook",
            Platform.INSTAGRAM: "Instagram",
        }[platform]

    def duration(self, seconds: float | None) -> str:
        """A duration as a person reads it: 45 s, 12 min, 3 h 05 min, 2 d 4 h."""
        if seconds is None:
            return "–"
        total = round(seconds)
        if total < 60:
            return self.tr("{n} s").format(n=total)
        minutes = total // 60
        if minutes < 60:
            return self.tr("{n} min").format(n=minutes)
        hours, minutes = divmod(minutes, 60)
        if hours < 48 and minutes == 0:
            return self.tr("{h} h").format(h=hours)
        if hours < 48:
            return self.tr("{h} h {m:02d} min").format(h=hours, m=minutes)
        days, hours = divmod(hours, 24)
        return self.tr("{d} d {h} h").format(d=days, h=hours)

    def share(self, share: float | None) -> str:
        if share is None:
            return "–"
        return QLocale().toString(share * 100, "f", 1) + " %"

    def number(self, value: int) -> str:
        return QLocale().toString(value)

    def day(self, value: date, long: bool = False) -> str:
        qdate = QDate(value.year, value.month, value.day)
        if long:
            return QLocale().toString(qdate, "d MMMM yyyy")
        return QLocale().toString(qdate, "d MMM")

    def weekday(self, index: int) -> str:
        return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)

    def period(self, first: date, last: date, kind: str) -> str:
        """The period as a heading: a day, "week 10 (2–8 March 2026)", a month, or a range."""
        if kind == "day":
            return self.day(first, long=True)
        if kind == "week":
            number = first.isocalendar().week
            return self.tr("Week {n} ({first} – {last})").format(
                n=number, first=self.day(first), last=self.day(last, long=True)
            )
        if kind == "month":
            return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")
        return f"{self.day(first, long=True)} – {self.day(last, long=True)}"

    def bucket(self, bound: int | None, previous: int | None) -> str:
        """A response-time bucket's label, in minutes or hours."""

        def short(minutes: int) -> str:
            if minutes < 60:
                return self.tr("{n}m").format(n=minutes)
            return self.tr("{n}h").format(n=minutes // 60)

        if bound is None:
            return "≥" + short(previous or 0)
        return "<" + short(bound)

    def platform_reply(self) -> str:
        return self.tr("On the platform itself")

    def nobody(self) -> str:
        return self.tr("Nobody yet")

    def counted_on(self, when: str) -> str:
        return self.tr(
            "Times are office time by each account's service policy unless marked "
            "wall-clock. Counted on {when}."
        ).format(when=when)

    def word(self, source: str) -> str:
        """The translation of one of the charts', exports' and PDF's texts (`_words`)."""
        return self._words()[source]

    def _words(self) -> dict[str, str]:
        # Literal self.tr() calls, so that lupdate finds them under this class's context.
        return {
            "Conversations per day, by channel": self.tr("Conversations per day, by channel"),
            "Backlog at the end of each day": self.tr("Backlog at the end of each day"),
            "First response time": self.tr("First response time"),
            "office time": self.tr("office time"),
            "wall-clock time": self.tr("wall-clock time"),
            "When residents write (hour × weekday)": self.tr(
                "When residents write (hour × weekday)"
            ),
            "No conversations": self.tr("No conversations"),
            "No replies in this period": self.tr("No replies in this period"),
            "darker: more conversations (at most {n} in one hour)": self.tr(
                "darker: more conversations (at most {n} in one hour)"
            ),
            "Backlog at the end of the period: {n}": self.tr(
                "Backlog at the end of the period: {n}"
            ),
            "Busiest: {day} {hour}:00, {n} conversations": self.tr(
                "Busiest: {day} {hour}:00, {n} conversations"
            ),
            "Account": self.tr("Account"),
            "Channel": self.tr("Channel"),
            "Agent": self.tr("Agent"),
            "Tag": self.tr("Tag"),
            "Neighbourhood (wijk or buurt)": self.tr("Neighbourhood (wijk or buurt)"),
            "All accounts, channels, agents and tags.": self.tr(
                "All accounts, channels, agents and tags."
            ),
            "Figure": self.tr("Figure"),
            "Details": self.tr("Details"),
            "wall-clock {wall}": self.tr("wall-clock {wall}"),
            "Value": self.tr("Value"),
            "Wait": self.tr("Wait"),
            "Count": self.tr("Count"),
            "Median (office)": self.tr("Median (office)"),
            "90th percentile (office)": self.tr("90th percentile (office)"),
            "Median (wall-clock)": self.tr("Median (wall-clock)"),
            "90th percentile (wall-clock)": self.tr("90th percentile (wall-clock)"),
            "Handled": self.tr("Handled"),
            "First responses": self.tr("First responses"),
            "Within target": self.tr("Within target"),
            "Replies": self.tr("Replies"),
            "Closed": self.tr("Closed"),
            "Summary": self.tr("Summary"),
            "Volume and backlog": self.tr("Volume and backlog"),
            "Response times": self.tr("Response times"),
            "When residents write": self.tr("When residents write"),
            "Per agent": self.tr("Per agent"),
            "How it is counted": self.tr("How it is counted"),
            "Response times and volumes": self.tr("Response times and volumes"),
            "First response, median": self.tr("First response, median"),
            "First response, 90th percentile": self.tr("First response, 90th percentile"),
            "Volume": self.tr("Volume"),
            "Closed without a reply": self.tr("Closed without a reply"),
            "Backlog": self.tr("Backlog"),
            "Next response time": self.tr("Next response time"),
            "Resolution time": self.tr("Resolution time"),
            "Webcare report: {period}": self.tr("Webcare report: {period}"),
            "Webcare report {first} – {last}": self.tr("Webcare report {first} – {last}"),
            "{n} of {m}; target {target}": self.tr("{n} of {m}; target {target}"),
            "Exporting…": self.tr("Exporting…"),
            "Figures as JSON…": self.tr("Figures as JSON…"),
            "Figures per channel as CSV…": self.tr("Figures per channel as CSV…"),
            "A row per conversation (CSV)…": self.tr("A row per conversation (CSV)…"),
            "Report as PDF…": self.tr("Report as PDF…"),
            "Export the report": self.tr("Export the report"),
            "JSON (*.json)": self.tr("JSON (*.json)"),
            "CSV (*.csv)": self.tr("CSV (*.csv)"),
            "PDF (*.pdf)": self.tr("PDF (*.pdf)"),
            "Exported to {path}": self.tr("Exported to {path}"),
        }

    def describe_error(self, error: BaseException) -> str | None:
        if isinstance(error, ExportRefused):
            return self.tr("This export does not exist: {reason}").format(reason=error.reason)
        return None

    # ---- the definitions (the README says the same)

    def definitions(self) -> list[tuple[str, str]]:
        """(figure, how it is counted) for the "how is this counted" panel and the PDF."""
        return [
            (
                self.tr("Round"),
                self.tr(
                    "A conversation starts a round with the resident's first message. When a "
                    "resident writes again after it was closed, the conversation reopens and a "
                    "new round starts at that message. A round ends when it is closed."
                ),
            ),
            (
                self.tr("First response time"),
                self.tr(
                    "From the first message of a round to the first reply by a person: sent "
                    "from Webcare (counted when the platform accepted it) or made on the "
                    "platform itself. Internal notes and automatic messages never count."
                ),
            ),
            (
                self.tr("Next response time"),
                self.tr(
                    "Each later wait in a round: from a resident's message that nobody had "
                    "answered yet to the next reply."
                ),
            ),
            (
                self.tr("Resolution time"),
                self.tr("From the first message of a round to its close."),
            ),
            (
                self.tr("Office time"),
                self.tr(
                    "Only the time the team is open counts, by the service policy of the "
                    "conversation's account: its opening hours per weekday (a lunch break is "
                    "not counted), the Cao Gemeenten's holidays (Good Friday is a working "
                    "day; 5 May is not), and the team's own closing days, in Europe/Amsterdam "
                    "time. Wall-clock time counts every second. When the policy changes, the "
                    "figures of the past are counted again with the new policy."
                ),
            ),
            (
                self.tr("Within target"),
                self.tr(
                    "The share of rounds answered within the response target in office time, "
                    "of those whose outcome is known: answered, or not answered while the "
                    "target has passed. A round closed without a reply before its target "
                    "needed no answer and is left out."
                ),
            ),
            (
                self.tr("Volume"),
                self.tr(
                    "Rounds that started in the period: new conversations and reopened ones. "
                    "Handled: of those, the ones answered or closed."
                ),
            ),
            (
                self.tr("Backlog"),
                self.tr(
                    "Rounds still open (not closed; pending and snoozed ones included) at the "
                    "end of the period, or now for a period that is not over."
                ),
            ),
            (
                self.tr("Median and 90th percentile"),
                self.tr(
                    "Half of the waits were shorter than the median, nine in ten shorter than "
                    "the 90th percentile; between two values they are interpolated as a "
                    "spreadsheet's MEDIAN and PERCENTILE do. The per-conversation CSV export "
                    "lets anyone count them again."
                ),
            ),
            (
                self.tr("Agent"),
                self.tr(
                    "Who handled a round: who gave its first response, else who held it when "
                    "it was closed, else who holds it now."
                ),
            ),
            (
                self.tr("Neighbourhood (wijk or buurt)"),
                self.tr(
                    "A CBS wijk or buurt. Filtered by one, a report counts only the "
                    "conversations linked to a resident who lives there: linked with the "
                    "resident's consent and a verified account, as the resident profile shows "
                    "them. A conversation without a link (never linked, or the consent was "
                    "withdrawn) is in no neighbourhood, but counts in the report without this "
                    "filter."
                ),
            ),
        ]
