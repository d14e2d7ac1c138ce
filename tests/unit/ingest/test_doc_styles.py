"""A .doc's paragraph styles give their font to runs that name none (real TCVN3 decree, 2003)."""

from __future__ import annotations

from pathlib import Path

from desktop.ingest.doc_binary import _Fib, font_in_grpprl
from desktop.ingest.doc_styles import style_fonts
from desktop.ingest.doc_text import _ole, doc_to_text

REAL = Path(__file__).resolve().parents[2] / "data" / "ingest-real"


def test_heading_styles_in_vntimeh_give_capitals() -> None:
    """Nghị định 28/2003/NĐ-CP as the Ministry of Finance published it: "CHÍNH PHỦ" and the
    national motto are typed in runs without a font of their own inside "Heading 2" and
    "Heading 5", both .VnTimeH."""
    text = doc_to_text((REAL / "tcvn3-nd-28-2003-cp.doc").read_bytes()).text
    lines = text.split("\n")
    assert lines[0] == "CHÍNH PHỦ"
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines and "NGHỊ ĐỊNH CỦA CHÍNH PHỦ" in lines
    assert "Số: 28 /2003/NĐ-CP" in lines
    assert "ChÝnh" not in text and "N§" not in text


def test_style_fonts_follow_the_base_style() -> None:
    word, tables, _ = _ole((REAL / "tcvn3-nd-28-2003-cp.doc").read_bytes())
    fib = _Fib(word)
    fc, lcb = fib.pair(1)  # the style sheet
    fonts = style_fonts(tables[fib.table_name][fc : fc + lcb], font_in_grpprl)
    assert len(set(fonts.values())) >= 2  # .VnTime for the body styles, .VnTimeH for headings
