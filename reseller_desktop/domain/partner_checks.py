"""Checks of the request's partner fields: the reseller (indirect providers), the GDAP choices
(the default relationship, an admin relationship's template, roles and duration), and the
agreement fields a partner used to attest before 2026 (only their type now: the customer
accepts the agreement after creation)."""

from __future__ import annotations

import datetime
import uuid

from .gdap import ENTRA_ROLES, duration_days
from .request import NewCustomerRequest
from .text import QT_TRANSLATE_NOOP, Message
from .text_checks import message, text_problem, typed_text

RESELLER_NAME_MAX = 200
TEMPLATE_NAME_MAX = 100


def _not_a_choice() -> Message:
    return message(QT_TRANSLATE_NOOP("Validation", "Choose yes or no."))


def partner_problems(request: NewCustomerRequest) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    for name in ("gdap_default", "admin_auto_extend", "mca_accepted"):
        if not isinstance(getattr(request, name), bool):
            problems[name] = _not_a_choice()
    accepted_on = request.mca_date
    if accepted_on is not None and not isinstance(accepted_on, datetime.date):
        problems["mca_date"] = message(QT_TRANSLATE_NOOP("Validation", "Enter a date."))
    reseller, problem = typed_text(request.reseller_id)
    if problem is None and reseller:
        try:
            uuid.UUID(reseller)
        except ValueError:
            problem = message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Choose one of your indirect resellers: Partner Center knows them by their "
                    "tenant id, such as {example}.",
                ),
                example="6f3c1a52-7d0e-4c1b-9a55-0d2b8f5e4a01",
            )
    if problem is not None:
        problems["reseller_id"] = problem
    problem = text_problem(request.reseller_name, RESELLER_NAME_MAX, None)
    if problem is not None:
        problems["reseller_name"] = problem
    problems.update(_admin_relationship_problems(request))
    return problems


def _admin_relationship_problems(request: NewCustomerRequest) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    template, problem = typed_text(request.admin_template)
    if problem is None and len(template) > TEMPLATE_NAME_MAX:
        problem = text_problem(template, TEMPLATE_NAME_MAX, None)
    if problem is not None:
        problems["admin_template"] = problem
    roles, problem = typed_text(request.admin_roles)
    if problem is not None:
        problems["admin_roles"] = problem
        return problems
    duration, problem = typed_text(request.admin_duration)
    if problem is not None:
        problems["admin_duration"] = problem
    if not template:
        if roles:
            problems["admin_template"] = message(
                QT_TRANSLATE_NOOP(
                    "Validation", "Choose the role template of the admin relationship."
                )
            )
        return problems
    names = [role.strip() for role in roles.split(";") if role.strip()]
    unknown = [role for role in names if role not in ENTRA_ROLES]
    if not names:
        problems["admin_roles"] = message(
            QT_TRANSLATE_NOOP("Validation", "The admin relationship needs at least one role.")
        )
    elif unknown:
        problems["admin_roles"] = message(
            QT_TRANSLATE_NOOP("Validation", "Unknown Entra role: {role}."), role=unknown[0]
        )
    days = duration_days(duration or "P2Y")
    if "admin_duration" not in problems and (days is None or not 1 <= days <= 730):
        problems["admin_duration"] = message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Enter a duration from P1D (one day) to P2Y (two years), such as P1Y.",
            )
        )
    return problems
