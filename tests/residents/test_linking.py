"""Linking: only with a valid consent for linking AND an account verified by the resident's
one-time code - refused by the desk and by the database; withdrawal unlinks everything at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from webcare.residents import consents, profiles
from webcare.residents.errors import LinkRefused
from webcare.residents.values import MASK, ResidentInput
from webcare.residents.vocabulary import ConsentMethod, LinkBlock, Purpose
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import (
    Consent,
    Contact,
    Conversation,
    DigitaalAdres,
    Klantcontact,
)


def _verified_link(team, give, inbound, person: ResidentInput) -> tuple[int, int]:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.LINK_SOCIAL)
    code = team.privacy.residents.issue_code(resident).value.code
    conversation = inbound(f"Hallo gemeente, mijn code is {code.lower()} groet")
    offer = team.agent.residents.beside_conversation(conversation).value.offer
    assert offer is not None and offer.resident_id == resident
    team.agent.residents.link(conversation, resident)
    return resident, conversation


def test_the_code_sent_from_the_account_is_recognised_and_the_link_offered(
    team, give, inbound, person: ResidentInput
) -> None:
    resident, conversation = _verified_link(team, give, inbound, person)
    beside = team.agent.residents.beside_conversation(conversation).value
    assert beside.profile is not None and beside.profile.id == resident
    assert beside.offer is None
    (identity,) = beside.profile.identities
    assert identity.handle == "@zyxwhandle" and identity.verified_at is not None
    assert [c.conversation_id for c in beside.profile.conversations] == [conversation]


def test_agents_see_the_linked_profile_with_contact_details_masked(
    team, give, inbound, person: ResidentInput
) -> None:
    _resident, conversation = _verified_link(team, give, inbound, person)
    agent_view = team.agent.residents.beside_conversation(conversation).value.profile
    assert agent_view is not None and agent_view.masked
    assert (agent_view.email, agent_view.phone) == (MASK, MASK)
    assert agent_view.address is not None and agent_view.address.postcode == MASK
    assert agent_view.address.house_number is None
    assert agent_view.consultations == ()  # who looked: for those who may read the audit log
    keeper = team.supervisor.residents.beside_conversation(conversation).value.profile
    assert keeper is not None and keeper.email == "zyxwina@voorbeeld.nl"
    assert keeper.consultations and keeper.consultations[0].actor == "Supervisor"


def test_later_conversations_of_a_verified_account_are_linked_as_they_arrive(
    team, give, inbound, person: ResidentInput
) -> None:
    resident, first = _verified_link(team, give, inbound, person)
    later = inbound("Nog een vraag over mijn container")
    shown = team.privacy.residents.profile(resident).value
    assert {c.conversation_id for c in shown.conversations} == {first, later}
    stranger = inbound("Ik ben iemand anders", author="901", handle="@ander", name="Ander")
    assert team.agent.residents.beside_conversation(stranger).value.profile is None


def test_linking_without_consent_is_refused_by_the_desk(
    team, inbound, person: ResidentInput
) -> None:
    resident = team.privacy.residents.create(person).value
    conversation = inbound("Hallo")
    with pytest.raises(LinkRefused) as refused:
        team.agent.residents.link(conversation, resident)
    assert refused.value.reason is LinkBlock.NO_CONSENT
    with pytest.raises(LinkRefused):
        team.privacy.residents.issue_code(resident)


def test_linking_without_verification_is_refused_by_the_desk(
    team, give, inbound, person: ResidentInput
) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.LINK_SOCIAL)
    team.privacy.residents.issue_code(resident)
    conversation = inbound("Hallo, ik heb geen code gestuurd")
    with pytest.raises(LinkRefused) as refused:
        team.agent.residents.link(conversation, resident)
    assert refused.value.reason is LinkBlock.NOT_VERIFIED


def test_a_code_sent_from_another_account_verifies_that_account_only(
    team, give, inbound, person: ResidentInput
) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.LINK_SOCIAL)
    code = team.privacy.residents.issue_code(resident).value.code
    inbound(f"code {code}", author="901", handle="@ander", name="Ander")
    own = inbound("Hallo, dit is mijn eigen account")
    with pytest.raises(LinkRefused) as refused:
        team.agent.residents.link(own, resident)
    assert refused.value.reason is LinkBlock.NOT_VERIFIED


def test_an_expired_code_is_not_recognised(
    team, give, inbound, clock, person: ResidentInput
) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.LINK_SOCIAL)
    code = team.privacy.residents.issue_code(resident).value.code
    clock.advance(days=15)
    conversation = inbound(f"mijn code: {code}")
    assert team.agent.residents.beside_conversation(conversation).value.offer is None


def test_searching_from_the_inbox_says_who_can_be_linked_and_why_others_cannot(
    team, give, inbound, person: ResidentInput
) -> None:
    ready = team.privacy.residents.create(person).value
    give(team.privacy, ready, Purpose.LINK_SOCIAL)
    code = team.privacy.residents.issue_code(ready).value.code
    no_consent = team.privacy.residents.create(ResidentInput(name="Zyxwa Zonder")).value
    withdrawn = team.privacy.residents.create(ResidentInput(name="Zyxwo Ingetrokken")).value
    give(team.privacy, withdrawn, Purpose.LINK_SOCIAL)
    team.privacy.residents.withdraw_consent(withdrawn, Purpose.LINK_SOCIAL)
    unverified = team.privacy.residents.create(ResidentInput(name="Zyxwu Onbekend")).value
    give(team.privacy, unverified, Purpose.LINK_SOCIAL)
    conversation = inbound(f"Code {code}")
    found = {
        c.resident.id: c for c in team.agent.residents.link_candidates(conversation, "zyxw").value
    }
    assert found[ready].blocked is None
    assert found[no_consent].blocked is LinkBlock.NO_CONSENT
    assert found[withdrawn].blocked is LinkBlock.CONSENT_WITHDRAWN
    assert found[unverified].blocked is LinkBlock.NOT_VERIFIED
    assert found[ready].resident.postcode == MASK  # an agent sees no contact details here either


def test_withdrawing_consent_unlinks_every_conversation_at_once(
    team, give, inbound, database: Database, person: ResidentInput
) -> None:
    resident, first = _verified_link(team, give, inbound, person)
    second = inbound("Tweede gesprek")
    third = inbound("Derde gesprek")
    done = team.agent.residents.withdraw_consent(resident, Purpose.LINK_SOCIAL)
    assert set(done.value.unlinked) == {first, second, third}
    assert done.changes.conversations == {first, second, third}
    shown = team.privacy.residents.profile(resident).value
    assert shown.conversations == () and shown.identities == ()
    for conversation in (first, second, third):
        assert team.agent.residents.beside_conversation(conversation).value.profile is None
    with database.sessions() as session:  # the conversations stay, as public-task records
        assert session.scalar(select(Conversation.id).where(Conversation.id == third)) == third
        assert session.query(Klantcontact).count() == 0
    fourth = inbound("Na het intrekken")  # and no new link is made
    assert team.agent.residents.beside_conversation(fourth).value.profile is None


def test_a_consent_past_its_refresh_date_no_longer_links(
    team, give, inbound, clock, person: ResidentInput
) -> None:
    resident = team.privacy.residents.create(person).value
    give(team.privacy, resident, Purpose.LINK_SOCIAL, at=clock.now - timedelta(days=731))
    conversation = inbound("Hallo")
    with pytest.raises(LinkRefused) as refused:
        team.privacy.residents.issue_code(resident)
    assert refused.value.reason is LinkBlock.CONSENT_EXPIRED
    with pytest.raises(LinkRefused):
        team.agent.residents.link(conversation, resident)


NOW = datetime(2026, 3, 2, tzinfo=UTC)


def _rows(database: Database, give_consent: bool, status: str = "given") -> dict[str, int]:
    """A resident, a contact with a conversation and (maybe) a consent, written directly."""
    with transaction(database.sessions) as session:
        partij = profiles.create(session, ResidentInput(name="Rauw"), NOW)
        contact = Contact(platform="x", external_id="777", handle="@rauw", display_name="Rauw")
        session.add(contact)
        session.flush()
        account = session.scalar(select(Conversation.account_id).limit(1))
        conversation = Conversation(
            account_id=account, kind="direct", thread_key="rauw", contact_id=contact.id
        )
        session.add(conversation)
        session.flush()
        consent_id = 0
        if give_consent:
            consent_id = consents.give(
                session,
                partij.id,
                Purpose.LINK_SOCIAL,
                method=ConsentMethod.COUNTER,
                given_at=NOW,
                evidence_ref="",
                notice_version=consents.notice(session).version,
                by="test",
                now=NOW,
            ).id
            if status != "given":
                session.execute(
                    update(Consent).where(Consent.id == consent_id).values(status=status)
                )
        return {
            "partij": partij.id,
            "contact": contact.id,
            "conversation": conversation.id,
            "consent": consent_id,
        }


def _identity(
    ids: dict[str, int], *, verified: bool = True, status: str = "given"
) -> dict[str, object]:
    return {
        "partij_id": ids["partij"],
        "soort_digitaal_adres": "overig",
        "adres": "@rauw",
        "omschrijving": "x",
        "is_standaard_adres": False,
        "verificatie_datum": NOW if verified else None,
        "bron": "platform",
        "contact_id": ids["contact"],
        "consent_id": ids["consent"] or None,
        "consent_doel": "link_social" if ids["consent"] else None,
        "consent_status": status if ids["consent"] else None,
        "created_at": NOW,
    }


@pytest.mark.parametrize(
    ("give_consent", "consent_status", "verified", "claimed_status"),
    [
        (False, "given", True, "given"),  # no consent row at all
        (True, "withdrawn", True, "given"),  # the consent row says withdrawn
        (True, "withdrawn", True, "withdrawn"),  # ... and the link says so too
        (True, "given", False, "given"),  # a valid consent, but the identity is not verified
    ],
)
def test_the_database_refuses_a_link_without_a_valid_consent_or_verification(
    database: Database,
    inbound,
    give_consent: bool,
    consent_status: str,
    verified: bool,
    claimed_status: str,
) -> None:
    inbound("een gesprek, zodat er een account is")
    ids = _rows(database, give_consent, consent_status)
    with pytest.raises(IntegrityError), transaction(database.sessions) as session:
        session.execute(
            insert(DigitaalAdres).values(**_identity(ids, verified=verified, status=claimed_status))
        )


def test_the_database_refuses_a_conversation_link_without_a_given_consent(
    database: Database, inbound
) -> None:
    inbound("een gesprek, zodat er een account is")
    ids = _rows(database, True)
    with transaction(database.sessions) as session:
        identity = session.execute(
            insert(DigitaalAdres).values(**_identity(ids))
        ).inserted_primary_key
    link = {
        "conversation_id": ids["conversation"],
        "partij_id": ids["partij"],
        "digitaal_adres_id": identity[0],
        "contact_id": ids["contact"],
        "consent_id": ids["consent"],
        "consent_doel": "link_social",
        "consent_status": "withdrawn",
        "kanaal": "x",
        "linked_at": NOW,
        "linked_by": "test",
    }
    with pytest.raises(IntegrityError), transaction(database.sessions) as session:
        session.execute(insert(Klantcontact).values(**link))
    with pytest.raises(IntegrityError), transaction(database.sessions) as session:
        session.execute(
            insert(Klantcontact).values(**{**link, "consent_id": 424242, "consent_status": "given"})
        )
    with transaction(database.sessions) as session:  # the valid link is accepted
        session.execute(insert(Klantcontact).values(**{**link, "consent_status": "given"}))
    with pytest.raises(IntegrityError), transaction(database.sessions) as session:
        # and the consent cannot be withdrawn behind the links' back
        session.execute(
            update(Consent).where(Consent.id == ids["consent"]).values(status="withdrawn")
        )
