"""The wizard's pages, in the order the partner article walks through them."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    CUSTOMER = 0
    OFFER = 1
    REVIEW = 2
    CONFIRMATION = 3
