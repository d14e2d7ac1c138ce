"""Undoable glossary changes: add a term, remove (or hide) a term, move a term to another group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.gui.annotations.annotation_commands import ServiceCommand
from desktop.text.keyphrases.glossary import GlossaryTerm

if TYPE_CHECKING:
    from desktop.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyphrases", text)


class AddTermCommand(ServiceCommand):
    def __init__(
        self, services: Services, text: str, group: str = "", error_parent: QWidget | None = None
    ) -> None:
        super().__init__(
            services, _tr("Thêm thuật ngữ “%1”").replace("%1", text.strip()), error_parent
        )
        self.term_text, self.group = text, group
        self.term: GlossaryTerm | None = None

    def apply(self) -> None:
        self.term = self.services.keyphrases.add_term(self.term_text, self.group)

    def revert(self) -> None:
        assert self.term is not None
        self.services.keyphrases.remove_term(self.term.text)


class RemoveTermCommand(ServiceCommand):
    """A user term is deleted and a shipped one hidden; undo brings either back in its group."""

    def __init__(self, services: Services, text: str, error_parent: QWidget | None = None) -> None:
        super().__init__(services, _tr("Xóa thuật ngữ “%1”").replace("%1", text), error_parent)
        self.term_text = text
        self.term: GlossaryTerm | None = None

    def apply(self) -> None:
        self.term = self.services.keyphrases.remove_term(self.term_text)

    def revert(self) -> None:
        assert self.term is not None
        self.services.keyphrases.add_term(self.term.text, self.term.group if self.term.user else "")


class SetTermGroupCommand(ServiceCommand):
    def __init__(
        self, services: Services, text: str, group: str, error_parent: QWidget | None = None
    ) -> None:
        super().__init__(
            services, _tr("Chuyển “%1” sang nhóm khác").replace("%1", text), error_parent
        )
        self.term_text, self.group = text, group
        self.old_group = ""

    def apply(self) -> None:
        before = next(
            (t for t in self.services.keyphrases.user_terms() if t.text == self.term_text), None
        )
        self.old_group = before.group if before is not None else ""
        self.services.keyphrases.set_term_group(self.term_text, self.group)

    def revert(self) -> None:
        self.services.keyphrases.set_term_group(self.term_text, self.old_group)
