"""LibreOffice headless as a fallback converter (to .docx), with a time limit and no leftovers.

Used only for files our own readers cannot parse (Word 6/95 .doc, odd structures). Each call
gets a private profile folder (a user's running LibreOffice is never touched and a stale lock
never blocks us) and its own process group, killed whole when the time limit passes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.domain.message import Message

TIME_LIMIT_S = 90.0
_CANDIDATES_WINDOWS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


class ConverterProblem(ValueError):
    """Why the conversion did not happen, as a Vietnamese phrase saying what to do."""


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        for candidate in _CANDIDATES_WINDOWS:
            if Path(candidate).exists():
                return candidate
    return None


def _kill(process: subprocess.Popen[bytes]) -> None:
    try:
        if sys.platform == "win32":
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, timeout=10)
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        process.kill()
    process.wait(timeout=10)


def convert_to_docx(data: bytes, suffix: str, time_limit: float = TIME_LIMIT_S, soffice: str | None = None) -> bytes:
    """The file's bytes converted by LibreOffice to .docx bytes. Raises ConverterProblem."""
    program = soffice or find_soffice()
    if program is None:
        raise ConverterProblem(
            Message(
                "máy chưa có phần mềm đọc được định dạng này: hãy mở tệp bằng Microsoft Word "
                "(hoặc LibreOffice) và lưu lại dạng .docx rồi nhập, hoặc cài LibreOffice (miễn phí)",
                code="converter_missing",
            )
        )
    work = Path(tempfile.mkdtemp(prefix="trichdan-convert-"))
    try:
        source = work / f"input{suffix}"
        source.write_bytes(data)
        profile = work / "profile"
        out_dir = work / "out"
        command = [
            program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(source),
        ]
        options: dict[str, object] = {}
        if sys.platform == "win32":
            options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | getattr(subprocess, "CREATE_NO_WINDOW", 0)
        else:
            options["start_new_session"] = True  # its own process group: killed whole on time-out
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, **options)  # type: ignore[call-overload]  # noqa: S603
        try:
            process.wait(timeout=time_limit)
        except subprocess.TimeoutExpired:
            _kill(process)
            raise ConverterProblem(
                Message(
                    "LibreOffice chuyển đổi tệp quá {seconds:.0f} giây nên đã bị dừng: hãy mở tệp bằng "
                    "Word và lưu lại dạng .docx rồi nhập",
                    code="conversion_timeout",
                    seconds=time_limit,
                )
            ) from None
        if sys.platform != "win32":
            with contextlib.suppress(OSError):  # helpers it forked (oosplash, soffice.bin) go too
                os.killpg(process.pid, signal.SIGKILL)
        result = out_dir / "input.docx"
        if process.returncode != 0 or not result.exists():
            raise ConverterProblem(Message("LibreOffice không chuyển đổi được tệp (tệp có thể bị hỏng)", code="conversion_failed"))
        return result.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)
