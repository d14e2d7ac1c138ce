"""Part-of-speech evidence for the background phrases, from pyvi run once over the corpus (a build-time aid).

For every selected phrase and each of its occurrences, pyvi's word segmentation and tags say:
  * noun-led: the phrase starts where a word starts and that word is a noun, a proper noun, a
    classifier, a unit or an abbreviation (N, Np, Nc, Nu, Ny, Nb, Y): "đạo đức công vụ";
  * verb-led: the word it starts with is a verb (V): "triển khai thực hiện", "chủ động phối hợp";
  * nominal: noun-led, or a verb-led phrase used as a noun, right after a preposition, a
    plural marker or a nominaliser ("công tác cải cách hành chính", "việc kê khai tài sản",
    "nạn phá rừng");
  * clean end: it ends where a word ends and that word is no function word, numeral or
    adverb (E, C, Cc, P, R, L, T, M, I, X), so "mang lại những kết quả" ends cleanly but
    "phát huy hơn nữa" does not;
  * phrase end: it ends where the noun phrase ends: the next word is not a noun or adjective
    that would carry the phrase on ("chất lượng đội ngũ" before "cán bộ");
  * adjective-led: the word it starts with is an adjective (A): "nữ tính", "mù quáng";
  * one word: pyvi writes the whole phrase as one word ("kê_khai", "nữ_tính"), not two that
    meet ("tăng nhẹ", "bán ròng", "Zidane muốn");
  * lower case: the phrase starts in lower case (a common word: "bóng đèn", "kình địch"; a
    name is written with capitals: "Zidane muốn").
How a phrase is led is counted where its first word has a word of the same clause before it:
at a clause's start (after a full stop, a semicolon, a headline's first word) pyvi calls many a
verb a noun ("; khẩn_trương/N tập_trung/V giải_quyết/V", where "Chúng tôi đã khẩn_trương/V"
is right), and subjects and commands both stand there. Only a phrase never met inside a clause
is judged by its clause-initial occurrences.
The shares are written beside each phrase's document frequency as whole percentages. pyvi's
words of two to four syllables met often enough are kept too (its segmentation lexicon, as seen
in the news): they let a name carry on past its capital ("Sở Nội vụ", "Ban Pháp chế") where the
statistics alone cannot tell "nội vụ" is a word (it nearly always follows "Sở").
pyvi (MIT) is needed only here, never at run time: `pip install pyvi` in the building interpreter.
"""

from __future__ import annotations

import pickle
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import ahocorasick

from desktop.text.keyphrases.phrase_shape import LIGHT_NOUNS
from desktop.text.syllables import syllable_key, tokenize

NOUNS = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb", "Y"})
FUNCTION = frozenset({"E", "C", "Cc", "CC", "P", "R", "L", "T", "M", "I", "X", "Z"})
CARRIES_ON = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb", "A", "Y"})
PUNCTUATION = frozenset({"F", "CH"})
NOMINAL_BEFORE_TAGS = frozenset({"E", "L"})
# nouns that make the verb phrase after them an event or an act ("việc kê khai tài sản", "nạn
# phá rừng", "tình trạng khai thác cát trái phép", "hành vi nhũng nhiễu")
NOMINALISERS = frozenset(LIGHT_NOUNS)
_WORD_RE = re.compile(r"[^\W_]+")
_OFFSET = 0x10000  # one character per syllable id for the matcher (ids stay below 0xEFFFF)

# phrase -> [occurrences, clean end, phrase end, one word, then how it is led inside a clause:
# lower-case occurrences, noun-led, verb-led, nominal, adjective-led, then the same five at a
# clause's start]
Counts = dict[str, list[int]]
OCCURRENCES, CLEAN_END, PHRASE_END, ONE_WORD, INSIDE, AT_START = 0, 1, 2, 3, 4, 9
ROW_SIZE = 14


def pyvi_pass(texts: Iterable[str], cache: Path, log: bool = True) -> Counter[str]:
    """Segment and tag every text with pyvi once, writing (words, tags) per text to `cache` (one
    pickle after another, None for a text too short), and count in how many texts pyvi found
    each word of two to four syllables (its lexicon as the news uses it)."""
    from pyvi import ViPosTagger, ViTokenizer  # build-time only

    lexicon: Counter[str] = Counter()
    started = time.monotonic()
    with open(cache, "wb") as out:
        for n, text in enumerate(texts, start=1):
            entry = None
            if len(tokenize(text).words) >= 2:
                words, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text))
                entry = (list(words), list(tags))
                lexicon.update(
                    {
                        " ".join(syllable_key(p) for p in pieces)
                        for w in entry[0]
                        if 2 <= len(pieces := w.split("_")) <= 4
                        and all(p.isalpha() for p in pieces)
                    }
                )
            pickle.dump(entry, out, protocol=pickle.HIGHEST_PROTOCOL)
            if log and n % 2000 == 0:
                print(
                    f"  tagged {n:,} articles in {time.monotonic() - started:.0f} s",
                    file=sys.stderr,
                )
    return lexicon


def read_tagged(cache: Path) -> Iterator[tuple[list[str], list[str]] | None]:
    """What pyvi_pass wrote, text by text."""
    with open(cache, "rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


def read_lexicon(cache: Path) -> Counter[str]:
    """The lexicon pyvi_pass counted, read back from its cache (to reuse a cache)."""
    lexicon: Counter[str] = Counter()
    for entry in read_tagged(cache):
        if entry is not None:
            lexicon.update(
                {
                    " ".join(syllable_key(p) for p in pieces)
                    for w in entry[0]
                    if 2 <= len(pieces := w.split("_")) <= 4 and all(p.isalpha() for p in pieces)
                }
            )
    return lexicon


def tag_counts(
    texts: Iterable[str],
    tagged: Iterable[tuple[list[str], list[str]] | None],
    phrases: Iterable[str],
) -> Counts:
    """Count, over `texts` and pyvi's output for each (`tagged`, in the same order), how each of
    `phrases` (space-separated syllable keys) is tagged."""
    ids: dict[str, int] = {}
    finder = ahocorasick.Automaton()
    for phrase in phrases:
        spelled = "".join(chr(_OFFSET + ids.setdefault(s, len(ids) + 1)) for s in phrase.split(" "))
        finder.add_word(spelled, phrase)
    finder.make_automaton()
    counts: Counts = {}
    for text, entry in zip(texts, tagged, strict=True):
        if entry is None:
            continue
        tokens = tokenize(text)
        words, tags = entry
        word_start, word_end, tag_of, token_of = _align(tokens.words, words, tags)
        # one character per syllable; a break (punctuation, a number) is a 0 character between
        chars, position = [], []
        for i, w in enumerate(tokens.words):
            if i and not tokens.joined[i]:
                chars.append("\x00")
                position.append(-1)
            chars.append(chr(_OFFSET + ids.get(syllable_key(w), 0)) if w.isalpha() else "\x00")
            position.append(i)
        _count_matches(
            finder,
            "".join(chars),
            position,
            counts,
            (word_start, word_end, tag_of, token_of),
            words,
            tags,
            [w[:1].islower() for w in tokens.words],
        )
    return counts


def _count_matches(
    finder: ahocorasick.Automaton,
    spelled: str,
    position: list[int],
    counts: Counts,
    aligned: tuple[list[bool], list[bool], list[str], list[int]],
    words: list[str],
    tags: list[str],
    lower: list[bool],
) -> None:
    word_start, word_end, tag_of, token_of = aligned
    for last, phrase in finder.iter(spelled):
        j = position[last]
        i = j - phrase.count(" ")
        row = counts.setdefault(phrase, [0] * ROW_SIZE)
        row[OCCURRENCES] += 1
        row[ONE_WORD] += word_start[i] and word_end[j] and token_of[i] == token_of[j]
        # pyvi tags a capitalised word a proper noun (a sentence's first word too): only
        # occurrences starting in lower case say how a phrase is led
        if lower[i]:
            # a phrase starting inside a word of pyvi's counts, led by no word of its own
            before = token_of[i] - 1 if word_start[i] else token_of[i]
            inside = before >= 0 and tags[before] not in PUNCTUATION
            lead = INSIDE if inside else AT_START
            row[lead] += 1
            if not word_start[i]:
                pass
            elif tag_of[i] in NOUNS:
                row[lead + 1] += 1
                row[lead + 3] += 1
            else:
                row[lead + 2] += tag_of[i] == "V"
                row[lead + 4] += tag_of[i] == "A"
                if before >= 0 and (
                    tags[before] in NOMINAL_BEFORE_TAGS
                    or words[before].lower().replace("_", " ") in NOMINALISERS
                ):
                    row[lead + 3] += 1
        if word_end[j] and tag_of[j] not in FUNCTION:
            row[CLEAN_END] += 1
            after = token_of[j] + 1
            if (
                after >= len(tags)
                or tags[after] not in CARRIES_ON
                or not _WORD_RE.match(words[after])
            ):
                row[PHRASE_END] += 1


def _align(
    syllables: list[str], words: list[str], tags: Iterable[str]
) -> tuple[list[bool], list[bool], list[str], list[int]]:
    """For each of our syllables: whether pyvi starts or ends a word there, that word's tag and
    index. pyvi joins a word's syllables with "_" and splits punctuation off; our syllables are
    the runs of letters and digits, so both walk the same sequence."""
    size = len(syllables)
    word_start, word_end = [False] * size, [False] * size
    tag_of, token_of = ["X"] * size, [0] * size
    k = 0
    for t, (word, tag) in enumerate(zip(words, tags, strict=True)):
        pieces = _WORD_RE.findall(word.replace("_", " "))
        if not pieces:
            continue
        first = k
        for piece in pieces:
            # resynchronise on a mismatch (pyvi may drop or merge an odd character)
            while k < size and syllables[k].lower() != piece.lower() and k - first < 3:
                k += 1
            if k >= size or syllables[k].lower() != piece.lower():
                k = first
                break
            tag_of[k], token_of[k] = tag, t
            k += 1
        else:
            if k > first:
                word_start[first] = True
                word_end[k - 1] = True
    return word_start, word_end, tag_of, token_of


def shares(row: list[int]) -> list[int]:
    """A phrase's eight shares, in tenths, as the resource stores them: noun-led, verb-led,
    used as a noun, clean end, phrase end, adjective-led, one word, lower case. How it is led
    counts its lower-case occurrences inside a clause, else at a clause's start; none (a
    name): a noun."""
    lead = INSIDE if row[INSIDE] else AT_START
    led = row[lead]
    noun, verb, nominal, adjective = (
        [round(10 * row[lead + k] / led) for k in (1, 2, 3, 4)] if led else [10, 0, 10, 0]
    )
    every = row[OCCURRENCES]
    clean, end, one = (round(10 * row[k] / every) for k in (CLEAN_END, PHRASE_END, ONE_WORD))
    lower = round(10 * (row[INSIDE] + row[AT_START]) / every)
    return [noun, verb, nominal, clean, end, adjective, one, lower]
