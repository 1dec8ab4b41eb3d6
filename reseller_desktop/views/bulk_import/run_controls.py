"""The import window's run controls: Create N customers, the progress and time left, Pause/Resume
and Stop (after the customer in flight: never half a customer), throttling, and the buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from reseller_desktop.services.bulk_import.checking import CREATED, FAILED
from reseller_desktop.services.bulk_import.reading import changed_on_disk
from reseller_desktop.services.bulk_import.run import BulkRun, RowOutcome
from reseller_desktop.views.bulk_import.base import ImportWindowBase
from reseller_desktop.views.dialogs import Choice, ask


class RunControls(ImportWindowBase):
    """Create, Pause/Resume, Stop and the buttons (a part of ``ImportWindow``)."""

    def _update_buttons(self) -> None:
        model = self.model
        running = self.run is not None and self.run.running()
        creatable = len(model.creatable()) if model is not None and not running else 0
        checking = model is not None and "checking" in model.counts()
        if creatable == 1:
            self.create_button.setText(
                QCoreApplication.translate("ImportWindow", "&Create 1 customer")
            )
        elif creatable:
            self.create_button.setText(
                QCoreApplication.translate("ImportWindow", "&Create {count} customers").format(
                    count=creatable
                )
            )
        else:
            self.create_button.setText(
                QCoreApplication.translate("ImportWindow", "&Create customers")
            )
        self.create_button.setEnabled(creatable > 0 and not checking and not running)
        self.pause_button.setVisible(running)
        self.stop_button.setVisible(running)
        if self.run is not None:
            self.pause_button.setText(
                QCoreApplication.translate("ImportWindow", "&Resume")
                if self.run.paused()
                else QCoreApplication.translate("ImportWindow", "&Pause")
            )
        self.copy_button.setEnabled(model is not None and model.has_passwords())
        self.export_button.setEnabled(model is not None and bool(model.outcomes) and not running)
        self.reset_button.setEnabled(not running and self._resettable() is not None)
        self.open_button.setEnabled(not running)

    # ------------------------------------------------------------------------------------------
    # Creating

    def create_customers(self) -> None:
        model = self.model
        if model is None or (self.run is not None and self.run.running()):
            return
        indices = model.creatable()
        if not indices:
            return
        if self.sheet is not None and changed_on_disk(self.sheet):
            choice = ask(
                self,
                QCoreApplication.translate("ImportWindow", "Import customers"),
                QCoreApplication.translate(
                    "ImportWindow", "The file changed on disk since it was loaded."
                ),
                [
                    Choice(
                        "table",
                        QCoreApplication.translate("ImportWindow", "Create from the &table"),
                        QMessageBox.ButtonRole.AcceptRole,
                    ),
                    Choice(
                        "reload",
                        QCoreApplication.translate("ImportWindow", "&Reload the file"),
                        QMessageBox.ButtonRole.ActionRole,
                    ),
                    Choice(
                        "cancel",
                        QCoreApplication.translate("ImportWindow", "Cancel"),
                        QMessageBox.ButtonRole.RejectRole,
                    ),
                ],
                default="table",
                escape="cancel",
                informative=QCoreApplication.translate(
                    "ImportWindow",
                    "The table shows the file as it was loaded, with your edits. Reloading "
                    "reads the new version (your edits in the table are lost).",
                ),
                object_name="fileChangedBox",
            )
            if choice == "reload":
                self.load(self.sheet.path)
                return
            if choice != "table":
                return
        model.locked = True
        run = BulkRun(
            self.services.onboarding,
            self.services.catalog,
            self.worker,
            [(i, dict(model.rows[i].values)) for i in indices],
            resellers=self._checker.reseller_choices(),
            parent=self,
        )
        self.run = run
        run.row_started.connect(model.set_creating)
        run.row_finished.connect(self._row_finished)
        run.progressed.connect(self._run_progress)
        run.waiting.connect(self._throttled)
        run.paused_changed.connect(lambda _paused: self._update_buttons())
        run.finished.connect(self._run_finished)
        self.progress.setRange(0, len(indices))
        self.progress.setValue(0)
        self.progress.show()
        self._update_buttons()
        run.start()
        self.stop_button.setFocus()

    def _row_finished(self, outcome: RowOutcome) -> None:
        model = self.model
        if model is None:
            return
        model.set_creating(None)
        model.set_outcome(outcome)
        if outcome.password:
            self._unconfirmed = True
        if outcome.state == CREATED and outcome.customer_id is not None:
            self.customer_created.emit(outcome.customer_id)

    def _run_progress(self, done: int, total: int, seconds_left: float) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if seconds_left < 0:
            left = QCoreApplication.translate("ImportWindow", "estimating the time left…")
        elif seconds_left < 90:
            left = QCoreApplication.translate("ImportWindow", "about {seconds} s left").format(
                seconds=max(1, round(seconds_left))
            )
        else:
            left = QCoreApplication.translate("ImportWindow", "about {minutes} min left").format(
                minutes=round(seconds_left / 60)
            )
        paused = self.run is not None and self.run.paused()
        text = QCoreApplication.translate(
            "ImportWindow", "Created {done} of {total}: {left}"
        ).format(done=done, total=total, left=left)
        self.progress.setFormat(f"{done} / {total}")
        self.message_label.setText(
            text + (" " + QCoreApplication.translate("ImportWindow", "(paused)") if paused else "")
        )

    def _throttled(self, seconds: float) -> None:
        self.message_label.setText(
            QCoreApplication.translate(
                "ImportWindow", "Microsoft asks to slow down: going on in {seconds} s."
            ).format(seconds=max(1, round(seconds)))
        )

    def _pause_or_resume(self) -> None:
        if self.run is None:
            return
        if self.run.paused():
            self.run.resume()
            self.message_label.setText(QCoreApplication.translate("ImportWindow", "Resumed."))
        else:
            self.run.pause()
            self.message_label.setText(
                QCoreApplication.translate(
                    "ImportWindow",
                    "Pausing after the customer being created… Press Resume to go on.",
                )
            )
        self._update_buttons()

    def stop(self) -> None:
        if self.run is not None and self.run.running():
            self.message_label.setText(
                QCoreApplication.translate(
                    "ImportWindow", "Stopping after the customer being created…"
                )
            )
            self.run.stop()

    def _run_finished(self, stopped: bool) -> None:
        model = self.model
        run = self.run
        if model is not None:
            model.locked = False
            model.set_creating(None)
        self.progress.hide()
        created = sum(1 for o in (model.outcomes.values() if model else []) if o.state == CREATED)
        failed = sum(1 for o in (model.outcomes.values() if model else []) if o.state == FAILED)
        if stopped:
            self.message_label.setText(
                QCoreApplication.translate(
                    "ImportWindow",
                    "Stopped after {done} of {total}. The customers created so far are safe; "
                    "press Create to go on, or import the same file later: created rows show "
                    "Already created.",
                ).format(done=run.completed if run else 0, total=run.total if run else 0)
            )
        else:
            text = QCoreApplication.translate(
                "ImportWindow", "Done: {created} created, {failed} failed."
            ).format(created=created, failed=failed)
            if model is not None and model.has_passwords():
                text += " " + QCoreApplication.translate(
                    "ImportWindow", "Copy the credentials now: the passwords are not shown again."
                )
            self.message_label.setText(text)
        self._update_counts()
        if self._close_after_run:
            self._close_after_run = False
            self.close()
