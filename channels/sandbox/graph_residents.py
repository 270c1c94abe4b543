"""Simulated residents on the municipality's Facebook Page and Instagram account.

The same seed gives the same sequence (given the same state to react to): residents comment
under the Page's posts and media, answer in comment threads (the original writer follows up
when the municipality replied), post on the Page, tag the Page or the account, and send
Messenger and Instagram messages. Names and texts come from the X residents' pool: Dutch, with
diacritics, a right-to-left name, HTML in a name, emoji, `&` and `<`, URLs and newlines.
"""

from __future__ import annotations

import random
from typing import Any

from channels.sandbox.graph_model import (
    FB_RESIDENT_PREFIX,
    IG_RESIDENT_PREFIX,
    PAGE_ID,
    Comment,
    IgComment,
    Person,
)
from channels.sandbox.graph_state import (
    GraphState,
)
from channels.sandbox.residents import DMS, FOLLOW_UPS, MENTIONS, REPLIES, RESIDENTS, STREETS

TAG_TEXTS = (
    "Samen met de buren de {street} opgeruimd! Dank aan de gemeente voor de grijpers.",
    "Onze straat ({street}) doet mee aan de buurtbarbecue op {n} juni 🎉",
    "Kijk eens hoe de nieuwe speeltuin aan de {street} erbij ligt. Top gedaan!",
)


def facebook_person(index: int) -> Person:
    resident = RESIDENTS[index]
    return Person(f"{FB_RESIDENT_PREFIX}{int(resident.id):014d}", resident.name)


def instagram_person(index: int) -> Person:
    resident = RESIDENTS[index]
    return Person(
        f"{IG_RESIDENT_PREFIX}{int(resident.id):014d}",
        resident.name,
        resident.username,
        "instagram",
    )


class GraphResidents:
    """Draws residents' next actions from one seeded random generator."""

    def __init__(self, seed: int, page_id: str = PAGE_ID) -> None:
        self._random = random.Random(seed)
        self._page_id = page_id

    def _fill(self, templates: tuple[str, ...]) -> str:
        template = self._random.choice(templates)
        return template.format(street=self._random.choice(STREETS), n=self._random.randint(2, 60))

    def _someone(self, state: GraphState, instagram: bool) -> Person:
        index = self._random.randrange(len(RESIDENTS))
        person = instagram_person(index) if instagram else facebook_person(index)
        return state.add_person(person)

    def act(self, state: GraphState) -> dict[str, Any]:
        """One action now; returns what was created, for the control API."""
        page = state.pages[self._page_id]
        roll = self._random.random()
        if roll < 0.22:
            return self._comment(state)
        if roll < 0.32:
            return self._reply(state) or self._comment(state)
        if roll < 0.40:
            author = self._someone(state, False)
            post = state.add_post(page.id, author.id, self._fill(MENTIONS), origin="resident")
            return {"type": "visitor_post", "id": post.id, "author_id": author.id}
        if roll < 0.45:
            author = self._someone(state, False)
            post = state.add_post(
                None, author.id, self._fill(TAG_TEXTS), origin="resident", tags=[page.id]
            )
            return {"type": "tagged_post", "id": post.id, "author_id": author.id}
        if roll < 0.60:
            return self._dm(state, "messenger")
        if page.ig_user_id is None:
            return self._comment(state)
        if roll < 0.75:
            return self._ig_comment(state)
        if roll < 0.82:
            return self._ig_reply(state) or self._ig_comment(state)
        if roll < 0.87:
            author = self._someone(state, True)
            medium = state.add_media(
                author.id, self._fill(TAG_TEXTS), origin="resident", tagged=[page.ig_user_id]
            )
            return {"type": "tagged_media", "id": medium.id, "author_id": author.id}
        return self._dm(state, "instagram")

    def _comment(self, state: GraphState) -> dict[str, Any]:
        posts = [
            p
            for p in state.posts.values()
            if p.page_id == self._page_id and p.author_id == self._page_id and not p.deleted
        ]
        posts = sorted(posts, key=lambda p: p.seq)[-5:]
        author = self._someone(state, False)
        post = (
            self._random.choice(posts)
            if posts
            else state.add_post(
                self._page_id, self._page_id, "Welkom op onze pagina!", origin="seed"
            )
        )
        comment = state.add_comment(post, author.id, self._fill(MENTIONS), origin="resident")
        return {"type": "comment", "id": comment.id, "author_id": author.id}

    def _reply(self, state: GraphState) -> dict[str, Any] | None:
        threads: list[Comment] = [
            c
            for c in state.comments.values()
            if c.parent_id is None and c.origin == "resident" and not c.deleted
        ]
        if not threads:
            return None
        top = self._random.choice(threads)
        answered = any(
            c.parent_id == top.id and c.author_id in state.pages for c in state.comments.values()
        )
        text = self._fill(REPLIES if answered else FOLLOW_UPS)
        post = state.posts[top.post_id]
        reply = state.add_comment(post, top.author_id, text, parent=top, origin="resident")
        return {"type": "reply", "id": reply.id, "author_id": top.author_id}

    def _ig_comment(self, state: GraphState) -> dict[str, Any]:
        ig_id = state.pages[self._page_id].ig_user_id
        media = sorted(
            (m for m in state.media.values() if m.owner_id == ig_id and not m.deleted),
            key=lambda m: m.seq,
        )[-5:]
        if not media:
            return self._comment(state)
        author = self._someone(state, True)
        medium = self._random.choice(media)
        comment = state.add_ig_comment(
            medium, author.id, author.username, self._fill(MENTIONS), origin="resident"
        )
        return {"type": "ig_comment", "id": comment.id, "author_id": author.id}

    def _ig_reply(self, state: GraphState) -> dict[str, Any] | None:
        threads: list[IgComment] = [
            c
            for c in state.ig_comments.values()
            if c.parent_id is None and c.origin == "resident" and not c.deleted
        ]
        if not threads:
            return None
        top = self._random.choice(threads)
        answered = any(
            c.parent_id == top.id and c.author_id in state.ig_users
            for c in state.ig_comments.values()
        )
        text = self._fill(REPLIES if answered else FOLLOW_UPS)
        medium = state.media[top.media_id]
        reply = state.add_ig_comment(
            medium, top.author_id, top.username, text, parent=top, origin="resident"
        )
        return {"type": "ig_reply", "id": reply.id, "author_id": top.author_id}

    def _dm(self, state: GraphState, platform: str) -> dict[str, Any]:
        author = self._someone(state, platform == "instagram")
        page = state.pages[self._page_id]
        conversation = state.conversation_with(page.id, platform, author.id)
        business = page.ig_user_id if platform == "instagram" and page.ig_user_id else page.id
        message = state.add_message(
            conversation, author.id, business, self._fill(DMS), origin="resident"
        )
        return {
            "type": f"{platform}_dm",
            "id": message.id,
            "conversation_id": conversation.id,
            "author_id": author.id,
        }
