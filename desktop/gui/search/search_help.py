"""The small popup that explains the search syntax, in Vietnamese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Search", text)


def help_html() -> str:
    rows = [
        ("đạo đức công vụ", _tr("bài có đủ mọi từ, ở đâu cũng được")),
        ("dao duc", _tr("gõ không dấu: tìm mọi cách viết (đạo đức, dạo dục…)")),
        ("đạo đức", _tr("gõ có dấu: chỉ đúng từ đó; “hoà” và “hòa” là một")),
        ("\"cải cách hành chính\"", _tr("cụm từ liền nhau, đúng thứ tự")),
        ("-covid  -\"tin liên quan\"", _tr("loại bài có từ hoặc cụm từ này")),
        ("kinh*", _tr("từ bắt đầu bằng “kinh”: kinh tế, kinh doanh…")),
        ("tag:nêu-gương  tag:\"Nêu gương\"", _tr("ghi chú có thẻ này (và bài chứa chúng); thẻ cha gồm cả thẻ con")),
        ("nguồn:vnexpress", _tr("bài từ nguồn này (cũng viết source:)")),
        ("ngày:2021  ngày:8/2021  ngày:9/8/2021", _tr("bài đăng trong năm, tháng, ngày đó")),
        ("ngày:1/2021..6/2021  ngày:..2020", _tr("trong một khoảng; bỏ trống một đầu là không giới hạn")),
    ]
    body = "".join(f"<tr><td><code>{a}</code></td><td>&nbsp;{b}</td></tr>" for a, b in rows)
    return (
        f"<b>{_tr('Cách tìm kiếm')}</b><table cellspacing='3'>{body}</table>"
        f"<p>{_tr('Tìm trong tiêu đề, nội dung, đoạn trích, ghi chú và tên thẻ. Ctrl+F: ô tìm kiếm; F3 / Shift+F3: chỗ khớp sau / trước trong bài.')}</p>"
    )


class SearchHelpPopup(QFrame):
    """Closes by itself on the next click elsewhere or Esc, like a tooltip that stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("searchHelpPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(help_html())
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.label = label

    def show_below(self, anchor: QWidget) -> None:
        self.adjustSize()
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.show()
