"""Plan a merge of imported annotations into the library: match articles, dedupe, newer wins."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta
from desktop.domain.tag import Tag
from desktop.export.jsonld_reader import ParsedAnnotation
from desktop.text.normalize import collapse_spaces

SNIPPET_CHARS = 60


def snippet(text: str) -> str:
    text = collapse_spaces(text)
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


@dataclass(frozen=True)
class MergeEntry:
    quote: str  # a short form of the quote, for the report
    article_title: str
    reason: str = ""  # Vietnamese, for skipped ones


@dataclass(frozen=True)
class AppliedImport:
    """What a merge wrote, and what was there before: enough to undo it and redo it exactly."""

    new_tags: tuple[Tag, ...]
    before: dict[str, list[Annotation]]  # article id -> its annotations before the merge
    after: dict[str, list[Annotation]]


@dataclass
class MergeReport:
    added: list[MergeEntry] = field(default_factory=list)
    updated: list[MergeEntry] = field(default_factory=list)
    skipped: list[MergeEntry] = field(default_factory=list)
    created_tags: list[str] = field(default_factory=list)
    applied: AppliedImport | None = None  # set once written (None for a dry run)

    def summary(self) -> str:
        text = f"Đã thêm {len(self.added)} ghi chú, cập nhật {len(self.updated)}, bỏ qua {len(self.skipped)}."
        if self.created_tags:
            text += f" Tạo {len(self.created_tags)} thẻ mới."
        return text

    def lines(self) -> list[str]:
        out = [f"+ {e.article_title}: “{e.quote}”" for e in self.added]
        out += [f"~ {e.article_title}: “{e.quote}” (bản nhập mới hơn)" for e in self.updated]
        out += [f"= {e.article_title or '?'}: “{e.quote}”: {e.reason}" for e in self.skipped]
        return out


@dataclass
class MergePlan:
    report: MergeReport
    new_tags: list[Tag]
    annotations: dict[str, list[Annotation]]  # article id -> its whole new list


def _when(stamp: str) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class _ArticleMatcher:
    def __init__(self, metas: Sequence[ArticleMeta], text_of: Callable[[str], str]) -> None:
        self.by_id = {m.id: m for m in metas}
        self.by_key = {m.content_key: m for m in metas if m.content_key}
        self.by_title: dict[str, list[ArticleMeta]] = {}
        for meta in metas:
            self.by_title.setdefault(collapse_spaces(meta.title).casefold(), []).append(meta)
        self.text_of = text_of

    def match(self, item: ParsedAnnotation) -> ArticleMeta | None:
        """Same content first (the key is a hash of the text), then our id, then a title
        whose article really contains the quote."""
        ref = item.article
        if ref.content_key and ref.content_key in self.by_key:
            return self.by_key[ref.content_key]
        if ref.article_id and ref.article_id in self.by_id:
            return self.by_id[ref.article_id]
        for meta in (
            self.by_title.get(collapse_spaces(ref.title).casefold(), []) if ref.title else []
        ):
            if item.exact in self.text_of(meta.id):
                return meta
        return None


def locate(text: str, item: ParsedAnnotation) -> tuple[int, int] | None:
    """Where the quote is in our copy of the text: its position if it still reads the same,
    else the occurrence nearest to it; None when the text no longer holds the quote."""
    if text[item.start : item.end] == item.exact:
        return item.start, item.end
    best: int | None = None
    found = text.find(item.exact)
    while found != -1:
        if best is None or abs(found - item.start) < abs(best - item.start):
            best = found
        found = text.find(item.exact, found + 1)
    return None if best is None else (best, best + len(item.exact))


def plan_merge(
    items: Sequence[ParsedAnnotation],
    metas: Sequence[ArticleMeta],
    text_of: Callable[[str], str],
    existing_of: Callable[[str], list[Annotation]],
    tags: Sequence[Tag],
    *,
    owners: Mapping[str, str] | None = None,
    now: str = "",
) -> MergePlan:
    """`owners` maps every annotation id in the library to its article id, so an id already
    used elsewhere is never silently moved to another article."""
    report = MergeReport()
    matcher = _ArticleMatcher(metas, text_of)
    tag_ids = {t.name: t.id for t in tags}
    tag_ids_folded = {t.name.casefold(): t.id for t in tags}
    tag_names = {t.id: t.name for t in tags}
    new_tags: list[Tag] = []
    lists: dict[str, list[Annotation]] = {}
    owner_of: dict[str, str] = dict(owners or {})  # annotation id -> article id

    def current(article_id: str) -> list[Annotation]:
        if article_id not in lists:
            lists[article_id] = list(existing_of(article_id))
            for a in lists[article_id]:
                owner_of[a.id] = article_id
        return lists[article_id]

    def tag_id(name: str) -> str:
        found = tag_ids.get(name) or tag_ids_folded.get(name.casefold())
        if found:
            return found
        tag = Tag(id=uuid.uuid4().hex[:12], name=name)  # the id form TagService uses
        new_tags.append(tag)
        tag_ids[name] = tag_ids_folded[name.casefold()] = tag.id
        tag_names[tag.id] = name
        report.created_tags.append(name)
        return tag.id

    def signature(a: Annotation) -> tuple[object, ...]:
        names = frozenset(tag_names.get(t, t) for t in a.tags)
        return a.start, a.end, a.quote.exact, collapse_spaces(a.note), names

    for item in items:
        meta = matcher.match(item)
        if meta is None:
            title = item.article.title or item.article.iri
            report.skipped.append(
                MergeEntry(snippet(item.exact), title, "bài viết không có trong thư viện")
            )
            continue
        located = locate(text_of(meta.id), item)
        if located is None:
            report.skipped.append(
                MergeEntry(
                    snippet(item.exact),
                    meta.title,
                    "đoạn trích không còn trong bài viết của thư viện",
                )
            )
            continue
        annotations = current(meta.id)
        owner = owner_of.get(item.id)
        if owner is not None and owner != meta.id:
            report.skipped.append(
                MergeEntry(
                    snippet(item.exact), meta.title, "mã ghi chú trùng với một ghi chú ở bài khác"
                )
            )
            continue
        incoming_tag_names = frozenset(item.tag_names)
        incoming = Annotation(
            id=item.id,
            article_id=meta.id,
            position=TextPositionSelector(*located),
            quote=TextQuoteSelector(item.exact, item.prefix, item.suffix),
            tags=(),
            color=item.color,
            note=item.note,
            created=item.created or now,
            modified=item.modified or item.created or now,
        )
        same_id = next((i for i, a in enumerate(annotations) if a.id == item.id), None)
        if same_id is not None:
            mine = annotations[same_id]
            if _when(incoming.modified) <= _when(mine.modified):
                report.skipped.append(
                    MergeEntry(
                        snippet(item.exact), meta.title, "bản trong thư viện mới hơn hoặc giống hệt"
                    )
                )
                continue
            annotations[same_id] = incoming.with_changes(
                tags=tuple(tag_id(n) for n in item.tag_names)
            )
            report.updated.append(MergeEntry(snippet(item.exact), meta.title))
            continue
        wanted = (
            located[0],
            located[1],
            item.exact,
            collapse_spaces(item.note),
            incoming_tag_names,
        )
        if any(signature(a) == wanted for a in annotations):
            report.skipped.append(
                MergeEntry(
                    snippet(item.exact),
                    meta.title,
                    "đã có ghi chú giống hệt (cùng đoạn, cùng nội dung)",
                )
            )
            continue
        annotations.append(incoming.with_changes(tags=tuple(tag_id(n) for n in item.tag_names)))
        owner_of[item.id] = meta.id
        report.added.append(MergeEntry(snippet(item.exact), meta.title))
    # Only articles whose list differs from what is stored need a write.
    changed = {k: v for k, v in lists.items() if v != existing_of(k)}
    return MergePlan(report, new_tags, changed)
