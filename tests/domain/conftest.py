"""Every domain test starts with the shipped country rules (a test elsewhere may install others)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reseller_desktop.domain.country_rules import use_rule_book


@pytest.fixture(autouse=True)
def shipped_country_rules() -> Iterator[None]:
    use_rule_book(None)
    yield
    use_rule_book(None)
