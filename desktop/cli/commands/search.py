"""`search QUERY [--limit N]`: articles and annotations, ranked, with marked snippets."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.language import say, say_lines
from desktop.cli.output import emit
from desktop.domain.errors import UserError
from desktop.domain.message import Message, first_code
from desktop.search.results import AnnotationHit, ArticleHit, SearchResults
from desktop.search.snippets import Snippet
from desktop.services import Services

SYNTAX_HELP = Message(
    "các từ đều phải có; \"cụm từ\" đúng thứ tự; -từ để loại; từ* tìm theo đầu từ; "
    "tag:nêu-gương hoặc tag:\"tên thẻ\"; nguồn:vnexpress; ngày:2021, ngày:8/2021, "
    "ngày:1/2021..6/2021, ngày:..2020. Gõ không dấu để tìm mọi cách viết; gõ có dấu để tìm đúng từ đó."
)


def _snippet_json(snippet: Snippet) -> dict[str, Any]:
    return {"text": snippet.text, "marks": [list(m) for m in snippet.marks]}


def _article_json(hit: ArticleHit) -> dict[str, Any]:
    return {
        "id": hit.article_id,
        "title": hit.title,
        "source": hit.source,
        "published": hit.published,
        "score": hit.score,
        "snippet": _snippet_json(hit.snippet),
        "title_marks": [list(m) for m in hit.title_marks],
        "spans": [list(s) for s in hit.spans],
    }


def _annotation_json(hit: AnnotationHit) -> dict[str, Any]:
    return {
        "id": hit.annotation_id,
        "article_id": hit.article_id,
        "article_title": hit.article_title,
        "score": hit.score,
        "quote": _snippet_json(hit.quote),
        "note": _snippet_json(hit.note),
        "tags": list(hit.tags),
        "start": hit.start,
        "end": hit.end,
    }


def results_json(results: SearchResults) -> dict[str, Any]:
    return {
        "query": results.query.text,
        "article_count": results.article_count,
        "annotation_count": results.annotation_count,
        "articles": [_article_json(h) for h in results.articles],
        "annotations": [_annotation_json(h) for h in results.annotations],
        "notices": [say(n) for n in results.notices],
        "notice_codes": [first_code(n, "notice") for n in results.notices],
    }


def _human(results: SearchResults) -> str:
    lines: list[str] = list(results.notices)
    if len(results.articles) < results.article_count:
        lines.append(Message("Bài viết: {count} kết quả (hiện {shown})", count=results.article_count, shown=len(results.articles)))
    else:
        lines.append(Message("Bài viết: {count} kết quả", count=results.article_count))
    for h in results.articles:
        byline = " · ".join(x for x in (h.source, (h.published or "")[:10]) if x)
        lines.append(f"  {h.article_id}  {h.score:>8.3g}  {h.title}" + (f"  ({byline})" if byline else ""))
        lines.append(f"      {h.snippet.marked()}")
        spans = ", ".join(f"{s}-{e}" for s, e in h.spans[:12]) + (" …" if len(h.spans) > 12 else "")
        lines.append(Message("      vị trí: {spans}", spans=spans) if spans else Message("      (chỉ khớp ở tiêu đề)"))
    if results.annotation_count or results.annotations:
        lines.append(Message("Ghi chú: {count} kết quả", count=results.annotation_count))
    for a in results.annotations:
        lines.append(f"  {a.annotation_id}  {a.score:>8.3g}  «{a.quote.marked()}»  — {a.article_title} [{a.start}-{a.end}]")
        if a.note.text:
            lines.append(Message("      ghi chú: {note}", note=a.note.marked()))
        if a.tags:
            lines.append(Message("      thẻ: {tags}", tags=", ".join(a.tags)))
    return say_lines(lines)


def _run_search(args: argparse.Namespace, services: Services) -> int:
    query = " ".join(args.query).strip()
    if args.limit < 1:
        raise UserError(Message("--limit phải là một số lớn hơn 0.", code="bad_limit"))

    def progress(done: int, total: int) -> None:
        if not args.json and total > 200 and sys.stderr.isatty():
            line = say(Message("Đang cập nhật chỉ mục tìm kiếm: {done}/{total}", done=done, total=total))
            print("\r" + line, end="", file=sys.stderr)

    if args.rebuild:
        services.search.rebuild(progress)
    else:
        services.search.ensure_ready(progress)
    if not query:
        if args.rebuild:
            count = services.search.indexed_article_count()
            emit(args, say(Message("Đã tạo lại chỉ mục tìm kiếm ({count} bài viết).", count=count)), {"indexed": count})
            return 0
        raise UserError(Message("Hãy nhập nội dung cần tìm. Cú pháp: {syntax}", code="empty_query", syntax=SYNTAX_HELP))
    results = services.search.search(query, limit=args.limit)
    emit(args, _human(results), results_json(results))
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "search",
        parents=[common],
        help=say(Message("tìm trong bài viết, tiêu đề, đoạn trích, ghi chú và thẻ")),
        description=say(Message("Tìm kiếm. Cú pháp: {syntax}", syntax=SYNTAX_HELP)),
    )
    p.add_argument("query", nargs="*", help=say(Message("nội dung cần tìm (đặt trong dấu nháy đơn nếu có dấu nháy kép)")))
    p.add_argument("--limit", type=int, default=20, help=say(Message("số kết quả tối đa mỗi nhóm (mặc định 20)")))
    p.add_argument("--rebuild", action="store_true", help=say(Message("tạo lại chỉ mục tìm kiếm từ đầu")))
    p.set_defaults(run=_run_search)
