"""A thread in the order it was written on the platform, also when messages share a time.

X gives times to the second and the sandbox gives several posts one `created_at`; the
platform's own order decides then: X's snowflake ids, Graph's numeric ids (a Facebook comment
`<post>_<n>`, an Instagram comment's 17 digits), and for ids that carry no order (Messenger
and Instagram direct messages) the order in which they arrived, which is the platform's
paging order put back into writing order.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.helpers import inbox as data
from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
from webcare.inbox.ingest import ingest
from webcare.inbox.thread import load_detail
from webcare.runtime import Database
from webcare.storage.db import transaction
from webcare.vocabulary import ConversationKind, Platform

AT = datetime(2026, 3, 2, 9, 30, 0, tzinfo=UTC)
RESIDENT = Identity("701", "@bewoner", "Bewoner")


def item(
    external_id: str,
    text: str,
    *,
    kind: ItemKind = ItemKind.MENTION,
    conversation_kind: ConversationKind = ConversationKind.PUBLIC_THREAD,
    parent: str | None = None,
    own: Identity | None = None,
) -> InboundItem:
    return InboundItem(
        external_id=external_id,
        parent_external_id=parent,
        thread_key="thread-1",
        conversation_kind=conversation_kind,
        kind=kind,
        author=own or RESIDENT,
        text=text,
        created_at=AT,
        from_account=own is not None,
    )


def thread_texts(database: Database, platform: Platform, *fetches: list[InboundItem]) -> list[str]:
    """Ingest each fetch in turn (items in the order the adapter returned them), then read the
    thread back as the conversation pane shows it."""
    with transaction(database.sessions) as session:
        account = data.add_account(session, platform, "Gemeente", "@gemeente")
        for fetch in fetches:
            report = ingest(session, account, FetchResult(items=fetch), AT)
        (conversation,) = report.conversations
    with database.sessions() as session:
        detail = load_detail(session, conversation)
        assert detail is not None
        return [message.text for message in detail.messages]


def test_x_equal_times_follow_the_snowflake_ids_not_the_newest_first_timeline(
    database: Database,
) -> None:
    account = Identity("9001", "@gemeente", "Gemeente")
    newest_first = [
        item("1900000000000000103", "Dank je!", parent="1900000000000000102"),
        item("1900000000000000102", "We komen morgen.", parent="1900000000000000101", own=account),
        item("1900000000000000101", "Hij staat er nog steeds", parent="1900000000000000100"),
        item("1900000000000000100", "Mijn container is vol"),
    ]
    assert thread_texts(database, Platform.X, newest_first) == [
        "Mijn container is vol",
        "Hij staat er nog steeds",
        "We komen morgen.",
        "Dank je!",
    ]


def test_x_a_snowflake_with_more_digits_is_newer(database: Database) -> None:
    assert thread_texts(
        database,
        Platform.X,
        [item("10000000000000000000", "tweede"), item("9999999999999999999", "eerste")],
    ) == ["eerste", "tweede"]


def test_facebook_comments_follow_their_numeric_ids_across_polls(database: Database) -> None:
    # A reply found in the first poll, the comment it answers only in the next one.
    first_poll = [item("555_1234000000000002", "Al gemeld?", kind=ItemKind.COMMENT)]
    second_poll = [item("555_1234000000000001", "Lantaarnpaal kapot", kind=ItemKind.COMMENT)]
    assert thread_texts(database, Platform.FACEBOOK, first_poll, second_poll) == [
        "Lantaarnpaal kapot",
        "Al gemeld?",
    ]


def test_instagram_comments_follow_their_numeric_ids(database: Database) -> None:
    newest_first = [
        item("17900000000000012", "en nu?", kind=ItemKind.COMMENT),
        item("17900000000000011", "mooi plein", kind=ItemKind.COMMENT),
    ]
    assert thread_texts(database, Platform.INSTAGRAM, newest_first) == ["mooi plein", "en nu?"]


def test_direct_messages_without_ordered_ids_keep_the_order_they_arrived_in(
    database: Database,
) -> None:
    def dm(external_id: str, text: str) -> InboundItem:
        return item(
            external_id,
            text,
            kind=ItemKind.DIRECT_MESSAGE,
            conversation_kind=ConversationKind.DIRECT,
        )

    in_writing_order = [dm("m_Zm9vYmFy", "Hallo"), dm("m_AAAAAA", "Ik heb een vraag")]
    assert thread_texts(database, Platform.FACEBOOK, in_writing_order) == [
        "Hallo",
        "Ik heb een vraag",
    ]
    igdms = [dm("aWdfZAG1", "Goedemorgen"), dm("aWdfAAA0", "over de markt")]
    assert thread_texts(database, Platform.INSTAGRAM, igdms) == ["Goedemorgen", "over de markt"]
