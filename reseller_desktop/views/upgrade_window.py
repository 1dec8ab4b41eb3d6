"""The window shown while a book written by an earlier version is brought up to date.

It says which step runs and for how long, a bar that fills when the step can tell how far it is
(the backup copy) and moves otherwise, and offers to stop: the steps done are kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_desktop import APP_DISPLAY_NAME
from reseller_desktop.views.dialogs import Choice, ask
from reseller_desktop.views.wizard.look import style_heading

# What a step does, as the window says it (the app maps each step to one of these).
BACKUP, SEARCH_INDEX, LIST_INDEXES, TABLES = "backup", "search", "indexes", "tables"
WAITING = "waiting"


translate = QCoreApplication.translate


def _phase_text(phase: str) -> str:
    texts = {
        BACKUP: translate("UpgradeWindow", "copying the database aside, as a backup"),
        SEARCH_INDEX: translate("UpgradeWindow", "building the search index"),
        LIST_INDEXES: translate("UpgradeWindow", "building the indexes of the list"),
        WAITING: translate(
            "UpgradeWindow", "waiting for another desktop that is updating this database"
        ),
    }
    return texts.get(phase) or translate("UpgradeWindow", "updating the tables")


def elapsed_text(seconds: float) -> str:
    whole = int(seconds)
    if whole < 60:
        return translate("UpgradeWindow", "Elapsed time: {s} s").format(s=whole)
    return translate("UpgradeWindow", "Elapsed time: {m} min {s:02d} s").format(
        m=whole // 60, s=whole % 60
    )


class UpgradeWindow(QDialog):
    """Told where the upgrade stands (``show_step``, ``show_elapsed``); ``stop_requested`` once
    the user has confirmed that the upgrade should stop."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeWindow")
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        heading = QLabel(translate("UpgradeWindow", "Updating your customer database"))
        style_heading(heading)
        about = QLabel(
            translate(
                "UpgradeWindow",
                "This database was written by an earlier version of Reseller Desktop and is "
                "being brought up to date. A large one can take several minutes. Each step is "
                "saved as soon as it is done.",
            )
        )
        about.setWordWrap(True)
        self.step_label = QLabel()
        self.step_label.setObjectName("upgradeStep")
        self.step_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("upgradeProgress")
        self.bar.setTextVisible(False)
        self.elapsed_label = QLabel(elapsed_text(0))
        self.elapsed_label.setObjectName("upgradeElapsed")
        buttons = QDialogButtonBox()
        self.stop_button = QPushButton(translate("UpgradeWindow", "&Stop and quit"))
        self.stop_button.setObjectName("stopUpgradeButton")
        self.stop_button.setAutoDefault(False)  # Enter does not stop a quarter of an hour's work
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.stop_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addSpacing(8)
        layout.addWidget(self.step_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.elapsed_label)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._running = True
        self.show_step(0, 0, BACKUP, None)

    def show_step(self, step: int, steps: int, phase: str, fraction: float | None) -> None:
        if self.stop_button.isEnabled():
            text = _phase_text(phase)
            if step > 0:
                text = translate("UpgradeWindow", "Step {step} of {steps}: {what}").format(
                    step=step, steps=steps, what=text
                )
            else:
                text = translate("UpgradeWindow", "Before the update: {what}").format(what=text)
            self.step_label.setText(text)
        if fraction is None:
            self.bar.setRange(0, 0)  # it moves: a statement runs that cannot say how far it is
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(fraction * 1000))

    def show_elapsed(self, seconds: float) -> None:
        self.elapsed_label.setText(elapsed_text(seconds))

    def finish(self) -> None:
        """The upgrade has ended (done, stopped or failed): the window goes."""
        self._running = False
        for box in self.findChildren(QMessageBox):
            box.reject()  # "Stop the update?" has no object any more
        self.hide()

    def reject(self) -> None:
        """Stop, Escape and the close button: ask first, the step under way would be lost."""
        if not self._running or not self.stop_button.isEnabled():
            return
        choice = ask(
            self,
            APP_DISPLAY_NAME,
            translate("UpgradeWindow", "Stop the update and quit?"),
            [
                Choice(
                    "stop",
                    translate("UpgradeWindow", "Stop and quit"),
                    QMessageBox.ButtonRole.DestructiveRole,
                ),
                Choice(
                    "go_on",
                    translate("UpgradeWindow", "Continue the update"),
                    QMessageBox.ButtonRole.RejectRole,
                ),
            ],
            default="go_on",
            escape="go_on",
            informative=translate(
                "UpgradeWindow",
                "The steps already done are kept; the step under way starts again, and the "
                "update goes on the next time Reseller Desktop starts.",
            ),
            object_name="stopUpgradeBox",
        )
        if choice != "stop" or not self._running:
            return
        self.stop_button.setEnabled(False)
        self.step_label.setText(translate("UpgradeWindow", "Stopping…"))
        self.stop_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()  # the window goes when the upgrade has ended, not before
            self.reject()
