"""Background statistics of Vietnamese news: which syllable runs are whole phrases, and how common."""

from __future__ import annotations

import gc
import gzip
import math
import threading
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from desktop.resources_path import resources_dir
from desktop.text.keyphrases.phrase_shape import (
    CLEAN_END,
    LIGHT_NOUNS,
    LOWER_CASE,
    MIN_NOMINAL,
    NOMINAL,
    ONE_WORD,
    VERB_LED,
    Shape,
    is_noun_phrase,
)
from desktop.text.keyphrases.stopwords import load_stop_endings, load_stopwords
from desktop.text.syllables import syllable_key
from desktop.text.word_memo import WordMemo

BACKGROUND_FILE = "keyphrases/background_phrases.tsv.gz"
MAX_PHRASE_SYLLABLES = 6
# A longer phrase names a concept more precisely than its parts ("tinh thần trách nhiệm" over
# "trách nhiệm"): its score grows by this share per syllable beyond two. Kept small: a large
# bonus made rare long phrases said once ("phát huy hơn nữa vai trò") outrank core terms.
LENGTH_BONUS = 0.1
# Specificity is ln(N / df) up to this cap, divided by it: rarity beyond one article in about
# e^IDF_CAP (df <= ~90 of 35,440) says no more, so repetition in the article decides.
IDF_CAP = 6.0
# Adaptation (the share of the news having a phrase that have it twice or more) is smoothed
# toward a typical share, as if ADAPTATION_PRIOR_WEIGHT more articles had shown it: a phrase in 20
# articles says little by itself. At SUBJECT_ADAPTATION or more a phrase is a subject.
ADAPTATION_PRIOR = 0.25
ADAPTATION_PRIOR_WEIGHT = 10.0
SUBJECT_ADAPTATION = 0.3
TOPICALITY_FLOOR = 0.3
# A syllable is spelled as DIGITS characters, its id in base 128: a first character from one
# range (carrying the joined flag), the others from a second range, so a phrase can only match
# from the first character of a syllable; a small base keeps every trie node's fan-out small,
# which is what makes pyahocorasick fast (one character per syllable made it ten times slower).
_FIRST_BASE, _NEXT_BASE, _BASE = 0x100, 0x1000, 128


@dataclass(frozen=True)
class BackgroundStats:
    """Built by scripts/build_background_stats.py from the news corpus; see that script for how a
    run of syllables qualifies as a whole phrase."""

    documents: int  # articles the frequencies were counted over
    document_frequency: dict[
        str, int
    ]  # phrase key (syllables.phrase_key) -> articles containing it
    # Every phrase of 2 to MAX_PHRASE_SYLLABLES syllables, spelled `digits` characters per
    # syllable (see `syllable_string`) -> (key, syllables, document frequency): one C-level pass over an
    # article finds every occurrence, and a match's end is the index of its last syllable.
    phrase_finder: ahocorasick.Automaton
    # syllable key of a phrase syllable -> how it is spelled (after a break, after a space)
    spellings: dict[str, tuple[str, str]]
    digits: int  # characters per syllable (see _spell)
    # phrase key -> its specificity (capped idf, 0..1) times its length bonus: the score's
    # constant part, computed once (see salient.salient_phrases)
    weights: dict[str, float]
    # each word as written -> its spellings; filled as words are met (articles share words)
    word_spellings: WordMemo[tuple[str, str]]
    # phrase key -> how pyvi tagged its occurrences in the corpus, in whole percent (see
    # scripts/background_tagging.py): (noun-led, verb-led, used as a noun, clean end, phrase end,
    # adjective-led, one word, lower case), stored in tenths; absent when the statistics were
    # built without tags
    shapes: dict[str, Shape]
    # words of two to four syllables pyvi's lexicon knows that are no phrase here ("nội vụ"):
    # they let a name carry on past its capital
    words: frozenset[str]

    # the phrases that may be salient: whole noun phrases with no stopword in them
    # (phrase_shape.is_noun_phrase), decided once on reading
    noun_phrases: frozenset[str]
    # phrase key -> in how many news articles it occurs twice or more (absent: not counted)
    repeats: dict[str, int]

    def topicality(self, key: str, count: int) -> float:
        """How much a phrase said `count` times here looks like the article's subject, by how
        the news uses it (1: it names a subject; down to TOPICALITY_FLOOR: filler). A subject
        is taken up again once named: "cử tri" comes back in half the news having it, "kết quả
        bước đầu", "thước đo", "sức lan tỏa" are said once and left (Church's adaptation,
        P(twice | once)). Said several times here, a phrase shows it is this article's subject
        whatever the news does, so the penalty fades with the count."""
        repeated = self.repeats.get(key)
        if repeated is None:
            return 1.0
        df = self.document_frequency[key]
        adaptation = (repeated + ADAPTATION_PRIOR_WEIGHT * ADAPTATION_PRIOR) / (
            df + ADAPTATION_PRIOR_WEIGHT
        )
        share = min(1.0, adaptation / SUBJECT_ADAPTATION)
        return max(TOPICALITY_FLOOR, share ** (1 / max(count, 1)))

    def ends_whole(self, key: str) -> bool:
        """Whether a known phrase mostly ends where pyvi's word ends: "Hà Nội" does, "Lê Thị"
        (the start of many a name) does not."""
        shape = self.shapes.get(key)
        return key in self.document_frequency and (shape is None or shape[CLEAN_END] >= 60)

    def knows(self, key: str) -> bool:
        """Whether a run of syllables is a phrase or a word of the news."""
        return key in self.document_frequency or key in self.words

    def is_word(self, key: str) -> bool:
        """Whether a run of syllables is a word of the news: pyvi's lexicon writes it as one
        word ("nội vụ", "thịnh vượng") or the news writes it in lower case ("bóng đèn"), where a
        name and the verb after it ("Zidane muốn", a pair the news often writes) are neither."""
        if key in self.words:
            return True
        shape = self.shapes.get(key)
        return shape is not None and (shape[ONE_WORD] >= 50 or shape[LOWER_CASE] >= 50)

    def in_lower_case(self, key: str) -> bool:
        """Whether the news writes a phrase in lower case most of the time ("kình địch", "bóng
        đèn"): written with a capital at a sentence's start, it is no part of the name after it."""
        shape = self.shapes.get(key)
        return shape is not None and shape[LOWER_CASE] >= 50

    def syllable_string(self, words: list[str], joined: list[bool]) -> str:
        """`digits` characters per syllable: its id, and whether it follows the previous
        syllable across plain spaces (a phrase's inner syllables must). Unknown syllables and
        numbers share id 0, which no phrase has. Syllable i ends at character
        (i + 1) * digits - 1."""
        spelling = self.word_spellings
        return "".join([spelling[w][j] for w, j in zip(words, joined, strict=True)])

    @classmethod
    def read(cls, path: Path) -> BackgroundStats:
        # Hundreds of thousands of small objects that all live on: collecting while building
        # them only rescans them, and took more time than the building itself.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return cls._read(path)
        finally:
            if was_enabled:
                gc.enable()

    @classmethod
    def _read(cls, path: Path) -> BackgroundStats:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        header = {k: v for k, _tab, v in (n.partition("\t") for n in lines if n.startswith("#"))}
        documents = max(int(header.get("# documents", 1)), 1)
        has_repeats = "repeats" in header.get("# columns", "")
        frequency: dict[str, int] = {}
        repeats: dict[str, int] = {}
        shapes: dict[str, Shape] = {}
        words: set[str] = set()
        for line in lines:
            if line and not line.startswith("#"):
                phrase, df_text, *rest = line.split("\t")
                if df_text == "0":
                    words.add(phrase)
                    continue
                frequency[phrase] = int(df_text)
                if has_repeats:
                    repeats[phrase] = int(rest[0])
                shares = rest[1:] if has_repeats else rest
                if len(shares) == 8:
                    shapes[phrase] = tuple(10 * int(n) for n in shares)  # type: ignore[assignment]
        del lines  # split on the fly below: lists of every phrase's syllables cost 40 MB at peak
        sized = [p for p in frequency if 1 <= p.count(" ") < MAX_PHRASE_SYLLABLES]
        syllables = {s for phrase in sized for s in phrase.split(" ")}
        ids = {s: n for n, s in enumerate(sorted(syllables), start=1)}
        digits = 1
        while _BASE**digits <= len(ids) * 2:  # the first character also holds the joined flag
            digits += 1
        spellings = {s: (_spell(n, False, digits), _spell(n, True, digits)) for s, n in ids.items()}
        spellings[""] = (_spell(0, False, digits), _spell(0, True, digits))
        inner_spelling = {s: joined for s, (_after_break, joined) in spellings.items()}.__getitem__
        finder = ahocorasick.Automaton()
        weights: dict[str, float] = {}
        for phrase in sized:
            first, *rest = phrase.split(" ")
            count, length = frequency[phrase], len(rest) + 1
            value = (phrase, length, count)
            inner = "".join(map(inner_spelling, rest))
            after_break, after_space = spellings[first]  # a phrase may start either way
            finder.add_word(after_break + inner, value)
            finder.add_word(after_space + inner, value)
            weights[phrase] = specificity(documents, count) * (1 + LENGTH_BONUS * (length - 2))
        finder.make_automaton()
        _light_heads_say_nothing(weights, frequency, shapes, documents)
        unknown = spellings[""]

        def word_spelling(word: str) -> tuple[str, str]:
            return spellings.get(syllable_key(word) if word.isalpha() else "", unknown)

        return cls(
            documents,
            frequency,
            finder,
            spellings,
            digits,
            weights,
            WordMemo(word_spelling, 500_000),
            shapes,
            frozenset(words),
            _noun_phrases(frequency, shapes),
            repeats,
        )


def _noun_phrases(frequency: dict[str, int], shapes: dict[str, Shape]) -> frozenset[str]:
    stops, endings = load_stopwords(), load_stop_endings()
    accepted = set()
    for key in frequency:
        words = key.split(" ")
        if words[0] in stops or words[-1] in stops or words[-1] in endings:
            continue
        if any(w in stops for w in words[1:-1]):
            continue  # "trách nhiệm trong công tác", "nhiệm vụ được giao": a clause, not a name
        if is_noun_phrase(key, shapes.get(key), frequency):
            accepted.add(key)
    return frozenset(accepted)


def _light_heads_say_nothing(
    weights: dict[str, float],
    frequency: dict[str, int],
    shapes: dict[str, Shape],
    documents: int,
) -> None:
    """A light noun before a verb makes an event or an act of it ("hoạt động sản xuất", "sự thờ
    ơ", "việc kê khai"): the phrase is then as particular as the verb ("sản xuất", in one
    article in ten), and its weight the lesser of its own and the verb's. Before a noun the
    head names a thing of its own ("tình trạng hôn nhân")."""
    for phrase, weight in weights.items():
        head = _light_head(phrase)
        if not head:
            continue
        rest = phrase[len(head) + 1 :]
        df, shape = frequency.get(rest), shapes.get(rest)
        if df is not None and shape is not None and _verb(shape):
            length = phrase.count(" ") + 1
            weights[phrase] = min(
                weight, specificity(documents, df) * (1 + LENGTH_BONUS * (length - 2))
            )


def _verb(shape: Shape) -> bool:
    """Led by a verb, and used as a noun less than half the time ("sản xuất"; not "hôn nhân",
    which pyvi calls a verb half the time but the news uses as a noun)."""
    return shape[VERB_LED] >= 50 and shape[NOMINAL] < MIN_NOMINAL


def _light_head(phrase: str) -> str:
    for head in LIGHT_NOUNS:
        if phrase.startswith(head + " "):
            return head
    return ""


def specificity(documents: int, df: int) -> float:
    """How particular a phrase is to an article, 0..1, from the number of news articles having it."""
    return min(math.log(documents / max(df, 1)), IDF_CAP) / IDF_CAP


def _spell(syllable_id: int, joined: bool, digits: int) -> str:
    rest = []
    for _ in range(digits - 1):
        syllable_id, digit = divmod(syllable_id, _BASE)
        rest.append(chr(_NEXT_BASE + digit))
    first = chr(_FIRST_BASE + 2 * syllable_id + joined)
    return first + "".join(reversed(rest))


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
