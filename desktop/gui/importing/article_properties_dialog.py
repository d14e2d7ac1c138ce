"""Edit an article's title, source, author, date and cited documents (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.article import ArticleMeta
from desktop.domain.errors import UserError
from desktop.gui.error_dialogs import show_error
from desktop.gui.i18n.core_text import core_text
from desktop.gui.importing.published_field import parse_published
from desktop.gui.plain_text import plain_labels
from desktop.ingest.text_decoding import ENCODING_LABELS
from desktop.text.display import format_date_vi


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


class ArticlePropertiesDialog(QDialog):
    """`changes()` after exec(): only the fields the user actually changed."""

    def __init__(self, meta: ArticleMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Thuộc tính bài viết"))
        self.setObjectName("articlePropertiesDialog")
        self.meta = meta
        self._changes: dict[str, object] = {}
        self.title_edit = QLineEdit(meta.title)
        self.source_edit = QLineEdit(meta.source)
        self.author_edit = QLineEdit(meta.author)
        self.published_edit = QLineEdit(format_date_vi(meta.published))
        self.published_edit.setPlaceholderText(_tr("vd. 09/08/2021 06:38 (để trống nếu không rõ)"))
        self.refs_edit = QPlainTextEdit("\n".join(meta.doc_refs))
        self.refs_edit.setPlaceholderText(_tr("Mỗi dòng một văn bản, vd. Chỉ thị 05-CT/TW"))
        self.refs_edit.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(_tr("&Tiêu đề:"), self.title_edit)
        form.addRow(_tr("&Nguồn:"), self.source_edit)
        form.addRow(_tr("Tác &giả:"), self.author_edit)
        form.addRow(_tr("Ngày đăng:"), self.published_edit)
        form.addRow(_tr("Văn bản được nhắc đến:"), self.refs_edit)
        encoding = core_text(ENCODING_LABELS.get(meta.encoding, meta.encoding))
        details = QLabel(
            _tr("Nhập từ: %1 · Bảng mã: %2 · Lúc: %3")
            .replace("%1", meta.origin or "—")
            .replace("%2", encoding or "—")
            .replace("%3", format_date_vi(meta.imported_at[:16]) or "—")
        )
        details.setWordWrap(True)
        details.setObjectName("articleOriginLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.resize(620, 360)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    def changes(self) -> dict[str, object]:
        return dict(self._changes)

    def accept(self) -> None:
        try:
            self._changes = self._collect()
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()

    def _collect(self) -> dict[str, object]:
        title = " ".join(self.title_edit.text().split())
        if not title:
            raise UserError(_tr("Tiêu đề bài viết không được để trống."))
        values: dict[str, object] = {
            "title": title,
            "source": self.source_edit.text().strip(),
            "author": self.author_edit.text().strip(),
            "published": parse_published(self.published_edit.text()),
            "doc_refs": tuple(r.strip() for r in self.refs_edit.toPlainText().split("\n") if r.strip()),
        }
        # A date shown without seconds must not count as changed when it was left alone.
        if format_date_vi(self.meta.published) == self.published_edit.text().strip():
            values["published"] = self.meta.published
        return {k: v for k, v in values.items() if v != getattr(self.meta, k)}
