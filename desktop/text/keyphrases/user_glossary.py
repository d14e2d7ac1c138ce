"""The user's side of the glossary: own terms with groups, and shipped terms they chose to hide."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.message import Message
from desktop.text.keyphrases.glossary import (
    DEFAULT_USER_GROUP,
    MAX_TERM_LENGTH,
    GlossaryTerm,
    clean_term,
    load_shipped_glossary,
    term_key,
)
from desktop.text.normalize import collapse_spaces, nfc


@dataclass(frozen=True)
class UserGlossary:
    """Immutable: every change returns a new value, so an undo is keeping the old one."""

    terms: tuple[GlossaryTerm, ...] = ()
    hidden: frozenset[str] = field(default_factory=frozenset)  # term_key of hidden shipped terms

    # --- persistence (plain JSON values for LibraryStore.put_setting) --------------------------
    @classmethod
    def from_settings(cls, terms: Any, hidden: Any) -> UserGlossary:
        parsed = []
        for item in terms or []:
            if isinstance(item, dict) and str(item.get("text", "")).strip():
                parsed.append(
                    GlossaryTerm(
                        str(item["text"]), str(item.get("group") or DEFAULT_USER_GROUP), True
                    )
                )
        return cls(tuple(parsed), frozenset(str(k) for k in hidden or []))

    def terms_setting(self) -> list[dict[str, str]]:
        return [{"text": t.text, "group": t.group} for t in self.terms]

    def hidden_setting(self) -> list[str]:
        return sorted(self.hidden)

    # --- queries ----------------------------------------------------------------------------
    def effective_terms(self) -> list[GlossaryTerm]:
        """User terms first (they win a tie), then the shipped terms the user has not hidden."""
        own = {term_key(t.text) for t in self.terms}
        shipped = [
            t
            for t in load_shipped_glossary()
            if term_key(t.text) not in self.hidden and term_key(t.text) not in own
        ]
        return [*self.terms, *shipped]

    def find_user_term(self, text: str) -> GlossaryTerm | None:
        key = term_key(text)
        return next((t for t in self.terms if term_key(t.text) == key), None)

    # --- changes ----------------------------------------------------------------------------
    def with_term(self, text: str, group: str = "") -> tuple[UserGlossary, GlossaryTerm]:
        term_text = clean_term(text)
        if not term_text:
            raise UserError(Message("Thuật ngữ trống: hãy gõ ít nhất một từ.", code="empty_term"))
        if len(term_text) > MAX_TERM_LENGTH:
            raise UserError(Message("Thuật ngữ quá dài (tối đa {limit} ký tự).", code="term_too_long", limit=MAX_TERM_LENGTH))
        if not any(ch.isalnum() for ch in term_text):
            raise UserError(Message("Thuật ngữ phải có ít nhất một chữ cái hoặc chữ số.", code="term_without_letters"))
        key = term_key(term_text)
        if self.find_user_term(term_text) is not None:
            raise UserError(Message("“{term}” đã có trong bảng thuật ngữ của bạn.", code="term_exists", term=term_text))
        shipped = next((t for t in load_shipped_glossary() if term_key(t.text) == key), None)
        if shipped is not None and key not in self.hidden:
            raise UserError(
                Message(
                    "“{term}” đã có sẵn trong bảng thuật ngữ (nhóm “{group}”).",
                    code="term_shipped",
                    term=term_text,
                    group=shipped.group,
                )
            )
        if shipped is not None and not group:  # adding a hidden shipped term back un-hides it
            return replace(self, hidden=self.hidden - {key}), shipped
        term = GlossaryTerm(term_text, _clean_group(group), True)
        return replace(self, terms=(*self.terms, term), hidden=self.hidden - {key}), term

    def without_term(self, text: str) -> tuple[UserGlossary, GlossaryTerm]:
        """Remove a user term, or hide a shipped one (it can be added back)."""
        own = self.find_user_term(text)
        if own is not None:
            return replace(self, terms=tuple(t for t in self.terms if t is not own)), own
        key = term_key(text)
        shipped = next((t for t in load_shipped_glossary() if term_key(t.text) == key), None)
        if shipped is None or key in self.hidden:
            raise NotFoundError(
                Message("Không có thuật ngữ “{term}” trong bảng thuật ngữ.", code="term_not_found", term=collapse_spaces(nfc(text)))
            )
        return replace(self, hidden=self.hidden | {key}), shipped

    def with_group(self, text: str, group: str) -> tuple[UserGlossary, GlossaryTerm]:
        own = self.find_user_term(text)
        if own is None:
            raise UserError(
                Message("Chỉ đổi được nhóm của thuật ngữ do bạn thêm; thuật ngữ có sẵn giữ nhóm của nó.", code="term_group_fixed")
            )
        moved = GlossaryTerm(own.text, _clean_group(group), True)
        return replace(self, terms=tuple(moved if t is own else t for t in self.terms)), moved

    def with_imported(self, terms: list[GlossaryTerm]) -> tuple[UserGlossary, int, int]:
        """Add every new term of an imported file: (new glossary, added, skipped as already present)."""
        glossary, added, skipped = self, 0, 0
        for term in terms:
            try:
                glossary, _ = glossary.with_term(term.text, term.group)
                added += 1
            except UserError:
                skipped += 1
        return glossary, added, skipped


def _clean_group(group: str) -> str:
    return collapse_spaces(nfc(group)).strip() or DEFAULT_USER_GROUP
