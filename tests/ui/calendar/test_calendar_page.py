"""The calendar page driven as a planner uses it: the model checked by qtmodeltester, a card
dragged to another day and the move undone with Ctrl+Z, a post edited in the composer from the
keyboard, and the hold shown unmistakably."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.ui import close_context, page_context, settle
from ui.calendar.model import Mode, PostsModel, local
from ui.calendar.page import CalendarPage
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.calendar.records import ImageDraft, PostDraft, VariantDraft
from webcare.config import Settings
from webcare.runtime import Database
from webcare.vocabulary import Platform

DAY = date.today() + timedelta(days=3)


@pytest.fixture
def accounts(
    database: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> dict[str, int]:
    monkeypatch.setenv("WEBCARE_USER", "pia")
    store = CredentialStore(settings.data_dir, use_keyring=False)
    found = {}
    for platform, handle, external, page in (
        (Platform.X, "gemeente", "4242", None),
        (Platform.FACEBOOK, "gemeentefb", "1048", None),
        (Platform.INSTAGRAM, "gemeente.ig", "1784", "1048"),
    ):
        info, _ = add_account(
            database.sessions,
            store,
            platform=platform,
            name=f"Gemeente {handle}",
            handle=handle,
            external_id=external,
            credential="tok",
            api_base="http://127.0.0.1:9",
            page_id=page,
        )
        found[platform.value] = info.id
    return found


PageFactory = Callable[[], CalendarPage]


@pytest.fixture
def make_page(
    qtbot: QtBot, qapp: object, settings: Settings, database: Database, accounts: dict[str, int]
) -> Iterator[PageFactory]:
    built: list[CalendarPage] = []

    def make() -> CalendarPage:
        page = CalendarPage(page_context(settings, database))
        qtbot.add_widget(page)
        page.resize(1300, 820)
        with qtbot.wait_exposed(page):
            page.show()
        built.append(page)
        qtbot.wait_until(lambda: bool(page.accounts))
        return page

    yield make
    for page in built:
        page.shutdown()
        close_context(page.context)


def plan(page: CalendarPage, accounts: dict[str, int], text: str, at: time = time(10, 0)) -> int:
    variants = (
        VariantDraft(accounts["x"], text),
        VariantDraft(
            accounts["instagram"],
            text,
            None,
            (ImageDraft("Het buurthuis", url="https://www.example.nl/buurthuis.jpg"),),
        ),
    )
    post = page.desk.save_post(PostDraft(text, datetime.combine(DAY, at), variants))
    return post.value.id


def show_day(qtbot: QtBot, page: CalendarPage, count: int) -> None:
    page.grid.set_view(Mode.MONTH, DAY)
    page.refresh()
    qtbot.wait_until(lambda: len(page.model.rows_on(DAY)) == count)


def test_the_calendar_model_passes_qtmodeltester(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot, qtmodeltester: object
) -> None:
    page = make_page()
    plan(page, accounts, "Wijkavond Noord")
    plan(page, accounts, "Check uw gegevens", time(14, 30))
    show_day(qtbot, page, 2)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert qtmodeltester.check(PostsModel()) is None  # type: ignore[attr-defined]


def drop(page: CalendarPage, row: int, day: date) -> None:
    grid = page.grid
    mime = page.model.mimeData([page.model.index(row)])
    target = grid.day_rect(day).center() + QPoint(0, 10)
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(grid, QDragEnterEvent(target, actions, mime, buttons, mods))
    QApplication.sendEvent(grid, QDragMoveEvent(target, actions, mime, buttons, mods))
    QApplication.sendEvent(grid, QDropEvent(QPointF(target), actions, mime, buttons, mods))


def test_a_card_dragged_to_another_day_moves_the_post_and_ctrl_z_undoes_it(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    page = make_page()
    post_id = plan(page, accounts, "Verhuisd bericht")
    show_day(qtbot, page, 1)
    later = DAY + timedelta(days=2)
    if later not in page.grid.days():
        pytest.skip("the next day is beyond the shown weeks")  # never for a 6-week grid
    drop(page, page.model.rows_on(DAY)[0], later)
    qtbot.wait_until(lambda: page.desk.post(post_id).wall == datetime.combine(later, time(10)))
    qtbot.wait_until(lambda: len(page.model.rows_on(later)) == 1)
    assert page.undo_stack.canUndo()

    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: page.desk.post(post_id).wall == datetime.combine(DAY, time(10)))
    qtbot.wait_until(lambda: len(page.model.rows_on(DAY)) == 1)
    qtbot.keyClick(
        page.grid,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.wait_until(lambda: page.desk.post(post_id).wall == datetime.combine(later, time(10)))


def test_alt_arrow_moves_the_selected_card_a_day_from_the_keyboard(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    page = make_page()
    post_id = plan(page, accounts, "Met het toetsenbord verplaatst")
    show_day(qtbot, page, 1)
    page.grid.setFocus()
    page.grid.select(DAY, page.model.rows_on(DAY)[0])
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = datetime.combine(DAY + timedelta(days=1), time(10))
    qtbot.wait_until(lambda: page.desk.post(post_id).wall == moved)


def test_a_post_is_edited_in_the_composer_from_the_keyboard(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    page = make_page()
    post_id = plan(page, accounts, "Kom naar de wijkavond")
    show_day(qtbot, page, 1)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Home)
    for _ in range((DAY - date.today()).days):
        qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    assert page.grid.current_day == DAY and page.grid.current_row >= 0
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: page.composer is not None and page.composer.isVisible())
    composer = page.composer
    assert composer is not None
    qtbot.wait_until(lambda: QApplication.focusWidget() is composer.text)
    qtbot.keyClick(composer.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(composer.text, " in Noord!")
    tabs = composer.tabs_by_account
    assert tabs[accounts["x"]].text() == "Kom naar de wijkavond in Noord!"  # the variants follow
    assert "31 of 280" in tabs[accounts["x"]].counter.text()
    assert "Kom naar de wijkavond in Noord!" in tabs[accounts["instagram"]].preview.text()
    qtbot.keyClick(composer.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: page.desk.post(post_id).text == "Kom naar de wijkavond in Noord!")
    assert {t.text for t in page.desk.post(post_id).targets} == {"Kom naar de wijkavond in Noord!"}


def test_the_composer_refuses_an_instagram_post_without_an_image_and_says_why(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    page = make_page()
    page.open_new(DAY, time(9, 0))
    composer = page.composer
    assert composer is not None
    qtbot.wait_until(composer.isVisible)
    for n in range(composer.account_list.count()):
        item = composer.account_list.item(n)
        if item.data(Qt.ItemDataRole.UserRole) == accounts["instagram"]:
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(composer.text, "Zonder foto")
    tab = composer.tabs_by_account[accounts["instagram"]]
    assert "needs an image" in tab.problems.text()
    composer.submit(True)
    qtbot.wait_until(lambda: "needs an image" in composer.errors.text())
    assert (
        page.desk.posts(
            datetime.combine(DAY, time(0)).astimezone(),
            datetime.combine(DAY, time(23)).astimezone(),
        )
        == []
    )


def test_a_hold_is_unmistakable_and_the_counter_shows_what_needs_a_decision(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    page = make_page()
    plan(page, accounts, "Wordt vastgehouden")
    page.desk.hold("Calamiteit in de binnenstad")
    page.refresh()
    qtbot.wait_until(page.banner.isVisible)
    assert "HELD" in page.banner.text.text() and "Calamiteit" in page.banner.text.text()
    assert page.decision_button.text() == "Nothing needs a decision"
    page.desk.release()
    page.refresh()
    qtbot.wait_until(lambda: page.decision_button.property("alert") is True)
    assert page.decision_button.text() == "⚠ 1 post needs a decision"
    assert not page.banner.isVisible()
    page.decision_button.click()
    dialog = page.decisions_dialog
    assert dialog is not None
    qtbot.wait_until(lambda: dialog.list.count() == 2)  # the post on X and on Instagram
    dialog.decide("cancel")
    qtbot.wait_until(lambda: dialog.list.count() == 1)


def test_every_view_shows_the_posts_with_their_local_time(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    page = make_page()
    plan(page, accounts, "In elke weergave")
    show_day(qtbot, page, 1)
    for button in ("week", "day", "list", "month"):
        mode = {"week": Mode.WEEK, "day": Mode.DAY, "list": None, "month": Mode.MONTH}[button]
        page.grid.select(DAY)
        page.view_buttons[mode].click()
        qtbot.wait_until(lambda: len(page.model.rows_on(DAY)) == 1)
        post = page.model.post(page.model.rows_on(DAY)[0])
        assert post is not None and local(post).time() == time(10)
        if mode is not None:
            assert page.model.rows_on(DAY)[0] in page.grid.card_rects()


def test_every_action_and_button_of_the_page_runs_without_error(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton

    page = make_page()
    post_id = plan(page, accounts, "Alle knoppen")
    show_day(qtbot, page, 1)
    page.grid.select(DAY, page.model.rows_on(DAY)[0])
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(page.undo_stack.canUndo)
    for action in page.actions():
        action.trigger()
        settle(qtbot, page.context)
    for button in page.findChildren(QPushButton):
        if button.isVisible() and button.isEnabled():
            button.click()
            settle(qtbot, page.context)
    for dialog in page.findChildren(QDialog):
        dialog.close()
    assert page.desk.post(post_id).text == "Alle knoppen"


def test_a_campaign_is_made_and_changed_from_the_keyboard(
    make_page: PageFactory, qtbot: QtBot
) -> None:
    from ui.calendar.campaign import CampaignDialog

    page = make_page()
    page.grid.setFocus()
    qtbot.keyClick(
        page.grid,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.wait_until(lambda: bool(page.findChildren(CampaignDialog)))
    dialog = page.findChildren(CampaignDialog)[0]
    qtbot.wait_until(lambda: dialog.name.hasFocus())
    qtbot.keyClicks(dialog.name, "Wijkavond Noord")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.goal, "Bewoners uitnodigen")
    dialog.neighbourhoods.setFocus()
    qtbot.keyClicks(dialog.neighbourhoods, "Noord, Centrum")
    qtbot.keyClick(dialog.neighbourhoods, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: any(c.name == "Wijkavond Noord" for c in page.campaigns))
    made = next(c for c in page.campaigns if c.name == "Wijkavond Noord")
    assert (made.goal, made.neighbourhoods) == ("Bewoners uitnodigen", ("Noord", "Centrum"))
    # chosen in the filter bar, the button changes that campaign
    page.filters.campaign.setCurrentIndex(page.filters.campaign.findData(made.id))
    assert page.campaign_button.text() == "&Edit campaign…"
    page.campaign_button.click()
    edit = next(d for d in page.findChildren(CampaignDialog) if d.campaign_id == made.id)
    assert edit.name.text() == "Wijkavond Noord"
    edit.name.clear()
    edit.submit()
    qtbot.wait_until(lambda: edit.error.text() == "The campaign needs a name.")


def test_a_post_is_cancelled_from_the_composer_after_asking(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from webcare.vocabulary import PostState

    page = make_page()
    post_id = plan(page, accounts, "Gaat niet door")
    show_day(qtbot, page, 1)
    page.open_row(page.model.rows_on(DAY)[0])
    composer = page.composer
    assert composer is not None and composer.cancel_button.isVisible()
    composer.cancel_button.click()
    ask = composer.findChild(QMessageBox)
    assert ask is not None and ask.defaultButton() is ask.button(QMessageBox.StandardButton.No)
    ask.button(QMessageBox.StandardButton.No).click()  # No keeps the post
    assert {t.state for t in page.desk.post(post_id).targets} == {PostState.SCHEDULED}
    composer.cancel_button.click()
    qtbot.wait_until(lambda: composer.findChild(QMessageBox) is not None)
    yes = next(m for m in composer.findChildren(QMessageBox) if m.isVisible())
    yes.button(QMessageBox.StandardButton.Yes).click()
    qtbot.wait_until(
        lambda: {t.state for t in page.desk.post(post_id).targets} == {PostState.CANCELLED}
    )


def test_a_new_post_is_selected_once_scheduled_so_alt_arrow_moves_it(
    make_page: PageFactory, accounts: dict[str, int], qtbot: QtBot
) -> None:
    page = make_page()
    show_day(qtbot, page, 0)
    page.grid.select(DAY)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: page.composer is not None and page.composer.isVisible())
    composer = page.composer
    assert composer is not None
    qtbot.wait_until(lambda: QApplication.focusWidget() is composer.text)
    qtbot.keyClicks(composer.text, "Nieuw bericht")
    composer.account_list.item(0).setCheckState(Qt.CheckState.Checked)  # Facebook
    qtbot.keyClick(composer.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: len(page.model.rows_on(DAY)) == 1, timeout=10_000)
    qtbot.wait_until(lambda: page.grid.current_row == page.model.rows_on(DAY)[0])
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: len(page.model.rows_on(DAY + timedelta(days=1))) == 1)
