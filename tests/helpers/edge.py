"""What the tests of the platform's edge share: accounts on the sandbox, and what was stored.

Each test puts a hostile value next to good items and looks at what a person would see: the
messages in the inbox, the quarantine, the account's state and its streams.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from channels.sandbox import IG_USER_ID, PAGE_ID, X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from tests.helpers.sandbox import Bystander, Control
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, AccountStream, Message, QuarantinedItem
from webcare.storage.types import utcnow
from webcare.vocabulary import Platform

ANNA = {"id": "701", "username": "anna_zaandam", "name": "Anna de Vries"}
RESIDENT = {
    Platform.FACEBOOK: {"id": "2400000000000701", "name": "Anna de Vries"},
    Platform.INSTAGRAM: {"id": "6400000000000701", "username": "anna.dv"},
}
OTHER = {
    Platform.FACEBOOK: {"id": "2400000000000702", "name": "Bram de Boer"},
    Platform.INSTAGRAM: {"id": "6400000000000702", "username": "bram.db"},
}
DM_PLATFORM = {Platform.FACEBOOK: "messenger", Platform.INSTAGRAM: "instagram"}
META = [Platform.FACEBOOK, Platform.INSTAGRAM]


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


def cli(database: Database, store: CredentialStore) -> list[str]:
    """The global options that point `webcare` (in this process) at the test's database and
    the folder of its credentials."""
    url = database.engine.url.render_as_string(hide_password=False)
    return ["--db", url, "--data-dir", str(store.fallback_path.parent)]


# ---- X


def mention(control: Control, text: str) -> str:
    return str(control.post("/_sandbox/x/mentions", {"author": ANNA, "text": text})["tweet"]["id"])


def x_dm(control: Control, text: str) -> str:
    return str(control.post("/_sandbox/x/dms", {"sender": ANNA, "text": text})["dm_event"]["id"])


# ---- Facebook and Instagram


def target(control: Control, platform: Platform) -> str:
    """The newest of the Page's posts, or of the Instagram account's media."""
    state = control.graph_state()
    if platform is Platform.FACEBOOK:
        own = [p for p in state["posts"] if p["author_id"] == PAGE_ID]
    else:
        own = [m for m in state["media"] if m["owner_id"] == IG_USER_ID]
    return str(max(own, key=lambda item: item["seq"])["id"])


def comment(control: Control, platform: Platform, on: str, text: str, other: bool = False) -> str:
    body = {"on": on, "text": text, "author": (OTHER if other else RESIDENT)[platform]}
    return str(control.post("/_sandbox/graph/comments", body)["comment"]["id"])


def dm(control: Control, platform: Platform, text: str, **extra: Any) -> str:
    body = {"platform": DM_PLATFORM[platform], "sender": RESIDENT[platform], "text": text, **extra}
    return str(control.post("/_sandbox/graph/dms", body)["conversation_id"])


def published(
    control: Control,
    platform: Platform,
    text: str,
    start: datetime,
    count: int = 1,
    every: timedelta = timedelta(0),
) -> list[str]:
    """The Page's own posts (or the account's media), `count` of them `every` apart."""
    body = {
        "platform": platform.value,
        "text": text,
        "created_at": start.isoformat(),
        "count": count,
        "every": every.total_seconds(),
    }
    return list(control.post("/_sandbox/graph/published", body)["ids"])
