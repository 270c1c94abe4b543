"""Search newest first: order, keyset paging, the capped count, and sorting few hits by waiting.

The expected results are worked out here from the rows themselves (every message's words,
every resident's name and handle), independently of the full-text index.
"""

from __future__ import annotations

import re

import pytest

from tests.helpers.inbox import add_inbound
from webcare.demodata.bulk import generate
from webcare.inbox import listing, search, snippets
from webcare.inbox.queries import ConversationFilter, ListQuery, SortOrder, position
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.storage.models import Account, Contact, Conversation, Message
from webcare.vocabulary import Platform

WORD = re.compile(r"\w+")


@pytest.fixture
def generated(database: Database) -> None:
    """Three hundred conversations of the demo data: words recur, residents write again."""
    generate(database.engine, conversations=300, messages_per_conversation=3, seed=11)


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def expected_hits(database: Database, text: str, platform: Platform | None = None) -> list[int]:
    """The conversations matching `text` (every word a prefix), newest hit first."""
    terms = words(text)

    def matches(value: str) -> bool:
        found = words(value)
        return all(any(w.startswith(t) for w in found) for t in terms)

    with database.sessions() as session:
        hits: dict[int, int] = {}
        for message_id, conversation_id, body in session.query(
            Message.id, Message.conversation_id, Message.text
        ):
            if matches(body):
                hits[conversation_id] = max(hits.get(conversation_id, 0), message_id)
        last = dict(
            session.query(Message.conversation_id, Message.id).order_by(Message.id).all()
        )  # the last id per conversation wins
        for conversation_id, handle, name in (
            session.query(Conversation.id, Contact.handle, Contact.display_name)
            .join(Contact, Contact.id == Conversation.contact_id)
            .all()
        ):
            if matches(f"{handle} {name}") and conversation_id in last:
                hits[conversation_id] = last[conversation_id]
        if platform is not None:
            allowed = {
                c
                for (c,) in session.query(Conversation.id)
                .join(Account, Account.id == Conversation.account_id)
                .filter(Account.platform == platform)
            }
            hits = {c: h for c, h in hits.items() if c in allowed}
    return [c for c, _ in sorted(hits.items(), key=lambda item: item[1], reverse=True)]


def newest(text: str, platform: Platform | None = None) -> ListQuery:
    return ListQuery(ConversationFilter(search=text, platform=platform), SortOrder.NEWEST)


def pages(database: Database, query: ListQuery, limit: int) -> list[list[int]]:
    result: list[list[int]] = []
    cursor = None
    with database.sessions() as session:
        while True:
            page = listing.list_page(session, query, 0, cursor, limit)
            result.append([row.id for row in page.rows])
            if page.cursor is None:
                return result
            cursor = page.cursor


@pytest.mark.parametrize("text", ["container", "paspoort", "gemeente", "bedankt"])
def test_everyday_words_come_newest_first_page_after_page(
    database: Database, generated: None, text: str
) -> None:
    want = expected_hits(database, text)
    assert len(want) > 20, "the data should hold many hits for an everyday word"
    got = pages(database, newest(text), limit=7)
    assert [c for page in got for c in page] == want
    assert all(len(page) == 7 for page in got[:-1])


def test_names_handles_and_words_together(database: Database, generated: None) -> None:
    with database.sessions() as session:
        name, handle = session.query(Contact.display_name, Contact.handle).first() or ("", "")
    first_name = name.split()[0]
    for text in (first_name, handle, name):
        want = expected_hits(database, text)
        assert want, text
        assert [c for page in pages(database, newest(text), limit=5) for c in page] == want


def test_a_name_matching_many_residents_reads_the_same_as_few(
    database: Database, generated: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.sessions() as session:
        name = (session.query(Contact.display_name).first() or ("",))[0]
    text = name.split()[0]
    few = pages(database, newest(text), limit=4)
    monkeypatch.setattr(search, "FEW_CONTACTS", 1)  # walk the messages instead
    monkeypatch.setattr(search, "EXACT_CHECKS", 1)  # and check ids by their range
    assert pages(database, newest(text), limit=4) == few
    assert [c for page in few for c in page] == expected_hits(database, text)


def test_a_conversation_is_placed_by_its_newest_matching_message(
    database: Database, new_conversation
) -> None:
    early = new_conversation("Waar haal ik een parkeervergunning?")
    later = new_conversation("Ook een vraag over de parkeervergunning")
    unrelated = new_conversation("Iets anders")
    with transaction(database.sessions) as session:
        add_inbound(session, early, "Mijn parkeervergunning is nog steeds niet binnen")
        add_inbound(session, later, "Hallo?")  # newer, but not a match: does not move it
        add_inbound(session, unrelated, "Nog iets")
    assert pages(database, newest("parkeervergunning"), limit=1) == [[early], [later]]


def test_the_count_says_more_than_the_cap_instead_of_counting_on(
    database: Database, generated: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SEARCH_FEW", 20)
    monkeypatch.setattr(listing, "SEARCH_FEW", 20)
    many = expected_hits(database, "container")
    assert len(many) > 21
    with database.sessions() as session:
        assert listing.search_count(session, newest("container"), 0) == 21
        rare = expected_hits(database, "fietswrakken")
        assert 0 < len(rare) <= 20, "a rarer word for the exact count"
        assert listing.search_count(session, newest("fietswrakken"), 0) == len(rare)
        assert listing.search_count(session, newest("zwxq"), 0) == 0


def test_few_hits_can_be_sorted_by_waiting_time(database: Database, generated: None) -> None:
    want = expected_hits(database, "fietswrakken")
    query = ListQuery(ConversationFilter(search="fietswrakken"), SortOrder.WAITING)
    got = [c for page in pages(database, query, limit=3) for c in page]
    assert sorted(got) == sorted(want)
    with database.sessions() as session:
        rows = listing.load_rows(session, got, 0)
        assert got == sorted(got, key=lambda c: position(query.segments, rows[c]))
        assert listing.list_page(session, query, 0).hits == len(want)


def test_filters_apply_to_search_newest_first(database: Database, generated: None) -> None:
    want = expected_hits(database, "container", Platform.FACEBOOK)
    got = pages(database, newest("container", Platform.FACEBOOK), limit=6)
    assert [c for page in got for c in page] == want
    with database.sessions() as session:
        assert listing.search_count(session, newest("container", Platform.FACEBOOK), 0) == len(want)


def test_changed_rows_carry_their_hit_to_be_placed_among_loaded_ones(
    database: Database, generated: None
) -> None:
    query = newest("container")
    want = expected_hits(database, "container")
    with database.sessions() as session:
        first = listing.list_page(session, query, 0, limit=10)
        some = [want[3], want[30]]
        rows = listing.load_rows(session, some, 0, "container")
        assert listing.matching_ids(session, query, 0, [*some, -1]) == set(some)
    loaded = [position(query.segments, row) for row in first.rows]
    assert position(query.segments, rows[want[3]]) == loaded[3]
    assert position(query.segments, rows[want[30]]) > loaded[-1]


def test_a_hit_on_a_name_or_handle_shows_the_name_with_the_match_marked(
    database: Database, generated: None
) -> None:
    """A resident found by name (the name is in no message) still says what matched."""
    with database.sessions() as session:
        texts = " ".join(body for (body,) in session.query(Message.text)).lower()
        residents = session.query(Contact.display_name, Contact.handle).order_by(Contact.id)
        name, handle = next(
            (name, handle)
            for name, handle in residents
            if name.split()[-1].lower() not in texts and handle.lower() not in texts
        )
    surname = name.split()[-1]
    for text, field in ((surname, "contact_name"), (handle, "contact_handle")):
        with database.sessions() as session:
            page = listing.list_page(session, newest(text), 0)
        assert page.rows, text
        for row in page.rows:
            assert row.match is not None, (text, row.contact_name)
            marked = snippets.MARK_START + text.lower().lstrip("@")  # "@" is no part of a word
            assert marked in row.match.lower(), (text, row.match)
            plain = row.match.replace(snippets.MARK_START, "").replace(snippets.MARK_END, "")
            assert getattr(row, field) in plain, (text, row.match)


def test_a_conversation_found_by_its_residents_name_shows_the_name_before_an_older_message(
    database: Database, generated: None
) -> None:
    """The newest hit is the name (it makes every message match), so the name is what the row
    shows, even where an older message of the conversation has the word too."""
    with transaction(database.sessions) as session:
        conversation = session.query(Conversation).order_by(Conversation.id).first()
        assert conversation is not None
        session.get_one(Contact, conversation.contact_id).display_name = "Yara Zwanenburg"
        conversation_id = conversation.id
    with transaction(database.sessions) as session:
        add_inbound(session, conversation_id, "Zwanenburg hier, over mijn aanvraag")
        add_inbound(session, conversation_id, "Dank u wel voor het snelle antwoord")
    with database.sessions() as session:
        page = listing.list_page(session, newest("zwanenburg"), 0)
    assert page.rows[0].id == conversation_id  # the resident's other conversations follow
    match = page.rows[0].match
    assert match is not None
    plain = match.replace(snippets.MARK_START, "").replace(snippets.MARK_END, "")
    assert plain.startswith("Yara Zwanenburg"), match
    assert f"{snippets.MARK_START}Zwanenburg{snippets.MARK_END}" in match
