"""WelcomePanel: a short Vietnamese guide (read, highlight, tag, export) shown on first start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


def guide_html() -> str:
    """The guide; menu commands are written <b>Menu › Command</b> (a test checks they exist)."""
    steps = [
        (_tr("Đọc"), _tr("Thư viện đã có sẵn năm bài viết mẫu. Chọn một bài trong danh sách bên trái để đọc; Ctrl + và Ctrl − đổi cỡ chữ.")),
        (_tr("Tô sáng"), _tr("Bôi đen một đoạn trong bài rồi bấm <b>Sửa › Tô sáng và ghi chú</b> (Ctrl+D), có cả trên thanh công cụ và khi nhấp chuột phải. Mỗi màu có một ý nghĩa, đổi được trong <b>Công cụ › Cài đặt</b>.")),
        (_tr("Gắn thẻ và ghi chú"), _tr("Trong hộp tô sáng, gõ tên thẻ rồi nhấn Enter; “cha/con” tạo thẻ con. Ghi chú giúp nhớ vì sao đoạn này quan trọng.")),
        (_tr("Tìm lại"), _tr("<b>Xem › Duyệt ghi chú</b> lọc mọi đoạn đã đánh dấu theo thẻ, màu, bài viết, ngày; <b>Sửa › Tìm kiếm</b> (Ctrl+F) tìm trong cả thư viện. <b>Xem › Tổng quan</b> vẽ biểu đồ của cả thư viện.")),
        (_tr("Xuất Word"), _tr("<b>Tệp › Xuất</b> (Ctrl+Shift+E) tạo bản tổng hợp đúng thể thức văn bản hành chính hoặc văn bản của Đảng, có trích dẫn nguồn cho từng đoạn. Ctrl+Shift+C chép đoạn đang chọn kèm trích dẫn để dán vào Word.")),
        (_tr("Nhập bài mới"), _tr("<b>Tệp › Nhập tệp</b> (Ctrl+O) nhận tệp Word (.docx, .doc), PDF, .rtf, .odt, .txt và trang web đã lưu; <b>Tệp › Nhập từ địa chỉ web</b> lấy bài từ một trang báo; <b>Tệp › Nhập thư mục</b> lấy cả thư mục; <b>Tệp › Bài mới từ bảng tạm</b> thêm bài vừa chép (Ctrl+C) từ trình duyệt.")),
    ]
    items = "".join(f"<li><b>{title}.</b> {body}</li>" for title, body in steps)
    return (
        f"<h2>{_tr('Chào mừng đến với Trích Dẫn')}</h2>"
        f"<p>{_tr('Đọc, đánh dấu và trích dẫn bài viết tiếng Việt trong vài bước:')}</p>"
        f"<ol>{items}</ol>"
        f"<p>{_tr('Nhấn F1 để xem mọi phím tắt. Mọi thay đổi được lưu ngay và có thể hoàn tác (Ctrl+Z).')}</p>"
    )


class WelcomePanel(QWidget):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(_tr("Hướng dẫn bắt đầu"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        self.dismiss_button = QPushButton(_tr("Đã hiểu, ẩn hướng dẫn"))
        self.dismiss_button.setObjectName("welcomeDismissButton")
        self.dismiss_button.clicked.connect(self.dismissed.emit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
