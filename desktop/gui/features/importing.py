"""Feature: import files, folders, drops and the clipboard; article properties; the original text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.errors import UserError
from desktop.gui.annotations.annotation_commands import push
from desktop.gui.error_dialogs import show_error
from desktop.gui.importing.article_properties_dialog import ArticlePropertiesDialog
from desktop.gui.importing.clipboard_import_dialog import ClipboardImportDialog, clipboard_content
from desktop.gui.importing.import_commands import EditArticleMetaCommand
from desktop.gui.importing.import_drop_filter import ImportDropFilter
from desktop.gui.importing.import_runner import ImportRunner
from desktop.gui.importing.original_text_dialog import OriginalTextDialog

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 20
KEY_LAST_FOLDER = "importing/last_folder"
FILE_PATTERNS = "*.docx *.doc *.pdf *.rtf *.odt *.txt *.md *.markdown *.html *.htm *.xhtml"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


class ImportController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.runner = ImportRunner(window)
        self.original_dialog: OriginalTextDialog | None = None
        self.import_files_action = self._action(_tr("&Nhập tệp…"), self.import_files, QKeySequence.StandardKey.Open)
        self.import_folder_action = self._action(_tr("Nhập &thư mục…"), self.import_folder, QKeySequence("Ctrl+Shift+O"))
        self.clipboard_action = self._action(
            _tr("&Bài mới từ bảng tạm…"), self.import_clipboard, QKeySequence("Ctrl+Shift+V")
        )
        self.properties_action = self._action(_tr("Thuộc tính &bài viết…"), self.edit_properties, QKeySequence("Alt+Return"))
        self.original_action = self._action(_tr("Xem &văn bản gốc…"), self.show_original, QKeySequence("Ctrl+U"))
        menu = window.menus["file"]
        first = menu.actions()[0] if menu.actions() else None
        # Above "Thoát" and whatever other features put first: importing is the File menu's main job.
        for action in (self.import_files_action, self.import_folder_action, self.clipboard_action):
            menu.insertAction(first, action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.insertAction(first, self.properties_action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        window.menus["view"].addAction(self.original_action)
        window.toolbar.addAction(self.import_files_action)
        window.toolbar.addAction(self.clipboard_action)
        self.clipboard_action.setToolTip(_tr("Thêm bài viết từ nội dung vừa chép (Ctrl+C) trong trình duyệt hoặc văn bản khác"))
        self.import_files_action.setToolTip(_tr("Nhập bài viết từ tệp .docx, .doc, .pdf, .rtf, .odt, .txt, .md, .html (hoặc kéo thả tệp vào cửa sổ)"))

        self.drop_filter = ImportDropFilter(self.runner.start, window)
        window.setAcceptDrops(True)
        for widget in (window, window.reader.text_view.viewport(), window.library_view):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self.drop_filter)
        window.article_opened.connect(lambda _id: self._update_actions())
        window.bridge.articles_changed.connect(self._on_bridge_articles_changed)
        self._update_actions()

    def _action(self, text: str, slot: object, keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _update_actions(self) -> None:
        has_article = bool(self.window.reader.article_id)
        self.properties_action.setEnabled(has_article)
        self.original_action.setEnabled(has_article)
        writable = not self.window.services.store.read_only
        for action in (self.import_files_action, self.import_folder_action, self.clipboard_action):
            action.setEnabled(writable)

    def _on_bridge_articles_changed(self, ids: tuple[str, ...]) -> None:
        self._update_actions()
        dialog = self.original_dialog
        if dialog is not None and dialog.article_id in ids and dialog.isVisible():
            if dialog.article_id in {m.id for m in self.window.services.library.list_articles()}:
                dialog.refresh()
            else:  # the article was deleted
                dialog.close()

    # --- importing -----------------------------------------------------------------
    def _settings(self) -> QSettings:
        return self.window.settings

    def _start_folder(self) -> str:
        return str(self._settings().value(KEY_LAST_FOLDER, str(Path.home())))

    @staticmethod
    def _file_filter() -> str:
        return f"Bài viết ({FILE_PATTERNS});;Tất cả các tệp (*)"

    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, _tr("Chọn tệp để nhập"), self._start_folder(), self._file_filter())
        if names:
            self._settings().setValue(KEY_LAST_FOLDER, str(Path(names[0]).parent))
            self.runner.start([Path(n) for n in names])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, _tr("Chọn thư mục để nhập (cả các thư mục con)"), self._start_folder())
        if folder:
            self._settings().setValue(KEY_LAST_FOLDER, folder)
            self.runner.start([Path(folder)])

    def import_clipboard(self) -> None:
        text, html = clipboard_content(QGuiApplication.clipboard().mimeData())
        if not text.strip():  # nothing copied: say so, in the user's words (no "file" here)
            QMessageBox.information(
                self.window,
                _tr("Bài mới từ bảng tạm"),
                _tr("Bảng tạm đang trống. Hãy chép (Ctrl+C) nội dung bài viết trong trình duyệt hoặc trong một văn bản, rồi chọn lại “Bài mới từ bảng tạm”."),
            )
            return
        try:
            dialog = ClipboardImportDialog(self.window.services, text, html, self.window)
        except UserError as exc:
            show_error(self.window, exc)
            return
        if dialog.exec() and dialog.added is not None:
            self.window.open_article(dialog.added.id)
            self.window.show_status(_tr("Đã thêm bài “%1”.").replace("%1", dialog.added.title))

    # --- the open article ----------------------------------------------------------
    def edit_properties(self) -> None:
        article_id = self.window.reader.article_id
        if not article_id:
            return
        meta = self.window.services.library.get_meta(article_id)
        dialog = ArticlePropertiesDialog(meta, self.window)
        if dialog.exec() and dialog.changes():
            push(self.window.undo_stack, EditArticleMetaCommand(self.window.services, meta, dialog.changes(), self.window))

    def show_original(self) -> None:
        article_id = self.window.reader.article_id
        if not article_id:
            return
        if self.original_dialog is not None:
            self.original_dialog.close()
            self.original_dialog.deleteLater()
        self.original_dialog = OriginalTextDialog(self.window.services, self.window.undo_stack, article_id, self.window)
        self.original_dialog.show()


def install(window: MainWindow) -> None:
    window.import_controller = ImportController(window)  # type: ignore[attr-defined]
