"""Granular delegated admin privileges (GDAP): the default relationship Partner Center creates
with a customer, and the admin relationships a partner requests with a role template.

A request names Entra roles, a duration (ISO 8601, P1D to P2Y) and whether it auto-extends
(P180D) or not (PT0S); the customer's admin approves it at ``approval_url``; an unapproved
request expires after 90 days. Statuses are stored as plain strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from .text import QT_TRANSLATE_NOOP, Message

APPROVAL_PENDING = "approval_pending"
ACTIVE = "active"
EXPIRED = "expired"
REQUEST_LIFETIME = timedelta(days=90)
DISPLAY_NAME_MAX = 50
AUTO_EXTEND = "P180D"
NO_AUTO_EXTEND = "PT0S"
APPROVAL_URL = (
    "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/"
    "granularAdminRelationships/{id}"
)
PRIVILEGED_AUTHENTICATION_ADMINISTRATOR = "Privileged Authentication Administrator"

# Entra built-in role names and their role definition ids (the same in every tenant).
ENTRA_ROLES: dict[str, str] = {
    "Global Administrator": "62e90394-69f5-4237-9190-012177145e10",
    "Global Reader": "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
    "User Administrator": "fe930be7-5e62-47db-91af-98c3a49a38b1",
    "Helpdesk Administrator": "729827e3-9c14-49f7-bb1b-9608f156bbb8",
    "Service Support Administrator": "f023fd81-a637-4b56-95fd-791ac0226033",
    "Authentication Administrator": "c4e39bd9-1100-46d3-8c65-fb160da0071f",
    PRIVILEGED_AUTHENTICATION_ADMINISTRATOR: "7be44c8a-adaf-4e2a-84d6-ab2649e08a13",
    "Privileged Role Administrator": "e8611ab8-c189-46e8-94e1-60213ab1f814",
    "Security Administrator": "194ae4cb-b126-40b2-bd5b-6091b380977d",
    "Security Reader": "5d6b6bb7-de71-4623-b4af-96380a352509",
    "Security Operator": "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f",
    "Conditional Access Administrator": "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9",
    "Exchange Administrator": "29232cdf-9323-42fd-ade2-1d097af3e4de",
    "SharePoint Administrator": "f28a1f50-f6e7-4571-818b-6a12f2af6b6c",
    "Teams Administrator": "69091246-20e8-4a56-aa4d-066075b2a7a8",
    "Billing Administrator": "b0f54661-2d74-4c50-afa3-1ec803f12efe",
    "License Administrator": "4d6ac14f-3453-41d0-bef9-a3e0c569773a",
}

_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?", re.ASCII)


@dataclass(frozen=True)
class RoleTemplate:
    name: str
    roles: tuple[str, ...]
    duration: str = "P2Y"
    auto_extend: bool = True


SHIPPED_TEMPLATES: tuple[RoleTemplate, ...] = (
    RoleTemplate(
        "Helpdesk",
        (
            "User Administrator",
            "Helpdesk Administrator",
            "Service Support Administrator",
            PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
        ),
    ),
    RoleTemplate(
        "Security",
        (
            "Security Administrator",
            "Security Reader",
            "Conditional Access Administrator",
            PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
        ),
    ),
    RoleTemplate(
        "Full admin",
        (
            "Global Administrator",
            "Privileged Role Administrator",
            PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
        ),
        duration="P1Y",
        auto_extend=False,
    ),
)


def duration_days(duration: str) -> int | None:
    """Days in an ISO 8601 duration of years, months and days (a month 30, a year 365);
    None when it is not one."""
    match = _DURATION.fullmatch(duration.strip().upper())
    if not match or not any(match.groups()):
        return None
    years, months, days = (int(g) if g else 0 for g in match.groups())
    return years * 365 + months * 30 + days


def duration_problem(duration: str) -> Message | None:
    days = duration_days(duration)
    if days is None or not 1 <= days <= 730:
        return Message(
            "Gdap",
            QT_TRANSLATE_NOOP(
                "Gdap", "Enter a duration from P1D (one day) to P2Y (two years), such as P1Y."
            ),
        )
    return None


def template_problem(template: RoleTemplate) -> Message | None:
    if not template.name.strip():
        return Message("Gdap", QT_TRANSLATE_NOOP("Gdap", "Give the template a name."))
    unknown = [role for role in template.roles if role not in ENTRA_ROLES]
    if unknown:
        return Message(
            "Gdap", QT_TRANSLATE_NOOP("Gdap", "Unknown Entra role: {role}."), {"role": unknown[0]}
        )
    if not template.roles:
        return Message("Gdap", QT_TRANSLATE_NOOP("Gdap", "Choose at least one role."))
    return duration_problem(template.duration)


def approval_url(relationship_id: str) -> str:
    return APPROVAL_URL.format(id=relationship_id)


def display_name(company_name: str, template_name: str) -> str:
    """The relationship's display name (unique per partner, at most 50 characters)."""
    return f"{template_name} - {company_name}"[:DISPLAY_NAME_MAX].strip()


_LABELS = {
    APPROVAL_PENDING: QT_TRANSLATE_NOOP("Gdap", "Approval pending"),
    ACTIVE: QT_TRANSLATE_NOOP("Gdap", "Active"),
    EXPIRED: QT_TRANSLATE_NOOP("Gdap", "Expired"),
    "": QT_TRANSLATE_NOOP("Gdap", "None requested"),
}


def relationship_label(status: str) -> Message:
    return Message("Gdap", _LABELS.get(status, status))
