"""Words as search sees them: runs of letters and digits, folded and spelling-keyed."""

from __future__ import annotations

import re

from desktop.text.normalize import fold
from desktop.text.spelling import spelling_key

# A word is a run of letters and digits (str.isalnum); everything else separates words.
# The regex and the translate table below define the same words: the index uses the
# fast table, offsets in texts use the regex.
WORD_RE = re.compile(r"[^\W_]+")


class _SplitTable(dict[int, str]):
    """str.translate table: word characters lower-cased (one char each), others to a space."""

    def __missing__(self, codepoint: int) -> str:
        ch = chr(codepoint)
        if not ch.isalnum():
            out = " "
        else:
            low = ch.lower()
            out = low if len(low) == 1 else ch
        self[codepoint] = out
        return out


class _TokenForms(dict[str, str]):
    """Memo of one per-word function: a corpus has few distinct words and very many uses."""

    def __init__(self, func: object) -> None:
        super().__init__()
        self._func = func

    def __missing__(self, word: str) -> str:
        if len(self) > 2_000_000:  # numbers and foreign words could grow it without end
            self.clear()
        value = self._func(word)  # type: ignore[operator]
        self[word] = value
        return value


_SPLIT = _SplitTable()
_FOLDED = _TokenForms(fold)
_KEYED = _TokenForms(spelling_key)


def words(text: str) -> list[str]:
    """The words of a text, lower-cased."""
    return text.translate(_SPLIT).split()


def folded_words(text: str) -> list[str]:
    return [_FOLDED[w] for w in words(text)]


def index_forms(text: str, seen: set[str] | None = None) -> tuple[str, str]:
    """Two space-separated word streams with the same words in the same order:
    folded words (for words typed without marks) and spelling keys (for words with marks).
    `seen` collects the distinct words, for the vocabulary."""
    ws = words(text)
    if seen is not None:
        seen.update(ws)
    return " ".join(map(_FOLDED.__getitem__, ws)), " ".join(map(_KEYED.__getitem__, ws))


def vocabulary(distinct_words: set[str]) -> set[tuple[str, str]]:
    """(folded word, spelling key) of each distinct word."""
    return {(_FOLDED[w], _KEYED[w]) for w in distinct_words}


def word_spans(text: str) -> list[tuple[int, int]]:
    """Code-point (start, end) of every word."""
    return [m.span() for m in WORD_RE.finditer(text)]


def token_key(word: str) -> str:
    """spelling_key, memoised: the matcher asks for the same few words again and again."""
    return _KEYED[word]
