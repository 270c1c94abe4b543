"""`webcare posts` as a planner uses it, in a real process: import all or nothing, list,
export for the archive (formula-safe CSV), iCalendar, hold and release."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from tests.helpers.cli import webcare
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.config import Settings, sqlite_url
from webcare.runtime import open_database
from webcare.storage.db import transaction
from webcare.users import ensure_user, grant
from webcare.vocabulary import Platform, Role

NEXT_YEAR = date.today().year + 1
LAST_SUNDAY_OF_MARCH = max(
    date(NEXT_YEAR, 3, d) for d in range(25, 32) if date(NEXT_YEAR, 3, d).weekday() == 6
)
SOON = date.today() + timedelta(days=10)


@pytest.fixture
def team() -> Path:
    """Three accounts (no network is needed to plan) and three people."""
    data = Path(os.environ["WEBCARE_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    database = open_database(Settings(sqlite_url(data), data, "nl"))
    store = CredentialStore(data, use_keyring=False)
    for platform, handle, external in (
        (Platform.X, "gemeente", "4242"),
        (Platform.FACEBOOK, "gemeentefb", "1048"),
    ):
        add_account(
            database.sessions,
            store,
            platform=platform,
            name=handle,
            handle=handle,
            external_id=external,
            credential="tok",
            api_base="http://127.0.0.1:9",
        )
    add_account(
        database.sessions,
        store,
        platform=Platform.INSTAGRAM,
        name="ig",
        handle="gemeente.ig",
        external_id="1784",
        credential="tok",
        api_base="http://127.0.0.1:9",
        page_id="1048",
    )
    with transaction(database.sessions) as session:
        ensure_user(session, "beheer")
        grant(session, ensure_user(session, "pia").id, [Role.PLANNER])
        ensure_user(session, "anna")
    database.close()
    return data


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_with_bad_rows_imports_nothing_and_names_every_bad_row(
    team: Path, tmp_path: Path
) -> None:
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    plan = write(
        tmp_path,
        "plan.csv",
        "campaign;account;date;time;text;image;alt_text;deadline\n"
        f"Check je gegevens;gemeente;{SOON};09:00;Goed bericht;;;\n"
        f"Check je gegevens;onbekend;{SOON};09:00;Onbekend account;;;\n"
        f"Check je gegevens;gemeente;{LAST_SUNDAY_OF_MARCH};02:30;Bestaat niet;;;\n"
        f"Check je gegevens;gemeente;{SOON};10:00;{'x' * 281};;;\n"
        f"Check je gegevens;gemeentefb;{SOON};11:00;Foto zonder alt;foto.jpg;;\n"
        f"Check je gegevens;gemeente.ig;{SOON};12:00;Lokaal bestand;foto.jpg;Een foto;\n",
    )
    result = webcare("posts", "import", str(plan), "--as", "pia")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert [line.split(":")[1] for line in lines[:-1]] == ["3", "4", "5", "6", "7"]
    assert "unknown account 'onbekend'" in lines[0]
    assert "does not exist" in lines[1]
    assert "too long" in lines[2] and "281/280" in lines[2]
    assert "no alt text" in lines[3]
    assert "public URL" in lines[4]
    assert "5 bad rows; nothing was imported" in lines[-1]
    listed = json.loads(webcare("posts", "list", "--from", str(SOON), "--json").stdout)
    assert listed["posts"] == []


def test_a_good_plan_is_scheduled_listed_exported_and_written_as_icalendar(
    team: Path, tmp_path: Path
) -> None:
    plan = write(
        tmp_path,
        "plan.csv",
        "campaign,account,date,time,text,image,alt_text,deadline\n"
        f"Wijkavond Noord,gemeente,{SOON},09:00,\"=cmd|' /C calc'!A0\",,,{SOON} 12:00\n"
        f"Wijkavond Noord,gemeente.ig,{SOON},09:30,Kom ook! #wijkavond,"
        "https://www.example.nl/a.jpg,Buurthuis De Linde,\n",
    )
    result = webcare("posts", "import", str(plan), "--as", "pia")
    assert result.returncode == 0, result.stderr
    assert "scheduled 2 posts" in result.stdout and "Wijkavond Noord" in result.stdout

    listed = json.loads(
        webcare("posts", "list", "--from", str(SOON), "--to", str(SOON), "--json").stdout
    )
    assert [p["local_time"][11:16] for p in listed["posts"]] == ["09:00", "09:30"]
    assert [p["targets"][0]["state"] for p in listed["posts"]] == ["scheduled", "scheduled"]
    week = f"wk{SOON.isocalendar().week:02d}"
    assert week in webcare("posts", "list", "--from", str(SOON)).stdout

    exported = webcare("posts", "export", "--format", "csv", "--as", "pia")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert rows[0]["text"] == "'=cmd|' /C calc'!A0"  # shown as text, never run as a formula
    assert rows[0]["state"] == "scheduled" and rows[0]["deadline_utc"]
    assert json.loads(webcare("posts", "export", "--as", "pia").stdout)["posts"][1]["images"]

    ics = tmp_path / "plan.ics"
    assert webcare("posts", "ics", "-o", str(ics), "--as", "pia").returncode == 0
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 2
    start = events[0].decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (9, 0, "Europe/Amsterdam")
    assert list(calendar.walk("VTIMEZONE"))


def test_hold_and_release_from_the_command_line_by_role(team: Path, tmp_path: Path) -> None:
    plan = write(
        tmp_path,
        "plan.csv",
        f"campaign,account,date,time,text\nStil,gemeente,{SOON},09:00,Gaat even niet door\n",
    )
    assert webcare("posts", "import", str(plan), "--as", "pia").returncode == 0
    refused = webcare("posts", "hold", "--reason", "Calamiteit", "--as", "anna")
    assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1
    held = webcare("posts", "hold", "--reason", "Calamiteit", "--as", "pia")
    assert held.returncode == 0, held.stderr
    assert "nothing publishes" in held.stdout
    listed = json.loads(webcare("posts", "list", "--from", str(SOON), "--json").stdout)
    assert listed["posts"][0]["targets"][0]["state"] == "held"
    released = webcare("posts", "release", "--as", "pia")
    assert released.returncode == 0 and "to decide: target" in released.stdout
    target = listed["posts"][0]["targets"][0]["target_id"]
    decided = webcare("posts", "decide", str(target), "--cancel", "--as", "pia")
    assert decided.returncode == 0 and decided.stdout.strip().endswith("cancelled")
    bad = webcare("posts", "decide", str(target), "--reschedule", "morgen", "--as", "pia")
    assert bad.returncode == 2 and "YYYY-MM-DD HH:MM" in bad.stderr


def test_a_refused_export_leaves_the_old_file_as_it_was_and_nothing_beside_it(
    team: Path, tmp_path: Path
) -> None:
    plan = write(
        tmp_path, "plan.csv", f"campaign,account,date,time,text\nX,gemeente,{SOON},09:00,Hallo\n"
    )
    assert webcare("posts", "import", str(plan), "--as", "pia").returncode == 0
    archive = tmp_path / "archief"
    archive.mkdir()
    ics = archive / "plan.ics"
    assert webcare("posts", "ics", "-o", str(ics), "--as", "pia").returncode == 0
    before = ics.read_bytes()
    for command in (("ics", "-o", str(ics)), ("export", "-o", str(archive / "plan.json"))):
        refused = webcare("posts", *command, "--as", "anna")  # an agent: no calendar.export
        assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1
        assert "calendar.export" in refused.stderr
    assert sorted(p.name for p in archive.iterdir()) == ["plan.ics"]
    assert ics.read_bytes() == before
