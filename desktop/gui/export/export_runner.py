"""Run one export on the GUI thread with a cancellable progress dialog for long briefs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.domain.errors import UserError
from desktop.export.export_options import ExportFormat, ExportRequest
from desktop.services import Services
from desktop.services.export_service import ExportResult

SHOW_PROGRESS_AFTER_MS = 400  # short exports finish before a dialog would flash


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class ExportCancelled(UserError):
    """The user stopped the export; nothing was written."""


def run_export(
    services: Services, request: ExportRequest, path: Path, parent: QWidget | None
) -> ExportResult:
    """Export with progress. Cancelling stops before the file is written, so nothing is left."""
    progress = QProgressDialog(_tr("Đang tạo tài liệu…"), _tr("Hủy"), 0, 0, parent)
    progress.setWindowTitle(_tr("Xuất trích dẫn"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def report(done: int, total: int) -> None:
        if progress.maximum() != total:
            progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(
            _tr("Đang viết trích dẫn %1/%2…").replace("%1", str(done)).replace("%2", str(total))
        )
        QApplication.processEvents()
        if progress.wasCanceled():
            raise ExportCancelled(_tr("Đã hủy xuất: chưa ghi tệp nào."))

    renderer = paginator = None
    if request.format is ExportFormat.PDF:
        from desktop.gui.export.pdf_renderer import render_pdf

        renderer = render_pdf
    if request.format is ExportFormat.DOCX and request.options.include_toc:
        from desktop.gui.export.docx_pagination import paginate_docx

        def paginator(data: bytes) -> list[int]:
            progress.setLabelText(_tr("Đang tính số trang cho mục lục (LibreOffice)…"))
            progress.setMaximum(0)  # no steps to count: a busy bar
            QApplication.processEvents()
            return paginate_docx(data)

    try:
        return services.export.export(
            request, path, progress=report, pdf_renderer=renderer, docx_paginator=paginator
        )
    finally:
        progress.close()
        progress.deleteLater()
