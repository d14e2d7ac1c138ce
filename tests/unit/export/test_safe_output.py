"""Writing export files: bad names, missing folders, locked files, full disks leave nothing behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop.export.safe_output import ExportWriteError, check_file_name, write_export_file


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("báo:cáo.docx", "không được phép trên Windows (:)"),
        ("a?b*.docx", "(* ?)"),
        ('trích "dẫn".md', '(")'),
        ("CON.docx", "tên dành riêng của Windows"),
        ("lpt1", "tên dành riêng"),
        ("báo cáo. ", "không được kết thúc"),
        ("x" * 300 + ".docx", "quá dài"),
    ],
)
def test_windows_forbidden_names_are_refused(name: str, expected: str) -> None:
    with pytest.raises(ExportWriteError) as caught:
        check_file_name(Path(name))
    assert expected in caught.value.message


def test_vietnamese_names_are_fine(tmp_path: Path) -> None:
    target = write_export_file(tmp_path / "Tổng hợp trích dẫn – quý 1.docx", b"data")
    assert target.read_bytes() == b"data"
    assert _leftovers(tmp_path) == ["Tổng hợp trích dẫn – quý 1.docx"]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportWriteError, match="không tồn tại"):
        write_export_file(tmp_path / "khong-co" / "a.docx", b"x")


def test_replace_keeps_old_file_when_rename_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "báo cáo.docx"
    target.write_bytes(b"old")

    def locked(src: str, dst: str) -> None:  # what Windows does while Word holds the file
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportWriteError) as caught:
        write_export_file(target, b"new")
    assert "đang được mở trong chương trình khác" in caught.value.message
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == ["báo cáo.docx"]


def test_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", denied)
    with pytest.raises(ExportWriteError, match="Không có quyền ghi vào thư mục"):
        write_export_file(tmp_path / "a.docx", b"x")


def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(ExportWriteError, match="đã đầy"):
        write_export_file(tmp_path / "a.docx", b"x" * 1000)
    assert _leftovers(tmp_path) == []


def test_office_owner_file_means_the_document_is_open(tmp_path: Path) -> None:
    target = tmp_path / "baocao.docx"
    target.write_bytes(b"old")
    (tmp_path / "~$ocao.docx").write_bytes(b"owner")  # Word's lock file for baocao.docx
    with pytest.raises(ExportWriteError, match="đang được mở trong Word"):
        write_export_file(target, b"new")
    assert target.read_bytes() == b"old"


def test_directory_as_target(tmp_path: Path) -> None:
    (tmp_path / "thu-muc.docx").mkdir()
    with pytest.raises(ExportWriteError, match="là một thư mục"):
        write_export_file(tmp_path / "thu-muc.docx", b"x")
