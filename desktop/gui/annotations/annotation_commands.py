"""QUndoCommands for annotation and tag actions: each redo/undo is one service call.

A command is applied once before it is pushed (so a refused action shows its error and never
enters the history); the stack's first redo() is then skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.domain.annotation import Annotation
from desktop.domain.errors import UserError
from desktop.gui.error_dialogs import show_error

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.annotation_placement import TextEdit
    from desktop.services.tag_service import TagChange


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


class ServiceCommand(QUndoCommand):
    """Subclasses implement apply() and revert() with service calls only."""

    def __init__(self, services: Services, text: str, error_parent: QWidget | None = None) -> None:
        super().__init__(text)
        self.services = services
        self._error_parent = error_parent
        self._applied_before_push = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied_before_push:
            self._applied_before_push = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action: Callable[[], None]) -> None:
        # Qt cannot carry a Python exception through the undo stack: show it and mark the
        # command obsolete so the history never pretends to have done it.
        try:
            with self.services.transaction(self.text()):  # all of it or nothing, even if killed
                action()
        except UserError as exc:
            self.setObsolete(True)
            show_error(self._error_parent, exc)


def push(stack: QUndoStack, command: ServiceCommand) -> bool:
    """Apply the command; on success put it on the stack. A UserError is shown, not pushed."""
    try:
        with command.services.transaction(command.text()):  # new tags and the annotation together
            command.apply()
    except UserError as exc:
        show_error(command._error_parent, exc)
        return False
    command._applied_before_push = True
    stack.push(command)
    return True


class CreateAnnotationCommand(ServiceCommand):
    """Create an annotation, creating first the tags typed that did not exist yet."""

    def __init__(
        self,
        services: Services,
        article_id: str,
        start: int,
        end: int,
        *,
        tag_names: list[str],
        color: str,
        note: str,
        error_parent: QWidget | None = None,
        precise: bool = False,
    ) -> None:
        super().__init__(services, _tr("Tô sáng đoạn văn"), error_parent)
        self.article_id, self.start, self.end = article_id, start, end
        self.precise = precise  # keep the characters selected (not widened to whole words)
        self.tag_names, self.color, self.note = tag_names, color, note
        self.annotation: Annotation | None = None
        self._new_tags: list[tuple[str, str]] = []  # (id, name) created by the first apply

    def apply(self) -> None:
        tags = self.services.tags
        if self.annotation is None:  # first time: resolve names, creating missing tags
            tag_ids, created = [], []
            try:
                for name in self.tag_names:
                    tag, was_new = tags.ensure(name)
                    tag_ids.append(tag.id)
                    if was_new:
                        created.append((tag.id, tag.name))
                self.annotation = self.services.annotations.create(
                    self.article_id,
                    self.start,
                    self.end,
                    tags=tag_ids,
                    color=self.color,
                    note=self.note,
                    precise=self.precise,
                )
            except UserError:
                for tag_id, _ in created:  # nothing half-done
                    tags.revert(_delete_only(tag_id))
                raise
            self._new_tags = created
            return
        for tag_id, name in self._new_tags:
            tags.create(name, tag_id=tag_id)
        self.services.annotations.restore(self.annotation)

    def revert(self) -> None:
        assert self.annotation is not None
        self.services.annotations.delete(self.annotation.id)
        for tag_id, _ in self._new_tags:
            self.services.tags.revert(_delete_only(tag_id))


def _delete_only(tag_id: str) -> TagChange:
    from desktop.services.tag_service import TagChange

    return TagChange("", tags_created=(tag_id,))


class EditAnnotationCommand(ServiceCommand):
    """Change note, tags (by name, new ones created) and/or colour."""

    def __init__(
        self,
        services: Services,
        annotation: Annotation,
        *,
        text: str,
        note: str | None = None,
        tag_names: list[str] | None = None,
        color: str | None = None,
        error_parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, text, error_parent)
        self.before = annotation
        self.note, self.tag_names, self.color = note, tag_names, color
        self._new_tags: list[tuple[str, str]] = []
        self._tag_ids: list[str] | None = None

    def apply(self) -> None:
        tags = self.services.tags
        if self.tag_names is not None and self._tag_ids is None:
            ids = []
            for name in self.tag_names:
                tag, was_new = tags.ensure(name)
                ids.append(tag.id)
                if was_new:
                    self._new_tags.append((tag.id, tag.name))
            self._tag_ids = ids
        elif self._new_tags:
            for tag_id, name in self._new_tags:
                tags.create(name, tag_id=tag_id)
        self.services.annotations.update(
            self.before.id, note=self.note, tags=self._tag_ids, color=self.color
        )

    def revert(self) -> None:
        self.services.annotations.restore(self.before)
        for tag_id, _ in self._new_tags:
            self.services.tags.revert(_delete_only(tag_id))


class DeleteAnnotationCommand(ServiceCommand):
    def __init__(
        self, services: Services, annotation: Annotation, error_parent: QWidget | None = None
    ) -> None:
        super().__init__(services, _tr("Xóa ghi chú"), error_parent)
        self.annotation = annotation

    def apply(self) -> None:
        self.annotation = self.services.annotations.delete(self.annotation.id)

    def revert(self) -> None:
        self.services.annotations.restore(self.annotation)


class ReattachAnnotationCommand(ServiceCommand):
    def __init__(
        self,
        services: Services,
        annotation: Annotation,
        start: int,
        end: int,
        error_parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, _tr("Gắn lại ghi chú vào đoạn đã chọn"), error_parent)
        self.before, self.start, self.end = annotation, start, end

    def apply(self) -> None:
        self.services.annotations.reattach(self.before.id, self.start, self.end)

    def revert(self) -> None:
        self.services.annotations.restore(self.before)


class EditArticleTextCommand(ServiceCommand):
    def __init__(
        self,
        services: Services,
        article_id: str,
        new_text: str,
        error_parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, _tr("Sửa nội dung bài viết"), error_parent)
        self.article_id, self.new_text = article_id, new_text
        self.edit: TextEdit | None = None

    def apply(self) -> None:
        self.edit = self.services.text_edits.edit_article_text(self.article_id, self.new_text)

    def revert(self) -> None:
        assert self.edit is not None
        self.services.text_edits.undo_text_edit(self.edit)


class TagCommand(ServiceCommand):
    """Any TagService action returning a TagChange (rename, recolour, merge, delete)."""

    def __init__(
        self,
        services: Services,
        text: str,
        action: Callable[[], TagChange],
        error_parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, text, error_parent)
        self.action = action
        self.change: TagChange | None = None

    def apply(self) -> None:
        self.change = self.action()

    def revert(self) -> None:
        assert self.change is not None
        self.services.tags.revert(self.change)


class ColorMeaningCommand(ServiceCommand):
    def __init__(
        self, services: Services, color_key: str, meaning: str, error_parent: QWidget | None = None
    ) -> None:
        super().__init__(services, _tr("Đổi ý nghĩa màu"), error_parent)
        self.color_key, self.meaning = color_key, meaning
        self.previous = ""

    def apply(self) -> None:
        self.previous = self.services.tags.set_color_meaning(self.color_key, self.meaning)

    def revert(self) -> None:
        self.services.tags.set_color_meaning(self.color_key, self.previous)
