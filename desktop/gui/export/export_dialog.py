"""File → Xuất…: what to export, how, what to include; live preview; open the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.export.excerpt import article_sort_key, name_sort_key
from desktop.export.export_options import (
    ExcerptSelection,
    ExportFormat,
    ExportRequest,
    target_for,
)
from desktop.gui.error_dialogs import show_error
from desktop.gui.export.export_choices import (
    FORMAT_LABELS,
    KEY_LAST_FOLDER,
    ExportChoices,
    Scope,
    load_choices,
    save_choices,
)
from desktop.gui.export.export_layout_box import ExportLayoutBox
from desktop.gui.export.export_preview import ExportPreviewPanel
from desktop.gui.export.export_runner import ExportCancelled, run_export
from desktop.gui.export.export_scope_box import ExportScopeBox
from desktop.gui.i18n.core_text import core_text
from desktop.gui.plain_text import plain_labels
from desktop.gui.settings.app_settings import load_preferences
from desktop.services import Services
from desktop.services.annotation_filter import AnnotationFilter
from desktop.services.export_service import ExportResult

PREVIEW_DELAY_MS = 250  # typing a title must not rebuild the preview on every key
SCREEN_SHARE = 0.92  # of the available screen: room for the taskbar and the window frame
MAX_SIZE = (1600, 960)
PREVIEW_MIN_WIDTH = 360


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        services: Services,
        settings: QSettings,
        *,
        current_article_id: str = "",
        annotation_filter: Callable[[], AnnotationFilter] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.current_article_id = current_article_id
        self.annotation_filter = annotation_filter
        self.last_result: ExportResult | None = None
        self.setWindowTitle(_tr("Xuất trích dẫn"))
        choices = load_choices(settings)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        # Two option columns side by side, then the preview: every option shows without
        # scrolling at 1366x768; the scroll area is only a fallback for smaller screens.
        self.scope_box = self._what_box(choices)
        self.layout_box = ExportLayoutBox(choices.format, choices.options)
        self.layout_box.changed.connect(self._on_choice_changed)
        self.format_combo = self.layout_box.format_combo
        self.style_combo = self.layout_box.style_combo
        self.group_combo = self.layout_box.group_combo
        self.title_edit = self.layout_box.title_edit
        self.agency_edit = self.layout_box.agency_edit
        self.number_edit = self.layout_box.number_edit
        self.place_edit = self.layout_box.place_edit
        self.size_combo = self.layout_box.size_combo
        self.include_checks = self.layout_box.include_checks
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scope_box, 1)
        row.addWidget(self.layout_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(columns)
        # Never narrower than its content: the splitter gives the preview what is left.
        scroll.setMinimumWidth(columns.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        self.options_area = scroll
        self.preview = ExportPreviewPanel()
        self.preview.setMinimumWidth(PREVIEW_MIN_WIDTH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.open_file_button = QPushButton(_tr("Mở tệp"))
        self.open_folder_button = QPushButton(_tr("Mở thư mục"))
        self.export_button = QPushButton(_tr("Xuất…"))
        self.export_button.setDefault(True)
        close_button = QPushButton(_tr("Đóng"))
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        for button in (self.open_file_button, self.open_folder_button, self.export_button, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._fit_screen()
        self._update_enabled()
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML
        self.refresh_preview()

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width = min(MAX_SIZE[0], int(area.width() * SCREEN_SHARE)) if area else MAX_SIZE[0]
        height = min(MAX_SIZE[1], int(area.height() * SCREEN_SHARE)) if area else MAX_SIZE[1]
        self.resize(width, height)
        options = self.options_area.minimumWidth()
        self.splitter.setSizes([options, max(PREVIEW_MIN_WIDTH, width - options)])

    # --- building ------------------------------------------------------------------
    def _what_box(self, choices: ExportChoices) -> ExportScopeBox:
        metas = sorted(self.services.library.list_articles(), key=article_sort_key)
        names = sorted((t.name for t in self.services.store.list_tags()), key=name_sort_key)
        box = ExportScopeBox(choices, metas, names, self._available_scopes())
        box.changed.connect(self._on_choice_changed)
        # Short names for what tests and the request read most.
        self.scope_buttons, self.article_list, self.tag_list = (
            box.scope_buttons,
            box.article_list,
            box.tag_list,
        )
        return box

    # --- reading the choices -------------------------------------------------------
    def _available_scopes(self) -> set[Scope]:
        scopes = {Scope.ARTICLES, Scope.TAGS, Scope.LIBRARY}
        if self.current_article_id:
            scopes.add(Scope.CURRENT_ARTICLE)
        if self.annotation_filter is not None:
            scopes.add(Scope.BROWSER_FILTER)
        return scopes

    def scope(self) -> Scope:
        return self.scope_box.scope()

    def choices(self) -> ExportChoices:
        author = load_preferences(self.settings).user_name
        choices = ExportChoices(format=self.layout_box.format(), options=self.layout_box.options(author))
        self.scope_box.fill(choices)
        return choices

    def request(self) -> ExportRequest:
        """The request for the current choices; UserError says what is missing."""
        choices = self.choices()
        date_from = choices.date_from if choices.use_dates else None
        date_to = choices.date_to if choices.use_dates else None
        scope = choices.scope
        if scope is Scope.CURRENT_ARTICLE:
            selection = ExcerptSelection(article_ids=(self.current_article_id,))
        elif scope is Scope.ARTICLES:
            if not choices.article_ids:
                raise UserError(_tr("Hãy đánh dấu ít nhất một bài viết."))
            selection = ExcerptSelection(article_ids=tuple(choices.article_ids))
        elif scope is Scope.TAGS:
            if not choices.tag_names:
                raise UserError(_tr("Hãy đánh dấu ít nhất một thẻ."))
            selection = ExcerptSelection(tag_names=tuple(choices.tag_names))
        elif scope is Scope.BROWSER_FILTER and self.annotation_filter is not None:
            shown = self.services.annotations.query(self.annotation_filter())
            selection = ExcerptSelection(annotation_ids=tuple(a.id for a in shown))
        else:
            selection = ExcerptSelection()
        selection = replace(selection, date_from=date_from, date_to=date_to)
        options = choices.options
        if options.include_toc and self.services.export.toc_requirement(choices.format):
            options = options.with_changes(include_toc=False)  # the box says why it is off
        return ExportRequest(selection, options, choices.format)

    # --- reacting ------------------------------------------------------------------
    def _update_enabled(self) -> None:
        fmt = self.layout_box.format()
        self.layout_box.update_enabled(not self.services.export.toc_requirement(fmt))

    def _on_choice_changed(self, *_: object) -> None:
        self._update_enabled()
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            request = self.request()
            preview = self.services.export.preview(request)
        except UserError as exc:
            self.preview.show_message(core_text(exc))
            self.export_button.setEnabled(False)
            return
        self.preview.show_preview(preview)
        self.export_button.setEnabled(preview.excerpts > 0)

    # --- exporting -----------------------------------------------------------------
    def _suggested_path(self, request: ExportRequest) -> Path:
        folder = str(self.settings.value(KEY_LAST_FOLDER, "") or "") or str(Path.home())
        return Path(folder) / self.services.export.suggested_file_name(request)

    def _on_export_button_clicked(self) -> None:
        try:
            request = self.request()
        except UserError as exc:
            show_error(self, exc)
            return
        chosen = request.format
        # Every format is offered, the chosen one first: the name typed decides (see export_to).
        filters = [f"{_tr(FORMAT_LABELS[chosen])} (*{chosen.suffix})"] + [
            f"{_tr(FORMAT_LABELS[f])} (*{f.suffix})" for f in ExportFormat if f is not chosen
        ]
        name, selected = QFileDialog.getSaveFileName(
            self, _tr("Lưu tài liệu"), str(self._suggested_path(request)), ";;".join(filters)
        )
        if not name:
            return
        picked = next((f for f in ExportFormat if selected.endswith(f"(*{f.suffix})")), chosen)
        self.export_to(Path(name), fallback=picked)

    def export_to(self, path: Path, *, fallback: ExportFormat | None = None) -> ExportResult | None:
        """Export the current choices to `path`. A suffix the user typed chooses the format
        (the format box follows); a name without one gets the chosen format's suffix."""
        path, fmt = target_for(path, fallback or self.layout_box.format())
        if fmt is not self.layout_box.format():
            self.layout_box.set_format(fmt)
            self._update_enabled()
        try:
            request = self.request()
        except UserError as exc:
            show_error(self, exc)
            return None
        try:
            result = run_export(self.services, request, path, self)
        except ExportCancelled as exc:
            self.result_label.setText(core_text(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - every failure is shown, none is lost
            show_error(self, exc, _tr("Không xuất được"))
            return None
        save_choices(self.settings, self.choices())
        self.settings.setValue(KEY_LAST_FOLDER, str(result.path.parent))
        self.last_result = result
        self.result_label.setText(core_text(result.summary()))
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(True)
        self.exported.emit(result)
        self.refresh_preview()
        return result

    def open_file(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path)))

    def open_folder(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path.parent)))

    def done(self, result: int) -> None:
        save_choices(self.settings, self.choices())  # remembered even when closed without exporting
        super().done(result)
