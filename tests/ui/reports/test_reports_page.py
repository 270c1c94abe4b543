"""The Reports page and the live overview, driven as a supervisor would: from the keyboard,
through every menu entry, in Dutch."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.reports.timeline import Timeline, hours, local, make_timeline
from ui.context import AppContext
from ui.i18n import Translations
from ui.operations import Operations
from ui.reports.models import AgentTableModel
from ui.reports.overview import OverviewWindow
from ui.reports.page import ReportsPage
from ui.state import UiState
from ui.tasks import TaskRunner
from webcare.config import Settings, config_dir
from webcare.desks import open_desks
from webcare.reports.figures import Period
from webcare.runtime import Database
from webcare.vocabulary import Platform

NOW = local(2026, 3, 20, 12)
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))

PageFactory = Callable[..., ReportsPage]


@pytest.fixture
def timeline(database: Database) -> Timeline:
    t = make_timeline(database)
    t.policy({d: (hours("08:30", "12:30"), hours("13:00", "17:00")) for d in range(5)}, 30)
    first = t.resident("a", local(2026, 3, 2, 9))
    t.reply(first, local(2026, 3, 2, 9, 20))
    second = t.resident("b", local(2026, 3, 2, 12, 20), account=t.other_account)
    t.reply(second, local(2026, 3, 2, 13, 10))
    t.resident("c", local(2026, 3, 19, 16, 50))  # waiting: over its target by now
    return t


@pytest.fixture
def make_page(
    qtbot: QtBot, qapp: object, settings: Settings, database: Database
) -> Iterator[PageFactory]:
    built: list[tuple[QtWidgetHolder, TaskRunner, Translations]] = []

    def make(username: str = "sue", language: str = "nl") -> ReportsPage:
        translations = Translations()
        translations.set_language(language)
        tasks = TaskRunner()
        desks = open_desks(database.sessions, username, clock=lambda: NOW.astimezone(UTC))
        context = AppContext(
            settings, database, tasks, translations, UiState(config_dir()), desks, Operations(tasks)
        )
        page = ReportsPage(context)
        qtbot.add_widget(page)
        page.resize(1440, 900)
        page.period.set_period("month", MARCH)
        with qtbot.wait_exposed(page):
            page.show()
        built.append((QtWidgetHolder(page), tasks, translations))
        return page

    yield make
    for holder, tasks, translations in built:
        window = getattr(holder.page, "overview_window", None)
        if window is not None:
            window.close()
        tasks.shutdown()
        translations.clear()


class QtWidgetHolder:
    def __init__(self, page: ReportsPage) -> None:
        self.page = page


def counted(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.wait_until(lambda: page.report is not None and not page._computing, timeout=20_000)


def tile(page: ReportsPage, index: int) -> str:
    return page.tiles[index][1][1].text()


def test_the_page_shows_the_headline_figures_in_office_time(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page()
    counted(qtbot, page)

    assert page.report is not None
    assert tile(page, 0) == "20 min"  # median of 20 and 20 office minutes (lunch not counted)
    assert tile(page, 2) == "66,7 %"  # two answered in time, the waiting one is over
    assert tile(page, 3) == "3"
    assert tile(page, 4) == "3"  # none is closed yet
    assert page.period.label.text() == "maart 2026"


def test_the_agent_table_is_a_well_behaved_model(
    qtbot: QtBot, qtmodeltester: object, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page()
    counted(qtbot, page)
    model = page.agents_model

    qtmodeltester.check(model)  # type: ignore[attr-defined]
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Anna de Jong" in names
    fresh = AgentTableModel()
    qtmodeltester.check(fresh)  # type: ignore[attr-defined]


def test_keys_move_the_period_count_again_and_show_the_definitions(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page()
    counted(qtbot, page)
    page.activateWindow()
    page.agents.setFocus()

    qtbot.keyClick(page.agents, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.period.period() == Period(date(2026, 2, 1), date(2026, 2, 28))
    qtbot.wait_until(lambda: page.report is not None and page.report.period.first.month == 2)
    assert tile(page, 3) == "0"
    qtbot.keyClick(page.agents, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: page.report is not None and page.report.period.first.month == 3)
    assert tile(page, 3) == "3"

    qtbot.keyClick(page.agents, Qt.Key.Key_F1)
    assert page.definitions.isVisible()
    assert "Goede Vrijdag is een werkdag" in page.definitions.toPlainText()
    qtbot.keyClick(page.agents, Qt.Key.Key_F1)
    assert not page.definitions.isVisible()


def test_the_week_picker_names_the_iso_week(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page()
    counted(qtbot, page)

    page.period.kind.setCurrentIndex(1)  # week

    assert page.period.period() == Period(date(2026, 2, 23), date(2026, 3, 1))
    assert page.period.label.text().startswith("Week 9 (")


def test_a_filter_narrows_the_figures(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page()
    counted(qtbot, page)
    qtbot.wait_until(lambda: page.filter_bar.choices is not None)

    channel = page.filter_bar.channel
    channel.setCurrentIndex(channel.findData(Platform.FACEBOOK.value))

    qtbot.wait_until(lambda: page.report is not None and page.report.filters.channels != ())
    counted(qtbot, page)
    assert tile(page, 3) == "1"
    assert tile(page, 0) == "20 min"


def test_the_neighbourhood_filter_offers_where_linked_residents_live_and_counts_only_them(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    ria = timeline.living_at("Ria Buurtvrouw", "9999AA", "1")  # buurt BU99990101
    linked = timeline.resident("ria", local(2026, 3, 3, 9), author="ria", text=f"Vraag {ria.code}")
    timeline.link(linked, ria)
    timeline.reply(linked, local(2026, 3, 3, 9, 30))
    page = make_page()
    counted(qtbot, page)
    combo = page.filter_bar.neighbourhood
    qtbot.wait_until(lambda: combo.count() == 3)

    assert [combo.itemText(i) for i in range(3)] == [
        "Alle buurten en wijken",
        "Wijk WK999901 (1)",
        "Buurt BU99990101 (1)",
    ]
    assert tile(page, 3) == "4"
    combo.setCurrentIndex(combo.findData("BU99990101"))

    qtbot.wait_until(lambda: page.report is not None and page.report.filters.neighbourhoods != ())
    counted(qtbot, page)
    assert tile(page, 3) == "1"  # only Ria's conversation
    assert tile(page, 0) == "30 min"


def test_every_export_entry_writes_its_file(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory, tmp_path: Path
) -> None:
    page = make_page()
    counted(qtbot, page)
    written: list[Path] = []

    def ask(_parent: object, _title: str, suggested: str, _filter: str, chosen: object) -> None:
        target = tmp_path / Path(suggested).name
        written.append(target)
        chosen(str(target))  # type: ignore[operator]

    page.exporter.ask_path = ask  # type: ignore[method-assign,assignment]
    for action in page.export_menu.actions():
        action.trigger()
        (
            qtbot.wait_until(lambda: bool(written) and written[-1].exists(), timeout=30_000),
            page.status.text(),
        )

    by_suffix = {path.name.split("-")[-1]: path for path in written}
    assert json.loads(by_suffix["31.json"].read_text())["volume"] == 3
    rows = list(csv.DictReader(io.StringIO(by_suffix["conversations.csv"].read_text("utf-8"))))
    assert len(rows) == 3
    assert by_suffix["31.pdf"].read_bytes().startswith(b"%PDF")
    channels = csv.DictReader(io.StringIO(by_suffix["channels.csv"].read_text("utf-8")))
    assert {row["group"] for row in channels} == {
        "x",
        "facebook",
    }


def test_an_agent_sees_why_there_are_no_figures(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page("anna")

    assert page.notice.isVisible()
    assert "teamleiders en beheerders" in page.notice.text()
    assert page.report is None


def test_a_changed_policy_counts_the_past_again(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page()
    counted(qtbot, page)
    desks = page.context.desks

    page.context.operations.op(
        lambda: desks.team.set_policy(
            tuple([(hours("08:30", "17:00"),)] * 5 + [(), ()]),
            30,  # no lunch break
        )
    )

    # 20 and 50 minutes now: the p90 is 20 + 0.9 * 30
    qtbot.wait_until(lambda: tile(page, 1) == "47 min", timeout=20_000)


def test_the_live_overview_shows_the_backlog_and_goes_full_screen(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page()
    page.open_overview()
    window = page.overview_window
    assert isinstance(window, OverviewWindow)
    qtbot.wait_until(lambda: window.overview is not None, timeout=10_000)

    assert window.big[0][1].text() == "1"  # unassigned
    assert window.big[2][1].text() == "1"  # over the target
    assert "te laat" in window.breaches.text()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_the_overview_looks_again_when_the_inbox_changed(
    qtbot: QtBot, timeline: Timeline, make_page: PageFactory
) -> None:
    page = make_page()
    page.open_overview()
    window = page.overview_window
    qtbot.wait_until(lambda: window.overview is not None, timeout=10_000)
    before = window.overview

    timeline.resident("d", datetime(2026, 3, 20, 10, tzinfo=UTC))
    window.check()

    qtbot.wait_until(lambda: window.overview is not before, timeout=10_000)
    assert window.big[0][1].text() == "2"
