"""Articles: list, read, import (files, folders, pasted text), edit metadata, delete."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.article import Article, ArticleMeta, ArticleText, RemovedLine
from desktop.domain.errors import ImportFailure, NotFoundError, UserError
from desktop.domain.message import Message
from desktop.services import events
from desktop.services.import_report import ImportReport
from desktop.services.transactional import transactional
from desktop.text.normalize import collapse_spaces, nfc

if TYPE_CHECKING:
    from desktop.ingest.document import ImportedDocument
    from desktop.services.annotation_placement import TextEdit
    from desktop.services.container import Services

ProgressCallback = Callable[[int, int, str], None]  # done, total, current file name
CancelCheck = Callable[[], bool]
ReadingCallback = Callable[[str, int, int], None]  # file name, pages read, pages in all (long PDFs)

BATCH_SIZE = 500  # articles per metadata write during bulk import (at least)
# Each metadata write rewrites the whole metadata file, so batches grow with the library
# (a quarter of what it holds, up to BATCH_MAX): 35,000 articles take about 25 rewrites, not 70.
BATCH_GROWTH = 4
BATCH_MAX = 2000  # a batch holds its texts in memory until written: about 25 MB at most
# Reading and cleaning is CPU work: from this many files on, it runs in worker processes.
PARALLEL_FROM = 400
PARALLEL_CHUNK = 32  # files per task sent to a worker process
PARALLEL_WINDOW = 3  # tasks in flight per worker
REASON_HIDDEN_BY_USER = Message("Ẩn theo yêu cầu")  # stored as text with the removed line


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_key(clean_text: str) -> str:
    """Same article whatever its encoding, file name or line breaks."""
    return hashlib.sha256(collapse_spaces(nfc(clean_text)).encode("utf-8")).hexdigest()[:32]


def article_id_for(raw_text: str) -> str:
    return hashlib.sha256(nfc(raw_text).encode("utf-8")).hexdigest()[:16]


class LibraryService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self._by_content_key: dict[str, ArticleMeta] | None = None
        self._importing = False
        # Text edits elsewhere (annotation service, undo) change content keys: forget the index.
        services.events.subscribe(events.ARTICLES_CHANGED, self._on_articles_changed)
        services.events.subscribe(events.LIBRARY_REPLACED, self._on_library_replaced)

    def _on_articles_changed(self, ids: tuple[str, ...]) -> None:
        if not self._importing:  # our own batches keep the index up to date themselves
            self._by_content_key = None

    def _on_library_replaced(self) -> None:
        self._by_content_key = None

    # --- reading -------------------------------------------------------------------
    def list_articles(self) -> list[ArticleMeta]:
        return self._store.list_article_meta()

    def get_meta(self, article_id: str) -> ArticleMeta:
        return self._store.get_article_meta(article_id)

    def get_article(self, article_id: str) -> Article:
        return Article(self._store.get_article_meta(article_id), self._store.get_article_text(article_id))

    def count(self) -> int:
        return len(self._store.list_article_meta())

    # --- importing -----------------------------------------------------------------
    def _content_index(self) -> dict[str, ArticleMeta]:
        if self._by_content_key is None:
            self._by_content_key = {m.content_key: m for m in self._store.list_article_meta() if m.content_key}
        return self._by_content_key

    def _meta_for(self, doc: ImportedDocument) -> ArticleMeta:
        return ArticleMeta(
            id=article_id_for(doc.raw_text),
            title=doc.title,
            source=doc.source,
            author=doc.author,
            published=doc.published,
            imported_at=now_iso(),
            origin=doc.origin,
            doc_refs=tuple(doc.doc_refs),
            content_key=content_key(doc.clean_text),
            encoding=doc.encoding,
            source_url=doc.source_url,
            doc_number=doc.doc_number,
        )

    def add_documents(
        self,
        docs: Iterable[ImportedDocument | ImportFailure],
        *,
        total: int = 0,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Store each new document; report duplicates and failures. Written in batches;
        cancelling stops between documents, so no article is ever half stored."""
        self._importing = True
        try:
            return self._add_documents(docs, total, progress, cancelled)
        finally:
            self._importing = False

    def _add_documents(
        self,
        docs: Iterable[ImportedDocument | ImportFailure],
        total: int,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> ImportReport:
        report = ImportReport()
        index = self._content_index()
        batch: list[tuple[ArticleMeta, ArticleText]] = []
        done = 0
        for item in docs:
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            done += 1
            if isinstance(item, ImportFailure):
                origin = getattr(item, "origin", "")
                report.failures.append((origin, item.message))
                if progress is not None:
                    progress(done, total, origin)
                continue
            meta = self._meta_for(item)
            existing = index.get(meta.content_key)
            if existing is None and self._store.has_article(meta.id):
                existing = self._store.get_article_meta(meta.id)
            if existing is not None:
                report.duplicates.append((item.origin, existing))
            else:
                index[meta.content_key] = meta
                batch.append((meta, ArticleText(item.raw_text, item.clean_text, tuple(item.removed_lines))))
                report.added.append(meta)
                if not item.encoding_sure:
                    report.guessed.append((item.origin, item.encoding))
                if "\ufffd" in item.raw_text:  # bytes that were not text, shown as such
                    n = item.raw_text.count("\ufffd")
                    report.warnings.append(
                        (item.origin, Message("{count} chỗ không đọc được đã được thay bằng dấu �.", code="replacement_marks", count=n))
                    )
            if len(batch) >= max(BATCH_SIZE, min(len(index) // BATCH_GROWTH, BATCH_MAX)):
                self._flush(batch)
            if progress is not None:
                progress(done, total, item.origin)
        self._flush(batch)
        return report

    def _flush(self, batch: list[tuple[ArticleMeta, ArticleText]]) -> None:
        if not batch:
            return
        self._store.add_articles(batch)
        ids = tuple(m.id for m, _ in batch)
        batch.clear()
        self._services.events.publish(events.ARTICLES_CHANGED, ids=ids)

    def import_paths(
        self,
        paths: Iterable[Path | str],
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        hold_unsure: bool = False,
        workers: int | None = None,
        encoding: str | None = None,
        reading: ReadingCallback | None = None,
    ) -> ImportReport:
        """Files and folders (recursive). Each bad file is reported; the rest still import.
        With `hold_unsure`, files whose encoding could not be told with confidence are not
        stored but listed in `report.unsure`, for the GUI to ask (see `import_file`).
        `encoding` (a key of ingest.text_decoding.ENCODING_LABELS) forces the text encoding.
        `reading(name, done, total)` follows the pages of a long file, which `cancelled` stops."""
        from desktop.ingest import iter_importable_files

        files, missing = iter_importable_files([Path(p) for p in paths])
        unsure: list[Path] = []

        def documents() -> Iterator[ImportedDocument | ImportFailure]:
            for path, item in zip(files, self._read_all(files, workers, cancelled, encoding, reading), strict=False):
                if hold_unsure and not isinstance(item, ImportFailure) and not item.encoding_sure:
                    unsure.append(path)
                    continue
                yield item

        report = self.add_documents(documents(), total=len(files), progress=progress, cancelled=cancelled)
        report.failures[:0] = [(str(p), Message("Không nhập được “{name}”: {reason}.", name=p.name, reason=reason)) for p, reason in missing]
        report.unsure = unsure
        return report

    @staticmethod
    def _read_all(
        files: list[Path],
        workers: int | None,
        cancelled: CancelCheck | None,
        encoding: str | None = None,
        reading: ReadingCallback | None = None,
    ) -> Iterator[ImportedDocument | ImportFailure]:
        """Documents in file order; in worker processes for big batches (cleaning is CPU-bound)."""
        from desktop.ingest import read_document_or_failure

        if workers is None:
            workers = min(os.cpu_count() or 1, 4) if len(files) >= PARALLEL_FROM else 1
        if workers <= 1:
            for f in files:
                pages = (lambda done, total, name=f.name: reading(name, done, total)) if reading else None
                yield read_document_or_failure(f, encoding, progress=pages, cancelled=cancelled)
            return
        import multiprocessing
        from collections import deque
        from concurrent.futures import Future, ProcessPoolExecutor

        from desktop.ingest.file_reading import read_documents_or_failures

        chunks = [files[k : k + PARALLEL_CHUNK] for k in range(0, len(files), PARALLEL_CHUNK)]
        # "spawn": a fresh interpreter per worker; forking a process that runs Qt threads is unsafe.
        from desktop.worker_processes import exit_with_parent  # killed, we take the workers along

        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=exit_with_parent) as pool:
            # A bounded window of chunks in flight: when storage is slower than reading, finished
            # documents must not pile up in memory (35,000 articles would take ~400 MB).
            pending: deque[Future[list[ImportedDocument | ImportFailure]]] = deque()
            next_chunk = 0
            try:
                while pending or next_chunk < len(chunks):
                    while next_chunk < len(chunks) and len(pending) < workers * PARALLEL_WINDOW:
                        pending.append(pool.submit(read_documents_or_failures, chunks[next_chunk], encoding))
                        next_chunk += 1
                    yield from pending.popleft().result()
                    if cancelled is not None and cancelled():
                        break
            finally:
                for future in pending:
                    future.cancel()

    def import_file(self, path: Path | str, *, encoding: str | None = None) -> ImportReport:
        """One file, optionally with the text encoding the user chose."""
        from desktop.ingest import read_document_or_failure

        return self.add_documents([read_document_or_failure(Path(path), encoding)], total=1)

    def import_url(self, url: str, *, cancelled: CancelCheck | None = None) -> ImportReport:
        """A web page by its address (http/https only, bounded in time and size); the address is
        kept as the article's source link. Failures are reported, never raised."""
        from desktop.ingest.web_fetch import read_web_page

        item: ImportedDocument | ImportFailure
        try:
            item = read_web_page(url, cancelled=cancelled)
        except ImportFailure as failure:
            if getattr(failure, "cancelled", False):
                return ImportReport(cancelled=True)
            item = failure
        return self.add_documents([item], total=1)

    def import_text(self, text: str, *, title: str = "", source: str = "", html: bool = False) -> ArticleMeta:
        """A pasted article. Raises UserError if it is empty or already in the library."""
        from desktop.ingest import document_from_text

        doc = document_from_text(text, origin="clipboard", html=html)
        if title.strip() or source.strip():
            doc = doc.with_metadata(title=title.strip() or doc.title, source=source.strip() or doc.source)
        report = self.add_documents([doc], total=1)
        if report.duplicates:
            raise UserError(
                Message("Bài viết này đã có trong thư viện: “{title}”.", code="duplicate", title=report.duplicates[0][1].title)
            )
        return report.added[0]

    def import_seeds(self) -> ImportReport:
        from desktop.resources_path import seeds_dir

        seeds = sorted(p for p in seeds_dir().glob("*.txt"))
        return self.import_paths(seeds)

    # --- editing -------------------------------------------------------------------
    def update_meta(self, article_id: str, **changes: object) -> ArticleMeta:
        allowed = {"title", "source", "author", "published", "doc_refs", "doc_number", "source_url"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if "title" in changes and not str(changes["title"]).strip():
            raise UserError(Message("Tiêu đề bài viết không được để trống.", code="empty_title"))
        meta = self._store.get_article_meta(article_id).with_changes(**changes)
        self._store.put_article_meta(meta)
        self._services.events.publish(events.ARTICLES_CHANGED, ids=(article_id,))
        return meta

    # --- page cleaning, undone and redone ------------------------------------------------
    def removed_lines(self, article_id: str) -> tuple[RemovedLine, ...]:
        return self._store.get_article_text(article_id).removed_lines

    @transactional(Message("Sửa dòng của bài viết"))
    def _set_removed(self, article_id: str, removed: dict[int, str]) -> TextEdit:
        """Rebuild the reading text from the raw lines minus `removed`; annotations re-anchor."""
        from desktop.ingest.page_cleaning import join_kept_lines

        text = self._store.get_article_text(article_id)
        lines = text.raw_text.split("\n")
        clean = join_kept_lines(lines, removed)
        if not clean.strip():
            raise UserError(Message("Không thể ẩn hết mọi dòng: bài viết phải còn nội dung để đọc.", code="nothing_left"))
        records = tuple(RemovedLine(n, lines[n], r) for n, r in sorted(removed.items()))
        # One write of text and removed lines; annotations follow through the diff.
        edit = self._services.text_edits.edit_article_text(article_id, clean, removed_lines=records)
        self._forget_content_key(article_id)
        self._services.events.publish(events.ARTICLES_CHANGED, ids=(article_id,))
        return edit

    def restore_line(self, article_id: str, line_no: int) -> TextEdit:
        """Put a line page cleaning removed back into the reading text."""
        removed = {r.line_no: r.reason for r in self.removed_lines(article_id)}
        if line_no not in removed:
            raise UserError(Message("Dòng này không nằm trong các dòng đã bị loại khỏi bài.", code="line_not_removed"))
        del removed[line_no]
        return self._set_removed(article_id, removed)

    def hide_line(self, article_id: str, line_no: int, reason: str = REASON_HIDDEN_BY_USER) -> TextEdit:
        """Take a raw line out of the reading text (clutter the rules missed). Refused when an
        annotation lies on it, so nothing the user marked is ever lost."""
        text = self._store.get_article_text(article_id)
        lines = text.raw_text.split("\n")
        if not 0 <= line_no < len(lines) or not lines[line_no].strip():
            raise NotFoundError(Message("Không có dòng này trong văn bản gốc của bài viết.", code="line_not_found"))
        removed = {r.line_no: r.reason for r in text.removed_lines}
        if line_no in removed:
            raise UserError(Message("Dòng này đã bị ẩn khỏi bài rồi.", code="line_already_hidden"))
        start = self.line_offset(article_id, line_no)
        end = start + len(lines[line_no])
        for a in self._store.list_annotations(article_id):
            if not a.needs_review and a.start < end and a.end > start:
                raise UserError(Message("Dòng này có đoạn đã đánh dấu: hãy xóa đánh dấu trước khi ẩn dòng.", code="line_annotated"))
        removed[line_no] = reason
        return self._set_removed(article_id, removed)

    def reclean(self, article_id: str) -> TextEdit:
        """Clean the raw text again with today's rules (lines restored by hand are lost)."""
        from desktop.ingest.page_cleaning import clean_page

        text = self._store.get_article_text(article_id)
        cleaning = clean_page(text.raw_text)
        return self._set_removed(article_id, dict(cleaning.removed))

    def reimport(self, article_id: str, path: Path | str, *, encoding: str | None = None) -> TextEdit:
        """Replace an article's text by a corrected version of its file; its annotations follow
        through the diff of the two texts (those it cannot place wait for review)."""
        from desktop.ingest import read_document_or_failure

        doc = read_document_or_failure(Path(path), encoding)
        if isinstance(doc, ImportFailure):
            raise UserError(doc.message)
        edit = self._services.text_edits.edit_article_text(
            article_id, doc.clean_text, raw_text=doc.raw_text, removed_lines=tuple(doc.removed_lines)
        )
        self._forget_content_key(article_id)
        self._services.events.publish(events.ARTICLES_CHANGED, ids=(article_id,))
        return edit

    def line_offset(self, article_id: str, line_no: int) -> int:
        """Where a kept raw line starts in the reading text (code points); -1 if it is removed."""
        from desktop.ingest.page_cleaning import kept_line_offsets

        text = self._store.get_article_text(article_id)
        offsets = kept_line_offsets(text.raw_text.split("\n"), {r.line_no for r in text.removed_lines})
        return offsets.get(line_no, -1)

    def _forget_content_key(self, article_id: str) -> None:
        # The clean text changed, so its duplicate key did too: rebuild the index when next needed.
        self._by_content_key = None

    def delete_article(self, article_id: str) -> None:
        meta = self._store.get_article_meta(article_id)
        self._store.delete_article(article_id)
        if self._by_content_key is not None:
            self._by_content_key.pop(meta.content_key, None)
        self._services.events.publish(events.ARTICLES_CHANGED, ids=(article_id,))
