"""New article from the clipboard: preview the cleaned text and confirm title and source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData
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
from desktop.gui.importing.published_field import parse_published
from desktop.gui.plain_text import plain_labels
from desktop.ingest import ImportedDocument, document_from_text
from desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


def clipboard_content(mime: QMimeData | None) -> tuple[str, bool]:
    """(text, is_html): a browser's HTML keeps paragraphs and the page's own metadata."""
    if mime is None:
        return "", False
    if mime.hasHtml() and mime.html().strip():
        return mime.html(), True
    return (mime.text() if mime.hasText() else ""), False


class ClipboardImportDialog(QDialog):
    def __init__(self, services: Services, text: str, html: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Bài mới từ bảng tạm"))
        self.setObjectName("clipboardImportDialog")
        self.services = services
        self.text, self.html = text, html
        self.added: ArticleMeta | None = None
        self.document: ImportedDocument = document_from_text(text, html=html)  # raises UserError if empty
        doc = self.document
        self.title_edit = QLineEdit(doc.title)
        self.source_edit = QLineEdit(doc.source)
        self.author_edit = QLineEdit(doc.author)
        self.published_edit = QLineEdit(_shown_date(doc.published))
        self.published_edit.setPlaceholderText(_tr("vd. 09/08/2021 06:38"))
        self.preview = QPlainTextEdit(doc.clean_text)
        self.preview.setReadOnly(True)
        removed = len(doc.removed_lines)
        note = QLabel(
            _tr("Đã bỏ %1 dòng không thuộc bài (menu, tin liên quan, bình luận…); xem lại được sau khi nhập.").replace(
                "%1", str(removed)
            )
            if removed
            else _tr("Xem trước nội dung sẽ được nhập:")
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("&Tiêu đề:"), self.title_edit)
        form.addRow(_tr("&Nguồn:"), self.source_edit)
        form.addRow(_tr("Tác &giả:"), self.author_edit)
        form.addRow(_tr("Ngày đăng:"), self.published_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Thêm vào thư viện"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    def accept(self) -> None:
        try:
            published = parse_published(self.published_edit.text())
            meta = self.services.library.import_text(
                self.text, title=self.title_edit.text(), source=self.source_edit.text(), html=self.html
            )
            changes: dict[str, object] = {}
            if self.author_edit.text().strip() != meta.author:
                changes["author"] = self.author_edit.text().strip()
            if published != meta.published:
                changes["published"] = published
            if changes:
                meta = self.services.library.update_meta(meta.id, **changes)
        except UserError as exc:
            show_error(self, exc)
            return
        self.added = meta
        super().accept()


def _shown_date(iso: str | None) -> str:
    from desktop.text.display import format_date_vi

    return format_date_vi(iso)
