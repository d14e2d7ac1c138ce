"""Undoable import-side edits: article metadata, restoring and hiding lines of the original."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.article import ArticleMeta
from desktop.gui.annotations.annotation_commands import ServiceCommand

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.annotation_placement import TextEdit

EDITABLE_FIELDS = ("title", "source", "author", "published", "doc_refs")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


class EditArticleMetaCommand(ServiceCommand):
    def __init__(self, services: Services, before: ArticleMeta, changes: dict[str, object], parent: QWidget | None) -> None:
        super().__init__(services, _tr("Sửa thuộc tính bài viết"), parent)
        self.article_id = before.id
        self.before = {name: getattr(before, name) for name in changes}
        self.after = dict(changes)

    def apply(self) -> None:
        self.services.library.update_meta(self.article_id, **self.after)

    def revert(self) -> None:
        self.services.library.update_meta(self.article_id, **self.before)


class RestoreLineCommand(ServiceCommand):
    """Put a removed line back into the reading text; undo puts text and annotations back exactly."""

    def __init__(self, services: Services, article_id: str, line_no: int, parent: QWidget | None) -> None:
        super().__init__(services, _tr("Khôi phục dòng đã loại"), parent)
        self.article_id, self.line_no = article_id, line_no
        self.edit: TextEdit | None = None

    def apply(self) -> None:
        self.edit = self.services.library.restore_line(self.article_id, self.line_no)

    def revert(self) -> None:
        if self.edit is not None:
            self._undo_edit(self.edit)

    def _undo_edit(self, edit: TextEdit) -> None:
        self.services.text_edits.undo_text_edit(edit)


class HideLineCommand(RestoreLineCommand):
    def __init__(self, services: Services, article_id: str, line_no: int, parent: QWidget | None) -> None:
        super().__init__(services, article_id, line_no, parent)
        self.setText(_tr("Ẩn dòng khỏi bài"))

    def apply(self) -> None:
        self.edit = self.services.library.hide_line(self.article_id, self.line_no)
