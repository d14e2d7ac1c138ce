"""The brief as a .docx: title block, optional contents and summary, grouped excerpts, appendix."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from desktop.export.brief import (
    APPENDIX_TITLE,
    CONTENTS_TITLE,
    SUMMARY_TITLE,
    AppendixArticle,
    Brief,
    BriefItem,
    appendix_heading,
    cross_reference,
    short_quote,
)
from desktop.export.citation import byline, citation_text
from desktop.export.docx_fast_runs import (
    NO_MARKING,
    Marking,
    add_bookmark,
    add_internal_link,
    add_text_run,
)
from desktop.export.docx_fields import add_toc_field, keep_row_on_one_page, repeat_as_header_row
from desktop.export.docx_layout import new_brief_document
from desktop.export.docx_properties import set_properties
from desktop.export.docx_title_block import TitleBlock, agency_lines
from desktop.export.excerpt import Excerpt
from desktop.export.highlight_segments import highlight_layers, marking_keys
from desktop.export.print_colors import print_color
from desktop.export.quote_marks import quoted
from desktop.export.text_context import ParagraphIndex
from desktop.export.vietnamese_dates import short_date
from desktop.export.xml_text import printable

Progress = Callable[[int, int], None]  # excerpts written, total

_P, _PPR, _PSTYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
REVIEW_MARK = "(Vị trí cần xem lại: bài viết đã thay đổi)"
TOC_PAGE_PLACEHOLDER = "99"  # as wide as most page numbers: the table keeps its line count
KEEP_QUOTE_WHOLE_CHARS = 500  # a short quote never breaks across pages; a long one may
OVERLAP_NOTE = (
    "Đoạn có hai màu chồng nhau: nền là màu của đoạn đánh dấu bên trong, "
    "gạch chân đậm là màu của đoạn bao ngoài."
)


def marking_for(colors: Sequence[str]) -> Marking:
    """Shading of the innermost highlight; a thick underline in the outer one's tone when a
    different colour covers the same words, so an overlap shows both."""
    inner, outer = marking_keys(colors)
    if inner is None:
        return NO_MARKING
    return Marking(
        fill=print_color(inner).fill, underline=print_color(outer).line if outer else ""
    )


def quote_paragraph_chars(excerpt: Excerpt, with_context: bool) -> int:
    extra = len(excerpt.context_before) + len(excerpt.context_after) if with_context else 0
    return len(excerpt.quote) + extra


def excerpt_anchor(number: int) -> str:
    return f"trich_dan_{number}"


class DocxBriefWriter:
    def __init__(
        self,
        brief: Brief,
        progress: Progress | None = None,
        *,
        toc_pages: Sequence[str] | None = None,
    ) -> None:
        self.brief = brief
        self.options = brief.options
        self.progress = progress
        self.toc_pages = toc_pages
        self.document, self.styles = new_brief_document(self.options.font_size_pt, self.options.style)
        self._sect_pr = self.document.element.body.sectPr
        self._container = self.document._body  # the parent python-docx paragraphs expect
        self._table_grid = self.document.styles["Table Grid"]
        self._written = 0
        self._total = len(brief.excerpts)
        self._headings = 0  # headings written so far: the n-th is the n-th TOC entry
        self._bookmarks = 0
        self._break_before_next_heading = False
        self._show_meaning = len(brief.used_colors()) > 1

    def _add(self, style: ParagraphStyle | None = None, text: str = "") -> Paragraph:
        """A body paragraph. Styles are set by id: python-docx's `style=` scans every style
        of the document on each call, which made a 1,000-excerpt brief take seconds."""
        p = self._sect_pr.makeelement(_P, {})
        self._sect_pr.addprevious(p)  # O(1), where add_p() searches the body for sectPr every time
        if style is not None:
            p_pr = p.makeelement(_PPR, {})
            p.append(p_pr)
            p_pr.append(p_pr.makeelement(_PSTYLE, {_VAL: style.style_id}))
        if text:
            add_text_run(p, printable(text))
        return Paragraph(p, self._container)

    def _bookmark(self, para: Paragraph, name: str) -> None:
        self._bookmarks += 1
        add_bookmark(para._p, self._bookmarks, name)

    def _heading(self, level: int, text: str) -> Paragraph:
        para = self._add(self.styles.headings[min(max(level, 1), 3) - 1], text)
        self._headings += 1
        self._bookmark(para, toc_anchor(self._headings))
        if self._break_before_next_heading:
            # A page break as a paragraph property: no empty paragraph pushes the heading down.
            para.paragraph_format.page_break_before = True
            self._break_before_next_heading = False
        return para

    def to_bytes(self) -> bytes:
        options = self.options
        TitleBlock(self.document, self.styles, options).write()
        title = printable(options.title.strip() or "Tổng hợp trích dẫn")
        self._add(self.styles.title, title.upper())
        self._add(self.styles.subtitle, self.brief.count_line())
        self._legend()
        if options.include_toc:
            self._contents()
        if options.include_summary:
            self._summary()
        self._groups()
        if options.include_appendix and self.brief.appendix:
            self._appendix()
        lines = agency_lines(options)
        set_properties(
            self.document,
            title=title,
            author=printable(" ".join(options.author.split())),
            company=lines[-1] if lines else "",
        )
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    # --- title block ---------------------------------------------------------------
    def _legend(self) -> None:
        """What each highlight colour means, so a printed brief can be read without the app."""
        keys = self.brief.used_colors()
        if not keys:
            return
        para = self._add(self.styles.detail)
        para.paragraph_format.left_indent = Cm(0)
        p = para._p
        add_text_run(p, "Chú giải màu: ", bold=True)
        for i, key in enumerate(keys):
            if i:
                add_text_run(p, "; ")
            meaning = printable(self.brief.color_meaning(key))
            add_text_run(p, meaning, marking=Marking(fill=print_color(key).fill))
        add_text_run(p, ".")
        if self.options.include_appendix and appendix_has_overlaps(self.brief):
            add_text_run(p, f" {OVERLAP_NOTE}")
        para.paragraph_format.space_after = Pt(12)

    def _contents(self) -> None:
        para = self._add(self.styles.title, CONTENTS_TITLE)
        para.paragraph_format.space_before = Pt(6)
        entries = self.brief.toc_entries()
        pages = list(self.toc_pages or [])
        rows = [
            (
                entry.level,
                printable(entry.text),
                toc_anchor(i),
                pages[i - 1] if i <= len(pages) else TOC_PAGE_PLACEHOLDER,
            )
            for i, entry in enumerate(entries, start=1)
        ]
        if rows:
            add_toc_field(lambda level: self._add(self.styles.toc[min(level, 3) - 1]), rows)
        self._break_before_next_heading = True

    # --- summary -------------------------------------------------------------------
    def _summary(self) -> None:
        self._heading(1, SUMMARY_TITLE)
        brief = self.brief
        self._add(
            self.styles.normal,
            f"Tài liệu tổng hợp {len(brief.excerpts)} trích dẫn từ {brief.article_count()} bài viết.",
        )
        tag_rows = [[name, str(count)] for name, count in brief.tag_counts()]
        if tag_rows:
            self._table(["Thẻ", "Số trích dẫn"], tag_rows, [12.0, 4.0])
            note = brief.mentions_note()
            if note:
                self._add(self.styles.normal, note)
        article_rows = [
            [str(i), meta.title, meta.source, short_date(meta.published), str(count)]
            for i, (meta, count) in enumerate(brief.article_counts(), start=1)
        ]
        if article_rows:
            self._table(
                ["TT", "Bài viết", "Nguồn", "Ngày đăng", "Số trích dẫn"],
                article_rows,
                [1.1, 6.9, 3.2, 2.6, 2.3],
            )

    def _table(self, header: list[str], rows: list[list[str]], widths_cm: list[float]) -> None:
        table = self.document.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self._table_grid
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        # LibreOffice reads the grid, Word the cells: set both or columns come out equal.
        for column, width in zip(table.columns, widths_cm, strict=True):
            column.width = Cm(width)
        numeric = {i for i, h in enumerate(header) if h in ("TT", "Số trích dẫn", "Ngày đăng")}
        for r, values in enumerate([header, *rows]):
            row = table.rows[r]
            keep_row_on_one_page(row)
            for c, value in enumerate(values):
                cell = row.cells[c]
                cell.width = Cm(widths_cm[c])
                para = cell.paragraphs[0]
                para._p.style = self.styles.table_text.style_id
                if r == 0 or c in numeric:
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text_run(para._p, printable(value), bold=True if r == 0 else None)
        repeat_as_header_row(table.rows[0])
        self._add(self.styles.normal)  # Word merges two tables that touch: keep them apart

    # --- excerpts ------------------------------------------------------------------
    def _groups(self) -> None:
        articles = {e.article.id: e.article for e in self.brief.excerpts}
        for section in self.brief.sections:
            self._heading(section.level, section.heading)
            article = section.group.article
            if article and article in articles:
                line = byline(articles[article])
                if line:
                    self._add(self.styles.byline, line)
            for item in section.items:
                if item.first:
                    self._excerpt(item)
                else:
                    self._reference(item)

    def _excerpt(self, item: BriefItem) -> None:
        excerpt = item.excerpt
        options, styles = self.options, self.styles
        quote_para = self._add(styles.quote)
        self._bookmark(quote_para, excerpt_anchor(item.number))
        p = quote_para._p
        add_text_run(p, f"{item.number}. ", bold=True, italic=False)
        if options.include_context and excerpt.context_before:
            add_text_run(p, printable(excerpt.context_before))
        marking = Marking(fill=print_color(excerpt.color).fill)
        add_text_run(p, printable(quoted(excerpt.quote)), marking=marking)
        if options.include_context and excerpt.context_after:
            add_text_run(p, printable(excerpt.context_after))
        # A paragraph that keeps with the next never splits: Word would keep only its last
        # lines with the next, LibreOffice moves it whole and leaves a hole. So a long quote
        # (which must be allowed to break) does not keep with its citation.
        short = quote_paragraph_chars(excerpt, options.include_context) <= KEEP_QUOTE_WHOLE_CHARS
        quote_para.paragraph_format.keep_together = short
        # Quote, citation, tags, then the note: the note alone may be long, so it comes last
        # and is the only part allowed to run on to the next page.
        block: list[Paragraph] = [quote_para]
        if options.include_citations:
            text = citation_text(excerpt, with_article=not self.brief.cites_article_in_heading)
            if excerpt.annotation.needs_review:
                text = f"{text} {REVIEW_MARK}"
            block.append(self._add(styles.citation, text))
        details = self._details_line(item)
        if details:
            block.append(self._labelled(*details))
        if options.include_notes and excerpt.note.strip():
            block.append(self._labelled(("Ghi chú: ", excerpt.note.strip())))
        for para in block[1:-1]:
            para.paragraph_format.keep_with_next = True
            para.paragraph_format.keep_together = True
        if not short:
            quote_para.paragraph_format.keep_with_next = False
        last = block[-1]
        last.paragraph_format.keep_with_next = False  # or every excerpt would chain to the next
        last.paragraph_format.space_after = Pt(12)
        self._written += 1
        if self.progress is not None:
            self.progress(self._written, self._total)

    def _details_line(self, item: BriefItem) -> tuple[tuple[str, str], ...]:
        parts: list[tuple[str, str]] = []
        excerpt = item.excerpt
        if self.options.include_tags and excerpt.tag_names:
            parts.append(("Thẻ: ", ", ".join(excerpt.tag_names) + "."))
        if self._show_meaning:
            # The colour's meaning in words: a grayscale print still says what it marks.
            parts.append((" Màu: " if parts else "Màu: ", self.brief.color_meaning(excerpt.color) + "."))
        return tuple(parts)

    def _labelled(self, *parts: tuple[str, str]) -> Paragraph:
        para = self._add(self.styles.detail)
        for label, text in parts:
            add_text_run(para._p, label, bold=True)
            add_text_run(para._p, printable(text))
        return para

    def _reference(self, item: BriefItem) -> None:
        """An excerpt already printed under another heading: its number, its first words and
        a link to it, instead of the whole excerpt again."""
        para = self._add(self.styles.quote)
        para.paragraph_format.keep_with_next = False
        para.paragraph_format.space_after = Pt(12)
        p = para._p
        add_text_run(p, f"{item.number}. ", bold=True, italic=False)
        add_text_run(p, printable(quoted(short_quote(item.excerpt.quote))) + " ")
        link = add_internal_link(p, excerpt_anchor(item.number))
        add_text_run(link, printable(cross_reference(item)), italic=False)

    # --- appendix ------------------------------------------------------------------
    def _appendix(self) -> None:
        self._break_before_next_heading = True
        self._heading(1, APPENDIX_TITLE)
        for number, article in enumerate(self.brief.appendix, start=1):
            self._appendix_article(number, article)

    def _appendix_article(self, number: int, article: AppendixArticle) -> None:
        self._heading(2, appendix_heading(number, article))
        line = byline(article.meta)
        if line:
            self._add(self.styles.byline, line)
        index = ParagraphIndex(article.clean_text)
        text = article.clean_text
        for p_no, (start, end) in enumerate(index.paragraphs(), start=1):
            para = self._add()
            # The paragraph number lets a reader find "đoạn 5" of a citation.
            add_text_run(para._p, f"[{p_no}] ", bold=True)
            for left, right, colors in highlight_layers(start, end, article.annotations):
                add_text_run(para._p, printable(text[left:right]), marking=marking_for(colors))


def toc_anchor(number: int) -> str:
    """Word's own form for a heading bookmark a table of contents points to."""
    return f"_Toc{number:09d}"


def appendix_has_overlaps(brief: Brief) -> bool:
    for article in brief.appendix:
        for _, _, colors in highlight_layers(0, len(article.clean_text), article.annotations):
            if marking_keys(colors)[1]:
                return True
    return False


def write_docx(
    brief: Brief, progress: Progress | None = None, *, toc_pages: Sequence[str] | None = None
) -> bytes:
    return DocxBriefWriter(brief, progress, toc_pages=toc_pages).to_bytes()
