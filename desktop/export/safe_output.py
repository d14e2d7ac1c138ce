"""Writing an export file: a checked name, a temp file, then rename; clear Vietnamese errors."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from pathlib import Path

from desktop.domain.errors import UserError

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
        raise ExportWriteError("Hãy nhập tên tệp cần xuất.")
    bad = sorted(set(_WINDOWS_FORBIDDEN.findall(name)))
    if bad:
        shown = " ".join(c if c.isprintable() else repr(c) for c in bad)
        raise ExportWriteError(
            f"Tên tệp “{name}” có ký tự không được phép trên Windows ({shown}). Hãy đặt tên khác."
        )
    if name.rstrip(" .") != name:
        raise ExportWriteError(f"Tên tệp “{name}” không được kết thúc bằng dấu chấm hay dấu cách.")
    if name.split(".")[0].upper().rstrip() in _WINDOWS_RESERVED:
        raise ExportWriteError(f"“{name}” là tên dành riêng của Windows. Hãy đặt tên khác.")
    if len(name.encode("utf-8")) > MAX_NAME_LENGTH:
        raise ExportWriteError("Tên tệp quá dài. Hãy đặt tên ngắn hơn.")


def _office_lock_exists(path: Path) -> bool:
    """Word and LibreOffice leave an owner file next to a document they have open."""
    candidates = (f"~${path.name}", f"~${path.name[2:]}", f".~lock.{path.name}#")
    return any((path.parent / c).exists() for c in candidates)


def _message_for(exc: OSError, path: Path) -> str:
    folder = path.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"Ổ đĩa chứa “{folder}” đã đầy. Hãy giải phóng dung lượng hoặc lưu vào nơi khác."
    if exc.errno == errno.EROFS:
        return f"Thư mục “{folder}” chỉ cho phép đọc. Hãy lưu vào nơi khác."
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return "Đường dẫn tệp quá dài. Hãy chọn tên hoặc thư mục ngắn hơn."
    if exc.errno == errno.ENOTDIR:
        return f"Một phần của đường dẫn “{folder}” là tệp, không phải thư mục. Hãy chọn thư mục khác."
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        if target_exists(path):
            return (
                f"Không ghi đè được tệp “{path.name}”: tệp đang được mở trong chương trình khác (ví dụ Word) "
                "hoặc chỉ cho phép đọc. Hãy đóng tệp rồi xuất lại, hoặc đặt tên khác."
            )
        return f"Không có quyền ghi vào thư mục “{folder}”. Hãy chọn thư mục khác."
    return (
        f"Không ghi được tệp “{path.name}” ({exc.strerror or exc}). Tệp cũ (nếu có) vẫn giữ nguyên."
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
            raise ExportWriteError(f"“{path}” là một thư mục. Hãy nhập tên tệp trong thư mục đó.")
        if not folder.exists():
            raise ExportWriteError(f"Thư mục “{folder}” không tồn tại. Hãy chọn thư mục khác.")
        if not folder.is_dir():
            raise ExportWriteError(f"“{folder}” là một tệp, không phải thư mục. Hãy chọn thư mục khác.")
        if not os.access(folder, os.W_OK):
            raise ExportWriteError(
                f"Không có quyền ghi vào thư mục “{folder}” (chỉ cho phép đọc). Hãy chọn thư mục khác."
            )
        locked = path.exists() and _office_lock_exists(path)
    except OSError as exc:
        raise ExportWriteError(_message_for(exc, path), detail=repr(exc)) from exc
    if locked:
        raise ExportWriteError(
            f"Tệp “{path.name}” đang được mở trong Word hoặc LibreOffice. Hãy đóng tệp rồi xuất lại, hoặc đặt tên khác."
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
