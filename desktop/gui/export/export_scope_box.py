"""The export dialog's "Xuất gì" box: scope, articles or tags to tick, publication dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.article import ArticleMeta
from desktop.gui.export.export_choices import SCOPE_LABELS, ExportChoices, Scope
from desktop.text.normalize import fold

LIST_MIN_ROWS = 4  # lists stretch with the dialog; below this they would not show a choice


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _checked_list(items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
    widget = QListWidget()
    widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * LIST_MIN_ROWS + 8)
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_keys(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class ExportScopeBox(QGroupBox):
    changed = Signal()

    def __init__(
        self,
        choices: ExportChoices,
        articles: list[ArticleMeta],
        tag_names: list[str],
        available: set[Scope],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_tr("Xuất gì"), parent)
        layout = QVBoxLayout(self)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[Scope, QRadioButton] = {}
        scope = choices.scope if choices.scope in available else Scope.LIBRARY
        self.article_list = _checked_list(
            [(m.id, m.title) for m in articles], set(choices.article_ids)
        )
        self.tag_list = _checked_list([(n, n) for n in tag_names], set(choices.tag_names))
        self.article_filter = QLineEdit()
        self.article_filter.setPlaceholderText(_tr("Lọc theo tiêu đề (gõ không dấu cũng được)"))
        self.article_filter.setClearButtonEnabled(True)
        self.article_filter.textChanged.connect(self._on_article_filter_changed)
        for item in Scope:
            button = QRadioButton(_tr(SCOPE_LABELS[item]))
            button.setEnabled(item in available)
            button.setChecked(item is scope)
            self.scope_group.addButton(button)
            self.scope_buttons[item] = button
            layout.addWidget(button)
            button.toggled.connect(self._on_changed)
            if item is Scope.ARTICLES:
                layout.addWidget(self.article_filter)
                layout.addWidget(self.article_list, 3)
            if item is Scope.TAGS:
                layout.addWidget(self.tag_list, 2)
        self.article_list.itemChanged.connect(self._on_changed)
        self.tag_list.itemChanged.connect(self._on_changed)
        # Two rows, so the box stays narrow in every language.
        dates = QGridLayout()
        self.dates_check = QCheckBox(_tr("Chỉ bài đăng từ"))
        self.dates_check.setChecked(choices.use_dates)
        self.date_from = self._date_edit(choices.date_from, QDate.currentDate().addYears(-1))
        self.date_to = self._date_edit(choices.date_to, QDate.currentDate())
        to_label = QLabel(_tr("đến"))
        to_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        dates.addWidget(self.dates_check, 0, 0)
        dates.addWidget(self.date_from, 0, 1)
        dates.addWidget(to_label, 1, 0)
        dates.addWidget(self.date_to, 1, 1)
        dates.setColumnStretch(2, 1)
        layout.addLayout(dates)
        self.dates_check.toggled.connect(self._on_changed)
        self._update_enabled()

    def _on_article_filter_changed(self, text: str) -> None:
        """Hide titles that do not match; ticked ones stay ticked (and exported) while hidden."""
        wanted = fold(" ".join(text.split()))
        for i in range(self.article_list.count()):
            item = self.article_list.item(i)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def _date_edit(self, iso: str, fallback: QDate) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        day = QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate()
        edit.setDate(day if day.isValid() else fallback)
        edit.dateChanged.connect(self._on_changed)
        return edit

    def scope(self) -> Scope:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def fill(self, choices: ExportChoices) -> None:
        """Copy this box's state into `choices`."""
        choices.scope = self.scope()
        choices.article_ids = checked_keys(self.article_list)
        choices.tag_names = checked_keys(self.tag_list)
        choices.use_dates = self.dates_check.isChecked()
        choices.date_from = self.date_from.date().toString("yyyy-MM-dd")
        choices.date_to = self.date_to.date().toString("yyyy-MM-dd")

    def _update_enabled(self) -> None:
        scope = self.scope()
        self.article_list.setEnabled(scope is Scope.ARTICLES)
        self.article_filter.setEnabled(scope is Scope.ARTICLES)
        self.tag_list.setEnabled(scope is Scope.TAGS)
        self.date_from.setEnabled(self.dates_check.isChecked())
        self.date_to.setEnabled(self.dates_check.isChecked())

    def _on_changed(self, *_: object) -> None:
        self._update_enabled()
        self.changed.emit()
