"""Every command, given the values a careless script or a hostile user passes, answers with one
line and the right exit code, on SQLite and on PostgreSQL, and leaves nothing half done: no
credential without its account, no account row with a value its column cannot hold."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import URL

from webcare.cli import main
from webcare.runtime import Database
from webcare.storage.models import Account

LONG = "a" * 100_000
DIGITS_30 = "9" * 30
MEGABYTE_TOKEN = "t" * 1_000_000

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(db_url: URL, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`webcare --db URL ARGS…` in this process, with `stdin`; returns (code, stdout, stderr)."""
    url = db_url.render_as_string(hide_password=False)

    def invoke(*args: str, stdin: str = "", db: str | None = url) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main([*(["--db", db] if db is not None else []), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def stored_credentials() -> dict[str, str]:
    path = Path(os.environ["WEBCARE_DATA_DIR"]) / "credentials.json"
    if not path.exists():
        return {}
    loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def accounts(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Account)) or 0


GOOD = {
    "--platform": "x",
    "--name": "Gemeente op X",
    "--handle": "gemeente",
    "--external-id": "4242",
    "--api-base": "http://127.0.0.1:8765/x",
}


def add_args(**changes: str) -> list[str]:
    values = dict(GOOD)
    for key, value in changes.items():
        values["--" + key.replace("_", "-")] = value
    args = ["accounts", "add"]
    for option, value in values.items():
        args += [option, value]
    return [*args, "--token-stdin"]


HOSTILE_ADDS = [
    pytest.param({"handle": ""}, "sandbox-x-token", id="empty-handle"),
    pytest.param({"handle": LONG}, "sandbox-x-token", id="100k-handle"),
    pytest.param({"handle": "h" * 300}, "sandbox-x-token", id="300-handle"),
    pytest.param({"handle": "gem eente"}, "sandbox-x-token", id="handle-with-space"),
    pytest.param({"name": ""}, "sandbox-x-token", id="empty-name"),
    pytest.param({"name": LONG}, "sandbox-x-token", id="100k-name"),
    pytest.param({"name": "\x00naam"}, "sandbox-x-token", id="nul-in-name"),
    pytest.param({"external_id": ""}, "sandbox-x-token", id="empty-external-id"),
    pytest.param({"external_id": LONG}, "sandbox-x-token", id="100k-external-id"),
    pytest.param({"external_id": "12ab"}, "sandbox-x-token", id="letters-in-external-id"),
    pytest.param({"external_id": "٤٢٤٢"}, "sandbox-x-token", id="arabic-digits"),
    pytest.param({"api_base": "http://127.0.0.1:99999/x"}, "sandbox-x-token", id="port-99999"),
    pytest.param({"api_base": "http://127.0.0.1:0/x"}, "sandbox-x-token", id="port-0"),
    pytest.param({"api_base": "http://"}, "sandbox-x-token", id="no-host"),
    pytest.param({"api_base": "http://u:p@127.0.0.1/x"}, "sandbox-x-token", id="password-in-url"),
    pytest.param({"api_base": "http://h/" + LONG}, "sandbox-x-token", id="100k-url"),
    pytest.param({"poll_interval": DIGITS_30}, "sandbox-x-token", id="30-digit-interval"),
    pytest.param({}, MEGABYTE_TOKEN, id="1MB-token"),
    pytest.param({}, '{"foo": "bar"}', id="json-of-nothing-known"),
    pytest.param({"platform": "facebook", "external_id": "1"}, '{"a": "b"}', id="fb-json"),
    pytest.param(
        {"platform": "instagram", "page_id": DIGITS_30 * 4}, "EAAG-token", id="long-page-id"
    ),
]


@pytest.mark.parametrize(("changes", "token"), HOSTILE_ADDS)
def test_accounts_add_refuses_what_does_not_fit_with_exit_2_and_stores_nothing(
    run: Run, database: Database, changes: dict[str, str], token: str
) -> None:
    code, out, err = run(*add_args(**changes), stdin=token)
    assert code == 2, (out, err)
    assert one_line(err).startswith("webcare: error: ")
    assert accounts(database) == 0
    assert stored_credentials() == {}


def test_a_good_account_is_added_with_its_credential(run: Run, database: Database) -> None:
    code, out, err = run(*add_args(), stdin="sandbox-x-token\n")
    assert code == 0, err
    assert out.startswith("added account 1: x @gemeente")
    assert list(stored_credentials()) == ["x:4242"]


def test_x_takes_its_oauth_keys_as_json(run: Run, database: Database) -> None:
    keys = {
        "consumer_key": "ck",
        "consumer_secret": "cs",
        "access_token": "at",
        "access_token_secret": "ats",
    }
    code, _, err = run(*add_args(), stdin=json.dumps(keys))
    assert code == 0, err


def test_a_database_that_refuses_the_account_leaves_no_credential_behind(
    run: Run, database: Database
) -> None:
    with database.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON accounts "
                    "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
                )
            )
        else:
            connection.execute(
                text(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'disk full'; END $$"
                )
            )
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON accounts "
                    "FOR EACH ROW EXECUTE FUNCTION refuse()"
                )
            )
    code, _, err = run(*add_args(), stdin="sandbox-x-token")
    assert code == 1
    one_line(err)
    assert stored_credentials() == {}


def test_a_credential_that_cannot_be_stored_leaves_no_account_behind(
    run: Run, database: Database
) -> None:
    (Path(os.environ["WEBCARE_DATA_DIR"]) / "credentials.json").mkdir()
    code, _, err = run(*add_args(), stdin="sandbox-x-token")
    assert code == 1
    one_line(err)
    assert accounts(database) == 0


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["accounts", "remove", DIGITS_30], id="remove-30-digit-id"),
        pytest.param(["accounts", "remove", LONG], id="remove-100k-handle"),
        pytest.param(["accounts", "remove", "x:" + LONG], id="remove-100k-external-id"),
        pytest.param(["accounts", "check", DIGITS_30], id="check-30-digit-id"),
        pytest.param(["accounts", "check", "facebook:" + LONG], id="check-100k-key"),
        pytest.param(["inbox", "export", "--as", LONG], id="export-as-100k-user"),
        pytest.param(["inbox", "reply", DIGITS_30, "--text-stdin"], id="reply-30-digit-id"),
        pytest.param(["inbox", "reply", "abc", "--text-stdin"], id="reply-not-a-number"),
        pytest.param(["inbox", "reply", "1", "--text-stdin"], id="reply-no-conversation"),
        pytest.param(["inbox", "reply", "1", "--text-stdin", "--as", LONG], id="reply-as-100k"),
    ],
)
def test_every_command_answers_hostile_values_with_one_line(
    run: Run, database: Database, args: list[str]
) -> None:
    code, _, err = run(*args, stdin="Dank u wel")
    assert code in (1, 2)
    one_line(err)


def test_a_memory_database_is_refused(run: Run) -> None:
    for url in ("sqlite://", "sqlite:///:memory:", "sqlite:///file::memory:?uri=true"):
        code, out, err = run("accounts", "list", db=url)
        assert code == 2, (url, out)
        assert "memory" in one_line(err)


def test_a_mistyped_sqlite_path_is_refused_and_only_db_upgrade_creates_one(
    run: Run, tmp_path: Path
) -> None:
    missing = tmp_path / "mistyped" / "path.db"
    for command in (["accounts", "list"], ["worker", "--once"], ["inbox", "export"]):
        code, _, err = run(*command, db=f"sqlite:///{missing}")
        assert code == 2, command
        assert str(missing) in one_line(err)
    assert not missing.parent.exists()
    code, _, err = run("db", "upgrade", db=f"sqlite:///{missing}")
    assert code == 2 and "folder" in one_line(err)
    fresh = tmp_path / "new.db"
    code, _, err = run("db", "upgrade", db=f"sqlite:///{fresh}")
    assert code == 0, err
    code, out, _ = run("accounts", "list", db=f"sqlite:///{fresh}")
    assert code == 0 and "no accounts" in out
