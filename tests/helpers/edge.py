"""What the tests of the platform's edge share: accounts on the sandbox, and what was stored.

Each test puts a hostile value next to good items and looks at what a person would see: the
messages in the inbox, the quarantine, the account's state and its streams.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from tests.helpers.sandbox import Bystander, Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, AccountStream, Message, QuarantinedItem
from webcare.storage.types import utcnow
from webcare.vocabulary import Platform

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}


def connect_x(database: Database, store: CredentialStore, sandbox: SandboxHandle) -> int:
    info, _ = add_account(
        database.sessions,
        store,
        platform=Platform.X,
        name=X_USERNAME,
        handle=X_USERNAME,
        external_id=X_ACCOUNT_ID,
        credential=X_TOKEN,
        api_base=sandbox.x_base,
    )
    return info.id


def connect_meta(
    database: Database, store: CredentialStore, sandbox: SandboxHandle, platform: Platform
) -> int:
    values = (
        sandbox.facebook_account if platform is Platform.FACEBOOK else sandbox.instagram_account
    )
    info, _ = add_account(database.sessions, store, platform=platform, **values)
    return info.id


def arm(control: Control, prefix: str, **fault: Any) -> None:
    control.post("/_sandbox/faults", {"prefix": prefix, **fault})


def texts(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(Message.text).order_by(Message.id)).all())


def stored_ids(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(Message.external_id).order_by(Message.id)).all())


def quarantined(database: Database) -> list[QuarantinedItem]:
    with database.sessions() as session:
        return list(session.scalars(select(QuarantinedItem).order_by(QuarantinedItem.id)).all())


def account(database: Database, account_id: int) -> Account:
    with database.sessions() as session:
        found = session.get(Account, account_id)
        assert found is not None
        return found


def streams(database: Database, account_id: int) -> dict[str, AccountStream]:
    with database.sessions() as session:
        rows = session.scalars(
            select(AccountStream).where(AccountStream.account_id == account_id)
        ).all()
        return {row.stream: row for row in rows}


def end_backoff(database: Database, account_id: int) -> None:
    """Let the next pass poll at once, as if the backoff had run out."""
    with transaction(database.sessions) as session:
        found = session.get(Account, account_id)
        assert found is not None
        found.backoff_until = None


def paused_until(database: Database, account_id: int) -> dict[str, datetime]:
    now = utcnow()
    return {
        name: stream.limited_until
        for name, stream in streams(database, account_id).items()
        if stream.limited_until is not None and stream.limited_until > now
    }


def redirect(bystander: Bystander) -> dict[str, Any]:
    """A fault that answers 302 to the bystander, as a hijacked proxy or a moved API might."""
    return {
        "kind": "raw",
        "status": 302,
        "body": "",
        "content_type": "text/html",
        "headers": {"Location": f"{bystander.url}/v21.0/comments"},
    }
