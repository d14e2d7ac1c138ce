"""`list`, `show ID` and `import PATH|URL...`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.language import ARTICLE_ID_HELP, say, say_lines
from desktop.cli.output import emit
from desktop.domain.article import ArticleMeta
from desktop.domain.message import Message, first_code
from desktop.ingest.text_decoding import ENCODING_LABELS
from desktop.services import Services
from desktop.services.library_service import ImportReport


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
        "doc_number": meta.doc_number,
        "source_url": meta.source_url,
    }


def _run_list(args: argparse.Namespace, services: Services) -> int:
    metas = sorted(services.library.list_articles(), key=lambda m: (m.published or "", m.title), reverse=True)
    lines = [f"{m.id}  {m.published or '—':<16}  {m.title}" for m in metas]
    lines.append(Message("({count} bài viết)", count=len(metas)))
    emit(args, say_lines(lines), [meta_json(m) for m in metas])
    return 0


def _run_show(args: argparse.Namespace, services: Services) -> int:
    article = services.library.get_article(args.id)
    meta = article.meta
    byline = " · ".join(x for x in (meta.doc_number, meta.source, meta.author, meta.published or "") if x)
    link = f"\n{meta.source_url}" if meta.source_url else ""
    human = f"{meta.title}\n{byline}{link}\n\n{article.clean_text}"
    data = meta_json(meta) | {"text": article.clean_text}
    if args.raw:
        human = article.text.raw_text
        data["raw_text"] = article.text.raw_text
    emit(args, human, data)
    return 0


def _merge(report: ImportReport, other: ImportReport) -> None:
    report.added += other.added
    report.duplicates += other.duplicates
    report.failures += other.failures
    report.guessed += other.guessed
    report.cancelled = report.cancelled or other.cancelled


def _run_import(args: argparse.Namespace, services: Services) -> int:
    from desktop.ingest.web_fetch import looks_like_url

    def progress(done: int, total: int, name: str) -> None:
        if not args.json and total > 20 and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr)

    def reading(name: str, done: int, total: int) -> None:
        if not args.json and total >= 50 and sys.stderr.isatty():  # a long PDF: its pages
            line = say(Message("{name}: trang {done}/{total}", name=name, done=done, total=total))
            print("\r" + line, end="\n" if done == total else "", file=sys.stderr)

    urls = [p for p in args.paths if looks_like_url(p)]
    paths = [p for p in args.paths if not looks_like_url(p)]
    report = (
        services.library.import_paths(paths, progress=progress, encoding=args.encoding, reading=reading)
        if paths
        else ImportReport()
    )
    for url in urls:
        _merge(report, services.library.import_url(url))
    lines: list[str] = [f"+ {m.id}  {m.title}" for m in report.added]
    lines += [
        Message("= {origin}: đã có trong thư viện ({title})", origin=origin, title=existing.title)
        for origin, existing in report.duplicates
    ]
    lines += [f"! {origin}: {say(reason)}" for origin, reason in report.failures]
    lines += [
        Message(
            "? {origin}: bảng mã đoán là {encoding} nhưng không chắc chắn; "
            "hãy xem lại bài, hoặc nhập lại với --encoding (ví dụ --encoding viscii)",
            origin=origin,
            encoding=ENCODING_LABELS.get(encoding, encoding),  # a Message or a plain name
        )
        for origin, encoding in report.guessed
    ]
    lines += [f"~ {origin}: {say(warning)}" for origin, warning in report.warnings]
    lines.append(report.summary())
    emit(
        args,
        say_lines(lines),
        {
            "added": [meta_json(m) for m in report.added],
            "duplicates": [{"origin": o, "existing_id": e.id} for o, e in report.duplicates],
            "failures": [{"origin": o, "reason": say(r), "reason_code": first_code(r, "import_failed")} for o, r in report.failures],
            "unsure_encoding": [{"origin": o, "encoding": e} for o, e in report.guessed],
            "warnings": [{"origin": o, "warning": say(w), "warning_code": first_code(w, "warning")} for o, w in report.warnings],
        },
    )
    if report.guessed and not args.json:
        guessed = Message("Chú ý: {count} tệp được nhập theo bảng mã đoán, chưa chắc chắn.", count=len(report.guessed))
        print(say(guessed), file=sys.stderr)
    return 0 if not report.failures else 1


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", parents=[common], help=say(Message("liệt kê các bài viết trong thư viện")))
    p.set_defaults(run=_run_list)
    p = sub.add_parser("show", parents=[common], help=say(Message("hiện nội dung một bài viết")))
    p.add_argument("id", help=say(ARTICLE_ID_HELP))
    p.add_argument("--raw", action="store_true", help=say(Message("hiện văn bản gốc trước khi làm sạch")))
    p.set_defaults(run=_run_show)
    p = sub.add_parser(
        "import",
        parents=[common],
        help=say(
            Message("nhập tệp (.docx, .doc, .pdf, .rtf, .odt, .txt, .md, .html), thư mục hoặc trang web (địa chỉ http:// hoặc https://)")
        ),
    )
    p.add_argument("paths", nargs="+", help=say(Message("tệp, thư mục hoặc địa chỉ trang web")))
    encodings = ", ".join(f"{key} = {say(label)}" for key, label in ENCODING_LABELS.items())
    p.add_argument(
        "--encoding",
        choices=list(ENCODING_LABELS),
        default=None,
        metavar=say(Message("BẢNG_MÃ")),
        help=say(Message("bảng mã của tệp văn bản khi không muốn tự nhận diện: {encodings}", encodings=encodings)),
    )
    p.set_defaults(run=_run_import)
