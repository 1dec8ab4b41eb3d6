"""The Add-customer wizard: customer information, offer, review (Submit), confirmation.

``AddCustomerWizard`` is imported on first use: the main window imports small parts of this
package (its colours, say) at start, and must not pay for the whole wizard before it opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reseller_desktop.views.wizard.wizard import AddCustomerWizard

__all__ = ["AddCustomerWizard"]


def __getattr__(name: str) -> Any:
    if name == "AddCustomerWizard":
        from reseller_desktop.views.wizard.wizard import AddCustomerWizard

        return AddCustomerWizard
    raise AttributeError(name)
