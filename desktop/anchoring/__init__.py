"""W3C TextQuote + TextPosition selectors and re-anchoring them in a changed text."""

from __future__ import annotations

from desktop.anchoring.anchor_text import AnchorText
from desktop.anchoring.reanchor import AnchorResult, reanchor
from desktop.anchoring.selectors import CONTEXT_CHARS, build_selectors, trim_range

__all__ = [
    "CONTEXT_CHARS",
    "AnchorResult",
    "AnchorText",
    "build_selectors",
    "reanchor",
    "trim_range",
]
