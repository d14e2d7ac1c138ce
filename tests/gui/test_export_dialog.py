"""The export dialog: choices, live preview, remembered settings, export and open buttons."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from desktop.export.export_options import ExportFormat
from desktop.gui.export.export_choices import Scope, load_choices
from desktop.gui.export.export_dialog import ExportDialog


def _annotate(services: object) -> dict[str, str]:
    """Two tags (one a child) and three annotations on the seeded articles."""
    tags = services.tags  # type: ignore[attr-defined]
    ethics = tags.create("Đạo đức công vụ")
    example = tags.create("Đạo đức công vụ/Nêu gương")
    other = tags.create("Khác")
    metas = {m.title: m.id for m in services.library.list_articles()}  # type: ignore[attr-defined]
    tan_an = next(i for t, i in metas.items() if t.startswith("Tân An"))
    annotations = services.annotations  # type: ignore[attr-defined]
    annotations.create_from_quote(
        tan_an, "Kết luận số 01-KL/TW", tags=[ethics.id], note="Văn bản chỉ đạo"
    )
    annotations.create_from_quote(
        tan_an, "thái độ phục vụ nhân dân", tags=[example.id], color="green"
    )
    annotations.create_from_quote(
        tan_an, "Học tập, làm theo gương Bác", tags=[other.id], color="pink"
    )
    return {"article": tan_an, "ethics": ethics.name}


def _check(widget, keys: set[str]) -> None:  # type: ignore[no-untyped-def]
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in keys:
            item.setCheckState(Qt.CheckState.Checked)


@pytest.fixture
def dialog(main_window, qtbot):  # type: ignore[no-untyped-def]
    _annotate(main_window.services)
    controller = main_window.export_controller
    dialog = controller.open_dialog()
    qtbot.addWidget(dialog)
    return dialog


def test_file_menu_has_export_and_import(main_window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in main_window.menus["file"].actions()]
    assert "&Xuất…" in texts and any("Nhập ghi chú" in t for t in texts)
    assert texts.index("&Xuất…") < len(texts) - 1  # above Thoát


def test_tag_choice_previews_outline_with_children(dialog: ExportDialog) -> None:
    dialog.scope_buttons[Scope.TAGS].setChecked(True)
    _check(dialog.tag_list, {"Đạo đức công vụ"})
    dialog.refresh_preview()
    assert dialog.preview.outline_titles() == ["I. ĐẠO ĐỨC CÔNG VỤ", "1. Nêu gương"]
    assert "Sẽ xuất 2 trích dẫn từ 1 bài viết" in dialog.preview.summary_label.text()
    assert "Kết luận số 01-KL/TW" in dialog.preview.page_view.toPlainText()
    assert dialog.export_button.isEnabled()


def test_nothing_chosen_explains_and_disables_export(dialog: ExportDialog) -> None:
    dialog.scope_buttons[Scope.TAGS].setChecked(True)
    for i in range(dialog.tag_list.count()):
        dialog.tag_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.refresh_preview()
    assert "ít nhất một thẻ" in dialog.preview.summary_label.text()
    assert not dialog.export_button.isEnabled()


def test_export_writes_docx_shows_open_buttons_and_remembers(
    dialog: ExportDialog,
    tmp_path: Path,
    qsettings,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.export import libreoffice
    from desktop.gui.export import docx_pagination
    from tests.unit.export.docx_helpers import fake_paginator

    # The contents' pages come from LibreOffice: stood in for here (tests/unit/export runs it).
    monkeypatch.setattr(libreoffice, "find_soffice", lambda: Path("soffice"))
    monkeypatch.setattr(docx_pagination, "paginate_docx", fake_paginator)
    dialog._update_enabled()
    dialog.scope_buttons[Scope.LIBRARY].setChecked(True)
    dialog.title_edit.setText("Báo cáo tuần")
    dialog.include_checks["include_toc"].setChecked(True)
    result = dialog.export_to(tmp_path / "bao-cao")
    assert result is not None and result.path == tmp_path / "bao-cao.docx"
    document = docx.Document(io.BytesIO(result.path.read_bytes()))
    assert "BÁO CÁO TUẦN" in [p.text for p in document.paragraphs]
    assert dialog.open_file_button.isVisibleTo(dialog) and dialog.open_folder_button.isVisibleTo(
        dialog
    )
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert opened == [str(result.path), str(tmp_path)]
    remembered = load_choices(qsettings)
    assert remembered.scope is Scope.LIBRARY and remembered.options.title == "Báo cáo tuần"
    assert remembered.options.include_toc


def test_remembered_choices_come_back(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = main_window.export_controller.open_dialog()
    qtbot.addWidget(first)
    first.format_combo.setCurrentIndex(first.format_combo.findData(ExportFormat.CSV.value))
    first.place_edit.setText("Đà Nẵng")
    first.reject()
    second = main_window.export_controller.open_dialog()
    qtbot.addWidget(second)
    assert second.format_combo.currentData() == ExportFormat.CSV.value
    assert second.place_edit.text() == "Đà Nẵng"


def test_current_article_and_browser_filter_scopes(dialog: ExportDialog, main_window) -> None:  # type: ignore[no-untyped-def]
    article_id = next(
        m.id for m in main_window.services.library.list_articles() if m.title.startswith("Tân An")
    )
    main_window.open_article(article_id)
    dialog = main_window.export_controller.open_dialog()
    assert dialog.scope_buttons[Scope.CURRENT_ARTICLE].isEnabled()
    dialog.scope_buttons[Scope.CURRENT_ARTICLE].setChecked(True)
    assert dialog.request().selection.article_ids == (article_id,)
    dialog.scope_buttons[Scope.BROWSER_FILTER].setChecked(True)
    shown = {a.id for a in main_window.services.annotations.query(main_window.annotation_filter())}
    assert set(dialog.request().selection.annotation_ids) == shown


def test_export_error_is_shown_and_leaves_nothing(
    dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.gui.export.export_dialog.show_error",
        lambda parent, exc, title="": shown.append(str(exc)),
    )
    dialog.scope_buttons[Scope.LIBRARY].setChecked(True)
    assert dialog.export_to(tmp_path / "a|b.docx") is None
    assert shown and "không được phép trên Windows" in shown[0]
    assert not any(tmp_path.glob("*.docx"))


def test_article_list_filters_without_marks(dialog: ExportDialog) -> None:
    dialog.scope_buttons[Scope.ARTICLES].setChecked(True)
    dialog.scope_box.article_filter.setText("tan an")
    shown = [
        dialog.article_list.item(i).text()
        for i in range(dialog.article_list.count())
        if not dialog.article_list.item(i).isHidden()
    ]
    assert shown and all(t.startswith("Tân An") for t in shown)
    dialog.article_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.scope_box.article_filter.clear()
    assert len(dialog.request().selection.article_ids) == 1


def test_cancelling_a_long_export_writes_nothing(
    dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog.scope_buttons[Scope.LIBRARY].setChecked(True)
    assert dialog.export_to(tmp_path / "huy.docx") is None
    assert "Đã hủy xuất" in dialog.result_label.text()
    assert list(tmp_path.glob("*.docx")) == [] and list(tmp_path.glob(".*part")) == []
    assert not dialog.open_file_button.isVisibleTo(dialog)
