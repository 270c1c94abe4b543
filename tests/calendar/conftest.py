"""Fixtures for the calendar: a sandbox with the three demo accounts connected through the real
adapters, a planner's desk, and the worker that holds the lease (whose engine publishes)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from channels.sandbox import X_ACCOUNT_ID, X_TOKEN, X_USERNAME, SandboxHandle
from tests.helpers.calendar import Env, Sandbox
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.config import Settings
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.users import ensure_user, grant
from webcare.vocabulary import Platform, Role
from webcare.worker import Worker


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.name != "webcare-warm-up"]
    assert not left, f"threads left running: {left}"


@pytest.fixture
def env(database: Database, settings: Settings, sandbox: SandboxHandle) -> Iterator[Env]:
    store = CredentialStore(settings.data_dir, use_keyring=False)
    x, _ = add_account(
        database.sessions,
        store,
        platform=Platform.X,
        name="Gemeente op X",
        handle=X_USERNAME,
        external_id=X_ACCOUNT_ID,
        credential=X_TOKEN,
        api_base=sandbox.x_base,
    )
    fb, _ = add_account(
        database.sessions, store, platform=Platform.FACEBOOK, **sandbox.facebook_account
    )
    ig, _ = add_account(
        database.sessions, store, platform=Platform.INSTAGRAM, **sandbox.instagram_account
    )
    with transaction(database.sessions) as session:
        ensure_user(session, "beheer")  # the first user holds every role
        planner = ensure_user(session, "pia")
        grant(session, planner.id, [Role.PLANNER])
        agent = ensure_user(session, "anna")
    worker = Worker(database, store)
    worker.acquire_lease()
    control = Sandbox(sandbox.url)
    yield Env(database, store, control, x.id, fb.id, ig.id, planner.id, agent.id, worker)
    worker.release_lease()
    control.close()
