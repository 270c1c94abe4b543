"""The residents' command line as a person meets it: a real process, exit codes, one line."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from webcare.residents.replies import HEADER

ROOT = Path(__file__).parents[2]
DEMO = ROOT / "resources" / "postcodes"
REPLIES = "\n".join(
    [
        ",".join(HEADER),
        "Fatima El Amrani,fatima@voorbeeld.nl,0612345678,9999AA,3,,"
        "ja,ja,nee,reply_card,2026-11-02,scan-17,2026-01",
        "Kees Bakker,,020 1234567,9999BB,12b,,nee,ja,ja,web_form,2026-11-03,form-4,2026-01",
        "Fout,,,,,,misschien,nee,nee,reply_card,2026-11-02,,2026-01",
        "",
    ]
)


@pytest.fixture
def webcare(tmp_path: Path):  # type: ignore[no-untyped-def]
    data = tmp_path / "data"

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "webcare", "--data-dir", str(data), *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )

    assert run("db", "upgrade").returncode == 0  # a new data folder gets its database
    first = run("postcodes", "import", str(DEMO / "demo_pc6hnr2025.csv"), "--as", "beheer")
    assert first.returncode == 0, first.stderr  # the first user of a database holds every role
    return run


def test_postcodes_import_reports_a_bad_line_and_lookup_answers(webcare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "pc.csv"
    path.write_text(
        "PC6;Huisnummer;Buurt2024;Wijk2024;Gemeente2024\n1011AB;1;3630000;36300;363\n"
        "1011AB;twee;3630000;36300;363\n",
        encoding="utf-8",
    )
    result = webcare("postcodes", "import", str(path), "--as", "beheer")
    assert result.returncode == 0, result.stderr
    assert "line 3: house number 'twee'; skipped" in result.stderr
    assert "postcodes: 100%" in result.stderr
    assert "imported 1 addresses of the 2024 division; 1 lines skipped" in result.stdout
    found = webcare("postcodes", "lookup", "1011 ab", "1", "--json", "--as", "beheer")
    assert json.loads(found.stdout)["buurtcode"] == "BU03630000"
    missing = webcare("postcodes", "lookup", "1011AB", "7", "--as", "beheer")
    assert missing.returncode == 1 and "not in the postcode table" in missing.stderr
    bad = webcare("postcodes", "lookup", "10", "7", "--as", "beheer")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_residents_import_list_show_and_the_role_check(webcare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "replies.csv"
    path.write_text(REPLIES, encoding="utf-8")
    result = webcare("residents", "import", str(path), "--as", "beheer")
    assert result.returncode == 0, result.stderr
    assert "created 2, updated 0, skipped 1" in result.stdout
    assert "line 4: consent_link: not yes or no" in result.stderr
    listed = json.loads(webcare("residents", "list", "--json", "--as", "beheer").stdout)
    assert [r["name"] for r in listed] == ["Fatima El Amrani", "Kees Bakker"]
    shown = json.loads(webcare("residents", "show", "1", "--json", "--as", "beheer").stdout)
    assert shown["email"] == "fatima@voorbeeld.nl" and shown["neighbourhood"]["year"] == 2025
    refused = webcare("residents", "show", "1", "--as", "agent")
    assert refused.returncode == 1 and "may not call residents.view" in refused.stderr
    assert "Traceback" not in refused.stderr
    missing = webcare("residents", "show", "99", "--as", "beheer")
    assert missing.returncode == 2 and "no resident 99" in missing.stderr


def test_withdraw_export_erase_and_the_audit_trail(webcare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "replies.csv"
    path.write_text(REPLIES, encoding="utf-8")
    webcare("residents", "import", str(path), "--as", "beheer")
    withdrawn = webcare("consents", "withdraw", "2", "campaigns", "--as", "beheer")
    assert withdrawn.returncode == 0 and "withdrew campaigns" in withdrawn.stdout
    exported = webcare(
        "residents", "export", "1", "--out", str(tmp_path / "inzage"), "--as", "beheer"
    )
    assert exported.returncode == 0, exported.stderr
    assert json.loads((tmp_path / "inzage" / "inzage.json").read_text())["profiel"]["naam"]
    asked = webcare(
        "residents", "erase", "2", "--reason", "verzoek", "--as", "beheer", stdin="nee\n"
    )
    assert asked.returncode == 1 and "Type 'yes'" in asked.stderr
    erased = webcare(
        "residents", "erase", "2", "--reason", "verzoek", "--as", "beheer", stdin="yes\n"
    )
    assert erased.returncode == 0 and "erased resident 2" in erased.stdout
    wrong = webcare("residents", "erase", "1", "--reason", "zomaar", "--yes", "--as", "beheer")
    assert wrong.returncode == 2
    verified = webcare("audit", "verify", "--as", "beheer")
    assert verified.returncode == 0 and "audit trail intact" in verified.stdout
    out = tmp_path / "audit.csv"
    exported_log = webcare(
        "audit", "export", "-o", str(out), "--action", "resident.", "--as", "beheer"
    )
    assert exported_log.returncode == 0
    assert "resident.erased" in out.read_text() and "Kees" not in out.read_text()
    database = tmp_path / "data" / "webcare.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("DROP TRIGGER audit_events_append_only_update")
        connection.execute("UPDATE audit_events SET action = 'resident.ignored' WHERE seq = 5")
    broken = webcare("audit", "verify", "--as", "beheer")
    assert broken.returncode == 1 and "broken at event 5: hash" in broken.stderr
