"""The FTS5 index: updates in place, deletes cleanly, survives damage by starting over."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.search.index import INDEX_VERSION, IndexedArticle, IndexedNote, SearchIndex
from desktop.search.query import parse_query
from desktop.search.searcher import Searcher


def _ids(index: SearchIndex, query: str) -> set[str]:
    return {h.article_id for h in Searcher(index, parse_query(query)).run(100).articles}


def _notes(index: SearchIndex, query: str) -> set[str]:
    return {h.annotation_id for h in Searcher(index, parse_query(query)).run(100).annotations}


def _article(article_id: str, text: str, title: str = "Tiêu đề") -> IndexedArticle:
    return IndexedArticle(article_id, title, "Nguồn", "2021-08-09", text, sig="s")


def test_upsert_replaces_the_old_words() -> None:
    index = SearchIndex.open(None)
    index.upsert_articles([_article("a", "đạo đức công vụ")])
    index.upsert_articles([_article("a", "cải cách hành chính")])
    assert _ids(index, "dao") == set()
    assert _ids(index, "cải cách") == {"a"}
    assert index.article_count() == 1


def test_deleting_an_article_takes_its_notes() -> None:
    index = SearchIndex.open(None)
    index.upsert_articles([_article("a", "đạo đức công vụ"), _article("b", "đạo lý")])
    index.replace_notes("a", [IndexedNote("n1", "a", "đạo đức", "ghi chú", (), 0, 7)], "sig")
    assert _notes(index, "ghi chu") == {"n1"}
    index.delete_articles(["a"])
    assert _ids(index, "dao") == {"b"}
    assert _notes(index, "ghi chu") == set()
    assert index.note_signatures() == {}


def test_renaming_a_tag_reindexes_its_annotations() -> None:
    index = SearchIndex.open(None)
    index.upsert_articles([_article("a", "đạo đức công vụ")])
    index.set_tags({"t": "Nêu gương"})
    index.replace_notes("a", [IndexedNote("n1", "a", "đạo đức", "", ("t",), 0, 7)], "sig")
    assert _notes(index, "neu guong") == {"n1"}
    index.set_tags({"t": "Điển hình"})
    assert _notes(index, "neu guong") == set()
    assert _notes(index, "điển hình") == {"n1"}
    assert _notes(index, "tag:dien-hinh") == {"n1"}


def test_title_hits_rank_first() -> None:
    index = SearchIndex.open(None)
    index.upsert_articles(
        [
            _article("body", "bài viết nói về nhiều việc, trong đó có cải cách hành chính", title="Tin tổng hợp"),
            _article("title", "nội dung khác hẳn về đời sống", title="Cải cách hành chính"),
            _article("none", "không liên quan", title="Thời tiết"),
        ]
    )
    hits = Searcher(index, parse_query("cai cach")).run(10).articles
    assert [h.article_id for h in hits] == ["title", "body"]
    assert hits[0].score > hits[1].score
    assert hits[0].title_marks == ((0, 8),)


def test_counts_cover_more_than_the_limit() -> None:
    index = SearchIndex.open(None)
    index.upsert_articles([_article(f"a{i}", f"đạo đức số {i}") for i in range(30)])
    results = Searcher(index, parse_query("dao duc")).run(5)
    assert len(results.articles) == 5 and results.article_count == 30
    mixed = Searcher(index, parse_query('"đạo duc"')).run(5)  # confirmed in Python
    assert len(mixed.articles) == 5 and mixed.article_count == 30


def test_filter_only_queries_list_newest_first() -> None:
    index = SearchIndex.open(None)
    index.upsert_articles(
        [
            IndexedArticle("old", "Cũ", "Tuổi Trẻ", "2019-01-01", "x"),
            IndexedArticle("new", "Mới", "Tuổi Trẻ", "2021-01-01", "x"),
            IndexedArticle("other", "Khác", "VnExpress", "2022-01-01", "x"),
        ]
    )
    hits = Searcher(index, parse_query("nguồn:tuoi-tre")).run(10).articles
    assert [h.article_id for h in hits] == ["new", "old"]
    assert _ids(index, "nguồn:không-có") == set()


def test_unknown_tag_is_reported() -> None:
    index = SearchIndex.open(None)
    results = Searcher(index, parse_query("tag:không-có")).run(10)
    assert results.is_empty and "không-có" in results.notices[0]


def test_damaged_file_is_replaced_by_an_empty_index(tmp_path: Path) -> None:
    path = tmp_path / "index" / "search.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"this is not a database" * 100)
    index = SearchIndex.open(path)
    assert index.article_count() == 0 and index.version() == INDEX_VERSION
    index.upsert_articles([_article("a", "đạo đức")])
    index.close()
    reopened = SearchIndex.open(path)
    assert _ids(reopened, "dao") == {"a"}
    reopened.close()


def test_index_of_another_version_is_started_over(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite3"
    index = SearchIndex.open(path)
    index.upsert_articles([_article("a", "đạo đức")])
    index.set_info("version", "0")
    index.close()
    reopened = SearchIndex.open(path)
    assert reopened.article_count() == 0
    reopened.close()
    assert sqlite3.connect(path).execute("SELECT value FROM info WHERE key='version'").fetchone()[0] == INDEX_VERSION


def test_hit_spans_cover_the_whole_article_even_past_the_snippet() -> None:
    index = SearchIndex.open(None)
    text = "đạo đức " + "chữ " * 2000 + "đạo đức"
    index.upsert_articles([_article("a", text)])
    hit = Searcher(index, parse_query("dao duc")).run(5).articles[0]
    assert hit.spans == ((0, 7), (len(text) - 7, len(text)))
    assert hit.snippet.marks[0] == (0, 7)


@pytest.mark.parametrize(
    "query",
    [
        "dao duc",  # plain words: ranked best-first in SQL, counted in a second pass
        "dao*",  # a prefix: ranked and counted in one pass
        '"đạo duc"',  # a mixed phrase: alternatives of exact phrases, one pass too
        'dao -"đạo lý"',  # with an exclusion
    ],
)
def test_shown_results_are_the_best_of_all_and_counts_cover_all(query: str) -> None:
    index = SearchIndex.open(None)
    # Hit counts all differ, so scores differ and the order is one order.
    articles = [_article(f"a{i}", " ".join(["đạo đức"] * (i + 1) + ["chữ"] * 40)) for i in range(12)]
    articles += [_article("dao", "đao dục đạo lý " + "chữ " * 30), _article("other", "khác hẳn")]
    index.upsert_articles(articles)
    everything = Searcher(index, parse_query(query)).article_ids()
    results = Searcher(index, parse_query(query)).run(5)
    assert results.article_count == len(everything) > 5
    assert [h.article_id for h in results.articles] == everything[:5]
    assert [h.score for h in results.articles] == sorted((h.score for h in results.articles), reverse=True)


def test_completions_of_a_prefix_come_from_every_indexed_word() -> None:
    index = SearchIndex.open(None)
    index.upsert_articles([_article("a", "Doanh nghiệp nghĩa nghi ngờ ngoài")])
    index.replace_notes("a", [IndexedNote("n1", "a", "nghiêm", "nghịch", (), 0, 7)], "sig")
    assert sorted(index.folded_completions("nghi", 10) or []) == ["nghi", "nghia", "nghich", "nghiem", "nghiep"]
    assert index.folded_completions("nghi", 4) is None
    assert index.folded_completions("xyz", 4) == []
