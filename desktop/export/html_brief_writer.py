"""The brief as simple HTML that Qt's rich text engine lays out for the PDF and the preview.

Blocks carry flags in Qt's "-qt-user-state" (read back by desktop/gui/export/pdf_renderer.py):
a heading's page goes into the table of contents, a quote gets its bar, and blocks that must
stay with the next one (heading, quote, citation) are kept together when the PDF paginates.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from desktop.export.brief import (
    APPENDIX_TITLE,
    CONTENTS_TITLE,
    SUMMARY_TITLE,
    Brief,
    BriefItem,
    appendix_heading,
    cross_reference,
    short_quote,
)
from desktop.export.citation import byline, citation_text
from desktop.export.docx_brief_writer import (
    KEEP_QUOTE_WHOLE_CHARS,
    OVERLAP_NOTE,
    REVIEW_MARK,
    appendix_has_overlaps,
    quote_paragraph_chars,
)
from desktop.export.docx_layout import FIRST_LINE_INDENT_CM, FONT, MIN_TEXT_PT, PAGE_SPECS
from desktop.export.docx_title_block import LEFT_COLUMN_SHARE
from desktop.export.export_options import LayoutStyle
from desktop.export.highlight_segments import highlight_layers, marking_keys
from desktop.export.html_title_block import title_rows
from desktop.export.print_colors import print_color
from desktop.export.quote_marks import quoted
from desktop.export.text_context import ParagraphIndex
from desktop.export.vietnamese_dates import short_date
from desktop.export.xml_text import printable

# Bits of -qt-user-state.
KEEP_WITH_NEXT = 1
HEADING = 2
QUOTE_BAR = 4
KEEP_TOGETHER = 8
TABLE_ROW = 16  # a one-row table: moves whole to the next page rather than split
TOC_PAGE = 32  # a page number in the table of contents, filled in once the PDF is paginated
OVERLAP_ANCHOR = "ov-"  # <a name="ov-RRGGBB">: an overlap's underline colour, applied by the PDF


def h(text: str) -> str:
    return escape(printable(text)).replace("\n", "<br/>")


def _mark(text: str, colors: Sequence[str]) -> str:
    inner, outer = marking_keys(colors)
    if inner is None:
        return h(text)
    style = f"background-color:#{print_color(inner).fill}"
    if outer is None:
        return f'<span style="{style}">{h(text)}</span>'
    line = print_color(outer).line
    return (
        f'<a name="{OVERLAP_ANCHOR}{line}"><span style="{style}; text-decoration: underline">'
        f"{h(text)}</span></a>"
    )


class HtmlBriefWriter:
    def __init__(
        self,
        brief: Brief,
        *,
        max_excerpts: int | None = None,
        dpi: float = 96,
        for_print: bool = False,
        toc_pages: Sequence[str] | None = None,
    ) -> None:
        self.brief = brief
        self.options = brief.options
        self.max_excerpts = max_excerpts  # the preview shows a first page, not the whole brief
        self.dpi = dpi
        self.for_print = for_print  # quote bars drawn by the PDF renderer, not as table borders
        self.toc_pages = list(toc_pages or [])
        self.size = self.options.body_size
        self.small = max(MIN_TEXT_PT, self.size - 1)
        self.css: dict[str, str] = {}
        self.parts: list[str] = []
        self._shown = 0
        self._break_next = False

    def px(self, points: float) -> int:
        """Qt rich text takes margins in pixels of the device it lays out for."""
        return round(points * self.dpi / 72)

    def cm(self, centimetres: float) -> int:
        return round(centimetres * self.dpi / 2.54)

    @staticmethod
    def tpx(points: float) -> int:
        """Table widths, paddings and borders: Qt scales those pixels from 96 dpi to the
        device itself (margins it does not), so they are given at 96 dpi."""
        return round(points * 96 / 72)

    def _p(self, css: str, body: str, flags: int = 0, extra: str = "") -> None:
        state = f"; -qt-user-state:{flags}" if flags else ""
        if flags & HEADING and self._break_next:
            extra += "; page-break-before:always"
            self._break_next = False
        self.parts.append(f"<p style='{self.css[css]}{extra}{state}'>{body}</p>")

    def to_html(self) -> str:
        px, cm = self.px, self.cm
        six = px(6)
        # Inline styles everywhere, and headings as bold paragraphs: Qt forces its own
        # (large) sizes on <h1>-<h3> whatever the style says.
        self.css = {
            "p": f"margin-top:0; margin-bottom:{six}px; text-align:justify; text-indent:{cm(FIRST_LINE_INDENT_CM)}px",
            "h": f"font-size:{self.size}pt; font-weight:bold; margin-top:{px(12)}px; margin-bottom:{six}px; text-indent:0",
            "quote": f"margin-top:{six}px; margin-left:{cm(1)}px; margin-right:{cm(0.5)}px; margin-bottom:{six}px;"
            " text-indent:0; font-style:italic; text-align:justify",
            "detail": f"margin-top:0; margin-left:{cm(1)}px; margin-bottom:{six}px; text-indent:0; text-align:justify",
            "citation": f"margin-top:0; margin-left:{cm(1)}px; margin-bottom:{six}px; text-indent:0;"
            f" font-style:italic; font-size:{self.small}pt",
            "byline": f"margin-top:0; margin-bottom:{six}px; text-indent:0; font-style:italic; font-size:{self.small}pt",
            "center": f"margin-top:0; margin-bottom:{six}px; text-indent:0; text-align:center",
            "toc": f"margin-top:0; margin-bottom:{six}px; text-indent:0",
        }
        self.parts.append(
            "<html><head><meta charset='utf-8'/></head>"
            f"<body style=\"font-family:'{FONT}','Liberation Serif',serif; font-size:{self.size}pt\">"
        )
        self._title_block()
        if self.options.include_toc and self.max_excerpts is None:
            self._contents()
        if self.options.include_summary:
            self._summary()
        self._groups()
        if self.options.include_appendix and self.brief.appendix and self.max_excerpts is None:
            self._appendix()
        self.parts.append("</body></html>")
        return "".join(self.parts)

    # --- title block ---------------------------------------------------------------
    def _cell(self, lines: list[tuple[str, float, str]]) -> str:
        """Centred lines of a title block cell; ("", width in pt, "rule") draws a solid rule,
        centred (black in the PDF: its renderer gives Qt a black palette for rulers)."""
        return "".join(
            f"<hr width='{self.px(size)}' style='margin:0'/>"
            if style == "rule"
            else f"<p style='margin:0; text-indent:0; text-align:center; font-size:{size}pt'>{body}</p>"
            for body, size, style in lines
        )

    def _title_block(self) -> None:
        options = self.options
        party = options.style is LayoutStyle.HD36
        share = round(LEFT_COLUMN_SHARE[options.style] * 100)
        rows = title_rows(options, self.size)
        self.parts.append(
            "<table width='100%' cellspacing='0' cellpadding='0'>"
            + "".join(
                f"<tr><td width='{share}%' valign='top'>{self._cell(a)}</td>"
                f"<td width='{100 - share}%' valign='top'>{self._cell(b)}</td></tr>"
                for a, b in rows
            )
            + "</table>"
        )
        title = options.title.strip() or "Tổng hợp trích dẫn"
        title_size = self.size if not party else 16
        self._p(
            "center",
            f"<b>{h(title.upper())}</b>",
            KEEP_WITH_NEXT,
            f"; margin-top:{self.px(18)}px; font-size:{title_size}pt",
        )
        self._p("center", f"<i>{h(self.brief.count_line())}</i>", 0, f"; margin-bottom:{self.px(12)}px")
        keys = self.brief.used_colors()
        if keys:
            legend = "; ".join(_mark(self.brief.color_meaning(k), (k,)) for k in keys) + "."
            if self.options.include_appendix and appendix_has_overlaps(self.brief):
                legend += f" {h(OVERLAP_NOTE)}"
            self._p("detail", f"<b>Chú giải màu:</b> {legend}", 0, f"; margin-left:0; margin-bottom:{self.px(12)}px")

    # --- contents and summary ----------------------------------------------------------
    def _contents(self) -> None:
        self._p("center", f"<b>{CONTENTS_TITLE}</b>", KEEP_WITH_NEXT, f"; margin-top:{self.px(6)}px")
        rows = []
        for i, entry in enumerate(self.brief.toc_entries()):
            page = self.toc_pages[i] if i < len(self.toc_pages) else "99"
            indent = self.cm(0.75 * (entry.level - 1))
            weight = "font-weight:bold; " if entry.level == 1 else ""
            rows.append(
                f"<tr><td style='{weight}padding-left:{indent}px'><p style='{self.css['toc']}'>{h(entry.text)}</p></td>"
                f"<td width='8%' align='right' valign='bottom'><p style='{self.css['toc']}; text-align:right;"
                f" -qt-user-state:{TOC_PAGE}'>{escape(page)}</p></td></tr>"
            )
        self.parts.append(
            f"<table width='100%' cellspacing='0' cellpadding='0'>{''.join(rows)}</table>"
        )
        self._break_next = True  # the contents stand on their own page(s)

    def _table(self, header: list[str], rows: list[list[str]], widths: list[int]) -> None:
        """One table per row, so the PDF can move a row whole to the next page (Qt would split
        it). Cells draw their own borders (no doubled lines where rows meet); the PDF adds the
        top border of a row that starts a page. Widths are percentages of the text width, in
        pixels when printing so every row's columns line up exactly."""
        line = max(1, self.tpx(0.75))
        total = PAGE_SPECS[self.options.style].text_width_mm / 25.4 * 96
        cell = f"font-size:{self.small}pt"

        def row_html(values: list[str], bold: bool) -> str:
            state = TABLE_ROW | (KEEP_WITH_NEXT if bold else 0)
            cells = []
            for i, (value, width) in enumerate(zip(values, widths, strict=True)):
                size = f"{round(total * width / 100)}" if self.for_print else f"{width}%"
                sides = [f"border-right:{line}px solid #000000", f"border-bottom:{line}px solid #000000"]
                sides.append(f"border-top:{line if bold else 0}px solid #000000")
                sides.append(f"border-left:{line if i == 0 else 0}px solid #000000")
                weight = "font-weight:bold; text-align:center; " if bold else ""
                cells.append(
                    f"<td width='{size}' style='{'; '.join(sides)}'><p style='margin:0; text-indent:0; "
                    f"{weight}{cell}; -qt-user-state:{state}'>{h(value)}</p></td>"
                )
            width_attr = f"{round(total)}" if self.for_print else "100%"
            return (
                f"<table border='0' cellspacing='0' cellpadding='{self.tpx(3)}' width='{width_attr}'"
                f" style='margin:0'><tr>{''.join(cells)}</tr></table>"
            )

        if self.for_print:
            self.parts.append(row_html(header, True))
            self.parts.extend(row_html(r, False) for r in rows)
        else:  # on screen nothing paginates: one plain table reads better
            head = "".join(f"<th width='{w}%' style='{cell}'>{h(v)}</th>" for v, w in zip(header, widths, strict=True))
            body = "".join(
                "<tr>" + "".join(f"<td style='{cell}'>{h(v)}</td>" for v in row) + "</tr>" for row in rows
            )
            self.parts.append(
                f"<table border='1' cellspacing='0' cellpadding='{self.tpx(3)}' width='100%'"
                f" style='border-collapse:collapse; border-color:#000000'><tr>{head}</tr>{body}</table>"
            )
        self._p("p", "", 0, "; margin-bottom:0")

    def _summary(self) -> None:
        self._p("h", h(SUMMARY_TITLE), HEADING | KEEP_WITH_NEXT)
        brief = self.brief
        self._p("p", h(f"Tài liệu tổng hợp {len(brief.excerpts)} trích dẫn từ {brief.article_count()} bài viết."))
        tag_rows = [[name, str(count)] for name, count in brief.tag_counts()]
        if tag_rows:
            self._table(["Thẻ", "Số trích dẫn"], tag_rows, [75, 25])
            if brief.mentions_note():
                self._p("p", h(brief.mentions_note()))
        rows = [
            [str(i), m.title, m.source, short_date(m.published), str(c)]
            for i, (m, c) in enumerate(brief.article_counts(), start=1)
        ]
        self._table(["TT", "Bài viết", "Nguồn", "Ngày đăng", "Số trích dẫn"], rows, [7, 41, 19, 18, 15])

    # --- excerpts ----------------------------------------------------------------------
    def _full(self) -> bool:
        return self.max_excerpts is not None and self._shown >= self.max_excerpts

    def _groups(self) -> None:
        articles = {e.article.id: e.article for e in self.brief.excerpts}
        for section in self.brief.sections:
            if self._full():
                self._p("center", "…")
                return
            italic = "; font-style:italic" if section.level >= 3 else ""
            self._p("h", h(section.heading), HEADING | KEEP_WITH_NEXT, italic)
            article = articles.get(section.group.article)
            if article is not None and byline(article):
                self._p("byline", h(byline(article)), KEEP_WITH_NEXT)
            for item in section.items:
                if self._full():
                    break
                self._shown += 1
                if item.first:
                    self._excerpt(item)
                else:
                    self._reference(item)

    def _quote(self, body: str, flags: int, extra: str = "") -> None:
        if self.for_print:
            self._p("quote", body, flags | QUOTE_BAR, extra)
            return
        # On screen (QTextBrowser) the bar is the left border of a one-cell table.
        self.parts.append(
            f"<table cellspacing='0' cellpadding='{self.tpx(3)}' style='margin-left:{self.cm(1) - self.px(8)}px;"
            f" margin-top:{self.px(6)}px; margin-bottom:0'><tr><td style='border-left: 3px solid #808080;"
            " border-top:0; border-right:0; border-bottom:0'>"
            f"<p style='{self.css['quote']}; margin-left:0; margin-top:0; margin-bottom:0{extra}'>{body}</p>"
            "</td></tr></table>"
        )

    def _excerpt(self, item: BriefItem) -> None:
        excerpt, options = item.excerpt, self.options
        quote = _mark(quoted(excerpt.quote), (excerpt.color,))
        if options.include_context:
            quote = f"{h(excerpt.context_before)}{quote}{h(excerpt.context_after)}"
        blocks: list[tuple[str, str]] = []
        if options.include_citations:
            text = citation_text(excerpt, with_article=not self.brief.cites_article_in_heading)
            if excerpt.annotation.needs_review:
                text = f"{text} {REVIEW_MARK}"
            blocks.append(("citation", h(text)))
        details = []
        if options.include_tags and excerpt.tag_names:
            details.append(f"<b>Thẻ:</b> {h(', '.join(excerpt.tag_names))}.")
        if len(self.brief.used_colors()) > 1:
            details.append(f"<b>Màu:</b> {h(self.brief.color_meaning(excerpt.color))}.")
        if details:
            blocks.append(("detail", " ".join(details)))
        if options.include_notes and excerpt.note.strip():
            blocks.append(("detail", f"<b>Ghi chú:</b> {h(excerpt.note.strip())}"))
        # As in the .docx: a short quote stays whole and with its citation; a long one may break.
        short = quote_paragraph_chars(excerpt, options.include_context) <= KEEP_QUOTE_WHOLE_CHARS
        self._quote(
            f"<span style='font-style:normal'><b>{item.number}.</b></span> {quote}",
            (KEEP_WITH_NEXT | KEEP_TOGETHER) if short and blocks else (KEEP_TOGETHER if short else 0),
            "" if blocks else f"; margin-bottom:{self.px(12)}px",
        )
        for i, (css, body) in enumerate(blocks):
            last = i == len(blocks) - 1
            flags = 0 if last else KEEP_WITH_NEXT | KEEP_TOGETHER
            self._p(css, body, flags, f"; margin-bottom:{self.px(12)}px" if last else "")

    def _reference(self, item: BriefItem) -> None:
        body = (
            f"<span style='font-style:normal'><b>{item.number}.</b></span> "
            f"{h(quoted(short_quote(item.excerpt.quote)))} "
            f"<span style='font-style:normal'>{h(cross_reference(item))}</span>"
        )
        self._quote(body, 0, f"; margin-bottom:{self.px(12)}px")

    # --- appendix ------------------------------------------------------------------------
    def _appendix(self) -> None:
        self._p("h", h(APPENDIX_TITLE), HEADING | KEEP_WITH_NEXT, "; page-break-before:always")
        for number, article in enumerate(self.brief.appendix, start=1):
            self._p("h", h(appendix_heading(number, article)), HEADING | KEEP_WITH_NEXT)
            if byline(article.meta):
                self._p("byline", h(byline(article.meta)), KEEP_WITH_NEXT)
            index = ParagraphIndex(article.clean_text)
            text = article.clean_text
            for p_no, (start, end) in enumerate(index.paragraphs(), start=1):
                pieces = "".join(
                    _mark(text[a:b], colors) for a, b, colors in highlight_layers(start, end, article.annotations)
                )
                self._p("p", f"<b>[{p_no}]</b> {pieces}")


def write_html(
    brief: Brief,
    *,
    max_excerpts: int | None = None,
    dpi: float = 96,
    for_print: bool = False,
    toc_pages: Sequence[str] | None = None,
) -> str:
    """`dpi` is the resolution Qt lays the text out for (the screen, or the PDF writer)."""
    return HtmlBriefWriter(
        brief, max_excerpts=max_excerpts, dpi=dpi, for_print=for_print, toc_pages=toc_pages
    ).to_html()
