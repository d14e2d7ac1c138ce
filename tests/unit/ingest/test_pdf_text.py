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


# --- real PDFs of agencies (tests/data/ingest-real) --------------------------------------------
REAL = Path(__file__).resolve().parents[2] / "data" / "ingest-real"


def real_text(name: str) -> str:
    return pdf_to_text((REAL / name).read_bytes()).text


def test_cong_bao_running_heads_go_and_footnotes_follow_the_body() -> None:
    """Công báo pages: "64 CÔNG BÁO/Số 1093 + 1094/Ngày 21-11-2020" on a left page, the same with
    the number after it on a right page; notes at the foot with their markers raised in the text."""
    text = real_text("cong-bao-vbhn-23-2020-luat-ban-hanh-vbqppl.pdf")
    body, notes = text.split("\n\n")
    assert "CÔNG BÁO" not in text and not re.search(r"^\d+$", text, re.M)
    assert "Quốc hội ban hành Luật ban hành văn bản quy phạm pháp luật[1]." in body.split("\n")
    assert "8a.[4] Thông tư liên tịch giữa Chánh án Tòa án nhân dân tối cao" in body
    assert notes.split("\n")[0].startswith("[1] Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều")
    assert [line[:3] for line in notes.split("\n")] == ["[1]", "[2]", "[3]", "[4]"]
    # Footnotes 3 and 4 end with the same two lines at the foot of their pages: still notes, not a running foot.
    assert notes.count("hiệu lực kể từ ngày 01 tháng 01 năm 2021.") == 3


def test_paragraph_crosses_page_and_footnotes_and_keeps_its_superscript_references() -> None:
    text = real_text("cong-bao-vbhn-31-2021-luat-xu-ly-vphc.pdf")
    assert (
        "biện pháp nhắc nhở, biện pháp giáo dục dựa vào cộng đồng[2] và biện pháp quản lý tại gia đình."
        in text
    )
    assert re.search(
        r"^5\.\[3\] Tái phạm là việc .* đã bị xử phạt; cá nhân đã bị ra quyết định áp dụng biện pháp xử lý "
        r"hành chính nhưng chưa hết thời hạn",
        text,
        re.M,
    )


def test_an_le_note_marker_and_units_in_superscript() -> None:
    text = real_text("an-le-50-2021.pdf")
    assert text.startswith("ÁN LỆ SỐ 50/2021/AL[1]\n")
    assert "452,85m² (có cạnh 37,5; 38,55; 36,14)" in text
    assert "khu vực A, phường C, thành phố Huế) diện tích 1.490m². Năm 1968 ông N thoát ly" in text
    assert text.endswith(
        "\n\n[1] Án lệ này do Vụ Pháp chế và Quản lý khoa học Tòa án nhân dân tối cao đề xuất."
    )


def test_legacy_pdf_capitals_from_vntimeh_bold_and_u_horn_at_word_edges() -> None:
    """Acrobat Distiller 6 names the fonts "GDNPMG+VnTimeHBold": still the capitals font. TCVN3's
    "ư" comes out as a minus sign, also at a word's edge ("nh− sau", "Trung −¬ng", "Th«ng t−")."""
    result = pdf_to_text((REAL / "tcvn3-tt-01-2006-nhnn.pdf").read_bytes())
    lines = result.text.split("\n")
    assert lines[:4] == [
        "NGÂN HÀNG NHÀ NƯỚC",
        "VIỆT NAM",
        "Số : 01/2006/TT-NHNN",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]
    assert (
        "THÔNG TƯ" in lines
        and "1. Ngân hàng Nhà nước chi nhánh tỉnh, thành phố trực thuộc Trung ương:" in lines
    )
    assert "−" not in result.text and "∙" not in result.text
    report = real_text("tcvn3-bao-cao-cong-nghiep-02-2007.pdf").split("\n")
    # A heading in capitals over the full width, carried on by a centred line: one paragraph.
    assert (
        report[0]
        == "BÁO CÁO VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007"
    )


def test_small_print_list_beside_the_signature_and_word_tabs_after_markers() -> None:
    lines = real_text("quy-dinh-294-qd-tw-2025.pdf").split("\n")
    at = lines.index("Nơi nhận:")
    assert lines[at + 1 : at + 5] == [
        "- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương,",
        "- Các ban, cơ quan, đơn vị của Đảng ở Trung ương,",
        "- Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng,",
        "- Lưu Văn phòng Trung ương Đảng.",
    ]
    assert "1.1. Về tuổi đời." in lines
    guide = real_text("huong-dan-38-hd-btctw-2025.pdf")
    # The two header columns 33 pt apart on one line: cells, even beside accented capitals.
    assert guide.split("\n")[:2] == ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert "\n- Căn cứ phương châm, phương hướng" in guide and "\n-Căn" not in guide
    assert "Tài liệu này thuộc sở hữu" not in guide
