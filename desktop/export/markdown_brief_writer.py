"""The brief as Markdown: headings, block quotes, notes, tags, citations, summary tables."""

from __future__ import annotations

import re

from desktop.export.brief import (
    APPENDIX_TITLE,
    SUMMARY_TITLE,
    Brief,
    BriefItem,
    appendix_heading,
    cross_reference,
    short_quote,
)
from desktop.export.citation import byline, citation_text
from desktop.export.docx_brief_writer import REVIEW_MARK
from desktop.export.docx_title_block import agency_lines, number_line
from desktop.export.highlight_segments import highlight_layers
from desktop.export.quote_marks import quoted
from desktop.export.text_context import ParagraphIndex
from desktop.export.vietnamese_dates import place_and_date, short_date
from desktop.export.xml_text import printable

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)(?:([#>+\-=])|(\d+)\.)", re.MULTILINE)
CONTENTS_HEADING = "Mục lục"


def md_escape_line_start(text: str) -> str:
    """Only what would turn a line into a heading, quote or list (inline markup left alone)."""

    def block(m: re.Match[str]) -> str:
        # "1." becomes "1\." (a backslash before a digit would print as is)
        return f"{m.group(1)}\\{m.group(2)}" if m.group(2) else f"{m.group(1)}{m.group(3)}\\."

    return _LINE_START.sub(block, text)


def md_escape(text: str) -> str:
    """Escape what Markdown would read as markup, so a quote prints as written."""
    return md_escape_line_start(md_inline(text))


def md_inline(text: str) -> str:
    """Escape inline markup only: inside a heading or a table a leading "1." is not a list.
    Control characters are made visible first, as in every format."""
    return _INLINE.sub(r"\\\1", printable(text))


def _block_quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def heading_anchor(number: int) -> str:
    return f"muc-{number}"


def excerpt_anchor(number: int) -> str:
    return f"trich-dan-{number}"


class MarkdownBriefWriter:
    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.options = brief.options
        self.lines: list[str] = []
        self._headings = 0

    def _heading(self, level: int, text: str) -> None:
        # An explicit anchor: every Markdown viewer passes raw HTML, and none agrees on slugs.
        self._headings += 1
        self.lines += [f'<a id="{heading_anchor(self._headings)}"></a>', ""]
        self.lines += [f"{'#' * (level + 1)} {md_inline(text)}", ""]

    def to_text(self) -> str:
        options = self.options
        agency = " · ".join(agency_lines(options))
        if agency:
            self.lines += [f"**{md_escape(agency)}**", ""]
        number = number_line(options)
        if number:
            self.lines += [md_escape(number), ""]
        self.lines += [f"*{md_inline(place_and_date(options.place, options.date))}*", ""]
        title = (options.title.strip() or "Tổng hợp trích dẫn").upper()
        self.lines += [f"# {md_inline(title)}", "", f"*{self.brief.count_line()}*", ""]
        if options.include_toc:
            self._contents()
        if options.include_summary:
            self._summary()
        articles = {e.article.id: e.article for e in self.brief.excerpts}
        for section in self.brief.sections:
            self._heading(section.level, section.heading)
            article = articles.get(section.group.article)
            if article is not None and byline(article):
                self.lines += [f"*{md_escape(byline(article))}*", ""]
            for item in section.items:
                if item.first:
                    self._excerpt(item)
                else:
                    self._reference(item)
        if options.include_appendix and self.brief.appendix:
            self._appendix()
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def _contents(self) -> None:
        """A linked list of the headings: Markdown has no pages, the links take their place."""
        self.lines += [f"## {CONTENTS_HEADING}", ""]
        for number, entry in enumerate(self.brief.toc_entries(), start=1):
            indent = "  " * (entry.level - 1)
            self.lines.append(f"{indent}- [{md_inline(entry.text)}](#{heading_anchor(number)})")
        self.lines.append("")

    def _summary(self) -> None:
        self._heading(1, SUMMARY_TITLE)
        rows = self.brief.tag_counts()
        if rows:
            self.lines += ["| Thẻ | Số trích dẫn |", "|---|---:|"]
            self.lines += [f"| {md_inline(name)} | {count} |" for name, count in rows]
            self.lines.append("")
            if self.brief.mentions_note():
                self.lines += [md_escape(self.brief.mentions_note()), ""]
        self.lines += [
            "| TT | Bài viết | Nguồn | Ngày đăng | Số trích dẫn |",
            "|---:|---|---|---|---:|",
        ]
        for i, (meta, count) in enumerate(self.brief.article_counts(), start=1):
            self.lines.append(
                f"| {i} | {md_inline(meta.title)} | {md_inline(meta.source)} | {short_date(meta.published)} | {count} |"
            )
        self.lines.append("")

    def _excerpt(self, item: BriefItem) -> None:
        excerpt, options = item.excerpt, self.options
        quote = md_escape(quoted(excerpt.quote))
        if options.include_context:
            before = md_escape(excerpt.context_before)
            after = md_escape(excerpt.context_after)
            quote = f"{before}**{quote}**{after}"  # the article's own spacing, unchanged
        meaning = md_inline(self.brief.color_meaning(excerpt.color))
        self.lines += [f'<a id="{excerpt_anchor(item.number)}"></a>', ""]
        self.lines += [_block_quote(f"**{item.number}.** {quote}"), ""]
        details = []
        if options.include_citations:
            text = citation_text(excerpt, with_article=not self.brief.cites_article_in_heading)
            if excerpt.annotation.needs_review:
                text = f"{text} {REVIEW_MARK}"
            details.append(f"- *{md_escape(text)}*")
        if options.include_tags and excerpt.tag_names:
            details.append(f"- **Thẻ:** {md_escape(', '.join(excerpt.tag_names))}")
        details.append(f"- **Màu:** {meaning}")
        if options.include_notes and excerpt.note.strip():
            details.append(f"- **Ghi chú:** {md_escape(excerpt.note.strip())}")
        self.lines += [*details, ""]

    def _reference(self, item: BriefItem) -> None:
        first_words = md_escape(quoted(short_quote(item.excerpt.quote)))
        link = f"[{md_inline(cross_reference(item))}](#{excerpt_anchor(item.number)})"
        self.lines += [_block_quote(f"**{item.number}.** {first_words} {link}"), ""]

    def _appendix(self) -> None:
        self._heading(1, APPENDIX_TITLE)
        for number, article in enumerate(self.brief.appendix, start=1):
            self._heading(2, appendix_heading(number, article))
            if byline(article.meta):
                self.lines += [f"*{md_escape(byline(article.meta))}*", ""]
            index = ParagraphIndex(article.clean_text)
            text = article.clean_text
            for p_no, (start, end) in enumerate(index.paragraphs(), start=1):
                # <mark> is the HTML every Markdown viewer passes through: highlights stay visible.
                pieces = "".join(
                    f"<mark>{md_inline(text[a:b])}</mark>" if colors else md_inline(text[a:b])
                    for a, b, colors in highlight_layers(start, end, article.annotations)
                )
                self.lines += [f"**[{p_no}]** {md_escape_line_start(pieces)}", ""]


def write_markdown(brief: Brief) -> bytes:
    return MarkdownBriefWriter(brief).to_text().encode("utf-8")
