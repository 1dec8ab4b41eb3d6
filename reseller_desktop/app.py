"""Start-up wiring: options, folders, logging, the store, the services and the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import NoReturn

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from reseller_desktop import APP_DISPLAY_NAME, APP_NAME, ORGANIZATION, __version__
from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.resources import required_resources, resource_path
from reseller_desktop.selfcheck import check_rules
from reseller_desktop.services.context import StartupError, open_services
from reseller_desktop.views.i18n import LANGUAGES, PSEUDO, chosen_language, install_translators
from reseller_desktop.views.preferences import saved_database_url

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _speed(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a number above 0, e.g. 60")
    return value


def _rate(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("must be between 0 and 1, e.g. 0.1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME, description=f"{APP_DISPLAY_NAME}: Office 365 customer onboarding."
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database to use, as a peewee URL (sqlite:///path.db, postgresql://user@host/db); "
        "default: a SQLite file in the data folder",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder for the default database, logs and drafts (default: the user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=[*LANGUAGES, PSEUDO],
        help="user interface language (default: the Preferences choice, else the system's); "
        "'pseudo' lengthens every text by 40%% to check layouts",
    )
    parser.add_argument(
        "--provisioning-speed",
        type=_speed,
        default=1.0,
        metavar="N",
        help="run the provisioning simulator N times faster (for demos)",
    )
    parser.add_argument(
        "--failure-rate",
        type=_rate,
        default=0.0,
        metavar="R",
        help="share of simulated provisionings that fail (0 to 1; default 0)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, build the main window, open the store, load every resource and quit",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def _log_dir(data_dir: Path | None) -> Path:
    if data_dir is not None:
        return data_dir / "logs"
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def setup_logging(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"{APP_NAME}.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _fail(message: str) -> int:
    """A one-line error on stderr (GUI builds on Windows have none: then a message box)."""
    if sys.stderr is not None:
        print(f"{APP_NAME}: {message}", file=sys.stderr)
    else:  # pragma: no cover - windowed build only
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication([])
        QMessageBox.critical(None, APP_DISPLAY_NAME, message)
    return 1


def _install_exception_dialog() -> None:
    """Log any unexpected exception and tell the user, instead of dying silently."""
    from reseller_desktop.views.dialogs import inform

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        log.error("Unexpected error", exc_info=(kind, value, tb))  # type: ignore[arg-type]
        inform(
            None,
            APP_DISPLAY_NAME,
            QCoreApplication.translate("App", "Something went wrong. Your data is safe."),
            informative=QCoreApplication.translate(
                "App", "The details were written to the log file. Error: {kind}"
            ).format(kind=kind.__name__),
            object_name="unexpectedErrorBox",
        )

    sys.excepthook = hook


def smoke_test(window: QWidget, catalog: Catalog) -> int:
    """Check what --smoke-test promises; print what is missing and return the exit code."""
    missing = [str(path) for path in required_resources() if not path.is_file()]
    if missing:
        print(f"{APP_NAME}: missing resources: {', '.join(missing)}", file=sys.stderr)
        return 1
    broken = check_rules(catalog)
    if broken:
        print(f"{APP_NAME}: data files are missing: {'; '.join(broken)}", file=sys.stderr)
        return 1
    window.show()
    QCoreApplication.processEvents()
    print(f"{APP_NAME} {__version__}: smoke test passed")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Before anything reads QSettings (the saved database address, the language).
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser().resolve()
    setup_logging(_log_dir(data_dir if args.data_dir else None))
    try:
        services = open_services(
            data_dir,
            data_dir if args.data_dir else config_dir(),
            database=args.database or saved_database_url(),
            provisioning_speed=args.provisioning_speed,
            failure_rate=args.failure_rate,
        )
    except StartupError as exc:
        return _fail(str(exc))

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
    install_translators(chosen_language(args.lang))
    _install_exception_dialog()

    from reseller_desktop.views.main_window import MainWindow

    window = MainWindow(services)
    if args.smoke_test:
        return smoke_test(window, services.catalog)
    window.show()
    # The simulator (--provisioning-speed, --failure-rate are in services) resumes from the store.
    window.start_provisioning()
    window.start_live_updates()  # other desktops' changes (team mode), the offline indicator
    return app.exec()
