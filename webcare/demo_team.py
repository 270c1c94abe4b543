"""The demo's team: three simulated colleagues who work the inbox on their own.

So that `webcare gui --demo` shows what a team at one inbox looks like: a colleague claims an
unassigned conversation (sometimes the one you have open: the collision), answers one they hold
(the reply goes through the outbox to the sandbox), writes an internal note that @mentions you
or another colleague, and closes what they answered. Each does it through their own desks, with
the role checks and audit events of a real colleague. The colleagues are users in the database
with roles (an agent, an agent, a supervisor), added by the demo's first user.

The team acts every `interval` seconds on average, on a thread of its own that `stop()` ends.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from webcare.desks import Desks, open_desks
from webcare.errors import WebcareError
from webcare.inbox.queries import ConversationFilter, ListQuery, Queue
from webcare.team.desk import TeamDesk
from webcare.team.members import TeamRefused
from webcare.vocabulary import ConversationStatus, Direction, Role

log = logging.getLogger(__name__)

COLLEAGUES = (
    ("ilse", "Ilse Kramer", (Role.AGENT,)),
    ("joost", "Joost Verbeek", (Role.AGENT,)),
    ("sanne", "Sanne Visser", (Role.SUPERVISOR, Role.AGENT)),
)
REPLIES = (
    "Dank voor uw bericht. We hebben uw melding doorgezet naar de buitendienst.",
    "Goed dat u het meldt! Een collega kijkt er deze week naar.",
    "Dat vervelend. Mag ik u een privébericht sturen voor het adres?",
)
NOTES = (
    "@{who} kun jij hiernaar kijken? Lijkt op de melding van vorige week.",
    "@{who} dit is jouw wijk, toch?",
    "Buitendienst gebeld, ze gaan morgen langs. @{who} ter info.",
)
INTERVAL_SECONDS = 25.0
# The labels the team puts on the first conversations, in the colours Settings offers.
LABELS = (("Afval", "#2a7f3f"), ("Paspoort", "#1d4e89"), ("Klacht", "#b42318"))


@dataclass(frozen=True)
class Colleague:
    username: str
    desks: Desks


def add_colleagues(team: TeamDesk) -> list[str]:
    """The demo team's users (already there after a restart on the same database: kept)."""
    for username, name, roles in COLLEAGUES:
        try:
            team.add_user(username, name, roles)
        except TeamRefused as exc:
            if exc.code is not TeamRefused.Code.USER_EXISTS:
                raise
    return [username for username, _, _ in COLLEAGUES]


class DemoTeam:
    """Simulated colleagues acting through their desks (see the module's docstring).

    Args:
        me: the user name of the person at this desktop, whom notes sometimes @mention.
        rng: decides who does what and when (a seed gives the same demo).
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        me: str,
        *,
        rng: random.Random | None = None,
        interval: float = INTERVAL_SECONDS,
    ) -> None:
        self.me = me
        self.rng = rng or random.Random()
        self.interval = interval
        self.colleagues = [
            Colleague(username, open_desks(sessions, username)) for username, _, _ in COLLEAGUES
        ]
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ---- one step

    def step(self) -> str | None:
        """One colleague does one thing; returns what (for the log and the tests), or None
        when there was nothing to do."""
        colleague = self.rng.choice(self.colleagues)
        actions = [self._claim, self._reply, self._note, self._close]
        self.rng.shuffle(actions)
        for action in actions:
            try:
                done = action(colleague)
            except WebcareError as exc:  # a colleague was quicker, a window closed: next time
                log.info("demo team: %s could not: %s", colleague.username, exc)
                continue
            if done is not None:
                return f"{colleague.username} {done}"
        return None

    def _conversations(self, colleague: Colleague, queue: Queue) -> list[int]:
        query = ListQuery(ConversationFilter(queue=queue))
        return [row.id for row in colleague.desks.inbox.list_page(query).rows]

    def _held(self, colleague: Colleague) -> list[int]:
        return self._conversations(colleague, Queue.MINE)

    @staticmethod
    def _answered(colleague: Colleague, conversation: int) -> bool | None:
        """Whether the account answered in the conversation (None: it is gone)."""
        detail = colleague.desks.inbox.detail(conversation)
        if detail is None:
            return None
        return any(m.direction is Direction.OUTBOUND for m in detail.messages)

    def _claim(self, colleague: Colleague) -> str | None:
        found = self._conversations(colleague, Queue.UNASSIGNED)
        if not found:
            return None
        conversation = self.rng.choice(found[:5])
        colleague.desks.inbox.claim(conversation)
        return f"claimed {conversation}"

    def _reply(self, colleague: Colleague) -> str | None:
        held = self._held(colleague)
        if not held:
            return None
        conversation = self.rng.choice(held)
        if self._answered(colleague, conversation) is not False:
            return None
        colleague.desks.inbox.send_reply(
            conversation, self.rng.choice(REPLIES), expected_holder=colleague.desks.me.id
        )
        return f"replied to {conversation}"

    def _note(self, colleague: Colleague) -> str | None:
        found = self._held(colleague) or self._conversations(colleague, Queue.OPEN)
        if not found:
            return None
        conversation = self.rng.choice(found[:5])
        others = [c.username for c in self.colleagues if c is not colleague]
        who = self.rng.choice([self.me, self.me, *others])
        colleague.desks.inbox.add_note(conversation, self.rng.choice(NOTES).format(who=who))
        return f"noted on {conversation} for @{who}"

    def _close(self, colleague: Colleague) -> str | None:
        for conversation in self._held(colleague):
            if self._answered(colleague, conversation):
                colleague.desks.inbox.set_status(conversation, ConversationStatus.CLOSED)
                return f"closed {conversation}"
        return None

    def label_first(self) -> list[str]:
        """A colleague labels the first conversations (each label in its colour), so that
        the list shows labels from the start; returns what was done."""
        colleague = self.colleagues[0]
        inbox = colleague.desks.inbox
        found = self._conversations(colleague, Queue.OPEN)
        done = []
        for conversation, (name, colour) in zip(found, LABELS, strict=False):
            inbox.add_tag(conversation, name)
            for label in inbox.labels():
                if label.name == name and label.colour is None:
                    inbox.set_label_colour(label.id, colour)
            done.append(f"{colleague.username} labelled {conversation} {name}")
        return done

    # ---- running

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="demo-team", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        labelled = False
        while not self._stop.wait(self.interval * self.rng.uniform(0.5, 1.5)):
            try:
                # The first action labels the first conversations, the later ones are steps.
                done = "; ".join(self.label_first()) if not labelled else self.step()
                labelled = True
            except Exception:  # the demo's colleagues must never take the app down
                log.exception("demo team: a step failed")
                continue
            if done:
                log.info("demo team: %s", done)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
