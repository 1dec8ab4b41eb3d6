"""The import's file dialogs: choosing the file to import, and saving the template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from reseller_desktop.services.bulk_import.template import write_template
from reseller_desktop.views.dialogs import inform
from reseller_desktop.views.export import separator


def choose_import_file(parent: QWidget) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BulkImport", "Import customers"),
        folder,
        QCoreApplication.translate("BulkImport", "CSV files (*.csv *.txt);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def save_template(parent: QWidget) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BulkImport", "Save a template"),
        str(Path(folder) / QCoreApplication.translate("BulkImport", "customers-template.csv")),
        QCoreApplication.translate("BulkImport", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".csv")
    try:
        write_template(path, separator())
    except OSError as exc:
        inform(
            parent,
            QCoreApplication.translate("BulkImport", "Save a template"),
            QCoreApplication.translate(
                "BulkImport", "The template could not be saved to {file}."
            ).format(file=str(path)),
            informative=QCoreApplication.translate("BulkImport", "Reason: {reason}.").format(
                reason=exc.strerror or type(exc).__name__
            ),
            object_name="templateFailedBox",
        )
        return None
    return path
