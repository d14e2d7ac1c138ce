"""Search in the GUI: Ctrl+F, search as you type off the GUI thread, results that open with hits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.search.find_bar import LAYER
from desktop.gui.search.search_result_model import TARGET_ROLE
from desktop.ingest.document import ImportedDocument


def _controller(window):
    return window.search_controller


def _wait_idle(qtbot, controller) -> None:
    qtbot.waitUntil(
        lambda: (
            not controller._indexing
            and not controller.runner.running
            and not controller.runner.timer.isActive()
        ),
        timeout=10_000,
    )


def _result_ids(panel) -> list[str]:
    model = panel.model
    articles = model.index(0, 0)
    return [
        model.index(r, 0, articles).data(TARGET_ROLE).article_id
        for r in range(model.rowCount(articles))
    ]


def _search(qtbot, window, query: str) -> list[str]:
    controller = _controller(window)
    _wait_idle(qtbot, controller)
    controller.panel.edit.setText(query)
    qtbot.waitUntil(
        lambda: (
            controller.panel.model.results is not None
            and controller.panel.model.results.query.text == query
        ),
        timeout=10_000,
    )
    _wait_idle(qtbot, controller)
    return _result_ids(controller.panel)


def test_ctrl_f_focuses_the_search_box(qtbot, main_window) -> None:
    panel = _controller(main_window).panel
    main_window.reader.text_view.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.edit.hasFocus())


def test_unmarked_query_finds_every_spelling_marked_only_its_own(qtbot, main_window) -> None:
    unmarked = _search(qtbot, main_window, "dao duc cong vu")
    marked = _search(qtbot, main_window, "đạo đức công vụ")
    expected = {
        h.article_id for h in main_window.services.search.search("đạo đức công vụ").articles
    }
    assert marked and set(marked) == expected
    assert set(marked) <= set(unmarked)


def test_two_letters_wait_for_enter(qtbot, main_window) -> None:
    controller = _controller(main_window)
    _wait_idle(qtbot, controller)
    controller.panel.edit.setText("đạ")
    qtbot.wait(400)
    assert controller.panel.model.results is None
    assert "Enter" in controller.panel.status.text()
    qtbot.keyClick(controller.panel.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.panel.model.results is not None, timeout=10_000)


def test_opening_a_result_highlights_every_hit_and_steps_through_them(qtbot, main_window) -> None:
    controller = _controller(main_window)
    ids = _search(qtbot, main_window, "trách nhiệm")
    assert ids
    assert controller.panel.activate_first()
    reader = main_window.reader
    assert reader.article_id == ids[0]
    layer = reader.layer(LAYER)
    expected = main_window.services.search.find_in_text(reader.text, "trách nhiệm")
    assert [(s.start, s.end) for s in layer] == expected and len(expected) > 1
    assert all(
        set(reader.text[s.start : s.end].lower().split()) <= {"trách", "nhiệm"} for s in layer
    )
    bar = controller.find_bar
    assert bar.isVisible() and bar.current == 0
    controller.next_action.trigger()
    assert bar.current == 1 and bar.count_label.text() == f"2/{len(expected)}"
    controller.previous_action.trigger()
    controller.previous_action.trigger()
    assert bar.current == len(expected) - 1  # wraps around


def test_find_bar_uses_the_accent_rules(qtbot, main_window) -> None:
    controller = _controller(main_window)
    reader = main_window.reader
    assert reader.text
    controller.find_action.trigger()
    bar = controller.find_bar
    assert bar.isVisible()
    bar.edit.setText("trach nhiem")
    unmarked = len(bar.hits)
    bar.edit.setText("trách nhiệm")
    marked = len(bar.hits)
    assert marked and unmarked >= marked
    assert bar.hits == main_window.services.search.find_in_text(reader.text, "trách nhiệm")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and reader.layer(LAYER) == []


def test_results_follow_an_import(qtbot, main_window) -> None:
    assert _search(qtbot, main_window, "khinh khí cầu") == []
    main_window.services.library.add_documents(
        [
            ImportedDocument(
                "Khinh khí cầu\nBay bằng khinh khí cầu.",
                "Bay bằng khinh khí cầu.",
                (),
                "Khinh khí cầu",
                origin="x",
            )
        ]
    )
    controller = _controller(main_window)
    qtbot.waitUntil(lambda: len(_result_ids(controller.panel)) == 1, timeout=10_000)
    # The window's "Đã lưu" flash clears itself on a timer: let it fire while the window lives.
    qtbot.waitUntil(lambda: main_window.saved_label.text() == "", timeout=10_000)


def test_help_popup_explains_the_syntax(qtbot, main_window) -> None:
    controller = _controller(main_window)
    controller.help_action.trigger()
    popup = controller.panel.help_popup
    assert popup is not None and popup.isVisible()
    text = popup.label.text()
    assert "tag:nêu-gương" in text and "ngày:" in text and "không dấu" in text
    popup.close()


def test_bad_query_shows_a_vietnamese_message(qtbot, main_window) -> None:
    controller = _controller(main_window)
    _wait_idle(qtbot, controller)
    controller.panel.edit.setText("ngày:hôm-qua")
    qtbot.waitUntil(lambda: "Không hiểu ngày" in controller.panel.status.text(), timeout=10_000)


def test_opening_an_annotation_result_goes_to_its_passage(qtbot, main_window) -> None:
    services = main_window.services
    article = services.library.list_articles()[0]
    text = services.library.get_article(article.id).clean_text
    start = text.index("trách nhiệm") if "trách nhiệm" in text else 0
    note = services.annotations.create(article.id, start, start + 11, note="khinh khí cầu bay cao")
    controller = _controller(main_window)
    _search(qtbot, main_window, "khinh khi cau")
    model = controller.panel.model
    notes_group = model.index(1, 0)
    assert model.rowCount(notes_group) == 1
    target = model.index(0, 0, notes_group).data(TARGET_ROLE)
    assert target.annotation_id == note.id and target.start == note.start
    controller.open_result(target)
    assert main_window.reader.article_id == article.id
    qtbot.waitUntil(lambda: main_window.saved_label.text() == "", timeout=10_000)
