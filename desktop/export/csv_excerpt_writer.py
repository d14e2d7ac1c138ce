"""One CSV row per excerpt for people opening it in Excel: UTF-8 with BOM, meanings not keys,
dates as dd/mm/yyyy hh:mm in local time (ISO stays in JSON-LD), numbered as in the brief."""

from __future__ import annotations

import csv
import io

from desktop.export.brief import Brief
from desktop.export.vietnamese_dates import local_date_time, short_date
from desktop.export.xml_text import printable

HEADER = [
    "TT",
    "Trích dẫn",
    "Ghi chú",
    "Thẻ",
    "Màu",
    "Tiêu đề bài viết",
    "Nguồn",
    "Tác giả",
    "Ngày đăng",
    "Đoạn",
    "Cần xem lại",
    "Tạo lúc",
    "Sửa lúc",
    "Vị trí đầu",
    "Vị trí cuối",
    "Mã ghi chú",
    "Mã bài viết",
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
    for number, excerpt in brief.numbered_excerpts():
        a, meta = excerpt.annotation, excerpt.article
        row = [
            str(number),
            a.quote.exact,
            a.note,
            "; ".join(excerpt.tag_names),
            brief.color_meaning(a.color),
            meta.title,
            meta.source,
            meta.author,
            short_date(meta.published),
            str(excerpt.paragraph_no),
            "có" if a.needs_review else "",
            local_date_time(a.created),
            local_date_time(a.modified),
            str(a.start),
            str(a.end),
            a.id,
            meta.id,
        ]
        writer.writerow([excel_safe(printable(v)) for v in row])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")
