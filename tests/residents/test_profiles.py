"""Profiles: contact details validated and normalised, the neighbourhood from the postcode
table, each datum with its source, and masked for the roles that may not see it."""

from __future__ import annotations

import pytest

from webcare.permissions import PermissionDenied
from webcare.residents.errors import InvalidValue
from webcare.residents.values import ResidentInput
from webcare.residents.vocabulary import Source
from webcare.storage.models import Partij
from webcare.vocabulary import Role


def test_contact_details_are_normalised_and_the_neighbourhood_is_resolved(
    team, person: ResidentInput, demo_table: None
) -> None:
    resident = team.privacy.residents.create(person).value
    shown = team.privacy.residents.profile(resident).value
    assert shown.email == "zyxwina@voorbeeld.nl"
    assert shown.phone == "+31612345678"
    assert shown.address is not None
    assert (shown.address.postcode, shown.address.house_number, shown.address.house_letter) == (
        "9999AB",
        12,
        "A",
    )
    assert shown.neighbourhood is not None
    assert (shown.neighbourhood.buurtcode, shown.neighbourhood.wijkcode) == (
        "BU99990101",
        "WK999901",
    )
    assert (shown.neighbourhood.gemeentecode, shown.neighbourhood.year) == ("GM9999", 2025)
    assert shown.sources == {
        "name": "reply_card",
        "language": "reply_card",
        "address": "reply_card",
        "email": "reply_card",
        "phone": "reply_card",
        "neighbourhood": "postcode_table",
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"email": "geen-adres"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"phone": "12"}, "phone"),
        ({"postcode": "0123AB"}, "postcode"),
        ({"postcode": "1234SA"}, "postcode"),
        ({"house_number": "nul"}, "house_number"),
        ({"name": "  "}, "name"),
    ],
)
def test_a_value_that_cannot_be_stored_is_refused_with_its_field(
    team, person: ResidentInput, change: dict[str, str], field: str
) -> None:
    data = ResidentInput(**{**person.__dict__, **change})
    with pytest.raises(InvalidValue) as refused:
        team.privacy.residents.create(data)
    assert refused.value.field == field


def test_there_is_no_bsn_field_anywhere() -> None:
    columns = {c.name.lower() for c in Partij.__table__.columns}
    assert not {c for c in columns if "bsn" in c or "burgerservice" in c}
    assert "bsn" not in ResidentInput.__dataclass_fields__


def test_a_changed_datum_records_its_new_source(team, person: ResidentInput) -> None:
    resident = team.privacy.residents.create(person).value
    changed = team.privacy.residents.update(
        resident,
        ResidentInput(**{**person.__dict__, "phone": "020 123 4567", "source": Source.PHONE}),
    ).value
    assert changed == ["phone"]
    shown = team.privacy.residents.profile(resident).value
    assert shown.phone == "+31201234567"
    assert shown.sources["phone"] == "phone" and shown.sources["email"] == "reply_card"


def test_each_role_sees_only_what_it_may(team, person: ResidentInput) -> None:
    resident = team.privacy.residents.create(person).value
    for role in (Role.PRIVACY_OFFICER, Role.ADMIN, Role.SUPERVISOR):
        shown = team.by_role(role).residents.profile(resident).value
        assert not shown.masked and shown.email == "zyxwina@voorbeeld.nl", role
    for role in (Role.AGENT, Role.PLANNER):
        with pytest.raises(PermissionDenied):
            team.by_role(role).residents.profile(resident)
        with pytest.raises(PermissionDenied):
            team.by_role(role).residents.search("Zyxwina")
    with pytest.raises(PermissionDenied):
        team.planner.residents.beside_conversation(1)


def test_search_finds_by_name_and_postcode_and_by_contact_details_only_where_allowed(
    team, person: ResidentInput
) -> None:
    resident = team.privacy.residents.create(person).value
    team.privacy.residents.create(ResidentInput(name="Iemand Anders"))
    desk = team.privacy.residents
    assert [r.id for r in desk.search("zyxw").value] == [resident]
    assert [r.id for r in desk.search("9999 AB").value] == [resident]
    assert [r.id for r in desk.search("ZYXWINA@voorbeeld.nl").value] == [resident]
    assert [r.id for r in desk.search("0612345678").value] == [resident]
    assert [r.name for r in desk.search("").value] == ["Iemand Anders", "Zyxwina Testpersoon"]
    assert desk.search("100%_").value == []
