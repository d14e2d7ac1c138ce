"""One CSV row per excerpt, UTF-8 with BOM so Excel shows Vietnamese correctly."""

from __future__ import annotations

import csv
import io

from desktop.domain.colors import color_by_key
from desktop.export.brief import Brief
from desktop.export.vietnamese_dates import short_date

HEADER = [
    "TT",
    "Trích dẫn",
    "Ghi chú",
    "Thẻ",
    "Màu",
    "Ý nghĩa màu",
    "Tiêu đề bài viết",
    "Nguồn",
    "Tác giả",
    "Ngày đăng",
    "Đoạn",
    "Vị trí đầu",
    "Vị trí cuối",
    "Cần xem lại",
    "Mã ghi chú",
    "Mã bài viết",
    "Tạo lúc",
    "Sửa lúc",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(value: str) -> str:
    """A cell starting like a formula is prefixed with ' so Excel shows it instead of running it
    (a quote beginning "- Tăng cường…" would otherwise become #NAME?)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(brief: Brief) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel")  # CRLF line ends and quoting as Excel expects
    writer.writerow(HEADER)
    for number, excerpt in enumerate(brief.excerpts, start=1):
        a, meta = excerpt.annotation, excerpt.article
        color = color_by_key(a.color)
        row = [
            str(number),
            a.quote.exact,
            a.note,
            "; ".join(excerpt.tag_names),
            color.key,
            brief.color_meaning(color.key),
            meta.title,
            meta.source,
            meta.author,
            short_date(meta.published),
            str(excerpt.paragraph_no),
            str(a.start),
            str(a.end),
            "có" if a.needs_review else "",
            a.id,
            meta.id,
            a.created,
            a.modified,
        ]
        writer.writerow([excel_safe(v) for v in row])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")
