"""A new user's first hour (issue 18): counts that stay current, colours shown as colours,
search that goes to the phrase first, one selected row, Vietnamese order, a readable notes
browser, settings that tell the truth, calm paragraphs, clear messages, a visible guide."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QFontInfo, QTextBlockFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QWidget,
)

from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.gui.annotations.annotation_commands import (
    CreateAnnotationCommand,
    DeleteAnnotationCommand,
    push,
)
from desktop.gui.main_window import MainWindow

PHRASE = "đạo đức công vụ"
_KEPT: list[Any] = []  # windows outlive late single-shot timers (see test_annotations.py)


@pytest.fixture
def window(qtbot: Any, services: Any, qsettings: QSettings) -> Iterator[MainWindow]:
    win = MainWindow(services, qsettings)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    _KEPT.append(win)


def _article_with(window: MainWindow, text: str) -> tuple[str, int]:
    for meta in window.services.library.list_articles():
        body = window.services.library.get_article(meta.id).clean_text
        if text in body:
            return meta.id, body.index(text)
    raise AssertionError(f"no seed article holds {text!r}")


def _size_text(window: MainWindow) -> str:
    return window.size_label.text()


# --- 1. counts ---------------------------------------------------------------------------
def test_status_counts_follow_create_delete_undo_redo_tags_and_import(window: MainWindow) -> None:
    article_id, start = _article_with(window, PHRASE)
    assert _size_text(window) == "Thư viện: 5 bài viết · 0 ghi chú"
    command = CreateAnnotationCommand(window.services, article_id, start, start + len(PHRASE), tag_names=["Tạm"], color="green", note="")
    assert push(window.undo_stack, command)
    assert _size_text(window) == "Thư viện: 5 bài viết · 1 ghi chú"
    window.undo_stack.undo()
    assert _size_text(window) == "Thư viện: 5 bài viết · 0 ghi chú"
    window.undo_stack.redo()
    assert _size_text(window) == "Thư viện: 5 bài viết · 1 ghi chú"
    (annotation,) = window.services.annotations.list_for_article(article_id)
    assert push(window.undo_stack, DeleteAnnotationCommand(window.services, annotation))
    assert _size_text(window) == "Thư viện: 5 bài viết · 0 ghi chú"
    window.undo_stack.undo()
    assert _size_text(window) == "Thư viện: 5 bài viết · 1 ghi chú"
    window.services.tags.delete(window.services.tags.find("Tạm").id)
    assert _size_text(window) == "Thư viện: 5 bài viết · 1 ghi chú"
    window.services.library.import_text("Bài mới\n\nNội dung về đạo đức công vụ.", title="Bài mới")
    assert _size_text(window) == "Thư viện: 6 bài viết · 1 ghi chú"


# --- 2. no colour keys or raw values -----------------------------------------------------
_RAW = re.compile(r"#[0-9a-fA-F]{6}\b")
_KEYS = {c.key for c in HIGHLIGHT_COLORS}


def _visible_texts(root: QWidget) -> Iterator[str]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        yield widget.toolTip()
        yield widget.accessibleName()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QLineEdit):
            yield widget.text()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            for item in widget.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
                yield from (item.text(c) for c in range(widget.columnCount()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps it private: one column
                columns = 1
            for row in range(min(model.rowCount(), 50)):
                for column in range(columns):
                    yield str(model.index(row, column).data() or "")


def _raw_colours(texts: Iterator[str]) -> list[str]:
    return sorted({t for t in texts if t and (_RAW.search(t) or t.strip().casefold() in _KEYS)})


def test_no_colour_key_or_hex_value_in_any_view(window: MainWindow, qtbot: Any) -> None:
    services = window.services
    article_id, start = _article_with(window, PHRASE)
    tag = services.tags.create("Kinh tế", "#ffaa00")
    for color in _KEYS:
        services.annotations.create(article_id, start, start + len(PHRASE), tags=[tag.id], color=color)
    controller: Any = window.annotation_controller  # type: ignore[attr-defined]
    controller.browser_dock.show()
    window.open_article(article_id)
    manager = controller.open_tag_manager()
    qtbot.addWidget(manager)
    from desktop.gui.annotations.annotation_dialog import AnnotationDialog

    dialog = AnnotationDialog(PHRASE, legend=services.tags.color_legend(), known_tags=["Kinh tế"], parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    settings_dialog = window.settings_controller.make_dialog()  # type: ignore[attr-defined]
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    found: list[str] = []
    for root in (window, manager, dialog, settings_dialog):
        found += _raw_colours(_visible_texts(root))
    assert found == []
    # …and the colours are there as colours: swatches beside the meanings and the tag.
    legend_item = manager.legend_tree.topLevelItem(0)
    assert not legend_item.icon(0).isNull() and legend_item.text(1) == services.tags.color_legend()["yellow"]
    tag_item = manager.tree.topLevelItem(0)
    assert not tag_item.icon(2).isNull() and tag_item.text(2) == "Cam"
    manager.close()


def test_english_counts_use_singular_and_plural(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.gui.i18n.language import install_translators, uninstall_translators

    install_translators(language="en")
    try:
        assert QCoreApplication.translate("LibraryView", "%Ln bài viết", "", 1) == "1 article"
        assert QCoreApplication.translate("LibraryView", "%Ln bài viết", "", 7) == "7 articles"
        assert QCoreApplication.translate("LibraryView", "%Ln bài viết", "", 35440) == "35,440 articles"
        assert QCoreApplication.translate("MainWindow", "%Ln ghi chú", "", 1) == "1 annotation"
    finally:
        uninstall_translators()


# --- 4 and 5. search: the phrase first, a dock wide enough, one selected row ---------------
def _search(window: MainWindow, qtbot: Any, query: str) -> Any:
    controller: Any = window.search_controller  # type: ignore[attr-defined]
    controller.focus_search()
    controller.panel.edit.setText(query)
    controller.runner.request(query, now=True)
    qtbot.waitUntil(lambda: controller.panel.model.results is not None, timeout=20000)
    return controller


def test_opening_a_result_starts_the_find_bar_on_the_phrase_and_marks_nothing_else(window: MainWindow, qtbot: Any) -> None:
    controller = _search(window, qtbot, "dao duc cong vu")
    first = controller.panel.model.results.articles[0]
    body = window.services.library.get_article(first.article_id).clean_text
    assert PHRASE in body.casefold()  # the best result has the words together
    controller.panel.activate_first()
    bar = controller.find_bar
    assert bar.isVisible() and bar.hits
    assert {body[s:e].casefold() for s, e in bar.hits} == {PHRASE}
    assert bar.current == 0 and bar.count_label.text() == f"1/{len(bar.hits)}"
    assert bar.hits[0][0] == body.casefold().index(PHRASE)


def test_search_dock_opens_wide_and_snippets_are_not_clipped(window: MainWindow, qtbot: Any) -> None:
    controller = _search(window, qtbot, "dao duc cong vu")
    assert controller.dock.width() >= 360
    view = controller.panel.view
    qtbot.wait(50)
    model = view.model()
    group = model.index(0, 0)
    from PySide6.QtGui import QTextDocument

    from desktop.gui.search.rich_text_delegate import PADDING
    from desktop.gui.search.search_result_model import HTML_ROLE

    for row in range(model.rowCount(group)):
        index = model.index(row, 0, group)
        rect = view.visualRect(index)
        doc = QTextDocument()
        doc.setDefaultFont(view.font())
        doc.setHtml(str(index.data(HTML_ROLE)))
        doc.setTextWidth(rect.width() - 2 * PADDING)
        assert rect.height() >= doc.size().height() + 2 * PADDING - 1, row  # every line shows


def test_opening_a_result_leaves_exactly_one_library_row_selected(window: MainWindow, qtbot: Any) -> None:
    library = window.library_view
    library.select_row(0)
    first = library.current_article_id()
    controller = _search(window, qtbot, "dao duc cong vu")
    target = next(h.article_id for h in controller.panel.model.results.articles if h.article_id != first)
    told: list[object] = []
    library.table.selectionModel().selectionChanged.connect(lambda *_: told.append(1))
    from desktop.gui.search.search_result_model import ResultTarget

    controller.open_result(ResultTarget(target))
    from desktop.gui.library.article_table_model import ID_ROLE

    rows = library.table.selectionModel().selectedRows()
    assert [r.data(ID_ROLE) for r in rows] == [target]
    assert library.current_article_id() == target
    assert told  # the view heard of the change: it repaints the old row as unselected


# --- 6. Vietnamese order --------------------------------------------------------------------
def test_tags_are_listed_in_vietnamese_order_in_the_manager_browser_and_picker(window: MainWindow, qtbot: Any) -> None:
    services = window.services
    for name in ("kế hoạch", "đạo đức công vụ", "Ăn uống", "an toàn", "dân vận"):
        services.tags.create(name)
    wanted = ["an toàn", "Ăn uống", "dân vận", "đạo đức công vụ", "kế hoạch"]
    controller: Any = window.annotation_controller  # type: ignore[attr-defined]
    manager = controller.open_tag_manager()
    qtbot.addWidget(manager)
    assert [manager.tree.topLevelItem(i).text(0) for i in range(manager.tree.topLevelItemCount())] == wanted
    browser = controller.browser
    browser.reload_choices()
    assert [browser.tag_combo.itemText(i).strip() for i in range(1, browser.tag_combo.count())] == wanted
    from desktop.gui.annotations.tag_picker import TagPicker

    picker = TagPicker(["kế hoạch", "đạo đức công vụ", "an toàn"], [])
    qtbot.addWidget(picker)
    assert picker.line.completer().model().stringList() == ["an toàn", "đạo đức công vụ", "kế hoạch"]
    manager.close()


def test_library_sorts_titles_in_vietnamese_order(window: MainWindow) -> None:
    from desktop.gui.library.article_table_model import COL_TITLE

    window.library_view.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    proxy = window.library_view.proxy
    titles = [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]
    from desktop.text.collation import sorted_by_name

    assert titles == sorted_by_name(titles)
    assert titles != sorted(titles)  # plain code-point order would differ on these seeds


# --- 8. the annotations browser --------------------------------------------------------------
def test_browser_columns_rows_filters_and_count_read_well(window: MainWindow, qtbot: Any) -> None:
    services = window.services
    article_id, start = _article_with(window, PHRASE)
    services.annotations.create(article_id, start, start + len(PHRASE), color="green", note="Ghi chú dài " * 5)
    services.annotations.create(article_id, start, start + 3, color="yellow")
    controller: Any = window.annotation_controller  # type: ignore[attr-defined]
    browser = controller.browser
    browser.setParent(None)  # measured alone, as wide as a 1920-pixel screen
    qtbot.addWidget(browser)
    browser.resize(1900, 500)
    browser.show()
    qtbot.waitExposed(browser)
    browser.refresh()
    table = browser.table
    width = table.viewport().width()
    assert table.columnWidth(0) <= width * 0.4  # the excerpt leads, it does not take 70 %
    assert min(table.columnWidth(c) for c in range(1, 5)) >= width * 0.08
    assert table.verticalHeader().defaultSectionSize() >= table.fontMetrics().lineSpacing() + 8
    right_edge = max(w.geometry().right() for w in (browser.tag_combo, browser.color_combo, browser.article_combo, browser.text_edit))
    assert right_edge < 1400  # filters keep their size on a wide screen
    assert browser.count_label.text() == "2 ghi chú"
    browser.color_combo.setCurrentIndex(browser.color_combo.findData("green"))
    assert browser.count_label.text() == "Hiện 1/2 ghi chú"


# --- 10. settings ---------------------------------------------------------------------------
def test_settings_show_the_font_the_reader_uses(window: MainWindow) -> None:
    dialog = window.settings_controller.make_dialog()  # type: ignore[attr-defined]
    in_use = QFontInfo(window.reader.text_view.font()).family()
    assert dialog.default_font_check.isChecked()
    assert dialog.font_combo.currentFont().family() == in_use
    assert in_use in dialog.default_font_check.text()


# --- 11. paragraphs --------------------------------------------------------------------------
def test_blank_lines_between_paragraphs_take_no_room(window: MainWindow, qtbot: Any) -> None:
    article_id, _ = _article_with(window, PHRASE)
    window.open_article(article_id)
    qtbot.wait(50)
    document = window.reader.text_view.document()
    document.documentLayout().documentSize()  # laid out
    block, blanks = document.begin(), []
    while block.isValid() and block.next().isValid():
        if not block.text().strip():  # room from the blank line to the next paragraph
            blanks.append(block.next().layout().position().y() - block.layout().position().y())
        block = block.next()
    assert blanks
    assert max(blanks) <= 2  # the blank line is kept (offsets count it) but is not drawn as a line
    fmt = document.begin().blockFormat()
    assert fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


# --- 12. messages ------------------------------------------------------------------------------
def test_empty_clipboard_says_the_clipboard_is_empty(window: MainWindow, clipboard: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    clipboard.clear()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text, *a, **k: said.append(f"{title}\n{text}"))
    window.import_controller.import_clipboard()  # type: ignore[attr-defined]
    assert len(said) == 1 and "Bảng tạm đang trống" in said[0]
    assert "tệp" not in said[0]


def test_gui_strings_use_one_spelling() -> None:
    """Every string the GUI translates: new-style tone marks (xóa, khóa, hủy), Vietnamese words
    for "clipboard", and a clear term for rebuilding the index."""
    from desktop.gui.i18n.source_strings import extract

    root = Path(__file__).resolve().parents[2] / "desktop" / "gui"
    strings, _problems = extract(root)
    old = re.compile(r"[Xx]oá|[Kk]hoá|[Hh]uỷ|[Cc]lipboard|JSON-LD|Lập lại")
    assert sorted({s.source for s in strings if old.search(s.source)}) == []


# --- 13. the welcome guide ----------------------------------------------------------------------
def test_welcome_guide_stands_in_front_with_every_step_visible(window: MainWindow, qtbot: Any) -> None:
    welcome = window.findChild(QDockWidget, "welcomeDock")
    panel = window.findChild(QDockWidget, "annotationPanelDock")
    assert welcome is not None and panel is not None
    browser = window.findChild(QDockWidget, "annotationBrowserDock")
    assert browser is not None and not browser.isVisible()  # no notes yet on a first start
    qtbot.waitUntil(lambda: welcome.width() >= 400)
    assert welcome in window.tabifiedDockWidgets(panel)
    assert not welcome.visibleRegion().isEmpty()  # in front of its tab group
    guide = window.welcome_controller.panel.browser  # type: ignore[attr-defined]
    assert guide.verticalScrollBar().maximum() == 0  # all six steps without scrolling
    wide = welcome.width()
    window.welcome_controller.dismiss()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.width() < wide)  # the column gives the room back to the reader


# --- 14. import results and glossary columns -------------------------------------------------
def test_import_results_show_whole_file_names(qtbot: Any, services: Any, tmp_path: Path) -> None:
    from desktop.gui.importing.import_results_dialog import ImportResultsDialog

    name = "Báo cáo sơ kết thực hiện Chỉ thị 05.txt"
    path = tmp_path / name
    path.write_text("Sơ kết\n\nBáo cáo sơ kết việc học tập và làm theo Bác.", encoding="utf-8")
    dialog = ImportResultsDialog(services.library.import_paths([path]), lambda _id: None)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance(name)


def test_glossary_groups_stay_on_one_line(window: MainWindow, qtbot: Any) -> None:
    from desktop.gui.keyphrases.glossary_dialog import GlossaryDialog

    dialog = GlossaryDialog(window.services, window.undo_stack, window)
    qtbot.addWidget(dialog)
    assert not dialog.table.wordWrap()


def test_a_narrow_library_keeps_title_and_date_and_no_scroll_bar(window: MainWindow, qtbot: Any) -> None:
    from desktop.gui.library.article_table_model import (
        COL_ANNOTATIONS,
        COL_DATE,
        COL_SOURCE,
        COL_TITLE,
    )

    view = window.library_view
    view.setParent(None)
    qtbot.addWidget(view)
    view.resize(240, 400)
    view.show()
    qtbot.waitExposed(view)
    header, table = view.table.horizontalHeader(), view.table
    qtbot.waitUntil(lambda: header.isSectionHidden(COL_SOURCE))
    assert header.isSectionHidden(COL_ANNOTATIONS) and not header.isSectionHidden(COL_DATE)
    qtbot.waitUntil(lambda: table.columnWidth(COL_TITLE) + table.columnWidth(COL_DATE) <= table.viewport().width())
    view.resize(700, 400)
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_SOURCE))
    qtbot.waitUntil(lambda: sum(table.columnWidth(c) for c in range(4)) <= table.viewport().width())
    assert table.columnWidth(COL_TITLE) > table.columnWidth(COL_SOURCE) > 40
