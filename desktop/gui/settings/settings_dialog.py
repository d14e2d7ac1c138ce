"""SettingsDialog: language, theme, reader font, colour legend, library folder, backups (a view only)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.gui.annotations.color_swatch import highlight_color_name, highlight_swatch_icon
from desktop.gui.i18n.language import LANGUAGES
from desktop.gui.plain_text import plain_labels
from desktop.gui.settings.app_settings import Preferences

MIN_SIZE, MAX_SIZE = 8, 40


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def _theme_names() -> list[tuple[str, str]]:
    return [("system", _tr("Theo hệ thống")), ("light", _tr("Sáng")), ("dark", _tr("Tối"))]


class SettingsDialog(QDialog):
    def __init__(
        self,
        prefs: Preferences,
        legend: dict[str, str],
        backup_keep: int,
        current_library: str,
        *,
        font_family_supported: bool = True,
        default_family: str = "",
        default_library: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(_tr("Cài đặt"))
        self._prefs = prefs
        self._current_library = current_library
        # What "default" means here and now: the serif the reader falls back to, the folder a
        # library lives in when none is chosen (not the one open now, which may be another).
        self._default_family = default_family
        self._default_library = default_library or current_library
        self._family_supported = font_family_supported
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(prefs), _tr("&Chung"))
        self.tabs.addTab(self._reader_tab(prefs, font_family_supported), _tr("&Trình đọc"))
        self.tabs.addTab(self._legend_tab(legend), _tr("&Màu tô sáng"))
        self.tabs.addTab(self._library_tab(prefs, backup_keep), _tr("Th&ư viện"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    # --- tabs ------------------------------------------------------------------------
    def _general_tab(self, prefs: Preferences) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(_tr("Ngôn ngữ giao diện"))
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        form.addRow(_tr("&Ngôn ngữ:"), self.language_combo)
        note = QLabel(_tr("Đổi ngôn ngữ cần khởi động lại ứng dụng."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(_tr("Giao diện sáng hoặc tối"))
        for code, name in _theme_names():
            self.theme_combo.addItem(name, code)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(prefs.theme)))
        form.addRow(_tr("&Giao diện:"), self.theme_combo)
        self.user_name_edit = QLineEdit(prefs.user_name)
        self.user_name_edit.setMaxLength(120)
        self.user_name_edit.setPlaceholderText(_tr("ví dụ Nguyễn Thị Lan"))
        self.user_name_edit.setAccessibleName(_tr("Tên người dùng, ghi là tác giả khi xuất tài liệu"))
        form.addRow(_tr("&Tên của bạn:"), self.user_name_edit)
        return page

    def _reader_tab(self, prefs: Preferences, font_family_supported: bool) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.default_font_check = QCheckBox(
            _tr("Dùng phông mặc định: %1 (có đủ dấu tiếng Việt)").replace("%1", self._default_family)
            if self._default_family
            else _tr("Dùng phông mặc định (có đủ dấu tiếng Việt)")
        )
        self.font_combo = QFontComboBox()
        self.font_combo.setAccessibleName(_tr("Phông chữ của trình đọc"))
        self.font_combo.setFontFilters(QFontComboBox.FontFilter.ScalableFonts)
        shown_family = prefs.reader_family or self._default_family
        if shown_family:  # the font the reader uses, never the list's first entry
            self.font_combo.setCurrentFont(QFont(shown_family))
        self.default_font_check.setChecked(not prefs.reader_family)
        self.font_combo.setEnabled(bool(prefs.reader_family))
        self.default_font_check.toggled.connect(lambda on: self.font_combo.setEnabled(not on))
        if font_family_supported:
            form.addRow("", self.default_font_check)
            form.addRow(_tr("&Phông chữ:"), self.font_combo)
        else:
            self.default_font_check.hide()
            self.font_combo.hide()
        self.size_spin = QSpinBox()
        self.size_spin.setRange(MIN_SIZE, MAX_SIZE)
        self.size_spin.setSuffix(" pt")
        self.size_spin.setValue(max(MIN_SIZE, min(MAX_SIZE, prefs.reader_size)))
        self.size_spin.setAccessibleName(_tr("Cỡ chữ của trình đọc"))
        form.addRow(_tr("&Cỡ chữ:"), self.size_spin)
        return page

    def _legend_tab(self, legend: dict[str, str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(_tr("Mỗi màu tô sáng mang một ý nghĩa do bạn đặt; ý nghĩa hiện trong chú giải và khi xuất Word."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.legend_edits: dict[str, QLineEdit] = {}
        for color in HIGHLIGHT_COLORS:
            swatch = QLabel()
            swatch.setPixmap(highlight_swatch_icon(color.key, 22).pixmap(22, 22))
            swatch.setToolTip(highlight_color_name(color.key))
            edit = QLineEdit(legend.get(color.key, color.default_meaning))
            edit.setAccessibleName(_tr("Ý nghĩa của màu %1").replace("%1", highlight_color_name(color.key)))
            edit.setMaxLength(60)
            self.legend_edits[color.key] = edit
            form.addRow(swatch, edit)
        return page

    def _library_tab(self, prefs: Preferences, backup_keep: int) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.folder_edit = QLineEdit(prefs.library_folder)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(_tr("(thư mục mặc định)"))
        self.folder_edit.setAccessibleName(_tr("Thư mục thư viện"))
        choose = QPushButton(_tr("C&họn…"))
        choose.clicked.connect(self._on_choose_clicked)
        reset = QPushButton(_tr("&Mặc định"))
        reset.clicked.connect(lambda: self.folder_edit.setText(""))
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        row.addWidget(reset)
        label = QLabel(_tr("Thư mục &thư viện:"))
        label.setBuddy(choose)  # a row holding a layout gets no buddy by itself: Alt+letter must work
        form.addRow(label, row)
        default = QLabel(_tr("Thư mục mặc định: %1").replace("%1", self._default_library))
        default.setObjectName("defaultLibraryLabel")
        default.setWordWrap(True)
        form.addRow("", default)
        opened = QLabel(_tr("Đang mở: %1").replace("%1", self._current_library))
        opened.setWordWrap(True)
        form.addRow("", opened)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 500)
        self.keep_spin.setValue(backup_keep)
        self.keep_spin.setAccessibleName(_tr("Số bản sao lưu giữ lại"))
        form.addRow(_tr("&Giữ lại số bản sao lưu:"), self.keep_spin)
        hint = QLabel(_tr("Thư viện được sao lưu tự động sau khi có thay đổi (tối đa mỗi giờ một lần)."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        return page

    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _tr("Chọn thư mục thư viện"), self.folder_edit.text() or self._current_library
        )
        if folder:
            self.folder_edit.setText(folder)

    # --- results -----------------------------------------------------------------------
    def preferences(self) -> Preferences:
        family = "" if self.default_font_check.isChecked() else self.font_combo.currentFont().family()
        return replace(
            self._prefs,
            language=str(self.language_combo.currentData()),
            theme=str(self.theme_combo.currentData()),
            reader_family=family if self._family_supported else self._prefs.reader_family,
            reader_size=self.size_spin.value(),
            library_folder=self.folder_edit.text().strip(),
            user_name=" ".join(self.user_name_edit.text().split()),
        )

    def legend(self) -> dict[str, str]:
        return {key: " ".join(edit.text().split()) for key, edit in self.legend_edits.items()}

    def backup_keep(self) -> int:
        return self.keep_spin.value()

    def accept(self) -> None:
        empty = [key for key, meaning in self.legend().items() if not meaning]
        if empty:
            self.tabs.setCurrentIndex(2)
            self.legend_edits[empty[0]].setFocus()
            QMessageBox.warning(self, _tr("Cài đặt"), _tr("Hãy đặt ý nghĩa cho mọi màu tô sáng (không để trống)."))
            return
        super().accept()
