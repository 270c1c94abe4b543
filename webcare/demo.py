"""Demo mode: the loopback sandbox, demo accounts and the worker, inside one process.

`webcare gui --demo` runs with a throwaway data folder (see webcare.cli); this module starts
the sandbox through the `webcare.sandbox` entry point (the core never imports `channels`),
connects an account per platform the sandbox and the installed adapters both serve, lets the
simulated residents write, and runs the worker in-process so that the inbox fills by itself
and replies reach the sandbox's threads.
"""

from __future__ import annotations

import json
import logging
import urllib.request
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from resources import demo_canned_replies
from webcare import entrypoints
from webcare.accounts.credentials import CredentialStore
from webcare.accounts.service import add_account
from webcare.adapters import installed_platforms
from webcare.calendar import demoplan
from webcare.clock import utcnow
from webcare.config import Settings
from webcare.demo_team import DemoTeam, add_colleagues
from webcare.inbox.desk import InboxDesk
from webcare.residents import demo as residents_demo
from webcare.runtime import Database
from webcare.scheduling import InProcessWorker
from webcare.team.desk import TeamDesk
from webcare.users import get_user
from webcare.vocabulary import Platform
from webcare.worker import Worker

log = logging.getLogger(__name__)

DEMO_SEED = 2026
RESIDENTS_PER_MINUTE = 4.0
FIRST_MESSAGES = 12
DEMO_POLL_SECONDS = 10
# A Messenger question left for three days: past the 24-hour window, so that the composer
# offers the HUMAN_AGENT tag (a person may still answer for 7 days).
LATE_QUESTION = {
    "platform": "messenger",
    "sender": {"id": "2400000000000871", "name": "Fleur Jansen"},
    "text": "Ik wacht al een paar dagen op antwoord over mijn aanvraag bijzondere bijstand.",
}
LATE_BY = timedelta(days=3)


@dataclass
class Demo:
    """A running demo; `stop()` ends the worker and the sandbox."""

    sandbox: Any
    worker: InProcessWorker
    accounts: list[int] = field(default_factory=list)
    team: DemoTeam | None = None

    @property
    def sandbox_url(self) -> str:
        return str(self.sandbox.url)

    def stop(self) -> None:
        if self.team is not None:
            self.team.stop()
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
        by_platform: dict[Platform, int] = {}
        for values in _demo_accounts(sandbox):
            info, _ = add_account(
                database.sessions,
                credentials,
                poll_interval=DEMO_POLL_SECONDS,
                **values,
            )
            ids.append(info.id)
            by_platform[values["platform"]] = info.id
        sandbox.tick(FIRST_MESSAGES)
        if Platform.FACEBOOK in by_platform:
            _late_question(str(sandbox.url))
        for reply in demo_canned_replies():
            inbox.save_canned(None, shortcut=reply.shortcut, title=reply.title, body=reply.body)
        # ---- the calendar's demo plan (webcare.calendar.demoplan)
        demoplan.seed(database.sessions, inbox.user_id, by_platform, settings.data_dir)
        # ---- residents: profiles, consents, a link made the real way, the postcode table
        residents_demo.seed(database, sandbox)
        # ----
        # ---- the demo's team: colleagues who claim, reply and write notes on their own
        add_colleagues(TeamDesk(database.sessions, inbox.user_id))
        team = DemoTeam(database.sessions, _username(database, inbox.user_id))
        # ----
        worker = InProcessWorker(Worker(database, credentials))
        worker.start()
        team.start()
    except Exception:
        sandbox.stop()
        raise
    log.info("demo: sandbox on %s, %d accounts", sandbox.url, len(ids))
    return Demo(sandbox, worker, ids, team)


def _username(database: Database, user_id: int) -> str:
    with database.sessions() as session:
        user = get_user(session, user_id)
    return user.username if user is not None else ""


def _late_question(base: str) -> None:
    """A resident's Messenger message of three days ago, through the sandbox's control API."""
    body = dict(LATE_QUESTION, created_at=(utcnow() - LATE_BY).isoformat())
    request = urllib.request.Request(
        f"{base}/_sandbox/graph/dms",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=10):
            pass
    except OSError:
        log.warning("demo: could not send the late Messenger question", exc_info=True)
