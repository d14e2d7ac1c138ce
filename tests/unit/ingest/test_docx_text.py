"""Whole .docx: notes, text boxes, numbering, tables, legacy fonts per run, properties."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.ingest.docx_text import DocxProblem, docx_to_text
from desktop.ingest.legacy_encodings import encode_tcvn3, encode_vni

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest-files"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def run(text: str, font: str | None = None) -> str:
    fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    pieces = "<w:softHyphen/>".join(f'<w:t xml:space="preserve">{t}</w:t>' for t in text.split("\u00ad"))
    return f"<w:r>{fonts}{pieces}</w:r>"


def para(*runs: str, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    props = ""
    if num or style:
        numbering = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
        styled = f'<w:pStyle w:val="{style}"/>' if style else ""
        props = f"<w:pPr>{styled}{numbering}</w:pPr>"
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def make_docx(body: str, parts: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}</w:body></w:document>')
        for name, xml in (parts or {}).items():
            archive.writestr(name, xml)
    return buffer.getvalue()


NUMBERING = f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>"""


def test_numbering_bullets_and_styles() -> None:
    styles = f"""<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:styleId="Muc">
      <w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style></w:styles>"""
    body = (
        para(run("Phạm vi"), style="Muc")
        + para(run("Điều chỉnh"), num=(5, 0))
        + para(run("cơ quan nhà nước;"), num=(5, 1))
        + para(run("tổ chức."), num=(5, 1))
        + para(run("Đối tượng"), num=(5, 0))
        + para(run("cá nhân"), num=(5, 1))
        + para(run("một ý"), num=(6, 0))
        + para(run("Giải thích từ ngữ"), style="Muc")
    )
    text = docx_to_text(make_docx(body, {"word/numbering.xml": NUMBERING, "word/styles.xml": styles})).text
    assert text.split("\n") == [
        "I. Phạm vi", "1. Điều chỉnh", "a) cơ quan nhà nước;", "b) tổ chức.", "2. Đối tượng", "a) cá nhân", "• một ý",
        "II. Giải thích từ ngữ",
    ]


def test_footnotes_and_endnotes_are_numbered_notes_at_the_end() -> None:
    notes = f"""<w:footnotes xmlns:w="{W_NS}">
      <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
      <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Cỡ chữ từ 13 đến 14.</w:t></w:r></w:p></w:footnote>
    </w:footnotes>"""
    endnotes = f"""<w:endnotes xmlns:w="{W_NS}"><w:endnote w:id="2"><w:p><w:r><w:t>Xem Phụ lục I.</w:t></w:r></w:p></w:endnote></w:endnotes>"""
    body = para(run("Phông chữ Times New Roman"), '<w:r><w:footnoteReference w:id="1"/></w:r>', run(", in đứng"), '<w:r><w:endnoteReference w:id="2"/></w:r>', run("."))
    text = docx_to_text(make_docx(body, {"word/footnotes.xml": notes, "word/endnotes.xml": endnotes})).text
    assert text == "Phông chữ Times New Roman[1], in đứng[2].\n\n[1] Cỡ chữ từ 13 đến 14.\n[2] Xem Phụ lục I."


def test_text_boxes_are_read_once_after_their_paragraph() -> None:
    box = "<w:txbxContent>" + para(run("Mở đầu của luận văn.")) + "</w:txbxContent>"
    drawing = (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box + "</wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    body = para(run("Trang bìa"), drawing) + para(run("Chương 1"))
    assert docx_to_text(make_docx(body)).text == "Trang bìa\nMở đầu của luận văn.\nChương 1"


def test_fields_deleted_text_and_headers_are_left_out() -> None:
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    deleted = '<w:del><w:r><w:delText>bỏ đi</w:delText></w:r></w:del>'
    body = para(run("Trang "), field, deleted, run(" còn lại"))
    parts = {"word/header1.xml": f'<w:hdr xmlns:w="{W_NS}">' + para(run("TIÊU ĐỀ ĐẦU TRANG")) + "</w:hdr>"}
    assert docx_to_text(make_docx(body, parts)).text == "Trang 7 còn lại"


def test_data_table_rows_and_merged_cells() -> None:
    def cell(text: str, merge: str | None = None) -> str:
        props = f'<w:tcPr><w:vMerge w:val="{merge}"/></w:tcPr>' if merge == "restart" else ("<w:tcPr><w:vMerge/></w:tcPr>" if merge else "")
        return f"<w:tc>{props}{para(run(text))}</w:tc>"

    table = (
        "<w:tbl>"
        + "<w:tr>" + cell("STT") + cell("Nội dung") + cell("Ghi chú") + cell("Đơn vị") + "</w:tr>"
        + "<w:tr>" + cell("1") + cell("Văn thư", "restart") + cell("") + cell("Sở") + "</w:tr>"
        + "<w:tr>" + cell("2") + cell("", "continue") + cell("x") + cell("Phòng") + "</w:tr>"
        + "</w:tbl>"
    )
    assert docx_to_text(make_docx(table)).text.split("\n") == [
        "STT\tNội dung\tGhi chú\tĐơn vị", "1\tVăn thư\t\tSở", "2\t\tx\tPhòng",
    ]


def test_official_header_table_reads_cell_by_cell() -> None:
    def cell(*lines: str) -> str:
        return "<w:tc>" + "".join(para(run(line)) for line in lines) + "</w:tc>"

    header = (
        "<w:tbl><w:tr>" + cell("CHÍNH PHỦ", "-------") + cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
        + "</w:tr><w:tr>" + cell("Số: 30/2020/NĐ-CP") + cell("Hà Nội, ngày 05 tháng 3 năm 2020") + "</w:tr></w:tbl>"
    )
    text = docx_to_text(make_docx(header + para(run("NGHỊ ĐỊNH")))).text
    assert text.split("\n") == [
        "CHÍNH PHỦ", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 30/2020/NĐ-CP", "Hà Nội, ngày 05 tháng 3 năm 2020", "NGHỊ ĐỊNH",
    ]


def test_legacy_fonts_decided_per_run() -> None:
    tcvn3 = encode_tcvn3("Ban Chấp hành trưởng thôn").decode("cp1252")
    upper = encode_tcvn3("quyết định").decode("cp1252")  # typed lower case in the capitals font
    vni = encode_vni("Sở Nội vụ").decode("cp1252")
    body = (
        para(run(upper, ".VnTimeH"))
        + para(run(tcvn3, ".VnTime"), run(" và Unicode đúng.", "Times New Roman"))
        + para(run(vni, "VNI-Times"))
    )
    result = docx_to_text(make_docx(body))
    assert result.text == "QUYẾT ĐỊNH\nBan Chấp hành trưởng thôn và Unicode đúng.\nSở Nội vụ"
    assert result.legacy == {"tcvn3", "vni"}
    assert "\u00ad" in tcvn3  # the "ư" travels as Word's soft hyphen and is not lost


def test_legacy_font_inherited_from_the_default_style() -> None:
    styles = f"""<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>
      <w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"""
    body = para(run(encode_tcvn3("Hà Nội, ngày 12 tháng 6 năm 2018").decode("cp1252")))
    assert docx_to_text(make_docx(body, {"word/styles.xml": styles})).text == "Hà Nội, ngày 12 tháng 6 năm 2018"


def test_core_properties_become_hints_without_account_names() -> None:
    core = """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
      <dc:title>Báo cáo tổng kết công tác năm 2023</dc:title><dc:creator>Administrator</dc:creator>
      <dcterms:created>2023-12-20T08:00:00Z</dcterms:created></cp:coreProperties>"""
    hints = docx_to_text(make_docx(para(run("x")), {"docProps/core.xml": core})).hints
    assert hints == {"title": "Báo cáo tổng kết công tác năm 2023", "published": "2023-12-20T08:00:00Z"}


def test_damaged_xml_is_a_clear_problem() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(DocxProblem, match="bị hỏng"):
        docx_to_text(buffer.getvalue())


def test_real_constitution_docx() -> None:
    result = docx_to_text((DATA / "hien-phap-2013.docx").read_bytes())
    lines = result.text.split("\n")
    assert lines[:3] == ["QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "Điều 1" in lines and "CHỦ TỊCH QUỐC HỘI" in lines and lines[-1] == "Nguyễn Sinh Hùng"
    assert "title" not in result.hints  # its property says "QUỐC HỘI": the issuer, not a title


@pytest.mark.parametrize("name", ["hien-phap-1959-tcvn3.docx", "hien-phap-1959-vni.docx"])
def test_real_text_in_legacy_fonts(name: str) -> None:
    text = docx_to_text((DATA / name).read_bytes()).text
    assert text.startswith("HIẾN PHÁP\nNƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nLỜI NÓI ĐẦU\nNước Việt Nam ta là một nước thống nhất")
    assert "(Bản gõ lại bằng Unicode.)" in text and "mươi" in text and "nớc" not in text
    assert not any(mark in text for mark in ("µ", "­", "ø", "Ñ"))
