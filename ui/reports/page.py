"""The reports page."""

from __future__ import annotations

from ui.widgets.page import PlaceholderPage


class ReportsPage(PlaceholderPage):
    page_id = "reports"

    def title(self) -> str:
        return self.tr("Reports")

    def intro(self) -> str:
        return self.tr(
            "Response times and volumes per channel, account and agent, measured in office "
            "hours against the municipality's service norm."
        )
