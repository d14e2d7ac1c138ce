"""`keyphrases ID`, `citing DOCUMENT` and `glossary ...`: key phrases, citations and the glossary."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.language import ARTICLE_ID_HELP, say
from desktop.cli.output import emit
from desktop.domain.message import Message
from desktop.services import Services
from desktop.services.keyphrase_service import (
    GROUP_LABELS,
    KIND_LABELS,
    KINDS,
    SALIENT,
    KeyPhrase,
)

NO_PHRASES = Message("Không tìm thấy cụm từ khóa nào trong bài viết này.")


def phrase_json(phrase: KeyPhrase) -> dict[str, Any]:
    return {
        "kind": phrase.kind,
        "text": phrase.text,
        "score": phrase.score,
        "count": phrase.count,
        "spans": [list(span) for span in phrase.spans],
        "key": phrase.key,
        "group": phrase.group,
        "user": phrase.user,
        "rank": phrase.rank,
    }


def _kind_text(phrase: KeyPhrase) -> str:
    if phrase.kind == SALIENT:
        return say(GROUP_LABELS.get(phrase.group, KIND_LABELS[SALIENT]))
    return say(KIND_LABELS[phrase.kind])


def _run_top(args: argparse.Namespace, services: Services) -> int:
    phrases = services.keyphrases.top_keyphrases(args.id, args.top)
    if not phrases:
        emit(args, say(NO_PHRASES), [])
        return 0
    width = max(len(p.text) for p in phrases)
    kinds = max(len(_kind_text(p)) for p in phrases)
    lines = [say(Message("Cụm từ chính của bài"))]
    for p in phrases:
        score = say(Message("điểm {score:4.2f}", score=p.score))
        lines.append(f"{p.rank:>3}. {p.text:<{width}}  {_kind_text(p):<{kinds}}  {score}  ×{p.count:<3} {_spans_text(p)}")
    emit(args, "\n".join(lines), [phrase_json(p) for p in phrases])
    return 0


def _spans_text(phrase: KeyPhrase, limit: int = 6) -> str:
    shown = ", ".join(f"{s}–{e}" for s, e in phrase.spans[:limit])
    more = f" (+{len(phrase.spans) - limit})" if len(phrase.spans) > limit else ""
    return f"[{shown}{more}]"


def _run_keyphrases(args: argparse.Namespace, services: Services) -> int:
    if args.top is not None:
        return _run_top(args, services)
    kinds = tuple(args.kind) if args.kind else KINDS
    phrases = services.keyphrases.keyphrases(args.id, kinds)
    lines: list[str] = []
    for kind in kinds:
        of_kind = [p for p in phrases if p.kind == kind]
        if not of_kind:
            continue
        lines.append(f"{say(KIND_LABELS[kind])} ({len(of_kind)})")
        width = max(len(p.text) for p in of_kind)
        for p in of_kind:
            detail = say(Message("điểm {score:.1f}", score=p.score)) if kind == SALIENT else f"×{len(p.spans)}"
            group = f"  · {p.group}" if p.group else ""
            lines.append(f"  {p.text:<{width}}  {detail:>9}  {_spans_text(p)}{group}")
    if not lines:
        lines.append(say(NO_PHRASES))
    emit(args, "\n".join(lines), [phrase_json(p) for p in phrases])
    return 0


def _run_citing(args: argparse.Namespace, services: Services) -> int:
    metas = services.keyphrases.articles_citing(args.document)
    lines = [f"{m.id}  {m.published or '—':<16}  {m.title}" for m in metas]
    lines.append(say(Message("({count} bài viết dẫn “{document}”)", count=len(metas), document=args.document)))
    data = [
        {"id": m.id, "title": m.title, "published": m.published, "doc_refs": list(m.doc_refs)}
        for m in metas
    ]
    emit(args, "\n".join(lines), data)
    return 0


def _run_glossary(args: argparse.Namespace, services: Services) -> int:
    service = services.keyphrases
    action = args.action
    if action == "list":
        terms = service.user_terms() if args.mine else service.glossary_terms()
        by_group: dict[str, list[str]] = {}
        for term in terms:
            by_group.setdefault(term.group, []).append(term.text + (" *" if term.user else ""))
        lines = [f"## {g}\n" + "\n".join(f"  {t}" for t in texts) for g, texts in by_group.items()]
        lines.append(say(Message("({count} thuật ngữ; * là thuật ngữ của bạn)", count=len(terms))))
        emit(
            args,
            "\n".join(lines),
            [{"text": t.text, "group": t.group, "user": t.user} for t in terms],
        )
    elif action == "add":
        term = service.add_term(args.term, args.group or "")
        emit(
            args,
            say(Message("Đã thêm “{term}” vào nhóm “{group}”.", term=term.text, group=term.group)),
            {"text": term.text, "group": term.group},
        )
    elif action == "remove":
        term = service.remove_term(args.term)
        done = (
            Message("Đã xóa “{term}”.", term=term.text)
            if term.user
            else Message("Đã ẩn thuật ngữ có sẵn “{term}”.", term=term.text)
        )
        emit(
            args,
            say(done),
            {"text": term.text, "group": term.group, "user": term.user},
        )
    elif action == "group":
        term = service.set_term_group(args.term, args.group)
        emit(
            args,
            say(Message("“{term}” giờ thuộc nhóm “{group}”.", term=term.text, group=term.group)),
            {"text": term.text, "group": term.group},
        )
    elif action == "import":
        added, skipped = service.import_glossary(Path(args.path))
        emit(
            args,
            say(Message("Đã thêm {added} thuật ngữ; bỏ qua {skipped} thuật ngữ đã có.", added=added, skipped=skipped)),
            {"added": added, "skipped": skipped},
        )
    elif action == "export":
        count = service.export_glossary(Path(args.path), include_shipped=args.all)
        emit(
            args,
            say(Message("Đã ghi {count} thuật ngữ vào {path}.", count=count, path=args.path)),
            {"written": count, "path": str(args.path)},
        )
    return 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(say(Message("“{value}” không phải một số nguyên dương.", value=value)))
    return number


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "keyphrases",
        parents=[common],
        help=say(Message("cụm từ khóa của một bài viết (thuật ngữ, văn bản, cụm nổi bật)")),
    )
    p.add_argument("id", help=say(ARTICLE_ID_HELP))
    p.add_argument("--kind", action="append", choices=KINDS, help=say(Message("chỉ loại này (lặp lại được)")))
    p.add_argument(
        "--top",
        type=_positive,
        metavar="N",
        help=say(Message("chỉ N cụm từ chính của bài, mọi loại xếp chung theo điểm")),
    )
    p.set_defaults(run=_run_keyphrases)

    p = sub.add_parser(
        "citing", parents=[common], help=say(Message("các bài viết dẫn một văn bản, ví dụ “Chỉ thị 05-CT/TW”"))
    )
    p.add_argument("document", help=say(Message("tên chuẩn của văn bản, như lệnh keyphrases in ra")))
    p.set_defaults(run=_run_citing)

    p = sub.add_parser("glossary", parents=[common], help=say(Message("xem và sửa bảng thuật ngữ")))
    actions = p.add_subparsers(dest="action", required=True, metavar=say(Message("VIỆC")))
    a = actions.add_parser("list", parents=[common], help=say(Message("liệt kê thuật ngữ theo nhóm")))
    a.add_argument("--mine", action="store_true", help=say(Message("chỉ thuật ngữ của bạn")))
    a = actions.add_parser("add", parents=[common], help=say(Message("thêm một thuật ngữ")))
    a.add_argument("term")
    a.add_argument("--group", help=say(Message("nhóm (mặc định: Thuật ngữ của tôi)")))
    a = actions.add_parser(
        "remove", parents=[common], help=say(Message("xóa thuật ngữ của bạn hoặc ẩn thuật ngữ có sẵn"))
    )
    a.add_argument("term")
    a = actions.add_parser(
        "group", parents=[common], help=say(Message("chuyển thuật ngữ của bạn sang nhóm khác"))
    )
    a.add_argument("term")
    a.add_argument("group")
    a = actions.add_parser(
        "import", parents=[common], help=say(Message("thêm thuật ngữ từ tệp văn bản (mỗi dòng một thuật ngữ)"))
    )
    a.add_argument("path")
    a = actions.add_parser("export", parents=[common], help=say(Message("ghi thuật ngữ ra tệp văn bản")))
    a.add_argument("path")
    a.add_argument("--all", action="store_true", help=say(Message("cả thuật ngữ có sẵn")))
    p.set_defaults(run=_run_glossary)
