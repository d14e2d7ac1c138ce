"""Words together first: ranking, marks, snippets and the find bar put the phrase as typed first."""

from __future__ import annotations

import pytest

from desktop.search.index import IndexedArticle, IndexedNote, SearchIndex
from desktop.search.matcher import QueryMatcher
from desktop.search.proximity import (
    NEAR,
    NEAR_WORDS,
    SCATTERED,
    TOGETHER,
    near_spans,
    tier_expressions,
)
from desktop.search.query import parse_query
from desktop.search.searcher import Searcher

# The words of "đạo đức công vụ" one by one, in other phrases, and then together.
FILL = " ".join(["lời", "chen", "vào", "giữa"] * 3)  # twelve words: more than NEAR_WORDS
STRAY = f"Thành ủy chỉ đạo các cơ quan. {FILL}. Cần phục vụ người dân. {FILL}. Mỗi công chức. {FILL}. Giữ đức tính tốt."
TOGETHER_TEXT = STRAY + " Hội nghị bàn về đạo đức công vụ của cán bộ."


def _marked(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_where_the_words_stand_together_only_they_are_marked() -> None:
    spans, tier = QueryMatcher(parse_query("dao duc cong vu")).focused(TOGETHER_TEXT)
    assert tier == TOGETHER
    assert _marked(TOGETHER_TEXT, spans) == ["đạo đức công vụ"]


def test_without_the_phrase_the_words_near_each_other_are_marked_not_the_far_ones() -> None:
    far = "Đạo lý ở đây. " + "Một câu dài không liên quan gì tới chuyện này cả. " * 3
    text = far + "Bàn về đức tính, đạo lý của công chức phục vụ nhân dân."
    spans, tier = QueryMatcher(parse_query("dao duc cong vu")).focused(text)
    assert tier == NEAR
    assert _marked(text, spans) == ["đức", "đạo", "công", "vụ"]
    assert all(s > len(far) for s, _e in spans)


def test_words_apart_are_all_marked_when_nothing_better_exists() -> None:
    text = "Đạo lý. " + "Câu chen giữa không có từ nào cần tìm. " * 4 + "Đức tính, công chức, phục vụ."
    spans, tier = QueryMatcher(parse_query("dao duc cong vu")).focused(text)
    assert tier == SCATTERED
    assert _marked(text, spans) == ["Đạo", "Đức", "công", "vụ"]
    spans, tier = QueryMatcher(parse_query("dao duc cong vu")).focused(STRAY)
    assert tier == SCATTERED and _marked(STRAY, spans) == ["đạo", "vụ", "công", "đức"]


def test_one_word_or_one_quoted_phrase_marks_every_hit() -> None:
    spans, tier = QueryMatcher(parse_query("công")).focused(TOGETHER_TEXT)
    assert tier == TOGETHER and _marked(TOGETHER_TEXT, spans) == ["công", "công"]
    spans, _ = QueryMatcher(parse_query('"đạo đức công vụ"')).focused(TOGETHER_TEXT)
    assert _marked(TOGETHER_TEXT, spans) == ["đạo đức công vụ"]


def test_marks_keep_the_accent_rules_of_each_word() -> None:
    # "đạo đức công vũ" is not "công vụ" when "vụ" is typed with its marks.
    text = "Bàn về đạo đức công vũ. Rồi đạo đức công vụ."
    spans, _ = QueryMatcher(parse_query("dao duc cong vụ")).focused(text)
    assert _marked(text, spans) == ["đạo đức công vụ"]
    assert spans[0][0] == text.index("Rồi") + 4


def test_near_means_at_most_near_words_between_first_and_last() -> None:
    words = " ".join(["chen"] * NEAR_WORDS)
    text_ok = f"đạo {words} đức"
    text_far = f"đạo {words} chen đức"
    per_term = [[(0, 3)], [(len(text_ok) - 3, len(text_ok))]]
    assert near_spans(text_ok, per_term) == per_term[0] + per_term[1]
    per_term_far = [[(0, 3)], [(len(text_far) - 3, len(text_far))]]
    assert near_spans(text_far, per_term_far) == []
    assert near_spans(text_ok, [[(0, 3)], []]) == []


def test_a_prefix_or_a_single_term_has_no_tiers() -> None:
    assert tier_expressions(parse_query("đạo")) is None
    assert tier_expressions(parse_query("dao duc*")) is None
    exact = tier_expressions(parse_query("dao duc"))
    assert exact is not None and exact.exact and exact.together == '"dao duc"'
    marked = tier_expressions(parse_query("đạo đức"))
    assert marked is not None and marked.exact and "·" in marked.together  # spelling keys
    mixed = tier_expressions(parse_query("đạo duc -x"))
    assert mixed is not None and not mixed.exact


def _article(article_id: str, text: str, title: str = "Tin") -> IndexedArticle:
    return IndexedArticle(article_id, title, "Nguồn", "2021-08-09", text, sig="s")


@pytest.fixture
def index() -> SearchIndex:
    index = SearchIndex.open(None)
    index.upsert_articles(
        [
            # Many of the words, many times, never together: plain BM25 liked this one best.
            _article("apart", (STRAY + " ") * 4, title="Công tác chỉ đạo phục vụ"),
            _article("near", "Ở đây bàn về đức tính, đạo lý của công chức phục vụ nhân dân."),
            _article("together", "Một bài dài. " * 20 + "Nêu cao đạo đức công vụ.", title="Tin công tác"),
            _article("other", "Không liên quan."),
        ]
    )
    return index


@pytest.mark.parametrize("query", ["dao duc cong vu", "đạo đức công vụ", "đạo duc cong vu", "dao duc cong vu -xyz"])
def test_results_rank_together_then_near_then_apart(index: SearchIndex, query: str) -> None:
    results = Searcher(index, parse_query(query)).run(10)
    assert [h.article_id for h in results.articles] == ["together", "near", "apart"]
    assert results.article_count == 3
    scores = [h.score for h in results.articles]
    assert scores == sorted(scores, reverse=True)


def test_the_limit_takes_the_best_tier_first_and_still_counts_all(index: SearchIndex) -> None:
    results = Searcher(index, parse_query("dao duc cong vu")).run(1)
    assert [h.article_id for h in results.articles] == ["together"]
    assert results.article_count == 3
    assert Searcher(index, parse_query("dao duc cong vu")).article_ids() == ["together", "near", "apart"]


def test_snippets_and_titles_show_the_words_together(index: SearchIndex) -> None:
    hits = {h.article_id: h for h in Searcher(index, parse_query("dao duc cong vu")).run(10).articles}
    together = hits["together"]
    assert [together.snippet.text[s:e] for s, e in together.snippet.marks] == ["đạo đức công vụ"]
    assert together.title_marks == ()  # no stray "công" where the words stand together below
    text = "Một bài dài. " * 20 + "Nêu cao đạo đức công vụ."
    assert together.spans == ((text.index("đạo"), len(text) - 1),)
    apart = hits["apart"]
    assert apart.title_marks  # its words, scattered, are all it has


def test_a_phrase_past_the_head_of_a_long_text_still_makes_the_snippet() -> None:
    text = (STRAY + " ") * 30 + "Cuối bài mới nói đạo đức công vụ."
    spans, complete = QueryMatcher(parse_query("dao duc cong vu")).snippet_spans(text)
    assert complete and _marked(text, spans) == ["đạo đức công vụ"]


def test_annotations_rank_and_mark_the_same_way(index: SearchIndex) -> None:
    index.replace_notes(
        "together",
        [
            IndexedNote("n_apart", "together", "chỉ đạo công chức phục vụ, đức tính", "", (), 0, 5),
            IndexedNote("n_together", "together", "nêu cao đạo đức công vụ", "", (), 5, 9),
        ],
        "sig",
    )
    notes = Searcher(index, parse_query("dao duc cong vu")).run(10).annotations
    assert [n.annotation_id for n in notes] == ["n_together", "n_apart"]
    quote = notes[0].quote
    assert [quote.text[s:e] for s, e in quote.marks] == ["đạo đức công vụ"]
