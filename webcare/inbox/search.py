"""Full-text search over message texts, resident names and handles.

SQLite answers from the FTS5 tables of migrations 0004 and search_prefixes, PostgreSQL from
the GIN-indexed stored tsvectors of search_vectors; both match every typed word of three
letters or more as a prefix, so results appear while a word is typed.
Only words reach the query language: quotes, operators and punctuation are dropped.

Results come newest first, as in every mail and inbox tool, and are read as far as a page
needs, never in full: a conversation's *hit* is the id of its newest matching message (a
resident's name or handle matching makes every message of their conversations match), ids
follow the order in which Webcare received the messages, and a page is the next conversations
by hit below a keyset cursor. The message hits come from the full-text index in descending id
order (FTS5 reads its index backwards; PostgreSQL walks the primary key or sorts the GIN
matches, whichever its planner finds cheaper), so an everyday word that matches a hundred
thousand messages costs a page of them, like a name that matches three.

How many conversations match is counted up to SEARCH_FEW + 1 ("more than a thousand"); up to
SEARCH_FEW the hits can also be listed in any other order of the list (waiting time first).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    column,
    func,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from webcare.storage.models import Contact, Conversation, Message

WORD = re.compile(r"[^\W_]+")  # letters and digits: where both indexes' tokenizers split
TOKEN = WORD
MAX_TERMS = 8
INDEXED_PREFIXES = (6, 3)  # FTS5 prefix indexes (migration search_prefixes), longest first
SEARCH_FEW = 1_000  # hits up to this many are counted exactly and can be sorted at will
# A name matching at most this many residents is read whole (their conversations' newest
# messages, by index); one matching more is read by walking the messages newest first.
FEW_CONTACTS = 20_000
WALK_SHARE = 100  # ... and at most sqrt(WALK_SHARE x all residents); see `Search._contacts`
# Read this many rows through the indexed prefixes with fewer than this share of them whole
# words, and the whole words are asked instead (see `_Fts5._read`).
SWITCH_AFTER = 1_000
SWITCH_BELOW = 0.05
EXACT_CHECKS = 24  # asking the index about more message ids than this reads their id range

# (message id, conversation id) or (hit, conversation id)
Pair = tuple[int, int]
Admit = Callable[[Sequence[int]], set[int]]


def search_terms(query: str) -> list[str]:
    """The words of a typed query, lower-cased, at most MAX_TERMS of them."""
    return [word.lower() for word in WORD.findall(query)][:MAX_TERMS]


def _prefix(term: str) -> bool:
    """Whether a typed word is matched as the start of words: from three letters on (a word
    of one or two letters, like "de", is matched as itself)."""
    return len(term) >= min(INDEXED_PREFIXES)


def fts5_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression of all the words (see `_prefix`), all required."""
    return " ".join(f'"{term}"*' if _prefix(term) else f'"{term}"' for term in terms)


def tsquery(terms: list[str]) -> str:
    """A PostgreSQL tsquery of all the words (see `_prefix`), all required."""
    return " & ".join(f"'{term}':*" if _prefix(term) else f"'{term}'" for term in terms)


# The stored tsvectors of migration search_vectors, GIN-indexed.
PG_MESSAGE_MATCH = "messages.search_vector @@ to_tsquery('simple', :q)"
PG_CONTACT_MATCH = "contacts.search_vector @@ to_tsquery('simple', :q)"


def matching_conversations(dialect: str, query: str) -> Select[int] | None:
    """The ids of conversations with a matching message, name or handle (a set to test
    membership in; for listing, see `Search`).

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
        message_ids = text(f"SELECT id FROM messages WHERE {PG_MESSAGE_MATCH}").bindparams(
            q=expression
        )
        contact_ids = text(
            "SELECT id FROM contacts WHERE " + PG_CONTACT_MATCH.replace(":q", ":qc")
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


# ---- the index, per dialect


def fold(text: str) -> str:
    """Lower case without diacritics, as FTS5's `unicode61 remove_diacritics 2` folds."""
    lower = text.lower()
    if lower.isascii():
        return lower
    # Accents come apart from their letters and are dropped, with whatever else is no ASCII.
    return unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode("ascii")


def words_of(text: str) -> list[str]:
    """The folded words of a text, split where FTS5's tokenizer splits (not at letters or
    digits)."""
    return TOKEN.findall(fold(text))


class _Index:
    """The full-text index of one dialect, asked in the few ways `Search` needs.

    Every answer is exact: a match of the whole query, never a superset.
    """

    def __init__(self, session: Session, terms: list[str]) -> None:
        self.session = session
        self.terms = terms

    def messages_below(self, below: int | None, limit: int) -> list[Pair]:
        """Up to `limit` matching messages with an id below `below` (None: any), newest
        first, as (message id, conversation id); fewer only when there are no more."""
        raise NotImplementedError

    def matching_messages(self, message_ids: Sequence[int]) -> set[int]:
        raise NotImplementedError

    def contacts(self, limit: int | None) -> list[int]:
        """Up to `limit` (None: all) matching contacts, newest first."""
        raise NotImplementedError


@dataclass(frozen=True)
class Fts5Plan:
    """An FTS5 expression for the typed words, and the words it matches only by their start.

    Attributes:
        match: every word of three letters or more as its longest indexed prefix
            (INDEXED_PREFIXES), a shorter word as itself.
        check: the words longer than their indexed prefix; a row read through `match` must
            also have a word that starts with each of them.
    """

    match: str
    check: tuple[str, ...]

    def admits(self, text: str) -> bool:
        if not self.check:
            return True
        folded = fold(text)
        return all(pattern.search(folded) for pattern in _starts(self.check))


@functools.cache
def _starts(terms: tuple[str, ...]) -> list[re.Pattern[str]]:
    """Patterns that find each term at the start of a word."""
    return [re.compile(r"(?<![^\W_])" + re.escape(term)) for term in terms]


def fts5_plan(terms: list[str]) -> Fts5Plan:
    parts: list[str] = []
    check: list[str] = []
    for term in (fold(t) for t in terms):
        if not _prefix(term):
            parts.append(f'"{term}"')
            continue
        length = next(p for p in INDEXED_PREFIXES if p <= len(term))
        parts.append(f'"{term[:length]}"*')
        if length < len(term):
            check.append(term)
    return Fts5Plan(" ".join(parts), tuple(check))


class _Fts5(_Index):
    """SQLite's FTS5 tables (migrations 0004 and search_prefixes).

    The index is asked for the longest indexed prefix of each word (`fts5_plan`), which it
    reads as one posting list newest first; the rest of each word is checked on the rows read.
    A rowid range is the one constraint FTS5 applies inside the index (an equality or IN list
    is tested row by row against every match), so single ids are asked as ranges.
    """

    def __init__(self, session: Session, terms: list[str]) -> None:
        super().__init__(session, terms)
        self.plan = fts5_plan(terms)
        # Per table, the plan its rows are read with (see `_read`: it may change to whole words).
        self._plans: dict[str, Fts5Plan] = {}

    def _read(
        self, table: str, sql: str, below: int | None, limit: int
    ) -> list[tuple[int, int, str]]:
        """Rows (rowid, value, text) of `sql` below `below`, newest first, up to `limit` of
        those the plan admits. `sql` selects the three, takes :q, :below and :n, and has
        {bound} where the rowid bound goes.

        When few of the rows read through the indexed prefixes have the whole words (a rare
        handle whose first six letters start a common name), the rest is read through the
        whole words as prefixes instead: FTS5 then merges only the few posting lists of words
        that start with them.
        """
        found: list[tuple[int, int, str]] = []
        plan = self._plans.get(table, self.plan)
        chunk = limit if not plan.check else min(max(2 * limit, 200), SWITCH_AFTER)
        scanned = 0
        while True:
            statement = text(sql.format(bound="" if below is None else "AND f.rowid < :below"))
            params = {"q": plan.match, "below": below, "n": chunk}
            rows = self.session.execute(statement, params).all()
            kept = [(int(r), int(v), t) for r, v, t in rows if plan.admits(t)]
            found += kept[: limit - len(found)]
            if len(found) >= limit or len(rows) < chunk:
                return found
            below = int(rows[-1][0])
            scanned += len(rows)
            if plan.check and scanned >= SWITCH_AFTER and len(found) < SWITCH_BELOW * scanned:
                plan = self._plans[table] = Fts5Plan(fts5_query(self.terms), ())
            chunk = min(chunk * 2, 20_000)

    def messages_below(self, below: int | None, limit: int) -> list[Pair]:
        rows = self._read(
            "messages",
            "SELECT f.rowid, m.conversation_id, m.text FROM messages_fts f "
            "JOIN messages m ON m.id = f.rowid "
            "WHERE messages_fts MATCH :q {bound} ORDER BY f.rowid DESC LIMIT :n",
            below,
            limit,
        )
        return [(r, v) for r, v, _ in rows]

    def _matching(self, table: str, content: str, columns: str, ids: Sequence[int]) -> set[int]:
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        sql = text(
            f"SELECT f.rowid, {columns} FROM {table} f JOIN {content} c ON c.id = f.rowid "
            f"WHERE {table} MATCH :q AND f.rowid >= :lo AND f.rowid <= :hi"
        )
        q = self.plan.match
        if len(wanted) > EXACT_CHECKS:
            ranges = [(wanted[0], wanted[-1])]
        else:
            ranges = [(i, i) for i in wanted]
        keep = set(wanted)
        found: set[int] = set()
        for lo, hi in ranges:
            for rowid, body in self.session.execute(sql, {"q": q, "lo": lo, "hi": hi}):
                if rowid in keep and self.plan.admits(body):
                    found.add(int(rowid))
        return found

    def matching_messages(self, message_ids: Sequence[int]) -> set[int]:
        return self._matching("messages_fts", "messages", "c.text", message_ids)

    def contacts(self, limit: int | None) -> list[int]:
        rows = self._read(
            "contacts",
            "SELECT f.rowid, f.rowid, c.handle || ' ' || c.display_name FROM contacts_fts f "
            "JOIN contacts c ON c.id = f.rowid "
            "WHERE contacts_fts MATCH :q {bound} ORDER BY f.rowid DESC LIMIT :n",
            None,
            limit if limit is not None else 1 << 40,
        )
        return [r for r, _, _ in rows]


class _Postgres(_Index):
    """PostgreSQL's stored tsvectors and their GIN indexes (migration search_vectors), which
    match prefixes inside the index; the planner walks the primary key backwards testing the
    stored vector, or sorts the GIN matches, whichever it finds cheaper for a page."""

    def __init__(self, session: Session, terms: list[str]) -> None:
        super().__init__(session, terms)
        self.q = tsquery(terms)

    def messages_below(self, below: int | None, limit: int) -> list[Pair]:
        bound = "AND messages.id < :below " if below is not None else ""
        statement = text(
            "SELECT messages.id, messages.conversation_id FROM messages "
            f"WHERE {PG_MESSAGE_MATCH} {bound}ORDER BY messages.id DESC LIMIT :n"
        )
        return [
            (int(a), int(b))
            for a, b in self.session.execute(statement, {"q": self.q, "below": below, "n": limit})
        ]

    def matching_messages(self, message_ids: Sequence[int]) -> set[int]:
        statement = text(
            f"SELECT messages.id FROM messages WHERE messages.id = ANY(:ids) AND {PG_MESSAGE_MATCH}"
        )
        return set(self.session.scalars(statement, {"q": self.q, "ids": list(message_ids)}))

    def contacts(self, limit: int | None) -> list[int]:
        statement = text(
            f"SELECT contacts.id FROM contacts WHERE {PG_CONTACT_MATCH} "
            "ORDER BY contacts.id DESC LIMIT :n"
        )
        return list(self.session.scalars(statement, {"q": self.q, "n": limit}))


def _index(session: Session, terms: list[str]) -> _Index:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return _Fts5(session, terms)
    if dialect == "postgresql":
        return _Postgres(session, terms)
    raise ValueError(f"no full-text search on {dialect}")  # pragma: no cover


# ---- streams of hits, newest first


@dataclass
class _Stream:
    """One source of (message id, conversation id) pairs, read newest first in chunks."""

    read: Callable[[int | None, int], list[Pair]]
    position: int | None  # the lowest id read so far (None: from the top)
    done: bool = False

    def take(self, limit: int) -> list[Pair]:
        pairs = self.read(self.position, limit)
        if len(pairs) < limit:
            self.done = True
        if pairs:
            self.position = pairs[-1][0]
        return pairs


def _last_messages(session: Session, conversation_ids: Iterable[int]) -> dict[int, int]:
    """The newest message of each conversation (conversations without messages left out)."""
    ids = sorted(set(conversation_ids))
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            (int(c), int(m))
            for c, m in session.execute(
                select(Message.conversation_id, func.max(Message.id))
                .where(Message.conversation_id.in_(chunk))
                .group_by(Message.conversation_id)
            )
        )
    return found


def in_chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), size):
        yield wanted[start : start + size]


class Search:
    """One typed search, asked for pages of hits newest first and for a capped count.

    A resident's name or handle matches every message of their conversations. When few
    residents match (at most FEW_CONTACTS), their conversations' newest messages are read
    whole; when many do, the messages are walked newest first and those of their
    conversations kept.
    """

    def __init__(self, session: Session, query: str) -> None:
        self.session = session
        self.terms = search_terms(query)
        self.index = _index(session, self.terms)
        self._few: bool | None = None
        self._all: set[int] | None = None
        self._pairs: list[Pair] | None = None

    @property
    def empty(self) -> bool:
        return not self.terms

    def _contacts(self) -> tuple[set[int], bool]:
        """The matching residents (all of them), and whether they are few."""
        if self._all is None:
            found = self.index.contacts(FEW_CONTACTS + 1)
            if len(found) <= FEW_CONTACTS:
                self._all = set(found)
            else:
                self._all = set(self.index.contacts(None))
            # Reading their conversations costs as many as they are; walking the messages,
            # the fewer the larger their share of all residents: the cheaper of the two.
            residents = self.session.scalar(select(func.max(Contact.id))) or 1
            matched = len(self._all)
            self._few = matched <= FEW_CONTACTS and matched * matched <= WALK_SHARE * residents
        return self._all, bool(self._few)

    def _contact_pairs(self, contacts: set[int]) -> list[Pair]:
        """(newest message, conversation) of every conversation of the residents, newest
        first."""
        if self._pairs is None:
            pairs: list[Pair] = []
            for chunk in in_chunks(list(contacts)):
                pairs += (
                    (int(m), int(c))
                    for c, m in self.session.execute(
                        select(Conversation.id, func.max(Message.id))
                        .join(Message, Message.conversation_id == Conversation.id)
                        .where(Conversation.contact_id.in_(chunk))
                        .group_by(Conversation.id)
                    )
                )
            self._pairs = sorted(pairs, reverse=True)
        return self._pairs

    def _contact_stream(self, below: int | None) -> _Stream:
        contacts, few = self._contacts()
        if few:
            pairs = self._contact_pairs(contacts)

            def read(start: int | None, limit: int) -> list[Pair]:
                return [p for p in pairs if start is None or p[0] < start][:limit]

            return _Stream(read, below)

        def walk(start: int | None, limit: int) -> list[Pair]:
            """Messages of the residents' conversations, newest first (a walk by id)."""
            found: list[Pair] = []
            chunk = 4_000
            while len(found) < limit:
                statement = (
                    select(Message.id, Message.conversation_id, Conversation.contact_id)
                    .join(Conversation, Conversation.id == Message.conversation_id)
                    .order_by(Message.id.desc())
                    .limit(chunk)
                )
                if start is not None:
                    statement = statement.where(Message.id < start)
                rows = list(self.session.execute(statement))
                found += [(int(m), int(c)) for m, c, k in rows if k in contacts]
                if len(rows) < chunk:
                    break
                start = int(rows[-1][0])
                chunk = min(chunk * 2, 50_000)
            return found[:limit]

        return _Stream(walk, below)

    def newest(self, below: int | None, limit: int, admit: Admit | None = None) -> list[Pair]:
        """Up to `limit` (hit, conversation id) pairs with a hit below `below`, newest first.

        Args:
            admit: which of some conversations the list's other filters let through.
        """
        if self.empty:
            return []
        streams = [_Stream(self.index.messages_below, below), self._contact_stream(below)]
        pool: dict[int, int] = {}  # message id -> conversation id, read but not yet placed
        taken: set[int] = set()  # conversations placed (or refused) already
        result: list[Pair] = []
        chunk = max(2 * limit, 64)
        for stream in streams:
            pool.update(stream.take(chunk))
        while True:
            # Below the highest position of a stream that has more, that stream may still
            # hold pairs; at or above it, every pair is in the pool.
            unread = [s for s in streams if not s.done]
            watermark = max((s.position or 0 for s in unread), default=0)
            candidates: list[Pair] = []
            for message_id in sorted((m for m in pool if m >= watermark), reverse=True):
                conversation_id = pool.pop(message_id)
                if conversation_id not in taken:  # its newest pair: the first one read
                    taken.add(conversation_id)
                    candidates.append((message_id, conversation_id))
            result += self._settle(candidates, below, admit)
            if len(result) >= limit or not unread:
                return result[:limit]
            chunk = min(chunk * 2, 20_000)
            blocking = max(unread, key=lambda s: s.position or 0)
            pool.update(blocking.take(chunk))

    def _settle(self, candidates: list[Pair], below: int | None, admit: Admit | None) -> list[Pair]:
        """The candidates that are their conversation's hit, and that the filters admit.

        A candidate is its conversation's newest hit below `below` (it was read first); it is
        the conversation's hit unless the conversation matched at `below` or above, which an
        earlier page showed.
        """
        if not candidates:
            return []
        if below is not None:
            shown = self._hit_from(below, [c for _, c in candidates])
            candidates = [p for p in candidates if p[1] not in shown]
        if admit is not None and candidates:
            admitted = admit([c for _, c in candidates])
            candidates = [p for p in candidates if p[1] in admitted]
        return candidates

    def _hit_from(self, start: int, conversation_ids: Sequence[int]) -> set[int]:
        """Which of the conversations have a hit of `start` or more."""
        last = _last_messages(self.session, conversation_ids)
        straddling = [c for c in conversation_ids if last.get(c, -1) >= start]
        if not straddling:
            return set()
        found = self._by_contact(straddling)
        rest = [c for c in straddling if c not in found]
        if rest:
            later = list(
                self.session.execute(
                    select(Message.id, Message.conversation_id).where(
                        Message.conversation_id.in_(rest), Message.id >= start
                    )
                )
            )
            matching = self.index.matching_messages([m for m, _ in later])
            found |= {c for m, c in later if m in matching}
        return found

    def _by_contact(self, conversation_ids: Sequence[int]) -> set[int]:
        """Which of the conversations have a resident whose name or handle matches."""
        contacts, _few = self._contacts()
        if not contacts:
            return set()
        found: set[int] = set()
        for chunk in in_chunks(conversation_ids):
            found |= {
                int(c)
                for c, k in self.session.execute(
                    select(Conversation.id, Conversation.contact_id).where(
                        Conversation.id.in_(chunk)
                    )
                )
                if k in contacts
            }
        return found

    def hits(self, conversation_ids: Iterable[int]) -> dict[int, int]:
        """The hit of each given conversation that matches (the others are left out)."""
        ids = sorted(set(conversation_ids))
        if self.empty or not ids:
            return {}
        last = _last_messages(self.session, ids)
        hits = {c: last[c] for c in self._by_contact(ids) if c in last}
        rest = [c for c in ids if c not in hits and c in last]
        for chunk in in_chunks(rest):
            messages = list(
                self.session.execute(
                    select(Message.id, Message.conversation_id).where(
                        Message.conversation_id.in_(chunk)
                    )
                )
            )
            matching = self.index.matching_messages([m for m, _ in messages])
            for message_id, conversation_id in messages:
                if message_id in matching and message_id > hits.get(conversation_id, -1):
                    hits[conversation_id] = message_id
        return hits

    def few_conversations(self, admit: Admit | None = None) -> set[int] | None:
        """Every matching conversation the filters admit, when at most SEARCH_FEW (else None).

        Reads hits newest first only until SEARCH_FEW + 1 distinct conversations are known.
        """
        if self.empty:
            return set()
        found: set[int] = set()

        def add(ids: Iterable[int]) -> None:
            fresh = sorted(set(ids) - found)
            found.update(admit(fresh) if admit and fresh else fresh)

        contacts, few = self._contacts()
        if few:
            add(c for _, c in self._contact_pairs(contacts))
        else:  # residents by the thousand: their conversations until more than SEARCH_FEW
            for some in in_chunks(list(contacts), SEARCH_FEW):
                add(
                    self.session.scalars(
                        select(Conversation.id).where(Conversation.contact_id.in_(some))
                    )
                )
                if len(found) > SEARCH_FEW:
                    return None
        stream = _Stream(self.index.messages_below, None)
        chunk = 3 * SEARCH_FEW  # a word recurs within conversations: hits are not all new
        while len(found) <= SEARCH_FEW and not stream.done:
            add(c for _, c in stream.take(chunk))
            chunk = min(chunk * 2, 50_000)
        return found if len(found) <= SEARCH_FEW else None

    def count(self, admit: Admit | None = None) -> int:
        """How many conversations match, up to SEARCH_FEW + 1 ("more than SEARCH_FEW")."""
        few = self.few_conversations(admit)
        return SEARCH_FEW + 1 if few is None else len(few)
