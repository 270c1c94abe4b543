"""The application's style sheet parses: one stray or missing brace (a merge of two rooms'
blocks) and Qt drops the whole sheet, so that no page is styled, with only a log line."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from resources import style_sheet


def test_the_style_sheet_parses_and_styles_a_button(qtbot: QtBot, qapp: QApplication) -> None:
    sheet = style_sheet()
    assert sheet.count("{") == sheet.count("}")
    button = QPushButton("⚠")
    button.setObjectName("DecisionCounter")
    button.setProperty("alert", True)
    qtbot.add_widget(button)
    button.setStyleSheet(sheet)  # qt_log_level_fail: "Could not parse … stylesheet" fails
    button.ensurePolished()
    assert button.font().bold()
