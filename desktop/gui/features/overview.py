"""Feature: View > Tổng quan: library charts, kept current, whose bars filter the annotations browser."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from shiboken6 import isValid

from desktop.gui.background_task import BackgroundTask
from desktop.gui.error_dialogs import show_error
from desktop.gui.overview.overview_dialog import OverviewDialog, chart_titles
from desktop.services.annotation_filter import AnnotationFilter
from desktop.services.overview_service import KEYPHRASES, ChartBar, LibraryOverview, OverviewService

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 60
REFRESH_DELAY_MS = 400  # a burst of edits (an import, a tag merge) redraws the charts once


def _tr(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


class OverviewController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.service = OverviewService(window.services)
        self.dialog: OverviewDialog | None = None
        self._generation = 0
        self._tasks: list[BackgroundTask] = []
        self.busy = False  # a refresh is on its way (tests and screenshots wait for it)
        self.action = QAction(_tr("&Tổng quan…"), window)
        self.action.setObjectName("overviewAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))  # T: Tổng quan; Ctrl+Shift+O imports a folder
        self.action.setStatusTip(_tr("Biểu đồ ghi chú theo thẻ, bài viết, thời gian; cụm từ và văn bản được nhắc nhiều"))
        self.action.triggered.connect(self.show)
        window.menus["view"].addAction(self.action)
        window.toolbar.addAction(self.action)
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        bridge = window.bridge
        for signal in (bridge.articles_changed, bridge.annotations_changed, bridge.library_replaced):
            signal.connect(self._on_library_changed)
        if hasattr(bridge, "tags_changed"):
            bridge.tags_changed.connect(self._on_library_changed)

    def show(self) -> OverviewDialog:
        if self.dialog is None:
            self.dialog = OverviewDialog(self.window)
            self.dialog.bar_clicked.connect(self._on_dialog_bar_clicked)
        self.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def refresh(self) -> None:
        """Recompute the charts off the GUI thread (a snapshot of the library is taken here, in
        a few milliseconds); key phrases, slower, follow. The newest request wins."""
        if self.dialog is None:
            return
        self._generation += 1
        generation = self._generation
        snapshot = self.service.snapshot()
        sample = self.service.keyphrase_sample()
        self.busy = True
        self._start(
            lambda: OverviewService.compute(snapshot),
            lambda view: self._on_overview_done(generation, view, sample),
        )

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        # Recent tasks stay referenced: a task's signal object must outlive the worker to deliver
        # its result, including the one whose callback is starting this task right now.
        task = BackgroundTask.start(work, done, self._on_task_failed)
        self._tasks = [*self._tasks[-3:], task]

    def _current(self, generation: int) -> bool:
        # The window may have closed, or a newer refresh started, while the worker ran.
        return self.dialog is not None and isValid(self.dialog) and generation == self._generation

    def _on_overview_done(self, generation: int, view: LibraryOverview, sample: list[str]) -> None:
        if not self._current(generation):
            return
        assert self.dialog is not None
        self.dialog.show_overview(view, keyphrases_pending=True)
        self._start(
            lambda: self.service.keyphrase_bars(sample),
            lambda bars: self._on_keyphrases_done(generation, bars),
        )

    def _on_keyphrases_done(self, generation: int, bars: list[ChartBar]) -> None:
        if self._current(generation):
            assert self.dialog is not None
            self.dialog.show_chart(KEYPHRASES, tuple(bars))
            self.busy = False
            self.dialog.updated.emit()

    def _on_task_failed(self, error: BaseException) -> None:
        self.busy = False
        if self.dialog is not None and isValid(self.dialog):
            show_error(self.dialog, error)

    def _on_library_changed(self, *_: object) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self._timer.start()

    def _on_dialog_bar_clicked(self, chart: str, bar: ChartBar) -> None:
        label = f"{chart_titles()[chart]}: {bar.label}"
        self.show_in_browser(self.service.filter_for(chart, bar), label)

    def show_in_browser(self, annotation_filter: AnnotationFilter, label: str) -> bool:
        """Set the annotations browser to `annotation_filter` and bring it forward."""
        controller = getattr(self.window, "annotation_controller", None)
        browser = getattr(controller, "browser", None)
        if browser is None or not hasattr(browser, "set_filter"):
            self.window.show_status(_tr("Không lọc được “Duyệt ghi chú” theo “%1”.").replace("%1", label))
            return False
        browser.set_filter(annotation_filter, label)
        dock = getattr(controller, "browser_dock", None)
        if dock is not None:
            dock.show()
            dock.raise_()
        self.window.show_status(_tr("Duyệt ghi chú: đang lọc theo “%1”.").replace("%1", label))
        return True


def install(window: MainWindow) -> None:
    window.overview_controller = OverviewController(window)  # type: ignore[attr-defined]
