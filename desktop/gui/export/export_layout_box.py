"""The export dialog's "Trình bày" and "Kèm theo" boxes: format, layout, title block, parts."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.export.export_options import BriefOptions, ExportFormat, GroupBy, LayoutStyle
from desktop.gui.export.export_choices import FORMAT_LABELS, GROUP_LABELS, STYLE_LABELS

# (option, label, tooltip): short labels, so the box fits a 1366-pixel screen in both languages.
INCLUDES: tuple[tuple[str, str, str], ...] = cast(tuple[tuple[str, str, str], ...], (
    ("include_citations", QT_TRANSLATE_NOOP("Export", "Nguồn trích dẫn"),
     QT_TRANSLATE_NOOP("Export", "Tên bài, báo, tác giả, ngày đăng và số đoạn dưới mỗi trích dẫn")),
    ("include_notes", QT_TRANSLATE_NOOP("Export", "Ghi chú"), ""),
    ("include_tags", QT_TRANSLATE_NOOP("Export", "Thẻ"), ""),
    ("include_context", QT_TRANSLATE_NOOP("Export", "Cả câu chứa đoạn trích"), ""),
    ("include_summary", QT_TRANSLATE_NOOP("Export", "Bảng tổng hợp số lượng"),
     QT_TRANSLATE_NOOP("Export", "Số trích dẫn theo thẻ và theo bài viết")),
    ("include_appendix", QT_TRANSLATE_NOOP("Export", "Phụ lục toàn văn"),
     QT_TRANSLATE_NOOP("Export", "Toàn văn các bài viết, đoạn trích được tô màu")),
    ("include_toc", QT_TRANSLATE_NOOP("Export", "Mục lục có số trang"), ""),
))  # fmt: skip
AGENCY_HINTS = cast(dict[LayoutStyle, str], {
    LayoutStyle.ND30: QT_TRANSLATE_NOOP("Export", "Cơ quan chủ quản\nĐơn vị"),
    LayoutStyle.HD36: QT_TRANSLATE_NOOP("Export", "Đảng bộ cấp trên\nChi bộ hoặc đảng ủy"),
})
NUMBER_HINTS = cast(dict[LayoutStyle, str], {
    LayoutStyle.ND30: QT_TRANSLATE_NOOP("Export", "ví dụ 15/BC-UBND"),
    LayoutStyle.HD36: QT_TRANSLATE_NOOP("Export", "ví dụ 15-BC/ĐU"),
})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _combo() -> QComboBox:
    combo = QComboBox()
    # Long entries must not widen the dialog: the list opens wide enough anyway.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


class ExportLayoutBox(QWidget):
    changed = Signal()

    def __init__(self, fmt: ExportFormat, options: BriefOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        how = QGroupBox(_tr("Trình bày"))
        form = QFormLayout(how)
        self.format_combo = _combo()
        for f in ExportFormat:
            self.format_combo.addItem(_tr(FORMAT_LABELS[f]), f.value)
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt.value))
        self.style_combo = _combo()
        for style in LayoutStyle:
            self.style_combo.addItem(_tr(STYLE_LABELS[style]), style.value)
        self.style_combo.setCurrentIndex(self.style_combo.findData(options.style.value))
        self.group_combo = _combo()
        for group in GroupBy:
            self.group_combo.addItem(_tr(GROUP_LABELS[group]), group.value)
        self.group_combo.setCurrentIndex(self.group_combo.findData(options.group_by.value))
        self.title_edit = QLineEdit(options.title)
        self.agency_edit = QPlainTextEdit(options.agency)
        self.agency_edit.setTabChangesFocus(True)
        self.agency_edit.setFixedHeight(self.agency_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.number_edit = QLineEdit(options.number)
        self.place_edit = QLineEdit(options.place)
        self.size_combo = _combo()
        self.size_combo.setMinimumContentsLength(6)
        form.addRow(_tr("Định dạng"), self.format_combo)
        form.addRow(_tr("Thể thức"), self.style_combo)
        form.addRow(_tr("Nhóm"), self.group_combo)
        form.addRow(_tr("Tên tài liệu"), self.title_edit)
        form.addRow(_tr("Cơ quan, đơn vị"), self.agency_edit)
        form.addRow(_tr("Số, ký hiệu"), self.number_edit)
        form.addRow(_tr("Địa danh"), self.place_edit)
        form.addRow(_tr("Cỡ chữ"), self.size_combo)

        parts = QGroupBox(_tr("Kèm theo"))
        grid = QGridLayout(parts)
        self.include_checks: dict[str, QCheckBox] = {}
        for i, (name, label, tip) in enumerate(INCLUDES):
            check = QCheckBox(_tr(label))
            if tip:
                check.setToolTip(_tr(tip))
            check.setChecked(bool(getattr(options, name)))
            check.toggled.connect(self._on_changed)
            grid.addWidget(check, i // 2, i % 2)
            self.include_checks[name] = check
        # One short line (no word wrap: a wrapping label makes the options pane scroll early);
        # the whole reason is the tooltip.
        self.toc_note = QLabel()
        self.toc_note.setObjectName("tocNote")
        grid.addWidget(self.toc_note, len(INCLUDES) // 2 + 1, 0, 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(how)
        layout.addWidget(parts)
        layout.addStretch(1)
        self._fill_sizes(options.body_size)
        for combo in (self.format_combo, self.style_combo, self.group_combo):
            # Narrow boxes may cut a long entry: the whole of it in the tooltip.
            combo.currentTextChanged.connect(combo.setToolTip)
            combo.setToolTip(combo.currentText())
        for combo in (self.format_combo, self.group_combo, self.size_combo):
            combo.currentIndexChanged.connect(self._on_changed)
        self.style_combo.currentIndexChanged.connect(self._on_style_changed)
        for edit in (self.title_edit, self.number_edit, self.place_edit):
            edit.textChanged.connect(self._on_changed)
        self.agency_edit.textChanged.connect(self._on_changed)
        self._hints()

    # --- reading -------------------------------------------------------------------------
    def format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData())

    def set_format(self, fmt: ExportFormat) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt.value))

    def layout_style(self) -> LayoutStyle:
        return LayoutStyle(self.style_combo.currentData())

    def options(self, author: str = "") -> BriefOptions:
        return BriefOptions(
            title=self.title_edit.text().strip(),
            agency=self.agency_edit.toPlainText().strip(),
            number=self.number_edit.text().strip(),
            place=self.place_edit.text().strip(),
            author=author,
            style=self.layout_style(),
            group_by=GroupBy(self.group_combo.currentData()),
            font_size_pt=float(self.size_combo.currentData()),
            **{name: check.isChecked() for name, check in self.include_checks.items()},  # type: ignore[arg-type]
        )

    # --- reacting ------------------------------------------------------------------------
    def _fill_sizes(self, wanted: float) -> None:
        low, high = self.layout_style().font_sizes
        self.size_combo.blockSignals(True)
        self.size_combo.clear()
        for size in (low, high):
            self.size_combo.addItem(f"{size:g} pt", size)
        self.size_combo.setCurrentIndex(1 if self.layout_style().fit_font_size(wanted) >= high else 0)
        self.size_combo.blockSignals(False)

    def _hints(self) -> None:
        style = self.layout_style()
        self.agency_edit.setPlaceholderText(_tr(AGENCY_HINTS[style]))
        self.number_edit.setPlaceholderText(_tr(NUMBER_HINTS[style]))

    def _on_style_changed(self, *_: object) -> None:
        self._fill_sizes(float(self.size_combo.currentData() or 14))
        self._hints()
        self._on_changed()

    def _on_changed(self, *_: object) -> None:
        self.changed.emit()

    def update_enabled(self, toc_available: bool) -> None:
        """What the chosen format can carry: a layout (Word, PDF, Markdown), and a table of
        contents (Word only with LibreOffice installed, which counts the pages)."""
        fmt = self.format()
        for widget in (self.style_combo, self.agency_edit, self.number_edit, self.place_edit, self.size_combo):
            widget.setEnabled(fmt.has_layout)
        for name in ("include_summary", "include_appendix", "include_context"):
            self.include_checks[name].setEnabled(fmt.has_layout)
        self.group_combo.setEnabled(fmt is not ExportFormat.JSONLD)
        if not fmt.has_layout:
            reason = _tr("Bảng tính (.csv) và tệp ghi chú để chia sẻ (.jsonld) không có mục lục.")
        elif not toc_available:
            reason = _tr(
                "Mục lục của tệp Word cần LibreOffice (miễn phí, libreoffice.org) để đánh số "
                "trang, mà máy này chưa có. Bản PDF và Markdown vẫn có mục lục."
            )
        else:
            reason = ""
        toc = self.include_checks["include_toc"]
        toc.setEnabled(not reason)
        toc.setToolTip(reason or _tr("Số trang của từng mục, tính khi xuất tệp."))
        short = _tr("Mục lục Word cần LibreOffice (miễn phí).") if fmt.has_layout and reason else ""
        self.toc_note.setText(short)
        self.toc_note.setToolTip(reason)
        self.toc_note.setVisible(bool(short))
