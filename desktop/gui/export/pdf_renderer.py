"""The brief's HTML laid out by Qt and printed to PDF: A4, decree margins, page number from page 2."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFrame,
)

from desktop.export.brief import Brief
from desktop.export.docx_layout import (
    FONT,
    HEADER_DISTANCE_MM,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
)
from desktop.export.html_brief_writer import write_html

RESOLUTION_DPI = 300
EDGE_TOLERANCE_PX = 1.0
_app: QGuiApplication | None = (
    None  # kept alive for the CLI: Qt needs an application to lay out text
)


def ensure_application() -> None:
    """Text layout needs a Qt application; the CLI has none, so start one without a screen."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "trichdan"])


def _mm_to_px(mm: float) -> float:
    return mm / 25.4 * RESOLUTION_DPI


def _tables(document: QTextDocument) -> list[QTextFrame]:
    found: list[QTextFrame] = []
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and (not found or found[-1] != table):
            found.append(table)
        block = block.next()
    return found


def _draw_page(
    painter: QPainter, document: QTextDocument, page: QRectF, tables: list[QTextFrame]
) -> None:
    """One page of the laid-out document. Text outside tables is drawn line by line, only the
    lines on this page: Qt's own drawing also paints the last line of the page before (clipped
    away, yet still in the PDF's text, so a search would find it twice)."""
    layout = document.documentLayout()
    for table in tables:
        area = layout.frameBoundingRect(table).intersected(page)
        if not area.isEmpty():
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = area
            layout.draw(painter, context)
    block = document.begin()
    while block.isValid():
        text_layout = block.layout()
        origin = text_layout.position()
        in_table = QTextCursor(block).currentTable() is not None
        if not in_table and block.isVisible():
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                y = origin.y() + line.y()
                # Qt puts a line moved to the next page at its top up to 1/64 px early.
                if page.top() - EDGE_TOLERANCE_PX <= y < page.bottom() - EDGE_TOLERANCE_PX:
                    line.draw(painter, origin)
        block = block.next()


def render_pdf(brief: Brief) -> bytes:
    ensure_application()
    options = brief.options
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    # Margins are painted by hand, so the page number can sit inside the top margin.
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(options.title)
    writer.setCreator("Trích Dẫn")
    page_w = _mm_to_px(210)
    page_h = _mm_to_px(297)
    left, top = _mm_to_px(MARGIN_LEFT_MM), _mm_to_px(MARGIN_TOP_MM)
    body_w = page_w - left - _mm_to_px(MARGIN_RIGHT_MM)
    body_h = page_h - top - _mm_to_px(MARGIN_BOTTOM_MM)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont(FONT, round(options.font_size_pt)))
    document.setDocumentMargin(0)
    document.setHtml(write_html(brief, dpi=RESOLUTION_DPI))  # laid out at the PDF's own resolution
    document.setPageSize(QSizeF(body_w, body_h))  # paginates: lines never straddle two pages

    cull = _mm_to_px(1.5)
    tables = _tables(document)
    painter = QPainter(writer)
    try:
        number_font = QFont(FONT, 13)
        for page in range(document.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(left, top - page * body_h)
            # Paint clip reaches a little into the margins so tall stacked marks are never cut.
            painter.setClipRect(QRectF(-left, page * body_h - cull, page_w, body_h + 2 * cull))
            _draw_page(painter, document, QRectF(0, page * body_h, body_w, body_h), tables)
            painter.restore()
            if page >= 1:  # Nghị định 30: no number on the first page
                painter.setFont(number_font)
                header = QRectF(left, _mm_to_px(HEADER_DISTANCE_MM), body_w, _mm_to_px(8))
                painter.drawText(
                    header,
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    str(page + 1),
                )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
