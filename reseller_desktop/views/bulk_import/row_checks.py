"""The import window's row checks: every row on the worker after loading, one row again after each
edit (a check of a row edited since is dropped), the filter and the counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reseller_desktop.services.bulk_import.checking import (
    ALREADY_CREATED,
    CREATED,
    DUPLICATE,
    FAILED,
    IN_DOUBT,
    PROBLEMS,
    READY,
    ImportRow,
    RowCheck,
)
from reseller_desktop.views.bulk_import.base import ImportWindowBase
from reseller_desktop.views.bulk_import.table_model import ADMIN, PASSWORD, ImportTableModel


class RowChecks(ImportWindowBase):
    """Checking rows and counting them (a part of ``ImportWindow``)."""

    def _snapshot(self, indices: list[int]) -> tuple[list[int], list[ImportRow], list[int]]:
        assert self.model is not None
        rows = [
            ImportRow(self.model.rows[i].line, dict(self.model.rows[i].values)) for i in indices
        ]
        return indices, rows, [self._versions[i] for i in indices]

    def _check_all(self) -> None:
        assert self.model is not None
        indices, rows, versions = self._snapshot(list(range(len(self.model.rows))))
        self.message_label.setText(
            QCoreApplication.translate("ImportWindow", "Checking every row…")
        )
        self.progress.setRange(0, len(rows))
        self.progress.setValue(0)
        self.progress.show()
        emit = self._progress.changed.emit
        checker = self._checker

        def check() -> list[RowCheck]:
            return checker.check_rows(rows, progress=emit, cancelled=lambda: self._closing)

        model = self.model
        self.worker.run(
            check,
            lambda checks: self._checked(model, indices, versions, checks, everything=True),
            self._check_failed,
        )

    def _recheck(self, index: int) -> None:
        self._versions[index] += 1
        indices, rows, versions = self._snapshot([index])
        checker = self._checker
        model = self.model
        self.worker.run(
            lambda: checker.check_rows(rows),
            lambda checks: self._checked(model, indices, versions, checks),
            self._check_failed,
        )
        self._update_buttons()

    def _checked(
        self,
        model: ImportTableModel | None,
        indices: list[int],
        versions: list[int],
        checks: list[RowCheck],
        *,
        everything: bool = False,
    ) -> None:
        if model is not self.model or model is None or self._closing:
            return
        fresh = {
            i: check
            for i, version, check in zip(indices, versions, checks, strict=True)
            if self._versions[i] == version  # not edited since: still true
        }
        model.set_checks(fresh)
        if everything:
            self.progress.hide()
            self.message_label.setText(
                QCoreApplication.translate(
                    "ImportWindow",
                    "Fix the rows marked in red (double-click or type in a cell); each edit "
                    "is checked at once. Then press Create.",
                )
            )
        self._update_counts()  # rows edited meanwhile: their own check is on its way

    def _check_failed(self, error: Exception) -> None:
        self.progress.hide()
        if self._closing:
            return
        self.message_label.setText(
            QCoreApplication.translate(
                "ImportWindow", "The rows could not be checked ({reason}). Open the file again."
            ).format(reason=str(error).strip().splitlines()[0] if str(error).strip() else "?")
        )
        self._update_buttons()

    def _filter(self, on: bool) -> None:
        self.proxy.set_only_problems(on)

    def _update_counts(self) -> None:
        model = self.model
        if model is None:
            self.counts_label.setText("")
            self._update_buttons()
            return
        counts = model.counts()
        parts = []
        for state, one, many in (
            (
                READY,
                QCoreApplication.translate("ImportWindow", "1 ready"),
                QCoreApplication.translate("ImportWindow", "{n} ready"),
            ),
            (
                PROBLEMS,
                QCoreApplication.translate("ImportWindow", "1 needs fixing"),
                QCoreApplication.translate("ImportWindow", "{n} need fixing"),
            ),
            (
                DUPLICATE,
                QCoreApplication.translate("ImportWindow", "1 duplicate"),
                QCoreApplication.translate("ImportWindow", "{n} duplicates"),
            ),
            (
                ALREADY_CREATED,
                QCoreApplication.translate("ImportWindow", "1 already created"),
                QCoreApplication.translate("ImportWindow", "{n} already created"),
            ),
            (
                CREATED,
                QCoreApplication.translate("ImportWindow", "1 created"),
                QCoreApplication.translate("ImportWindow", "{n} created"),
            ),
            (
                FAILED,
                QCoreApplication.translate("ImportWindow", "1 failed"),
                QCoreApplication.translate("ImportWindow", "{n} failed"),
            ),
            (
                IN_DOUBT,
                QCoreApplication.translate("ImportWindow", "1 outcome unknown"),
                QCoreApplication.translate("ImportWindow", "{n} outcome unknown"),
            ),
            (
                "checking",
                QCoreApplication.translate("ImportWindow", "1 being checked"),
                QCoreApplication.translate("ImportWindow", "{n} being checked"),
            ),
        ):
            n = counts.get(state, 0)
            if n:
                parts.append(one if n == 1 else many.format(n=n))
        self.counts_label.setText(", ".join(parts))
        # The admin user and password columns once something was created (or reset).
        shown = bool(model.outcomes)
        self.table.setColumnHidden(ADMIN, not shown)
        self.table.setColumnHidden(PASSWORD, not shown)
        self._update_buttons()
