"""The real annotate dialog: colour with its meaning, tags with autocomplete and inline
creation, a multi-line Vietnamese note; Enter in the tag field adds a tag, never closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from desktop.gui.annotations.annotation_dialog import AnnotationDialog

LEGEND = {
    "yellow": "Quan trọng",
    "green": "Số liệu",
    "turquoise": "Cần trao đổi",
    "pink": "Ví dụ",
    "red": "Hạn chế",
    "gray": "Tham khảo",
}


def _dialog(qtbot: Any, **kwargs: Any) -> AnnotationDialog:
    dialog = AnnotationDialog(
        "đạo đức công vụ", legend=LEGEND, known_tags=["Kinh tế/Đầu tư", "Xã hội"], **kwargs
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # keys reach shortcuts only in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_colours_show_their_meaning_and_preselect(qtbot: Any) -> None:
    dialog = _dialog(qtbot, color="green")
    assert dialog.color() == "green"
    labels = [b.text() for b in dialog.color_group.buttons()]
    assert labels[0] == "1  Quan trọng" and labels[1] == "2  Số liệu"
    red = dialog.findChild(QRadioButton, "color_red")
    assert red is not None
    red.click()
    assert dialog.color() == "red"


def test_tags_autocomplete_existing_and_create_new(qtbot: Any) -> None:
    dialog = _dialog(qtbot, tags=["Xã hội"])
    picker = dialog.tag_picker
    completer = picker.line.completer()
    completer.setCompletionPrefix("đầu")
    assert completer.currentCompletion() == "Kinh tế/Đầu tư"  # matches inside the name
    picker.line.setText("kinh tế/đầu tư")  # as an input method commits it
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added a tag, it did not accept the dialog
    picker.line.setText("Chính sách / Mới ")
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    picker.line.setText("XÃ HỘI")  # already chosen, other case: not twice
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert dialog.tag_names() == ["Xã hội", "Kinh tế/Đầu tư", "Chính sách/Mới"]
    assert picker.list.item(2).text().endswith("(thẻ mới)")
    completer.activated.emit("Kinh tế/Đầu tư")  # picked from the suggestions: added once
    qtbot.waitUntil(lambda: picker.line.text() == "")
    assert len(dialog.tag_names()) == 3
    picker.list.setCurrentRow(0)
    picker.remove_button.click()
    assert dialog.tag_names() == ["Kinh tế/Đầu tư", "Chính sách/Mới"]


def test_multiline_vietnamese_note_and_typed_tag_count_on_save(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.note_edit.setFocus()
    # Vietnamese arrives from an input method as committed text, not as key presses.
    dialog.note_edit.insertPlainText("Dòng một: đạo đức")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    dialog.note_edit.insertPlainText("Dòng hai: Nghị quyết")
    assert dialog.isVisible()  # Enter in the note is a new line
    dialog.tag_picker.line.setText("Chưa nhấn Enter")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == AnnotationDialog.DialogCode.Accepted
    assert dialog.note() == "Dòng một: đạo đức\nDòng hai: Nghị quyết"
    assert dialog.tag_names() == ["Chưa nhấn Enter"]


def test_each_colour_is_a_real_swatch_named_by_its_meaning(qtbot: Any) -> None:
    from PySide6.QtGui import QColor

    from desktop.gui.annotations.annotation_spans import screen_color

    dialog = _dialog(qtbot)
    for key in LEGEND:
        button = dialog.findChild(QRadioButton, f"color_{key}")
        assert button is not None and not button.icon().isNull()
        image = button.icon().pixmap(20, 20).toImage()
        assert image.pixelColor(10, 10) == QColor(screen_color(key))  # the colour itself, not a tint
        assert LEGEND[key] in button.text() and key not in button.text()


def test_a_digit_in_the_tag_field_is_text_and_chooses_no_colour(qtbot: Any) -> None:
    dialog = _dialog(qtbot, color="yellow")
    line = dialog.tag_picker.line
    assert line.hasFocus()
    qtbot.keyClicks(line, "2dao duc")  # QTest types ASCII only; Vietnamese comes from an input method
    assert line.text() == "2dao duc" and dialog.color() == "yellow"
    qtbot.keyClicks(dialog.note_edit, "3 y")
    assert dialog.note_edit.toPlainText() == "3 y" and dialog.color() == "yellow"


def test_digits_choose_a_colour_with_alt_or_outside_text_fields(qtbot: Any) -> None:
    dialog = _dialog(qtbot, color="yellow")
    qtbot.keyClick(dialog.tag_picker.line, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.color() == "green" and dialog.tag_picker.line.text() == ""
    dialog.color_group.button(0).setFocus()
    qtbot.keyClick(dialog.color_group.button(0), Qt.Key.Key_5)
    assert dialog.color() == "red"


def test_enter_on_an_existing_tag_adds_it_and_clears_the_field_even_with_suggestions_open(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    picker = dialog.tag_picker
    picker.line.setFocus()
    picker.line.insert("Xã hội")  # typed in full (as an input method commits it): suggestions open
    picker.line.completer().complete()
    qtbot.waitUntil(lambda: picker.line.completer().popup().isVisible())
    qtbot.keyClick(picker.line.completer().popup(), Qt.Key.Key_Return)
    assert dialog.tag_names() == ["Xã hội"]
    qtbot.waitUntil(lambda: picker.line.text() == "")
    assert dialog.isVisible()
