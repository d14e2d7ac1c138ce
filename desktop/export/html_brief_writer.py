"""The brief as simple HTML that Qt's rich text engine lays out for PDF and the preview."""

from __future__ import annotations

from html import escape

from desktop.domain.colors import color_by_key
from desktop.export.brief import Brief
from desktop.export.citation import byline, citation_text
from desktop.export.docx_brief_writer import APPENDIX_TITLE, REVIEW_MARK, SUMMARY_TITLE
from desktop.export.docx_layout import FIRST_LINE_INDENT_CM, FONT
from desktop.export.excerpt import Excerpt
from desktop.export.highlight_segments import highlight_segments
from desktop.export.outline_numbering import numbered_groups
from desktop.export.text_context import ParagraphIndex
from desktop.export.vietnamese_dates import place_and_date, short_date
from desktop.export.xml_text import xml_safe


def h(text: str) -> str:
    return escape(xml_safe(text)).replace("\n", "<br/>")


def _mark(text: str, color_key: str) -> str:
    return f'<span style="background-color:{color_by_key(color_key).screen_hex}">{h(text)}</span>'


class HtmlBriefWriter:
    def __init__(self, brief: Brief, *, max_excerpts: int | None = None, dpi: float = 96) -> None:
        self.brief = brief
        self.options = brief.options
        self.max_excerpts = max_excerpts  # the preview shows a first page, not the whole brief
        self.dpi = dpi
        self.css: dict[str, str] = {}
        self.parts: list[str] = []
        self._number = 0

    def px(self, points: float) -> int:
        """Qt rich text takes margins in pixels of the device it lays out for."""
        return round(points * self.dpi / 72)

    def cm(self, centimetres: float) -> int:
        return round(centimetres * self.dpi / 2.54)

    def to_html(self) -> str:
        size = self.options.font_size_pt
        px, cm = self.px, self.cm
        # Inline styles everywhere, and headings as bold paragraphs: Qt forces its own
        # (large) sizes on <h1>-<h3> whatever the style says.
        self.css = {
            "p": f"margin-top:0; margin-bottom:{px(6)}px; text-align:justify; text-indent:{cm(FIRST_LINE_INDENT_CM)}px",
            "h": f"font-size:{size}pt; font-weight:bold; margin-top:{px(12)}px; margin-bottom:{px(6)}px; text-indent:0",
            "quote": f"margin-top:{px(6)}px; margin-left:{cm(1)}px; margin-right:{cm(0.5)}px; margin-bottom:{px(3)}px;"
            " text-indent:0; font-style:italic; text-align:justify",
            "detail": f"margin-top:0; margin-left:{cm(1)}px; margin-bottom:{px(3)}px; text-indent:0; text-align:justify",
            "citation": f"margin-top:0; margin-left:{cm(1)}px; margin-bottom:{px(12)}px; text-indent:0;"
            f" font-style:italic; font-size:{size - 1}pt",
            "byline": f"margin-top:0; margin-bottom:{px(6)}px; text-indent:0; font-style:italic; font-size:{size - 1}pt",
            "center": "margin-top:0; margin-bottom:0; text-indent:0; text-align:center",
        }
        self.parts.append(
            "<html><head><meta charset='utf-8'/></head>"
            f"<body style=\"font-family:'{FONT}','Liberation Serif',serif; font-size:{size}pt\">"
        )
        self._title_block()
        if self.options.include_summary:
            self._summary()
        self._groups()
        if self.options.include_appendix and self.brief.appendix and self.max_excerpts is None:
            self._appendix()
        self.parts.append("</body></html>")
        return "".join(self.parts)

    def _title_block(self) -> None:
        options = self.options
        dated = h(place_and_date(options.place, options.date))
        lines = [line.strip() for line in options.agency.splitlines() if line.strip()]
        agency = "<br/>".join(
            f"<b>{h(line.upper())}</b>" if i == len(lines) - 1 else h(line.upper())
            for i, line in enumerate(lines)
        )
        self.parts.append(
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='42%' align='center' style='font-size:13pt'>{agency}</td>"
            f"<td width='58%' align='center'><i>{dated}</i></td></tr></table>"
        )
        title = options.title.strip() or "Tổng hợp trích dẫn"
        self.parts.append(
            f"<p style='{self.css['center']}; margin-top:{self.px(18)}px'><b>{h(title.upper())}</b></p>"
        )
        self.parts.append(
            f"<p style='{self.css['center']}; margin-bottom:{self.px(18)}px'><i>(Gồm {len(self.brief.excerpts)} trích dẫn "
            f"từ {self.brief.article_count()} bài viết)</i></p>"
        )
        keys = self.brief.used_colors()
        if keys:
            legend = "; ".join(_mark(self.brief.color_meaning(k), k) for k in keys)
            self.parts.append(
                f"<p style='{self.css['detail']}; margin-left:0'><b>Chú giải màu:</b> {legend}</p>"
            )

    def _table(self, header: list[str], rows: list[list[str]]) -> None:
        cell = f"style='font-size:{self.options.font_size_pt - 1}pt'"
        cells = "".join(f"<th {cell}>{h(c)}</th>" for c in header)
        body = "".join(
            "<tr>" + "".join(f"<td {cell}>{h(c)}</td>" for c in row) + "</tr>" for row in rows
        )
        self.parts.append(
            f"<table border='1' cellspacing='0' cellpadding='{self.px(2)}' width='100%'"
            " style='border-collapse:collapse; border-color:#000000'>"
            f"<thead><tr>{cells}</tr></thead>{body}</table><p style='{self.css['p']}'></p>"
        )

    def _summary(self) -> None:
        self.parts.append(f"<p style='{self.css['h']}'>{h(SUMMARY_TITLE)}</p>")
        tag_rows = [[name, str(count)] for name, count in self.brief.tag_counts()]
        if tag_rows:
            self._table(["Thẻ", "Số trích dẫn"], tag_rows)
        rows = [
            [str(i), m.title, m.source, short_date(m.published), str(c)]
            for i, (m, c) in enumerate(self.brief.article_counts(), start=1)
        ]
        self._table(["TT", "Bài viết", "Nguồn", "Ngày đăng", "Số trích dẫn"], rows)

    def _groups(self) -> None:
        articles = {e.article.id: e.article for e in self.brief.excerpts}
        for group, text in numbered_groups(self.brief.groups):
            if self.max_excerpts is not None and self._number >= self.max_excerpts:
                self.parts.append(f"<p style='{self.css['center']}'>…</p>")
                return
            italic = "; font-style:italic" if group.level >= 3 else ""
            self.parts.append(f"<p style='{self.css['h']}{italic}'>{h(text)}</p>")
            if group.article and byline(articles[group.article]):
                self.parts.append(
                    f"<p style='{self.css['byline']}'>{h(byline(articles[group.article]))}</p>"
                )
            for excerpt in group.excerpts:
                if self.max_excerpts is not None and self._number >= self.max_excerpts:
                    break
                self._excerpt(excerpt)

    def _excerpt(self, excerpt: Excerpt) -> None:
        self._number += 1
        options = self.options
        quote = _mark(f"“{excerpt.quote}”", excerpt.color)
        if options.include_context:
            before, after = h(excerpt.context_before), h(excerpt.context_after)
            quote = f"{before}{quote}{after}"
        self.parts.append(
            f"<p style='{self.css['quote']}'><span style='font-style:normal'><b>{self._number}.</b></span> {quote}</p>"
        )
        if options.include_notes and excerpt.note.strip():
            self.parts.append(
                f"<p style='{self.css['detail']}'><b>Ghi chú:</b> {h(excerpt.note.strip())}</p>"
            )
        if options.include_tags and excerpt.tag_names:
            self.parts.append(
                f"<p style='{self.css['detail']}'><b>Thẻ:</b> {h(', '.join(excerpt.tag_names))}</p>"
            )
        if options.include_citations:
            text = citation_text(excerpt, with_article=not self.brief.cites_article_in_heading)
            if excerpt.annotation.needs_review:
                text = f"{text} {REVIEW_MARK}"
            self.parts.append(f"<p style='{self.css['citation']}'>{h(text)}</p>")
        else:
            self.parts.append(f"<p style='{self.css['detail']}; margin-bottom:{self.px(9)}px'></p>")

    def _appendix(self) -> None:
        self.parts.append(
            f"<p style='{self.css['h']}; page-break-before:always'>{h(APPENDIX_TITLE)}</p>"
        )
        for number, article in enumerate(self.brief.appendix, start=1):
            self.parts.append(f"<p style='{self.css['h']}'>{number}. {h(article.meta.title)}</p>")
            if byline(article.meta):
                self.parts.append(f"<p style='{self.css['byline']}'>{h(byline(article.meta))}</p>")
            index = ParagraphIndex(article.clean_text)
            text = article.clean_text
            for p_no, (start, end) in enumerate(index.paragraphs(), start=1):
                pieces = "".join(
                    _mark(text[a:b], color) if color else h(text[a:b])
                    for a, b, color in highlight_segments(start, end, article.annotations)
                )
                self.parts.append(f"<p style='{self.css['p']}'><b>[{p_no}]</b> {pieces}</p>")


def write_html(brief: Brief, *, max_excerpts: int | None = None, dpi: float = 96) -> str:
    """`dpi` is the resolution Qt lays the text out for (the screen, or the PDF writer)."""
    return HtmlBriefWriter(brief, max_excerpts=max_excerpts, dpi=dpi).to_html()
