"""How terms become FTS5 expressions: exact where FTS5 can say it, checked where it cannot."""

from __future__ import annotations

from desktop.search.fts_query import (
    MAX_COMPLETIONS,
    MAX_SPELLING_COMBINATIONS,
    NO_SUCH_WORD,
    plan_match,
)
from desktop.search.query import parse_query

VOCAB = {"giao": ["giao\u00b7", "giáo\u00b71"], "dao": ["đao\u00b75", "dao\u00b75"]}


def _plan(query: str, vocab: dict[str, list[str]] | None = VOCAB):
    expand = None if vocab is None else (lambda w: vocab.get(w, []))
    return plan_match(parse_query(query), expand)


def test_unmarked_words_use_folded_columns_marked_use_keys() -> None:
    plan = _plan('dao "đạo đức"')
    assert plan.match == '("dao") AND ("đao·5 đưc·1")'
    assert not plan.needs_checks


def test_mixed_phrase_becomes_an_or_of_known_spellings() -> None:
    plan = _plan('"giao thông"')
    assert plan.match == '(("giao· thông·" OR "giáo·1 thông·"))'
    assert not plan.needs_checks


def test_mixed_phrase_with_an_unknown_word_cannot_match() -> None:
    assert NO_SUCH_WORD in (_plan('"xyz thông"').match or "")


def test_without_vocabulary_or_with_too_many_spellings_python_checks() -> None:
    assert _plan('"giao thông"', vocab=None).checked
    many = {"giao": [f"k{i}" for i in range(MAX_SPELLING_COMBINATIONS + 1)]}
    assert _plan('"giao thông"', vocab=many).checked
    assert _plan("đạ*").checked  # a marked prefix


def test_exclusions_exact_go_to_fts_checked_stay_apart() -> None:
    plan = _plan('công -"giao thông" -đạo*')
    assert plan.match is not None and "NOT" in plan.match and "giáo·1" in plan.match
    assert [t.text for t, _ in plan.checked_excluded] == ["đạo*"]


def _completions(words: list[str]):
    def complete(prefix: str, most: int) -> list[str] | None:
        found = [w for w in words if w.startswith(prefix)]
        return None if len(found) > most else found

    return complete


def test_phrase_ending_in_a_prefix_becomes_an_or_of_the_words_that_complete_it() -> None:
    complete = _completions(["nghi", "nghiep", "nghia", "khac"])
    plan = plan_match(parse_query('"doanh nghi*"'), complete=complete)
    assert plan.match == '(("doanh nghi" OR "doanh nghiep" OR "doanh nghia"))'
    assert not plan.needs_checks
    # No word completes it: the phrase cannot occur.
    assert NO_SUCH_WORD in (plan_match(parse_query('"doanh xyz*"'), complete=complete).match or "")


def test_prefix_stays_a_prefix_alone_or_with_many_completions() -> None:
    complete = _completions([f"nghi{i}" for i in range(MAX_COMPLETIONS + 1)])
    assert plan_match(parse_query('"doanh nghi*"'), complete=complete).match == '("doanh nghi" *)'
    assert plan_match(parse_query("nghi*"), complete=_completions(["nghi"])).match == '("nghi" *)'
