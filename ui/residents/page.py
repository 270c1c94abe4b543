"""The residents page."""

from __future__ import annotations

from ui.widgets.page import PlaceholderPage


class ResidentsPage(PlaceholderPage):
    page_id = "residents"

    def title(self) -> str:
        return self.tr("Residents")

    def intro(self) -> str:
        return self.tr(
            "Resident profiles with their consent records: conversations are linked to a "
            "profile only where the resident agreed, with access and erasure on request."
        )
