"""Articles: list, read, import (files, folders, pasted text), edit metadata, delete."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.article import Article, ArticleMeta, ArticleText
from desktop.domain.errors import ImportFailure, UserError
from desktop.services import events
from desktop.text.normalize import collapse_spaces, nfc

if TYPE_CHECKING:
    from desktop.ingest.document import ImportedDocument
    from desktop.services.container import Services

ProgressCallback = Callable[[int, int, str], None]  # done, total, current file name
CancelCheck = Callable[[], bool]

BATCH_SIZE = 500  # articles per metadata write during bulk import


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_key(clean_text: str) -> str:
    """Same article whatever its encoding, file name or line breaks."""
    return hashlib.sha256(collapse_spaces(nfc(clean_text)).encode("utf-8")).hexdigest()[:32]


def article_id_for(raw_text: str) -> str:
    return hashlib.sha256(nfc(raw_text).encode("utf-8")).hexdigest()[:16]


@dataclass
class ImportReport:
    added: list[ArticleMeta] = field(default_factory=list)
    duplicates: list[tuple[str, ArticleMeta]] = field(default_factory=list)  # (origin, existing)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, Vietnamese reason)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"Đã nhập {len(self.added)} bài viết"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} bài đã có sẵn (bỏ qua)")
        if self.failures:
            parts.append(f"{len(self.failures)} tệp không nhập được")
        text = ", ".join(parts) + "."
        return text + (" Đã dừng theo yêu cầu." if self.cancelled else "")


class LibraryService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self._by_content_key: dict[str, ArticleMeta] | None = None

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
                report.failures.append((getattr(item, "origin", ""), item.message))
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
            if len(batch) >= BATCH_SIZE:
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
    ) -> ImportReport:
        """Files and folders (recursive). Each bad file is reported; the rest still import."""
        from desktop.ingest import iter_importable_files, read_document_or_failure

        files, missing = iter_importable_files([Path(p) for p in paths])
        report = self.add_documents(
            (read_document_or_failure(f) for f in files),
            total=len(files),
            progress=progress,
            cancelled=cancelled,
        )
        report.failures[:0] = [(str(p), reason) for p, reason in missing]
        return report

    def import_text(self, text: str, *, title: str = "", source: str = "", html: bool = False) -> ArticleMeta:
        """A pasted article. Raises UserError if it is empty or already in the library."""
        from desktop.ingest import document_from_text

        doc = document_from_text(text, origin="clipboard", html=html)
        if title.strip() or source.strip():
            doc = doc.with_metadata(title=title.strip() or doc.title, source=source.strip() or doc.source)
        report = self.add_documents([doc], total=1)
        if report.duplicates:
            raise UserError(f"Bài viết này đã có trong thư viện: “{report.duplicates[0][1].title}”.")
        return report.added[0]

    def import_seeds(self) -> ImportReport:
        from desktop.resources_path import seeds_dir

        seeds = sorted(p for p in seeds_dir().glob("*.txt"))
        return self.import_paths(seeds)

    # --- editing -------------------------------------------------------------------
    def update_meta(self, article_id: str, **changes: object) -> ArticleMeta:
        allowed = {"title", "source", "author", "published", "doc_refs"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if "title" in changes and not str(changes["title"]).strip():
            raise UserError("Tiêu đề bài viết không được để trống.")
        meta = self._store.get_article_meta(article_id).with_changes(**changes)
        self._store.put_article_meta(meta)
        self._services.events.publish(events.ARTICLES_CHANGED, ids=(article_id,))
        return meta

    def delete_article(self, article_id: str) -> None:
        meta = self._store.get_article_meta(article_id)
        self._store.delete_article(article_id)
        if self._by_content_key is not None:
            self._by_content_key.pop(meta.content_key, None)
        self._services.events.publish(events.ARTICLES_CHANGED, ids=(article_id,))
