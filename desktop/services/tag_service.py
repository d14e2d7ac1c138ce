"""Tags ("cha/con" hierarchy): create, rename, recolour, merge, delete, each returning what
`revert` needs to undo it; the colour legend; counts per tag."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.annotation import Annotation
from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.message import Message
from desktop.domain.tag import Tag, normalize_tag_name
from desktop.services import events
from desktop.services.annotation_filter import expand_tag_ids
from desktop.text.collation import path_collation_key
from desktop.text.normalize import nfc

if TYPE_CHECKING:
    from desktop.services.container import Services

LEGEND_SETTING = "color_legend"
_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def tag_key(name: str) -> str:
    """Two names that are the same tag to a person ("Kinh tế" and "kinh tế")."""
    return normalize_tag_name(nfc(name)).casefold()


@dataclass(frozen=True)
class TagChange:
    """The state a tag action replaced: `TagService.revert(change)` puts it back."""

    description: str  # a Message naming the action ("Gộp thẻ “A” vào “B”"), also in the journal
    tags_before: tuple[Tag, ...] = ()  # tags to put back as they were
    tags_created: tuple[str, ...] = ()  # ids of tags the action created
    annotations_before: tuple[Annotation, ...] = ()  # annotations the action changed


class TagService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self._events = services.events

    # --- reading ---------------------------------------------------------------------
    def list_tags(self) -> list[Tag]:
        """All tags in Vietnamese alphabetical order, parents right before their children."""
        return sorted(self._store.list_tags(), key=lambda t: path_collation_key(t.name))

    def get(self, tag_id: str) -> Tag:
        for tag in self._store.list_tags():
            if tag.id == tag_id:
                return tag
        raise NotFoundError(Message("Không tìm thấy thẻ này: có thể nó vừa bị xóa.", code="tag_not_found"))

    def find(self, name: str) -> Tag | None:
        key = tag_key(name)
        return next((t for t in self._store.list_tags() if t.name.casefold() == key), None)

    def names(self, tag_ids: Iterable[str]) -> list[str]:
        by_id = {t.id: t.name for t in self._store.list_tags()}
        return [by_id[i] for i in tag_ids if i in by_id]

    def resolve(self, names: Iterable[str]) -> list[Tag]:
        """Tags named by the user (CLI --tag). A name that is only a parent ("cha" while only
        "cha/con" exists) stands for its children."""
        tags = self._store.list_tags()
        found: list[Tag] = []
        for name in names:
            key = tag_key(name)
            matched = [
                t
                for t in tags
                if t.name.casefold() == key or t.name.casefold().startswith(key + "/")
            ]
            if not matched:
                raise NotFoundError(
                    Message("Không có thẻ “{name}”. Xem danh sách bằng lệnh tags.", code="tag_not_found", name=normalize_tag_name(name))
                )
            found += [t for t in matched if t not in found]
        return found

    def descendant_ids(self, tag_id: str) -> frozenset[str]:
        return expand_tag_ids([tag_id], self._store.list_tags())

    def counts(self) -> dict[str, int]:
        """Annotations carrying each tag itself (not counting children)."""
        counts = {t.id: 0 for t in self._store.list_tags()}
        for a in self._services.annotations.all_annotations():
            for tag_id in a.tags:
                if tag_id in counts:
                    counts[tag_id] += 1
        return counts

    # --- validation ------------------------------------------------------------------
    def _check_name(self, name: str, *, ignore: Iterable[str] = ()) -> str:
        name = normalize_tag_name(nfc(name))
        if not name:
            raise UserError(Message("Tên thẻ không được để trống.", code="empty_tag_name"))
        ignore = set(ignore)
        clash = next(
            (
                t
                for t in self._store.list_tags()
                if t.id not in ignore and t.name.casefold() == name.casefold()
            ),
            None,
        )
        if clash is not None:
            raise UserError(
                Message("Đã có thẻ “{name}”. Nếu muốn ghép hai thẻ, hãy dùng “Gộp thẻ”.", code="tag_exists", name=clash.name)
            )
        return name

    @staticmethod
    def _check_color(color: str) -> str:
        color = color.strip()
        if color and not _HEX_COLOR.match(color):
            raise UserError(
                Message("Màu thẻ “{color}” không hợp lệ: hãy dùng dạng #rrggbb hoặc để trống.", code="bad_tag_color", color=color)
            )
        return color.lower()

    # --- changing ----------------------------------------------------------------------
    def _changed(self) -> None:
        self._events.publish(events.TAGS_CHANGED)

    def create(self, name: str, color: str = "", *, tag_id: str | None = None) -> Tag:
        """A new tag; `tag_id` lets redo recreate the very same tag."""
        tag = Tag(
            id=tag_id or uuid.uuid4().hex[:12],
            name=self._check_name(name),
            color=self._check_color(color),
        )
        self._store.put_tag(tag)
        self._changed()
        return tag

    def ensure(self, name: str) -> tuple[Tag, bool]:
        """The tag of that name, created if missing: (tag, created)."""
        existing = self.find(name)
        if existing is not None:
            return existing, False
        return self.create(name), True

    def rename(self, tag_id: str, new_name: str) -> TagChange:
        """Rename a tag; its children follow ("cha/x" becomes "mới/x")."""
        tag = self.get(tag_id)
        moving = [t for t in self._store.list_tags() if t.is_self_or_descendant_of(tag.name)]
        new_name = normalize_tag_name(nfc(new_name))
        renamed = [t.with_changes(name=new_name + t.name[len(tag.name) :]) for t in moving]
        for t in renamed:
            self._check_name(t.name, ignore=[m.id for m in moving])
        if new_name == tag.name:
            return TagChange(Message("Đổi tên thẻ “{name}”", name=tag.name))
        description = Message("Đổi tên thẻ “{old}” thành “{new}”", old=tag.name, new=new_name)
        with self._store.transaction(description):  # the tag and its children: all or none
            for t in renamed:
                self._store.put_tag(t)
            self._changed()
        return TagChange(description, tags_before=tuple(moving))

    def recolor(self, tag_id: str, color: str) -> TagChange:
        tag = self.get(tag_id)
        self._store.put_tag(tag.with_changes(color=self._check_color(color)))
        self._changed()
        return TagChange(Message("Đổi màu thẻ “{name}”", name=tag.name), tags_before=(tag,))

    def _retag(self, source_id: str, target_id: str | None) -> tuple[Annotation, ...]:
        """Replace (or drop, target None) one tag in every annotation; the others stay."""
        service = self._services.annotations
        before, after = [], []
        for a in service.all_annotations():
            if source_id in a.tags:
                tags = [
                    target_id if t == source_id else t
                    for t in a.tags
                    if target_id is not None or t != source_id
                ]
                before.append(a)
                after.append(a.with_changes(tags=tuple(dict.fromkeys(tags))))
        service.put_many(after)
        return tuple(before)

    def merge(self, source_id: str, target_id: str) -> TagChange:
        """Every annotation tagged `source` gets `target` instead; `source` is removed."""
        source, target = self.get(source_id), self.get(target_id)
        if source.id == target.id:
            raise UserError(Message("Hãy chọn hai thẻ khác nhau để gộp.", code="same_tag"))
        description = Message("Gộp thẻ “{source}” vào “{target}”", source=source.name, target=target.name)
        with self._store.transaction(description):  # every annotation and the tag: all or none
            changed = self._retag(source.id, target.id)
            self._store.delete_tag(source.id)
            self._changed()
        return TagChange(description, tags_before=(source,), annotations_before=changed)

    def delete(self, tag_id: str) -> TagChange:
        """Remove a tag from the library and from its annotations, which keep their other
        tags; the annotations themselves are never deleted. Children stay."""
        tag = self.get(tag_id)
        description = Message("Xóa thẻ “{name}”", name=tag.name)
        with self._store.transaction(description):
            changed = self._retag(tag.id, None)
            self._store.delete_tag(tag.id)
            self._changed()
        return TagChange(description, tags_before=(tag,), annotations_before=changed)

    def revert(self, change: TagChange) -> None:
        """Undo a tag action: tags and annotations exactly as they were."""
        with self._store.transaction(Message("Hoàn tác: {action}", action=change.description)):
            for tag_id in change.tags_created:
                self._store.delete_tag(tag_id)
            for tag in change.tags_before:
                self._store.put_tag(tag)
            if change.annotations_before:
                self._services.annotations.put_many(change.annotations_before)
            self._changed()

    # --- colour legend -------------------------------------------------------------------
    def color_legend(self) -> dict[str, str]:
        """Colour key -> the meaning the user gave it (defaults from domain.colors)."""
        stored = self._store.get_setting(LEGEND_SETTING, {}) or {}
        return {c.key: str(stored.get(c.key) or c.default_meaning) for c in HIGHLIGHT_COLORS}

    def set_color_meaning(self, color_key: str, meaning: str) -> str:
        """Name what a colour means; returns the previous meaning (for undo)."""
        legend = self.color_legend()
        if color_key not in legend:
            raise UserError(Message("Không có màu “{color}”.", code="unknown_color", color=color_key))
        meaning = " ".join(nfc(meaning).split())
        if not meaning:
            raise UserError(Message("Ý nghĩa của màu không được để trống.", code="empty_meaning"))
        previous = legend[color_key]
        legend[color_key] = meaning
        self._store.put_setting(LEGEND_SETTING, legend)
        self._changed()
        return previous
