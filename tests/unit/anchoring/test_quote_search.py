"""Finding a typed quote: exact words first, then case, then every spelling if unmarked."""

from __future__ import annotations

from desktop.anchoring.quote_search import find_quote

TEXT = (
    "Đạo đức công vụ là nền tảng.\nRèn luyện đạo đức công\nvụ hằng ngày; dao duc la chu khong dau."
)


def _found(quote: str) -> list[str]:
    return [TEXT[s:e] for s, e in find_quote(TEXT, quote)]


def test_exact_words_with_any_white_space_between() -> None:
    assert _found("đạo đức công vụ") == ["đạo đức công\nvụ"]  # exact case wins over other case


def test_other_case_when_exact_case_is_absent() -> None:
    assert _found("RÈN LUYỆN") == ["Rèn luyện"]


def test_unmarked_quote_finds_every_spelling() -> None:
    assert _found("dao duc") == ["dao duc"]  # the literal spelling exists: it is what was meant
    assert _found("nen tang") == ["nền tảng"]
    assert _found("ren  luyen dao") == ["Rèn luyện đạo"]


def test_marked_quote_matches_that_spelling_only() -> None:
    assert _found("nền tàng") == []
    assert _found("   ") == []


def test_nfd_quote_is_normalised() -> None:
    import unicodedata

    assert _found(unicodedata.normalize("NFD", "nền tảng")) == ["nền tảng"]
