"""File → Nhập ghi chú từ đồng nghiệp…: place the annotations (off the GUI thread), preview the
merge, confirm, then write that same merge and report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.export.annotation_merge import MergeReport
from desktop.gui.error_dialogs import show_error
from desktop.gui.export.import_annotations_runner import run_placing
from desktop.gui.i18n.core_text import core_text
from desktop.gui.plain_text import plain
from desktop.services import Services
from desktop.services.annotation_import import AnnotationImporter, ImportPlan

KEY_LAST_IMPORT_FOLDER = "export/last_import_folder"
MAX_DETAIL_LINES = 500


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _details(report: MergeReport) -> str:
    lines = [core_text(line) for line in report.lines()]
    if len(lines) > MAX_DETAIL_LINES:
        lines = [
            *lines[:MAX_DETAIL_LINES],
            _tr("… và %1 dòng nữa.").replace("%1", str(len(lines) - MAX_DETAIL_LINES)),
        ]
    return "\n".join(lines)


def plan_import(services: Services, path: Path, parent: QWidget | None) -> ImportPlan | None:
    """What importing `path` would do (nothing written), worked out off the GUI thread with
    progress; None after showing an error, or when the user stopped it."""
    importer = AnnotationImporter(services)
    try:
        data = importer.read_file(path)
        return run_placing(lambda progress: importer.plan(data, progress=progress), parent)
    except Exception as exc:  # noqa: BLE001 - the user sees why the file was refused
        show_error(parent, exc, _tr("Không nhập được ghi chú"))
        return None


def confirm_and_import(
    services: Services, path: Path, parent: QWidget | None, *, ask: bool = True
) -> MergeReport | None:
    plan = plan_import(services, path, parent)
    if plan is None:
        return None
    preview = plan.report
    if not preview.added and not preview.updated:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _tr("Nhập ghi chú"),
            _tr("Không có gì mới để nhập. ") + core_text(preview.summary()),
            parent=parent,
        )
        box.setDetailedText(_details(preview))
        plain(box)  # titles and tag names from a colleague's file are text, never HTML
        if ask:
            box.exec()
        return preview
    if ask:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Nhập ghi chú"),
            _tr("Nhập ghi chú từ “%1”?\n").replace("%1", path.name) + core_text(preview.summary()),
            parent=parent,
        )
        box.setDetailedText(_details(preview))
        plain(box)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return None
    try:
        # The merge previewed is the one written (worked out again only if the library
        # changed meanwhile): the colleague's annotations are not placed twice.
        return AnnotationImporter(services).apply(plan)
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc, _tr("Không nhập được ghi chú"))
        return None


def ask_and_import(
    services: Services, settings: QSettings, parent: QWidget | None
) -> tuple[MergeReport, str] | None:
    """Pick a file, preview, confirm, merge: (report, file name), or None if nothing was done."""
    folder = str(settings.value(KEY_LAST_IMPORT_FOLDER, "") or "") or str(Path.home())
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Chọn tệp ghi chú của đồng nghiệp (.jsonld)"), folder, _tr("Tệp ghi chú để chia sẻ (*.jsonld *.json)")
    )
    if not name:
        return None
    settings.setValue(KEY_LAST_IMPORT_FOLDER, str(Path(name).parent))
    report = confirm_and_import(services, Path(name), parent)
    return None if report is None else (report, Path(name).name)
