"""OverviewService: per-tag (children included), per-article, per-month (gaps filled), per-colour,
document references and sources across the library, and the filter each bar stands for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.annotation import Annotation, TextPositionSelector, TextQuoteSelector
from desktop.domain.article import ArticleMeta, ArticleText
from desktop.domain.tag import Tag
from desktop.services import Services
from desktop.services.overview_service import (
    BY_ARTICLE,
    BY_COLOR,
    BY_MONTH,
    BY_SOURCE,
    BY_TAG,
    DOCUMENT_REFS,
    UNKNOWN_SOURCE_LABEL,
    UNTAGGED_KEY,
    UNTAGGED_LABEL,
    ChartBar,
    OverviewService,
    month_label,
)

TEXT = "Kinh tế Thủ đô tăng trưởng 7%. Vốn đầu tư công giải ngân chậm. Cần trao đổi thêm với Sở."


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Services]:
    services = Services.open(tmp_path / "lib", seed=False)
    services.store.add_articles(
        [
            (ArticleMeta(id="a1", title="Bài một", source="Báo Nhân Dân", doc_refs=("Nghị định 30/2020/NĐ-CP",)),
             ArticleText(TEXT, TEXT)),
            (ArticleMeta(id="a2", title="Bài hai", source="Báo Nhân Dân",
                         doc_refs=("Nghị định 30/2020/NĐ-CP", "Chỉ thị 05-CT/TW")), ArticleText(TEXT, TEXT)),
            (ArticleMeta(id="a3", title="Bài ba", source=""), ArticleText(TEXT, TEXT)),
        ]
    )
    for tag in (Tag("t-kt", "Kinh tế"), Tag("t-kt-von", "Kinh tế/Vốn"), Tag("t-xh", "Xã hội")):
        services.store.put_tag(tag)
    yield services
    services.close()


def _put(lib: Services, ident: str, article: str, created: str, tags: tuple[str, ...] = (), color: str = "yellow") -> None:
    lib.store.put_annotation(
        Annotation(
            id=ident,
            article_id=article,
            position=TextPositionSelector(0, 7),
            quote=TextQuoteSelector("Kinh tế"),
            tags=tags,
            color=color,
            created=created,
            modified=created,
        )
    )


@pytest.fixture
def annotated(lib: Services) -> Services:
    _put(lib, "n1", "a1", "2021-08-09T06:38:00+00:00", ("t-kt",))
    _put(lib, "n2", "a1", "2021-08-20T10:00:00+00:00", ("t-kt-von",), color="green")
    _put(lib, "n3", "a2", "2021-11-02T10:00:00+00:00", ("t-xh", "t-kt-von"), color="green")
    _put(lib, "n4", "a2", "2021-11-03T10:00:00+00:00")
    _put(lib, "n5", "a1", "2021-11-04T10:00:00+00:00", ("gone-tag",), color="red")
    return lib


def _as_tuples(bars: tuple[ChartBar, ...]) -> list[tuple[str, str, int]]:
    return [(b.key, b.label, b.count) for b in bars]


def test_totals(annotated: Services) -> None:
    view = OverviewService(annotated).overview()
    assert (view.article_count, view.annotation_count, view.tag_count) == (3, 5, 3)


def test_by_tag_counts_children_under_parent_and_untagged_last(annotated: Services) -> None:
    view = OverviewService(annotated).overview()
    # n1 (Kinh tế), n2 and n3 (Kinh tế/Vốn) make 3 under the parent; n5 carries only a tag id
    # that no longer exists: neither a tag bar nor "untagged", as in the browser's filter.
    assert _as_tuples(view.by_tag) == [
        ("t-kt", "Kinh tế", 3),
        ("t-kt-von", "Kinh tế/Vốn", 2),
        ("t-xh", "Xã hội", 1),
        (UNTAGGED_KEY, UNTAGGED_LABEL, 1),
    ]


def test_by_article_sorted_by_count_with_titles(annotated: Services) -> None:
    view = OverviewService(annotated).overview()
    assert _as_tuples(view.by_article) == [("a1", "Bài một", 3), ("a2", "Bài hai", 2)]
    assert view.by_article[0].article_ids == frozenset({"a1"})


def test_by_month_fills_quiet_months_with_zero(annotated: Services) -> None:
    view = OverviewService(annotated).overview()
    assert _as_tuples(view.by_month) == [
        ("2021-08", "08/2021", 2),
        ("2021-09", "09/2021", 0),
        ("2021-10", "10/2021", 0),
        ("2021-11", "11/2021", 3),
    ]


def test_by_month_crosses_year_and_keeps_the_last_two_years(lib: Services) -> None:
    _put(lib, "old", "a1", "2019-01-05T00:00:00+00:00")
    _put(lib, "new", "a1", "2021-12-31T23:00:00+00:00")
    months = [b.key for b in OverviewService(lib).overview().by_month]
    assert len(months) == 24
    assert months[0] == "2020-01" and months[-1] == "2021-12"
    assert "2020-12" in months and "2021-01" in months


def test_by_color_uses_the_legend_meaning(annotated: Services) -> None:
    annotated.tags.set_color_meaning("green", "Số liệu quan trọng")
    view = OverviewService(annotated).overview()
    assert _as_tuples(view.by_color) == [
        ("yellow", "Quan trọng", 2),
        ("green", "Số liệu quan trọng", 2),
        ("red", "Hạn chế, tồn tại", 1),
    ]


def test_document_refs_counted_in_articles(annotated: Services) -> None:
    view = OverviewService(annotated).overview()
    assert _as_tuples(view.document_refs) == [
        ("Nghị định 30/2020/NĐ-CP", "Nghị định 30/2020/NĐ-CP", 2),
        ("Chỉ thị 05-CT/TW", "Chỉ thị 05-CT/TW", 1),
    ]
    assert view.document_refs[0].article_ids == frozenset({"a1", "a2"})


def test_sources_with_unknown_named(annotated: Services) -> None:
    view = OverviewService(annotated).overview()
    assert _as_tuples(view.by_source) == [("Báo Nhân Dân", "Báo Nhân Dân", 2), ("", UNKNOWN_SOURCE_LABEL, 1)]


def test_top_n_limits_every_chart(annotated: Services) -> None:
    view = OverviewService(annotated).overview(top_n=1)
    assert [b.key for b in view.by_article] == ["a1"]
    assert [b.key for b in view.by_tag] == ["t-kt", UNTAGGED_KEY]
    assert len(view.document_refs) == 1 and len(view.by_source) == 1


def test_empty_library_has_no_bars(tmp_path: Path) -> None:
    with Services.open(tmp_path / "empty", seed=False) as services:
        view = OverviewService(services).overview()
    assert (view.article_count, view.annotation_count, view.tag_count) == (0, 0, 0)
    for name in (BY_TAG, BY_ARTICLE, BY_MONTH, BY_COLOR, DOCUMENT_REFS, BY_SOURCE, "keyphrases"):
        assert view.chart(name) == ()


def test_seed_library_overview(services: Services) -> None:
    view = OverviewService(services).overview()
    assert view.article_count == 5
    assert sum(b.count for b in view.by_source) == 5
    assert view.annotation_count == 0 and view.by_tag == ()


@pytest.mark.parametrize(
    ("chart", "key", "expected"),
    [
        (BY_TAG, "t-kt", {"n1", "n2", "n3"}),
        (BY_TAG, UNTAGGED_KEY, {"n4"}),
        (BY_ARTICLE, "a2", {"n3", "n4"}),
        (BY_MONTH, "2021-08", {"n1", "n2"}),
        (BY_MONTH, "2021-11", {"n3", "n4", "n5"}),
        (BY_COLOR, "green", {"n2", "n3"}),
    ],
)
def test_each_bar_filters_exactly_what_it_counts(annotated: Services, chart: str, key: str, expected: set[str]) -> None:
    service = OverviewService(annotated)
    bar = next(b for b in service.overview().chart(chart) if b.key == key)
    found = {a.id for a in annotated.annotations.query(service.filter_for(chart, bar))}
    assert found == expected
    assert bar.count == len(expected)


def test_article_level_bars_filter_by_their_articles(annotated: Services) -> None:
    service = OverviewService(annotated)
    view = service.overview()
    ref = view.document_refs[0]
    assert {a.id for a in annotated.annotations.query(service.filter_for(DOCUMENT_REFS, ref))} == {
        "n1", "n2", "n3", "n4", "n5"
    }
    unknown = next(b for b in view.by_source if b.key == "")
    assert annotated.annotations.query(service.filter_for(BY_SOURCE, unknown)) == []


def test_month_filter_ends_on_the_last_day_of_february() -> None:
    flt = OverviewService.filter_for(BY_MONTH, ChartBar("2024-02", "02/2024", 1))
    assert (flt.date_from, flt.date_to) == ("2024-02-01", "2024-02-29")


def test_unknown_chart_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        OverviewService.filter_for("nope", ChartBar("x", "x", 1))


def test_month_label() -> None:
    assert month_label("2021-08") == "08/2021"


# --- key phrases across the library ----------------------------------------------------------
KEY_TEXT = (
    "Cải cách hành chính là nhiệm vụ trọng tâm. Bộ Chính trị yêu cầu đẩy mạnh cải cách hành chính, "
    "chuyển đổi số và nâng cao chất lượng phục vụ nhân dân. Cải cách hành chính phải thực chất."
)


def test_keyphrase_sample_puts_annotated_articles_first(annotated: Services) -> None:
    sample = OverviewService(annotated).keyphrase_sample()
    assert sample[:2] == ["a1", "a2"] and set(sample) == {"a1", "a2", "a3"}
    assert OverviewService(annotated).keyphrase_sample(limit=1) == ["a1"]


def test_keyphrase_bars_count_articles_per_phrase(tmp_path: Path) -> None:
    with Services.open(tmp_path / "kp", seed=False) as services:
        services.store.add_articles(
            [(ArticleMeta(id=f"k{i}", title=f"Bài {i}"), ArticleText(KEY_TEXT, KEY_TEXT)) for i in range(3)]
            + [(ArticleMeta(id="other", title="Khác"), ArticleText(TEXT, TEXT))]
        )
        service = OverviewService(services)
        bars = service.keyphrase_bars(["k0", "k1", "k2", "other", "deleted-meanwhile"])
        assert bars, "the glossary or salient phrases must find something in this text"
        top = bars[0]
        assert top.count == 3 and top.article_ids == frozenset({"k0", "k1", "k2"})
        assert all(b.count == len(b.article_ids) for b in bars)
        assert [b.count for b in bars] == sorted((b.count for b in bars), reverse=True)
        clicked = services.annotations.query(service.filter_for("keyphrases", top))
        assert clicked == []  # no annotations yet: the filter is by those articles only
        assert service.overview(with_keyphrases=True).keyphrases == tuple(service.keyphrase_bars(service.keyphrase_sample()))
