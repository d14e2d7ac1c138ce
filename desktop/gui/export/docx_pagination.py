"""The page of each heading of a .docx, as LibreOffice lays it out (for the Word TOC)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument

from desktop.domain.errors import UserError
from desktop.domain.message import Message
from desktop.export.libreoffice import docx_to_pdf
from desktop.gui.export.pdf_renderer import ensure_application


def bookmark_pages(pdf: bytes) -> list[int]:
    """1-based pages of a PDF's bookmarks, depth first (LibreOffice makes one per heading)."""
    ensure_application()
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise UserError(
            Message("Không đọc được bản in LibreOffice tạo ra để đánh số trang mục lục.", code="libreoffice_failed")
        )
    model = QPdfBookmarkModel()
    model.setDocument(document)
    pages: list[int] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            pages.append(int(index.data(QPdfBookmarkModel.Role.Page)) + 1)
            walk(index)

    walk(QModelIndex())
    document.close()
    return pages


def paginate_docx(data: bytes) -> list[int]:
    """The page of every Heading 1-3 of `data`, in order (ExportService.DocxPaginator)."""
    return bookmark_pages(docx_to_pdf(data))
