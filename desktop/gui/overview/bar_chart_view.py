"""BarChartView: one QtCharts bar chart of `ChartBar`s whose bars can be clicked."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFocusEvent, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.services.overview_service import ChartBar

LABEL_CHARS = 34  # longer labels (article titles) are cut with "…"; the tooltip has them whole


def short_label(label: str, limit: int = LABEL_CHARS) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


class BarChartView(QChartView):
    """Horizontal bars for ranked lists (longest first, at the top), vertical for time."""

    bar_clicked = Signal(int)  # index into `bars`

    def __init__(
        self,
        title: str,
        bars: tuple[ChartBar, ...],
        *,
        horizontal: bool = True,
        colors: tuple[str, ...] = (),
        dark: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bars = bars
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(title)
        chart = QChart()
        chart.setTitle(title)
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # screenshots and tests see the final state
        self.setChart(chart)
        self._order = list(range(len(bars)))
        if horizontal:
            self._order.reverse()  # Qt draws the first category at the bottom: biggest goes on top
        self._bar_sets: list[QBarSet] = []
        self._build(chart, colors)
        self.setMinimumHeight(self.preferred_height())
        self.current = -1  # the bar the keyboard is on (index into `bars`), -1 for none
        if bars:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            # Arrows move between bars, Enter or Space opens one: the charts work without a mouse.
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def preferred_height(self) -> int:
        if not self.horizontal:
            return 260
        return max(220, 90 + 36 * len(self.bars))

    def _build(self, chart: QChart, colors: tuple[str, ...]) -> None:
        series: QAbstractBarSeries
        if colors:
            # Stacked, one set per bar, each holding one value in its own category: every bar can
            # carry its own colour (the highlight palette) and still sit in its own row.
            series = QHorizontalStackedBarSeries() if self.horizontal else QStackedBarSeries()
            for slot, index in enumerate(self._order):
                bar_set = QBarSet(self.bars[index].label)
                values = [0.0] * len(self.bars)
                values[slot] = float(self.bars[index].count)
                bar_set.append(values)
                bar_set.setBrush(QBrush(QColor(colors[index])))
                bar_set.setBorderColor(QColor("#606060"))
                bar_set.clicked.connect(lambda _slot, index=index: self.bar_clicked.emit(index))
                bar_set.hovered.connect(self._on_bar_set_hovered)
                series.append(bar_set)
                self._bar_sets.append(bar_set)
        else:
            series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
            bar_set = QBarSet(chart.title())
            bar_set.append([float(self.bars[i].count) for i in self._order])
            bar_set.setColor(QColor("#2f6fb0"))
            bar_set.clicked.connect(lambda slot: self.bar_clicked.emit(self._order[slot]))
            bar_set.hovered.connect(self._on_bar_set_hovered)
            series.append(bar_set)
            self._bar_sets.append(bar_set)
        # A lone month would otherwise fill the whole chart with one slab.
        series.setBarWidth(0.7 if self.horizontal or len(self.bars) > 3 else 0.25 * len(self.bars))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([short_label(self.bars[i].label) for i in self._order] or [""])
        axis = QValueAxis()
        top = max((b.count for b in self.bars), default=0)
        axis.setRange(0, max(top, 1))
        axis.setLabelFormat("%d")
        axis.setTickCount(min(max(top, 1), 5) + 1)  # whole numbers only: counts are never fractional
        if top > 5:
            axis.applyNiceNumbers()
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if self.horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(categories, category_side)
        chart.addAxis(axis, value_side)
        series.attachAxis(categories)
        series.attachAxis(axis)
        if not self.horizontal and len(self.bars) > 8:
            categories.setLabelsAngle(-60)

    def _on_bar_set_hovered(self, status: bool, slot: int) -> None:
        if not status or not 0 <= slot < len(self._order):
            QToolTip.hideText()
            return
        bar = self.bars[self._order[slot]]
        QToolTip.showText(QCursor.pos(), f"{bar.label}: {bar.count}", self)

    # --- keyboard -------------------------------------------------------------------------
    def set_current(self, index: int) -> None:
        """Mark bar `index` as the keyboard's (drawn in the selection colour)."""
        if not 0 <= index < len(self.bars):
            return
        self.current = index
        slot = self._order.index(index)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        for bar_set in self._bar_sets:
            bar_set.deselectAllBars()
            bar_set.setSelectedColor(highlight)
        target = self._bar_sets[slot] if len(self._bar_sets) > 1 else self._bar_sets[0]
        target.selectBar(slot)
        bar = self.bars[index]
        self.setAccessibleDescription(f"{bar.label}: {bar.count}")
        QToolTip.showText(self.mapToGlobal(self.rect().center()), f"{bar.label}: {bar.count}", self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.bars:
            super().keyPressEvent(event)
            return
        # Bars are listed top to bottom (horizontal) or left to right (time), like reading order.
        forward = (Qt.Key.Key_Down, Qt.Key.Key_Right)
        backward = (Qt.Key.Key_Up, Qt.Key.Key_Left)
        key = event.key()
        if key in forward:
            self.set_current(min(len(self.bars) - 1, self.current + 1))
        elif key in backward:
            self.set_current(max(0, self.current - 1) if self.current >= 0 else 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.click_bar(self.current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.bars and self.current < 0:
            self.set_current(0)

    def click_bar(self, index: int) -> None:
        """What a mouse click on bar `index` does (tests and keyboard use it)."""
        if 0 <= index < len(self.bars):
            self.bar_clicked.emit(index)
