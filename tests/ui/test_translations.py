"""English UI strings: complete, compiled, loaded; Qt's own buttons follow the language."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from app.core.resources import i18n_folder
from app.ui.application import install_translators
from app.ui.demo import open_demo
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = i18n_folder() / "klausul_en.ts"


def messages(path: Path) -> dict[tuple[str, str, str | None], etree._Element]:
    """(context, source, disambiguation) -> translation element."""
    tree = etree.parse(str(path))
    return {(str(context.findtext("name")), str(message.findtext("source")),
             message.findtext("comment")): message.find("translation")
            for context in tree.iter("context") for message in context.iter("message")}


def test_every_ui_string_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py")),
                    "-ts", str(fresh)], check=True, capture_output=True)
    catalogue = messages(TS)
    assert set(messages(fresh)) <= set(catalogue), "run scripts/update-translations"
    def done(translation: etree._Element) -> bool:
        forms = [(f.text or "").strip() for f in translation.iter("numerusform")]
        return bool((translation.text or "").strip() or (forms and all(forms)))

    untranslated = [key for key, translation in catalogue.items()
                    if translation is None or translation.get("type") == "unfinished"
                    or not done(translation)]
    assert untranslated == []


def test_compiled_catalogue_matches_the_source() -> None:
    translator = QTranslator()
    assert translator.load(str(i18n_folder() / "klausul_en.qm"))
    for (context, source, comment), translation in messages(TS).items():
        forms = [form.text for form in translation.iter("numerusform")]
        if forms:  # plural forms: English has one for 1 and one for the rest
            assert translator.translate(context, source, comment, 1) == forms[0], source
            assert translator.translate(context, source, comment, 5) == forms[1], source
            continue
        assert translator.translate(context, source, comment) == translation.text, source


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


def test_english_window_and_qt_buttons(english: None, qtbot: QtBot, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    window = MainWindow(open_demo(work), work,
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"]
    assert window.comparison.headerData(1, Qt.Orientation.Horizontal).startswith("Base: ")
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert "&Save" in [a.text() for a in file_menu.actions()]
    window.project.mark_unmodified()
    window.close()


def test_swedish_is_the_default_and_qt_dialogs_speak_it(qapp: QApplication) -> None:
    installed = install_translators(qapp, "sv")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Spara", "Avbryt"}
        assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&Arkiv"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_clause_locations_follow_the_language(english: None) -> None:
    from app.core.documents.model import Location
    from app.ui.wording import location_text
    assert location_text(Location("table", 2, 3)) == "table 2, row 3"
    assert location_text(Location("line", 14)) == "line 14"
    assert location_text(Location("page", 4)) == "page 4"
    assert location_text(Location("text_box", 1, 5)) == "text box 1 at paragraph 5"
    assert location_text(Location("form_field", 2)) == "form field on page 2"
    assert location_text(Location("annotation", 3)) == "annotation on page 3"
    assert location_text(None) == "–"


def test_the_ui_and_the_report_name_statuses_alike(qapp: QApplication) -> None:
    from app.core.alignment.model import ROW_STATUSES
    from app.core.export.comparison import STATUS_LABELS
    from app.ui.wording import status_label
    assert {s: status_label(s) for s in ROW_STATUSES} == STATUS_LABELS


def test_english_tooltips_and_the_language_menu(english: None, qtbot: QtBot,
                                                tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    window = MainWindow(open_demo(work), work, settings)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    model = window.documents_model
    tooltip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "clauses" in tooltip and "klausul" not in tooltip
    assert window.comparison.headerData(0, Qt.Orientation.Horizontal) == "Status"
    assert window.navigation.filter.itemText(0) == "All rows"
    languages = window.window_actions.languages
    assert languages["en"].isChecked() and not languages["sv"].isChecked()
    window.resize(1366, 768)
    window.show()
    table = window.documents_panel.table
    header = table.horizontalHeader()
    for column in range(model.columnCount()):  # every shown column of the panel fits
        if not table.isColumnHidden(column):
            assert header.sectionViewportPosition(column) + header.sectionSize(column) \
                <= table.viewport().width(), column
    assert header.sectionSize(1) >= 120  # the name column is readable
    assert model.index(1, 3).data() == "Other region"
    assert languages["en"].actionGroup() is languages["sv"].actionGroup()
    window.project.mark_unmodified()
    window.close()
