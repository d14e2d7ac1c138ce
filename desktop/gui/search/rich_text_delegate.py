"""RichTextDelegate: paints an item's HTML (marked snippets), wrapped to the view's width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from desktop.gui.search.search_result_model import HTML_ROLE

PADDING = 4


class RichTextDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(50, option.rect.width() - 2 * PADDING))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        rect = opt.rect
        painter.translate(rect.left() + PADDING, rect.top() + PADDING)
        painter.setClipRect(QRectF(0, 0, rect.width() - PADDING, rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        if opt.rect.width() <= 0 and isinstance(view, QAbstractItemView):
            # A tree asks before it lays the row out: the width the row will be painted at is
            # the viewport's less the indentation of its depth. A wider guess gives too few
            # lines, and the last line of the snippet is clipped.
            opt.rect.setWidth(view.viewport().width() - _indent(view, index))
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()) + 2 * PADDING, int(doc.size().height()) + 2 * PADDING)


def _indent(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> int:
    if not isinstance(view, QTreeView):
        return 0
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))

