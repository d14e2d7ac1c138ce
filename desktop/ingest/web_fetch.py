"""Fetch one web page for import: http(s) only, bounded in time, size and redirects, decoded once.

Standard library only (urllib): one GET, no cookies, no scripts run. Every failure is an
ImportFailure with a sentence (a Message) a user can act on.
"""

from __future__ import annotations

import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message as Headers
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from desktop.domain.errors import ImportFailure
from desktop.domain.message import Message

if TYPE_CHECKING:
    from desktop.ingest.document import ImportedDocument

TIMEOUT_S = 20.0  # the whole download, not only each network wait
MAX_BYTES = 10 * 1024 * 1024  # an article page is hundreds of kilobytes; 10 MB is not a page
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) TrichDan/0.1"

Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    html: str
    charset: str  # where the text's encoding came from: "utf-8 (máy chủ)", "windows-1258 (trang)"…


class _Cancelled(Exception):
    pass


def normalize_url(text: str) -> str:
    """"vnexpress.net/abc" -> "https://vnexpress.net/abc"; raises ImportFailure for what is no web address."""
    text = text.strip()
    if re.match(r"^[a-z][a-z0-9+.-]*://", text, re.I) is None and re.match(r"^(www\.)?[\w-]+(\.[\w-]+)+(/|$)", text):
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise ImportFailure(
            Message(
                "“{address}” không phải địa chỉ trang web: chỉ nhập được địa chỉ bắt đầu bằng http:// hoặc https://",
                code="not_a_web_address",
                address=text,
            )
        )
    if not parts.hostname:
        raise ImportFailure(
            Message("“{address}” thiếu tên máy chủ (ví dụ: https://baochinhphu.vn/...)", code="no_host", address=text)
        )
    # An address pasted with Vietnamese letters ("…/tin-tức") or an international domain name.
    netloc = parts.netloc
    if not netloc.isascii():
        host = parts.hostname.encode("idna").decode("ascii")
        netloc = host + (f":{parts.port}" if parts.port else "")
    path = urllib.parse.quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = urllib.parse.quote(parts.query, safe="=&%:@!$'()*+,;/?-._~")
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self) -> None:
        self.seen: list[str] = []

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        target = urllib.parse.urljoin(req.full_url, newurl)
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            raise ImportFailure(Message("trang web chuyển hướng sang một địa chỉ không phải http/https", code="bad_redirect"))
        if target in self.seen or target == req.full_url:
            raise ImportFailure(
                Message("trang web chuyển hướng vòng quanh (quay về chính nó), không dẫn tới bài viết nào", code="redirect_loop")
            )
        self.seen.append(target)
        if len(self.seen) > MAX_REDIRECTS:
            raise ImportFailure(
                Message("trang web chuyển hướng quá {limit} lần, không dẫn tới bài viết", code="too_many_redirects", limit=MAX_REDIRECTS)
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _charset(headers: Headers, data: bytes) -> tuple[str | None, str]:
    declared = headers.get_content_charset()
    if declared:
        return declared.lower(), "máy chủ"
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", data[:8192], re.I)
    if match:
        return match.group(1).decode("ascii").lower(), "trang"
    return None, "tự nhận diện"


def _decode(data: bytes, headers: Headers) -> tuple[str, str]:
    from desktop.ingest.text_decoding import NotText, decode_as, decode_bytes

    charset, said_by = _charset(headers, data)
    aliases = {"utf8": "utf-8", "cp1258": "windows-1258", "x-viet-vni": "vni", "tcvn": "tcvn3", "tcvn-5712": "tcvn3"}
    charset = aliases.get(charset or "", charset)
    if charset:
        try:
            return decode_as(data, charset), f"{charset} ({said_by})"
        except NotText:
            try:
                return data.decode(charset, errors="replace"), f"{charset} ({said_by})"
            except LookupError:
                pass  # an unknown name: detect instead
    try:
        decoded = decode_bytes(data)
    except NotText:
        raise ImportFailure(Message("nội dung trang không phải chữ đọc được (bảng mã không rõ)", code="not_text")) from None
    return decoded.text, f"{decoded.encoding} (tự nhận diện)"


def _read(response: object, deadline: float, cancelled: Cancelled | None) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if cancelled is not None and cancelled():
            raise _Cancelled
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read(_CHUNK)  # type: ignore[attr-defined]
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BYTES:
            raise ImportFailure(
                Message(
                    "trang quá lớn (hơn {megabytes} MB), không phải một trang bài viết",
                    code="page_too_large",
                    megabytes=MAX_BYTES // (1024 * 1024),
                )
            )
        chunks.append(chunk)


def _timed_out(host: str, timeout: float) -> Message:
    return Message(
        "máy chủ {host} không trả lời trong {seconds:.0f} giây; hãy thử lại sau", code="timeout", host=host, seconds=timeout
    )


def fetch_page(
    url: str,
    *,
    timeout: float = TIMEOUT_S,
    cancelled: Cancelled | None = None,
) -> FetchedPage:
    """GET `url`; raises ImportFailure (timeout, redirect loop, not HTML, too big, DNS, refused…),
    or ImportFailure with `cancelled=True` set when the user stopped it."""
    url = normalize_url(url)
    redirects = _Redirects()
    opener = urllib.request.build_opener(redirects)
    request = urllib.request.Request(
        url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
    )
    deadline = time.monotonic() + timeout
    host = urlsplit(url).hostname or url
    try:
        with opener.open(request, timeout=min(timeout, 15.0)) as response:
            content_type = (response.headers.get_content_type() or "").lower()
            if content_type not in _HTML_TYPES:
                raise ImportFailure(
                    Message(
                        "địa chỉ này không dẫn tới một trang web mà tới một tệp “{kind}”; "
                        "hãy tải tệp về máy rồi nhập tệp đó",
                        code="not_a_page",
                        kind=content_type or Message("không rõ loại"),
                    )
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_BYTES:
                raise ImportFailure(
                    Message(
                        "trang quá lớn ({megabytes} MB), không phải một trang bài viết",
                        code="page_too_large",
                        megabytes=int(length) // (1024 * 1024),
                    )
                )
            data = _read(response, deadline, cancelled)
            final_url = response.geturl()
            html, charset = _decode(data, response.headers)
    except _Cancelled:
        failure = ImportFailure(Message("đã dừng tải trang theo yêu cầu", code="cancelled"))
        failure.cancelled = True  # type: ignore[attr-defined]
        raise failure from None
    except ImportFailure:
        raise
    except urllib.error.HTTPError as exc:
        reasons = {
            404: Message("không có trang này trên máy chủ (lỗi 404): hãy kiểm tra lại địa chỉ", code="http_404"),
            403: Message("máy chủ từ chối cho tải trang (lỗi 403)", code="http_403"),
            401: Message("trang yêu cầu đăng nhập (lỗi 401)", code="http_401"),
            410: Message("trang đã bị gỡ bỏ (lỗi 410)", code="http_410"),
        }
        said = reasons.get(exc.code) or Message(
            "máy chủ trả lời lỗi {status} ({cause})", code="http_error", status=exc.code, cause=str(exc.reason)
        )
        raise ImportFailure(said) from None
    except TimeoutError:
        raise ImportFailure(_timed_out(host, timeout)) from None
    except urllib.error.URLError as exc:
        reason: object = exc.reason
        if isinstance(reason, TimeoutError):
            raise ImportFailure(_timed_out(host, timeout)) from None
        if isinstance(reason, socket.gaierror):
            raise ImportFailure(
                Message("không tìm thấy máy chủ “{host}”: hãy kiểm tra địa chỉ và kết nối Internet", code="host_not_found", host=host)
            ) from None
        if isinstance(reason, ConnectionRefusedError):
            raise ImportFailure(Message("máy chủ {host} từ chối kết nối", code="connection_refused", host=host)) from None
        if isinstance(reason, ssl.SSLError):
            raise ImportFailure(
                Message("không kết nối an toàn được với {host} (lỗi chứng chỉ bảo mật)", code="certificate_error", host=host)
            ) from None
        raise ImportFailure(
            Message("không kết nối được với {host} ({cause})", code="connection_failed", host=host, cause=str(reason))
        ) from None
    except (ConnectionError, OSError) as exc:
        raise ImportFailure(
            Message("kết nối tới {host} bị ngắt ({cause})", code="connection_lost", host=host, cause=str(exc.strerror or exc))
        ) from None
    return FetchedPage(final_url, html, charset)


def read_web_page(url: str, *, timeout: float = TIMEOUT_S, cancelled: Cancelled | None = None) -> ImportedDocument:
    """Fetch and read one page; its address becomes the article's source link."""
    from desktop.ingest.document_builder import build_document
    from desktop.ingest.html_text import page_to_text

    try:
        page = fetch_page(url, timeout=timeout, cancelled=cancelled)
        text = page_to_text(page.html, page.url)
        hints = {**text.hints, "url": page.url}
        return build_document(text.text, origin=page.url, encoding=page.charset.split(" ")[0], hints=hints)
    except ImportFailure as exc:
        failure = ImportFailure(Message("Không nhập được trang “{address}”: {reason}.", address=url.strip(), reason=exc.message))
        failure.origin = url.strip()  # type: ignore[attr-defined]
        failure.cancelled = getattr(exc, "cancelled", False)  # type: ignore[attr-defined]
        raise failure from None


def looks_like_url(text: str) -> bool:
    """What a user typed or pasted is a web address rather than a file path."""
    return bool(re.match(r"^\s*(https?://|www\.)\S+$", text, re.I))
