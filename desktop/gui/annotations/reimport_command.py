"""Undoable "replace the article by a corrected version of its file": annotations follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.article import ArticleText
from desktop.gui.annotations.annotation_commands import ServiceCommand
from desktop.services import Services
from desktop.services.annotation_placement import TextEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


class ReimportArticleCommand(ServiceCommand):
    """The first apply reads the file; redo puts back exactly what it read (the file may have
    changed or gone since)."""

    def __init__(
        self,
        services: Services,
        article_id: str,
        path: Path,
        error_parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            services,
            _tr("Thay bằng bản sửa “%1”").replace("%1", path.name),
            error_parent,
        )
        self.article_id, self.path = article_id, path
        self.edit: TextEdit | None = None
        self._after: ArticleText | None = None

    def apply(self) -> None:
        if self._after is None:
            self.edit = self.services.library.reimport(self.article_id, self.path)
            self._after = self.services.library.get_article(self.article_id).text
            return
        self.edit = self.services.text_edits.edit_article_text(
            self.article_id,
            self._after.clean_text,
            raw_text=self._after.raw_text,
            removed_lines=self._after.removed_lines,
        )

    def revert(self) -> None:
        assert self.edit is not None
        self.services.text_edits.undo_text_edit(self.edit)
