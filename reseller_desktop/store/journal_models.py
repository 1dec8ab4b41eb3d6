"""Tables of the Partner Center seam: the submission journal and the simulated service's memory.

The journal records every remote create *before* it is attempted (request id, what was asked, the
state it reached), never a password. The ``simulated_*`` tables are what the embedded simulator
remembers as "Microsoft": which request ids created which tenant and which order, so that a retry
with the same request id answers the first result, on every desktop sharing the store.

``book_owner`` says which Partner Center the whole book belongs to (one row): the simulator or
Partner Center for one partner tenant. A book never mixes the two, so its customers need no
column of their own for it (and the customer list no condition).
"""

from __future__ import annotations

from peewee import CharField, DateTimeField, IntegerField, TextField, UUIDField

from reseller_desktop.domain.clock import utcnow
from reseller_desktop.store.models import BaseModel


class Submission(BaseModel):
    """One remote operation of the app, journaled: see ``services/journal.py`` for the states."""

    request_id = CharField(max_length=64, primary_key=True)
    kind = CharField(max_length=20, default="customer")
    state = CharField(max_length=20, index=True)
    # What was asked, as JSON (the request's fields; never a secret).
    payload = TextField(default="{}")
    customer_id = UUIDField(null=True, index=True)
    error_code = CharField(max_length=40, default="")
    error_text = TextField(default="")
    attempts = IntegerField(default=0)
    # The admin password of the first reply reached the user (shown on a confirmation page).
    password_shown = IntegerField(default=0)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    actor = CharField(max_length=100, default="")


class SimulatedTenant(BaseModel):
    """A tenant the simulated Partner Center created (its idempotency memory)."""

    request_id = CharField(max_length=64, primary_key=True)
    customer_id = UUIDField(unique=True)
    tenant_id = UUIDField()
    domain_key = CharField(max_length=27, unique=True)
    created_at = DateTimeField(default=utcnow)


class SimulatedOrder(BaseModel):
    """An order the simulated Partner Center accepted (its idempotency memory)."""

    request_id = CharField(max_length=64, primary_key=True)
    customer_id = UUIDField()
    order_id = UUIDField()
    subscription_id = UUIDField()
    created_at = DateTimeField(default=utcnow)


JOURNAL_MODELS: list[type[BaseModel]] = [Submission, SimulatedTenant, SimulatedOrder]

# The backend of a book written before books had an owner: the simulator was the only one.
SIMULATOR_BACKEND = "simulator"
BOOK_OWNER_ID = 1  # the table's one row


class BookOwner(BaseModel):
    """Which backend and partner tenant the book belongs to: claimed by the first desktop that
    opens it with a backend, checked by every later open (see ``store/database.py``)."""

    id = IntegerField(primary_key=True, default=BOOK_OWNER_ID)
    backend = CharField(max_length=40)  # "simulator" or "partner-center"
    partner_tenant = CharField(max_length=200, default="")  # id or domain; "" for the simulator
    claimed_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "book_owner"
