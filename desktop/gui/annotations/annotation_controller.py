"""Wires the annotation feature into the main window: actions, docks, dialogs, undo commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.domain.annotation import Annotation
from desktop.gui.annotations.annotation_browser import AnnotationBrowser
from desktop.gui.annotations.annotation_commands import (
    CreateAnnotationCommand,
    DeleteAnnotationCommand,
    EditAnnotationCommand,
    EditArticleTextCommand,
    ReattachAnnotationCommand,
    push,
)
from desktop.gui.annotations.annotation_dialog import AnnotationDialog
from desktop.gui.annotations.annotation_panel import AnnotationPanel
from desktop.gui.annotations.annotation_spans import highlight_spans
from desktop.gui.annotations.article_text_dialog import ArticleTextDialog
from desktop.gui.annotations.reimport_command import ReimportArticleCommand
from desktop.gui.annotations.review_panel import ReviewPanel
from desktop.gui.annotations.tag_manager_dialog import TagManagerDialog
from desktop.gui.features.importing import FILE_PATTERNS
from desktop.gui.i18n.core_text import interface_legend
from desktop.text.word_bounds import snap_to_words

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow
    from desktop.services.annotation_placement import TextEdit

LAYER = "annotations"
LAYER_Z = 100
ANNOTATE_SHORTCUT = "Ctrl+D"  # "Đánh dấu"; active only while the reader has focus
REFRESH_DELAY_MS = 120  # coalesce bursts of changes (a tag merge touches many articles)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


class AnnotationController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.services = window.services
        self.reader = window.reader
        self.undo_stack = window.undo_stack
        self.dialog_factory = AnnotationDialog  # tests substitute a dialog that answers by itself
        self._build_actions()
        self._build_docks()
        self._connect()
        self._browser_timer = QTimer(window)
        self._browser_timer.setSingleShot(True)
        self._browser_timer.setInterval(REFRESH_DELAY_MS)
        self._browser_timer.timeout.connect(self._refresh_library_views)
        self.refresh_article()
        self._refresh_library_views()

    # --- building ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        self.undo_action = self.undo_stack.createUndoAction(w, _tr("Hoàn tác"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(w, _tr("Làm lại"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit = w.menus["edit"]
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()

        self.annotate_action = QAction(_tr("Tô sáng và ghi chú…"), w)
        self.annotate_action.setObjectName("annotateAction")
        self.annotate_action.setShortcut(QKeySequence(ANNOTATE_SHORTCUT))
        # Bound to the reader only: typing Vietnamese in any other field is never intercepted.
        self.annotate_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.annotate_action.setToolTip(
            _tr("Tô sáng đoạn đang chọn, gắn thẻ và ghi chú (%1)").replace("%1", ANNOTATE_SHORTCUT)
        )
        self.annotate_action.triggered.connect(self.annotate_selection)
        self.reader.text_view.addAction(self.annotate_action)
        w.toolbar.addAction(self.annotate_action)
        edit.addAction(self.annotate_action)

        self.edit_text_action = QAction(_tr("Sửa nội dung bài viết…"), w)
        self.edit_text_action.triggered.connect(self.edit_article_text)
        edit.addAction(self.edit_text_action)
        self.reimport_action = QAction(_tr("Thay bằng bản đã sửa từ tệp…"), w)
        self.reimport_action.setToolTip(
            _tr("Nhập lại bài này từ tệp đã sửa; các đoạn đã đánh dấu đi theo nội dung mới")
        )
        self.reimport_action.triggered.connect(self.reimport_article)
        edit.addAction(self.reimport_action)
        self.tag_manager_action = QAction(_tr("Quản lý thẻ và chú giải màu…"), w)
        self.tag_manager_action.triggered.connect(self.open_tag_manager)
        w.menus["tools"].addAction(self.tag_manager_action)

        self.reader.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.text_view.customContextMenuRequested.connect(
            self._on_text_view_context_menu_requested
        )

    def _build_docks(self) -> None:
        w = self.window
        self.panel = AnnotationPanel()
        self.panel_dock = w.add_dock(self.panel, _tr("Ghi chú của bài"), "annotationPanelDock")
        self.browser = AnnotationBrowser(self.services)
        self.browser_dock = w.add_dock(
            self.browser,
            _tr("Duyệt ghi chú"),
            "annotationBrowserDock",
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.review = ReviewPanel()
        self.review_dock = w.add_dock(self.review, _tr("Cần xem lại"), "annotationReviewDock")
        w.tabifyDockWidget(self.panel_dock, self.review_dock)
        self.panel_dock.raise_()

    def _connect(self) -> None:
        bridge = self.window.bridge
        self.reader.article_shown.connect(lambda _id: self.refresh_article())
        self.reader.selection_changed.connect(self._update_actions)
        bridge.annotations_changed.connect(self._on_bridge_annotations_changed)
        bridge.tags_changed.connect(self._on_bridge_tags_changed)
        bridge.articles_changed.connect(lambda _ids: self._schedule_library_views())
        bridge.library_replaced.connect(self._on_bridge_tags_changed)
        self.panel.annotation_activated.connect(self.show_annotation)
        self.panel.edit_requested.connect(self.edit_annotation)
        self.panel.delete_requested.connect(self.delete_annotation)
        self.panel.reattach_requested.connect(self.reattach_annotation)
        self.review.open_requested.connect(self._on_review_open_requested)
        self.review.reattach_requested.connect(self.reattach_annotation)
        self.browser.passage_requested.connect(self._on_browser_passage_requested)
        self.browser_dock.visibilityChanged.connect(self._on_browser_dock_visibility_changed)

    # --- refreshing ------------------------------------------------------------------------
    def _names(self) -> tuple[dict[str, str], dict[str, str]]:
        return {
            t.id: t.name for t in self.services.tags.list_tags()
        }, interface_legend(self.services.tags.color_legend())

    def refresh_article(self) -> None:
        article_id = self.reader.article_id
        if not article_id:
            self.reader.clear_layer(LAYER)
            self.panel.set_annotations([], {}, {})
            self._update_actions()
            return
        annotations = self.services.annotations.list_for_article(article_id)
        tag_names, legend = self._names()
        self.reader.set_layer(LAYER, highlight_spans(annotations, tag_names, legend), z=LAYER_Z)
        self.panel.set_annotations(annotations, tag_names, legend)
        self._update_actions()

    def _schedule_library_views(self) -> None:
        self._browser_timer.start()

    def _refresh_library_views(self) -> None:
        # The browser reads every annotation of the library: only while someone looks at it.
        if self.browser_dock.isVisible():
            self.browser.reload_choices()
            self.browser.refresh()
        titles = {m.id: m.title for m in self.services.library.list_articles()}
        waiting = self.services.annotations.needs_review()
        self.review.set_annotations(waiting, titles)
        title = _tr("Cần xem lại")
        self.review_dock.setWindowTitle(f"{title} ({len(waiting)})" if waiting else title)

    def _on_bridge_annotations_changed(self, article_id: str) -> None:
        if article_id == self.reader.article_id:
            self.refresh_article()
        self._schedule_library_views()

    def _on_bridge_tags_changed(self) -> None:
        self.refresh_article()
        self._schedule_library_views()

    def _update_actions(self) -> None:
        has_article = bool(self.reader.article_id)
        self.annotate_action.setEnabled(has_article and self.reader.selected_range() is not None)
        self.edit_text_action.setEnabled(has_article)
        self.reimport_action.setEnabled(has_article)

    # --- actions -----------------------------------------------------------------------------
    def _dialog(
        self,
        quote: str,
        *,
        title: str,
        color: str = "yellow",
        tags: list[str] | None = None,
        note: str = "",
        **extent: Any,
    ):
        tag_names, legend = self._names()
        return self.dialog_factory(
            quote,
            legend=legend,
            known_tags=sorted(tag_names.values(), key=str.casefold),
            color=color,
            tags=tags,
            note=note,
            title=title,
            parent=self.window,
            **extent,
        )

    def annotate_selection(self) -> None:
        selected = self.reader.selected_range()
        if not self.reader.article_id or selected is None:
            self.window.show_status(_tr("Hãy bôi đen một đoạn trong bài viết trước khi tô sáng."))
            return
        text = self.reader.text
        raw = self.reader.raw_selected_range() or selected
        # Whole syllables (a drag was already snapped; a keyboard selection is here), unless
        # the user asks the dialog for the characters selected.
        start, end = snap_to_words(text, *selected)
        if start >= end:
            start, end = selected
        dialog = self._dialog(
            text[start:end],
            title=_tr("Tô sáng và ghi chú"),
            text=text,
            selection=(start, end),
            raw=raw,
        )
        if not dialog.exec():
            return
        start, end = dialog.selection()
        command = CreateAnnotationCommand(
            self.services,
            self.reader.article_id,
            start,
            end,
            tag_names=dialog.tag_names(),
            color=dialog.color(),
            note=dialog.note(),
            error_parent=self.window,
            precise=dialog.precise(),
        )
        if push(self.undo_stack, command):
            self.reader.select_range(
                end, end
            )  # let the new highlight show instead of the selection
            self.window.show_status(_tr("Đã tô sáng. Ctrl+Z để hoàn tác."))

    def edit_annotation(self, annotation: Annotation) -> None:
        tag_names, _ = self._names()
        current_tags = [tag_names[t] for t in annotation.tags if t in tag_names]
        dialog = self._dialog(
            annotation.quote.exact,
            title=_tr("Sửa ghi chú"),
            color=annotation.color,
            tags=current_tags,
            note=annotation.note,
        )
        if not dialog.exec():
            return
        note, tags, color = dialog.note(), dialog.tag_names(), dialog.color()
        changed = []
        if note.strip() != annotation.note:
            changed.append(_tr("ghi chú"))
        if [n.casefold() for n in tags] != [n.casefold() for n in current_tags]:
            changed.append(_tr("thẻ"))
        if color != annotation.color:
            changed.append(_tr("màu"))
        if not changed:
            return
        text = _tr("Sửa %1").replace("%1", ", ".join(changed))
        push(
            self.undo_stack,
            EditAnnotationCommand(
                self.services,
                annotation,
                text=text,
                note=note,
                tag_names=tags,
                color=color,
                error_parent=self.window,
            ),
        )

    def delete_annotation(self, annotation: Annotation) -> None:
        if push(self.undo_stack, DeleteAnnotationCommand(self.services, annotation, self.window)):
            self.window.show_status(_tr("Đã xóa ghi chú. Ctrl+Z để hoàn tác."))

    def reattach_annotation(self, annotation: Annotation) -> None:
        selected = self.reader.selected_range()
        if self.reader.article_id != annotation.article_id or selected is None:
            self.window.open_article(annotation.article_id)
            self.window.show_status(
                _tr("Hãy bôi đen đoạn đúng trong bài rồi bấm “Gắn vào đoạn đang chọn”.")
            )
            return
        command = ReattachAnnotationCommand(
            self.services, annotation, *selected, error_parent=self.window
        )
        if push(self.undo_stack, command):
            self.window.show_status(_tr("Đã gắn lại ghi chú vào đoạn đã chọn."))

    def show_annotation(self, annotation: Annotation) -> None:
        if annotation.needs_review:
            self.window.show_status(
                _tr("Chưa biết ghi chú này nằm ở đâu: hãy bôi đen đoạn đúng rồi gắn lại.")
            )
            return
        self.reader.scroll_to_range(annotation.start, annotation.end, flash=True)

    def edit_article_text(self) -> None:
        article_id = self.reader.article_id
        if not article_id:
            return
        count = len(self.services.annotations.list_for_article(article_id))
        dialog = ArticleTextDialog(
            self.services.library.get_meta(article_id).title, self.reader.text, count, self.window
        )
        if not dialog.exec():
            return
        command = EditArticleTextCommand(self.services, article_id, dialog.text(), self.window)
        if not push(self.undo_stack, command) or command.edit is None:
            return
        self._report_text_edit(command.edit)

    def reimport_article(self, path: Path | None = None) -> None:
        """Replace the open article by a corrected file (asked for when not given)."""
        article_id = self.reader.article_id
        if not article_id:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                _tr("Chọn tệp chứa bản đã sửa của bài viết"),
                "",
                _tr("Bài viết (%1);;Tất cả các tệp (*)").replace("%1", FILE_PATTERNS),
            )
            if not name:
                return
            path = Path(name)
        command = ReimportArticleCommand(self.services, article_id, path, self.window)
        if push(self.undo_stack, command) and command.edit is not None:
            self._report_text_edit(command.edit)

    def _report_text_edit(self, edit: TextEdit) -> None:
        waiting = len(edit.needs_review)
        message = _tr("Đã lưu nội dung mới.")
        if waiting:
            message += _tr(" %1 ghi chú cần xem lại.").replace("%1", str(waiting))
            self._refresh_library_views()
            self.review_dock.show()
            self.review_dock.raise_()
        self.window.show_status(message)

    def open_tag_manager(self) -> TagManagerDialog:
        dialog = TagManagerDialog(self.services, self.undo_stack, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- slots -------------------------------------------------------------------------------
    def context_menu(self, pos: QPoint) -> QMenu:
        """The reader's own menu (copy, select all) plus the annotation actions."""
        menu = self.reader.text_view.createStandardContextMenu(pos)
        menu.addActions(self.reader.context_actions)
        menu.addSeparator()
        menu.addAction(self.annotate_action)
        menu.addAction(self.edit_text_action)
        menu.addAction(self.reimport_action)
        return menu

    def _on_text_view_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.reader.text_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_review_open_requested(self, annotation: Annotation) -> None:
        self.window.open_article(annotation.article_id)
        self.panel_dock.show()
        self.panel.select(annotation.id)

    def _on_browser_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self._schedule_library_views()

    def _on_browser_passage_requested(self, article_id: str, start: int, end: int) -> None:
        self.window.open_article(article_id, select=(start, end) if start >= 0 else None)
