"""Annotations: create, edit, delete (each with a service-level inverse for undo), query the
whole library; anchors checked against the text they point into (edits: text_edit_service)."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.anchoring import AnchorText, build_selectors
from desktop.anchoring.quote_search import find_quote
from desktop.anchoring.selectors import check_range
from desktop.domain.annotation import Annotation
from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.message import Message
from desktop.domain.tag import Tag
from desktop.services import events
from desktop.services.annotation_cache import AnnotationCache
from desktop.services.annotation_filter import AnnotationFilter
from desktop.services.annotation_placement import reanchored
from desktop.services.transactional import transactional
from desktop.text.normalize import nfc
from desktop.text.word_bounds import snap_to_words

if TYPE_CHECKING:
    from desktop.services.container import Services

_COLOR_KEYS = tuple(c.key for c in HIGHLIGHT_COLORS)
TEXT_CACHE_SIZE = 8


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def text_order(a: Annotation) -> tuple[Any, ...]:
    return (a.needs_review, a.start, a.end, a.created, a.id)


class AnnotationService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self._events = services.events
        self._cache = AnnotationCache(self._store)
        self._verified: set[str] = set()  # articles whose anchors were checked against their text
        self._publishing = False  # our own event: the cache is already up to date
        # The few texts last annotated: creating in the open article must not re-read its file.
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._events.subscribe(events.ARTICLES_CHANGED, self._on_articles_changed)
        self._events.subscribe(events.LIBRARY_REPLACED, self._on_library_replaced)
        self._events.subscribe(events.ANNOTATIONS_CHANGED, self._on_annotations_changed)

    def _clean_text(self, article_id: str) -> str:
        text = self._texts.pop(article_id, None)
        if text is None:
            text = self._store.get_article_text(article_id).clean_text
        self._texts[article_id] = text
        while len(self._texts) > TEXT_CACHE_SIZE:
            self._texts.popitem(last=False)
        return text

    def _on_articles_changed(self, ids: tuple[str, ...]) -> None:
        for article_id in ids:
            self._texts.pop(article_id, None)
            self._verified.discard(article_id)
            if not self._store.has_article(article_id):
                self._cache.drop(article_id)

    def _on_library_replaced(self) -> None:
        self._cache.reset()
        self._texts.clear()
        self._verified = set()

    def _on_annotations_changed(self, article_id: str) -> None:
        # Another service (e.g. importing annotations) may have written the store directly.
        if not self._publishing and self._store.has_article(article_id):
            self._cache.put(article_id, self._store.list_annotations(article_id))

    def stored(self, article_id: str, annotations: list[Annotation]) -> None:
        """Another service wrote the article's whole list (with its new text): the cache takes
        it as checked against that text, and listeners hear of it."""
        self._cache.put(article_id, list(annotations))
        self._verified.add(article_id)
        self._publish(article_id)

    def _publish(self, article_id: str) -> None:
        self._publishing = True
        try:
            self._events.publish(events.ANNOTATIONS_CHANGED, article_id=article_id)
        finally:
            self._publishing = False

    # --- reading ---------------------------------------------------------------------
    def list_for_article(self, article_id: str) -> list[Annotation]:
        """The article's annotations in text order (those needing review last), each checked
        against the current text: an anchor that no longer holds its quote is re-anchored."""
        annotations = self._cache.article(article_id)
        if article_id not in self._verified and annotations:
            annotations = self._verify(article_id, annotations)
        self._verified.add(article_id)
        return sorted(annotations, key=text_order)

    def _verify(self, article_id: str, annotations: list[Annotation]) -> list[Annotation]:
        # Covers a crash between writing an edited text and its re-anchored annotations.
        text = self._clean_text(article_id)
        stale = [
            a for a in annotations if not a.needs_review and text[a.start : a.end] != a.quote.exact
        ]
        if not stale:
            return annotations
        target = AnchorText(text)
        fixed = {a.id: reanchored(a, target) for a in stale}
        annotations = [fixed.get(a.id, a) for a in annotations]
        if not self._store.read_only:
            self._store.replace_annotations(article_id, annotations)
            self._cache.put(article_id, annotations)
        return annotations

    def get(self, annotation_id: str) -> Annotation:
        article_id = self._cache.locate(annotation_id)
        if article_id is not None:
            for a in self._cache.article(article_id):
                if a.id == annotation_id:
                    return a
        raise NotFoundError(Message("Không tìm thấy ghi chú này: có thể nó đã bị xóa.", code="annotation_not_found"))

    def count(self) -> int:
        return sum(count for count, _ in self._cache.counts().values())

    def counts_by_article(self) -> dict[str, int]:
        """Number of annotations per article id (articles without any are left out); cheap
        even at 100,000 annotations (a summary in the index folder, checked per file)."""
        return {article_id: n for article_id, (n, _) in self._cache.counts().items() if n}

    def all_annotations(self) -> list[Annotation]:
        return [a for items in self._cache.all().values() for a in items]

    def query(self, annotation_filter: AnnotationFilter | None = None) -> list[Annotation]:
        """The annotations the filter selects, by article then text order: what the browser
        shows and what export takes."""
        annotation_filter = annotation_filter or AnnotationFilter()
        tags = self._store.list_tags()
        pool: Iterable[Annotation]
        if annotation_filter.article_ids:
            pool = [a for aid in annotation_filter.article_ids for a in self._cache.article(aid)]
        else:
            pool = self.all_annotations()
        found = annotation_filter.apply(pool, tags)
        return sorted(found, key=lambda a: (a.article_id, *text_order(a)))

    def needs_review(self, article_id: str | None = None) -> list[Annotation]:
        """Annotations that could not be re-anchored with confidence, waiting for the user.
        Only articles known to hold some are read."""
        if article_id:
            ids = frozenset({article_id})
        else:
            ids = frozenset(aid for aid, (_, waiting) in self._cache.counts().items() if waiting)
            if not ids:
                return []
        return self.query(AnnotationFilter(needs_review=True, article_ids=ids))

    # --- validation ------------------------------------------------------------------
    def _check_color(self, color: str) -> str:
        if color not in _COLOR_KEYS:
            raise UserError(
                Message("Không có màu “{color}”. Các màu dùng được: {choices}.", code="unknown_color", color=color, choices=list(_COLOR_KEYS))
            )
        return color

    def _check_tags(self, tag_ids: Iterable[str]) -> tuple[str, ...]:
        known = {t.id for t in self._store.list_tags()}
        unique = tuple(dict.fromkeys(tag_ids))
        missing = [t for t in unique if t not in known]
        if missing:
            raise NotFoundError(
                Message("Một thẻ đã chọn không còn trong thư viện (có thể vừa bị xóa). Hãy chọn lại thẻ.", code="tag_not_found")
            )
        return unique

    @staticmethod
    def _clean_note(note: str) -> str:
        return nfc(note).replace("\r\n", "\n").strip()

    # --- creating and editing ----------------------------------------------------------
    def create(
        self,
        article_id: str,
        start: int,
        end: int,
        *,
        tags: Iterable[str] = (),
        color: str = "yellow",
        note: str = "",
        annotation_id: str | None = None,
        precise: bool = False,
    ) -> Annotation:
        """Annotate text[start:end] of the article's clean text (code points), widened to whole
        syllables (a quote never stops inside a word) unless `precise` (the user asked for
        character precision); white space at either end is left out. `annotation_id` lets redo
        recreate the same one."""
        text = self._clean_text(article_id)
        start, end = self._range(text, start, end, precise)
        position, quote = build_selectors(text, start, end)
        stamp = now_iso()
        annotation = Annotation(
            id=annotation_id or uuid.uuid4().hex,
            article_id=article_id,
            position=position,
            quote=quote,
            tags=self._check_tags(tags),
            color=self._check_color(color),
            note=self._clean_note(note),
            created=stamp,
            modified=stamp,
        )
        self._put(annotation)
        return annotation

    @staticmethod
    def _range(text: str, start: int, end: int, precise: bool) -> tuple[int, int]:
        start, end = check_range(text, start, end)
        if precise:
            return start, end
        snapped = snap_to_words(text, start, end)
        return check_range(text, *snapped) if snapped[0] < snapped[1] else (start, end)

    def whole_words(self, article_id: str, start: int, end: int) -> tuple[int, int]:
        """The range an annotation of text[start:end] would cover (whole syllables)."""
        return snap_to_words(self._clean_text(article_id), start, end)

    def find_quote(self, article_id: str, quote: str) -> list[tuple[int, int]]:
        return find_quote(self._clean_text(article_id), quote)

    def create_from_quote(
        self, article_id: str, quote: str, *, occurrence: int = 1, **fields: Any
    ) -> Annotation:
        """Annotate the `occurrence`-th (1-based) place where `quote` appears in the article."""
        if not quote.strip():
            raise UserError(Message("Hãy cho biết đoạn văn cần đánh dấu (--quote).", code="quote_missing"))
        found = self.find_quote(article_id, quote)
        title = self._store.get_article_meta(article_id).title
        if not found:
            raise UserError(
                Message("Không tìm thấy đoạn “{quote}” trong bài “{title}”.", code="quote_not_found", quote=quote.strip(), title=title)
            )
        if not 1 <= occurrence <= len(found):
            raise UserError(
                Message(
                    "Đoạn “{quote}” xuất hiện {count} lần trong bài “{title}”: hãy chọn --occurrence từ 1 đến {count}.",
                    code="quote_ambiguous",
                    quote=quote.strip(),
                    count=len(found),
                    title=title,
                )
            )
        start, end = found[occurrence - 1]
        return self.create(article_id, start, end, **fields)

    def update(
        self,
        annotation_id: str,
        *,
        note: str | None = None,
        tags: Iterable[str] | None = None,
        color: str | None = None,
    ) -> Annotation:
        """Change what the user wrote; undo with `restore(the annotation before)`."""
        before = self.get(annotation_id)
        changes: dict[str, Any] = {}
        if note is not None:
            changes["note"] = self._clean_note(note)
        if tags is not None:
            changes["tags"] = self._check_tags(tags)
        if color is not None:
            changes["color"] = self._check_color(color)
        after = before.with_changes(**changes)
        if after == before:
            return before
        after = after.with_changes(modified=now_iso())
        self._put(after)
        return after

    def delete(self, annotation_id: str) -> Annotation:
        """Remove it; the returned annotation given to `restore` brings it back unchanged."""
        annotation = self.get(annotation_id)
        self._store.delete_annotation(annotation.article_id, annotation_id)
        self._cache.put(annotation.article_id, self._store.list_annotations(annotation.article_id))
        self._publish(annotation.article_id)
        return annotation

    def restore(self, annotation: Annotation) -> Annotation:
        """Put back an annotation exactly as it was (undo of create's inverse, of edits, of
        delete). If the text changed meanwhile it is re-anchored rather than trusted blindly."""
        text = self._clean_text(annotation.article_id)
        if (
            not annotation.needs_review
            and text[annotation.start : annotation.end] != annotation.quote.exact
        ):
            annotation = reanchored(annotation, AnchorText(text))
        self._put(annotation)
        return annotation

    @transactional()
    def put_many(self, annotations: Iterable[Annotation]) -> None:
        """Store changed annotations (same ids), one atomic write per article: tag merges,
        renames and their undo."""
        by_article: dict[str, dict[str, Annotation]] = {}
        for a in annotations:
            by_article.setdefault(a.article_id, {})[a.id] = a
        for article_id, changed in by_article.items():
            current = {a.id: a for a in self._store.list_annotations(article_id)}
            current.update(changed)
            items = list(current.values())
            self._store.replace_annotations(article_id, items)
            self._cache.put(article_id, items)
        for article_id in by_article:
            self._publish(article_id)

    @transactional(Message("Nhập ghi chú"))
    def write_lists(
        self,
        lists: dict[str, list[Annotation]],
        *,
        put_tags: tuple[Tag, ...] = (),
        delete_tags: tuple[str, ...] = (),
    ) -> None:
        """Replace whole annotation lists of several articles (and add or remove tags) in one
        all-or-nothing step (the store's transaction): an import, its undo and redo."""
        store = self._store
        try:
            for tag in put_tags:
                store.put_tag(tag)
            for article_id, annotations in lists.items():
                store.replace_annotations(article_id, annotations)
            for tag_id in delete_tags:
                store.delete_tag(tag_id)
        except OSError as exc:  # the transaction undoes what was written before the failure
            raise UserError(
                Message("Không ghi được ghi chú vào thư viện; đã hoàn tác, thư viện giữ nguyên.", code="write_failed"),
                detail=repr(exc),
            ) from exc
        for article_id, annotations in lists.items():
            self._cache.put(article_id, list(annotations))
        if put_tags or delete_tags:
            self._events.publish(events.TAGS_CHANGED)
        for article_id in lists:
            self._publish(article_id)

    def _put(self, annotation: Annotation) -> None:
        self._store.put_annotation(annotation)
        self._cache.upsert(annotation)
        self._publish(annotation.article_id)

    # --- anchors -----------------------------------------------------------------------
    def reattach(
        self, annotation_id: str, start: int, end: int, *, precise: bool = False
    ) -> Annotation:
        """Place an annotation (usually one needing review) on a range the user selected
        (whole syllables unless `precise`); undo with `restore(the annotation before)`."""
        before = self.get(annotation_id)
        text = self._clean_text(before.article_id)
        start, end = self._range(text, start, end, precise)
        position, quote = build_selectors(text, start, end)
        after = before.with_changes(
            position=position, quote=quote, needs_review=False, anchor_score=1.0, modified=now_iso()
        )
        self._put(after)
        return after
