"""`export` and `import-annotations` on the command line."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import docx
import pytest

from desktop.cli.main import main
from desktop.services import Services
from tests.unit.export.export_library import build_library


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    with Services.open(folder, seed=False) as services:
        build_library(services)
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_a_tag_to_docx(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.docx"
    code, out, _ = _run(
        capsys,
        "export",
        "--data-dir",
        str(data_dir),
        "--tag",
        "Đạo đức công vụ",
        "--agency",
        "UBND TP HÀ NỘI\\nSỞ NỘI VỤ",
        "-o",
        str(target),
    )
    assert code == 0 and "Đã xuất 3 trích dẫn từ 2 bài viết" in out
    document = docx.Document(io.BytesIO(target.read_bytes()))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Tổng quan", "I. ĐẠO ĐỨC CÔNG VỤ", "1. Nêu gương"]


def test_format_from_suffix_and_json_output(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "export",
        "--data-dir",
        str(data_dir),
        "--json",
        "--article",
        "a000",
        "--group-by",
        "article",
        "-o",
        str(tmp_path / "a.csv"),
    )
    assert code == 0
    result = json.loads(out)
    assert (result["format"], result["excerpts"], result["articles"]) == ("csv", 2, 1)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--tag", "Không có thẻ"], "Không có thẻ “Không có thẻ”"),
        (["--article", "zzz"], "Không có bài viết mã “zzz”"),
        (["--from", "2024-02-30"], "không hợp lệ"),
        (["--from", "2030-01-01"], "Không có trích dẫn nào phù hợp"),
    ],
)
def test_bad_requests_fail_with_a_clear_message(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    code, _, err = _run(
        capsys, "export", "--data-dir", str(data_dir), *extra, "-o", str(tmp_path / "x.md")
    )
    assert code == 1 and message in err
    assert not (tmp_path / "x.md").exists()


def test_existing_file_needs_overwrite(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.md"
    target.write_text("bản tôi đã sửa tay", encoding="utf-8")
    code, _, err = _run(capsys, "export", "--data-dir", str(data_dir), "-o", str(target))
    assert code == 1 and "--overwrite" in err
    assert target.read_text(encoding="utf-8") == "bản tôi đã sửa tay"
    code, _, _ = _run(
        capsys, "export", "--data-dir", str(data_dir), "-o", str(target), "--overwrite"
    )
    assert code == 0 and target.read_text(encoding="utf-8").startswith("*Hà Nội, ngày")


def test_forbidden_windows_name(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "export", "--data-dir", str(data_dir), "-o", str(tmp_path / "a<b>.docx")
    )
    assert code == 1 and "không được phép trên Windows" in err


def test_party_layout_and_the_users_name(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "chi-bo.docx"
    code, out, _ = _run(
        capsys, "export", "--data-dir", str(data_dir), "--json", "--style", "hd36",
        "--agency", "Đảng bộ phường\\nChi bộ 3", "--number", "15-BC/CB", "--author", "Nguyễn Thị Lan",
        "--font-size", "15", "-o", str(target),
    )  # fmt: skip
    assert code == 0 and json.loads(out)["style"] == "hd36"
    document = docx.Document(io.BytesIO(target.read_bytes()))
    assert document.tables[0].rows[0].cells[1].paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert document.tables[0].rows[1].cells[0].paragraphs[0].text == "Số 15-BC/CB"
    assert document.core_properties.author == "Nguyễn Thị Lan"
    code, _, err = _run(
        capsys, "export", "--data-dir", str(data_dir), "--style", "nd30", "--font-size", "15",
        "-o", str(tmp_path / "x.docx"),
    )  # fmt: skip
    assert code == 1 and "Cỡ chữ 15 không hợp với thể thức nd30" in err


@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed"
)
def test_toc_numbered_by_libreoffice(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "muc-luc.docx"
    code, _, err = _run(capsys, "export", "--data-dir", str(data_dir), "--toc", "-o", str(target))
    assert code == 0, err
    document = docx.Document(io.BytesIO(target.read_bytes()))
    entries = [p.text for p in document.paragraphs if p.style.name.startswith("toc")]
    assert entries[0] == "Tổng quan\t2" and all(e.split("\t")[1].isdigit() for e in entries)


@pytest.mark.parametrize(
    ("output", "extra", "message"),
    [
        ("brief.md", ["--format", "jsonld"], "có đuôi .md nhưng --format là jsonld"),
        ("brief.csv", ["--toc"], "không có mục lục"),
        ("brief", [], "Không đoán được định dạng"),
        ("", [], "Hãy cho biết tệp kết quả"),
        ("CON.docx", [], "tên dành riêng của Windows"),
        ("thiếu/thư-mục/x.docx", [], "không tồn tại"),
        ("a" * 300 + ".docx", [], "quá dài"),
        ("b" * 300 + "/x.docx", [], "quá dài"),  # a folder name the system refuses to look at
        ("a|b.docx", [], "không được phép trên Windows"),
    ],
)
def test_every_bad_output_path_is_a_clear_message(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    output: str,
    extra: list[str],
    message: str,
) -> None:
    target = str(tmp_path / output) if output else ""
    code, out, err = _run(capsys, "export", "--data-dir", str(data_dir), *extra, "-o", target)
    assert code == 1 and message in err, err
    assert "Traceback" not in err + out
    assert [p.name for p in tmp_path.iterdir()] == ["lib"]


def test_a_folder_or_a_file_where_a_folder_should_be(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = _run(capsys, "export", "--data-dir", str(data_dir), "--format", "docx", "-o", str(folder))
    assert code == 1 and "là một thư mục" in err
    blocker = tmp_path / "tep.txt"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = _run(capsys, "export", "--data-dir", str(data_dir), "-o", str(blocker / "x.docx"))
    assert code == 1 and "không phải thư mục" in err and "Traceback" not in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = _run(capsys, "export", "--data-dir", str(data_dir), "-o", str(folder / "x.docx"))
    finally:
        folder.chmod(0o700)
    assert code == 1 and "chỉ cho phép đọc" in err


def test_typed_suffix_decides_and_extension_is_added(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "export", "--data-dir", str(data_dir), "--json", "--format", "md", "-o", str(tmp_path / "ban.v2"))
    assert code == 0 and json.loads(out)["path"].endswith("ban.v2.md")
    code, out, _ = _run(capsys, "export", "--data-dir", str(data_dir), "--json", "-o", str(tmp_path / "ban.markdown"))
    assert code == 0 and json.loads(out)["format"] == "md"


def test_import_annotations_report_and_dry_run(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared.jsonld"
    assert _run(capsys, "export", "--data-dir", str(data_dir), "-o", str(shared))[0] == 0
    document = json.loads(shared.read_text(encoding="utf-8"))
    document["first"]["items"][0]["modified"] = "2099-01-01T00:00:00Z"
    document["first"]["items"][0]["body"] = [
        {"type": "TextualBody", "value": "Sửa bởi đồng nghiệp"}
    ]
    shared.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = _run(
        capsys, "import-annotations", "--data-dir", str(data_dir), str(shared), "--dry-run"
    )
    assert code == 0 and "Chạy thử" in out and "cập nhật 1" in out
    code, out, _ = _run(
        capsys, "import-annotations", "--data-dir", str(data_dir), "--json", str(shared)
    )
    report = json.loads(out)
    assert len(report["updated"]) == 1 and len(report["skipped"]) == 4
    assert report["skipped"][0]["reason"] == "bản trong thư viện mới hơn hoặc giống hệt"
    code, out, _ = _run(
        capsys, "import-annotations", "--data-dir", str(data_dir), "--json", str(shared)
    )
    assert json.loads(out)["updated"] == []


def test_import_refuses_a_broken_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_text(
        '{"type": "AnnotationPage", "items": [{"type": "Annotation", "id": "x", "target": 1}]}',
        encoding="utf-8",
    )
    code, _, err = _run(capsys, "import-annotations", "--data-dir", str(data_dir), str(bad))
    assert code == 1 and "không nhập gì cả" in err
