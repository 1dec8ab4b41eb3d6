"""The import table: one row per line of the file, its status, each problem in its cell.

Passwords of the customers created in this run live only here, in memory, and are dropped by
``forget_passwords`` when the window closes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from reseller_desktop.domain.text import Message
from reseller_desktop.services.bulk_import.checking import (
    ALREADY_CREATED,
    CREATED,
    CREATING,
    DUPLICATE,
    FAILED,
    IN_DOUBT,
    PROBLEMS,
    READY,
    ImportRow,
    RowCheck,
    file_duplicates,
    row_state,
)
from reseller_desktop.services.bulk_import.columns import BY_KEY
from reseller_desktop.services.bulk_import.run import RowOutcome

CHECKING = "checking"
LINE, STATUS, PROBLEM, ADMIN, PASSWORD = 0, 1, 2, 3, 4  # admin and password: after a run
FIRST_FIELD = 5
SHOWN_CHARACTERS = 200  # a 10,000-character cell is cut in the table (the tooltip says so)
NEEDS_ATTENTION = {PROBLEMS, DUPLICATE, FAILED, IN_DOUBT}
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("BulkImport", text)


def state_text(state: str) -> str:
    return {
        CHECKING: QCoreApplication.translate("BulkImport", "Checking…"),
        READY: QCoreApplication.translate("BulkImport", "Ready"),
        PROBLEMS: QCoreApplication.translate("BulkImport", "Needs fixing"),
        DUPLICATE: QCoreApplication.translate("BulkImport", "Duplicate"),
        ALREADY_CREATED: QCoreApplication.translate("BulkImport", "Already created"),
        CREATING: QCoreApplication.translate("BulkImport", "Creating…"),
        CREATED: QCoreApplication.translate("BulkImport", "Created"),
        FAILED: QCoreApplication.translate("BulkImport", "Failed"),
        IN_DOUBT: QCoreApplication.translate("BulkImport", "Outcome unknown"),
    }.get(state, state)


def state_icon(state: str) -> QIcon:
    pixmap = {
        READY: QStyle.StandardPixmap.SP_DialogYesButton,
        PROBLEMS: QStyle.StandardPixmap.SP_MessageBoxWarning,
        DUPLICATE: QStyle.StandardPixmap.SP_MessageBoxInformation,
        ALREADY_CREATED: QStyle.StandardPixmap.SP_DialogApplyButton,
        CREATED: QStyle.StandardPixmap.SP_DialogApplyButton,
        FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
        IN_DOUBT: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        CREATING: QStyle.StandardPixmap.SP_BrowserReload,
        CHECKING: QStyle.StandardPixmap.SP_BrowserReload,
    }.get(state, QStyle.StandardPixmap.SP_MessageBoxQuestion)
    return QApplication.style().standardIcon(pixmap)


def shown(text: str) -> str:
    """A cell as the table shows it: control and direction characters made visible (a right-
    to-left override must not turn the rest of the row around), long text cut."""
    visible = "".join(
        "\ufffd" if unicodedata.category(c) in ("Cc", "Cf") and c not in "\t" else c
        for c in text[: SHOWN_CHARACTERS + 1]
    )
    visible = visible.replace("\t", " ")
    return visible[:SHOWN_CHARACTERS] + "…" if len(text) > SHOWN_CHARACTERS else visible


def render(message: Message) -> str:
    return message.render(QCoreApplication.translate)


class ImportTableModel(QAbstractTableModel):
    row_edited = Signal(int)  # the row's index: check it again

    def __init__(
        self, rows: list[ImportRow], keys: list[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.rows = rows
        self.keys = keys  # the field columns shown, in template order
        self.checks: list[RowCheck | None] = [None] * len(rows)
        self.duplicates: dict[int, Message] = {}
        self.outcomes: dict[int, RowOutcome] = {}
        self.creating: int | None = None
        self.locked = False  # during a run: no edits
        self.admin_column = ADMIN
        self.password_column = PASSWORD

    # -- state

    def state(self, row: int) -> str:
        if row == self.creating:
            return CREATING
        outcome = self.outcomes.get(row)
        if outcome is not None:
            return outcome.state
        check = self.checks[row]
        if check is None:
            return CHECKING
        return row_state(check, self.duplicates.get(row))

    def problems(self, row: int) -> dict[str, Message]:
        outcome = self.outcomes.get(row)
        if outcome is not None and outcome.problems:
            return outcome.problems
        check = self.checks[row]
        return check.problems if check is not None else {}

    def summary(self, row: int) -> str:
        """The row's problems in words (every one, also those of columns not in the file)."""
        outcome = self.outcomes.get(row)
        if outcome is not None and outcome.message is not None:
            return render(outcome.message)
        texts = []
        for key, problem in self.problems(row).items():
            column = BY_KEY.get(key)
            name = _tr(column.label) if column else key
            # French puts a no-break space before the colon.
            texts.append(
                QCoreApplication.translate("ImportTable", "{field}: {problem}").format(
                    field=name, problem=render(problem)
                )
            )
        check = self.checks[row]
        for extra in (self.duplicates.get(row), check.in_book if check else None):
            if extra is not None:
                texts.append(render(extra))
        return " ".join(texts)

    def creatable(self) -> list[int]:
        """Rows to create now: ready ones, and failed ones with nothing left to fix."""
        return [
            i
            for i in range(len(self.rows))
            if self.state(i) == READY
            or (self.state(i) == FAILED and not self.problems(i) and not self._blocked(i))
        ]

    def _blocked(self, row: int) -> bool:
        check = self.checks[row]
        return check is None or bool(check.problems) or row in self.duplicates

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for i in range(len(self.rows)):
            state = self.state(i)
            found[state] = found.get(state, 0) + 1
        return found

    def passwords(self) -> list[RowOutcome]:
        return [o for _i, o in sorted(self.outcomes.items()) if o.password]

    def has_passwords(self) -> bool:
        return any(o.password for o in self.outcomes.values())

    def forget_passwords(self) -> None:
        for i, outcome in list(self.outcomes.items()):
            if outcome.password:
                self.outcomes[i] = replace(outcome, password=None)
        if self.rows:
            self._changed(0, len(self.rows) - 1)

    # -- changes from the window

    def set_checks(self, checks: dict[int, RowCheck]) -> None:
        for i, check in checks.items():
            self.checks[i] = check
        self.refresh_duplicates()

    def refresh_duplicates(self) -> None:
        self.duplicates = file_duplicates(self.rows)
        if self.rows:
            self._changed(0, len(self.rows) - 1)

    def set_creating(self, row: int | None) -> None:
        previous, self.creating = self.creating, row
        for i in (previous, row):
            if i is not None:
                self._changed(i, i)

    def set_outcome(self, outcome: RowOutcome) -> None:
        self.outcomes[outcome.index] = outcome
        self._changed(outcome.index, outcome.index)

    def set_password(self, row: int, password: str) -> None:
        outcome = self.outcomes.get(row)
        if outcome is not None:
            self.outcomes[row] = replace(outcome, password=password, password_lost=False)
            self._changed(row, row)

    def _changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_FIELD + len(self.keys)

    def key_of(self, column: int) -> str | None:
        if FIRST_FIELD <= column < FIRST_FIELD + len(self.keys):
            return self.keys[column - FIRST_FIELD]
        return None

    def column_of(self, key: str) -> int | None:
        return FIRST_FIELD + self.keys.index(key) if key in self.keys else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == LINE:
            return QCoreApplication.translate("BulkImport", "Line")
        if section == STATUS:
            return QCoreApplication.translate("BulkImport", "Status")
        if section == PROBLEM:
            return QCoreApplication.translate("BulkImport", "Problems")
        if section == self.admin_column:
            return QCoreApplication.translate("BulkImport", "Admin user")
        if section == self.password_column:
            return QCoreApplication.translate("BulkImport", "Temporary password")
        key = self.key_of(section)
        return _tr(BY_KEY[key].label) if key else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self.key_of(index.column())
        state = self.state(index.row())
        if key and not self.locked and state not in (CREATED, ALREADY_CREATED, CREATING):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        key = self.key_of(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, key)
        if role == Qt.ItemDataRole.EditRole:
            return self.rows[row].values.get(key, "") if key else None
        if role == Qt.ItemDataRole.DecorationRole and column == LINE:
            return state_icon(self.state(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, key)
        problem = self.problems(row).get(key) if key else None
        if role == Qt.ItemDataRole.BackgroundRole and problem is not None:
            return QBrush(QColor("#fde7e9"))
        if role == Qt.ItemDataRole.ForegroundRole and problem is not None:
            return QBrush(QColor("#a4262c"))
        if role == Qt.ItemDataRole.FontRole:
            if column == self.password_column:
                return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            if problem is not None:
                font = QFont()
                font.setUnderline(True)  # not colour alone
                return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and problem is not None:
            return render(problem)
        return None

    def _tooltip(self, row: int, column: int, key: str | None) -> str | None:
        if column in (STATUS, PROBLEM, LINE):
            return self.summary(row) or None
        if not key:
            return None
        problem = self.problems(row).get(key)
        text = self.rows[row].values.get(key, "")
        tip = render(problem) if problem else ""
        if len(text) > SHOWN_CHARACTERS:
            count = QCoreApplication.translate("BulkImport", "{count} characters").format(
                count=len(text)
            )
            tip = f"{tip} ({count})" if tip else count
        return tip or None

    def _display(self, row: int, column: int, key: str | None) -> str:
        if column == LINE:
            return str(self.rows[row].line)
        if column == STATUS:
            return state_text(self.state(row))
        if column == PROBLEM:
            return shown(self.summary(row))
        outcome = self.outcomes.get(row)
        if column == self.admin_column:
            return outcome.admin_user if outcome else ""
        if column == self.password_column:
            if outcome is None or outcome.state not in (CREATED, ALREADY_CREATED):
                return ""
            if outcome.password:
                return outcome.password
            return (
                QCoreApplication.translate("BulkImport", "(lost: reset it)")
                if outcome.password_lost
                else ""
            )
        return shown(self.rows[row].values.get(key, "")) if key else ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.key_of(index.column())
        editable = bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        if role != Qt.ItemDataRole.EditRole or not key or not editable:
            return False
        row = index.row()
        text = str(value)
        if self.rows[row].values.get(key, "") == text:
            return False
        self.rows[row].values[key] = text
        self.outcomes.pop(row, None)  # a failed row, fixed: create it again
        self.checks[row] = None
        self.refresh_duplicates()
        self.row_edited.emit(row)
        return True


class AttentionFilter(QSortFilterProxyModel):
    """ "Only rows with problems": needs fixing, duplicates, failed, in doubt."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.only_problems = on
            self.endFilterChange()
        else:
            self.only_problems = on
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not self.only_problems or not isinstance(model, ImportTableModel):
            return True
        return model.state(source_row) in NEEDS_ATTENTION
