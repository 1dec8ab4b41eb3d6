"""Each import row's request id (Partner Center's ``MS-RequestId``), derived, never random.

Why the domain prefix and not a hash of the file: the tenant's ``<prefix>.onmicrosoft.com`` is
the customer's identity at Microsoft (two tenants cannot share it), and it is the one field that
says "this is the same customer" across every version of the spreadsheet. A hash of the file's
content would give every row a new id as soon as anything in the file changed (a phone number
fixed in Excel after a Stop, a cell edited in the window, a row added): re-importing it would
then ask Microsoft to create customers that exist already, and only the domain check would stop
it. Derived from the prefix, the same customer gets the same id in every import: the onboarding
use case finds it in the book (or Microsoft replays its first answer) and nothing is created
twice, even when other cells changed. A different prefix is a different tenant; the checks then
catch the same company and address already in the book.

``attempt`` moves on only past a journal entry that *failed* (Microsoft refused it: nothing was
created), so a row fixed after a refusal is sent again as a new request, while a submission in
doubt is always retried with its own id. The namespace is this app's; Partner Center scopes
request ids to the signed-in partner.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from reseller_desktop.services.journal import FAILED, SubmissionJournal
from reseller_desktop.store.journal_models import Submission

BULK_NAMESPACE = uuid.UUID("6f1d3c52-8a4e-5b7f-9c21-4e0b7a6d2f18")
MAX_ATTEMPTS = 100  # failed attempts of one customer before the import gives up looking


def bulk_request_id(domain_prefix: str, attempt: int = 0) -> str:
    key = domain_prefix.strip().casefold()
    return str(uuid.uuid5(BULK_NAMESPACE, f"customer:{key}#{attempt}"))


def current_request_id(journal: SubmissionJournal, domain_prefix: str) -> str:
    """The id to use now: the first of the prefix's ids whose journal entry did not fail."""
    for attempt in range(MAX_ATTEMPTS):
        request_id = bulk_request_id(domain_prefix, attempt)
        entry = journal.get(request_id)
        if entry is None or entry.state != FAILED:
            return request_id
    return bulk_request_id(domain_prefix, MAX_ATTEMPTS)


def current_request_ids(journal: SubmissionJournal, prefixes: Iterable[str]) -> dict[str, str]:
    """``current_request_id`` for many prefixes (keyed by the prefix as given): one query for the
    first attempts, then one look per prefix whose first attempt failed."""
    first = {prefix: bulk_request_id(prefix) for prefix in prefixes if prefix.strip()}
    failed: set[str] = set()
    ids = list(set(first.values()))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = Submission.select(Submission.request_id).where(
            Submission.request_id.in_(chunk), Submission.state == FAILED
        )
        failed.update(row.request_id for row in query)
    return {
        prefix: current_request_id(journal, prefix) if request_id in failed else request_id
        for prefix, request_id in first.items()
    }
