"""Background statistics of Vietnamese news: which syllable runs are whole phrases, and how common."""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.resources_path import resources_dir

BACKGROUND_FILE = "keyphrases/background_phrases.tsv.gz"
MAX_PHRASE_SYLLABLES = 6


@dataclass(frozen=True)
class BackgroundStats:
    """Built by scripts/build_background_stats.py from the news corpus; see that script for how a
    run of syllables qualifies as a whole phrase."""

    documents: int  # articles the frequencies were counted over
    document_frequency: dict[
        str, int
    ]  # phrase key (syllables.phrase_key) -> articles containing it
    # every proper prefix (2+ syllables) of a phrase: lets a scan stop early
    prefixes: frozenset[str]
    # the first two syllables of every phrase: the only places a scan starts
    two_syllable_starts: frozenset[str]

    @classmethod
    def read(cls, path: Path) -> BackgroundStats:
        documents = 0
        frequency: dict[str, int] = {}
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                phrase, _, count = line.rstrip("\n").partition("\t")
                if phrase.startswith("#"):
                    if phrase == "# documents":
                        documents = int(count)
                    continue
                frequency[phrase] = int(count)
        prefixes: set[str] = set()
        for phrase in frequency:
            cut = phrase.rfind(" ")
            while cut > 0:
                prefix = phrase[:cut]
                if " " not in prefix or prefix in prefixes:
                    break
                prefixes.add(prefix)
                cut = prefix.rfind(" ")
        starts = {" ".join(phrase.split(" ", 2)[:2]) for phrase in frequency}
        return cls(max(documents, 1), frequency, frozenset(prefixes), frozenset(starts))


_lock = threading.Lock()
_loaded: BackgroundStats | None = None


def is_loaded() -> bool:
    return _loaded is not None


def background_stats() -> BackgroundStats:
    """The shipped statistics, read on first use (a fraction of a second), then kept; thread-safe
    so the GUI may warm it up in a worker thread."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = BackgroundStats.read(resources_dir() / BACKGROUND_FILE)
        return _loaded
