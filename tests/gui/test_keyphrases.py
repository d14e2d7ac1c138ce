"""Key phrases in the window: three switchable layers under the user's highlights, the side list
(cycling occurrences, one-click add to the glossary, undoable), citations, the glossary dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget

from desktop.gui.keyphrases.keyphrase_styles import KEY_PHRASES_SHOWN, LAYER_NAMES, LAYER_Z
from desktop.services.keyphrase_service import DOCUMENT_REF, GLOSSARY, KINDS, SALIENT

TITLE_000 = "Thúc đẩy tinh thần trách nhiệm"
TITLE_003 = "Tân An: Nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân"
TITLE_004 = "Học tập và làm theo Bác phải gắn với nâng cao ý thức, trách nhiệm và chất lượng phục vụ nhân dân"


@pytest.fixture(autouse=True)
def statistics_loaded() -> None:
    """Read once per process; the window then computes salient phrases synchronously (the first
    read in a worker thread has its own test below)."""
    from desktop.text.keyphrases.background import background_stats

    background_stats()


def _open(window, title: str) -> str:  # type: ignore[no-untyped-def]
    article_id = next(m.id for m in window.services.library.list_articles() if m.title == title)
    assert window.open_article(article_id)
    return article_id


def test_every_seed_shows_three_layers_below_user_highlights(main_window) -> None:  # type: ignore[no-untyped-def]
    controller = main_window.keyphrase_controller
    # first start: the key phrases and the cited documents; every glossary term is one click away
    assert not controller.toggles[GLOSSARY].isChecked()
    assert controller.toggles[SALIENT].isChecked() and controller.toggles[DOCUMENT_REF].isChecked()
    controller.toggles[GLOSSARY].trigger()
    for meta in main_window.services.library.list_articles():
        main_window.open_article(meta.id)
        reader = main_window.reader
        assert reader.layer(LAYER_NAMES[GLOSSARY]), meta.title
        assert reader.layer(LAYER_NAMES[SALIENT]), meta.title
        for span in reader.layer(LAYER_NAMES[GLOSSARY]):
            assert span.underline and not span.background
        refs = [p for p in controller.phrases if p.kind == DOCUMENT_REF]
        assert bool(reader.layer(LAYER_NAMES[DOCUMENT_REF])) == bool(refs)
    assert all(z < 100 for z in LAYER_Z.values())
    _open(main_window, TITLE_000)
    assert main_window.reader.layer(LAYER_NAMES[DOCUMENT_REF])


def test_key_phrase_layer_tints_only_the_first_key_phrases(main_window) -> None:  # type: ignore[no-untyped-def]
    controller = main_window.keyphrase_controller
    shares = []
    for meta in main_window.services.library.list_articles():
        main_window.open_article(meta.id)
        tinted = {(s.start, s.end) for s in main_window.reader.layer(LAYER_NAMES[SALIENT])}
        shown = [p for p in controller.phrases if 0 < p.rank <= KEY_PHRASES_SHOWN]
        expected = {s for p in shown if p.kind != DOCUMENT_REF for s in p.spans}
        assert tinted == expected, meta.title
        text = main_window.reader.text
        marked = bytearray(len(text))
        for layer in (SALIENT, DOCUMENT_REF):
            for span in main_window.reader.layer(LAYER_NAMES[layer]):
                marked[span.start : span.end] = b"\x01" * (span.end - span.start)
        shares.append(sum(marked) / len(text))
    # calm: before, a fifth to a third of every seed was tinted or underlined at first start
    assert max(shares) < 0.22 and sum(shares) / len(shares) < 0.16, shares


def test_toggles_switch_layers_and_are_remembered(main_window) -> None:  # type: ignore[no-untyped-def]
    _open(main_window, TITLE_000)
    controller = main_window.keyphrase_controller
    toggle = controller.toggles[SALIENT]
    assert toggle in main_window.toolbar.actions()
    toggle.trigger()
    assert main_window.reader.layer(LAYER_NAMES[SALIENT]) == []
    assert main_window.services.keyphrases.visible_kinds() == (DOCUMENT_REF,)
    _open(main_window, TITLE_003)  # stays off on the next article
    assert main_window.reader.layer(LAYER_NAMES[SALIENT]) == []
    toggle.trigger()
    assert main_window.reader.layer(LAYER_NAMES[SALIENT])
    assert main_window.services.keyphrases.visible_kinds() == (DOCUMENT_REF, SALIENT)


def test_view_menu_has_one_key_phrase_entry_holding_panel_and_layers(main_window) -> None:  # type: ignore[no-untyped-def]
    controller = main_window.keyphrase_controller
    entries = [a.text().replace("&", "") for a in main_window.menus["view"].actions()]
    assert entries.count("Cụm từ khóa") == 1
    inside = controller.view_menu.actions()
    assert inside[0] is controller.dock.toggleViewAction()
    assert [a for a in inside if a.isCheckable()][1:] == [controller.toggles[k] for k in KINDS]


def test_panel_lists_the_key_phrases_first_whole_and_buttons_fit(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _open(main_window, TITLE_004)
    controller = main_window.keyphrase_controller
    panel = controller.panel
    controller.dock.show()
    controller.dock.raise_()
    main_window.resize(1366, 768)
    qtbot.wait(50)
    top = panel.top_model.phrases()
    assert [p.rank for p in top] == list(range(1, len(top) + 1)) and len(top) == 10
    assert panel.top_model.columnCount() == 2  # the kind is the row's icon, not a repeated word
    assert panel.top_model.data(panel.top_model.index(0, 0)) == top[0].text
    long_row = max(range(len(top)), key=lambda r: len(top[r].text))
    table = panel.top_table
    rect = table.visualRect(panel.top_model.index(long_row, 0))
    needed = table.fontMetrics().boundingRect(
        rect.adjusted(0, 0, -24, 0), int(Qt.TextFlag.TextWordWrap), top[long_row].text
    )
    assert needed.height() <= rect.height() + 2  # wrapped onto as many lines as it needs
    for button in (panel.add_button, panel.citing_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    # a click in the key-phrase list selects there, and the buttons follow it
    (ref_row,) = [r for r, p in enumerate(top) if p.kind == DOCUMENT_REF][:1]
    panel.top_table.clicked.emit(panel.top_model.index(ref_row, 0))
    assert panel.current_phrase() == top[ref_row] and panel.citing_button.isEnabled()


def test_side_list_click_cycles_occurrences(main_window) -> None:  # type: ignore[no-untyped-def]
    _open(main_window, TITLE_000)
    controller = main_window.keyphrase_controller
    dock = main_window.findChild(QDockWidget, "keyphraseDock")
    assert dock is not None
    panel = controller.panel
    assert panel.model.rowCount() == len(controller.phrases) > 5
    row = panel.model.row_of(GLOSSARY, "tinh thần trách nhiệm")
    phrase = panel.model.phrase(row)
    assert len(phrase.spans) >= 3
    index = panel.model.index(row, 0)
    visited = []
    for _ in range(len(phrase.spans) + 1):
        panel.table.clicked.emit(index)
        visited.append(main_window.reader.layer("_flash")[0].start)
    assert visited[: len(phrase.spans)] == [s for s, _e in phrase.spans]
    assert visited[-1] == phrase.spans[0][0]  # wraps round


def test_one_click_adds_a_salient_phrase_to_the_glossary_and_undo_removes_it(main_window) -> None:  # type: ignore[no-untyped-def]
    _open(main_window, TITLE_003)
    controller = main_window.keyphrase_controller
    panel = controller.panel
    salient = [p for p in panel.model.phrases() if p.kind == SALIENT]
    target = salient[0]
    panel.select_phrase(SALIENT, target.key)
    assert panel.add_button.isEnabled()
    panel.add_button.click()
    assert main_window.services.keyphrases.is_term(target.text)
    # now drawn as a term, and no longer offered as a salient phrase
    assert any(p.kind == GLOSSARY and p.text == target.text for p in controller.phrases)
    assert not any(p.kind == SALIENT and p.key == target.key for p in controller.phrases)
    main_window.undo_stack.undo()
    assert not main_window.services.keyphrases.is_term(target.text)
    assert any(p.kind == SALIENT and p.key == target.key for p in controller.phrases)
    main_window.undo_stack.redo()
    assert main_window.services.keyphrases.is_term(target.text)


def test_a_reference_lists_citing_articles_and_opens_one_at_the_citation(
    main_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _open(main_window, TITLE_000)
    controller = main_window.keyphrase_controller
    (ref,) = [p for p in controller.phrases if p.kind == DOCUMENT_REF]
    menu = controller.citing_menu(ref.key)
    targets = [a.data() for a in menu.actions() if a.data()]
    assert len(targets) == 3
    other = next(m.id for m in main_window.services.library.list_articles() if m.title == TITLE_004)
    assert other in targets
    assert controller.open_citing_article(other, ref.key)
    assert main_window.reader.article_id == other
    (flash,) = main_window.reader.layer("_flash")  # the citation is shown and flashed
    assert main_window.reader.text[flash.start : flash.end] == "Chỉ thị 05"


def test_clicking_a_reference_in_the_reader_pops_up_the_citing_list(
    main_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _open(main_window, TITLE_000)
    controller = main_window.keyphrase_controller
    (ref,) = [p for p in controller.phrases if p.kind == DOCUMENT_REF]
    shown = []
    monkeypatch.setattr(
        "desktop.gui.keyphrases.citing_articles_menu.CitingArticlesMenu.popup",
        lambda self, pos: shown.append(self),
    )
    text_view = main_window.reader.text_view
    main_window.reader.scroll_to_range(*ref.spans[0], flash=False)
    cursor = text_view.textCursor()
    cursor.setPosition(ref.spans[0][0] + 3)
    rect = text_view.cursorRect(cursor)
    text_view.setTextCursor(cursor)  # no selection
    qtbot.mouseClick(text_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert len(shown) == 1
    assert len([a for a in shown[0].actions() if a.data()]) == 3


def test_glossary_dialog_add_remove_restore_group_with_undo(
    main_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller = main_window.keyphrase_controller
    dialog = controller.show_glossary()
    qtbot.addWidget(dialog)
    total = dialog.model.rowCount()
    assert total >= 300
    assert dialog.add_term("Sở Nội vụ", "Cơ quan")
    assert dialog.model.rowCount() == total + 1
    assert [t.text for t in dialog.selected_terms()] == ["Sở Nội vụ"]
    assert dialog.group_button.isEnabled()
    main_window.undo_stack.undo()
    assert not main_window.services.keyphrases.is_term("Sở Nội vụ")
    assert dialog.model.rowCount() == total
    # a refused term shows a message and leaves no history entry
    depth = main_window.undo_stack.count()
    qtbot_messages = []
    import desktop.gui.annotations.annotation_commands as commands

    original = commands.show_error
    commands.show_error = lambda parent, exc, title="": qtbot_messages.append(str(exc))  # type: ignore[assignment]
    try:
        assert not dialog.add_term("nêu gương")
    finally:
        commands.show_error = original  # type: ignore[assignment]
    assert qtbot_messages and "đã có sẵn" in qtbot_messages[0]
    assert main_window.undo_stack.count() == depth
    # removing a shipped term hides it; restore brings it back; undo too
    dialog.filter_edit.setText("neu guong")
    assert dialog.select_term("nêu gương")
    assert dialog.remove_selected() == 1
    assert not main_window.services.keyphrases.is_term("nêu gương")
    assert dialog.select_term("nêu gương") and dialog.restore_button.isEnabled()
    main_window.undo_stack.undo()
    assert main_window.services.keyphrases.is_term("nêu gương")


def test_glossary_dialog_import_and_export(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.keyphrase_controller.show_glossary()
    qtbot.addWidget(dialog)
    source = tmp_path / "in.txt"
    source.write_text("## Địa bàn\nphường 3\nTP.Tân An\n", encoding="utf-8")
    assert dialog.import_file(str(source)) == (2, 0)
    assert {t.text for t in main_window.services.keyphrases.user_terms()} == {
        "phường 3",
        "TP.Tân An",
    }
    out = tmp_path / "out.txt"
    assert dialog.export_file(str(out)) == 2
    assert "## Địa bàn" in out.read_text(encoding="utf-8")
    _open(main_window, TITLE_003)
    terms = {p.text for p in main_window.keyphrase_controller.phrases if p.kind == GLOSSARY}
    assert {"phường 3", "TP.Tân An"} <= terms


def test_opening_articles_over_and_over_keeps_layers(main_window) -> None:  # type: ignore[no-untyped-def]
    """The layers make hundreds of void Qt calls per article (see test_qt_binding_sanity)."""
    metas = main_window.services.library.list_articles()
    for _ in range(20):
        for meta in metas:
            main_window.open_article(meta.id)
    assert main_window.reader.layer(LAYER_NAMES[SALIENT])


def test_salient_phrases_follow_a_background_read(qtbot, services, qsettings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The first article shows terms at once and salient phrases once the statistics are read."""
    from desktop.gui.main_window import MainWindow
    from desktop.text.keyphrases import background

    monkeypatch.setattr(background, "_loaded", None)  # as at start-up: nothing read yet
    window = MainWindow(services, qsettings)
    qtbot.addWidget(window)
    window.show()
    assert window.reader.article_id
    controller = window.keyphrase_controller
    assert window.reader.layer(LAYER_NAMES[SALIENT])  # at once: the first terms and references
    assert not any(p.kind == SALIENT for p in controller.phrases)
    qtbot.waitUntil(
        lambda: any(p.kind == SALIENT and p.rank for p in controller.phrases), timeout=10_000
    )
    assert background.is_loaded()
    window.close()
