"""One row per file of an import: what happened to it, in words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.gui.headered_table_model import HeaderedTableModel
from desktop.gui.i18n.core_text import core_text
from desktop.gui.plain_text import tip
from desktop.services.library_service import ImportReport

ADDED, DUPLICATE, FAILED, UNSURE = "added", "duplicate", "failed", "unsure"
_STATUS_COLORS = {ADDED: "#1b7f3b", DUPLICATE: "#7a6a00", FAILED: "#b3261e", UNSURE: "#8a4b00"}
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


@dataclass(frozen=True)
class ImportResultRow:
    status: str
    origin: str
    detail: str
    article_id: str = ""  # the article added, or the one already in the library


def rows_from_report(report: ImportReport) -> list[ImportResultRow]:
    rows = [ImportResultRow(ADDED, m.origin, m.title, m.id) for m in report.added]
    rows += [
        ImportResultRow(DUPLICATE, origin, _tr("Đã có trong thư viện: “%1”").replace("%1", existing.title), existing.id)
        for origin, existing in report.duplicates
    ]
    rows += [ImportResultRow(FAILED, Path(origin).name or origin, core_text(reason)) for origin, reason in report.failures]
    rows += [
        ImportResultRow(UNSURE, p.name, _tr("Chưa rõ bảng mã: cần chọn bảng mã để nhập")) for p in report.unsure
    ]
    return rows


class ImportResultsModel(HeaderedTableModel):
    def __init__(self, rows: list[ImportResultRow] | None = None) -> None:
        super().__init__()
        self.rows: list[ImportResultRow] = list(rows or [])
        # Translated here, not at import time, so the language chosen at start-up applies.
        self.COLUMNS = (_tr("Kết quả"), _tr("Tệp"), _tr("Chi tiết"))
        self.STATUS_TEXT = {ADDED: _tr("Đã nhập"), DUPLICATE: _tr("Đã có"), FAILED: _tr("Lỗi"), UNSURE: _tr("Chưa nhập")}

    def set_rows(self, rows: list[ImportResultRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return self.COLUMNS

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (self.STATUS_TEXT[row.status], row.origin, row.detail)[column]
            return text if role == Qt.ItemDataRole.DisplayRole else tip(text)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(_STATUS_COLORS[row.status])
        return None
