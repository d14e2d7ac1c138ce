"""Writing an export file: a checked name, a temp file, then rename; clear errors for the user."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.message import Message

_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_NAME_LENGTH = 255


class ExportWriteError(UserError):
    """The export file could not be written; nothing was left behind."""


def check_file_name(path: Path) -> None:
    """Refuse names Windows cannot hold, so a file made here can be shared with colleagues."""
    name = path.name
    if not name or name in (".", ".."):
        raise ExportWriteError(Message("Hãy nhập tên tệp cần xuất.", code="no_file_name"))
    bad = sorted(set(_WINDOWS_FORBIDDEN.findall(name)))
    if bad:
        shown = " ".join(c if c.isprintable() else repr(c) for c in bad)
        raise ExportWriteError(
            Message(
                "Tên tệp “{name}” có ký tự không được phép trên Windows ({characters}). Hãy đặt tên khác.",
                code="forbidden_characters",
                name=name,
                characters=shown,
            )
        )
    if name.rstrip(" .") != name:
        raise ExportWriteError(
            Message("Tên tệp “{name}” không được kết thúc bằng dấu chấm hay dấu cách.", code="bad_name_end", name=name)
        )
    if name.split(".")[0].upper().rstrip() in _WINDOWS_RESERVED:
        raise ExportWriteError(Message("“{name}” là tên dành riêng của Windows. Hãy đặt tên khác.", code="reserved_name", name=name))
    if len(name.encode("utf-8")) > MAX_NAME_LENGTH:
        raise ExportWriteError(Message("Tên tệp quá dài. Hãy đặt tên ngắn hơn.", code="name_too_long"))


def _office_lock_exists(path: Path) -> bool:
    """Word and LibreOffice leave an owner file next to a document they have open."""
    candidates = (f"~${path.name}", f"~${path.name[2:]}", f".~lock.{path.name}#")
    return any((path.parent / c).exists() for c in candidates)


def _message_for(exc: OSError, path: Path) -> str:
    folder = path.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Message(
            "Ổ đĩa chứa “{folder}” đã đầy. Hãy giải phóng dung lượng hoặc lưu vào nơi khác.", code="disk_full", folder=str(folder)
        )
    if exc.errno == errno.EROFS:
        return Message("Thư mục “{folder}” chỉ cho phép đọc. Hãy lưu vào nơi khác.", code="read_only", folder=str(folder))
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return Message("Đường dẫn tệp quá dài. Hãy chọn tên hoặc thư mục ngắn hơn.", code="path_too_long")
    if exc.errno == errno.ENOTDIR:
        return Message(
            "Một phần của đường dẫn “{folder}” là tệp, không phải thư mục. Hãy chọn thư mục khác.",
            code="not_a_folder",
            folder=str(folder),
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        if target_exists(path):
            return Message(
                "Không ghi đè được tệp “{name}”: tệp đang được mở trong chương trình khác (ví dụ Word) "
                "hoặc chỉ cho phép đọc. Hãy đóng tệp rồi xuất lại, hoặc đặt tên khác.",
                code="file_in_use",
                name=path.name,
            )
        return Message("Không có quyền ghi vào thư mục “{folder}”. Hãy chọn thư mục khác.", code="permission_denied", folder=str(folder))
    return Message(
        "Không ghi được tệp “{name}” ({cause}). Tệp cũ (nếu có) vẫn giữ nguyên.",
        code="write_failed",
        name=path.name,
        cause=str(exc.strerror or exc),
    )


def check_target(path: Path) -> Path:
    """Everything that can be known before the (possibly long) work: name, folder, lock.
    Never an OSError: a path the system cannot even look at (too long, a file used as a
    folder) is a clear message too."""
    path = Path(path).expanduser()
    check_file_name(path)
    folder = path.parent
    try:
        if path.is_dir():
            raise ExportWriteError(
                Message("“{path}” là một thư mục. Hãy nhập tên tệp trong thư mục đó.", code="is_folder", path=str(path))
            )
        if not folder.exists():
            raise ExportWriteError(
                Message("Thư mục “{folder}” không tồn tại. Hãy chọn thư mục khác.", code="folder_missing", folder=str(folder))
            )
        if not folder.is_dir():
            raise ExportWriteError(
                Message("“{folder}” là một tệp, không phải thư mục. Hãy chọn thư mục khác.", code="not_a_folder", folder=str(folder))
            )
        if not os.access(folder, os.W_OK):
            raise ExportWriteError(
                Message(
                    "Không có quyền ghi vào thư mục “{folder}” (chỉ cho phép đọc). Hãy chọn thư mục khác.",
                    code="permission_denied",
                    folder=str(folder),
                )
            )
        locked = path.exists() and _office_lock_exists(path)
    except OSError as exc:
        raise ExportWriteError(_message_for(exc, path), detail=repr(exc)) from exc
    if locked:
        raise ExportWriteError(
            Message(
                "Tệp “{name}” đang được mở trong Word hoặc LibreOffice. Hãy đóng tệp rồi xuất lại, hoặc đặt tên khác.",
                code="file_in_use",
                name=path.name,
            )
        )
    return path


def target_exists(path: Path) -> bool:
    """Whether a file is already there (False, not an error, for a path the system refuses)."""
    try:
        return Path(path).expanduser().exists()
    except OSError:
        return False


def write_export_file(path: Path, data: bytes) -> Path:
    """Write `data` to `path` atomically: either the whole new file or the untouched old one."""
    path = check_target(path)
    folder = path.parent
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem[:40]}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if path.exists():
            # Keep the existing file's permissions (a shared folder's group access, for one).
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, path.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise ExportWriteError(_message_for(exc, path), detail=repr(exc)) from exc
    except BaseException:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise
    return path
