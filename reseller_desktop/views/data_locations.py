"""Help > Where data lives: the data folder, the database, drafts, the log file, the configuration
folder, the offer catalog and the preferences file of this session (``services.context``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from reseller_desktop.services.context import DataLocations
from reseller_desktop.views.forms.ui_data_locations import Ui_DataLocationsDialog


class DataLocationsDialog(QDialog):
    def __init__(
        self, locations: DataLocations, settings_file: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_DataLocationsDialog()
        ui.setupUi(self)
        self.setObjectName("dataLocationsDialog")
        self.locations = locations
        backups = (
            self.tr("{file} (backups made before each update lie beside it)").format(
                file=locations.database_file
            )
            if locations.database_file is not None
            else locations.database
        )
        config = locations.config_dir
        shipped = locations.catalog_file is None or (
            config is None or locations.catalog_file.parent != config
        )
        catalog = (
            self.tr("{file} (shipped with the app)").format(file=locations.catalog_file)
            if shipped and locations.catalog_file is not None
            else str(locations.catalog_file or "—")
        )
        values: list[tuple[QLabel, str]] = [
            (ui.dataDirValue, str(locations.data_dir)),
            (ui.databaseValue, backups),
            (ui.draftsValue, str(locations.drafts_dir)),
            (
                ui.logFileValue,
                str(locations.log_file)
                if locations.log_file
                else self.tr("None: this session writes no log file"),
            ),
            (
                ui.configDirValue,
                self.tr("{folder} (a partner's own offers.json goes here)").format(folder=config)
                if config is not None
                else "—",
            ),
            (ui.catalogValue, catalog),
            (ui.settingsValue, settings_file or "—"),
        ]
        for label, text in values:
            label.setText(text)
        for row in range(ui.form.rowCount()):  # a name beside the first line of a long path
            item = ui.form.itemAt(row, ui.form.ItemRole.LabelRole)
            name = item.widget() if item is not None else None
            if isinstance(name, QLabel):
                name.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.open_button = ui.buttonBox.addButton(
            self.tr("&Open the data folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_folder(locations.data_dir))
        ui.buttonBox.rejected.connect(self.reject)
        # Wrapped paths need their height for the final width.
        self.resize(self.width(), self.heightForWidth(self.width()))

    @staticmethod
    def open_folder(folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def shown(self) -> dict[str, str]:
        """Each row's label and value, as the user reads them."""
        form = self.ui.form
        rows: dict[str, str] = {}
        for row in range(form.rowCount()):
            label = form.itemAt(row, form.ItemRole.LabelRole)
            value = form.itemAt(row, form.ItemRole.FieldRole)
            if label is None or value is None:
                continue
            label_widget, value_widget = label.widget(), value.widget()
            if isinstance(label_widget, QLabel) and isinstance(value_widget, QLabel):
                rows[label_widget.text().rstrip(":")] = value_widget.text()
        return rows
