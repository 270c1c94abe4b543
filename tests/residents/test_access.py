"""The access request (art. 15): every category in the JSON and in a readable Dutch PDF; the
consultation log without employees' names; the deadline on the privacy officer's list."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest

from webcare.permissions import PermissionDenied
from webcare.residents.vocabulary import Purpose, RequestKind, RequestStatus

PDFTOTEXT = shutil.which("pdftotext")


def _resident_with_everything(team, give, inbound, person) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.LINK_SOCIAL, Purpose.NEIGHBOURHOOD_EMAIL)
    code = team.privacy.residents.issue_code(resident).value.code
    conversation = inbound(f"Mijn code {code}; de lantaarnpaal bij mij is kapot")
    team.agent.residents.link(conversation, resident)
    team.agent.residents.withdraw_consent(resident, Purpose.NEIGHBOURHOOD_EMAIL)
    team.supervisor.residents.profile(resident)
    return resident, conversation


def test_the_export_holds_every_category(team, give, inbound, person, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    resident, conversation = _resident_with_everything(team, give, inbound, person)
    result = team.privacy.residents.export_access(resident, tmp_path / "inzage").value
    data = json.loads(Path(result.json_path).read_text(encoding="utf-8"))
    assert set(data) == {
        "inzageverzoek",
        "profiel",
        "toestemmingen",
        "gekoppelde_accounts",
        "gekoppelde_gesprekken",
        "raadplegingen",
        "verzoeken",
        "toelichting",
    }
    profile = data["profiel"]
    assert (profile["naam"], profile["e-mailadres"], profile["telefoonnummer"]) == (
        "Zyxwina Testpersoon",
        "zyxwina@voorbeeld.nl",
        "+31612345678",
    )
    assert profile["bronnen"]["e-mailadres"] == "antwoordkaart"
    consents = {c["doel"]: c for c in data["toestemmingen"]}
    assert consents["link_social"]["status"] == "gegeven"
    assert consents["neighbourhood_email"]["status"] == "ingetrokken"
    notice = team.privacy.residents.notice()
    assert consents["link_social"]["kennisgeving_tekst"] == notice.text
    (account,) = data["gekoppelde_accounts"]
    assert account["account"] == "@zyxwhandle" and account["gecontroleerd_op"]
    (linked,) = data["gekoppelde_gesprekken"]
    assert linked["gesprek"] == conversation
    assert "lantaarnpaal" in linked["berichten"][0]["tekst"]
    looks = data["raadplegingen"]
    assert {"profiel bekeken", "gesprek gekoppeld", "toestemming ingetrokken"} <= {
        r["handeling"] for r in looks
    }
    assert all(set(r) == {"tijd", "handeling", "doel"} for r in looks)  # no employee, ever
    text = json.dumps(looks)
    for name in ("Supervisor", "Privacy", "Agent", "user:"):
        assert name not in text
    assert len(data["toelichting"]) == 8  # art. 15(1)(a)-(h)
    assert Path(result.pdf_path).read_bytes().startswith(b"%PDF-") and result.pages >= 2


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext (poppler-utils; CI installs it)")
def test_the_pdf_is_readable_dutch(team, give, inbound, person, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    resident, _ = _resident_with_everything(team, give, inbound, person)
    result = team.privacy.residents.export_access(resident, tmp_path).value
    assert PDFTOTEXT is not None
    shown = unicodedata.normalize(  # NFKC: the PDF's "fi" ligature reads as "fi"
        "NFKC",
        subprocess.run(
            [PDFTOTEXT, result.pdf_path, "-"], capture_output=True, text=True, check=True
        ).stdout,
    )
    for expected in (
        "Inzage in uw gegevens",
        "Zyxwina Testpersoon",
        "Toestemmingen",
        "ingetrokken",
        "Gekoppelde accounts",
        "@zyxwhandle",
        "Nederlands",
        "lantaarnpaal",
        "Wie keek wanneer in uw profiel",
        "Autoriteit Persoonsgegevens",
        "Bijlage: de tekst die u zag",
    ):
        assert expected in shown, shown
    assert "Supervisor" not in shown, shown


def test_the_deadline_is_on_the_privacy_officers_list_until_answered(
    team,
    person,
    clock,
    tmp_path: Path,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    resident = team.privacy.residents.create(person).value
    team.privacy.residents.register_request(
        resident, RequestKind.ACCESS, clock.now - timedelta(days=3)
    )
    (request,) = team.privacy.residents.requests()
    assert request.status is RequestStatus.OPEN and request.resident_name == "Zyxwina Testpersoon"
    assert (request.received_at.day, request.due_at.month, request.due_at.day) == (27, 3, 27)
    with pytest.raises(PermissionDenied):
        team.supervisor.residents.requests()
    team.privacy.residents.export_access(resident, tmp_path)
    assert team.privacy.residents.requests() == []
    (done,) = team.privacy.residents.requests(open_only=False)
    assert done.status is RequestStatus.DONE


def test_only_the_privacy_officer_and_the_administrator_may_export(team, person, tmp_path) -> None:  # type: ignore[no-untyped-def]
    resident = team.privacy.residents.create(person).value
    with pytest.raises(PermissionDenied):
        team.supervisor.residents.export_access(resident, tmp_path)
    assert not (tmp_path / "inzage.json").exists()
