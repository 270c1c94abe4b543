"""The access request (GDPR art. 15): everything about a resident, collected.

What it holds (municipal-context.md R1.8): the profile with the source of each datum, every
consent with the full text of the notice the resident saw, the linked accounts, the linked
conversations with their messages, the requests, and the log of when and for which purpose
the profile was consulted - without the names of the employees (CJEU C-579/21 Pankki S) - plus
the explanation art. 15(1)(a)-(h) asks for, in plain Dutch (B1). `access_files` writes it as
JSON and as a PDF.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.residents import consents, profiles, requests
from webcare.storage.models import (
    AuditEvent,
    Consent,
    ConsentNotice,
    Conversation,
    DigitaalAdres,
    Klantcontact,
    Message,
    Partij,
)
from webcare.vocabulary import Direction

PURPOSES_NL = {
    "link_social": "Uw sociale media koppelen aan uw profiel",
    "neighbourhood_email": "U e-mailen over uw buurt",
    "campaigns": "U benaderen voor campagnes",
}
STATUS_NL = {
    "given": "gegeven",
    "withdrawn": "ingetrokken",
    "expired": "verlopen",
    "superseded": "vervangen door een nieuwere",
}
METHOD_NL = {
    "reply_card": "antwoordkaart",
    "web_form": "webformulier",
    "dm_keyword": "bericht op sociale media",
    "phone": "telefoon",
    "counter": "balie",
}
SOURCE_NL = {
    **METHOD_NL,
    "brp": "Basisregistratie Personen (BRP)",
    "platform": "het platform (X, Facebook of Instagram)",
    "postcode_table": "de postcodetabel van het CBS",
}
FIELD_NL = {
    "name": "naam",
    "email": "e-mailadres",
    "phone": "telefoonnummer",
    "address": "adres",
    "language": "voorkeurstaal",
    "neighbourhood": "buurt",
}
ACTION_NL = {
    "resident.viewed": "profiel bekeken",
    "resident.created": "profiel aangemaakt",
    "resident.changed": "profiel gewijzigd",
    "resident.linked": "gesprek gekoppeld",
    "resident.unlinked": "koppeling ongedaan gemaakt",
    "resident.exported": "inzageverzoek gemaakt",
    "consent.given": "toestemming vastgelegd",
    "consent.withdrawn": "toestemming ingetrokken",
    "consent.expired": "toestemming verlopen",
    "verification.code_issued": "code voor koppelen aangemaakt",
    "verification.code_received": "code voor koppelen ontvangen",
    "request.registered": "verzoek geregistreerd",
    "request.completed": "verzoek afgehandeld",
}
PURPOSE_OF_LOOK_NL = {
    "consult": "raadplegen van het profiel",
    "conversation": "beantwoorden van uw bericht",
    "access_request": "uw inzageverzoek",
    "link": "koppelen van een gesprek",
    "verification": "controleren van uw account",
    "verified_identity": "koppelen van een gesprek van uw gecontroleerde account",
    "edit": "bijwerken van uw gegevens",
    "erasure": "uw verzoek om verwijdering",
}
DIRECTION_NL = {"inbound": "u", "outbound": "gemeente"}

EXPLANATION = [
    (
        "Waarvoor gebruiken wij uw gegevens?",
        "Alleen voor de doelen waarvoor u toestemming gaf (zie Toestemmingen). Uw vragen via "
        "sociale media beantwoorden we ook zonder toestemming: dat is onze publieke taak.",
    ),
    (
        "Welke gegevens?",
        "Uw naam, uw adres en de buurt waarin u woont, uw voorkeurstaal, en - als u die gaf - "
        "uw e-mailadres, uw telefoonnummer en uw accounts op sociale media. Wij bewaren geen "
        "burgerservicenummer (BSN).",
    ),
    (
        "Wie krijgt uw gegevens?",
        "Alleen medewerkers van de gemeente die ze voor hun werk nodig hebben. Berichten die u "
        "via X, Facebook of Instagram stuurt, gaan via dat platform. Een melding over de "
        "openbare ruimte kan naar het meldingensysteem van de gemeente gaan.",
    ),
    (
        "Hoe lang bewaren wij ze?",
        "Uw profiel zolang uw toestemming geldt: tot u die intrekt, of twee jaar nadat u hem "
        "gaf als u hem dan niet vernieuwt. Gesprekken via sociale media bewaren we volgens de "
        "Selectielijst gemeenten: een vraag 1 jaar, een melding over de openbare ruimte of een "
        "klacht 5 jaar na het afsluiten.",
    ),
    (
        "Uw rechten",
        "U mag uw gegevens laten verbeteren of verwijderen, en u mag bezwaar maken of vragen "
        "het gebruik te beperken. Uw toestemming kunt u altijd intrekken.",
    ),
    (
        "Klacht",
        "Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht "
        "indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).",
    ),
    (
        "Waar komen de gegevens vandaan?",
        "Van uzelf (antwoordkaart, webformulier, telefoon, balie), van het platform waarop u "
        "ons schreef, en uw buurt uit de postcodetabel van het CBS. Per gegeven staat de bron "
        "hieronder.",
    ),
    (
        "Geautomatiseerde besluiten",
        "Wij nemen geen besluiten over u die alleen door een computer worden genomen.",
    ),
]


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def collect(session: Session, partij: Partij, now: datetime) -> dict[str, Any]:
    """Everything about the resident, unmasked, as JSON-ready values."""
    shown = profiles.profile(
        session, partij, now, masked=False, with_consultations=False, with_names=False
    )
    notices = {n.version: n for n in session.scalars(select(ConsentNotice))}
    consent_rows = session.scalars(
        select(Consent).where(Consent.partij_id == partij.id).order_by(Consent.recorded_at)
    ).all()
    identities = session.scalars(
        select(DigitaalAdres).where(
            DigitaalAdres.partij_id == partij.id, DigitaalAdres.contact_id.is_not(None)
        )
    ).all()
    links = session.scalars(
        select(Klantcontact).where(Klantcontact.partij_id == partij.id).order_by(Klantcontact.id)
    ).all()
    conversations = []
    for link in links:
        conversation = session.get(Conversation, link.conversation_id)
        assert conversation is not None
        messages = session.scalars(
            select(Message)
            .where(
                Message.conversation_id == conversation.id,
                Message.direction.in_([Direction.INBOUND, Direction.OUTBOUND]),
            )
            .order_by(Message.created_at, Message.id)
        ).all()
        conversations.append(
            {
                "gesprek": conversation.id,
                "platform": link.kanaal,
                "soort": conversation.kind.value,
                "begonnen": _iso(link.plaatsgevonden_op),
                "status": conversation.status.value,
                "gekoppeld_op": _iso(link.linked_at),
                "berichten": [
                    {
                        "tijd": _iso(message.created_at),
                        "van": DIRECTION_NL.get(message.direction.value, message.direction.value),
                        "tekst": message.text,
                    }
                    for message in messages
                ],
            }
        )
    log = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_type == profiles.ENTITY, AuditEvent.entity_id == str(partij.id))
        .order_by(AuditEvent.occurred_at, AuditEvent.id)
    ).all()
    address = None
    if shown.address is not None:
        address = {
            "postcode": shown.address.postcode,
            "huisnummer": shown.address.house_number,
            "huisletter": shown.address.house_letter,
            "toevoeging": shown.address.addition,
        }
    return {
        "inzageverzoek": {
            "gemaakt_op": _iso(now),
            "verantwoordelijke": consent_rows[0].controller if consent_rows else "",
            "kenmerk": partij.uuid,
        },
        "profiel": {
            "naam": shown.name,
            "e-mailadres": shown.email or None,
            "telefoonnummer": shown.phone or None,
            "adres": address,
            "buurt": shown.neighbourhood.buurtcode if shown.neighbourhood else None,
            "wijk": shown.neighbourhood.wijkcode if shown.neighbourhood else None,
            "gemeente": shown.neighbourhood.gemeentecode if shown.neighbourhood else None,
            "indeling_jaar": shown.neighbourhood.year if shown.neighbourhood else None,
            "voorkeurstaal": shown.language,
            "bronnen": {FIELD_NL.get(k, k): SOURCE_NL.get(v, v) for k, v in shown.sources.items()},
            "aangemaakt_op": _iso(shown.created_at),
            "gewijzigd_op": _iso(shown.updated_at),
        },
        "toestemmingen": [
            {
                "doel": consent.doel,
                "doel_omschrijving": PURPOSES_NL.get(consent.doel, consent.doel),
                "status": STATUS_NL.get(consent.status, consent.status),
                "geldig": consents.is_valid(consent, now),
                "gegeven_op": _iso(consent.given_at),
                "manier": METHOD_NL.get(consent.method, consent.method),
                "bewijs": consent.evidence_ref,
                "gegevens": consent.data_categories,
                "verantwoordelijke": consent.controller,
                "vastgelegd_op": _iso(consent.recorded_at),
                "vernieuwen_voor": _iso(consent.refresh_due_at),
                "ingetrokken_op": _iso(consent.withdrawn_at),
                "ingetrokken_via": METHOD_NL.get(consent.withdrawal_method or "", None),
                "beeindigd_op": _iso(consent.ended_at),
                "kennisgeving_versie": consent.notice_version,
                "kennisgeving_sha256": consent.notice_sha256,
                "kennisgeving_tekst": notices[consent.notice_version].text,
            }
            for consent in consent_rows
        ],
        "gekoppelde_accounts": [
            {
                "platform": identity.omschrijving,
                "account": identity.adres,
                "gecontroleerd_op": _iso(identity.verificatie_datum),
            }
            for identity in identities
        ],
        "gekoppelde_gesprekken": conversations,
        "raadplegingen": [
            {
                "tijd": _iso(event.occurred_at),
                "handeling": ACTION_NL.get(event.action, event.action),
                "doel": PURPOSE_OF_LOOK_NL.get(
                    str((event.details or {}).get("purpose", "")),
                    str((event.details or {}).get("purpose", "")),
                ),
            }
            for event in log
        ],
        "verzoeken": [
            {
                "soort": "inzage" if request.kind == "access" else "verwijdering",
                "ontvangen_op": _iso(request.received_at),
                "uiterlijk_beantwoord": _iso(request.due_at),
                "afgehandeld_op": _iso(request.done_at),
            }
            for request in requests.of_resident(session, partij.id)
        ],
        "toelichting": [{"vraag": q, "antwoord": a} for q, a in EXPLANATION],
    }
