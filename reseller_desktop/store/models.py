"""The tables: customers, their subscriptions, the audit history and the schema version.

Timestamps are naive UTC datetimes. The temporary admin password has no column, by design.
"""

from __future__ import annotations

import uuid

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)

from reseller_desktop.domain.clock import utcnow

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField()


class Customer(BaseModel):
    id = UUIDField(primary_key=True, default=uuid.uuid4)
    company_name = CharField(max_length=200)
    domain_prefix = CharField(max_length=27)
    # Lower-cased prefix: the unique key that makes "Contoso" and "contoso" the same domain.
    domain_key = CharField(max_length=27, unique=True)
    country = CharField(max_length=2)
    address_line1 = CharField(max_length=200)
    address_line2 = CharField(max_length=200, default="")
    city = CharField(max_length=200, default="")
    state = CharField(max_length=100, default="")
    postal_code = CharField(max_length=20, default="")
    first_name = CharField(max_length=50)
    last_name = CharField(max_length=50)
    email = CharField(max_length=254)
    phone = CharField(max_length=40, default="")
    registration_number = CharField(max_length=50, default="")
    language = CharField(max_length=2)
    culture = CharField(max_length=10)
    mca_accepted = BooleanField(default=False)
    mca_date = DateField(null=True)
    mca_signer_first_name = CharField(max_length=50, default="")
    mca_signer_last_name = CharField(max_length=50, default="")
    mca_signer_email = CharField(max_length=254, default="")
    mca_signer_phone = CharField(max_length=40, default="")
    # Since 2026 the customer accepts the agreement (domain/agreement.py); "" before that.
    agreement_status = CharField(max_length=20, default="", constraints=[SQL("DEFAULT ''")])
    agreement_link = CharField(max_length=500, default="", constraints=[SQL("DEFAULT ''")])
    agreement_expires_at = DateTimeField(null=True)
    # GDAP (domain/gdap.py): the default relationship asked at creation, and the admin
    # relationship requested with a role template (its roles "; "-separated).
    gdap_default = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])
    admin_relationship_id = CharField(max_length=100, default="", constraints=[SQL("DEFAULT ''")])
    admin_relationship_status = CharField(
        max_length=20, default="", constraints=[SQL("DEFAULT ''")]
    )
    admin_relationship_template = CharField(
        max_length=100, default="", constraints=[SQL("DEFAULT ''")]
    )
    admin_relationship_roles = TextField(default="", constraints=[SQL("DEFAULT ''")])
    # Indirect providers: the reseller (its tenant id, associatedPartnerId) and its name.
    reseller_id = CharField(max_length=64, default="", constraints=[SQL("DEFAULT ''")])
    reseller_name = CharField(max_length=200, default="", constraints=[SQL("DEFAULT ''")])
    status = CharField(max_length=20, default="pending", index=True)
    status_reason = TextField(default="")
    # When the provisioning clock should next move this customer on (None: nothing due).
    next_change_at = DateTimeField(null=True)  # the partial index customer_due (migrations.py)
    request_id = CharField(max_length=64, unique=True)
    # Denormalised for the customer list: kept up to date by the services that change subscriptions.
    offer_summary = CharField(max_length=400, default="")
    total_seats = IntegerField(default=0)
    # Company, domain, contact name, e-mail, city and registration number, folded (no accents,
    # no case: domain/search.py): what the search box filters on.
    search_text = TextField(default="")
    created_at = DateTimeField(default=utcnow, index=True)
    updated_at = DateTimeField(default=utcnow)
    created_by = CharField(max_length=100, default="")

    @property
    def domain(self) -> str:
        return f"{self.domain_prefix}.onmicrosoft.com"

    @property
    def admin_user(self) -> str:
        return f"admin@{self.domain}"


class Subscription(BaseModel):
    id = UUIDField(primary_key=True, default=uuid.uuid4)
    customer = ForeignKeyField(Customer, backref="subscriptions", on_delete="CASCADE")
    offer_id = CharField(max_length=40)
    offer_name = CharField(max_length=200)
    family = CharField(max_length=40, default="")
    seats = IntegerField()
    term = CharField(max_length=3)
    billing_cycle = CharField(max_length=10)
    status = CharField(max_length=20, default="pending")
    order_id = UUIDField(default=uuid.uuid4)
    order_status = CharField(max_length=20, default="pending")
    # Start of the 7-day window in which seats may be reduced (purchase or last increase).
    seats_changed_at = DateTimeField(default=utcnow)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class AuditEvent(BaseModel):
    customer = ForeignKeyField(Customer, backref="events", null=True, on_delete="CASCADE")
    at = DateTimeField(default=utcnow)
    actor = CharField(max_length=100, default="")
    action = CharField(max_length=40)
    details = TextField(default="")


ALL_MODELS: list[type[BaseModel]] = [SchemaVersion, Customer, Subscription, AuditEvent]
