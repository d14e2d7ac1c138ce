"""`list`, `show ID` and `import PATH...`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.output import emit
from desktop.domain.article import ArticleMeta
from desktop.services import Services


def meta_json(meta: ArticleMeta) -> dict[str, Any]:
    return {
        "id": meta.id,
        "title": meta.title,
        "source": meta.source,
        "author": meta.author,
        "published": meta.published,
        "imported_at": meta.imported_at,
        "origin": meta.origin,
        "doc_refs": list(meta.doc_refs),
    }


def _run_list(args: argparse.Namespace, services: Services) -> int:
    metas = sorted(services.library.list_articles(), key=lambda m: (m.published or "", m.title), reverse=True)
    lines = [f"{m.id}  {m.published or '—':<16}  {m.title}" for m in metas]
    lines.append(f"({len(metas)} bài viết)")
    emit(args, "\n".join(lines), [meta_json(m) for m in metas])
    return 0


def _run_show(args: argparse.Namespace, services: Services) -> int:
    article = services.library.get_article(args.id)
    meta = article.meta
    byline = " · ".join(x for x in (meta.source, meta.author, meta.published or "") if x)
    human = f"{meta.title}\n{byline}\n\n{article.clean_text}"
    data = meta_json(meta) | {"text": article.clean_text}
    if args.raw:
        human = article.text.raw_text
        data["raw_text"] = article.text.raw_text
    emit(args, human, data)
    return 0


def _run_import(args: argparse.Namespace, services: Services) -> int:
    def progress(done: int, total: int, name: str) -> None:
        if not args.json and total > 20 and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr)

    report = services.library.import_paths(args.paths, progress=progress, encoding=args.encoding)
    lines = [f"+ {m.id}  {m.title}" for m in report.added]
    lines += [f"= {origin}: đã có trong thư viện ({existing.title})" for origin, existing in report.duplicates]
    lines += [f"! {origin}: {reason}" for origin, reason in report.failures]
    lines += [f"~ {origin}: {warning}" for origin, warning in report.warnings]
    lines.append(report.summary())
    emit(
        args,
        "\n".join(lines),
        {
            "added": [meta_json(m) for m in report.added],
            "duplicates": [{"origin": o, "existing_id": e.id} for o, e in report.duplicates],
            "failures": [{"origin": o, "reason": r} for o, r in report.failures],
            "warnings": [{"origin": o, "warning": w} for o, w in report.warnings],
        },
    )
    return 0 if not report.failures else 1


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", parents=[common], help="liệt kê các bài viết trong thư viện")
    p.set_defaults(run=_run_list)
    p = sub.add_parser("show", parents=[common], help="hiện nội dung một bài viết")
    p.add_argument("id", help="mã bài viết (xem bằng lệnh list)")
    p.add_argument("--raw", action="store_true", help="hiện văn bản gốc trước khi làm sạch")
    p.set_defaults(run=_run_show)
    p = sub.add_parser("import", parents=[common], help="nhập tệp hoặc thư mục (.txt, .md, .docx, .html)")
    p.add_argument("paths", nargs="+", help="tệp hoặc thư mục")
    p.add_argument(
        "--encoding",
        choices=["utf-8", "utf-16", "windows-1258", "tcvn3", "vni", "windows-1252"],
        default=None,
        help="bảng mã của tệp khi không muốn tự nhận diện (ví dụ tcvn3 cho phông .VnTime)",
    )
    p.set_defaults(run=_run_import)
