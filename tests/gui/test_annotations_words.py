"""Whole-syllable quotes in the real widgets: a drag that ends inside a syllable, a double-click,
the dialog's extend/shrink by a word (and character precision), undo and redo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.gui.annotations.annotation_dialog import AnnotationDialog
from tests.gui.test_annotations import LEGEND_FREE, window  # noqa: F401 - the fixture

SENTENCE = "đạo đức công vụ không phải tự thân mà có"


def _point(win: Any, offset: int, *, scroll: bool = True) -> QPoint:
    """Viewport point of the gap before code point `offset` of the reader's text (scrolled into
    view unless `scroll` is False: a second point must not move the first one)."""
    view = win.reader.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    if scroll:
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    return QPoint(rect.x(), rect.center().y())


def _drag(qtbot: Any, win: Any, start: int, end: int) -> None:
    viewport = win.reader.text_view.viewport()
    a = _point(win, start)
    b = _point(win, end, scroll=False)
    assert viewport.rect().contains(b), "the drag must fit in the window"
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(viewport, pos=b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_drag_ending_mid_syllable_gives_whole_syllables(window: Any, qtbot: Any) -> None:  # noqa: F811
    text = window.reader.text
    at = text.index(SENTENCE)
    # From inside "đạo" ("đ|ạo") to inside "không" ("khô|ng").
    _drag(qtbot, window, at + 1, at + SENTENCE.index("không") + 3)
    start, end = window.reader.selected_range()
    assert text[start:end] == "đạo đức công vụ không"
    raw = window.reader.raw_selected_range()
    assert text[raw[0] : raw[1]] == "ạo đức công vụ khô"

    window.reader.text_view.setFocus()
    window.annotation_controller.annotate_action.trigger()
    (a,) = window.services.annotations.list_for_article("seed0")
    assert a.quote.exact == "đạo đức công vụ không"


def test_double_click_selects_the_whole_word(window: Any, qtbot: Any) -> None:  # noqa: F811
    text = window.reader.text
    at = text.index(SENTENCE) + SENTENCE.index("công")
    point = _point(window, at + 2)
    qtbot.mouseDClick(window.reader.text_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    start, end = window.reader.selected_range()
    assert text[start:end] == "công"


def _real_dialog(text: str, selection: tuple[int, int], qtbot: Any, raw: Any = None) -> AnnotationDialog:
    dialog = AnnotationDialog(
        text[selection[0] : selection[1]],
        legend=LEGEND_FREE,
        known_tags=[],
        text=text,
        selection=selection,
        raw=raw,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_extends_and_shrinks_by_a_word_at_either_end(qtbot: Any) -> None:
    text = "Mở đầu. Theo Bác, đạo đức công vụ không phải tự thân mà có, phải rèn luyện."
    start = text.index("công vụ")
    dialog = _real_dialog(text, (start, start + len("công vụ")), qtbot)

    def quote() -> str:
        s, e = dialog.selection()
        return text[s:e]

    dialog.extend_end_button.click()
    assert quote() == "công vụ không"
    dialog.extend_start_button.click()
    dialog.extend_start_button.click()
    assert quote() == "đạo đức công vụ không"
    assert dialog.quote_label.text() == "“đạo đức công vụ không”"
    dialog.shrink_start_button.click()
    dialog.shrink_end_button.click()
    assert quote() == "đức công vụ"
    for _ in range(5):
        dialog.shrink_end_button.click()
    assert quote() == "đức"  # never shrunk to nothing
    dialog.extend_end_button.click()
    dialog.extend_end_button.click()
    dialog.extend_end_button.click()
    dialog.extend_end_button.click()
    dialog.extend_end_button.click()
    dialog.extend_end_button.click()
    dialog.extend_end_button.click()
    assert quote() == "đức công vụ không phải tự thân mà"
    dialog.extend_end_button.click()
    assert quote() == "đức công vụ không phải tự thân mà có"
    dialog.extend_end_button.click()
    assert quote() == "đức công vụ không phải tự thân mà có, phải"
    dialog.reset_button.click()
    assert quote() == "công vụ"


def test_character_precision_keeps_what_was_selected(qtbot: Any) -> None:
    text = "Giữ vững vàng, tận tụy với công việc."
    at = text.index("tận")
    dialog = _real_dialog(text, (text.index("vững"), at + 3), qtbot, raw=(text.index("vững"), at + 2))
    assert text[slice(*dialog.selection())] == "vững vàng, tận"
    dialog.precise_box.setChecked(True)
    assert text[slice(*dialog.selection())] == "vững vàng, tậ" and dialog.precise()
    assert not dialog.extend_end_button.isEnabled()
    assert dialog.quote_label.text() == "“vững vàng, tậ”"
    dialog.precise_box.setChecked(False)
    assert text[slice(*dialog.selection())] == "vững vàng, tận"


def test_extended_quote_is_saved_and_undo_restores(window: Any, qtbot: Any) -> None:  # noqa: F811
    services, ctl = window.services, window.annotation_controller
    text = window.reader.text
    at = text.index(SENTENCE)
    window.reader.select_range(at + 1, at + len("đạo đức c"))  # ends inside "công"

    class GrowsTheEnd(AnnotationDialog):
        def exec(self) -> int:  # the user clicks "Thêm từ sau" once, then saves
            self.extend_end_button.click()
            return 1

    ctl.dialog_factory = GrowsTheEnd
    window.reader.text_view.setFocus()
    ctl.annotate_action.trigger()
    (a,) = services.annotations.list_for_article("seed0")
    assert a.quote.exact == "đạo đức công vụ"
    ctl.undo_action.trigger()
    assert services.annotations.list_for_article("seed0") == []
    ctl.redo_action.trigger()
    assert services.annotations.list_for_article("seed0") == [a]


def test_precise_choice_reaches_the_store(window: Any, qtbot: Any) -> None:  # noqa: F811
    services, ctl = window.services, window.annotation_controller
    text = window.reader.text
    at = text.index(SENTENCE)
    window.reader.select_range(at, at + len("đạo đức cô"))

    class KeepsCharacters(AnnotationDialog):
        def exec(self) -> int:
            self.precise_box.setChecked(True)
            return 1

    ctl.dialog_factory = KeepsCharacters
    window.reader.text_view.setFocus()
    ctl.annotate_action.trigger()
    (a,) = services.annotations.list_for_article("seed0")
    assert a.quote.exact == "đạo đức cô"


def test_reimport_a_corrected_file_with_undo_and_redo(window: Any, tmp_path) -> None:  # noqa: F811
    services, ctl = window.services, window.annotation_controller
    text = window.reader.text
    start = text.index(SENTENCE)
    a = services.annotations.create("seed0", start, start + len(SENTENCE))
    corrected = tmp_path / "ban-sua.txt"
    corrected.write_text("Bản đã sửa.\n" + text.replace("tự thân", "tự nhiên", 1), encoding="utf-8")
    ctl.reimport_article(corrected)
    after = services.library.get_article("seed0").clean_text
    (moved,) = services.annotations.list_for_article("seed0")
    assert after[moved.start : moved.end] == SENTENCE.replace("tự thân", "tự nhiên")
    assert ctl.undo_action.text() == "Hoàn tác Thay bằng bản sửa “ban-sua.txt”"
    ctl.undo_action.trigger()
    assert services.library.get_article("seed0").clean_text == text
    assert services.annotations.list_for_article("seed0") == [a]
    corrected.unlink()  # redo does not need the file any more
    ctl.redo_action.trigger()
    assert services.library.get_article("seed0").clean_text == after
