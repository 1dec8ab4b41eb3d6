"""The offer catalog: what can be sold, in which seat range, on which terms."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TERMS = ("P1M", "P1Y", "P3Y")
BILLING_CYCLES = ("monthly", "annual", "triennial")
# Monthly-term subscriptions cost about 20% more than the annual-term list price.
MONTHLY_TERM_UPLIFT = 1.2
_ID = re.compile(r"[A-Z0-9]{12}|[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}")


class CatalogError(ValueError):
    """The catalog file is unreadable or one of its entries is wrong (the message names it)."""


@dataclass(frozen=True)
class Offer:
    id: str
    name: str
    family: str
    min_seats: int
    max_seats: int
    terms: dict[str, tuple[str, ...]] = field(hash=False)  # term -> allowed billing cycles
    price_usd: float | None = None  # per seat per month on an annual term

    def monthly_price(self, term: str) -> float | None:
        """Indicative price per seat per month on ``term``, or None when unknown."""
        if self.price_usd is None:
            return None
        return round(self.price_usd * (MONTHLY_TERM_UPLIFT if term == "P1M" else 1.0), 2)


@dataclass(frozen=True)
class Catalog:
    offers: tuple[Offer, ...]
    family_caps: dict[str, int] = field(default_factory=dict)
    source: str = ""

    def get(self, offer_id: str) -> Offer | None:
        return next((o for o in self.offers if o.id == offer_id), None)

    def family_cap(self, family: str) -> int | None:
        """Seats allowed per tenant across every subscription of ``family`` (None: no cap)."""
        return self.family_caps.get(family)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _entry_error(source: str, index: int, entry: Any, problem: str) -> CatalogError:
    name = entry.get("id") or entry.get("name") if isinstance(entry, dict) else None
    label = f"offer #{index + 1}" + (f" ({name})" if name else "")
    return CatalogError(f"{source}: {label}: {problem}")


def _parse_offer(source: str, index: int, entry: Any) -> Offer:
    def fail(problem: str) -> CatalogError:
        return _entry_error(source, index, entry, problem)

    if not isinstance(entry, dict):
        raise fail("must be an object")
    for key in ("id", "name", "family"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise fail(f"'{key}' must be a non-empty text")
    if not _ID.fullmatch(entry["id"]):
        raise fail("'id' must be a 12-character product id or a GUID")
    lo: Any = entry.get("min_seats")
    hi: Any = entry.get("max_seats")
    if not (_whole(lo) and _whole(hi)) or lo < 1:
        raise fail("'min_seats' and 'max_seats' must be whole numbers, at least 1")
    if hi < lo:
        raise fail("'max_seats' must not be less than 'min_seats'")
    terms = entry.get("terms")
    if not isinstance(terms, dict) or not terms:
        raise fail("'terms' must map at least one term (P1M, P1Y, P3Y) to its billing cycles")
    parsed: dict[str, tuple[str, ...]] = {}
    for term, cycles in terms.items():
        if term not in TERMS:
            raise fail(f"unknown term '{term}' (expected one of {', '.join(TERMS)})")
        if (
            not isinstance(cycles, list)
            or not cycles
            or any(c not in BILLING_CYCLES for c in cycles)
        ):
            raise fail(f"term '{term}' must list billing cycles among {', '.join(BILLING_CYCLES)}")
        parsed[term] = tuple(cycles)
    price = entry.get("price_usd")
    if price is not None and (
        isinstance(price, bool) or not isinstance(price, (int, float)) or price < 0
    ):
        raise fail("'price_usd' must be a positive number or left out")
    return Offer(
        id=entry["id"],
        name=entry["name"].strip(),
        family=entry["family"].strip(),
        min_seats=lo,
        max_seats=hi,
        terms=parsed,
        price_usd=float(price) if price is not None else None,
    )


def parse_catalog(data: Any, source: str = "offers.json") -> Catalog:
    if not isinstance(data, dict) or not isinstance(data.get("offers"), list):
        raise CatalogError(f"{source}: expected an object with an 'offers' list")
    offers = tuple(_parse_offer(source, i, e) for i, e in enumerate(data["offers"]))
    if not offers:
        raise CatalogError(f"{source}: the 'offers' list is empty")
    seen: set[str] = set()
    for i, offer in enumerate(offers):
        if offer.id in seen:
            raise _entry_error(source, i, {"id": offer.id}, "the same id appears twice")
        seen.add(offer.id)
    caps = data.get("family_caps", {})
    if not isinstance(caps, dict) or any(
        not isinstance(v, int) or isinstance(v, bool) or v < 1 for v in caps.values()
    ):
        raise CatalogError(f"{source}: 'family_caps' must map families to whole numbers")
    return Catalog(offers=offers, family_caps=dict(caps), source=source)


# Byte-order marks of encodings a text editor may save in (UTF-32 before UTF-16: it starts alike).
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
_SAVE_AS_UTF8 = "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"


def _catalog_text(path: Path, data: bytes) -> str:
    """The file's text: UTF-8, with or without a byte-order mark; anything else is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            raise CatalogError(f"{path}: the file is in {encoding}; {_SAVE_AS_UTF8}")
    if len(data) >= 2 and (data[0] == 0 or data[1] == 0):
        raise CatalogError(f"{path}: the file is in UTF-16 or UTF-32; {_SAVE_AS_UTF8}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CatalogError(
            f"{path}: line {line} is not UTF-8 text (byte 0x{data[exc.start]:02x}, perhaps "
            f"Latin-1 or Windows-1252); {_SAVE_AS_UTF8}"
        ) from None


def load_catalog(path: Path) -> Catalog:
    """Load and check a catalog file; a problem raises CatalogError naming the file and entry."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise CatalogError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise CatalogError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    text = _catalog_text(path, data)
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise CatalogError(f"{path}: not a catalog (lists or objects nested too deeply)") from None
    return parse_catalog(parsed, str(path))
