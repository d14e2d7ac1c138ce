"""Glossary terms: the shipped civil-service glossary, and the text format users import and export."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop.resources_path import resources_dir
from desktop.text.normalize import collapse_spaces, nfc
from desktop.text.syllables import syllable_key

SHIPPED_GLOSSARY_FILE = "glossary/glossary_vi.txt"
DEFAULT_USER_GROUP = "Thuật ngữ của tôi"
MAX_TERM_LENGTH = 200  # a glossary term is a phrase, not a paragraph


@dataclass(frozen=True)
class GlossaryTerm:
    text: str  # NFC, single spaces, as the user or the shipped list wrote it
    group: str  # theme, e.g. "Đạo đức công vụ"
    user: bool = False  # True for the user's own terms (editable), False for shipped ones


def term_key(text: str) -> str:
    """One key per term whatever its case, spacing or tone placement: for duplicates."""
    return " ".join(syllable_key(word) for word in collapse_spaces(nfc(text)).split(" "))


def clean_term(text: str) -> str:
    """The stored form of a term typed by a user: NFC, trimmed, single spaces."""
    return collapse_spaces(nfc(text)).strip(" \t,;.")


def parse_glossary(
    text: str, *, default_group: str = DEFAULT_USER_GROUP, user: bool = True
) -> list[GlossaryTerm]:
    """Terms from the glossary text format: "## Nhóm" opens a group, "#" starts a comment,
    every other non-empty line is one term. Duplicates (same `term_key`) keep their first group."""
    group = default_group
    seen: set[str] = set()
    terms: list[GlossaryTerm] = []
    for raw_line in nfc(text.lstrip("\ufeff")).splitlines():
        line = raw_line.strip()
        if line.startswith("##"):
            group = collapse_spaces(line.lstrip("#")) or default_group
            continue
        if not line or line.startswith("#"):
            continue
        term = clean_term(line)
        key = term_key(term)
        if not term or len(term) > MAX_TERM_LENGTH or key in seen:
            continue
        seen.add(key)
        terms.append(GlossaryTerm(term, group, user))
    return terms


def format_glossary(terms: list[GlossaryTerm], *, header: str = "") -> str:
    """The text format `parse_glossary` reads back: groups in first-seen order, one term a line."""
    by_group: dict[str, list[str]] = {}
    for term in terms:
        by_group.setdefault(term.group, []).append(term.text)
    lines = [f"# {line}" for line in header.splitlines()] if header else []
    for group, texts in by_group.items():
        if lines:
            lines.append("")
        lines.append(f"## {group}")
        lines.extend(texts)
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def load_shipped_glossary() -> tuple[GlossaryTerm, ...]:
    """The glossary shipped in resources/glossary/, read once on first use."""
    text = (resources_dir() / SHIPPED_GLOSSARY_FILE).read_text(encoding="utf-8")
    return tuple(parse_glossary(text, default_group="Chung", user=False))
