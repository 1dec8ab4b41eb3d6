"""What a start loads before the list is painted: only what the list needs.

The Partner Center port (the simulator or the connector), the use cases around it and, on a
SQLite book, PostgreSQL's driver load after the first paint, when the provisioning clock's first
poll and the resumer need them. Each test is a process of its own, started as a user starts the
app: a module loaded earlier by another test would hide what the start loads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reseller_desktop.services.partner_center.backend import CONNECTOR_MODULE
from tests.app_process import run_python
from tests.msal_stub import bearer

# Runs main() as the entry point does; at the customer table's first paint it notes the loaded
# modules, then again once the provisioning clock has polled, and quits.
PROBE = """
import gc, json, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from reseller_desktop.app import main

OUT, ARGV = sys.argv[1], sys.argv[2:]
seen = {}
WATCHED = ("reseller_desktop.services", "reseller_desktop.views", "psycopg")


def loaded():
    return sorted(name for name in sys.modules if name.startswith(WATCHED) and sys.modules[name])


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = loaded()
            QTimer.singleShot(50, polled)
        return False


def polled():
    window = probe.window
    if window.provisioning._polling or not window.provisioning.is_running():
        QTimer.singleShot(50, polled)  # the first poll has not answered yet
        return
    seen["polled"] = loaded()
    seen["collecting"] = gc.isenabled()  # the garbage collector rested only until the paint
    with open(OUT, "w") as out:
        json.dump(seen, out)
    QCoreApplication.exit(0)


probe = FirstPaint()
show = QWidget.show


def shown(self):
    show(self)
    if hasattr(self, "table") and not hasattr(probe, "window"):
        probe.window = self
        self.table.viewport().installEventFilter(probe)


QWidget.show = shown
main(ARGV)
"""

LATER = (
    "reseller_desktop.services.partner_center.simulator.service",
    "reseller_desktop.services.partner_center.port",
    "reseller_desktop.services.onboarding",
    "reseller_desktop.services.agreements",
    "reseller_desktop.services.journal",
    "reseller_desktop.views.wizard.wizard",
    "reseller_desktop.views.preferences",
    "reseller_desktop.services.customer_records",  # one customer's details
)


def start(data_dir: Path, *options: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    out = data_dir / "loaded.json"
    done = run_python("-c", PROBE, str(out), "--data-dir", str(data_dir), *options, env=env)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(out.read_text()))


def test_a_sqlite_start_paints_the_list_before_partner_center_and_postgres_load(
    data_dir: Path,
) -> None:
    seen = start(data_dir)
    painted = set(seen["painted"])
    assert "reseller_desktop.views.main_window" in painted  # the probe saw the real window
    assert not painted & set(LATER), sorted(painted & set(LATER))
    assert not any(name.startswith("psycopg") for name in painted)
    # The first poll made the simulator, and the resumer the use cases: they work after it.
    polled = set(seen["polled"])
    assert {LATER[0], LATER[1], LATER[2], LATER[4]} <= polled
    assert not any(name.startswith("psycopg") for name in polled)  # never, on a SQLite book
    assert seen["collecting"] is True


def test_partner_centers_connector_loads_after_the_first_paint(data_dir: Path) -> None:
    """The connector's HTTP client alone takes 160 ms to import: a start on the real Partner
    Center (here with a ready token) paints the list first, as the simulator's does."""
    seen = start(
        data_dir,
        "--partner-center",
        "http://127.0.0.1:9",  # nothing is asked of it: no customer is in flight
        env={"PARTNER_CENTER_ACCESS_TOKEN": bearer()},
    )
    painted, polled = set(seen["painted"]), set(seen["polled"])
    assert "reseller_desktop.views.main_window" in painted
    assert CONNECTOR_MODULE not in painted and not painted & set(LATER)
    assert CONNECTOR_MODULE in polled and LATER[1] in polled
    # The connector needs nothing of the simulator's (its package: 9 ms to import).
    assert not any(".partner_center.simulator" in name for name in polled)


def test_a_postgres_start_loads_its_driver(data_dir: Path, postgres_url: str) -> None:
    seen = start(data_dir, "--database", postgres_url)
    assert "psycopg2" in seen["painted"]
    assert LATER[0] in seen["polled"]


def test_a_sqlite_session_refuses_a_team_database_until_restarted(tmp_path: Path) -> None:
    pytest.importorskip("psycopg2")
    code = (
        "from reseller_desktop.store.driver import load_peewee\n"
        "load_peewee(None)\n"
        "import sys, peewee\n"
        "from reseller_desktop.store.database import database_from_url\n"
        "from reseller_desktop.store.errors import StoreError\n"
        "assert peewee.psycopg2 is None and 'psycopg2' not in sys.modules\n"
        "try:\n"
        "    database_from_url('postgresql://alice@db.example/book')\n"
        "except StoreError as exc:\n"
        "    print(exc)\n"
    )
    done = run_python("-c", code)
    assert done.returncode == 0, done.stderr
    assert "restart the app to open the team database" in done.stdout


@pytest.mark.parametrize("backend", ["simulator", "partner-center"])
def test_the_modules_loaded_after_the_first_paint_are_all_the_members_need(
    data_dir: Path, backend: str
) -> None:
    settings = "PartnerCenterSettings()"
    if backend != "simulator":
        settings += f".overridden('http://127.0.0.1:9', {bearer()!r})"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reseller_desktop.services.context import load_deferred_modules, open_services\n"
        "from reseller_desktop.services.partner_center.backend import PartnerCenterSettings\n"
        f"services = open_services(Path({str(data_dir)!r}), Path({str(data_dir / 'config')!r}),\n"
        f"                         partner_center={settings})\n"
        "load_deferred_modules(services.simulated)\n"
        "before = set(sys.modules)\n"
        "made = [services.partner_center, services.journal, services.onboarding,\n"
        "        services.subscriptions, services.customer_edits, services.agreements,\n"
        "        services.country_rules]\n"
        "assert all(member is not None for member in made)\n"
        "print(sorted(name for name in set(sys.modules) - before\n"
        "             if name.startswith('reseller_desktop')))\n"
    )
    done = run_python("-c", code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
