"""The Residents page as a person uses it: find as you type, the profile, the consent dialog
(nothing pre-ticked), the verification flow, imports with a progress bar, erasure; and the
panel beside a conversation in the inbox."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.ui import WindowFactory
from ui.mainwindow import MainWindow
from ui.residents.dialogs import ConsentAnswer, ConsentDialog
from ui.residents.page import ResidentsPage
from ui.residents.panel import ResidentPanel
from ui.residents.prompts import ResidentsPrompts
from webcare.channel import FetchResult, Identity, InboundItem, ItemKind
from webcare.inbox.ingest import ingest
from webcare.residents.replies import HEADER
from webcare.residents.values import IssuedCode, NoticeInfo, ResidentInput, ResidentProfile
from webcare.residents.vocabulary import ConsentMethod, DeletionReason, Purpose
from webcare.storage.db import transaction
from webcare.storage.models import Account, Conversation
from webcare.users import ensure_user
from webcare.vocabulary import ConversationKind


class Prompts(ResidentsPrompts):
    """Answers every question at once, the way a test wants; remembers what was shown."""

    def __init__(self) -> None:
        self.resident: ResidentInput | None = None
        self.consent_answer: ConsentAnswer | None = None
        self.file = ""
        self.folder = ""
        self.codes: list[IssuedCode] = []
        self.reports: list[tuple[str, list[str]]] = []
        self.refusals: list[str] = []

    def edit_resident(self, parent, initial, on_answer) -> None:  # type: ignore[no-untyped-def]
        assert self.resident is not None
        on_answer(self.resident, self.refusals.append, lambda: None)

    def consent(self, parent, notice: NoticeInfo, on_answer) -> None:  # type: ignore[no-untyped-def]
        assert self.consent_answer is not None
        on_answer(self.consent_answer, self.refusals.append, lambda: None)

    def show_code(self, parent, issued: IssuedCode, name: str) -> None:  # type: ignore[no-untyped-def]
        self.codes.append(issued)

    def confirm_erase(self, parent, name, on_answer) -> None:  # type: ignore[no-untyped-def]
        on_answer(DeletionReason.REQUEST)

    def report(self, parent, title, summary, lines) -> None:  # type: ignore[no-untyped-def]
        self.reports.append((summary, lines))

    def choose_file(self, parent, title, pattern, on_answer) -> None:  # type: ignore[no-untyped-def]
        on_answer(self.file)

    def choose_folder(self, parent, title, on_answer) -> None:  # type: ignore[no-untyped-def]
        on_answer(self.folder)


PERSON = ResidentInput(
    name="Zyxwina Testpersoon",
    email="zyxwina@voorbeeld.nl",
    phone="0612345678",
    postcode="9999AB",
    house_number="12",
)


@pytest.fixture
def page(make_window: WindowFactory, qtbot: QtBot) -> tuple[MainWindow, ResidentsPage, Prompts]:
    window = make_window()
    prompts = Prompts()
    residents = ResidentsPage(window.context, prompts)
    qtbot.add_widget(residents)
    residents.resize(1200, 800)
    return window, residents, prompts


def _ids(page: ResidentsPage) -> list[str]:
    return [page.results.index(r).data() for r in range(page.results.rowCount())]


def test_search_as_you_type_and_the_profile(page, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window, residents, _prompts = page
    desk = window.context.desks.residents
    desk.create(PERSON)
    desk.create(ResidentInput(name="Iemand Anders"))
    residents.show()
    qtbot.wait_until(lambda: residents.results.rowCount() == 2)
    qtmodeltester.check(residents.results)
    qtbot.keyClicks(residents.search_box, "zyxw")
    qtbot.wait_until(lambda: _ids(residents) == ["Zyxwina Testpersoon"])
    qtbot.keyClick(residents.search_box, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: residents.profile.profile is not None)
    assert residents.list.hasFocus()
    shown = residents.profile
    assert shown.name.text() == "Zyxwina Testpersoon"
    assert shown.detail_labels["email"][1].text() == "zyxwina@voorbeeld.nl"
    assert shown.detail_labels["phone"][1].text() == "06 12345678"
    qtmodeltester.check(shown.consents)
    qtmodeltester.check(shown.looks)
    assert shown.looks.rowCount() >= 2  # created, viewed: the audit of who looked


def test_the_consent_dialog_ticks_nothing_and_shows_the_notice(
    page,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window, _residents, _prompts = page
    notice = window.context.desks.residents.notice()
    answers: list[ConsentAnswer] = []
    dialog = ConsentDialog(None, notice, answers.append)
    qtbot.add_widget(dialog)
    assert not any(box.isChecked() for box in dialog.boxes.values())
    assert set(dialog.boxes) == set(Purpose)
    assert dialog.notice_text.toPlainText() == notice.text
    assert notice.version in "".join(
        label.text() for label in dialog.findChildren(type(dialog.problem))
    )
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.boxes[Purpose.CAMPAIGNS].setChecked(True)
    assert save.isEnabled()
    dialog.evidence.setText("scan-7")
    save.click()
    (answer,) = answers
    assert answer.purposes == [Purpose.CAMPAIGNS] and answer.evidence_ref == "scan-7"
    assert answer.notice_version == notice.version


def test_record_consent_issue_a_code_withdraw_and_erase_from_the_profile(
    page,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window, residents, prompts = page
    desk = window.context.desks.residents
    resident = desk.create(PERSON).value
    residents.show()
    residents.open_resident(resident)
    qtbot.wait_until(lambda: residents.profile.profile is not None)
    prompts.consent_answer = ConsentAnswer(
        [Purpose.LINK_SOCIAL, Purpose.CAMPAIGNS],
        ConsentMethod.COUNTER,
        datetime.now(UTC),
        "balie-3",
        desk.notice().version,
    )
    residents.profile.record.click()
    qtbot.wait_until(
        lambda: _valid(residents.profile.profile) == {Purpose.LINK_SOCIAL, Purpose.CAMPAIGNS}
    )
    assert residents.profile.issue.isEnabled()
    residents.profile.issue.click()
    qtbot.wait_until(lambda: len(prompts.codes) == 1)
    assert prompts.codes[0].code.startswith("WC-")
    row = next(
        r
        for r in range(residents.profile.consents.rowCount())
        if residents.profile.consents.row(r).purpose is Purpose.CAMPAIGNS  # type: ignore[union-attr]
    )
    residents.profile.consent_view.selectRow(row)
    assert residents.profile.withdraw.isEnabled()
    residents.profile.withdraw.click()
    qtbot.wait_until(lambda: _valid(residents.profile.profile) == {Purpose.LINK_SOCIAL})
    assert "stopped at once" in residents.message.text() or "meteen" in residents.message.text()
    residents.profile.erase.click()
    qtbot.wait_until(lambda: residents.profile.profile is None)
    with pytest.raises(Exception):  # noqa: B017 - the profile is gone
        desk.profile(resident)


def _valid(profile: ResidentProfile | None) -> set[Purpose]:
    return set(profile.valid_purposes()) if profile is not None else set()


def test_a_refused_value_keeps_the_dialog_open_with_the_reason(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    _window, residents, prompts = page
    prompts.resident = ResidentInput(name="Zyxw", email="geen-adres")
    residents.new_button.click()
    qtbot.wait_until(lambda: bool(prompts.refusals))
    assert "E-mail" in prompts.refusals[0]


def test_importing_replies_shows_progress_and_reports_bad_lines(
    page,
    qtbot: QtBot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window, residents, prompts = page
    path = tmp_path / "replies.csv"
    path.write_text(
        "\n".join(
            [
                ",".join(HEADER),
                "Zyxwa Een,zyxwa@voorbeeld.nl,,,,,ja,nee,nee,reply_card,2026-02-01,scan-1,2026-01",
                "Fout,,,,,,misschien,nee,nee,reply_card,2026-02-01,,2026-01",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    prompts.file = str(path)
    residents.show()
    with qtbot.wait_signal(window.context.operations.progress, timeout=5000):
        residents.import_button.click()
    qtbot.wait_until(lambda: bool(prompts.reports), timeout=10_000)
    summary, lines = prompts.reports[0]
    assert "1" in summary and len(lines) == 1 and "3" in lines[0]
    assert not residents.progress.isVisible()


def test_the_panel_offers_the_link_a_received_code_makes_possible(
    make_window: WindowFactory,
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    context = window.context
    _resident, code = _ready_to_link(window)
    conversation = _ingest(window, f"Mijn code is {code}")
    panel = ResidentPanel(context)
    qtbot.add_widget(panel)
    panel.show()
    panel.show_conversation(conversation)
    qtbot.wait_until(lambda: panel.beside is not None and panel.beside.offer is not None)
    assert panel.link_button.isVisible() and "Zyxwina" in panel.summary.text()
    panel.link_button.click()
    qtbot.wait_until(lambda: panel.beside is not None and panel.beside.profile is not None)
    assert "Zyxwina Testpersoon" == panel.summary.text()
    assert panel.unlink_button.isVisible()


def test_an_agent_sees_the_linked_resident_masked_and_nothing_unlinked(
    make_window: WindowFactory,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    context = window.context
    desk = context.desks.residents
    resident, code = _ready_to_link(window)
    linked = _ingest(window, f"code {code}")
    desk.link(linked, resident)
    other = _ingest(window, "Een vraag van iemand anders", author="55", handle="ander")
    with transaction(context.database.sessions) as session:
        agent = ensure_user(session, "agent-ui", "Agent")
    from webcare.desks import open_desks

    agent_context = type(context)(
        **{**context.__dict__, "desks": open_desks(context.database.sessions, "agent-ui")}
    )
    assert agent_context.desks.me.id == agent.id
    panel = ResidentPanel(agent_context)
    qtbot.add_widget(panel)
    panel.show()
    panel.show_conversation(linked)
    qtbot.wait_until(lambda: panel.beside is not None and panel.beside.profile is not None)
    assert "zyxwina@voorbeeld.nl" not in panel.details.text()
    assert not panel.open_button.isVisible()  # an agent opens no profiles of their own
    panel.show_conversation(other)
    qtbot.wait_until(lambda: panel.beside is not None and panel.beside.conversation_id == other)
    assert panel.beside.profile is None and panel.search.isVisible()
    qtbot.keyClicks(panel.search, "zyxw")
    qtbot.wait_until(lambda: panel.candidates.count() == 1, timeout=5000)
    assert (
        "verification code" in panel.candidates.item(0).text()
        or "verificatiecode" in panel.candidates.item(0).text()
    )
    panel.candidates.setCurrentRow(0)
    assert not panel.link_candidate.isEnabled()


def _ready_to_link(window: MainWindow) -> tuple[int, str]:
    """A resident with a consent for linking and a fresh verification code."""
    desk = window.context.desks.residents
    resident = desk.create(PERSON).value
    desk.give_consents(
        resident,
        [Purpose.LINK_SOCIAL],
        method=ConsentMethod.REPLY_CARD,
        given_at=datetime.now(UTC),
        evidence_ref="",
        notice_version=desk.notice().version,
    )
    return resident, desk.issue_code(resident).value.code


def _ingest(window: MainWindow, text: str, author: str = "900", handle: str = "zyxwhandle") -> int:
    sessions = window.context.database.sessions
    with transaction(sessions) as session:
        account = session.query(Account.id).scalar()
        if account is None:
            row = Account(platform="x", external_id="4242", name="Gemeente", credential_ref="t")
            session.add(row)
            session.flush()
            account = row.id
    key = f"dm-{author}-{text[:10]}"
    item = InboundItem(
        external_id=f"e-{author}-{abs(hash(text))}",
        parent_external_id=None,
        thread_key=key,
        conversation_kind=ConversationKind.DIRECT,
        kind=ItemKind.DIRECT_MESSAGE,
        author=Identity(author, handle, "Q. Zyxwbewoner"),
        text=text,
        created_at=datetime.now(UTC),
    )
    with transaction(sessions) as session:
        ingest(session, account, FetchResult(items=[item]))
        return int(session.query(Conversation.id).filter_by(thread_key=key).scalar())


def test_the_audit_tab_filters_verifies_and_exports(
    page, qtbot: QtBot, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    window, residents, prompts = page
    window.context.desks.residents.create(PERSON)
    assert residents.audit is not None
    audit = residents.audit
    residents.show()
    residents.tabs.setCurrentWidget(audit)
    qtbot.wait_until(lambda: audit.model.rowCount() > 0)
    qtmodeltester.check(audit.model)
    qtbot.keyClicks(audit.action, "resident.created")
    qtbot.wait_until(lambda: audit.model.rowCount() == 1, timeout=5000)
    audit.verify.click()
    qtbot.wait_until(lambda: bool(audit.status.text()))
    assert "1" in audit.status.text() or audit.status.text()
    target = tmp_path / "audit.csv"
    prompts.choose_save_file = lambda parent, title, pattern, on_answer: on_answer(str(target))  # type: ignore[method-assign]
    audit.export.click()
    qtbot.wait_until(target.exists)
    qtbot.wait_until(lambda: "resident.created" in target.read_text())


def test_the_requests_tab_lists_deadlines_and_marks_them_answered(
    page, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    from webcare.residents.vocabulary import RequestKind

    window, residents, _prompts = page
    desk = window.context.desks.residents
    resident = desk.create(PERSON).value
    desk.register_request(resident, RequestKind.ACCESS, datetime.now(UTC))
    assert residents.requests is not None
    requests = residents.requests
    residents.show()
    residents.tabs.setCurrentWidget(requests)
    qtbot.wait_until(lambda: requests.model.rowCount() == 1)
    qtmodeltester.check(requests.model)
    requests.view.selectRow(0)
    requests.done.click()
    qtbot.wait_until(lambda: requests.model.rowCount() == 0)


def test_the_postcode_tab_imports_the_cbs_file_with_a_progress_bar(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    _window, residents, prompts = page
    prompts.file = str(
        Path(__file__).parents[3] / "resources" / "postcodes" / "demo_pc6hnr2025.csv"
    )
    residents.show()
    residents.tabs.setCurrentWidget(residents.postcodes)
    assert residents.postcodes.import_button.isVisibleTo(residents)
    residents.postcodes.import_button.click()
    qtbot.wait_until(lambda: bool(prompts.reports), timeout=10_000)
    assert "320" in prompts.reports[0][0]
    qtbot.wait_until(lambda: "2025" in residents.postcodes.info.text())


def test_a_view_asking_for_more_during_a_new_search_gets_no_row_twice(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from ui.residents.models import ResidentListModel
    from webcare.residents.values import ResidentSummary

    asked: list[tuple[str, int]] = []
    answers: list[Callable[[list[ResidentSummary]], None]] = []

    def loader(query: str, offset: int, arrived: Callable[[list[ResidentSummary]], None]) -> None:
        asked.append((query, offset))
        answers.append(arrived)

    model = ResidentListModel(loader)
    model.modelReset.connect(lambda: model.fetchMore())  # what a view does on a reset
    model.search("zyxw")
    assert asked == [("zyxw", 0)]
    row = ResidentSummary(1, "Zyxwina Testpersoon", "", "", frozenset(), 0, 0)
    for answer in answers:
        answer([row])
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_open_profile_beside_a_conversation_goes_to_the_residents_page(
    make_window: WindowFactory,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window()
    resident, code = _ready_to_link(window)
    conversation = _ingest(window, f"code {code}")
    window.context.desks.residents.link(conversation, resident)
    panel = window.inbox.resident_panel
    panel.show_conversation(conversation)
    qtbot.wait_until(lambda: panel.beside is not None and panel.beside.profile is not None)
    assert panel.open_button.isVisibleTo(panel)
    panel.open_button.click()
    assert window.current_page().page_id == "residents"
    page = window.current_page()
    assert isinstance(page, ResidentsPage)
    qtbot.wait_until(
        lambda: page.profile.profile is not None and page.profile.profile.id == resident
    )
