"""Annotations browser: every annotation of the library, filtered; the filter is what export takes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.annotations.annotation_table_model import AnnotationTableModel, SortRole
from desktop.gui.annotations.color_swatch import highlight_swatch_icon
from desktop.gui.i18n.core_text import interface_legend
from desktop.gui.plain_text import plain_labels
from desktop.gui.table_columns import ProportionalColumns, comfortable_rows
from desktop.services.annotation_filter import AnnotationFilter
from desktop.text.collation import path_collation_key, sorted_by_name

if TYPE_CHECKING:
    from desktop.domain.annotation import Annotation
    from desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("Annotations", text, "", n)


class AnnotationBrowser(QWidget):
    passage_requested = Signal(str, int, int)  # article id, start, end
    filter_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationBrowser")
        self.services = services
        self.tag_combo = QComboBox()
        self.color_combo = QComboBox()
        self.article_combo = QComboBox()
        self.article_combo.setMinimumContentsLength(24)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(_tr("Tìm trong đoạn trích hoặc ghi chú"))
        self.text_edit.setClearButtonEnabled(True)
        self.from_check, self.to_check = QCheckBox(_tr("Từ ngày")), QCheckBox(_tr("Đến ngày"))
        self.from_date, self.to_date = (
            QDateEdit(QDate.currentDate()),
            QDateEdit(QDate.currentDate()),
        )
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.review_check = QCheckBox(_tr("Chỉ ghi chú cần xem lại"))
        self.count_label = QLabel()
        # A filter set from elsewhere (a chart bar, a link) that the widgets may not express
        # (several tags, "untagged"): it rules until the user changes a filter widget.
        self._external: AnnotationFilter | None = None
        self.external_label = QLabel()
        self.external_label.setWordWrap(True)
        self.clear_external_button = QPushButton(_tr("Bỏ lọc này"))
        self.clear_external_button.clicked.connect(self._on_filter_edited)

        self.model = AnnotationTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        comfortable_rows(self.table)
        # Excerpt, article, tags, colour, note, date: the excerpt leads but leaves the others
        # room to be read; the date keeps its width.
        self.columns = ProportionalColumns(self.table, (34, 20, 13, 11, 22, 0), fixed_chars={5: 12})
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)

        # Filters keep their natural widths, on two rows; what is left stays empty rather than
        # stretching a drop-down across a wide screen.
        for combo, chars in ((self.tag_combo, 22), (self.color_combo, 16), (self.article_combo, 36)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.text_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 30)
        self.text_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 48)
        grid = QGridLayout()
        grid.addWidget(QLabel(_tr("Thẻ:")), 0, 0)
        grid.addWidget(self.tag_combo, 0, 1)
        grid.addWidget(QLabel(_tr("Màu:")), 0, 2)
        grid.addWidget(self.color_combo, 0, 3)
        grid.addWidget(QLabel(_tr("Bài viết:")), 0, 4)
        grid.addWidget(self.article_combo, 0, 5, 1, 2)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            dates.addWidget(widget)
        grid.addLayout(dates, 1, 0, 1, 4)
        grid.addWidget(self.text_edit, 1, 4, 1, 2)
        grid.addWidget(self.review_check, 1, 6)
        grid.setColumnStretch(7, 1)
        external = QHBoxLayout()
        external.addWidget(self.external_label, 1)
        external.addWidget(self.clear_external_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(external)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._show_external(False)
        self.reload_choices()
        for combo in (self.tag_combo, self.color_combo, self.article_combo):
            combo.currentIndexChanged.connect(self._on_filter_edited)
        for check in (self.from_check, self.to_check, self.review_check):
            check.toggled.connect(self._on_filter_edited)
        self.from_date.dateChanged.connect(self._on_filter_edited)
        self.to_date.dateChanged.connect(self._on_filter_edited)
        self.text_edit.textChanged.connect(self._on_filter_edited)
        plain_labels(self)  # titles, names and messages in these labels are text, never HTML

    # --- choices -----------------------------------------------------------------------
    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def reload_choices(self) -> None:
        """Tags, colours and articles may have changed (renamed, merged, imported)."""
        self._refill(self.tag_combo, _tr("Mọi thẻ"), self._tag_choices())
        legend = interface_legend(self.services.tags.color_legend())
        self._refill(
            self.color_combo, _tr("Mọi màu"), [(meaning, key) for key, meaning in legend.items()]
        )
        for i in range(1, self.color_combo.count()):
            self.color_combo.setItemIcon(i, highlight_swatch_icon(str(self.color_combo.itemData(i))))
        # Only articles holding annotations: a library of 35,000 articles stays a short list.
        annotated = self.services.annotations.counts_by_article()
        metas = sorted_by_name(
            (m for m in self.services.library.list_articles() if m.id in annotated), lambda m: m.title
        )
        self._refill(self.article_combo, _tr("Mọi bài viết"), [(m.title, m.id) for m in metas])

    def _tag_choices(self) -> list[tuple[str, str]]:
        """Tags as a tree. A parent that is not itself a tag ("Kinh tế" above "Kinh tế/Đầu tư")
        is still listed, standing for all its children (its data: their ids, comma-joined)."""
        tags = self.services.tags.list_tags()
        names = {t.name for t in tags}
        nodes = set(names)
        for t in tags:
            parts = t.name.split("/")
            nodes.update("/".join(parts[:i]) for i in range(1, len(parts)))
        by_name = {t.name: t.id for t in tags}
        choices = []
        for node in sorted(nodes, key=path_collation_key):
            label = "    " * node.count("/") + node.rpartition("/")[2]
            if node in by_name:
                choices.append((label, by_name[node]))
            else:
                ids = [t.id for t in tags if t.is_self_or_descendant_of(node)]
                choices.append((label, ",".join(ids)))
        return choices

    # --- filtering -----------------------------------------------------------------------
    def set_filter(self, annotation_filter: AnnotationFilter, label: str = "") -> None:
        """Show exactly what `annotation_filter` selects (export then takes the same)."""
        self._external = annotation_filter
        self.external_label.setText(
            _tr("Đang lọc theo: %1").replace("%1", label)
            if label
            else _tr("Đang dùng bộ lọc đặt từ nơi khác.")
        )
        self._show_external(True)
        self.refresh()
        self.filter_changed.emit()

    def _show_external(self, shown: bool) -> None:
        self.external_label.setVisible(shown)
        self.clear_external_button.setVisible(shown)

    def current_filter(self) -> AnnotationFilter:
        if self._external is not None:
            return self._external
        tag, color, article = (
            c.currentData() for c in (self.tag_combo, self.color_combo, self.article_combo)
        )
        return AnnotationFilter(
            tag_ids=frozenset(tag.split(",")) if tag else frozenset(),
            colors=frozenset({color}) if color else frozenset(),
            article_ids=frozenset({article}) if article else frozenset(),
            date_from=self.from_date.date().toString("yyyy-MM-dd")
            if self.from_check.isChecked()
            else "",
            date_to=self.to_date.date().toString("yyyy-MM-dd") if self.to_check.isChecked() else "",
            text=self.text_edit.text(),
            needs_review=True if self.review_check.isChecked() else None,
        )

    def refresh(self) -> None:
        rows = self.services.annotations.query(self.current_filter())
        titles = {m.id: m.title for m in self.services.library.list_articles()}
        tag_names = {t.id: t.name for t in self.services.tags.list_tags()}
        self.model.set_rows(rows, titles, tag_names, interface_legend(self.services.tags.color_legend()))
        total = self.services.annotations.count()
        self.count_label.setText(
            _trn("%Ln ghi chú", total)
            if len(rows) == total
            else _trn("Hiện %1/%Ln ghi chú", total).replace("%1", QLocale().toString(len(rows)))
        )

    def _on_filter_edited(self, *_: object) -> None:
        self._external = None
        self._show_external(False)
        self.refresh()
        self.filter_changed.emit()

    def selected_annotations(self) -> list[Annotation]:
        """The annotations of the selected rows, in the order shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.annotation(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        a = self.model.annotation(self.proxy.mapToSource(index).row())
        if not a.needs_review:
            self.passage_requested.emit(a.article_id, a.start, a.end)
        else:  # its place is unknown: open the article, the panel shows it under "Cần xem lại"
            self.passage_requested.emit(a.article_id, -1, -1)
