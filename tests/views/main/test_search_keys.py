"""The search box's keys: Escape clears it, and the window's shortcuts work while it has the
focus (a line editor takes some for itself: Ctrl+E is "end of line" on X11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from tests.services.customer_book import add_customers, varied
from tests.views.main.conftest import type_text


def test_escape_clears_the_search(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    add_customers(varied(30))
    window = open_window()
    search = window.ui.searchEdit
    search.setFocus()
    type_text(search, "zenith")
    qtbot.waitUntil(lambda: window.model.query.text == "zenith")
    shown = window.model.rowCount()
    QTest.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: window.model.query.text == "")
    assert window.model.rowCount() > shown, "the whole list is back"
    QTest.keyClick(search, Qt.Key.Key_Escape)  # empty already: nothing else happens
    assert window.isVisible()


def test_every_window_shortcut_works_from_the_search_box(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    search = window.ui.searchEdit
    fired: list[str] = []
    tried = []

    def recorder(name: str):  # type: ignore[no-untyped-def]
        return lambda *_args: fired.append(name)

    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or action is window.ui.actionQuit:
            continue
        action.triggered.disconnect()  # record instead of opening dialogs
        action.triggered.connect(recorder(action.objectName()))
        action.setEnabled(True)
        tried.append(action)
    assert {a.objectName() for a in tried} >= {"actionAddCustomer", "actionExport", "actionFind"}
    for action in tried:
        search.setFocus()
        type_text(search, "abc")  # the cursor is not at the end of a text for nothing
        search.home(False)
        combination = action.shortcut()[0]
        QTest.keyClick(search, combination.key(), combination.keyboardModifiers())
        assert fired[-1:] == [action.objectName()], action.shortcut().toString()
        assert search.text() == "abc", "the key did not edit the text"
        search.clear()


X11_SHORTCUTS = """
import json, sys, tempfile
from pathlib import Path
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from reseller_desktop.services.context import open_services
from reseller_desktop.services.live import build_live
from reseller_desktop.views.main_window import MainWindow

app = QApplication([])
folder = Path(tempfile.mkdtemp())
services = open_services(folder, folder)
window = MainWindow(services, build_live(services))
window.show()
window.activateWindow()
for _ in range(200):
    app.processEvents()
    if window.isActiveWindow():
        break
fired = []
export = window.ui.actionExport
export.triggered.disconnect()
export.triggered.connect(lambda *_: fired.append("export"))
search = window.ui.searchEdit
search.setFocus()
QTest.keyClicks(search, "abc")
search.home(False)
QTest.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)
print(json.dumps({
    "line_editor_takes_ctrl_e": any(b.toString() == "Ctrl+E" for b in bindings),
    "fired": fired,
    "cursor": search.cursorPosition(),
}))
window.close()
"""


def test_ctrl_e_exports_from_the_search_box_on_x11(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """On a real X server, where the line editor binds Ctrl+E to "end of line"."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    if shutil.which("xvfb-run") is None:
        pytest.skip("needs xvfb-run (CI installs it: .ci/xvfb-smoke.sh)")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", X11_SHORTCUTS],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["line_editor_takes_ctrl_e"], "X11's key bindings, as users have them"
    assert answer["fired"] == ["export"] and answer["cursor"] == 0
