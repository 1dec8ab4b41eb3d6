"""Customer management: the main window, where partner staff spend their day.

The list of customers (search, status filter, sort, all done by the database), Add customer (the
wizard), customer details, CSV export, and statuses that move on by themselves as the provisioning
simulator advances them.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QKeyCombination,
    QLocale,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSystemTrayIcon,
    QWidget,
)

from reseller_desktop.domain.provisioning import CUSTOMER_STATUSES, FAILED
from reseller_desktop.resources import resource_path
from reseller_desktop.services.connection_monitor import CONNECTION_ERRORS
from reseller_desktop.services.context import (
    AppServices,
    deferred_modules_loaded,
    load_deferred_modules,
)
from reseller_desktop.services.customer_queries import SORT_KEYS, ListQuery
from reseller_desktop.services.live import LiveServices
from reseller_desktop.views.bulk_import import install_import
from reseller_desktop.views.customer_model import (
    COMPANY,
    COUNTRY,
    CREATED,
    DOMAIN,
    OFFERS,
    SEATS,
    STATUS,
    CustomerTableModel,
    local_time,
)
from reseller_desktop.views.empty_list import EmptyListHint
from reseller_desktop.views.forms.ui_main_window import Ui_MainWindow
from reseller_desktop.views.help_menu import HelpMenu
from reseller_desktop.views.list_filters import (
    install_partner_filters,
    show_reseller_column,
    status_filter,
)
from reseller_desktop.views.list_window import ListWindow
from reseller_desktop.views.live_updates import LiveUpdates, after_first_paint
from reseller_desktop.views.saved_settings import saved_partner_domains
from reseller_desktop.views.status_look import status_icon, status_text
from reseller_desktop.views.viewport import viewport_of

SETTINGS_GROUP = "customer_list"
# Keys the search box would take from the window's actions come with one of these.
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
SEARCH_DELAY_MS = 0  # coalesces the keystrokes typed while a query runs, adds no wait
TRAY_MESSAGE_MS = 5000


class MainWindow(QMainWindow):
    reseller_combo: QComboBox  # the reseller filter (list_filters.py)

    def __init__(self, services: AppServices, live: LiveServices) -> None:
        super().__init__()
        self.services = services
        self.live_services = live
        # Preferences -> plain data for the services (they never read settings).
        services.set_partner_domains(saved_partner_domains())
        live.owner.setParent(self)  # the workers, clock and feed live as long as the window
        self.wizard: QWidget | None = None
        self.details: QWidget | None = None
        self.export_job: QObject | None = None
        self._tray: QSystemTrayIcon | None = None
        self._total: int | None = None  # customers in the book, counted once shown
        self._fit_columns = False  # default column widths: fit them to the table when shown
        self._counting = False
        self._waiting_for_modules: list[Callable[[], None]] = []
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
        self.table = ui.customerTable
        self.add_customer_action = ui.actionAddCustomer
        self.provisioning = live.clock
        self.model = CustomerTableModel(services.customers, self, reader=live.reader)
        self._count_label = QLabel(self)
        ui.statusBar.addPermanentWidget(self._count_label)
        if services.simulated:
            # So that nobody mistakes a demo for a real tenant.
            badge = QLabel(self.tr("Simulator"), self)
            badge.setObjectName("simulatorBadge")
            badge.setToolTip(
                self.tr(
                    "Customers are created in the built-in Partner Center simulator, not at "
                    "Microsoft: no real tenant is created."
                )
            )
            badge.setStyleSheet(
                "QLabel { color: white; background: #8a5a00; border-radius: 3px;"
                " padding: 0px 6px; font-weight: bold; }"
            )
            ui.statusBar.addPermanentWidget(badge)
        else:  # "Partner Center — alice@contoso-partner.com", as the user signs in and out
            from reseller_desktop.views.signin_dialog import PartnerCenterBadge

            badge = PartnerCenterBadge(services.tokens, self)
            ui.statusBar.addPermanentWidget(badge)
            load = getattr(services.tokens, "load", None)
            if load is not None:  # the sign-in's cache (msal, the secret store): after the paint

                def loaded(_outcome: object) -> None:
                    badge.refresh()  # the signed-in account (or "not signed in")

                def load_after_paint() -> None:
                    live.background.run(load, loaded, loaded)

                self.when_painted(load_after_paint)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._fill_status_combo()
        install_partner_filters(self)  # "Waiting for agreement"; resellers (indirect providers)
        self._connect()
        self.live = LiveUpdates(self, live)  # other desktops' changes, the offline indicator
        self._add_help()
        install_import(self)  # Customers › Import customers…, dropped .csv files
        self._restore()
        show_reseller_column(self)
        self._update_actions()

    # ------------------------------------------------------------------------------------------
    # Set-up

    def _fill_status_combo(self) -> None:
        combo = self.ui.statusCombo
        combo.addItem(self.tr("All statuses"), None)
        for status in CUSTOMER_STATUSES:
            combo.addItem(status_icon(status), status_text(status), status)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionAddCustomer.triggered.connect(self.open_add_customer)
        ui.addCustomerButton.clicked.connect(ui.actionAddCustomer.trigger)
        ui.actionDetails.triggered.connect(self.open_details)
        ui.detailsButton.clicked.connect(ui.actionDetails.trigger)
        ui.actionRetry.triggered.connect(self.retry_selected)
        ui.actionExport.triggered.connect(self.export_list)
        ui.exportButton.clicked.connect(ui.actionExport.trigger)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionPreferences.triggered.connect(self.open_preferences)
        ui.actionQuit.triggered.connect(self.close)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.installEventFilter(self)
        ui.searchEdit.returnPressed.connect(self._search_now)
        ui.statusCombo.currentIndexChanged.connect(self._status_chosen)
        table = self.table
        table.setModel(self.model)
        # Ctrl+End/Home jump; the view follows the model's window of loaded rows.
        self.list_window = ListWindow(table, self.model)
        table.doubleClicked.connect(lambda _index: self.open_details())
        table.customContextMenuRequested.connect(self._context_menu)
        table.installEventFilter(self)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)  # no empty strip at the right
        # Fixed row heights: a 1,000,000-row book must never be measured row by row.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # After a reset is complete (during it, the model says it cannot fetch more).
        self.model.query_applied.connect(self._show_count)
        self.model.query_applied.connect(self._update_actions)
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.model.jumped.connect(self._show_count)  # Ctrl+End: the count may no longer be known
        self.model.loading_changed.connect(lambda _loading: self._show_count())
        self.model.dataChanged.connect(lambda *_: self._update_actions())
        self.provisioning.customers_changed.connect(self.model.statuses_changed)
        self.provisioning.customer_activated.connect(self._announce_active)
        self.provisioning.customer_failed.connect(self._announce_failed)

    def _add_help(self) -> None:
        """The empty list's hint, and the Help menu (Keyboard shortcuts, Where data lives,
        About)."""
        ui = self.ui
        self.empty_hint = EmptyListHint(self.table, self.model, ui.actionAddCustomer)
        self.help = HelpMenu(
            self,
            self.services,
            self.live_services,
            shortcuts=ui.actionShortcuts,
            locations=ui.actionDataLocations,
            about=ui.actionAbout,
        )

    def _restore(self) -> None:
        """Window geometry, column widths, sort and filter as the user left them."""
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        geometry = settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 720)
        header = self.table.horizontalHeader()
        state = settings.value("header")
        if state is None or not header.restoreState(state):
            for column, width in self._default_widths().items():
                header.resizeSection(column, width)
            header.setSortIndicator(CREATED, Qt.SortOrder.DescendingOrder)
            self._fit_columns = True
        search = str(settings.value("search", "") or "")
        status = settings.value("status", "") or None
        settings.endGroup()
        ui = self.ui
        for widget in (ui.statusCombo, ui.searchEdit):
            widget.blockSignals(True)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(status)))
        ui.searchEdit.setText(search)
        for widget in (ui.statusCombo, ui.searchEdit):
            widget.blockSignals(False)
        column = header.sortIndicatorSection()
        status, waiting = status_filter(ui.statusCombo.currentData())
        query = ListQuery(
            text=search,
            status=status,
            waiting_agreement=waiting,
            sort=SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "created",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        # The table sorts the model as soon as sorting is enabled: give the model the whole
        # query first, so that the book is queried once.
        self.model.set_query(query)
        self.table.setSortingEnabled(True)

    def _default_widths(self) -> dict[int, int]:
        """Column widths that fit typical content in this font (and longer translations)."""
        fm = self.table.fontMetrics()
        pad = 4 * fm.averageCharWidth()

        def fit(*texts: str) -> int:
            return max(fm.horizontalAdvance(text) for text in texts) + pad

        model = self.model
        sample = local_time(datetime(2026, 12, 31, 23, 59))
        return {
            COMPANY: fit("Boulangerie Dupont et Fils SARL"),
            DOMAIN: fit("boulangeriedupontetfils.onmicrosoft.com"),
            COUNTRY: fit(model.headerData(COUNTRY, Qt.Orientation.Horizontal), "MM"),
            OFFERS: fit("Microsoft 365 Business Premium"),
            SEATS: fit(model.headerData(SEATS, Qt.Orientation.Horizontal), "100,000"),
            STATUS: fit(*(status_text(s) for s in CUSTOMER_STATUSES), self.model.waiting_text) + 20,
            CREATED: fit(sample),
        }

    def _fit_default_widths(self) -> None:
        """Default widths wider than the table (in English, in the default window, by 23
        pixels): the widest columns give up the difference, so that a first start shows no
        horizontal scroll bar. The user's own widths are never changed."""
        table = self.table
        header = table.horizontalHeader()
        room = viewport_of(table).width()
        if not table.verticalScrollBar().isVisible():
            # Room for the vertical scroll bar the rows will need (not laid out yet): without
            # it, a horizontal bar would come with that one. (The width the scroll area's layout
            # gives the bar; the style's pixel metric is the same, but QStyle's Python enums
            # cost 5 ms at start.)
            room -= table.verticalScrollBar().sizeHint().width()
        excess = header.length() - room
        if excess <= 0:
            return
        flexible = {column: header.sectionSize(column) for column in (COMPANY, DOMAIN, OFFERS)}
        total = sum(flexible.values())
        for column, width in flexible.items():
            header.resizeSection(column, width - math.ceil(excess * width / total))
        # The scroll bars' ranges, and the horizontal bar hidden, now: before the first paint.
        # (Else the bar showed in it, and went in a second full paint while the modules behind
        # Partner Center load on a worker: a 40 ms stall.) Qt hides it in a queued call.
        table.updateGeometries()
        QCoreApplication.sendPostedEvents(table, QEvent.Type.MetaCall)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_columns:  # laid out by now, not painted yet
            self._fit_columns = False
            self._fit_default_widths()

    def _save(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("header", self.table.horizontalHeader().saveState())
        settings.setValue("search", self.ui.searchEdit.text())
        settings.setValue("status", self.ui.statusCombo.currentData() or "")
        settings.endGroup()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()
        self._save()
        if self._tray is not None:
            self._tray.hide()
        super().closeEvent(event)

    def start_provisioning(self) -> None:
        """Start polling Partner Center (the app does; tests tick it themselves). The first poll
        runs on a worker once the list is painted and catches up with what fell due."""
        self._once_loaded(self.provisioning.start)

    def start_live_updates(self) -> None:
        """Show other desktops' changes as they happen (the app does; tests may), and resume
        the submissions a crash cut off: once the list is painted (7 ms less before it)."""
        self._once_loaded(self.live.start)

    def when_painted(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the list has been painted (at once if it was)."""
        after_first_paint(viewport_of(self.table), callback)

    def _once_loaded(self, start: Callable[[], None]) -> None:
        """Run ``start`` once the list is painted and the modules behind Partner Center and the
        use cases have loaded on a worker (``load_deferred_modules``): the first poll and the
        resumer then make them without stalling the window."""
        if deferred_modules_loaded(self.services.simulated):
            after_first_paint(viewport_of(self.table), start)
            return
        self._waiting_for_modules.append(start)
        if len(self._waiting_for_modules) == 1:
            after_first_paint(viewport_of(self.table), self._load_deferred_modules)

    def _load_deferred_modules(self) -> None:
        simulated = self.services.simulated
        self.live_services.background.run(
            lambda: load_deferred_modules(simulated),
            self._deferred_modules_loaded,
            self._deferred_modules_loaded,
        )

    def _deferred_modules_loaded(self, _result: object = None) -> None:
        # (A failed import fails again, and is reported, where the start needs the module.)
        waiting, self._waiting_for_modules = self._waiting_for_modules, []
        for start in waiting:
            start()

    # ------------------------------------------------------------------------------------------
    # The list

    def _apply_search(self) -> None:
        self.model.set_search(self.ui.searchEdit.text())
        self._update_actions()

    def _search_now(self) -> None:
        """Enter in the search box: search at once (again, if the last read did not come)."""
        self._search_timer.stop()
        self._apply_search()

    def _status_chosen(self, _index: int) -> None:
        status, waiting = status_filter(self.ui.statusCombo.currentData())
        self.model.set_query(replace(self.model.query, status=status, waiting_agreement=waiting))
        self._update_actions()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _show_count(self) -> None:
        model = self.model
        shown, exact = model.matches()  # the model holds a window of the list, not all of it
        query = model.query
        locale = QLocale()
        if model.is_loading():
            text = self.tr("Searching…")
        elif (
            not query.text.strip()
            and not query.status
            and not query.waiting_agreement
            and query.reseller is None
        ):
            if self._total is None:
                # Counting a big book walks a whole index: after the first paint, not before.
                QTimer.singleShot(0, self, self._count_all)
                text = ""
            else:
                text = self.tr("Customers: {count}").format(count=locale.toString(self._total))
        elif not exact:
            text = self.tr("Matches: {count}+").format(count=locale.toString(shown))
        else:
            text = self.tr("Matches: {count}").format(count=locale.toString(shown))
        self._count_label.setText(text)

    def _count_all(self) -> None:
        if self._counting:
            return
        self._counting = True
        try:
            total = self.live_services.reader.call(
                self.services.customers.count, timeout_ms=5000, patience=self.live.still_answers
            )
        except CONNECTION_ERRORS as exc:
            self.live.report(exc)
            return
        finally:
            self._counting = False
        self._total = total
        self._show_count()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def select_customer(self, customer_id: uuid.UUID) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        self.ui.actionDetails.setEnabled(row is not None)
        self.ui.detailsButton.setEnabled(row is not None)
        self.ui.actionRetry.setEnabled(row is not None and row.status == FAILED)

    def _context_menu(self, point: QPoint) -> None:
        if not self.table.indexAt(point).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.ui.actionDetails)
        menu.addAction(self.ui.actionRetry)
        menu.addSeparator()
        menu.addAction(self.ui.actionExport)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._window_shortcut(event)
        ):
            # The line editor would take it (Ctrl+E is "end of line" on X11): the window's
            # action gets it instead.
            event.ignore()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            search = self.ui.searchEdit
            if key == Qt.Key.Key_Escape and search.text() and watched is search:
                self.ui.searchEdit.clear()  # Escape clears the search, as in any search box
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_details()
                return True
            if watched is self.ui.searchEdit and key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _window_shortcut(self, event: QKeyEvent) -> bool:
        """Whether ``event``'s keys are the shortcut of one of the window's actions."""
        if not event.modifiers() & _SHORTCUT_MODIFIERS:
            return False  # a letter typed (each keystroke: no need to look at every action)
        pressed = QKeySequence(QKeyCombination(event.modifiers(), Qt.Key(event.key())))
        return any(
            sequence.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
            for action in self.findChildren(QAction)
            if action.isEnabled()
            for sequence in action.shortcuts()
        )

    # ------------------------------------------------------------------------------------------
    # Add customer

    def open_add_customer(self) -> None:
        """Open the Add-customer wizard (window-modal), or bring the open one to the front."""
        from reseller_desktop.views.wizard import AddCustomerWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        wizard = AddCustomerWizard(self.services, self.live_services, self)
        wizard.customer_created.connect(self.on_customer_created)
        wizard.finished.connect(self._forget_wizard)
        wizard.another_requested.connect(self.open_add_customer)  # after Done: a fresh one
        self.wizard = wizard
        wizard.open()

    def on_customer_created(self, customer_id: object) -> None:
        """A customer was just submitted: show it in the list at once (as Pending), selected."""
        if not isinstance(customer_id, uuid.UUID):
            customer_id = uuid.UUID(str(customer_id))
        if self.model.show_new(customer_id) is not None:
            self.select_customer(customer_id)
        self.recount()

    def recount(self) -> None:
        """The book changed: count it again (after the next paint)."""
        self._total = None
        self._show_count()

    def _forget_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    # ------------------------------------------------------------------------------------------
    # Details, retry, export, preferences

    def open_details(self) -> None:
        customer_id = self.selected_id()
        if customer_id is None:
            return
        from reseller_desktop.views.customer_details import CustomerDetailsDialog

        if self.details is not None:
            self.details.close()
        dialog = CustomerDetailsDialog(self.services, self.live_services, customer_id, self)
        dialog.customer_changed.connect(lambda cid: self.model.refresh_rows([cid]))
        dialog.finished.connect(self._forget_details)
        self.details = dialog
        dialog.open()

    def _forget_details(self) -> None:
        if self.details is not None:
            self.details.deleteLater()
        self.details = None

    def retry_selected(self) -> None:
        customer_id = self.selected_id()
        if customer_id is None:
            return
        actor = self.services.onboarding.actor
        try:
            done = self.provisioning.retry(customer_id, actor, reader=self.live_services.reader)
        except Exception as exc:  # the port or the store did not answer
            self.live.report(exc.__cause__ or exc)
            self.statusBar().showMessage(
                self.tr("Partner Center did not answer: try again."), TRAY_MESSAGE_MS
            )
            return
        if done:
            self.statusBar().showMessage(self.tr("Provisioning restarted."), TRAY_MESSAGE_MS)
        self._update_actions()

    def export_list(self) -> None:
        from reseller_desktop.views.export import export_customers

        self.export_job = export_customers(
            self, self.services.customers, self.model.query, self.live_services.reader
        )

    def open_preferences(self) -> None:
        from reseller_desktop.views.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.accepted.connect(lambda: self.services.set_partner_domains(saved_partner_domains()))
        dialog.open()

    # ------------------------------------------------------------------------------------------
    # Announcements

    def _announce_active(self, _customer_id: Any, company: str) -> None:
        text = self.tr("{company} is now active in Microsoft 365.").format(company=company)
        self.statusBar().showMessage(text, 10_000)
        tray = self._tray_icon()
        if tray is not None:
            tray.showMessage(
                self.tr("Customer active"),
                text,
                QSystemTrayIcon.MessageIcon.Information,
                TRAY_MESSAGE_MS,
            )

    def _announce_failed(self, _customer_id: Any, company: str) -> None:
        text = self.tr("Provisioning {company} failed: open its details to retry.").format(
            company=company
        )
        self.statusBar().showMessage(text, 10_000)

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        if self._tray is None:
            self._tray = QSystemTrayIcon(self.windowIcon(), self)
            self._tray.setToolTip(self.windowTitle())
            self._tray.show()
        return self._tray
