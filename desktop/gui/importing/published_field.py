"""A publication date typed the Vietnamese way ("09/08/2021 06:38") -> ISO, or a clear error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import UserError
from desktop.ingest.dates import find_date


def parse_published(text: str) -> str | None:
    """"" -> None (unknown); a date with or without time -> ISO; anything else -> UserError."""
    text = text.strip()
    if not text:
        return None
    found = find_date(text)
    if found is None:
        raise UserError(
            QCoreApplication.translate(
                "Importing", "Không hiểu ngày đăng “%1”: hãy viết dạng ngày/tháng/năm, vd. 09/08/2021 06:38."
            ).replace("%1", text)
        )
    return found.iso
