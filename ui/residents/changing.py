"""What the residents page changes: new and edited residents, consent given and withdrawn,
verification codes, requests, access exports and erasure. Each asks its question through the
page's prompts and goes to the residents desk through `context.operations`; the page shows the
answer (its message line, the reloaded profile).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.residents.dialogs import ConsentAnswer
from ui.residents.profile import ProfileView
from ui.residents.prompts import Refusable, ResidentsPrompts
from ui.residents.texts import Texts
from webcare.residents.values import ExportResult, IssuedCode, ResidentInput, ResidentProfile
from webcare.residents.vocabulary import DeletionReason, Purpose


class ResidentChanges(QObject):
    """The page's changing actions (see the module's docstring).

    Args:
        page: the residents page, parent of the dialogs.
        open_resident: shows a resident's profile (after a change: reloads it).
        say: writes the page's message line.
    """

    def __init__(
        self,
        page: QWidget,
        context: AppContext,
        prompts: ResidentsPrompts,
        profile: ProfileView,
        open_resident: Callable[[int], None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.context = context
        self.desk = context.desks.residents
        self.prompts = prompts
        self.profile = profile
        self.texts = Texts(self)
        self._reload = open_resident
        self.say = say

    def _failed(self, text: str, _error: BaseException) -> None:
        self.say(text)

    def current(self) -> ResidentProfile | None:
        return self.profile.profile

    def new_resident(self) -> None:
        self.prompts.edit_resident(self.page, None, self._create)

    def _create(self, data: ResidentInput, refused: Refusable, close: object) -> None:
        desk = self.desk

        def created(resident_id: int) -> None:
            close()  # type: ignore[operator]
            self._reload(resident_id)

        self.context.operations.op(
            lambda: desk.create(data), created, on_error=lambda t, _e: refused(t), owner=self
        )

    def edit_resident(self, resident_id: int) -> None:
        desk = self.desk

        def save(data: ResidentInput, refused: Refusable, close: object) -> None:
            def saved(_fields: list[str]) -> None:
                close()  # type: ignore[operator]
                self._reload(resident_id)

            self.context.operations.op(
                lambda: desk.update(resident_id, data),
                saved,
                on_error=lambda t, _e: refused(t),
                owner=self.page,
            )

        self.prompts.edit_resident(self.page, self.current(), save)

    def record_consent(self, resident_id: int) -> None:
        desk = self.desk

        def answered(answer: ConsentAnswer, refused: Refusable, close: object) -> None:
            def saved(_ids: list[int]) -> None:
                close()  # type: ignore[operator]
                self._reload(resident_id)

            self.context.operations.op(
                lambda: desk.give_consents(
                    resident_id,
                    answer.purposes,
                    method=answer.method,
                    given_at=answer.given_at,
                    evidence_ref=answer.evidence_ref,
                    notice_version=answer.notice_version,
                ),
                saved,
                on_error=lambda t, _e: refused(t),
                owner=self.page,
            )

        self.context.operations.query(
            desk.notice,
            lambda notice: self.prompts.consent(self.page, notice, answered),
            on_error=self._failed,
            owner=self.page,
        )

    def withdraw(self, resident_id: int, purpose: str) -> None:
        desk = self.desk
        chosen = Purpose(purpose)

        def withdrawn(result: object) -> None:
            self.say(
                self.tr("Consent withdrawn: {purpose}. It stopped at once.").format(
                    purpose=self.texts.purpose_short(chosen)
                )
            )
            self._reload(resident_id)

        self.context.operations.op(
            lambda: desk.withdraw_consent(resident_id, chosen),
            withdrawn,
            on_error=self._failed,
            owner=self.page,
        )

    def issue_code(self, resident_id: int) -> None:
        desk = self.desk
        shown = self.current()
        name = shown.name if shown is not None else ""

        def issued(code: IssuedCode) -> None:
            self.prompts.show_code(self.page, code, name)
            self._reload(resident_id)

        self.context.operations.op(
            lambda: desk.issue_code(resident_id), issued, on_error=self._failed, owner=self
        )

    def register_request(self, resident_id: int) -> None:
        desk = self.desk

        def answered(kind: object, received: object) -> None:
            self.context.operations.op(
                lambda: desk.register_request(resident_id, kind, received),  # type: ignore[arg-type]
                lambda _id: self.say(self.tr("The request is on the list, with its deadline.")),
                on_error=self._failed,
                owner=self.page,
            )

        self.prompts.ask_request(self.page, answered)

    def export(self, resident_id: int) -> None:
        desk = self.desk

        def chosen(folder: str) -> None:
            def written(result: ExportResult) -> None:
                self.say(
                    self.tr("Access request written: {json} and {pdf}.").format(
                        json=result.json_path, pdf=result.pdf_path
                    )
                )

            self.context.operations.op(
                lambda: desk.export_access(resident_id, Path(folder)),
                written,
                on_error=self._failed,
                owner=self.page,
            )

        self.prompts.choose_folder(self.page, self.tr("Where to write the access request"), chosen)

    def erase(self, resident_id: int) -> None:
        desk = self.desk
        shown = self.current()
        name = shown.name if shown is not None else ""

        def confirmed(reason: DeletionReason) -> None:
            def erased(_result: object) -> None:
                self.profile.show_profile(None)
                self.say(self.tr("{name} is erased. A deletion record was kept.").format(name=name))

            self.context.operations.op(
                lambda: desk.erase(resident_id, reason.value),
                erased,
                on_error=self._failed,
                owner=self.page,
            )

        self.prompts.confirm_erase(self.page, name, confirmed)
