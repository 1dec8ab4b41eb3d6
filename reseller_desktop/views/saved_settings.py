"""What Preferences saved, read at start without the Preferences dialog and what it imports
(its form, the sign-in panel, MSAL): the start reads these before the first paint."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reseller_desktop.services.partner_center.backend import (
    DEFAULT_BASE_URL,
    PARTNER_CENTER,
    SIMULATOR,
    PartnerCenterSettings,
)

CLIPBOARD_KEY = "privacy/clipboard_clear_seconds"
DATABASE_KEY = "database/url"
BACKEND_KEY = "partner_center/backend"
BASE_URL_KEY = "partner_center/base_url"
TENANT_ID_KEY = "partner_center/tenant_id"
CLIENT_ID_KEY = "partner_center/client_id"
PARTNER_TYPE_KEY = "partner/type"
DIRECT, INDIRECT = "direct", "indirect"
DEFAULT_CLIPBOARD_SECONDS = 60
_LOCALES = {"fr": "fr-FR", "en": "en-US"}


def saved_database_url() -> str | None:
    """The team database chosen in Preferences (None: the local file)."""
    url = str(QSettings().value(DATABASE_KEY, "", str)).strip()
    return url or None


def saved_partner_center(language: str = "en") -> PartnerCenterSettings:
    """The backend chosen in Preferences (default: the simulator), speaking ``language``."""
    settings = QSettings()
    backend = str(settings.value(BACKEND_KEY, SIMULATOR, str))
    return PartnerCenterSettings(
        backend=backend if backend == PARTNER_CENTER else SIMULATOR,
        base_url=str(settings.value(BASE_URL_KEY, "", str)).strip() or DEFAULT_BASE_URL,
        tenant_id=str(settings.value(TENANT_ID_KEY, "", str)).strip(),
        client_id=str(settings.value(CLIENT_ID_KEY, "", str)).strip(),
        locale=_LOCALES.get(language, "en-US"),
    )


PARTNER_DOMAINS_KEY = "partner/domains"


def saved_partner_domains() -> list[str]:
    """The partner's own e-mail domains (Preferences): a customer's contact may not use them."""
    value = QSettings().value(PARTNER_DOMAINS_KEY, [])
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    # A list of one comes back as a string; a hand-edited value may hold several, comma-separated.
    return [
        word
        for item in items
        if isinstance(item, str)
        for word in item.replace(";", ",").replace(",", " ").split()
    ]


def clipboard_clear_seconds() -> int:
    value = QSettings().value(CLIPBOARD_KEY, DEFAULT_CLIPBOARD_SECONDS, int)
    return max(10, int(value))  # type: ignore[call-overload]  # an int, as asked for


def is_indirect_provider() -> bool:
    """Preferences: the partner creates customers for its indirect resellers."""
    return str(QSettings().value(PARTNER_TYPE_KEY, DIRECT, str)) == INDIRECT
