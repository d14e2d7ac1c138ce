"""`edit-text ID FILE`: replace an article's reading text; its annotations follow."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.output import emit
from desktop.domain.errors import UserError
from desktop.services import Services

MAX_TEXT_BYTES = 20 * 1024 * 1024  # the same limit as importing a text file


def _read_text(name: str) -> str:
    """The new text from a file ("-": standard input), in any encoding the importer reads."""
    from desktop.ingest.text_decoding import NotText, decode_bytes

    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        else:
            with Path(name).open("rb") as handle:
                data = handle.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError as exc:
        raise UserError(f"Không tìm thấy tệp “{name}”.") from exc
    except IsADirectoryError as exc:
        raise UserError(f"“{name}” là một thư mục, không phải tệp văn bản.") from exc
    except OSError as exc:
        raise UserError(f"Không đọc được tệp “{name}” ({exc.strerror or exc}).") from exc
    if len(data) > MAX_TEXT_BYTES:
        raise UserError(f"Tệp “{name}” quá lớn: nội dung một bài viết tối đa 20 MB.")
    try:
        return decode_bytes(data).text
    except NotText as exc:
        raise UserError(f"Tệp “{name}” không phải là tệp văn bản.") from exc


def _run(args: argparse.Namespace, services: Services) -> int:
    meta = services.library.get_meta(args.id)  # a clear error before reading anything
    edit = services.annotations.edit_article_text(args.id, _read_text(args.file))
    review = [a.id for a in edit.needs_review]
    if not edit.changed:
        human = f"Nội dung bài “{meta.title}” không đổi: không có gì để lưu."
    else:
        kept = len(edit.before_annotations) - edit.moved - len(review)
        human = (
            f"Đã sửa nội dung bài “{meta.title}”. Ghi chú: {kept} giữ nguyên vị trí, "
            f"{edit.moved} được dời theo văn bản mới, {len(review)} cần xem lại."
        )
        if review:
            human += f"\nXem các ghi chú cần xem lại bằng: annotations --article {args.id} --review"
    emit(
        args,
        human,
        {"id": args.id, "changed": edit.changed, "moved": edit.moved, "needs_review": review},
    )
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "edit-text",
        parents=[common],
        help="thay nội dung đọc của một bài viết bằng nội dung một tệp; ghi chú đi theo",
    )
    p.add_argument("id", help="mã bài viết (xem bằng lệnh list)")
    p.add_argument("file", help="tệp văn bản chứa nội dung mới (“-” để đọc từ đầu vào chuẩn)")
    p.set_defaults(run=_run)
