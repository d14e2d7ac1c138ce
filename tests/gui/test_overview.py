"""Overview: renders for the seed library and an empty one (saved as PNG for review), a real
mouse click on a bar filters the annotations browser, and the charts follow library changes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPointF, Qt

from desktop.services.overview_service import BY_COLOR, BY_SOURCE, BY_TAG, DOCUMENT_REFS, KEYPHRASES

SHOTS = (
    Path(os.environ.get("TRICHDAN_TEST_SHOTS", ""))
    if os.environ.get("TRICHDAN_TEST_SHOTS")
    else None
)


def _annotate(services) -> dict[str, str]:
    tags = {
        name: services.tags.create(name).id for name in ("Kinh tế", "Kinh tế/Đầu tư công", "Xã hội")
    }
    ids = [m.id for m in services.library.list_articles()]
    plan = [
        (ids[0], "Kinh tế", "yellow"),
        (ids[0], "Kinh tế/Đầu tư công", "green"),
        (ids[1], "Xã hội", "green"),
        (ids[1], "Kinh tế", "red"),
        (ids[2], None, "yellow"),
    ]
    for n, (article_id, tag, color) in enumerate(plan):
        services.annotations.create(
            article_id, 20 * n, 20 * n + 15, tags=[tags[tag]] if tag else [], color=color
        )
    return tags


def _open(window, qtbot):
    """The overview, once its charts (computed off the GUI thread) have all arrived."""
    dialog = window.overview_controller.show()
    qtbot.waitUntil(lambda: not window.overview_controller.busy, timeout=15000)
    return dialog


def _save(widget, name: str, tmp_path: Path) -> Path:
    folder = SHOTS or tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert widget.grab().save(str(path))
    return path


def test_overview_of_the_seed_library(qtbot, main_window, tmp_path) -> None:
    _annotate(main_window.services)
    dialog = _open(main_window, qtbot)
    assert dialog.summary.text() == "5 bài viết · 5 ghi chú · 3 thẻ"
    assert {BY_TAG, BY_COLOR, DOCUMENT_REFS, BY_SOURCE} <= set(dialog.charts)
    tag_chart = dialog.charts[BY_TAG]
    assert [(b.label, b.count) for b in tag_chart.bars] == [
        ("Kinh tế", 3),
        ("Kinh tế/Đầu tư công", 1),
        ("Xã hội", 1),
        ("Chưa gắn thẻ", 1),
    ]
    assert sum(b.count for b in dialog.charts[BY_SOURCE].bars) == 5
    # Key phrases come from a worker thread, after the other charts.
    assert dialog.charts[KEYPHRASES].bars[0].count >= 2  # a phrase shared by several seeds
    png = _save(dialog, "overview_seed.png", tmp_path)
    assert png.stat().st_size > 20_000  # charts drawn, not a blank grey dialog


def test_overview_of_an_empty_library(qtbot, empty_services, qsettings, tmp_path) -> None:
    from desktop.gui.main_window import MainWindow

    window = MainWindow(empty_services, qsettings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.overview_controller.show()  # type: ignore[attr-defined]
    assert dialog.grid.count() == 7  # "Đang tính…" everywhere until the worker answers
    qtbot.waitUntil(lambda: not window.overview_controller.busy, timeout=15000)  # type: ignore[attr-defined]
    assert dialog.summary.text() == "0 bài viết · 0 ghi chú · 0 thẻ"
    assert dialog.charts == {}
    assert dialog.grid.count() == 7  # one "Chưa có dữ liệu" box per chart  # one "Chưa có dữ liệu" box per chart
    _save(dialog, "overview_empty.png", tmp_path)
    window.close()


def _bar_centre(view, index: int):
    """Where bar `index` is drawn, in the view's viewport coordinates."""
    chart = view.chart()
    series = chart.series()[0]
    slot = view._order.index(index)
    value = view.bars[index].count / 2
    point = chart.mapToPosition(
        QPointF(value, slot) if view.horizontal else QPointF(slot, value), series
    )
    return view.mapFromScene(chart.mapToScene(point))


def test_clicking_a_bar_filters_the_browser(qtbot, main_window) -> None:
    tags = _annotate(main_window.services)
    dialog = _open(main_window, qtbot)
    qtbot.waitExposed(dialog)
    view = dialog.charts[BY_TAG]
    index = next(i for i, b in enumerate(view.bars) if b.label == "Kinh tế")
    with qtbot.waitSignal(view.bar_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_centre(view, index))
    assert clicked.args == [index]
    browser = main_window.annotation_controller.browser
    assert browser.current_filter().tag_ids == frozenset({tags["Kinh tế"]})
    assert browser.proxy.rowCount() == 3  # the bar's count: children's annotations included
    assert "Kinh tế" in main_window.statusBar().currentMessage()


def test_colour_and_month_bars_filter_too(qtbot, main_window) -> None:
    _annotate(main_window.services)
    dialog = _open(main_window, qtbot)
    browser = main_window.annotation_controller.browser
    colours = dialog.charts[BY_COLOR]
    green = next(i for i, b in enumerate(colours.bars) if b.key == "green")
    colours.click_bar(green)
    assert browser.current_filter().colors == frozenset({"green"}) and browser.proxy.rowCount() == 2
    months = dialog.charts["by_month"]
    months.click_bar(len(months.bars) - 1)
    flt = browser.current_filter()
    assert (
        flt.colors == frozenset()
        and flt.date_from.endswith("-01")
        and browser.proxy.rowCount() == 5
    )


def test_article_set_and_untagged_bars_filter_exactly(qtbot, main_window) -> None:
    _annotate(main_window.services)
    dialog = _open(main_window, qtbot)
    browser = main_window.annotation_controller.browser
    source = dialog.charts[BY_SOURCE]
    several = next(i for i, b in enumerate(source.bars) if len(b.article_ids) > 1)
    source.click_bar(several)
    assert browser.current_filter().article_ids == source.bars[several].article_ids
    assert source.bars[several].label in main_window.statusBar().currentMessage()
    tags = dialog.charts[BY_TAG]
    tags.click_bar(len(tags.bars) - 1)  # "Chưa gắn thẻ" comes last
    assert browser.current_filter().untagged_only and browser.proxy.rowCount() == 1


def test_charts_follow_library_changes(qtbot, main_window) -> None:
    dialog = _open(main_window, qtbot)
    assert BY_TAG not in dialog.charts
    _annotate(main_window.services)
    qtbot.waitUntil(lambda: BY_TAG in dialog.charts, timeout=3000)
    assert dialog.summary.text().startswith("5 bài viết · 5 ghi chú")


def test_charts_work_from_the_keyboard(qtbot, main_window) -> None:
    tags = _annotate(main_window.services)
    dialog = _open(main_window, qtbot)
    view = dialog.charts[BY_TAG]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.current == 0  # focus lands on the biggest bar
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current == 1
    qtbot.keyClick(view, Qt.Key.Key_Up)
    with qtbot.waitSignal(view.bar_clicked) as clicked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert clicked.args == [0]
    assert main_window.annotation_controller.browser.current_filter().tag_ids == frozenset({tags["Kinh tế"]})
    assert view.accessibleDescription() == "Kinh tế: 3"
