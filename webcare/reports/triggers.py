"""The events behind the figures, written by the database itself in the transaction of a change.

Why triggers and not calls from the inbox's services: every path that changes a conversation —
ingest, a reply sent or found on the platform, an agent's status change, the wake-up of a
snooze, a reopen, an assignment, an undo, and whatever code is written later — passes through
the same few columns of `messages` and `conversations`. A trigger on those columns records the
event in the same transaction whichever code path ran, so no path can forget it, and the inbox's
services stay free of reporting code. The triggers only copy what the row says (times as whole
seconds since 1970 UTC); what the events *mean* is decided in one place, `webcare.reports.fold`.

What is recorded (`conversation_events.kind`):

- `received`: a resident's message is stored (`at` its platform time, `noted_at` its arrival).
- `replied`: a human reply reached the resident: a Webcare reply marked sent, or a reply the
  account made on the platform itself that ingest stored (`at` the send time, `noted_at` when
  the agent queued it). Internal notes are not outbound and never count; nor does a message
  marked `automatic`.
- `pending`, `snoozed`, `closed`: the conversation's status was set so (or it was stored so,
  by an import); `reopened`: it left one of those for open (or new). Dated at
  `status_changed_at`. An undo, which puts an earlier
  `status_changed_at` back, takes back the status event it undoes.
- `assigned`: the assignee changed (`user_id` the new one, none when let go).

Every event marks its conversation in `report_dirty`; the reports desk derives the rounds and
waits of marked conversations before it counts (`webcare.reports.fold`).

SQLite drops a table's triggers when Alembic's batch mode rebuilds it: a migration that rebuilds
`messages` or `conversations` must call `install` again (`tests/reports/test_events.py` checks
that they exist at head).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

STATUS_KINDS = ("pending", "snoozed", "closed", "reopened")
TRIGGERS = (
    ("report_message_inserted", "messages"),
    ("report_message_sent", "messages"),
    ("report_status_changed", "conversations"),
    ("report_conversation_inserted", "conversations"),
    ("report_assignee_changed", "conversations"),
    ("report_event_inserted", "conversation_events"),
    ("report_event_deleted", "conversation_events"),
)


def epoch(dialect: str, column: str) -> str:
    """SQL for a timestamp column as whole seconds since 1970 UTC."""
    if dialect == "sqlite":
        return f"CAST(strftime('%s', {column}) AS INTEGER)"
    return f"report_epoch({column})"


def _sqlite() -> list[str]:
    def e(column: str) -> str:
        return epoch("sqlite", column)

    insert = (
        "INSERT INTO conversation_events (conversation_id, kind, at, noted_at, message_id, "
        "user_id) VALUES "
    )
    undo = (
        "OLD.status_changed_at IS NOT NULL AND (NEW.status_changed_at IS NULL "
        "OR NEW.status_changed_at < OLD.status_changed_at)"
    )
    status_kinds = ", ".join(f"'{kind}'" for kind in STATUS_KINDS)
    dirty = (
        "INSERT INTO report_dirty (conversation_id, version) VALUES ({id}, 1) "
        "ON CONFLICT (conversation_id) DO UPDATE SET version = report_dirty.version + 1;"
    )
    return [
        "CREATE TRIGGER report_message_inserted AFTER INSERT ON messages "
        "WHEN NOT NEW.automatic AND (NEW.direction = 'inbound' "
        "OR (NEW.direction = 'outbound' AND NEW.delivery_state = 'sent')) BEGIN "
        + insert
        + "(NEW.conversation_id, CASE NEW.direction WHEN 'inbound' THEN 'received' "
        "ELSE 'replied' END, "
        f"CASE NEW.direction WHEN 'inbound' THEN {e('NEW.created_at')} "
        f"ELSE {e('COALESCE(NEW.sent_at, NEW.created_at)')} END, "
        f"CASE NEW.direction WHEN 'inbound' THEN {e('NEW.received_at')} "
        f"ELSE {e('NEW.created_at')} END, NEW.id, NEW.author_user_id); END",
        "CREATE TRIGGER report_message_sent AFTER UPDATE OF delivery_state ON messages "
        "WHEN NOT NEW.automatic AND NEW.direction = 'outbound' AND NEW.delivery_state = 'sent' "
        "AND OLD.delivery_state IS NOT 'sent' BEGIN "
        + insert
        + f"(NEW.conversation_id, 'replied', {e('COALESCE(NEW.sent_at, NEW.created_at)')}, "
        f"{e('NEW.created_at')}, NEW.id, NEW.author_user_id); END",
        "CREATE TRIGGER report_status_changed AFTER UPDATE OF status ON conversations "
        "WHEN OLD.status IS NOT NEW.status BEGIN "
        "DELETE FROM conversation_events WHERE id = (SELECT MAX(id) FROM conversation_events "
        f"WHERE conversation_id = NEW.id AND kind IN ({status_kinds})) AND {undo}; "
        "INSERT INTO conversation_events (conversation_id, kind, at, noted_at, message_id, "
        "user_id) SELECT NEW.id, kind, t, t, NULL, NEW.assignee_id FROM (SELECT "
        "CASE WHEN NEW.status IN ('pending', 'snoozed', 'closed') THEN NEW.status "
        "WHEN OLD.status IN ('pending', 'snoozed', 'closed') THEN 'reopened' END AS kind, "
        f"{e('COALESCE(NEW.status_changed_at, NEW.updated_at)')} AS t) "
        f"WHERE kind IS NOT NULL AND NOT ({undo}); END",
        "CREATE TRIGGER report_conversation_inserted AFTER INSERT ON conversations "
        "WHEN NEW.status IN ('pending', 'snoozed', 'closed') BEGIN "
        + insert
        + f"(NEW.id, NEW.status, {e('COALESCE(NEW.status_changed_at, NEW.updated_at)')}, "
        f"{e('COALESCE(NEW.status_changed_at, NEW.updated_at)')}, NULL, NEW.assignee_id); END",
        "CREATE TRIGGER report_assignee_changed AFTER UPDATE OF assignee_id ON conversations "
        "WHEN OLD.assignee_id IS NOT NEW.assignee_id BEGIN "
        + insert
        + f"(NEW.id, 'assigned', {e('COALESCE(NEW.assigned_at, NEW.updated_at)')}, "
        f"{e('COALESCE(NEW.assigned_at, NEW.updated_at)')}, NULL, NEW.assignee_id); END",
        "CREATE TRIGGER report_event_inserted AFTER INSERT ON conversation_events BEGIN "
        + dirty.format(id="NEW.conversation_id")
        + " END",
        "CREATE TRIGGER report_event_deleted AFTER DELETE ON conversation_events BEGIN "
        + dirty.format(id="OLD.conversation_id")
        + " END",
    ]


def _postgresql() -> list[str]:
    status_kinds = ", ".join(f"'{kind}'" for kind in STATUS_KINDS)
    insert = (
        "INSERT INTO conversation_events (conversation_id, kind, at, noted_at, message_id, "
        "user_id) VALUES "
    )
    return [
        "CREATE OR REPLACE FUNCTION report_epoch(t timestamptz) RETURNS bigint "
        "LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(FLOOR(EXTRACT(EPOCH FROM t)) AS bigint) $$",
        "CREATE OR REPLACE FUNCTION report_message_event() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN "
        "IF NEW.automatic THEN RETURN NULL; END IF; "
        "IF TG_OP = 'INSERT' AND NEW.direction = 'inbound' THEN "
        + insert
        + "(NEW.conversation_id, 'received', report_epoch(NEW.created_at), "
        "report_epoch(NEW.received_at), NEW.id, NEW.author_user_id); "
        "ELSIF NEW.direction = 'outbound' AND NEW.delivery_state = 'sent' "
        "AND (TG_OP = 'INSERT' OR OLD.delivery_state IS DISTINCT FROM 'sent') THEN "
        + insert
        + "(NEW.conversation_id, 'replied', report_epoch(COALESCE(NEW.sent_at, NEW.created_at)), "
        "report_epoch(NEW.created_at), NEW.id, NEW.author_user_id); "
        "END IF; RETURN NULL; END $$",
        "CREATE TRIGGER report_message_inserted AFTER INSERT ON messages FOR EACH ROW "
        "EXECUTE FUNCTION report_message_event()",
        "CREATE TRIGGER report_message_sent AFTER UPDATE OF delivery_state ON messages "
        "FOR EACH ROW EXECUTE FUNCTION report_message_event()",
        "CREATE OR REPLACE FUNCTION report_status_event() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ DECLARE new_kind text; t bigint; BEGIN "
        "IF TG_OP = 'INSERT' THEN IF NEW.status IN ('pending', 'snoozed', 'closed') THEN "
        "t := report_epoch(COALESCE(NEW.status_changed_at, NEW.updated_at)); "
        + insert
        + "(NEW.id, NEW.status, t, t, NULL, NEW.assignee_id); END IF; RETURN NULL; END IF; "
        "IF OLD.status IS NOT DISTINCT FROM NEW.status THEN RETURN NULL; END IF; "
        "IF OLD.status_changed_at IS NOT NULL AND (NEW.status_changed_at IS NULL "
        "OR NEW.status_changed_at < OLD.status_changed_at) THEN "
        "DELETE FROM conversation_events WHERE id = (SELECT MAX(id) FROM conversation_events "
        f"WHERE conversation_id = NEW.id AND kind IN ({status_kinds})); RETURN NULL; END IF; "
        "IF NEW.status IN ('pending', 'snoozed', 'closed') THEN new_kind := NEW.status; "
        "ELSIF OLD.status IN ('pending', 'snoozed', 'closed') THEN new_kind := 'reopened'; "
        "ELSE RETURN NULL; END IF; "
        "t := report_epoch(COALESCE(NEW.status_changed_at, NEW.updated_at)); "
        + insert
        + "(NEW.id, new_kind, t, t, NULL, NEW.assignee_id); RETURN NULL; END $$",
        "CREATE TRIGGER report_status_changed AFTER UPDATE OF status ON conversations "
        "FOR EACH ROW EXECUTE FUNCTION report_status_event()",
        "CREATE TRIGGER report_conversation_inserted AFTER INSERT ON conversations "
        "FOR EACH ROW EXECUTE FUNCTION report_status_event()",
        "CREATE OR REPLACE FUNCTION report_assignee_event() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ DECLARE t bigint; BEGIN "
        "IF OLD.assignee_id IS NOT DISTINCT FROM NEW.assignee_id THEN RETURN NULL; END IF; "
        "t := report_epoch(COALESCE(NEW.assigned_at, NEW.updated_at)); "
        + insert
        + "(NEW.id, 'assigned', t, t, NULL, NEW.assignee_id); RETURN NULL; END $$",
        "CREATE TRIGGER report_assignee_changed AFTER UPDATE OF assignee_id ON conversations "
        "FOR EACH ROW EXECUTE FUNCTION report_assignee_event()",
        "CREATE OR REPLACE FUNCTION report_mark_dirty() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ DECLARE cid integer; BEGIN "
        "IF TG_OP = 'DELETE' THEN cid := OLD.conversation_id; "
        "ELSE cid := NEW.conversation_id; END IF; "
        "INSERT INTO report_dirty (conversation_id, version) VALUES (cid, 1) "
        "ON CONFLICT (conversation_id) DO UPDATE SET version = report_dirty.version + 1; "
        "RETURN NULL; END $$",
        "CREATE TRIGGER report_event_inserted AFTER INSERT ON conversation_events "
        "FOR EACH ROW EXECUTE FUNCTION report_mark_dirty()",
        "CREATE TRIGGER report_event_deleted AFTER DELETE ON conversation_events "
        "FOR EACH ROW EXECUTE FUNCTION report_mark_dirty()",
    ]


PG_FUNCTIONS = (
    "report_mark_dirty()",
    "report_assignee_event()",
    "report_status_event()",
    "report_message_event()",
    "report_epoch(timestamptz)",
)


def drop(connection: Connection) -> None:
    """Remove the triggers (and on PostgreSQL their functions)."""
    postgres = connection.dialect.name == "postgresql"
    for name, table in TRIGGERS:
        on = f" ON {table}" if postgres else ""
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}{on}")
    if postgres:
        for function in PG_FUNCTIONS:
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}")


def install(connection: Connection) -> None:
    """(Re)create the triggers; safe to run again."""
    drop(connection)
    statements = _sqlite() if connection.dialect.name == "sqlite" else _postgresql()
    for statement in statements:
        connection.exec_driver_sql(statement)


def installed(connection: Connection) -> set[str]:
    """The names of the report triggers that exist."""
    if connection.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :pattern"
    else:
        query = (
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE :pattern "
            "AND tgrelid::regclass::text IN ('messages', 'conversations', 'conversation_events')"
        )
    return {row[0] for row in connection.execute(text(query), {"pattern": "report_%"})}


# Audit actions of status changes made before the triggers existed, and the event each means.
AUDITED_STATUS = {
    "conversation.pending": "pending",
    "conversation.snoozed": "snoozed",
    "conversation.closed": "closed",
    "conversation.open": "reopened",
    "conversation.woke": "reopened",
    "conversation.reopened": "reopened",
}


def backfill(connection: Connection) -> None:
    """Events for the conversations that existed before the triggers (run once, by migration).

    Messages say exactly when residents wrote and when replies were sent. Status changes before
    this migration are known from the audit trail (`AUDITED_STATUS`); where it lacks the
    conversation's present state (a reopen by ingest was not audited), that state is added at
    the time the conversation says it was set. Every conversation is then marked for derivation.
    """
    dialect = connection.dialect.name

    def e(column: str) -> str:
        return epoch(dialect, column)

    insert = (
        "INSERT INTO conversation_events (conversation_id, kind, at, noted_at, message_id, "
        "user_id) "
    )
    connection.exec_driver_sql(
        insert + f"SELECT conversation_id, 'received', {e('created_at')}, {e('received_at')}, id, "
        "author_user_id FROM messages WHERE direction = 'inbound' ORDER BY created_at, id"
    )
    connection.exec_driver_sql(
        insert + f"SELECT conversation_id, 'replied', {e('COALESCE(sent_at, created_at)')}, "
        f"{e('created_at')}, id, author_user_id FROM messages WHERE direction = 'outbound' "
        "AND delivery_state = 'sent' ORDER BY created_at, id"
    )
    cases = " ".join(f"WHEN '{action}' THEN '{kind}'" for action, kind in AUDITED_STATUS.items())
    actions = ", ".join(f"'{action}'" for action in AUDITED_STATUS)
    # Compared as text: other entities' ids ("*") must not be cast.
    entity_of = "CAST(c.id AS VARCHAR(64))"
    connection.exec_driver_sql(
        insert + f"SELECT c.id, CASE a.action {cases} END, {e('a.occurred_at')}, "
        f"{e('a.occurred_at')}, NULL, a.actor_user_id FROM audit_events a "
        f"JOIN conversations c ON a.entity_type = 'conversation' AND a.entity_id = {entity_of} "
        f"WHERE a.action IN ({actions}) "
        "ORDER BY a.occurred_at, a.id"
    )
    last_status = (
        "(SELECT e.kind FROM conversation_events e WHERE e.conversation_id = c.id AND e.kind IN "
        f"({', '.join(repr(kind) for kind in STATUS_KINDS)}) ORDER BY e.noted_at DESC, e.id DESC "
        "LIMIT 1)"
    )
    changed = e("COALESCE(c.status_changed_at, c.closed_at, c.updated_at)")
    connection.exec_driver_sql(
        insert + f"SELECT c.id, c.status, {changed}, {changed}, NULL, c.assignee_id "
        f"FROM conversations c WHERE c.status IN ('pending', 'snoozed', 'closed') "
        f"AND ({last_status} IS NULL OR {last_status} <> c.status)"
    )
    connection.exec_driver_sql(
        insert + f"SELECT c.id, 'reopened', {changed}, {changed}, NULL, c.assignee_id "
        f"FROM conversations c WHERE c.status IN ('new', 'open') "
        f"AND {last_status} IN ('pending', 'snoozed', 'closed')"
    )
    assigned = e("COALESCE(c.assigned_at, c.updated_at)")
    connection.exec_driver_sql(
        insert + f"SELECT c.id, 'assigned', {assigned}, {assigned}, NULL, c.assignee_id "
        "FROM conversations c WHERE c.assignee_id IS NOT NULL"
    )
    connection.exec_driver_sql(
        "INSERT INTO report_dirty (conversation_id, version) SELECT id, 1 FROM conversations "
        "WHERE 1 = 1 ON CONFLICT (conversation_id) DO UPDATE SET version = report_dirty.version + 1"
    )
