"""With the interface in English, what the core says (import failures, search errors, missing
articles) is shown in English too, and file names stay exactly as the user has them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.gui.i18n.core_text import interface_language
from desktop.gui.i18n.language import install_translators, set_language, uninstall_translators
from desktop.gui.importing.import_results_model import FAILED


@pytest.fixture
def english_window(qtbot: Any, services: Any, qsettings: Any) -> Iterator[Any]:
    from desktop.gui.main_window import MainWindow

    locale = QLocale()
    set_language(qsettings, "en")
    assert install_translators(qsettings) == "en"
    window = MainWindow(services, qsettings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    uninstall_translators()
    QLocale.setDefault(locale)
    assert interface_language() == "vi"


def test_an_empty_file_is_reported_in_english(english_window: Any, tmp_path: Path, qtbot: Any) -> None:
    empty = tmp_path / "Báo cáo {quý 1}.txt"  # braces in a name are the user's, never a placeholder
    empty.write_bytes(b"")
    runner = english_window.import_controller.runner
    with qtbot.waitSignal(runner.finished, timeout=20000):
        assert runner.start([empty])
    dialog = runner.results_dialog
    failed = [r.detail for r in dialog.model.rows if r.status == FAILED]
    assert failed == ["Could not import “Báo cáo {quý 1}.txt”: the file is empty (0 bytes)."]
    assert dialog.summary_label.text() == "Imported 0 articles, 1 file could not be imported."
    dialog.close()


def test_a_bad_search_query_is_explained_in_english(english_window: Any, qtbot: Any) -> None:
    controller = english_window.search_controller
    qtbot.waitUntil(lambda: not controller._indexing and not controller.runner.running, timeout=10_000)
    controller.panel.edit.setText("ngày:hôm-qua")
    qtbot.waitUntil(lambda: "not understood" in controller.panel.status.text(), timeout=10_000)
    assert controller.panel.status.text().startswith("The date “hôm-qua” is not understood.")
    controller.panel.edit.setText("tag:không-có-thẻ-này công vụ")
    qtbot.waitUntil(lambda: "There is no tag named “không-có-thẻ-này”." in controller.panel.status.text(), timeout=10_000)


def test_a_missing_article_is_reported_in_english(english_window: Any, qtbot: Any) -> None:
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    assert not english_window.open_article("khong-co-bai-nay")
    qtbot.waitUntil(lambda: shown != [], timeout=5000)
    assert shown == ["There is no article with id “khong-co-bai-nay” in the library."]
