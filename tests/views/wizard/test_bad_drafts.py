"""A draft with values the wizard cannot take never blocks Add customer: what is valid comes
back, and the restore question names what was dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reseller_desktop.services.drafts import request_to_draft
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard.drafting import DRAFT_NAME
from tests.views.wizard.conftest import open_wizard


@pytest.fixture
def database_url() -> None:
    return None


def restore_and_read(qtbot) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Answer the restore question with Restore; what it said."""
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.update(text=box.text(), informative=box.informativeText())
        next(b for b in box.buttons() if b.text().replace("&", "") == "Restore").click()

    QTimer.singleShot(0, answer)
    return seen


def test_a_draft_with_too_many_seats_is_restored_without_them(
    qtbot, window: MainWindow, data_dir: Path, valid_request
) -> None:
    values = {**request_to_draft(valid_request), "seats": 2**31, "request_id": "1; DROP"}
    drafts = data_dir / "drafts"
    drafts.mkdir()
    payload = {"format": 1, "saved_at": "2026-11-23T09:00:00", "values": {"request": values}}
    (drafts / f"{DRAFT_NAME}.json").write_text(json.dumps(payload), encoding="utf-8")

    for attempt in range(2):  # before the fix, every attempt failed with OverflowError
        seen = restore_and_read(qtbot)
        wizard = open_wizard(qtbot, window)
        assert seen["text"] == "Restore the customer you were entering?"
        said = "Some saved entries were not valid and were not restored: Number of seats."
        # The first restore says what was dropped; the wizard then keeps a clean draft.
        assert (said in seen["informative"]) == (attempt == 0)
        ui = wizard.customer_page.ui
        assert ui.companyName.text() == valid_request.company_name
        assert wizard.offer_page.values()["offer_id"] == valid_request.offer_id
        assert 1 <= wizard.offer_page.values()["seats"] <= 300
        assert wizard.request_id != "1; DROP"
        wizard.done(0)
        window.wizard = None
