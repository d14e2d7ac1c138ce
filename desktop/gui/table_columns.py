"""Table columns that share the width by weights and rows tall enough for Vietnamese diacritics."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_COLUMN = 24
ROW_PADDING = 10  # room above "Ấ" and below "ậ": stacked marks must not touch the grid lines


def comfortable_rows(table: QTableView) -> None:
    """One line per row, elided, with room for marks above and below the letters."""
    table.setWordWrap(False)
    header = table.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(table.fontMetrics().lineSpacing() + ROW_PADDING)


class ProportionalColumns(QObject):
    """Keeps columns at fixed shares of the table's width (a column given in characters keeps
    that width) until the user drags a column edge: from then on the user's widths stay."""

    def __init__(self, table: QTableView, weights: Sequence[float], fixed_chars: dict[int, int] | None = None) -> None:
        super().__init__(table)
        self.table = table
        self.weights = list(weights)
        self.fixed = dict(fixed_chars or {})
        self.user_sized = False
        self._applying = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(len(self.weights)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        if self.user_sized:
            return
        header = self.table.horizontalHeader()
        shown = [c for c in range(len(self.weights)) if not header.isSectionHidden(c)]
        char = self.table.fontMetrics().horizontalAdvance("0")
        fixed = {c: n * char for c, n in self.fixed.items() if c in shown}
        width = self.table.viewport().width()
        if fixed and width < 2 * sum(fixed.values()):
            # A narrow table: the fixed columns give way too, so the shared ones keep half.
            scale = width / (2 * sum(fixed.values()))
            fixed = {c: int(w * scale) for c, w in fixed.items()}
        room = max(0, width - sum(fixed.values()))
        total = sum(self.weights[c] for c in shown if c not in fixed) or 1
        self._applying = True
        try:
            for column in shown:
                size = fixed.get(column, int(room * self.weights[column] / total))
                header.resizeSection(column, max(MIN_COLUMN, size))
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        # Only a drag resizes a shown section while we are not applying shares (hiding or
        # showing a column resizes it from or to nothing).
        hidden = self.table.horizontalHeader().isSectionHidden(column)
        if not self._applying and self.table.isVisible() and not hidden and old and new:
            self.user_sized = True
