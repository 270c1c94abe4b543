"""One pass of the worker over several accounts: they are polled at once, and one account's
failure (a slow platform, a database that refuses its batch) never stops another's."""

from __future__ import annotations

import threading

from sqlalchemy import select, text

from channels.sandbox import SandboxHandle
from tests.helpers.edge import arm, comment, connect_meta, connect_x, mention, target
from tests.helpers.sandbox import Control
from tests.helpers.workers import wait_until
from webcare.accounts.credentials import CredentialStore
from webcare.runtime import Database
from webcare.storage.models import Account, Conversation, Message
from webcare.vocabulary import AccountStatus, Platform
from webcare.worker import PassReport, Worker

# Seconds the sandbox holds X's mentions: within the 15-second deadline of a request, and far
# longer than the other accounts need.
SLOW = 10.0


def texts_of(database: Database, account_id: int) -> list[str]:
    with database.sessions() as session:
        return list(
            session.scalars(
                select(Message.text)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(Conversation.account_id == account_id)
                .order_by(Message.id)
            )
        )


def refuse_messages(database: Database, account_id: int) -> None:
    """A trigger that makes the database refuse the account's new messages."""
    with database.engine.begin() as connection:
        if database.engine.dialect.name == "postgresql":
            connection.execute(
                text(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "IF NEW.conversation_id IN "
                    f"(SELECT id FROM conversations WHERE account_id = {account_id}) THEN "
                    "RAISE EXCEPTION 'database or disk is full'; END IF; RETURN NEW; END $$"
                )
            )
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON messages "
                    "FOR EACH ROW EXECUTE FUNCTION refuse()"
                )
            )
        else:
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.conversation_id IN "
                    f"(SELECT id FROM conversations WHERE account_id = {account_id}) "
                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
                )
            )


def one_question_each(
    database: Database, store: CredentialStore, sandbox: SandboxHandle, control: Control
) -> tuple[int, int, int]:
    """The X, Facebook and Instagram accounts connected, a resident's question on each."""
    x = connect_x(database, store, sandbox)
    facebook = connect_meta(database, store, sandbox, Platform.FACEBOOK)
    instagram = connect_meta(database, store, sandbox, Platform.INSTAGRAM)
    mention(control, "Is de milieustraat open?")
    for platform in (Platform.FACEBOOK, Platform.INSTAGRAM):
        comment(control, platform, target(control, platform), f"Vraag op {platform.value}")
    return x, facebook, instagram


def test_a_slow_platform_does_not_hold_up_the_other_accounts_of_a_pass(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    x, facebook, instagram = one_question_each(database, store, sandbox, control)
    arm(control, "/x", method="GET", path=r"/mentions$", kind="slow", delay=SLOW, times=1)
    reports: list[PassReport] = []
    running = threading.Thread(target=lambda: reports.append(worker.run_once()))
    running.start()
    try:
        # The Meta accounts come after X (by id), yet they are stored while X still waits.
        assert wait_until(
            lambda: texts_of(database, facebook) and texts_of(database, instagram), SLOW - 2
        ), "the other accounts waited for X's slow answer"
        assert running.is_alive() and texts_of(database, x) == []
    finally:
        running.join()
    (report,) = reports
    assert [outcome.account_id for outcome in report.accounts] == [x, facebook, instagram]
    assert all(outcome.polled and outcome.error is None for outcome in report.accounts)
    assert texts_of(database, x) == ["Is de milieustraat open?"]


def test_an_account_whose_batch_the_database_refuses_does_not_stop_the_others(
    database: Database,
    store: CredentialStore,
    sandbox: SandboxHandle,
    control: Control,
    worker: Worker,
) -> None:
    x, facebook, instagram = one_question_each(database, store, sandbox, control)
    # The database refuses every new message of the X account (a full disk, say, or a
    # constraint a migration got wrong): the trigger is the database's, not our code's.
    refuse_messages(database, x)
    report = worker.run_once()
    by_account = {outcome.account_id: outcome for outcome in report.accounts}
    for other in (facebook, instagram):
        assert by_account[other].polled and by_account[other].error is None
        assert len(texts_of(database, other)) == 1
    assert not by_account[x].polled and "disk is full" in (by_account[x].error or "")
    assert texts_of(database, x) == []
    with database.sessions() as session:
        account = session.get(Account, x)
        assert account is not None and account.failure_count == 1
        assert "disk is full" in (account.status_reason or "")
        assert account.status is AccountStatus.ERROR  # shown to people: not a platform blip

    # Nothing is lost: once the database takes the batch again, the next pass stores it.
    with database.engine.begin() as connection:
        on = " ON messages" if database.engine.dialect.name == "postgresql" else ""
        connection.execute(text(f"DROP TRIGGER refuse{on}"))
    with database.sessions() as session, session.begin():
        account = session.get(Account, x)
        assert account is not None
        account.backoff_until = None
    worker.run_once()
    assert texts_of(database, x) == ["Is de milieustraat open?"]
    with database.sessions() as session:
        account = session.get(Account, x)
        assert account is not None and account.status is AccountStatus.ACTIVE
