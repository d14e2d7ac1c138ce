"""A memo of one per-word function: texts have few distinct words and very many uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Value = TypeVar("Value")


class WordMemo(dict[str, Value], Generic[Value]):
    """`memo[word]` is `func(word)`, computed on first use; a plain dict look-up after that, so
    it may be read from C-level loops (`map(memo.__getitem__, words)`)."""

    def __init__(self, func: Callable[[str], Value], limit: int) -> None:
        super().__init__()
        self._func = func
        self._limit = limit  # numbers, names and foreign words could grow it without end

    def __missing__(self, word: str) -> Value:
        if len(self) > self._limit:
            self.clear()
        value = self._func(word)
        self[word] = value
        return value
