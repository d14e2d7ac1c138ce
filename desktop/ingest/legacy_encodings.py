"""Pre-Unicode Vietnamese: TCVN3 (ABC, .VnTime fonts), VNI (VNI-Times fonts) and Windows-1258.

TCVN3 and VNI were font tricks: the bytes are ordinary Windows-1252 positions that a special
font draws as Vietnamese letters. A file keeps those bytes; a Word document keeps the
Windows-1252 *characters* ("Hµ Néi"). Both are handled here as text in Windows-1252 form.
TCVN3 has precomposed lower-case letters only (capitals came from a second font, .VnTimeH,
drawing the same codes), so capitals with tone marks cannot be told from lower case.
"""

from __future__ import annotations

import re
import unicodedata

# TCVN 5712:1993 (VN3) byte -> letter.
_TCVN3_BYTES: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}

# VNI: a base letter followed by mark characters (Windows-1252 positions).
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_VNI_MARKS: dict[str, str] = {
    "ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRC, "à": _CIRC + _GRAVE, "á": _CIRC + _ACUTE, "å": _CIRC + _HOOK, "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT,
    "ê": _BREVE, "è": _BREVE + _GRAVE, "é": _BREVE + _ACUTE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}
_VNI_MARKS.update({k.upper(): v for k, v in list(_VNI_MARKS.items())})
# Letters VNI draws with one character of their own.
_VNI_LETTERS: dict[str, str] = {
    "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị",
    "Ì": "Ì", "Í": "Í", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị",
}
_VOWELS = set("aeiouyAEIOUY")
# Which marks a base vowel can take in VNI (a breve only on a, a horn only on o and u).
_SHAPE_ALLOWED = {_CIRC: set("aeoAEO"), _BREVE: set("aA")}
_VNI_VOWEL_LETTERS = set("ìíỉĩịơưƠƯÌÍỈĨỊ")


def _byte_chars(data: bytes) -> str:
    """Bytes -> Windows-1252 characters, the five holes of 1252 kept as Latin-1."""
    return data.decode("cp1252", errors="strict") if not any(b in data for b in b"\x81\x8d\x8f\x90\x9d") else "".join(
        bytes([b]).decode("cp1252", errors="replace") if b not in b"\x81\x8d\x8f\x90\x9d" else chr(b) for b in data
    )


def _char_byte(ch: str) -> int | None:
    try:
        encoded = ch.encode("cp1252")
    except UnicodeEncodeError:
        return ord(ch) if ord(ch) < 256 else None
    return encoded[0] if len(encoded) == 1 else None


_TCVN3_FROM_CHAR: dict[int, str] = {}
for _byte, _letter in _TCVN3_BYTES.items():
    _TCVN3_FROM_CHAR[ord(bytes([_byte]).decode("cp1252", errors="replace"))] = _letter


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 text in Windows-1252 form ("Hµ Néi") -> NFC Unicode ("Hà Nội")."""
    return unicodedata.normalize("NFC", text.translate(_TCVN3_FROM_CHAR))


def vni_to_unicode(text: str) -> str:
    """VNI text in Windows-1252 form ("Haø Noäi") -> NFC Unicode ("Hà Nội")."""
    out: list[str] = []
    previous_vowel = False
    for ch in text:
        marks = _VNI_MARKS.get(ch)
        if marks is not None and previous_vowel:
            base = out[-1][0] if out else ""
            shape = marks[0] if marks[0] in _SHAPE_ALLOWED else ""
            # A shape on a vowel that cannot take it is not VNI: keep the character.
            if not shape or base in _SHAPE_ALLOWED[shape]:
                out[-1] = out[-1] + marks
                continue
        letter = _VNI_LETTERS.get(ch)
        if letter is not None:
            out.append(letter)
            previous_vowel = letter in _VNI_VOWEL_LETTERS
            continue
        out.append(ch)
        previous_vowel = ch in _VOWELS
    return unicodedata.normalize("NFC", "".join(out))


def decode_tcvn3(data: bytes) -> str:
    return tcvn3_to_unicode(_byte_chars(data))


def decode_vni(data: bytes) -> str:
    return vni_to_unicode(_byte_chars(data))


def decode_cp1258(data: bytes) -> str:
    """Windows-1258 keeps tone marks as separate characters: recompose them."""
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="strict"))


# --- writing legacy text (tests, and re-creating what old files look like) ------------------
_TCVN3_TO_BYTE = {letter: byte for byte, letter in _TCVN3_BYTES.items()}
_VNI_FROM_MARKS = {v: k for k, v in _VNI_MARKS.items() if k.islower()}
_VNI_FROM_MARKS_UPPER = {v: k for k, v in _VNI_MARKS.items() if k.isupper()}
_VNI_FROM_LETTER = {v: k for k, v in _VNI_LETTERS.items()}


def encode_tcvn3(text: str) -> bytes:
    """NFC text -> TCVN3 bytes. Capitals with marks other than ĂÂÊÔƠƯĐ become lower case,
    as a single TCVN3 font has no such capitals."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        byte = _TCVN3_TO_BYTE.get(ch)
        if byte is None and ch.lower() in _TCVN3_TO_BYTE and ch not in _TCVN3_TO_BYTE:
            byte = _TCVN3_TO_BYTE[ch.lower()]
        if byte is not None:
            out.append(byte)
        else:
            out += ch.encode("cp1252")
    return bytes(out)


def encode_vni(text: str) -> bytes:
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _VNI_FROM_LETTER:
            out.append(_VNI_FROM_LETTER[ch])
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        if not marks or base not in _VOWELS:
            out.append(ch)
            continue
        shape = "".join(m for m in marks if m in (_CIRC, _BREVE, _HORN))
        tone = "".join(m for m in marks if m not in (_CIRC, _BREVE, _HORN))
        table = _VNI_FROM_MARKS_UPPER if base.isupper() else _VNI_FROM_MARKS
        if shape == _HORN:  # ơ and ư are letters of their own in VNI
            letter = _VNI_FROM_LETTER[unicodedata.normalize("NFC", base + _HORN)]
            out.append(letter + (table[tone] if tone else ""))
        elif base + tone in _VNI_FROM_LETTER and not shape:  # ì í ỉ ĩ ị
            out.append(_VNI_FROM_LETTER[unicodedata.normalize("NFC", base + tone)])
        elif shape and tone:
            out.append(base + table[shape + tone])
        else:
            out.append(base + "".join(table[m] for m in (shape, tone) if m))
    return "".join(out).encode("cp1252")


def encode_cp1258(text: str) -> bytes:
    """NFC text -> Windows-1258 as Windows writes it: precomposed where 1258 has the letter,
    else the base letter (with its shape) followed by a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in decomposed if m in (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))
        rest = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in tones))
        out += rest.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


# --- deciding by font name (Word, RTF, ODT and PDF runs carry the font they were typed in) ----
# ABC/TCVN3 fonts are named ".VnTime", ".VnArial", ".VnCentury Schoolbook" …; their upper-case
# twins end in "H" (".VnTimeH", ".VnArialH"). PDFs drop the dot and may prefix a subset tag.
_VNI_FONT_PREFIXES = ("vni-", "vni ", "vni_")
_STYLE_SUFFIX = re.compile(r"(?:Bold|Italic|Oblique|Regular|Medium|Light|Heavy|Black)+$")


def font_legacy_encoding(font_name: str | None) -> tuple[str, bool]:
    """("tcvn3" | "vni" | "", upper-case font?) for the name of the font a run is typed in."""
    if not font_name:
        return "", False
    name = font_name.strip().strip('"')
    if "+" in name[:8]:  # PDF subset tag "ABCDEF+VnTime"
        name = name.split("+", 1)[1]
    lowered = name.lower()
    if lowered.startswith(_VNI_FONT_PREFIXES):
        return "vni", False
    if lowered.startswith(".vn") or lowered.startswith("vn") and len(name) > 3 and name[2].isupper():
        core = name.lstrip(".").split(",")[0].split("-")[0].replace(" ", "")
        core = _STYLE_SUFFIX.sub("", core)  # "VnTimeHBold", "VnTimeItalic": a PDF's style names
        return "tcvn3", len(core) > 3 and core.endswith("H") and core[-2].islower()
    return "", False


def convert_legacy_run(text: str, encoding: str, upper: bool = False) -> str:
    """One run typed in a legacy font -> Unicode. `upper`: an ABC upper-case font (.VnTimeH)
    draws every letter as a capital, whatever code was typed."""
    if encoding == "tcvn3":
        converted = tcvn3_to_unicode(text)
    elif encoding == "vni":
        converted = vni_to_unicode(text)
    else:
        return text
    return converted.upper() if upper else converted


# PDF text extraction gives the TCVN3 "ư" (code 0xAD, a soft hyphen in Windows-1252) as a
# hyphen or minus sign, and "ã" (0xB7) sometimes as a bullet operator ("n−íc", "x∙").
_PDF_LOOKALIKES = {0x2219: "\u00b7", 0x2022: "\u00b7"}


def tcvn3_pdf_to_unicode(text: str, upper: bool = False) -> str:
    """TCVN3 text as a PDF extractor gives it -> Unicode: a hyphen between two letters is the
    "ư" when that makes a Vietnamese syllable ("n-íc" -> "nước"), and stays a hyphen otherwise
    ("Gi¬-ne-v¬" -> "Giơ-ne-vơ")."""
    from desktop.ingest.vietnamese_syllables import is_syllable

    text = text.translate(_PDF_LOOKALIKES)

    def letter(ch: str) -> bool:
        return ch.isalpha() or ord(ch) in _TCVN3_FROM_CHAR

    if "-" in text or "\u2212" in text:
        chars = list(text)
        for index, ch in enumerate(chars):
            before = index > 0 and letter(chars[index - 1])
            after = index < len(chars) - 1 and letter(chars[index + 1])
            # A minus sign is the "ư" also at a word's edge ("nh− sau", "Trung −¬ng"); a hyphen
            # only between two letters (a dash between words stays one).
            if not (ch == "-" and before and after) and not (ch == "\u2212" and (before or after)):
                continue
            start = index
            while start > 0 and letter(chars[start - 1]):
                start -= 1
            end = index + 1
            while end < len(chars) and letter(chars[end]):
                end += 1
            candidate = tcvn3_to_unicode("".join(chars[start:index]) + "\u00ad" + "".join(chars[index + 1 : end]))
            if is_syllable(candidate):
                chars[index] = "\u00ad"
        text = "".join(chars)
    converted = tcvn3_to_unicode(text)
    return converted.upper() if upper else converted
