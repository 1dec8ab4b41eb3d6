"""Screenshots of the import window (shots/), in English and French, checked for clipped text:
the checked table with problems, and the results with the credentials to copy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from reseller_desktop.views.bulk_import import open_import
from reseller_desktop.views.main_window import MainWindow
from tests.views.bulk_import.conftest import customer, french_excel_file
from tests.views.screens import camera, installed, translated


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from installed(request.param)


def test_screenshots_of_the_import(
    qtbot,  # type: ignore[no-untyped-def]
    language: str,
    main_window: MainWindow,
    opened,  # type: ignore[no-untyped-def]
    answer_box,  # type: ignore[no-untyped-def]
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    rows = [customer(1), customer(2, email="camille@@example"), customer(3), customer(1)]
    path = french_excel_file(tmp_path / "clients.csv", rows)
    open_import(main_window, path)
    dialog = opened()
    dialog.resize(1100, 560)
    shoot = camera(language, "import")
    shoot(dialog, "checked")
    assert dialog.counts_label.text() != ""
    # The cap written as the language writes numbers.
    assert {"en": "5,000", "fr": "5\u202f000"}[language] in dialog.cap_label.text()
    # The field and its problem joined as the language does ("E-mail\u00a0: ..." in French).
    assert dialog.model is not None
    summaries = [dialog.model.summary(row) for row in range(dialog.model.rowCount())]
    colon = {"en": "Email: ", "fr": "E-mail\u00a0: "}[language]
    assert any(colon in text for text in summaries), summaries

    ok = french_excel_file(tmp_path / "ok.csv", [customer(n) for n in (4, 5, 6)])
    dialog.close()
    open_import(main_window, ok)
    dialog = opened()
    dialog.resize(1100, 560)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.run is not None and not dialog.run.running(), timeout=20_000)
    shoot(dialog, "created")
    answer_box(translated("I &have copied the information", "AddCustomerWizard"))
    dialog.close()
