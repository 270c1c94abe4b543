"""The postcode table: a real-format CBS line maps to prefixed, padded codes; a broken line is
reported by number and skipped; a re-import replaces the previous year as one change."""

from __future__ import annotations

from pathlib import Path

import pytest

from webcare.permissions import PermissionDenied
from webcare.residents.errors import InvalidValue, PostcodeFileError
from webcare.residents.values import ResidentInput

# The columns and number format of pc6hnr20220801_gwb.csv (Amsterdam's codes as CBS writes
# them: buurt 3630000 is BU03630000), and one line with a letter code (BU0363AD07).
CBS_2022 = """PC6;Huisnummer;Buurt2022;Wijk2022;Gemeente2022
1011AB;1;3630000;36300;363
1011AB;2;3630000;36300;363
"1011AC";"14";"3630001";"36300";"363"
1091AA;5;363AD07;363AD;363
1011AD;x;3630000;36300;363
101AE;1;3630000;36300;363
1011AF;3;3630000;36301;363
1011AG;3;3630000
"""


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_real_format_cbs_line_is_mapped_and_broken_lines_are_reported_by_number(
    team, tmp_path: Path
) -> None:
    done = team.admin.residents.import_postcodes(_write(tmp_path, "pc.csv", CBS_2022), _no)
    report = done.value
    assert (report.year, report.rows, report.skipped) == (2022, 4, 4)
    assert [(line, code) for line, code, _ in report.bad_rows] == [
        (6, "house_number"),
        (7, "postcode"),
        (8, "codes_disagree"),
        (9, "too_few_columns"),
    ]
    hit = team.agent.residents.lookup_postcode("1011 ab", "2")
    assert hit is not None
    assert (hit.buurtcode, hit.wijkcode, hit.gemeentecode, hit.year) == (
        "BU03630000",
        "WK036300",
        "GM0363",
        2022,
    )
    quoted = team.agent.residents.lookup_postcode("1011AC", "14")
    assert quoted is not None and quoted.buurtcode == "BU03630001"
    lettered = team.agent.residents.lookup_postcode("1091AA", "5")
    assert lettered is not None and (lettered.buurtcode, lettered.wijkcode) == (
        "BU0363AD07",
        "WK0363AD",
    )
    # a letter and an addition the table does not know fall back to the house number
    with_letter = team.agent.residents.lookup_postcode("1011AB", "1b")
    assert with_letter is not None and with_letter.huisnummer == 1
    assert team.agent.residents.lookup_postcode("1011AB", "99") is None


def test_a_re_import_replaces_the_previous_year_and_moves_the_residents(
    team, tmp_path: Path, demo_table
) -> None:
    resident = team.privacy.residents.create(
        ResidentInput(name="Zyxw", postcode="9999AB", house_number="3")
    ).value
    assert team.privacy.residents.profile(resident).value.neighbourhood.year == 2025  # type: ignore[union-attr]
    newer = "PC6;Huisnummer;Buurt2026;Wijk2026;Gemeente2026\n9999AB;3;99990202;999902;9999\n"
    report = team.admin.residents.import_postcodes(_write(tmp_path, "new.csv", newer), _no).value
    assert (report.year, report.rows, report.residents_updated) == (2026, 1, 1)
    assert team.agent.residents.lookup_postcode("9999AA", "1") is None  # 2025 is gone
    info = team.agent.residents.postcode_table()
    assert info is not None and (info.year, info.rows) == (2026, 1)
    shown = team.privacy.residents.profile(resident).value.neighbourhood
    assert shown is not None and (shown.buurtcode, shown.year) == ("BU99990202", 2026)


def test_a_failed_import_leaves_the_previous_year(team, tmp_path: Path, demo_table) -> None:
    with pytest.raises(PostcodeFileError):
        team.admin.residents.import_postcodes(_write(tmp_path, "bad.csv", "PC6;Nummer\n1;2\n"), _no)
    with pytest.raises(PostcodeFileError):
        team.admin.residents.import_postcodes(tmp_path / "missing.csv", _no)
    hit = team.agent.residents.lookup_postcode("9999AA", "1")
    assert hit is not None and hit.year == 2025


def test_coordinates_are_added_by_postcode_and_house_number(team, tmp_path: Path) -> None:
    cbs = _write(tmp_path, "pc.csv", CBS_2022)
    coordinates = _write(
        tmp_path,
        "xy.csv",
        "postcode,huisnummer,huisletter,x,y,lat,lon\n1011AB,1,,121000.5,487000.25,52.37,4.90\n"
        "1011AB,2,A,121001,487001,52.38,4.91\n1011AB,nope,,1,2,3,4\n",
    )
    report = team.admin.residents.import_postcodes(cbs, _no, coordinates=coordinates).value
    assert report.with_coordinates == 2
    hit = team.agent.residents.lookup_postcode("1011AB", "1")
    assert hit is not None and (hit.lat, hit.lon, hit.rd_x, hit.rd_y) == (
        52.37,
        4.90,
        121000.5,
        487000.25,
    )
    assert team.agent.residents.postcode_table().with_coordinates == 2  # type: ignore[union-attr]


def test_progress_is_reported_and_only_an_administrator_may_import(team, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = _write(tmp_path, "pc.csv", CBS_2022)
    team.admin.residents.import_postcodes(path, lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == path.stat().st_size
    for desks in (team.privacy, team.supervisor, team.agent):
        with pytest.raises(PermissionDenied):
            desks.residents.import_postcodes(path, _no)


def test_a_lookup_of_a_malformed_postcode_is_refused(team) -> None:
    with pytest.raises(InvalidValue):
        team.agent.residents.lookup_postcode("12345", "1")


def _no(_done: int, _total: int) -> None:
    pass
