"""The Vietnamese stopwords a salient phrase may neither start nor end with."""

from __future__ import annotations

from functools import lru_cache

from desktop.resources_path import resources_dir
from desktop.text.syllables import phrase_key

STOPWORDS_FILE = "keyphrases/stopwords_vi.txt"
STOP_ENDINGS_FILE = "keyphrases/stop_endings_vi.txt"


@lru_cache(maxsize=1)
def load_stopwords() -> frozenset[str]:
    """Phrase keys (see `syllables.phrase_key`) of the shipped stopwords, one or more syllables each:
    a salient phrase neither starts nor ends with one."""
    return _read_keys(STOPWORDS_FILE)


@lru_cache(maxsize=1)
def load_stop_endings() -> frozenset[str]:
    """Syllable keys a salient phrase may start with but never end with ("sự", "tp")."""
    return _read_keys(STOP_ENDINGS_FILE)


def _read_keys(name: str) -> frozenset[str]:
    text = (resources_dir() / name).read_text(encoding="utf-8")
    keys = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keys.add(phrase_key(line.split()))
    return frozenset(keys)
