"""`annotate ID --quote TEXT ...`, `annotations [--tag T] [--article ID]` and `reimport ID FILE`
(a corrected version of an article, its annotations following); `tags` is in tags.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.language import ARTICLE_ID_HELP, color_meaning, say, say_lines
from desktop.cli.output import emit
from desktop.domain.annotation import Annotation
from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.domain.errors import UserError
from desktop.domain.message import Message
from desktop.services import Services
from desktop.services.annotation_filter import AnnotationFilter
from desktop.text.normalize import fold


def annotation_json(
    a: Annotation, tag_names: dict[str, str], legend: dict[str, str], title: str
) -> dict[str, Any]:
    return {
        "id": a.id,
        "article_id": a.article_id,
        "article_title": title,
        "start": a.start,
        "end": a.end,
        "exact": a.quote.exact,
        "prefix": a.quote.prefix,
        "suffix": a.quote.suffix,
        "tags": [tag_names[t] for t in a.tags if t in tag_names],
        "color": a.color,
        "color_meaning": legend.get(a.color, ""),
        "note": a.note,
        "created": a.created,
        "modified": a.modified,
        "needs_review": a.needs_review,
        "anchor_score": a.anchor_score,
    }


def _color_key(services: Services, name: str) -> str:
    """A colour by its key ("yellow") or by the meaning the user gave it ("Quan trọng", or
    "Important" when the CLI speaks English and the meaning is still the default)."""
    wanted = fold(" ".join(name.split()))
    legend = services.tags.color_legend()
    for key, meaning in legend.items():
        if wanted in (key, fold(meaning), fold(color_meaning(key, legend))):
            return key
    choices = [f"{color_meaning(k, legend)} ({k})" for k in legend]
    raise UserError(Message("Không có màu “{name}”. Các màu dùng được: {choices}.", code="unknown_color", name=name, choices=choices))


def _human_line(a: Annotation, tag_names: dict[str, str], title: str, legend: dict[str, str]) -> str:
    quote = " ".join(a.quote.exact.split())
    quote = quote if len(quote) <= 90 else quote[:87] + "…"
    tags = ", ".join(tag_names[t] for t in a.tags if t in tag_names)
    parts = [
        f"{a.id[:8]}  [{color_meaning(a.color, legend)}] “{quote}”",
        Message(
            "    bài: {title} ({id}), vị trí {start}–{end}", title=title, id=a.article_id, start=a.start, end=a.end
        ),
    ]
    if tags:
        parts.append(Message("    thẻ: {tags}", tags=tags))
    if a.note:
        label = say(Message("    ghi chú: "))
        parts.append(label + a.note.replace("\n", "\n" + " " * len(label)))
    if a.needs_review:
        parts.append(Message("    ⚠ cần xem lại: không còn tìm thấy chắc chắn đoạn này trong bài"))
    return say_lines(parts)


def _run_annotate(args: argparse.Namespace, services: Services) -> int:
    services.library.get_meta(args.id)  # a clear error before anything is created
    color = _color_key(services, args.color) if args.color else HIGHLIGHT_COLORS[0].key
    with services.transaction(Message("Đánh dấu đoạn văn")):  # new tags and the annotation: all or nothing
        tag_ids = [services.tags.ensure(name)[0].id for name in args.tag]
        a = services.annotations.create_from_quote(
            args.id, args.quote, occurrence=args.occurrence,
            tags=tag_ids,
            color=color,
            note=args.note,
            precise=args.exact_chars,
        )
    tag_names = {t.id: t.name for t in services.tags.list_tags()}
    title = services.library.get_meta(a.article_id).title
    legend = services.tags.color_legend()
    data = annotation_json(a, tag_names, legend, title)
    emit(args, say(Message("Đã đánh dấu:")) + "\n" + _human_line(a, tag_names, title, legend), data)
    return 0


def _run_annotations(args: argparse.Namespace, services: Services) -> int:
    tag_ids = frozenset(t.id for t in services.tags.resolve(args.tag)) if args.tag else frozenset()
    if args.article:
        services.library.get_meta(args.article)
    flt = AnnotationFilter(
        tag_ids=tag_ids,
        article_ids=frozenset({args.article}) if args.article else frozenset(),
        colors=frozenset({_color_key(services, args.color)}) if args.color else frozenset(),
        text=args.text or "",
        needs_review=True if args.review else None,
    )
    found = services.annotations.query(flt)
    tag_names = {t.id: t.name for t in services.tags.list_tags()}
    legend = services.tags.color_legend()
    titles = {m.id: m.title for m in services.library.list_articles()}
    lines = [_human_line(a, tag_names, titles.get(a.article_id, ""), legend) for a in found]
    lines.append(Message("({count} ghi chú)", count=len(found)))
    emit(
        args,
        say_lines(lines),
        [annotation_json(a, tag_names, legend, titles.get(a.article_id, "")) for a in found],
    )
    return 0


def _run_reimport(args: argparse.Namespace, services: Services) -> int:
    meta = services.library.get_meta(args.id)  # a clear error before anything is read
    edit = services.library.reimport(args.id, Path(args.file), encoding=args.encoding or None)
    waiting = [a.id for a in edit.needs_review]
    if not edit.changed:
        line = Message("Bài “{title}” không đổi: tệp có cùng nội dung.", title=meta.title)
    elif waiting:
        line = Message(
            "Đã thay nội dung bài “{title}”; {moved} ghi chú đổi chỗ theo nội dung mới, {review} ghi chú cần xem lại.",
            title=meta.title,
            moved=edit.moved,
            review=len(waiting),
        )
    else:
        line = Message("Đã thay nội dung bài “{title}”; {moved} ghi chú đổi chỗ theo nội dung mới.", title=meta.title, moved=edit.moved)
    emit(args, say(line), {"id": args.id, "changed": edit.changed, "moved": edit.moved, "needs_review": waiting})
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("annotate", parents=[common], help=say(Message("đánh dấu một đoạn trong bài viết")))
    p.add_argument("id", help=say(ARTICLE_ID_HELP))
    p.add_argument("--quote", required=True, help=say(Message("đoạn văn cần đánh dấu, chép từ bài")))
    p.add_argument("--occurrence", type=int, default=1, help=say(Message("lần xuất hiện thứ mấy (mặc định 1)")))
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        help=say(Message("thẻ (lặp lại để gắn nhiều thẻ; “cha/con” cho thẻ con)")),
    )
    p.add_argument("--note", default="", help=say(Message("ghi chú")))
    p.add_argument(
        "--exact-chars",
        action="store_true",
        help=say(Message("giữ đúng các ký tự đã gõ (mặc định: mở rộng thành trọn từ, không cắt giữa chữ)")),
    )
    p.add_argument(
        "--color",
        default="",
        help=say(Message("màu: ý nghĩa của màu (như “Quan trọng”) hoặc tên: yellow, green, turquoise, pink, red, gray")),
    )
    p.set_defaults(run=_run_annotate)
    p = sub.add_parser("annotations", parents=[common], help=say(Message("liệt kê các đoạn đã đánh dấu")))
    p.add_argument(
        "--tag", action="append", default=[], help=say(Message("chỉ các ghi chú có thẻ này (kể cả thẻ con)"))
    )
    p.add_argument("--article", default="", help=say(Message("chỉ trong bài viết có mã này")))
    p.add_argument("--color", default="", help=say(Message("chỉ màu này")))
    p.add_argument("--text", default="", help=say(Message("có chữ này trong đoạn trích hoặc ghi chú")))
    p.add_argument("--review", action="store_true", help=say(Message("chỉ các ghi chú cần xem lại")))
    p.set_defaults(run=_run_annotations)
    p = sub.add_parser(
        "reimport",
        parents=[common],
        help=say(Message("thay nội dung một bài bằng bản đã sửa từ tệp; các đoạn đã đánh dấu đi theo")),
    )
    p.add_argument("id", help=say(ARTICLE_ID_HELP))
    p.add_argument("file", help=say(Message("tệp chứa bản đã sửa")))
    p.add_argument("--encoding", default="", help=say(Message("bảng mã của tệp (ví dụ tcvn3, vni)")))
    p.set_defaults(run=_run_reimport)
