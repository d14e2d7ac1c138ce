"""File › Nhập từ địa chỉ web…: fetched off the GUI thread from a 127.0.0.1 server, with cancel."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from desktop.gui.importing.url_import_dialog import UrlImportDialog
from tests.local_http import local_server

PAGE = (Path(__file__).resolve().parents[1] / "data" / "ingest-web" / "pages" / "dantri-xa-hoi-nha-ga-t3.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        if self.path == "/cham":
            time.sleep(1.5)
        body = PAGE if self.path in ("/bai", "/cham") else b"<h1>404</h1>"
        try:
            self.send_response(200 if body is PAGE else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client stopped waiting


@pytest.fixture
def server() -> Iterator[str]:
    with local_server(_Handler) as url:
        yield url


def test_menu_entry_opens_the_dialog_and_the_article(qtbot, main_window, server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    controller = main_window.url_import_controller
    assert controller.action in main_window.menus["file"].actions()
    opened: list[str] = []
    monkeypatch.setattr(main_window, "open_article", opened.append)

    def run(dialog: UrlImportDialog) -> int:
        dialog.show()
        dialog.ok_button.click()
        assert dialog.progress.isVisible()  # busy, and the window still answers
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted or not dialog.busy, timeout=15000)
        return int(dialog.result())

    monkeypatch.setattr(UrlImportDialog, "exec", run)
    controller.import_url(server + "/bai")
    assert controller.dialog.added is not None
    assert controller.dialog.added.title == "Khởi công Nhà ga T3 sân bay Tân Sơn Nhất"
    assert controller.dialog.added.source_url == server + "/bai"
    assert opened == [controller.dialog.added.id]


def test_a_failure_is_said_in_the_dialog_and_the_library_is_unchanged(qtbot, services, server) -> None:  # type: ignore[no-untyped-def]
    before = services.library.count()
    dialog = UrlImportDialog(services, server + "/khong-co")
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    assert "404" in dialog.status.text()
    assert dialog.ok_button.isEnabled()  # the address can be corrected and tried again
    assert services.library.count() == before


def test_cancel_stops_and_imports_nothing(qtbot, services, server) -> None:  # type: ignore[no-untyped-def]
    before = services.library.count()
    dialog = UrlImportDialog(services, server + "/cham")
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert dialog.busy
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    assert "Đã dừng" in dialog.status.text() or services.library.count() == before + 1
    if "Đã dừng" in dialog.status.text():
        assert services.library.count() == before
