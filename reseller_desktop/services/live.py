"""The parts of the services that live with the event loop: workers, the provisioning clock,
the change feed, the connection monitor and the submission resumer. Built once, after the
QApplication exists, by ``build_live``; views receive them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reseller_desktop.services.background import Background
from reseller_desktop.services.change_feed import ChangeFeed
from reseller_desktop.services.connection_monitor import ConnectionMonitor
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.services.provisioning_clock import FollowUp, ProvisioningClock
from reseller_desktop.services.resumer import SubmissionResumer
from reseller_desktop.store.database import release_file_map

if TYPE_CHECKING:
    from reseller_desktop.services.journal import SubmissionJournal
    from reseller_desktop.services.partner_center.port import PartnerCenter


@dataclass
class LiveServices:
    background: Background  # Submit, the domain check, resets: whatever the user waits for
    reader: Background  # the list's and the details' reads: one thread that keeps its connection
    clock: ProvisioningClock  # polls Partner Center on a worker of its own
    monitor: ConnectionMonitor
    feed: ChangeFeed
    resumer: SubmissionResumer
    owner: QObject  # parent of all of the above
    queries: CustomerQueries | None = None  # its connections kept for races closed at the end

    def finish(self, wait_ms: int) -> bool:
        """Wait up to ``wait_ms`` for every worker; False when one is still busy."""
        self.stop()
        pools = (self.background, self.reader, self.clock.background)
        return all(pool.wait(wait_ms) for pool in pools)

    def stop(self) -> None:
        self.clock.stop()
        self.feed.stop()
        self.monitor.stop()
        self.reader.shutdown()
        if self.queries is not None:
            self.queries.close()


# The list's reader gives back its SQLite memory map once the list has been quiet this long:
# longer than the pause between two letters typed or two steps of a scroll, which keep the pages
# they share mapped; after it, the next read maps again what it reads.
FILE_MAP_IDLE_MS = 500


def _ignored(_value: object) -> None:
    """(A failure is left to the first read, which reports it.)"""


def build_live(services: AppServices, *, parent: QObject | None = None) -> LiveServices:
    owner = QObject(parent)
    background = Background(parent=owner)
    database = services.customers.db
    monitor = ConnectionMonitor(database, parent=owner)

    def wiring() -> tuple[PartnerCenter, SubmissionJournal, FollowUp | None]:
        agreements = services.agreements
        follow_up = agreements.apply if agreements is not None else None
        return services.partner_center, services.journal, follow_up

    # The port and the use cases are made at the first poll and resume, after the first paint.
    clock = ProvisioningClock(
        None,
        None,
        Background(threads=1, parent=owner),
        clock=services.clock,
        wiring=wiring,
        parent=owner,
    )
    reader = Background(
        keep_connection=True,
        when_idle=(FILE_MAP_IDLE_MS, lambda: release_file_map(database)),
        parent=owner,
    )
    # The reader opens its connection and reads what the list's SQL depends on now, while the
    # window is built: its first read waits for neither (PostgreSQL: a new session, ~7 ms).
    reader.run(services.customers.prepare, _ignored, _ignored)
    return LiveServices(
        background=background,
        reader=reader,
        clock=clock,
        monitor=monitor,
        feed=ChangeFeed(database, monitor=monitor, parent=owner),
        resumer=SubmissionResumer(lambda: services.onboarding, background, parent=owner),
        owner=owner,
        queries=services.customers,
    )
