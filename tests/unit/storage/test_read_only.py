"""A library on a disk or folder that cannot be written opens read-only by itself, and says so."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import StorageError
from desktop.storage.library_lock import FolderNotWritableError, LibraryLock
from desktop.storage.library_store import LibraryStore


def make_library(folder: Path) -> None:
    store = LibraryStore.open(folder)
    store.add_articles([(ArticleMeta(id="a1", title="Bài một"), ArticleText("x", "x"))])
    store.close()


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (a tmpfs remounted read-only); needs root."""
    mount = tmp_path / "ro"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting needs root")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        make_library(tmp_path / "lib")
        shutil.copytree(tmp_path / "lib", mount / "lib")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)
        yield mount / "lib"
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_library_on_a_read_only_file_system_opens_read_only_with_a_message(read_only_mount: Path) -> None:
    store = LibraryStore.open(read_only_mount)
    assert store.read_only and "chỉ đọc" in store.read_only_reason
    assert [m.title for m in store.list_article_meta()] == ["Bài một"]
    assert store.get_article_text("a1").clean_text == "x"
    with pytest.raises(StorageError, match="chỉ đọc"):
        store.put_setting("x", 1)
    store.close()


def test_a_folder_that_refuses_writes_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    make_library(folder)

    def refuse(self: LibraryLock) -> None:
        raise FolderNotWritableError("no", detail="EACCES")

    monkeypatch.setattr(LibraryLock, "acquire", refuse)
    store = LibraryStore.open(folder)
    assert store.read_only and str(folder) in store.read_only_reason
    store.close()


def test_a_folder_where_no_file_can_be_created_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    make_library(folder)
    monkeypatch.setattr("desktop.storage.library_opening._writable", lambda _folder: False)
    store = LibraryStore.open(folder)
    assert store.read_only and store.read_only_reason
    store.close()
    LibraryStore.open(folder).close()  # the lock it took to find out was given back


def test_asking_for_read_only_is_not_a_fallback(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    make_library(folder)
    store = LibraryStore.open(folder, read_only=True)
    assert store.read_only and not store.read_only_reason
    store.close()
