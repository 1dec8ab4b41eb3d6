"""The column-mapping step: the file's headers that were not recognised, or required columns
that are missing, each chosen from a list (keyboard-only works: Tab between the lists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reseller_desktop.services.bulk_import.columns import BY_KEY, COLUMNS, ColumnMapping
from reseller_desktop.views.bulk_import.table_model import shown
from reseller_desktop.views.wizard.look import ERROR_COLOUR


def _tr(text: str) -> str:
    return QCoreApplication.translate("BulkImport", text)


class ColumnMappingDialog(QDialog):
    def __init__(self, mapping: ColumnMapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(self.tr("Match the columns"))
        self._mapping = mapping
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Some columns of the file were not recognised. Choose what each one holds, or "
                "Ignore it. Columns the import needs are listed below until a column fills them."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.combos: list[QComboBox] = []
        for i, header in enumerate(mapping.headers):
            combo = QComboBox(form_host)
            combo.setObjectName(f"mappingCombo{i}")
            combo.addItem(self.tr("— Ignore —"), None)
            for column in COLUMNS:
                combo.addItem(_tr(column.label), column.key)
            current = mapping.fields[i]
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.currentIndexChanged.connect(self._update)
            label = shown(header) or self.tr("(column {number}, no header)").format(number=i + 1)
            form.addRow(label, combo)
            self.combos.append(combo)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        layout.addWidget(scroll, 1)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingColumnsLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        layout.addWidget(self.missing_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Continue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()
        first_unknown = next(iter(mapping.unknown), 0)
        if self.combos:
            self.combos[first_unknown].setFocus()

    def result_mapping(self) -> ColumnMapping:
        """The mapping as chosen (a field chosen twice: the first column keeps it)."""
        fields: list[str | None] = []
        taken: set[str] = set()
        for combo in self.combos:
            key = combo.currentData()
            if key in taken:
                key = None
            if key:
                taken.add(key)
            fields.append(key)
        return ColumnMapping(
            list(self._mapping.headers),
            fields,
            also_required=self._mapping.also_required,
            obsolete=list(self._mapping.obsolete),
        )

    def _update(self) -> None:
        missing = self.result_mapping().missing
        if missing:
            names = ", ".join(_tr(BY_KEY[k].label) for k in missing)
            self.missing_label.setText(
                self.tr(
                    "Missing: {columns}. Rows without them cannot be created until you fill "
                    "them in the table."
                ).format(columns=names)
            )
        else:
            self.missing_label.setText("")
