"""The library table: which columns a pane of a given width shows."""

from __future__ import annotations

from desktop.domain.article import ArticleMeta
from desktop.gui.library.article_table_model import (
    COL_ANNOTATIONS,
    COL_DATE,
    COL_NUMBER,
    COL_SOURCE,
    COL_TITLE,
)
from desktop.gui.library.library_view import LibraryView

NEWS = ArticleMeta(id="a", title="Tân An: Nâng cao tinh thần trách nhiệm", source="Kinh tế & Đô thị")
DECREE = ArticleMeta(id="b", title="Nghị định 30/2020/NĐ-CP về công tác văn thư", source="Chính phủ", doc_number="30/2020/NĐ-CP")


def _shown(view: LibraryView) -> set[int]:
    header = view.table.horizontalHeader()
    return {c for c in (COL_TITLE, COL_SOURCE, COL_DATE, COL_ANNOTATIONS, COL_NUMBER) if not header.isSectionHidden(c)}


def test_number_column_only_when_an_article_has_a_number(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    view.set_articles([NEWS], {})
    assert COL_NUMBER not in _shown(view)
    view.set_articles([NEWS, DECREE], {})
    assert COL_NUMBER in _shown(view)


def test_narrow_pane_keeps_title_and_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_articles([NEWS, DECREE], {})
    view.show()
    view.resize(400, 400)
    qtbot.waitUntil(lambda: COL_NUMBER not in _shown(view))
    assert {COL_TITLE, COL_SOURCE, COL_DATE} <= _shown(view)
    view.resize(250, 400)
    qtbot.waitUntil(lambda: _shown(view) == {COL_TITLE, COL_DATE})
