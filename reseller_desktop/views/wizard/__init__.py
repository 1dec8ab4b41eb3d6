"""The Add-customer wizard: customer information, offer, review (Submit), confirmation."""

from reseller_desktop.views.wizard.wizard import AddCustomerWizard

__all__ = ["AddCustomerWizard"]
