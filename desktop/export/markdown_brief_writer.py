"""The brief as Markdown: headings, block quotes, notes, tags, citations, summary tables."""

from __future__ import annotations

import re

from desktop.export.brief import Brief
from desktop.export.citation import byline, citation_text
from desktop.export.docx_brief_writer import APPENDIX_TITLE, REVIEW_MARK, SUMMARY_TITLE
from desktop.export.excerpt import Excerpt
from desktop.export.highlight_segments import highlight_segments
from desktop.export.outline_numbering import numbered_groups
from desktop.export.text_context import ParagraphIndex
from desktop.export.vietnamese_dates import place_and_date, short_date

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)(?:([#>+\-=])|(\d+)\.)", re.MULTILINE)


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
    """Escape inline markup only: inside a heading or a table a leading "1." is not a list."""
    return _INLINE.sub(r"\\\1", text)


def _block_quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


class MarkdownBriefWriter:
    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.options = brief.options
        self.lines: list[str] = []
        self._number = 0

    def to_text(self) -> str:
        options = self.options
        agency = " · ".join(line.strip() for line in options.agency.splitlines() if line.strip())
        if agency:
            self.lines += [f"**{md_escape(agency.upper())}**", ""]
        self.lines += [f"*{place_and_date(options.place, options.date)}*", ""]
        self.lines += [
            f"# {md_inline((options.title.strip() or 'Tổng hợp trích dẫn').upper())}",
            "",
        ]
        self.lines += [
            f"*(Gồm {len(self.brief.excerpts)} trích dẫn từ {self.brief.article_count()} bài viết)*",
            "",
        ]
        if options.include_summary:
            self._summary()
        articles = {e.article.id: e.article for e in self.brief.excerpts}
        for group, text in numbered_groups(self.brief.groups):
            self.lines += [f"{'#' * (group.level + 1)} {md_inline(text)}", ""]
            if group.article and byline(articles[group.article]):
                self.lines += [f"*{md_escape(byline(articles[group.article]))}*", ""]
            for excerpt in group.excerpts:
                self._excerpt(excerpt)
        if options.include_appendix and self.brief.appendix:
            self._appendix()
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def _summary(self) -> None:
        self.lines += [f"## {SUMMARY_TITLE}", ""]
        rows = self.brief.tag_counts()
        if rows:
            self.lines += ["| Thẻ | Số trích dẫn |", "|---|---:|"]
            self.lines += [f"| {md_inline(name)} | {count} |" for name, count in rows]
            self.lines.append("")
        self.lines += [
            "| TT | Bài viết | Nguồn | Ngày đăng | Số trích dẫn |",
            "|---:|---|---|---|---:|",
        ]
        for i, (meta, count) in enumerate(self.brief.article_counts(), start=1):
            self.lines.append(
                f"| {i} | {md_inline(meta.title)} | {md_inline(meta.source)} | {short_date(meta.published)} | {count} |"
            )
        self.lines.append("")

    def _excerpt(self, excerpt: Excerpt) -> None:
        self._number += 1
        options = self.options
        quote = f"“{md_escape(excerpt.quote)}”"
        if options.include_context:
            before = md_escape(excerpt.context_before)
            after = md_escape(excerpt.context_after)
            quote = f"{before}**{quote}**{after}"  # the article's own spacing, unchanged
        meaning = self.brief.color_meaning(excerpt.color)
        self.lines += [_block_quote(f"**{self._number}.** {quote}"), ""]
        details = []
        if options.include_notes and excerpt.note.strip():
            details.append(f"- **Ghi chú:** {md_escape(excerpt.note.strip())}")
        if options.include_tags and excerpt.tag_names:
            details.append(f"- **Thẻ:** {md_escape(', '.join(excerpt.tag_names))}")
        details.append(f"- **Màu:** {meaning}")
        if options.include_citations:
            text = citation_text(excerpt, with_article=not self.brief.cites_article_in_heading)
            if excerpt.annotation.needs_review:
                text = f"{text} {REVIEW_MARK}"
            details.append(f"- *{md_escape(text)}*")
        self.lines += [*details, ""]

    def _appendix(self) -> None:
        self.lines += [f"## {APPENDIX_TITLE}", ""]
        for number, article in enumerate(self.brief.appendix, start=1):
            self.lines += [f"### {number}. {md_inline(article.meta.title)}", ""]
            if byline(article.meta):
                self.lines += [f"*{md_escape(byline(article.meta))}*", ""]
            index = ParagraphIndex(article.clean_text)
            text = article.clean_text
            for p_no, (start, end) in enumerate(index.paragraphs(), start=1):
                # <mark> is the HTML every Markdown viewer passes through: highlights stay visible.
                pieces = "".join(
                    f"<mark>{md_inline(text[a:b])}</mark>" if color else md_inline(text[a:b])
                    for a, b, color in highlight_segments(start, end, article.annotations)
                )
                self.lines += [f"**[{p_no}]** {md_escape_line_start(pieces)}", ""]


def write_markdown(brief: Brief) -> bytes:
    return MarkdownBriefWriter(brief).to_text().encode("utf-8")
