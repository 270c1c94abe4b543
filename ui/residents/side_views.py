"""The residents page's other tabs: the privacy officer's requests, the audit log, the
postcode table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.residents.models import AuditModel, RequestModel
from ui.residents.profile import table_view
from ui.residents.prompts import ResidentsPrompts
from ui.residents.texts import Texts
from ui.widgets.plain import PlainLabel
from webcare.auditing.chain import VerifyReport
from webcare.auditing.log import AuditFilter, AuditRow
from webcare.desk import Done
from webcare.residents.postcodes import TableInfo
from webcare.residents.values import RequestInfo


def _table(name: str) -> QTableView:
    view = table_view(name)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return view


class RequestsView(QWidget):
    """Open access and erasure requests, soonest deadline first; one selected opens its
    resident (`open_resident`)."""

    open_resident = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = Texts(self)
        self.model = RequestModel(self)
        self.view = _table("")
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.intro = PlainLabel()
        self.intro.setWordWrap(True)
        self.done = QPushButton()
        self.done.clicked.connect(self._complete)
        self.everything = QPushButton()
        self.everything.setCheckable(True)
        self.everything.toggled.connect(lambda _on: self.refresh())
        buttons = QHBoxLayout()
        buttons.addWidget(self.done)
        buttons.addWidget(self.everything)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "An access or erasure request is answered within one month of receipt. "
                "Making the access request (export) marks it answered."
            )
        )
        self.view.setAccessibleName(self.tr("Requests"))
        self.done.setText(self.tr("Mark as answered"))
        self.everything.setText(self.tr("Show answered ones too"))
        self.model.retranslate()

    def refresh(self) -> None:
        desk = self.context.desks.residents
        open_only = not self.everything.isChecked()
        self.context.operations.query(
            lambda: desk.requests(open_only=open_only), self._show, owner=self
        )

    def _show(self, rows: list[RequestInfo]) -> None:
        self.model.set_rows(rows)

    def _selected(self) -> RequestInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _complete(self) -> None:
        request = self._selected()
        if request is not None:
            desk = self.context.desks.residents
            self.context.operations.op(
                lambda: desk.complete_request(request.id), lambda _v: self.refresh(), owner=self
            )

    def _open(self) -> None:
        request = self._selected()
        if request is not None and request.resident_id is not None:
            self.open_resident.emit(request.resident_id)


class AuditView(QWidget):
    """The audit log, newest first, filtered by action, object and result; exported; its hash
    chain verified."""

    def __init__(
        self, context: AppContext, prompts: ResidentsPrompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.prompts = prompts
        self.model = AuditModel(self)
        self.view = _table("")
        self.view.setModel(self.model)
        self.view.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self._next: int | None = None
        self._generation = 0
        self.action = QLineEdit()
        self.entity = QLineEdit()
        self.result = QComboBox()
        for code in ("", "ok", "refused", "failed"):
            self.result.addItem(code or "*", code)
        self.verify = QPushButton()
        self.verify.clicked.connect(self._verify)
        self.export = QPushButton()
        self.export.clicked.connect(self._export)
        self.status = PlainLabel()
        self.status.setObjectName("PageMessage")
        self.status.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setObjectName("audit_filter_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        for edit in (self.action, self.entity):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self.result.currentIndexChanged.connect(lambda _i: self._timer.start())
        filters = QHBoxLayout()
        for widget in (self.action, self.entity, self.result):
            filters.addWidget(widget)
        filters.addWidget(self.verify)
        filters.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setPlaceholderText(self.tr("Action, e.g. resident."))
        self.action.setAccessibleName(self.tr("Filter by action"))
        self.entity.setPlaceholderText(self.tr("Object, e.g. resident:12"))
        self.entity.setAccessibleName(self.tr("Filter by object"))
        self.result.setAccessibleName(self.tr("Filter by result"))
        self.view.setAccessibleName(self.tr("Audit log"))
        self.verify.setText(self.tr("Verify the chain"))
        self.export.setText(self.tr("Export…"))
        self.model.retranslate()

    def current_filter(self) -> AuditFilter:
        entity_type, _, entity_id = self.entity.text().strip().partition(":")
        return AuditFilter(
            action=self.action.text().strip(),
            entity_type=entity_type,
            entity_id=entity_id,
            result=str(self.result.currentData() or ""),
        )

    def refresh(self) -> None:
        self._generation += 1
        self.model.set_rows([])
        self._next = None
        self._load(None, self._generation)

    def _load(self, before: int | None, generation: int) -> None:
        desk, where = self.context.desks.audit, self.current_filter()

        def arrived(page: tuple[list[AuditRow], int | None]) -> None:
            if generation == self._generation:
                self.model.append_rows(page[0])
                self._next = page[1]

        self.context.operations.query(
            lambda: desk.events(where, before_id=before), arrived, owner=self
        )

    def _maybe_more(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if self._next is not None and value >= bar.maximum() - 5:
            before, self._next = self._next, None
            self._load(before, self._generation)

    def _verify(self) -> None:
        self.context.operations.query(self.context.desks.audit.verify, self._verified, owner=self)

    def _verified(self, report: VerifyReport) -> None:
        if report.intact:
            text = self.tr("The audit trail is intact: %n event(s).", "", report.events)
        else:
            text = self.tr(
                "The audit trail is broken at event {seq} ({problem}): report it as a security "
                "incident."
            ).format(seq=report.seq, problem=report.problem)
        self.status.setText(text)

    def _export(self) -> None:
        where = self.current_filter()

        def chosen(path: str) -> None:
            desk = self.context.desks.audit

            def write() -> Done[int]:
                with Path(path).open("w", encoding="utf-8", newline="") as out:
                    return desk.export(out, format="csv", where=where)

            self.context.operations.op(
                write,
                lambda count: self.status.setText(self.tr("Exported %n event(s).", "", count)),
                owner=self,
            )

        self.prompts.choose_save_file(self, self.tr("Export the audit log"), "CSV (*.csv)", chosen)


class PostcodeView(QWidget):
    """The postcode table's year and size, and its import (for an administrator)."""

    import_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = Texts(self)
        self.info = PlainLabel()
        self.info.setWordWrap(True)
        self.explanation = PlainLabel()
        self.explanation.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_requested)
        self.import_button.setVisible(context.desks.me.may("postcodes.import"))
        self._table: TableInfo | None = None
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.import_button.setText(self.tr("Import the CBS file…"))
        self.explanation.setText(
            self.tr(
                "The CBS file 'buurt, wijk en gemeente per postcode en huisnummer' links every "
                "address to its neighbourhood. A new year replaces the old one in one go; the "
                "residents' neighbourhoods move with it."
            )
        )
        self._show_info()

    def refresh(self) -> None:
        self.context.operations.query(
            self.context.desks.residents.postcode_table, self._set, owner=self
        )

    def _set(self, table: TableInfo | None) -> None:
        self._table = table
        self._show_info()

    def _show_info(self) -> None:
        table = self._table
        if table is None:
            self.info.setText(self.tr("The postcode table is empty."))
            return
        self.info.setText(
            self.tr(
                "Division {year}: {rows} addresses ({coordinates} with coordinates), from "
                "{file}, imported {when}."
            ).format(
                year=table.year,
                rows=f"{table.rows:,}".replace(",", "."),
                coordinates=f"{table.with_coordinates:,}".replace(",", "."),
                file=table.file_name,
                when=self.texts.when(table.imported_at),
            )
        )
