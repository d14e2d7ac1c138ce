"""OverviewDialog ("Tổng quan"): totals and six charts; clicking a bar reports which one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.colors import color_by_key
from desktop.gui.i18n.core_text import stored_label
from desktop.gui.overview.bar_chart_view import BarChartView
from desktop.gui.screen_fit import resize_to_fit
from desktop.gui.settings.theme import is_dark
from desktop.services.overview_service import (
    BY_ARTICLE,
    BY_COLOR,
    BY_MONTH,
    BY_SOURCE,
    BY_TAG,
    DOCUMENT_REFS,
    KEYPHRASES,
    UNTAGGED_KEY,
    ChartBar,
    LibraryOverview,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


def _trn(text: str, n: int) -> str:
    """A text about `n` things: %Ln is the number, and English picks singular or plural."""
    return QCoreApplication.translate("Overview", text, "", n)


def chart_titles() -> dict[str, str]:
    return {
        BY_TAG: _tr("Ghi chú theo thẻ"),
        BY_ARTICLE: _tr("Bài viết có nhiều ghi chú nhất"),
        BY_MONTH: _tr("Ghi chú theo tháng"),
        BY_COLOR: _tr("Ghi chú theo màu"),
        KEYPHRASES: _tr("Cụm từ khóa xuất hiện nhiều nhất"),
        DOCUMENT_REFS: _tr("Văn bản được nhắc đến nhiều nhất"),
        BY_SOURCE: _tr("Bài viết theo nguồn"),
    }


def _localized(chart: str, bars: tuple[ChartBar, ...]) -> tuple[ChartBar, ...]:
    # The service names the catch-all bars in Vietnamese; the interface language names them here.
    out = []
    for bar in bars:
        if chart == BY_TAG and bar.key == UNTAGGED_KEY:
            bar = ChartBar(bar.key, _tr("Chưa gắn thẻ"), bar.count, bar.article_ids)
        elif chart == BY_SOURCE and bar.key == "":
            bar = ChartBar(bar.key, _tr("Không rõ nguồn"), bar.count, bar.article_ids)
        elif chart == BY_COLOR:  # a default meaning in the interface language
            bar = ChartBar(bar.key, stored_label(bar.label), bar.count, bar.article_ids)
        out.append(bar)
    return tuple(out)


# Chart -> (row, column, column span) in the dialog's grid; time gets a whole row.
_PLACES: dict[str, tuple[int, int, int]] = {
    BY_TAG: (0, 0, 1),
    BY_COLOR: (0, 1, 1),
    BY_MONTH: (1, 0, 2),
    BY_ARTICLE: (2, 0, 1),
    DOCUMENT_REFS: (2, 1, 1),
    KEYPHRASES: (3, 0, 1),
    BY_SOURCE: (3, 1, 1),
}


class OverviewDialog(QDialog):
    bar_clicked = Signal(str, object)  # chart name, ChartBar
    updated = Signal()  # every chart drawn, key phrases included

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewDialog")
        self.setWindowTitle(_tr("Tổng quan"))
        self.summary = QLabel(_tr("Đang tính…"))
        self.summary.setObjectName("overviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(_tr("Bấm vào một cột để xem các ghi chú tương ứng trong “Duyệt ghi chú”."))
        hint.setWordWrap(True)
        self.charts: dict[str, BarChartView] = {}
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        resize_to_fit(self, 1100, 800)
        for name in _PLACES:  # until the first result arrives from the worker
            self.show_chart(name, (), pending=True)

    def show_overview(self, overview: LibraryOverview, *, keyphrases_pending: bool = False) -> None:
        """Every chart from `overview`; with `keyphrases_pending`, the key-phrase chart says it is
        being computed until `show_chart(KEYPHRASES, ...)` brings it."""
        self.summary.setText(
            _tr("%1 · %2 · %3")
            .replace("%1", _trn("%Ln bài viết", overview.article_count))
            .replace("%2", _trn("%Ln ghi chú", overview.annotation_count))
            .replace("%3", _trn("%Ln thẻ", overview.tag_count))
        )
        for name in _PLACES:
            bars = overview.chart(name)
            pending = name == KEYPHRASES and keyphrases_pending and not bars
            self.show_chart(name, bars, pending=pending)

    def show_chart(self, name: str, bars: tuple[ChartBar, ...], *, pending: bool = False) -> None:
        row, column, span = _PLACES[name]
        item = self.grid.itemAtPosition(row, column)
        old = item.widget() if item is not None else None
        if old is not None:
            self.grid.removeWidget(old)  # deletes the layout item: keep the widget in hand
            old.deleteLater()
        self.charts.pop(name, None)
        title = chart_titles()[name]
        bars = _localized(name, bars)
        if not bars:
            widget: QWidget = self._empty(title, _tr("Đang tính…") if pending else _tr("Chưa có dữ liệu"))
        else:
            colors = tuple(color_by_key(b.key).screen_hex for b in bars) if name == BY_COLOR else ()
            view = BarChartView(title, bars, horizontal=name != BY_MONTH, colors=colors, dark=is_dark(self.palette()))
            view.setObjectName(f"chart_{name}")
            view.bar_clicked.connect(lambda index, name=name: self._on_chart_bar_clicked(name, index))
            self.charts[name] = view
            widget = view
        self.grid.addWidget(widget, row, column, 1, span)

    def _empty(self, title: str, message: str) -> QWidget:
        box = QLabel(title + "\n\n" + message)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMinimumHeight(160)
        box.setAccessibleName(title)
        return box

    def _on_chart_bar_clicked(self, name: str, index: int) -> None:
        self.bar_clicked.emit(name, self.charts[name].bars[index])
