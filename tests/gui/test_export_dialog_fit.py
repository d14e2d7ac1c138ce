"""The export dialog (issue 18, item 9): the preview speaks the chosen format, the typed suffix
chooses the format, both layouts on offer, and every option fits 1366x768 in both languages."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QLocale

from desktop.export.export_options import ExportFormat, LayoutStyle
from desktop.gui.export.export_choices import Scope
from desktop.gui.export.export_dialog import ExportDialog
from desktop.gui.i18n.language import install_translators, uninstall_translators
from tests.gui.test_export_dialog import _annotate


@pytest.fixture
def dialog(main_window, qtbot):  # type: ignore[no-untyped-def]
    _annotate(main_window.services)
    dialog = main_window.export_controller.open_dialog()
    qtbot.addWidget(dialog)
    dialog.scope_buttons[Scope.LIBRARY].setChecked(True)
    return dialog


def _choose(dialog: ExportDialog, fmt: ExportFormat) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt.value))
    dialog.refresh_preview()


def test_preview_follows_the_format(dialog: ExportDialog) -> None:
    preview = dialog.preview
    _choose(dialog, ExportFormat.CSV)
    assert preview.file_view.currentWidget() is preview.table_view
    assert preview.table_view.horizontalHeaderItem(1).text() == "Trích dẫn"
    assert preview.table_view.rowCount() == 3
    _choose(dialog, ExportFormat.JSONLD)
    assert preview.file_view.currentWidget() is preview.text_view
    assert '"type": "AnnotationCollection"' in preview.text_view.toPlainText()
    _choose(dialog, ExportFormat.MARKDOWN)
    assert preview.text_view.toPlainText().splitlines()[0].startswith("*Hà Nội, ngày")
    _choose(dialog, ExportFormat.DOCX)
    assert preview.file_view.currentWidget() is preview.page_view
    assert "TỔNG HỢP TRÍCH DẪN" in preview.page_view.toPlainText()


def test_the_typed_suffix_chooses_the_format(dialog: ExportDialog, tmp_path: Path) -> None:
    _choose(dialog, ExportFormat.JSONLD)
    result = dialog.export_to(tmp_path / "brief.md")
    assert result is not None and result.path == tmp_path / "brief.md"  # never brief.md.jsonld
    assert result.format is ExportFormat.MARKDOWN
    assert dialog.format_combo.currentData() == ExportFormat.MARKDOWN.value
    assert (tmp_path / "brief.md").read_text(encoding="utf-8").startswith("*Hà Nội")
    result = dialog.export_to(tmp_path / "ban.v2")  # no known suffix: the chosen format's
    assert result is not None and result.path.name == "ban.v2.md"


def test_party_layout_from_the_dialog(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData(LayoutStyle.HD36.value))
    assert [dialog.size_combo.itemData(i) for i in range(dialog.size_combo.count())] == [14.0, 15.0]
    dialog.agency_edit.setPlainText("Đảng bộ phường\nChi bộ 3")
    dialog.number_edit.setText("15-BC/CB")
    dialog.refresh_preview()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in dialog.preview.page_view.toPlainText()
    result = dialog.export_to(tmp_path / "chi-bo.docx")
    assert result is not None
    document = docx.Document(io.BytesIO(result.path.read_bytes()))
    assert document.tables[0].rows[1].cells[0].paragraphs[0].text == "Số 15-BC/CB"


def test_toc_option_says_what_it_needs(dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.export import libreoffice

    monkeypatch.setattr(libreoffice, "find_soffice", lambda: None)
    _choose(dialog, ExportFormat.DOCX)
    dialog._update_enabled()
    toc = dialog.include_checks["include_toc"]
    assert not toc.isEnabled() and "LibreOffice" in toc.toolTip()
    assert "LibreOffice" in dialog.layout_box.toc_note.text()
    assert "libreoffice.org" in dialog.layout_box.toc_note.toolTip()
    _choose(dialog, ExportFormat.PDF)
    dialog._update_enabled()
    assert toc.isEnabled()  # the app lays the PDF out itself


@pytest.fixture
def english() -> Iterator[None]:
    locale = QLocale()
    install_translators(language="en")
    yield
    uninstall_translators()
    QLocale.setDefault(locale)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
def test_every_option_fits_without_scrolling(
    main_window, qtbot, language: str, screen: tuple[int, int], request: pytest.FixtureRequest
) -> None:  # type: ignore[no-untyped-def]
    if language == "en":
        request.getfixturevalue("english")
    _annotate(main_window.services)
    dialog = ExportDialog(main_window.services, main_window.settings, parent=main_window)
    qtbot.addWidget(dialog)
    # The screen less the taskbar (40 px), as the dialog sizes itself; then shown and laid out.
    dialog.resize(int(screen[0] * 0.92), int((screen[1] - 40) * 0.92))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(10)
    area = dialog.options_area
    needed = area.widget().minimumSizeHint()
    assert needed.height() <= area.viewport().height(), (language, screen, needed)
    assert needed.width() <= area.viewport().width(), (language, screen, needed)
    assert not area.verticalScrollBar().isVisible() and not area.horizontalScrollBar().isVisible()
    assert dialog.preview.width() >= 360  # room left for the page preview
    lines = dialog.article_list.height() // dialog.article_list.fontMetrics().lineSpacing()
    assert lines >= 5  # the article list shows more than four clipped rows
