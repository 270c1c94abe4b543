"""The Reports page's filter bar: account, channel, agent, tag and neighbourhood.

Each is a combo whose first entry means "all"; what they can be set to comes from the reports
desk (`Choices`). The neighbourhoods are the CBS wijken of residents with a linked conversation,
each followed by its buurten: a report "in" one counts only the conversations linked, with the
resident's consent, to a resident who lives there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QWidget

from ui.reports.texts import ReportTexts
from webcare.reports.desk import Choices, NeighbourhoodChoice
from webcare.reports.figures import Filters
from webcare.vocabulary import Platform


class FilterBar(QObject):
    """The filter combos (children of `parent`, laid out by the page) and what they choose."""

    def __init__(self, parent: QWidget, texts: ReportTexts, changed: Callable[[], None]) -> None:
        super().__init__(parent)
        self.texts = texts
        self.choices: Choices | None = None
        self._changed = changed
        self._filling = False
        self.account = QComboBox(parent)
        self.channel = QComboBox(parent)
        self.agent = QComboBox(parent)
        self.tag = QComboBox(parent)
        self.neighbourhood = QComboBox(parent)
        self.neighbourhood.setObjectName("NeighbourhoodFilter")
        for combo in self.combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._picked)

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.account, self.channel, self.agent, self.tag, self.neighbourhood)

    def filters(self) -> Filters:
        def picked(combo: QComboBox) -> tuple[Any, ...]:
            value = combo.currentData()
            return () if value is None else (value,)

        return Filters(
            accounts=picked(self.account),
            channels=tuple(Platform(value) for value in picked(self.channel)),
            agents=picked(self.agent),
            tags=picked(self.tag),
            neighbourhoods=picked(self.neighbourhood),
        )

    def set_choices(self, choices: Choices) -> None:
        self.choices = choices
        self.fill()

    def _picked(self) -> None:
        if not self._filling:
            self._changed()

    def retranslate(self) -> None:
        for combo, name in zip(
            self.combos(),
            (
                self.tr("Account"),
                self.tr("Channel"),
                self.tr("Agent"),
                self.tr("Tag"),
                self.tr("Neighbourhood (wijk or buurt)"),
            ),
            strict=True,
        ):
            combo.setAccessibleName(name)
        self.neighbourhood.setToolTip(
            self.tr(
                "Only conversations linked, with the resident's consent, to a resident who lives "
                "in this wijk or buurt (CBS codes; in brackets: how many linked residents live "
                "there). Conversations without a link are in none."
            )
        )
        self.fill()

    def fill(self) -> None:
        t = self.texts
        choices = self.choices
        entries: list[tuple[QComboBox, str, list[tuple[str, Any]]]] = [
            (
                self.account,
                self.tr("All accounts"),
                [
                    (f"{t.channel(a.platform)} · {a.name}", a.id)
                    for a in (choices.accounts if choices else ())
                ],
            ),
            (self.channel, self.tr("All channels"), [(t.channel(p), p) for p in Platform]),
            (
                self.agent,
                self.tr("All agents"),
                [(a.name, a.id) for a in (choices.agents if choices else ())],
            ),
            (
                self.tag,
                self.tr("All tags"),
                [(c.name, c.id) for c in (choices.tags if choices else ())],
            ),
            (
                self.neighbourhood,
                self.tr("All neighbourhoods"),
                [
                    (self._neighbourhood(n), n.code)
                    for n in (choices.neighbourhoods if choices else ())
                ],
            ),
        ]
        self._filling = True
        for combo, everything, items in entries:
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
        bold = QFont(self.neighbourhood.font())
        bold.setBold(True)
        for index, choice in enumerate(choices.neighbourhoods if choices else (), start=1):
            if choice.is_wijk:
                self.neighbourhood.setItemData(index, bold, Qt.ItemDataRole.FontRole)
        # Nobody linked (yet): nothing to choose, and the tooltip says why.
        self.neighbourhood.setEnabled(self.neighbourhood.count() > 1)
        self._filling = False

    def _neighbourhood(self, choice: NeighbourhoodChoice) -> str:
        """ "Wijk WK047901 (12)": a wijk and its linked residents (bold in the list, `fill`),
        its buurten below it."""
        name = self.tr("Wijk {code} ({n})") if choice.is_wijk else self.tr("Buurt {code} ({n})")
        return name.format(code=choice.code, n=choice.residents)
