"""AnnotationService over a real temporary library: create, edit, delete and their inverses,
queries, counts, text edits that re-anchor, the review list and re-attaching."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.errors import NotFoundError, UserError
from desktop.services import Services, events
from desktop.services.annotation_filter import AnnotationFilter
from desktop.text.normalize import nfc

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def add_article(services: Services, article_id: str, text: str, title: str = "") -> str:
    services.store.add_articles(
        [(ArticleMeta(id=article_id, title=title or article_id), ArticleText(text, text))]
    )
    return article_id


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Services]:
    services = Services.open(tmp_path / "lib", seed=False)
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        add_article(services, f"seed{i}", nfc(path.read_text(encoding="utf-8")), title=f"Bài {i}")
    yield services
    services.close()


def span(services: Services, article_id: str, quote: str, occurrence: int = 0) -> tuple[int, int]:
    text = services.library.get_article(article_id).clean_text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


QUOTE = "đạo đức công vụ không phải tự thân mà có"


def test_create_stores_selectors_and_fields(lib: Services) -> None:
    tag = lib.tags.create("Đạo đức")
    a = lib.annotations.create(
        "seed0",
        *span(lib, "seed0", QUOTE),
        tags=[tag.id],
        color="green",
        note="  Ghi chú\r\ndòng 2 ",
    )
    assert a.quote.exact == QUOTE and a.tags == (tag.id,) and a.color == "green"
    assert a.note == "Ghi chú\ndòng 2" and a.created and a.created == a.modified
    assert lib.annotations.list_for_article("seed0") == [a]
    assert lib.annotations.get(a.id) == a
    # Survives closing and reopening the library.
    folder = lib.data_dir
    lib.close()
    with Services.open(folder, seed=False) as again:
        assert again.annotations.list_for_article("seed0") == [a]


def test_selection_whitespace_is_trimmed(lib: Services) -> None:
    start, end = span(lib, "seed0", QUOTE)
    a = lib.annotations.create("seed0", start - 1, end + 1)  # a space or line break at each end
    assert a.quote.exact.strip() == a.quote.exact
    assert QUOTE in a.quote.exact


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"color": "purple"}, "Không có màu"), ({"tags": ["nope"]}, "thẻ")],
)
def test_create_validates(lib: Services, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UserError, match=message):
        lib.annotations.create("seed0", 0, 5, **kwargs)  # type: ignore[arg-type]
    assert lib.annotations.list_for_article("seed0") == []


def test_create_refuses_empty_or_outside_ranges(lib: Services) -> None:
    with pytest.raises(UserError, match="Chưa chọn"):
        lib.annotations.create("seed0", 3, 3)
    with pytest.raises(UserError, match="ngoài"):
        lib.annotations.create("seed0", 0, 10**7)
    with pytest.raises(NotFoundError):
        lib.annotations.create("missing", 0, 3)


def test_create_from_quote_with_occurrence(lib: Services) -> None:
    text = lib.library.get_article("seed0").clean_text
    n = text.count("cán bộ")
    assert n >= 2
    second = lib.annotations.create_from_quote("seed0", "cán bộ", occurrence=2)
    assert second.start == span(lib, "seed0", "cán bộ", occurrence=1)[0]
    with pytest.raises(UserError, match=f"xuất hiện {n} lần"):
        lib.annotations.create_from_quote("seed0", "cán bộ", occurrence=n + 1)
    with pytest.raises(UserError, match="Không tìm thấy"):
        lib.annotations.create_from_quote("seed0", "không hề có trong bài")
    unmarked = lib.annotations.create_from_quote("seed0", "dao duc cong vu")
    assert unmarked.quote.exact == "đạo đức công vụ"


def test_update_and_restore_is_an_exact_undo(lib: Services) -> None:
    tag = lib.tags.create("Số liệu")
    before = lib.annotations.create("seed0", *span(lib, "seed0", QUOTE))
    after = lib.annotations.update(before.id, note="Quan trọng", tags=[tag.id, tag.id], color="red")
    assert (after.note, after.tags, after.color) == ("Quan trọng", (tag.id,), "red")
    assert lib.annotations.update(after.id, note="Quan trọng") == after  # no change, no write
    lib.annotations.restore(before)
    assert lib.annotations.get(before.id) == before


def test_delete_then_restore(lib: Services) -> None:
    a = lib.annotations.create("seed1", 0, 10)
    removed = lib.annotations.delete(a.id)
    assert removed == a and lib.annotations.list_for_article("seed1") == []
    with pytest.raises(NotFoundError):
        lib.annotations.get(a.id)
    lib.annotations.restore(removed)
    assert lib.annotations.list_for_article("seed1") == [a]


def test_counts_and_events(lib: Services) -> None:
    seen: list[str] = []
    lib.events.subscribe(events.ANNOTATIONS_CHANGED, lambda article_id: seen.append(article_id))
    assert lib.annotations.counts_by_article() == {}
    a = lib.annotations.create("seed0", 0, 5)
    lib.annotations.create("seed0", 10, 20)
    lib.annotations.create("seed2", 0, 5)
    assert lib.annotations.counts_by_article() == {"seed0": 2, "seed2": 1}
    lib.annotations.delete(a.id)
    assert lib.annotations.counts_by_article() == {"seed0": 1, "seed2": 1}
    assert seen == ["seed0", "seed0", "seed2", "seed0"]
    lib.library.delete_article("seed2")
    assert lib.annotations.counts_by_article() == {"seed0": 1}


def test_list_is_in_text_order(lib: Services) -> None:
    late = lib.annotations.create("seed0", 100, 120)
    early = lib.annotations.create("seed0", 5, 30)
    overlapping = lib.annotations.create("seed0", 20, 110)
    assert [a.id for a in lib.annotations.list_for_article("seed0")] == [
        early.id,
        overlapping.id,
        late.id,
    ]


def test_query_filters(lib: Services) -> None:
    parent = lib.tags.create("Kinh tế")
    child = lib.tags.create("Kinh tế/Đầu tư")
    other = lib.tags.create("Xã hội")
    a = lib.annotations.create(
        "seed0", *span(lib, "seed0", QUOTE), tags=[child.id], note="Nhớ trích"
    )
    b = lib.annotations.create("seed1", 0, 20, tags=[other.id], color="green")
    c = lib.annotations.create("seed1", 30, 50, tags=[parent.id, other.id], color="red")
    q = lib.annotations.query
    assert q() == [a, b, c]
    assert q(AnnotationFilter(tag_ids=frozenset({parent.id}))) == [a, c]  # children included
    assert q(AnnotationFilter(tag_ids=frozenset({child.id}))) == [a]
    assert q(AnnotationFilter(colors=frozenset({"green", "red"}))) == [b, c]
    assert q(AnnotationFilter(article_ids=frozenset({"seed1"}), colors=frozenset({"red"}))) == [c]
    assert q(AnnotationFilter(text="dao duc")) == [a]  # unmarked query: every spelling
    assert q(AnnotationFilter(text="nhớ TRÍCH")) == [a]  # in the note, any case
    assert q(AnnotationFilter(text="đạo đúc")) == []  # marked query: that spelling only
    d = lib.annotations.update(b.id, note="Hòa bình, thủy lợi")
    assert q(AnnotationFilter(text="hoà bình, thuỷ")) == [d]  # old/new tone placement alike
    assert q(AnnotationFilter(text="hoa binh")) == [d]
    assert q(AnnotationFilter(text="hóa bình")) == []
    today = a.created[:10]
    assert q(AnnotationFilter(date_from=today, date_to=today)) == [a, d, c]
    assert q(AnnotationFilter(date_to="2000-01-01")) == []
    assert q(AnnotationFilter(tag_ids=frozenset({"deleted-tag"}))) == []


def test_edit_text_reanchors_and_undo_restores(lib: Services) -> None:
    text = lib.library.get_article("seed0").clean_text
    kept = lib.annotations.create("seed0", *span(lib, "seed0", QUOTE), note="giữ")
    rewritten_quote = "sinh thời Chủ tịch Hồ Chí Minh từng khẳng định"
    lost = lib.annotations.create("seed0", *span(lib, "seed0", rewritten_quote))
    new_text = ("Lời tòa soạn: bài được sửa lỗi chính tả.\n" + text).replace(
        rewritten_quote, "Bác Hồ đã nhiều lần nhắc nhở cán bộ rằng", 1
    )
    edit = lib.text_edits.edit_article_text("seed0", new_text)
    assert edit.changed and edit.moved == 1 and [a.id for a in edit.needs_review] == [lost.id]
    assert lib.library.get_article("seed0").clean_text == new_text
    assert lib.library.get_article("seed0").text.raw_text == text  # the import is never changed
    now = {a.id: a for a in lib.annotations.list_for_article("seed0")}
    assert new_text[now[kept.id].start : now[kept.id].end] == QUOTE and now[kept.id].note == "giữ"
    assert now[lost.id].needs_review and now[lost.id].quote == lost.quote  # kept, never guessed
    assert lib.annotations.needs_review() == [now[lost.id]]
    lib.text_edits.undo_text_edit(edit)
    assert lib.library.get_article("seed0").clean_text == text
    assert {a.id: a for a in lib.annotations.list_for_article("seed0")} == {
        kept.id: kept,
        lost.id: lost,
    }


def test_edit_text_nfd_paste_is_exact(lib: Services) -> None:
    import unicodedata

    a = lib.annotations.create("seed0", *span(lib, "seed0", QUOTE))
    text = lib.library.get_article("seed0").clean_text
    edit = lib.text_edits.edit_article_text(
        "seed0", unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    )
    assert not edit.changed
    assert lib.annotations.list_for_article("seed0") == [a]


def test_edit_text_refuses_empty(lib: Services) -> None:
    with pytest.raises(UserError, match="trống"):
        lib.text_edits.edit_article_text("seed0", " \n ")


def test_reattach_a_review_item(lib: Services) -> None:
    a = lib.annotations.create("seed0", *span(lib, "seed0", QUOTE))
    text = lib.library.get_article("seed0").clean_text
    lib.text_edits.edit_article_text(
        "seed0", text.replace(QUOTE, "phẩm chất phải rèn luyện hằng ngày")
    )
    waiting = lib.annotations.needs_review("seed0")
    assert [w.id for w in waiting] == [a.id]
    new_range = span(lib, "seed0", "phẩm chất phải rèn luyện hằng ngày")
    placed = lib.annotations.reattach(a.id, *new_range)
    assert not placed.needs_review and placed.quote.exact == "phẩm chất phải rèn luyện hằng ngày"
    assert lib.annotations.needs_review() == []
    lib.annotations.restore(waiting[0])  # undo of reattach
    assert lib.annotations.needs_review() == [waiting[0]]


def test_stale_anchor_is_repaired_on_read(lib: Services) -> None:
    """A crash between writing an edited text and its annotations must not leave lying anchors."""
    lib.annotations.create("seed0", *span(lib, "seed0", QUOTE))
    text = lib.library.get_article("seed0").text
    shifted = "Thêm một dòng ở đầu.\n" + text.clean_text
    lib.store.put_article_text(
        "seed0", ArticleText(text.raw_text, shifted)
    )  # annotations not rewritten
    folder = lib.data_dir
    lib.close()
    with Services.open(folder, seed=False) as again:
        (b,) = again.annotations.list_for_article("seed0")
        assert shifted[b.start : b.end] == QUOTE and not b.needs_review
        assert again.store.list_annotations("seed0") == [b]  # and the repair is stored


def test_cli_annotate_list_and_tags(lib: Services, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI mirror (`annotate`, `annotations`, `tags`) over the same services."""
    import json

    from desktop.cli.main import main

    folder = str(lib.data_dir)
    lib.close()
    argv = [
        "annotate",
        "seed0",
        "--quote",
        "cán bộ",
        "--occurrence",
        "2",
        "--tag",
        "Kinh tế/Đầu tư",
    ]
    assert (
        main([*argv, "--note", "Ghi chú", "--color", "so lieu", "--data-dir", folder, "--json"])
        == 0
    )
    made = json.loads(capsys.readouterr().out)
    assert (made["exact"], made["tags"], made["color"], made["note"]) == (
        "cán bộ",
        ["Kinh tế/Đầu tư"],
        "green",
        "Ghi chú",
    )
    assert main(["annotations", "--tag", "kinh tế", "--data-dir", folder, "--json"]) == 0
    assert [a["id"] for a in json.loads(capsys.readouterr().out)] == [made["id"]]
    assert main(["annotations", "--article", "seed1", "--data-dir", folder, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["tags", "--data-dir", folder, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tags"][0] | {"id": ""} == {
        "id": "",
        "name": "Kinh tế/Đầu tư",
        "color": "",
        "count": 1,
    }
    assert (
        main(
            ["annotate", "seed0", "--quote", "cán bộ", "--occurrence", "999", "--data-dir", folder]
        )
        == 1
    )
    assert "--occurrence từ 1 đến" in capsys.readouterr().err
    assert (
        main(["annotate", "seed0", "--quote", "cán bộ", "--color", "tím", "--data-dir", folder])
        == 1
    )
    assert "Không có màu “tím”" in capsys.readouterr().err


def test_counts_come_from_the_summary_without_reading_annotations(lib: Services) -> None:
    lib.annotations.create("seed0", 0, 5)
    lib.annotations.create("seed0", 10, 20)
    lib.annotations.create("seed3", 0, 5)
    folder = lib.data_dir
    lib.close()
    with Services.open(folder, seed=False) as again:
        assert again.annotations.counts_by_article() == {"seed0": 2, "seed3": 1}  # summary built
    with Services.open(folder, seed=False) as again:
        assert again.annotations.counts_by_article() == {"seed0": 2, "seed3": 1}
        assert again.annotations._cache._loaded == {}  # no annotation file was read
        # A file changed behind the summary's back (another session, a restore) is re-read.
        again.store.replace_annotations("seed3", [])
    with Services.open(folder, seed=False) as again:
        assert again.annotations.counts_by_article() == {"seed0": 2}
        assert set(again.annotations._cache._loaded) == {"seed3"}
        assert again.annotations.needs_review() == []


def test_edit_text_maps_through_the_diff_not_onto_a_twin(lib: Services) -> None:
    """A deleted sentence goes to review even though the same words stand elsewhere; a
    sentence with one word changed follows to its edited self (issue 14)."""
    text = lib.library.get_article("seed0").clean_text
    twin = "Sự kiện được nêu lại ở cuối bài: " + QUOTE + ".\n"
    add_article(lib, "twin", text + twin)
    base = lib.library.get_article("twin").clean_text
    first = lib.annotations.create("twin", *span(lib, "twin", QUOTE))
    sentence = "tạo ra sự chuyển biến mạnh mẽ từ nhận thức đến hành động"
    edited = lib.annotations.create("twin", *span(lib, "twin", sentence))
    line_start = base.rindex("\n", 0, first.start) + 1
    line_end = base.index("\n", first.end) + 1
    new_text = base[:line_start] + base[line_end:]  # the paragraph holding the quote, deleted
    new_text = new_text.replace(sentence, "tạo ra sự chuyển biến rõ rệt từ nhận thức đến hành động", 1)
    assert sentence not in base[line_start:line_end] and QUOTE in new_text
    lib.text_edits.edit_article_text("twin", new_text)
    now = {a.id: a for a in lib.annotations.list_for_article("twin")}
    assert now[first.id].needs_review  # its twin at the end is another passage
    moved = now[edited.id]
    assert new_text[moved.start : moved.end] == "tạo ra sự chuyển biến rõ rệt từ nhận thức đến hành động"


def test_selection_snaps_to_whole_syllables_unless_precise(lib: Services) -> None:
    start, end = span(lib, "seed0", QUOTE)
    a = lib.annotations.create("seed0", start + 1, end - 1)  # "ạo … mà c"
    assert a.quote.exact == QUOTE
    b = lib.annotations.create("seed0", start + 1, end - 1, precise=True)
    assert b.quote.exact == QUOTE[1:-1]
    c = lib.annotations.create_from_quote("seed0", "đạo đức công v")
    assert c.quote.exact == "đạo đức công vụ"


def test_cli_reimport(lib: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli.main import main as cli_main

    text = lib.library.get_article("seed0").clean_text
    lib.annotations.create("seed0", *span(lib, "seed0", QUOTE))
    data_dir = str(lib.data_dir)
    corrected = tmp_path / "sua.txt"
    corrected.write_text("Lời dẫn.\n" + text, encoding="utf-8")
    lib.close()
    assert cli_main(["reimport", "seed0", str(corrected), "--data-dir", data_dir]) == 0
    assert "0 ghi chú đổi chỗ" not in capsys.readouterr().out
    reopened = Services.open(Path(data_dir), seed=False)
    try:
        (a,) = reopened.annotations.list_for_article("seed0")
        article = reopened.library.get_article("seed0")
        assert article.text.raw_text.startswith("Lời dẫn.")
        assert article.clean_text[a.start : a.end] == QUOTE and not a.needs_review
    finally:
        reopened.close()
