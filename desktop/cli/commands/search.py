"""`search QUERY [--limit N]`: articles and annotations, ranked, with marked snippets."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.output import emit
from desktop.domain.errors import UserError
from desktop.search.results import AnnotationHit, ArticleHit, SearchResults
from desktop.search.snippets import Snippet
from desktop.services import Services

SYNTAX_HELP = (
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
        "notices": list(results.notices),
    }


def _human(results: SearchResults) -> str:
    lines = list(results.notices)
    lines.append(f"Bài viết: {results.article_count} kết quả" + (f" (hiện {len(results.articles)})" if len(results.articles) < results.article_count else ""))
    for h in results.articles:
        byline = " · ".join(x for x in (h.source, (h.published or "")[:10]) if x)
        lines.append(f"  {h.article_id}  {h.score:>8.3g}  {h.title}" + (f"  ({byline})" if byline else ""))
        lines.append(f"      {h.snippet.marked()}")
        spans = ", ".join(f"{s}-{e}" for s, e in h.spans[:12]) + (" …" if len(h.spans) > 12 else "")
        lines.append(f"      vị trí: {spans}" if spans else "      (chỉ khớp ở tiêu đề)")
    if results.annotation_count or results.annotations:
        lines.append(f"Ghi chú: {results.annotation_count} kết quả")
    for a in results.annotations:
        lines.append(f"  {a.annotation_id}  {a.score:>8.3g}  «{a.quote.marked()}»  — {a.article_title} [{a.start}-{a.end}]")
        if a.note.text:
            lines.append(f"      ghi chú: {a.note.marked()}")
        if a.tags:
            lines.append(f"      thẻ: {', '.join(a.tags)}")
    return "\n".join(lines)


def _run_search(args: argparse.Namespace, services: Services) -> int:
    query = " ".join(args.query).strip()
    if args.limit < 1:
        raise UserError("--limit phải là một số lớn hơn 0.")

    def progress(done: int, total: int) -> None:
        if not args.json and total > 200 and sys.stderr.isatty():
            print(f"\rĐang cập nhật chỉ mục tìm kiếm: {done}/{total}", end="", file=sys.stderr)

    if args.rebuild:
        services.search.rebuild(progress)
    else:
        services.search.ensure_ready(progress)
    if not query:
        if args.rebuild:
            emit(args, f"Đã lập lại chỉ mục tìm kiếm ({services.search.indexed_article_count()} bài viết).", {"indexed": services.search.indexed_article_count()})
            return 0
        raise UserError("Hãy nhập nội dung cần tìm. Cú pháp: " + SYNTAX_HELP)
    results = services.search.search(query, limit=args.limit)
    emit(args, _human(results), results_json(results))
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "search",
        parents=[common],
        help="tìm trong bài viết, tiêu đề, đoạn trích, ghi chú và thẻ",
        description="Tìm kiếm. Cú pháp: " + SYNTAX_HELP,
    )
    p.add_argument("query", nargs="*", help="nội dung cần tìm (đặt trong dấu nháy đơn nếu có dấu nháy kép)")
    p.add_argument("--limit", type=int, default=20, help="số kết quả tối đa mỗi nhóm (mặc định 20)")
    p.add_argument("--rebuild", action="store_true", help="lập lại chỉ mục tìm kiếm từ đầu")
    p.set_defaults(run=_run_search)
