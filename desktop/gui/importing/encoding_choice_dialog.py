"""When the encoding of an old file is unclear: preview it in each encoding and let the user pick."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n.core_text import core_text
from desktop.gui.plain_text import plain_labels, window_title
from desktop.ingest.text_decoding import ENCODING_LABELS, NotText, decode_as, decode_bytes

PREVIEW_BYTES = 64 * 1024
PREVIEW_CHARS = 3000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


class EncodingChoiceDialog(QDialog):
    def __init__(self, file_name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(_tr("Chọn bảng mã cho “%1”").replace("%1", file_name)))
        self.setObjectName("encodingChoiceDialog")
        self._data = data[:PREVIEW_BYTES]
        explanation = QLabel(
            _tr(
                "Không xác định chắc chắn được bảng mã của tệp này. Hãy chọn bảng mã làm cho chữ tiếng Việt "
                "hiển thị đúng trong phần xem trước."
            )
        )
        explanation.setWordWrap(True)
        self.combo = QComboBox()
        for key, label in ENCODING_LABELS.items():
            self.combo.addItem(core_text(label), key)
        try:
            guess = decode_bytes(self._data)
            best = guess.encoding if guess.encoding in ENCODING_LABELS else ""
        except NotText:
            best = ""
        if best:
            self.combo.setCurrentIndex(self.combo.findData(best))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setObjectName("encodingPreview")
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        form = QFormLayout()
        form.addRow(_tr("Bảng mã:"), self.combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Nhập với bảng mã này"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML
        self._on_combo_current_index_changed()

    def chosen_encoding(self) -> str:
        return str(self.combo.currentData())

    def _on_combo_current_index_changed(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            text = decode_as(self._data, self.chosen_encoding())
        except NotText:
            self.preview.setPlainText(_tr("(Không đọc được tệp với bảng mã này.)"))
            ok.setEnabled(False)
            return
        self.preview.setPlainText(text[:PREVIEW_CHARS])
        ok.setEnabled(True)
