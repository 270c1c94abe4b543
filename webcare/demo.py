"""Demo mode: the loopback sandbox, demo accounts and the worker, inside one process.

`webcare gui --demo` runs with a throwaway data folder (see webcare.cli); this module starts
the sandbox through the `webcare.sandbox` entry point (the core never imports `channels`),
connects an account per platform the sandbox and the installed adapters both serve, lets the
simulated residents write, and runs the worker in-process so that the inbox fills by itself
and replies reach the sandbox's threads.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from resources import demo_canned_replies
from webcare import entrypoints
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.adapters import installed_platforms
from webcare.config import Settings
from webcare.inbox.desk import InboxDesk
from webcare.runtime import Database
from webcare.scheduling import InProcessWorker
from webcare.vocabulary import Platform
from webcare.worker import Worker

log = logging.getLogger(__name__)

DEMO_SEED = 2026
RESIDENTS_PER_MINUTE = 4.0
FIRST_MESSAGES = 12
DEMO_POLL_SECONDS = 10


@dataclass
class Demo:
    """A running demo; `stop()` ends the worker and the sandbox."""

    sandbox: Any
    worker: InProcessWorker
    accounts: list[int] = field(default_factory=list)

    @property
    def sandbox_url(self) -> str:
        return str(self.sandbox.url)

    def stop(self) -> None:
        self.worker.stop()
        self.sandbox.stop()


def _demo_accounts(sandbox: Any) -> list[dict[str, Any]]:
    """The accounts the sandbox serves, for the platforms that have an installed adapter."""
    offered = {
        Platform.X: {
            "name": "Gemeente op X (demo)",
            "handle": sandbox.x_username,
            "external_id": sandbox.x_account_id,
            "credential": sandbox.x_token,
            "api_base": sandbox.x_base,
        }
    }
    for platform, attribute in ((Platform.FACEBOOK, "facebook"), (Platform.INSTAGRAM, "instagram")):
        account = getattr(sandbox, f"{attribute}_account", None)
        if account is not None:
            offered[platform] = dict(account)
    installed = set(installed_platforms())
    return [dict(values, platform=p) for p, values in offered.items() if p in installed]


def start_demo(settings: Settings, database: Database, inbox: InboxDesk) -> Demo:
    """Start the sandbox, connect the demo accounts and run the worker in this process.

    Args:
        inbox: the desk of the demo's user (the first user: every role), who adds the demo
            team's canned replies (`resources/demo/`) so that `/` in the composer shows some.
    """
    start_sandbox = entrypoints.load("webcare.sandbox", "start")
    sandbox = start_sandbox(port=0, seed=DEMO_SEED, rate_per_minute=RESIDENTS_PER_MINUTE)
    try:
        # The sandbox's tokens are throwaway: never put them in the user's real keyring.
        credentials = CredentialStore(settings.data_dir, use_keyring=False)
        ids = []
        for values in _demo_accounts(sandbox):
            info, _ = add_account(
                database.sessions,
                credentials,
                poll_interval=DEMO_POLL_SECONDS,
                **values,
            )
            ids.append(info.id)
        sandbox.tick(FIRST_MESSAGES)
        for reply in demo_canned_replies():
            inbox.save_canned(None, shortcut=reply.shortcut, title=reply.title, body=reply.body)
        worker = InProcessWorker(Worker(database, credentials))
        worker.start()
    except Exception:
        sandbox.stop()
        raise
    log.info("demo: sandbox on %s, %d accounts", sandbox.url, len(ids))
    return Demo(sandbox, worker, ids)
