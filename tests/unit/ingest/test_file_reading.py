"""Each format imports to the same text; each bad input gets a Vietnamese message naming the file."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from desktop.domain.errors import ImportFailure
from desktop.ingest import (
    document_from_text,
    iter_importable_files,
    read_document,
    read_document_or_failure,
)
from desktop.ingest.legacy_encodings import encode_tcvn3, encode_vni

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
SEED_004 = next(SEEDS.glob("004_*.txt"))


def write_docx(path: Path, paragraphs: list[str], *, font: str = "Times New Roman") -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        run = document.add_paragraph().add_run(text)
        run.font.name = font
    document.save(str(path))
    return path


def failure_of(path: Path) -> ImportFailure:
    with pytest.raises(ImportFailure) as caught:
        read_document(path)
    failure = caught.value
    assert path.name in failure.message
    assert failure.message.startswith("Không nhập được")
    assert failure.origin == path.name  # type: ignore[attr-defined]
    return failure


def test_docx_html_md_and_txt_give_the_same_article(tmp_path: Path) -> None:
    txt = read_document(SEED_004)
    lines = txt.raw_text.split("\n")
    docx_doc = read_document(write_docx(tmp_path / "bai.docx", lines))
    body = "".join(f"<p>{line}</p>" if line else "<br>" for line in lines)
    html = f"<html><head><title>x</title><style>p {{color: red}}</style></head><body>{body}</body></html>"
    (tmp_path / "bai.html").write_text(html, encoding="utf-8")
    html_doc = read_document(tmp_path / "bai.html")
    (tmp_path / "bai.md").write_text("# " + lines[0] + "\n\n" + "\n".join(lines[1:]), encoding="utf-8")
    md_doc = read_document(tmp_path / "bai.md")
    for doc in (docx_doc, html_doc, md_doc):
        assert doc.clean_text == txt.clean_text
        assert (doc.title, doc.author, doc.published, doc.source) == (txt.title, txt.author, txt.published, txt.source)


def test_docx_typed_in_vntime_is_converted(tmp_path: Path) -> None:
    text = "Học tập và làm theo Bác\n\nĐảng ủy khối các cơ quan thành phố đã quan tâm, chỉ đạo triển khai rất bài bản."
    legacy = encode_tcvn3(text).decode("cp1252").split("\n")
    doc = read_document(write_docx(tmp_path / "cu.docx", legacy, font=".VnTime"))
    assert doc.title == "Học tập và làm theo Bác"
    assert "Đảng ủy khối các cơ quan" in doc.clean_text
    assert doc.encoding == "docx+tcvn3"


def test_docx_tables_are_read_in_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Tiêu đề bảng")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Chỉ tiêu", "Kết quả"
    table.cell(1, 0).text, table.cell(1, 1).text = "Tăng trưởng", "7,0%"
    document.add_paragraph("Đoạn sau bảng.")
    document.save(str(tmp_path / "bang.docx"))
    doc = read_document(tmp_path / "bang.docx")
    assert doc.clean_text == "Chỉ tiêu\tKết quả\nTăng trưởng\t7,0%\nĐoạn sau bảng."


def test_html_scripts_styles_and_meta(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><meta charset="utf-8">
    <meta property="og:site_name" content="Báo Nhân Dân">
    <meta property="article:published_time" content="2023-02-01T07:15:00+07:00">
    <meta name="author" content="Minh Anh">
    <script>document.write('HACKED'); alert(1)</script><style>.x{}</style></head>
    <body onload="alert(2)"><nav>Trang chủ | Thời sự | Kinh tế</nav>
    <h1>Nâng cao đạo đức công vụ</h1><noscript>Bật JavaScript</noscript>
    <p>Cán bộ, công chức phải luôn nêu cao tinh thần trách nhiệm trước nhiệm vụ được giao, dù là việc lớn hay việc nhỏ,
    việc đơn giản hay phức tạp, theo đúng tinh thần Chỉ thị số 05-CT/TW của Bộ Chính trị.</p>
    <script>var s = "<p>không phải nội dung</p>";</script><iframe src="x"></iframe>
    <p>Tin liên quan</p></body></html>"""
    (tmp_path / "trang.htm").write_text(page, encoding="utf-8")
    doc = read_document(tmp_path / "trang.htm")
    assert doc.title == "Nâng cao đạo đức công vụ"
    assert doc.source == "Nhân Dân" and doc.author == "Minh Anh" and doc.published == "2023-02-01T07:15"
    assert doc.clean_text.startswith("Cán bộ, công chức phải luôn nêu cao")
    for absent in ("HACKED", "alert", "không phải nội dung", "Bật JavaScript", "Trang chủ", "Tin liên quan"):
        assert absent not in doc.raw_text or absent in ("Trang chủ", "Tin liên quan")
        assert absent not in doc.clean_text
    assert doc.doc_refs == ("Chỉ thị 05-CT/TW",)


def test_html_in_windows_1258_with_declared_charset(tmp_path: Path) -> None:
    from desktop.ingest.legacy_encodings import encode_cp1258

    body = "<h1>Thúc đẩy trách nhiệm</h1><p>" + "Người đứng đầu cơ quan nêu gương trong thực thi công vụ. " * 4 + "</p>"
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>' + body
    (tmp_path / "cu.html").write_bytes(encode_cp1258(html))
    doc = read_document(tmp_path / "cu.html")
    assert doc.title == "Thúc đẩy trách nhiệm"
    assert doc.clean_text.startswith("Người đứng đầu cơ quan nêu gương")


def test_vni_txt_file(tmp_path: Path) -> None:
    text = SEED_004.read_text(encoding="utf-8")
    (tmp_path / "vni.txt").write_bytes(encode_vni(text))
    doc = read_document(tmp_path / "vni.txt")
    assert doc.encoding == "vni" and doc.clean_text == read_document(SEED_004).clean_text


def test_pasted_plain_text_and_html() -> None:
    doc = document_from_text("Tiêu đề bài dán\n\nNội dung bài viết dán từ trình duyệt, đủ dài để là một đoạn văn. " * 3)
    assert doc.title == "Tiêu đề bài dán" and doc.origin == "clipboard"
    html = doc2 = document_from_text("<h1>Bài từ web</h1><p>Đoạn văn thứ nhất của bài.</p><script>x()</script>", html=True)
    assert html.title == "Bài từ web" and doc2.clean_text == "Đoạn văn thứ nhất của bài."
    with pytest.raises(ImportFailure, match="nội dung đã dán"):
        document_from_text("   \n  ")


# --- bad input -------------------------------------------------------------------------
def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "rong.txt").write_bytes(b"")
    assert "tệp trống" in failure_of(tmp_path / "rong.txt").message
    (tmp_path / "trang.txt").write_text(" \n\n \t\n", encoding="utf-8")
    assert "không có chữ nào" in failure_of(tmp_path / "trang.txt").message


def test_jpeg_named_txt(tmp_path: Path) -> None:
    (tmp_path / "anh.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 10)
    assert "ảnh JPEG" in failure_of(tmp_path / "anh.txt").message


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "rac.txt").write_bytes(os.urandom(4096))
    assert "không phải tệp văn bản" in failure_of(tmp_path / "rac.txt").message


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "lon.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    assert "quá lớn (200 MB)" in failure_of(path).message


def test_corrupt_docx(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "tot.docx", ["Một đoạn văn."]).read_bytes()
    (tmp_path / "hong.docx").write_bytes(good[: len(good) // 2])
    assert "bị hỏng" in failure_of(tmp_path / "hong.docx").message
    (tmp_path / "gia.docx").write_text("không phải zip", encoding="utf-8")
    assert "hỏng" in failure_of(tmp_path / "gia.docx").message


def test_password_protected_docx(tmp_path: Path) -> None:
    # Word saves an encrypted .docx as an OLE compound file, not a zip.
    (tmp_path / "matkhau.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    assert "mật khẩu" in failure_of(tmp_path / "matkhau.docx").message


def test_docx_zip_bomb(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (64 * 1024 * 1024))
    (tmp_path / "bom.docx").write_bytes(buffer.getvalue())
    assert "bom nén" in failure_of(tmp_path / "bom.docx").message


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "khoa.txt"
    path.write_text("Nội dung", encoding="utf-8")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    assert "không có quyền đọc" in failure_of(path).message


def test_vanished_path(tmp_path: Path) -> None:
    assert "không còn tồn tại" in failure_of(tmp_path / "mat.txt").message
    files, problems = iter_importable_files([tmp_path / "mat.txt"])
    assert files == [] and "không còn tồn tại" in problems[0][1]


def test_unexpected_errors_become_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.ingest.file_reading as file_reading

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(file_reading, "build_document", boom)
    result = read_document_or_failure(SEED_004)
    assert isinstance(result, ImportFailure) and SEED_004.name in result.message and "RuntimeError" in result.detail


def test_folders_recursive_sorted_and_unsupported_reported(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "1.DOCX").write_bytes(b"x")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "anh.jpg").write_bytes(b"x")
    (tmp_path / "cu.doc").write_bytes(b"x")
    (tmp_path / "Thumbs.db").write_bytes(b"x")
    (tmp_path / "~$tam.docx").write_bytes(b"x")
    (tmp_path / ".an").mkdir()
    (tmp_path / ".an" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "trang.htm").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "trang_files").mkdir()
    (tmp_path / "trang_files" / "anh.png").write_bytes(b"x")
    (tmp_path / "trang_files" / "khung.html").write_text("<p>quảng cáo</p>", encoding="utf-8")
    (tmp_path / "kieu.css").write_text("p {}", encoding="utf-8")
    files, problems = iter_importable_files([tmp_path, tmp_path / "a.md"])
    # .doc is read since issue 13; a Word lock file is skipped with a message.
    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["a.md", "b/1.DOCX", "b/2.txt", "cu.doc", "trang.htm"]
    reasons = {p.name: r for p, r in problems}
    assert set(reasons) == {"anh.jpg", "~$tam.docx"}
    assert ".jpg" in reasons["anh.jpg"] and ".doc" in reasons["anh.jpg"] and "~$" in reasons["~$tam.docx"]


def test_a_form_in_word_keeps_its_lines_and_takes_no_date_from_the_file() -> None:
    """A law firm's court form (.docx): the motto, the form's title and its labelled blanks all
    stay; the title reads in sentence case, as a library lists it; the file's creation date is
    not the document's (it bears none)."""
    real = Path(__file__).resolve().parents[2] / "data" / "ingest-real" / "don-yeu-cau-giai-quyet-viec-dan-su.docx"
    document = read_document(real)
    assert document.title == "Đơn yêu cầu giải quyết việc dân sự"
    assert document.clean_text.startswith(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nĐƠN YÊU CẦU GIẢI QUYẾT VIỆC DÂN SỰ\n(V/v: Công nhận"
    )
    assert "Họ tên người yêu cầu:" in document.clean_text.split("\n")
    assert document.published is None
