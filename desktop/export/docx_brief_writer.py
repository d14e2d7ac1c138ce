"""The brief as a .docx: title block, optional contents and summary, grouped excerpts, appendix."""

from __future__ import annotations

import io
from collections.abc import Callable

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.export.brief import AppendixArticle, Brief
from desktop.export.citation import byline, citation_text
from desktop.export.docx_fast_runs import add_text_run
from desktop.export.docx_fields import (
    add_toc_field,
    ask_word_to_update_fields,
    repeat_as_header_row,
)
from desktop.export.docx_layout import BriefStyles, new_brief_document
from desktop.export.excerpt import Excerpt
from desktop.export.highlight_segments import highlight_segments
from desktop.export.outline_numbering import numbered_groups
from desktop.export.text_context import ParagraphIndex
from desktop.export.vietnamese_dates import place_and_date, short_date
from desktop.export.xml_text import xml_safe

Progress = Callable[[int, int], None]  # excerpts written, total

HIGHLIGHTS = {c.key: WD_COLOR_INDEX[c.word_index] for c in HIGHLIGHT_COLORS}
HIGHLIGHT_XML = {key: str(index.xml_value) for key, index in HIGHLIGHTS.items()}
SUMMARY_TITLE = "Tổng quan"
APPENDIX_TITLE = "Phụ lục: toàn văn bài viết"
_P, _PPR, _PSTYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
REVIEW_MARK = "(Vị trí cần xem lại: bài viết đã thay đổi)"


def highlight_for(color_key: str) -> WD_COLOR_INDEX:
    return HIGHLIGHTS.get(color_key, HIGHLIGHTS["yellow"])


def highlight_xml(color_key: str) -> str:
    return HIGHLIGHT_XML.get(color_key, HIGHLIGHT_XML["yellow"])


class DocxBriefWriter:
    def __init__(self, brief: Brief, progress: Progress | None = None) -> None:
        self.brief = brief
        self.options = brief.options
        self.progress = progress
        self.document: DocxDocument
        self.styles: BriefStyles
        self.document, self.styles = new_brief_document(self.options.font_size_pt)
        self._sect_pr = self.document.element.body.sectPr
        self._container = self.document._body  # the parent python-docx paragraphs expect
        self._table_grid = self.document.styles["Table Grid"]
        self._number = 0
        self._total = sum(g.count() for g in brief.groups)

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
            add_text_run(p, text)
        return Paragraph(p, self._container)

    @staticmethod
    def _restyle(para: Paragraph, style: ParagraphStyle) -> None:
        para._p.style = style.style_id

    def to_bytes(self) -> bytes:
        self._title_block()
        if self.options.include_toc:
            self._contents()
        if self.options.include_summary:
            self._summary()
        self._groups()
        if self.options.include_appendix and self.brief.appendix:
            self._appendix()
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    # --- title block ---------------------------------------------------------------
    def _title_block(self) -> None:
        options = self.options
        dated = xml_safe(place_and_date(options.place, options.date))
        agency_lines = [
            xml_safe(line.strip()) for line in options.agency.splitlines() if line.strip()
        ]
        if agency_lines:
            # Agency left, place and date right, as on an administrative document's first lines.
            table = self.document.add_table(rows=1, cols=2)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            table.autofit = False
            left, right = table.rows[0].cells
            left.width, right.width = Cm(7.0), Cm(9.5)
            table.columns[0].width, table.columns[1].width = Cm(7.0), Cm(9.5)
            para = left.paragraphs[0]
            self._restyle(para, self.styles.table_text)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for i, line in enumerate(agency_lines):
                last = i == len(agency_lines) - 1
                run = para.add_run(line.upper())
                run.bold = last
                run.font.size = Pt(13)
                if not last:
                    run.add_break()
            para = right.paragraphs[0]
            self._restyle(para, self.styles.table_text)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(dated)
            run.italic = True
            run.font.size = Pt(self.options.font_size_pt)
        else:
            para = self._add(self.styles.table_text)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = para.add_run(dated)
            run.italic = True
        title = xml_safe(options.title.strip() or "Tổng hợp trích dẫn")
        self._add(self.styles.title, title.upper())
        excerpts, articles = len(self.brief.excerpts), self.brief.article_count()
        self._add(self.styles.subtitle, f"(Gồm {excerpts} trích dẫn từ {articles} bài viết)")
        self._legend()

    def _legend(self) -> None:
        """What each highlight colour means, so a printed brief can be read without the app."""
        keys = self.brief.used_colors()
        if not keys:
            return
        para = self._add()
        para.paragraph_format.first_line_indent = Cm(0)
        para.add_run("Chú giải màu: ").bold = True
        for i, key in enumerate(keys):
            if i:
                para.add_run("; ")
            add_text_run(
                para._p, xml_safe(self.brief.color_meaning(key)), highlight=highlight_xml(key)
            )
        para.paragraph_format.space_after = Pt(12)

    def _contents(self) -> None:
        para = self._add(self.styles.title, "MỤC LỤC")
        para.paragraph_format.space_before = Pt(0)
        para.paragraph_format.space_after = Pt(6)
        entries: list[tuple[int, str]] = []
        if self.options.include_summary:
            entries.append((1, SUMMARY_TITLE))
        entries += [(g.level, xml_safe(text)) for g, text in numbered_groups(self.brief.groups)]
        if self.options.include_appendix and self.brief.appendix:
            entries.append((1, APPENDIX_TITLE))
            entries += [
                (2, xml_safe(f"{i}. {a.meta.title}"))
                for i, a in enumerate(self.brief.appendix, start=1)
            ]
        add_toc_field(lambda: self._add(self.styles.toc_entry), entries)
        ask_word_to_update_fields(self.document)
        self._add().add_run().add_break(WD_BREAK.PAGE)

    # --- summary -------------------------------------------------------------------
    def _summary(self) -> None:
        self._add(self.styles.headings[0], SUMMARY_TITLE)
        brief = self.brief
        self.document.add_paragraph(
            f"Tài liệu tổng hợp {len(brief.excerpts)} trích dẫn từ {brief.article_count()} bài viết."
        )
        tag_rows = [[xml_safe(name), str(count)] for name, count in brief.tag_counts()]
        if tag_rows:
            self._table(["Thẻ", "Số trích dẫn"], tag_rows, [12.0, 4.0])
        article_rows = [
            [
                str(i),
                xml_safe(meta.title),
                xml_safe(meta.source),
                short_date(meta.published),
                str(count),
            ]
            for i, (meta, count) in enumerate(brief.article_counts(), start=1)
        ]
        if article_rows:
            self._table(
                ["TT", "Bài viết", "Nguồn", "Ngày đăng", "Số trích dẫn"],
                article_rows,
                [1.0, 7.0, 3.2, 2.6, 2.3],
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
            cells = table.rows[r].cells
            for c, value in enumerate(values):
                cell = cells[c]
                cell.width = Cm(widths_cm[c])
                para = cell.paragraphs[0]
                self._restyle(para, self.styles.table_text)
                if r == 0 or c in numeric:
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(value)
                run.bold = r == 0
        repeat_as_header_row(table.rows[0])
        self._add().paragraph_format.space_after = Pt(0)

    # --- excerpts ------------------------------------------------------------------
    def _groups(self) -> None:
        headings = self.styles.headings
        articles = {e.article.id: e.article for e in self.brief.excerpts}
        for group, text in numbered_groups(self.brief.groups):
            self._add(headings[min(group.level, 3) - 1], xml_safe(text))
            if group.article and group.article in articles:
                line = byline(articles[group.article])
                if line:
                    self._add(self.styles.byline, xml_safe(line))
            for excerpt in group.excerpts:
                self._excerpt(excerpt)

    def _excerpt(self, excerpt: Excerpt) -> None:
        self._number += 1
        options, styles = self.options, self.styles
        para = self._add(styles.quote)
        p = para._p
        add_text_run(p, f"{self._number}. ", bold=True, italic=False)
        if options.include_context and excerpt.context_before:
            add_text_run(p, xml_safe(excerpt.context_before))
        add_text_run(p, xml_safe(f"“{excerpt.quote}”"), highlight=highlight_xml(excerpt.color))
        if options.include_context and excerpt.context_after:
            add_text_run(p, xml_safe(excerpt.context_after))
        last = para
        if options.include_notes and excerpt.note.strip():
            last = self._labelled("Ghi chú: ", excerpt.note.strip())
        if options.include_tags and excerpt.tag_names:
            last = self._labelled("Thẻ: ", ", ".join(excerpt.tag_names))
        if options.include_citations:
            text = citation_text(excerpt, with_article=not self.brief.cites_article_in_heading)
            if excerpt.annotation.needs_review:
                text = f"{text} {REVIEW_MARK}"
            last = self._add(styles.citation, xml_safe(text))
        else:
            last.paragraph_format.space_after = Pt(12)
            last.paragraph_format.keep_with_next = False  # or every excerpt would chain to the next
        if self.progress is not None:
            self.progress(self._number, self._total)

    def _labelled(self, label: str, text: str) -> Paragraph:
        para = self._add(self.styles.detail)
        add_text_run(para._p, label, bold=True)
        add_text_run(para._p, xml_safe(text))
        return para

    # --- appendix ------------------------------------------------------------------
    def _appendix(self) -> None:
        self._add().add_run().add_break(WD_BREAK.PAGE)
        self._add(self.styles.headings[0], APPENDIX_TITLE)
        for number, article in enumerate(self.brief.appendix, start=1):
            self._appendix_article(number, article)

    def _appendix_article(self, number: int, article: AppendixArticle) -> None:
        self._add(self.styles.headings[1], xml_safe(f"{number}. {article.meta.title}"))
        line = byline(article.meta)
        if line:
            self._add(self.styles.byline, xml_safe(line))
        index = ParagraphIndex(article.clean_text)
        text = article.clean_text
        for p_no, (start, end) in enumerate(index.paragraphs(), start=1):
            para = self._add()
            # The paragraph number lets a reader find "đoạn 5" of a citation.
            add_text_run(para._p, f"[{p_no}] ", bold=True)
            for left, right, color in highlight_segments(start, end, article.annotations):
                add_text_run(
                    para._p,
                    xml_safe(text[left:right]),
                    highlight=highlight_xml(color) if color else "",
                )


def write_docx(brief: Brief, progress: Progress | None = None) -> bytes:
    return DocxBriefWriter(brief, progress).to_bytes()
