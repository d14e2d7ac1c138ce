"""Plan a merge of imported annotations into the library: match articles, place the passages,
dedupe, newer wins; every annotation that cannot be placed is listed with its reason."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.anchoring import AnchorText, build_selectors
from desktop.anchoring.reanchor import AnchorResult, reanchor
from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta
from desktop.domain.message import Message
from desktop.domain.tag import Tag
from desktop.export.jsonld_parsed import AnnotationFile, ParsedAnnotation
from desktop.text.normalize import collapse_spaces

# Articles whose text is searched for a quote that names no article we know.
MAX_SEARCHED_ARTICLES = 20

SNIPPET_CHARS = 60


def snippet(text: str) -> str:
    text = collapse_spaces(text)
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


@dataclass(frozen=True)
class MergeEntry:
    quote: str  # a short form of the quote, for the report
    article_title: str
    reason: str = ""  # a Message, for skipped ones
    already_here: bool = False  # skipped because the library already has it (not a failure)


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
        added, updated, skipped = len(self.added), len(self.updated), len(self.skipped)
        if self.created_tags:
            return Message(
                "Đã thêm {added} ghi chú, cập nhật {updated}, bỏ qua {skipped}. Tạo {tags} thẻ mới.",
                added=added,
                updated=updated,
                skipped=skipped,
                tags=len(self.created_tags),
            )
        return Message("Đã thêm {added} ghi chú, cập nhật {updated}, bỏ qua {skipped}.", added=added, updated=updated, skipped=skipped)

    @property
    def nothing_placed(self) -> bool:
        """Nothing to write and at least one annotation that could not be placed: a failure."""
        return (
            not self.added
            and not self.updated
            and any(not e.already_here for e in self.skipped)
        )

    def lines(self) -> list[str]:
        out: list[str] = [f"+ {e.article_title}: “{e.quote}”" for e in self.added]
        out += [Message("~ {title}: “{quote}” (bản nhập mới hơn)", title=e.article_title, quote=e.quote) for e in self.updated]
        out += [
            Message("= {title}: “{quote}”: {reason}", title=e.article_title or "?", quote=e.quote, reason=e.reason)
            for e in self.skipped
        ]
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


def normalize_address(address: str) -> str:
    """A web address as a key: no scheme, no "www.", no fragment, no trailing slash, lower-case
    host ("https://www.Báo.vn/a/#x" and "http://báo.vn/a" are the same page)."""
    address = address.strip().split("#", 1)[0]
    for scheme in ("https://", "http://"):
        if address.lower().startswith(scheme):
            address = address[len(scheme) :]
            break
    host, _, path = address.partition("/")
    host = host.lower().removeprefix("www.")
    return (host + "/" + path).rstrip("/") if path else host


@dataclass(frozen=True)
class Placement:
    meta: ArticleMeta
    start: int
    end: int


class _ArticleMatcher:
    def __init__(
        self,
        metas: Sequence[ArticleMeta],
        text_of: Callable[[str], str],
        find_articles: Callable[[str], list[str]] | None,
    ) -> None:
        self.by_id = {m.id: m for m in metas}
        self.by_key = {m.content_key: m for m in metas if m.content_key}
        self.by_address: dict[str, list[ArticleMeta]] = {}
        self.by_title: dict[str, list[ArticleMeta]] = {}
        for meta in metas:
            self.by_title.setdefault(collapse_spaces(meta.title).casefold(), []).append(meta)
            if meta.source.lower().startswith(("http://", "https://")):
                self.by_address.setdefault(normalize_address(meta.source), []).append(meta)
        self.text_of = text_of
        self.find_articles = find_articles
        self._targets: dict[str, AnchorText] = {}

    def _target(self, article_id: str) -> AnchorText:
        if article_id not in self._targets:
            self._targets[article_id] = AnchorText(self.text_of(article_id))
        return self._targets[article_id]

    def _anchor(self, meta: ArticleMeta, item: ParsedAnnotation) -> AnchorResult:
        quote = TextQuoteSelector(item.exact, item.prefix, item.suffix)
        # A position from another tool counts characters of its own copy: only a hint.
        return reanchor(TextPositionSelector(item.start, item.end), quote, self._target(meta.id))

    def named(self, item: ParsedAnnotation) -> list[ArticleMeta]:
        """Articles the annotation names: same content (the key is a hash of the text), our
        id, the page address it was made on, a title."""
        ref = item.article
        if ref.content_key and ref.content_key in self.by_key:
            return [self.by_key[ref.content_key]]
        if ref.article_id and ref.article_id in self.by_id:
            return [self.by_id[ref.article_id]]
        if ref.address and normalize_address(ref.address) in self.by_address:
            return self.by_address[normalize_address(ref.address)]
        if ref.title:
            return self.by_title.get(collapse_spaces(ref.title).casefold(), [])
        return []

    def place(self, item: ParsedAnnotation) -> tuple[Placement | None, str]:
        """Where the passage is in the library, or the reason it cannot be placed."""
        named = self.named(item)
        for meta in named:
            found = self._anchor(meta, item)
            if found.found:
                return Placement(meta, found.start, found.end), ""
        if named:
            return None, Message("đoạn trích không còn tìm thấy chắc chắn trong bài viết của thư viện", code="quote_not_found")
        if self.find_articles is None:
            return None, Message("bài viết không có trong thư viện", code="article_not_found")
        # Named nowhere we know: look for the quote and its context across the library.
        hits = []
        for article_id in self.find_articles(item.exact)[:MAX_SEARCHED_ARTICLES]:
            candidate = self.by_id.get(article_id)
            if candidate is None:
                continue
            found = self._anchor(candidate, item)
            if found.found:
                hits.append((found.score, Placement(candidate, found.start, found.end)))
        if not hits:
            return None, Message("bài viết không có trong thư viện (không bài nào chứa đoạn trích này)", code="article_not_found")
        hits.sort(key=lambda h: -h[0])
        if len(hits) > 1 and hits[0][0] - hits[1][0] < 0.1:
            titles = ", ".join(f"“{h[1].meta.title}”" for h in hits[:3])
            return None, Message("đoạn trích có trong nhiều bài ({titles}): không biết là bài nào", code="ambiguous_article", titles=titles)
        return hits[0][1], ""


def locate(text: str, item: ParsedAnnotation) -> tuple[int, int] | None:
    """Where the quote is in our copy of the text (quote, context and position weighed
    together, see anchoring.reanchor); None when it cannot be told with confidence."""
    found = reanchor(
        TextPositionSelector(item.start, item.end),
        TextQuoteSelector(item.exact, item.prefix, item.suffix),
        AnchorText(text),
    )
    return (found.start, found.end) if found.found else None


def plan_merge(
    items: AnnotationFile | Sequence[ParsedAnnotation],
    metas: Sequence[ArticleMeta],
    text_of: Callable[[str], str],
    existing_of: Callable[[str], list[Annotation]],
    tags: Sequence[Tag],
    *,
    owners: Mapping[str, str] | None = None,
    now: str = "",
    find_articles: Callable[[str], list[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> MergePlan:
    """`owners` maps every annotation id in the library to its article id, so an id already
    used elsewhere is never silently moved to another article. `find_articles(quote)` lists
    articles that may hold a quote (for annotations naming no article we know).
    `progress(done, total)` is called before each annotation is placed (it may raise to stop)."""
    report = MergeReport()
    if isinstance(items, AnnotationFile):
        for rejected in items.rejected:
            report.skipped.append(
                MergeEntry(
                    snippet(rejected.quote) if rejected.quote else Message("ghi chú thứ {number}", number=rejected.number),
                    "",
                    rejected.reason,
                )
            )
        items = items.items
    matcher = _ArticleMatcher(metas, text_of, find_articles)
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

    for number, item in enumerate(items):
        if progress is not None:
            progress(number, len(items))
        placement, reason = matcher.place(item)
        if placement is None:
            title = item.article.title or item.article.iri
            report.skipped.append(MergeEntry(snippet(item.exact), title, reason))
            continue
        meta = placement.meta
        located = (placement.start, placement.end)
        annotations = current(meta.id)
        owner = owner_of.get(item.id)
        if owner is not None and owner != meta.id:
            report.skipped.append(
                MergeEntry(
                    snippet(item.exact),
                    meta.title,
                    Message("mã ghi chú trùng với một ghi chú ở bài khác", code="id_taken"),
                )
            )
            continue
        incoming_tag_names = frozenset(item.tag_names)
        # Our selectors, from our text: the place found, its quote and context as they read here.
        position, quote = build_selectors(text_of(meta.id), *located)
        incoming = Annotation(
            id=item.id,
            article_id=meta.id,
            position=position,
            quote=quote,
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
                        snippet(item.exact),
                        meta.title,
                        Message("bản trong thư viện mới hơn hoặc giống hệt", code="library_newer"),
                        already_here=True,
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
            quote.exact,
            collapse_spaces(item.note),
            incoming_tag_names,
        )
        if any(signature(a) == wanted for a in annotations):
            report.skipped.append(
                MergeEntry(
                    snippet(item.exact),
                    meta.title,
                    Message("đã có ghi chú giống hệt (cùng đoạn, cùng nội dung)", code="duplicate"),
                    already_here=True,
                )
            )
            continue
        annotations.append(incoming.with_changes(tags=tuple(tag_id(n) for n in item.tag_names)))
        owner_of[item.id] = meta.id
        report.added.append(MergeEntry(snippet(item.exact), meta.title))
    # Only articles whose list differs from what is stored need a write.
    changed = {k: v for k, v in lists.items() if v != existing_of(k)}
    return MergePlan(report, new_tags, changed)
