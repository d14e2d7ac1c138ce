"""An article's reading text replaced (an edit, a corrected file, page cleaning) with every
annotation following it through the diff of the old and new text; and the exact undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.domain.annotation import Annotation
from desktop.domain.article import ArticleText, RemovedLine
from desktop.domain.errors import UserError
from desktop.domain.message import Message
from desktop.services import events
from desktop.services.annotation_placement import TextEdit, remap
from desktop.services.annotation_service import text_order
from desktop.services.transactional import transactional
from desktop.text.normalize import nfc

if TYPE_CHECKING:
    from desktop.services.container import Services


class TextEditService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self._events = services.events

    def _published(self, article_id: str, annotations: list[Annotation]) -> None:
        # The annotation service's cache holds the new list before any listener hears of the
        # change: a view that re-reads on ARTICLES_CHANGED must not re-anchor the old list.
        self._events.publish(events.ARTICLES_CHANGED, ids=(article_id,))
        self._services.annotations.stored(article_id, annotations)

    @transactional(Message("Sửa nội dung bài viết"))
    def edit_article_text(
        self,
        article_id: str,
        new_text: str,
        *,
        raw_text: str | None = None,
        removed_lines: tuple[RemovedLine, ...] | None = None,
    ) -> TextEdit:
        """Store a corrected clean text and re-anchor every annotation of the article through
        the diff of the old and new text; those that cannot be placed with confidence are kept
        and marked "needs review". Page cleaning (`removed_lines`) and re-importing a corrected
        file (`raw_text` too) store theirs in the same write."""
        meta = self._store.get_article_meta(article_id)
        before_text = self._store.get_article_text(article_id)
        text = nfc(new_text.replace("\r\n", "\n").replace("\r", "\n"))
        if not text.strip():
            raise UserError(Message("Nội dung bài viết không được để trống.", code="empty_text"))
        before_annotations = tuple(self._store.list_annotations(article_id))
        new_record = ArticleText(
            before_text.raw_text if raw_text is None else nfc(raw_text),
            text,
            before_text.removed_lines if removed_lines is None else removed_lines,
        )
        if new_record == before_text:
            return TextEdit(
                article_id, before_text, before_annotations, meta.content_key, False, 0, ()
            )
        if text == before_text.clean_text:
            after = list(before_annotations)
        else:
            after = remap(before_annotations, before_text.clean_text, text)
        moved = sum(
            1
            for a, b in zip(before_annotations, after, strict=True)
            if not b.needs_review and (a.start, a.end) != (b.start, b.end)
        )
        from desktop.services.library_service import content_key

        # Text first: a crash before the annotations are written is repaired by `_verify`.
        self._store.put_article_text(article_id, new_record)
        self._store.replace_annotations(article_id, after)
        self._store.put_article_meta(meta.with_changes(content_key=content_key(text)))
        self._published(article_id, after)
        review = tuple(sorted((a for a in after if a.needs_review), key=text_order))
        return TextEdit(
            article_id, before_text, before_annotations, meta.content_key, True, moved, review
        )

    @transactional(Message("Hoàn tác sửa nội dung bài viết"))
    def undo_text_edit(self, edit: TextEdit) -> None:
        """Put back the text and the annotations exactly as they were before `edit`."""
        if not edit.changed:
            return
        meta = self._store.get_article_meta(edit.article_id)
        self._store.put_article_text(edit.article_id, edit.before_text)
        self._store.replace_annotations(edit.article_id, list(edit.before_annotations))
        self._store.put_article_meta(meta.with_changes(content_key=edit.before_content_key))
        self._published(edit.article_id, list(edit.before_annotations))
