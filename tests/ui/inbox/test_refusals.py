"""Every reason the core can give for refusing a reply has a sentence for the agent."""

from __future__ import annotations

import pytest

from ui.inbox.errors import InboxErrors
from webcare.inbox.outbox import RefusalCode, ReplyRefused


@pytest.mark.parametrize("code", list(RefusalCode), ids=lambda code: code.value)
def test_every_refusal_of_a_reply_reads_as_a_sentence(qapp: object, code: RefusalCode) -> None:
    sentence = InboxErrors().describe(ReplyRefused(code))
    assert sentence and sentence.endswith((".", ")")) and code.value not in sentence
