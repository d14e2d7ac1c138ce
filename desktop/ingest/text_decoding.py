"""Bytes of a Vietnamese text file -> NFC text, whatever encoding it came in.

Unicode forms are recognised by their byte order marks and by strict UTF-8 decoding; the
legacy 8-bit encodings (Windows-1258, TCVN3, VNI) by decoding with each and keeping the one
whose words are valid Vietnamese syllables. charset-normalizer covers non-Vietnamese 8-bit
text, which none of our tables can explain.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.message import Message
from desktop.ingest import legacy_encodings as legacy
from desktop.ingest.vietnamese_syllables import is_syllable, syllable_share
from desktop.ingest.viscii import decode_viscii
from desktop.text.normalize import nfc

# Encodings a user can pick by hand, with the labels the GUI and the CLI show (Messages where
# a label has words: shown in the user's language).
ENCODING_LABELS: dict[str, str] = {
    "utf-8": "Unicode UTF-8",
    "utf-16": "Unicode UTF-16",
    "windows-1258": Message("Windows-1258 (tiếng Việt)"),
    "tcvn3": "TCVN3 (ABC, .VnTime)",
    "vni": "VNI (VNI-Times)",
    "viscii": "VISCII",
    "windows-1252": Message("Windows-1252 (Tây Âu)"),
}
# The legacy 8-bit encodings detection weighs against each other.
_VIETNAMESE_8BIT = ("windows-1258", "tcvn3", "vni", "viscii")
# Fewer words with non-ASCII letters than this and no decoding can be told from another.
_MIN_EVIDENCE = 3
# A decoding is trusted without asking when this share of its words are Vietnamese syllables
# and the runner-up is this far behind.
CONFIDENT_SHARE = 0.6
CONFIDENT_MARGIN = 0.15
# Any of these letters means the text is already real Unicode Vietnamese, not a legacy font.
_UNICODE_VIETNAMESE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_HIGH_LATIN = re.compile("[\u00a0-\u00ff]")


@dataclass(frozen=True)
class DecodedText:
    text: str  # NFC, "\n" line breaks
    encoding: str  # a key of ENCODING_LABELS, or "utf-8-sig", "utf-16-le", "utf-8-nfd", …
    confident: bool  # False: the GUI should show a preview and let the user choose
    alternatives: tuple[str, ...] = ()  # other plausible encodings, best first


class NotText(ValueError):
    """The bytes are not a text in any encoding we know."""


_ODD_BREAKS = re.compile("[\r\u2028\u2029\x0b\x0c]")


def normalize_newlines(text: str) -> str:
    if not _ODD_BREAKS.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Line and paragraph separators from Word and web pages are line breaks too.
    return text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n").replace("\x0c", "\n")


# No-break and thin spaces are layout; a quote copied from the reader must match a typed one.
_SPACES = {0xA0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x3000: " "}
# Invisible characters web pages and Word leave inside words; they break search and quotes.
_INVISIBLE = {0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None, 0x00AD: None, 0x0000: None}
_WHITESPACE_TABLE = {**_SPACES, **_INVISIBLE}
_SPECIAL = re.compile("[" + "".join(chr(c) for c in _WHITESPACE_TABLE) + "]")


def finish(text: str) -> str:
    """The one place raw text becomes what we store: NFC, "\n" line breaks, ordinary spaces,
    no invisible characters, no trailing spaces on a line."""
    text = normalize_newlines(text)
    if _SPECIAL.search(text):  # translate() with a dict is slow: only when there is work
        text = text.translate(_WHITESPACE_TABLE)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text if unicodedata.is_normalized("NFC", text) else nfc(text)


# UTF-8 but for a few bad bytes (a file cut or patched by another program): read it with the
# bad bytes shown as U+FFFD (the importer warns) rather than refuse it or mistake it for an
# 8-bit encoding, where nearly every letter would be a bad byte.
MOSTLY_UTF8_BAD_PER_BYTES = 200  # at most one bad byte in this many
MOSTLY_UTF8_GOOD_PER_BAD = 5  # and at least this many well-formed letters outside ASCII per bad byte


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") - data.count("\ufffd".encode())
        good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
        if bad * MOSTLY_UTF8_BAD_PER_BYTES > len(data) or good < bad * MOSTLY_UTF8_GOOD_PER_BAD:
            raise
        return text


_DECODERS: dict[str, Callable[[bytes], str]] = {
    "windows-1258": legacy.decode_cp1258,
    "tcvn3": legacy.decode_tcvn3,
    "vni": legacy.decode_vni,
    "viscii": decode_viscii,
    "windows-1252": lambda data: data.decode("cp1252", errors="replace"),
    "utf-8": _utf8,
    "utf-16": lambda data: data.decode("utf-16", errors="strict"),
}


def decode_as(data: bytes, encoding: str) -> str:
    """Decode with the encoding a user chose; raises NotText if it cannot be read that way."""
    try:
        decoder = _DECODERS[encoding]
    except KeyError:
        raise NotText(encoding) from None
    try:
        text = decoder(data)
        if encoding == "tcvn3":
            text = restore_tcvn3_capitals(text)
        return finish(text)
    except (UnicodeDecodeError, LookupError) as exc:
        raise NotText(str(exc)) from exc


def _from_legacy_font_text(text: str) -> tuple[str, str] | None:
    """Unicode text that is really TCVN3/VNI characters (Word files typed in .VnTime)."""
    head = text[:20000]
    if _UNICODE_VIETNAMESE.search(head) or not _HIGH_LATIN.search(head):
        return None
    base = syllable_share(head)
    best: tuple[float, str, str] | None = None
    for name, convert in (("tcvn3", legacy.tcvn3_to_unicode), ("vni", legacy.vni_to_unicode)):
        converted = convert(head)
        share = syllable_share(converted)
        if share >= CONFIDENT_SHARE and share > base + CONFIDENT_MARGIN and (best is None or share > best[0]):
            best = (share, name, "")
    if best is None:
        return None
    convert = legacy.tcvn3_to_unicode if best[1] == "tcvn3" else legacy.vni_to_unicode
    return nfc(convert(text)), best[1]


def convert_legacy_font_text(text: str) -> tuple[str, str]:
    """(text, "tcvn3"/"vni") if `text` is legacy-font characters, else (text, "")."""
    found = _from_legacy_font_text(text)
    return found if found is not None else (text, "")


def _unicode_result(text: str, encoding: str) -> DecodedText:
    was_nfd = unicodedata.is_normalized("NFC", text) is False
    # Before finish(): TCVN3's "ư" is the soft-hyphen position that finish() drops.
    legacy_found = _from_legacy_font_text(text)
    if legacy_found is not None:
        return DecodedText(finish(legacy_found[0]), f"{encoding}+{legacy_found[1]}", True)
    finished = finish(text)
    if was_nfd and encoding == "utf-8":
        encoding = "utf-8-nfd"
    return DecodedText(finished, encoding, True)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a whole file. Raises NotText for bytes that are no text at all."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise NotText(str(exc)) from exc
            label = {"utf-16": "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"}.get(name, name)
            return _unicode_result(text, label)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _unicode_result(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise NotText("NUL bytes")
    try:
        return _unicode_result(_utf8(data), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_8bit(data)


_WORDS = re.compile(r"[^\W\d_]+")
_ALL_CAPS_WORD = re.compile(r"\b[^\W\d_]*[A-ZĐ][^\W\d_]*\b")


def _evidence(text: str, sample: int = 4000) -> tuple[float, int]:
    """(share of Vietnamese syllables among the words that hold a non-ASCII letter, how many).
    Only such words tell one 8-bit decoding from another: ASCII words read alike in all of them."""
    words = [w for w in _WORDS.findall(text[: sample * 8]) if not w.isascii()][:sample]
    if not words:
        return 0.0, 0
    return sum(1 for w in words if is_syllable(w)) / len(words), len(words)


def restore_tcvn3_capitals(text: str) -> str:
    """TCVN3 has no capitals with tone marks (they came from a second font): "QUốC HộI" ->
    "QUỐC HỘI". A marked lower-case letter in a word otherwise in capitals is a capital; in a
    two-letter word ("Hà", "Tự") only when a neighbouring word is in capitals too ("HÀ NỘI")."""
    words = list(re.finditer(r"[^\W\d_]+", text))

    def capitals(word: str) -> int:
        """How many letters are capitals, or -1 if a lower-case letter other than a marked one."""
        count = 0
        for c in word:
            if c.isupper():
                count += 1
            elif c.isascii() or not c.islower():
                return -1
        return count

    def shouting(word: str) -> bool:
        return len(word) >= 3 and (word.isupper() or capitals(word) >= 2)

    def same_line(a: re.Match[str], b: re.Match[str]) -> bool:
        """Next to each other with only spaces between ("HÀ NỘI", not "UBND, Tự")."""
        first, second = (a, b) if a.start() < b.start() else (b, a)
        between = text[first.end() : second.start()]
        return not between.strip() and "\n" not in between

    out = list(text)
    for i, match in enumerate(words):
        word = match.group(0)
        caps = capitals(word)
        neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words) and same_line(words[j], match)]
        if len(word) == 1 and caps == 0 and not word.isascii() and any(shouting(n.group(0)) for n in neighbours):
            out[match.start()] = word.upper()  # "ĂN ĐƯỢC ở" -> "Ở"
            continue
        if caps <= 0 or word.isupper():
            continue
        if (
            caps >= 2
            or not word[0].isupper()  # "ủY": a capital after a marked small letter
            or any(shouting(n.group(0)) for n in neighbours)
        ):
            out[match.start() : match.end()] = word.upper()
    return "".join(out)


def _decode_8bit(data: bytes) -> DecodedText:
    sample = data[:65536]
    scored: list[tuple[float, int, str]] = []
    for name in _VIETNAMESE_8BIT:
        try:
            share, count = _evidence(_DECODERS[name](sample))
        except UnicodeDecodeError:
            continue
        scored.append((share, count, name))
    scored.sort(reverse=True)
    best_share, best_count, best = scored[0] if scored else (0.0, 0, "")
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best and best_share >= CONFIDENT_SHARE:
        # Sure only with enough words to judge by and a clear lead over every other table.
        confident = best_share - runner_up >= CONFIDENT_MARGIN and best_count >= _MIN_EVIDENCE
        others = tuple(name for _, _, name in scored[1:])
        text = decode_as(data, best)
        return DecodedText(text, best, confident, others)
    # Not Vietnamese in any of our tables: let charset-normalizer name a generic encoding.
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise NotText("no encoding fits")
    return DecodedText(finish(str(match)), match.encoding, False, tuple(name for _, _, name in scored))
