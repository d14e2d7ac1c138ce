"""Importing from a web address, against a local HTTP server on 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from desktop.domain.errors import ImportFailure
from desktop.ingest import web_fetch
from desktop.ingest.legacy_encodings import encode_cp1258
from desktop.ingest.web_fetch import fetch_page, looks_like_url, normalize_url, read_web_page
from tests.local_http import local_server

PAGES = Path(__file__).resolve().parents[2] / "data" / "ingest-web" / "pages"
ARTICLE = (PAGES / "dantri-xa-hoi-nha-ga-t3.html").read_bytes()
INDEX = (PAGES / "dantri-muc-the-gioi.html").read_bytes()
OLD_PAGE = "<html><body><h1>Tin cũ</h1><p>Hội nghị tổng kết công tác năm của Sở Nội vụ tỉnh.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (the timeout test)
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        path = self.path
        if path == "/bai":
            self._send(ARTICLE)
        elif path == "/muc":
            self._send(INDEX)
        elif path == "/cu":
            self._send(encode_cp1258(OLD_PAGE), "text/html; charset=windows-1258")
        elif path == "/chuyen":
            self.send_response(301)
            self.send_header("Location", "/bai")
            self.end_headers()
        elif path == "/vong":
            self.send_response(302)
            self.send_header("Location", "/vong2")
            self.end_headers()
        elif path == "/vong2":
            self.send_response(302)
            self.send_header("Location", "/vong")
            self.end_headers()
        elif path.startswith("/xa"):
            step = int(path[3:] or 0)
            self.send_response(302)
            self.send_header("Location", f"/xa{step + 1}")
            self.end_headers()
        elif path == "/pdf":
            self._send(b"%PDF-1.4 ...", "application/pdf")
        elif path == "/lon":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            try:
                for _ in range(200):  # 13 MB, more than the limit, without a length header
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client stopped reading: as it should
        elif path == "/cham":
            time.sleep(3)
            self._send(ARTICLE)
        else:
            self._send(b"<h1>Not found</h1>", status=404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_server(_Handler) as url:
        yield url


def failure(url: str, **kwargs: object) -> str:
    with pytest.raises(ImportFailure) as caught:
        read_web_page(url, **kwargs)  # type: ignore[arg-type]
    return caught.value.message


def test_a_news_page_is_read_with_its_address_as_source_link(server: str) -> None:
    doc = read_web_page(server + "/chuyen")  # redirected to /bai
    assert doc.title == "Khởi công Nhà ga T3 sân bay Tân Sơn Nhất"
    assert doc.source_url == server + "/bai"
    assert "Chiều 24/12, dự án Xây dựng Nhà ga hành khách T3" in doc.clean_text
    assert "Món ngon - Điểm đẹp" not in doc.clean_text


def test_charset_from_the_server_header(server: str) -> None:
    page = fetch_page(server + "/cu")
    assert "Hội nghị tổng kết công tác năm của Sở Nội vụ" in page.html
    assert page.charset.startswith("windows-1258")


def test_each_failure_says_what_happened(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "vòng quanh" in failure(server + "/vong")
    assert "quá 5 lần" in failure(server + "/xa0")
    assert "application/pdf" in failure(server + "/pdf")
    assert "quá lớn" in failure(server + "/lon")
    assert "404" in failure(server + "/khong-co")
    assert "mục lục" in failure(server + "/muc")
    assert "không trả lời trong 1 giây" in failure(server + "/cham", timeout=1.0)
    assert "http:// hoặc https://" in failure("ftp://127.0.0.1/tep.html")
    assert "http:// hoặc https://" in failure("file:///etc/passwd")
    # Nothing listens on a port just closed: connection refused.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    assert "từ chối kết nối" in failure(f"http://127.0.0.1:{port}/bai")

    def no_dns(*_args: object, **_kwargs: object) -> None:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    assert "không tìm thấy máy chủ “bao.example”" in failure("https://bao.example/bai")


def test_cancel_stops_the_download(server: str) -> None:
    with pytest.raises(ImportFailure) as caught:
        read_web_page(server + "/lon", cancelled=lambda: True)
    assert getattr(caught.value, "cancelled", False)


def test_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    assert normalize_url("vnexpress.net/thoi-su") == "https://vnexpress.net/thoi-su"
    assert normalize_url(" https://baochinhphu.vn/a#b ") == "https://baochinhphu.vn/a"
    assert looks_like_url("https://dantri.com.vn/x.htm") and looks_like_url("www.nhandan.vn")
    assert not looks_like_url("C:\\Tài liệu\\bai.html") and not looks_like_url("bai.txt")
    assert web_fetch.MAX_REDIRECTS == 5
