"""The name the user knows each request field by (for summaries, the review and error boxes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_name(field: str) -> str:
    """The translated, mnemonic-free name of a NewCustomerRequest field."""
    names = {
        "company_name": QCoreApplication.translate("FieldNames", "Company name"),
        "domain_prefix": QCoreApplication.translate("FieldNames", "Domain prefix"),
        "country": QCoreApplication.translate("FieldNames", "Country/region"),
        "address_line1": QCoreApplication.translate("FieldNames", "Address line 1"),
        "address_line2": QCoreApplication.translate("FieldNames", "Address line 2"),
        "city": QCoreApplication.translate("FieldNames", "City"),
        "state": QCoreApplication.translate("FieldNames", "State/province"),
        "postal_code": QCoreApplication.translate("FieldNames", "Postal code"),
        "first_name": QCoreApplication.translate("FieldNames", "First name"),
        "last_name": QCoreApplication.translate("FieldNames", "Last name"),
        "email": QCoreApplication.translate("FieldNames", "E-mail"),
        "phone": QCoreApplication.translate("FieldNames", "Phone"),
        "registration_number": QCoreApplication.translate("FieldNames", "Registration number"),
        "language": QCoreApplication.translate("FieldNames", "Language"),
        "culture": QCoreApplication.translate("FieldNames", "Language"),
        "mca_accepted": QCoreApplication.translate("FieldNames", "Agreement accepted"),
        "mca_date": QCoreApplication.translate("FieldNames", "Acceptance date"),
        "mca_signer_first_name": QCoreApplication.translate("FieldNames", "Signer's first name"),
        "mca_signer_last_name": QCoreApplication.translate("FieldNames", "Signer's last name"),
        "mca_signer_email": QCoreApplication.translate("FieldNames", "Signer's e-mail"),
        "mca_signer_phone": QCoreApplication.translate("FieldNames", "Signer's phone"),
        "reseller_id": QCoreApplication.translate("FieldNames", "Reseller"),
        "reseller_name": QCoreApplication.translate("FieldNames", "Reseller"),
        "gdap_default": QCoreApplication.translate("FieldNames", "Default GDAP relationship"),
        "admin_template": QCoreApplication.translate("FieldNames", "Role template"),
        "admin_roles": QCoreApplication.translate("FieldNames", "Admin roles"),
        "admin_duration": QCoreApplication.translate("FieldNames", "Relationship duration"),
        "admin_auto_extend": QCoreApplication.translate("FieldNames", "Auto-extend"),
        "offer_id": QCoreApplication.translate("FieldNames", "Offer"),
        "seats": QCoreApplication.translate("FieldNames", "Number of seats"),
        "term": QCoreApplication.translate("FieldNames", "Term"),
        "billing_cycle": QCoreApplication.translate("FieldNames", "Billing"),
    }
    return names.get(field, field)
