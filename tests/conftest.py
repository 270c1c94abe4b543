"""Shared fixtures: isolation from the real user folders, the databases tests run on, and the
loopback sandbox with its control API.

Storage tests take the `db_url` fixture: SQLite always, and PostgreSQL as well when
`WEBCARE_TEST_DB_URL` names a database (CI runs `pytest -m postgres` against one). Each
PostgreSQL test gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from channels.sandbox import SandboxHandle, start
from tests.helpers.sandbox import Control
from webcare.config import Settings, parse_db_url, sqlite_url
from webcare.runtime import Database, open_database

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

# Headless by default, on a desktop-sized virtual screen (Qt's offscreen default is 800x800,
# smaller than the main window's minimum size).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

PG_ENV = "WEBCARE_TEST_DB_URL"
BACKENDS = ["sqlite"]
if os.environ.get(PG_ENV):
    BACKENDS.append(pytest.param("postgresql", marks=pytest.mark.postgres))


@pytest.fixture
def qtbot(qtbot: QtBot) -> QtBot:
    """pytest-qt's qtbot, whose waits for a condition or a signal give it at least as long as a
    page load may take on a busy machine (LOAD_TIMEOUT_MS), whatever shorter time a test names.
    A wait returns as soon as its condition holds or its signal comes: only a failure takes
    longer. Three CI runs failed on 3 to 5 s waits for work that takes milliseconds elsewhere.
    Waits that must see nothing (`assert_not_emitted`, `wait`) keep their own times."""
    from tests.helpers.ui import LOAD_TIMEOUT_MS

    wait_until = qtbot.waitUntil
    wait_signal = qtbot.waitSignal
    wait_signals = qtbot.waitSignals

    def patient(callback: Callable[[], bool | None], *, timeout: int = LOAD_TIMEOUT_MS) -> None:
        wait_until(callback, timeout=max(timeout, LOAD_TIMEOUT_MS))

    def patient_signal(*args: Any, timeout: int = LOAD_TIMEOUT_MS, **kwargs: Any) -> Any:
        return wait_signal(*args, timeout=max(timeout, LOAD_TIMEOUT_MS), **kwargs)

    def patient_signals(*args: Any, timeout: int = LOAD_TIMEOUT_MS, **kwargs: Any) -> Any:
        return wait_signals(*args, timeout=max(timeout, LOAD_TIMEOUT_MS), **kwargs)

    qtbot.waitUntil = qtbot.wait_until = patient  # type: ignore[method-assign]
    qtbot.waitSignal = qtbot.wait_signal = patient_signal  # type: ignore[method-assign]
    qtbot.waitSignals = qtbot.wait_signals = patient_signals  # type: ignore[method-assign]
    return qtbot


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real data folder, preferences, database or language."""
    monkeypatch.setenv("WEBCARE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WEBCARE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("WEBCARE_DB_URL", raising=False)
    monkeypatch.delenv("WEBCARE_LANG", raising=False)
    # No test may read or write the real keyring: the fail backend makes Webcare use its
    # 0600 file in the (temporary) data folder; subprocesses inherit it through the env.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(FailKeyring())


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[URL]:
    """An empty database: a SQLite file, or a fresh schema in the PostgreSQL test database."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    base = parse_db_url(os.environ[PG_ENV])
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"})
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def settings(db_url: URL, tmp_path: Path) -> Settings:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    # No worker inside the app unless a test asks for one: polling threads would race the test.
    return Settings(db_url=db_url, data_dir=data, language="nl", worker=False)


@pytest.fixture
def database(settings: Settings) -> Iterator[Database]:
    """A database upgraded to the newest schema."""
    db = open_database(settings, create=True)
    yield db
    db.close()


@pytest.fixture
def sandbox() -> Iterator[SandboxHandle]:
    """The platforms' stand-in on 127.0.0.1, one per test."""
    handle = start(port=0)
    yield handle
    handle.stop()


@pytest.fixture
def control(sandbox: SandboxHandle) -> Iterator[Control]:
    """The sandbox's control API: inject residents' messages, read its request log."""
    ctl = Control(sandbox.url)
    yield ctl
    ctl.close()


@pytest.fixture
def default_database(tmp_path: Path) -> Path:
    """The default database in the test's data folder, as `webcare db upgrade` makes it (every
    command but db upgrade, demo-data and the desktop refuses a data folder without one)."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700, exist_ok=True)
    open_database(Settings(sqlite_url(data), data, "nl"), create=True).close()
    return data
