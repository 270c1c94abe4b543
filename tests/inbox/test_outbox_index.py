"""The sender's look at the outbox, every two seconds, must not scan all messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from webcare.config import Settings, sqlite_url
from webcare.inbox.sender import pending
from webcare.runtime import open_database
from webcare.vocabulary import DeliveryState


def test_the_outbox_query_uses_the_partial_index(tmp_path: Path) -> None:
    """On SQLite, whose planner scanned millions of messages for it (PostgreSQL plans by
    statistics and has the same partial index)."""
    database = open_database(Settings(sqlite_url(tmp_path), tmp_path, "nl"))
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        with database.sessions() as session:
            pending(session, 1, DeliveryState.QUEUED, DeliveryState.SENDING)
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    (statement, parameters), *_ = [s for s in statements if "FROM messages" in s[0]]
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    database.close()
    details = " ".join(str(row[-1]) for row in plan)
    assert "USING INDEX ix_messages_outbox" in details, details
