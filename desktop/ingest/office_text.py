"""What every office-format reader shares: tables as lines, numbered notes, legacy-font runs, hints.

The text layout all readers emit (DESIGN.md, "Ingest"): one paragraph per line; a data table as
one line per row with cells joined by a tab; a layout table (the official header of issuing body
and national motto, the signature block) cell by cell, each cell's paragraphs on lines of their
own; a note reference as "[n]" in the text and the notes gathered at the end as "[n] text".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.ingest.legacy_encodings import convert_legacy_run, font_legacy_encoding

CELL_SEPARATOR = "\t"  # not " | ": page cleaning takes "a | b" lines for site menus
# Words that make a small table the document's header or signature block, not data.
_LAYOUT_WORDS = re.compile(
    r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN|Độc lập\s*[-–]\s*Tự do|Nơi nhận|"
    r"\bSố\s*:|\bTM\.|\bKT\.|\bTL\.|\bQ\.\s|ngày\s+\d{1,2}\s+tháng|Đã ký",
    re.IGNORECASE,
)


@dataclass
class OfficeText:
    """A reader's result: the text in the layout above, hints from the file's properties, and
    the legacy encodings that were converted ("tcvn3", "vni")."""

    text: str
    hints: dict[str, str] = field(default_factory=dict)
    legacy: set[str] = field(default_factory=set)

    @property
    def legacy_label(self) -> str:
        return "+".join(sorted(self.legacy))


class LegacyRuns:
    """Converts runs typed in TCVN3/VNI fonts, remembering which encodings it met."""

    def __init__(self) -> None:
        self.found: set[str] = set()
        self._cache: dict[str, tuple[str, bool]] = {}

    def encoding_of(self, font: str | None) -> tuple[str, bool]:
        if not font:
            return "", False
        cached = self._cache.get(font)
        if cached is None:
            cached = self._cache[font] = font_legacy_encoding(font)
        return cached

    def convert(self, text: str, font: str | None) -> str:
        encoding, upper = self.encoding_of(font)
        if not encoding or not text:
            return text
        self.found.add(encoding)
        return convert_legacy_run(text, encoding, upper)


class Notes:
    """Footnotes and endnotes numbered in reading order, printed after the text."""

    def __init__(self) -> None:
        self._texts: list[str] = []

    def add(self, text: str) -> int:
        self._texts.append(" ".join(text.split()))
        return len(self._texts)

    @staticmethod
    def marker(number: int) -> str:
        return f"[{number}]"

    def lines(self) -> list[str]:
        return [f"[{n}] {text}" for n, text in enumerate(self._texts, 1)]


def is_layout_table(rows: list[list[list[str]]], bordered: bool | None = None) -> bool:
    """A small table of at most three columns that holds an official header or a signature
    block lays out text; it holds no data."""
    if not rows:
        return False
    width = max(len(row) for row in rows)
    # Headers typed in 2003 often add spacer columns: "Số : 181/2003/QĐ-TTg" | "" | "____" | "TH.320".
    filled = max(sum(1 for cell in row if cell) for row in rows)
    if width > 5 or filled > 3 or len(rows) > 8:
        return False
    del bordered  # borderless data tables are common in generated files: words decide
    if width <= 3 and len(rows) <= 3 and any(not cell for row in rows for cell in row):
        return True  # a signature block: the name in one column, nothing beside it
    joined = "\n".join(line for row in rows for cell in row for line in cell)
    return bool(_LAYOUT_WORDS.search(joined))


def table_lines(rows: list[list[list[str]]], bordered: bool | None = None) -> list[str]:
    """Rows of cells (each cell a list of its paragraph lines) -> text lines."""
    rows = [[[line for line in cell if line.strip()] for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    if is_layout_table(rows, bordered):
        return [line for row in rows for cell in row for line in cell]
    out: list[str] = []
    for row in rows:
        cells = [" ".join(" ".join(cell).split()) for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        out.append(CELL_SEPARATOR.join(cells))
    return out


def join_document(lines: list[str], notes: Notes) -> str:
    """Body lines, then the notes after a blank line; runs of blank lines become one."""
    out: list[str] = []
    for line in lines:
        for part in line.split("\n"):
            if part.strip() or (out and out[-1].strip()):
                # Indents are layout; a row's leading empty cell (a tab inside) is not.
                out.append(part.strip() if "\t" not in part.strip() else part.strip(" "))
    while out and not out[-1].strip():
        out.pop()
    note_lines = notes.lines()
    if note_lines:
        out.append("")
        out.extend(note_lines)
    return "\n".join(out)


# --- document properties -> hints -------------------------------------------------------------
# What Word puts in "Author" on an office PC: the account, not the writer.
_ACCOUNT_NAMES = re.compile(
    r"^(user|users|admin|administrator|owner|windows user|microsoft|pc|hp|dell|lenovo|asus|acer|"
    r"computer|may\s?\d*|máy tính|your user name|default|guest|ai|unknown|test|\W*)$",
    re.IGNORECASE,
)
_TITLE_NOISE = re.compile(r"^(microsoft word\s*-\s*|untitled|document\d*|doc\d*|slide \d+|tài liệu\d*)", re.I)


def property_hints(title: str | None, author: str | None, created: str | None) -> dict[str, str]:
    """Hints from a file's own properties, leaving out the defaults Word and PDF makers fill in
    (an account name as author, "Microsoft Word - x.doc" or the issuing body alone as title)."""
    hints: dict[str, str] = {}
    title = " ".join((title or "").split())
    if title.lower().startswith("microsoft word - "):
        title = title[len("microsoft word - ") :]
        title = re.sub(r"\.(docx?|rtf|odt)$", "", title, flags=re.I)
    words = title.split()
    meaningful = (
        len(words) >= 3
        and not _TITLE_NOISE.match(title)
        and not (title.isupper() and len(words) <= 4)  # "QUỐC HỘI", "CHÍNH PHỦ": the issuer
        and "\ufffd" not in title
        and not re.search(r"\.(docx?|pdf|rtf|odt)$", title, re.I)
    )
    if meaningful:
        hints["title"] = title
    author = " ".join((author or "").split())
    if author and not _ACCOUNT_NAMES.match(author) and len(author) <= 80:
        hints["author"] = author
    created = (created or "").strip()
    if re.match(r"^(19[89]\d|20\d\d)-\d\d-\d\d", created):  # Word writes 1601-01-01 for "never"
        hints["published"] = created
    return hints
