"""Checking every row before anything is created: the wizard's validation (country rules
included), duplicates inside the file and against the book, and the domain check at Microsoft.

``check_rows`` runs on a worker (it reads the book and asks the port); ``file_duplicates`` is
pure and fast, so the window runs it again after every edit (an edit can make or end a
duplicate anywhere in the file).
"""

from __future__ import annotations

import datetime
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from peewee import fn

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.request import DOMAIN_PREFIX_PATTERN
from reseller_desktop.domain.search import search_key
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.domain.validation import normalized, validate_request
from reseller_desktop.services.bulk_import.parsing import build_request
from reseller_desktop.services.bulk_import.request_ids import current_request_ids
from reseller_desktop.services.journal import SubmissionJournal
from reseller_desktop.services.partner_center.errors import PartnerCenterError, ServiceBusyError
from reseller_desktop.services.partner_center.port import PartnerCenter, Reseller
from reseller_desktop.store.models import Customer

# Row states before creation...
READY = "ready"
PROBLEMS = "problems"
DUPLICATE = "duplicate"
ALREADY_CREATED = "already_created"
# ...and after.
CREATING = "creating"
CREATED = "created"
FAILED = "failed"
IN_DOUBT = "in_doubt"

BOOK_CHUNK = 500  # names per IN (...) query against the book
BUSY_RETRIES = 5


def _m(text: str, **args: object) -> Message:
    return Message("BulkImport", text, dict(args))


@dataclass
class ImportRow:
    """One line of the file, as the window shows and edits it."""

    line: int
    values: dict[str, str]  # column key -> text


@dataclass(frozen=True)
class BookMatch:
    customer_id: uuid.UUID
    company_name: str
    domain: str
    request_id: str


@dataclass
class RowCheck:
    """What the checks found about one row (problems keyed by column key, e.g. "offer")."""

    request_id: str = ""
    problems: dict[str, Message] = field(default_factory=dict)
    in_book: Message | None = None  # the same customer is in the book (not by this import)
    existing: BookMatch | None = None  # this import created it already (same request id)
    domain_checked: bool = False


_COLUMN_OF = {"offer_id": "offer", "reseller_id": "reseller", "reseller_name": "reseller"}


def column_key(field_name: str) -> str:
    """The column where a request field's problem shows."""
    return _COLUMN_OF.get(field_name, field_name)


def _address_key(values: dict[str, str]) -> str:
    parts = (
        values.get("company_name", ""),
        values.get("address_line1", ""),
        values.get("postal_code", ""),
        values.get("city", ""),
    )
    return "|".join(search_key(p) for p in parts)


class RowChecker:
    """Checks rows against the rules, the book and Microsoft (blocking: run it on a worker)."""

    def __init__(
        self,
        catalog: Catalog,
        journal: SubmissionJournal,
        port: PartnerCenter | None,
        *,
        today: Callable[[], datetime.date],
        sleep: Callable[[float], None] = time.sleep,
        partner_domains: Sequence[str] = (),
        indirect: bool = False,
    ) -> None:
        self.catalog = catalog
        self.journal = journal
        self.port = port  # None: no domain check (tests of the rules alone)
        self.today = today
        self.sleep = sleep
        # Plain data from the view (Preferences): the partner's own e-mail domains, refused for
        # the contact; whether the partner is an indirect provider (a reseller per row).
        self.partner_domains = tuple(partner_domains)
        self.indirect = indirect
        self.resellers: tuple[Reseller, ...] | None = None  # loaded once from the port
        self.resellers_problem: Message | None = None

    def reseller_choices(self) -> tuple[Reseller, ...] | None:
        """What ``build_request`` checks the Reseller cell against (None: a direct partner)."""
        if not self.indirect:
            return None
        return self.resellers or ()

    def _load_resellers(self) -> None:
        if not self.indirect or self.resellers is not None:
            return
        if self.port is None:
            self.resellers = ()
            return
        reason = ""
        for _ in range(BUSY_RETRIES):
            try:
                self.resellers = tuple(self.port.resellers())
            except ServiceBusyError as busy:
                reason = str(busy)
                self.sleep(min(max(busy.retry_after, 0.5), 30.0))
                continue
            except PartnerCenterError as error:
                self.resellers_problem = _m(
                    QT_TRANSLATE_NOOP("BulkImport", "The resellers could not be loaded: {reason}"),
                    reason=str(error) or type(error).__name__,
                )
                return
            self.resellers_problem = None
            return
        self.resellers_problem = _m(  # still throttled: the next check asks again
            QT_TRANSLATE_NOOP("BulkImport", "The resellers could not be loaded: {reason}"),
            reason=reason,
        )

    def check_rows(
        self,
        rows: Sequence[ImportRow],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[RowCheck]:
        today = self.today()
        self._load_resellers()
        ids = current_request_ids(
            self.journal, (row.values.get("domain_prefix", "").strip() for row in rows)
        )
        checks = [
            self._rules(row, today, ids.get(row.values.get("domain_prefix", "").strip(), ""))
            for row in rows
        ]
        self._against_book(rows, checks)
        for done, (row, check) in enumerate(zip(rows, checks, strict=True), 1):
            if cancelled is not None and cancelled():
                break
            self._domain(row, check)
            if progress is not None and (done % 50 == 0 or done == len(rows)):
                progress(done, len(rows))
        return checks

    def check_row(self, row: ImportRow) -> RowCheck:
        """One row again, after an edit."""
        return self.check_rows([row])[0]

    # -- the parts

    def _rules(self, row: ImportRow, today: datetime.date, request_id: str) -> RowCheck:
        request, problems = build_request(
            row.values, self.catalog, request_id or "-", resellers=self.reseller_choices()
        )
        found = validate_request(
            normalized(request), self.catalog, today=today, partner_domains=self.partner_domains
        )
        merged = {column_key(k): v for k, v in problems.items()}
        if self.indirect and self.resellers_problem is not None:
            merged["reseller"] = self.resellers_problem  # not "unknown reseller": say why
        for name, problem in found.items():
            merged.setdefault(column_key(name), problem)
        return RowCheck(request_id=request_id, problems=merged)

    def _against_book(self, rows: Sequence[ImportRow], checks: list[RowCheck]) -> None:
        """The same domain prefix in the book (this import's own customer when its request id
        matches), or the same company at the same address."""
        by_prefix: dict[str, list[int]] = {}
        by_name: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            prefix = row.values.get("domain_prefix", "").strip().lower()
            if prefix:
                by_prefix.setdefault(prefix, []).append(i)
            name = row.values.get("company_name", "").strip().lower()
            if name:
                by_name.setdefault(name, []).append(i)
        for chunk in _chunks(list(by_prefix)):
            query = Customer.select(
                Customer.id,
                Customer.company_name,
                Customer.domain_prefix,
                Customer.domain_key,
                Customer.request_id,
            ).where(Customer.domain_key.in_(chunk))
            for customer in query:
                match = BookMatch(
                    customer.id, customer.company_name, customer.domain, customer.request_id
                )
                for i in by_prefix.get(customer.domain_key, []):
                    check = checks[i]
                    same_company = search_key(customer.company_name) == search_key(
                        rows[i].values.get("company_name", "")
                    )
                    if (
                        check.request_id
                        and customer.request_id == check.request_id
                        and same_company
                    ):
                        check.existing = match
                    else:
                        check.in_book = _m(
                            QT_TRANSLATE_NOOP(
                                "BulkImport",
                                "{domain} already belongs to {company}, in the customer list.",
                            ),
                            domain=customer.domain,
                            company=customer.company_name,
                        )
        for chunk in _chunks(list(by_name)):
            query = Customer.select(
                Customer.company_name,
                Customer.address_line1,
                Customer.postal_code,
                Customer.city,
                Customer.domain_prefix,
                Customer.request_id,
            ).where(fn.LOWER(Customer.company_name).in_(chunk))
            for customer in query:
                key = _address_key(
                    {
                        "company_name": customer.company_name,
                        "address_line1": customer.address_line1,
                        "postal_code": customer.postal_code,
                        "city": customer.city,
                    }
                )
                for i in by_name.get(customer.company_name.lower(), []):
                    check = checks[i]
                    if check.existing is not None or check.in_book is not None:
                        continue
                    if _address_key(rows[i].values) == key:
                        check.in_book = _m(
                            QT_TRANSLATE_NOOP(
                                "BulkImport",
                                "{company} at this address is already in the customer list "
                                "({domain}).",
                            ),
                            company=customer.company_name,
                            domain=customer.domain,
                        )

    def _domain(self, row: ImportRow, check: RowCheck) -> None:
        """Ask Microsoft whether the prefix is free (only for rows that could be created);
        throttling waits as long as the service asks, then tries again."""
        prefix = row.values.get("domain_prefix", "").strip()
        if (
            self.port is None
            or check.existing is not None
            or check.in_book is not None
            or "domain_prefix" in check.problems
            or not DOMAIN_PREFIX_PATTERN.fullmatch(prefix)
        ):
            return
        for _ in range(BUSY_RETRIES):
            try:
                available = self.port.domain_available(prefix)
            except ServiceBusyError as busy:
                self.sleep(min(max(busy.retry_after, 0.5), 30.0))
                continue
            except PartnerCenterError:
                return  # not checked: creation asks again and says so if it is taken
            check.domain_checked = True
            if not available:
                check.problems["domain_prefix"] = _m(
                    QT_TRANSLATE_NOOP(
                        "BulkImport",
                        "{domain} is already taken at Microsoft: choose another prefix.",
                    ),
                    domain=f"{prefix}.onmicrosoft.com",
                )
            return


def file_duplicates(rows: Sequence[ImportRow]) -> dict[int, Message]:
    """Rows that repeat an earlier row of the file: the same domain prefix, or the same company
    at the same address (the first occurrence stays ready)."""
    seen_prefix: dict[str, int] = {}
    seen_address: dict[str, int] = {}
    found: dict[int, Message] = {}
    for i, row in enumerate(rows):
        prefix = row.values.get("domain_prefix", "").strip().casefold()
        if prefix:
            if prefix in seen_prefix:
                found[i] = _m(
                    QT_TRANSLATE_NOOP(
                        "BulkImport", "Same domain prefix as line {line}: one of them must change."
                    ),
                    line=rows[seen_prefix[prefix]].line,
                )
                continue
            seen_prefix[prefix] = i
        if row.values.get("company_name", "").strip():
            key = _address_key(row.values)
            if key in seen_address:
                found[i] = _m(
                    QT_TRANSLATE_NOOP(
                        "BulkImport", "Same company and address as line {line}: a duplicate?"
                    ),
                    line=rows[seen_address[key]].line,
                )
                continue
            seen_address[key] = i
    return found


def row_state(check: RowCheck, duplicate: Message | None) -> str:
    if check.existing is not None:
        return ALREADY_CREATED
    if check.problems:
        return PROBLEMS
    if duplicate is not None or check.in_book is not None:
        return DUPLICATE
    return READY


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), BOOK_CHUNK):
        yield items[start : start + BOOK_CHUNK]
