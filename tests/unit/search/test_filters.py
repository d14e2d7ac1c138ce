"""tag: and nguồn: values name tags and sources with the accent rules."""

from __future__ import annotations

import pytest

from desktop.search.filters import matching_sources, resolve_tags, tag_matches


@pytest.mark.parametrize(
    ("value", "name", "expected"),
    [
        ("nêu-gương", "Nêu gương", True),
        ("neu-guong", "Nêu gương", True),
        ("nêu gương", "Nêu gương", True),
        ("nếu-gương", "Nêu gương", False),
        ("kinh-te", "Kinh tế/Đầu tư", True),  # a parent finds its children
        ("đầu-tư", "Kinh tế/Đầu tư", True),  # a level's own name
        ("kinh-te/dau-tu", "Kinh tế/Đầu tư", True),
        ("te", "Kinh tế/Đầu tư", False),  # words, not parts of words
        ("thủy-lợi", "thuỷ lợi", True),
    ],
)
def test_tag_matches(value: str, name: str, expected: bool) -> None:
    assert tag_matches(value, name) is expected


def test_resolve_tags_reports_unknown_values() -> None:
    groups, unknown = resolve_tags(["kinh-te", "không-có"], {"a": "Kinh tế", "b": "Kinh tế/Đầu tư", "c": "Khác"})
    assert groups == [{"a", "b"}, set()]
    assert unknown == ["không-có"]


def test_matching_sources() -> None:
    sources = ["Báo Tuổi Trẻ", "VnExpress", "Tuổi trẻ Thủ đô", "Kinh tế & Đô thị"]
    assert matching_sources(["tuoi tre"], sources) == {"Báo Tuổi Trẻ", "Tuổi trẻ Thủ đô"}
    assert matching_sources(["vnexpress", "đô thị"], sources) == {"VnExpress", "Kinh tế & Đô thị"}
    assert matching_sources(["tuổi trê"], sources) == set()
