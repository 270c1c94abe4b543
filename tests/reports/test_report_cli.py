"""`webcare report` as a supervisor runs it: a real process, its exit codes and files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reports.timeline import Timeline, hours, local
from webcare.config import Settings


def report(
    settings: Settings, *args: str, user: str = "sue", lang: str = "nl"
) -> subprocess.CompletedProcess[str]:
    url = settings.db_url.render_as_string(hide_password=False)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "webcare",
            "--db",
            url,
            "--lang",
            lang,
            "report",
            "--as",
            user,
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


@pytest.fixture
def march(timeline: Timeline) -> Timeline:
    timeline.policy({d: (hours("08:30", "12:30"), hours("13:00", "17:00")) for d in range(5)}, 30)
    for thread, written, answered in (
        ("a", local(2026, 3, 2, 9), local(2026, 3, 2, 9, 10)),
        ("b", local(2026, 3, 6, 16, 45), local(2026, 3, 9, 8, 50)),
    ):
        conversation = timeline.resident(thread, written)
        timeline.reply(conversation, answered)
    return timeline


def test_json_for_a_month(march: Timeline, settings: Settings) -> None:
    result = report(settings, "--month", "2026-03")

    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["volume"] == 2
    assert figures["first_response"]["median_office_seconds"] == (10 + 35) / 2 * 60


def test_a_csv_row_per_conversation_to_a_file(
    march: Timeline, settings: Settings, tmp_path: Path
) -> None:
    target = tmp_path / "maart.csv"

    period = ("--from", "2026-03-01", "--to", "2026-03-31")
    result = report(settings, *period, "--format", "csv", "--by", "conversation", "-o", str(target))

    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert [row["first_response_office_seconds"] for row in rows] == ["600", "2100"]
    assert not target.with_name("maart.csv.partial").exists()


def test_the_pdf_has_a_page_per_section_in_dutch_or_english(
    march: Timeline, settings: Settings, tmp_path: Path
) -> None:
    dutch, english = tmp_path / "nl.pdf", tmp_path / "en.pdf"

    result_nl = report(settings, "--month", "2026-03", "--format", "pdf", "-o", str(dutch))
    result_en = report(
        settings, "--month", "2026-03", "--format", "pdf", "-o", str(english), lang="en"
    )

    assert result_nl.returncode == 0, result_nl.stderr
    assert result_en.returncode == 0, result_en.stderr
    text_nl = subprocess.run(
        ["pdftotext", "-layout", str(dutch), "-"], capture_output=True, text=True, check=True
    ).stdout
    text_en = subprocess.run(
        ["pdftotext", "-layout", str(english), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Eerste reactie, mediaan" in text_nl and "Zo wordt er geteld" in text_nl
    assert "First response, median" in text_en and "How it is counted" in text_en
    assert text_nl.count("\f") >= 6  # a page per section
    assert "22 min" in text_en  # the median office time: (10 + 35) / 2 minutes


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--month", "2026-13"), "not a month"),
        (("--from", "2026-03-01"), "give both --from and --to"),
        (("--from", "2026-03-31", "--to", "2026-03-01"), "--to is before --from"),
        (("--month", "2026-03", "--format", "json", "--by", "conversation"), "is a CSV"),
        (("--month", "2026-03", "--format", "pdf"), "needs --output"),
        (("--month", "2026-03", "--tag", "nope"), "no tag 'nope'"),
        (("--week", "2026-W60"), "not an ISO week"),
        ((), "give the period"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    march: Timeline, settings: Settings, args: tuple[str, ...], reason: str
) -> None:
    result = report(settings, *args)

    assert result.returncode == 2
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_an_agent_is_refused_with_one_line(march: Timeline, settings: Settings) -> None:
    result = report(settings, "--month", "2026-03", user="anna")

    assert result.returncode == 1
    assert "may not call reports.read" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
