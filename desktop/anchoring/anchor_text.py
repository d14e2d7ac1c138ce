"""A text prepared once for re-anchoring many annotations (its folded form and word index)."""

from __future__ import annotations

from functools import cached_property

from desktop.anchoring.text_index import TextIndex
from desktop.text.normalize import fold, nfc


class AnchorText:
    """The NFC text annotations are anchored to, with its length-preserving folded form and
    the index of its words, each computed once for all the annotations anchored to it."""

    def __init__(self, text: str) -> None:
        # Callers pass stored (NFC) text; normalising again is cheap insurance, and it is a
        # no-op on NFC input so offsets stay those of the stored text.
        self.text = nfc(text)

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def index(self) -> TextIndex:
        return TextIndex(self.folded)

    def prepare(self) -> AnchorText:
        """Compute now what a search will need (the word index)."""
        _ = self.index
        return self

    def __len__(self) -> int:
        return len(self.text)
