"""Each figure on hand-built timelines, to the second, in wall-clock and in office time.

The team's hours in these tests: Monday to Friday 08:30-12:30 and 13:00-17:00 (a lunch break),
Europe/Amsterdam, closed on the Cao Gemeenten's holidays; a response target of 30 minutes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.reports.timeline import Timeline, hours, local
from webcare.inbox import actions, undo
from webcare.reports.figures import Filters, Report
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, Message
from webcare.vocabulary import ConversationStatus, DeliveryState, Direction, MessageKind, Platform

SPLIT_DAY = (hours("08:30", "12:30"), hours("13:00", "17:00"))
WEEKDAYS = {day: SPLIT_DAY for day in range(5)}
HOUR = 3600
MINUTE = 60


@pytest.fixture
def team(timeline: Timeline) -> Timeline:
    timeline.policy(WEEKDAYS, 30)
    return timeline


def month_of(timeline: Timeline, at: datetime, now: datetime | None = None) -> Report:
    first = date(at.year, at.month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return timeline.report(first, last, now or local(2027, 1, 15, 12))


def only_first_response(report: Report) -> tuple[float | None, float | None]:
    durations = report.figures.first_response
    assert durations.count == 1
    return durations.median_seconds, durations.median_office_seconds


def test_friday_quarter_to_five_with_half_an_hour_target_is_due_monday_quarter_to_nine(
    team: Timeline,
) -> None:
    on_time = team.resident("a", local(2026, 3, 6, 16, 45))  # Friday
    team.reply(on_time, local(2026, 3, 9, 8, 45))  # Monday: 15 + 15 office minutes
    late = team.resident("b", local(2026, 3, 6, 16, 45))
    team.reply(late, local(2026, 3, 9, 8, 46))

    report = month_of(team, local(2026, 3, 1))

    figures = report.figures
    assert figures.first_response.count == 2
    assert figures.first_response.median_office_seconds == 30 * MINUTE + 30
    assert figures.first_response.p90_office_seconds == 30 * MINUTE + 54  # 1800 + 0.9 * 60
    assert figures.first_response.median_seconds == 2 * 86400 + 16 * HOUR + 30
    assert (figures.within_target, figures.decided) == (1, 2)
    assert figures.within_target_share == 0.5


def test_a_wait_still_open_counts_as_missed_once_its_target_has_passed(team: Timeline) -> None:
    team.resident("a", local(2026, 3, 6, 16, 45))

    before = month_of(team, local(2026, 3, 1), now=local(2026, 3, 9, 8, 44))
    after = month_of(team, local(2026, 3, 1), now=local(2026, 3, 9, 8, 46))

    assert (before.figures.within_target, before.figures.decided) == (0, 0)
    assert (after.figures.within_target, after.figures.decided) == (0, 1)
    assert after.figures.within_target_share == 0.0


@pytest.mark.parametrize(
    ("written", "answered", "office"),
    [
        # Koningsdag, Monday 27 April 2026: Friday 16-17 and Tuesday 08:30-09:00
        (local(2026, 4, 24, 16), local(2026, 4, 28, 9), 90 * MINUTE),
        # Bevrijdingsdag, Tuesday 5 May 2026 (every year for municipal staff)
        (local(2026, 5, 4, 16), local(2026, 5, 6, 9), 90 * MINUTE),
        # Christmas on Friday 25 December 2026, then a weekend
        (local(2026, 12, 24, 16), local(2026, 12, 28, 9, 30), 2 * HOUR),
        # Good Friday, 3 April 2026, is a working day
        (local(2026, 4, 2, 16), local(2026, 4, 3, 9), 90 * MINUTE),
        # Easter Monday, 6 April 2026, is not: Friday 16-17, then Tuesday 08:30-09:00
        (local(2026, 4, 3, 16), local(2026, 4, 7, 9), 90 * MINUTE),
    ],
    ids=["koningsdag", "bevrijdingsdag", "christmas", "good-friday-counted", "easter-monday"],
)
def test_holidays_are_not_office_time_and_good_friday_is(
    team: Timeline, written: datetime, answered: datetime, office: int
) -> None:
    conversation = team.resident("a", written)
    team.reply(conversation, answered)

    wall, office_seconds = only_first_response(month_of(team, written))

    assert office_seconds == office
    assert wall == (answered - written).total_seconds()


def test_the_lunch_break_is_not_counted(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 4, 12, 20))
    team.reply(conversation, local(2026, 3, 4, 13, 10))

    assert only_first_response(month_of(team, local(2026, 3, 1))) == (50 * MINUTE, 20 * MINUTE)


def test_the_clock_change_makes_a_wall_clock_hour_shorter(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 27, 16))  # Friday, still winter time
    team.reply(conversation, local(2026, 3, 30, 9))  # Monday, summer time

    assert only_first_response(month_of(team, local(2026, 3, 1))) == (64 * HOUR, 90 * MINUTE)


def test_a_reopened_conversation_measures_its_new_first_response_from_the_reopen(
    team: Timeline,
) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 9))
    team.reply(conversation, local(2026, 3, 2, 9, 10))
    team.close(conversation, local(2026, 3, 2, 9, 20))
    assert team.resident("a", local(2026, 3, 3, 10)) == conversation  # reopens it
    team.reply(conversation, local(2026, 3, 3, 10, 30))

    figures = month_of(team, local(2026, 3, 1)).figures

    assert figures.volume == 2  # the conversation and its reopening
    assert figures.first_response.count == 2
    assert figures.first_response.median_seconds == (10 + 30) / 2 * MINUTE
    assert figures.first_response.p90_seconds == 10 * MINUTE + 0.9 * 20 * MINUTE
    assert figures.resolution.count == 1
    assert figures.resolution.median_seconds == 20 * MINUTE
    assert figures.next_response.count == 0


def test_a_reply_made_on_the_platform_counts_as_a_response(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 9))
    found = team.platform_reply("a", local(2026, 3, 2, 9, 7), noted=local(2026, 3, 2, 9, 12))

    assert found == conversation
    assert only_first_response(month_of(team, local(2026, 3, 1))) == (7 * MINUTE, 7 * MINUTE)


def test_notes_are_not_responses(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 9))
    team.note(conversation, local(2026, 3, 2, 9, 2))
    team.reply(conversation, local(2026, 3, 2, 9, 20))

    assert only_first_response(month_of(team, local(2026, 3, 1))) == (20 * MINUTE, 20 * MINUTE)


def test_a_reply_counts_when_it_reached_the_resident(team: Timeline) -> None:
    """Queued at 09:05, but the platform took it only at 09:40 (a failure, then a retry)."""
    conversation = team.resident("a", local(2026, 3, 2, 9))
    team.reply(conversation, local(2026, 3, 2, 9, 5), sent=local(2026, 3, 2, 9, 40))

    assert only_first_response(month_of(team, local(2026, 3, 1))) == (40 * MINUTE, 40 * MINUTE)


def test_each_later_wait_is_a_next_response(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 9))
    team.reply(conversation, local(2026, 3, 2, 9, 10))
    team.resident("a", local(2026, 3, 2, 12, 20))  # a follow-up question
    team.resident("a", local(2026, 3, 2, 12, 25))  # and another before the answer
    team.reply(conversation, local(2026, 3, 2, 13, 20))
    team.resident("a", local(2026, 3, 2, 14))
    team.reply(conversation, local(2026, 3, 2, 14, 6))

    figures = month_of(team, local(2026, 3, 1)).figures

    assert figures.first_response.median_seconds == 10 * MINUTE
    assert figures.next_response.count == 2
    # 12:20 -> 13:20 is an hour of wall-clock time, 30 minutes of it office time
    assert figures.next_response.median_seconds == (60 + 6) / 2 * MINUTE
    assert figures.next_response.median_office_seconds == (30 + 6) / 2 * MINUTE
    assert figures.volume == 1


def test_resolution_runs_from_the_first_message_to_the_close(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 11))
    team.reply(conversation, local(2026, 3, 2, 11, 5))
    team.status(conversation, ConversationStatus.PENDING, local(2026, 3, 2, 11, 6))
    team.close(conversation, local(2026, 3, 2, 14))

    figures = month_of(team, local(2026, 3, 1)).figures

    assert figures.resolution.median_seconds == 3 * HOUR
    assert figures.resolution.median_office_seconds == 3 * HOUR - 30 * MINUTE


def test_a_round_closed_without_a_reply_before_its_target_needed_no_answer(
    team: Timeline,
) -> None:
    spam = team.resident("a", local(2026, 3, 2, 9))
    team.close(spam, local(2026, 3, 2, 9, 5))
    ignored = team.resident("b", local(2026, 3, 2, 9))
    team.close(ignored, local(2026, 3, 2, 10))  # closed after the target passed: missed

    figures = month_of(team, local(2026, 3, 1)).figures

    assert (figures.volume, figures.handled, figures.answered) == (2, 2, 0)
    assert figures.closed_without_reply == 2
    assert (figures.within_target, figures.decided) == (0, 1)


def test_a_message_written_before_the_close_but_fetched_after_it_opens_a_new_round(
    team: Timeline,
) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 9))
    team.reply(conversation, local(2026, 3, 2, 9, 10))
    team.close(conversation, local(2026, 3, 2, 10, 30))
    team.resident("a", local(2026, 3, 2, 10, 29), noted=local(2026, 3, 2, 10, 31))
    team.reply(conversation, local(2026, 3, 2, 10, 49))

    figures = month_of(team, local(2026, 3, 1)).figures

    assert figures.volume == 2
    assert figures.first_response.count == 2
    assert figures.first_response.p90_seconds == 10 * MINUTE + 0.9 * 10 * MINUTE


def test_a_message_that_arrives_late_was_answered_by_a_reply_sent_after_it_was_written(
    team: Timeline,
) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 9))
    team.reply(conversation, local(2026, 3, 2, 9, 10))
    team.resident("a", local(2026, 3, 2, 9, 5), noted=local(2026, 3, 2, 9, 15))

    figures = month_of(team, local(2026, 3, 1)).figures

    assert figures.first_response.median_seconds == 10 * MINUTE
    assert figures.next_response.count == 0


def test_an_undone_close_leaves_one_round(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 9))
    with transaction(team.database.sessions) as session:
        step = undo.undoable(
            session,
            conversation,
            "close",
            lambda: actions.set_status(
                session,
                [conversation],
                ConversationStatus.CLOSED,
                by=team.anna,
                now=local(2026, 3, 2, 9, 1),
            ),
        )
    assert step is not None
    with transaction(team.database.sessions) as session:
        undo.undo(session, step, by=team.anna)
    team.reply(conversation, local(2026, 3, 2, 9, 20))

    figures = month_of(team, local(2026, 3, 1)).figures

    assert (figures.volume, figures.closed_without_reply) == (1, 0)
    assert figures.first_response.median_seconds == 20 * MINUTE


def test_changing_the_policy_changes_the_figures_of_the_past(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 7, 50))  # before opening time
    team.reply(conversation, local(2026, 3, 2, 8, 40))
    before = month_of(team, local(2026, 3, 1))

    team.policy({day: (hours("08:00", "17:00"),) for day in range(5)}, 45)
    after = month_of(team, local(2026, 3, 1))

    assert only_first_response(before) == (50 * MINUTE, 10 * MINUTE)
    assert only_first_response(after) == (50 * MINUTE, 40 * MINUTE)
    assert before.figures.within_target == after.figures.within_target == 1
    assert after.targets_minutes == (45,)


def test_an_account_with_its_own_hours_is_counted_with_them(team: Timeline) -> None:
    evening = (hours("08:30", "12:30"), hours("13:00", "20:00"))
    team.policy({**WEEKDAYS, 3: evening}, 30, account_id=team.other_account)
    on_x = team.resident("a", local(2026, 3, 5, 17, 30))  # Thursday evening
    team.reply(on_x, local(2026, 3, 5, 18))
    on_facebook = team.resident("b", local(2026, 3, 5, 17, 30), account=team.other_account)
    team.reply(on_facebook, local(2026, 3, 5, 18))

    x = month_of(team, local(2026, 3, 1)).figures
    report = team.report(
        date(2026, 3, 1),
        date(2026, 3, 31),
        local(2027, 1, 1),
        Filters(channels=(Platform.FACEBOOK,)),
    )

    assert x.first_response.p90_office_seconds == 0.9 * 30 * MINUTE
    assert only_first_response(report) == (30 * MINUTE, 30 * MINUTE)


def test_automatic_messages_are_not_responses(team: Timeline) -> None:
    conversation = team.resident("a", local(2026, 3, 2, 9))
    with transaction(team.database.sessions) as session:
        stored = session.get(Conversation, conversation)
        assert stored is not None
        # An automatic notice ("we answer within four office hours") is marked as such.
        session.add(
            Message(
                conversation_id=conversation,
                platform=stored.account.platform,
                external_id="auto-1",
                direction=Direction.OUTBOUND,
                kind=MessageKind.REPLY,
                text="Wij antwoorden binnen vier uur.",
                created_at=local(2026, 3, 2, 9, 0, 5),
                received_at=local(2026, 3, 2, 9, 0, 5),
                delivery_state=DeliveryState.SENT,
                sent_at=local(2026, 3, 2, 9, 0, 5),
                automatic=True,
            )
        )
    team.reply(conversation, local(2026, 3, 2, 9, 30))

    assert only_first_response(month_of(team, local(2026, 3, 1))) == (30 * MINUTE, 30 * MINUTE)


def test_backlog_counts_every_round_open_at_the_end_of_the_period(team: Timeline) -> None:
    carried = team.resident("a", local(2026, 2, 27, 9))  # February, still open in March
    closed_in_march = team.resident("b", local(2026, 2, 27, 9))
    team.close(closed_in_march, local(2026, 3, 2, 9))
    new = team.resident("c", local(2026, 3, 3, 9))
    closed = team.resident("d", local(2026, 3, 3, 9))
    team.close(closed, local(2026, 3, 4, 9))
    team.resident("e", local(2026, 4, 1, 9))  # after the period
    del carried, new

    report = month_of(team, local(2026, 3, 1))

    assert report.figures.volume == 2
    assert report.backlog == 2  # the carried one and the new one
    levels = dict(report.backlog_per_day)
    assert levels[date(2026, 3, 1)] == 2
    assert levels[date(2026, 3, 2)] == 1
    assert levels[date(2026, 3, 3)] == 3
    assert levels[date(2026, 3, 4)] == 2
    assert levels[date(2026, 3, 31)] == 2
