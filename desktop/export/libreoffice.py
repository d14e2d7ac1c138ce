"""LibreOffice, when the user has it installed: lays a .docx out into PDF pages, headless.

Why: a Word table of contents only gets page numbers when Word updates its fields, which it
does on opening only after a prompt the user may refuse (and never in Protected View).
Computing the page of each heading ourselves would mean re-implementing Word's line breaking
and keep rules. LibreOffice lays the same file out with the same Times New Roman metrics, so
the brief is written once, paginated by LibreOffice, and written again with the numbers as the
table's saved result. LibreOffice is an external program (MPL): called, never shipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.message import Message

CONVERT_TIMEOUT_S = 180
ENV_OVERRIDE = "TRICHDAN_SOFFICE"  # a soffice outside the usual places
NOT_FOUND = Message(
    "Mục lục có số trang cần LibreOffice (miễn phí, libreoffice.org) để tính số trang, "
    "nhưng máy này chưa có LibreOffice. Hãy cài LibreOffice rồi xuất lại, hoặc bỏ mục lục.",
    code="libreoffice_missing",
)


def _candidates() -> list[Path]:
    places: list[Path] = []
    if sys.platform == "win32":
        for variable in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"):
            root = os.environ.get(variable)
            if root:
                places.append(Path(root) / "LibreOffice" / "program" / "soffice.exe")
    elif sys.platform == "darwin":
        places.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return places


def find_soffice() -> Path | None:
    """The LibreOffice program, or None when it is not installed."""
    override = os.environ.get(ENV_OVERRIDE, "").strip()
    if override:
        return Path(override) if Path(override).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((p for p in _candidates() if p.is_file()), None)


def docx_to_pdf(data: bytes, *, soffice: Path | None = None, timeout: float = CONVERT_TIMEOUT_S) -> bytes:
    """The PDF LibreOffice makes of `data` (a .docx). A private, throw-away profile keeps it
    apart from a LibreOffice the user has open. UserError when it is missing or fails."""
    program = soffice or find_soffice()
    if program is None:
        raise UserError(NOT_FOUND)
    with tempfile.TemporaryDirectory(prefix="trichdan-lo-") as tmp:
        folder = Path(tmp)
        source = folder / "brief.docx"
        source.write_bytes(data)
        command = [
            str(program),
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            subprocess.run(
                command,
                capture_output=True,
                timeout=timeout,
                check=False,
                stdin=subprocess.DEVNULL,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise UserError(
                Message(
                    "LibreOffice không tính được số trang cho mục lục (không chạy được hoặc quá lâu). "
                    "Hãy thử lại, hoặc xuất không kèm mục lục.",
                    code="libreoffice_failed",
                ),
                detail=repr(exc),
            ) from exc
        result = folder / "brief.pdf"
        if not result.is_file():
            raise UserError(
                Message(
                    "LibreOffice không tạo được bản in để tính số trang mục lục. "
                    "Hãy thử lại, hoặc xuất không kèm mục lục.",
                    code="libreoffice_failed",
                )
            )
        return result.read_bytes()
