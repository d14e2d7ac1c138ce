"""PDF: real pages rebuilt into the document's paragraphs; scans, passwords, damage, cancel."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.ingest.docx_text import docx_to_text
from desktop.ingest.pdf_text import PdfCancelled, PdfProblem, pdf_to_text

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest-files"


def long_pdf(copies: int) -> bytes:
    """The six real pages repeated: a long PDF without storing one."""
    import io

    import pypdfium2 as pdfium

    source = pdfium.PdfDocument((DATA / "hien-phap-2013-p1-6.pdf").read_bytes())
    target = pdfium.PdfDocument.new()
    for _ in range(copies):
        target.import_pages(source)
    buffer = io.BytesIO()
    target.save(buffer)
    return buffer.getvalue()


def test_every_paragraph_of_the_pdf_is_a_paragraph_of_the_word_file() -> None:
    """The same document exported to PDF reads as the Word file's own paragraphs: lines joined,
    page numbers gone, no paragraph cut at a page break."""
    pdf = pdf_to_text((DATA / "hien-phap-2013-p1-6.pdf").read_bytes()).text
    word = {" ".join(line.split()) for line in docx_to_text((DATA / "hien-phap-2013.docx").read_bytes()).text.split("\n")}
    paragraphs = pdf.split("\n")
    assert len(paragraphs) > 90
    assert [p for p in paragraphs if " ".join(p.split()) not in word] == []
    assert not [p for p in paragraphs if re.fullmatch(r"\d+", p)]
    assert paragraphs[:3] == ["QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "3. Các tổ chức của Đảng và đảng viên Đảng Cộng sản Việt Nam hoạt động trong khuôn khổ Hiến pháp và pháp luật." in paragraphs


def test_legacy_font_pdf_is_converted_and_keeps_every_u_horn() -> None:
    result = pdf_to_text((DATA / "hien-phap-1959-tcvn3.pdf").read_bytes())
    assert result.legacy == {"tcvn3"}
    assert result.text.startswith("Nước Việt Nam ta là một nước thống nhất từ Lạng Sơn đến Cà Mau.\nDân tộc Việt Nam")
    assert "Trong hơn tám mươi năm nước ta" in result.text and "Hiệp định Giơ-ne-vơ năm 1954" in result.text
    assert "nớc" not in result.text and not re.search(r"\n\d+\n", result.text)


def test_scan_without_text_layer_is_named_a_scan() -> None:
    with pytest.raises(PdfProblem, match="bản quét.*OCR"):
        pdf_to_text((DATA / "hien-phap-2013-scan.pdf").read_bytes())


def test_password_protected_pdf() -> None:
    with pytest.raises(PdfProblem, match="mật khẩu"):
        pdf_to_text((DATA / "hien-phap-2013-encrypted.pdf").read_bytes())


def test_damaged_pdf() -> None:
    data = (DATA / "hien-phap-2013-p1-6.pdf").read_bytes()
    with pytest.raises(PdfProblem, match="hỏng"):
        pdf_to_text(data[:2000])


def test_progress_per_page_and_cancel_between_pages() -> None:
    data = long_pdf(10)
    seen: list[tuple[int, int]] = []
    result = pdf_to_text(data, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (1, 60) and seen[-1] == (60, 60) and len(seen) == 60
    assert result.text.count("LỜI NÓI ĐẦU") == 10
    with pytest.raises(PdfCancelled):
        pdf_to_text(data, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) >= 65)
