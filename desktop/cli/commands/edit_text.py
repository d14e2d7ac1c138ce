"""`edit-text ID FILE`: replace an article's reading text; its annotations follow."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.language import ARTICLE_ID_HELP, say, say_lines
from desktop.cli.output import emit
from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.message import Message
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
        raise NotFoundError(Message("Không tìm thấy tệp “{path}”.", code="file_not_found", path=name)) from exc
    except IsADirectoryError as exc:
        raise UserError(Message("“{name}” là một thư mục, không phải tệp văn bản.", code="is_folder", name=name)) from exc
    except OSError as exc:
        raise UserError(
            Message("Không đọc được tệp “{name}” ({cause}).", code="read_failed", name=name, cause=str(exc.strerror or exc))
        ) from exc
    if len(data) > MAX_TEXT_BYTES:
        raise UserError(Message("Tệp “{name}” quá lớn: nội dung một bài viết tối đa 20 MB.", code="file_too_large", name=name))
    try:
        return decode_bytes(data).text
    except NotText as exc:
        raise UserError(Message("Tệp “{name}” không phải là tệp văn bản.", code="not_text", name=name)) from exc


def _run(args: argparse.Namespace, services: Services) -> int:
    meta = services.library.get_meta(args.id)  # a clear error before reading anything
    edit = services.text_edits.edit_article_text(args.id, _read_text(args.file))
    review = [a.id for a in edit.needs_review]
    lines: list[str] = []
    if not edit.changed:
        lines.append(Message("Nội dung bài “{title}” không đổi: không có gì để lưu.", title=meta.title))
    else:
        kept = len(edit.before_annotations) - edit.moved - len(review)
        lines.append(
            Message(
                "Đã sửa nội dung bài “{title}”. Ghi chú: {kept} giữ nguyên vị trí, {moved} được dời theo văn bản mới, {review} cần xem lại.",
                title=meta.title,
                kept=kept,
                moved=edit.moved,
                review=len(review),
            )
        )
        if review:
            lines.append(Message("Xem các ghi chú cần xem lại bằng: annotations --article {id} --review", id=args.id))
    emit(
        args,
        say_lines(lines),
        {"id": args.id, "changed": edit.changed, "moved": edit.moved, "needs_review": review},
    )
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "edit-text",
        parents=[common],
        help=say(Message("thay nội dung đọc của một bài viết bằng nội dung một tệp; ghi chú đi theo")),
    )
    p.add_argument("id", help=say(ARTICLE_ID_HELP))
    p.add_argument("file", help=say(Message("tệp văn bản chứa nội dung mới (“-” để đọc từ đầu vào chuẩn)")))
    p.set_defaults(run=_run)
