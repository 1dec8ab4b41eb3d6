"""The import window's credentials and results: Copy all credentials (tab-separated, the
clipboard cleared later), Reset admin password for a row whose password is not on screen,
Export results (never a password), and the copy warning before the passwords go away."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reseller_desktop.domain.credentials import AdminCredentials
from reseller_desktop.domain.request import DOMAIN_SUFFIX
from reseller_desktop.services.bulk_import.checking import ALREADY_CREATED, CREATED
from reseller_desktop.services.bulk_import.results import ResultLine, write_results
from reseller_desktop.services.bulk_import.run import RowOutcome
from reseller_desktop.views.admin_password import tell_reset_failed
from reseller_desktop.views.bulk_import.base import ImportWindowBase
from reseller_desktop.views.bulk_import.table_model import state_text
from reseller_desktop.views.dialogs import Choice, ask, inform
from reseller_desktop.views.export import separator

RESET_TIMEOUT_MS = 15_000


def confirm_copied(parent: QWidget) -> bool:
    """The wizard's copy warning ("I have copied the information" / "Go to page", its texts and
    translations), titled for the import: True when the user says they copied."""
    choice = ask(
        parent,
        QCoreApplication.translate("BulkImport", "Import customers"),
        QCoreApplication.translate(
            "AddCustomerWizard", "Did you copy the customer and subscription information?"
        ),
        [
            Choice(
                "copied",
                QCoreApplication.translate("AddCustomerWizard", "I &have copied the information"),
                QMessageBox.ButtonRole.AcceptRole,
            ),
            Choice(
                "page",
                QCoreApplication.translate("AddCustomerWizard", "&Go to page"),
                QMessageBox.ButtonRole.RejectRole,
            ),
        ],
        default="page",
        escape="page",
        icon=QMessageBox.Icon.Warning,
        informative=QCoreApplication.translate(
            "AddCustomerWizard",
            "The temporary password will not be shown again. Without it, the customer's "
            "administrator cannot sign in until the password is reset.",
        ),
        object_name="copyConfirmationBox",
    )
    return choice == "copied"


class Credentials(ImportWindowBase):
    """Copy, reset, export and the copy warning (a part of ``ImportWindow``)."""

    def copy_credentials(self) -> None:
        model = self.model
        if model is None:
            return
        lines = [
            "\t".join((o.company, o.domain, o.admin_user, o.password or ""))
            for o in model.passwords()
        ]
        if lines:
            self.guard().copy("\n".join(lines) + "\n", secret=True)
            self.message_label.setText(
                QCoreApplication.translate(
                    "ImportWindow",
                    "Copied the credentials of {count} customers (tab-separated: paste them "
                    "into a spreadsheet). The clipboard is cleared after a while.",
                ).format(count=len(lines))
            )

    def _resettable(self) -> tuple[int, uuid.UUID] | None:
        """The selected row's customer, when it was created (by this run or an earlier one)
        and its password is not on screen."""
        model = self.model
        index = self.table.currentIndex()
        if model is None or not index.isValid():
            return None
        row = self.proxy.mapToSource(index).row()
        outcome = model.outcomes.get(row)
        if outcome is not None:
            if outcome.state in (CREATED, ALREADY_CREATED) and outcome.customer_id:
                return None if outcome.password else (row, outcome.customer_id)
            return None
        check = model.checks[row]
        if check is not None and check.existing is not None:
            return row, check.existing.customer_id
        return None

    def reset_password(self) -> None:
        target = self._resettable()
        model = self.model
        if target is None or model is None:
            return
        row, customer_id = target
        onboarding = self.services.onboarding
        self.reset_button.setEnabled(False)

        def done(credentials: AdminCredentials) -> None:
            if self.model is not model:
                return
            existing = model.outcomes.get(row)
            check = model.checks[row]
            if existing is None and check is not None and check.existing is not None:
                model.set_outcome(
                    RowOutcome(
                        row,
                        ALREADY_CREATED,
                        check.request_id,
                        customer_id=customer_id,
                        company=check.existing.company_name,
                        domain=check.existing.domain,
                        admin_user=credentials.user_name,
                    )
                )
            model.set_password(row, credentials.password or "")
            self._unconfirmed = True
            self.message_label.setText(
                QCoreApplication.translate(
                    "ImportWindow", "New temporary password for line {line}: copy it now."
                ).format(line=model.rows[row].line)
            )
            self._update_buttons()

        def failed(error: Exception) -> None:
            self._update_buttons()
            tell_reset_failed(self, error)

        self.worker.run(
            lambda: onboarding.reset_admin_password(customer_id),
            done,
            failed,
            timeout_ms=RESET_TIMEOUT_MS,
        )

    def export_results(self) -> None:
        model = self.model
        if model is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = QCoreApplication.translate("ImportWindow", "import-results-{date}.csv").format(
            date=QDate.currentDate().toString(Qt.DateFormat.ISODate)
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ImportWindow", "Export results"),
            str(Path(folder) / name),
            QCoreApplication.translate("ImportWindow", "CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        headers = [
            QCoreApplication.translate("ImportWindow", "Line"),
            QCoreApplication.translate("ImportWindow", "Company name"),
            QCoreApplication.translate("ImportWindow", "Domain"),
            QCoreApplication.translate("ImportWindow", "Admin user"),
            QCoreApplication.translate("ImportWindow", "Result"),
            QCoreApplication.translate("ImportWindow", "Message"),
            QCoreApplication.translate("ImportWindow", "Customer ID"),
        ]
        lines = []
        for i, row in enumerate(model.rows):
            outcome = model.outcomes.get(i)
            check = model.checks[i]
            existing = check.existing if check is not None else None
            prefix = row.values.get("domain_prefix", "").strip()
            customer = (outcome.customer_id if outcome else None) or (
                existing.customer_id if existing else None
            )
            lines.append(
                ResultLine(
                    line=row.line,
                    company=row.values.get("company_name", ""),
                    domain=(outcome.domain if outcome and outcome.domain else "")
                    or (f"{prefix}{DOMAIN_SUFFIX}" if prefix else ""),
                    admin_user=outcome.admin_user if outcome else "",
                    result=state_text(model.state(i)),
                    message=model.summary(i),
                    customer_id=str(customer) if customer else "",
                )
            )
        try:
            write_results(path, headers, lines, separator())
        except OSError as exc:
            inform(
                self,
                QCoreApplication.translate("ImportWindow", "Export results"),
                QCoreApplication.translate(
                    "ImportWindow", "The results could not be saved to {file}."
                ).format(file=str(path)),
                informative=QCoreApplication.translate("ImportWindow", "Reason: {reason}.").format(
                    reason=exc.strerror or type(exc).__name__
                ),
                object_name="exportResultsFailedBox",
            )
            return
        self.message_label.setText(
            QCoreApplication.translate(
                "ImportWindow", "Results saved to {file} (without the passwords)."
            ).format(file=path.name)
        )

    # -- the copy warning

    def _confirm_copied(self) -> bool:
        if not self._unconfirmed:
            return True
        if confirm_copied(self):
            self._unconfirmed = False
            return True
        return False
