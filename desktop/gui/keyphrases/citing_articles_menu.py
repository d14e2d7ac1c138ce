"""CitingArticlesMenu: the articles of the library that cite one document, to jump to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop.domain.article import ArticleMeta
from desktop.text.display import format_date_vi

MAX_TITLE_CHARS = 90


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyphrases", text)


class CitingArticlesMenu(QMenu):
    article_chosen = Signal(str)

    def __init__(
        self,
        document: str,
        metas: list[ArticleMeta],
        current_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("citingArticlesMenu")
        heading = self.addAction(
            _tr("%1 · %2 bài viết dẫn").replace("%1", document).replace("%2", str(len(metas)))
        )
        heading.setEnabled(False)
        self.addSeparator()
        for meta in metas:
            title = (
                meta.title
                if len(meta.title) <= MAX_TITLE_CHARS
                else meta.title[: MAX_TITLE_CHARS - 1] + "…"
            )
            date = format_date_vi(meta.published, with_time=False)
            label = f"{title} · {date}" if date else title
            if meta.id == current_id:
                label = _tr("%1 (đang đọc)").replace("%1", label)
            action = self.addAction(label)
            action.setData(meta.id)
            action.triggered.connect(
                lambda _checked=False, article_id=meta.id: self.article_chosen.emit(article_id)
            )
        if not metas:
            self.addAction(_tr("Chưa có bài viết nào dẫn văn bản này.")).setEnabled(False)
