"""Start the desktop app: settings, translations, crash recovery, the first project."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QStandardPaths,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.core.project import Project, ProjectError, list_recoverable
from app.core.resources import i18n_folder
from app.ui.demo import open_demo
from app.ui.dialogs.questions import ask_recover
from app.ui.main_window import MainWindow, recent_files
from app.ui.palette import dark_palette


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="klausul-gui", description="Klausul")
    parser.add_argument("project", nargs="?", help="projektfil (.klausul) att öppna")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="rita huvudfönstret till en PNG-fil och avsluta")
    parser.add_argument("--lang", choices=("sv", "en"), help="språk för gränssnittet")
    parser.add_argument("--palette", choices=("light", "dark"),
                        help="ljus eller mörk färgpalett (skärmbilder)")
    # For bench/bench_startup.py: quit as soon as the comparison has been painted once.
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


class _QuitAfterPaint(QObject):
    """Quits the application after the watched widget's first paint event."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def home() -> Path | None:
    """KLAUSUL_HOME redirects settings and working copies (portable use, tests)."""
    value = os.environ.get("KLAUSUL_HOME")
    return Path(value) if value else None


def make_settings() -> QSettings:
    folder = home()
    if folder is not None:
        return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("Klausul", "Klausul")


def workdir() -> Path:
    folder = home()
    if folder is not None:
        return folder / "work"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "work"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own strings in the chosen language, and ours in English if asked.

    Returns the installed translators (so a caller can remove them again)."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv"
                               else QLocale.Language.English, QLocale.Country.Sweden
                               if language == "sv" else QLocale.Country.UnitedKingdom))
    installed = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(i18n_folder() / "klausul_en.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def first_project(args: argparse.Namespace, settings: QSettings, work: Path
                  ) -> tuple[Project, Path | None]:
    """The project to show: the one asked for, the most recent, or the demo at first start."""
    if args.project:
        return Project.new(work), Path(args.project)
    existing = recent_files(settings)
    if existing and not args.screenshot:
        return Project.new(work), Path(existing[0])
    if not settings.value("demoShown", False, bool) or args.screenshot:
        settings.setValue("demoShown", True)
        return open_demo(work), None
    return Project.new(work), None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the GUI; returns the process exit code."""
    args = parse(sys.argv[1:] if argv is None else argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setOrganizationName("Klausul")
    app.setApplicationName("Klausul")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    if args.palette == "dark":
        app.setPalette(dark_palette())
    elif args.palette == "light":
        app.setPalette(app.style().standardPalette())
    settings = make_settings()
    language = args.lang or str(settings.value("language", "sv"))
    install_translators(app, language)
    work = workdir()
    work.mkdir(parents=True, exist_ok=True)
    project, to_open = first_project(args, settings, work)
    window = MainWindow(project, work, settings)
    if not args.screenshot:
        recoverable = list_recoverable(work)
        if recoverable:
            item = ask_recover(window, recoverable)
            if item is not None:
                try:
                    window._replace_project(Project.recover(item))
                    to_open = None
                except ProjectError as exc:
                    QMessageBox.warning(window, "Klausul", str(exc))
    if to_open is not None and not window.open_path(to_open) and args.screenshot:
        return 2
    if args.screenshot:
        return screenshot(window, Path(args.screenshot))
    if args.quit_after_paint:
        window.view.viewport().installEventFilter(_QuitAfterPaint(window))
    window.show_window()
    return int(app.exec())  # quit() closes the window first (Qt 6), releasing the project


def screenshot(window: MainWindow, target: Path) -> int:
    """Render the window offscreen to a PNG, as it opens on this screen at first start, and
    close without asking anything."""
    window.show_window()
    while window.controller.busy:  # the comparison is aligned off the GUI thread
        window.controller.wait()
        QApplication.processEvents()
    QApplication.processEvents()
    window.next_difference()
    QApplication.processEvents()
    QTimer.singleShot(0, lambda: None)
    QApplication.processEvents()
    ok = window.grab().save(str(target))
    window.project.mark_unmodified()
    window.history.stack.setClean()
    window.close()
    return 0 if ok else 1
