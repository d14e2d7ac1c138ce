"""Saved pages of real Vietnamese outlets (tests/data/ingest-news) imported as a user would: by
file through the library service, and by address from a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.local_http import local_server

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest-news"
PAGES: list[dict[str, Any]] = json.loads((DATA / "expectations.json").read_text(encoding="utf-8"))["pages"]
ARTICLES = [p for p in PAGES if p["kind"] == "article"]
INDEXES = [p for p in PAGES if p["kind"] == "index"]

# Expectations that cannot be met yet, each with its precise reason (strict: a fix must remove it).
XFAIL: dict[tuple[str, str], str] = {}

_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def _lines(text: str) -> list[str]:
    return [_SPACES.sub(" ", line).strip() for line in unicodedata.normalize("NFC", text).split("\n")]


def _xfail(file: str, aspect: str) -> None:
    reason = XFAIL.get((file, aspect))
    if reason:
        pytest.xfail(reason)


def import_pages(root: Path) -> dict[str, Any]:
    """Every page imported once, in one library: file name -> (meta, text), or the failure's reason."""
    from desktop.services import Services

    results: dict[str, Any] = {}
    with Services.open(root, seed=False) as services:
        report = services.library.import_paths([DATA / p["file"] for p in PAGES], workers=1)
        for meta in report.added:
            results[Path(meta.origin).name] = (meta, services.library.get_article(meta.id).clean_text)
        for origin, reason in report.failures:
            results[Path(origin).name] = reason
    return results


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return import_pages(tmp_path_factory.mktemp("news-lib"))


def _article(imported: dict[str, Any], page: dict[str, Any]) -> tuple[Any, str]:
    got = imported.get(page["file"])
    assert isinstance(got, tuple), f"{page['file']} was not imported: {got!r}"
    return got


def text_problems(page: dict[str, Any], title: str, text: str) -> list[str]:
    """What the reading text gets wrong: a body phrase missing from its paragraph, furniture read."""
    lines = _lines(title) + _lines(text)
    whole = "\n".join(lines)
    problems = [f"missing: {p!r}" for p in page.get("must", []) if not any(p in line for line in lines)]
    problems += [f"furniture read: {p!r}" for p in page.get("must_not", []) if p in whole]
    problems += [f"line read: {p!r}" for p in page.get("not_lines", []) if p in lines]
    return problems


@pytest.mark.parametrize("page", ARTICLES, ids=[p["file"] for p in ARTICLES])
def test_article_text_is_the_article_alone(imported: dict[str, Any], page: dict[str, Any]) -> None:
    _xfail(page["file"], "text")
    meta, text = _article(imported, page)
    assert text_problems(page, meta.title, text) == []
    # The headline is read once: as the title, not again as the first line of the text.
    assert _lines(text)[0] != page["title"]


@pytest.mark.parametrize("page", ARTICLES, ids=[p["file"] for p in ARTICLES])
def test_article_metadata_from_the_page(imported: dict[str, Any], page: dict[str, Any]) -> None:
    _xfail(page["file"], "metadata")
    meta, _ = _article(imported, page)
    got = {
        "title": meta.title,
        "date": (meta.published or "")[:10],
        "author": meta.author,
        "source": meta.source,
    }
    expected = {k: page[k] for k in ("title", "date", "author", "source")}
    assert got == expected
    assert meta.source_url == page["url"]  # a saved page keeps the address it states for itself
    if "time" in page:
        assert (meta.published or "")[11:16] == page["time"]


@pytest.mark.parametrize("page", INDEXES, ids=[p["file"] for p in INDEXES])
def test_home_and_section_pages_are_refused(imported: dict[str, Any], page: dict[str, Any]) -> None:
    _xfail(page["file"], "index")
    got = imported.get(page["file"])
    assert isinstance(got, str), f"{page['file']} was imported as an article: {got[0].title!r}"
    assert "không phải một bài viết" in got


# --- the same pages by web address, from a server on 127.0.0.1 --------------------------------


_SHAPE_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn: part of the letter in Windows-1258


def _windows_1258(text: str) -> bytes:
    """Text as a legacy Vietnamese page stores it: Windows-1258, tones as combining marks after
    the letters the code page holds precomposed (â, ê, ô, ă, ơ, ư, đ)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        shape = "".join(m for m in parts[1:] if m in _SHAPE_MARKS)
        tones = "".join(m for m in parts[1:] if m not in _SHAPE_MARKS)
        try:
            out += unicodedata.normalize("NFC", parts[0] + shape).encode("cp1258") + tones.encode("cp1258")
        except UnicodeEncodeError:
            out += b"?"
    return bytes(out)


def _legacy_copy(html: str) -> bytes:
    html = re.sub(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", '<meta charset="windows-1258">', html, flags=re.I)
    html = re.sub(r"charset=utf-8", "charset=windows-1258", html, flags=re.I)
    return _windows_1258(html)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Serves /utf8/<file> (Content-Type with charset) and /legacy/<file> (Windows-1258, the
    charset said only by the page's own meta tag, the header says "text/html" alone)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            kind, _, name = self.path.strip("/").partition("/")
            path = DATA / name
            if kind not in ("utf8", "legacy") or not path.is_file():
                self.send_error(404)
                return
            html = path.read_text(encoding="utf-8")
            body = html.encode("utf-8") if kind == "utf8" else _legacy_copy(html)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8" if kind == "utf8" else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with local_server(Handler) as url:
        yield url


BY_ADDRESS = [(p, kind) for p in ARTICLES for kind in ("utf8", "legacy")] + [(INDEXES[0], "utf8")]


@pytest.mark.parametrize(
    ("page", "kind"), BY_ADDRESS, ids=[f"{kind}-{p['file']}" for p, kind in BY_ADDRESS]
)
def test_import_by_address(server: str, tmp_path: Path, page: dict[str, Any], kind: str) -> None:
    from desktop.services import Services

    _xfail(page["file"], f"url-{kind}")
    url = f"{server}/{kind}/{page['file']}"
    with Services.open(tmp_path / "lib", seed=False) as services:
        report = services.library.import_url(url)
        if page["kind"] == "index":
            assert not report.added
            assert "không phải một bài viết" in report.failures[0][1]
            return
        assert report.added, report.failures
        meta = report.added[0]
        text = services.library.get_article(meta.id).clean_text
    assert text_problems(page, meta.title, text) == []
    assert (meta.title, meta.source, meta.author, (meta.published or "")[:10]) == (
        page["title"],
        page["source"],
        page["author"],
        page["date"],
    )
    assert meta.source_url == url
    if kind == "legacy":
        assert meta.encoding.startswith("windows-1258")
