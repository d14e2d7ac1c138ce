"""Atomic replacement: a failure mid-write leaves the old file whole and no temp files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.storage import atomic_write as aw


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "f.json"
    aw.atomic_write_bytes(target, b"{}")
    assert target.read_bytes() == b"{}"


def test_exception_mid_write_keeps_old_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.json"
    aw.atomic_write_bytes(target, b'{"old": {}}')

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(aw.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        aw.atomic_write_bytes(target, b'{"new": {}}')
    assert target.read_bytes() == b'{"old": {}}'
    assert os.listdir(tmp_path) == ["f.json"]


def test_failed_rename_keeps_old_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.json"
    aw.atomic_write_bytes(target, b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise PermissionError(13, "locked")

    monkeypatch.setattr(aw.os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        aw.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f.json"]
