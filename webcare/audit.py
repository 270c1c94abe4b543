"""The audit trail: who did what to which record. Never the personal data itself."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from webcare.storage.models import AuditEvent
from webcare.storage.types import utcnow

WORKER = "worker"
CLI = "cli"


def user_actor(user_id: int) -> str:
    return f"user:{user_id}"


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: int | str,
    user_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add an audit event to the session's transaction (committed with the change itself)."""
    session.add(
        AuditEvent(
            occurred_at=utcnow(),
            actor_user_id=user_id,
            actor=actor,
            action=action,
            entity_type=entity_type,
            entity_id=str(entity_id),
            details=details or {},
        )
    )
