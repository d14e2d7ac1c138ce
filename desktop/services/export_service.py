"""Exports (docx brief, Markdown, CSV, PDF, JSON-LD) and importing a colleague's annotations."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.annotation import Annotation
from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.message import Message
from desktop.domain.tag import normalize_tag_name
from desktop.export.annotation_merge import AppliedImport, MergeReport
from desktop.export.brief import AppendixArticle, Brief
from desktop.export.citation_clip import CitationClip, excerpts_clip, passage_clip
from desktop.export.excerpt import Excerpt, article_sort_key, build_excerpts
from desktop.export.excerpt_grouping import group_excerpts
from desktop.export.excerpt_selection import select_annotations
from desktop.export.export_options import ExcerptSelection, ExportFormat, ExportRequest
from desktop.export.safe_output import write_export_file
from desktop.services import events

if TYPE_CHECKING:
    from desktop.services.container import Services

Progress = Callable[[int, int], None]  # done, total
PdfRenderer = Callable[[Brief], bytes]  # lives in desktop/gui: only there may Qt be imported
# A .docx in, the page of each heading (Heading 1-3, in order) out: LibreOffice lays the file
# out, the GUI layer reads the PDF's bookmarks (see desktop/gui/export/docx_pagination.py).
DocxPaginator = Callable[[bytes], list[int]]
PREVIEW_ROWS = 30
PREVIEW_TEXT_CHARS = 12_000

NOTHING_SELECTED = Message(
    "Không có trích dẫn nào phù hợp với lựa chọn. Hãy chọn thẻ, bài viết hoặc khoảng ngày khác.",
    code="nothing_selected",
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    excerpts: int
    articles: int
    size_bytes: int

    def summary(self) -> str:
        return Message(
            "Đã xuất {excerpts} trích dẫn từ {articles} bài viết ra “{path}”.",
            excerpts=self.excerpts,
            articles=self.articles,
            path=str(self.path),
        )


@dataclass(frozen=True)
class ExportPreview:
    outline: list[tuple[int, str, int]]  # (level, heading, excerpt count)
    html: str  # the first page, for formats that print (Word, PDF)
    excerpts: int
    articles: int
    kind: str = "page"  # "page" (html), "table" (rows: CSV) or "text" (Markdown, JSON-LD)
    rows: tuple[tuple[str, ...], ...] = ()
    text: str = ""


class ExportService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        # Clean texts by article: the live preview rebuilds the brief on every choice.
        self._texts: dict[str, str] = {}
        services.events.subscribe(events.ARTICLES_CHANGED, self._on_articles_changed)
        services.events.subscribe(events.LIBRARY_REPLACED, self._texts.clear)
        # Re-anchoring follows text edits: any annotation change re-reads that article's text.
        services.events.subscribe(
            events.ANNOTATIONS_CHANGED, lambda article_id: self._texts.pop(article_id, None)
        )

    def _on_articles_changed(self, ids: tuple[str, ...]) -> None:
        for article_id in ids:
            self._texts.pop(article_id, None)

    def _text(self, article_id: str) -> str:
        text = self._texts.get(article_id)
        if text is None:
            text = self._texts[article_id] = self._store.get_article_text(article_id).clean_text
        return text

    # --- what is exported ----------------------------------------------------------
    def tag_names(self) -> dict[str, str]:
        return {t.id: t.name for t in self._store.list_tags()}

    def collect_excerpts(self, selection: ExcerptSelection) -> list[Excerpt]:
        metas = {m.id: m for m in self._store.list_article_meta()}
        names = self.tag_names()
        if selection.article_ids:
            # Through the annotation service: it checks anchors against the current text.
            annotations = self._services.annotations
            pool: list[Annotation] = [
                a
                for i in selection.article_ids
                if i in metas
                for a in annotations.list_for_article(i)
            ]
        else:
            pool = self._services.annotations.all_annotations()
        chosen = select_annotations(pool, metas, names, selection)
        texts = {i: self._text(i) for i in {a.article_id for a in chosen}}
        return build_excerpts(chosen, metas, texts, names)

    def build_brief(self, request: ExportRequest, *, allow_empty: bool = False) -> Brief:
        excerpts = self.collect_excerpts(request.selection)
        if not excerpts and not allow_empty:
            raise UserError(NOTHING_SELECTED)
        options = request.options
        tag_filter = tuple(
            n for n in (normalize_tag_name(t) for t in request.selection.tag_names) if n
        )
        groups = group_excerpts(excerpts, options.group_by, tag_filter=tag_filter)
        appendix: list[AppendixArticle] = []
        if options.include_appendix:
            by_article: dict[str, list[Annotation]] = {}
            for excerpt in excerpts:
                by_article.setdefault(excerpt.article.id, []).append(excerpt.annotation)
            metas = {e.article.id: e.article for e in excerpts}
            for article_id in sorted(by_article, key=lambda i: (*article_sort_key(metas[i]), i)):
                text = self._text(article_id)
                spans = tuple(sorted(by_article[article_id], key=lambda a: (a.start, a.end)))
                appendix.append(AppendixArticle(metas[article_id], text, spans))
        return Brief(options, groups, excerpts, appendix, self._color_meanings())

    def _color_meanings(self) -> dict[str, str]:
        try:
            return dict(self._services.tags.color_legend())
        except (ImportError, AttributeError):  # a library without the tag service: default meanings
            return {}

    def outline(self, request: ExportRequest) -> list[tuple[int, str, int]]:
        """The headings and their excerpt counts, for a live preview (empty when nothing matches)."""
        return self.build_brief(request, allow_empty=True).outline()

    def preview_html(self, request: ExportRequest, *, max_excerpts: int = 6) -> str:
        from desktop.export.html_brief_writer import write_html

        return write_html(self.build_brief(request, allow_empty=True), max_excerpts=max_excerpts)

    def preview(self, request: ExportRequest, *, max_excerpts: int = 6) -> ExportPreview:
        """Outline, counts and a look at the file as the chosen format will show it: the
        first page for Word and PDF, the first rows for CSV, the text for Markdown and JSON-LD."""
        brief = self.build_brief(request, allow_empty=True)
        counts = (brief.outline(), len(brief.excerpts), brief.article_count())
        fmt = request.format
        if fmt is ExportFormat.CSV:
            from desktop.export.csv_excerpt_writer import write_csv

            text = write_csv(brief).decode("utf-8-sig")
            reader = csv.reader(io.StringIO(text))
            rows = tuple(tuple(r) for r in itertools.islice(reader, PREVIEW_ROWS + 1))
            return ExportPreview(counts[0], "", counts[1], counts[2], kind="table", rows=rows)
        if fmt in (ExportFormat.MARKDOWN, ExportFormat.JSONLD):
            data = self.render(request, brief=brief) if brief.excerpts else b""
            text = data.decode("utf-8")
            if len(text) > PREVIEW_TEXT_CHARS:
                text = text[:PREVIEW_TEXT_CHARS].rsplit("\n", 1)[0] + "\n…"
            return ExportPreview(counts[0], "", counts[1], counts[2], kind="text", text=text)
        from desktop.export.html_brief_writer import write_html

        html = write_html(brief, max_excerpts=max_excerpts)
        return ExportPreview(counts[0], html, counts[1], counts[2])

    # --- copy with citation ---------------------------------------------------------
    def passage_clip(self, article_id: str, start: int, end: int) -> CitationClip:
        """A passage of an article (offsets in its clean text) with its citation line."""
        if not self._store.has_article(article_id):
            raise NotFoundError(Message("Không tìm thấy bài viết để sao chép trích dẫn.", code="article_not_found"))
        meta = self._store.get_article_meta(article_id)
        text = self._text(article_id)
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if start >= end:
            raise UserError(Message("Hãy chọn đoạn văn cần sao chép.", code="nothing_selected"))
        return passage_clip(meta, text, start, end)

    def annotations_clip(self, annotation_ids: list[str]) -> CitationClip:
        """Annotations as excerpts in reading order, each with its citation and note."""
        excerpts = self.collect_excerpts(ExcerptSelection(annotation_ids=tuple(annotation_ids)))
        if not excerpts:
            raise UserError(Message("Hãy chọn ít nhất một ghi chú để sao chép.", code="nothing_selected"))
        return excerpts_clip(excerpts)

    @staticmethod
    def toc_requirement(fmt: ExportFormat) -> str:
        """"" when this format can carry a table of contents here; else why it cannot."""
        if fmt in (ExportFormat.CSV, ExportFormat.JSONLD):
            return Message("Định dạng {suffix} là bảng dữ liệu, không có mục lục.", code="toc_unsupported", suffix=fmt.suffix)
        if fmt is ExportFormat.DOCX:
            from desktop.export.libreoffice import NOT_FOUND, find_soffice

            return "" if find_soffice() is not None else NOT_FOUND
        return ""

    # --- writing -------------------------------------------------------------------
    def render(
        self,
        request: ExportRequest,
        *,
        progress: Progress | None = None,
        pdf_renderer: PdfRenderer | None = None,
        docx_paginator: DocxPaginator | None = None,
        brief: Brief | None = None,
    ) -> bytes:
        brief = brief or self.build_brief(request)
        fmt = request.format
        if request.options.include_toc and fmt.has_layout:  # tables of data have no contents
            reason = self.toc_requirement(fmt)
            if reason:
                raise UserError(reason)
        if fmt is ExportFormat.DOCX:
            from desktop.export.docx_brief_writer import write_docx

            if not request.options.include_toc:
                return write_docx(brief, progress)
            return self._docx_with_toc(brief, progress, docx_paginator)
        if fmt is ExportFormat.MARKDOWN:
            from desktop.export.markdown_brief_writer import write_markdown

            return write_markdown(brief)
        if fmt is ExportFormat.CSV:
            from desktop.export.csv_excerpt_writer import write_csv

            return write_csv(brief)
        if fmt is ExportFormat.JSONLD:
            from desktop.export.jsonld_writer import write_jsonld

            return write_jsonld(brief)
        if fmt is ExportFormat.PDF:
            if pdf_renderer is None:
                raise UserError(Message("Không xuất được PDF: thiếu bộ in PDF của giao diện.", code="pdf_renderer_missing"))
            return pdf_renderer(brief)
        raise UserError(Message("Không hỗ trợ định dạng “{format}”.", code="unsupported_format", format=str(fmt)))

    @staticmethod
    def _docx_with_toc(
        brief: Brief, progress: Progress | None, paginator: DocxPaginator | None
    ) -> bytes:
        """Write, let LibreOffice lay the pages out, write again with each heading's page as
        the table of contents' saved result: Word shows it on opening, without a prompt."""
        from desktop.export.docx_brief_writer import write_docx

        if paginator is None:
            raise UserError(
                Message("Không đánh được số trang mục lục: thiếu bộ đếm trang của giao diện.", code="paginator_missing")
            )
        draft = write_docx(brief, progress)
        pages = paginator(draft)
        expected = len(brief.toc_entries())
        if len(pages) != expected:
            raise UserError(
                Message(
                    "Không đánh được số trang mục lục: LibreOffice không nhận ra đủ các đề mục. "
                    "Hãy xuất không kèm mục lục.",
                    code="toc_pages_failed",
                ),
                detail=f"{len(pages)} bookmarks for {expected} headings",
            )
        return write_docx(brief, toc_pages=[str(p) for p in pages])

    def export(
        self,
        request: ExportRequest,
        path: Path | str,
        *,
        progress: Progress | None = None,
        pdf_renderer: PdfRenderer | None = None,
        docx_paginator: DocxPaginator | None = None,
    ) -> ExportResult:
        """Build, render, then write atomically: a failure leaves no file and the old one intact."""
        path = Path(path)
        from desktop.export.safe_output import check_target

        check_target(path)  # before the work, so a bad name or folder fails fast
        brief = self.build_brief(request)
        data = self.render(
            request,
            progress=progress,
            pdf_renderer=pdf_renderer,
            docx_paginator=docx_paginator,
            brief=brief,
        )
        write_export_file(path, data)
        return ExportResult(
            path, request.format, len(brief.excerpts), brief.article_count(), len(data)
        )

    @staticmethod
    def suggested_file_name(request: ExportRequest) -> str:
        """A file name from the title: Vietnamese letters kept, characters Windows forbids removed."""
        title = request.options.title.strip() or "Tổng hợp trích dẫn"
        stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title)
        stem = " ".join(stem.split()).strip(" .")[:80] or "Trich dan"
        return stem + request.format.suffix

    # --- importing -----------------------------------------------------------------
    def import_annotations(self, path: Path | str, *, dry_run: bool = False) -> MergeReport:
        """Merge a W3C JSON-LD file: validated whole first; then all written or none."""
        from desktop.services.annotation_import import AnnotationImporter

        return AnnotationImporter(self._services).import_file(path, dry_run=dry_run)

    def revert_import(self, applied: AppliedImport) -> None:
        """Undo an import: the touched articles' annotations as they were, new tags gone."""
        from desktop.services.annotation_import import AnnotationImporter

        AnnotationImporter(self._services).revert(applied)

    def reapply_import(self, applied: AppliedImport) -> None:
        """Redo an import that was undone."""
        from desktop.services.annotation_import import AnnotationImporter

        AnnotationImporter(self._services).reapply(applied)
