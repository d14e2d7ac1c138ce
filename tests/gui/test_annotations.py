"""Driving the real widgets: select in the reader, annotate, see it, undo, redo, delete,
edit, merge tags, filter the browser, edit the text and re-attach from "Cần xem lại"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.domain.article import ArticleMeta, ArticleText
from desktop.services import Services
from desktop.services.annotation_filter import AnnotationFilter
from desktop.text.normalize import nfc

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
QUOTE = "đạo đức công vụ không phải tự thân mà có"
LEGEND_FREE: dict[str, str] = {}  # a dialog with each colour's default meaning
# MainWindow and ReaderView start QTimer.singleShot(ms, lambda: ...) without a context
# object; such a timer firing after the window is deleted raises in a later test. Closed
# windows are kept alive until the session ends so a late timer finds its widget.
_CLOSED_WINDOWS: list[Any] = []


class ScriptedDialog:
    """Stands in for AnnotationDialog: answers with what the test set, like a user would."""

    answer: dict[str, Any] = {}
    seen: list[dict[str, Any]] = []

    def __init__(self, quote: str, **kwargs: Any) -> None:
        ScriptedDialog.seen.append({"quote": quote, **kwargs})
        self._kwargs = kwargs

    def exec(self) -> bool:
        return bool(self.answer.get("accept", True))

    def color(self) -> str:
        return str(self.answer.get("color", self._kwargs.get("color", "yellow")))

    def tag_names(self) -> list[str]:
        return list(self.answer.get("tags", self._kwargs.get("tags") or []))

    def note(self) -> str:
        return str(self.answer.get("note", self._kwargs.get("note", "")))

    def selection(self) -> tuple[int, int]:
        return tuple(self.answer.get("selection", self._kwargs.get("selection")))  # type: ignore[return-value]

    def precise(self) -> bool:
        return bool(self.answer.get("precise", False))


@pytest.fixture
def window(qtbot, tmp_path: Path, qsettings) -> Iterator[Any]:
    from desktop.gui.main_window import MainWindow

    services = Services.open(tmp_path / "lib", seed=False)
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        text = nfc(path.read_text(encoding="utf-8"))
        services.store.add_articles(
            [(ArticleMeta(id=f"seed{i}", title=f"Bài {i}"), ArticleText(text, text))]
        )
    win = MainWindow(services, qsettings)
    win.resize(1366, 768)  # the common office laptop (the offscreen screen is only 800x600)
    win.show()
    qtbot.waitExposed(win)
    ScriptedDialog.answer, ScriptedDialog.seen = {}, []
    win.annotation_controller.dialog_factory = ScriptedDialog  # type: ignore[attr-defined]
    win.open_article("seed0")
    yield win
    win.close()
    _CLOSED_WINDOWS.append(win)
    services.close()


def _select(win: Any, quote: str) -> tuple[int, int]:
    start = win.reader.text.index(quote)
    win.reader.select_range(start, start + len(quote))
    return start, start + len(quote)


def _layer_colors(win: Any) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.background) for s in win.reader.layer("annotations")]


def _annotate(win: Any, quote: str, **answer: Any) -> tuple[int, int]:
    rng = _select(win, quote)
    ScriptedDialog.answer = answer
    win.annotation_controller.annotate_action.trigger()
    return rng


def test_select_tag_see_undo_redo_delete(window: Any, qtbot) -> None:
    services, ctl = window.services, window.annotation_controller
    start, end = _annotate(
        window, QUOTE, tags=["Đạo đức/Công vụ"], note="Dòng 1\nDòng 2", color="green"
    )
    assert ScriptedDialog.seen[-1]["quote"] == QUOTE
    (a,) = services.annotations.list_for_article("seed0")
    assert (a.start, a.end, a.color, a.note) == (start, end, "green", "Dòng 1\nDòng 2")
    assert services.tags.names(a.tags) == ["Đạo đức/Công vụ"]
    assert _layer_colors(window) and _layer_colors(window)[0][:2] == (start, end)
    assert ctl.panel.list.count() == 1 and "Đạo đức/Công vụ" in ctl.panel.list.item(0).text()
    assert ctl.undo_action.text() == "Hoàn tác Tô sáng đoạn văn"

    ctl.undo_action.trigger()
    assert services.annotations.list_for_article("seed0") == []
    assert services.tags.list_tags() == []  # the tag created inline goes too
    assert _layer_colors(window) == [] and ctl.panel.list.count() == 0

    ctl.redo_action.trigger()
    assert services.annotations.list_for_article("seed0") == [a]
    assert services.tags.names(a.tags) == ["Đạo đức/Công vụ"]
    assert _layer_colors(window)[0][:2] == (start, end)

    ctl.panel.list.setCurrentRow(0)
    ctl.panel.delete_button.click()
    assert services.annotations.list_for_article("seed0") == []
    assert ctl.undo_action.text() == "Hoàn tác Xóa ghi chú"
    ctl.undo_action.trigger()
    assert services.annotations.list_for_article("seed0") == [a]


def test_shortcut_only_while_reader_has_focus(window: Any, qtbot) -> None:
    ctl = window.annotation_controller
    _select(window, QUOTE)
    ScriptedDialog.answer = {"note": "bằng phím tắt"}
    window.reader.text_view.setFocus()
    qtbot.waitUntil(window.reader.text_view.hasFocus)
    qtbot.keyClick(window.reader.text_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [a.note for a in window.services.annotations.list_for_article("seed0")] == [
        "bằng phím tắt"
    ]
    # In another field Ctrl+D is that field's own key, never "annotate".
    ctl.browser.text_edit.setFocus()
    qtbot.waitUntil(ctl.browser.text_edit.hasFocus)
    qtbot.keyClick(ctl.browser.text_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.services.annotations.list_for_article("seed0")) == 1


def _painted_color(win: Any, offset: int) -> str:
    view = win.reader.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    rect = view.cursorRect(cursor)
    return view.viewport().grab().toImage().pixelColor(rect.x() + 2, rect.center().y()).name()


def test_overlaps_are_blended_with_tooltips(window: Any, qtbot) -> None:
    first = _annotate(window, "đạo đức công vụ", color="yellow", note="Một")
    second = _annotate(window, "công vụ không phải", color="turquoise", tags=["Hai"])
    spans = window.reader.layer("annotations")
    assert [(s.start, s.end) for s in spans] == [first, second]
    window.reader.text_view.setFocus()
    window.reader.scroll_to_range(*first, flash=False)
    qtbot.wait(50)
    only_first = _painted_color(window, first[0] + 1)
    both = _painted_color(window, second[0] + 2)
    only_second = _painted_color(window, second[1] - 2)
    assert len({only_first, both, only_second, "#ffffff"}) == 4  # the overlap reads as an overlap
    # The reader's tooltip over the overlap lists both annotations.
    tip = window.reader._tooltip_at(window.reader._offsets.to_utf16(second[0] + 2))
    assert "Một" in tip and "Hai" in tip and "Quan trọng" in tip and "Cần trao đổi" in tip


def test_panel_click_scrolls_and_flashes(window: Any, qtbot) -> None:
    text = window.reader.text
    last_para = text[text.rindex("\n", 0, len(text) - 5) + 1 :][:30].strip()
    start, end = _annotate(window, last_para)
    window.reader.select_range(0, 0)
    ctl = window.annotation_controller
    ctl.panel.list.setCurrentRow(0)
    ctl.panel._on_list_item_clicked(ctl.panel.list.item(0))
    assert window.reader.layer("_flash")[0].start == start
    assert window.reader.text_view.verticalScrollBar().value() > 0
    qtbot.waitUntil(lambda: not window.reader.layer("_flash"))  # the flash ends by itself


def test_edit_from_panel_changes_note_tags_colour_and_undoes(window: Any) -> None:
    services, ctl = window.services, window.annotation_controller
    _annotate(window, QUOTE, tags=["Cũ"], note="trước")
    (before,) = services.annotations.list_for_article("seed0")
    ctl.panel.list.setCurrentRow(0)
    ScriptedDialog.answer = {"note": "sau", "tags": ["Cũ", "Mới"], "color": "red"}
    ctl.panel.edit_button.click()
    (after,) = services.annotations.list_for_article("seed0")
    assert (after.note, after.color, services.tags.names(after.tags)) == (
        "sau",
        "red",
        ["Cũ", "Mới"],
    )
    assert ctl.undo_action.text() == "Hoàn tác Sửa ghi chú, thẻ, màu"
    ctl.undo_action.trigger()
    assert services.annotations.list_for_article("seed0") == [before]
    assert [t.name for t in services.tags.list_tags()] == ["Cũ"]
    ctl.redo_action.trigger()  # the new tag comes back with the same id
    (again,) = services.annotations.list_for_article("seed0")
    assert (again.tags, again.note, again.color) == (after.tags, "sau", "red")


def test_merge_tags_in_manager_with_undo(window: Any) -> None:
    services, ctl = window.services, window.annotation_controller
    _annotate(window, QUOTE, tags=["Số liệu"])
    _annotate(window, "cán bộ", tags=["Thống kê", "Khác"])
    dialog = ctl.open_tag_manager()
    src, dst = services.tags.find("Số liệu"), services.tags.find("Thống kê")
    assert dialog.tree.topLevelItemCount() == 3
    assert dialog.merge_tags(src.id, dst.id)
    assert services.tags.find("Số liệu") is None
    assert services.tags.counts()[dst.id] == 2
    assert dialog.tree.topLevelItemCount() == 2  # the manager follows
    assert ctl.undo_action.text() == "Hoàn tác Gộp thẻ “Số liệu” vào “Thống kê”"
    ctl.undo_action.trigger()
    assert services.tags.find("Số liệu") == src and services.tags.counts()[dst.id] == 1
    dialog.close()


def test_rename_and_delete_tag_in_manager(window: Any) -> None:
    services, ctl = window.services, window.annotation_controller
    _annotate(window, QUOTE, tags=["Tạm", "Giữ"])
    dialog = ctl.open_tag_manager()
    tam = services.tags.find("Tạm")
    assert dialog.rename_tag(tam.id, "Tạm thời")
    assert services.tags.get(tam.id).name == "Tạm thời"
    assert dialog.delete_tag(tam.id)
    (a,) = services.annotations.list_for_article("seed0")
    assert services.tags.names(a.tags) == ["Giữ"]  # the annotation stays with its other tag
    ctl.undo_action.trigger()
    ctl.undo_action.trigger()
    assert services.tags.get(tam.id).name == "Tạm"
    dialog.close()


def test_browser_filters_and_opens_passage(window: Any, qtbot) -> None:
    ctl = window.annotation_controller
    ctl.browser_dock.toggleViewAction().trigger()  # View › Duyệt ghi chú: hidden on first start
    _annotate(window, QUOTE, tags=["Kinh tế/Đầu tư"], color="green")
    window.open_article("seed1")
    _annotate(window, window.reader.text[200:260].strip(), tags=["Xã hội"], note="nhớ hỏi")
    browser = ctl.browser
    qtbot.waitUntil(lambda: browser.proxy.rowCount() == 2)
    tags = {t.name: t.id for t in window.services.tags.list_tags()}
    assert "Kinh tế" not in tags  # only the child is a tag, yet the parent is offered
    assert browser.tag_combo.itemText(1).strip() == "Kinh tế"
    browser.tag_combo.setCurrentIndex(1)
    assert browser.proxy.rowCount() == 1
    assert window.annotation_filter().tag_ids == frozenset({tags["Kinh tế/Đầu tư"]})
    browser.tag_combo.setCurrentIndex(browser.tag_combo.findData(tags["Xã hội"]))
    assert browser.proxy.rowCount() == 1
    browser.tag_combo.setCurrentIndex(0)
    browser.text_edit.setText("nho hoi")
    assert browser.proxy.rowCount() == 1
    assert window.services.annotations.query(window.annotation_filter())[0].note == "nhớ hỏi"
    browser.text_edit.clear()
    browser.color_combo.setCurrentIndex(browser.color_combo.findData("green"))
    assert browser.proxy.rowCount() == 1
    browser.set_filter(AnnotationFilter(untagged_only=True), "Chưa gắn thẻ")  # from elsewhere
    assert browser.proxy.rowCount() == 0 and window.annotation_filter().untagged_only
    browser.set_filter(AnnotationFilter(tag_ids=frozenset(tags.values())))
    assert browser.proxy.rowCount() == 2
    # The user takes over: the widgets rule again.
    browser.color_combo.setCurrentIndex(browser.color_combo.findData("yellow"))
    assert browser.proxy.rowCount() == 1 and not window.annotation_filter().tag_ids
    browser.color_combo.setCurrentIndex(browser.color_combo.findData("green"))
    browser._on_table_double_clicked(browser.proxy.index(0, 0))
    assert window.reader.article_id == "seed0"
    start = window.reader.text.index(QUOTE)
    assert window.reader.layer("_flash")[0].start == start
    qtbot.waitUntil(lambda: not window.reader.layer("_flash"))


def test_edit_text_review_and_reattach(window: Any, monkeypatch) -> None:
    from desktop.gui.annotations import annotation_controller as module

    services, ctl = window.services, window.annotation_controller
    _annotate(window, QUOTE)
    _annotate(window, "cán bộ, công chức, viên chức", note="giữ")
    new_text = "Lời toà soạn.\n" + window.reader.text.replace(
        QUOTE, "phẩm chất phải rèn luyện hằng ngày"
    )

    class FakeTextDialog:
        def __init__(self, *args: Any) -> None: ...
        def exec(self) -> bool:
            return True

        def text(self) -> str:
            return new_text

    monkeypatch.setattr(module, "ArticleTextDialog", FakeTextDialog)
    ctl.edit_text_action.trigger()
    assert window.reader.text == new_text
    waiting = services.annotations.needs_review()
    assert [a.quote.exact for a in waiting] == [QUOTE]
    ctl._refresh_library_views()
    assert ctl.review.list.count() == 1 and "(1)" in ctl.review_dock.windowTitle()
    kept = [a for a in services.annotations.list_for_article("seed0") if not a.needs_review]
    assert [new_text[a.start : a.end] for a in kept] == ["cán bộ, công chức, viên chức"]
    assert len(window.reader.layer("annotations")) == 1  # the lost one is not drawn anywhere

    _select(window, "phẩm chất phải rèn luyện hằng ngày")
    ctl.review.list.setCurrentRow(0)
    ctl.review.reattach_button.click()
    assert services.annotations.needs_review() == []
    assert len(window.reader.layer("annotations")) == 2
    ctl.undo_action.trigger()  # un-reattach
    assert len(services.annotations.needs_review()) == 1
    ctl.undo_action.trigger()  # un-edit the text
    assert QUOTE in window.reader.text and services.annotations.needs_review() == []


def test_refused_action_shows_error_and_stays_out_of_history(window: Any, monkeypatch) -> None:
    from desktop.gui.annotations import annotation_commands

    shown: list[str] = []
    monkeypatch.setattr(
        annotation_commands, "show_error", lambda parent, exc: shown.append(str(exc))
    )
    _annotate(window, QUOTE, color="purple")
    assert shown and "Không có màu" in shown[0]
    assert window.undo_stack.count() == 0 and window.services.tags.list_tags() == []


def test_context_menu_offers_annotate(window: Any) -> None:
    _select(window, QUOTE)
    menu = window.annotation_controller.context_menu(QPoint(5, 5))
    texts = [a.text() for a in menu.actions()]
    assert "Tô sáng và ghi chú…" in texts and any(
        "Copy" in t or "Sao" in t or "&" in t for t in texts[:3]
    )
    assert window.annotation_controller.annotate_action.isEnabled()
    menu.deleteLater()


def test_colour_legend_rename_shows_everywhere_and_undoes(window: Any) -> None:
    from desktop.gui.annotations.annotation_commands import ColorMeaningCommand, push

    ctl = window.annotation_controller
    _annotate(window, QUOTE, color="yellow")
    dialog = ctl.open_tag_manager()
    assert push(
        window.undo_stack, ColorMeaningCommand(window.services, "yellow", "Ưu tiên họp", dialog)
    )
    assert dialog.legend_tree.topLevelItem(0).text(1) == "Ưu tiên họp"
    assert "Ưu tiên họp" in window.reader.layer("annotations")[0].tooltip
    assert "Ưu tiên họp" in ctl.panel.list.item(0).text()
    ctl.undo_action.trigger()
    assert window.services.tags.color_legend()["yellow"] == "Quan trọng"
    assert dialog.legend_tree.topLevelItem(0).text(1) == "Quan trọng"
    dialog.close()


def test_installed_in_the_real_seeded_window(
    main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through feature discovery, on the shared fixture (five seeds imported for real)."""
    monkeypatch.setattr("desktop.gui.main_window.SAVED_MESSAGE_MS", 0)  # see _CLOSED_WINDOWS
    ctl = main_window.annotation_controller
    edit_texts = [a.text() for a in main_window.menus["edit"].actions()]
    assert edit_texts[:2] == ["Hoàn tác", "Làm lại"]
    assert ctl.undo_action.shortcuts()[0].toString() == "Ctrl+Z"
    assert ctl.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"
    assert ctl.annotate_action in main_window.toolbar.actions()
    assert ctl.annotate_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    ctl.dialog_factory = ScriptedDialog
    ScriptedDialog.answer = {"tags": ["Thử"]}
    article_id = main_window.reader.article_id
    assert article_id
    main_window.reader.select_range(0, 12)
    ctl.annotate_action.trigger()
    assert main_window.services.annotations.counts_by_article() == {article_id: 1}
    assert main_window.annotation_filter() == AnnotationFilter()
    ctl.undo_action.trigger()
    assert main_window.services.annotations.counts_by_article() == {}
