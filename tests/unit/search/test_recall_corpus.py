"""The index finds exactly what brute force finds, on real articles from the corpus."""

from __future__ import annotations

import random

import pytest

from desktop.search.brute_force import BruteForceLibrary
from desktop.search.index import IndexedArticle, IndexedNote, SearchIndex
from desktop.search.query import parse_query
from desktop.search.searcher import Searcher
from tests.conftest import corpus_sample

pytestmark = pytest.mark.corpus

SAMPLE = 400
TAGS = {"t1": "Nêu gương", "t2": "Kinh tế/Đầu tư", "t3": "Kinh tế", "t4": "thủy lợi"}
SOURCES = ["Báo Tuổi Trẻ", "VnExpress", "Kinh tế & Đô thị", ""]
DATES = ["2016-12-31T23:59", "2017-01-15", "2017-02-06T08:00", "2017-03-01", None]

QUERIES = [
    # without marks, with marks, with đ, tone placement old and new
    "dao duc", "đạo đức", "dao duc cong vu", "đạo đức công vụ", "đạo", "dao", "dạo", "đi", "di",
    "hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe", "hoa", "ban", "bạn", "bán", "Việt Nam", "viet nam",
    # phrases, mixed phrases, phrases over punctuation
    '"kinh tế"', '"kinh te"', '"kinh tế xã hội"', '"kinh tế xa hoi"', '"phát triển kinh"', '"xổ số điện toán"',
    '"ngày 6/2/2017"', "COVID-19", "6/2/2017",
    # exclusions, exact and mixed
    "kinh te -xã", "kinh te -\"xa hội\"", "đầu tư -\"đầu tư\"", "-kinh dao", "dao -dạo", "tỉnh -\"ủy ban\"",
    # prefixes
    "đầu*", "kinh*", "hoà*", "xa*", "\"kinh te x*\"", "\"doanh nghi*\"", "\"kinh te*\"", "\"cong an*\"",
    "-\"doanh nghi*\" kinh",
    # tags, sources, dates, alone and with words
    "tag:nêu-gương", "tag:neu-guong", "tag:\"kinh tế\"", "tag:\"Kinh tế/Đầu tư\"", "tag:đầu-tư", "tag:thuy-loi",
    "tag:thuỷ-lợi", "-tag:nêu-gương tỉnh", "tag:khong-co", "tag:kinh-te người", "nguồn:vnexpress", "nguon:\"tuoi tre\"",
    "nguồn:\"tuổi trẻ\" dân", "-nguồn:vnexpress dân", "ngày:2017", "ngày:1/2017", "ngày:..31/1/2017 người",
    "ngày:2/2017.. kinh te", "-ngày:2017 người",
]


def _library() -> tuple[list[IndexedArticle], list[IndexedNote]]:
    rng = random.Random(6)
    articles, notes = [], []
    for i, (name, text) in enumerate(corpus_sample(SAMPLE)):
        title, _, body = text.partition("\n")
        article = IndexedArticle(name, title.strip(), SOURCES[i % 4], DATES[i % 5], body.strip())
        articles.append(article)
        if i % 3 == 0 and len(article.text) > 200:
            start = rng.randrange(0, len(article.text) - 120)
            end = start + rng.randrange(20, 120)
            tags = tuple(rng.sample(sorted(TAGS), rng.randrange(0, 3)))
            note = ["", "cần trao đổi về đạo đức", "số liệu kinh tế", "hoà giải ở cơ sở"][i % 4]
            notes.append(IndexedNote(f"n{i}", name, article.text[start:end], note, tags, start, end))
    return articles, notes


@pytest.fixture(scope="module")
def corpus_index() -> tuple[SearchIndex, BruteForceLibrary]:
    articles, notes = _library()
    index = SearchIndex.open(None)
    index.set_tags(TAGS)
    index.upsert_articles(articles)
    for article_id in {n.article_id for n in notes}:
        index.replace_notes(article_id, [n for n in notes if n.article_id == article_id], "sig")
    return index, BruteForceLibrary(articles, notes, TAGS)


@pytest.mark.parametrize("query", QUERIES)
def test_index_and_brute_force_find_the_same(corpus_index, query: str) -> None:
    index, reference = corpus_index
    parsed = parse_query(query)
    results = Searcher(index, parsed).run(limit=10_000)
    assert {h.article_id for h in results.articles} == reference.search_articles(parsed)
    assert {h.annotation_id for h in results.annotations} == reference.search_notes(parsed)
    assert results.article_count == len(results.articles)
    assert sorted(Searcher(index, parsed).article_ids()) == sorted(h.article_id for h in results.articles)


def test_marks_narrow_and_unmarked_widen(corpus_index) -> None:
    index, _ = corpus_index
    unmarked = {h.article_id for h in Searcher(index, parse_query("dao")).run(10_000).articles}
    marked = {h.article_id for h in Searcher(index, parse_query("đạo")).run(10_000).articles}
    assert marked and marked < unmarked


def test_every_returned_span_is_a_hit(corpus_index) -> None:
    index, _ = corpus_index
    results = Searcher(index, parse_query('"kinh tế" dao')).run(limit=20)
    assert results.articles
    for hit in results.articles:
        text = index.article_text(hit.article_id) or ""
        assert hit.spans
        for start, end in hit.spans:
            assert text[start:end].lower().replace("đ", "d").startswith(("kinh", "d"))


@pytest.mark.parametrize("query", QUERIES)
def test_counts_are_exact_when_only_a_few_results_are_shown(corpus_index, query: str) -> None:
    # With a small limit the index ranks and keeps the best in SQL and counts apart.
    index, reference = corpus_index
    parsed = parse_query(query)
    results = Searcher(index, parsed).run(limit=3)
    assert results.article_count == len(reference.search_articles(parsed))
    assert results.annotation_count == len(reference.search_notes(parsed))
    assert len(results.articles) == min(3, results.article_count)
