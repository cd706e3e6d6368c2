"""What an import could not read is shown: in the documents panel and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.ui.demo import open_demo
from app.ui.documents.panel import NAME
from app.ui.main_window import MainWindow
from tests.builders.pdf_parts import garbage_words, raw_pdf, text_op

LINES = ["Parterna ska samverka kring barnets behov.", "Skolan ansvarar för elevhälsan.",
         "Regionen ansvarar för vården."]


def test_dropped_garbage_is_named_in_the_panel_the_status_bar_and_the_tooltip(
        qtbot: QtBot, workdir: Path, settings: QSettings, tmp_path: Path) -> None:
    content = (text_op(72, 780, LINES[0]) + text_op(72, 760, garbage_words(2), font="F2")
               + text_op(72, 740, LINES[1]) + text_op(72, 720, LINES[2]))
    source = tmp_path / "halsingland.pdf"
    source.write_bytes(raw_pdf([content]))
    window = MainWindow(open_demo(workdir), workdir, settings)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.import_files([source])
        qtbot.waitUntil(lambda: len(window.project.documents()) == 4, timeout=10000)
        expected = "12 tecken utan teckentabell (symboler eller oläslig text) togs bort"
        qtbot.waitUntil(lambda: expected in window.documents_panel.status.text(), timeout=5000)
        assert window.documents_panel.status.text().startswith("Importerade halsingland.pdf")
        assert window.documents_panel.status.height() >= \
            window.documents_panel.status.heightForWidth(window.documents_panel.status.width())
        assert expected in window.statusBar().currentMessage()
        model = window.documents_model
        row = next(r for r in range(model.rowCount())
                   if model.document(r).source.endswith("halsingland.pdf"))
        title = model.index(row, NAME)
        assert str(model.data(title)).endswith(" ⚠")
        assert expected in str(model.data(title, Qt.ItemDataRole.ToolTipRole))
        qtbot.wait(200)  # let the docks lay out again
        window.grab().save(str(tmp_path / "window.png"))
    finally:
        qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
        window.project.mark_unmodified()
        window.history.stack.setClean()
        window.close()
        window.deleteLater()
