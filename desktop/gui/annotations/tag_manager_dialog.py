"""Tag manager: counts per tag, rename, merge, recolour, delete; the colour legend. Undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.annotations.annotation_commands import ColorMeaningCommand, TagCommand, push
from desktop.gui.annotations.color_swatch import (
    SWATCH_SIZE,
    color_name,
    highlight_color_name,
    highlight_swatch_icon,
    swatch_icon,
)
from desktop.gui.annotations.tag_color_dialog import TagColorDialog
from desktop.gui.asking import ask_item, ask_text, ask_yes_no
from desktop.gui.i18n.core_text import interface_legend
from desktop.services import events

if TYPE_CHECKING:
    from desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("Annotations", text, "", n)


class TagManagerDialog(QDialog):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Quản lý thẻ"))
        self.resize(560, 520)
        self.services, self.undo_stack = services, undo_stack
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_tr("Thẻ"), _tr("Số ghi chú"), _tr("Màu")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setIconSize(QSize(SWATCH_SIZE, SWATCH_SIZE))
        self.legend_tree = QTreeWidget()
        self.legend_tree.setObjectName("colorLegend")
        self.legend_tree.setHeaderLabels([_tr("Màu"), _tr("Ý nghĩa")])
        self.legend_tree.setRootIsDecorated(False)
        self.legend_tree.setIconSize(QSize(SWATCH_SIZE, SWATCH_SIZE))
        self.legend_tree.setMaximumHeight(190)
        buttons = QGridLayout()
        specs = (
            (_tr("Thêm thẻ…"), self._on_add_clicked),
            (_tr("Đổi tên…"), self._on_rename_clicked),
            (_tr("Gộp vào thẻ khác…"), self._on_merge_clicked),
            (_tr("Đổi màu…"), self._on_recolor_clicked),
            (_tr("Bỏ màu"), lambda: self._on_recolor_clicked(clear=True)),
            (_tr("Xóa thẻ…"), self._on_delete_clicked),
        )
        for i, (text, slot) in enumerate(specs):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button, i // 3, i % 3)
        meaning_button = QPushButton(_tr("Đổi ý nghĩa màu…"))
        meaning_button.clicked.connect(self._on_meaning_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Đóng"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(_tr("Chú giải màu (ý nghĩa bạn đặt cho từng màu):")))
        layout.addWidget(self.legend_tree)
        layout.addWidget(meaning_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        services.events.subscribe(events.TAGS_CHANGED, self.reload)
        services.events.subscribe(events.ANNOTATIONS_CHANGED, self._on_annotations_changed)
        self.finished.connect(self._on_finished)
        self.reload()

    def _on_finished(self, _result: int) -> None:
        self.services.events.unsubscribe(events.TAGS_CHANGED, self.reload)
        self.services.events.unsubscribe(events.ANNOTATIONS_CHANGED, self._on_annotations_changed)

    def _on_annotations_changed(self, article_id: str) -> None:
        self.reload()

    # --- view ---------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_tag_id()
        counts = self.services.tags.counts()
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for tag in self.services.tags.list_tags():
            parent = items.get(tag.parent_name)
            item = QTreeWidgetItem(
                [tag.leaf_name if parent else tag.name, QLocale().toString(counts.get(tag.id, 0)), color_name(tag.color)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, tag.id)
            if tag.color:
                item.setIcon(2, swatch_icon(tag.color))
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[tag.name] = item
            if tag.id == selected:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self.legend_tree.clear()
        for key, meaning in interface_legend(self.services.tags.color_legend()).items():
            item = QTreeWidgetItem([highlight_color_name(key), meaning])
            item.setIcon(0, highlight_swatch_icon(key))
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            self.legend_tree.addTopLevelItem(item)
        self.legend_tree.resizeColumnToContents(0)

    def selected_tag_id(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select_tag(self, tag_id: str) -> None:
        for item in self.tree.findItems(
            "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        ):
            if item.data(0, Qt.ItemDataRole.UserRole) == tag_id:
                self.tree.setCurrentItem(item)

    # --- actions (undoable; the slots below only ask the user) -----------------------------
    def _push(self, text: str, action) -> bool:
        return push(self.undo_stack, TagCommand(self.services, text, action, self))

    def rename_tag(self, tag_id: str, new_name: str) -> bool:
        name = self.services.tags.get(tag_id).name
        return self._push(
            _tr("Đổi tên thẻ “%1”").replace("%1", name),
            lambda: self.services.tags.rename(tag_id, new_name),
        )

    def merge_tags(self, source_id: str, target_id: str) -> bool:
        source, target = self.services.tags.get(source_id), self.services.tags.get(target_id)
        text = _tr("Gộp thẻ “%1” vào “%2”").replace("%1", source.name).replace("%2", target.name)
        return self._push(text, lambda: self.services.tags.merge(source_id, target_id))

    def recolor_tag(self, tag_id: str, color: str) -> bool:
        name = self.services.tags.get(tag_id).name
        return self._push(
            _tr("Đổi màu thẻ “%1”").replace("%1", name),
            lambda: self.services.tags.recolor(tag_id, color),
        )

    def delete_tag(self, tag_id: str) -> bool:
        name = self.services.tags.get(tag_id).name
        return self._push(
            _tr("Xóa thẻ “%1”").replace("%1", name), lambda: self.services.tags.delete(tag_id)
        )

    def _need_selection(self) -> str:
        tag_id = self.selected_tag_id()
        if not tag_id:
            QMessageBox.information(
                self, _tr("Quản lý thẻ"), _tr("Hãy chọn một thẻ trong danh sách trước.")
            )
        return tag_id

    def _on_add_clicked(self) -> None:
        name, ok = ask_text(self, _tr("Thêm thẻ"), _tr("Tên thẻ (“cha/con” cho thẻ con):"), ok=_tr("Thêm"))
        if ok and name.strip():
            services = self.services
            created: list[str] = []

            def create():
                from desktop.services.tag_service import TagChange

                tag = services.tags.create(name, tag_id=created[0] if created else None)
                created[:] = [tag.id]
                return TagChange("", tags_created=(tag.id,))

            self._push(_tr("Thêm thẻ “%1”").replace("%1", name.strip()), create)

    def _on_rename_clicked(self) -> None:
        tag_id = self._need_selection()
        if tag_id:
            old = self.services.tags.get(tag_id).name
            name, ok = ask_text(self, _tr("Đổi tên thẻ"), _tr("Tên mới:"), old, ok=_tr("Đổi tên"))
            if ok:
                self.rename_tag(tag_id, name)

    def _on_merge_clicked(self) -> None:
        tag_id = self._need_selection()
        if not tag_id:
            return
        others = [t for t in self.services.tags.list_tags() if t.id != tag_id]
        if not others:
            QMessageBox.information(self, _tr("Gộp thẻ"), _tr("Chưa có thẻ nào khác để gộp vào."))
            return
        source = self.services.tags.get(tag_id).name
        label = _tr("Gộp “%1” vào thẻ:").replace("%1", source)
        choice, ok = ask_item(self, _tr("Gộp thẻ"), label, [t.name for t in others], ok=_tr("Gộp"))
        if ok:
            self.merge_tags(tag_id, next(t.id for t in others if t.name == choice))

    def _on_recolor_clicked(self, clear: bool = False) -> None:
        tag_id = self._need_selection()
        if not tag_id:
            return
        if clear:
            self.recolor_tag(tag_id, "")
            return
        tag = self.services.tags.get(tag_id)
        dialog = TagColorDialog(tag.color, _tr("Màu của thẻ “%1”").replace("%1", tag.name), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.color():
            self.recolor_tag(tag_id, dialog.color())

    def _on_delete_clicked(self) -> None:
        tag_id = self._need_selection()
        if not tag_id:
            return
        tag = self.services.tags.get(tag_id)
        count = self.services.tags.counts().get(tag_id, 0)
        question = _trn(
            "Xóa thẻ “%1”? %Ln ghi chú đang có thẻ này sẽ bỏ thẻ đó nhưng vẫn được giữ nguyên cùng các thẻ khác. "
            "Có thể hoàn tác bằng Ctrl+Z.",
            count,
        ).replace("%1", tag.name)
        if ask_yes_no(self, _tr("Xóa thẻ"), question, yes=_tr("Xóa thẻ")):
            self.delete_tag(tag_id)

    def _on_meaning_clicked(self) -> None:
        item = self.legend_tree.currentItem()
        if item is None:
            QMessageBox.information(
                self, _tr("Chú giải màu"), _tr("Hãy chọn một màu trong chú giải trước.")
            )
            return
        key = str(item.data(0, Qt.ItemDataRole.UserRole))
        meaning, ok = ask_text(self, _tr("Ý nghĩa của màu"), _tr("Màu này nghĩa là:"), item.text(1), ok=_tr("Lưu"))
        if ok:
            push(self.undo_stack, ColorMeaningCommand(self.services, key, meaning, self))
