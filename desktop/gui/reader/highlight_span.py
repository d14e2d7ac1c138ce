"""One highlighted range of the reader's text, in code points of the clean text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HighlightSpan:
    start: int
    end: int
    background: str = ""  # "#rrggbb" or "#aarrggbb"; "" for none
    underline: str = ""  # colour of a wavy/solid underline; "" for none
    bold: bool = False
    tooltip: str = ""
    foreground: str = ""
