"""Exports (docx brief, Markdown, CSV, PDF, JSON-LD) and importing a colleague's annotations."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.annotation import Annotation
from desktop.domain.errors import UserError
from desktop.domain.tag import Tag, normalize_tag_name
from desktop.export.annotation_merge import AppliedImport, MergeReport, plan_merge
from desktop.export.brief import AppendixArticle, Brief
from desktop.export.excerpt import Excerpt, article_sort_key, build_excerpts
from desktop.export.excerpt_grouping import group_excerpts
from desktop.export.excerpt_selection import select_annotations
from desktop.export.export_options import ExcerptSelection, ExportFormat, ExportRequest
from desktop.export.jsonld_reader import MAX_FILE_BYTES, AnnotationFileError, parse_annotation_file
from desktop.export.safe_output import write_export_file
from desktop.services import events
from desktop.services.transactional import transactional

if TYPE_CHECKING:
    from desktop.services.container import Services

Progress = Callable[[int, int], None]  # done, total
PdfRenderer = Callable[[Brief], bytes]  # lives in desktop/gui: only there may Qt be imported

NOTHING_SELECTED = (
    "Không có trích dẫn nào phù hợp với lựa chọn. Hãy chọn thẻ, bài viết hoặc khoảng ngày khác."
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    excerpts: int
    articles: int
    size_bytes: int

    def summary(self) -> str:
        return f"Đã xuất {self.excerpts} trích dẫn từ {self.articles} bài viết ra “{self.path}”."


@dataclass(frozen=True)
class ExportPreview:
    outline: list[tuple[int, str, int]]  # (level, heading, excerpt count)
    html: str
    excerpts: int
    articles: int


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
        return self.preview(request, max_excerpts=max_excerpts).html

    def preview(self, request: ExportRequest, *, max_excerpts: int = 6) -> ExportPreview:
        """Outline, counts and the first page as HTML, from one pass over the library."""
        from desktop.export.html_brief_writer import write_html

        brief = self.build_brief(request, allow_empty=True)
        html = write_html(brief, max_excerpts=max_excerpts)
        return ExportPreview(brief.outline(), html, len(brief.excerpts), brief.article_count())

    # --- writing -------------------------------------------------------------------
    def render(
        self,
        request: ExportRequest,
        *,
        progress: Progress | None = None,
        pdf_renderer: PdfRenderer | None = None,
        brief: Brief | None = None,
    ) -> bytes:
        brief = brief or self.build_brief(request)
        fmt = request.format
        if fmt is ExportFormat.DOCX:
            from desktop.export.docx_brief_writer import write_docx

            return write_docx(brief, progress)
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
                raise UserError("Không xuất được PDF: thiếu bộ in PDF của giao diện.")
            return pdf_renderer(brief)
        raise UserError(f"Không hỗ trợ định dạng “{fmt}”.")

    def export(
        self,
        request: ExportRequest,
        path: Path | str,
        *,
        progress: Progress | None = None,
        pdf_renderer: PdfRenderer | None = None,
    ) -> ExportResult:
        """Build, render, then write atomically: a failure leaves no file and the old one intact."""
        path = Path(path)
        from desktop.export.safe_output import check_target

        check_target(path)  # before the work, so a bad name or folder fails fast
        brief = self.build_brief(request)
        data = self.render(request, progress=progress, pdf_renderer=pdf_renderer, brief=brief)
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
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise AnnotationFileError(
                    f"Tệp quá lớn (trên {MAX_FILE_BYTES // (1024 * 1024)} MB) để nhập ghi chú."
                )
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise UserError(f"Không tìm thấy tệp “{path}”.") from exc
        except IsADirectoryError as exc:
            raise UserError(f"“{path}” là một thư mục, không phải tệp ghi chú.") from exc
        except PermissionError as exc:
            raise UserError(f"Không có quyền đọc tệp “{path}”.") from exc
        items = parse_annotation_file(data)
        store = self._store
        texts: dict[str, str] = {}

        def text_of(article_id: str) -> str:
            if article_id not in texts:
                texts[article_id] = store.get_article_text(article_id).clean_text
            return texts[article_id]

        owners = {a.id: a.article_id for a in store.iter_all_annotations()}
        plan = plan_merge(
            items,
            store.list_article_meta(),
            text_of,
            store.list_annotations,
            store.list_tags(),
            owners=owners,
            now=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        if dry_run:
            return plan.report
        before = {article_id: store.list_annotations(article_id) for article_id in plan.annotations}
        applied = AppliedImport(tuple(plan.new_tags), before, plan.annotations)
        self._write(applied.after, put_tags=applied.new_tags)
        plan.report.applied = applied
        return plan.report

    def revert_import(self, applied: AppliedImport) -> None:
        """Undo an import: the touched articles' annotations as they were, new tags gone."""
        self._write(applied.before, delete_tags=tuple(t.id for t in applied.new_tags))

    def reapply_import(self, applied: AppliedImport) -> None:
        """Redo an import that was undone."""
        self._write(applied.after, put_tags=applied.new_tags)

    @transactional("Nhập ghi chú")
    def _write(
        self,
        lists: dict[str, list[Annotation]],
        *,
        put_tags: tuple[Tag, ...] = (),
        delete_tags: tuple[str, ...] = (),
    ) -> None:
        """All or nothing: a failure midway puts back what was already written."""
        store = self._store
        before = {article_id: store.list_annotations(article_id) for article_id in lists}
        old_tags = {t.id: t for t in store.list_tags()}
        written: list[str] = []
        tags_done: list[str] = []
        try:
            for tag in put_tags:
                store.put_tag(tag)
                tags_done.append(tag.id)
            for article_id, annotations in lists.items():
                store.replace_annotations(article_id, annotations)
                written.append(article_id)
            for tag_id in delete_tags:
                store.delete_tag(tag_id)
                tags_done.append(tag_id)
        except (OSError, UserError) as exc:
            for article_id in written:
                store.replace_annotations(article_id, before[article_id])
            for tag_id in tags_done:
                if tag_id in old_tags:
                    store.put_tag(old_tags[tag_id])
                else:
                    store.delete_tag(tag_id)
            raise UserError(
                "Không ghi được ghi chú vào thư viện; đã hoàn tác, thư viện giữ nguyên.",
                detail=repr(exc),
            ) from exc
        if put_tags or delete_tags:
            self._services.events.publish(events.TAGS_CHANGED)
        for article_id in lists:
            self._services.events.publish(events.ANNOTATIONS_CHANGED, article_id=article_id)
