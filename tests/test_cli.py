"""The command line as a user meets it: in a real process, with real exit codes and output."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.helpers.cli import webcare
from webcare.config import sqlite_url
from webcare.storage.db import create_db_engine
from webcare.storage.migrate import head_revision


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return webcare(*args, env=env, timeout=60)


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("gui", "db"):
        assert f"    {command} " in result.stdout
    for option in ("--db URL", "--lang", "--data-dir", "--version"):
        assert option in result.stdout


def test_version_prints_the_installed_version() -> None:
    from webcare import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"webcare {__version__}"


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--lang", "de", "db", "upgrade"], "invalid choice: 'de'"),
        (["--db", "mysql://localhost/x", "db", "upgrade"], "unsupported database 'mysql'"),
        (["--db", "::not a url::", "db", "upgrade"], "not a database URL"),
        (["db"], "required: ACTION"),
        (["db", "upgrade", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["nonsense"], "invalid choice: 'nonsense'"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], complaint: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert complaint in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_bad_language_in_the_environment_is_a_usage_error() -> None:
    result = run("db", "upgrade", env={"WEBCARE_LANG": "fr"})
    assert result.returncode == 2
    assert "unsupported language 'fr'" in result.stderr


def test_db_upgrade_creates_the_schema_in_the_data_folder(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert f"revision {head_revision()}" in result.stdout
    assert (tmp_path / "webcare.sqlite3").exists()
    again = run("db", "upgrade", "--data-dir", str(tmp_path))  # global options after the command
    assert "already at revision" in again.stdout


def test_db_option_and_environment_select_the_database(tmp_path: Path) -> None:
    by_option = tmp_path / "option.sqlite3"
    by_env = tmp_path / "env.sqlite3"
    assert run("--db", f"sqlite:///{by_option}", "db", "upgrade").returncode == 0
    assert run("db", "upgrade", env={"WEBCARE_DB_URL": f"sqlite:///{by_env}"}).returncode == 0
    assert by_option.exists() and by_env.exists()


def test_newer_database_is_refused_with_one_line(tmp_path: Path) -> None:
    assert run("--data-dir", str(tmp_path), "db", "upgrade").returncode == 0
    engine = create_db_engine(sqlite_url(tmp_path))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    engine.dispose()

    result = run("--data-dir", str(tmp_path), "db", "upgrade")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ffff_future" in lines[0] and "newer Webcare" in lines[0]


def test_unreachable_postgresql_is_one_line_not_a_traceback() -> None:
    result = run("--db", "postgresql://nobody@127.0.0.1:9/nothing", "db", "upgrade")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot use the database" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command", [("accounts", "list"), ("worker", "--once"), ("inbox", "export")]
)
def test_a_mistyped_sqlite_path_is_refused_in_one_line_and_creates_nothing(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    missing = tmp_path / "mistyped" / "path.db"
    result = run("--db", f"sqlite:///{missing}", *command)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no database" in lines[0] and "db upgrade" in lines[0], lines
    assert not missing.exists() and not missing.parent.exists()
    missing.parent.mkdir()  # db upgrade creates the database, in a folder that exists
    assert run("--db", f"sqlite:///{missing}", "db", "upgrade").returncode == 0  # this one does
    assert missing.exists()


@pytest.mark.parametrize(
    "command",
    [
        ("accounts", "list"),
        ("worker", "--once"),
        ("inbox", "export"),
        ("quarantine", "list"),
        ("users", "list"),
        ("posts", "list"),
        ("residents", "list"),
        ("audit", "verify"),
        ("report", "--month", "2026-01"),
    ],
)
def test_a_data_folder_without_a_database_is_refused_and_gets_none(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    folder = tmp_path / "new"
    database = folder / "webcare.sqlite3"
    result = run("--data-dir", str(folder), *command)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(database) in lines[0] and "db upgrade" in lines[0], lines
    assert "Traceback" not in result.stderr
    assert not database.exists()
    assert run("--data-dir", str(folder), "db", "upgrade").returncode == 0  # this one creates it
    assert database.exists()
    assert run("--data-dir", str(folder), *command).returncode == 0
