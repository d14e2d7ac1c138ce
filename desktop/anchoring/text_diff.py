"""Where each passage of an old text went in a new one: a word-level diff of the two texts.

The diff is a longest common subsequence of tokens (words, runs of white space, single other
characters), computed by rapidfuzz (C++; a 37,000-character article with a typo fixed takes
about a millisecond, difflib takes seconds). A common subsequence never reorders, so a moved
paragraph shows as deleted in one place and inserted in another, never as a chance alignment
of two unrelated paragraphs; small runs left equal inside a rewrite are folded into the
change around them, so that a rewritten sentence does not look half kept because its spaces
and its "của" survived.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from desktop.anchoring.similarity import TYPO_SHARE
from desktop.text.normalize import fold

_TOKEN = re.compile(r"[^\W_]+|\s+|.", re.DOTALL)
_WORD_START = re.compile(r"[^\W_]+")
MIN_MOVED_LINE = 1  # any line that is not blank, if it occurs once on each side


@dataclass(frozen=True)
class Block:
    """old[a1:a2] became new[b1:b2]; `equal` blocks hold the same characters on both sides."""

    equal: bool
    a1: int
    a2: int
    b1: int
    b2: int
    moved: bool = False  # one side of a paragraph that moved whole (mapped apart, see moves)

    @property
    def change(self) -> bool:
        return not self.equal and not self.moved


@dataclass(frozen=True)
class MappedRange:
    start: int
    end: int
    survival: float  # share of the passage's words that survived the edit (0..1)


def _tokens(
    text: str, lo: int, hi: int, whole: list[tuple[int, int]], tag: str
) -> tuple[list[str], list[int]]:
    """Tokens of text[lo:hi] and their start offsets (plus the end); each range of `whole` is
    one token that matches nothing on the other side (a moved paragraph, mapped apart)."""
    tokens: list[str] = []
    starts: list[int] = []
    pos = lo
    for k, (w_lo, w_hi) in enumerate([*whole, (hi, hi)]):
        for m in _TOKEN.finditer(text, pos, w_lo):
            tokens.append(m.group())
            starts.append(m.start())
        if w_hi > w_lo:
            tokens.append(f"\x00{tag}{k}")
            starts.append(w_lo)
        pos = w_hi
    starts.append(hi)
    return tokens, starts


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@dataclass(frozen=True)
class _Lines:
    """The line-level diff: opcodes over lines, the lines' spans, and the paragraphs that
    moved whole (old start, old end, new start, new end)."""

    ops: list[Any]
    old_spans: list[tuple[int, int]]
    new_spans: list[tuple[int, int]]
    moves: list[tuple[int, int, int, int]]


def _line_diff(old: str, new: str) -> _Lines:
    """Lines first: a line kept whole is kept (a paragraph deleted beside a near copy of itself
    cannot pull the alignment of its neighbour's words), and a line that is not kept in place
    but occurs once on each side has moved."""
    from rapidfuzz.distance import Indel

    old_spans, new_spans = _line_spans(old), _line_spans(new)
    old_lines = [old[a:b] for a, b in old_spans]
    new_lines = [new[a:b] for a, b in new_spans]
    gone: dict[str, int] = {}
    came: dict[str, int] = {}
    ops = list(Indel.opcodes(old_lines, new_lines))
    for op in ops:
        if op.tag in ("delete", "replace"):
            for i in range(op.src_start, op.src_end):
                gone[old_lines[i]] = i
        if op.tag in ("insert", "replace"):
            for j in range(op.dest_start, op.dest_end):
                came[new_lines[j]] = j
    if not gone or not came:
        return _Lines(ops, old_spans, new_spans, [])
    old_count: dict[str, int] = {}
    new_count: dict[str, int] = {}
    for line in old_lines:
        old_count[line] = old_count.get(line, 0) + 1
    for line in new_lines:
        new_count[line] = new_count.get(line, 0) + 1
    moves = []
    for line, i in gone.items():
        landed = came.get(line)
        if (
            landed is not None
            and len(line.strip()) >= MIN_MOVED_LINE
            and old_count[line] == 1
            and new_count[line] == 1
        ):
            moves.append((*old_spans[i], *new_spans[landed]))
    return _Lines(ops, old_spans, new_spans, sorted(moves))


def _absorb(blocks: list[Block], old: str, new: str) -> list[Block]:
    """Merge into their surroundings the equal runs no longer than the changes on both sides
    of them (the semantic clean-up of diff-match-patch, on characters of tokens). A change of
    white space alone weighs nothing: spaces doubled all over a text absorb no word."""

    def weights(b: Block) -> int:
        return max(_ink(old, b.a1, b.a2), _ink(new, b.b1, b.b2))

    changed = True
    while changed:
        changed = False
        out: list[Block] = []
        i = 0
        while i < len(blocks):
            b = blocks[i]
            if b.equal and out and out[-1].change and i + 1 < len(blocks) and blocks[i + 1].change:
                before, after = out[-1], blocks[i + 1]
                size = b.a2 - b.a1
                if size <= weights(before) and size <= weights(after):
                    out[-1] = Block(False, before.a1, after.a2, before.b1, after.b2)
                    i += 2
                    changed = True
                    continue
            _append(out, b)
            i += 1
        blocks = out
    return blocks


def _ink(text: str, lo: int, hi: int) -> int:
    return hi - lo - sum(ch.isspace() for ch in text[lo:hi])


def _append(blocks: list[Block], block: Block) -> None:
    """Add a block, merging a change into the change before it."""
    if block.a1 == block.a2 and block.b1 == block.b2:
        return
    if blocks and blocks[-1].change and block.change:
        prev = blocks[-1]
        blocks[-1] = Block(False, prev.a1, block.a2, prev.b1, block.b2)
    else:
        blocks.append(block)


def _split_moved(
    op_tag: str, src: range, dest: range, old: tuple[list[str], list[int]], new: tuple[list[str], list[int]]
) -> list[Block]:
    """An opcode as blocks, each moved paragraph (one sentinel token) a block of its own."""
    old_tokens, old_starts = old
    new_tokens, new_starts = new
    if op_tag == "equal":
        return [Block(True, old_starts[src.start], old_starts[src.stop], new_starts[dest.start], new_starts[dest.stop])]
    out: list[Block] = []
    a, b = src.start, dest.start
    for i in src:
        if old_tokens[i].startswith("\x00"):
            out.append(Block(False, old_starts[a], old_starts[i], new_starts[b], new_starts[b]))
            out.append(Block(False, old_starts[i], old_starts[i + 1], new_starts[b], new_starts[b], True))
            a = i + 1
    for j in dest:
        if new_tokens[j].startswith("\x00"):
            out.append(Block(False, old_starts[a], old_starts[a], new_starts[b], new_starts[j]))
            out.append(Block(False, old_starts[a], old_starts[a], new_starts[j], new_starts[j + 1], True))
            b = j + 1
    out.append(Block(False, old_starts[a], old_starts[src.stop], new_starts[b], new_starts[dest.stop]))
    return out


class TextDiff:
    """The blocks of an edit from `old` to `new` (both NFC), and passages mapped through them."""

    def __init__(self, old: str, new: str) -> None:
        from rapidfuzz.distance import Indel  # imported on first use: start-up stays light

        self.old, self.new = old, new
        lines = _line_diff(old, new)
        self.moves = lines.moves
        self._move_starts = [m[0] for m in self.moves]
        raw: list[Block] = []
        a_end = b_end = 0  # where the last run of kept lines ended
        for op in lines.ops:
            if op.tag != "equal":
                continue
            a1, a2 = lines.old_spans[op.src_start][0], lines.old_spans[op.src_end - 1][1]
            b1, b2 = lines.new_spans[op.dest_start][0], lines.new_spans[op.dest_end - 1][1]
            self._changed_region(raw, a_end, a1, b_end, b1, Indel)
            _append(raw, Block(True, a1, a2, b1, b2))
            a_end, b_end = a2, b2
        self._changed_region(raw, a_end, len(old), b_end, len(new), Indel)
        self.blocks = _absorb(raw, old, new) if raw else [Block(True, 0, 0, 0, 0)]
        self._a1 = [b.a1 for b in self.blocks]
        self._a2 = [b.a2 for b in self.blocks]
        self._old_words = [m.start() for m in _WORD_START.finditer(old)]
        self._new_words = [m.start() for m in _WORD_START.finditer(new)]
        self._sub: dict[int, list[Block]] = {}
        self._typo_like: dict[int, bool] = {}

    def _changed_region(
        self, raw: list[Block], a_lo: int, a_hi: int, b_lo: int, b_hi: int, indel: Any
    ) -> None:
        """Word-level diff of the stretch between two runs of kept lines."""
        if a_lo == a_hi and b_lo == b_hi:
            return
        old_moved = [(m[0], m[1]) for m in self.moves if a_lo <= m[0] and m[1] <= a_hi]
        new_moved = sorted((m[2], m[3]) for m in self.moves if b_lo <= m[2] and m[3] <= b_hi)
        old = _tokens(self.old, a_lo, a_hi, old_moved, "o")
        new = _tokens(self.new, b_lo, b_hi, new_moved, "n")
        for op in indel.opcodes(old[0], new[0]):
            for block in _split_moved(
                op.tag,
                range(op.src_start, op.src_end),
                range(op.dest_start, op.dest_end),
                old,
                new,
            ):
                _append(raw, block)

    @property
    def unchanged(self) -> bool:
        return self.old == self.new

    def fresh_ranges(self) -> list[tuple[int, int]]:
        """Ranges of the new text that are not the image of old text (inserted or rewritten)."""
        moved = sorted((m[2], m[3]) for m in self.moves)
        out: list[tuple[int, int]] = []
        for b in self.blocks:
            if not b.change or b.b2 <= b.b1:
                continue
            lo = b.b1
            for m_lo, m_hi in moved:
                if m_hi <= lo or m_lo >= b.b2:
                    continue
                if m_lo > lo:
                    out.append((lo, m_lo))
                lo = max(lo, m_hi)
            if lo < b.b2:
                out.append((lo, b.b2))
        return out

    def _move_of(self, p: int, *, is_end: bool) -> tuple[int, int, int, int] | None:
        k = bisect_right(self._move_starts, p - 1 if is_end else p) - 1
        if k >= 0:
            move = self.moves[k]
            if (move[0] < p <= move[1]) if is_end else (move[0] <= p < move[1]):
                return move
        return None

    # --- inside a changed block ----------------------------------------------------------
    def _sub_blocks(self, k: int) -> list[Block]:
        """Character-level alignment inside changed block k (marks and case ignored)."""
        if k not in self._sub:
            from rapidfuzz.distance import Levenshtein

            b = self.blocks[k]
            a_text, b_text = fold(self.old[b.a1 : b.a2]), fold(self.new[b.b1 : b.b2])
            self._sub[k] = [
                Block(op.tag == "equal", op.src_start, op.src_end, op.dest_start, op.dest_end)
                for op in Levenshtein.opcodes(a_text, b_text)
            ]
            # White space changed alone is no rewrite: measure the letters and signs.
            a_ink, b_ink = "".join(a_text.split()), "".join(b_text.split())
            longest = max(len(a_ink), len(b_ink), 1)
            distance = Levenshtein.distance(a_ink, b_ink)
            self._typo_like[k] = distance <= TYPO_SHARE * longest
        return self._sub[k]

    def _map_in_block(self, k: int, p: int, *, is_end: bool) -> int:
        b = self.blocks[k]
        if b.equal:
            return b.b1 + (p - b.a1)
        subs = self._sub_blocks(k)
        if not self._typo_like[k]:
            # A rewrite: its inside has no counterpart; the passage takes the whole rewrite.
            return b.b2 if is_end else b.b1
        local = p - b.a1
        for s in subs:
            inside = (s.a1 < local <= s.a2) if is_end else (s.a1 <= local < s.a2)
            if inside:
                if s.equal:
                    return b.b1 + s.b1 + (local - s.a1)
                return b.b1 + (s.b2 if is_end else s.b1)
        return b.b2 if is_end else b.b1

    def map_start(self, p: int) -> int:
        if p >= len(self.old):
            return len(self.new)
        move = self._move_of(p, is_end=False)
        if move is not None:
            return move[2] + p - move[0]
        k = bisect_right(self._a1, p) - 1
        while self.blocks[k].a2 <= p:  # skip pure insertions, which hold no old character
            k += 1
        return self._map_in_block(k, p, is_end=False)

    def map_end(self, p: int) -> int:
        if p <= 0:
            return 0
        move = self._move_of(p, is_end=True)
        if move is not None:
            return move[2] + p - move[0]
        k = bisect_left(self._a2, p)
        while self.blocks[k].a1 >= p:
            k -= 1
        return self._map_in_block(k, p, is_end=True)

    # --- how much of a passage survived --------------------------------------------------
    def _words_between(self, starts: list[int], lo: int, hi: int) -> int:
        return bisect_left(starts, hi) - bisect_left(starts, lo)

    def _credited(self, start: int, end: int) -> float:
        """Words of old[start:end] found again: those in equal blocks, and in a changed block
        that is only a typo fix, those whose letters mostly survived."""
        credit = 0.0
        k = max(0, bisect_right(self._a1, start) - 1)
        while k < len(self.blocks) and self.blocks[k].a1 < end:
            b = self.blocks[k]
            lo, hi = max(start, b.a1), min(end, b.a2)
            if lo < hi:
                if b.equal:
                    credit += self._words_between(self._old_words, lo, hi)
                else:
                    credit += self._typo_credit(k, lo, hi)
            k += 1
        return credit

    def _typo_credit(self, k: int, lo: int, hi: int) -> float:
        subs = self._sub_blocks(k)
        if not self._typo_like[k]:
            return 0.0
        b = self.blocks[k]
        credit = 0.0
        first = bisect_left(self._old_words, lo)
        last = bisect_left(self._old_words, hi)
        for w in range(first, last):
            w_start = self._old_words[w] - b.a1
            m = _WORD_START.match(self.old, self._old_words[w])
            w_end = (m.end() if m else self._old_words[w] + 1) - b.a1
            kept = sum(
                min(s.a2, w_end) - max(s.a1, w_start)
                for s in subs
                if s.equal and s.a1 < w_end and s.a2 > w_start
            )
            size = w_end - w_start
            # In place (both neighbours kept), one letter changed is a typo fixed, not another
            # word; a word of one letter must keep it (marks aside).
            credit += kept == size or (size >= 2 and kept >= size - 1)
        return credit

    def map_range(self, start: int, end: int) -> MappedRange:
        """Where old[start:end] is in the new text, and how much of it survived there."""
        new_start, new_end = self.map_start(start), self.map_end(end)
        move = self._move_of(start, is_end=False)
        if move is not None and end <= move[1]:  # inside a paragraph that moved whole
            return MappedRange(new_start, new_end, 1.0)
        if new_end <= new_start:
            return MappedRange(new_start, new_start, 0.0)
        old_count = self._words_between(self._old_words, start, end)
        new_count = self._words_between(self._new_words, new_start, new_end)
        if old_count == 0:  # a passage of punctuation alone: only an identical one survived
            same = self.old[start:end] == self.new[new_start:new_end]
            return MappedRange(new_start, new_end, 1.0 if same else 0.0)
        survival = min(1.0, self._credited(start, end) / max(old_count, new_count))
        return MappedRange(new_start, new_end, survival)
