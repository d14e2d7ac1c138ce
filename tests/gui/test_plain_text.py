"""Everything a user or a file supplies is shown as plain text in every widget: titles,
sources, authors, tags, notes, file names, messages. Nothing is ever read as HTML."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.ingest.document import ImportedDocument
from desktop.services import Services
from desktop.services.library_service import ImportReport

ROOT = Path(__file__).resolve().parents[2]
# Harmless if it were interpreted (a broken image), but the markup shows if it is.
IMG = '<img src="/nonexistent/trichdan-hostile.png">'
HOSTILE = f'{IMG}<b>đậm</b> <a href="file:///etc/passwd">liên kết</a> [*]'
RAW_MARKS = ("<img src=\"/nonexistent", "<b>đậm</b>", "<a href=\"file:")  # the hostile markup itself


def _raw(text: object) -> bool:
    return isinstance(text, str) and any(mark in text for mark in RAW_MARKS)


@pytest.fixture
def hostile_services(tmp_path: Path) -> Iterator[Services]:
    services = Services.open(tmp_path / "lib", seed=False)
    body = f"Đoạn đầu có {HOSTILE} ở giữa.\nCán bộ phải gương mẫu."
    doc = ImportedDocument(
        f"Tiêu đề {HOSTILE}\n{body}", body, (), f"Tiêu đề {HOSTILE}",
        author=f"Tác giả {HOSTILE}", source=f"Nguồn {HOSTILE}", origin=f"{HOSTILE}.txt",
    )
    services.library.add_documents([doc])
    article_id = services.library.list_articles()[0].id
    tag, _ = services.tags.ensure(f"Thẻ {HOSTILE}")
    services.annotations.create_from_quote(article_id, "gương mẫu", tags=[tag.id], note=f"Ghi chú {HOSTILE}")
    services.annotations.create_from_quote(article_id, HOSTILE, note=HOSTILE)
    yield services
    services.close()


def _indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)  # PySide hides some of their methods
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and not flat and model.hasChildren(index):
                yield from _indexes(model, index)


def problems_in(top: QWidget) -> list[str]:
    """Every place inside `top` where hostile text would be read as rich text."""
    from desktop.gui.search.rich_text_delegate import HTML_ROLE, RichTextDelegate

    found: list[str] = []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        labelled = isinstance(widget, QLabel | QMessageBox) and _raw(widget.text())
        if labelled and widget.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"label {name}: {widget.text()[:60]}")
        if _raw(widget.toolTip()):
            found.append(f"tooltip {name}")
        if isinstance(widget, QTextEdit):
            found += [f"{name}: {p}" for p in _document_problems(widget.document())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            rich = isinstance(widget.itemDelegate(), RichTextDelegate)
            for index in _indexes(widget.model()):
                if _raw(index.data(Qt.ItemDataRole.ToolTipRole)):
                    found.append(f"item tooltip in {name}: {index.data(Qt.ItemDataRole.ToolTipRole)[:60]}")
                if rich and _raw(index.data(HTML_ROLE)):
                    found.append(f"rich item in {name}")
    return found


def _document_problems(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(f"image {fmt.toImageFormat().name()}")
            if fmt.isAnchor() and "etc/passwd" in fmt.anchorHref():
                found.append("link from the text")
            it += 1
        block = block.next()
    shown = document.toPlainText()
    if "đậm" in shown and "<b>đậm</b>" not in shown:
        found.append("markup from the text was interpreted")
    return found


def test_main_window_shows_hostile_values_as_text(qtbot, hostile_services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.main_window import MainWindow

    window = MainWindow(hostile_services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    article_id = hostile_services.library.list_articles()[0].id
    window.open_article(article_id)
    for dock in window.findChildren(QWidget):
        if dock.objectName() and not dock.isVisible() and hasattr(dock, "toggleViewAction"):
            dock.toggleViewAction().trigger()  # every dock: notes browser, review, key phrases
    from desktop.gui.search.search_panel import SearchPanel

    for panel in window.findChildren(SearchPanel):
        panel.show_results(hostile_services.search.search("đậm"))
    qtbot.wait(50)
    reader_text = window.reader.text_view.document().toPlainText()  # type: ignore[attr-defined]
    assert HOSTILE in reader_text  # shown literally, markup and all
    found = problems_in(window)
    assert not found, "\n".join(found)
    window.close()


def test_every_dialog_shows_hostile_values_as_text(qtbot, hostile_services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from desktop.gui.annotations.annotation_dialog import AnnotationDialog
    from desktop.gui.annotations.article_text_dialog import ArticleTextDialog
    from desktop.gui.annotations.tag_color_dialog import TagColorDialog
    from desktop.gui.annotations.tag_manager_dialog import TagManagerDialog
    from desktop.gui.backups.restore_dialog import RestoreDialog
    from desktop.gui.export.export_dialog import ExportDialog
    from desktop.gui.importing.article_properties_dialog import ArticlePropertiesDialog
    from desktop.gui.importing.clipboard_import_dialog import ClipboardImportDialog
    from desktop.gui.importing.encoding_choice_dialog import EncodingChoiceDialog
    from desktop.gui.importing.import_results_dialog import ImportResultsDialog
    from desktop.gui.importing.original_text_dialog import OriginalTextDialog
    from desktop.gui.importing.url_import_dialog import UrlImportDialog
    from desktop.gui.keyphrases.glossary_dialog import GlossaryDialog, TermEditor
    from desktop.gui.overview.overview_dialog import OverviewDialog
    from desktop.gui.settings.app_settings import Preferences
    from desktop.gui.settings.settings_dialog import SettingsDialog
    from desktop.services.overview_service import OverviewService

    services = hostile_services
    meta = services.library.list_articles()[0]
    stack = QUndoStack()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    report = ImportReport(
        added=[meta], duplicates=[(f"{HOSTILE}.txt", meta)], failures=[(f"{HOSTILE}.doc", f"Lỗi {HOSTILE}")]
    )
    services.keyphrases.add_term(f"Thuật ngữ {HOSTILE}", "")
    services.backups.backup_now()
    overview = OverviewDialog()
    dialogs: list[QWidget] = [
        AnnotationDialog(HOSTILE, legend=services.tags.color_legend(), known_tags=[f"Thẻ {HOSTILE}"],
                         note=HOSTILE, title=HOSTILE),
        ArticleTextDialog(meta.title, HOSTILE, 2),
        TagManagerDialog(services, stack),
        RestoreDialog(services.backups.list()),
        ExportDialog(services, settings, current_article_id=meta.id),
        ArticlePropertiesDialog(meta),
        EncodingChoiceDialog(f"{HOSTILE}.txt", HOSTILE.encode("utf-8")),
        ImportResultsDialog(report, lambda _id: None),
        OriginalTextDialog(services, stack, meta.id),
        GlossaryDialog(services, stack),
        TagColorDialog("#ffaa00", title=HOSTILE),
        UrlImportDialog(services, address=HOSTILE),
        ClipboardImportDialog(services, f"Tiêu đề {HOSTILE}\nNội dung {HOSTILE}", html=False),
        TermEditor([f"Nhóm {HOSTILE}"], term=f"Thuật ngữ {HOSTILE}", group=f"Nhóm {HOSTILE}"),
        SettingsDialog(
            Preferences(user_name=HOSTILE), {"yellow": HOSTILE}, 5, str(tmp_path / HOSTILE.replace("/", "_"))
        ),
        overview,
    ]
    covered = {type(d).__name__ for d in dialogs} | {"ShortcutSheet"}  # the shortcut sheet: our text only
    every = {
        line.split("class ", 1)[1].split("(", 1)[0]
        for path in (ROOT / "desktop" / "gui").rglob("*.py")
        for line in path.read_text("utf-8").splitlines()
        if line.startswith("class ") and "(QDialog)" in line
    }
    assert every <= covered, f"dialogs this test does not build: {sorted(every - covered)}"
    overview.show_overview(OverviewService(services).overview())
    failures = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        failures += [f"{type(dialog).__name__}: {p}" for p in problems_in(dialog)]
        dialog.close()
    assert not failures, "\n".join(failures)


def test_message_boxes_show_text_as_text(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui import asking, error_dialogs

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or int(QMessageBox.StandardButton.Yes))
    error_dialogs.show_error(None, UserError(f"Không mở được {HOSTILE}"), HOSTILE)
    error_dialogs.inform(None, HOSTILE, HOSTILE)
    shown.append(asking.question_box(None, HOSTILE, HOSTILE, yes="Có"))
    assert len(shown) == 3
    for box in shown:
        assert box.textFormat() == Qt.TextFormat.PlainText and HOSTILE in box.text()


STATIC_BOXES = {"warning", "information", "critical", "question"}


def test_no_static_message_box_is_given_text_that_varies() -> None:
    """QMessageBox.warning(...) and friends guess rich text: only fixed sentences may go there."""
    offenders = []
    for path in (ROOT / "desktop" / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in STATIC_BOXES
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QMessageBox"
                and len(node.args) >= 3
                and not _fixed_text(node.args[2])
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "\n".join(offenders)


def _fixed_text(node: ast.expr) -> bool:
    """A literal, or a translation call on a literal (no .replace, no f-string, no variable)."""
    if isinstance(node, ast.Constant):
        return True
    return (
        isinstance(node, ast.Call)
        and not (isinstance(node.func, ast.Attribute) and node.func.attr == "replace")
        and all(isinstance(a, ast.Constant) for a in node.args)
    )


@pytest.mark.skipif(os.name != "posix", reason="the memory limit uses resource (POSIX)")
def test_the_app_starts_with_an_image_of_dev_zero_as_the_first_title(tmp_path: Path) -> None:
    """A page titled <img src="/dev/zero"> made Qt read a device until memory ran out."""
    folder = tmp_path / "lib"
    zero = '<img src="/dev/zero">'
    with Services.open(folder, seed=False) as services:
        body = f"{zero} trong nội dung.\nCán bộ phải gương mẫu."
        services.library.add_documents(
            [ImportedDocument(f"{zero}Tiêu đề\n{body}", body, (), f"{zero}Tiêu đề", source=zero, origin=f"{zero}.txt")]
        )
        article_id = services.library.list_articles()[0].id
        services.annotations.create_from_quote(article_id, "gương mẫu", note=zero)
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30));"
    script = limit + "import sys; from desktop.app import main; sys.exit(main(sys.argv[1:]))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(folder), "--quit-after-ms", "1500"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
