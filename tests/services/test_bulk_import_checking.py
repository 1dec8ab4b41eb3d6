"""Checking import rows: the wizard's validation, duplicates, the book, the domain check, and
creation with derived request ids (Stop, re-import, a failing row retried)."""

from __future__ import annotations

from datetime import date

import pytest

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.background import Background
from reseller_desktop.services.bulk_import.checking import (
    ALREADY_CREATED,
    CREATED,
    DUPLICATE,
    FAILED,
    PROBLEMS,
    READY,
    ImportRow,
    RowChecker,
    file_duplicates,
    row_state,
)
from reseller_desktop.services.bulk_import.request_ids import bulk_request_id
from reseller_desktop.services.bulk_import.run import BulkRun, RowOutcome, create_row
from reseller_desktop.services.bulk_import.template import EXAMPLE
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.journal import FAILED as JOURNAL_FAILED
from reseller_desktop.store.models import Customer


def row(line: int = 2, **changes: str) -> ImportRow:
    values = dict(EXAMPLE)
    values.update(changes)
    return ImportRow(line, values)


def checker(services: AppServices) -> RowChecker:
    return RowChecker(
        services.catalog,
        services.journal,
        services.partner_center,
        today=lambda: date(2026, 11, 23),
    )


def states(services: AppServices, rows: list[ImportRow]) -> list[str]:
    checks = checker(services).check_rows(rows)
    dups = file_duplicates(rows)
    return [row_state(c, dups.get(i)) for i, c in enumerate(checks)]


def test_a_valid_row_is_ready_and_problems_carry_the_wizards_messages(
    services: AppServices,
) -> None:
    rows = [
        row(),
        row(3, domain_prefix="cafe2", company_name="Café 2", email="not-an-email", seats="x"),
        row(4, domain_prefix="cafe3", company_name="Café 3", postal_code="ABC", offer="Nope"),
    ]
    checks = checker(services).check_rows(rows)
    assert checks[0].problems == {} and checks[0].domain_checked
    assert set(checks[1].problems) == {"email", "seats"}
    assert "email" in checks[1].problems["email"].render().lower()
    assert {"postal_code", "offer"} <= set(checks[2].problems)
    assert states(services, rows) == [READY, PROBLEMS, PROBLEMS]


def test_spreadsheet_spellings_are_understood(services: AppServices) -> None:
    rows = [
        row(
            country="France",
            gdap_default="Non",
            offer="cfq7ttc0lchc",
            term="1 an",
            billing_cycle="Mensuel",
            language="",
            culture="",
        )
    ]
    assert checker(services).check_rows(rows)[0].problems == {}
    unreadable = checker(services).check_rows([row(gdap_default="peut-être")])[0]
    assert unreadable.problems["gdap_default"].render() == "Write yes or no (oui or non)."


def test_duplicates_inside_the_file(services: AppServices) -> None:
    rows = [
        row(2),
        row(3, domain_prefix="BoulangerieDupont", company_name="Other"),  # same prefix
        row(4, domain_prefix="otherprefix"),  # same company and address
        row(5, domain_prefix="third", company_name="Third"),
    ]
    dups = file_duplicates(rows)
    assert sorted(dups) == [1, 2]
    assert "line 2" in dups[1].render() and "line 2" in dups[2].render()
    assert states(services, rows) == [READY, DUPLICATE, DUPLICATE, READY]


def test_formula_cells_are_data(services: AppServices) -> None:
    check = checker(services).check_rows([row(company_name='=HYPERLINK("http://x","y")')])[0]
    # Never evaluated; the wizard's name rules decide whether it is acceptable.
    assert set(check.problems) <= {"company_name"}


def test_taken_domain_and_control_characters(services: AppServices) -> None:
    rows = [
        row(2, domain_prefix="contoso", company_name="A"),
        row(3, domain_prefix="bidi", company_name="Evil\u202eCorp"),
        row(4, domain_prefix="ctl", company_name="Tab\x07Bell"),
    ]
    checks = checker(services).check_rows(rows)
    assert "already taken" in checks[0].problems["domain_prefix"].render()
    assert "company_name" in checks[1].problems
    assert "company_name" in checks[2].problems


def test_create_stop_and_reimport_creates_nothing_twice(services: AppServices, qtbot) -> None:
    rows = [row(2 + i, domain_prefix=f"firm{i}", company_name=f"Firm {i}") for i in range(4)]
    background = Background()
    run = BulkRun(
        services.onboarding,
        services.catalog,
        background,
        [(i, r.values) for i, r in enumerate(rows)],
    )
    outcomes: list[RowOutcome] = []

    def record(outcome: RowOutcome) -> None:
        outcomes.append(outcome)
        if len(outcomes) == 2:
            run.stop()

    run.row_finished.connect(record)
    with qtbot.waitSignal(run.finished, timeout=10_000) as stopped:
        run.start()
    assert stopped.args == [True]
    assert [o.state for o in outcomes] == [CREATED, CREATED]
    assert all(o.password for o in outcomes)
    assert Customer.select().count() == 2

    # The same file again, one row edited meanwhile: the created rows are recognised.
    rows[0].values["phone"] = "+33 1 42 68 53 01"
    assert states(services, rows) == [ALREADY_CREATED, ALREADY_CREATED, READY, READY]
    again = [create_row(services.onboarding, services.catalog, i, rows[i].values) for i in range(4)]
    assert [o.state for o in again] == [ALREADY_CREATED, ALREADY_CREATED, CREATED, CREATED]
    assert again[0].password is None and not again[0].password_lost
    assert Customer.select().count() == 4
    assert Customer.get(Customer.domain_key == "firm0").request_id == bulk_request_id("firm0")
    background.wait(5000)


def test_a_failing_row_is_retried_with_a_new_request_id_after_a_fix(
    services: AppServices,
) -> None:
    # Created in the wizard's way first: the import's row for the same prefix fails.
    taken = create_row(services.onboarding, services.catalog, 0, dict(row().values))
    assert taken.state == CREATED
    values = dict(EXAMPLE, domain_prefix="BOULANGERIEDUPONT2", company_name="Dupont 2")
    first = bulk_request_id("boulangeriedupont2")
    services.journal.begin(NewCustomerRequest(request_id=first))
    services.journal.mark(first, JOURNAL_FAILED, error_code="Refused")
    outcome = create_row(services.onboarding, services.catalog, 1, values)
    assert outcome.state == CREATED
    assert outcome.request_id == bulk_request_id("boulangeriedupont2", 1)


@pytest.mark.parametrize("prefix", ["contoso"])
def test_a_refused_row_fails_with_its_reason(services: AppServices, prefix: str) -> None:
    outcome = create_row(
        services.onboarding, services.catalog, 0, dict(EXAMPLE, domain_prefix=prefix)
    )
    assert outcome.state == FAILED
    assert "domain_prefix" in outcome.problems
    assert Customer.select().count() == 0


ALPINE = "6f3c1a52-7d0e-4c1b-9a55-0d2b8f5e4a01"  # one of the simulator's resellers


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("Alpine IT Services", None),
        ("alpine it services", None),
        (ALPINE.upper(), None),
        ("", "Enter the reseller this customer belongs to"),
        ("Fabrikam", "Fabrikam is not one of your resellers in Partner Center."),
    ],
)
def test_an_indirect_provider_names_a_reseller_from_the_port(
    services: AppServices, cell: str, problem: str | None
) -> None:
    indirect = RowChecker(
        services.catalog,
        services.journal,
        services.partner_center,
        today=lambda: date(2026, 11, 23),
        indirect=True,
    )
    check = indirect.check_rows([row(reseller=cell)])[0]
    if problem is None:
        assert check.problems == {}
    else:
        assert problem in check.problems["reseller"].render()


def test_a_direct_partner_leaves_the_reseller_empty(services: AppServices) -> None:
    check = checker(services).check_rows([row(reseller="Alpine IT Services")])[0]
    assert "direct-bill partner" in check.problems["reseller"].render()


def test_the_reseller_and_default_gdap_reach_the_created_customer(services: AppServices) -> None:
    resellers = services.partner_center.resellers()
    values = dict(EXAMPLE, reseller="Alpine IT Services", gdap_default="non")
    outcome = create_row(services.onboarding, services.catalog, 0, values, resellers)
    assert outcome.state == CREATED
    stored = Customer.get(Customer.id == outcome.customer_id)
    assert (stored.reseller_id, stored.reseller_name) == (ALPINE, "Alpine IT Services")
    assert stored.gdap_default is False
    values = dict(EXAMPLE, domain_prefix="other1", company_name="Other 1", gdap_default="")
    other = create_row(services.onboarding, services.catalog, 1, values)
    assert Customer.get(Customer.id == other.customer_id).gdap_default is True  # the default


def test_the_partners_own_domains_are_refused_for_the_contact(services: AppServices) -> None:
    own = RowChecker(
        services.catalog,
        services.journal,
        None,
        today=lambda: date(2026, 11, 23),
        partner_domains=["boulangerie-dupont.fr"],
    )
    assert "email" in own.check_rows([row()])[0].problems
    assert checker(services).check_rows([row()])[0].problems == {}


def test_onboarding_itself_refuses_the_partners_own_domains(services: AppServices) -> None:
    """Whatever checked the row before (or nothing did), creation refuses the contact."""
    services.set_partner_domains(["Boulangerie-Dupont.fr"])
    outcome = create_row(services.onboarding, services.catalog, 0, dict(EXAMPLE))
    assert outcome.state == FAILED
    assert "boulangerie-dupont.fr" in outcome.problems["email"].render()
    assert Customer.select().count() == 0
    services.set_partner_domains([])
    assert create_row(services.onboarding, services.catalog, 0, dict(EXAMPLE)).state == CREATED


def test_resellers_that_cannot_be_loaded_say_why_and_are_asked_again(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reseller_desktop.services.partner_center.errors import ServiceUnavailableError

    port = services.partner_center
    real = port.resellers

    def down() -> list:  # type: ignore[type-arg]
        raise ServiceUnavailableError("Partner Center is out of reach.")

    monkeypatch.setattr(port, "resellers", down)
    indirect = RowChecker(
        services.catalog, services.journal, port, today=lambda: date(2026, 11, 23), indirect=True
    )
    check = indirect.check_rows([row(reseller="Alpine IT Services")])[0]
    assert check.problems["reseller"].render().startswith("The resellers could not be loaded")
    monkeypatch.setattr(port, "resellers", real)
    assert indirect.check_rows([row(reseller="Alpine IT Services")])[0].problems == {}
