"""Labels from the keyboard: made on a conversation ("New tag…"), kept tidy on Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from tests.helpers import inbox as data
from tests.helpers.ui import (
    InboxFactory,
    Residents,
    new_conversation,
    open_conversation,
    settle,
)
from ui.inbox.chips import DARK_TEXT, LIGHT_TEXT, PLAIN_CHIP, contrast, label_chip
from ui.inbox.roles import Roles
from webcare.runtime import Database


def test_new_tag_from_the_conversation_then_rename_colour_merge_and_delete_on_settings(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    first = new_conversation(database, residents.x)
    second = new_conversation(database, residents.x, handle="@tweede")
    page = make_inbox()
    prompts = page.prompts
    open_conversation(qtbot, page, first)
    menu = page.header.tags_button.menu()
    prompts.text = "Afval"  # type: ignore[attr-defined]

    def new_tag() -> None:
        qtbot.keyClick(menu, Qt.Key.Key_Up)  # "New tag…" is the last item
        assert menu.activeAction().text() == "New tag…"
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, new_tag)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_L)
    qtbot.wait_until(lambda: "Tags: Afval" in page.header.state.text())

    desk = data.desk(database, residents.me)
    desk.add_tag(second, "grofvuil")
    labels = page.label_settings
    page.controller.watcher.check_now()  # as the change check finds a colleague's change

    def listed() -> list[str]:
        return [labels.view.item(r).text() for r in range(labels.view.count())]

    qtbot.wait_until(lambda: listed() == ["Afval (1)", "grofvuil (1)"], timeout=3000)

    labels.view.setFocus()
    qtbot.keyClick(labels.view, Qt.Key.Key_End)  # grofvuil
    prompts.text = "Grofvuil"  # type: ignore[attr-defined]
    qtbot.keyClick(labels.rename_button, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: labels.view.item(1).text() == "Grofvuil (1)")

    prompts.choice = 0  # type: ignore[attr-defined]  # green
    qtbot.keyClick(labels.colour_button, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: {v.name: v.colour for v in desk.labels()}["Grofvuil"] == "#2a7f3f")

    prompts.choice = 0  # type: ignore[attr-defined]  # into Afval, the only other one
    qtbot.keyClick(labels.merge_button, Qt.Key.Key_Space)
    assert prompts.offered == ["Afval"]  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: labels.view.count() == 1)
    assert labels.view.item(0).text() == "Afval (2)"

    labels.view.setCurrentRow(0)
    qtbot.keyClick(labels.delete_button, Qt.Key.Key_Space)
    qtbot.wait_until(lambda: labels.view.count() == 0)
    assert labels.empty.isVisibleTo(labels)
    qtbot.wait_until(lambda: "Tags:" not in page.header.state.text())


def test_a_colleagues_new_and_renamed_labels_reach_the_filter_and_settings_at_the_change_check(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    first = new_conversation(database, residents.x)
    second = new_conversation(database, residents.x, handle="@tweede")
    data.desk(database, residents.me).add_tag(first, "Afval")
    page = make_inbox()
    open_conversation(qtbot, page, first)
    labels = page.label_settings
    qtbot.wait_until(lambda: labels.view.count() == 1)
    settle(qtbot, page.context)  # this desktop has read the labels; what follows is elsewhere

    colleague = data.desk(database, residents.bart)
    colleague.add_tag(second, "grofvuil")
    page.controller.watcher.check_now()

    def offered() -> list[str]:
        box = page.queue_pane.filters.tag
        return [box.itemText(i) for i in range(1, box.count())]

    qtbot.wait_until(lambda: offered() == ["Afval", "grofvuil"])
    qtbot.wait_until(lambda: labels.view.count() == 2)
    assert labels.view.item(1).text() == "grofvuil (1)"

    grofvuil = next(v for v in colleague.labels() if v.name == "grofvuil")
    colleague.rename_label(grofvuil.id, "Grofvuil")
    page.controller.watcher.check_now()
    qtbot.wait_until(
        lambda: labels.view.count() == 2 and labels.view.item(1).text() == "Grofvuil (1)"
    )
    qtbot.wait_until(lambda: offered() == ["Afval", "Grofvuil"])


def test_settings_labels_count_a_colleagues_tagging_when_shown(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    first = new_conversation(database, residents.x)
    second = new_conversation(database, residents.x, handle="@tweede")
    data.desk(database, residents.me).add_tag(first, "Afval")
    page = make_inbox()
    labels = page.label_settings
    qtbot.wait_until(lambda: labels.view.count() == 1)
    settle(qtbot, page.context)
    assert labels.view.item(0).text() == "Afval (1)"

    colleague = data.desk(database, residents.bart)
    colleague.claim(first)  # a first change batch: this desktop knows the labels as they are
    with qtbot.wait_signal(page.controller.batch_applied):
        page.controller.watcher.check_now()
    settle(qtbot, page.context)

    colleague.add_tag(second, "Afval")  # the label exists: the labels themselves do not change
    with qtbot.wait_signal(page.controller.batch_applied):
        page.controller.watcher.check_now()
    settle(qtbot, page.context)
    assert labels.view.item(0).text() == "Afval (1)"  # nothing read the counts again yet
    labels.show()  # as Settings opens
    qtbot.wait_until(lambda: labels.view.item(0).text() == "Afval (2)")


def test_a_refused_rename_says_why(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    first = new_conversation(database, residents.x)
    desk = data.desk(database, residents.me)
    desk.add_tag(first, "Afval")
    desk.add_tag(first, "Grofvuil")
    page = make_inbox()
    labels = page.label_settings
    qtbot.wait_until(lambda: labels.view.count() == 2)
    labels.view.setCurrentRow(0)
    page.prompts.text = "Grofvuil"  # type: ignore[attr-defined]
    labels.rename()
    qtbot.wait_until(lambda: labels.problem.isVisibleTo(labels))
    assert labels.problem.text() == "Another label has that name already: merge the two instead."


def test_a_labels_colour_shows_on_its_chip_in_the_list_with_readable_text(
    qtbot: QtBot, make_inbox: InboxFactory, database: Database, residents: Residents
) -> None:
    conversation = new_conversation(database, residents.x)
    desk = data.desk(database, residents.me)
    desk.add_tag(conversation, "Afval")
    desk.add_tag(conversation, "Zonder kleur")
    (afval,) = [label.id for label in desk.labels() if label.name == "Afval"]
    desk.set_label_colour(afval, "#1d4e89")
    page = make_inbox()
    qtbot.wait_until(lambda: page.model.row_of(conversation) >= 0)
    index = page.model.index(page.model.row_of(conversation))
    assert index.data(Roles.TAGS) == ("Afval", "Zonder kleur")
    assert index.data(Roles.TAG_COLOURS) == ("#1d4e89", None)

    view = page.list_pane.view
    view.resize(900, view.height())
    image = view.viewport().grab().toImage()  # paints every row through the delegate
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 200), 2)
    }
    assert "#1d4e89" in colours  # the chip wears the label's colour
    assert label_chip("#1d4e89") == (LIGHT_TEXT, "#1d4e89")
    assert label_chip("#f6d365") == (DARK_TEXT, "#f6d365")  # dark text on a pale label
    assert label_chip(None) == PLAIN_CHIP
    assert contrast(*label_chip("#2a7f3f")) >= 4.5


def test_labels_that_do_not_fit_a_narrow_row_are_counted_not_cut_off(qapp: object) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from ui.inbox.delegate import CHIP_GAP, chip_width, fitting_labels

    metrics = QFontMetrics(QApplication.font())
    tags = ["Paspoort", "Klacht", "Afval", "Parkeren"]
    assert fitting_labels(tags, metrics, 2000) == (len(tags), 0)
    room = chip_width(metrics, "#Paspoort") + chip_width(metrics, "#Klacht") + 2 * CHIP_GAP + 5
    shown, hidden = fitting_labels(tags, metrics, room)
    assert (shown, hidden) == (1, 3)  # "#Paspoort +3": the second label would leave no room
    used = sum(chip_width(metrics, "#" + tag) + CHIP_GAP for tag in tags[:shown])
    assert used + chip_width(metrics, f"+{hidden}") <= room
    assert fitting_labels(tags, metrics, 10) == (0, 4)
