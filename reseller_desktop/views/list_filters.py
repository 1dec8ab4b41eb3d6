"""The customer list's filters of today's Partner Center: "Waiting for agreement" among the
statuses, and, for an indirect provider, the Reseller column and a reseller filter."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QLayout, QWidget

from reseller_desktop.views.customer_model import RESELLER
from reseller_desktop.views.saved_settings import is_indirect_provider

if TYPE_CHECKING:
    from reseller_desktop.views.main_window import MainWindow

# The status filter's entry for customers whose first order waits for the agreement.
WAITING_AGREEMENT = "waiting_agreement"


class _ResellerCombo(QComboBox):
    """Reads the book's resellers again each time its list drops down (new ones appear)."""

    def __init__(self, refresh: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._refresh = refresh

    def showPopup(self) -> None:
        self._refresh()
        super().showPopup()


def _layout_of(widget: QWidget) -> QBoxLayout | None:
    """The box layout that holds ``widget`` (the list's toolbar row)."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    pending: list[QLayout] = [top] if top is not None else []
    while pending:
        layout = pending.pop()
        if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            item = layout.itemAt(i)
            child = item.layout() if item is not None else None
            if child is not None:
                pending.append(child)
    return None


def status_filter(chosen: object) -> tuple[str | None, bool]:
    """The status combo's choice as (status, waiting for agreement)."""
    if chosen == WAITING_AGREEMENT:
        return None, True
    return (chosen if isinstance(chosen, str) and chosen else None), False


def install_partner_filters(window: MainWindow) -> None:
    ui = window.ui
    # As wide as before (the window's minimum width): the longer entry shows in full in the
    # list that drops down.
    before = ui.statusCombo.sizeHint().width()
    ui.statusCombo.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    ui.statusCombo.setMinimumContentsLength(0)
    ui.statusCombo.setMinimumWidth(before)
    ui.statusCombo.addItem(
        QCoreApplication.translate("ListFilters", "Waiting for agreement"), WAITING_AGREEMENT
    )
    indirect = is_indirect_provider()
    combo = _ResellerCombo(lambda: fill_resellers(window), window)
    combo.setObjectName("resellerCombo")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    label = QLabel(QCoreApplication.translate("ListFilters", "Rese&ller:"), window)
    label.setBuddy(combo)
    layout = _layout_of(ui.statusCombo)
    if layout is not None:
        at = layout.indexOf(ui.statusCombo) + 1
        layout.insertWidget(at, label)
        layout.insertWidget(at + 1, combo)
    label.setVisible(indirect)
    combo.setVisible(indirect)
    window.reseller_combo = combo
    if indirect:
        fill_resellers(window)
    combo.currentIndexChanged.connect(lambda _i: window.model.set_reseller(combo.currentData()))


def show_reseller_column(window: MainWindow) -> None:
    """After the header's saved state: the Reseller column is an indirect provider's."""
    window.table.setColumnHidden(RESELLER, not is_indirect_provider())


def fill_resellers(window: MainWindow) -> None:
    """The resellers of the book's customers (read once; again when the list reloads)."""
    combo = window.reseller_combo
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("ListFilters", "All resellers"), None)
    try:
        names = window.live_services.reader.call(
            window.services.customers.reseller_names, timeout_ms=5000
        )
    except Exception:  # the store does not answer now: the filter offers all only
        names = []
    for name in names:
        combo.addItem(name, name)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
