"""Which files a list of dropped or chosen paths stands for (folders recursively)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.domain.message import Message

SUPPORTED_SUFFIXES = (
    ".txt", ".md", ".markdown", ".docx", ".doc", ".pdf", ".rtf", ".odt", ".html", ".htm", ".xhtml",
)
# A lock file Word keeps beside an open document ("~$ Báo cáo.docx"): a few bytes, never the text.
LOCK_FILE_REASON = Message(
    "là tệp khóa tạm của Word (tên bắt đầu bằng “~$”), không phải tài liệu: đã bỏ qua", code="word_lock_file"
)
# Files an OS or Word leaves in folders; never the user's articles, never worth a message.
_SYSTEM_NAMES = {"thumbs.db", "desktop.ini", ".ds_store", "icon\r"}


# Parts of saved web pages and site assets: never articles, and too many to list one by one.
_ASSET_SUFFIXES = {".js", ".mjs", ".css", ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".ico", ".svg"}


def _is_saved_page_folder(folder: Path) -> bool:
    """"Bài viết_files" beside "Bài viết.htm": the pictures and scripts a browser saved."""
    for suffix in ("_files", "_tệp", "-Dateien", "_fichiers"):
        if folder.name.endswith(suffix):
            stem = folder.name[: -len(suffix)]
            return any((folder.parent / f"{stem}{ext}").exists() for ext in (".htm", ".html", ".xhtml"))
    return False


def _is_system_file(path: Path) -> bool:
    name = path.name.lower()
    return name in _SYSTEM_NAMES or name.startswith(("._", ".~lock"))


def is_lock_file(path: Path) -> bool:
    return path.name.startswith("~$")


def unsupported_reason(path: Path) -> str:
    if is_lock_file(path):
        return LOCK_FILE_REASON
    suffix = path.suffix.lower()
    if suffix in (".xls", ".xlsx", ".ppt", ".pptx", ".ods", ".odp"):
        return Message(
            "là bảng tính hoặc bản trình chiếu ({suffix}), không phải văn bản để đọc", code="spreadsheet_or_slides", suffix=suffix
        )
    shown = suffix or Message("không có phần mở rộng")
    return Message(
        "không phải loại tệp nhập được ({suffix}); chỉ nhập .docx, .doc, .pdf, .rtf, .odt, .txt, .md, .html",
        code="unsupported_type",
        suffix=shown,
    )


def _walk_folder(folder: Path, files: list[Path], problems: list[tuple[Path, str]]) -> None:
    def on_error(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        problems.append((where, Message("không mở được thư mục (không có quyền đọc)", code="folder_unreadable")))

    for root, dirs, names in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _is_saved_page_folder(Path(root) / d))
        for name in sorted(names):
            path = Path(root) / name
            if name.startswith(".") or _is_system_file(path) or path.suffix.lower() in _ASSET_SUFFIXES:
                continue
            if path.suffix.lower() in SUPPORTED_SUFFIXES and not is_lock_file(path):
                files.append(path)
            else:
                problems.append((path, unsupported_reason(path)))


def iter_importable_files(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(files to read, sorted and without repeats; [(path, reason: a Message)] for the rest)."""
    files: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for path in paths:
        path = Path(path)
        try:
            if path.is_dir():
                _walk_folder(path, files, problems)
            elif path.is_file():
                if path.suffix.lower() in SUPPORTED_SUFFIXES and not is_lock_file(path):
                    files.append(path)
                else:
                    problems.append((path, unsupported_reason(path)))
            elif path.exists():
                problems.append((path, Message("không phải tệp thông thường", code="not_a_file")))
            else:
                problems.append((path, Message("không còn tồn tại (có thể đã bị xóa hoặc chuyển đi)", code="missing")))
        except OSError as exc:
            problems.append((path, Message("không truy cập được ({cause})", code="inaccessible", cause=str(exc.strerror or exc))))
    unique = sorted({p.absolute(): p for p in files}.values(), key=lambda p: str(p).casefold())
    return unique, problems
