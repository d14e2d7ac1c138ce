"""Re-anchoring with the old text known: exact where words survived, refused where they were
deleted even when the same words stand elsewhere, the edited self where lightly edited."""

from __future__ import annotations

from desktop.anchoring import build_selectors
from desktop.anchoring.diff_anchor import reanchor_after_edit

OLD = (
    "Mở đầu: nâng cao đạo đức công vụ là nhiệm vụ thường xuyên.\n"
    "Đoạn giữa: Hà Nội đẩy mạnh cải cách hành chính, rút ngắn thời gian giải quyết hồ sơ.\n"
    "Kết luận: nâng cao đạo đức công vụ là nhiệm vụ thường xuyên.\n"
)


def _after(old: str, new: str, phrase: str, occurrence: int = 0) -> str | None:
    start = -1
    for _ in range(occurrence + 1):
        start = old.index(phrase, start + 1)
    selectors = build_selectors(old, start, start + len(phrase))
    (result,) = reanchor_after_edit(old, new, [selectors])
    return new[result.start : result.end] if result.found else None


def test_deleted_passage_is_refused_though_its_twin_stands_elsewhere() -> None:
    lines = OLD.split("\n")
    new = "\n".join([lines[1], lines[2], ""])  # the opening line deleted
    assert _after(OLD, new, "nâng cao đạo đức công vụ") is None
    assert _after(OLD, new, "là nhiệm vụ thường xuyên") is None  # same words, same suffix


def test_the_second_twin_stays_the_second_after_an_edit_before_it() -> None:
    new = OLD.replace("Kết luận:", "Tóm lại:")
    phrase = "nâng cao đạo đức công vụ"
    start = OLD.index(phrase, OLD.index(phrase) + 1)
    (result,) = reanchor_after_edit(OLD, new, [build_selectors(OLD, start, start + len(phrase))])
    assert result.start == new.rindex(phrase)


def test_one_word_changed_maps_to_the_edited_passage() -> None:
    new = OLD.replace("rút ngắn thời gian giải quyết", "rút gọn thời gian giải quyết")
    assert _after(OLD, new, "rút ngắn thời gian giải quyết") == "rút gọn thời gian giải quyết"


def test_half_rewritten_passage_is_refused() -> None:
    new = OLD.replace("rút ngắn thời gian giải quyết hồ sơ", "rút ngắn quy trình tiếp dân")
    assert _after(OLD, new, "rút ngắn thời gian giải quyết hồ sơ") is None


def test_moved_paragraph_is_followed() -> None:
    lines = OLD.split("\n")
    new = "\n".join([lines[1], lines[0], lines[2], ""])
    assert _after(OLD, new, "cải cách hành chính") == "cải cách hành chính"
    result = reanchor_after_edit(
        OLD, new, [build_selectors(OLD, OLD.index("Mở đầu"), OLD.index("Mở đầu") + 6)]
    )[0]
    assert new[result.start : result.end] == "Mở đầu"


def test_moved_and_edited_paragraph_is_found_in_the_new_text_only() -> None:
    lines = OLD.split("\n")
    moved = lines[1].replace("đẩy mạnh", "tiếp tục đẩy mạnh")
    new = "\n".join([lines[0], lines[2], moved, ""])
    assert _after(OLD, new, "cải cách hành chính, rút ngắn") == "cải cách hành chính, rút ngắn"
