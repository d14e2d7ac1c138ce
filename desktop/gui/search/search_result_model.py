"""SearchResultModel: results grouped under "Bài viết" and "Ghi chú", as rich text rows."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from desktop.gui.plain_text import tip
from desktop.gui.search.snippet_html import marked_html, snippet_html
from desktop.search.results import AnnotationHit, ArticleHit, SearchResults
from desktop.text.display import format_date_vi

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ResultTarget:
    """Where opening a result goes: an article, or the passage an annotation marks."""

    article_id: str
    start: int | None = None
    end: int | None = None
    annotation_id: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Search", text)


def _trn(text: str, n: int) -> str:
    """A text about `n` things: %Ln is the number, and English picks singular or plural."""
    return QCoreApplication.translate("Search", text, "", n)


def _article_html(hit: ArticleHit) -> str:
    byline = " · ".join(x for x in (hit.source, format_date_vi(hit.published)) if x)
    return (
        f"<b>{marked_html(hit.title, hit.title_marks)}</b>"
        + (f' <span style="color:#666666">— {escape(byline)}</span>' if byline else "")
        + f"<br>{snippet_html(hit.snippet)}"
    )


def _annotation_html(hit: AnnotationHit) -> str:
    parts = [f"«{snippet_html(hit.quote)}»"]
    if hit.note.text:
        parts.append(f"<i>{snippet_html(hit.note)}</i>")
    tail = escape(hit.article_title)
    if hit.tags:
        tail += " · " + escape(", ".join(hit.tags))
    parts.append(f'<span style="color:#666666">{tail}</span>')
    return "<br>".join(parts)


class SearchResultModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.results: SearchResults | None = None

    def _group(self, title: str) -> QStandardItem:
        item = QStandardItem(title)
        item.setData(f"<b>{escape(title)}</b>", HTML_ROLE)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.appendRow(item)
        return item

    @staticmethod
    def _row(plain: str, html: str, target: ResultTarget) -> QStandardItem:
        item = QStandardItem(plain)
        item.setData(html, HTML_ROLE)
        item.setData(target, TARGET_ROLE)
        item.setToolTip(tip(plain))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def set_results(self, results: SearchResults | None) -> None:
        self.clear()
        self.results = results
        if results is None:
            return
        articles = self._group(
            _trn("Bài viết — %Ln kết quả", results.article_count)
        )
        for hit in results.articles:
            articles.appendRow(self._row(f"{hit.title}\n{hit.snippet.text}", _article_html(hit), ResultTarget(hit.article_id)))
        notes = self._group(
            _trn("Ghi chú — %Ln kết quả", results.annotation_count)
        )
        for note in results.annotations:
            notes.appendRow(
                self._row(
                    f"{note.quote.text}\n{note.note.text}".strip(),
                    _annotation_html(note),
                    ResultTarget(note.article_id, note.start, note.end, note.annotation_id),
                )
            )

    def first_target_index(self):
        """The first result row (articles first), or an invalid index."""
        for group in range(self.rowCount()):
            parent = self.index(group, 0)
            if self.rowCount(parent):
                return self.index(0, 0, parent)
        return self.index(-1, -1)
