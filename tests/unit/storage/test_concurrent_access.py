"""A reader thread (search catch-up, backups) and a writer thread never trip over each other."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.storage.library_store import LibraryStore


def test_reads_during_writes_never_fail(tmp_path: Path) -> None:
    store = LibraryStore.open(tmp_path / "lib")
    store.add_articles([(ArticleMeta(id=f"a{i}", title=f"Bài {i}"), ArticleText("Điều 1", "Điều 1")) for i in range(20)])
    errors: list[BaseException] = []
    done = threading.Event()

    def write() -> None:
        try:
            for n in range(300):
                article_id = f"a{n % 20}"
                store.put_annotation(Annotation(f"n{n}", article_id, TextPositionSelector(0, 4), TextQuoteSelector("Điều")))
                if n % 7 == 0:
                    store.add_articles([(ArticleMeta(id=f"b{n}", title="Mới"), ArticleText("x", "x"))])
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            done.set()

    def read() -> None:
        try:
            while not done.is_set():
                for meta in store.list_article_meta():
                    store.list_annotations(meta.id)
                    if meta.id.startswith("a"):
                        store.get_article_text(meta.id)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write), threading.Thread(target=read), threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sum(len(store.list_annotations(f"a{i}")) for i in range(20)) == 300
    store.close()
