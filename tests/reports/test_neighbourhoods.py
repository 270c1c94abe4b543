"""The neighbourhood filter: only conversations linked, with the resident's consent, to a
resident who lives in the chosen buurt or wijk; an unlinked conversation is in none.

The residents (the demo postcode table: 9999AA is buurt BU99990101 of wijk WK999901, 9999BB
buurt BU99990201 of wijk WK999902): Ria in 9999AA writes twice, Bas in 9999BB once, Wim in
9999AA once but withdraws his consent; a stranger, never linked, writes once.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.cli import webcare
from tests.reports.timeline import Timeline, hours, local
from webcare.config import Settings
from webcare.reports.figures import Figures, Filters, Period

MINUTE = 60
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
NOW = local(2027, 1, 15, 12)


@dataclass
class Town:
    timeline: Timeline
    ria: tuple[int, int]
    bas: int
    wim: int
    stranger: int

    def figures(self, *codes: str) -> Figures:
        return self.timeline.report(*MARCH, NOW, Filters(neighbourhoods=codes)).figures


@pytest.fixture
def town(timeline: Timeline) -> Town:
    t = timeline
    t.policy({d: (hours("08:30", "12:30"), hours("13:00", "17:00")) for d in range(5)}, 30)
    ria, bas, wim = (
        t.living_at("Ria Buurtvrouw", "9999AA", "1"),
        t.living_at("Bas Overkant", "9999BB", "1"),
        t.living_at("Wim Teruggetrokken", "9999AA", "2"),
    )
    ria_first = t.resident("ria-1", local(2026, 3, 2, 9), author="ria", text=f"Vraag {ria.code}")
    t.link(ria_first, ria)
    t.reply(ria_first, local(2026, 3, 2, 9, 10))
    # Her later conversation is linked as it arrives: her account is verified.
    ria_second = t.resident("ria-2", local(2026, 3, 3, 9), author="ria")
    t.reply(ria_second, local(2026, 3, 3, 9, 20))
    bas_one = t.resident("bas-1", local(2026, 3, 2, 10), author="bas", text=f"Hoi {bas.code}")
    t.link(bas_one, bas)
    t.reply(bas_one, local(2026, 3, 2, 10, 40))
    wim_one = t.resident("wim-1", local(2026, 3, 2, 11), author="wim", text=f"Hoi {wim.code}")
    t.link(wim_one, wim)
    t.reply(wim_one, local(2026, 3, 2, 11, 5))
    t.withdraw(wim)
    stranger = t.resident("stranger", local(2026, 3, 2, 12), author="stranger")
    t.reply(stranger, local(2026, 3, 2, 12, 1))
    return Town(t, (ria_first, ria_second), bas_one, wim_one, stranger)


def test_a_buurt_counts_only_the_conversations_of_its_linked_residents(town: Town) -> None:
    figures = town.figures("BU99990101")

    assert figures.volume == 2  # Ria's two; Wim withdrew, the stranger was never linked
    assert figures.first_response.count == 2
    assert figures.first_response.median_seconds == 15 * MINUTE  # 10 and 20 minutes
    assert figures.first_response.median_office_seconds == 15 * MINUTE
    assert (figures.within_target, figures.decided) == (2, 2)


def test_a_wijk_counts_the_residents_of_all_its_buurten(town: Town) -> None:
    assert town.figures("WK999901").volume == 2
    other = town.figures("WK999902")
    assert other.volume == 1
    assert other.first_response.median_seconds == 40 * MINUTE
    assert (other.within_target, other.decided) == (0, 1)
    assert town.figures("BU99990101", "BU99990201").volume == 3


def test_a_withdrawn_or_missing_link_is_in_no_neighbourhood(town: Town) -> None:
    everywhere = town.timeline.report(*MARCH, NOW).figures
    choices = town.timeline.reports_desk(NOW).reports.choices()

    wijken = [choice.code for choice in choices.neighbourhoods if choice.is_wijk]
    assert wijken == ["WK999901", "WK999902"]
    assert everywhere.volume == 5
    # Wim's and the stranger's conversations count in the whole, in no neighbourhood.
    assert sum(town.figures(code).volume for code in wijken) == 3
    assert town.figures("BU99990102").volume == 0  # nobody linked lives there


def test_the_filter_offers_each_wijk_with_its_buurten_and_their_linked_residents(
    town: Town,
) -> None:
    choices = town.timeline.reports_desk(NOW).reports.choices()

    assert [(c.code, c.wijk, c.residents) for c in choices.neighbourhoods] == [
        ("WK999901", "WK999901", 1),  # Ria; Wim is no longer linked
        ("BU99990101", "WK999901", 1),
        ("WK999902", "WK999902", 1),
        ("BU99990201", "WK999902", 1),
    ]


def test_the_per_conversation_export_and_the_audit_name_the_filter(town: Town) -> None:
    desk = town.timeline.reports_desk(NOW).reports
    out = io.StringIO()

    desk.export(
        out,
        Period(*MARCH),
        Filters(neighbourhoods=("BU99990101",)),
        format="csv",
        by="conversation",
    )
    figures = io.StringIO()
    desk.export(figures, Period(*MARCH), Filters(neighbourhoods=("WK999902",)), format="json")

    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sorted(int(row["conversation_id"]) for row in rows) == sorted(town.ria)
    exported = json.loads(figures.getvalue())
    assert exported["volume"] == 1
    assert exported["filters"]["neighbourhoods"] == ["WK999902"]
    report = desk.report(Period(*MARCH), Filters(neighbourhoods=("WK999902",))).value
    assert report.filter_names == (("neighbourhood", "WK999902"),)


def run_report(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    url = settings.db_url.render_as_string(hide_password=False)
    return webcare("--db", url, "--lang", "en", "report", "--as", "sue", *args)


def test_the_command_line_filters_by_neighbourhood(
    town: Town, settings: Settings, tmp_path: Path
) -> None:
    result = run_report(settings, "--month", "2026-03", "--neighbourhood", "bu99990101")
    pdf = tmp_path / "buurt.pdf"
    document = run_report(
        settings, "--month", "2026-03", "--neighbourhood", "WK999902", "--format", "pdf",
        "-o", str(pdf),
    )  # fmt: skip
    unlinked = run_report(settings, "--month", "2026-03", "--neighbourhood", "BU99990102")
    wrong = run_report(settings, "--month", "2026-03", "--neighbourhood", "Kogerveld")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["volume"] == 2
    assert unlinked.returncode == 0, unlinked.stderr
    assert json.loads(unlinked.stdout)["volume"] == 0
    assert "no resident with a linked conversation lives in BU99990102" in unlinked.stderr
    assert wrong.returncode == 2
    assert "not a CBS buurt or wijk code" in wrong.stderr
    assert document.returncode == 0, document.stderr
    shown = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Neighbourhood (wijk or buurt): WK999902" in shown
