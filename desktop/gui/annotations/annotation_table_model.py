"""AnnotationTableModel: annotations across the library for the browser, with a SortRole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain.annotation import Annotation
from desktop.gui.annotations.annotation_spans import screen_color
from desktop.gui.headered_table_model import HeaderedTableModel
from desktop.gui.plain_text import tip
from desktop.text.collation import collation_key
from desktop.text.display import format_date_vi

SortRole = Qt.ItemDataRole.UserRole + 1
AnnotationRole = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


class AnnotationTableModel(HeaderedTableModel):
    COLUMNS = ("quote", "article", "tags", "color", "note", "created")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Annotation] = []
        self._titles: dict[str, str] = {}
        self._tag_names: dict[str, str] = {}
        self._legend: dict[str, str] = {}
        self._headers = (
            _tr("Đoạn trích"),
            _tr("Bài viết"),
            _tr("Thẻ"),
            _tr("Màu"),
            _tr("Ghi chú"),
            _tr("Ngày tạo"),
        )

    def set_rows(
        self,
        rows: list[Annotation],
        titles: dict[str, str],
        tag_names: dict[str, str],
        legend: dict[str, str],
    ) -> None:
        self.beginResetModel()
        self._rows, self._titles, self._tag_names, self._legend = (
            list(rows),
            titles,
            tag_names,
            legend,
        )
        self.endResetModel()

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def headers(self) -> Sequence[str]:
        return self._headers

    def row_count(self) -> int:
        return len(self._rows)

    def _text(self, a: Annotation, column: str) -> str:
        if column == "quote":
            return ("⚠ " if a.needs_review else "") + " ".join(a.quote.exact.split())
        if column == "article":
            return self._titles.get(a.article_id, a.article_id)
        if column == "tags":
            return ", ".join(self._tag_names[t] for t in a.tags if t in self._tag_names)
        if column == "color":
            return self._legend.get(a.color, a.color)
        if column == "note":
            return " ".join(a.note.split())
        return format_date_vi(a.created, with_time=False)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("quote", "note"):
            return tip(a.quote.exact if column == "quote" else a.note)
        if role == SortRole:
            if column == "quote":  # articles in alphabetical order, text order inside each
                return f"{collation_key(self._titles.get(a.article_id, ''))}\x01{a.start:09d}"
            if column == "created":
                return a.created
            return collation_key(self._text(a, column))
        if role == Qt.ItemDataRole.BackgroundRole and column == "color":
            return QColor(screen_color(a.color))
        if role == Qt.ItemDataRole.ForegroundRole and column == "color":
            return QColor("#000000")
        if role == AnnotationRole:
            return a
        return None
