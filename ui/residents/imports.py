"""The residents page's long work: importing replies and the postcode table, with a progress
bar, off the GUI thread (`operations.long_op`); the inbox's own work goes on beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar, QWidget

from ui.context import AppContext
from ui.residents.prompts import ResidentsPrompts
from ui.residents.texts import Texts
from webcare.residents.values import PostcodeImportReport, ReplyImportReport

CSV = "CSV (*.csv *.txt)"


class Imports(QObject):
    """Attributes:
    bar: the progress bar to place on the page; shown while one of these imports runs.
    """

    def __init__(
        self,
        page: QWidget,
        context: AppContext,
        prompts: ResidentsPrompts,
        say: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.context = context
        self.desk = context.desks.residents
        self.prompts = prompts
        self.say = say
        self.texts = Texts(self)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self._labels: set[str] = set()
        context.operations.progress.connect(self._progress)

    def _progress(self, label: str, done: int, total: int) -> None:
        if label not in self._labels:
            return
        if done < 0 or (total and done >= total and done > 0):
            self.bar.setVisible(False)
            return
        self.bar.setVisible(True)
        self.bar.setFormat(f"{label} %p%")
        self.bar.setAccessibleName(label)
        self.bar.setRange(0, total if total else 0)
        self.bar.setValue(done)

    def _failed(self, text: str, _error: BaseException) -> None:
        self.say(text)

    def import_replies(self) -> None:
        desk, label = self.desk, self.tr("Importing replies")
        self._labels.add(label)

        def chosen(path: str) -> None:
            self.context.operations.long_op(
                label,
                lambda progress: desk.import_replies(Path(path), progress),
                self._replies_done,
                on_error=self._failed,
                owner=self.page,
            )

        self.prompts.choose_file(self.page, self.tr("Replies (CSV)"), CSV, chosen)

    def _replies_done(self, report: ReplyImportReport) -> None:
        summary = self.tr("Created {created}, updated {updated}, skipped {skipped}.").format(
            created=report.created, updated=report.updated, skipped=report.skipped
        )
        lines = [
            self.tr("Line {line}: {field} {problem}").format(
                line=e.line, field=self.texts.field(e.field), problem=self.texts.problem(e.code)
            )
            for e in report.errors
        ]
        self.say(summary)
        self.prompts.report(self.page, self.tr("Replies imported"), summary, lines)

    def import_postcodes(self) -> None:
        desk, label = self.desk, self.tr("Importing the postcode table")
        self._labels.add(label)

        def chosen(path: str) -> None:
            self.context.operations.long_op(
                label,
                lambda progress: desk.import_postcodes(Path(path), progress),
                self._postcodes_done,
                on_error=self._failed,
                owner=self.page,
            )

        self.prompts.choose_file(self.page, self.tr("CBS postcode file"), CSV, chosen)

    def _postcodes_done(self, report: PostcodeImportReport) -> None:
        summary = self.tr(
            "Imported {rows} addresses of the {year} division; {skipped} lines skipped."
        ).format(rows=report.rows, year=report.year, skipped=report.skipped)
        lines = [
            self.tr("Line {line}: {code} {value}").format(line=line, code=code, value=value)
            for line, code, value in report.bad_rows
        ]
        self.say(summary)
        self.prompts.report(self.page, self.tr("Postcode table imported"), summary, lines)
