"""Loading many articles: worker processes build the same index as this process does."""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from desktop.search import bulk_load
from desktop.search.bulk_load import load_batches, workers_for
from desktop.search.index import IndexedArticle, SearchIndex
from desktop.search.query import parse_query
from desktop.search.searcher import Searcher

WORDS = ["Đạo", "đức", "công", "vụ,", "hoà", "hòa", "bình.", "Thuỷ-lợi", "İstanbul", "ΟΔΟΣ", "6/2/2017", "xổ\u00a0số", "(điện", "toán)"]


def _articles(count: int, prefix: str = "a") -> list[IndexedArticle]:
    out = []
    for i in range(count):
        body = " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(5 + i % 9))
        out.append(IndexedArticle(f"{prefix}{i}", f"Bài {WORDS[i % len(WORDS)]} {i}", "Nguồn", None, body, sig=str(i)))
    return out


def _batches(articles: list[IndexedArticle], size: int = 7) -> list[list[IndexedArticle]]:
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def _contents(index: SearchIndex) -> dict[str, list[tuple]]:
    """Everything the index holds, the FTS5 words with their places included."""
    conn = index.conn
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, doc_fts, 'instance')")
    return {
        "docs": conn.execute("SELECT * FROM docs ORDER BY rowid").fetchall(),
        "texts": conn.execute("SELECT * FROM doc_texts ORDER BY rowid").fetchall(),
        "vocab": conn.execute("SELECT * FROM vocab ORDER BY folded, key").fetchall(),
        "words": conn.execute("SELECT * FROM temp.words ORDER BY term, doc, col, offset").fetchall(),
    }


def _fts_settings(index: SearchIndex) -> dict[str, int]:
    return dict(index.conn.execute("SELECT k, v FROM doc_fts_config WHERE k != 'version'"))


def test_worker_processes_build_the_same_index_as_this_process() -> None:
    articles = _articles(60)
    here, there = SearchIndex.open(None), SearchIndex.open(None)
    assert load_batches(here, _batches(articles), workers=0)
    # In this process the workers' way of collecting the vocabulary would raise (recording
    # was never started here): equal contents mean the workers did the splitting.
    assert load_batches(there, _batches(articles), workers=2)
    assert _contents(here) == _contents(there)
    assert _contents(here)["words"]  # the comparison compared something


def test_a_load_replaces_what_was_indexed_before() -> None:
    index = SearchIndex.open(None)
    load_batches(index, _batches(_articles(20)), workers=0)
    assert Searcher(index, parse_query("3")).article_ids() == ["a3"]  # from its title "Bài vụ, 3"
    changed = [IndexedArticle("a3", "Tiêu đề mới", "Nguồn", None, "cải cách hành chính")]
    load_batches(index, [changed], workers=2)
    assert index.article_count() == 20
    assert Searcher(index, parse_query('"cai cach"')).article_ids() == ["a3"]
    assert Searcher(index, parse_query("3")).article_ids() == []


def test_transactions_span_several_batches_and_all_are_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_load, "COMMIT_EVERY", 10)
    monkeypatch.setattr(bulk_load, "OPTIMIZE_AFTER", 30)
    index = SearchIndex.open(None)
    progress: list[int] = []
    assert load_batches(index, _batches(_articles(45)), on_batch=progress.append)
    assert sum(progress) == 45 and index.article_count() == 45
    assert not index.conn.in_transaction
    assert len(Searcher(index, parse_query("bai")).article_ids()) == 45


def test_cancelled_load_keeps_whole_batches_and_restores_the_settings() -> None:
    index = SearchIndex.open(None)
    before = _fts_settings(index)
    written: list[int] = []
    done = load_batches(index, _batches(_articles(30)), on_batch=written.append, cancelled=lambda: len(written) >= 2)
    assert done is False
    assert index.article_count() == 14 and not index.conn.in_transaction
    assert _fts_settings(index) == before | {"automerge": 4, "crisismerge": 16, "hashsize": 1024 * 1024}


def test_settings_are_restored_when_writing_fails() -> None:
    index = SearchIndex.open(None)
    broken = [IndexedArticle("x", "t", "s", None, None)]  # type: ignore[arg-type]
    with pytest.raises((TypeError, AttributeError, sqlite3.Error)):
        load_batches(index, [broken], workers=0)
    assert _fts_settings(index)["automerge"] == 4
    assert index.article_count() == 0 and not index.conn.in_transaction


def test_small_loads_stay_in_this_process() -> None:
    assert workers_for(10) == 0
    assert workers_for(bulk_load.PARALLEL_FROM - 1) == 0
    assert workers_for(35_000) in {0} | set(range(2, bulk_load.MAX_WORKERS + 1))


class _BrokenPool:
    """A pool whose workers died: every task fails as ProcessPoolExecutor's then do."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def submit(self, *args: object) -> Future[object]:
        future: Future[object] = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, **kwargs: object) -> None:
        pass


def test_without_working_worker_processes_this_process_does_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles(30)
    here = SearchIndex.open(None)
    load_batches(here, _batches(articles), workers=0)
    monkeypatch.setattr(bulk_load, "ProcessPoolExecutor", _BrokenPool)
    fallen_back = SearchIndex.open(None)
    assert load_batches(fallen_back, _batches(articles), workers=2)
    assert _contents(fallen_back) == _contents(here)
