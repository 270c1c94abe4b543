"""Exports from the Reports page: the figures as JSON or CSV, a CSV row per conversation, and
the PDF report, all through the reports desk (audited), written on the task thread.

The file is asked for without a nested event loop (a dialog with a callback, replaceable in
tests: `Exporter.ask_path`), written next to its target first and moved into place, so a
failed export leaves no half file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from webcare.desk import Done, Progress
from webcare.reports.export import BY_CONVERSATION

if TYPE_CHECKING:
    from ui.reports.page import ReportsPage

AskPath = Callable[[QWidget, str, str, str, Callable[[str], None]], None]


def ask_with_dialog(
    parent: QWidget, title: str, suggested: str, filter_: str, chosen: Callable[[str], None]
) -> None:
    dialog = QFileDialog(parent, title, suggested, filter_)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _replace(partial: Path, target: Path) -> None:
    os.replace(partial, target)


class Exporter:
    """The page's Export menu and what its entries do."""

    ask_path: AskPath = staticmethod(ask_with_dialog)

    def __init__(self, page: ReportsPage) -> None:
        self.page = page
        self.last_path: Path | None = None
        self.actions = {
            "json": page.export_menu.addAction(""),
            "csv": page.export_menu.addAction(""),
            "conversations": page.export_menu.addAction(""),
            "pdf": page.export_menu.addAction(""),
        }
        self.actions["json"].triggered.connect(lambda: self.start("json"))
        self.actions["csv"].triggered.connect(lambda: self.start("csv"))
        self.actions["conversations"].triggered.connect(lambda: self.start("conversations"))
        self.actions["pdf"].triggered.connect(lambda: self.start("pdf"))

    def retranslate(self, menu: QMenu) -> None:
        t = self.page.texts
        self.actions["json"].setText(t.word("Figures as JSON…"))
        self.actions["csv"].setText(t.word("Figures per channel as CSV…"))
        self.actions["conversations"].setText(t.word("A row per conversation (CSV)…"))
        self.actions["pdf"].setText(t.word("Report as PDF…"))

    def _suggested(self, kind: str) -> tuple[str, str]:
        period = self.page.period.period()
        stem = f"webcare-report-{period.first.isoformat()}-{period.last.isoformat()}"
        t = self.page.texts
        return {
            "json": (f"{stem}.json", t.word("JSON (*.json)")),
            "csv": (f"{stem}-channels.csv", t.word("CSV (*.csv)")),
            "conversations": (f"{stem}-conversations.csv", t.word("CSV (*.csv)")),
            "pdf": (f"{stem}.pdf", t.word("PDF (*.pdf)")),
        }[kind]

    def start(self, kind: str) -> None:
        name, filter_ = self._suggested(kind)
        folder = Path.home() if self.last_path is None else self.last_path.parent
        self.ask_path(
            self.page,
            self.page.texts.word("Export the report"),
            str(folder / name),
            filter_,
            lambda path: self.write(kind, Path(path)) if path else None,
        )

    def write(self, kind: str, target: Path) -> None:
        """Write the export `kind` of the page's period and filters to `target`."""
        self.last_path = target
        page = self.page
        desk = page.context.desks.reports
        period, filters = page.period.period(), page.filters()
        label = page.texts.word("Exporting…")
        if kind == "pdf":
            page.context.operations.long_op(
                label,
                lambda progress: desk.report_for_document(period, filters, progress=progress),
                lambda report: self._write_pdf(report, target),
                on_error=self._failed,
                owner=page,
            )
            return
        format_ = "json" if kind == "json" else "csv"
        by = BY_CONVERSATION if kind == "conversations" else ("channel" if kind == "csv" else None)

        def run(progress: Progress) -> Done[int]:
            partial = target.with_name(target.name + ".partial")
            try:
                with partial.open("w", encoding="utf-8", newline="") as out:
                    done = desk.export(
                        out, period, filters, format=format_, by=by, progress=progress
                    )
                _replace(partial, target)
            finally:
                partial.unlink(missing_ok=True)
            return done

        page.context.operations.long_op(
            label, run, lambda _rows: self._done(target), on_error=self._failed, owner=page
        )

    def _write_pdf(self, report: object, target: Path) -> None:
        from ui.reports.document import build_document, render_charts
        from webcare.documents import write_pdf

        page = self.page
        pictures = render_charts(report, page.texts)  # type: ignore[arg-type]
        document = build_document(
            report,  # type: ignore[arg-type]
            page.texts,
            pictures,
            page.context.translations.language or "nl",
        )

        # On this (the GUI) thread, as the charts: Qt's text layout wants an event dispatcher,
        # which the task threads have not. A report's few pages take a fraction of a second.
        partial = target.with_name(target.name + ".partial")
        try:
            write_pdf(document, partial)
            _replace(partial, target)
        except OSError as error:
            self._crashed(error)
            return
        finally:
            partial.unlink(missing_ok=True)
        self._done(target)

    def _done(self, target: Path) -> None:
        self.page.status.setText(
            self.page.texts.word("Exported to {path}").format(path=str(target))
        )

    def _failed(self, text: str, _error: BaseException) -> None:
        self.page.status.setText(text)

    def _crashed(self, error: BaseException) -> None:
        from ui.errors import describe

        self.page.status.setText(describe(error))
