"""The bytes of a library file: parsed and checked when read, encoded when written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.domain.errors import StorageError
from desktop.domain.message import Message

Tables = dict[str, dict[str, Any]]
Validator = Callable[[Tables], None]  # raises ValueError, TypeError or KeyError on a bad value


class CorruptFileError(StorageError):
    """A library file exists but is not valid JSON of the expected shape."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(Message("Tệp dữ liệu “{name}” bị hỏng và không đọc được.", code="damaged_file", name=path.name), detail=detail)
        self.path = path


UNWRITABLE_MESSAGE = Message(
    "Không lưu được thay đổi vào thư viện (ổ đĩa đầy, bị khóa hoặc không có quyền ghi). "
    "Dữ liệu đã lưu trước đó vẫn an toàn.",
    code="write_failed",
)


def parse_tables(raw: bytes, validate: Validator | None = None) -> Tables:
    """The tables of a library file; ValueError when it is not one (or holds a bad value)."""
    if not raw.strip():
        raise ValueError("empty file")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, RecursionError) as exc:  # ValueError covers bad JSON, huge numbers
        raise ValueError(repr(exc)) from exc
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise ValueError("top level is not an object of tables")
    if validate is not None:
        try:
            validate(data)
        except (TypeError, KeyError, AttributeError, IndexError) as exc:
            raise ValueError(repr(exc)) from exc
    return data


def encode_tables(data: Tables, path: Path) -> bytes:
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate from a broken file or argument
        raise StorageError(
            Message(
                "Không lưu được: dữ liệu có ký tự không hợp lệ (không phải văn bản Unicode đúng chuẩn). "
                "Thư viện giữ nguyên như trước.",
                code="invalid_characters",
            ),
            detail=f"{path.name}: {exc!r}",
        ) from exc
    except (TypeError, ValueError) as exc:
        raise StorageError(
            Message("Không lưu được: dữ liệu không hợp lệ. Thư viện giữ nguyên như trước.", code="invalid_data"),
            detail=f"{path.name}: {exc!r}",
        ) from exc
