"""The inbox page."""

from __future__ import annotations

from ui.widgets.page import PlaceholderPage


class InboxPage(PlaceholderPage):
    page_id = "inbox"

    def title(self) -> str:
        return self.tr("Inbox")

    def intro(self) -> str:
        return self.tr(
            "Every mention, reply, comment and direct message from X, Facebook and Instagram "
            "in one queue: claim a conversation, answer it, tag it and close it."
        )
