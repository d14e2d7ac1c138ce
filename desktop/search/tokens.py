"""Words as search sees them: runs of letters and digits, folded and spelling-keyed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from desktop.text.normalize import fold
from desktop.text.spelling import spelling_key
from desktop.text.word_memo import WordMemo

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


_SPLIT = _SplitTable()
_FOLDED = WordMemo(fold, 2_000_000)
_KEYED = WordMemo(spelling_key, 2_000_000)


def words(text: str) -> list[str]:
    """The words of a text, lower-cased."""
    return text.translate(_SPLIT).split()


def folded_words(text: str) -> list[str]:
    return [_FOLDED[w] for w in words(text)]


# Indexing works on white-space chunks ("Đạo-đức,"), not words: str.split() runs in C, no
# white space is a word character, so a chunk's words are its own words and the text's
# words are its chunks' words in order. A corpus repeats few distinct chunks (about 235,000
# in 20 million), so each chunk's forms are computed once and then only looked up.
_CHUNK_LIMIT = 2_000_000  # numbers and foreign words could grow the memo without end


class _Filled(dict[str, str]):
    def __init__(self, fill: Callable[[str], None]) -> None:
        super().__init__()
        self._fill = fill

    def __missing__(self, chunk: str) -> str:
        self._fill(chunk)
        return self[chunk]


class _ChunkMemo:
    """Chunk -> its folded words, and -> its spelling keys, both filled on one miss. When
    `recorded` is a list, each miss also adds the chunk's (folded word, key) pairs to it:
    in a fresh process that is the vocabulary of everything split since, at no cost per use."""

    def __init__(self) -> None:
        self.folded = _Filled(self._fill)
        self.keyed = _Filled(self._fill)
        self.recorded: list[tuple[str, str]] | None = None

    def _fill(self, chunk: str) -> None:
        if len(self.folded) > _CHUNK_LIMIT:
            self.folded.clear()
            self.keyed.clear()
        ws = words(chunk)
        folded = list(map(_FOLDED.__getitem__, ws))
        keyed = list(map(_KEYED.__getitem__, ws))
        self.folded[chunk] = " ".join(folded)
        self.keyed[chunk] = " ".join(keyed)
        if self.recorded is not None:
            self.recorded.extend(zip(folded, keyed, strict=True))


_CHUNKS = _ChunkMemo()


def index_forms(text: str, seen: set[str] | None = None) -> tuple[str, str]:
    """Two space-separated word streams with the same words in the same order:
    folded words (for words typed without marks) and spelling keys (for words with marks).
    `seen` collects the distinct chunks, for the vocabulary. A chunk without words leaves
    an extra space, which no tokenizer minds."""
    chunks = text.split()
    if seen is not None:
        seen.update(chunks)
    return " ".join(map(_CHUNKS.folded.__getitem__, chunks)), " ".join(
        map(_CHUNKS.keyed.__getitem__, chunks)
    )


def vocabulary(seen: Iterable[str]) -> set[tuple[str, str]]:
    """(folded word, spelling key) of each word of the chunks `index_forms` saw."""
    return {(_FOLDED[w], _KEYED[w]) for chunk in seen for w in words(chunk)}


def start_recording() -> None:
    """From now on, every chunk not split before adds its words to `recorded_vocabulary`.
    Forgets the chunks split so far, so that the record covers everything split from now."""
    _CHUNKS.folded.clear()
    _CHUNKS.keyed.clear()
    _CHUNKS.recorded = []


def recorded_vocabulary() -> set[tuple[str, str]]:
    """The pairs recorded since the last call (see `start_recording`)."""
    if _CHUNKS.recorded is None:
        raise RuntimeError("start_recording() was not called")
    out = set(_CHUNKS.recorded)
    _CHUNKS.recorded.clear()
    return out


def word_spans(text: str) -> list[tuple[int, int]]:
    """Code-point (start, end) of every word."""
    return [m.span() for m in WORD_RE.finditer(text)]


def token_key(word: str) -> str:
    """spelling_key, memoised: the matcher asks for the same few words again and again."""
    return _KEYED[word]
