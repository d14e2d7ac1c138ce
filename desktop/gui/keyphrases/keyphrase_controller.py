"""KeyphraseController: draws the key-phrase layers in the reader and wires toggles, list and citations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QCursor, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QDockWidget, QMenu

from desktop.domain.errors import UserError
from desktop.gui.annotations.annotation_commands import push
from desktop.gui.background_task import BackgroundTask
from desktop.gui.error_dialogs import show_error
from desktop.gui.i18n.core_text import core_text
from desktop.gui.keyphrases.citing_articles_menu import CitingArticlesMenu
from desktop.gui.keyphrases.glossary_commands import AddTermCommand
from desktop.gui.keyphrases.glossary_dialog import GlossaryDialog
from desktop.gui.keyphrases.keyphrase_panel import KeyphrasePanel
from desktop.gui.keyphrases.keyphrase_styles import (
    LAYER_NAMES,
    LAYER_Z,
    kind_help,
    kind_label,
    layer_spans,
    legend_icon,
)
from desktop.services.keyphrase_service import DOCUMENT_REF, KINDS, KeyPhrase
from desktop.text.document_refs import same_document
from desktop.text.qt_offsets import OffsetMap

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyphrases", text)


class KeyphraseController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.reader = window.reader
        self.phrases: list[KeyPhrase] = []
        self.dialog: GlossaryDialog | None = None
        self._next_occurrence: dict[tuple[str, str], int] = {}
        self._offsets = OffsetMap("")
        self._loading = False

        visible = set(self.services.keyphrases.visible_kinds())
        self.toggles: dict[str, QAction] = {}
        # One "Cụm từ khóa" entry in the View menu: the panel and the layers together (the dock's
        # own toggle used to sit beside it under the same name).
        self.view_menu = QMenu(_tr("&Cụm từ khóa"), window)
        self.view_menu.setObjectName("keyphraseViewMenu")
        self.view_menu.addSeparator()
        for kind in KINDS:
            action = QAction(legend_icon(kind), kind_label(kind), window)
            action.setObjectName(f"keyphraseToggle_{kind}")
            action.setCheckable(True)
            action.setChecked(kind in visible)
            action.setToolTip(kind_help(kind))
            action.setStatusTip(kind_help(kind))
            action.toggled.connect(lambda on, k=kind: self.set_kind_visible(k, on))
            self.toggles[kind] = action
            window.toolbar.addAction(action)
            self.view_menu.addAction(action)
        window.menus["view"].addMenu(self.view_menu)
        self.glossary_action = QAction(_tr("&Bảng thuật ngữ…"), window)
        self.glossary_action.setObjectName("glossaryAction")
        self.glossary_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.glossary_action.setStatusTip(
            _tr("Thêm, xóa, nhóm, nhập và xuất thuật ngữ được tô trong bài viết")
        )
        self.glossary_action.triggered.connect(self.show_glossary)
        window.menus["tools"].addAction(self.glossary_action)

        self.panel = KeyphrasePanel()
        self.panel.is_term = self.services.keyphrases.is_term
        self.dock = window.add_dock(self.panel, _tr("Cụm từ khóa"), "keyphraseDock")
        panel_toggle = self.dock.toggleViewAction()
        window.menus["view"].removeAction(panel_toggle)
        panel_toggle.setText(_tr("&Bảng cụm từ khóa"))
        panel_toggle.setStatusTip(_tr("Hiện hay ẩn danh sách cụm từ khóa của bài bên phải"))
        self.view_menu.insertAction(self.view_menu.actions()[0], panel_toggle)
        self._share_side_with_a_neighbour()
        self.panel.phrase_clicked.connect(self._on_panel_phrase_clicked)
        self.panel.add_requested.connect(self._on_panel_add_requested)
        self.panel.citing_requested.connect(self._on_panel_citing_requested)
        self.reader.article_shown.connect(self._on_reader_article_shown)
        window.bridge.glossary_changed.connect(self._on_bridge_glossary_changed)
        window.bridge.library_replaced.connect(self._on_bridge_glossary_changed)
        viewport = self.reader.text_view.viewport()
        viewport.setMouseTracking(True)
        viewport.installEventFilter(self)
        if self.reader.article_id:
            self.refresh()

    def _share_side_with_a_neighbour(self) -> None:
        """Tab the dock with one already on the right, so the window needs no more height."""
        for other in self.window.findChildren(QDockWidget):
            if (
                other is not self.dock
                and self.window.dockWidgetArea(other) == Qt.DockWidgetArea.RightDockWidgetArea
            ):
                self.window.tabifyDockWidget(other, self.dock)
                other.raise_()  # the neighbour stays in front; the "Cụm từ khóa" tab is one click away
                return

    # --- layers --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the shown article's key phrases and redraw the visible layers."""
        article_id = self.reader.article_id
        self._next_occurrence.clear()
        self._offsets = OffsetMap(self.reader.text)
        if not article_id:
            self.phrases = []
        else:
            service = self.services.keyphrases
            try:
                self.phrases = service.keyphrases(article_id, load_statistics=False)
            except UserError as exc:  # the article vanished meanwhile: show nothing, say why
                self.phrases = []
                self.window.show_status(core_text(exc))
            if not service.statistics_loaded():
                self._load_statistics_then_refresh()
        self.panel.set_phrases(self.phrases)
        for kind in KINDS:
            self._draw(kind)

    def _load_statistics_then_refresh(self) -> None:
        """First article: terms and references now, salient phrases once the statistics are read
        in a worker thread (a fraction of a second the window need not wait for)."""
        if self._loading:
            return
        self._loading = True

        def done(_result: object) -> None:
            self._loading = False
            if shiboken6.isValid(self.reader):  # the window may have closed while we read
                self.refresh()

        def failed(error: BaseException) -> None:
            self._loading = False
            self.window.show_status(_tr("Không đọc được thống kê cụm từ nổi bật."))

        self._task = BackgroundTask.start(self.services.keyphrases.load_statistics, done, failed)

    def _draw(self, kind: str) -> None:
        if self.toggles[kind].isChecked() and self.phrases:
            self.reader.set_layer(LAYER_NAMES[kind], layer_spans(self.phrases, kind), LAYER_Z[kind])
        else:
            self.reader.clear_layer(LAYER_NAMES[kind])

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        if self.toggles[kind].isChecked() != visible:
            self.toggles[kind].setChecked(visible)  # comes back here through `toggled`
            return
        self._draw(kind)
        self.services.keyphrases.set_visible_kinds(
            tuple(k for k in KINDS if self.toggles[k].isChecked())
        )

    # --- the side list -------------------------------------------------------------------------
    def show_next_occurrence(self, phrase: KeyPhrase) -> tuple[int, int]:
        """Scroll to the phrase's next occurrence (wrapping round) and flash it."""
        slot = (phrase.kind, phrase.key)
        index = self._next_occurrence.get(slot, 0) % len(phrase.spans)
        self._next_occurrence[slot] = index + 1
        start, end = phrase.spans[index]
        self.reader.scroll_to_range(start, end)
        self.window.show_status(
            _tr("“%1”: chỗ %2 trên %3")
            .replace("%1", phrase.text)
            .replace("%2", str(index + 1))
            .replace("%3", str(len(phrase.spans)))
        )
        return start, end

    def add_to_glossary(self, text: str) -> bool:
        done = push(
            self.window.undo_stack, AddTermCommand(self.services, text, error_parent=self.window)
        )
        if done:
            self.window.show_status(_tr("Đã thêm “%1” vào bảng thuật ngữ.").replace("%1", text))
        return done

    def _on_panel_phrase_clicked(self, phrase: KeyPhrase) -> None:
        self.show_next_occurrence(phrase)

    def _on_panel_add_requested(self, phrase: KeyPhrase) -> None:
        self.add_to_glossary(phrase.text)

    def _on_panel_citing_requested(self, phrase: KeyPhrase) -> None:
        self._popup(self.citing_menu(phrase.key), QCursor.pos())

    # --- citations -------------------------------------------------------------------------------
    def citing_menu(self, canonical: str) -> CitingArticlesMenu:
        metas = self.services.keyphrases.articles_citing(canonical)
        menu = CitingArticlesMenu(canonical, metas, self.reader.article_id, self.window)
        menu.article_chosen.connect(
            lambda article_id: self.open_citing_article(article_id, canonical)
        )
        return menu

    def open_citing_article(self, article_id: str, canonical: str) -> bool:
        """Open the article and select where it cites the document."""
        try:
            refs = self.services.keyphrases.keyphrases(article_id, (DOCUMENT_REF,))
        except UserError as exc:
            show_error(self.window, exc)
            return False
        spans = [span for p in refs if same_document(p.key, canonical) for span in p.spans]
        return self.window.open_article(article_id, select=spans[0] if spans else None)

    @staticmethod
    def _popup(menu: CitingArticlesMenu, pos: QPoint) -> None:
        menu.setAttribute(
            Qt.WidgetAttribute.WA_DeleteOnClose
        )  # one menu per click: do not pile them up
        menu.popup(pos)

    def ref_at(self, offset: int) -> KeyPhrase | None:
        for phrase in self.phrases:
            if phrase.kind == DOCUMENT_REF and any(s <= offset < e for s, e in phrase.spans):
                return phrase
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind not in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove)
            or not self.toggles[DOCUMENT_REF].isChecked()
        ):
            return False
        mouse: QMouseEvent = event  # type: ignore[assignment]
        position = mouse.position().toPoint()
        ref = self.ref_at(
            self._offsets.to_codepoint(self.reader.text_view.cursorForPosition(position).position())
        )
        viewport = self.reader.text_view.viewport()
        if kind == QEvent.Type.MouseMove:
            viewport.setCursor(
                Qt.CursorShape.PointingHandCursor if ref else Qt.CursorShape.IBeamCursor
            )
            return False
        if (
            ref is not None
            and mouse.button() == Qt.MouseButton.LeftButton
            and self.reader.selected_range() is None
        ):
            self._popup(
                self.citing_menu(ref.key),
                viewport.mapToGlobal(QPoint(position.x(), position.y() + 12)),
            )
        return False

    # --- glossary ------------------------------------------------------------------------------
    def show_glossary(self) -> GlossaryDialog:
        if self.dialog is None:
            self.dialog = GlossaryDialog(self.services, self.window.undo_stack, self.window)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _on_reader_article_shown(self, _article_id: str) -> None:
        self.refresh()

    def _on_bridge_glossary_changed(self) -> None:
        self.refresh()
        if self.dialog is not None:
            self.dialog.refresh()
