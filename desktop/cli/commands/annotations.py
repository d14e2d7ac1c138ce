"""`annotate ID --quote TEXT ...`, `annotations [--tag T] [--article ID]` and `reimport ID FILE`
(a corrected version of an article, its annotations following); `tags` is in tags.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.output import emit
from desktop.domain.annotation import Annotation
from desktop.domain.colors import HIGHLIGHT_COLORS
from desktop.domain.errors import UserError
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
    """A colour by its key ("yellow") or by the meaning the user gave it ("Quan trọng")."""
    wanted = fold(" ".join(name.split()))
    for key, meaning in services.tags.color_legend().items():
        if wanted in (key, fold(meaning)):
            return key
    choices = ", ".join(f"{k} ({m})" for k, m in services.tags.color_legend().items())
    raise UserError(f"Không có màu “{name}”. Các màu dùng được: {choices}.")


def _human_line(a: Annotation, tag_names: dict[str, str], title: str) -> str:
    quote = " ".join(a.quote.exact.split())
    quote = quote if len(quote) <= 90 else quote[:87] + "…"
    tags = ", ".join(tag_names[t] for t in a.tags if t in tag_names)
    parts = [
        f"{a.id[:8]}  [{a.color}] “{quote}”",
        f"    bài: {title} ({a.article_id}), vị trí {a.start}–{a.end}",
    ]
    if tags:
        parts.append(f"    thẻ: {tags}")
    if a.note:
        parts.append("    ghi chú: " + a.note.replace("\n", "\n             "))
    if a.needs_review:
        parts.append("    ⚠ cần xem lại: không còn tìm thấy chắc chắn đoạn này trong bài")
    return "\n".join(parts)


def _run_annotate(args: argparse.Namespace, services: Services) -> int:
    services.library.get_meta(args.id)  # a clear error before anything is created
    color = _color_key(services, args.color) if args.color else HIGHLIGHT_COLORS[0].key
    with services.transaction("Đánh dấu đoạn văn"):  # new tags and the annotation: all or nothing
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
    data = annotation_json(a, tag_names, services.tags.color_legend(), title)
    emit(args, "Đã đánh dấu:\n" + _human_line(a, tag_names, title), data)
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
    lines = [_human_line(a, tag_names, titles.get(a.article_id, "")) for a in found]
    lines.append(f"({len(found)} ghi chú)")
    emit(
        args,
        "\n".join(lines),
        [annotation_json(a, tag_names, legend, titles.get(a.article_id, "")) for a in found],
    )
    return 0


def _run_reimport(args: argparse.Namespace, services: Services) -> int:
    meta = services.library.get_meta(args.id)  # a clear error before anything is read
    edit = services.library.reimport(args.id, Path(args.file), encoding=args.encoding or None)
    waiting = [a.id for a in edit.needs_review]
    if not edit.changed:
        line = f"Bài “{meta.title}” không đổi: tệp có cùng nội dung."
    else:
        line = f"Đã thay nội dung bài “{meta.title}”; {edit.moved} ghi chú đổi chỗ theo nội dung mới"
        line += f", {len(waiting)} ghi chú cần xem lại." if waiting else "."
    emit(args, line, {"id": args.id, "changed": edit.changed, "moved": edit.moved, "needs_review": waiting})
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("annotate", parents=[common], help="đánh dấu một đoạn trong bài viết")
    p.add_argument("id", help="mã bài viết (xem bằng lệnh list)")
    p.add_argument("--quote", required=True, help="đoạn văn cần đánh dấu, chép từ bài")
    p.add_argument("--occurrence", type=int, default=1, help="lần xuất hiện thứ mấy (mặc định 1)")
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        help="thẻ (lặp lại để gắn nhiều thẻ; “cha/con” cho thẻ con)",
    )
    p.add_argument("--note", default="", help="ghi chú")
    p.add_argument(
        "--exact-chars",
        action="store_true",
        help="giữ đúng các ký tự đã gõ (mặc định: mở rộng thành trọn từ, không cắt giữa chữ)",
    )
    p.add_argument(
        "--color",
        default="",
        help="màu: yellow, green, turquoise, pink, red, gray hoặc ý nghĩa của màu",
    )
    p.set_defaults(run=_run_annotate)
    p = sub.add_parser("annotations", parents=[common], help="liệt kê các đoạn đã đánh dấu")
    p.add_argument(
        "--tag", action="append", default=[], help="chỉ các ghi chú có thẻ này (kể cả thẻ con)"
    )
    p.add_argument("--article", default="", help="chỉ trong bài viết có mã này")
    p.add_argument("--color", default="", help="chỉ màu này")
    p.add_argument("--text", default="", help="có chữ này trong đoạn trích hoặc ghi chú")
    p.add_argument("--review", action="store_true", help="chỉ các ghi chú cần xem lại")
    p.set_defaults(run=_run_annotations)
    p = sub.add_parser(
        "reimport",
        parents=[common],
        help="thay nội dung một bài bằng bản đã sửa từ tệp; các đoạn đã đánh dấu đi theo",
    )
    p.add_argument("id", help="mã bài viết (xem bằng lệnh list)")
    p.add_argument("file", help="tệp chứa bản đã sửa")
    p.add_argument("--encoding", default="", help="bảng mã của tệp (ví dụ tcvn3, vni)")
    p.set_defaults(run=_run_reimport)
