"""The demo's residents: a few profiles with consents, one whose account is verified the real
way (the resident sends the code by DM to the sandbox; the worker's ingest recognises it) and
linked, one with a withdrawn consent, an open access request, and the fictional postcode table.

Everything goes through the same core functions as the desk, acting as "demo".
"""

from __future__ import annotations

import json
import logging
import threading
import urllib.request
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from resources import ROOT
from webcare import audit
from webcare.clock import utcnow
from webcare.residents import consents, linking, postcodes, profiles, requests
from webcare.residents.values import ResidentInput
from webcare.residents.vocabulary import ConsentMethod, Purpose, RequestKind, Source
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import VerificationCode

log = logging.getLogger(__name__)

DEMO_TABLE = ROOT / "postcodes" / "demo_pc6hnr2025.csv"
DEMO_COORDINATES = ROOT / "postcodes" / "demo_coordinates.csv"
BY = "demo"
LINK_WAIT_SECONDS = 90.0

# (name, e-mail, phone, postcode, number, purposes given, purposes then withdrawn)
RESIDENTS: list[tuple[ResidentInput, tuple[Purpose, ...], tuple[Purpose, ...]]] = [
    (
        ResidentInput(
            "Fatima El Amrani", "fatima.elamrani@voorbeeld.nl", "06 11223344", "9999AA", "3"
        ),
        (Purpose.LINK_SOCIAL, Purpose.NEIGHBOURHOOD_EMAIL),
        (),
    ),
    (
        ResidentInput("Kees Bakker", "", "020 123 4567", "9999BB", "12b", source=Source.PHONE),
        (Purpose.NEIGHBOURHOOD_EMAIL, Purpose.CAMPAIGNS),
        (),
    ),
    (
        ResidentInput(
            "Anouk de Wit", "anouk.dewit@voorbeeld.nl", "", "9999CA", "7", source=Source.WEB_FORM
        ),
        (Purpose.CAMPAIGNS, Purpose.NEIGHBOURHOOD_EMAIL),
        (Purpose.CAMPAIGNS,),
    ),
    (
        ResidentInput("Jeroen Visser", "jeroen.visser@voorbeeld.nl", "", "9999AC", "21"),
        (Purpose.LINK_SOCIAL,),
        (),
    ),
]
# Fatima is one of the sandbox's simulated residents on X: she sends the code from there.
SENDER = {"id": "1002", "username": "fatima_elamrani", "name": "Fatima El Amrani"}


def seed(database: Database, sandbox: Any) -> threading.Thread | None:
    """Fill the demo's residents; returns the thread that links Fatima once her DM is in."""
    engine = database.engine
    staged = postcodes.stage(
        engine, DEMO_TABLE, coordinates=DEMO_COORDINATES, progress=lambda _d, _t: None
    )
    now = utcnow()
    with transaction(database.sessions) as session:
        postcodes.swap(session, staged, by=BY, now=now)
        notice = consents.notice(session)
        ids = []
        for data, given, withdrawn in RESIDENTS:
            partij = profiles.create(session, data, now)
            ids.append(partij.id)
            method = ConsentMethod(data.source.value)
            for purpose in given:
                consents.give(
                    session,
                    partij.id,
                    purpose,
                    method=method,
                    given_at=now - timedelta(days=20),
                    evidence_ref=f"demo-{partij.id}",
                    notice_version=notice.version,
                    by=BY,
                    now=now,
                )
            for purpose in withdrawn:
                consents.withdraw(
                    session, partij.id, purpose, method=ConsentMethod.DM_KEYWORD, by=BY, now=now
                )
            audit.record(
                session,
                actor=BY,
                action="resident.created",
                entity_type="resident",
                entity_id=partij.id,
                details={"purpose": "edit"},
            )
        requests.register(session, ids[1], RequestKind.ACCESS, now - timedelta(days=25), by=BY)
        code = linking.issue_code(session, ids[0], by=BY, now=now).code
        linking.issue_code(session, ids[3], by=BY, now=now)  # Jeroen's code has not come yet
    try:
        _send_dm(sandbox.url, f"Hallo gemeente! Hier is mijn code om te koppelen: {code}")
    except OSError:
        log.warning("demo: could not send the verification DM to the sandbox", exc_info=True)
        return None
    thread = threading.Thread(
        target=_link_when_received,
        args=(database, ids[0]),
        name="webcare-demo-link",
        daemon=True,
    )
    thread.start()
    return thread


def _send_dm(base: str, text: str) -> None:
    body = json.dumps({"sender": SENDER, "text": text}).encode()
    request = urllib.request.Request(
        f"{base}/_sandbox/x/dms",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10):
        pass


def _link_when_received(database: Database, resident_id: int) -> None:
    """Wait for ingest to recognise the code, then confirm the link as a colleague would."""
    stop = threading.Event()
    deadline = utcnow() + timedelta(seconds=LINK_WAIT_SECONDS)
    try:
        while utcnow() < deadline and not stop.wait(0.5):
            with transaction(database.sessions) as session:
                conversation = session.scalar(
                    select(VerificationCode.received_conversation_id).where(
                        VerificationCode.partij_id == resident_id,
                        VerificationCode.received_conversation_id.is_not(None),
                    )
                )
                if conversation is None:
                    continue
                result = linking.link(session, conversation, resident_id, by=BY, now=utcnow())
                audit.record(
                    session,
                    actor=BY,
                    action="resident.linked",
                    entity_type="resident",
                    entity_id=resident_id,
                    details={"conversations": list(result.conversations), "purpose": "link"},
                )
                return
    except Exception:  # the demo may be quitting; the database may be gone
        log.debug("demo: linking stopped", exc_info=True)
