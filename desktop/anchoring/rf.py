"""rapidfuzz's distance modules and `process`, imported on first use: start-up stays light, and
a call in a loop costs an attribute lookup, not an import statement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rapidfuzz import process
    from rapidfuzz.distance import Indel, LCSseq, Levenshtein

__all__ = ["Indel", "LCSseq", "Levenshtein", "process"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        import rapidfuzz.distance
        import rapidfuzz.process

        value = rapidfuzz.process if name == "process" else getattr(rapidfuzz.distance, name)
        globals()[name] = value  # found directly from now on
        return value
    raise AttributeError(name)
