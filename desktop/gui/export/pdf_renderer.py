"""The brief's HTML laid out by Qt and printed to PDF: A4, the layout's margins, page numbers,
keep rules (a heading never ends a page, a table row never splits), quote bars and a TOC."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop.export.brief import Brief
from desktop.export.docx_layout import FONT, HEADER_DISTANCE_MM, PAGE_SPECS
from desktop.export.html_brief_writer import HEADING, TOC_PAGE, write_html
from desktop.gui.export.pdf_pagination import Paginator

RESOLUTION_DPI = 300
BAR_GAP_PT, BAR_WIDTH_PT = 8, 2.25  # as the .docx quote style: 8 pt from the text, 2.25 pt wide
_app: QGuiApplication | None = None  # kept alive for the CLI: Qt needs an application to lay out text


def ensure_application() -> None:
    """Text layout needs a Qt application; the CLI has none, so start one without a screen.
    A widgets application, so that whatever comes next in the same process (a test, a dialog)
    can still make widgets: Qt refuses them under a plain QGuiApplication."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    from PySide6.QtWidgets import QApplication

    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication([sys.argv[0] if sys.argv else "trichdan"])


def _mm_to_px(mm: float) -> float:
    return mm / 25.4 * RESOLUTION_DPI


def _pt_to_px(pt: float) -> float:
    return pt / 72 * RESOLUTION_DPI


def _fill_toc(document: QTextDocument, pages: list[int]) -> None:
    """Write each heading's page into the table of contents' page cells (same width: the
    pagination does not move)."""
    from PySide6.QtGui import QTextCursor

    cells = [b for b in Paginator.blocks(document) if b.userState() > 0 and b.userState() & TOC_PAGE]
    for block, page in zip(cells, pages, strict=False):
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(str(page))


@dataclass(frozen=True)
class PageGeometry:
    page_w: float
    page_h: float
    left: float
    top: float
    body_w: float
    body_h: float


def new_writer(buffer: QBuffer, brief: Brief) -> QPdfWriter:
    """An A4 PDF writer at RESOLUTION_DPI, without margins: they are painted by hand, so the
    page number can sit inside the margin."""
    options = brief.options
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(" ".join(options.title.split()))
    writer.setCreator("Trích Dẫn")
    if options.author.strip():
        writer.setAuthor(" ".join(options.author.split()))
    return writer


def lay_out(brief: Brief, writer: QPdfWriter) -> tuple[QTextDocument, Paginator, PageGeometry]:
    """The brief laid out at the PDF's resolution, keep rules applied, contents numbered."""
    options = brief.options
    spec = PAGE_SPECS[options.style]
    page_w, page_h = _mm_to_px(210), _mm_to_px(297)
    left, top = _mm_to_px(spec.left_mm), _mm_to_px(spec.top_mm)
    body_w = page_w - left - _mm_to_px(spec.right_mm)
    body_h = page_h - top - _mm_to_px(spec.bottom_mm)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont(FONT, round(options.body_size)))
    document.setDocumentMargin(0)
    document.setHtml(write_html(brief, dpi=RESOLUTION_DPI, for_print=True))
    document.setPageSize(QSizeF(body_w, body_h))  # paginates: lines never straddle two pages
    paginator = Paginator(document, body_h)
    paginator.collapse_table_gaps()
    paginator.apply_overlap_underlines()
    paginator.relayout()
    paginator.apply_keeps()
    paginator.close_rows_at_page_tops()
    paginator.relayout()
    if options.include_toc:
        _fill_toc(document, [p + 1 for p in paginator.pages_of(HEADING)])
    return document, paginator, PageGeometry(page_w, page_h, left, top, body_w, body_h)


def render_pdf(brief: Brief) -> bytes:
    ensure_application()
    spec = PAGE_SPECS[brief.options.style]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_writer(buffer, brief)
    document, paginator, g = lay_out(brief, writer)
    plan = paginator.plan()
    painter = QPainter(writer)
    try:
        number_font = QFont(FONT)
        number_font.setPointSizeF(spec.number_size_pt)
        bar = QPen(QColor("#808080"))
        bar.setWidthF(_pt_to_px(BAR_WIDTH_PT))
        for page in range(document.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(g.left, g.top - page * g.body_h)
            cull = _mm_to_px(1.5)
            # Paint clip reaches a little into the margins so tall stacked marks are never cut.
            painter.setClipRect(QRectF(-g.left, page * g.body_h - cull, g.page_w, g.body_h + 2 * cull))
            paginator.draw_page(painter, page, plan)
            painter.setPen(bar)
            for x, y1, y2 in plan.bars.get(page, []):
                bx = x - _pt_to_px(BAR_GAP_PT)
                painter.drawLine(QPointF(bx, y1), QPointF(bx, y2))
            painter.restore()
            if page >= 1:  # no number on the first page (both layouts)
                painter.setFont(number_font)
                painter.setPen(QPen(QColor("#000000")))
                strip = _mm_to_px(8)
                box = QRectF(g.left, _mm_to_px(HEADER_DISTANCE_MM), g.body_w, strip)
                align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                painter.drawText(box, int(align), str(page + 1))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


