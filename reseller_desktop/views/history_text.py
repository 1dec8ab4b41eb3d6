"""Words for what the store keeps as codes: audit actions and actors, terms, billing cycles."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.provisioning import (
    COMPLETED,
    FAILED_ACTION,
    RETRIED,
    SIMULATOR_ACTOR,
    STARTED,
    SUBSCRIPTION_ACTIVATED,
    failure_message,
)


def term_text(term: str) -> str:
    names = {
        "P1M": QCoreApplication.translate("Subscriptions", "1 month"),
        "P1Y": QCoreApplication.translate("Subscriptions", "1 year"),
        "P3Y": QCoreApplication.translate("Subscriptions", "3 years"),
    }
    return names.get(term, term)


def billing_text(cycle: str) -> str:
    names = {
        "monthly": QCoreApplication.translate("Subscriptions", "Monthly"),
        "annual": QCoreApplication.translate("Subscriptions", "Annual"),
        "triennial": QCoreApplication.translate("Subscriptions", "Every 3 years"),
    }
    return names.get(cycle, cycle)


def actor_text(actor: str) -> str:
    """Who did it, in words: the simulator's own name is a code in the store ("Microsoft
    (simulated)"), shown in the user's language; people's names are shown as they are."""
    if actor == SIMULATOR_ACTOR:
        return QCoreApplication.translate("History", "Microsoft (simulated)")
    return actor


def _details(raw: str) -> dict[str, Any]:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _partner_action_text(action: str, d: dict[str, Any]) -> str | None:
    """The agreement and GDAP events (None: another kind)."""
    if action == "agreement_link_sent":
        return QCoreApplication.translate(
            "History", "Agreement acceptance link sent to the customer"
        )
    if action == "agreement_required":
        return QCoreApplication.translate(
            "History", "Agreement not accepted yet: the first order waits (no link sent yet)"
        )
    if action == "agreement_accepted":
        return QCoreApplication.translate(
            "History", "The customer accepted the Microsoft Customer Agreement"
        )
    if action == "agreement_expired":
        return QCoreApplication.translate(
            "History", "The acceptance link expired before the customer accepted"
        )
    if action == "admin_relationship_requested":
        return QCoreApplication.translate(
            "History", "GDAP admin relationship requested ({template}): {roles}"
        ).format(template=d.get("template", "?"), roles=str(d.get("roles", "")).replace(";", ","))
    if action == "admin_relationship_approved":
        return QCoreApplication.translate(
            "History", "The customer approved the GDAP admin relationship"
        )
    if action == "admin_relationship_expired":
        return QCoreApplication.translate("History", "The GDAP admin relationship expired")
    return None


def action_text(action: str, raw_details: str, catalog: Catalog) -> str:
    """One audit event in words, e.g. "Seats of Office 365 E3 changed from 10 to 12"."""
    d = _details(raw_details)
    offer = str(d.get("offer_name") or "")
    if not offer and d.get("offer"):
        known = catalog.get(str(d["offer"]))
        offer = known.name if known else str(d["offer"])
    seats = QLocale().toString(int(d["seats"])) if isinstance(d.get("seats"), int) else "?"
    if action == "admin_password_reset":
        return QCoreApplication.translate("History", "Admin password reset ({user})").format(
            user=d.get("user", "?")
        )
    if action == "customer_created":
        text = QCoreApplication.translate("History", "Customer created ({domain})").format(
            domain=d.get("domain", "?")
        )
        if d.get("reseller"):
            text += ", " + QCoreApplication.translate("History", "for {reseller}").format(
                reseller=d["reseller"]
            )
        return text
    partner = _partner_action_text(action, d)
    if partner is not None:
        return partner
    if action == "subscription_created":
        return QCoreApplication.translate(
            "History", "Subscription bought: {offer}, {seats} seats, {term}, {billing}"
        ).format(
            offer=offer,
            seats=seats,
            term=term_text(str(d.get("term", ""))),
            billing=billing_text(str(d.get("billing_cycle", ""))).lower(),
        )
    if action == STARTED:
        return QCoreApplication.translate("History", "Microsoft started provisioning the tenant")
    if action == COMPLETED:
        return QCoreApplication.translate("History", "Tenant provisioned: the customer is active")
    if action == FAILED_ACTION:
        reason = failure_message(str(d.get("reason", ""))).render(QCoreApplication.translate)
        return QCoreApplication.translate("History", "Provisioning failed: {reason}").format(
            reason=reason
        )
    if action == RETRIED:
        return QCoreApplication.translate("History", "Provisioning retried")
    if action == SUBSCRIPTION_ACTIVATED:
        return QCoreApplication.translate("History", "Subscription active: {offer}").format(
            offer=offer
        )
    if action == "seats_changed":
        return QCoreApplication.translate(
            "History", "Seats of {offer} changed from {old} to {new}"
        ).format(offer=offer, old=d.get("from", "?"), new=d.get("to", "?"))
    return action.replace("_", " ").capitalize()
