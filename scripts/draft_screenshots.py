"""Make docs/draft.png (the draft view at 1366 × 768, a clause being reworded with the live diff
against its sources) and docs/draft-export.png (a page of the exported Word file with tracked
changes, rendered by LibreOffice → PDF → pdftoppm). Run: scripts/build-draft-screenshots"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from app.core.draft.export_content import ExportOptions  # noqa: E402
from app.core.draft.versions import Side  # noqa: E402
from app.ui.demo import open_demo  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402


def rows_with(window: MainWindow, status: str, document: int) -> list[int]:
    alignment = window.comparison.alignment
    return [r for r, row in enumerate(alignment.rows)
            if row.status == status and row.cells[document]]


def assemble(window: MainWindow) -> None:
    """What a working group does in a workshop: start from the base, record 0.1, take other
    counties' wordings for some rows, drop one, reword one."""
    controller = window.draft.controller
    assert controller is not None
    project = window.project
    base = project.alignment.base_document()
    assert base is not None
    # The suggested tags of the base accepted, so the draft shows what its clauses carry.
    window.history.push(project.tags.accept(project.tags.pending_for(base), "Anna Andersson"))
    controller.start(True)
    controller.push(window.project.draft.record_version(
        "0.1 – start", "Utkastet före workshop 2", "Anna Andersson"))
    for row in rows_with(window, "changed", 1)[2:4]:
        window.go_to_source_row(row, window.comparison.column_of(1))
        controller.adopt_current_cell()
    for row in rows_with(window, "added", 2)[:2]:
        window.go_to_source_row(row, window.comparison.column_of(2))
        controller.adopt_current_cell()
    removed = rows_with(window, "removed", 0)
    if removed:
        window.go_to_source_row(removed[0], window.comparison.column_of(0))
        controller.drop_current_row()


def draft_view(folder: Path, target: Path) -> MainWindow:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_demo(folder / "work"), folder / "work", settings)
    # A refusal would open a message box and wait for a click that never comes: print it.
    window.show_error = lambda message: print("error:", message)  # type: ignore[method-assign]
    window.resize(1366, 768)
    window.show()
    QTest.qWait(300)
    window.draft.show_draft()  # F6: a first start keeps the dock hidden
    assemble(window)
    assert window.draft.panel is not None
    view = window.draft.panel.view
    draft = window.project.draft()
    assert draft is not None
    row = next(i for i, c in enumerate(draft.clauses)
               if c.kind == "list_item" and c.text.startswith("att utreda"))
    view.setFocus()
    view.setCurrentIndex(window.draft.model.index(row))
    view.scrollTo(window.draft.model.index(row), view.ScrollHint.PositionAtCenter)
    window.go_to_clause(draft.clauses[row].sources[0])  # type: ignore[arg-type]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QPlainTextEdit, "draftClauseEditor")
    assert editor is not None
    editor.setPlainText("att utreda barnets behov av skydd, stöd och vård tillsammans med "
                        "vårdnadshavarna")
    QTest.qWait(200)
    window.grab().save(str(target))
    return window


def export_page(window: MainWindow, folder: Path, target: Path) -> None:
    """The Word export with tracked changes against 0.1, one page rendered to PNG."""
    soffice = shutil.which("soffice")
    pdftoppm = shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        sys.exit("install LibreOffice and poppler-utils (apt-get install libreoffice-writer "
                 "poppler-utils)")
    window.draft.finish()  # the rewording goes into the export too
    document = folder / "utkast.docx"
    window.project.draft.export(document, ExportOptions(tracked_against=Side.of_version(1),
                                                        author="Anna Andersson"))
    profile = (folder / "lo-profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(document)],
                   check=True, capture_output=True, timeout=180)
    subprocess.run([pdftoppm, "-r", "80", "-png", "-f", "3", "-l", "3", "-singlefile",
                    str(folder / "utkast.pdf"), str(target.with_suffix(""))],
                   check=True, capture_output=True, timeout=120)


def main() -> None:
    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory(prefix="klausul-shots-") as work:
        folder = Path(work)
        window = draft_view(folder, ROOT / "docs" / "draft.png")
        export_page(window, folder, ROOT / "docs" / "draft-export.png")
        window.project.mark_unmodified()
        window.history.stack.setClean()
        window.close()
    print(ROOT / "docs" / "draft.png", ROOT / "docs" / "draft-export.png")


if __name__ == "__main__":
    main()
