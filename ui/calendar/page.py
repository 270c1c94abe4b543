"""The calendar page."""

from __future__ import annotations

from ui.widgets.page import PlaceholderPage


class CalendarPage(PlaceholderPage):
    page_id = "calendar"

    def title(self) -> str:
        return self.tr("Calendar")

    def intro(self) -> str:
        return self.tr(
            "Plan proactive posts for every account on a calendar, send them for review, and "
            "let Webcare publish them on time."
        )
