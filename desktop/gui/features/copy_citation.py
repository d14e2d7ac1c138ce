"""Feature: copy with citation (Ctrl+Shift+C) from the reader and the annotations browser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import UserError
from desktop.export.citation_clip import CitationClip
from desktop.gui.error_dialogs import show_error

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 15  # after the annotations feature, which builds the reader's menu and the browser
SHORTCUT = "Ctrl+Shift+C"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CopyCitation", text)


def clip_to_mime(clip: CitationClip) -> QMimeData:
    """Rich text for Word and LibreOffice, plain text for everything else."""
    mime = QMimeData()
    mime.setHtml(clip.html)
    mime.setText(clip.plain)
    return mime


def _action(parent: QWidget, text: str, context: Qt.ShortcutContext) -> QAction:
    action = QAction(text, parent)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(context)  # only where the selection is: never steals a key elsewhere
    return action


class CopyCitationController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        reader = window.reader
        self.reader_action = _action(
            reader.text_view, _tr("Sao chép kèm trích dẫn"), Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.reader_action.setToolTip(
            _tr("Sao chép đoạn đang chọn kèm nguồn: bài, báo, tác giả, ngày, đoạn (%1)").replace(
                "%1", SHORTCUT
            )
        )
        self.reader_action.triggered.connect(self.copy_selection)
        reader.text_view.addAction(self.reader_action)
        reader.context_actions.append(self.reader_action)
        reader.selection_changed.connect(self._update_enabled)
        window.menus["edit"].addAction(self.reader_action)
        self.browser_action: QAction | None = None
        controller = getattr(window, "annotation_controller", None)
        browser = getattr(controller, "browser", None)
        if browser is not None:
            table = browser.table
            self.browser_action = _action(
                table, _tr("Sao chép các trích dẫn đã chọn kèm ghi chú"), Qt.ShortcutContext.WidgetShortcut
            )
            self.browser_action.triggered.connect(self.copy_browser_selection)
            table.addAction(self.browser_action)
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.browser = browser
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.reader_action.setEnabled(self.window.reader.selected_range() is not None)

    def _put(self, clip: CitationClip, count: int) -> None:
        QGuiApplication.clipboard().setMimeData(clip_to_mime(clip))
        self.window.show_status(
            QCoreApplication.translate(
                "CopyCitation",
                "Đã sao chép %n trích dẫn kèm nguồn: dán vào Word hoặc LibreOffice (Ctrl+V).",
                None,
                count,
            )
        )

    def copy_selection(self) -> CitationClip | None:
        reader = self.window.reader
        selected = reader.selected_range()
        if selected is None or not reader.article_id:
            return None
        try:
            clip = self.window.services.export.passage_clip(reader.article_id, *selected)
        except UserError as exc:
            show_error(self.window, exc)
            return None
        self._put(clip, 1)
        return clip

    def copy_browser_selection(self) -> CitationClip | None:
        annotations = self.browser.selected_annotations()
        if not annotations:
            return None
        try:
            clip = self.window.services.export.annotations_clip([a.id for a in annotations])
        except UserError as exc:
            show_error(self.window, exc)
            return None
        self._put(clip, len(annotations))
        return clip


def install(window: MainWindow) -> None:
    window.copy_citation_controller = CopyCitationController(window)  # type: ignore[attr-defined]
