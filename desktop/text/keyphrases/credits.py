"""Photo credits, sources and bylines in an article: names there are the newsroom's, not the article's."""

from __future__ import annotations

import re

from desktop.text.keyphrases.stopwords import load_stopwords
from desktop.text.syllables import Tokens, syllable_key

# What opens a credit: "Ảnh: VGP/Quang Hiếu", "(Nguồn: TTXVN)", "Ảnh minh họa: Internet".
_MARKER_RE = re.compile(
    r"(?:Ảnh|ẢNH|ảnh|Nguồn|NGUỒN|Video|VIDEO|Clip|Đồ họa|Đồ hoạ|Infographic)"
    r"(?:\s+(?:minh họa|minh hoạ|tư liệu|chụp màn hình|trong bài))?\s*:\s*"
)
# "(Theo Dân trí)", "(TTXVN)", "(Tổng hợp)": a source in brackets, anywhere
_BRACKET_SOURCE_RE = re.compile(r"\(\s*(?:Theo|theo|Nguồn|Tổng hợp|tổng hợp)\b[^()]{0,60}\)")
_SENTENCE_END_RE = re.compile(r"(?:\./\.|[.!?…])[\"”’)]*(?=\s|$)")
# Inside a credit, between its words: an agency after the author ("Thanh Tùng/TTXVN"), a
# desk after the agency ("VOV-Trung tâm Tin"), "Vietnam+", initials ("Q.H")
_CREDIT_JOINERS = frozenset(["/", "-", "–", "+", ".", "&", "+/"])
MAX_CREDIT_WORDS = 4  # capitalised syllables of one author or agency ("Nguyễn Thị Thu Hà")
MAX_BYLINE_SYLLABLES = 12  # what follows the last sentence: "Hà Dũng (tổng hợp từ Mirror)"
_BYLINE_WINDOW = (
    600  # characters at the end of a text where the last sentences' ends are looked for
)


def credit_spans(
    text: str, tokens: Tokens, stops_before: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Character ranges of the credits: after a marker ("Ảnh:", "Nguồn:"), an author and an
    agency joined by a slash with no space ("Minh Châm/VOV"), a source in brackets ("(Theo
    Dân trí)"), and the byline after the last sentence ("... nhấn mạnh. Anh Thư"). A credit
    ends at a word in lower case, at punctuation, at two spaces, or where the next sentence
    visibly starts (a function word or a title written with a capital: "Ảnh: TTXVN Thủ tướng
    Nguyễn Xuân Phúc" credits TTXVN only); `stops_before` holds the titles and body heads."""
    spans = [
        _after_marker(text, tokens, m.end(), stops_before)
        for m in _MARKER_RE.finditer(text)
        if _marker_opens(text, m.start())
    ]
    spans += [m.span() for m in _BRACKET_SOURCE_RE.finditer(text)]
    spans += _slashed(text, tokens, stops_before)
    byline = _byline(text, tokens)
    if byline is not None:
        spans.append(byline)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _marker_opens(text: str, start: int) -> bool:
    """A marker is a word of its own; in lower case only in brackets ("(ảnh: Khánh Phạm)")."""
    before = text[start - 1] if start else " "
    if before.isalnum():
        return False
    return text[start].isupper() or before == "("


def _index_at(tokens: Tokens, char: int) -> int:
    """The first syllable starting at or after `char`."""
    lo, hi = 0, len(tokens.starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens.starts[mid] < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _capital(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def _run_end(
    text: str, tokens: Tokens, k: int, stops_before: frozenset[str], limit: int = MAX_CREDIT_WORDS
) -> int:
    """Index after the last syllable of the credit words starting at syllable k: capitalised
    syllables joined by single spaces, at most `limit` in a row, across the joiners of a credit
    (a slash or a dash with no space around it starts the count again)."""
    words, stops = tokens.words, load_stopwords()
    size, start, run = len(words), k, 0
    while k < size and _capital(words[k]):
        if k > start:
            gap = text[tokens.ends[k - 1] : tokens.starts[k]]
            if gap == " " or (gap == ". " and len(words[k - 1]) == 1):  # "H. Tú"
                run += 1
            elif gap in _CREDIT_JOINERS:
                run = 0
            else:
                break
            if run >= limit or _starts_sentence(words, k, stops, stops_before):
                break
        k += 1
    return k


def _starts_sentence(
    words: list[str], k: int, stops: frozenset[str], heads: frozenset[str]
) -> bool:
    """ "Đây", "Theo", "Ông", "Thủ tướng": a capitalised word that cannot go on a name."""
    one = syllable_key(words[k])
    two = f"{one} {syllable_key(words[k + 1])}" if k + 1 < len(words) else ""
    return one in stops or one in heads or two in heads


def _after_marker(
    text: str, tokens: Tokens, char: int, stops_before: frozenset[str]
) -> tuple[int, int]:
    k = _index_at(tokens, char)
    if k >= len(tokens.words) or tokens.starts[k] != char:
        return (char, char)
    end = _run_end(text, tokens, k, stops_before)
    return (char, tokens.ends[end - 1]) if end > k else (char, char)


def _slashed(text: str, tokens: Tokens, stops_before: frozenset[str]) -> list[tuple[int, int]]:
    """ "VGP/Quang Hiếu", "Minh Sơn/Vietnam+": a slash with no space around it between a
    capitalised word and a name written in mixed case (a person's pen name). Two abbreviations
    ("HIV/AIDS", "VND/USD") are no credit by themselves."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    spans = []
    slash = text.find("/")
    while slash != -1:
        k = _index_at(tokens, slash + 1)  # the syllable right after the slash, if any
        at = slash
        slash = text.find("/", slash + 1)
        if not 0 < k < len(words) or starts[k] != at + 1 or ends[k - 1] != at:
            continue
        if not (_capital(words[k - 1]) and _capital(words[k])):
            continue
        first = k - 1
        while (
            first > 0
            and _capital(words[first - 1])
            and text[ends[first - 1] : starts[first]] in (" ", "-")
            and k - first < MAX_CREDIT_WORDS
        ):
            first -= 1
        end = _run_end(text, tokens, k, stops_before)
        if any(not w.isupper() and len(w) > 1 for w in words[first:end]):
            spans.append((starts[first], ends[end - 1]))
    return spans


def _byline(text: str, tokens: Tokens) -> tuple[int, int] | None:
    """What follows the article's last sentence when it is short and mostly capitalised: the
    author, the agency, "(Theo Dân trí)". A headline of a related article left at the end
    ("Real Madrid muốn tách khỏi La Liga, tạo giải đấu riêng") is mostly lower case."""
    stripped = text.rstrip()
    # a byline is short: its sentence ends lie in the last few hundred characters
    window = max(0, len(stripped) - _BYLINE_WINDOW)
    ends = list(_SENTENCE_END_RE.finditer(stripped, window))
    if ends and ends[-1].end() >= len(stripped):
        ends.pop()  # the text ends with a full stop: the byline may be a last "sentence" ("Thủy Mộc .")
        whole = True
    else:
        whole = False
    if not ends:
        return None  # a text of one sentence has no byline after it
    return _short_capitalised(text, tokens, ends[-1].end(), len(stripped), whole)


def _short_capitalised(
    text: str, tokens: Tokens, start: int, end: int, whole: bool
) -> tuple[int, int] | None:
    first = _index_at(tokens, start)
    last = _index_at(tokens, end)
    words = tokens.words[first:last]
    if not words or len(words) > (MAX_CREDIT_WORDS + 2 if whole else MAX_BYLINE_SYLLABLES):
        return None
    outside = re.sub(r"\([^()]*\)", " ", text[start:end])
    shown = re.findall(r"[^\W\d_]+", outside)
    if not shown or not _capital(shown[0]):
        return None
    capitals = sum(_capital(w) for w in shown)
    if capitals * 2 < len(shown) or (whole and capitals < len(shown)):
        return None
    return (tokens.starts[first], tokens.ends[last - 1])
