"""History lines for the changes made after creation: edited details and cancelled subscriptions
(every other event is worded by ``history_text.action_text``)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.services.customer_edits import EDITED
from reseller_desktop.views.history_text import action_text
from reseller_desktop.views.wizard.field_names import field_name

CANCELLED = "subscription_cancelled"


def _details(raw: str) -> dict[str, Any]:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def event_text(action: str, raw_details: str, catalog: Catalog) -> str:
    """One audit event in words, e.g. "Details changed: Phone: “+33 1…” → “+33 2…”"."""
    d = _details(raw_details)
    if action == EDITED:
        changes = d.get("changes") if isinstance(d.get("changes"), dict) else {}
        parts = []
        for name, pair in (changes or {}).items():
            old, new = pair if isinstance(pair, list) and len(pair) == 2 else ("?", "?")
            parts.append(
                QCoreApplication.translate("History", "{field}: “{old}” → “{new}”").format(
                    field=field_name(str(name)), old=old or "—", new=new or "—"
                )
            )
        return QCoreApplication.translate("History", "Details changed: {changes}").format(
            changes="; ".join(parts)
        )
    if action == CANCELLED:
        seats = d.get("seats")
        return QCoreApplication.translate(
            "History", "Subscription cancelled: {offer}, {seats} seats"
        ).format(
            offer=d.get("offer_name") or d.get("offer") or "?",
            seats=QLocale().toString(seats) if isinstance(seats, int) else "?",
        )
    return action_text(action, raw_details, catalog)
