"""Full-text search over message texts, resident names and handles.

SQLite answers from the FTS5 tables of migration 0004, PostgreSQL from its GIN expression
indexes; both match every typed word as a prefix, so results appear while a word is typed.
Only words reach the query language: quotes, operators and punctuation are dropped.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Integer, Select, column, select, text, union_all

from webcare.storage.models import Conversation, Message

WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8


def search_terms(query: str) -> list[str]:
    """The words of a typed query, lower-cased, at most MAX_TERMS of them."""
    return [word.lower() for word in WORD.findall(query)][:MAX_TERMS]


def fts5_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term as a quoted prefix, all required."""
    return " ".join('"{}"*'.format(term.replace('"', '""')) for term in terms)


def tsquery(terms: list[str]) -> str:
    """A PostgreSQL tsquery: every term as a prefix, all required."""
    return " & ".join("'{}':*".format(term.replace("'", "''")) for term in terms)


def matching_conversations(dialect: str, query: str) -> Select[int] | None:
    """The ids of conversations with a matching message, name or handle.

    Returns None when the query holds no words (then nothing is filtered).
    """
    terms = search_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        expression = fts5_query(terms)
        message_ids = text(
            "SELECT rowid AS id FROM messages_fts WHERE messages_fts MATCH :q"
        ).bindparams(q=expression)
        contact_ids = text(
            "SELECT rowid AS id FROM contacts_fts WHERE contacts_fts MATCH :qc"
        ).bindparams(qc=expression)
    elif dialect == "postgresql":
        expression = tsquery(terms)
        # The expressions repeat the indexes' own (migration 0004) so that the planner uses them.
        message_ids = text(
            "SELECT id FROM messages WHERE to_tsvector('simple', left(text, 100000)) "
            "@@ to_tsquery('simple', :q)"
        ).bindparams(q=expression)
        contact_ids = text(
            "SELECT id FROM contacts WHERE to_tsvector('simple', handle || ' ' || display_name) "
            "@@ to_tsquery('simple', :qc)"
        ).bindparams(qc=expression)
    else:  # pragma: no cover - Webcare supports SQLite and PostgreSQL only
        raise ValueError(f"no full-text search on {dialect}")
    by_message = select(Message.conversation_id).where(
        Message.id.in_(message_ids.columns(column("id", Integer)))
    )
    by_contact = select(Conversation.id).where(
        Conversation.contact_id.in_(contact_ids.columns(column("id", Integer)))
    )
    return union_all(by_message, by_contact)  # type: ignore[return-value]


def conversation_matches(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A condition on `Conversation` that holds when a message, name or handle matches."""
    matching = matching_conversations(dialect, query)
    return None if matching is None else Conversation.id.in_(matching)
