"""The team's words: role names, and the team desk's refusals as sentences.

`describe` is registered with `ui.errors` (see `register`), so that every refusal of the team's
desk reads the same wherever it shows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from ui import errors
from webcare.team.members import NAME_MAX, TeamRefused
from webcare.team.store import NAME_MAX as CLOSING_NAME_MAX
from webcare.team.store import PolicyRefused
from webcare.vocabulary import Role

ROLE_ORDER = (Role.AGENT, Role.PLANNER, Role.SUPERVISOR, Role.PRIVACY_OFFICER, Role.ADMIN)


class TeamTexts(QObject):
    """Translated labels; create one where needed (cheap), call at display time."""

    def role(self, role: Role) -> str:
        return {
            Role.AGENT: self.tr("Agent"),
            Role.PLANNER: self.tr("Planner"),
            Role.SUPERVISOR: self.tr("Supervisor"),
            Role.PRIVACY_OFFICER: self.tr("Privacy officer"),
            Role.ADMIN: self.tr("Administrator"),
        }[role]

    def roles(self, roles: frozenset[Role]) -> str:
        return ", ".join(self.role(role) for role in ROLE_ORDER if role in roles)

    def role_hint(self, role: Role) -> str:
        return {
            Role.AGENT: self.tr("answers residents in the inbox"),
            Role.PLANNER: self.tr("plans posts on the calendar; may read the inbox"),
            Role.SUPERVISOR: self.tr("works the inbox, exports it, sets the service policy"),
            Role.PRIVACY_OFFICER: self.tr("answers access and erasure requests"),
            Role.ADMIN: self.tr("manages users, roles and accounts"),
        }[role]

    def day(self, value: date) -> str:
        """A date with its weekday, as the closing days list shows it: "Mon 27-04-2026"."""
        return QLocale().toString(QDate(value.year, value.month, value.day), "ddd dd-MM-yyyy")

    def refusal(self, error: BaseException) -> str | None:
        """A sentence for the team desk's refusals (None for other errors)."""
        if isinstance(error, TeamRefused):
            code = TeamRefused.Code
            return {
                code.NO_USER: self.tr("There is no user {name}."),
                code.USER_EXISTS: self.tr("There already is a user {name}."),
                code.BAD_USERNAME: self.tr(
                    "A user name is one word of lower-case letters, digits, '.', '_' or '-' "
                    "(at most 100 characters)."
                ),
                code.NAME_TOO_LONG: self.tr("A name is at most {max} characters."),
                code.NO_ROLES: self.tr("A user needs at least one role; deactivate them instead."),
                code.LAST_ADMIN: self.tr(
                    "{name} is the last active administrator: make someone else administrator "
                    "first, so that somebody can still manage users."
                ),
            }[error.code].format(name=error.username, max=NAME_MAX)
        if isinstance(error, PolicyRefused):
            policy = PolicyRefused.Code
            return {
                policy.NO_ACCOUNT: self.tr("That account no longer exists."),
                policy.BAD_TARGET: self.tr("The response target is between 1 minute and 4 weeks."),
                policy.OVERLAPPING_HOURS: self.tr("Two opening ranges of one day overlap."),
                policy.NO_NAME: self.tr("A closing day needs a name."),
                policy.NAME_TOO_LONG: self.tr("A closing day's name is at most {max} characters."),
                policy.NO_CLOSING_DAY: self.tr("That closing day was already removed."),
            }[error.code].format(max=CLOSING_NAME_MAX)
        return None


def describe(error: BaseException) -> str | None:
    """The describer `ui.errors` calls for every error."""
    return TeamTexts().refusal(error)


def register() -> None:
    errors.register(describe)
