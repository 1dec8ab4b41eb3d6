"""What a test that calls ``main()`` in this process leaves behind, put back after it: the
process's umask (main() makes it private), the smoke test's watchdog, the windows (with the
Partner Center connector's connections) and the store."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reseller_desktop import app as app_module
from reseller_desktop.store.database import close_store
from reseller_desktop.views.main_window import MainWindow


def close_all() -> None:
    app_module._end_smoke_test()  # a smoke test that ended early must not watch later tests
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.services.close_port()
        widget.close()
        widget.deleteLater()
    close_store()


@pytest.fixture
def main_in_process(qapp: QApplication) -> Iterator[None]:
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    os.umask(umask)
    close_all()
