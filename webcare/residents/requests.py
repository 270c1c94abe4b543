"""Access and erasure requests, and their deadline: one month after receipt (GDPR art. 12(3))."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.residents.consents import add_months
from webcare.residents.errors import NotFound
from webcare.residents.values import RequestInfo
from webcare.residents.vocabulary import RequestKind, RequestStatus
from webcare.storage.models import Partij, PrivacyRequest

ANSWER_MONTHS = 1


def register(
    session: Session, partij_id: int, kind: RequestKind, received_at: datetime, *, by: str
) -> PrivacyRequest:
    request = PrivacyRequest(
        partij_id=partij_id,
        kind=kind.value,
        status=RequestStatus.OPEN.value,
        received_at=received_at,
        due_at=add_months(received_at, ANSWER_MONTHS),
        registered_by=by,
    )
    session.add(request)
    session.flush()
    return request


def complete_open(
    session: Session, partij_id: int, kind: RequestKind, *, by: str, now: datetime
) -> list[int]:
    """Mark the resident's open requests of `kind` as answered; returns their ids."""
    done = []
    for request in session.scalars(
        select(PrivacyRequest).where(
            PrivacyRequest.partij_id == partij_id,
            PrivacyRequest.kind == kind.value,
            PrivacyRequest.status == RequestStatus.OPEN.value,
        )
    ):
        request.status = RequestStatus.DONE.value
        request.done_at, request.done_by = now, by
        done.append(request.id)
    return done


def complete(session: Session, request_id: int, *, by: str, now: datetime) -> None:
    request = session.get(PrivacyRequest, request_id)
    if request is None:
        raise NotFound("request", request_id)
    request.status = RequestStatus.DONE.value
    request.done_at, request.done_by = now, by


def listing(session: Session, *, open_only: bool) -> list[RequestInfo]:
    """The privacy officer's list: soonest deadline first."""
    query = (
        select(PrivacyRequest, Partij.naam)
        .outerjoin(Partij, Partij.id == PrivacyRequest.partij_id)
        .order_by(PrivacyRequest.status.desc(), PrivacyRequest.due_at, PrivacyRequest.id)
    )
    if open_only:
        query = query.where(PrivacyRequest.status == RequestStatus.OPEN.value)
    return [
        RequestInfo(
            id=request.id,
            resident_id=request.partij_id,
            resident_name=name or "",
            kind=RequestKind(request.kind),
            status=RequestStatus(request.status),
            received_at=request.received_at,
            due_at=request.due_at,
            done_at=request.done_at,
        )
        for request, name in session.execute(query).all()
    ]


def of_resident(session: Session, partij_id: int) -> list[PrivacyRequest]:
    return list(
        session.scalars(
            select(PrivacyRequest)
            .where(PrivacyRequest.partij_id == partij_id)
            .order_by(PrivacyRequest.received_at)
        )
    )
