"""The inbox list: keyset pages in the right order, queues, filters, search and counts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.helpers.inbox import add_inbound
from webcare.demodata.bulk import generate
from webcare.inbox import counts as counts_module
from webcare.inbox import listing, search
from webcare.inbox.choices import filter_choices
from webcare.inbox.counts import queue_counts
from webcare.inbox.queries import (
    QUEUE_STATUSES,
    ConversationFilter,
    ListQuery,
    Queue,
    SortOrder,
    position,
)
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Conversation, User
from webcare.storage.types import utcnow
from webcare.vocabulary import ConversationStatus, Platform


@pytest.fixture
def filled(database: Database) -> int:
    """A few hundred varied conversations (ties in time included); returns one agent's id."""
    generate(database.engine, conversations=260, batch=100, seed=3)
    with transaction(database.sessions) as session:
        first = session.query(Conversation).order_by(Conversation.id).limit(30).all()
        for row in first[:10]:  # equal waiting times: the id must break the tie
            row.waiting_since = first[0].waiting_since
            row.status = ConversationStatus.OPEN
        me = session.query(User.id).order_by(User.id).first()
        assert me is not None
        return me[0]


def all_pages(database: Database, query: ListQuery, me: int, limit: int) -> list[int]:
    ids: list[int] = []
    cursor = None
    with database.sessions() as session:
        while True:
            page = listing.list_page(session, query, me, cursor, limit)
            ids += [row.id for row in page.rows]
            if page.cursor is None:
                return ids
            cursor = page.cursor


def expected(database: Database, query: ListQuery, me: int) -> list[int]:
    with database.sessions() as session:
        everything = listing.load_rows(
            session, [c for (c,) in session.query(Conversation.id)], me
        ).values()
    statuses = QUEUE_STATUSES[query.filter.queue]
    rows = [r for r in everything if r.status in statuses]
    if query.filter.queue is Queue.MINE:
        rows = [r for r in rows if r.assignee_id == me]
    if query.filter.queue is Queue.UNASSIGNED:
        rows = [r for r in rows if r.assignee_id is None]
    if query.filter.priority is not None:
        rows = [r for r in rows if r.priority == query.filter.priority]
    if query.filter.platform is not None:
        rows = [r for r in rows if r.platform is query.filter.platform]
    rows.sort(key=lambda r: position(query.segments, r))
    return [r.id for r in rows]


@pytest.mark.parametrize("order", list(SortOrder))
@pytest.mark.parametrize("queue", [Queue.OPEN, Queue.MINE, Queue.UNASSIGNED, Queue.CLOSED])
def test_pages_follow_each_other_without_gaps_or_repeats_in_sort_order(
    database: Database, filled: int, order: SortOrder, queue: Queue
) -> None:
    query = ListQuery(ConversationFilter(queue=queue), order)
    want = expected(database, query, filled)
    assert want, "the sample has rows in every queue"
    assert all_pages(database, query, filled, limit=7) == want


def test_default_order_puts_the_longest_waiting_first_and_the_answered_last(
    database: Database, filled: int
) -> None:
    with database.sessions() as session:
        rows = listing.list_page(session, ListQuery(), filled, limit=500).rows
    waiting = [r.waiting_since for r in rows if r.waiting_since is not None]
    assert waiting == sorted(waiting)
    first_answered = next(i for i, r in enumerate(rows) if r.waiting_since is None)
    assert all(r.waiting_since is None for r in rows[first_answered:])


def test_filters_narrow_the_list(database: Database, filled: int) -> None:
    for flt in (
        ConversationFilter(priority=3),
        ConversationFilter(platform=Platform.INSTAGRAM),
        ConversationFilter(queue=Queue.CLOSED, priority=0, platform=Platform.X),
    ):
        query = ListQuery(flt)
        assert all_pages(database, query, filled, limit=9) == expected(database, query, filled)


def test_tag_and_assignee_filters(database: Database, filled: int) -> None:
    with database.sessions() as session:
        choices = filter_choices(session)
        tag = choices.tags[0]
        for query in (
            ListQuery(ConversationFilter(queue=Queue.CLOSED, tag_id=tag.id)),
            ListQuery(ConversationFilter(queue=Queue.OPEN, assignee_id=filled)),
        ):
            rows = listing.list_page(session, query, filled, limit=1000).rows
            assert rows
            if query.filter.tag_id is not None:
                assert all(tag.name in row.tags for row in rows)
            else:
                assert all(row.assignee_id == filled for row in rows)


def test_queue_counts_match_the_lists(database: Database, filled: int) -> None:
    with database.sessions() as session:
        counts = queue_counts(session, filled)
    for queue in Queue:
        query = ListQuery(ConversationFilter(queue=queue))
        assert counts[queue] == len(expected(database, query, filled)), queue


def test_matching_ids_tells_which_changed_rows_belong_to_the_list(
    database: Database, filled: int
) -> None:
    query = ListQuery(ConversationFilter(queue=Queue.CLOSED))
    closed = set(expected(database, query, filled))
    with database.sessions() as session:
        some = list(closed)[:3] + [r for r in range(1, 40) if r not in closed][:3]
        assert listing.matching_ids(session, query, filled, some) == set(some) & closed


def test_search_finds_words_names_and_handles_as_prefixes(
    database: Database, new_conversation
) -> None:
    paspoort = new_conversation("Mijn paspoort verloopt, kan ik een afspraak maken?")
    named = new_conversation("Hallo", name="Ünal Özdemir", handle="@unal_zaandam")
    new_conversation("Iets heel anders")
    with database.sessions() as session:

        def found(text: str) -> set[int]:
            query = ListQuery(ConversationFilter(search=text))
            return {row.id for row in listing.list_page(session, query, 0).rows}

        assert found("paspo") == {paspoort}
        assert found("afspraak PASPOORT") == {paspoort}
        assert found("unal") == {named}  # accents folded on SQLite, exact on PostgreSQL
        assert found("@unal_zaan") == {named}
        assert found("paspoort zwembad") == set()
        assert found('" OR * -') == set()  # query syntax is never passed through


def test_search_looks_in_closed_conversations_too(
    database: Database, new_conversation, team
) -> None:
    from webcare.inbox import actions

    conversation = new_conversation("Vraag over de hondenbelasting")
    with transaction(database.sessions) as session:
        actions.set_status(session, [conversation], ConversationStatus.CLOSED, by=team.anna)
    with database.sessions() as session:
        query = ListQuery(ConversationFilter(queue=Queue.OPEN, search="hondenbelasting"))
        rows = listing.list_page(session, query, team.anna).rows
    assert [row.id for row in rows] == [conversation]


def test_rows_show_the_latest_resident_message_and_unread_state(
    database: Database, new_conversation, team
) -> None:
    from webcare.inbox import thread

    conversation = new_conversation("Eerste bericht")
    with transaction(database.sessions) as session:
        add_inbound(session, conversation, "Tweede bericht\nmet een tweede regel " + "x" * 5000)
    with database.sessions() as session:
        row = listing.load_rows(session, [conversation], team.anna)[conversation]
    assert row.preview.startswith("Tweede bericht\nmet")
    assert len(row.preview) == listing.PREVIEW_CHARS
    assert row.unread
    with transaction(database.sessions) as session:
        thread.mark_read(session, conversation, team.anna, at=utcnow() - timedelta(hours=1))
    with database.sessions() as session:
        assert not listing.load_rows(session, [conversation], team.anna)[conversation].unread
        assert listing.load_rows(session, [conversation], team.bart)[conversation].unread


def test_a_search_matching_many_pages_as_one_matching_few(
    database: Database, new_conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = {new_conversation(f"Vraag {i} over de afvalkalender") for i in range(7)}
    query = ListQuery(ConversationFilter(search="afvalkal"))
    few = all_pages(database, query, 0, limit=3)
    monkeypatch.setattr(search, "SEARCH_FEW", 2)  # now too many to list by id
    many = all_pages(database, query, 0, limit=3)
    assert set(few) == ids
    assert many == few


def test_counts_stop_at_the_cap(
    database: Database, filled: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(counts_module, "COUNT_CAP", 5)
    with database.sessions() as session:
        counts = queue_counts(session, filled)
    assert counts[Queue.CLOSED] == 6  # "more than five"
    assert counts[Queue.SNOOZED] <= 6
