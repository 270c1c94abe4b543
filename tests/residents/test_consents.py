"""Consent per purpose, with its proof and notice; withdrawing is one action; the replies of a
letterbox campaign create and update residents, and a bad row is reported by its line."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from webcare.permissions import PermissionDenied
from webcare.residents.errors import ConsentRefused, NotFound
from webcare.residents.replies import HEADER, ReplyFileError
from webcare.residents.vocabulary import ConsentMethod, ConsentStatus, Purpose


def test_a_consent_record_holds_what_the_avg_asks(team, give, person, clock) -> None:
    resident = team.privacy.residents.create(person).value
    given_at = clock.now - timedelta(days=2)
    give(team.privacy, resident, Purpose.NEIGHBOURHOOD_EMAIL, at=given_at)
    (consent,) = team.privacy.residents.profile(resident).value.consents
    notice = team.privacy.residents.notice()
    assert consent.purpose is Purpose.NEIGHBOURHOOD_EMAIL and consent.valid
    assert consent.status is ConsentStatus.GIVEN and consent.given_at == given_at
    assert consent.method is ConsentMethod.REPLY_CARD and consent.evidence_ref == "scan-0042"
    assert consent.notice_version == notice.version == "2026-01"
    assert "U mag ook nee zeggen" in notice.text and "intrekken" in notice.text
    assert consent.recorded_by == f"user:{team.privacy.me.id}" and consent.recorded_at == clock.now
    assert consent.refresh_due_at == given_at.replace(year=given_at.year + 2)  # 24 months
    assert consent.data_categories == ("email", "neighbourhood")


def test_one_action_withdraws_and_the_record_stays_as_proof(team, give, person, clock) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.CAMPAIGNS, Purpose.NEIGHBOURHOOD_EMAIL)
    clock.advance(hours=1)
    team.agent.residents.withdraw_consent(resident, Purpose.CAMPAIGNS, ConsentMethod.DM_KEYWORD)
    consents = {c.purpose: c for c in team.privacy.residents.profile(resident).value.consents}
    withdrawn = consents[Purpose.CAMPAIGNS]
    assert withdrawn.status is ConsentStatus.WITHDRAWN and not withdrawn.valid
    assert withdrawn.withdrawn_at == clock.now
    assert withdrawn.withdrawal_method is ConsentMethod.DM_KEYWORD
    assert consents[Purpose.NEIGHBOURHOOD_EMAIL].valid  # the other purpose is untouched
    with pytest.raises(ConsentRefused):
        team.agent.residents.withdraw_consent(resident, Purpose.CAMPAIGNS)
    with pytest.raises(PermissionDenied):
        team.planner.residents.withdraw_consent(resident, Purpose.NEIGHBOURHOOD_EMAIL)


def test_a_newer_consent_supersedes_the_older_one(team, give, person, clock) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.CAMPAIGNS, at=clock.now - timedelta(days=400))
    give(team.privacy, resident, Purpose.CAMPAIGNS)
    states = [c.status for c in team.privacy.residents.profile(resident).value.consents]
    assert states == [ConsentStatus.GIVEN, ConsentStatus.SUPERSEDED]


def test_consent_needs_a_known_notice_and_a_ticked_purpose(team, person, clock) -> None:
    resident = team.privacy.residents.create(person).value
    with pytest.raises(NotFound):
        team.privacy.residents.give_consents(
            resident,
            [Purpose.CAMPAIGNS],
            method=ConsentMethod.WEB_FORM,
            given_at=clock.now,
            evidence_ref="",
            notice_version="1999-9",
        )
    with pytest.raises(ConsentRefused):
        team.privacy.residents.give_consents(
            resident,
            [],
            method=ConsentMethod.WEB_FORM,
            given_at=clock.now,
            evidence_ref="",
            notice_version="2026-01",
        )


def _replies(tmp_path: Path, rows: list[str], delimiter: str = ",") -> Path:
    path = tmp_path / "antwoorden.csv"
    header = delimiter.join(HEADER)
    path.write_text("\ufeff" + "\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_replies_create_and_update_residents_and_report_bad_rows_by_line(
    team, tmp_path: Path, demo_table
) -> None:
    path = _replies(
        tmp_path,
        [
            "Zyxwa Een,zyxwa@voorbeeld.nl,0612345678,9999AA,1,,"
            "ja,nee,yes,reply_card,2026-02-01,scan-1,2026-01",
            "Zyxwe Twee,,,9999 ab,12a,2,nee,ja,no,web_form,2026-02-02,form-7,2026-01",
            "Kapot,geen-mail,,9999AA,1,,ja,nee,nee,reply_card,2026-02-01,,2026-01",
            "Fout,,,,,,misschien,nee,nee,reply_card,2026-02-01,,2026-01",
            "Datum,,,,,,ja,nee,nee,reply_card,1-2-2026,,2026-01",
            "Versie,,,,,,ja,nee,nee,reply_card,2026-02-01,,2099-9",
            "Zyxwa Een,ZYXWA@voorbeeld.nl,,,,,ja,nee,nee,antwoordkaart,2026-02-20,scan-9,2026-01",
        ],
    )
    report = team.privacy.residents.import_replies(path, lambda _d, _t: None).value
    assert (report.created, report.updated, report.skipped) == (2, 1, 4)
    assert [(e.line, e.field) for e in report.errors] == [
        (4, "email"),
        (5, "consent_link"),
        (6, "given_at"),
        (7, "notice_version"),
    ]
    (one,) = team.privacy.residents.search("zyxwa").value
    shown = team.privacy.residents.profile(one.id).value
    assert shown.phone == "+31612345678" and shown.neighbourhood is not None
    given = {c.purpose: c for c in shown.consents if c.status is ConsentStatus.GIVEN}
    assert set(given) == {Purpose.LINK_SOCIAL}  # campaigns: "nee" on the newer card
    assert given[Purpose.LINK_SOCIAL].evidence_ref == "scan-9"
    (two,) = team.privacy.residents.search("zyxwe").value
    address = team.privacy.residents.profile(two.id).value.address
    assert address is not None and (address.house_letter, address.addition) == ("A", "2")


def test_replies_with_semicolons_and_a_wrong_header(team, tmp_path: Path) -> None:
    path = _replies(
        tmp_path,
        ["Zyxwi Drie;;;;;;yes;no;no;counter;2026-01-05;;2026-01"],
        delimiter=";",
    )
    assert team.privacy.residents.import_replies(path, lambda _d, _t: None).value.created == 1
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("naam,email\nA,b\n", encoding="utf-8")
    with pytest.raises(ReplyFileError):
        team.privacy.residents.import_replies(wrong, lambda _d, _t: None)
