"""PDF through Qt printing (GUI and CLI) and the import flow's confirmation."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.cli.main import main as cli_main
from desktop.export.export_options import BriefOptions, ExportFormat, ExportRequest
from desktop.gui.export.import_annotations_flow import confirm_and_import
from desktop.gui.export.pdf_renderer import render_pdf
from tests.gui.test_export_dialog import _annotate

PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_has_the_excerpts_and_page_numbers_from_page_two(main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = main_window.services
    _annotate(services)
    request = ExportRequest(options=BriefOptions(include_appendix=True), format=ExportFormat.PDF)
    services.export.export(request, tmp_path / "b.pdf", pdf_renderer=render_pdf)
    data = (tmp_path / "b.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    pages = (
        subprocess.run(
            [PDFTOTEXT, str(tmp_path / "b.pdf"), "-"], check=True, capture_output=True, timeout=60
        )
        .stdout.decode()
        .split("\f")
    )
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 2
    flat = " ".join(" ".join(pages).split())
    for quote in ("Kết luận số 01-KL/TW", "thái độ phục vụ nhân dân", "Văn bản chỉ đạo"):
        assert quote in flat
    assert _top_margin_words(tmp_path / "b.pdf", 1) == []  # Nghị định 30: none on page 1
    for page in range(2, len(pages) + 1):
        assert _top_margin_words(tmp_path / "b.pdf", page) == [str(page)]


def _top_margin_words(pdf: Path, page: int) -> list[str]:
    """Words drawn in the top margin (20 mm = 56.7 pt) of one page: only the centred page
    number belongs there (no half-hidden line of the page before either)."""
    import re

    html = subprocess.run(
        [PDFTOTEXT, "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode()
    found = []
    for x0, x1, y1, word in re.findall(
        r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html
    ):
        if float(y1) < 56.7:
            centre = (float(x0) + float(x1)) / 2
            # The text column's centre: A4 595 pt, left margin 30 mm (85 pt), right 15 mm (42.5 pt).
            found.append(
                word if abs(centre - (85 + (595 - 42.5)) / 2) < 6 else f"off-centre {word}"
            )
    return found


def test_cli_pdf_starts_qt_itself(services, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _annotate(services)
    folder = services.data_dir
    services.close()
    target = tmp_path / "brief.pdf"
    assert (
        cli_main(["export", "--data-dir", str(folder), "--format", "pdf", "-o", str(target)]) == 0
    )
    assert target.read_bytes().startswith(b"%PDF")


def _colleague_file(services, tmp_path: Path, id_suffix: str, body: dict) -> Path:  # type: ignore[no-untyped-def]
    """Our own JSON-LD export, turned into a colleague's: new ids, a different body."""
    shared = tmp_path / "shared.jsonld"
    services.export.export(ExportRequest(format=ExportFormat.JSONLD), shared)
    document = json.loads(shared.read_text(encoding="utf-8"))
    for item in document["first"]["items"]:
        item["id"] += id_suffix
        item["body"] = [body]
    shared.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return shared


def test_import_flow_merges_after_confirmation(main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = main_window.services
    _annotate(services)
    shared = _colleague_file(
        services, tmp_path, "-copy", {"type": "TextualBody", "value": "Ý kiến đồng nghiệp"}
    )
    before = services.annotations.count()
    report = confirm_and_import(services, shared, main_window, ask=False)
    assert report is not None and len(report.added) == 3
    assert services.annotations.count() == before + 3


def test_import_flow_refuses_a_bad_file(main_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.gui.export.import_annotations_flow.show_error",
        lambda parent, exc, title="": shown.append(str(exc)),
    )
    bad = tmp_path / "bad.jsonld"
    bad.write_text("[1, 2", encoding="utf-8")
    assert confirm_and_import(main_window.services, bad, main_window, ask=False) is None
    assert shown and "không phải JSON hợp lệ" in shown[0]


def test_import_is_undoable_from_the_edit_menu(main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = main_window.services
    _annotate(services)
    shared = _colleague_file(
        services, tmp_path, "-b", {"type": "TextualBody", "purpose": "tagging", "value": "Thẻ của đồng nghiệp"}
    )
    before = services.annotations.count()
    report = confirm_and_import(services, shared, main_window, ask=False)
    main_window.export_controller.record_import(report, shared.name)
    assert services.annotations.count() == before + 3
    assert services.tags.find("Thẻ của đồng nghiệp") is not None
    main_window.undo_stack.undo()
    assert services.annotations.count() == before
    assert services.tags.find("Thẻ của đồng nghiệp") is None
    main_window.undo_stack.redo()
    assert services.annotations.count() == before + 3
