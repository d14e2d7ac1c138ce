"""Copy with citation: Ctrl+Shift+C and the context menu in the reader, the browser's selection;
the clipboard holds text/html and text/plain, both ending with the citation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.gui.test_export_dialog import _annotate


def _tan_an(window) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    meta = next(m for m in window.services.library.list_articles() if m.title.startswith("Tân An"))
    return meta.id, meta.title


def test_reader_selection_copied_as_html_and_plain_text(main_window, qtbot, clipboard) -> None:  # type: ignore[no-untyped-def]
    article_id, title = _tan_an(main_window)
    main_window.open_article(article_id)
    reader = main_window.reader
    start = reader.text.index("thái độ phục vụ nhân dân")
    reader.select_range(start, start + len("thái độ phục vụ nhân dân"))
    controller = main_window.copy_citation_controller
    assert controller.reader_action.isEnabled()
    reader.text_view.setFocus()
    qtbot.keyClick(reader.text_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    mime = clipboard.mimeData()
    assert mime.hasHtml() and mime.hasText()
    plain = mime.text()
    assert plain.startswith("“thái độ phục vụ nhân dân”\nNguồn: ")
    assert f"“{title}”" in plain and ", đoạn " in plain.splitlines()[-1]
    html = mime.html()
    assert "thái độ phục vụ nhân dân" in html and "Nguồn:" in html and "Times New Roman" in html
    assert "Đã sao chép 1 trích dẫn" in main_window.statusBar().currentMessage()


def test_reader_context_menu_offers_it(main_window) -> None:  # type: ignore[no-untyped-def]
    article_id, _ = _tan_an(main_window)
    main_window.open_article(article_id)
    main_window.reader.select_range(0, 10)
    menu = main_window.annotation_controller.context_menu(main_window.reader.text_view.rect().center())
    try:
        assert main_window.copy_citation_controller.reader_action in menu.actions()
    finally:
        menu.deleteLater()
    main_window.reader.text_view.textCursor().clearSelection()


def test_nothing_selected_nothing_copied(main_window, clipboard) -> None:  # type: ignore[no-untyped-def]
    article_id, _ = _tan_an(main_window)
    main_window.open_article(article_id)
    cursor = main_window.reader.text_view.textCursor()
    cursor.clearSelection()
    main_window.reader.text_view.setTextCursor(cursor)
    controller = main_window.copy_citation_controller
    assert not controller.reader_action.isEnabled()
    clipboard.setText("cũ")
    assert controller.copy_selection() is None and clipboard.text() == "cũ"


def test_browser_selection_copied_with_notes(main_window, qtbot, clipboard) -> None:  # type: ignore[no-untyped-def]
    _annotate(main_window.services)
    main_window.annotation_controller.browser_dock.show()
    browser = main_window.annotation_controller.browser
    browser.refresh()
    qtbot.waitExposed(browser.table)
    table = browser.table
    table.selectAll()
    controller = main_window.copy_citation_controller
    assert controller.browser_action in table.actions()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    mime = QGuiApplication.clipboard().mimeData()
    plain = mime.text()
    assert plain.count("Nguồn: ") == 3 and "Ghi chú: Văn bản chỉ đạo" in plain
    assert "“Kết luận số 01-KL/TW”" in plain
    assert "Ghi chú: Văn bản chỉ đạo" in mime.html()
