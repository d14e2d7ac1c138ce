"""File → Xuất…: what to export, how, what to include; live preview; open the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.export.excerpt import article_sort_key, name_sort_key
from desktop.export.export_options import (
    BriefOptions,
    ExcerptSelection,
    ExportFormat,
    ExportRequest,
    GroupBy,
)
from desktop.gui.error_dialogs import show_error
from desktop.gui.export.export_choices import (
    FORMAT_LABELS,
    GROUP_LABELS,
    KEY_LAST_FOLDER,
    ExportChoices,
    Scope,
    load_choices,
    save_choices,
)
from desktop.gui.export.export_preview import ExportPreviewPanel
from desktop.gui.export.export_runner import ExportCancelled, run_export
from desktop.gui.export.export_scope_box import ExportScopeBox
from desktop.gui.plain_text import plain_labels
from desktop.services import Services
from desktop.services.annotation_filter import AnnotationFilter
from desktop.services.export_service import ExportResult

PREVIEW_DELAY_MS = 250  # typing a title must not rebuild the preview on every key
INCLUDES: tuple[tuple[str, str], ...] = (  # type: ignore[assignment]
    ("include_notes", QT_TRANSLATE_NOOP("Export", "Ghi chú")),
    ("include_tags", QT_TRANSLATE_NOOP("Export", "Thẻ")),
    (
        "include_citations",
        QT_TRANSLATE_NOOP("Export", "Nguồn trích dẫn (bài, báo, tác giả, ngày, đoạn)"),
    ),
    ("include_context", QT_TRANSLATE_NOOP("Export", "Cả câu chứa đoạn trích")),
    (
        "include_summary",
        QT_TRANSLATE_NOOP("Export", "Bảng tổng hợp số trích dẫn theo thẻ và theo bài"),
    ),
    ("include_toc", QT_TRANSLATE_NOOP("Export", "Mục lục")),
    ("include_appendix", QT_TRANSLATE_NOOP("Export", "Phụ lục: toàn văn bài viết có đánh dấu")),
)


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
        self.resize(1100, 720)
        choices = load_choices(settings)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        form = QWidget()
        column = QVBoxLayout(form)
        column.addWidget(self._what_box(choices))
        column.addWidget(self._how_box(choices))
        column.addWidget(self._include_box(choices.options))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.preview = ExportPreviewPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setSizes([460, 640])

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
        for button in (
            self.open_file_button,
            self.open_folder_button,
            self.export_button,
            close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_enabled()
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML
        self.refresh_preview()

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
        self.scope_box = box
        return box

    def _how_box(self, choices: ExportChoices) -> QGroupBox:
        box = QGroupBox(_tr("Trình bày"))
        form = QFormLayout(box)
        options = choices.options
        self.format_combo = QComboBox()
        for fmt in ExportFormat:
            self.format_combo.addItem(_tr(FORMAT_LABELS[fmt]), fmt.value)
        self.format_combo.setCurrentIndex(self.format_combo.findData(choices.format.value))
        self.group_combo = QComboBox()
        for group in GroupBy:
            self.group_combo.addItem(_tr(GROUP_LABELS[group]), group.value)
        self.group_combo.setCurrentIndex(self.group_combo.findData(options.group_by.value))
        self.title_edit = QLineEdit(options.title)
        self.agency_edit = QPlainTextEdit(options.agency)
        self.agency_edit.setPlaceholderText(_tr("Cơ quan chủ quản\nĐơn vị"))
        self.agency_edit.setMaximumHeight(60)
        self.place_edit = QLineEdit(options.place)
        self.size_combo = QComboBox()
        for size in (13, 14):
            self.size_combo.addItem(f"{size} pt", float(size))
        self.size_combo.setCurrentIndex(0 if options.font_size_pt < 14 else 1)
        form.addRow(_tr("Định dạng"), self.format_combo)
        form.addRow(_tr("Nhóm"), self.group_combo)
        form.addRow(_tr("Tên tài liệu"), self.title_edit)
        form.addRow(_tr("Cơ quan, đơn vị"), self.agency_edit)
        form.addRow(_tr("Địa danh"), self.place_edit)
        form.addRow(_tr("Cỡ chữ"), self.size_combo)
        for combo in (self.format_combo, self.group_combo, self.size_combo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        for edit in (self.title_edit, self.place_edit):
            edit.textChanged.connect(self._on_choice_changed)
        self.agency_edit.textChanged.connect(self._on_choice_changed)
        return box

    def _include_box(self, options: BriefOptions) -> QGroupBox:
        box = QGroupBox(_tr("Kèm theo"))
        layout = QVBoxLayout(box)
        self.include_checks: dict[str, QCheckBox] = {}
        for name, label in INCLUDES:
            check = QCheckBox(_tr(label))
            check.setChecked(bool(getattr(options, name)))
            check.toggled.connect(self._on_choice_changed)
            layout.addWidget(check)
            self.include_checks[name] = check
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
        options = BriefOptions(
            title=self.title_edit.text().strip(),
            agency=self.agency_edit.toPlainText().strip(),
            place=self.place_edit.text().strip(),
            group_by=GroupBy(self.group_combo.currentData()),
            font_size_pt=float(self.size_combo.currentData()),
            **{name: check.isChecked() for name, check in self.include_checks.items()},  # type: ignore[arg-type]
        )
        choices = ExportChoices(
            format=ExportFormat(self.format_combo.currentData()), options=options
        )
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
        return ExportRequest(selection, choices.options, choices.format)

    # --- reacting ------------------------------------------------------------------
    def _update_enabled(self) -> None:
        fmt = ExportFormat(self.format_combo.currentData())
        # Only Word has a table-of-contents field; CSV and JSON-LD carry no title block.
        self.include_checks["include_toc"].setEnabled(fmt is ExportFormat.DOCX)
        for edit in (self.agency_edit, self.place_edit):
            edit.setEnabled(fmt in (ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.MARKDOWN))

    def _on_choice_changed(self, *_: object) -> None:
        self._update_enabled()
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            request = self.request()
        except UserError as exc:
            self.preview.show_message(exc.message)
            self.export_button.setEnabled(False)
            return
        try:
            preview = self.services.export.preview(request)
        except UserError as exc:
            self.preview.show_message(exc.message)
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
        fmt = request.format
        name, _ = QFileDialog.getSaveFileName(
            self,
            _tr("Lưu tài liệu"),
            str(self._suggested_path(request)),
            f"{_tr(FORMAT_LABELS[fmt])} (*{fmt.suffix})",
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> ExportResult | None:
        """Export the current choices to `path` (the suffix is added when missing)."""
        try:
            request = self.request()
        except UserError as exc:
            show_error(self, exc)
            return None
        if path.suffix.lower() != request.format.suffix:
            path = path.with_name(path.name + request.format.suffix)
        try:
            result = run_export(self.services, request, path, self)
        except ExportCancelled as exc:
            self.result_label.setText(exc.message)
            return None
        except Exception as exc:  # noqa: BLE001 - every failure is shown, none is lost
            show_error(self, exc, _tr("Không xuất được"))
            return None
        save_choices(self.settings, self.choices())
        self.settings.setValue(KEY_LAST_FOLDER, str(result.path.parent))
        self.last_result = result
        self.result_label.setText(result.summary())
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(True)
        self.exported.emit(result)
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
