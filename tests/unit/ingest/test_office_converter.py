"""LibreOffice fallback: missing program, a converter that hangs, no process left behind."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from desktop.ingest.office_converter import ConverterProblem, convert_to_docx

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fake converter is a shell script")


def fake_soffice(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def test_missing_converter_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.ingest.office_converter.find_soffice", lambda: None)
    with pytest.raises(ConverterProblem, match="lưu lại dạng .docx.*cài LibreOffice"):
        convert_to_docx(b"x", ".doc")


def test_hanging_converter_is_killed_with_its_children(tmp_path: Path) -> None:
    marker = tmp_path / "child.pid"
    program = fake_soffice(tmp_path, f"sleep 60 & echo $! > {marker}\nwait")
    started = time.monotonic()
    with pytest.raises(ConverterProblem, match="quá 1 giây"):
        convert_to_docx(b"x", ".doc", time_limit=1.0, soffice=program)
    assert time.monotonic() - started < 10
    child = int(marker.read_text().strip())
    time.sleep(0.3)
    assert not _running(child)  # the converter's own child went with its process group


def _running(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    if status.exists():  # a killed child not yet reaped by init is a zombie, not running
        return "State:\tZ" not in status.read_text()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_converter_that_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ConverterProblem, match="không chuyển đổi được"):
        convert_to_docx(b"x", ".doc", soffice=fake_soffice(tmp_path, "exit 0"))


def test_converter_output_is_returned_and_the_work_folder_removed(tmp_path: Path) -> None:
    # Arguments: … --outdir OUT SOURCE; the fake copies the source as OUT/input.docx.
    program = fake_soffice(tmp_path, 'for a; do prev="$out"; out="$a"; done\nmkdir -p "$prev" && cp "$out" "$prev/input.docx"')
    assert convert_to_docx(b"PK-fake", ".doc", soffice=program) == b"PK-fake"
