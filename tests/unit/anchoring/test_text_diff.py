"""The diff annotations are mapped through: kept words map exactly, moves are followed, a
rewrite is not mistaken for a kept passage."""

from __future__ import annotations

from desktop.anchoring.text_diff import TextDiff

OLD = (
    "Đoạn một nói về cải cách hành chính ở Hà Nội.\n"
    "Đoạn hai bàn về đạo đức công vụ và trách nhiệm nêu gương.\n"
    "Đoạn ba kể chuyện một cửa ở quận Hoàn Kiếm."
)


def _map(old: str, new: str, phrase: str) -> tuple[str, float]:
    start = old.index(phrase)
    mapped = TextDiff(old, new).map_range(start, start + len(phrase))
    return new[mapped.start : mapped.end], mapped.survival


def test_insertion_before_shifts_exactly() -> None:
    new = "Lời dẫn mới.\n" + OLD
    assert _map(OLD, new, "đạo đức công vụ") == ("đạo đức công vụ", 1.0)


def test_typo_fixed_inside_maps_to_the_fixed_words() -> None:
    old = OLD.replace("công vụ", "côngg vụ")
    assert _map(old, OLD, "đạo đức côngg vụ") == ("đạo đức công vụ", 1.0)


def test_one_word_changed_maps_to_the_edited_passage() -> None:
    new = OLD.replace("đạo đức công vụ và", "đạo lý công vụ và")
    assert _map(OLD, new, "đạo đức công vụ và") == ("đạo lý công vụ và", 0.8)


def test_deleted_paragraph_leaves_nothing() -> None:
    lines = OLD.split("\n")
    new = lines[0] + "\n" + lines[2]
    text, survival = _map(OLD, new, "đạo đức công vụ")
    assert survival == 0.0


def test_swapped_paragraphs_are_followed() -> None:
    lines = OLD.split("\n")
    new = "\n".join([lines[2], lines[1], lines[0]])
    diff = TextDiff(OLD, new)
    assert diff.moves
    assert _map(OLD, new, "cải cách hành chính") == ("cải cách hành chính", 1.0)
    assert _map(OLD, new, "một cửa ở quận") == ("một cửa ở quận", 1.0)


def test_spaces_doubled_everywhere_keep_every_word() -> None:
    new = OLD.replace(" ", "  ")
    assert _map(OLD, new, "đạo đức công vụ") == ("đạo  đức  công  vụ", 1.0)


def test_fresh_ranges_are_the_text_brought_in() -> None:
    new = OLD.replace("Đoạn ba", "Đoạn ba (bổ sung)")
    diff = TextDiff(OLD, new)
    assert [new[a:b].strip() for a, b in diff.fresh_ranges()] == ["(bổ sung)"]
