"""Plain text hard-wrapped at a fixed width (e-mail, "save as text with line breaks") -> paragraphs.

A line broken by the wrapping is one the next word would not have fitted on: its length plus
a space plus the next line's first word exceeds the width. A line that had room for that word
ended where its author ended it (a paragraph, a heading, a list item) and stays a line.
"""

from __future__ import annotations

import re

_MIN_LINES = 6
_MAX_WIDTH = 120  # longer lines: the text was not wrapped at a fixed width
_SLACK = 2  # wrappers differ by a character or two (trailing space, hyphen)
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*+]|\d{1,3}[.)]|[a-zđ][.)]|[ivx]+[.)])\s", re.I)


def _width(lengths: list[int]) -> int:
    ordered = sorted(lengths)
    return ordered[max(0, int(len(ordered) * 0.98) - 1)]


def _breaks(lines: list[str], width: int) -> list[bool]:
    """For each line, whether it continues on the next line (the wrapper broke it)."""
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line.strip() or not nxt.strip() or _LIST_ITEM.match(nxt):
            out.append(False)
            continue
        first_word = nxt.split()[0]
        out.append(len(line.rstrip()) + 1 + len(first_word) > width - _SLACK)
    return out


def is_hard_wrapped(text: str) -> bool:
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < _MIN_LINES or max(lengths) > _MAX_WIDTH:
        return False
    width = _width(lengths)
    if width < 40:
        return False
    broken = _breaks(lines, width)
    # Most lines near the width, and they continue: the mark of a fixed-width wrap.
    near = sum(1 for n in lengths if n >= width - 20)
    return sum(broken) >= max(3, len(lengths) // 4) and near >= len(lengths) // 2


def rejoin_hard_wrapped(text: str) -> str:
    """Paragraphs of a hard-wrapped text back on one line each; other texts unchanged."""
    if "\n" not in text or not is_hard_wrapped(text):
        return text
    lines = text.split("\n")
    width = _width([len(line.rstrip()) for line in lines if line.strip()])
    broken = _breaks(lines, width)
    out: list[str] = []
    joining = False
    for line, continues in zip(lines, broken, strict=True):
        piece = line.strip() if joining else line.rstrip()
        if joining:
            # A word hyphenated across the break ("thông-" / "tin") is one word again.
            out[-1] = out[-1][:-1] + piece if out[-1].endswith("-") and piece[:1].islower() else out[-1] + " " + piece
        else:
            out.append(piece)
        joining = continues
    return "\n".join(out)
