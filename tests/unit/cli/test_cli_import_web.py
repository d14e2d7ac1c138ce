"""`import` with web addresses, official documents and encodings that are only guessed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.local_http import local_server

DATA = Path(__file__).resolve().parents[2] / "data" / "ingest-web"
PAGE = (DATA / "pages" / "dantri-the-thao-quang-hai.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        body, status = (PAGE, 200) if self.path == "/bai" else (b"<h1>404</h1>", 404)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    with local_server(_Handler) as url:
        yield url


def test_import_an_address_and_a_file_together(tmp_path: Path, server: str, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path / "lib")
    code = main(["import", server + "/bai", str(DATA / "official" / "nd-30-2020-tracuuphapluat.txt"), "--data-dir", lib, "--json"])
    assert code == 0
    added = {a["title"]: a for a in json.loads(capsys.readouterr().out)["added"]}
    page = added["Quang Hải chạy đua với thời gian trước trận gặp Malaysia"]
    assert (page["source"], page["source_url"]) == ("Dân trí", server + "/bai")
    decree = added["Nghị định 30/2020/NĐ-CP về công tác văn thư"]
    assert (decree["doc_number"], decree["source"], decree["published"]) == ("30/2020/NĐ-CP", "Chính phủ", "2020-03-05")


def test_a_failing_address_exits_non_zero_with_the_reason(tmp_path: Path, server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", server + "/khong-co", "--data-dir", str(tmp_path / "lib")]) == 1
    out = capsys.readouterr().out
    assert "lỗi 404" in out and "Không nhập được trang" in out


def test_an_unsure_encoding_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Two marked words only: too little to tell TCVN3 from VNI or VISCII with confidence.
    path = tmp_path / "ngan.txt"
    path.write_bytes("Danh sach: Hµ Néi, STT 1-20, ma so 612/QD-UBND\n".encode("cp1252"))
    assert main(["import", str(path), "--data-dir", str(tmp_path / "lib")]) == 0
    captured = capsys.readouterr()
    assert "? ngan.txt: bảng mã đoán là" in captured.out and "không chắc chắn" in captured.out
    assert "--encoding" in captured.out


def test_encoding_help_lists_every_encoding(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for key in ("utf-8", "utf-16", "windows-1258", "tcvn3", "vni", "viscii", "windows-1252"):
        assert key in help_text
