"""MainWindow: wires the library, the reader, menus and feature modules; computes nothing."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from desktop import __version__
from desktop.domain.errors import UserError
from desktop.gui import window_settings
from desktop.gui.error_dialogs import show_error
from desktop.gui.event_bridge import EventBridge
from desktop.gui.features import discover
from desktop.gui.library.library_view import LibraryView
from desktop.gui.reader.reader_view import ReaderView
from desktop.services import Services

SAVED_MESSAGE_MS = 4000


class MainWindow(QMainWindow):
    article_opened = Signal(str)

    def __init__(self, services: Services, settings: QSettings | None = None, *, install_features: bool = True) -> None:
        super().__init__()
        self.services = services
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self.bridge = EventBridge(services.events, self)
        self.setWindowTitle(self.tr("Trích Dẫn"))
        self.setObjectName("mainWindow")
        self.setDockNestingEnabled(True)

        self.library_view = LibraryView()
        self.reader = ReaderView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_view)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.toolbar = QToolBar(self.tr("Thanh công cụ"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self._build_status_bar()

        self.library_view.article_selected.connect(self._on_library_article_selected)
        self.bridge.articles_changed.connect(self._on_bridge_articles_changed)
        self.bridge.annotations_changed.connect(self._on_bridge_annotations_changed)
        self.bridge.library_replaced.connect(self._on_bridge_library_replaced)
        self.reader.zoom_changed.connect(lambda size: self.settings.setValue(window_settings.KEY_READER_SIZE, size))

        size = self.settings.value(window_settings.KEY_READER_SIZE)
        if size is not None:
            self.reader.set_point_size(int(size))
        self.reload_library()
        if install_features:
            for feature in discover():
                feature.install(self)
        self.menus["help"].addAction(self._about_action)
        self.first_start = not window_settings.restore_window(self.settings, self, self.splitter)
        if self.first_start:
            self._first_start_layout()
        if self.library_view.model.rowCount():
            self.library_view.select_row(0)

    # --- building ------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (
            ("file", self.tr("&Tệp")),
            ("edit", self.tr("&Sửa")),
            ("view", self.tr("&Xem")),
            ("tools", self.tr("&Công cụ")),
            ("help", self.tr("Trợ &giúp")),
        ):
            self.menus[key] = bar.addMenu(title)
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menus["file"].addAction(quit_action)
        self.menus["file"].addSeparator()

        view = self.menus["view"]
        for text, keys, slot in (
            (self.tr("Phóng &to chữ"), QKeySequence.StandardKey.ZoomIn, self.reader.zoom_in),
            (self.tr("Thu &nhỏ chữ"), QKeySequence.StandardKey.ZoomOut, self.reader.zoom_out),
            (self.tr("Cỡ chữ &mặc định"), QKeySequence("Ctrl+0"), self.reader.zoom_reset),
            (self.tr("Bài viết &sau"), QKeySequence("Alt+Down"), lambda: self.library_view.move_selection(1)),
            (self.tr("Bài viết &trước"), QKeySequence("Alt+Up"), lambda: self.library_view.move_selection(-1)),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            view.addAction(action)
        view.addSeparator()
        self._about_action = QAction(self.tr("&Giới thiệu Trích Dẫn"), self)
        self._about_action.triggered.connect(self._on_about_triggered)

    def _build_status_bar(self) -> None:
        self.size_label = QLabel()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.size_label)

    def _first_start_layout(self) -> None:
        """Room to read on first start: the application shows the window maximised; search waits
        for Ctrl+F; the notes browser waits for notes. Later starts restore the user's own layout."""
        # Never larger than the screen: a 1366x768 laptop without a window manager's maximise
        # would otherwise lose the status bar below its edge.
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1280, screen.width()) if screen else 1280, min(800, screen.height()) if screen else 800)
        search = self.findChild(QDockWidget, "searchDock")
        if search is not None:
            search.hide()
        panel = self.findChild(QDockWidget, "annotationPanelDock")
        if panel is not None:
            panel.raise_()  # the article's notes, not the review list, in front
        browser = self.findChild(QDockWidget, "annotationBrowserDock")
        if browser is not None and self.services.annotations.count() == 0:
            browser.hide()  # nothing to browse yet; View › Duyệt ghi chú brings it
        # Sizes apply once the window has its real size: after it is shown.
        QTimer.singleShot(0, self, self._first_start_sizes)

    def _first_start_sizes(self) -> None:
        width = self.splitter.width()
        self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])
        browser = self.findChild(QDockWidget, "annotationBrowserDock")
        if browser is not None and browser.isVisible():
            self.resizeDocks([browser], [max(180, self.height() // 4)], Qt.Orientation.Vertical)

    def add_dock(
        self,
        widget: QWidget,
        title: str,
        object_name: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """A dock whose show/hide toggle is listed in the View menu and whose place is remembered."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.menus["view"].addAction(dock.toggleViewAction())
        return dock

    def show_status(self, text: str, timeout_ms: int = SAVED_MESSAGE_MS) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # --- library -------------------------------------------------------------------
    def annotation_counts(self) -> dict[str, int]:
        return self.services.annotations.counts_by_article()

    def reload_library(self) -> None:
        metas = self.services.library.list_articles()
        counts = self.annotation_counts()
        self.library_view.set_articles(metas, counts)
        self._show_size(len(metas), sum(counts.values()))
        if self.reader.article_id and self.library_view.model.row_of(self.reader.article_id) < 0:
            self.reader.clear()

    def _show_size(self, articles: int, annotations: int) -> None:
        """The status bar's library size; every service event that changes it lands here."""
        self.size_label.setText(
            self.tr("Thư viện: %1 · %2")
            .replace("%1", self.tr("%Ln bài viết", "", articles))
            .replace("%2", self.tr("%Ln ghi chú", "", annotations))
        )

    def _flash_saved(self) -> None:
        self.saved_label.setText(self.tr("Đã lưu"))
        QTimer.singleShot(SAVED_MESSAGE_MS, self.saved_label, lambda: self.saved_label.setText(""))

    def open_article(self, article_id: str, select: tuple[int, int] | None = None) -> bool:
        """Show an article in the reader (and select it in the library); optionally a passage."""
        try:
            article = self.services.library.get_article(article_id)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.library_view.select_article(article_id, emit=False)
        if article_id != self.reader.article_id:
            self.reader.show_article(article)
            self.article_opened.emit(article_id)
        if select is not None:
            self.reader.scroll_to_range(*select)
        return True

    def _on_library_article_selected(self, article_id: str) -> None:
        self.open_article(article_id)

    def _on_bridge_articles_changed(self, ids: tuple[str, ...]) -> None:
        self.reload_library()
        self._flash_saved()
        if self.reader.article_id in ids and self.library_view.model.row_of(self.reader.article_id) >= 0:
            current = self.reader.article_id
            self.reader.article_id = ""  # force a re-read of the edited article
            self.open_article(current)

    def _on_bridge_library_replaced(self) -> None:
        current = self.reader.article_id
        self.reader.clear()
        self.reload_library()
        if current and self.library_view.model.row_of(current) >= 0:
            self.open_article(current)

    def _on_bridge_annotations_changed(self, _article_id: str) -> None:
        counts = self.annotation_counts()
        self.library_view.model.set_counts(counts)
        self._show_size(self.library_view.model.rowCount(), sum(counts.values()))
        self._flash_saved()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu Trích Dẫn"),
            self.tr("Trích Dẫn %1\nĐọc, đánh dấu và trích dẫn bài viết tiếng Việt.\nThư viện: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.services.data_dir)),
        )

    # --- closing -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        window_settings.save_window(self.settings, self, self.splitter)
        super().closeEvent(event)
