"""Hjälp › Om Klausul: the version, every bundled component with its licence text, "Om Qt"."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.licences import Component, components, licence_text
from app.core.resources import resource


class AboutDialog(QDialog):
    """The About dialog; select a component to read its licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Klausul"))
        self.resize(900, 620)
        self.components = components()

        icon = QLabel()
        pixmap = QPixmap(str(resource("icons", "klausul.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        title = QLabel(f"<h2>Klausul {__version__}</h2>")
        summary = QLabel(self.tr(
            "Jämför, tagga och sammanfoga samverkansöverenskommelser. "
            "Allt sker på den här datorn: Klausul öppnar aldrig någon nätverksanslutning."))
        summary.setWordWrap(True)
        qt_notice = QLabel(self.tr(
            "Klausul använder Qt {qt} under GNU LGPL version 3. Qt-biblioteken ligger som "
            "egna filer i programmappen och får bytas mot en egen version av dem. "
            "Källkoden finns på download.qt.io.").format(qt=qVersion()))
        qt_notice.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(summary)
        heading.addWidget(qt_notice)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Komponent"), self.tr("Version"), self.tr("Licens")])
        self.items = [QTreeWidgetItem([c.name, c.version, c.licence]) for c in self.components]
        for item in self.items:
            item.setToolTip(2, item.text(2))
            self.list.addTopLevelItem(item)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.document().setDefaultFont(QFont(self.text.font()))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([220, 300])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt = QPushButton(self.tr("Om Qt"))
        buttons.addButton(self.about_qt, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self, self.tr("Om Qt")))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show_selected)
        self.list.setCurrentItem(self.items[0])

    def _show_selected(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        component = self.components[self.list.indexOfTopLevelItem(item)]
        self.text.setPlainText(self._header(component) + licence_text(component))
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)

    def _header(self, component: Component) -> str:
        version = f" {component.version}" if component.version else ""
        return (f"{component.name}{version}\n"
                + self.tr("Licens: {licence}\nKällkod: {source}").format(
                    licence=component.licence, source=component.source) + "\n\n")

    def select(self, component_id: str) -> None:
        """Show one component's licence (by its id, e.g. "pyside6-essentials")."""
        index = next(i for i, c in enumerate(self.components) if c.id == component_id)
        self.list.setCurrentItem(self.items[index])


def show_about(parent: QWidget | None) -> None:
    """Open the About dialog modally (Hjälp › Om Klausul)."""
    dialog = AboutDialog(parent)
    dialog.exec()
