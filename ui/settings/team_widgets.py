"""What the team's Settings sections share: a read-only table, and a dialog that saves through a
desk and stays open, with the reason, when the desk refuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Operations
from ui.widgets.plain import PlainLabel
from webcare.desk import Done


def records_table(
    parent: QWidget, model: QAbstractItemModel, name: str, stretch: int, height: int
) -> QTableView:
    """A table of whole rows, one chosen at a time, walked with the arrow keys (Tab leaves)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setMinimumHeight(height)
    return view


class DeskDialog(QDialog):
    """A Save/Cancel dialog around a form; `save` runs a desk write and closes when it took it."""

    def __init__(self, operations: Operations, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._operations = operations
        self.form = QFormLayout()
        self.problem = PlainLabel(parent=self)
        self.problem.setObjectName("DialogProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        """Subclasses call `save` with their desk call."""
        raise NotImplementedError

    def save(self, call: Callable[[], Done[Any]], on_saved: Callable[[Any], object]) -> None:
        if not self.buttons.isEnabled():
            return  # already saving
        self.buttons.setEnabled(False)

        def saved(value: Any) -> None:
            on_saved(value)
            self.accept()

        self._operations.op(call, saved, on_error=self._refused, owner=self)

    def _refused(self, reason: str, _error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(reason)
        self.problem.setAccessibleName(reason)
        self.problem.show()
