"""TextEditService: an article's text replaced and put back, its annotations following, and
every listener seeing the new list (never re-anchoring the old one)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.services import Services, events
from tests.unit.services.test_annotation_service import lib, span  # noqa: F401 - the fixture

QUOTE = "đạo đức công vụ không phải tự thân mà có"


@pytest.fixture
def article(lib: Services) -> Iterator[str]:  # noqa: F811
    text = lib.library.get_article("seed0").clean_text
    assert QUOTE in text
    yield "seed0"


def test_undo_after_reattach_restores_the_list_for_a_listener_that_reads_at_once(
    lib: Services, article: str  # noqa: F811
) -> None:
    # A view refreshes on ARTICLES_CHANGED, before the annotation event: it must read the
    # list as restored, not re-anchor (and write back) the list the cache held before.
    seen: list[list[bool]] = []
    lib.events.subscribe(
        events.ARTICLES_CHANGED,
        lambda ids: seen.append([a.needs_review for a in lib.annotations.list_for_article("seed0")]),
    )
    start, end = span(lib, article, QUOTE)
    lib.annotations.create(article, start, end)
    text = lib.library.get_article(article).clean_text
    with lib.transaction("Sửa"):
        edit = lib.text_edits.edit_article_text(article, text.replace(QUOTE, "phẩm chất phải rèn luyện hằng ngày"))
    (waiting,) = lib.annotations.needs_review()
    new_text = lib.library.get_article(article).clean_text
    at = new_text.index("phẩm chất")
    lib.annotations.reattach(waiting.id, at, at + len("phẩm chất"))
    lib.annotations.restore(waiting)  # undo the re-attachment
    with lib.transaction("Hoàn tác"):
        lib.text_edits.undo_text_edit(edit)
    assert seen[-1] == [False]  # what the view read when it heard of the change
    assert lib.annotations.needs_review() == []
    (back,) = lib.annotations.list_for_article(article)
    assert lib.library.get_article(article).clean_text[back.start : back.end] == QUOTE


def test_same_text_writes_nothing(lib: Services, article: str) -> None:  # noqa: F811
    text = lib.library.get_article(article).clean_text
    edit = lib.text_edits.edit_article_text(article, text)
    assert not edit.changed and edit.moved == 0


