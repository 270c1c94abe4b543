"""X API v2 direct-message endpoints of the sandbox: list events (all, with a participant, of
a conversation) and send. 1:1 conversations only; events come newest first and, as on X,
without `since_id`: a client pages until it meets an event it has seen."""

from __future__ import annotations

from typing import Any

from werkzeug.wrappers import Request

from channels.sandbox.x_state import RawDmEvent, XDmEvent, XState, XUser, conversation_id_for
from channels.sandbox.x_wire import (
    DM_EVENT_FIELDS,
    DM_EXPANSIONS,
    EVENT_TYPES,
    TWEET_FIELDS,
    USER_FIELDS,
    Answer,
    Query,
    check_id,
    dm_json,
    invalid_request,
    json_object,
    paginate,
    problem,
    user_json,
)

DM_PARAMS = (
    "dm_event.fields event_types expansions max_results media.fields pagination_token "
    "tweet.fields user.fields"
).split()
MAX_DM_LENGTH = 10_000


def _dm_answer(state: XState, request: Request, items: list[XDmEvent | RawDmEvent]) -> Answer:
    """A page of DM events. Raw injected events are served as given and pass the
    `event_types` filter whatever their type, so that a client's own check can be tested."""
    q = Query(request.args, DM_PARAMS)
    fields = q.choices("dm_event.fields", DM_EVENT_FIELDS)
    expansions = q.choices("expansions", DM_EXPANSIONS)
    user_fields = q.choices("user.fields", USER_FIELDS)
    q.choices("tweet.fields", TWEET_FIELDS)
    event_types = q.choices("event_types", EVENT_TYPES)
    if event_types and "MessageCreate" not in event_types:
        items = [item for item in items if isinstance(item, RawDmEvent)]
    max_results = q.number("max_results", 1, 100, 100)
    page = paginate(
        items, lambda event: event.sort_id, max_results, cursor=q.cursor("pagination_token")
    )
    if not page.items:
        return 200, {"meta": {"result_count": 0}}
    body: dict[str, Any] = {
        "data": [
            event.payload if isinstance(event, RawDmEvent) else dm_json(event, fields)
            for event in page.items
        ]
    }
    user_ids: list[str] = []
    for event in page.items:
        if isinstance(event, RawDmEvent):
            sender = event.payload.get("sender_id")
            if "sender_id" in expansions and isinstance(sender, str):
                user_ids.append(sender)
            continue
        if "sender_id" in expansions:
            user_ids.append(event.sender_id)
        if "participant_ids" in expansions:
            user_ids.extend(event.participant_ids)
    users = [
        user_json(state.users[uid], user_fields)
        for uid in dict.fromkeys(user_ids)
        if uid in state.users
    ]
    if users:
        body["includes"] = {"users": users}
    meta: dict[str, Any] = {"result_count": len(page.items)}
    if page.next_token:
        meta["next_token"] = page.next_token
    if page.previous_token:
        meta["previous_token"] = page.previous_token
    body["meta"] = meta
    return 200, body


def get_dm_events(state: XState, request: Request, user: XUser) -> Answer:
    return _dm_answer(state, request, state.dm_events_of(user.id))


def get_dm_conversations_with_participant_id_dm_events(
    state: XState, request: Request, user: XUser, participant_id: str
) -> Answer:
    check_id(participant_id, "participant_id")
    conversation = conversation_id_for(user.id, participant_id)
    return _dm_answer(state, request, state.dm_events_of(user.id, conversation))


def get_dm_conversations_dm_conversation_id_dm_events(
    state: XState, request: Request, user: XUser, dm_conversation_id: str
) -> Answer:
    return _dm_answer(state, request, state.dm_events_of(user.id, dm_conversation_id))


def _send_dm(state: XState, request: Request, user: XUser, conversation: str) -> Answer:
    body = json_object(request)
    text = body.get("text")
    if text is not None and not isinstance(text, str):
        raise invalid_request("$.text: string found, but a string is required")
    if not text and not body.get("attachments"):
        raise invalid_request("A direct message needs text or an attachment.")
    if text and len(text) > MAX_DM_LENGTH:
        raise invalid_request(
            f"The `text` body parameter is longer than {MAX_DM_LENGTH} characters."
        )
    event = state.send_dm(user.id, conversation, text or "", origin="api")
    return 201, {"data": {"dm_conversation_id": conversation, "dm_event_id": event.id}}


def post_dm_conversations_with_participant_id_messages(
    state: XState, request: Request, user: XUser, participant_id: str
) -> Answer:
    check_id(participant_id, "participant_id")
    if participant_id == user.id or participant_id not in state.users:
        raise invalid_request(
            f"The `participant_id` value [{participant_id}] is not a user you can message",
            {"participant_id": [participant_id]},
        )
    return _send_dm(state, request, user, conversation_id_for(user.id, participant_id))


def post_dm_conversations_dm_conversation_id_messages(
    state: XState, request: Request, user: XUser, dm_conversation_id: str
) -> Answer:
    members = dm_conversation_id.split("-")
    if (
        len(members) != 2
        or user.id not in members
        or not all(member in state.users for member in members)
        or conversation_id_for(*members) != dm_conversation_id
    ):
        raise problem(
            403, "Forbidden", "You are not permitted to send messages to this conversation."
        )
    return _send_dm(state, request, user, dm_conversation_id)
