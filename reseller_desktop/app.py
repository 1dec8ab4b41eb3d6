"""Start-up wiring: options, folders, logging, the store, the services and the main window."""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

import platformdirs
from PySide6.QtCore import QCoreApplication, QSettings, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

# isort: split
# First after PySide6: the modules imported after it then load faster (see the module).
import reseller_desktop.pyside_imports  # noqa: F401

# isort: split
from reseller_desktop import APP_DISPLAY_NAME, APP_NAME, ORGANIZATION, __version__
from reseller_desktop.hardening import (
    FolderError,
    PrivateLogHandler,
    harden_process,
    private_file,
    private_folder,
    private_folder_if_present,
    private_settings,
)
from reseller_desktop.resources import required_resources, resource_path
from reseller_desktop.services.partner_center.backend import (
    ACCESS_TOKEN_VARIABLE,
    GRAPH_ACCESS_TOKEN_VARIABLE,
    SIMULATED_AGREEMENT_DELAY,
    SIMULATED_NEVER_ACCEPT,
    backend_option,
)
from reseller_desktop.store.driver import load_peewee
from reseller_desktop.views.i18n import LANGUAGES, PSEUDO, chosen_language, install_translators
from reseller_desktop.views.saved_settings import saved_database_url, saved_partner_center

if TYPE_CHECKING:
    from peewee import Database

    from reseller_desktop.domain.catalog import Catalog

# The store's modules load in main(), once the database address is known (store/driver.py); the
# functions below that need them import them when they run.

log = logging.getLogger(__name__)
COLLECT_AGAIN_MS = 10_000  # the garbage collector's rest at start ends by then at the latest


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


def _backend(text: str) -> str:
    try:
        return backend_option(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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
        "--partner-center",
        type=_backend,
        metavar="simulator|URL",
        help="the Partner Center to use: the built-in simulator, or the real service at URL "
        "(e.g. https://api.partnercenter.microsoft.com); default: the Preferences choice. "
        f"{ACCESS_TOKEN_VARIABLE} in the environment supplies a ready access token (no sign-in), "
        f"and {GRAPH_ACCESS_TOKEN_VARIABLE} one for Microsoft Graph (GDAP admin relationships)",
    )
    parser.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help="open the import window on FILE, a spreadsheet of customers saved as CSV",
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


class _Run:
    """What main() decided that the exception hook and the smoke test need to know."""

    smoke_test = False
    failures: list[str] = []
    log_path: Path | None = None
    watchdog: QTimer | None = None


def setup_logging(log_dir: Path) -> Path:
    """Log to ``log_dir`` (created 0700), the file readable by the user only.

    Raises FolderError (one line) when the folder cannot be used.
    """
    private_folder(log_dir, "log folder")
    path = log_dir / f"{APP_NAME}.log"
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, PrivateLogHandler)]:
        root.removeHandler(old)  # main() run again (tests): one log at a time
        old.close()
    try:
        handler = PrivateLogHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        raise FolderError(f"Cannot write the log file {path}: {exc.strerror or exc}.") from None
    for rotated in log_dir.glob(f"{APP_NAME}.log.*"):
        private_file(rotated)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _Run.log_path = path
    return path


def _fail(message: str) -> int:
    """A one-line error on stderr, and a message box when nobody reads stderr: a windowed build
    (Windows: no stderr at all) or an app started from a desktop menu rather than a terminal."""
    message = " ".join(message.split())
    if any(isinstance(h, PrivateLogHandler) for h in logging.getLogger().handlers):
        log.error("%s", message)  # (before the log is set up, logging would print it again)
    if sys.stderr is not None:
        print(f"{APP_NAME}: {message}", file=sys.stderr)
    if _wants_box():  # pragma: no cover - needs a display and no terminal
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication.instance() or QApplication([])
        QMessageBox.critical(None, APP_DISPLAY_NAME, message)
    return 1


def _wants_box() -> bool:
    """Whether a start-up error needs a box: never during --smoke-test (nobody would close it)."""
    if _Run.smoke_test:
        return False
    if sys.stderr is None:
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    try:
        in_terminal = sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        in_terminal = False
    if in_terminal:
        return False
    if sys.platform.startswith("win") or sys.platform == "darwin":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _error_line(value: BaseException) -> str:
    """The one line printed for an unexpected error (no message text: it may hold anything)."""
    from reseller_desktop.store.database import current_sqlite_file
    from reseller_desktop.store.errors import (
        DamagedDatabaseError,
        DiskFullError,
        is_damage,
        is_disk_full,
    )

    if isinstance(value, DamagedDatabaseError):
        return str(value)
    path = current_sqlite_file()
    if is_damage(value) and path is not None:
        return str(DamagedDatabaseError(path, "database disk image is malformed"))
    if is_disk_full(value):
        return str(value) if isinstance(value, DiskFullError) else "the disk is full"
    where = f"; details in {_Run.log_path}" if _Run.log_path else ""
    return f"unexpected error ({type(value).__name__}){where}"


def _damaged_box(path: Path) -> None:
    from reseller_desktop.store.errors import backups_of
    from reseller_desktop.views.dialogs import inform

    translate = QCoreApplication.translate
    backups = backups_of(path)
    if backups:
        advice = translate(
            "App",
            "Backups made before each update are in {folder} (the newest: {backup}). To restore "
            "one: quit Reseller Desktop, move {file} and its -wal and -shm files elsewhere, copy "
            "the backup to {file}, then start the app again. Customers added after the backup "
            "was made must be entered again.",
        ).format(folder=path.parent, backup=backups[0].name, file=path.name)
    else:
        advice = translate(
            "App",
            "There is no backup beside it in {folder}. Move {file} and its -wal and -shm files "
            "elsewhere to start with an empty database, or ask your IT team to salvage it "
            "(sqlite3 {file} .recover).",
        ).format(folder=path.parent, file=path.name)
    inform(
        None,
        APP_DISPLAY_NAME,
        translate("App", "The customer database {path} is damaged: it cannot be read.").format(
            path=path
        ),
        informative=advice
        + "\n\n"
        + translate("App", "Reseller Desktop closes now, so that nothing more is written to it."),
        object_name="damagedDatabaseBox",
    )


def _error_box(value: BaseException) -> None:
    from reseller_desktop.store.errors import DiskFullError, is_disk_full
    from reseller_desktop.views.dialogs import inform

    translate = QCoreApplication.translate
    if is_disk_full(value):
        full = next((e for e in (value, value.__cause__) if isinstance(e, DiskFullError)), None)
        folder = str(full.path.parent) if full else "?"
        text = translate("App", "The disk holding {folder} is full.").format(folder=folder)
        informative = translate(
            "App", "What could not be written was not saved. Free some space, then try again."
        )
    else:
        text = translate("App", "Something went wrong: an unexpected error occurred.")
        informative = translate(
            "App",
            "Error: {kind}. The details were written to the log file {log}. Check that your "
            "last change was saved before going on.",
        ).format(kind=type(value).__name__, log=_Run.log_path or "")
    inform(None, APP_DISPLAY_NAME, text, informative=informative, object_name="unexpectedErrorBox")


def _install_exception_dialog(*, watch: bool = True) -> None:
    """Log any unexpected exception and tell the user, instead of dying silently.

    A damaged database says so (and where its backups are), then the app quits. During
    --smoke-test nothing waits for a click: an error prints one line and fails the test, and
    (``watch``, once the windows are about to be built) a watchdog closes any modal box.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        log.error("Unexpected error", exc_info=(kind, value, tb))  # type: ignore[arg-type]
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            # A worker thread: widgets only on the GUI thread, so tell the user from there.
            QTimer.singleShot(0, app, lambda: tell(value))
            return
        tell(value)

    def tell(value: BaseException) -> None:
        from reseller_desktop.store.database import current_sqlite_file
        from reseller_desktop.store.errors import DamagedDatabaseError, is_damage

        if isinstance(value, KeyboardInterrupt):
            _quit(130)
            return
        path = value.path if isinstance(value, DamagedDatabaseError) else current_sqlite_file()
        damaged = is_damage(value) and path is not None
        if _Run.smoke_test or QApplication.instance() is None:
            _Run.failures.append(_error_line(value))
            _fail(_error_line(value))
            return
        if damaged and path is not None:
            _damaged_box(path)
            _quit(1)
            return
        _error_box(value)

    sys.excepthook = hook
    if watch and _Run.smoke_test and QCoreApplication.instance() is not None:
        if _Run.watchdog is None:
            _Run.watchdog = QTimer(QCoreApplication.instance())
            _Run.watchdog.setInterval(50)
            _Run.watchdog.timeout.connect(_close_modal_boxes)
        _Run.watchdog.start()


def _quit(code: int) -> None:
    """End the event loop with ``code``: now if it runs, else as soon as it starts (an exit
    asked for outside the loop would be forgotten by app.exec())."""
    QTimer.singleShot(0, lambda: QCoreApplication.exit(code))


def _close_modal_boxes() -> None:
    """--smoke-test: a modal box would wait for a click forever; close it and fail the test."""
    box = QApplication.activeModalWidget()
    if box is None or not _Run.smoke_test:
        return
    text = getattr(box, "text", lambda: "")() or box.windowTitle()
    line = f"a dialog opened during the smoke test: {' '.join(str(text).split())[:200]}"
    if line not in _Run.failures:
        _Run.failures.append(line)
        _fail(line)
    box.close()


def smoke_test(window: QWidget, catalog: Catalog) -> int:
    """Check what --smoke-test promises; print what is missing and return the exit code."""
    try:
        missing = [str(path) for path in required_resources() if not path.is_file()]
        if missing:
            return _fail(f"missing resources: {', '.join(missing)}")
        from reseller_desktop.selfcheck import check_rules  # validation's data: not at start

        broken = check_rules(catalog)
        if broken:
            return _fail(f"data files are missing: {'; '.join(broken)}")
        window.show()
        QCoreApplication.processEvents()
    finally:
        _end_smoke_test()
    if _Run.failures:  # already printed, one line each
        return 1
    print(f"{APP_NAME} {__version__}: smoke test passed")
    return 0


def _end_smoke_test() -> None:
    _Run.smoke_test = False
    if _Run.watchdog is not None:
        _Run.watchdog.stop()


def _upgrade_book(db: Database) -> None:
    """Bring the book to this version's schema: an older book's migration on a thread, with a
    window while it lasts (loaded only then); a new or current book's in this thread."""
    from reseller_desktop.store.migrations import current_version, latest_version, migrate
    from reseller_desktop.store.upgrade import upgrade_pending

    version = current_version(db)
    if version == latest_version():
        return  # the usual start: the book is current (migrate would read its version again)
    if not upgrade_pending(version):
        migrate(db)  # a new book's tables, or a newer book's refusal
        return
    from reseller_desktop.upgrade_at_start import upgrade_with_window

    upgrade_with_window(db)


def main(argv: Sequence[str] | None = None) -> int:
    # The garbage collector rests until the list is painted: a start allocates some 100,000
    # objects that live as long as the app (gc.freeze puts them out of its reach at the first
    # paint), and the 29 collections they set off in here cost 5 ms before it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collect_again=collecting)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None, *, collect_again: bool) -> int:
    harden_process()  # no core dumps, private files: before anything is read or written
    args = build_parser().parse_args(argv)
    _Run.smoke_test, _Run.failures = args.smoke_test, []
    # Before anything reads QSettings (the saved database address, the language).
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser().resolve()
    try:
        # The folder named by --data-dir may be shared: only the app's own are made 0700.
        private_folder(data_dir, "data folder", tighten=args.data_dir is None)
        setup_logging(_log_dir(data_dir if args.data_dir else None))
    except FolderError as exc:
        return _fail(str(exc))
    # An unexpected error from here on: one line, not a traceback.
    _install_exception_dialog(watch=False)
    if args.data_dir is None:
        private_folder_if_present(config_dir())
    catalog_override = (data_dir if args.data_dir else config_dir()) / "offers.json"
    if catalog_override.exists() and not catalog_override.is_file():
        return _fail(
            f"The partner offer catalog {catalog_override} is a folder, not a file: remove it, "
            "or put the catalog there as a file."
        )
    private_settings(Path(QSettings().fileName()), ORGANIZATION)
    # Before the store opens: an older book's upgrade shows a window while it runs.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    with contextlib.suppress(FileNotFoundError):  # open_services says to reinstall the app
        app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
        install_translators(chosen_language(args.lang))
    database = args.database or saved_database_url()
    load_peewee(database)  # a SQLite book's start skips PostgreSQL's driver
    from reseller_desktop.services.context import StartupError, open_services

    try:
        services = open_services(
            data_dir,
            data_dir if args.data_dir else config_dir(),
            database=database,
            provisioning_speed=args.provisioning_speed,
            failure_rate=args.failure_rate,
            # The simulated customers accept the agreement a few minutes after the link (a few
            # never do), so the held first order is visible.
            agreement_delay=SIMULATED_AGREEMENT_DELAY,
            never_accept_rate=SIMULATED_NEVER_ACCEPT,
            partner_center=saved_partner_center(chosen_language(args.lang)).overridden(
                args.partner_center,
                os.environ.get(ACCESS_TOKEN_VARIABLE),
                os.environ.get(GRAPH_ACCESS_TOKEN_VARIABLE),
            ),
            upgrade=_upgrade_book,
        )
    except StartupError as exc:
        return _fail(str(exc))
    _install_exception_dialog()

    from reseller_desktop.services.live import build_live
    from reseller_desktop.views.main_window import MainWindow

    window = MainWindow(services, build_live(services))
    if args.smoke_test:
        return smoke_test(window, services.catalog)
    window.show()
    # The simulator (--provisioning-speed, --failure-rate are in services) resumes from the store.
    window.start_provisioning()
    window.start_live_updates()  # other desktops' changes (team mode), the offline indicator
    if collect_again:  # once painted, or in a while if the window is never painted (hidden)
        window.when_painted(gc.enable)
        QTimer.singleShot(COLLECT_AGAIN_MS, gc.enable)
    if args.import_file is not None:  # "Open with": the import window on that file
        from reseller_desktop.views.bulk_import import open_import

        open_import(window, args.import_file.expanduser())
    code = app.exec()
    if not window.live_services.finish(3000):
        # A worker still waits on a server that does not answer: Qt would wait for it at exit.
        # Whatever it was doing is journaled and resumed at the next start.
        log.warning("A call to the store or Partner Center did not end: quitting without it")
        logging.shutdown()
        os._exit(code)
    return code
