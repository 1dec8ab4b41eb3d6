"""Reseller Desktop: Office 365 customer onboarding for Microsoft cloud reseller partners."""

__version__ = "0.1.0"
APP_NAME = "reseller-desktop"
APP_DISPLAY_NAME = "Reseller Desktop"
ORGANIZATION = "Reseller Desktop"
