"""“Cần xem lại”: annotations whose passage could not be found with confidence after an edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.annotation import Annotation


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


class ReviewPanel(QWidget):
    open_requested = Signal(object)  # Annotation: open its article
    reattach_requested = Signal(object)  # Annotation: attach to the reader's selection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.annotations: list[Annotation] = []
        self.help = QLabel(
            _tr(
                "Các ghi chú này không còn tìm thấy chắc chắn trong bài sau khi nội dung bị sửa. "
                "Mở bài, bôi đen đoạn đúng rồi bấm “Gắn vào đoạn đang chọn”."
            )
        )
        self.help.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemDoubleClicked.connect(self._on_item_activated)
        self.open_button = QPushButton(_tr("Mở bài viết"))
        self.reattach_button = QPushButton(_tr("Gắn vào đoạn đang chọn"))
        self.open_button.clicked.connect(lambda: self._request(self.open_requested))
        self.reattach_button.clicked.connect(lambda: self._request(self.reattach_requested))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.reattach_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def set_annotations(self, annotations: list[Annotation], titles: dict[str, str]) -> None:
        self.annotations = list(annotations)
        self.list.clear()
        for a in self.annotations:
            quote = " ".join(a.quote.exact.split())
            item = QListWidgetItem(f"“{quote[:160]}”\n{titles.get(a.article_id, a.article_id)}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
        has_any = bool(self.annotations)
        self.open_button.setEnabled(has_any)
        self.reattach_button.setEnabled(has_any)

    def current(self) -> Annotation | None:
        row = self.list.currentRow()
        return self.annotations[row] if 0 <= row < len(self.annotations) else None

    def _request(self, signal: SignalInstance) -> None:
        current = self.current()
        if current is not None:
            signal.emit(current)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.list.setCurrentItem(item)
        self._request(self.open_requested)
