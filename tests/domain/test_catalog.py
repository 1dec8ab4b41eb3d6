"""The offer catalog: the shipped file loads; a broken file names the broken entry."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from reseller_desktop.domain.catalog import (
    BILLING_CYCLES,
    TERMS,
    CatalogError,
    Offer,
    load_catalog,
    parse_catalog,
)

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "offers.json"

# The reference's catalog: product id -> (name, seat maximum).
REFERENCE = {
    "CFQ7TTC0LH18": ("Microsoft 365 Business Basic", 300),
    "CFQ7TTC0LDPB": ("Microsoft 365 Business Standard", 300),
    "CFQ7TTC0LCHC": ("Microsoft 365 Business Premium", 300),
    "CFQ7TTC0LH1G": ("Microsoft 365 Apps for business", 300),
    "CFQ7TTC0LGZT": ("Microsoft 365 Apps for enterprise", 10_000_000),
    "CFQ7TTC0LF8Q": ("Office 365 E1", 10_000_000),
    "CFQ7TTC0LF8R": ("Office 365 E3", 10_000_000),
    "CFQ7TTC0LF8S": ("Office 365 E5", 10_000_000),
    "CFQ7TTC0LFLX": ("Microsoft 365 E3", 10_000_000),
    "CFQ7TTC0LFLZ": ("Microsoft 365 E5", 10_000_000),
    "CFQ7TTC0LH05": ("Microsoft 365 F3", 10_000_000),
    "CFQ7TTC0LGZW": ("Office 365 F3", 10_000_000),
    "CFQ7TTC0LH16": ("Exchange Online (Plan 1)", 10_000_000),
    "CFQ7TTC0LH1P": ("Exchange Online (Plan 2)", 10_000_000),
    "CFQ7TTC0LH0L": ("Exchange Online Kiosk", 10_000_000),
}


def shipped_data() -> dict[str, Any]:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_shipped_offer_loads() -> None:
    catalog = load_catalog(SHIPPED)
    assert len(catalog.offers) >= 15
    assert len(catalog.offers) == len(shipped_data()["offers"])
    assert catalog.source == str(SHIPPED)
    for offer in catalog.offers:
        assert isinstance(offer, Offer)
        assert offer.name and offer.family
        assert 1 <= offer.min_seats <= offer.max_seats
        assert offer.terms
        for term, cycles in offer.terms.items():
            assert term in TERMS
            assert cycles and set(cycles) <= set(BILLING_CYCLES)
        assert catalog.get(offer.id) is offer


def test_shipped_catalog_matches_the_reference() -> None:
    catalog = load_catalog(SHIPPED)
    for product_id, (name, maximum) in REFERENCE.items():
        offer = catalog.get(product_id)
        assert offer is not None, product_id
        assert offer.name == name
        assert offer.max_seats == maximum
        assert offer.min_seats == 1
        assert "P1Y" in offer.terms


def test_business_family_is_capped_at_300() -> None:
    catalog = load_catalog(SHIPPED)
    business = [o for o in catalog.offers if o.family == "business"]
    assert {o.name for o in business} == {
        "Microsoft 365 Business Basic",
        "Microsoft 365 Business Standard",
        "Microsoft 365 Business Premium",
        "Microsoft 365 Apps for business",
    }
    assert catalog.family_cap("business") == 300
    assert catalog.family_cap("enterprise") is None


def test_unknown_offer_is_none() -> None:
    assert load_catalog(SHIPPED).get("NOPE") is None


def test_monthly_term_costs_more() -> None:
    offer = load_catalog(SHIPPED).get("CFQ7TTC0LF8R")
    assert offer is not None
    assert offer.monthly_price("P1Y") == 23.0
    assert offer.monthly_price("P1M") == pytest.approx(27.6)


# ---------------------------------------------------------------------------------------------
# Broken files


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "offers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def broken(mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(shipped_data())
    mutate(data)
    return data


def test_bad_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "offers.json"
    path.write_text('{\n  "offers": [\n    {"id": "CFQ7TTC0LH18",,}\n  ]\n}', encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    message = str(info.value)
    assert str(path) in message
    assert "not valid JSON" in message
    assert "line 3" in message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    with pytest.raises(CatalogError, match="cannot be read"):
        load_catalog(path)


@pytest.mark.parametrize(
    ("mutate", "names", "problem"),
    [
        (lambda d: d["offers"][2].pop("name"), "offer #3 (CFQ7TTC0LCHC)", "'name'"),
        (lambda d: d["offers"][4].pop("family"), "offer #5 (CFQ7TTC0LGZT)", "'family'"),
        (lambda d: d["offers"][1].pop("id"), "offer #2 (Microsoft 365 Business Standard)", "'id'"),
        (lambda d: d["offers"][0].pop("min_seats"), "offer #1 (CFQ7TTC0LH18)", "'min_seats'"),
        (lambda d: d["offers"][0].pop("terms"), "offer #1 (CFQ7TTC0LH18)", "'terms'"),
        (
            lambda d: d["offers"][6].update(min_seats=10, max_seats=5),
            "offer #7 (CFQ7TTC0LF8R)",
            "'max_seats' must not be less than 'min_seats'",
        ),
        (
            lambda d: d["offers"][3].update(id=d["offers"][0]["id"]),
            "offer #4 (CFQ7TTC0LH18)",
            "the same id appears twice",
        ),
        (
            lambda d: d["offers"][5]["terms"].update(P2Y=["monthly"]),
            "offer #6 (CFQ7TTC0LF8Q)",
            "unknown term 'P2Y'",
        ),
        (
            lambda d: d["offers"][5]["terms"].update(P1Y=["weekly"]),
            "offer #6 (CFQ7TTC0LF8Q)",
            "billing cycles",
        ),
        (lambda d: d["offers"][0].update(id="not an id"), "offer #1 (not an id)", "'id'"),
        (lambda d: d["offers"][0].update(price_usd=-1), "offer #1 (CFQ7TTC0LH18)", "price_usd"),
        (lambda d: d["offers"][0].update(min_seats=0), "offer #1 (CFQ7TTC0LH18)", "at least 1"),
        (lambda d: d["offers"][0].update(max_seats="300"), "offer #1", "whole numbers"),
        (lambda d: d["offers"].append("junk"), f"offer #{len(REFERENCE) + 1}", "object"),
    ],
    ids=[
        "missing-name",
        "missing-family",
        "missing-id",
        "missing-min-seats",
        "missing-terms",
        "max-below-min",
        "duplicate-id",
        "unknown-term",
        "unknown-cycle",
        "malformed-id",
        "negative-price",
        "zero-min-seats",
        "text-max-seats",
        "entry-not-object",
    ],
)
def test_broken_entry_is_named(tmp_path: Path, mutate: Any, names: str, problem: str) -> None:
    path = write(tmp_path, broken(mutate))
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    message = str(info.value)
    assert str(path) in message
    assert names in message
    assert problem in message


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "'offers' list"),
        ({"offers": {}}, "'offers' list"),
        ({"offers": []}, "empty"),
        (
            {"offers": shipped_data()["offers"], "family_caps": {"business": 0}},
            "family_caps",
        ),
    ],
)
def test_broken_file_shape(data: Any, problem: str) -> None:
    with pytest.raises(CatalogError, match=problem):
        parse_catalog(data, "test.json")


def test_catalog_error_is_a_value_error() -> None:
    assert issubclass(CatalogError, ValueError)
