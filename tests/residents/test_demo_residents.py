"""The demo's residents: consents, a withdrawn one, the fictional postcode table, and a link
made the real way - the code sent by DM to the sandbox, recognised by the worker's ingest."""

from __future__ import annotations

import time

from sqlalchemy import select

from webcare.config import Settings
from webcare.demo import start_demo
from webcare.desks import open_desks
from webcare.residents import postcodes
from webcare.residents.vocabulary import ConsentStatus
from webcare.runtime import Database
from webcare.storage.models import Consent, Klantcontact, Message, Partij


def test_the_demo_has_residents_with_consents_and_one_linked_conversation(
    settings: Settings, database: Database
) -> None:
    desks = open_desks(database.sessions, "demo")  # the first user: every role
    demo = start_demo(settings, database, desks.inbox)
    try:
        deadline = time.monotonic() + 60
        linked = None
        while linked is None and time.monotonic() < deadline:
            with database.sessions() as session:
                linked = session.scalars(select(Klantcontact)).first()
            time.sleep(0.2)
        assert linked is not None, "the demo's verification DM was never linked"
        with database.sessions() as session:
            names = set(session.scalars(select(Partij.naam)))
            assert {"Fatima El Amrani", "Kees Bakker", "Anouk de Wit"} <= names
            fatima = session.scalars(select(Partij).where(Partij.naam == "Fatima El Amrani")).one()
            assert linked.partij_id == fatima.id and fatima.buurtcode == "BU99990101"
            code_message = session.scalars(
                select(Message.text).where(Message.conversation_id == linked.conversation_id)
            ).first()
            assert code_message is not None and "WC-" in code_message
            statuses = set(session.scalars(select(Consent.status)))
            assert {ConsentStatus.GIVEN, ConsentStatus.WITHDRAWN} <= statuses
            table = postcodes.table_info(session)
            assert table is not None and table.rows == 320
    finally:
        demo.stop()
