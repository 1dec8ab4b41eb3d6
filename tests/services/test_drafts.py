"""Drafts: written atomically, read back, never a password, unreadable files ignored."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.drafts import (
    MAX_SEATS,
    MAX_TEXT,
    DraftStore,
    request_from_draft,
    request_to_draft,
    restore_request,
)

SAVED = datetime(2026, 11, 23, 9, 30)


def test_a_saved_draft_reads_back(tmp_path: Path, valid_request: NewCustomerRequest) -> None:
    store = DraftStore(tmp_path / "drafts")
    assert store.load("add_customer") is None
    path = store.save("add_customer", {"request": request_to_draft(valid_request)}, saved_at=SAVED)
    assert path == tmp_path / "drafts" / "add_customer.json"
    values, saved_at = store.load("add_customer")  # type: ignore[misc]
    assert saved_at == SAVED
    assert request_from_draft(values["request"]) == valid_request
    assert json.loads(path.read_text(encoding="utf-8"))["values"]["request"]["mca_date"] == (
        "2026-11-20"
    )


def test_saving_replaces_the_file_in_one_step(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("add_customer", {"company_name": "A"}, saved_at=SAVED)
    store.save("add_customer", {"company_name": "B"}, saved_at=SAVED)
    assert store.load("add_customer")[0] == {"company_name": "B"}  # type: ignore[index]
    assert sorted(os.listdir(tmp_path / "drafts")) == [
        "add_customer.json"
    ]  # no temporary file left


def test_a_draft_that_cannot_be_written_keeps_the_previous_one(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("add_customer", {"company_name": "A"}, saved_at=SAVED)
    with pytest.raises(TypeError):
        store.save("add_customer", {"company_name": object()}, saved_at=SAVED)
    assert store.load("add_customer")[0] == {"company_name": "A"}  # type: ignore[index]
    assert sorted(os.listdir(tmp_path / "drafts")) == ["add_customer.json"]


@pytest.mark.parametrize("values", [{"password": "x"}, {"request": {"temporary_password": "x"}}])
def test_a_draft_never_holds_a_password(tmp_path: Path, values: dict) -> None:
    store = DraftStore(tmp_path)
    with pytest.raises(ValueError, match="password"):
        store.save("add_customer", values, saved_at=SAVED)
    assert not store.exists("add_customer")


@pytest.mark.parametrize("content", ["{not json", '["a list"]', '{"values": 3}', "\udcff"])
def test_an_unreadable_draft_is_ignored(tmp_path: Path, content: str) -> None:
    (tmp_path / "add_customer.json").write_text(content, encoding="utf-8", errors="surrogateescape")
    assert DraftStore(tmp_path).load("add_customer") is None


def test_discard_and_names(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.discard("add_customer")  # nothing to discard: fine
    store.save("add_customer", {}, saved_at=SAVED)
    store.discard("add_customer")
    assert not store.exists("add_customer")
    with pytest.raises(ValueError):
        store.path("../elsewhere")


def test_odd_draft_values_are_ignored() -> None:
    request = request_from_draft(
        {
            "company_name": 3,
            "seats": "many",
            "mca_accepted": "yes",
            "mca_date": "soon",
            "country": "FR",
            "request_id": "",
            "unknown": 1,
        }
    )
    assert request.company_name == "" and request.seats == 1 and request.mca_accepted is False
    assert request.mca_date is None and request.country == "FR"
    assert request.request_id  # a fresh one rather than an empty id
    assert request_from_draft({"mca_date": "2026-01-02"}).mca_date == date(2026, 1, 2)


def test_values_the_wizard_cannot_take_are_dropped_and_named(valid_request) -> None:
    saved = request_to_draft(valid_request)
    bad = {
        **saved,
        "seats": 2**31,  # beyond a spin box: every restore failed (OverflowError)
        "request_id": "not-a-uuid",
        "city": "Par\udcffis",  # a lone surrogate: JSON allows it, UTF-8 and Qt do not
        "address_line2": "x" * (MAX_TEXT + 1),
        "mca_date": "2026-13-45",
        "mca_accepted": 1,
    }
    request, dropped = restore_request(bad)
    assert sorted(dropped) == sorted(
        ["seats", "request_id", "city", "address_line2", "mca_date", "mca_accepted"]
    )
    assert request.seats == 1 and request.city == "" and request.mca_date is None
    assert request.company_name == valid_request.company_name  # the rest comes back
    assert request.request_id != "not-a-uuid" and request.request_id
    for seats in (0, -3, MAX_SEATS + 1, True, 2.5):
        assert restore_request({"seats": seats})[1] == ["seats"]
    request, dropped = restore_request({"seats": MAX_SEATS})
    assert request.seats == MAX_SEATS and dropped == []
    assert restore_request(saved) == (valid_request, [])


def test_the_drafts_folder_is_private(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    path = store.save("add_customer", {"company_name": "A"}, saved_at=SAVED)
    if os.name == "posix":
        assert path.parent.stat().st_mode & 0o777 == 0o700
        assert path.stat().st_mode & 0o777 == 0o600
