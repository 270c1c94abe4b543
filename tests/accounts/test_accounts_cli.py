"""`webcare accounts` as a person uses it, in a real process."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.helpers.cli import webcare
from webcare.config import sqlite_url
from webcare.storage.db import create_db_engine

# Every command here uses the database `webcare db upgrade` makes (no other command does).
pytestmark = pytest.mark.usefixtures("default_database")


def add(*extra: str, token: str = "tok-123") -> subprocess.CompletedProcess[str]:
    return webcare(
        "accounts",
        "add",
        "--platform",
        "x",
        "--name",
        "Gemeente op X",
        "--handle",
        "@gemeente",
        "--external-id",
        "4242",
        "--token-stdin",
        *extra,
        stdin=token,
    )


def test_add_then_list_shows_the_account_and_no_secret(tmp_path: Path) -> None:
    result = add("--api-base", "http://127.0.0.1:9/x")
    assert result.returncode == 0, result.stderr
    assert "added account 1: x @gemeente" in result.stdout
    assert "no working keyring" in result.stderr  # the test environment has none

    listing = webcare("accounts", "list", "--json")
    rows = json.loads(listing.stdout)
    assert [(r["platform"], r["handle"], r["status"], r["api_base"]) for r in rows] == [
        ("x", "gemeente", "active", "http://127.0.0.1:9/x")
    ]
    table = webcare("accounts", "list").stdout
    assert "STATUS" in table and "@gemeente" in table

    database = Path(os.environ["WEBCARE_DATA_DIR"]) / "webcare.sqlite3"
    assert b"tok-123" not in database.read_bytes()
    engine = create_db_engine(sqlite_url(database.parent))
    with engine.connect() as connection:
        dump = "\n".join(connection.connection.driver_connection.iterdump())
    engine.dispose()
    assert "tok-123" not in dump


def test_adding_again_renews_the_credential_and_reactivates(tmp_path: Path) -> None:
    assert add().returncode == 0
    engine = create_db_engine(sqlite_url(Path(os.environ["WEBCARE_DATA_DIR"])))
    with engine.begin() as connection:
        connection.execute(text("UPDATE accounts SET status = 'needs_reauth'"))
    engine.dispose()
    again = add(token="tok-456")
    assert "updated account 1" in again.stdout
    rows = json.loads(webcare("accounts", "list", "--json").stdout)
    assert [r["status"] for r in rows] == ["active"]


def test_bad_input_exits_2_with_one_line() -> None:
    missing = add(token="")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "webcare: error: no credential given on standard input"
    bad_base = add("--api-base", "ftp://example")
    assert bad_base.returncode == 2 and "must be an http(s) URL" in bad_base.stderr
    bad_platform = webcare(
        "accounts",
        "add",
        "--platform",
        "myspace",
        "--name",
        "n",
        "--handle",
        "h",
        "--external-id",
        "1",
        "--token-stdin",
        stdin="t",
    )
    assert bad_platform.returncode == 2
    assert len(bad_platform.stderr.strip().splitlines()) == 1


def test_remove_deletes_the_account_and_its_credential() -> None:
    assert add().returncode == 0
    removed = webcare("accounts", "remove", "x:4242")
    assert removed.returncode == 0 and "removed account 1" in removed.stdout
    assert json.loads(webcare("accounts", "list", "--json").stdout) == []
    credentials = Path(os.environ["WEBCARE_DATA_DIR"]) / "credentials.json"
    assert json.loads(credentials.read_text()) == {}
    unknown = webcare("accounts", "remove", "nobody")
    assert unknown.returncode == 1 and "no account 'nobody'" in unknown.stderr


def add_meta(platform: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return webcare(
        "accounts",
        "add",
        "--platform",
        platform,
        "--name",
        "Gemeente",
        "--handle",
        "gemeente.voorbeeld",
        "--external-id",
        "17841400000000001",
        "--token-stdin",
        *extra,
        stdin="EAAG-page-token",
    )


def test_an_instagram_account_stores_its_linked_page() -> None:
    result = add_meta("instagram", "--page-id", "104857600000001")
    assert result.returncode == 0, result.stderr
    rows = json.loads(webcare("accounts", "list", "--json").stdout)
    assert [(r["platform"], r["page_id"]) for r in rows] == [("instagram", "104857600000001")]


def test_an_instagram_account_without_its_page_is_refused_with_exit_2() -> None:
    result = add_meta("instagram")
    assert result.returncode == 2
    assert "--page-id" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(webcare("accounts", "list", "--json").stdout) == []


def test_only_instagram_takes_a_page_id() -> None:
    result = add_meta("facebook", "--page-id", "104857600000001")
    assert result.returncode == 2
    assert "only Instagram" in result.stderr
