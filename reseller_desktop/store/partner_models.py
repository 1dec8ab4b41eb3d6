"""The simulated Partner Center's memory of agreements and GDAP relationships (like
``journal_models.SimulatedTenant``: shared by every desktop on the store)."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, TextField, UUIDField

from reseller_desktop.domain.clock import utcnow
from reseller_desktop.store.models import BaseModel


class SimulatedAgreement(BaseModel):
    """The acceptance link last sent for a customer (one row per link)."""

    request_id = CharField(max_length=64, primary_key=True)
    customer_id = UUIDField(index=True)
    link = CharField(max_length=500)
    status = CharField(max_length=20, index=True)
    sent_at = DateTimeField(default=utcnow)
    expires_at = DateTimeField()
    accept_at = DateTimeField(null=True)  # None: this customer never accepts


class SimulatedRelationship(BaseModel):
    """A GDAP admin relationship requested for a customer."""

    request_id = CharField(max_length=64, primary_key=True)
    relationship_id = CharField(max_length=100, unique=True)  # "{guid}-{guid}"
    customer_id = UUIDField(index=True)
    roles = TextField(default="")
    duration = CharField(max_length=10)
    auto_extend = BooleanField(default=False)
    status = CharField(max_length=20, index=True)
    requested_at = DateTimeField(default=utcnow)
    approve_at = DateTimeField(null=True)
    expires_at = DateTimeField()


PARTNER_MODELS = [SimulatedAgreement, SimulatedRelationship]
