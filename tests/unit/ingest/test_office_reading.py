"""Every document kind through read_document: chosen by content, labelled, bad input refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.domain.errors import ImportFailure
from desktop.ingest import iter_importable_files, read_document, read_document_or_failure

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest-files"


@pytest.mark.parametrize(
    ("name", "label", "first_words"),
    [
        ("hien-phap-2013.doc", "doc", "QUỐC HỘI"),
        ("hien-phap-2013.docx", "docx", "QUỐC HỘI"),
        ("hien-phap-2013-p1-6.pdf", "pdf", "QUỐC HỘI"),
        ("hien-phap-1959.rtf", "rtf", "HIẾN PHÁP"),
        ("hien-phap-1959.odt", "odt", "HIẾN PHÁP"),
        ("hien-phap-1959-tcvn3.doc", "doc+tcvn3", "HIẾN PHÁP"),
        ("hien-phap-1959-tcvn3.pdf", "pdf+tcvn3", "Nước Việt Nam"),
        ("hien-phap-1959-vni.docx", "docx+vni", "HIẾN PHÁP"),
    ],
)
def test_each_kind_imports_with_its_label(name: str, label: str, first_words: str) -> None:
    doc = read_document(DATA / name)
    assert doc.encoding == label and doc.encoding_sure
    assert doc.raw_text.startswith(first_words)
    assert "Nước" in doc.clean_text or "nước" in doc.clean_text


def test_reader_follows_the_content_not_the_name(tmp_path: Path) -> None:
    shutil.copy(DATA / "hien-phap-1959.rtf", tmp_path / "tai-ve.doc")  # portals serve RTF as .doc
    assert read_document(tmp_path / "tai-ve.doc").encoding == "rtf"
    (tmp_path / "trang.doc").write_text("<html><head><title>Thông báo</title></head><body><p>Nội dung thông báo của Sở Nội vụ về lịch họp.</p></body></html>", encoding="utf-8")
    assert "Nội dung thông báo" in read_document(tmp_path / "trang.doc").clean_text
    (tmp_path / "anh.pdf").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    with pytest.raises(ImportFailure, match="ảnh JPEG"):
        read_document(tmp_path / "anh.pdf")


@pytest.mark.parametrize(
    ("name", "reason"),
    [("hien-phap-2013-scan.pdf", "bản quét"), ("hien-phap-2013-encrypted.pdf", "mật khẩu")],
)
def test_scan_and_password_are_refused_with_the_file_named(name: str, reason: str) -> None:
    failure = read_document_or_failure(DATA / name)
    assert isinstance(failure, ImportFailure) and name in failure.message and reason in failure.message


def test_word_lock_file_is_skipped_with_a_message_even_when_chosen(tmp_path: Path) -> None:
    lock = tmp_path / "~$ Bao cao.docx"
    lock.write_bytes(b"\x0bNguyen Van A" + b"\x00" * 150)
    files, problems = iter_importable_files([lock])
    assert files == [] and "~$" in problems[0][1]
    failure = read_document_or_failure(lock)
    assert isinstance(failure, ImportFailure) and "tệp khóa tạm của Word" in failure.message


def test_cancel_while_reading_a_long_pdf_is_a_failure_not_an_article() -> None:
    calls: list[int] = []
    failure = read_document_or_failure(
        DATA / "hien-phap-2013-p1-6.pdf", progress=lambda done, total: calls.append(done), cancelled=lambda: len(calls) >= 2
    )
    assert isinstance(failure, ImportFailure) and "đã dừng" in failure.message and calls == [1, 2]
