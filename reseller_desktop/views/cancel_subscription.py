"""Cancel subscription, from the customer details: within 7 days of the purchase only.

Past the window the user is told at once, with the date it ended; within it, a question whose
default answer keeps the subscription, then the cancellation on a worker through the service
(and so through Partner Center). The service re-checks the window and has the last word.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from reseller_desktop.domain.request import new_request_id
from reseller_desktop.services.background import Background, WaitTimeoutError
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_records import SubscriptionRecord
from reseller_desktop.services.subscriptions import (
    SUBSCRIPTION_CANCELLED,
    SubscriptionError,
    cancel_deadline,
    cancel_window_problem,
)
from reseller_desktop.views.dialogs import Choice, ask, inform
from reseller_desktop.views.subscription_dialogs import (
    in_local_time,
    local_date_time,
    show_refusal,
)

CANCEL_TIMEOUT_MS = 15_000
LIVE = ("pending", "active")


def cancellable(subscription: SubscriptionRecord) -> bool:
    """Whether the subscription is live (the 7-day window is checked when asked)."""
    return subscription.status in LIVE


def cancel_subscription(
    parent: QWidget,
    services: AppServices,
    background: Background,
    subscription: SubscriptionRecord,
    *,
    started: Callable[[], None],
    finished: Callable[[bool], None],
) -> int | None:
    """Ask, then cancel ``subscription``; ``started`` when the request leaves, ``finished(done)``
    when it answered (done: cancelled). Returns the background job's number (None: not sent),
    for the caller to forget if it closes first."""
    title = QCoreApplication.translate("CancelSubscription", "Cancel subscription")
    if subscription.status == SUBSCRIPTION_CANCELLED:
        return None
    problem = cancel_window_problem(subscription.created_at, services.clock())
    if problem is not None:
        inform(
            parent,
            title,
            in_local_time(problem).render(QCoreApplication.translate),
            icon=QMessageBox.Icon.Warning,
            informative=QCoreApplication.translate(
                "CancelSubscription",
                "Seats can still be added. To stop paying for it, turn off its renewal in "
                "Partner Center before the end of the term.",
            ),
            object_name="cancelRefusedBox",
        )
        return None
    choice = ask(
        parent,
        title,
        QCoreApplication.translate("CancelSubscription", "Cancel the subscription {offer}?").format(
            offer=subscription.offer_name
        ),
        [
            Choice(
                "cancel",
                QCoreApplication.translate("CancelSubscription", "Cancel the &subscription"),
                QMessageBox.ButtonRole.AcceptRole,
            ),
            Choice(
                "keep",
                QCoreApplication.translate("CancelSubscription", "&Keep it"),
                QMessageBox.ButtonRole.RejectRole,
            ),
        ],
        default="keep",
        escape="keep",
        icon=QMessageBox.Icon.Warning,
        informative=QCoreApplication.translate(
            "CancelSubscription",
            "Seats: {seats}. The customer loses these licences at once, and Microsoft refunds "
            "the unused part of the term. This cannot be undone. Possible until {deadline}.",
        ).format(
            seats=QLocale().toString(subscription.seats),
            deadline=local_date_time(cancel_deadline(subscription.created_at)),
        ),
        object_name="confirmCancelBox",
    )
    if choice != "cancel":
        return None
    service, subscription_id, request_id = (
        services.subscriptions,
        subscription.id,
        new_request_id(),
    )

    def failed(error: Exception) -> None:
        finished(False)
        if isinstance(error, SubscriptionError):
            show_refusal(parent, title, error, with_field=False)
        elif isinstance(error, WaitTimeoutError):
            inform(
                parent,
                title,
                QCoreApplication.translate(
                    "CancelSubscription",
                    "Microsoft or the database did not answer in time: the subscription may or "
                    "may not be cancelled. Its status shows the outcome once they answer.",
                ),
                object_name="cancelTimedOutBox",
            )
        else:
            inform(
                parent,
                title,
                QCoreApplication.translate(
                    "CancelSubscription",
                    "The subscription could not be cancelled because of an unexpected error.",
                ),
                informative=QCoreApplication.translate(
                    "CancelSubscription", "Nothing was changed here. Try again. Error: {kind}"
                ).format(kind=type(error).__name__),
                object_name="cancelFailedBox",
            )

    started()
    return background.run(
        lambda: service.cancel_subscription(subscription_id, request_id=request_id),
        lambda _none: finished(True),
        failed,
        timeout_ms=CANCEL_TIMEOUT_MS,
    )
