"""SearchController: wires the search dock, the find bar, the runner and the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from desktop.domain.errors import UserError
from desktop.gui.background_task import BackgroundTask
from desktop.gui.i18n.core_text import core_text
from desktop.gui.search.find_bar import FindBar
from desktop.gui.search.search_panel import SearchPanel
from desktop.gui.search.search_result_model import ResultTarget
from desktop.gui.search.search_runner import SearchRunner

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

INDEX_UPDATE_DELAY_MS = 800  # let a burst of edits settle before updating the index
SEARCH_DOCK_MIN_WIDTH, SEARCH_DOCK_MAX_WIDTH = 360, 600


def _tr(text: str) -> str:
    return QCoreApplication.translate("Search", text)


class _IndexProgress(QObject):
    """Emitted from the worker thread; Qt queues it to the GUI thread."""

    progressed = Signal(int, int)


class SearchController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = SearchPanel()
        self.dock = window.add_dock(self.panel, _tr("Tìm kiếm"), "searchDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.find_bar = FindBar(window.reader, lambda text, query: window.services.search.find_in_text(text, query))
        layout = window.reader.layout()
        if layout is not None:
            layout.addWidget(self.find_bar)
        _ = window.services.search  # built here, on the GUI thread, before any worker asks for it
        self.runner = SearchRunner(lambda: window.services.search, self)
        self._indexing = False
        self._progress_status = False  # the status line shows work that is still going on
        self._index_again = False
        self._index_task: BackgroundTask | None = None
        self._progress = _IndexProgress(self)
        self._progress.progressed.connect(self._on_progress_progressed)
        self.index_timer = QTimer(self)
        self.index_timer.setSingleShot(True)
        self.index_timer.setInterval(INDEX_UPDATE_DELAY_MS)
        self.index_timer.timeout.connect(self.update_index)
        self._build_actions()

        self.panel.query_edited.connect(self._on_panel_query_edited)
        self.panel.result_activated.connect(self.open_result)
        self.runner.finished.connect(self.panel.show_results)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        window.reader.article_shown.connect(self._on_reader_article_shown)
        for signal in (window.bridge.articles_changed, window.bridge.annotations_changed, window.bridge.tags_changed):
            signal.connect(self._on_library_changed)
        window.bridge.library_replaced.connect(self._on_library_changed)
        self.update_index()  # catch up now, off the GUI thread, so the first search is quick

    def _action(self, text: str, keys: list[QKeySequence], slot: object, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.search_action = self._action(_tr("&Tìm kiếm…"), [QKeySequence(QKeySequence.StandardKey.Find)], self.focus_search, "searchAction")
        self.find_action = self._action(_tr("Tìm trong &bài…"), [QKeySequence("Ctrl+Shift+F")], self.find_bar.open_bar, "findInArticleAction")
        self.next_action = self._action(_tr("Chỗ khớp &sau"), [QKeySequence(QKeySequence.StandardKey.FindNext)], self.find_bar.next_hit, "findNextAction")
        self.previous_action = self._action(_tr("Chỗ khớp &trước"), [QKeySequence(QKeySequence.StandardKey.FindPrevious)], self.find_bar.previous_hit, "findPreviousAction")
        self.help_action = self._action(_tr("Cách &tìm kiếm"), [], self._on_help_triggered, "searchHelpAction")
        self.rebuild_action = self._action(_tr("Tạo lại chỉ mục tìm kiếm"), [], self.rebuild_index, "rebuildSearchIndexAction")
        edit = self.window.menus["edit"]
        edit.addSeparator()
        for action in (self.search_action, self.find_action, self.next_action, self.previous_action):
            edit.addAction(action)
        self.window.menus["tools"].addAction(self.rebuild_action)
        self.window.menus["help"].addAction(self.help_action)
        self.window.toolbar.addAction(self.search_action)

    # --- searching -----------------------------------------------------------------
    def focus_search(self) -> None:
        was_hidden = not self.dock.isVisible()
        self.dock.show()
        self.dock.raise_()
        if was_hidden:
            self._widen_dock()
        self.panel.focus_box()

    def _widen_dock(self) -> None:
        """Room for a snippet of two or three lines: a dock that opens narrow (Qt's default
        for a hidden dock is its minimum) is widened to a third of the window."""
        wanted = min(SEARCH_DOCK_MAX_WIDTH, max(SEARCH_DOCK_MIN_WIDTH, self.window.width() * 3 // 10))
        if self.dock.width() < wanted and not self.dock.isFloating():
            self.window.resizeDocks([self.dock], [wanted], Qt.Orientation.Horizontal)

    def _on_help_triggered(self) -> None:
        self.focus_search()
        self.panel.show_help()

    def _on_panel_query_edited(self, query: str, forced: bool) -> None:
        if not query:
            self.runner.cancel()
        else:
            self.runner.request(query, now=forced)

    def _on_runner_failed(self, error: BaseException) -> None:
        message = core_text(error) if isinstance(error, UserError) else _tr("Không tìm được: đã xảy ra lỗi không mong đợi.")
        self.panel.clear_results(message)

    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy and not self._indexing:
            self._set_progress_status(_tr("Đang tìm…"))

    def open_result(self, target: ResultTarget) -> None:
        """Show the article, every hit highlighted, ready to step through them."""
        if not self.window.open_article(target.article_id):
            return
        try:
            has_words = bool(self.window.services.search.parse(self.panel.query).terms)
        except UserError:
            has_words = False
        if not has_words:  # only filters (tag:, nguồn:, ngày:): nothing to mark in the text
            if target.start is not None and target.end is not None:
                self.window.reader.scroll_to_range(target.start, target.end)
            return
        self.find_bar.set_query(self.panel.query)
        if target.start is not None and target.end is not None:
            self.find_bar.go_to_offset(target.start)
            self.window.reader.scroll_to_range(target.start, target.end)
        elif self.find_bar.hits:
            self.find_bar.go_to_offset(0)

    def _on_reader_article_shown(self, _article_id: str) -> None:
        if self.find_bar.isVisible() and self.find_bar.edit.text().strip():
            self.find_bar.refresh()
        else:
            self.find_bar.hits, self.find_bar.current = [], -1

    # --- keeping the index current -------------------------------------------------
    def _on_library_changed(self, *_: object) -> None:
        self.index_timer.start()

    def update_index(self, rebuild: bool = False) -> None:
        if self._indexing:
            self._index_again = True
            return
        self._indexing = True
        services, progress = self.window.services, self._progress

        def work() -> bool:
            report = progress.progressed.emit
            return services.search.rebuild(report) if rebuild else services.search.ensure_ready(report)

        # Kept referenced until it reports: its signals object must outlive the worker.
        self._index_task = BackgroundTask.start(work, self._on_index_done, self._on_index_failed)

    def rebuild_index(self) -> None:
        self._set_progress_status(_tr("Đang tạo lại chỉ mục tìm kiếm…"))
        self.update_index(rebuild=True)

    def _set_progress_status(self, text: str) -> None:
        """A "work in progress" status, cleared when the work ends (a flag, not the wording:
        the text is translated)."""
        self._progress_status = True
        self.panel.set_status(text)

    def _on_progress_progressed(self, done: int, total: int) -> None:
        if total >= 50:
            self._set_progress_status(
                _tr("Đang cập nhật chỉ mục tìm kiếm: %1/%2 mục…").replace("%1", QLocale().toString(done)).replace("%2", QLocale().toString(total))
            )

    def _on_index_done(self, _result: object) -> None:
        self._indexing = False
        if self._index_again:
            self._index_again = False
            self.update_index()
            return
        if self.panel.query.strip() and self.panel.model.results is not None:
            self.runner.request(self.panel.query)  # results shown may be out of date
        elif self._progress_status:
            self._progress_status = False
            self.panel.set_status("")

    def _on_index_failed(self, error: BaseException) -> None:
        self._indexing = False
        message = core_text(error) if isinstance(error, UserError) else _tr("Chưa cập nhật được chỉ mục tìm kiếm.")
        self.panel.set_status(message)
