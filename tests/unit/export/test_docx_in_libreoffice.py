"""The brief opens in a real office suite: LibreOffice converts it to PDF and the text is there."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.export.export_options import BriefOptions, ExportFormat, ExportRequest
from tests.unit.export.export_library import ExportLibrary

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.slow
@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: cannot check the .docx opens"
)
@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_libreoffice_converts_the_brief_and_keeps_every_excerpt(
    export_library: ExportLibrary, empty_services: object, tmp_path: Path
) -> None:
    options = BriefOptions(
        title="Tổng hợp ý kiến", agency="Sở Nội vụ", include_toc=True, include_appendix=True
    )
    target = tmp_path / "Tổng hợp.docx"
    empty_services.export.export(ExportRequest(options=options, format=ExportFormat.DOCX), target)  # type: ignore[attr-defined]
    profile = (tmp_path / "lo-profile").as_uri()  # a private profile: parallel runs do not collide
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "Tổng hợp.pdf"
    assert pdf.exists(), "LibreOffice did not produce a PDF"
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode()
    flat = " ".join(text.split())
    assert "TỔNG HỢP Ý KIẾN" in flat
    for annotation in export_library.annotations.values():
        assert " ".join(annotation.quote.exact.split()) in flat, annotation.id
    assert "Ý chính để mở đầu báo cáo." in flat
    assert "Phụ lục: toàn văn bài viết" in flat
    pdffonts = shutil.which("pdffonts")
    if pdffonts:
        # One family (Times New Roman or its metric twin): no glyph fell back to another face.
        listing = subprocess.run(
            [pdffonts, str(pdf)], check=True, capture_output=True, timeout=60
        ).stdout.decode()
        names = [line.split()[0] for line in listing.splitlines()[2:] if line.strip()]
        families = {name.split("+")[-1].split("-")[0].split(",")[0] for name in names}
        assert len(families) == 1, families
