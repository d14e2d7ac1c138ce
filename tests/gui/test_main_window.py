"""The main window opens on the seed library; the reader shows the chosen article."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from desktop.gui.library.article_table_model import COL_TITLE, ID_ROLE
from desktop.gui.main_window import MainWindow
from desktop.gui.reader.highlight_span import HighlightSpan

SEED_TITLE = "Thúc đẩy tinh thần trách nhiệm"


def titles(window: MainWindow) -> list[str]:
    proxy = window.library_view.proxy
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def select_title(window: MainWindow, title: str) -> None:
    row = titles(window).index(title)
    window.library_view.select_row(row)


def test_opens_on_the_five_seeds_in_vietnamese(main_window: MainWindow) -> None:
    assert main_window.library_view.proxy.rowCount() == 5
    assert SEED_TITLE in titles(main_window)
    menu_titles = [a.text() for a in main_window.menuBar().actions()]
    assert menu_titles[:3] == ["&Tệp", "&Sửa", "&Xem"]
    assert "5 bài viết" in main_window.size_label.text()


def test_selecting_a_row_shows_title_byline_and_clean_text(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_title(main_window, SEED_TITLE)
    reader = main_window.reader
    assert reader.title_label.text() == SEED_TITLE
    assert "Trần Hà" in reader.byline_label.text()
    assert "09/08/2021" in reader.byline_label.text()
    shown = reader.text_view.toPlainText()
    assert "Như các nhà nghiên cứu đã chỉ ra" in shown
    assert "DÒNG SỰ KIỆN" not in shown
    assert shown == reader.text


def test_filter_box_narrows_the_list_with_or_without_marks(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = main_window.library_view
    qtbot.keyClicks(view.filter_edit, "tan an")
    assert titles(main_window) == [
        "Tân An: Nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân"
    ]
    assert view.count_label.text() == "Hiện 1/5 bài viết"
    view.filter_edit.clear()
    # QTest's keyClicks only knows ASCII keys: Vietnamese input arrives like an input method's commit.
    view.filter_edit.insert("trách nhiệm")
    assert 1 < len(titles(main_window)) < 5
    view.filter_edit.clear()
    assert len(titles(main_window)) == 5


def test_sorting_by_date_puts_newest_first(main_window: MainWindow) -> None:
    table = main_window.library_view.table
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert titles(main_window)[0].startswith("Tân An")  # 06/05/2022 is the newest dated seed


def test_open_article_selects_and_flashes_a_passage(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = main_window.library_view.model
    article_id = model.index(0, 0).data(ID_ROLE)
    assert main_window.open_article(article_id, select=(0, 10))
    assert main_window.reader.article_id == article_id
    assert main_window.reader.layer("_flash")
    qtbot.waitUntil(lambda: not main_window.reader.layer("_flash"), timeout=2000)


def test_reader_layers_and_selection_use_code_points(main_window: MainWindow) -> None:
    reader = main_window.reader
    select_title(main_window, SEED_TITLE)
    start = reader.text.index("đạo đức công vụ")
    reader.select_range(start, start + len("đạo đức công vụ"))
    assert reader.selected_range() == (start, start + len("đạo đức công vụ"))
    others = len(reader.text_view.extraSelections())  # key-phrase layers of other features
    reader.set_layer("test", [HighlightSpan(start, start + 5, background="#ffff00", tooltip="ghi chú")], z=10)
    assert len(reader.text_view.extraSelections()) == others + 1
    assert "ghi chú" in reader._tooltip_at(start + 2)
    reader.clear_layer("test")
    assert len(reader.text_view.extraSelections()) == others


def test_zoom_and_geometry_are_remembered(qtbot, services, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(services, qsettings)
    qtbot.addWidget(first)
    first.show()
    size = first.reader.point_size
    first.reader.zoom_in()
    first.resize(700, 500)  # fits the 800x600 offscreen screen, so nothing clamps it
    first.splitter.setSizes([300, 600])
    size_before = (first.width(), first.height())  # the offscreen screen may clamp the request
    first.close()
    second = MainWindow(services, qsettings)
    qtbot.addWidget(second)
    second.show()
    assert second.reader.point_size == size + 1
    assert (second.width(), second.height()) == size_before
    second.close()


def test_next_and_previous_article_shortcuts(main_window: MainWindow) -> None:
    view = main_window.library_view
    view.select_row(0)
    first = main_window.reader.article_id
    view.move_selection(1)
    assert main_window.reader.article_id != first
    view.move_selection(-1)
    assert main_window.reader.article_id == first
