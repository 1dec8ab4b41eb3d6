"""The import window (Customers › Import customers…): load a spreadsheet, map its columns, check
and fix every row in place, create the customers with Pause and Stop, copy the credentials."""

from reseller_desktop.views.bulk_import.opener import install_import, open_import

__all__ = ["install_import", "open_import"]
