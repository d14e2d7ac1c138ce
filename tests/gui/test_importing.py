"""Importing from the GUI: menu actions, drops, progress and cancel, results, clipboard,
encoding choice, article properties and the original text with restore/hide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from desktop.gui.importing.article_properties_dialog import ArticlePropertiesDialog
from desktop.gui.importing.clipboard_import_dialog import ClipboardImportDialog, clipboard_content
from desktop.gui.importing.encoding_choice_dialog import EncodingChoiceDialog
from desktop.gui.importing.import_results_model import ADDED, DUPLICATE, FAILED
from desktop.gui.importing.original_text_dialog import OriginalTextDialog
from desktop.gui.main_window import MainWindow
from desktop.ingest.legacy_encodings import encode_vni

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_TITLE = "Thúc đẩy tinh thần trách nhiệm"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "nhap"
    path.mkdir()
    (path / "moi.txt").write_text(
        "Bài mới về công vụ\n\n" + "Nội dung bài mới về công vụ. " * 12, encoding="utf-8"
    )
    (path / "ban-vni.txt").write_bytes(
        encode_vni(next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8"))
    )
    (path / "rong.txt").write_bytes(b"")
    return path


@pytest.fixture(autouse=True)
def _flash_timer_tied_to_its_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """MainWindow._flash_saved's bare singleShot outlives a test's window and then touches a
    deleted label in the next test; tie the timer to the label (reported to the window's owner)."""
    from PySide6.QtCore import QTimer

    from desktop.gui import main_window

    def flash(self: MainWindow) -> None:
        self.saved_label.setText(self.tr("Đã lưu"))
        QTimer.singleShot(
            main_window.SAVED_MESSAGE_MS, self.saved_label, lambda: self.saved_label.setText("")
        )

    monkeypatch.setattr(MainWindow, "_flash_saved", flash)


def controller(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.import_controller  # type: ignore[attr-defined]


def open_title(window: MainWindow, title: str) -> str:
    article_id = next(m.id for m in window.services.library.list_articles() if m.title == title)
    window.open_article(article_id)
    return article_id


def test_file_menu_and_toolbar_have_the_import_actions(main_window: MainWindow) -> None:
    texts = [a.text() for a in main_window.menus["file"].actions()]
    for wanted in (
        "&Nhập tệp…",
        "Nhập &thư mục…",
        "&Bài mới từ bảng tạm…",
        "Thuộc tính &bài viết…",
    ):
        assert wanted in texts
    assert "Xem &văn bản gốc…" in [a.text() for a in main_window.menus["view"].actions()]
    assert controller(main_window).import_files_action in main_window.toolbar.actions()


def test_import_folder_in_background_then_results(
    main_window: MainWindow, folder: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    runner = controller(main_window).runner
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        assert runner.start([folder])
        assert runner.running
    report = blocker.args[0]
    assert [m.title for m in report.added] == ["Bài mới về công vụ"]
    rows = runner.results_dialog.model.rows
    assert sorted((r.status, r.origin) for r in rows) == [
        (ADDED, "moi.txt"),
        (DUPLICATE, "ban-vni.txt"),
        (FAILED, "rong.txt"),
    ]
    assert "tệp trống" in next(r.detail for r in rows if r.status == FAILED)
    assert main_window.library_view.proxy.rowCount() == 6
    assert (
        main_window.reader.title_label.text() == "Bài mới về công vụ"
    )  # the new article is opened
    assert not runner.running


def test_cancel_stops_between_articles(main_window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    many = tmp_path / "nhieu"
    many.mkdir()
    for n in range(30):
        (many / f"{n:02d}.txt").write_text(
            f"Bài {n}\n\n" + f"Đoạn văn riêng của bài {n}. " * 10, encoding="utf-8"
        )
    runner = controller(main_window).runner
    runner.start([many])
    runner.worker.progressed.connect(
        lambda done, total, name: runner.cancel(), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        pass
    report = blocker.args[0]
    assert report.cancelled and 1 <= len(report.added) < 30
    stored = [m for m in main_window.services.library.list_articles() if m.title.startswith("Bài ")]
    assert len(stored) == len(report.added)
    for meta in stored:
        assert main_window.services.library.get_article(meta.id).clean_text.startswith(
            "Đoạn văn riêng"
        )


def test_dropping_files_imports_them(main_window: MainWindow, folder: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / "moi.txt"))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # As a real drag does: the enter is accepted first, then the drop is delivered.
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(main_window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    runner = controller(main_window).runner
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        QApplication.sendEvent(main_window, drop)
    assert drop.isAccepted()
    assert [m.title for m in blocker.args[0].added] == ["Bài mới về công vụ"]


def test_dragging_plain_text_is_not_taken_as_files(main_window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("một đoạn chữ")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(main_window, enter)
    assert not enter.isAccepted()


def test_unsure_encoding_asks_the_user(
    main_window: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tay-au.txt"
    path.write_bytes("Ça coûte très cher, déjà fêté à Noël. ".encode("cp1252") * 5)
    runner = controller(main_window).runner
    asked: list[Path] = []
    monkeypatch.setattr(runner, "choose_encoding", lambda p: asked.append(p) or "windows-1252")
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        runner.start([path])
    assert asked == [path]
    added = blocker.args[0].added
    assert len(added) == 1 and added[0].encoding == "windows-1252"


def test_encoding_dialog_previews_each_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    dialog = EncodingChoiceDialog("cu.txt", encode_vni(text))
    qtbot.addWidget(dialog)
    assert dialog.chosen_encoding() == "vni"
    assert dialog.preview.toPlainText() == text
    dialog.combo.setCurrentIndex(dialog.combo.findData("windows-1258"))
    assert dialog.preview.toPlainText() != text
    dialog.combo.setCurrentIndex(dialog.combo.findData("utf-8"))  # VNI bytes are no valid UTF-8
    assert "Không đọc được" in dialog.preview.toPlainText()


def test_clipboard_html_and_text(main_window: MainWindow, qtbot, clipboard) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setHtml(
        "<h1>Bài trên web</h1><p>" + "Nội dung đoạn văn trên trang web. " * 8 + "</p><p>Chia sẻ</p>"
    )
    mime.setText("văn bản thuần")
    clipboard.setMimeData(mime)
    text, html = clipboard_content(clipboard.mimeData())
    assert html and "<h1>" in text
    dialog = ClipboardImportDialog(main_window.services, text, html, main_window)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Bài trên web"
    assert "Chia sẻ" not in dialog.preview.toPlainText()
    dialog.title_edit.setText("Bài trên web (đã sửa)")
    dialog.source_edit.setText("Cổng thông tin")
    dialog.published_edit.setText("01/02/2023 07:15")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    meta = dialog.added
    assert (meta.title, meta.source, meta.published) == (
        "Bài trên web (đã sửa)",
        "Cổng thông tin",
        "2023-02-01T07:15",
    )


def test_properties_dialog_edits_metadata_with_undo(
    main_window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    article_id = open_title(main_window, SEED_TITLE)
    meta = main_window.services.library.get_meta(article_id)
    dialog = ArticlePropertiesDialog(meta)
    qtbot.addWidget(dialog)
    assert dialog.published_edit.text() == "09/08/2021 06:38"
    dialog.author_edit.setText("Trần Thu Hà")
    dialog.published_edit.setText("sai ngày")
    monkeypatch.setattr(
        "desktop.gui.importing.article_properties_dialog.show_error", lambda *a: None
    )
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # a bad date is refused, nothing saved
    dialog.published_edit.setText("09/08/2021 06:38")
    dialog.accept()
    assert dialog.changes() == {"author": "Trần Thu Hà"}

    monkeypatch.setattr(ArticlePropertiesDialog, "exec", lambda self: True)
    monkeypatch.setattr(ArticlePropertiesDialog, "changes", lambda self: {"author": "Trần Thu Hà"})
    controller(main_window).edit_properties()
    assert main_window.services.library.get_meta(article_id).author == "Trần Thu Hà"
    assert "Trần Thu Hà" in main_window.reader.byline_label.text()
    main_window.undo_stack.undo()
    assert main_window.services.library.get_meta(article_id).author == "Trần Hà"


def test_original_text_restore_and_hide_with_undo(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    article_id = open_title(main_window, SEED_TITLE)
    controller(main_window).show_original()
    dialog: OriginalTextDialog = controller(main_window).original_dialog
    assert "5 dòng" in dialog.summary_label.text()
    line_no = next(line.line_no for line in dialog.model.lines if line.text == "Tin liên quan")
    assert (
        dialog.select_line(line_no)
        and dialog.restore_button.isEnabled()
        and not dialog.hide_button.isEnabled()
    )
    dialog.restore_button.click()
    assert "\nTin liên quan\n" in main_window.services.library.get_article(article_id).clean_text
    assert "Tin liên quan" in main_window.reader.text_view.toPlainText()
    assert dialog.hide_button.isEnabled()  # the same line, now in the article
    main_window.undo_stack.undo()
    assert "Tin liên quan" not in main_window.services.library.get_article(article_id).clean_text
    assert "4 dòng" not in dialog.summary_label.text() and "5 dòng" in dialog.summary_label.text()
    main_window.undo_stack.redo()
    assert "Tin liên quan" in main_window.services.library.get_article(article_id).clean_text
    dialog.select_line(line_no)
    dialog.hide_button.click()
    assert "Tin liên quan" not in main_window.services.library.get_article(article_id).clean_text
