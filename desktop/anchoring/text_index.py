"""The words of a folded text and where each stands, built once and shared by all its annotations."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from desktop.anchoring import rf
from desktop.anchoring.edit_distance import search_scores
from desktop.anchoring.similarity import WORD  # the syllables a quote is compared by

TYPO_MIN_LETTERS = 4  # as similarity.same_word: shorter words one letter apart are other words


class TextIndex:
    """Tokens of a folded text (its syllables, with their character spans) and, for each
    distinct word, the token numbers where it stands."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.tokens: list[str] = WORD.findall(folded)
        self.starts: list[int] = [match.start() for match in WORD.finditer(folded)]
        self.ends: list[int] = [start + len(word) for start, word in zip(self.starts, self.tokens, strict=True)]
        positions: dict[str, list[int]] = {}
        for i, word in enumerate(self.tokens):
            found = positions.get(word)
            if found is None:
                positions[word] = [i]
            else:
                found.append(i)
        self.positions = positions
        self._standing: dict[tuple[str, bool], list[int]] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    @cached_property
    def _long_words(self) -> list[str]:
        return [word for word in self.positions if len(word) >= TYPO_MIN_LETTERS]

    def spellings(self, word: str) -> list[str]:
        """Words of the text that similarity.same_word counts as `word`: itself, and for four
        letters or more, those one letter apart (a typo fixed). One pass of C (rapidfuzz)
        over the text's distinct words (a few hundred in an article)."""
        if len(word) < TYPO_MIN_LETTERS:
            return [word] if word in self.positions else []
        close = rf.process.extract(word, self._long_words, scorer=rf.Levenshtein.distance, score_cutoff=1, limit=None)
        return [other for other, _, _ in close]

    def containing(self, piece: str) -> list[str]:
        """Words of the text holding `piece`, or from four letters on, a typo of it (a quote cut
        inside a word begins or ends with a part of one)."""
        if len(piece) < TYPO_MIN_LETTERS:
            return [word for word in self.positions if piece in word]
        return [word for word in self.positions if piece in word or min(search_scores(piece, word)) <= 1]

    def standing_for(self, word: str, *, cut: bool = False) -> list[int]:
        """Sorted token numbers of the words standing for `word` in a quote: its spellings, and
        when the quote was `cut` inside that word, the longer words holding it. Kept for the
        next annotation (the same words come back in a batch)."""
        key = (word, cut)
        found = self._standing.get(key)
        if found is None:
            spellings = set(self.spellings(word))
            if cut:
                spellings.update(self.containing(word))
            if len(spellings) == 1:
                found = self.positions[next(iter(spellings))]
            else:
                found = sorted(t for spelling in spellings for t in self.positions[spelling])
            self._standing[key] = found
        return found

    def token_at_or_after(self, offset: int) -> int:
        """The first token ending after `offset` (len(self) when none)."""
        return bisect_right(self.ends, offset)
