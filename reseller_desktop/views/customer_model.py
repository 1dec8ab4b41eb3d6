"""The customer list as a Qt table model: a bounded window of SQL rows that moves with the view.

A million customers are never all loaded. The model holds a *window*: at most ``WINDOW_ROWS``
consecutive rows of the list's order, read a page at a time by keyset (``CustomerQueries.page``).

- Down: ``canFetchMore``/``fetchMore`` (Qt asks when the view reaches the window's end) read the
  page after the last row; once the window is full, as many rows are dropped at its top.
- Up: ``fetch_before`` (``views/list_window.py`` asks when the view reaches the window's top)
  reads the page before the first row: the same query reversed (descending for ascending) from
  that row; as many rows are dropped at the window's bottom.
- Ctrl+End: ``jump_to_end`` reads the first page of the reversed query (the list's last rows)
  and makes it the whole window, the view at its end; Ctrl+Home: ``jump_to_top``, the first page.
  Both cost one page read, wherever the list ends: no row in between is read.

Why a moving window rather than a virtual row count of the whole book: a keyset can continue
from a row it has read but cannot seek to "row 537,212" (that is an ``OFFSET``: a walk of the
index from an end), a count of a search may cost a scan, and a Qt table handles rows inserted and
removed at its edges well. The price is a scroll bar that spans the window, not the book.
``shifted`` tells ``ListWindow`` how many rows came or went above the view, so that it moves the
scroll bar by as much and the rows on screen stay put; rows dropped are re-read by position
(keyset from the window's edge) when the user scrolls back to them.

Sorting and filtering are new queries. Status changes re-read just the changed rows and emit
``dataChanged`` for them, so the selection, scroll position and order stay where they are.

A search typed a letter at a time narrows the one before ("qué", then "québ"): none of its rows
sorts before the first row the database gave for the previous letter, so its first page is read
from there (``CustomerQueries.page``'s ``start``). The model keeps that row only while it knows
the book has not changed since it was read: a change that comes in forgets it, and so does time
(``BOUND_FRESH_S``), for changes that would come in late. A change that comes in while a new
query's first page is being read is applied to that page once it is in.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)

from reseller_desktop.domain.agreement import agreement_label, holds_order
from reseller_desktop.services.background import Background
from reseller_desktop.services.connection_monitor import CONNECTION_ERRORS
from reseller_desktop.services.customer_queries import (
    PAGE_SIZE,
    SORT_KEYS,
    CustomerQueries,
    ListQuery,
    ListRow,
    Position,
)
from reseller_desktop.views.i18n import current_language
from reseller_desktop.views.status_look import status_explanation, status_icon, status_text

COMPANY, DOMAIN, COUNTRY, OFFERS, SEATS, STATUS, CREATED, RESELLER = range(8)
COLUMN_COUNT = 8
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# A walk over the sort index gets this long (seconds) per fetch before the window breathes again.
FETCH_BUDGET = 0.015
# Rows kept loaded (ten pages: a few hundred kilobytes); further ones are re-read when needed.
WINDOW_ROWS = 10 * PAGE_SIZE
REFRESH_CHUNK = 500  # ids per query when every loaded row is re-read
# A read this late makes the window ask whether the store still answers (``patience``): on a
# server that answers, a slow search goes on ("Searching…"); on one that does not, it is an outage.
READ_TIMEOUT_MS = 5000
# How long what a read said about where a query's rows begin may serve a query that narrows it.
BOUND_FRESH_S = 10.0

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


_UTC = QTimeZone.utc()


_SHORT_FORMATS: dict[str, str] = {}  # locale name -> its short date-time format, 4-digit year
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def _short_format(locale: QLocale) -> str:
    """The locale's short date and time format (its order, its separators) with a four-digit
    year: US English's "M/d/yy h:mm AP" reads "11/23/26", which could be 1926."""
    name = locale.name()
    found = _SHORT_FORMATS.get(name)
    if found is None:
        pattern = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
        found = _SHORT_FORMATS[name] = _TWO_DIGIT_YEAR.sub("yyyy", pattern)
    return found


def local_time(value: Any) -> str:
    """A naive-UTC datetime from the store, in the user's local time and short date format, with
    a four-digit year."""
    # Built from its parts: QDateTime(datetime) costs five times more (it is on every paint).
    day = QDate(value.year, value.month, value.day)
    stamp = QDateTime(day, QTime(value.hour, value.minute, value.second), _UTC)
    locale = QLocale()
    return locale.toString(stamp.toLocalTime(), _short_format(locale))


class CustomerTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)  # True while a search is still walking the book
    query_applied = Signal()  # the first page of a new query (search, filter, sort) is in
    # A read failed for want of a connection (the rows shown stay as they were).
    store_failed = Signal(object)
    # Rows the window's own paging added (+) or dropped (-) above its first row: the view moves
    # its scroll bar by as many rows so that the rows on screen stay where they are.
    shifted = Signal(int)
    # Rows (first, last) about to leave the window: the view forgets its selection there first.
    dropping = Signal(int, int)
    jumped = Signal()  # the window moved to the list's first or last page (Ctrl+Home, Ctrl+End)

    def __init__(
        self,
        queries: CustomerQueries,
        parent: QObject | None = None,
        *,
        reader: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.queries = queries
        # Reads run on this worker while the window keeps painting (None: on this thread).
        self._reader = reader
        # Asked when a read is late: True to go on waiting (the store answers, the query is slow).
        # None: a late read is a store that does not answer.
        self.patience: Callable[[], bool] | None = None
        self._generation = 0  # a new query makes answers to older reads moot
        self._query = ListQuery()
        self._rows: list[ListRow] = []
        self._row_of: dict[uuid.UUID, int] = {}
        self._next: Position | None = None  # after the window's last row (None: the list's end)
        self._at_top = True  # the window's first row is the list's first row
        self._offset: int | None = 0  # the window's first row's number in the list, when known
        self._plan = "index"  # how the query finds its rows (Position.plan), for edge reads
        self._texts: dict[int, tuple[str, ...]] = {}  # row number -> display texts, when shown
        self._locale = QLocale()
        self._loading = False
        self._busy = False
        self._stale = False  # the query's first page did not come: the rows are an older query's
        # No row of this query sorts before this position (its first row read, inclusive, or
        # where a walk that had found none had got to), and when that was read.
        self._bound: tuple[ListQuery, Position, float] | None = None
        self.now: Callable[[], float] = time.monotonic  # the clock of BOUND_FRESH_S
        # Changes that came in while a first page was being read: applied to it once it is in.
        self._reading_first = False
        self._changes_during_read: list[uuid.UUID] = []
        self._continue = QTimer(self)
        self._continue.setSingleShot(True)
        self._continue.timeout.connect(self._fetch_on)
        self._headers = [
            self.tr("Company"),
            self.tr("Domain"),
            self.tr("Country"),
            self.tr("Offers"),
            self.tr("Seats"),
            self.tr("Status"),
            self.tr("Created"),
            self.tr("Reseller"),
        ]
        self.waiting_text = self.tr("Waiting for agreement")

    # ------------------------------------------------------------------------------------------
    # What to show

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show ``query`` from its first page (read from where the query it narrows began)."""
        self._query = query
        self._reload(self._start_of(query))

    def set_search(self, text: str) -> None:
        # The same words again are read again if their first read did not come.
        if text.strip() != self._query.text.strip() or self._stale:
            self.set_query(replace(self._query, text=text))

    def set_waiting_agreement(self, waiting: bool) -> None:
        if waiting != self._query.waiting_agreement:
            self.set_query(replace(self._query, waiting_agreement=waiting))

    def set_reseller(self, reseller: str | None) -> None:
        if reseller != self._query.reseller:
            self.set_query(replace(self._query, reseller=reseller))

    def set_status(self, status: str | None) -> None:
        if status != self._query.status:
            self.set_query(replace(self._query, status=status))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):  # the reseller column does not sort
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (SORT_KEYS[column], descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=SORT_KEYS[column], descending=descending))

    def _read(self, call: Callable[[], Any]) -> Any:
        if self._reader is None:
            return call()
        try:
            return self._reader.call(call, timeout_ms=READ_TIMEOUT_MS, patience=self._late_read)
        except CONNECTION_ERRORS:
            self._set_loading(False)  # the read gave up: no longer searching
            raise
        finally:
            if self._loading and not self._walking():
                self._set_loading(False)  # a late read is in; its caller says if a walk goes on

    def _late_read(self) -> bool:
        """A read passed its time limit: say "Searching…" while the window's owner says the
        store still answers."""
        patient = self.patience is not None and self.patience()
        if patient:
            self._set_loading(True)
        return patient

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def reload(self) -> None:
        """Read the query's first page again (the store back online, the book changed)."""
        self._forget_bound()
        self._reload(None)

    def _reload(self, start: Position | None) -> None:
        if self._load_end(reverse=False, start=start):
            self.query_applied.emit()
            self._keep_walking()

    def _start_of(self, query: ListQuery) -> Position | None:
        """Where ``query``'s rows begin, as far as a recent read of a query it narrows says."""
        bound = self._bound
        # (Without words, a query's rows begin at the book's first: nothing to skip.)
        if bound is None or not bound[0].words() or not query.narrows(bound[0]):
            return None
        if self.now() - bound[2] > BOUND_FRESH_S:
            self._forget_bound()
            return None
        return bound[1]

    def _note_bound(self, query: ListQuery, rows: list[ListRow], more: Position | None) -> None:
        """What a read of ``query`` from its top (``rows``, then ``more``) says about where its
        rows begin."""
        if rows:
            start = Position(rows[0].sort_value, rows[0].key, inclusive=True)
        elif more is not None:
            start = Position(more.sort_value, more.key)
        else:
            self._bound = None  # the query matches nothing
            return
        self._bound = (query, start, self.now())

    def _forget_bound(self) -> None:
        """The book changed (or may have): what earlier reads said no longer holds."""
        self._bound = None

    def jump_to_top(self) -> bool:
        """Ctrl+Home: make the list's first page the window (unless the window holds it)."""
        if self._at_top:
            return True
        loaded = self._load_end(reverse=False)
        if loaded:
            self.jumped.emit()
            self._keep_walking()
        return loaded

    def jump_to_end(self) -> bool:
        """Ctrl+End: make the list's last page the window: the first page of the reversed
        query, its rows turned round. False when the store did not answer."""
        if self._next is None:
            return True  # the window reaches the end already
        loaded = self._load_end(reverse=True)
        if loaded:
            self.jumped.emit()
            self._keep_walking()
        return loaded

    def _reversed(self) -> ListQuery:
        return replace(self._query, descending=not self._query.descending)

    def _load_end(self, *, reverse: bool, start: Position | None = None) -> bool:
        """Replace the window with the list's first page (or its last, ``reverse``); ``start``:
        where the first page's rows begin (``_start_of``)."""
        self._continue.stop()
        self._generation += 1
        generation = self._generation
        query = self._reversed() if reverse else self._query
        self._reading_first = True
        try:
            page = self._read(
                lambda: self.queries.page(query, None, PAGE_SIZE, budget=FETCH_BUDGET, start=start)
            )
        except CONNECTION_ERRORS as exc:
            if generation == self._generation:
                self._stale = True
            self.store_failed.emit(exc)  # the old rows stay; the window reloads once online
            return False
        finally:
            if generation == self._generation:  # (else a newer read is under way, or done)
                self._reading_first = False
                changed, self._changes_during_read = self._changes_during_read, []
        if generation != self._generation:
            return False  # a newer query was asked for while this one ran
        self._stale = False
        self._busy = True  # views (and the model tester) may ask to fetch during a change
        self.beginResetModel()
        self._rows, self._row_of, self._texts = [], {}, {}
        rows = page.rows[::-1] if reverse else page.rows
        self._rows = [row for row in rows if row.id not in self._row_of]
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self._plan = page.next.plan if page.next is not None else "index"
        if reverse:
            self._next, self._at_top = None, page.next is None
            self._offset = 0 if self._at_top else None
        else:
            self._next, self._at_top, self._offset = page.next, True, 0
            self._note_bound(query, self._rows, page.next)
        self.endResetModel()
        self._busy = False
        if changed:  # the page may have been read before them
            self.merge_changes(changed)
        return True

    def _edge(self, row: ListRow) -> Position:
        return Position(row.sort_value, row.key, self._plan)

    # ------------------------------------------------------------------------------------------
    # Lazy loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self._busy

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation, query, position = self._generation, self._query, self._next
        assert position is not None
        # A walk that has found nothing yet, from the top: where it gets to bounds the query.
        bounding = not self._rows and self._at_top and self._bound is not None
        self._busy = True  # no second fetch while this one runs
        try:
            page = self._read(
                lambda: self.queries.page(query, position, PAGE_SIZE, budget=FETCH_BUDGET)
            )
        except CONNECTION_ERRORS as exc:
            self.store_failed.emit(exc)
            return
        finally:
            self._busy = False
        if generation != self._generation:
            return
        fresh = [row for row in page.rows if row.id not in self._row_of]
        self._busy = True
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            for row in fresh:
                self._row_of[row.id] = len(self._rows)
                self._rows.append(row)
            self.endInsertRows()
        self._next = page.next
        if page.next is not None:
            self._plan = page.next.plan
        if bounding and self._bound is not None and self._bound[0] == query:
            self._note_bound(query, fresh, page.next)
        self._drop(top=True)
        self._busy = False
        self._keep_walking()

    def can_fetch_before(self) -> bool:
        """Whether rows come before the window's first (the window was moved down)."""
        return not self._at_top and bool(self._rows) and not self._busy

    def fetch_before(self) -> int:
        """Read the page before the window's first row (the reversed query from that row), put
        it above, and drop as many rows at the window's bottom. Returns the rows added."""
        if not self.can_fetch_before():
            return 0
        generation, query, position = self._generation, self._reversed(), self._edge(self._rows[0])
        self._busy = True
        try:
            page = self._read(
                lambda: self.queries.page(query, position, PAGE_SIZE, budget=FETCH_BUDGET)
            )
        except CONNECTION_ERRORS as exc:
            self.store_failed.emit(exc)
            return 0
        finally:
            self._busy = False
        if generation != self._generation:
            return 0
        fresh = [row for row in page.rows[::-1] if row.id not in self._row_of]
        self._busy = True
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._rows[:0] = fresh
            self._row_of = {row.id: i for i, row in enumerate(self._rows)}
            self._texts.clear()  # row numbers moved
            self.endInsertRows()
        if page.next is None:
            self._at_top, self._offset = True, 0
        elif self._offset is not None:
            self._offset = max(0, self._offset - len(fresh))
        self._drop(top=False)
        self._busy = False
        if fresh:
            self.shifted.emit(len(fresh))
        return len(fresh)

    def _drop(self, *, top: bool) -> None:
        """Keep the window to ``WINDOW_ROWS``: drop the rows past it at the top (after reading
        down) or at the bottom (after reading up). They are read again if scrolled back to."""
        extra = len(self._rows) - WINDOW_ROWS
        if extra <= 0:
            return
        first, last = (0, extra - 1) if top else (WINDOW_ROWS, len(self._rows) - 1)
        self.dropping.emit(first, last)
        if top:
            self.beginRemoveRows(QModelIndex(), 0, extra - 1)
            del self._rows[:extra]
            self._at_top = False
            if self._offset is not None:
                self._offset += extra
        else:
            keep = WINDOW_ROWS
            self.beginRemoveRows(QModelIndex(), keep, len(self._rows) - 1)
            del self._rows[keep:]
            self._next = self._edge(self._rows[-1])
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self._texts.clear()
        self.endRemoveRows()
        if top:
            self.shifted.emit(-extra)

    def _keep_walking(self) -> None:
        """A search whose walk of the sort index ran out of its time may come back short (no
        index narrows it enough, or walking on costs less): keep going while the window has
        not a page of rows to show, one budgeted step per event-loop turn."""
        walking = self._walking()
        if walking:
            self._continue.start(0)
        self._set_loading(walking)

    def _walking(self) -> bool:
        return self._next is not None and len(self._rows) < PAGE_SIZE

    def _fetch_on(self) -> None:
        if self.canFetchMore():
            self.fetchMore()

    def is_loading(self) -> bool:
        return self._loading

    def at_top(self) -> bool:
        return self._at_top

    def matches(self) -> tuple[int, bool]:
        """How many rows the query shows, as far as known: (at least this many, exactly)."""
        seen = len(self._rows) + (self._offset or 0)
        return seen, self._offset is not None and self._next is None

    # ------------------------------------------------------------------------------------------
    # Rows that changed elsewhere

    def refresh_rows(self, ids: list[uuid.UUID]) -> None:
        """Re-read the loaded rows among ``ids`` and repaint just them (customers edited)."""
        if ids:
            self._forget_bound()
        self._refresh(ids)

    def statuses_changed(self, ids: list[uuid.UUID]) -> None:
        """Provisioning moved these customers on: only their status (and its reason) changed,
        which matters to where a query's rows begin only when it sorts or filters by status."""
        bound = self._bound
        if ids and bound is not None and (bound[0].status or bound[0].sort == "status"):
            self._forget_bound()
        self._refresh(ids)

    def _refresh(self, ids: list[uuid.UUID]) -> None:
        if self._reading_first:
            self._changes_during_read += ids
        loaded = [i for i in ids if i in self._row_of]
        if not loaded:
            return
        generation, query = self._generation, self._query
        try:
            rows = self._read(lambda: self.queries.rows_by_id(loaded, query))
        except CONNECTION_ERRORS as exc:
            self.store_failed.emit(exc)
            return
        if generation != self._generation:
            return
        changed: list[int] = []
        for row in rows:
            index = self._row_of.get(row.id)
            if index is None:  # gone from the list while the read ran
                continue
            if self._rows[index] != row:
                self._rows[index] = row
                self._texts.pop(index, None)
                changed.append(index)
        for first, last in _runs(sorted(changed)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))

    def refresh_all(self) -> None:
        """Re-read every loaded row (after an outage, or a change too big to list)."""
        ids = list(self._row_of)
        self._forget_bound()
        for start in range(0, len(ids), REFRESH_CHUNK):
            self._refresh(ids[start : start + REFRESH_CHUNK])

    def merge_changes(self, ids: list[uuid.UUID]) -> list[uuid.UUID]:
        """Customers changed or created elsewhere (another desktop): repaint the loaded ones,
        and insert, in sort order, those not loaded that the query shows within the loaded
        part of the list (further down, the next page brings them). Returns the inserted ids."""
        self.refresh_rows(ids)
        others = [i for i in ids if i not in self._row_of]
        if not others or self._busy or self._reading_first:
            return []  # (while a first page is read: merged into it once it is in)
        last = self._rows[-1] if self._rows and self._next is not None else None
        before = Position(last.sort_value, last.key) if last is not None else None
        first = self._rows[0] if self._rows and not self._at_top else None
        after = Position(first.sort_value, first.key) if first is not None else None
        generation, query = self._generation, self._query

        def read() -> list[ListRow]:
            rows: list[ListRow] = []
            for start in range(0, len(others), REFRESH_CHUNK):
                chunk = others[start : start + REFRESH_CHUNK]
                rows += self.queries.rows_matching(chunk, query, before, after)
            return rows

        try:
            rows = self._read(read)
        except CONNECTION_ERRORS as exc:
            self.store_failed.emit(exc)
            return []
        if generation != self._generation:
            return []
        rows = [row for row in rows if row.id not in self._row_of]
        for row in rows:
            self._insert(self._place(row), row)
        return [row.id for row in rows]

    def _place(self, row: ListRow) -> int:
        """Where ``row`` goes among the loaded rows, in the query's order.

        Compared in Python: exact for dates, numbers and plain text; where the database's
        collation differs (case, accents), a new row may land a place or two off until the next
        query, never outside the loaded part (the database decided that)."""
        descending = self._query.descending
        key = _order_key(row)
        for index, loaded in enumerate(self._rows):
            other = _order_key(loaded)
            if (other < key) if descending else (other > key):
                return index
        return len(self._rows)

    def _insert(self, index: int, row: ListRow) -> None:
        self._busy = True
        self.beginInsertRows(QModelIndex(), index, index)
        self._rows.insert(index, row)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self._texts.clear()  # row numbers moved
        self.endInsertRows()
        self._busy = False

    def show_new(self, customer_id: uuid.UUID) -> int | None:
        """Put a customer just created at the top (whatever the filter) and return its row."""
        self._forget_bound()
        if customer_id in self._row_of:
            self.refresh_rows([customer_id])
            return self._row_of[customer_id]
        if not self._at_top and not self.jump_to_top():
            return None
        query = self._query
        try:
            rows = self._read(lambda: self.queries.rows_by_id([customer_id], query))
        except CONNECTION_ERRORS as exc:
            self.store_failed.emit(exc)
            return None
        if not rows:
            return None
        if customer_id in self._row_of:  # another answer put it there meanwhile
            return self._row_of[customer_id]
        self._insert(0, rows[0])
        return 0

    # ------------------------------------------------------------------------------------------
    # Reading rows

    def row_at(self, row: int) -> ListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: uuid.UUID) -> int | None:
        return self._row_of.get(customer_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == SEATS:
                return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: keep the common path short.
        if role == _DISPLAY:
            number = index.row()
            texts = self._texts.get(number)
            if texts is None:
                texts = self._texts[number] = self._display(self._rows[number])
            return texts[index.column()]
        if role == _DECORATION:
            return status_icon(self._rows[index.row()].status) if index.column() == STATUS else None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == SEATS else None
        if role == _TOOLTIP:
            return self._tooltip(self._rows[index.row()], index.column())
        if role == ID_ROLE:
            return self._rows[index.row()].id
        return None

    def _display(self, row: ListRow) -> tuple[str, ...]:
        return (
            row.company,
            row.domain,
            row.country,
            row.offers,
            self._locale.toString(row.seats),
            self.waiting_text if holds_order(row.agreement) else status_text(row.status),
            local_time(row.created_at),
            row.reseller,
        )

    def _tooltip(self, row: ListRow, column: int) -> Any:
        if column == STATUS:
            if holds_order(row.agreement):
                return self.tr(
                    "The first order waits until the customer accepts the Microsoft Customer "
                    "Agreement ({status}). Open the details to copy or renew the link."
                ).format(status=agreement_label(row.agreement).render(QCoreApplication.translate))
            return status_explanation(row.status, row.reason)
        if column == COUNTRY:
            # Loaded at the first tooltip: babel's names are 5 ms of a start otherwise.
            from reseller_desktop.domain.countries import country_name

            return country_name(row.country, current_language())
        if column == OFFERS:
            return row.offers
        if column == DOMAIN:
            return f"admin@{row.domain}"
        return None


def _order_key(row: ListRow) -> tuple[Any, str]:
    value = row.sort_value
    if isinstance(value, str):
        value = value.casefold()
    return value, str(row.key).zfill(20)  # SQLite rowids compare as numbers, ids as text


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers grouped: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
