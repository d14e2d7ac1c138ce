"""Pages of a laid-out QTextDocument: keep rules Qt lacks, and what to draw on each page.

Qt paginates line by line and has no "keep with next", so it may end a page with a heading,
part a quote from its citation or split a table row. The brief's HTML flags its blocks (see
html_brief_writer); here the first block that breaks a rule gets a page break before its chain,
the layout is updated and the walk goes on, so a fix never leaves a page less than half full.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from desktop.export.html_brief_writer import (
    KEEP_TOGETHER,
    KEEP_WITH_NEXT,
    OVERLAP_ANCHOR,
    QUOTE_BAR,
    TABLE_ROW,
)

EDGE_TOLERANCE_PX = 1.0  # Qt puts a line moved to the next page at its top up to 1/64 px early
MAX_CHAIN = 6  # units a keep chain may pull to the next page
BREAK = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


@dataclass
class Unit:
    """A top-level block, or a whole table."""

    block: QTextBlock | None = None
    table: QTextTable | None = None
    flags: int = 0


@dataclass
class DrawPlan:
    lines: dict[int, list[tuple[QTextBlock, int]]] = field(default_factory=dict)
    tables: dict[int, list[QRectF]] = field(default_factory=dict)
    bars: dict[int, list[tuple[float, float, float]]] = field(default_factory=dict)  # x, top, bottom


class Paginator:
    def __init__(self, document: QTextDocument, page_height: float) -> None:
        self.document = document
        self.page_h = page_height
        self.layout: QAbstractTextDocumentLayout = document.documentLayout()

    @staticmethod
    def blocks(document: QTextDocument) -> Iterator[QTextBlock]:
        block = document.begin()
        while block.isValid():
            yield block
            block = block.next()

    @staticmethod
    def _state(block: QTextBlock) -> int:
        return max(block.userState(), 0)

    def relayout(self) -> None:
        """Lay the whole document out again. Qt's incremental relayout after a character
        format change can leave blocks without lines (and no height), which would drop text
        from the PDF and move everything after it; a full pass is exact."""
        self.document.markContentsDirty(0, self.document.characterCount())
        self.layout.documentSize()

    def units(self) -> list[Unit]:
        units: list[Unit] = []
        seen: QTextTable | None = None
        for block in self.blocks(self.document):
            table = QTextCursor(block).currentTable()
            if table is None:
                units.append(Unit(block=block, flags=self._state(block)))
            elif seen is None or table != seen:
                seen = table
                first = table.cellAt(0, 0).firstCursorPosition().block()
                units.append(Unit(table=table, flags=self._state(first)))
        return units

    # --- geometry ----------------------------------------------------------------------------
    def page(self, y: float) -> int:
        return int((y + EDGE_TOLERANCE_PX) // self.page_h)

    def _line_span(self, block: QTextBlock) -> tuple[float, float]:
        layout = block.layout()
        origin = layout.position()
        if layout.lineCount() == 0:
            rect = self.layout.blockBoundingRect(block)
            return rect.top(), rect.bottom()
        first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
        return origin.y() + first.y(), origin.y() + last.y() + last.height()

    def span(self, unit: Unit) -> tuple[float, float]:
        """Top of the first line and bottom of the last, in document coordinates."""
        if unit.table is not None:
            rect = self.layout.frameBoundingRect(unit.table)
            return rect.top(), rect.bottom()
        assert unit.block is not None
        return self._line_span(unit.block)

    # --- rules -------------------------------------------------------------------------------
    def _broken(self, units: list[Unit], i: int) -> bool:
        unit = units[i]
        top, bottom = self.span(unit)
        spans_pages = self.page(top) != self.page(bottom - 2 * EDGE_TOLERANCE_PX)
        if unit.flags & (TABLE_ROW | KEEP_TOGETHER) and spans_pages:
            return bottom - top < self.page_h * 0.8
        if unit.flags & KEEP_WITH_NEXT and i + 1 < len(units):
            next_top, _ = self.span(units[i + 1])
            return self.page(bottom - 2 * EDGE_TOLERANCE_PX) != self.page(next_top)
        return False

    def _break_before(self, unit: Unit) -> None:
        if unit.table is not None:
            table_format = unit.table.format()
            table_format.setPageBreakPolicy(BREAK)
            unit.table.setFormat(table_format)
        elif unit.block is not None:
            block_format = unit.block.blockFormat()
            block_format.setPageBreakPolicy(BREAK)
            QTextCursor(unit.block).setBlockFormat(block_format)

    def apply_keeps(self) -> int:
        """Move chains that break a keep rule to the next page, first to last; returns how many
        breaks were set. A chain starting in the upper half of its page is left alone: moving it
        would leave more than half a page empty (a long quote may then part from its citation)."""
        units = self.units()
        fixes = 0
        i = 0
        while i < len(units):
            if not self._broken(units, i):
                i += 1
                continue
            start = i
            while start > 0 and i - start < MAX_CHAIN and units[start - 1].flags & KEEP_WITH_NEXT:
                start -= 1
            top, _ = self.span(units[start])
            if top - self.page(top) * self.page_h > self.page_h * 0.5:
                self._break_before(units[start])
                fixes += 1
            i += 1
        return fixes

    def collapse_table_gaps(self) -> None:
        """Qt keeps an empty block between two tables; between the rows of a summary table
        (one table per row) it must take no room, or the rows would stand apart."""
        units = self.units()
        for before, unit, after in zip(units, units[1:], units[2:], strict=False):
            block = unit.block
            if (
                block is not None
                and not block.text()
                and before.flags & TABLE_ROW
                and after.flags & TABLE_ROW
            ):
                fmt = block.blockFormat()
                fmt.setTopMargin(0)
                fmt.setBottomMargin(0)
                fmt.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
                cursor = QTextCursor(block)
                cursor.setBlockFormat(fmt)
                char = QTextCharFormat()
                char.setFontPointSize(1)
                cursor.setBlockCharFormat(char)

    def close_rows_at_page_tops(self) -> None:
        """A table row that starts a page gets the top border its predecessor drew for it."""
        previous: Unit | None = None
        for unit in self.units():
            if unit.table is None:
                if unit.block is not None and unit.block.text():
                    previous = None
                continue
            if previous is not None and unit.flags & TABLE_ROW and previous.flags & TABLE_ROW:
                top, _ = self.span(unit)
                _, above = self.span(previous)
                if self.page(top) != self.page(above - 2 * EDGE_TOLERANCE_PX):
                    for column in range(unit.table.columns()):
                        cell = unit.table.cellAt(0, column)
                        fmt = cell.format().toTableCellFormat()
                        fmt.setTopBorder(fmt.bottomBorder())
                        fmt.setTopBorderStyle(fmt.bottomBorderStyle())
                        fmt.setTopBorderBrush(fmt.bottomBorderBrush())
                        cell.setFormat(fmt)
            previous = unit

    def apply_overlap_underlines(self) -> None:
        """An overlap's second colour as the underline's colour (Qt's HTML cannot say it)."""
        for block in self.blocks(self.document):
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                names = fragment.charFormat().anchorNames() if fragment.charFormat().isAnchor() else []
                color = next((n[len(OVERLAP_ANCHOR) :] for n in names if n.startswith(OVERLAP_ANCHOR)), "")
                if color:
                    cursor = QTextCursor(self.document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    fmt = QTextCharFormat()
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    fmt.setUnderlineColor(QColor(f"#{color}"))
                    cursor.mergeCharFormat(fmt)
                it += 1

    def pages_of(self, flag: int) -> list[int]:
        """The page (0-based) of each top-level block carrying `flag`, in order."""
        return [
            self.page(self.span(u)[0])
            for u in self.units()
            if u.block is not None and u.flags & flag
        ]

    # --- drawing -----------------------------------------------------------------------------
    def plan(self) -> DrawPlan:
        plan = DrawPlan()
        for unit in self.units():
            if unit.table is not None:
                rect = self.layout.frameBoundingRect(unit.table)
                for page in range(self.page(rect.top()), self.page(rect.bottom() - 2 * EDGE_TOLERANCE_PX) + 1):
                    area = rect.intersected(QRectF(rect.left(), page * self.page_h, rect.width(), self.page_h))
                    plan.tables.setdefault(page, []).append(area)
                continue
            block = unit.block
            assert block is not None
            if not block.isVisible():
                continue
            layout = block.layout()
            origin = layout.position()
            bar: dict[int, list[float]] = {}
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                y = origin.y() + line.y()
                page = self.page(y)
                plan.lines.setdefault(page, []).append((block, i))
                if unit.flags & QUOTE_BAR:
                    low, high = bar.setdefault(page, [y, y + line.height()])
                    bar[page] = [min(low, y), max(high, y + line.height())]
            x = block.blockFormat().leftMargin()
            for page, (low, high) in bar.items():
                plan.bars.setdefault(page, []).append((x, low, high))
        return plan

    def draw_page(self, painter: QPainter, page: int, plan: DrawPlan) -> None:
        """One page: tables through Qt's own drawing, clipped to the page, and text line by
        line (Qt's drawing also paints the last line of the page before, clipped yet still in
        the PDF's text, so a search would find it twice)."""
        for area in plan.tables.get(page, []):
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = area
            context.palette.setColor(QPalette.ColorRole.Dark, QColor("#000000"))  # rules in black
            self.layout.draw(painter, context)
        for block, i in plan.lines.get(page, []):
            layout = block.layout()
            layout.lineAt(i).draw(painter, QPointF(layout.position()))
