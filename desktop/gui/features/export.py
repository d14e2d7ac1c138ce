"""Feature: File → Xuất… (the brief and open formats) and importing a colleague's annotations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from desktop.export.annotation_merge import MergeReport
from desktop.gui.export.export_dialog import ExportDialog
from desktop.gui.export.import_annotations_command import ImportAnnotationsCommand
from desktop.gui.export.import_annotations_flow import ask_and_import
from desktop.gui.i18n.core_text import core_text
from desktop.services.export_service import ExportResult

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

ORDER = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class ExportController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: ExportDialog | None = None
        self.export_action = QAction(_tr("&Xuất…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip(
            _tr("Xuất trích dẫn ra Word, PDF, Markdown, CSV hoặc tệp chú thích W3C (.jsonld)")
        )
        self.export_action.triggered.connect(self.open_dialog)
        self.import_action = QAction(_tr("&Nhập ghi chú của đồng nghiệp (tệp .jsonld)…"), window)
        self.import_action.triggered.connect(self.import_annotations)
        self.import_action.setEnabled(not window.services.store.read_only)
        file_menu = window.menus["file"]
        # Above "Thoát", which the window put first.
        actions = file_menu.actions()
        if actions:
            file_menu.insertActions(actions[0], [self.export_action, self.import_action])
            file_menu.insertSeparator(actions[0])
        else:
            file_menu.addActions([self.export_action, self.import_action])
        window.toolbar.addAction(self.export_action)

    def open_dialog(self) -> ExportDialog:
        window = self.window
        dialog = ExportDialog(
            window.services,
            window.settings,
            current_article_id=window.reader.article_id or "",
            annotation_filter=getattr(window, "annotation_filter", None),
            parent=window,
        )
        dialog.exported.connect(self._on_dialog_exported)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_exported(self, result: ExportResult) -> None:
        self.window.show_status(core_text(result.summary()))

    def import_annotations(self) -> None:
        done = ask_and_import(self.window.services, self.window.settings, self.window)
        if done is not None:
            self.record_import(*done)

    def record_import(self, report: MergeReport, file_name: str) -> None:
        """Make a finished import undoable and say what it did."""
        if report.applied is not None:
            self.window.undo_stack.push(
                ImportAnnotationsCommand(self.window.services, report.applied, file_name)
            )
        self.window.show_status(core_text(report.summary()))


def install(window: MainWindow) -> None:
    window.export_controller = ExportController(window)  # type: ignore[attr-defined]
