"""What a search result shows of its match: the text around the matched words, marked.

A conversation's snippet comes from its newest matching message, or, when it was found by its
resident's name or handle, from that name. The matched words sit between MARK_START and
MARK_END; the interface paints them and never reads the text as rich text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import TextClause, bindparam, select, text
from sqlalchemy.orm import Session

from webcare.inbox.search import (
    PG_MESSAGE_MATCH,
    TOKEN,
    fold,
    fts5_query,
    in_chunks,
    search_terms,
    tsquery,
)
from webcare.storage.models import Contact, Conversation

# Around each match in a snippet: private-use characters, never shown; the interface splits on
# them and paints the parts as plain text (a resident's text is never rich text).
MARK_START, MARK_END = "\ue000", "\ue001"
SNIPPET_WORDS = 14

# One way of finding snippets: (session, terms, conversation ids or hits) -> {conversation: text}
Finder = Callable[[Session, list[str], list[int]], dict[int, str]]


def match_snippets(
    session: Session, query: str, conversation_ids: list[int], hits: dict[int, int] | None = None
) -> dict[int, str]:
    """For each conversation, the text around the match in its newest matching message, the
    matched words between MARK_START and MARK_END (FTS5's `snippet` on SQLite; on PostgreSQL
    cut here from the text as written); for one found by its resident's name or handle only,
    that name and handle with the matched words marked.

    Args:
        hits: a search newest first knows each conversation's newest hit (conversation id ->
            message id); the snippets are then read for those messages alone, not from every
            match of an everyday word in the conversations (at a million conversations 20 ms
            instead of 300), and a conversation whose newest hit is its resident's name or
            handle shows that name before any older message.
    """
    terms = search_terms(query)
    if not terms or not conversation_ids:
        return {}
    finders: list[Finder]
    if hits:
        known = {c: hits[c] for c in conversation_ids if c in hits}
        finders = [
            lambda s, t, ids: _hit_snippets(s, t, {c: known[c] for c in ids if c in known}),
            _name_snippets,
            _message_snippets,  # a name hit whose name does not show the word: its messages
        ]
    else:
        finders = [_message_snippets, _name_snippets]
    found: dict[int, str] = {}
    rest = conversation_ids
    for finder in finders:
        if not rest:
            break
        found |= finder(session, terms, rest)
        rest = [c for c in rest if c not in found]
    return found


def _hit_snippets(session: Session, terms: list[str], hits: dict[int, int]) -> dict[int, str]:
    """The snippets of the hit messages that match (a hit by name may not)."""
    if not hits:
        return {}
    conversation_of = {m: c for c, m in hits.items()}
    if session.get_bind().dialect.name == "sqlite":
        # One band of the index: FTS5 seeks to a rowid range in the posting lists, where
        # `rowid IN (…)` would evaluate the whole expression once per id.
        statement = text(
            "SELECT messages_fts.rowid, snippet(messages_fts, 0, :a, :b, '…', :n) "
            "FROM messages_fts WHERE messages_fts MATCH :q "
            "AND messages_fts.rowid >= :lo AND messages_fts.rowid <= :hi"
        )
        band = {"lo": min(conversation_of), "hi": max(conversation_of)}
        rows = _fts5_snippets(session, statement, terms, band)
    else:
        rows = _pg_snippets(session, "id", terms, list(conversation_of))
    return {conversation_of[m]: s for m, s in rows if m in conversation_of}


def _message_snippets(
    session: Session, terms: list[str], conversation_ids: list[int]
) -> dict[int, str]:
    """The snippet of each conversation's newest matching message (see match_snippets)."""
    if session.get_bind().dialect.name == "sqlite":
        statement = text(
            "SELECT m.conversation_id, snippet(messages_fts, 0, :a, :b, '…', :n) "
            "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
            "WHERE messages_fts MATCH :q AND m.conversation_id IN :ids ORDER BY m.id"
        ).bindparams(bindparam("ids", expanding=True))
        rows = _fts5_snippets(session, statement, terms, {"ids": conversation_ids})
    else:
        rows = _pg_snippets(session, "conversation_id", terms, conversation_ids)
    return dict(rows)  # oldest first: the newest wins


def _fts5_snippets(
    session: Session, statement: TextClause, terms: list[str], params: dict[str, Any]
) -> Iterable[tuple[int, str]]:
    """(key, snippet) of each row of an FTS5 `snippet` query, its whitespace made single."""
    marks = {"q": fts5_query(terms), "n": SNIPPET_WORDS, "a": MARK_START, "b": MARK_END}
    for key, snippet in session.execute(statement, {**marks, **params}):
        yield int(key), " ".join(str(snippet).split())


def _pg_snippets(
    session: Session, key: str, terms: list[str], ids: list[int]
) -> Iterable[tuple[int, str]]:
    """(key, snippet) of each matching message whose `key` column is one of `ids`, oldest
    first.

    ts_headline would drop what its parser takes for HTML tags (a resident's "<b>"), so the
    index finds the messages and the snippet is cut here, from the text as written.
    """
    statement = text(
        f"SELECT {key}, left(text, 100000) FROM messages "
        f"WHERE {key} IN :ids AND {PG_MESSAGE_MATCH} ORDER BY id"
    ).bindparams(bindparam("ids", expanding=True))
    for found, body in session.execute(statement, {"q": tsquery(terms), "ids": ids}):
        yield int(found), _snippet(str(body), terms)


def _name_snippets(
    session: Session, terms: list[str], conversation_ids: list[int]
) -> dict[int, str]:
    """The resident's name and handle ("Ruud Willems · @ruudwil295"), the words that start
    with a term marked, for each conversation whose resident has such a word."""
    wanted = [fold(term) for term in terms]
    found: dict[int, str] = {}
    for chunk in in_chunks(conversation_ids):
        rows = session.execute(
            select(Conversation.id, Contact.display_name, Contact.handle)
            .join(Contact, Contact.id == Conversation.contact_id)
            .where(Conversation.id.in_(chunk))
        )
        for conversation_id, name, handle in rows:
            shown = " · ".join(filter(None, [name, f"@{handle.lstrip('@')}" if handle else ""]))
            if any(fold(word).startswith(term) for word in TOKEN.findall(shown) for term in wanted):
                found[int(conversation_id)] = _snippet(shown, terms)
    return found


def _snippet(body: str, terms: list[str]) -> str:
    """About SNIPPET_WORDS words of `body` around its first word that starts with a term, each
    such word between MARK_START and MARK_END (as FTS5's snippet marks its tokens)."""
    wanted = [fold(term) for term in terms]
    tokens = list(TOKEN.finditer(body))
    hits = [any(fold(t.group()).startswith(term) for term in wanted) for t in tokens]
    if not tokens:
        return body[:200]
    first = hits.index(True) if True in hits else 0
    lo = max(0, first - SNIPPET_WORDS // 2)
    hi = min(len(tokens), lo + SNIPPET_WORDS)
    begin = 0 if lo == 0 else tokens[lo].start()
    end = len(body) if hi == len(tokens) else tokens[hi - 1].end()
    parts: list[str] = []
    at = begin
    for token, matched in zip(tokens[lo:hi], hits[lo:hi], strict=True):
        if matched:
            parts += [body[at : token.start()], MARK_START, token.group(), MARK_END]
            at = token.end()
    parts.append(body[at:end])
    return ("…" if begin else "") + "".join(parts) + ("…" if end < len(body) else "")
