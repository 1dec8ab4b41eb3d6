"""A Partner Center that fails on purpose: the simulator behind it, and faults a test arms.

Microsoft itself cannot run here: this double is the only mock of the suite. Each fault is armed
for the next call of one operation and fires once:

- ``lose_reply``: the call is carried out, then its reply is lost (OutcomeUnknownError);
- ``time_out``: the call is not carried out and the caller hears nothing clear (OutcomeUnknown);
- ``busy``: HTTP 429, try again after a while (ServiceBusyError);
- ``refuse``: Partner Center answers an error code (PartnerCenterError);
- ``crash``: the process dies in the middle (a BaseException the use case does not catch).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from reseller_desktop.services.partner_center.errors import (
    OutcomeUnknownError,
    PartnerCenterError,
    ServiceBusyError,
)
from reseller_desktop.services.partner_center.simulator import SimulatedPartnerCenter


class Crash(BaseException):
    """The app died here (kill -9): nothing after this point runs."""


class FaultyPort:
    def __init__(self, real: SimulatedPartnerCenter) -> None:
        self.real = real
        self.name = real.name
        self.is_simulated = real.is_simulated
        self._faults: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        self.calls: list[str] = []

    def arm(self, operation: str, fault: str, detail: Any = None) -> None:
        self._faults[operation].append((fault, detail))

    def __getattr__(self, name: str) -> Any:
        real = getattr(self.real, name)
        if not callable(real):
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            fault, detail = self._faults[name].pop(0) if self._faults[name] else ("", None)
            if fault == "time_out":
                raise OutcomeUnknownError("The operation timed out.")
            if fault == "busy":
                raise ServiceBusyError(detail or 2.0)
            if fault == "refuse":
                code, description = detail
                raise PartnerCenterError(code, description)
            if fault == "crash_before":
                raise Crash(name)
            result = real(*args, **kwargs)
            if fault == "lose_reply":
                raise OutcomeUnknownError("The connection was reset before the reply arrived.")
            if fault == "crash":
                raise Crash(name)
            return result

        return call

    def customer_ids(self) -> set[uuid.UUID]:
        from reseller_desktop.store.journal_models import SimulatedTenant

        return {uuid.UUID(str(t.customer_id)) for t in SimulatedTenant.select()}
