"""Every encoding a Vietnamese file comes in decodes to the same NFC text, byte for byte."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from desktop.ingest.legacy_encodings import (
    decode_tcvn3,
    encode_cp1258,
    encode_tcvn3,
    encode_vni,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from desktop.ingest.text_decoding import (
    NotText,
    convert_legacy_font_text,
    decode_as,
    decode_bytes,
    finish,
    restore_tcvn3_capitals,
)
from tests.conftest import corpus_sample

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))


def seed_texts() -> list[str]:
    return [finish(p.read_text(encoding="utf-8")) for p in SEEDS]


def only_tcvn3_letters(text: str) -> str:
    """What a single TCVN3 font can hold: capitals with tone marks come back lower case."""
    return decode_tcvn3(encode_tcvn3(text))


# Widely reproduced strings: how the national motto looks when TCVN3/VNI bytes are shown as
# Windows-1252, i.e. what a staff member sees opening an old file in a Unicode editor.
KNOWN_TCVN3 = {
    "Céng hßa x· héi chñ nghÜa ViÖt Nam": "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "§éc lËp - Tù do - H¹nh phóc": "Độc lập - Tự do - Hạnh phúc",
    "Hµ Néi": "Hà Nội",
    "§¶ng ñy": "Đảng ủy",
    "tr¸ch nhiÖm cña ng­êi ®øng ®Çu": "trách nhiệm của người đứng đầu",
}
KNOWN_VNI = {
    "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam": "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Ñoäc laäp - Töï do - Haïnh phuùc": "Độc lập - Tự do - Hạnh phúc",
    "Haø Noäi": "Hà Nội",
    "ñöôïc ngöôøi daân ñoàng tình": "được người dân đồng tình",
    "ñòa chæ, naêm, ñaëc bieät, VIEÄT NAM": "địa chỉ, năm, đặc biệt, VIỆT NAM",
}


@pytest.mark.parametrize(("legacy", "expected"), KNOWN_TCVN3.items())
def test_tcvn3_known_strings(legacy: str, expected: str) -> None:
    assert tcvn3_to_unicode(legacy) == expected
    assert encode_tcvn3(expected).decode("cp1252") == legacy


@pytest.mark.parametrize(("legacy", "expected"), KNOWN_VNI.items())
def test_vni_known_strings(legacy: str, expected: str) -> None:
    assert vni_to_unicode(legacy) == expected
    assert encode_vni(expected).decode("cp1252") == legacy


def _encodings(text: str) -> dict[str, tuple[bytes, str]]:
    """name -> (bytes as such a file holds them, the text they must decode to)."""
    return {
        "utf-8": (text.encode("utf-8"), text),
        "utf-8-sig": (codecs.BOM_UTF8 + text.encode("utf-8"), text),
        "utf-16-le": (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), text),
        "utf-16-be": (codecs.BOM_UTF16_BE + text.encode("utf-16-be"), text),
        "utf-8-nfd": (unicodedata.normalize("NFD", text).encode("utf-8"), text),
        "utf-8-crlf": (text.replace("\n", "\r\n").encode("utf-8"), text),
        # "Ð" (Icelandic eth, used by one seed for "Đ") has no place in Windows-1258.
        "windows-1258": (encode_cp1258(text.replace("Ð", "Đ")), text.replace("Ð", "Đ")),
        # Capitals with tone marks are lost in a single TCVN3 font; decoding restores those in
        # words written in capitals ("QUốC HộI" -> "QUỐC HỘI").
        "tcvn3": (encode_tcvn3(text), restore_tcvn3_capitals(only_tcvn3_letters(text))),
        "vni": (encode_vni(text), text),
    }


@pytest.mark.parametrize("index", range(5))
@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-8-nfd", "utf-8-crlf", "windows-1258", "tcvn3", "vni"]
)
def test_seed_in_every_encoding_decodes_byte_exact(index: int, encoding: str) -> None:
    text = seed_texts()[index]
    data, expected = _encodings(text)[encoding]
    decoded = decode_bytes(data)
    assert decoded.text == expected
    assert decoded.text.encode("utf-8") == unicodedata.normalize("NFC", expected).encode("utf-8")
    assert decoded.confident
    assert decoded.encoding.split("+")[0] == encoding.replace("-crlf", "")


def test_corpus_articles_in_every_encoding() -> None:
    for _name, raw in corpus_sample(40)[::4]:
        text = finish(raw)
        for encoding, (data, expected) in _encodings(text).items():
            decoded = decode_bytes(data)
            assert decoded.text == expected, encoding
            assert decoded.confident, encoding


def test_tcvn3_keeps_the_capitals_it_has() -> None:
    assert only_tcvn3_letters("ĂN ĐƯỢC Ở") == "ĂN ĐƯợC ở"


def test_tcvn3_capitals_are_restored_in_words_written_in_capitals() -> None:
    assert restore_tcvn3_capitals("ĂN ĐƯợC ở") == "ĂN ĐƯỢC Ở"
    assert restore_tcvn3_capitals("QUốC HộI\nHà Nội, ngày") == "QUỐC HỘI\nHà Nội, ngày"
    assert restore_tcvn3_capitals("ủY BAN NHÂN DÂN") == "ỦY BAN NHÂN DÂN"
    # Words in ordinary case keep it, also beside an abbreviation in capitals.
    assert restore_tcvn3_capitals("Số: 612/QĐ-UBND, Tự do") == "Số: 612/QĐ-UBND, Tự do"


def test_legacy_font_characters_in_unicode_are_converted() -> None:
    """A Word file typed in .VnTime stores "ViÖt Nam" as Unicode characters."""
    text = seed_texts()[3]
    as_characters = encode_tcvn3(text).decode("cp1252")
    converted, name = convert_legacy_font_text(as_characters)
    assert (converted, name) == (only_tcvn3_letters(text), "tcvn3")
    as_vni = encode_vni(text).decode("cp1252")
    assert convert_legacy_font_text(as_vni) == (text, "vni")
    # Real Unicode Vietnamese and plain English are left alone.
    assert convert_legacy_font_text(text) == (text, "")
    assert convert_legacy_font_text("The café is open") == ("The café is open", "")


def test_legacy_text_saved_as_utf8_is_converted() -> None:
    text = seed_texts()[0]
    decoded = decode_bytes(encode_vni(text).decode("cp1252").encode("utf-8"))
    assert decoded.text == text
    assert decoded.encoding == "utf-8+vni"


def test_manual_choice_decodes_as_asked() -> None:
    text = seed_texts()[1]
    assert decode_as(encode_vni(text), "vni") == text
    assert decode_as(encode_cp1258(text), "windows-1258") == text
    with pytest.raises(NotText):
        decode_as(b"\xff\xfe\x00", "utf-8")


def test_ascii_and_unaccented_text_is_utf8() -> None:
    decoded = decode_bytes(b"Hoc tap va lam theo Bac\nChi thi 05-CT/TW\n")
    assert decoded.encoding == "utf-8" and decoded.text == "Hoc tap va lam theo Bac\nChi thi 05-CT/TW\n"


def test_non_vietnamese_8bit_text_is_not_claimed_with_confidence() -> None:
    decoded = decode_bytes("Ça coûte très cher, déjà fêté à Noël.".encode("cp1252") * 3)
    assert not decoded.confident
    assert "Noël" in decoded.text


def test_nul_bytes_are_not_text() -> None:
    with pytest.raises(NotText):
        decode_bytes(b"abc\x00\x01\x02def" * 10)


def test_finish_normalises_spaces_and_lines_but_keeps_every_visible_character() -> None:
    raw = "Theo\u00a0http://kinhtedothi.vn \r\nDòng\u200bhai\r\rba\u2028bốn\ufeff"
    assert finish(raw) == "Theo http://kinhtedothi.vn\nDònghai\n\nba\nbốn"
