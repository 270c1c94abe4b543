"""The SLA clock (issue 15, item 3): office time left to the response target, when it falls
due, the breach-soon mark, and the inbox list sorted by it across accounts with their own
policies."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from tests.helpers import inbox as data
from webcare.inbox import listing, sla
from webcare.inbox.queries import ListQuery, SortOrder
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.team.desk import TeamDesk
from webcare.team.policy import DEFAULT_WEEK, Policy, Span, week_of
from webcare.vocabulary import Platform, Role

AMS = ZoneInfo("Europe/Amsterdam")
HALF_HOUR = Policy(DEFAULT_WEEK, 30)  # Monday to Friday 08:30-17:00


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in December 2026 (the 4th is a Friday, the 7th a Monday)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=AMS)


def test_a_friday_question_has_its_office_time_left_over_the_weekend() -> None:
    friday = at(4, 16, 45)
    at_five_to_five = sla.clock(HALF_HOUR, friday, at(4, 16, 55))
    assert at_five_to_five is not None
    assert at_five_to_five.left_office_seconds == 20 * 60
    assert at_five_to_five.due_at == at(7, 8, 45)
    assert not at_five_to_five.breach_soon  # twenty minutes left, but not before Monday

    saturday = sla.clock(HALF_HOUR, friday, at(5, 12))
    assert saturday is not None
    assert saturday.left_office_seconds == 15 * 60  # the weekend does not count
    assert not saturday.breach_soon and not saturday.over

    monday = sla.clock(HALF_HOUR, friday, at(7, 8, 20))
    assert monday is not None and monday.breach_soon  # due at 08:45, 25 minutes from now

    late = sla.clock(HALF_HOUR, friday, at(7, 8, 50))
    assert late is not None and late.over and not late.breach_soon
    assert late.left_office_seconds == -5 * 60


def test_a_lunch_break_holds_the_clock() -> None:
    split = Policy(week_of([(Span.of(time(8, 30), time(12, 30)), Span.of(time(13), time(17)))] * 5))
    during_lunch = sla.clock(Policy(split.week, 60), at(8, 12), at(8, 12, 50))
    assert during_lunch is not None
    assert during_lunch.left_office_seconds == 30 * 60
    assert during_lunch.due_at == at(8, 13, 30)
    assert not during_lunch.breach_soon  # 40 wall-clock minutes to go


def test_nobody_waiting_has_no_clock() -> None:
    assert sla.clock(HALF_HOUR, None, at(8, 10)) is None


def test_the_list_sorts_by_time_left_across_accounts_with_their_own_target(
    database: Database,
) -> None:
    with transaction(database.sessions) as session:
        me = data.add_user(session, "anna", "Anna de Jong", (Role.SUPERVISOR,))
        x = data.add_account(session, Platform.X, "Gemeente", "@gemeente")
        facebook = data.add_account(session, Platform.FACEBOOK, "Gemeente", "gemeente")
    TeamDesk(database.sessions, me).set_policy(DEFAULT_WEEK, 30, account_id=x)  # X: half an hour

    def question(account: int, when: datetime) -> int:
        with transaction(database.sessions) as session:
            return data.add_conversation(
                session, account, name="Jan", handle="@jan", text="Vraag", at=when
            )

    early_facebook = question(facebook, at(8, 9))  # four hours: due 13:00
    later_facebook = question(facebook, at(8, 9, 30))  # due 13:30
    x_question = question(x, at(8, 10, 30))  # half an hour: due 11:00
    x_sooner = question(x, at(8, 10, 10))  # due 10:40
    with database.sessions() as session:
        waiting = listing.list_page(session, ListQuery(order=SortOrder.WAITING), me).rows
        due = [listing.list_page(session, ListQuery(order=SortOrder.DUE), me, limit=2)]
        while due[-1].cursor is not None:
            due.append(
                listing.list_page(
                    session, ListQuery(order=SortOrder.DUE), me, due[-1].cursor, limit=2
                )
            )
    assert [row.id for row in waiting] == [early_facebook, later_facebook, x_sooner, x_question]
    by_due = [row.id for page in due for row in page.rows]
    assert by_due == [x_sooner, x_question, early_facebook, later_facebook]
    assert [row.due_at for page in due for row in page.rows] == [
        at(8, 10, 40),
        at(8, 11),
        at(8, 13),
        at(8, 13, 30),
    ]
